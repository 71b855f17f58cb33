"""Prose for the thirty-first held-out pool, "blind31": how healthcare and public-sector marketers write their reports.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how communications and
marketing staff in NHS trusts, integrated care boards, local councils, public health teams, medical charities and
pharmaceutical and medical-device companies write on CIM and NCFE courses: screening, vaccination and behaviour-change
campaigns, social marketing, patient information, brand and HCP marketing under the ABPI Code, NICE guidance with its
codes, trials and their phases, drug and device names, Acts and statutory instruments, committee papers, campaign
names with their years, staff with their bands and titles, case numbers, registry numbers, financial years, postcodes
and hashtags. ``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{C}`` a claim, ``{B}`` a brand,
``{O}`` an opener, ``{Q}`` a quotation; the other placeholders are filled by ``values``.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which is why the trust's comms team piloted it first.",
    "{N} reported that {C} across the ICB footprint.",
    "{N} concluded that {C}, although the sample was small.",
    "{N} makes the case that {C}.",
    "{N} showed that {C} in areas of high deprivation.",
    "{N} observed that {C}, and this shaped our channel plan.",
    "{N} suggests that {C}; the same held for {A}.",
    "{N} notes that {C}.",
    "{N} evaluated a similar campaign and found that {C}.",
    "{N} recommends that commissioners accept that {C}.",
    "{N} is clear that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "In the social marketing literature, {N} shows that {C}.",
    "Our insight work agrees with {N}, who found that {C}.",
    "For pharmaceutical brands, {N} suggests that {C}.",
    "This is supported by {N}, who argues that {C}.",
    "When the public health team reviewed the evidence, {N} stood out because {C}.",
    "Following {N}, the plan assumes that {C}.",
    "A rapid review by {N} concluded that {C}.",
    "Unlike earlier campaigns, the approach described by {N} accepts that {C}.",
    "Building on {N}, the council's team tested whether {C}.",
    "Evidence from {N} indicates that {C}, especially for {A}.",
    "According to {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} evaluation of the pilot found that {C}.",
    "{N} review of screening campaigns suggests that {C}.",
    "{N} segmentation model was adapted for the ICB because {C}.",
    "Using {N} framework, the team argued that {C}.",
    "{N} findings matter here: {C}.",
    "{N} survey of practice nurses showed that {C}.",
    "In {N} study, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It is well documented that {C} {P}.",
    "National data suggest that {C} {P}.",
    "{C}, particularly among {A} {P}.",
    "For {B}, this matters because {C} {P}.",
    "Research with patients shows that {C} {P}.",
    "{O} evidence suggests {C} {P}.",
    "This is why {C} {P:see}.",
    "Several evaluations agree that {C} {P:e.g.}.",
    "Social marketing theory holds that {C} {P}.",
    "Within the NHS, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so the campaign led with reassurance.",
    "Because {C} {P}, the brief asked for community champions.",
    "{O} {C} {P}, which shaped the creative.",
    "While {C} {P}, the budget allowed only two channels.",
    "Evidence that {C} {P} was presented to the programme board.",
    "{C} {P}, and the same pattern appears for {A}.",
    "Given that {C} {P}, the medical team reviewed the copy.",
    "Since {C} {P}, we tested two versions of the letter.",
]  # fmt: skip
CLAIMS = [
    "invitation letters written in plain English increase screening uptake",
    "pre-notification letters raise the return rate of home testing kits",
    "trusted community voices do more for vaccine confidence than national advertising",
    "SMS reminders sent from the GP practice outperform those from a national number",
    "fear appeals rarely change behaviour without a clear and easy next step",
    "health literacy is lower than most patient leaflets assume",
    "people in the most deprived areas are least likely to respond to screening invitations",
    "misinformation spreads fastest in closed messaging groups",
    "healthcare professionals value balanced data over promotional claims",
    "the exchange offered to the audience must outweigh the perceived cost",
    "nurses are the most trusted source of health information in the UK",
    "co-produced materials are read more often than materials written centrally",
    "translated leaflets work better when they are adapted rather than translated word for word",
    "staff vaccination rates fall when the offer is not made on the ward",
    "social norms messages can backfire when the norm is low",
    "upstream social marketing shifts the environment as well as the individual",
    "pharmaceutical sales representatives now reach fewer GPs face to face",
    "digital exclusion is concentrated among older and poorer patients",
    "behaviour change is more likely when capability, opportunity and motivation are all addressed",
    "campaigns aimed at young men need different channels from those aimed at their mothers",
    "people trust their own GP practice more than the NHS as a whole",
    "a clear call to action doubles the response to a public health leaflet",
    "the ABPI Code limits what a company may say to the public about prescription medicines",
    "patients recruited through community pharmacies reflect the local population better",
    "segmentation by attitude predicts uptake better than segmentation by age",
    "brand trust in the NHS remains high even when satisfaction falls",
    "local authority public health budgets have fallen in real terms",
    "peer support improves adherence to long-term medication",
    "clinicians are sceptical of marketing language in patient materials",
    "the timing of a reminder matters more than its wording",
]  # fmt: skip
OPENERS = [
    "In an NHS context,",
    "For the ICB,",
    "In practice,",
    "Across the integrated care system,",
    "For a council with a shrinking public health grant,",
    "From a brand perspective,",
    "In the pharmaceutical sector,",
    "For {A},",
    "Looking at the insight,",
    "Put simply,",
]  # fmt: skip
PLAIN = [
    "This section sets out the situation analysis before the objectives.",
    "The campaign had a modest budget and a twelve-week window before winter.",
    "Our comms team is small, so partnerships carry much of the load.",
    "The target audience was agreed with the screening programme manager.",
    "Objectives were written to be specific, measurable and time-bound.",
    "Each channel was chosen for reach and for cost per contact.",
    "The evaluation plan uses process, impact and outcome measures.",
    "I work in a community trust, so the examples below come from that setting.",
    "Clinicians signed off every message before it went live.",
    "The same insight informed the leaflet, the website and the social posts.",
    "Stakeholders included GP practices, pharmacies, faith leaders and the local voluntary sector.",
    "The budget table is in the appendix.",
    "The recommendations below are prioritised by cost and impact.",
    "Some of the data used here are internal and cannot be shared in full.",
    "The company's medical, legal and regulatory reviewers approved the plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "The programme was described as {Q} {P}.",
    "{N} describes social marketing as {Q}.",
    "One evaluation concluded that {Q} {P}.",
    "{N} warns that {Q}.",
    "In the words of {N}, {Q}.",
    "Health inequalities are, as one review put it, {Q} {P}.",
    "Guidance states that {Q} {P}.",
    "{N} puts it bluntly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["hard to reach", "seldom heard", "did not attend", "worried well", "frequent attender",
                "vaccine hesitant", "left behind", "non-compliant", "difficult to engage", "low-information",
                "inappropriate attender", "disengaged"]  # fmt: skip
SCARE_FRAMES = [
    "So-called ‘{Q}’ groups are often simply poorly served {P}.",
    "The phrase \"{Q}\" still appears in many plans, though {N} questions it.",
    "Commissioners talk about '{Q}' patients, a label criticised in the literature {P}.",
    "The idea of “{Q}” has been challenged {P}.",
    "{N} avoids the term ‘{Q}’ altogether.",
    "Labelling people as \"{Q}\" shifts blame onto them {P}.",
]  # fmt: skip
SUBJECT_LINES = ["Your bowel screening kit is on its way", "It's not too late to get your flu jab",
                 "Book your cervical screening today", "Your GP practice has a message for you",
                 "Free NHS Health Check: book now", "Your child is due their MMR vaccine",
                 "Help us, help you", "Don't wait, get checked", "{B}: important safety information",
                 "Have you had your COVID-19 booster?", "Reminder: your appointment on {d} March"]  # fmt: skip
SUBJECT_FRAMES = [
    "The reminder text read ‘{Q}’, a wording close to the one tested {P}.",
    "We used \"{Q}\" as the email subject line, following {N}.",
    "The strapline “{Q}” was kept short, as recommended {P}.",
    "Our A/B test compared '{Q}' with a longer version, building on {N}.",
    "The letter's headline, ‘{Q}’, was pre-tested with patients {P}.",
]  # fmt: skip

# Text that has capitals, years, brackets or quotation marks but cites nothing, by kind.
NOT_CITATIONS: dict[str, list[str]] = {
    "nice-guideline-code": [
        "The pathway follows NICE guideline NG{gc} and quality standard QS{qs}.",
        "Our leaflet was checked against NICE public health guideline PH{qs} before print.",
        "The drug was approved for NHS use in technology appraisal TA{ta}.",
    ],
    "trial-phase": [
        "The phase {ph} trial recruited {n} patients across {q} countries.",
        "Results from the Phase {ph} study were presented to the medical team in {fy}.",
        "A phase {ph}, double-blind, placebo-controlled design was used (n = {n}).",
    ],
    "drug-dose": [
        "{drug} ({dose}) was added to the local formulary in {Y2}.",
        "The brand team launched {drug} {dose} in the UK in {Y}.",
    ],
    "trial-registry": [
        "The study is registered as ISRCTN{reg} and NCT0{reg}.",
        "Participants were recruited under protocol ISRCTN{reg} (closed to recruitment).",
    ],
    "abpi-clause": [
        "Clause {q}.{d} of the ABPI Code of Practice ({code_year} edition) governs hospitality for health professionals.",
        "Under Clause {cl} of the Code, promotional material must be certified before use.",
        "The agency brief reminded us that Clause {cl} of the ABPI Code bans promotion to the public.",
    ],
    "pmcpa-case": [
        "The PMCPA ruled a breach of the Code in Case AUTH/{case}/{q}/{yy}.",
        "Case AUTH/{case}/{d}/{yy} concerned a social media post that reached patients.",
    ],
    "act-named": [
        "The Health and Care Act 2022 created integrated care boards on 1 July 2022.",
        "Under the Equality Act 2010, the council must show due regard to people with protected characteristics.",
        "Public health duties returned to local government under the Health and Social Care Act 2012.",
    ],
    "statutory-instrument": [
        "Advertising of medicines is regulated by the Human Medicines Regulations 2012 (SI 2012/1916).",
        "The Tobacco and Related Products Regulations 2016 (SI 2016/507) restrict e-cigarette advertising.",
    ],
    "act-section": [
        "Section 2B of the NHS Act 2006 places the duty to improve public health on upper-tier councils.",
        "Section 14Z of the Act sets out the duty to involve the public.",
    ],
    "campaign-name-year": [
        "The Help Us, Help You campaign ({Y}) targeted people with possible cancer symptoms.",
        "Stoptober ({Y2}) again used a 28-day quit challenge.",
        "Our local version of Every Mind Matters ran in {fy}.",
    ],
    "awareness-event": [
        "Posts were timed for Cervical Screening Awareness Week (17 to 23 June).",
        "World Immunization Week (24 to 30 April) gave us a news hook.",
        "We launched on World Mental Health Day (10 October) and again for Movember.",
    ],
    "award-with-year": [
        "The team was shortlisted for the HSJ Awards ({Y2}) in the communications category.",
        "Our stop-smoking campaign won a CIPR Excellence Award ({Y2}).",
        "Two of our nurses received Mary Seacole Awards in {Y}.",
    ],
    "trust-name": [
        "I work for Guy's and St Thomas' NHS Foundation Trust (GSTT) in the communications team.",
        "The pilot ran at Leeds Teaching Hospitals NHS Trust and Bradford Teaching Hospitals NHS Foundation Trust.",
        "{trust} (the Trust) covers a population of about {n},000 people.",
    ],
    "icb-and-abbreviation": [
        "Integrated care boards (ICBs) replaced clinical commissioning groups (CCGs) in 2022.",
        "The integrated care partnership (ICP) and the ICB share a single comms lead.",
    ],
    "committee-meeting": [
        "The proposal went to the Health and Wellbeing Board on {d} March {Y2} (item {q}).",
        "Cabinet approved the plan on {d} November {Y2}, subject to the scrutiny call-in period.",
        "Minutes of the ICB Board (Part A, {d} May {Y2}) record the decision.",
    ],
    "financial-year": [
        "The public health grant for {fy} was £{m} million.",
        "Spend rose between {fy} and {fy2} while the headcount stayed flat.",
    ],
    "money-and-prices": [
        "Each returned kit cost about £{n} (2023/24 prices), against £{m}k for the whole campaign.",
        "The media budget was £{n},000 (excluding VAT).",
    ],
    "percent-in-brackets": [
        "Uptake rose to {pct}% (up {q} percentage points) in the intervention practices.",
        "Only {pct}% of eligible adults (n = {n}) returned their kit.",
    ],
    "age-range": [
        "Bowel screening is offered to adults aged 50 to 74 (in England) every two years.",
        "The audience was young men (aged 18 to 34) in the two most deprived wards.",
    ],
    "postcode-and-ward": [
        "Leaflets went to every household in the B{q} and B{d} postcodes.",
        "Uptake was lowest in {ward} ward (IMD decile 1).",
    ],
    "nhs-band": [
        "The campaign was run by one Band {band} communications officer and a Band {band2} manager.",
        "A Band {band} health improvement practitioner (0.6 WTE) led the outreach.",
    ],
    "staff-name-title": [
        "Our Head of Communications, {staff}, chaired the steering group.",
        "The clinical lead, Dr {staff}, approved the final copy.",
        "{staff} (Screening Programme Manager) supplied the uptake data.",
    ],
    "post-nominals": [
        "The foreword was written by Professor {staff} OBE FRCP.",
        "Messages were fronted by {staff} RN, a district nurse well known locally.",
    ],
    "eponymous-condition": [
        "The service supports people with Parkinson's disease, Crohn's disease and Down's syndrome.",
        "Materials about Alzheimer's disease were tested with carers in {Y2}.",
    ],
    "named-scale": [
        "Distress was measured with the Edinburgh Postnatal Depression Scale (EPDS) and the PHQ-9.",
        "We used the Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS) at baseline and at 12 weeks.",
    ],
    "model-name": [
        "The plan is structured around the COM-B model and the Behaviour Change Wheel.",
        "We used the Transtheoretical Model (stages of change) to segment smokers.",
        "Andreasen's benchmark criteria were used as a checklist for the campaign.",
    ],
    "clinical-code": [
        "Eligible patients were identified by SNOMED CT codes and ICD-10 code E11.",
        "The search used Read code 137R (current smoker) in the GP system.",
    ],
    "vaccine-brand": [
        "Children are offered Fluenz Tetra® nasal spray rather than an injection.",
        "The HPV programme switched to Gardasil 9® in {Y2}.",
    ],
    "black-triangle": [
        "The product carries the black triangle ▼ because it is under additional monitoring.",
        "Every HCP advert included the ▼ symbol and the Yellow Card wording.",
    ],
    "yellow-card": [
        "Suspected side effects can be reported through the MHRA Yellow Card scheme (yellowcard.mhra.gov.uk).",
        "The adverse event wording follows the MHRA template (Yellow Card, {Y2} version).",
    ],
    "helpline-number": [
        "The leaflet tells people to call NHS 111 or, in an emergency, 999.",
        "The Samaritans number (116 123) was added to every post.",
    ],
    "hashtag-handle": [
        "We posted from @{handle} with the hashtag #{tag}.",
        "Partners shared the #{tag} posts and tagged @NHSEngland.",
    ],
    "web-address": [
        "People were directed to nhs.uk/bowelscreening and a local landing page.",
        "The QR code linked to a landing page on the trust website (www.{site}/vaccines).",
    ],
    "quoted-slogan": [
        "The strapline was ‘Every Jab Counts’, chosen by the youth panel.",
        'Our working title, "Check It Out", tested poorly with older men.',
        "The winter campaign ran under the line “Stay Well This Winter”.",
    ],
    "quoted-patient": [
        "One participant said, ‘I didn't know the kit was free’.",
        'A carer in the focus group told us: "Nobody ever explained what the letter meant."',
        "Participant {d} (female, 60s) described screening as ‘something for other people’.",
    ],
    "quoted-label": [
        'The clinic\'s "Did Not Attend" (DNA) rate fell to {pct}%.',
        "Patients are coded as ‘declined’ only after three invitations.",
    ],
    "figure-table": [
        "Uptake by practice is shown in Figure {q} (Appendix {app}).",
        "The SWOT analysis (Table {q}) summarises the internal audit.",
    ],
    "assessment-criteria": [
        "This section answers Task 2(b) and covers AC {q}.{d2}.",
        "In line with LO{q} of the unit, the plan is evaluated against its objectives.",
    ],
    "word-count": [
        "(Word count: {n}0, excluding tables and the reference list.)",
        "Word count for Task 1: {n}0 words.",
    ],
    "version-number": [
        "The NHS App (version {q}.{d}) added a screening reminder in {Y2}.",
        "The patient leaflet is at version {q}.{d2}, reviewed in {Y2}.",
    ],
    "job-code": [
        "Each asset carries its approval code, for example UK-{tag}-{reg} and a date of preparation of {month} {Y2}.",
        "Date of preparation: {month} {Y2}. Job bag number {tag}/{case}.",
    ],
    "dates-of-events": [
        "On {d} {month} {Y2}, the trust declared a critical incident.",
        "The clinic opened on {d} {month} {Y} and moved sites in {Y2}.",
    ],
    "variant-and-strain": [
        "The autumn booster targeted the Omicron XBB.1.5 variant.",
        "Cases of measles (genotype D8) were confirmed in {d} London boroughs.",
    ],
    "survey-wave": [
        "The GP Patient Survey {Y2} asked about ease of getting through on the phone.",
        "Wave {q} of our resident survey had {n} responses.",
    ],
    "regulator-rating": [
        "The CQC rated the service ‘Requires improvement’ at its inspection in {Y2}.",
        'Our hospital moved from "Good" to "Outstanding" for caring.',
    ],
    "brand-owner": [
        "{B} (owned by {owner}) ran a parallel consumer campaign.",
        "Sales of {B} rose during Dry January, according to our own EPOS data.",
    ],
    "programme-title": [
        "Core20PLUS5 focuses on the most deprived 20% of the population and five clinical areas.",
        "Making Every Contact Count (MECC) training was offered to all front-line staff.",
    ],
    "time-span": [
        "Between {Y} and {Y2}, screening coverage in the borough fell every year.",
        "From April {Y} to March {Y2}, the service handled {n} referrals.",
    ],
}

BRANDS = ["NHS App", "Better Health", "Every Mind Matters", "Stoptober", "Change4Life", "Macmillan", "Boots",
          "Superdrug Online Doctor", "Lloyds Pharmacy", "Well Pharmacy", "NHS Blood and Transplant", "Wegovy",
          "Nicorette", "Calpol", "Voltarol", "Gaviscon", "Cancer Research UK", "Mind", "Livi", "Smith & Nephew",
          "Dexcom", "FreeStyle Libre", "Sudafed", "Alzheimer's Society", "Asthma + Lung UK", "Diabetes UK"]  # fmt: skip

_DRUGS = [("Wegovy", "semaglutide 2.4 mg"), ("Mounjaro", "tirzepatide 5 mg"), ("Beyfortus", "nirsevimab 50 mg"),
          ("Leqvio", "inclisiran 284 mg"), ("Forxiga", "dapagliflozin 10 mg"), ("Champix", "varenicline 1 mg"),
          ("Ozempic", "semaglutide 1 mg"), ("Abrysvo", "RSV vaccine, 0.5 ml")]  # fmt: skip
_STAFF = ["Priya Nair", "Chiamaka Okafor", "Maricel Bautista", "Agnieszka Wójcik", "Ioana Popescu", "Gareth Llewellyn",
          "Kwabena Asante", "Farzana Begum", "Rowena dela Cruz", "Tomasz Król", "Bethan Rees", "Imran Siddiqui",
          "Adaeze Nwachukwu", "Răzvan Munteanu", "Joanne McAllister"]  # fmt: skip
_TRUSTS = ["Manchester University NHS Foundation Trust", "Barts Health NHS Trust", "Sheffield Teaching Hospitals",
           "Betsi Cadwaladr University Health Board", "NHS Lothian", "Royal Cornwall Hospitals NHS Trust"]  # fmt: skip
_WARDS = ["Sparkbrook", "Moss Side", "Harehills", "Bow East", "Lawrence Hill", "Thornhill Lees", "Splott"]
_OWNERS = ["Haleon plc", "Reckitt", "Johnson & Johnson", "Bayer plc", "Kenvue", "Novo Nordisk", "Abbott"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
_TAGS = ["GetScreened", "FluJab", "SMK", "BCS", "HPV", "MMR", "WEG", "BHF", "KnowYourNumbers", "JabsForAll"]
_SITES = [
    "mft.nhs.uk",
    "bartshealth.nhs.uk",
    "sth.nhs.uk",
    "leedsth.nhs.uk",
    "gmintegratedcare.org.uk",
    "birmingham.gov.uk",
]
_HANDLES = ["NHSBirmingham", "LeedsHealth", "GMHealthCare", "UKHSA", "NELondonNHS", "BristolPH", "CardiffCouncil"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's common ones."""
    year = rng.randint(2019, 2024)
    drug, dose = rng.choice(_DRUGS)
    band = rng.randint(4, 7)
    return {
        "gc": str(rng.randint(12, 240)), "qs": str(rng.randint(2, 220)), "ta": str(rng.randint(200, 990)),
        "ph": rng.choice(["1", "2", "3", "3b", "II", "III", "IV"]), "drug": drug, "dose": dose,
        "reg": str(rng.randint(1000000, 9999999)), "code_year": rng.choice(["2019", "2021", "2024"]),
        "cl": rng.choice(["8", "14", "26", "5.1", "9.2", "26.1"]), "case": str(rng.randint(3100, 3999)),
        "yy": str(rng.randint(19, 25)), "fy": f"{year}/{str(year + 1)[2:]}", "fy2": f"{year + 1}/{str(year + 2)[2:]}",
        "d2": str(rng.randint(1, 9)), "m": str(rng.randint(2, 48)), "pct": str(rng.randint(31, 78)),
        "band": str(band), "band2": str(band + rng.randint(1, 2)), "staff": rng.choice(_STAFF),
        "trust": rng.choice(_TRUSTS), "ward": rng.choice(_WARDS), "owner": rng.choice(_OWNERS),
        "month": rng.choice(_MONTHS), "tag": rng.choice(_TAGS), "handle": rng.choice(_HANDLES),
        "app": rng.choice(["A", "B", "C", "D"]), "site": rng.choice(_SITES),
    }  # fmt: skip
