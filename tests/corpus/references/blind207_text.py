"""The blind207 pool's prose: marketers in healthcare, pharmaceuticals, medtech and consumer health.

Written without reading the checker, its tests or any other pool, from how marketers at NHS suppliers, pharma
brands, over-the-counter medicines, private clinics and digital health start-ups in the UK, Ireland, Germany,
Switzerland and the Nordics write CIM Level 6 and 7 reports and MBA assignments in English: British spelling,
citations at the start, middle and end of sentences, and the text of this trade that looks like a citation and is
not one (medicines and devices with their approval years, trial identifiers, doses, NICE guideline and appraisal
numbers, ABPI Code clauses, prices and prescription charges, NHS targets, campaigns, awards, patents, ATC codes,
post-nominals, ages in trials, financial years and more). Its own fill values are drawn by ``values``.
HELD OUT: never tune on it.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Boots", "Superdrug", "Lloyds Pharmacy", "Holland & Barrett", "Bupa", "Nuffield Health", "Spire Healthcare",
          "Haleon", "Reckitt", "Bayer", "GSK", "Novo Nordisk", "Roche", "Novartis", "Sanofi", "AstraZeneca", "Pfizer UK",
          "Lundbeck", "Coloplast", "Ferring", "Galderma", "Siemens Healthineers", "Philips", "Medtronic",
          "Smith & Nephew", "Livi", "Kry", "Numan", "Zava", "Oviva", "Huma", "Ada Health", "Kaia Health", "Well Pharmacy",
          "Vitabiotics", "Nurofen", "Lemsip", "Gaviscon", "Sudocrem", "Strepsils", "Voltaren", "Otrivin", "Bepanthen",
          "Doctor Care Anywhere", "Specsavers", "Orion Pharma", "Berocca", "Optibac"]  # fmt: skip

_DRUGS = [("Wegovy", 2021), ("Ozempic", 2017), ("Mounjaro", 2022), ("Keytruda", 2014), ("Humira", 2002),
          ("Paxlovid", 2021), ("Leqembi", 2023), ("Trikafta", 2019), ("Zolgensma", 2019), ("Jardiance", 2014),
          ("Entresto", 2015), ("Dupixent", 2017), ("Saxenda", 2014), ("Comirnaty", 2020), ("Viagra Connect", 2017)]  # fmt: skip
_DEVICES = [("the Apple Watch ECG", 2018), ("the FreeStyle Libre", 2014), ("the Dexcom G7", 2022),
            ("the Omnipod 5", 2022), ("the Oura Ring", 2015), ("the Medtronic MiniMed 780G", 2020),
            ("the KardiaMobile", 2017), ("the Withings BPM Connect", 2019)]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    drug, approved = rng.choice(_DRUGS)
    device, launched = rng.choice(_DEVICES)
    year = rng.randint(2016, 2025)
    return {
        "drug": drug, "dy": str(approved), "dev": device, "dvy": str(launched),
        "nct": f"NCT0{rng.randint(1000000, 6999999)}", "isrctn": f"ISRCTN{rng.randint(10000000, 99999999)}",
        "dose": rng.choice(["2.4 mg weekly", "500 mg", "1 mg", "200 mg twice daily", "10 mg once daily", "0.25 mg",
                            "400 mg", "5 mg/ml", "75 mg", "15 mg"]),
        "ng": rng.choice(["NG28", "NG136", "NG197", "NG5", "NG23", "NG209", "CG189", "CG138", "PH49"]),
        "ta": f"TA{rng.randint(300, 1050)}", "cl": f"{rng.randint(1, 28)}.{rng.randint(1, 9)}",
        "code": rng.choice(["2019", "2021", "2024"]),
        "price": rng.choice(["£9.90", "£9.65", "£9.35", "£3.49", "£4.99", "£12.50", "£29", "£199", "€25", "CHF 49"]),
        "pk": str(rng.randint(15, 320)), "pct": f"{rng.randint(3, 96)}", "dec": f"{rng.randint(0, 9)}",
        "fy": rng.choice([f"FY{year - 1}/{str(year)[2:]}", f"FY{str(year)[2:]}", f"{year - 1}/{str(year)[2:]}",
                          f"FY {year}"]),
        "season": f"{year - 1}/{str(year)[2:]}", "yr": str(year),
        "camp": rng.choice(["Stoptober", "Dry January", "Be Clear on Cancer", "Every Mind Matters", "Act FAST",
                            "Better Health", "Sugar Smart", "Help Us Help You", "Movember", "Veganuary"]),
        "award": rng.choice(["PM Society Awards", "PharmaTimes Marketing Awards", "Communiqué Awards",
                             "HSJ Partnership Awards", "Digital Health Awards", "Healthcare Brand Awards",
                             "OTC Marketing Awards", "Cannes Lions Health"]),
        "patent": f"EP{rng.randint(1000000, 3999999)}", "exp": str(rng.randint(2026, 2036)),
        "atc": rng.choice(["A10BJ06", "A10BK01", "N02BE01", "M01AE01", "R06AX27", "A02BC02", "N05CF02", "G04BE03",
                           "L04AB04", "C10AA05"]),
        "pn": rng.choice(["FRCP", "MRPharmS", "MRCGP", "FFPM", "MBBS, MRCP", "BPharm, MPSI", "MCIM", "FRCPI",
                          "MB BCh BAO", "PhD, FRPharmS", "Dr. med."]),
        "who": rng.choice(["Dr Aoife Byrne", "Professor Karl Weber", "Sarah Jones", "Dr Lars Nilsson",
                           "Dr Maeve Ó Dálaigh", "Jana Brunner", "Dr Søren Holm", "Gemma Clarke"]),
        "age": f"{rng.choice([18, 40, 45, 50, 55, 65])}–{rng.choice([64, 70, 75, 80])}",
        "wk": str(rng.choice([2, 4, 6, 18, 52, 62, 78])), "tgt": rng.choice(["95%", "92%", "76%", "85%", "75%"]),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "iv": rng.choice(["A", "B", "C", "D", "E", "F", "3", "7", "11", "P4", "P9"]),
        "role": rng.choice(["brand manager", "key account manager", "community pharmacist", "practice manager",
                            "medical science liaison", "GP partner", "digital lead", "clinic owner"]),
        "ticker": rng.choice(["LSE: HLN", "LSE: AZN", "NYSE: NVO", "SIX: ROG", "SIX: NOVN", "XETRA: BAYN",
                              "Nasdaq Copenhagen: NOVO B", "LSE: SN.", "Nasdaq Helsinki: ORNBV"]),
        "icd": rng.choice(["ICD-10 E11", "ICD-10 E66", "ICD-11 5A11", "ICD-10 J45", "ICD-10 F32", "ICD-10 N95.1"]),
        "cls": rng.choice(["Class I", "Class IIa", "Class IIb", "Class III"]),
        "pl": f"PL {rng.randint(10000, 49999):05d}/{rng.randint(1, 999):04d}",
        "pip": f"{rng.randint(100, 499)}-{rng.randint(1000, 9999)}",
        "mod": rng.choice(["CIM Level 7, Module 2", "CIM Level 6, Unit 3", "MBA module BUS7015",
                           "Module 4 of the MBA", "Unit 2 (Digital Strategy)"]),
        "tac": rng.choice(["HCP email", "patient support programmes", "pharmacy training", "search advertising",
                           "disease awareness campaigns", "medical education webinars", "influencer content",
                           "point-of-sale displays", "KOL advisory boards", "remote detailing", "symptom checkers"]),
        "hcp": rng.choice(["GPs", "community pharmacists", "practice nurses", "hospital consultants",
                           "NHS buyers", "patients with type 2 diabetes", "people living with obesity",
                           "carers", "over-65s", "men aged 40 and over", "women going through the menopause"]),
        "out": rng.choice(["adherence", "prescribing", "uptake", "brand recall", "trust", "repeat purchase",
                           "appointment bookings", "app retention", "market access"]),
        "hdl": rng.choice(["NHSEngland", "BootsUK", "HaleonUK", "KryUK", "numan", "HSELive", "hollandandbarrett"]),
        "mkt": rng.choice(["the UK", "Ireland", "Germany", "Switzerland", "Sweden", "Denmark", "Norway", "Finland",
                           "the DACH region", "the Nordics"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, although their sample was drawn only from {mkt}.",
    "{N} concluded that {C}.",
    "{N} suggests that {C}, which is directly relevant to {B}.",
    "{N} showed that {C} among {hcp}.",
    "{N} warn that {C} unless the ABPI Code is followed closely.",
    "{N} identified three barriers to {out} and argued that {C}.",
    "{N} makes the case that {C}.",
    "{N} reported that {C}, a finding echoed in {B}'s own patient survey.",
    "{N} observed that {C} in most European markets.",
    "{N} questioned whether {C}.",
    "{N} went further, claiming that {C} and that {C2}.",
    "{N} highlights that {C}.",
    "{N} note that, since {Y}, {C}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} point out.",
    "As {N} explain, {C}.",
    "Research by {N} suggests that {C}.",
    "{B} is a good example: {N} showed that {C}.",
    "{C}; {N} reached a similar conclusion for {mkt}.",
    "In a study of {hcp}, {N} found that {C}.",
    "{C} – a point made by {N}.",
    "Evidence from {N} suggests that, for {hcp}, {C}.",
    "It could be argued, following {N}, that {C}.",
    "Unlike {B}, the firms studied by {N} found that {C}.",
    "A survey carried out by {N} found that {C}.",
    "{C}, according to {N}.",
]
POSSESSIVE = [
    "{N} research shows that {C}.",
    "{O}, {N} framework suggests that {C}.",
    "{N} findings matter here because {C}.",
    "Applying {N} model to {B}, it is clear that {C}.",
    "This reflects {N} argument that {C}.",
    "{N} review concluded that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is good evidence that {C} {P}.",
    "For {hcp}, {C} {P}.",
    "{B} is no exception, since {C} {P}.",
    "This matters because {C} {P}.",
    "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.",
    "{C}, especially in {mkt} {P}.",
    "In short, {C} {P}.",
    "{C}. {P}",
    "A key point for {B} is that {C} {P}.",
    "{C} {P:see also}.",
    "{C}, which is why {B} invests in {tac} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
]
CLAIMS = [
    "{hcp} trust information from pharmacists more than from brands",
    "spending on {tac} improves {out} only when it is tied to a clear clinical need",
    "{B}'s reliance on {tac} leaves it exposed if NHS budgets tighten",
    "digital channels now account for most contact between pharma companies and {hcp}",
    "disease awareness campaigns must not promote a prescription-only medicine to the public",
    "{hcp} are sceptical of health claims made on social media",
    "patient support programmes raise {out} but are costly to run",
    "consumer health brands grow fastest when they are sold through pharmacies and online at once",
    "the switch of a medicine from prescription to pharmacy sale opens a new consumer market",
    "market access now matters as much as the brand itself",
    "private GP services have grown as NHS waiting lists have lengthened",
    "telehealth use fell back after the pandemic but stayed above its earlier level",
    "{hcp} want shorter, more relevant contact from medical representatives",
    "health apps lose most of their users within the first month",
    "trust in the NHS brand is a valuable asset for its suppliers",
    "price matters less to {hcp} than evidence of outcomes",
    "influencers can spread misleading claims about weight-loss medicines",
    "value-based pricing is harder to apply to medical devices than to medicines",
    "Nordic buyers expect strong evidence of sustainability from suppliers",
    "German and Swiss patients are more willing than British ones to pay for private care",
    "NICE approval shapes demand well beyond the UK",
    "campaigns built on {tac} work best when medical and marketing teams plan them together",
    "people living with long-term conditions value reminders more than offers",
]
OPENERS = [
    "Furthermore",
    "In addition",
    "However",
    "For example",
    "In the UK",
    "For {B}'s brand team",
    "Since the pandemic",
    "In the context of {B}",
    "From a patient perspective",
    "Nevertheless",
    "In the NHS",
    "As a result",
    "In {mkt}",
    "Within consumer health",
    "For a medtech supplier",
    "Overall",
    "In practice",
]
PLAIN = [
    "{B} sells through pharmacies, supermarkets and its own website.",
    "This section analyses {B}'s current marketing mix and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "A PESTLE analysis of the market is included in the appendix.",
    "The recommendations are costed and phased over eighteen months.",
    "{O}, {C}.",
    "The main competitors are {B} and two smaller digital clinics.",
    "Task 2 builds on this analysis with a communications plan for healthcare professionals.",
    "All promotional material will be certified before use.",
    "The brand team has a budget for one campaign a year.",
    "{B}'s patient app has been downloaded by thousands of users, but few use it every week.",
    "Figures are taken from the company's internal dashboards unless stated otherwise.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one healthcare marketing text puts it, {Q} {P}.",
    "{N} put it simply: {Q}.",
    "The point is made directly that {Q} {P}.",
    "{O}, {Q} {P}.",
    "One review concluded that {Q} {P}, which {B} should note.",
    "In the words of {N}, {Q}.",
]
SCARE_QUOTES = ["‘beyond the pill’", "‘patient-centric’", "‘omnichannel’", "‘self-care’", "‘skinny jab’",
                "‘Dr Google’", "‘digital front door’", "‘white space’", "‘disease mongering’", "‘KOL’",
                "'wellness'", "“patient voice”", "‘value-based’", "‘postcode lottery’"]  # fmt: skip
SCARE_FRAMES = [
    "Pharma companies now talk of going {Q} {P}.",
    "{B} describes its approach as {Q} {P}.",
    "The so-called {Q} is a growing concern for regulators {P}.",
    "Critics call this {Q} marketing {P}.",
    "The term {Q} is used loosely across the industry {P}.",
    "{N} warned against {Q} thinking in brand plans.",
]
SUBJECT_LINES = ["‘Your repeat prescription is ready to collect’", "‘Time for your flu jab? Book in 2 minutes’",
                 "“New NICE guidance: what it means for your patients”", "‘Hay fever season is here – are you ready?’",
                 "‘Your free health check is waiting’", "“Join our webinar on {ng} for practice nurses”",
                 "'Quit for good this Stoptober'", "‘We've updated our privacy notice’",
                 "‘Your results are in your app’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A message such as {Q} can lift open rates {P}.",
    "{B} used {Q} in its reminder emails {P}.",
    "Push notifications like {Q} work because they are timely {P}.",
    "The email headed {Q} was opened by more {hcp} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]

# Text with brackets, years, numbers or quotation marks that is no citation: what a tutor would not look for in the
# reference list.
NOT_CITATIONS = {
    "drug-approval-year": [
        "{drug} ({dy}) changed how the category is marketed to {hcp}.",
        "When {drug} (approved in {dy}) reached pharmacies, demand outstripped supply.",
        "Sales of {drug} ({dy}) grew faster than any other brand in its class.",
    ],
    "device-launch-year": [
        "{dev} ({dvy}) showed that consumer devices could carry clinical claims.",
        "Users of {dev} (launched {dvy}) are younger than the average patient.",
    ],
    "trial-id-nct": [
        "The pivotal study is registered on ClinicalTrials.gov ({nct}).",
        "Recruitment for the extension study ({nct}) closed in {mo} {yr}.",
    ],
    "trial-id-isrctn": [
        "The UK arm of the trial ({isrctn}) recruited through GP practices.",
        "{B} funded a pragmatic trial (registration {isrctn}) in community pharmacies.",
    ],
    "trial-sample": [
        "The STEP 1 trial enrolled adults with obesity (n = 1,961).",
        "Only a small pilot was run ({n} patients across {q} sites).",
    ],
    "dose-strength": [
        "The maintenance dose ({dose}) is reached after several weeks.",
        "The pharmacy pack ({dose}, 16 tablets) sits behind the counter.",
        "Patients step up to the full dose of {dose} over {wk} weeks.",
    ],
    "nice-guideline-number": [
        "The treatment pathway follows NICE guidance (NG28).",
        "Recommendation 1.6.{q} of {ng} sets out when to intensify treatment.",
        "Practice nurses follow the {ng} pathway (section 1.{q}) closely.",
    ],
    "nice-ta-number": [
        "The drug was recommended for use in the NHS (TA875) with conditions.",
        "Its technology appraisal ({ta}) limits use to specialist weight-management services.",
    ],
    "abpi-clause": [
        "Social media posts must meet Clause {cl} of the {code} Code.",
        "The complaint was upheld under Clauses 2, 5.1 and {cl}.",
        "Promotional emails need prior permission (Clause 15.{q}).",
    ],
    "code-year": [
        "The {code} Code tightened the rules on digital communications.",
        "Since the {code} edition of the Code, certificates must be kept for three years.",
    ],
    "prescription-charge": [
        "In England each prescription item costs {price} (the {season} charge), while Wales and Scotland charge nothing.",
        "A prepayment certificate (£{pk} a year) is cheaper for patients who need several items.",
    ],
    "price-point": [
        "The product retails at {price} for a month's supply.",
        "Subscriptions cost £{pk} a month (first month free).",
        "A private consultation costs from £{pk} (video) to £{n} (face to face).",
    ],
    "nhs-target": [
        "Trusts are expected to see {tgt} of A&E patients within four hours.",
        "The 18-week referral-to-treatment standard (92%) has not been met since {Y}.",
        "The target was 76% by March {yr}, and most trusts missed it.",
    ],
    "waiting-time": [
        "The median wait for a first appointment was {wk} weeks ({mo} {yr}).",
        "Waiting lists in England passed 7.{q} million (September {yr}).",
    ],
    "campaign-year": [
        "{camp} {yr} used pharmacists as its main messengers.",
        "The {camp} campaign (launched {Y}) still drives searches every year.",
        "{B} joined {camp} in {yr} with in-store displays.",
    ],
    "award-year": [
        "The campaign won a gold at the {award} {yr}.",
        "{B}'s launch was shortlisted for the {award} ({yr}).",
    ],
    "patent-expiry": [
        "The main patent ({patent}) expires in {exp}, after which biosimilars are expected.",
        "Loss of exclusivity ({exp}) will force {B} to rethink its pricing.",
    ],
    "atc-code": [
        "The product sits in a crowded class (ATC code {atc}).",
        "Competitor analysis covered every brand under {atc} in {mkt}.",
    ],
    "post-nominals": [
        "The campaign was reviewed by {who} ({pn}), the brand's medical signatory.",
        "{who} {pn} led the advisory board in {mkt}.",
        "Interviews included a consultant endocrinologist (MBBS, FRCP) and two pharmacists (MRPharmS).",
    ],
    "trial-ages": [
        "The trial enrolled adults aged {age} with a BMI of 30 or more.",
        "The target group is people at risk of diabetes (aged {age}).",
    ],
    "financial-year": [
        "Revenue from the consumer health division rose in {fy}.",
        "The budget for {fy} is £{n}k, split across four channels.",
        "Marketing spend was cut ({fy} plan) after the price review.",
    ],
    "market-share": [
        "{B} leads the category (share: {pct}%) but is losing ground online.",
        "Own-label products now hold a large share of the market ({pct}% by value).",
    ],
    "legal-classification": [
        "The medicine was reclassified from POM to P in {Y}.",
        "Only the smaller pack can be sold off the shelf (GSL); larger packs are pharmacy-only (P).",
    ],
    "pack-size": [
        "Supermarkets may sell only small packs (16 tablets).",
        "The trial pack (7 sachets) is given away at pharmacy counters.",
    ],
    "efficacy-figures": [
        "Mean weight loss was far greater than with placebo (−14.9% vs −2.4%).",
        "The primary endpoint was met (HbA1c −1.{q} percentage points at week {wk}).",
    ],
    "statistics": [
        "Risk of a major cardiovascular event fell (HR 0.80; 95% CI 0.72–0.90).",
        "The difference was significant (p < 0.001).",
        "Adherence was higher in the app group (OR 1.{q}{dec}, 95% CI 1.1–1.9).",
    ],
    "qaly-threshold": [
        "NICE usually looks for a cost below its threshold (£20,000–£30,000 per QALY).",
        "The submission put the cost per QALY at about £{n},000 (base case).",
    ],
    "icd-code": [
        "Patients were identified from coded records ({icd}).",
        "The analysis covered every diagnosis coded as {icd} in {mkt}.",
    ],
    "device-class": [
        "The app is a medical device ({cls}) and carries a UKCA mark.",
        "As a {cls} device it needs a notified body's review before launch.",
    ],
    "iso-standard": [
        "{B}'s factory is certified to the quality standard (ISO 13485:2016).",
        "The software was built to the lifecycle standard (IEC 62304:2006).",
    ],
    "product-licence": [
        "The pack carries its licence number ({pl}).",
        "Each strength has its own marketing authorisation ({pl}).",
    ],
    "pip-code": [
        "Pharmacies order the product by its code (PIP {pip}).",
        "Wholesalers list the larger pack separately (PIP code {pip}).",
    ],
    "stock-ticker": [
        "{B} is listed on the stock market ({ticker}).",
        "Shares in the company ({ticker}) rose after the trial results.",
    ],
    "currency-conversion": [
        "A course of treatment costs CHF {n} (about £{pk}) in Switzerland.",
        "The Danish price (DKK {n}) is far higher than the German one (€{pk}).",
    ],
    "founding-year": [
        "{B} (founded {Y}) now operates in {q} countries.",
        "The clinic group (est. {Y}) has twelve sites in {mkt}.",
    ],
    "flu-season": [
        "Uptake among over-65s reached {pct}% in the {season} flu season.",
        "Pharmacies gave more vaccinations than ever ({season} season).",
    ],
    "phone-and-opening-hours": [
        "Patients can call NHS 111 or the brand's helpline (8am–8pm, seven days a week).",
        "The nurse line (0800 {n} {pk}0) is free from UK landlines.",
    ],
    "handle-or-hashtag": [
        "The campaign ran on Instagram (@{hdl}) and TikTok.",
        "The hashtag (#{camp}) trended for two days in {mkt}.",
    ],
    "web-address": [
        "Patients are directed to the NHS website (www.nhs.uk) for advice.",
        "The brand's symptom checker (www.example-health.co.uk/check) had {n}k visits.",
    ],
    "cross-reference": [
        "The full media plan is set out in Appendix {q}.",
        "See Table {q} (Section 3.{q}) for the costs.",
        "The competitor analysis (see Task 1 (b)) informs this choice.",
    ],
    "course-module": [
        "This report answers the brief for {mod}.",
        "The framework was introduced earlier in the course ({mod}).",
    ],
    "interviewee": [
        "One {role} said the portal saved time (Interviewee {iv}).",
        "Several staff felt the training was too long (Interviewees 2 and 5).",
    ],
    "sample-size": [
        "Most pharmacists preferred face-to-face training (n = {n}).",
        "The online survey reached {n} GPs in {mkt} (response rate {pct}%).",
    ],
    "dates-of-launch": [
        "The service launched in {mo} {yr} and was rolled out nationally a year later.",
        "Sales began on {d} {mo} {yr}, two weeks after the licence was granted.",
    ],
    "population-figures": [
        "More than 5.{q} million people in the UK live with diabetes.",
        "Around one in four adults in {mkt} is living with obesity.",
    ],
    "app-version": [
        "Version 4.{q} of the app ({mo} {yr}) added repeat ordering.",
        "The redesign (release 2.{q}.0) cut drop-off at sign-up.",
    ],
    "nhs-band": [
        "The new role is a Band 7 post on the Agenda for Change scale.",
        "Specialist nurses (Band 6 and 7) are the main audience for the training.",
    ],
    "cqc-rating": [
        "The clinic was rated Outstanding at its last inspection ({mo} {yr}).",
        "Two sites are rated Requires improvement (inspected in {yr}).",
    ],
    "evidence-tier": [
        "The app falls into Tier C of the evidence standards framework.",
        "As a Tier B product it needs only evidence of relevance and acceptability.",
    ],
    "acronym-expansion": [
        "Healthcare professionals (HCPs) are the main audience for the campaign.",
        "Over-the-counter (OTC) medicines are sold without a prescription.",
        "Key opinion leaders (KOLs) helped shape the launch messages.",
    ],
    "year-range": [
        "Online pharmacy sales grew every year ({Y}–{Y2}).",
        "The licence covers the period {yr}–{exp}.",
    ],
}  # fmt: skip
