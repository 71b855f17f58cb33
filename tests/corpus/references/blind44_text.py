"""Prose for the forty-fourth held-out pool, "blind44": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how fundraising,
communications and advocacy staff at international NGOs, UN agencies, humanitarian charities and social enterprises
write on CIM Level 6 and 7 courses from Nairobi, Addis Ababa, Amman, Beirut, Cairo, Kampala, Mogadishu and London:
emergency appeals and their launch dates, UN resolutions and document symbols with their years, SDG targets by
number, the Grand Bargain and donor conferences, cash transfers in shillings and birr, M-Pesa and USSD codes, the
Core Humanitarian Standard, safeguarding reviews, the Charity Commission and the DEC, IPC phases, response plans,
clusters, logframe indicators, anonymised interview codes, case-study names with ages, Ethiopian and Hijri calendar
dates, hashtags and handles, campaign straplines and the CIM's own unit and criterion codes.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} showed, in a study of supporters across three DEC appeals, that {C}.",
    "{N} makes the point that {C}, a finding {B} has taken into its supporter-care plan.",
    "{N} suggests that {C}.",
    "{N} cautions that {C}, particularly where {org} works through local partners.",
    "{N} reports that {C}.",
    "{N} observed during the {crisis} response that {C}.",
    "{N} concludes that {C}, and this is the gap the proposed campaign addresses.",
    "{N} is clear that {C}.",
    "{N} puts it plainly: {C}.",
    "{N} found in {city} that {C}.",
    "{N} notes that {C}, although the evidence from {city} is thinner.",
    "{N} describes how {C}.",
    "{N} challenges the assumption in the sector that {C2}; instead, {C}.",
    "{N} identifies a similar pattern, namely that {C}.",
    "{N} found that {C}, which supports moving budget from print to mobile.",
    "{N} argued some time ago that {C}, and little has changed since.",
]  # fmt: skip
NARRATIVE_MID = [
    "In her study of cash programming in {city}, {N} showed that {C}.",
    "As {N} points out, {C}.",
    "Drawing on interviews with donors in the UK and the Gulf, {N} suggests that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "For the {appeal}, the most useful evidence comes from {N}, who argues that {C}.",
    "Writing about {org}, {N} observed that {C}.",
    "Our country office in {city} has found what {N} describes: {C}.",
    "The approach recommended by {N} is relevant here, because {C}.",
    "Unlike the earlier work, {N} found that {C}.",
    "In the context of the Grand Bargain, {N} argues that {C}.",
    "A useful lens is offered by {N}, who shows that {C}.",
    "The team's proposal follows {N}, since {C}.",
    "According to {N}, {C}.",
    "It is worth noting that {N} reached the opposite conclusion: {C}.",
    "When {B} reviewed its own data, it confirmed what {N} had predicted, that {C}.",
    "Here the findings of {N} are directly relevant: {C}.",
    "Both the regional team and {N} agree that {C}.",
    "Looking at supporters in London and Manchester, {N} concluded that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} review of fundraising after the {crisis} suggests that {C}.",
    "{N} framework is useful here because {C}.",
    "{N} evaluation of the {appeal} found that {C}.",
    "{N} study of Somali diaspora givers shows that {C}.",
    "{N} research in {city} indicates that {C}.",
    "{N} model of ethical storytelling assumes that {C}.",
    "{N} analysis underlines that {C}.",
    "{N} account of the sector's response concludes that {C}.",
    "{N} guidance for communications teams stresses that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{C} {P}.",
    "{O} {C} {P}.",
    "For {B}, this matters because {C} {P}.",
    "Evidence from the Horn of Africa suggests that {C} {P}.",
    "In {city}, staff have seen that {C} {P}.",
    "It is widely accepted in the sector that {C} {P}.",
    "Research on UK donors shows that {C} {P}.",
    "There is also evidence that {C} {P}.",
    "This is important for the {appeal}, as {C} {P}.",
    "The situation analysis shows that {C} {P}.",
    "From a communications perspective, {C} {P}.",
    "The same pattern holds for {org}: {C} {P}.",
    "Donors increasingly expect transparency, and {C} {P}.",
    "At the same time, {C} {P}.",
    "Localisation advocates go further, arguing that {C} {P}.",
    "This is not only a question of ethics: {C} {P}.",
    "In fragile settings, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} is reviewing its image library.",
    "Because {C} {P}, the plan puts supporter feedback first.",
    "Studies of humanitarian giving {P} show that {C}.",
    "The argument that {C} {P} shapes the choice of channels below.",
    "{C} {P}, so the campaign will lead with local voices.",
    "Given that {C} {P}, the country office should be involved from the start.",
    "Recent evaluations {P} suggest that {C}.",
    "While {C} {P}, the picture in {city} is more mixed.",
    "Surveys of supporters {P} indicate that {C}.",
    "If {C} {P}, then the budget for the {appeal} should shift towards mobile.",
    "Earlier work on {org} {P} found that {C}.",
    "The literature on cash and voucher assistance {P} is clear that {C}.",
    "{C} {P}, and this has implications for how the DEC appeal is framed.",
]  # fmt: skip
CLAIMS = [
    "people affected by crisis want to be shown as agents rather than victims",
    "unconditional cash transfers are spent mostly on food, school fees and debt repayment",
    "mobile money lowers the cost of delivering cash assistance in remote areas",
    "donors give more when an appeal names a single identifiable person",
    "trust in UK charities fell after the safeguarding scandals of 2018",
    "emergency appeals recruit donors who are hard to retain once the crisis leaves the news",
    "images of suffering children raise money in the short term but erode trust over time",
    "local organisations receive only a small share of international humanitarian funding",
    "supporters respond better to stories of progress than to stories of need",
    "regular givers recruited face to face lapse faster than those recruited online",
    "diaspora communities are among the fastest responders to drought in Somalia",
    "zakat and sadaqah flows peak in the last ten days of Ramadan",
    "informed consent is often treated as a form to be signed rather than a conversation",
    "feedback mechanisms rarely change programme decisions",
    "anticipatory cash released before the peak of a drought protects livestock and savings",
    "celebrity ambassadors raise awareness but seldom change giving behaviour",
    "younger supporters prefer to give through social platforms and mobile wallets",
    "media coverage, more than need, predicts how much an appeal will raise",
    "legacy income is the most stable source of unrestricted funding for UK charities",
    "the language of beneficiaries reinforces a hierarchy between donors and communities",
    "pooled funds make it easier for national NGOs to access donor money",
    "transparency about overheads raises rather than lowers donor trust",
    "refugees in protracted displacement want livelihoods more than handouts",
    "the SDGs give corporate partners a shared vocabulary for impact",
    "complaints from communities increase when staff explain how to make them",
    "women-led organisations are under-represented in coordination meetings",
    "SMS reminders improve the uptake of cash top-ups among older recipients",
    "crowdfunding pages with a local fundraiser's face outperform those with a logo",
    "humanitarian branding can put staff and partners at risk in conflict areas",
    "supporters of {B} expect to hear what happened to their gift within weeks",
    "advocacy campaigns work best when they pair a policy ask with a human story",
    "the shift to remote management after 2020 weakened accountability to communities",
    "{aud} are more likely to donate after seeing user-generated video from the field",
    "corporate partners value employee engagement as much as brand exposure",
    "the Core Humanitarian Standard is better known among managers than among frontline staff",
    "M-Pesa transfers reach rural households faster than bank transfers",
    "compassion fatigue is overstated and donors tire of repetitive messaging, not of need",
    "email remains the most profitable channel for converting one-off donors to regular giving",
    "national staff carry most of the risk of communications work in conflict settings",
    "supporters in the Gulf prefer named projects over general funds",
]  # fmt: skip
OPENERS = [
    "In the Horn of Africa,", "For UK supporters,", "In practice,", "Across East Africa,", "In Jordan and Lebanon,",
    "For the communications team,", "In protracted crises,", "Since the Grand Bargain,", "For smaller NGOs,",
    "In the Sudan response,", "For individual giving,", "Among Muslim donors,",
]  # fmt: skip
PLAIN = [
    "The sections below apply this thinking to {B}'s next emergency appeal.",
    "This section sets out the situation analysis before turning to objectives.",
    "The supporter journey is mapped in the appendix.",
    "Budget and timings are shown in the plan that follows.",
    "The country office in {city} has agreed to review every story before it is published.",
    "Three options were considered, and the second is recommended.",
    "Objectives are set out below in SMART form.",
    "The team will track income, retention and complaints each month.",
    "Consent will be recorded in the local language and revisited before each use.",
    "The recommendations are summarised at the end of this task.",
    "A risk register is attached, with safeguarding as the first risk.",
    "The audience is segmented by giving history rather than by age alone.",
    "Local partners will lead the storytelling, with our team in a supporting role.",
    "Key messages were tested with supporters in London and with staff in {city}.",
    "The plan will be reviewed after the first ninety days.",
    "This matters for {org} as much as for {B}.",
    "What follows applies these ideas to the three audiences identified above.",
    "The metrics chosen are simple enough for the field team to report on.",
]  # fmt: skip
QUOTE_FRAMES = [  # a direct quotation; {P} carries a page locator unless the problem is planted
    "{N} warns that {Q}.",
    "As one evaluation of the appeal put it, {Q} {P}.",
    "{Q} {P}.",
    "The point is made sharply in the literature: {Q} {P}.",
    "{N} writes that {Q}, which captures the dilemma facing the communications team.",
    "In the words of {N}, {Q}.",
    "The sector has been told before that {Q} {P}.",
    "One review of NGO imagery concluded that {Q} {P}.",
    "{N} puts it this way: {Q}.",
    "Put simply, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘beneficiaries’", "‘resilience’", "“localisation”", "‘the field’", "'voiceless'", "“capacity building”",
    "‘hard-to-reach’", "\"partners\"", "‘donor fatigue’", "“shifting the power”", "‘success stories’", "'impact'",
    "‘the most vulnerable’", "“saviour”",
]  # fmt: skip
SCARE_FRAMES = [
    "The term {Q} is contested, not least because it casts communities as passive {P}.",
    "Many staff now avoid the word {Q} in supporter copy {P}.",
    "What counts as {Q} is usually decided in London rather than in {city} {P}.",
    "{N} questions who benefits from talk of {Q}.",
    "Talk of {Q} can hide who holds the budget {P}.",
    "The language of {Q} still appears in too many of our appeals {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your gift reached {city} today”", "‘{nm} is going back to school’", "\"Water, not words\"",
    "“72 hours to double your gift”", "‘Stand with {city}’", "\"One meal, one family, one month\"",
    "“We were there before the news. We'll be there after.”", "'Last chance to give before Eid'",
    "“A message from our team in {city}”", "‘Thank you: here is what happened next’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The winter appeal email, with the subject line {Q}, had the highest open rate of the year {P}.",
    "A strapline such as {Q} puts the donor at the centre, which the literature cautions against {P}.",
    "The team tested {Q} against a plainer version {P}.",
    "{N} would see a line like {Q} as a step towards dignified messaging.",
    "The social post headed {Q} drew more comments from the diaspora than any other {P}.",
]  # fmt: skip

# Decoys: text with capitals, years, brackets or quotation marks that cites nothing.
NOT_CITATIONS = {
    "appeal-launch": [
        "The DEC {crisis} appeal was launched on {d} {mon} {yr} and raised £{amt} million in its first week.",
        "Our {appeal} (launched {mon} {yr}) closed with {pc}% of its target met.",
        "The emergency appeal ran from {d} {mon} to {d2} {mon2} {yr}, with matched funding from the UK Government.",
    ],
    "un-resolution": [
        "Security Council resolution {scres} ({yr}) is often quoted by our advocacy team.",
        "General Assembly resolution 46/182 (1991) still frames how the UN coordinates emergency relief.",
        "The humanitarian principles set out in A/RES/46/182 and A/RES/58/114 underpin the appeal messaging.",
    ],
    "un-symbol": [
        "The Secretary-General's report (A/{sess}/{n}) was tabled in {mon} {yr}.",
        "The relevant document symbol is S/{yr}/{n}, circulated to Council members in {mon}.",
        "See UN document E/{yr}/{n} for the ECOSOC humanitarian segment outcome.",
    ],
    "sdg-target": [
        "The campaign is mapped to SDG target {sdg} and, more loosely, to SDG 17.",
        "Our corporate partner reports against SDG {sdgn} (Zero Hunger) and target {sdg}.",
        "Indicator {sdg}.1 (proportion of the population covered) is the one our donors recognise.",
    ],
    "grand-bargain": [
        "The Grand Bargain (2016) set a target of 25% of funding to local and national responders.",
        "Signatories renewed the Grand Bargain as 'Grand Bargain 2.0' in June 2021 and again in {yr2}.",
        "Under the Grand Bargain's workstream 2 (localisation), {org} committed to report its pass-through funding.",
    ],
    "donor-conference": [
        "The Brussels VIII Conference (May 2024) pledged less for Syria than the year before.",
        "At the London Syria Conference in February 2016, donors pledged over US$10 billion.",
        "The pledging conference for Sudan in Paris ({mon} {yr}) was co-chaired by France, Germany and the EU.",
    ],
    "cash-amounts": [
        "Each household received KES {kes} (about £{gbp}) a month for six months.",
        "Transfers were set at ETB {etb} per household, in line with the Cash Working Group's minimum expenditure basket (MEB).",
        "Families in Amman received JOD {jod} a month through iris-scan ATMs.",
    ],
    "mobile-money": [
        "M-Pesa (launched March 2007) now carries most of our cash top-ups in Kenya.",
        "Recipients in Mogadishu use EVC Plus (Hormuud) or Zaad (Telesom) rather than bank accounts.",
        "Donations can be made by dialling {ussd} from any Safaricom line.",
    ],
    "chs": [
        "Commitment 4 of the Core Humanitarian Standard (CHS) concerns communication and participation.",
        "The CHS (2024 revision) now has nine commitments, reordered since the first edition.",
        "{org} was certified against the CHS by HQAI in {yr} and audited again in {yr2}.",
    ],
    "safeguarding": [
        "Following the Oxfam Haiti case (2018), the IDC held its own inquiry into sexual exploitation and abuse.",
        "The Safeguarding Summit (October 2018) produced commitments that UK charities still report against.",
        "The PSEA focal point in {city} reports directly to the Country Director (CD).",
    ],
    "charity-commission": [
        "{B} is a registered charity in England and Wales (no. {charno}) and in Scotland (SC{sc}).",
        "The Charity Commission opened a statutory inquiry in {mon} {yr} under section 46 of the Charities Act 2011.",
        "Serious incident reports (RSIs) went to the Charity Commission within 48 hours, as its guidance requires.",
    ],
    "dec-members": [
        "The DEC brings together 15 UK aid charities (its 'member charities') at times of crisis.",
        "DEC appeals are broadcast by the BBC, ITV, Channel 4, Channel 5 and Sky (the 'broadcasters').",
        "The DEC Ukraine Humanitarian Appeal (2022) remains the largest in its history.",
    ],
    "ipc-phases": [
        "Parts of {city} were classified IPC Phase {ipc} ({ipcname}) in the {mon} {yr} analysis.",
        "The FEWS NET outlook for {mon}–{mon2} {yr} projected Crisis (IPC Phase 3) outcomes across the south.",
        "Around {n},000 people were in IPC 3+ at the peak, including {d},000 in Phase 5.",
    ],
    "response-plan": [
        "The {yr} Sudan Humanitarian Response Plan (HRP) was only {pc}% funded by {mon}.",
        "The Lebanon Crisis Response Plan 2017–2020 (LCRP) combined humanitarian and stabilisation goals.",
        "The Regional Refugee and Resilience Plan (3RP) covers Türkiye, Lebanon, Jordan, Iraq and Egypt.",
    ],
    "cluster": [
        "The Food Security Cluster (co-led by WFP and FAO) met weekly in {city}.",
        "The Shelter Cluster and the CCCM Cluster share one information manager in Baidoa.",
        "Protection Cluster (PC) partners flagged the risk of forced evictions in {mon}.",
    ],
    "disaster-date": [
        "The earthquakes of 6 February 2023 hit southern Türkiye and north-west Syria within hours of each other.",
        "Cyclone Idai (March 2019) and Storm Daniel (September 2023) both overwhelmed local warning systems.",
        "The Beirut port explosion (4 August 2020) led to the fastest online appeal in our history.",
    ],
    "case-study-name": [
        "{nm} ({age}), a mother of five in {city}, agreed to be photographed for the appeal.",
        "{nm}, {age}, walks three hours to the nearest water point outside {city}.",
        "Our case study, {nm} (not her real name), lost most of her goats in the {yr} drought.",
    ],
    "interview-code": [
        "One respondent described the cash as 'dignity we can choose' (KII-{kii}, {city}, {mon} {yr}).",
        "Women in the focus group (FGD-{kii}, {city}) preferred SMS to voice calls.",
        "A community leader (Respondent {kii}, male, 50s) asked why the logo was bigger than the people.",
    ],
    "job-title": [
        "The Head of Individual Giving (London) and the Regional Communications Manager (Nairobi) will co-own the plan.",
        "I work as Digital Engagement Officer (MENA) and report to the Director of Brand and Communications.",
        "Sign-off sits with the Country Director (CD) and the Safeguarding Lead (SL).",
    ],
    "logframe": [
        "Progress is tracked against Outcome 2 (Indicator 2.1: % of households reporting safe access to feedback channels).",
        "Output 1.3 (community radio spots aired) is reported quarterly to the donor.",
        "The logframe's Impact statement (Level 1) was rewritten in {yr} to match the new strategy.",
    ],
    "cim-codes": [
        "This task addresses AC 2.1 and AC 2.3 of the unit specification.",
        "This report answers Task 1 (b) of the CIM Level 7 brief ({wc} words).",
        "The Level 6 unit (Digital Strategy) asks for a justified budget, which is in Appendix 3.",
    ],
    "sphere": [
        "The 2018 edition of the Sphere Handbook sets a minimum of 15 litres of water per person per day.",
        "Sphere's Protection Principles (PP1 to PP4) sit alongside the CHS.",
        "The Minimum Standards for Child Protection (CPMS, 2019 edition) are used by our partners in {city}.",
    ],
    "legislation-mention": [
        "All stories are stored in line with the Data Protection Act 2018 and the UK GDPR.",
        "Kenya's Data Protection Act, 2019 applies to the phone numbers we hold on recipients.",
        "Fundraising in Scotland falls under the Charities and Trustee Investment (Scotland) Act 2005.",
    ],
    "gdpr-article": [
        "Health data is special category data under Article 9 of the UK GDPR.",
        "Consent under Article 7 (conditions for consent) must be as easy to withdraw as to give.",
        "We rely on legitimate interests (Article 6(1)(f)) for postal appeals only.",
    ],
    "exchange-rate": [
        "Figures are converted at the rate on the day (USD 1 = ETB {etbrate}).",
        "All amounts are in US dollars (US$) unless stated; £1 was worth about KES {kesrate} in {mon} {yr}.",
        "The Lebanese pound lost over 90% of its value between 2019 and {yr2} (LBP 1,507 to the dollar before the crisis).",
    ],
    "calendar-giving": [
        "Ramadan 2024 (10 March to 9 April) brought in {pc}% of our annual online income.",
        "Giving Tuesday ({d} {mon} {yr}) was used to launch the match-funded campaign.",
        "The Big Give Christmas Challenge (noon 3 December to noon 10 December) doubles online gifts.",
    ],
    "broadcast": [
        "Our {crisis} appeal was featured on BBC Radio 4's 'The Radio 4 Appeal' on {d} {mon} {yr}.",
        "The DEC television appeal (aired {d} {mon} at 6pm) drove a spike in web traffic.",
        "The 'Newsnight' segment on {crisis} ran for four minutes and named three charities.",
    ],
    "web-path": [
        "Supporters can donate at {b_slug}.org.uk/{crisis_slug} or by text.",
        "The safeguarding policy (v{ver}, updated {mon} {yr}) is published on our website.",
        "The landing page (/appeals/{crisis_slug}) converted at {pc}% during the first week.",
    ],
    "award": [
        "The campaign won Best Emergency Appeal at the Third Sector Awards {yr}.",
        "Our film was shortlisted for the Radi-Aid Awards ('Golden Radiator') in {yr}.",
        "The team received a Chartered Institute of Fundraising National Award (Best Use of Digital, {yr}).",
    ],
    "slogan": [
        "The coalition's message, 'Nothing about us without us', was printed on every banner.",
        'Our slogan for the {appeal} was simply "Stand with {city}".',
        "The hashtag #{tag} trended in Kenya for two days in {mon} {yr}.",
    ],
    "handle": [
        "Updates from the field are posted on @{handle} and the regional WhatsApp Channel.",
        "The country office runs its own accounts (@{handle} on X and Instagram).",
        "We tagged @UNHCRKenya and @WFP_Africa in every post of the series.",
    ],
    "acronym-expansion": [
        "Accountability to Affected People (AAP) and Protection from Sexual Exploitation and Abuse (PSEA) are now one team.",
        "Cash and Voucher Assistance (CVA) made up {pc}% of our humanitarian spend in {yr}.",
        "Mental Health and Psychosocial Support (MHPSS) messaging is reviewed by a clinician.",
    ],
    "office-name": [
        "The Regional Office for the Middle East and North Africa (MENARO) in Amman leads on media relations.",
        "The East and Southern Africa Regional Office (ESARO) in Nairobi approves all stories from the region.",
        "Our Somalia team works from Nairobi (Gigiri) and from Mogadishu (Aden Adde compound).",
    ],
    "camp-population": [
        "Kakuma (about {n},000 residents) and Kalobeyei are run with the Government of Kenya.",
        "Zaatari (opened July 2012) is home to some 80,000 Syrians.",
        "Block {blk} (Zone {zone}) of the camp hosts the new community feedback desk.",
    ],
    "fiscal-period": [
        "Income for FY{yr}/{yy} was £{amt}m, down {pc}% on the year before.",
        "The results for Q{q} {yr} include the matched-funding period.",
        "The strategy covers 2024–2028 and will be reviewed at mid-term ({yr2}).",
    ],
    "survey-sample": [
        "The supporter survey (n = {n}, fielded {mon} {yr}) was run online by the insight team.",
        "Of the {n} respondents (N = {n}), just over half had given in the last year.",
        "Baseline data (Round {q}, {mon} {yr}) come from our own post-distribution monitoring (PDM).",
    ],
    "ethiopian-calendar": [
        "The distribution took place in Meskerem 2016 E.C. (September 2023 G.C.).",
        "Ethiopian New Year (Enkutatash, 11 September) is a strong moment for diaspora giving.",
        "Our Addis Ababa office reports on the Ethiopian fiscal year (Hamle to Sene).",
    ],
    "hijri-date": [
        "Eid al-Adha 1445 AH (June 2024) saw our Qurbani campaign exceed its target.",
        "Zakat calculations for 1446 AH were shared with supporters through the app.",
        "The campaign ran through Dhul Hijjah (the first ten days) with daily posts.",
    ],
    "editorial": [
        "Translated quotations are marked [translated from Amharic] or [translated from Somali].",
        "Where staff asked to remain anonymous, names are given as [Name withheld].",
        "Quotations from supporters' comments are reproduced as written [sic].",
    ],
    "report-section": [
        "Section 3 (Findings) sets out the evidence and Annex B (Theory of Change) shows the logic.",
        "See Appendix 2 (Supporter Journey Map) and Appendix 4 (Risk Register).",
        "Table 2 (Channel Mix, {yr}–{yr2}) compares cost per acquisition by channel.",
    ],
    "percent-funding": [
        "Only {pc}% of the {yr} flash appeal had been funded by {mon} (OCHA FTS figures).",
        "Around 1.2% of international humanitarian assistance went directly to local and national actors in {yr}.",
        "Pass-through funding to partners rose from {pc}% in {yr} to {pc2}% in {yr2}.",
    ],
    "team-reference": [
        "The 'Comms Cell' (set up in {mon} {yr}) meets every morning during a Category 1 emergency.",
        "Our Emergency Response Team (ERT) deploys within 72 hours of a Category 1 (Cat 1) declaration.",
        "The Brand Council (Chair: Director of Communications) signs off any change to the logo.",
    ],
    "phone-text": [
        "Text GIVE to {short} to donate £5 (texts cost £5 plus one standard-rate message).",
        "The feedback hotline ({hotline}) is free from any network in Kenya.",
        "Supporters could call 0370 60 60 900 (the DEC donation line) during the appeal.",
    ],
    "version-doc": [
        "The brand guidelines (version {ver}, {mon} {yr}) ban the use of images of children in distress.",
        "The Image Policy (rev. {yr}) replaced the earlier Dignity Guidelines (2012).",
        "Our storytelling consent form (Form C-{q}) is available in Arabic, Kurdish and Somali.",
    ],
    "time-zone": [
        "Posts go live at 9am EAT (UTC+3) so they catch both Nairobi and the Gulf.",
        "The Amman team works on EET (UTC+2) in winter and UTC+3 in summer.",
        "Live Q&A sessions run at 7pm BST (9pm in Addis Ababa).",
    ],
}
BRANDS = ["Oxfam", "Save the Children UK", "UNICEF UK", "the British Red Cross", "Islamic Relief", "MSF UK",
          "GiveDirectly", "Safaricom", "M-Pesa", "M-KOPA", "Penny Appeal", "Muslim Hands", "ActionAid UK",
          "Christian Aid", "the IRC", "Concern Worldwide", "Mercy Corps", "WaterAid", "Plan International UK",
          "Twiga Foods", "Sanergy", "Kiva", "Lifeline Lebanon", "Tearfund", "Sightsavers", "CARE International UK",
          "Amref Health Africa", "BRAC", "the Kenya Red Cross", "Human Appeal"]  # fmt: skip

_CITIES = ["Nairobi", "Addis Ababa", "Amman", "Beirut", "Cairo", "Kampala", "Mogadishu", "Baidoa", "Kakuma",
           "Dadaab", "Gambella", "Hargeisa", "Garissa", "Gulu", "Erbil", "Mafraq", "Tripoli", "Port Sudan", "Juba", "Aswan"]  # fmt: skip
_CRISES = ["Sudan", "Gaza", "East Africa", "Somalia drought", "Türkiye–Syria earthquake", "Lebanon", "Horn of Africa",
           "Afghanistan", "Yemen", "Libya floods", "Tigray", "South Sudan"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_NAMES = ["Amina", "Halima", "Fadumo", "Hodan", "Mekdes", "Selam", "Rania", "Nour", "Grace", "Achieng", "Zainab",
          "Layla", "Ubah", "Tigist", "Shilan", "Hiba", "Nimco", "Esther", "Ayaan", "Samah"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    yr = rng.randint(2014, 2024)
    crisis = rng.choice(_CRISES)
    month, month2 = sorted(rng.sample(range(12), 2))
    sdg_goal = rng.randint(1, 17)
    b_slug = rng.choice(["oxfam", "savethechildren", "redcross", "islamic-relief", "actionaid", "christianaid"])
    return {
        "city": rng.choice(_CITIES), "crisis": crisis, "crisis_slug": crisis.lower().replace(" ", "-").replace("ü", "u").replace("–", "-"),
        "appeal": rng.choice(["winter appeal", "Ramadan appeal", "emergency appeal", "Christmas appeal", "drought appeal", "Qurbani appeal"]),
        "org": rng.choice(["UNHCR", "UNICEF", "WFP", "IOM", "OCHA", "the IRC", "MSF", "the Red Crescent", "Oxfam", "Save the Children"]),
        "yr": str(yr), "yr2": str(yr + rng.randint(1, 3)), "yy": f"{(yr + 1) % 100:02d}",
        "mon": _MONTHS[month], "mon2": _MONTHS[month2], "d2": str(rng.randint(1, 28)),
        "amt": f"{rng.randint(1, 95)}.{rng.randint(1, 9)}", "pc": str(rng.randint(8, 74)), "pc2": str(rng.randint(75, 96)),
        "scres": str(rng.choice([1325, 2286, 2417, 2532, 2664, 2730])), "sess": str(yr - 1945),
        "sdg": f"{sdg_goal}.{rng.randint(1, 9)}", "sdgn": str(sdg_goal),
        "kes": f"{rng.randint(3, 9)},{rng.randint(100, 999)}", "gbp": str(rng.randint(18, 55)), "etb": f"{rng.randint(1, 4)},{rng.randint(100, 999)}",
        "jod": str(rng.randint(40, 160)), "etbrate": f"{rng.randint(27, 125)}.{rng.randint(1, 9)}", "kesrate": str(rng.randint(130, 190)),
        "ussd": rng.choice(["*334#", "*144#", "*544#", "*126#"]), "charno": str(rng.randint(200000, 1199999)), "sc": f"0{rng.randint(10000, 49999)}",
        "ipc": (ipc := rng.choice(["3", "4", "5"])), "ipcname": {"3": "Crisis", "4": "Emergency", "5": "Catastrophe/Famine"}[ipc],
        "aud": rng.choice(["younger supporters", "lapsed donors", "diaspora givers", "regular givers", "major donors", "Gen Z supporters", "Muslim donors in the UK"]),
        "nm": rng.choice(_NAMES), "age": str(rng.randint(19, 71)), "kii": f"{rng.randint(1, 40):02d}",
        "wc": f"{rng.randint(2, 4)},{rng.randint(100, 999)}", "ver": f"{rng.randint(1, 6)}.{rng.randint(0, 9)}",
        "b_slug": b_slug, "tag": rng.choice(["NotATarget", "StandWithSudan", "KeepEyesOnSudan", "HungerCantWait", "ShiftThePower"]),
        "handle": rng.choice(["OxfamEA", "SaveChildrenUK", "IRCKenya", "UNHCR_Jordan", "RedCrossKenya", "MSF_Sudan"]),
        "blk": rng.choice(["A", "B", "C", "D", "E"]), "zone": str(rng.randint(1, 9)), "short": rng.choice(["70085", "70070", "70507"]),
        "hotline": rng.choice(["1517", "1195", "0800 720 600", "+254 709 000 000"]),
    }  # fmt: skip
