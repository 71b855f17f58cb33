"""The prose of the blind268 pool: how marketers at dental practices and groups, orthodontists, clear-aligner brands,
oral-care makers and dental suppliers in the UK, Ireland, the Netherlands, Sweden and Australia write CIM Level 6 and 7
reports and MBA assignments on private and NHS dentistry, consumer oral care and B2B dental marketing. Written without
reading the checker, its tests or any other pool. Placeholders are text.py's, with these of its own: {gbp} a price in
pounds, {eur} one in euros, {uda} a UDA rate, {tooth} a tooth as notated, {nct} a trial number, {isr} an ISRCTN,
{Y3} a recent year, {mo} a month, {pr} a practice's place.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Bupa Dental Care", "mydentist", "Portman Dental Care", "Colosseum Dental", "Dental Care Ireland",
          "Smile Direct Club", "Invisalign", "Sensodyne", "Parodontax", "Oral-B", "Philips Sonicare", "Curaprox",
          "Dentsply Sirona", "Corsodyl", "Aquafresh", "Denplan", "Straumann's Neodent", "Clarity Aligners",
          "Boots Dental Care", "Specsavers"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "gbp": str(rng.choice([1495, 1950, 2400, 2995, 3200, 3500, 4200])),
        "eur": str(rng.choice([1800, 2250, 2900, 3400, 3950])),
        "uda": f"{rng.randint(25, 36)}.{rng.randint(10, 99)}",
        "tooth": rng.choice(["UR6", "LL8", "UL1", "LR7", "UR3", "LL6"]),
        "nct": f"NCT0{rng.randint(1000000, 6999999)}", "isr": f"ISRCTN{rng.randint(10000000, 99999999)}",
        "Y3": str(rng.randint(2019, 2025)), "mo": rng.choice(["January", "March", "May", "June", "September", "November"]),
        "pr": rng.choice(["Harrogate", "Galway", "Leeds", "Cork", "Bristol", "Malmö", "Utrecht", "Perth", "Swansea"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which matters for {B}.", "{N} concluded that {C}.",
    "{N} reported that {C} among adults attending NHS practices.", "{N} suggested that {C}; {B} is a clear example.",
    "{N} showed that {C}, although their sample came from a single dental group.", "{N} noted that {C}.",
    "{N} warned that {C} if clinicians are left out of the marketing plan.", "{N} describe how {C}.",
    "{N} identified that {C}, particularly for {A}.", "{N} observed that {C} in private practice.",
    "{N} argue that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} point out, {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} observed in their survey of dental patients.", "{C} – a view shared by {N}.",
    "According to {N}, {C}.", "Research by {N} suggests that {C}.", "In a study of Swedish and Dutch clinics, {N} found that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}, according to {N}.", "Data from {N} show that {C}.",
    "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey found that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings matter here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{C}, especially for private treatment {P}.", "It is often argued that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{B}'s experience suggests {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "A key point for {B} is that {C} {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "patients choose a dentist mainly on recommendation and online reviews",
    "{A} are more likely to book a check-up after a reminder by text than by letter",
    "private dental plans improve patient retention", "{T} raises {R} for independent practices",
    "clear aligners are marketed as a lifestyle product rather than a treatment",
    "trust in the clinician matters more than price in cosmetic dentistry",
    "NHS access problems have pushed many patients into private care",
    "{B} relies on {T} more than its competitors do", "dental anxiety stops many adults from attending regularly",
    "dentists act as gatekeepers for oral-care brands through their recommendations",
    "B2B buyers in dentistry value training and service as much as the product",
    "sensitivity toothpastes sell on clinical claims rather than on flavour",
    "social media before-and-after images can mislead patients", "{A} respond well to {T} when it is clearly regulated",
    "the cost-of-living crisis has made patients delay elective treatment",
    "corporate dental groups struggle to keep a local feel", "{B} could {bs} to win {A}",
    "sustainability claims on toothbrushes are now common", "electric toothbrush owners replace heads less often than advised",
    "practices that answer enquiries within an hour convert more of them",
]  # fmt: skip
OPENERS = [
    "Furthermore", "However", "In the UK", "In Ireland", "For {B}", "Within private dentistry", "In the B2B market",
    "In the context of {B}", "From a patient perspective", "Since the pandemic", "Nevertheless", "As a result",
    "In consumer oral care", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} operates practices across the UK and offers both NHS and private treatment.",
    "This report analyses {B}'s marketing mix and makes recommendations for the next financial year.",
    "A PESTLE analysis of the dental market is included in the appendix.",
    "The practice's Google rating is high, but it has few reviews compared with its competitors.",
    "Most new patients book online or through the practice's WhatsApp line.", "{O}, {C}.",
    "The plan is costed and phased over twelve months.", "{B}'s main competitors are two independent practices and a corporate group.",
    "Task 2 proposes a content plan for the practice's Instagram and TikTok accounts.",
    "The sales team visits around forty practices a week.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "The point is made plainly that {Q} {P}, which {B} should note.",
    "{N} put it directly: {Q}.", "One review of dental marketing concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘Hollywood smile’", "‘Turkey teeth’", "‘smile makeover’", "‘dental deserts’", "‘patient journey’",
                "'DIY orthodontics'", "‘aligner fatigue’", "‘skinfluencers’", "“dental tourism”", "‘practice brand’",
                "‘prevention first’", "'NHS-plus'"]  # fmt: skip
SCARE_FRAMES = [
    "Younger patients now ask for a {Q} {P}.", "The rise of {Q} worries the profession {P}.",
    "So-called {Q} affect rural areas most {P}.", "{B} avoids the term {Q} in its advertising {P}.",
    "Critics call this {Q}, and {B} is not immune {P}.", "Talk of {Q} is now common in dental marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your check-up is due – book in 30 seconds’", "‘Time for your hygienist visit?’",
                 "“Straighter teeth from £{n} a month”", "‘We’ve missed you at the practice’",
                 "‘Your free whitening consultation is waiting’", "'Reminder: your appointment tomorrow at 9am'",
                 "‘New: evening appointments in {pr}’", "“Smile more this summer”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A recall email headed {Q} lifted bookings {P}.", "{B} used {Q} in its lapsed-patient campaign {P}.",
    "Short, friendly copy such as {Q} works well with {A} {P}.", "The subject line {Q} had the best open rate {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, quotation marks or codes that is no citation and must raise no problem.
NOT_CITATIONS = {
    "nhs-contract-year": [
        "Most practices still work under the NHS dental contract (2006) and its targets.",
        "The contract introduced in England (April 2006) replaced fee-per-item payments.",
        "Dentists have criticised the UDA system (introduced 2006) for years.",
    ],
    "treatment-band": [
        "A filling is a Band 2 treatment (£73.50 in 2024/25).", "Band 3 work (crowns, dentures and bridges) costs patients more.",
        "Patients pay one charge per course of treatment (Band 1, 2 or 3).",
    ],
    "uda-rate": [
        "The practice's contract pays £{uda} per UDA (2023/24 value).", "Its UDA value (£{uda}) is below the regional average.",
        "Associates are paid per unit of dental activity (UDA, £{uda} in {Y3}).",
    ],
    "contract-reform": [
        "The 2022 reforms (announced July 2022) added a minimum UDA value.", "The dental recovery plan for England (February 2024) offered new-patient premiums.",
        "The reforms (July 2022 and 2023) did little to improve access.",
    ],
    "tooth-notation": [
        "The case study shows an implant at UR6 (FDI 16).", "A crown was fitted at {tooth} (clinical photograph, Appendix 2).", "Wisdom teeth such as LL8 (FDI 38) are the most often extracted.",
        "The patient's lower left first molar (FDI 36) was restored with a crown.", "The aligner case involved crowding at UL2 (FDI 22).",
    ],
    "clinical-index": [
        "Hygienists record gum health with the BPE (Basic Periodontal Examination).", "A BPE score of 4 (pocketing over 5.5 mm) prompts a referral.",
        "Orthodontic need is graded on the IOTN scale (grades 1 to 5).", "Caries experience is measured as DMFT (decayed, missing and filled teeth).",
    ],
    "guidance-edition": [
        "Advice on fluoride follows Delivering Better Oral Health (2019 update).", "The toolkit (4th edition, 2021) recommends 1,450 ppm fluoride toothpaste for adults.",
        "Recall intervals follow NICE guideline CG19 (2004).", "The practice follows SDCEP guidance (2nd edition).",
    ],
    "standard-year": [
        "{B}'s manufacturing sites are certified to ISO 13485:2016.", "Materials are tested for biocompatibility (BS EN ISO 10993-1:2020).",
        "The toothbrush meets ISO 20126:2012 for manual brushes.", "Its quality system follows ISO 9001:2015 (certified 2018).",
    ],
    "product-launch": [
        "Invisalign (1997) was the first clear aligner system sold at scale.", "The Sonicare DiamondClean 9000 (launched 2019) sits at the top of the range.",
        "Oral-B iO Series 9 (2020) uses magnetic drive technology.", "Sensodyne Repair & Protect (2011) uses NovaMin.",
        "Curaprox CS 5460 (the ‘ultra soft’ brush) is sold mainly through dental practices.",
    ],
    "trial-registration": [
        "The whitening trial was registered before it began ({nct}).", "The study of text reminders was registered ({isr}).",
        "Results of the aligner trial ({nct}, completed {Y3}) have not been published.",
    ],
    "campaign-month": [
        "{B} supported Mouth Cancer Action Month 2023 (November) with free screenings.", "The practice ran a competition during National Smile Month (May–June {Y3}).",
        "Posts for World Oral Health Day (20 March) reached {n},000 people.", "Its Movember tie-in (November {Y3}) promoted mouth cancer checks.",
    ],
    "practice-founding": [
        "Riverside Dental (est. 1994) is now part of a corporate group.", "Bridge Street Dental Practice (founded 1978) has three surgeries.",
        "The family practice in {pr} (opened 1986) was sold to {B} in {Y3}.", "Harbour View Orthodontics (since 2009) takes NHS and private referrals.",
    ],
    "award-year": [
        "{B} was shortlisted at the Dentistry Awards 2022.", "The practice won Best Patient Care (Private Dentistry Awards 2023).",
        "Its campaign was highly commended at the Aesthetic Dentistry Awards ({Y3}).", "The practice manager was named Practice Manager of the Year (The Dentistry Awards, {Y3}).",
    ],
    "price-per-arch": [
        "Clear aligners cost from £{gbp} (both arches).", "In Dublin, a full case costs around €{eur} (upper and lower).",
        "A single-arch case (£{gbp}) is sold as a cheaper entry point.", "Whitening is priced at £{n} (home kit, {Y3} prices).",
    ],
    "ce-ukca-mark": [
        "Aligners sold in Great Britain need the UKCA mark (from July 2025 for new devices).", "The product carries a CE mark (Class IIa).",
        "Devices are registered with the MHRA (UKCA and CE marked).", "The CE marking (MDR 2017/745) applies to the Dutch and Swedish launches.",
    ],
    "patient-review": [
        "One Google review reads: ‘Best dentist I’ve ever had, no pain at all!’ (5 stars).", "A Trustpilot reviewer wrote “I finally smile in photos” ({mo} {Y3}).",
        "A patient posted ‘Friendly reception and no waiting’ on Google (5 stars, {mo} {Y3}).", "Reviews often say ‘I was so nervous but the team were amazing’ (5/5).",
    ],
    "ad-slogan": [
        "Sensodyne’s line ‘Dentist recommended’ has run for decades.", "Colgate’s ‘Our No. 1 recommendation’ claim drew complaints.",
        "The ‘Smile with confidence’ tagline appears on every {B} leaflet.", "Oral-B's ‘Dentist-like clean’ message is central to its iO advertising.",
        "The practice’s slogan, ‘Gentle care for nervous patients’, tested well.",
    ],
    "revenue-figure": [
        "Group sales grew strongly (2023 revenue: £{n}m).", "The oral-health division slowed in the second half ({Y3} results).",
        "{B} opened {q}0 new practices ({Y3} annual figures).", "The implant business grew fastest (organic growth {q}.{q}%, {Y3}).",
    ],
    "nhs-charges": [
        "NHS charges rose in April (Band 1: £26.80 in 2024/25).", "Patients in Wales pay less than in England (Band 1: £20 in 2023).",
        "The charge for urgent care (Band 1, {Y3}) is the same as for a check-up.",
    ],
    "legislation-mention": [
        "Practices must follow the Health and Social Care Act 2008 and CQC registration rules.", "Only registered dentists may practise dentistry under the Dentists Act 1984.",
        "The GDS Contracts Regulations 2005 set out what a practice must deliver.", "In Ireland, the Dentists Act 1985 governs who can call themselves a dentist.",
    ],
    "regulator-standard": [
        "Advertising must be honest under the GDC’s Standards for the Dental Team (Principle 1).", "The CQC rated the practice ‘Good’ (inspected {mo} {Y3}).",
        "Ads must meet the CAP Code (rule 12.1) on medical claims.", "Inspections ask five questions (safe, effective, caring, responsive and well-led).",
    ],
    "survey-stat": [
        "Most adults had visited a dentist in the last two years (n = {n}).", "Around a third of respondents were anxious about treatment (33%, n = {n}).",
        "Satisfaction was highest for hygienist visits (4.{q}/5).", "Only a minority had been offered a private plan (2{q}%).",
    ],
    "cross-reference": [
        "The patient journey is mapped in Appendix {q} (Figure {q}).", "See Table {q} (Section 3.{q}) for the budget.",
        "The competitor analysis (Task 1, part b) covers four local practices.", "The Gantt chart (Appendix 4) shows the launch in week {q}.",
    ],
    "handle-or-address": [
        "The practice replies on Instagram (@smilestudio_{pr}) within a day.", "Bookings are taken online (www.bridgestreetdental.co.uk) or by phone.",
        "Patients can email the team (hello@riversidedental.ie).", "The hashtag (#SmileMonth{Y3}) trended locally.",
    ],
    "opening-hours": [
        "The clinic is open late twice a week (8am–8pm, Tue and Thu).", "Emergency appointments are kept free each morning (8.30–10am).",
        "Saturday opening (9am–1pm) brought in younger patients.",
    ],
    "financial-year": [
        "Marketing spend was cut by a fifth (FY{Y3}).", "Budgets are set per financial year (2024/25).",
        "Like-for-like sales rose in the first half (H1 {Y3}).", "Growth slowed in the third quarter (Q3 {Y3}).",
    ],
    "ticker": [
        "Haleon is listed in London and New York (LSE: HLN).", "Align's shares fell sharply after the results (NASDAQ: ALGN).",
        "Straumann is quoted in Zurich (SIX: STMN).", "Henry Schein trades on the Nasdaq (HSIC).",
    ],
    "deal-year": [
        "Bupa bought Oasis Dental Care (2017) to build its UK network.", "Haleon was demerged from GSK (July 2022).",
        "Colgate-Palmolive acquired GABA (2004) to strengthen its pharmacy range.", "Smile Direct Club filed for bankruptcy (September 2023).",
    ],
    "ppm-fluoride": [
        "Children over three should use a toothpaste with 1,000–1,500 ppm fluoride (a smear or pea-sized amount).", "High-fluoride toothpaste (5,000 ppm) is prescription only.",
        "The product contains 1,450 ppm fluoride (as sodium fluoride).",
    ],
    "membership-plan": [
        "The practice's plan costs £2{q}.50 a month (two check-ups and two hygiene visits).", "Denplan Care (launched 1986) covers most routine treatment.",
        "Plan members spend more on cosmetic work (£{n} a year on average).",
    ],
    "waiting-time": [
        "Some patients waited months for an NHS appointment (up to 18 months in {Y3}).", "Orthodontic waiting lists are long (two to three years in some areas).",
        "Referral to a specialist took {q} weeks (median, {Y3}).",
    ],
    "job-title": [
        "The plan was approved by the group's clinical director (BDS, MFDS RCS).", "The treatment coordinator (TCO) handles all new enquiries.",
        "Dr Amin (GDC no. {n}{n}) leads the implant clinic.", "The practice employs two dental therapists (DT) and a hygienist (RDH).",
    ],
    "trade-show": [
        "{B} launched its new scanner at the Dentistry Show (Birmingham, {Y3}).", "The team exhibited at IDS Cologne (March 2023).",
        "Most leads came from BDIA Dental Showcase (October {Y3}).",
    ],
    "product-spec": [
        "The brush has 5,460 filaments (CS 5460 ultra soft).", "The scanner captures a full arch in under a minute (iTero Element 5D).",
        "Each aligner is worn for 22 hours a day (one to two weeks per tray).",
    ],
    "percentage-share": [
        "Sensodyne leads the sensitivity segment (about {q}0% value share).", "Private treatment now makes up most of the group's income (6{q}%).",
        "Electric toothbrushes account for a growing share of sales ({q}0% by value, {Y3}).",
    ],
    "abbreviation": [
        "The General Dental Council (GDC) regulates all dental professionals in the UK.", "Key performance indicators (KPIs) include new patient numbers and treatment plan conversion.",
        "The Association of Dental Groups (ADG) represents the corporates.", "Direct-to-consumer (DTC) aligner brands bypass the dentist.",
    ],
    "model-name": [
        "The group uses a SOSTAC plan (situation, objectives, strategy, tactics, action, control).", "Patients move through the AIDA stages (attention, interest, desire, action).",
        "Service quality is assessed with SERVQUAL's five dimensions (tangibles, reliability, responsiveness, assurance and empathy).",
    ],
    "swedish-system": [
        "Swedish adults receive a dental care allowance (allmänt tandvårdsbidrag, SEK 300 a year).", "Folktandvården (the Public Dental Service) treats most children in Sweden.",
        "The high-cost protection scheme (högkostnadsskydd, since 2008) caps what adults pay.",
    ],
    "dutch-system": [
        "Dental care for adults is not in the basic package (basisverzekering) in the Netherlands.", "Most Dutch adults buy supplementary cover (aanvullende verzekering, around €{n} a year).",
        "Prices are set by the NZa (Dutch Healthcare Authority) each January.",
    ],
    "irish-scheme": [
        "Medical card holders are covered by the DTSS (Dental Treatment Services Scheme).", "The PRSI dental benefit (free check-up each year) drew more patients in.",
        "Many dentists left the DTSS (2010 cuts) and have not returned.",
    ],
    "australian-scheme": [
        "Children are covered by the Child Dental Benefits Schedule (capped at $1,095 over two calendar years).", "Private health cover (extras) pays part of most check-ups in Australia.",
        "The ADA's item numbers (for example, item 114 for a scale and clean) appear on every invoice.",
    ],
    "statistic-date": [
        "Fewer adults were seen by an NHS dentist in the 24 months to {mo} {Y3}.", "The number of NHS dentists fell again (23,577 in 2023/24).",
        "Child tooth extractions under general anaesthetic remain high ({n} a week in {Y3}).",
    ],
    "video-length": [
        "The TikTok explaining aligners (0:45) had the most views.", "Its YouTube ad (30 seconds) was shown before dental videos.",
        "The webinar for practice owners (60 minutes) was recorded.",
    ],
    "discount-offer": [
        "New patients were offered a free consultation (worth £{n}).", "The launch offer (£500 off, {mo} only) filled the diary.",
        "Plan members get 10% off (excluding implants and aligners).",
    ],
    "case-count": [
        "The practice has completed over {n} aligner cases (Invisalign Platinum provider).", "The clinic places around {n} implants a year (single and full-arch).",
        "The orthodontist treats {n} patients a month (NHS and private).",
    ],
    "version-edition": [
        "The practice software was upgraded to version {q}.{q} (Dentally).", "The booking app (v{q}.0, released {Y3}) added online payments.",
        "The CRM (Software of Excellence, R4+) stores recall dates.",
    ],
    "sustainability-claim": [
        "The bamboo brush (100% plant-based handle) is marketed to younger buyers.", "The recyclable toothpaste tube (2019) was shared with competitors.",
        "The refill scheme (launched {Y3}) cut plastic by a third.",
    ],
}  # fmt: skip
