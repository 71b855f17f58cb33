"""The blind204 pool's prose: marketers in UK charities, NHS trusts, universities, housing associations, museums and
local councils (London, Manchester, Leeds, Bristol, Glasgow, Cardiff, Belfast) writing CIM Level 6 and 7 reports and
MBA assignments in English.

Written without reading the checker, its tests or any other pool. Frames use the common fill values and these of
this pool's own (``values``): {city} a city, {council} a council, {trust} an NHS body, {uni} a university, {ha} a
housing association, {museum} a museum, {ward} an electoral ward, {pcode} a postcode, {charno} a charity number,
{cono} a company number, {fy} a financial year, {FY} a short one, {Y3} a recent year, {pc} a percentage's number,
{amt} a sum in pounds, {age} an age band, {camp} an awareness campaign, {ch} a channel, {fr} a planning model.
The decoys (NOT_CITATIONS) are brackets, years, numbers and names that no tutor would expect in the reference list.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Centrepoint", "Maggie's", "Whizz-Kidz", "Welsh Women's Aid", "Mind in Salford", "the Wellcome Collection",
          "Manchester Art Gallery", "Leeds City Museum", "M Shed", "Kelvingrove Art Gallery and Museum",
          "the Ulster Museum", "St Fagans", "Bristol Old Vic", "Sheffield Hallam University", "Cardiff Metropolitan University",
          "the University of Salford", "Guy's and St Thomas'", "Bradford Teaching Hospitals", "Sanctuary Housing",
          "Home Group", "Incommunities", "Yorkshire Housing", "Together Housing", "Cadwyn Housing", "Alzheimer Scotland",
          "Cancer Focus Northern Ireland", "Forth Valley Sensory Centre", "Leeds Mind", "Bristol Zoological Society",
          "the Trussell Trust", "Blue Cross", "Mencap", "Refuge", "Citizens Advice Manchester", "Glasgow Life",
          "Leeds Hospitals Charity", "Wales Air Ambulance", "NI Chest Heart & Stroke", "Mermaids", "The Felix Project"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    year = rng.randint(2016, 2025)
    return {
        "city": rng.choice(["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast"]),
        "council": rng.choice(["Manchester City Council", "Leeds City Council", "Bristol City Council", "Glasgow City Council",
                               "Cardiff Council", "Belfast City Council", "the London Borough of Lambeth", "Salford City Council",
                               "Tower Hamlets Council", "Rhondda Cynon Taf County Borough Council"]),
        "trust": rng.choice(["Manchester University NHS Foundation Trust", "Leeds Teaching Hospitals NHS Trust",
                             "North Bristol NHS Trust", "NHS Greater Glasgow and Clyde", "Cardiff and Vale University Health Board",
                             "Belfast Health and Social Care Trust", "Barts Health NHS Trust", "NHS West Yorkshire ICB"]),
        "uni": rng.choice(["the University of Leeds", "Manchester Metropolitan University", "the University of the West of England",
                           "Glasgow Caledonian University", "Cardiff University", "Ulster University", "Birkbeck"]),
        "ha": rng.choice(["Clarion", "Peabody", "L&Q", "Guinness Partnership", "Wheatley Group", "Leeds Federated", "Trivallis",
                          "Choice Housing", "Bristol Charities", "One Manchester"]),
        "museum": rng.choice(["the People's History Museum", "Leeds Industrial Museum", "Bristol Museum & Art Gallery",
                              "the Riverside Museum", "National Museum Cardiff", "the Ulster Folk Museum", "the Horniman Museum"]),
        "ward": rng.choice(["Moss Side", "Harehills", "Lawrence Hill", "Govanhill", "Butetown", "Cathays", "Falls", "Botanic",
                            "Whitechapel", "Chapeltown", "Hulme", "Ely", "Easton"]),
        "pcode": rng.choice(["M13 9PL", "LS2 9JT", "BS1 5TR", "G2 1DY", "CF10 3NP", "BT1 5GS", "E1 6AN", "M15 5RN", "LS7 4BZ"]),
        "charno": str(rng.randint(200000, 1199999)), "cono": f"0{rng.randint(1000000, 9999999)}",
        "fy": f"{year - 1}/{str(year)[2:]}", "FY": f"FY{str(year)[2:]}", "Y3": str(year), "pc": str(rng.randint(4, 88)),
        "amt": rng.choice(["£1.2m", "£450,000", "£3.6m", "£85k", "£12,500", "£2.4bn", "£640k", "£18m"]),
        "age": rng.choice(["16–24", "18–34", "25–44", "over 65", "55+", "under 18", "35 to 54"]),
        "camp": rng.choice(["Dry January", "Movember", "Stoptober", "Sober October", "Veganuary", "Walktober"]),
        "ch": rng.choice(["email", "Facebook", "Instagram", "TikTok", "LinkedIn", "direct mail", "door-to-door", "paid search",
                          "JustGiving pages", "the website", "face-to-face fundraising", "radio"]),
        "fr": rng.choice(["SOSTAC", "the 7Ps", "RACE", "PESTLE", "Ansoff's matrix", "the marketing mix", "the donor pyramid",
                          "the Theory of Change", "the EAST framework", "COM-B"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} suggests that {C}, which is directly relevant to {B}.", "{N} concluded that {C}.",
    "{N} highlights that {C}, particularly in the voluntary sector.", "{N} contends that {C}.",
    "{N} showed that {C} and that {C2}.", "{N} observed that {C}, a finding {B} has yet to act on.",
    "{N} reported that {C} across {pc} charities.", "{N} warns that {C} unless trustees invest in the brand.",
    "{N} makes a persuasive case that {C}.", "{N} noted that, since the pandemic, {C}.",
    "{N} questioned whether {C}.", "{N} recommends that public bodies recognise that {C}.",
    "{N} describe {fr} as a useful starting point, arguing that {C}.", "{N} found that {C} among {A}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.", "{O}, {N} argues that {C}.", "This echoes {N}, who found that {C}.",
    "{C}, as {N} point out.", "According to {N}, {C}.", "Work by {N} on {city}'s voluntary sector shows that {C}.",
    "{C}; {N} reached a similar conclusion for {B}.", "In the NHS context, {N} suggests that {C}.",
    "{B} could learn from {N}, who showed that {C}.", "Applying {fr} to {B}, and drawing on {N}, {C}.",
    "{C} – a point {N} makes about housing associations as well.", "Evidence from {N} indicates that {C}.",
    "Data published by {N} show that {C}.", "{O}, research by {N} found that {C}.",
    "Following {N}, this report assumes that {C}.", "{C}, which supports the view of {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "{O}, {N} findings suggest that {C}.", "{N} framework explains why {C}.",
    "Using {N} model, it appears that {C}.", "{N} survey found that {C}.", "{B} could adopt {N} approach, since {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "For {B}, {C} {P}.",
    "This matters because {C} {P}.", "{C}, especially in {city} {P}.", "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (see Figure {q}) {P}.", "In short, {C} {P}.",
    "Public trust in charities fell after a run of safeguarding scandals {P}.",
    "Regular givers are worth far more over their lifetime than one-off donors {P}.",
    "{C}, which is why {B} invests in {ch} {P}.", "Put simply, {C} {P:see also}.",
    "Legacy income is now the largest single source of voluntary income for many medical charities {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; however, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "{O}, {C} {P}, so {C2}.", "Some authors {P:e.g.} argue that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to give when they can see the impact of their donation",
    "charities that tell beneficiaries' stories with dignity earn more trust", "{T} improves {R} among {A}",
    "regular giving is more resilient than event income in a recession",
    "public-sector brands are trusted more than commercial ones but are seen as slow",
    "NHS trusts struggle to recruit when their employer brand is weak",
    "museums that co-produce exhibitions with local communities attract new audiences",
    "tenants judge housing associations mainly on repairs and communication",
    "{A} expect councils to communicate through {ch} as well as by letter",
    "{B} relies too heavily on a small number of major donors",
    "the cost-of-living crisis has squeezed donations from {A}", "Gift Aid is under-claimed by smaller charities",
    "social marketing works best when it changes the environment as well as the message",
    "students choose universities on reputation more than on league tables",
    "volunteers who feel valued become long-term donors",
    "a clear case for support helps {B} to {bs}",
    "digital fundraising grew sharply during lockdown and has not fallen back",
    "donors are put off by aggressive fundraising methods",
    "{ch} reaches {A} more cheaply than print does",
    "charity brands are judged on their values as much as on their services",
    "local authorities face a trust gap with residents in deprived wards",
    "{T} only works when it is backed by a clear data protection policy",
]  # fmt: skip
OPENERS = [
    "However", "In practice", "For {B}", "Similarly", "By contrast", "In the third sector", "In {city}",
    "For a charity of {B}'s size", "Within the NHS", "Since the pandemic", "From a donor's perspective",
    "Nevertheless", "Consequently", "In the context of austerity", "Turning to {B}'s digital channels",
    "For local authorities", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} employs around {n} staff and relies on over a thousand volunteers.",
    "This report analyses {B}'s supporter journey and makes recommendations for the next three years.",
    "The table below summarises the key performance indicators for each fundraising channel.",
    "{B}'s Instagram account has {n}k followers, but engagement is falling.", "{O}, {C}.",
    "A PESTLE analysis of {B} is included in the appendix.",
    "The recommendations are costed and phased over eighteen months.",
    "The organisation operates from a head office in {city} and regional hubs across the UK.",
    "Task 2 applies {fr} to {B}'s community engagement plan.",
    "The marketing team is small: a head of marketing, two officers and an apprentice.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{B} appears to accept that {Q} {P}.", "One review concluded that {Q} {P}.",
    "Charity marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘poverty porn’", "‘chugging’", "‘hard to reach’", "‘donor fatigue’", "‘cause washing’", "‘compassion fatigue’",
                "'the third sector'", "“anchor institution”", "‘levelling up’", "‘warm spaces’", "‘golden thread’",
                "'lived experience'", "‘brand halo’"]  # fmt: skip
SCARE_FRAMES = [
    "Critics have accused some campaigns of {Q} {P}.", "{B} is keen to avoid what is often called {Q} {P}.",
    "So-called {Q} is a growing concern for fundraisers {P}.", "The term {Q} is used loosely in the sector {P}.",
    "Many councils now describe their role in words like {Q} {P}.", "{N} is critical of {Q} imagery in appeals, and {B} has changed its photography.",
]  # fmt: skip
SUBJECT_LINES = ["‘Will you help us keep the lights on this winter?’", "‘Your gift doubled – today only’",
                 "“Thank you, Sam – here’s what you made possible”", "‘Your Gift Aid declaration’",
                 "‘Last chance to register for the {city} 10K’", "“Your ward, your say: tell us what matters”",
                 "‘A message from our Chief Executive’", "‘Your appointment reminder’", "‘We miss you – will you rejoin?’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} raised the most in the winter appeal {P}.", "{B}'s reactivation email, {Q}, was opened by a third of lapsed donors {P}.",
    "Subject lines such as {Q} create urgency {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
    "The council's newsletter, sent as {Q}, doubled its usual open rate {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "act-year": [
        "Trustees must act in line with the Charities Act 2011 when they approve a fundraising plan.",
        "The Charities Act 2022 makes it easier for charities to amend their governing documents.",
        "Councils have had a duty to consider social value since the Public Services (Social Value) Act 2012.",
        "The Equality Act 2010 requires {B} to make reasonable adjustments for disabled visitors.",
        "The Well-being of Future Generations (Wales) Act 2015 shapes every public body's plans in Cardiff.",
        "The Health and Care Act 2022 created integrated care boards across England.",
    ],
    "data-law": [
        "Under the Data Protection Act 2018 and the UK GDPR, donors must be able to withdraw consent easily.",
        "Email and text appeals need consent under PECR (2003) unless the soft opt-in applies.",
        "Wealth screening was curtailed after the data protection fines imposed on charities in {Y3}.",
        "{B}'s privacy notice was rewritten in {Y3} to reflect the UK GDPR.",
    ],
    "statutory-instrument": [
        "The soft opt-in was extended to charities by amending the regulations (SI 2003/2426).",
        "The EU exit amendments (SI 2019/419) kept the PECR rules in UK law.",
        "CIOs are governed by their own regulations (SI 2012/3012).",
        "Public bodies buying services must follow the procurement rules (SI 2015/102).",
    ],
    "charity-number": [
        "{B} (registered charity no. {charno}) was founded in {city}.", "Registered charity number {charno}.",
        "The appeal is run by a small Glasgow charity (SC0{n}45).", "{B} is registered in Northern Ireland (NIC10{n}).",
        "All donations go to the hospital charity (charity no. {charno}).",
    ],
    "company-number": [
        "The trading subsidiary (company no. {cono}) runs the charity shops.",
        "{B} is a company limited by guarantee (registered in England and Wales, no. {cono}).",
        "The housing association is a registered society (FCA no. {n}R).",
    ],
    "gift-aid": [
        "Gift Aid adds 25p to every £1 donated by a UK taxpayer.", "Only {pc}% of eligible donations to {B} carry Gift Aid.",
        "The declaration reads: ‘I am a UK taxpayer and want {B} to treat all my donations as Gift Aid donations.’",
        "Unclaimed Gift Aid is worth around {amt} a year to the sector.",
    ],
    "pound-amount": [
        "The winter appeal raised {amt} against a target of £{n}k.", "Legacy income reached {amt} ({fy}).",
        "The campaign budget is modest (£{n}k over {q} months).", "A donation of £10 a month ({amt} a year across all donors) funds the helpline.",
        "Each new regular giver costs about £{n} to recruit.",
    ],
    "nhs-target": [
        "Only {pc}% of patients were seen within four hours against the 95% standard.",
        "The 18-week referral-to-treatment target (RTT) has not been met since February 2016.",
        "Cancer patients should start treatment within 62 days of an urgent referral.",
        "Ambulance trusts aim to reach category 2 calls in 18 minutes on average.",
        "The trust reduced waits of over 52 weeks to {n} patients by March {Y3}.",
    ],
    "financial-year": [
        "Income fell in {fy} after two years of growth.", "The marketing budget for {FY} is {amt}.",
        "Figures are for the year ending 31 March {Y3}.", "Voluntary income rose by {pc}% ({fy} compared with the previous year).",
        "The council must save {amt} by the end of {FY}.",
    ],
    "campaign-year": [
        "{B}'s {camp} {Y3} campaign recruited {n} new supporters.", "Sign-ups for {camp} peaked in {Y3}.",
        "Dry January 2020 was the first to be promoted through the Try Dry app.",
        "The Movember moustache became a byword for men's health.", "Giving Tuesday ({d} December) is now a fixture in the fundraising calendar.",
        "The Ice Bucket Challenge (2014) showed how quickly a peer-to-peer campaign can spread.",
    ],
    "council-and-trust": [
        "{trust} employs more than {n},000 staff.", "{council} runs the scheme with five housing providers.",
        "Patients are referred by NHS 111 or their GP to {trust}.", "{B} works with {council} on the city's warm spaces scheme.",
        "Ward 12 at the Royal Victoria Hospital was refurbished with money from the appeal.",
        "The integrated care board (NHS West Yorkshire ICB) commissions the service.",
    ],
    "postcode": [
        "The new hub ({pcode}) is close to the bus station.", "Leaflets went to every household in the {pcode} postcode sector.",
        "Visitors can find the shop at 14 High Street ({pcode}).", "The outreach van parks outside the library ({pcode}) on Tuesdays.",
    ],
    "helpline": [
        "Anyone struggling can call Samaritans free on 116 123.", "The helpline (0808 808 {n}0) is open 8am–8pm.",
        "Young people can text SHOUT to 85258 for support.", "In an emergency, callers should ring 999 or NHS 111.",
        "Support is available on freephone 0800 {n} {n}1, seven days a week.",
    ],
    "award": [
        "The campaign won at the Third Sector Awards 2021.", "{B} was shortlisted for Museum of the Year {Y3}.",
        "The team was highly commended at the Charity Awards ({Y3}).", "The rebrand won gold at the CIM Marketing Excellence Awards {Y3}.",
        "The trust's recruitment film was a finalist in the HSJ Awards {Y3}.",
    ],
    "telethon": [
        "Comic Relief 2019 raised more than £63m on the night.", "Children in Need 2022 put disability charities in the spotlight.",
        "Red Nose Day ({Y3}) was the first to use TikTok heavily.", "{B} received a grant from BBC Children in Need ({Y3} round).",
        "Sport Relief (2018) was the last before it merged into Red Nose Day.",
    ],
    "census": [
        "Census 2021 showed that {pc}% of {city}'s residents were born outside the UK.",
        "Scotland's Census 2022 was delayed by a year.", "Figures from the 2021 Census show a rise in unpaid carers.",
        "The ward's population grew between censuses (2011–2021).",
    ],
    "post-nominals": [
        "The appeal was fronted by the chief executive, Dr Amina Patel OBE.", "{B}'s chair, Professor Siân Davies FRSA, wrote the foreword.",
        "The head of marketing, Joe Walsh MCIM, leads a team of four.", "Trustee Margaret Okafor MBE DL has served since {Y}.",
        "The report was signed off by Gareth Lloyd FCA, the treasurer.", "Interviews were held with Ruth Kerr (Chartered Marketer, FCIM).",
    ],
    "age": [
        "The target audience is young adults (aged {age}).", "Most donors are over 65 (mean age 71).",
        "The service supports carers aged 8 to 25.", "Half of respondents were {age} (n = {n}).",
        "Older tenants (65+) prefer a phone call to an app.",
    ],
    "electoral-ward": [
        "The pilot ran in {ward} ward, one of the most deprived in {city}.", "Turnout in {ward} (ward) was only {pc}%.",
        "Outreach focused on {ward} and two neighbouring wards.", "Councillors for {ward} backed the campaign.",
    ],
    "deprivation": [
        "Most of the ward falls in the most deprived decile (IMD 2019).", "Child poverty is high (around {pc}% after housing costs).",
        "The estate sits in an LSOA ranked in the bottom 10% nationally.", "The SIMD 2020 places much of Govanhill in the most deprived fifth.",
    ],
    "founding-year": [
        "{B} (founded {Y}) began as a soup kitchen.", "The RNLI has saved lives at sea since 1824.",
        "The NHS celebrated its 75th birthday in 2023 (1948–2023).", "The museum (opened 1901) is free to enter.",
        "The housing association dates back to the post-war period (est. 1964).",
    ],
    "qualification": [
        "This report is submitted for the CIM Level 7 Postgraduate Diploma (Module 2: Mastering Metrics).",
        "The assignment meets the brief for Unit 3 (Level 6 Diploma in Professional Marketing).",
        "Word count: {n}0 (excluding references and appendices).", "Candidate number: {cono}.",
        "This MBA assignment (module MBA7015) draws on the author's work at {B}.",
    ],
    "cross-reference": [
        "The supporter journey is mapped in Appendix {q} (Figure {q}).", "See Section 3.{q} for the competitor analysis.",
        "Costs are set out in the budget (Table {q}).", "The Gantt chart (Appendix 4) shows the launch in week {q}.",
    ],
    "survey-sample": [
        "Most supporters preferred to hear from {B} by email (n = {n}).", "The tenant survey had a good response ({pc}%, n = {n}).",
        "Respondents rated the service 4.{q} out of 5 (base: {n} patients).", "Focus groups were held in {city} (three groups, 24 people).",
    ],
    "participant": [
        "One volunteer put it simply: ‘I stay because I feel useful’ (Participant 4).",
        "A fundraising manager admitted the CRM was ‘a mess’ (Interviewee B).", "Donors were grouped by gift size (Segment C).",
        "The persona ‘Margaret, 68’ (Persona 2) is based on five interviews.",
    ],
    "handle-or-web": [
        "Supporters can follow the appeal on Instagram (@{M}appeal_uk).", "The donation page (www.example-charity.org.uk/donate) converted best.",
        "The hashtag #GivingTuesday trended in the UK on the day.", "Enquiries go to fundraising@example-charity.org.uk.",
        "The NHS75 hashtag (#NHS75) was used {n},000 times.",
    ],
    "text-to-donate": [
        "Supporters can text GIVE5 to 70085 to donate £5.", "Text-to-donate codes (e.g. HOPE10) were printed on every poster.",
        "Texts cost £3 plus one standard network rate message.",
    ],
    "abbreviation": [
        "Voluntary, community and social enterprise (VCSE) organisations deliver much of the service.",
        "The integrated care board (ICB) now commissions community services.",
        "Key performance indicators (KPIs) include cost per acquisition (CPA) and donor retention.",
        "The Chartered Institute of Fundraising (CIoF) sets out standards for its members.",
        "Return on investment (ROI) is hard to prove for brand campaigns.",
    ],
    "pay-band": [
        "The marketing officer post is graded Band 5 (Agenda for Change).", "Officers are paid on NJC pay scale points 22–25.",
        "All staff receive at least the Real Living Wage (£{q}2.60 an hour in London).",
        "The head of communications is on Band 8a.",
    ],
    "rating": [
        "The trust's maternity services were rated ‘Requires improvement’ at their last inspection ({Y3}).",
        "The university holds a TEF Gold award ({Y3}).", "Student satisfaction rose to {pc}% (NSS {Y3}).",
        "The landlord was given a C2 grade for consumer standards.", "All homes must reach EPC band C by 2030.",
    ],
    "events": [
        "Over {n} runners took part for {B} in the London Marathon {Y3}.", "Race for Life ({Y3}) was cancelled because of lockdown.",
        "The Great Manchester Run (May {Y3}) is {B}'s biggest event.", "The exhibition runs from {d} May to 3 September {Y3}.",
        "{B} held a stall at Glastonbury 2019.",
    ],
    "royal-and-national": [
        "Volunteering spiked around the Coronation (6 May 2023) and the Big Help Out.",
        "The Queen's Platinum Jubilee (2022) prompted a wave of street parties.", "Remembrance Sunday (10 November) is central to the Poppy Appeal.",
        "The first lockdown (23 March 2020) closed every charity shop.",
    ],
    "quarter-year": [
        "Web traffic grew in the final quarter (Q{q} {Y3}).", "Donations dipped in Q{q} but recovered by year end.",
        "The new CRM went live in Q{q} {FY}.", "Reporting runs quarterly (Q1: April–June).",
    ],
    "grant-reference": [
        "The project is funded by the National Lottery Community Fund (grant ref. 2012{n}5).",
        "The bid went to the Heritage Fund's small grants programme (£3,000 to £10,000).",
        "The UK Shared Prosperity Fund allocation ({amt}) covers two years.",
    ],
    "tax-and-vat": [
        "Charities pay VAT at 20% on most advertising.", "Charity shops receive 80% mandatory business rates relief.",
        "The trading company donates its profits under Gift Aid (corporation tax at 25%).",
    ],
    "software-version": [
        "Donor records moved to Salesforce NPSP (version 3.{q}) last year.", "{B} still uses Raiser's Edge NXT for gift processing.",
        "The app was rebuilt in {Y3} (version {q}.0).", "Tracking uses Google Analytics 4 (GA4) since Universal Analytics closed in 2023.",
    ],
    "opening-hours": [
        "The shop opens Tuesday to Saturday (10am–4pm).", "The helpline is staffed out of hours (6pm–8am).",
        "The museum is closed on Mondays (except bank holidays).",
    ],
    "ticket-price": [
        "Entry is free (donations welcome).", "Tickets for the gala dinner cost £{n} (table of ten: £{n}0).",
        "Student tickets are discounted (£{q} with NUS card).",
    ],
    "housing-stock": [
        "{ha} manages around {n},000 homes (mostly social rent).", "The association built {n} new homes in {fy}.",
        "Void rates fell to {q}.{q}% (general needs stock).",
    ],
    "school-year": [
        "The schools programme reaches Year 9 pupils (ages 13–14).", "Resources are mapped to Key Stage 3 (KS3) science.",
        "Workshops ran for S3 classes in two Glasgow secondaries.",
    ],
    "percentage": [
        "Around {pc}% of donors give by direct debit.", "Only {pc}% of the list had opened an email in six months.",
        "Retention of first-year donors is low (about {pc}%).", "Mobile now accounts for most visits ({pc}% of sessions).",
    ],
    "date": [
        "The appeal launched on {d} November {Y3} and closed at Christmas.", "Data were exported from the CRM on {d}/0{q}/{Y3}.",
        "The board approved the plan at its meeting on {d} March {Y3}.", "The consultation closes on 30 June {Y3}.",
    ],
    "ucas-tariff": [
        "Typical offers are 112 UCAS tariff points (BBC at A level).", "Clearing places were advertised from results day (15 August {Y3}).",
        "Nursing applications rose by {pc}% before the June deadline (main scheme).",
    ],
    "foi-reference": [
        "Figures were obtained under the Freedom of Information Act 2000 (request ref. FOI-{Y3}-0{n}).",
        "The council's response (EIR ref. {n}/{Y3}) did not include spend by channel.",
    ],
    "slogan": [
        "Macmillan's line ‘No one should face cancer alone’ is used on every channel.",
        "The NHS ‘Stay home, protect the NHS, save lives’ message (March 2020) was widely recalled.",
        "{B}'s new strapline, ‘Here for {city}’, launched in {Y3}.", "The ‘Every Mind Matters’ campaign is led by the NHS.",
    ],
    "exhibition-and-collection": [
        "The Peterloo gallery commemorates the massacre of 1819.", "The object (accession no. {Y}.{n}) is on loan from a private collection.",
        "The Banksy exhibition at Bristol Museum in 2009 drew over 300,000 visitors.", "Dippy the dinosaur's tour (2018–2021) visited Cardiff and Belfast.",
    ],
    "venue": [
        "The launch was held in the Council Chamber (Room 2.14, {city} Town Hall).",
        "Workshops take place at the community hub (Unit 4, Mill Lane, {pcode}).",
        "The gala moved to a larger venue (the Great Hall, capacity {n}0).",
    ],
    "lottery": [
        "Players of People's Postcode Lottery have supported {B} since {Y3}.",
        "The weekly lottery (£1 a ticket, draw every Friday) brings in {amt} a year.",
        "A National Lottery Awards {Y3} nomination raised the project's profile.",
    ],
}  # fmt: skip
