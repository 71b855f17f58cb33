"""Prose for the fifty-seventh held-out pool, "blind57": sentence frames, claims, openers, quotation frames and
decoys as social-marketing, health-promotion and communications staff in Aotearoa New Zealand and Australia write
them in CIM Level 6 and 7 assignments and Master of Public Health and social-marketing coursework.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-seventh hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers write:
campaign names with their years, Acts with their years and numbers, agency names with macrons and dashes, census
and survey waves, regulator decisions with their numbers, budget lines, hui and fono dates, te reo Māori phrases,
Pacific and Aboriginal community names, bracketed asides and quoted taglines, alongside the citations they owe.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} reported that {C}, which matters for {campaign}.",
    "{N} argues that {C}.",
    "{N} showed that {C} across {place}.",
    "{N} notes that {C}, particularly for {group}.",
    "{N} concluded that {C}.",
    "{N} observed that {C} when messages were co-designed with {group}.",
    "{N} makes the case that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.",
    "For {agency}, the work of {N} is useful because {C}.",
    "As {N} points out, {C}.",
    "{O}, research by {N} suggests that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "In planning the {campaign} refresh, the team drew on {N}, where {C}.",
    "Evidence from {N} indicates that {C}, so the brief targets {group}.",
    "Like {N}, we found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} evaluation found that {C}.",
    "{N} review of {topic} shows that {C}.",
    "According to {N} analysis, {C}.",
    "{O}, {N} framework helps explain why {C}.",
    "We adapted {N} model because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "For {group}, {C} {P}.",
    "Research in {place} suggests that {C} {P}.",
    "There is good evidence that {C} {P:see}.",
    "{C}, and this holds for {group} too {P}.",
    "The insight work confirmed that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "Because {C} {P}, the {campaign} team shifted spend to {channel}.",
    "{O}, {C} {P}, which shaped the creative brief.",
    "While {C} {P}, {C2}.",
    "It is well established that {C} {P}; however, {C2}.",
]  # fmt: skip
CLAIMS = [
    "fear appeals work less well than self-efficacy messages for young drivers",
    "whānau-centred messaging lifts engagement among Māori audiences",
    "social norms campaigns can reduce binge drinking among students",
    "quitline referrals rise sharply in the week after a graphic television burst",
    "community-led design improves the cultural fit of health messages",
    "Pacific audiences respond better to church and family channels than to paid social",
    "{B} reached more rangatahi through short-form video than through radio",
    "sun-protection behaviours have plateaued among teenagers despite decades of campaigning",
    "peer educators increase trust in vaccination messages",
    "plain packaging reduced the appeal of cigarettes to young people",
    "bystander messaging helps people act on family violence",
    "men in rural areas delay seeking help for mental distress",
    "price and availability matter more than advertising for alcohol harm",
    "campaign recall does not translate directly into behaviour change",
    "audience segmentation by life stage outperforms segmentation by demographics",
    "vaping uptake among secondary students rose faster than expected",
    "storytelling by community members builds more credibility than celebrity endorsement",
    "speed cameras work best when paired with visible enforcement publicity",
    "food insecurity shapes how families hear healthy-eating advice",
    "te reo Māori in campaign creative signals respect and increases recall",
    "the exchange offered must feel worth the cost to the audience",
    "upstream policy change multiplies the effect of downstream messaging",
    "digital channels allow faster testing of message variants",
    "Aboriginal community-controlled services achieve higher screening participation",
    "gambling harm is concentrated in lower-income neighbourhoods",
    "behavioural insights can nudge people towards booking a screening appointment",
    "trusted messengers matter more than message frequency for {group}",
    "{B} partnerships extend reach among {group} at low cost",
]  # fmt: skip
OPENERS = [
    "In Aotearoa New Zealand",
    "Across Australia",
    "For health promotion practitioners",
    "In the context of Te Tiriti o Waitangi",
    "From a social marketing perspective",
    "Looking at the insight phase",
    "In kaupapa Māori terms",
    "At the formative research stage",
    "Within {agency}",
    "In the {city} pilot",
]  # fmt: skip
PLAIN = [
    "The target audience for this plan is {group} in {place}.",
    "The campaign objective is behavioural, not just awareness.",
    "Our partners include local marae, sports clubs and churches.",
    "Budget constraints mean that paid media is limited to two bursts.",
    "The evaluation plan uses pre- and post-campaign tracking.",
    "This section sets out the situation analysis.",
    "Messages were tested with community advisory groups before launch.",
    "Channels were chosen to match where {group} already spend time.",
    "Kaimahi from the provider helped shape the creative.",
    "The next section covers the marketing mix for the service.",
    "All creative assets will be available in English and te reo Māori.",
    "The programme logic links activities to short- and long-term outcomes.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} put it plainly: {Q}.",
    "As one evaluation noted, {Q} {P}.",
    "{Q} {P}.",
    "The key insight is that {Q} {P}.",
    "{N} writes that {Q}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“hard-to-reach”",
    "'hard to reach'",
    "‘priority populations’",
    "“nanny state”",
    "'behaviour change'",
    "“social licence”",
    "‘by Māori, for Māori’",
    "“nothing about us without us”",
    "'at-risk' youth",
    "“wellbeing budget”",
    "‘one-size-fits-all’",
    "\"evidence-based\"",
]  # fmt: skip
SCARE_FRAMES = [
    "Labels such as {Q} shift blame onto communities {P}.",
    "{N} questions the term {Q}.",
    "So-called {Q} approaches have limits {P}.",
    "Critics dismiss the policy as {Q}, yet the evidence is strong {P}.",
    "{N} warns against {Q} messaging.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your free skin check is waiting”",
    "'Kia ora – book your screening today'",
    "“Ready to quit? We can help”",
    "‘Plan a safe ride home this weekend’",
    "\"Your whānau vaccination reminder\"",
    "“Talk to your mate today”",
    "'Slip, slop, slap – and seek and slide'",
    "“It's OK to ask for help”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The email subject line {Q} lifted open rates, in line with the evidence on personalisation {P}.",
    "Following {N}, we tested the message {Q} with the panel.",
    "A push notification reading {Q} performed best, as expected {P}.",
    "The tagline {Q} draws on gain framing, as recommended by {N}.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing: what these writers put around citations.
NOT_CITATIONS: dict[str, list[str]] = {
    "campaign-with-year": [
        "The Smokefree Aotearoa 2025 goal set a clear endpoint for tobacco control.",
        "Slip Slop Slap (launched 1981) remains the best-known sun-safety campaign in Australia.",
        "The {campaign} burst ran from March to May {yr}.",
    ],
    "act-with-year": [
        "The Smokefree Environments and Regulated Products Act 1990 restricts where products can be advertised.",
        "Under the Privacy Act 2020, the campaign database must be used only for its stated purpose.",
        "The Sale and Supply of Alcohol Act 2012 gives communities a say through local alcohol policies.",
    ],
    "act-section": [
        "Section 22 of the Privacy Act 2020 sets out the information privacy principles.",
        "Part 2, s 9 of the Pae Ora (Healthy Futures) Act 2022 lists the health sector principles.",
        "We checked the claims against s 18 of the Australian Consumer Law (Sch 2, Competition and Consumer Act 2010).",
    ],
    "treaty": [
        "The plan honours Te Tiriti o Waitangi (1840) through partnership, participation and protection.",
        "Article 2 of Te Tiriti guarantees tino rangatiratanga over taonga, including health.",
    ],
    "agency-macron-dash": [
        "The Ministry of Health – Manatū Hauora approved the final creative in {month} {yr}.",
        "Since July 2022, Te Whatu Ora – Health New Zealand has run the national screening programmes.",
        "Te Aka Whai Ora (the Māori Health Authority) co-commissioned the work before it was disestablished.",
    ],
    "agency-acronym": [
        "The Health Promotion Agency (HPA) now sits inside Te Whatu Ora.",
        "Waka Kotahi NZ Transport Agency (NZTA) funds the road-safety media buy.",
        "VicHealth and Healthway (WA) both co-fund sport sponsorship swaps.",
    ],
    "census-wave": [
        "Census 2018 undercounted Māori and Pacific households, so Stats NZ used admin data.",
        "The 2021 ABS Census counted {num} people in the catchment.",
        "Data for this map come from the 2023 Census (Stats NZ) meshblock tables.",
    ],
    "survey-wave": [
        "The New Zealand Health Survey 2022/23 is the baseline for our smoking targets.",
        "Wave 7 of the tracking survey (n = {num}) closed in {month} {yr}.",
        "The Year 10 Snapshot {yr} asked students about daily vaping.",
    ],
    "ad-standards-case": [
        "ASA New Zealand upheld complaint 23/{num} against the vape retailer.",
        "Ad Standards case 0{num}-{yr} was dismissed by the Community Panel.",
        "The ASA Complaints Board ruling (Decision 24/{num}) found the ad socially irresponsible.",
    ],
    "budget-line": [
        "Total budget: NZ$1.2 million (GST exclusive) over two financial years.",
        "Paid media accounts for A${num},000 of the FY{yr2} allocation.",
        "The Wellbeing Budget 2019 ring-fenced funding for mental health services.",
    ],
    "financial-year": [
        "Results are reported for the 2023/24 financial year (1 July to 30 June).",
        "Reach targets for FY{yr2} are in Appendix C.",
    ],
    "hui-date": [
        "A hui at {marae} Marae on {day} {month} confirmed the campaign kaupapa.",
        "The community fono (Saturday {day} {month}) drew more than {num} people.",
    ],
    "te-reo-phrase": [
        "The whakataukī 'He waka eke noa' (we are all in this together) frames the campaign.",
        "Our tagline uses the phrase “Mauri ora” (wellbeing) alongside the English line.",
        "Kaupapa Māori principles (tino rangatiratanga, whānau, manaakitanga) guide the evaluation.",
    ],
    "iwi-name": [
        "Ngāi Tahu and Ngāti Whātua Ōrākei both run their own whānau wellbeing programmes.",
        "Tūhoe (Ngāi Tūhoe) led the kōrero on messaging in Te Urewera.",
        "Partners include Te Rūnanga o {iwi} and two Whānau Ora navigators.",
    ],
    "pasifika-community": [
        "Samoan, Tongan and Fijian church leaders (the Pacific Reference Group) reviewed the scripts.",
        "The Tongan-language radio spots aired on Radio 531pi in {month} {yr}.",
    ],
    "first-nations-community": [
        "The Aboriginal Community Controlled Health Organisations (ACCHOs) in the Kimberley hosted the yarning circles.",
        "Artwork by a Yolŋu artist from North East Arnhem Land features on all posters.",
        "NAIDOC Week {yr} was used as a launch moment for the Torres Strait Islander materials.",
    ],
    "news-outlet-mention": [
        "The launch was covered by RNZ, Stuff and The Spinoff on the same day.",
        "An ABC News segment in {month} {yr} drove a spike in quitline calls.",
        "The Sydney Morning Herald ran the story on its front page.",
    ],
    "tv-programme": [
        "The ad ran in breaks during Seven Sharp and the 6pm 1News bulletin.",
        "Sponsorship of The Block NZ (Season {season}) gave the brand ten minutes of integrated content.",
    ],
    "podcast-mention": [
        "We placed host-read ads on The Detail and Stuff's podcast network in Q{q} {yr}.",
        "The campaign's own podcast, Kōrero Hauora (Episode {season}), reached {num} downloads.",
    ],
    "social-handle": [
        "Posts from @HPA_NZ and @QuitNZ were boosted for two weeks.",
        "The #SmokefreeAotearoa hashtag trended on launch day.",
        "Follow-up content went out on the @VicHealth Instagram account.",
    ],
    "url-mention": [
        "Traffic to quit.org.nz doubled during the burst.",
        "The landing page (www.sunsmart.com.au/uv) had the lowest bounce rate.",
        "Bookings were made through the healthpoint.co.nz directory.",
    ],
    "phone-line": [
        "Quitline (0800 778 778) answered calls around the clock during the launch week.",
        "Callers were directed to 13 QUIT (13 7848) or to text their GP.",
        "The Need to Talk? service (free call or text 1737) was on every asset.",
    ],
    "target-metric": [
        "KPI 3: increase quit attempts among Māori smokers by 10% by June {yr2}.",
        "Target: 70% prompted recall among {group} (baseline 42%, Wave 1).",
    ],
    "percentage-bracket": [
        "Daily smoking fell to 6.8% (2022/23) from 16.4% a decade earlier.",
        "Most respondents (63%) said they had seen the ad more than twice.",
        "Uptake in Counties Manukau (58.2%) lagged the national rate.",
    ],
    "sample-size": [
        "The online panel (n = {num}) was weighted by age, sex and ethnicity.",
        "Focus groups (six groups, N = 48) were held in {city} and Rotorua.",
    ],
    "appendix-ref": [
        "See Appendix B (Table 4) for the full media schedule.",
        "The stakeholder map is in Appendix 2 (Figure 3).",
        "Section 4.2 (below) sets out the evaluation questions.",
    ],
    "figure-table": [
        "Figure 2 shows the segmentation (Source: own analysis, {yr}).",
        "Table 1: Campaign reach by channel, {yr}–{yr2}.",
        "Figure 5 (adapted by the author) maps the customer journey for first-time callers.",
    ],
    "model-name": [
        "The plan follows the 4Ps and adds a fifth P for Partnerships.",
        "We used the Te Whare Tapa Whā model (four walls of health) to frame wellbeing.",
        "The COM-B model (Capability, Opportunity, Motivation – Behaviour) structured the insight work.",
        "The Fonofale model places culture and family at the centre of Pacific health.",
    ],
    "framework-version": [
        "The NSMC benchmark criteria (eight criteria) were used as a checklist.",
        "The SMART objectives below follow the agency's Version 2.1 template.",
    ],
    "strategy-title": [
        "The National Drug Strategy 2017–2026 sets harm minimisation as its overarching approach.",
        "Whakamaua: Māori Health Action Plan 2020–2025 guides our priorities.",
        "The National Road Safety Strategy 2021–30 commits to Vision Zero.",
    ],
    "road-safety-programme": [
        "Road to Zero (2019) aims for a 40% cut in deaths and serious injuries by 2030.",
        "The TAC's Towards Zero campaign has run in Victoria since 2015.",
        "Legend (the Waka Kotahi drink-driving campaign) targets young men in provincial towns.",
    ],
    "event-date": [
        "World Smokefree Day (31 May) is the anchor date for the burst.",
        "Movember and Men's Health Week (June) bracket the men's campaign.",
        "Matariki (observed 14 July {yr}) is a natural moment for whānau wellbeing content.",
    ],
    "award": [
        "The campaign won Gold at the Effie Awards {yr} (Social Good category).",
        "It was shortlisted for a Cannes Lions Glass award in {yr}.",
        "The team received a Public Service Award (Health) in {yr}.",
    ],
    "brand-partner": [
        "{B} (our retail partner) donated shelf space for the {campaign} posters.",
        "Sponsorship by {B} ended in {yr} after the sugary-drinks review.",
    ],
    "company-form": [
        "The media agency, OMD New Zealand Ltd, placed the buy.",
        "Creative was produced by Clemenger BBDO (Wellington) under the all-of-government panel.",
        "Fonterra Co-operative Group Ltd supplied milk for the school breakfasts.",
    ],
    "place-name": [
        "Pilot sites were Ōtautahi Christchurch, Tauranga Moana and Kirikiriroa Hamilton.",
        "The Perth and Peel (WA) rollout followed the Western Sydney pilot.",
        "Trials ran in Logan City (QLD) and Frankston (VIC).",
    ],
    "district-board": [
        "The former Counties Manukau DHB (now part of Te Whatu Ora) ran the first trial.",
        "Capital & Coast DHB and Hutt Valley DHB shared one communications team until 2022.",
    ],
    "ethics-approval": [
        "Ethics approval was granted by the Health and Disability Ethics Committees (ref. 2{num}/NTB/{day}).",
        "The study received HREC approval (Protocol H-{yr}-{num}).",
    ],
    "currency-price": [
        "A pack of 20 now costs about NZ$38 (2024 prices).",
        "The tobacco excise rose by 5% a year (plus CPI) from 2020.",
    ],
    "course-code": [
        "This report is submitted for CIM Level 6 Diploma, Module 3 (Marketing & Digital Strategy).",
        "Assessment 2 (PUBH 735) asks for a social marketing plan of 3,000 words.",
    ],
    "word-count": [
        "Word count: 2,987 (excluding references and appendices).",
        "[Word count: 3,112]",
    ],
    "version-date": [
        "Draft v3 (updated {day} {month} {yr}) – for internal review only.",
        "Last reviewed: {month} {yr}. Next review: {month} {yr2}.",
    ],
    "job-title": [
        "Interviews were held with the Kaiwhakahaere (Service Manager) and two Health Promoters.",
        "The Director-General of Health (then the Acting Director-General) signed off the plan on {day} {month}.",
    ],
    "interview-code": [
        "One participant (P7, Pākehā, 40s) described the ad as 'preachy'.",
        "A kaumātua (Participant K2) said the message 'felt like it came from whānau'.",
    ],
    "quoted-slogan": [
        "The new line, “Quit for your whānau”, tested better than the old one.",
        "The line “It's Not OK” has been used since 2007.",
        "Research participants preferred 'Drink less, live more' to the harder-edged alternative.",
    ],
    "media-release": [
        "The Minister's media release of {day} {month} {yr} announced the funding.",
        "A Beehive press statement (Hon. Minister of Health, {yr}) confirmed the repeal.",
    ],
    "registration-number": [
        "The Cancer Society is a registered charity (CC 25{num}).",
        "Heart Foundation Australia (ABN 98 008 419 761) co-funded the research.",
    ],
}

BRANDS = ["Countdown", "Woolworths", "Coles", "Foodstuffs", "Air New Zealand", "Spark", "Vodafone", "Z Energy",
          "Bunnings", "Kmart", "Fonterra", "Sanitarium", "Lion", "DB Breweries", "Qantas", "Telstra", "ANZ", "Kiwibank",
          "Westpac", "The Warehouse", "Uber Eats", "AFL", "NRL", "Netball New Zealand", "Auckland Blues"]  # fmt: skip

_CAMPAIGNS = ["Quit", "It's Not OK", "Slip Slop Slap", "SunSmart", "Legend", "Towards Zero", "Ready Steady Quit",
              "LiveLighter", "Make Healthy Normal", "Like Minds, Like Mine", "Mind Your Mate", "Smokefree Aotearoa 2025",
              "Drink Driving: Stay Alive", "Don't Make Smoking Your Thing"]  # fmt: skip

_GROUPS = ["rangatahi", "Pacific families", "young Māori women", "older Pākehā men", "tradies",
           "first-time parents", "Aboriginal and Torres Strait Islander young people",
           "international students", "rural farmers", "Chinese-Australian grandparents"]  # fmt: skip
_PLACES = ["South Auckland", "Porirua", "Western Sydney", "Logan", "the Pilbara", "Canterbury",
           "regional Victoria", "Te Tai Tokerau", "Northern Territory communities"]  # fmt: skip
_AGENCIES = ["Te Whatu Ora", "the Health Promotion Agency", "Waka Kotahi", "VicHealth", "Healthway",
             "the Cancer Council", "Auckland Council", "the TAC", "Quit Victoria"]  # fmt: skip
_CHANNELS = ["TikTok", "community radio", "outdoor", "YouTube pre-roll", "church newsletters",
             "pharmacy counters", "Snapchat"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    year = rng.randint(2008, 2024)
    return {
        "campaign": rng.choice(_CAMPAIGNS),
        "group": rng.choice(_GROUPS),
        "place": rng.choice(_PLACES),
        "agency": rng.choice(_AGENCIES),
        "channel": rng.choice(_CHANNELS),
        "topic": rng.choice(["sun safety", "drink driving", "vaping", "bowel screening", "gambling harm"]),
        "city": rng.choice(["Auckland", "Wellington", "Christchurch", "Sydney", "Melbourne", "Brisbane", "Perth"]),
        "iwi": rng.choice(["Ngāti Porou", "Ngāi Tahu", "Ngāti Kahungunu", "Tainui", "Ngāti Awa"]),
        "marae": rng.choice(["Ōrākei", "Takapūwāhia", "Rehua", "Tūrangawaewae", "Hoani Waititi"]),
        "month": rng.choice(["January", "March", "May", "July", "September", "November"]),
        "day": str(rng.randint(1, 28)),
        "num": str(rng.randint(12, 980)),
        "season": str(rng.randint(2, 19)),
        "yr": str(year),
        "yr2": str(year + rng.randint(1, 3)),
    }
