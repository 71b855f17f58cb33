"""Prose for the forty-ninth held-out pool, "blind49": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how product managers,
medical-affairs and market-access managers and brand marketers at pharmaceutical, medical-device, diagnostics,
consumer-health and digital-health firms in Germany, Austria, Switzerland, Sweden, Denmark, Norway and Finland write
on CIM Level 7, MBA and MSc Pharmaceutical Marketing courses: in careful, slightly formal English learnt beside German
or a Nordic language, full of regulations with their numbers and years (MDR (EU) 2017/745, IVDR, § 10 HWG, the DVG,
§ 35a and § 130b SGB V, the EFPIA Code), EMA, BfArM, Swissmedic and Läkemedelsverket decisions, G-BA resolutions and
IQWiG dossier numbers, trial phases, NCT and EudraCT numbers, ATC codes, product names with ® and ™, firms with GmbH,
AG, SE, KGaA, A/S, AB, ASA and Oy, IQVIA figures, congresses with their years, hazard ratios and confidence
intervals, prices in euros, francs and kroner, German dates, doctors with their titles, interview codes and brand
claims in German quotation marks.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one (``{P:see}`` with a word inside its bracket), ``{Q}``
a quotation, ``{C}`` a claim, ``{O}`` an opener, ``{B}`` a brand; the other placeholders are filled by ``values``.
The decoys (NOT_CITATIONS) have capitals, years, brackets or quotation marks and cite nothing.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}.",
    "{N} show that {C}, which is also our experience at {B}.",
    "{N} points out that {C}.",
    "{N} concluded that {C}.",
    "{N} describe how {C}.",
    "{N} reported that {C}, although their sample was small.",
    "{N} makes the point that {C}.",
    "{N} observed in a survey of office-based physicians that {C}.",
    "{N} have demonstrated that {C}.",
    "{N} emphasise that {C}; for {B} this is a central question.",
    "{N} suggest that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.",
    "In the DACH markets, {N} noted that {C}.",
    "{O} {N} argue that {C}.",
    "For {prod}, the brand team relied on the finding by {N} that {C}.",
    "Following {N}, it can be said that {C}.",
    "This is in line with {N}, who found that {C}.",
    "In contrast to {N}, the interviews at {B} indicate that {C}.",
    "Building on the framework of {N}, the plan assumes that {C}.",
    "According to {N}, {C}.",
    "Similar to the Swedish findings of {N}, {C}.",
    "As already described by {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of German launch data shows that {C}.",
    "{N} model of market access is useful here because {C}.",
    "{N} analysis of Nordic tender data suggests that {C}.",
    "{N} framework was chosen for this report since {C}.",
    "Following {N} argument, {C}.",
    "{N} survey of hospital pharmacists confirms that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "In Germany, {C} {P}.",
    "{C}, especially in the statutory health insurance (GKV) setting {P}.",
    "It is well documented that {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:see also}.",
    "In the Nordic countries, {C} {P}.",
    "For a medtech company such as {B}, {C} {P}.",
    "{O} it is widely accepted that {C} {P}.",
    "Several authors agree that {C} {P}.",
    "{C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and this shapes the launch plan for {prod}.",
    "Market-access teams know that {C} {P}, yet few plans reflect it.",
    "Because {C} {P}, the brand team at {B} changed its channel mix.",
    "{O} {C} {P}, which is why the field force was reduced by {pct}%.",
    "The literature {P} shows that {C}.",
    "Recent evidence {P} indicates that {C}.",
    "While {C} {P}, the situation in Switzerland is different.",
    "Studies from Scandinavia {P:e.g.} suggest that {C}.",
]  # fmt: skip
CLAIMS = [
    "key account managers now spend more time with hospital pharmacists than with prescribers",
    "the AMNOG benefit assessment effectively sets the price ceiling for the rest of Europe",
    "physicians in Germany trust medical-affairs content more than promotional material",
    "remote detailing only works once a personal relationship with the physician exists",
    "digital health applications struggle to reach prescribers without a field force",
    "patient support programmes raise adherence in chronic therapies",
    "the MDR has pushed smaller medtech firms to withdraw products from the market",
    "the EFPIA Code limits what a brand team can do at congresses",
    "omnichannel engagement with healthcare professionals raises the cost per contact at first",
    "pharmacists are the most important gatekeepers for consumer-health brands",
    "price negotiations with the GKV-Spitzenverband rarely end above the comparator",
    "Nordic payers look more closely at cost-effectiveness than German ones",
    "real-world evidence is becoming part of the value story for payers",
    "online pharmacies have changed how OTC brands are bought in the DACH region",
    "brand equity for prescription medicines is built mainly through trust in the manufacturer",
    "medical science liaisons are seen as more credible than sales representatives",
    "regional tenders in Sweden and Denmark reward the lowest price above all",
    "biosimilar uptake depends strongly on how hospital physicians are informed",
    "younger physicians prefer short digital formats over printed material",
    "key opinion leaders influence the adoption of new therapies in specialist care",
    "a clear patient journey is the basis of every launch plan",
    "advertising to the public is tightly restricted for prescription medicines in Europe",
    "the added benefit rating decides whether a launch in Germany is a commercial success",
    "health apps are used for a few weeks and then abandoned by most patients",
    "diagnostics companies have to market to laboratories, clinicians and payers at once",
    "hospital procurement in the Nordic countries is driven by framework agreements",
    "sustainability has become a selection criterion in medtech tenders",
    "generative AI will change how medical information is produced and reviewed",
    "patient organisations are important partners for companies in rare diseases",
    "the customer experience of physicians is still poorly measured in pharma",
]  # fmt: skip
OPENERS = [
    "In the German market,",
    "From a market-access perspective,",
    "Seen from Basel,",
    "For the Nordic affiliates,",
    "In practice,",
    "Since the pandemic,",
    "For {B},",
    "After the AMNOG reform,",
    "In consumer health,",
    "For medical-device manufacturers,",
    "Looking at the hospital segment,",
    "In Austria as well as Germany,",
]  # fmt: skip
PLAIN = [
    "The following section applies this to the launch of {prod} in Germany and the Nordics.",
    "Table 2 summarises the main stakeholders and their interests.",
    "This chapter analyses the current situation of the brand.",
    "The recommendations are set out in a 12-month plan below.",
    "The author works as a product manager in the cardiometabolic business unit.",
    "All figures are in euros unless stated otherwise.",
    "The stakeholder map distinguishes prescribers, payers, pharmacists and patients.",
    "Internal data cannot be shown for confidentiality reasons.",
    "This is discussed further in the section on market access.",
    "The SWOT analysis below brings these points together.",
    "Three options were evaluated with the cross-functional launch team.",
    "The next part looks at the customer journey of the endocrinologist.",
    "The budget for the first year is shown in the appendix.",
    "Medical affairs and legal reviewed every channel in the plan.",
]  # fmt: skip
QUOTE_FRAMES = [  # a direct quotation; {P} carries a page locator unless the problem is planted
    "{N} states that {Q}.",
    "As {N} puts it, {Q}.",
    "{Q} {P}.",
    "One definition describes market access as {Q} {P}.",
    "{N} writes: {Q}.",
    "The guidance is clear that {Q} {P}.",
    "According to one textbook, {Q} {P}.",
    "{N} summarises the problem as follows: {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "„Beyond the Pill“",
    "“patient centricity”",
    "‘launch excellence’",
    "“omnichannel”",
    "„Customer Experience“",
    "”value story”",
    "»patient first«",
    "'digital first'",
    "“next best action”",
    "‘white space’",
    '"KOL"',
    "„Kassenzulassung“",
]  # fmt: skip
SCARE_FRAMES = [
    "Many companies speak of {Q}, but the budgets tell a different story {P}.",
    "The term {Q} is used loosely in the industry {P}.",
    "{N} criticises the talk of {Q} in pharma marketing.",
    "What is meant by {Q} differs between headquarters and affiliates {P}.",
    "The so-called {Q} approach has been questioned {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "„Neu in der Erstattung: Was Sie jetzt wissen sollten“",
    "“Your patients, our support: the {prod} programme”",
    "‘Invitation: expert webinar on {drug} – {d} {mon}’",
    "”Nyhet: {prod} nu med subvention”",
    "»Nyt fra {B}: opdaterede produktresuméer«",
    '"Fachinformation aktualisiert – {prod}"',
    "“5 Fragen an den Experten”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The rep-triggered email {Q} reached an open rate of {pct}%, well above typical benchmarks {P}.",
    "A subject line such as {Q} follows the advice on clear, factual messages {P}.",
    "We tested {Q} against a plainer version, as {N} recommend.",
    "The newsletter headline {Q} was approved by medical and legal, in line with good practice {P}.",
]  # fmt: skip

# ---------------------------------------------------------------------- decoys: capitals, years, brackets, quotes
NOT_CITATIONS: dict[str, list[str]] = {
    "eu-regulation-number": [
        "Under the MDR (Regulation (EU) 2017/745), the transition period for legacy devices was extended to 2028.",
        "Since 26 May {Y3}, every new product in our portfolio must comply with Regulation (EU) 2017/745.",
        "The extension in Regulation (EU) 2023/607 gave notified bodies more time, but not our customers.",
    ],
    "ivdr-class": [
        "Under the IVDR (EU) 2017/746, most of our assays move from self-certification to Class C.",
        "The companion diagnostic had to be re-certified under IVDR Class C (Annex VIII, Rule 3).",
    ],
    "hwg-paragraph": [
        "Section 10 of the Heilmittelwerbegesetz (HWG) forbids advertising prescription medicines to the public.",
        "Before-and-after pictures are restricted under § 11 Abs. 1 Nr. 5 HWG.",
        "The HWG of 1965 (Heilmittelwerbegesetz) still defines what counts as advertising in Germany.",
    ],
    "diga-listing": [
        "{diga} was listed permanently in the BfArM DiGA directory in {mon} {Y3}.",
        "Under the DVG of 2019, physicians can prescribe apps such as {diga} at the expense of the GKV.",
        "The negotiated price for {diga} fell to €{eur} per quarter after the first year (§ 134 SGB V).",
    ],
    "amnog-outcome": [
        "The G-BA resolution of {d} {mon} {Y3} granted {drug} a 'hint of a considerable added benefit'.",
        "For the subpopulation without prior therapy, the G-BA saw 'no added benefit' (resolution of {d}.{mm}.{Y3}).",
        "AMNOG, in force since 2011, changed the launch logic: the free-pricing year ends after twelve months.",
    ],
    "iqwig-dossier": [
        "IQWiG dossier assessment {iq} found the data on {drug} insufficient.",
        "In its assessment {iq} (version 1.0), IQWiG criticised the choice of comparator.",
    ],
    "sgb-paragraph": [
        "The reimbursement amount is negotiated under § 130b SGB V with the GKV-Spitzenverband.",
        "Rebate contracts under § 130a Abs. 8 SGB V are signed with each Krankenkasse separately.",
        "The early benefit assessment follows § 35a SGB V and the AM-NutzenV of 2010.",
    ],
    "efpia-code": [
        "Article 10 of the EFPIA Code sets limits on hospitality at congresses.",
        "The FSA-Kodex Fachkreise (version of {mon} {Y3}) applies to all our events in Germany.",
        "Under the LIF rules in Sweden (Regler för läkemedelsindustrin), meals must be modest.",
    ],
    "ema-procedure": [
        "The CHMP adopted a positive opinion (EMEA/H/C/00{n}) on {d} {mon} {Y3}.",
        "The European Commission granted marketing authorisation for {prod} in {mon} {Y3}.",
        "PRAC started a signal procedure (EPITT {n}) in {Y3}.",
    ],
    "national-agency": [
        "Swissmedic approved the new indication on {d} {mon} {Y3} (Zulassungsnummer 6{n}).",
        "Läkemedelsverket granted approval in {mon} {Y3}, followed by the TLV subsidy decision.",
        "The Danish Medicines Agency (Lægemiddelstyrelsen) approved general reimbursement in {Y3}.",
        "Fimea and Palko published the Finnish assessment in {mon} {Y3}.",
    ],
    "nct-number": [
        "The pivotal study (NCT0{nct}) enrolled {n} patients across 14 countries.",
        "Data from the open-label extension NCT0{nct} are expected in 2026.",
    ],
    "eudract-number": [
        "The trial was registered as EudraCT {Y3}-00{n}-21 before the CTR came into force.",
        "Under the Clinical Trials Regulation (EU) No 536/2014, the study number is {Y3}-5{n}-12-00.",
    ],
    "trial-phase": [
        "The Phase III programme (n = {n}) reported its primary endpoint in {Y3}.",
        "A Phase IIb dose-finding study ({n} participants) is running in Germany and Denmark.",
    ],
    "trial-acronym": [
        "The SELECT trial (semaglutide, cardiovascular outcomes) changed the discussion with cardiologists.",
        "Results of EMPEROR-Preserved (empagliflozin) were presented at ESC Congress 2021.",
        "FLOW (kidney outcomes) was stopped early for efficacy in {mon} 2023.",
    ],
    "atc-code": [
        "Semaglutide is classified under ATC code A10BJ06 (GLP-1 analogues).",
        "The product falls into ATC group {atc}, together with three competitors.",
    ],
    "product-registered": [
        "{prod} ({drug}) is the market leader in its segment.",
        "The portfolio includes {prod} and Bepanthen® Wund- und Heilsalbe.",
        "FreeStyle Libre 3™ (Abbott) set the standard for CGM sensors.",
    ],
    "firm-legal-form": [
        "{firm} is the marketing authorisation holder in all Nordic markets.",
        "The brand is co-promoted by Boehringer Ingelheim Pharma GmbH & Co. KG and Lilly Deutschland GmbH.",
        "Novo Nordisk A/S (Bagsværd, Denmark) is the company of the author.",
    ],
    "ticker-symbol": [
        "Shares of Novo Nordisk (Nasdaq Copenhagen: NOVO B) fell by {pct}% after the trial results.",
        "Roche (SIX: ROG) and Novartis (SIX: NOVN) together make up a large part of the SMI.",
        "Orion Corporation (ORNBV) publishes its results in Finnish and English.",
    ],
    "iqvia-figure": [
        "IQVIA data for Q{q} {Y3} show a retail market share of {pct}% for the brand.",
        "According to internal IQVIA DPM figures (MAT {mon} {Y3}), prescriptions grew by {pct}%.",
    ],
    "congress-name": [
        "At ESC Congress 2024 in London, the booth was visited by more than {n} physicians.",
        "The symposium at DGIM {Y3} in Wiesbaden was fully booked.",
        "EASD 2023 (Hamburg, 2-6 October) was the launch platform for the new data.",
    ],
    "congress-abstract": [
        "Our real-world data were presented as poster P{n} at ISPOR Europe {Y3}.",
        "Late-breaking abstract LBA-{q} at the ERS Congress drew a lot of attention.",
    ],
    "hcp-title": [
        "Prof. Dr. med. {hcp} (Universitätsklinikum Heidelberg) chaired the advisory board.",
        "Dr. med. {hcp}, a GP in Graz, tested the new patient leaflet.",
        "The advisory board included Prof. Dr. {hcp} (Charité) and two hospital pharmacists.",
    ],
    "interview-code": [
        "One key account manager described the hospital as 'a closed door' (Interview KAM-0{q}, {mon} {Y3}).",
        "Payer interviews (P1-P{q}, conducted in {Y3}) confirmed this view.",
        "A pharmacist in Malmö (Interview 7, {d} {mon} {Y3}) said the same.",
    ],
    "survey-sample": [
        "The own survey (n = {n} GPs; fieldwork {mon} {Y3}) had a response rate of {pct}%.",
        "An online panel of Swiss pharmacists (N = {n}, {Y3}) was used for the concept test.",
    ],
    "price-euro": [
        "The annual therapy costs are €{eur} per patient (pharmacy retail price, AVP).",
        "The reimbursement amount was set at €{eur} per pack from {d}.{mm}.{Y3}.",
    ],
    "price-nordic": [
        "The TLV accepted a price of SEK {sek} per pack (AUP) in {Y3}.",
        "In Denmark the pack costs DKK {sek} before the regional discount (Amgros tender).",
        "The Swiss list price has been CHF {eur} on the Spezialitätenliste since {Y3}.",
    ],
    "pzn-number": [
        "The new 3 x 100 ml pack has PZN 1{pzn}.",
        "Pharmacies order it under PZN 1{pzn} or the Nordic VNR 0{n}.",
    ],
    "standard-number": [
        "The quality system is certified to ISO 13485:2016 and the risk file follows ISO 14971:2019.",
        "The app is software as a medical device developed under IEC 62304 (2006/Amd 1:2015).",
        "Usability testing followed IEC 62366-1:2015.",
    ],
    "ce-marking": [
        "The device carries the CE mark with notified body number 0123 (TÜV SÜD Product Service).",
        "Since {Y3} the sensor has been certified as Class IIb (Rule 11, Annex VIII MDR).",
    ],
    "icd-code": [
        "The target population are patients with ICD-10 E11 (type 2 diabetes) and obesity (E66).",
        "Coding under ICD-11 (5A11) will change the claims analysis from 2027.",
    ],
    "german-date": [
        "The launch meeting took place on {d}.{mm}.{Y3} in Frankfurt am Main.",
        "The field force was trained in the week of 14.-18.10.{Y3}.",
    ],
    "fiscal-period": [
        "Sales in FY {Y3} (January-December) reached €{n} million.",
        "The brand plan covers Q{q}/2025 to Q4/2027.",
        "The results for H1 {Y3} were published on {d} {mon}.",
    ],
    "cim-criterion": [
        "This section answers Task 2 (AC 3.2) of the assignment.",
        "In line with the brief (Part B, LO 2), the plan covers three years.",
    ],
    "hazard-ratio": [
        "The risk of major cardiovascular events fell by 20% (HR 0.80; 95% CI 0.72-0.90; p < 0.001).",
        "Mean weight loss was 14.9% (SD 9.3) after 68 weeks.",
        "The number needed to treat (NNT) was {n} over three years.",
    ],
    "dosage-form": [
        "{prod} is given once weekly (2.4 mg, pre-filled pen).",
        "The new formulation (100 mg/ml, 1 x 2 ml vial) simplifies hospital handling.",
    ],
    "field-safety-notice": [
        "The Field Safety Notice FSN-{Y3}-0{q} was sent to all hospitals in Sweden and Norway.",
        "After the recall (BfArM reference {n}/{Y3}), trust among nurses dropped sharply.",
    ],
    "court-ruling": [
        "The Federal Court of Justice (BGH, I ZR 74/21) decided on influencer advertising for OTC products.",
        "The OLG Frankfurt ruling of {d} {mon} {Y3} (6 U 112/22) concerned health claims for a dietary supplement.",
    ],
    "gdpr-article": [
        "Health data are special category data under Art. 9 GDPR (Regulation (EU) 2016/679).",
        "Consent for the patient app is collected according to Art. 6(1)(a) and Art. 9(2)(a) GDPR.",
    ],
    "trademark-notice": [
        "Ozempic® and Wegovy® are registered trademarks of Novo Nordisk A/S.",
        "© {B} {Y3}. All rights reserved.",
        "Voltaren® is a trademark of the Haleon group of companies.",
    ],
    "brand-claim": [
        "The German claim „{claim}“ was approved by legal in {Y3}.",
        "The Swedish campaign ran under the line ”{claimsv}”.",
        "Our Danish tagline »Sammen om bedre behandling« tested well with nurses.",
    ],
    "translated-term": [
        "The Arzneimittelgesetz (Medicinal Products Act, AMG) regulates approval in Germany.",
        "The Spezialitätenliste (list of specialities, SL) decides on reimbursement in Switzerland.",
        'In Norway, "blå resept" (blue prescription) means the state pays most of the cost.',
    ],
    "app-version": [
        "Version {q}.2 of the app (iOS 17, Android 14) added a diary function.",
        "The CGM app was updated to release {Y3}.{q} after the MDR audit.",
    ],
    "hashtag-handle": [
        "The awareness campaign used #DiabetesDialog and the handle @novonordisk_de.",
        "On LinkedIn, #DiGA and #Gesundheitsapp reached {n} impressions in {mon} {Y3}.",
    ],
    "organisation-abbreviation": [
        "The GKV-Spitzenverband (National Association of Statutory Health Insurance Funds) negotiates for all funds.",
        "The Paul-Ehrlich-Institut (PEI) is responsible for vaccines and biomedicines.",
        "The Kassenärztliche Bundesvereinigung (KBV) publishes the EBM catalogue.",
    ],
    "hospital-name": [
        "The pilot ran at Rigshospitalet (Copenhagen) and at Sahlgrenska University Hospital (Gothenburg).",
        "Universitätsspital Zürich (USZ) was the first Swiss customer in {Y3}.",
        "St. Olavs hospital (Trondheim) joined the tender in {Y3}.",
    ],
    "capital-markets-day": [
        "The strategy was presented at the Capital Markets Day (Bagsværd, {d} {mon} {Y3}).",
        "At its Investor Day ({mon} {Y3}), the group announced a new consumer-health unit.",
    ],
    "patient-case": [
        "Patient 'Anna' (54, type 2 diabetes, BMI 34) is the main persona of the campaign.",
        "The persona 'Dr. Berg' (GP, 58, rural Sweden) sees about 40 patients per day.",
    ],
    "workshop-note": [
        "These priorities came from the brand plan workshop (Basel, {mon} {Y3}).",
        "The results of the cycle meeting (Q{q} {Y3}) were shared with all regions.",
    ],
    "guideline-class": [
        "The ESC Guidelines for heart failure recommend SGLT2 inhibitors as Class I, Level A.",
        "The Nationale VersorgungsLeitlinie Typ-2-Diabetes (version 3.0) was updated in {Y3}.",
        "The S3 guideline (AWMF register no. 021-{n}) supports the use of the app.",
    ],
    "sales-figure": [
        "Global sales of semaglutide exceeded DKK {n} billion in {Y3}.",
        "The German OTC market grew to €{n} million in {Y3} (+{pct}% on the previous year).",
    ],
    "pharmacy-chain": [
        "Apoteket AB (state-owned since 1971) still has the largest network in Sweden.",
        "DocMorris (Zur Rose Group AG) and Shop Apotheke (Redcare Pharmacy N.V.) dominate online sales.",
        "In Norway, Apotek 1, Vitusapotek and Boots apotek share most of the market.",
    ],
}
BRANDS = ["Novo Nordisk", "Bayer", "Roche", "Novartis", "Boehringer Ingelheim", "Merck", "Siemens Healthineers",
          "Dräger", "Coloplast", "LEO Pharma", "Lundbeck", "Getinge", "Elekta", "Sobi", "Orion", "Ottobock",
          "B. Braun", "Fresenius Kabi", "STADA", "Sandoz", "ratiopharm", "Hexal", "DocMorris", "Shop Apotheke",
          "Apoteket", "Apotek 1", "Kry", "Doctolib", "Kaia Health", "mySugr", "Oura", "Ambu", "Demant", "Sonova",
          "Straumann", "Hartmann", "Beiersdorf", "Klosterfrau", "Dr. Willmar Schwabe", "Bionorica", "Weleda",
          "Medtronic", "Abbott", "Zealand Pharma", "Mölnlycke", "Oriola", "Galenica", "Sanofi", "AstraZeneca"]  # fmt: skip

_PRODUCTS = ["Ozempic®", "Wegovy®", "Mounjaro®", "Jardiance®", "Kerendia®", "Dupixent®", "Eliquis®", "Xarelto®",
             "Voltaren® Schmerzgel", "Aspirin® Complex", "Bepanthen®", "Iberogast®", "Sinupret® extract", "GeloMyrtol® forte",
             "Otrivin®", "Nicorette®", "Treo®", "Alvedon®", "Ipren®", "Panodil®", "Paracet®", "Burana®", "Brintellix®",
             "Skyrizi®", "Tresiba®", "FreeStyle Libre 3™", "Dexcom G7™", "SpeediCath®", "Mepilex® Border", "Vyepti®"]  # fmt: skip
_DRUGS = ["semaglutide", "tirzepatide", "empagliflozin", "finerenone", "dupilumab", "apixaban", "rivaroxaban",
          "vortioxetine", "risankizumab", "insulin degludec", "eptinezumab", "inclisiran", "lecanemab"]  # fmt: skip
_FIRMS = ["Bayer Vital GmbH", "Novo Nordisk Pharma GmbH", "Roche Pharma AG", "Novartis Pharma Schweiz AG",
          "Merck Healthcare KGaA", "LEO Pharma A/S", "Orion Pharma AB", "Sobi AB (publ)", "Photocure ASA",
          "Lundbeck Pharma A/S", "Santen Oy", "Sandoz GmbH", "Takeda Pharma Vertrieb GmbH & Co. KG",
          "Dr. Falk Pharma GmbH", "Bristol-Myers Squibb GmbH & Co. KGaA", "Pfizer Oy", "Gedeon Richter Nordics AB"]  # fmt: skip
_DIGA = ["Kaia Rückenschmerzen", "velibra", "HelloBetter Diabetes und Depression", "somnio", "zanadio", "deprexis",
         "elevida", "Vivira", "Oviva Direkt für Adipositas", "Cara Care für Reizdarm", "mindable", "Selfapy"]  # fmt: skip
_HCPS = ["Katrin Weiß", "Jürgen Hofer", "Annette Krüger-Yılmaz", "Matthias von der Heide", "Stefan Groß",
         "Claudia Brunner", "Ulrike Pichler", "Thomas Meier-Zürcher", "Elif Şahin", "Markus Bühler"]  # fmt: skip
_CLAIMS_DE = ["Gesundheit beginnt im Kopf", "Weil jeder Tag zählt", "Gemeinsam gegen Diabetes", "Leben in Bewegung",
              "Wirkt da, wo es wehtut"]  # fmt: skip
_CLAIMS_SV = ["Tillsammans för bättre hälsa", "Varje dag räknas", "Enklare vardag med diabetes"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "September",
    "October",
    "November",
    "December",
]
_ATC = ["A10BJ06", "A10BK03", "B01AF02", "C10AX16", "D11AH05", "N06AX26", "L04AC18", "N02CD05", "M01AB05", "R01AA07"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "prod": rng.choice(_PRODUCTS), "drug": rng.choice(_DRUGS), "firm": rng.choice(_FIRMS),
        "diga": rng.choice(_DIGA), "hcp": rng.choice(_HCPS), "atc": rng.choice(_ATC),
        "claim": rng.choice(_CLAIMS_DE), "claimsv": rng.choice(_CLAIMS_SV), "mon": rng.choice(_MONTHS),
        "Y3": str(rng.randint(2016, 2025)), "mm": f"{rng.randint(1, 12):02d}", "pct": str(rng.randint(3, 64)),
        "eur": f"{rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(10, 99)}", "sek": f"{rng.randint(120, 9800):,}",
        "nct": str(rng.randint(1000000, 6999999)), "iq": f"A{rng.randint(18, 25)}-{rng.randint(1, 140)}",
        "pzn": str(rng.randint(1000000, 9999999)),
    }  # fmt: skip
