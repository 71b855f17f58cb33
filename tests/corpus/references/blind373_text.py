"""The blind373 pool's prose: pharmacy, health and wellness marketing as CIM Level 6 and 7 candidates and MBA students
write it in English at community pharmacy chains, private clinics, health and fitness apps, supplement brands,
opticians and hearing-care retailers and telehealth start-ups in the UK, Ireland, Malaysia, Saudi Arabia, Mexico and
Sweden.

Written without reading the checker, its tests or any other pool. Placeholders are those of text.py ({N} a narrative
citation, {P} a parenthetical one, "{P:see}" with a word inside its bracket, {Q} a quotation, {C} a claim, {O} an
opener, {B} a brand) and the fill values of ``values`` below. NOT_CITATIONS holds the brackets, years, doses, prices,
approvals, openings, deals, campaigns and acts these reports write that are no citation.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Boots", "Superdrug", "Well Pharmacy", "LloydsPharmacy", "Holland & Barrett", "Specsavers", "Vision Express",
          "Hidden Hearing", "Amplifon", "Pharmacy2U", "Numan", "Livi", "Hickey's Pharmacy", "McCabes Pharmacy",
          "Caring Pharmacy", "Guardian", "Watsons", "Alpro Pharmacy", "DoctorOnCall", "Nahdi", "Al-Dawaa",
          "Farmacias del Ahorro", "Farmacias Similares", "Farmacias Guadalajara", "Apoteket", "Apotek Hjärtat",
          "Kronans Apotek", "Kry", "Min Doktor", "Lifesum", "MyFitnessPal", "Strava", "Vitabiotics", "Healthspan",
          "Myprotein", "Nuffield Health", "Bupa Arabia", "KPJ Healthcare"]  # fmt: skip

_CHAINS = ["Boots", "Well Pharmacy", "Hickey's Pharmacy", "Caring Pharmacy", "Nahdi", "Al-Dawaa", "Farmacias del Ahorro",
           "Apotek Hjärtat", "Kronans Apotek", "Alpro Pharmacy", "Superdrug", "McCabes Pharmacy"]  # fmt: skip
_APPS = ["Lifesum", "MyFitnessPal", "Strava", "Kry", "Livi", "Sehhaty", "MySejahtera", "DoctorOnCall", "Numan",
         "the NHS App", "Min Doktor", "the Boots app", "Cura", "Sweatcoin"]  # fmt: skip
_DRUGS = [("Wegovy", "2.4 mg"), ("Mounjaro", "5 mg"), ("Saxenda", "3 mg"), ("Nurofen", "400 mg"), ("Panadol", "500 mg"),
          ("Voltarol", "1.16% gel"), ("Sudafed", "60 mg"), ("Nytol", "50 mg"), ("Regaine", "5% foam"),
          ("Viagra Connect", "50 mg"), ("NiQuitin", "21 mg patch"), ("Piriton", "4 mg"), ("Gaviscon", "500 mg"),
          ("Hana", "75 microgram"), ("Lovima", "75 microgram"), ("Orlistat", "60 mg")]  # fmt: skip
_SUPPLEMENTS = [("vitamin D3", "1,000 IU"), ("vitamin D3", "25 µg"), ("omega-3", "1,000 mg"), ("magnesium", "375 mg"),
                ("folic acid", "400 µg"), ("collagen", "10 g"), ("ashwagandha", "600 mg"), ("iron", "14 mg"),
                ("vitamin C", "1,000 mg"), ("zinc", "15 mg")]  # fmt: skip
_DEVICES = ["the Oura Ring", "the Apple Watch's hearing-aid feature", "the Libre 3 glucose sensor", "Phonak Lumity hearing aids",
            "the Withings BPM Connect", "MiSight 1 day contact lenses", "the Stellest spectacle lens", "AirPods Pro 2"]  # fmt: skip
_CITIES = ["Manchester", "Leeds", "Glasgow", "Cork", "Galway", "Kuala Lumpur", "Penang", "Johor Bahru", "Riyadh", "Jeddah",
           "Dammam", "Guadalajara", "Monterrey", "Mexico City", "Gothenburg", "Malmö", "Uppsala", "Birmingham"]  # fmt: skip
_FIRMS = ["Boots UK", "Uniphar", "Specsavers", "Amplifon", "Kry", "Nahdi Medical Company", "Farmacias del Ahorro",
          "Apoteket AB", "Holland & Barrett", "Caring Pharmacy Group", "DoctorOnCall", "Haleon", "Bupa", "Vitabiotics"]  # fmt: skip
_FOUNDED = [("the MHRA", "2003"), ("the GPhC", "2010"), ("the HPRA", "2014"), ("the PSI", "2007"), ("the SFDA", "2003"),
            ("COFEPRIS", "2001"), ("Läkemedelsverket", "1990"), ("the CQC", "2009"), ("NHS England", "2013"),
            ("the UKHSA", "2021"), ("Specsavers", "1984"), ("Kry", "2014"), ("Lifesum", "2008"), ("Nahdi", "1986"),
            ("Holland & Barrett", "1870"), ("Boots", "1849"), ("Amplifon", "1950"), ("Farmacias del Ahorro", "1960"),
            ("the WHO", "1948"), ("Apoteket", "1971")]  # fmt: skip
_PEOPLE = ["Thandi Mokoena", "Aidan Hickey", "Siti Rahmah Ismail", "Dr Faisal Al-Harbi", "Johannes Schildt",
           "Fredrik Jung Abbou", "Ana Gabriela Ríos", "Claire Nevin", "Mei Ling Tan", "Noura Al-Saud", "Rajesh Pillai",
           "Ciara O'Donoghue", "Erik Söderberg", "Leticia Campos"]  # fmt: skip
_ACTS = ["the Misuse of Drugs Act 1971", "the Data Protection Act 2018", "the Tobacco and Related Products Regulations 2016",
         "the Consumer Rights Act 2015", "the Health and Social Care Act 2012", "the Public Health (Alcohol) Act 2018",
         "the Medical Device Act 2012 (Act 737)", "Saudi Arabia's Personal Data Protection Law (2021)",
         "the Ley Federal de Protección de Datos Personales (2010)", "Patientsäkerhetslagen (2010:659)",
         "the EU Medical Device Regulation (EU) 2017/745", "Regulation (EC) No 1924/2006 on health claims"]  # fmt: skip
_CAMPAIGNS = ["Stoptober", "Dry January", "Movember", "Veganuary", "Sober October", "Know Your Numbers! Week",
              "Self Care Week", "National Eye Health Week", "Ask Your Pharmacist Week", "Men's Health Week"]  # fmt: skip
_DAYS = [("World Hearing Day", "3 March"), ("World Diabetes Day", "14 November"), ("World Sight Day", "10 October"),
         ("World Health Day", "7 April"), ("World Mental Health Day", "10 October"), ("World No Tobacco Day", "31 May"),
         ("World Pharmacists Day", "25 September")]  # fmt: skip
_PRICES = ["£9.99", "£24.99", "£199", "€14.95", "€39", "RM49.90", "RM120", "SAR 149", "SAR 35", "MX$349", "MX$89",
           "249 kr", "99 kr"]  # fmt: skip
_AUDIENCES = ["older patients", "new mothers", "Gen Z gym-goers", "people living with diabetes", "shift workers",
              "first-time contact-lens wearers", "carers", "expat families in Riyadh", "students in Kuala Lumpur",
              "hearing-aid users", "health-conscious millennials", "rural patients"]  # fmt: skip
_RESULTS = ["repeat prescriptions", "app retention", "patient trust", "basket size", "clinic bookings", "subscription renewals",
            "loyalty-card sign-ups", "hearing-test bookings", "eye-test bookings", "word of mouth"]  # fmt: skip
_TACTICS = ["pharmacist-led consultations", "push notifications", "loyalty points", "influencer content on Instagram",
            "free health checks", "subscribe-and-save offers", "symptom checkers", "video consultations",
            "in-store hearing tests", "WhatsApp reminders", "click-and-collect prescriptions", "gamified step challenges"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    drug, dose = rng.choice(_DRUGS)
    supp, sdose = rng.choice(_SUPPLEMENTS)
    day, date = rng.choice(_DAYS)
    body, founded = rng.choice(_FOUNDED)
    yr = rng.randint(2015, 2025)
    firm, firm2 = rng.sample(_FIRMS, 2)
    return {
        "chain": rng.choice(_CHAINS), "app": rng.choice(_APPS), "drug": drug, "dose": dose, "supp": supp, "sdose": sdose,
        "dev": rng.choice(_DEVICES), "city": rng.choice(_CITIES), "firm": firm, "firm2": firm2,
        "body": body, "founded": founded, "who": rng.choice(_PEOPLE), "act": rng.choice(_ACTS),
        "camp": rng.choice(_CAMPAIGNS), "day": day, "date": date, "price": rng.choice(_PRICES),
        "pc": str(rng.randint(3, 88)), "yr": str(yr), "yr2": str(yr + rng.randint(1, 3)), "yy": f"{(yr + 1) % 100:02d}",
        "ver": f"{rng.randint(2, 9)}.{rng.randint(0, 9)}", "amt": rng.choice(["£4m", "£12.5m", "€8m", "$20m", "SEK 300m", "SAR 75m", "RM15m", "MX$60m", "$6.5m"]),
        "round": rng.choice(["seed", "Series A", "Series B", "pre-Series A", "Series C"]),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "stars": rng.choice(["4.2", "4.5", "4.7", "4.8", "3.9"]), "hijri": rng.choice(["1444", "1445", "1446"]),
        "aud": rng.choice(_AUDIENCES), "res": rng.choice(_RESULTS), "tac": rng.choice(_TACTICS),
        "stores": str(rng.randint(40, 2200)), "k": str(rng.randint(20, 950)),
        "tag": rng.choice(["Stoptober", "SelfCareWeek", "AskYourPharmacist", "EyeHealthWeek", "Movember", "DryJanuary"]),
        "handle": rng.choice(["@BootsUK", "@SpecsaversUK", "@kry_se", "@caringpharmacy", "@nahdicare", "@FarmaciasAhorro"]),
    }  # fmt: skip


CLAIMS = [
    "{aud} trust a pharmacist's advice more than an influencer's", "{tac} raise {res} among {aud}",
    "{B} could use {tac} to win back lapsed customers", "health apps lose most of their users within the first month",
    "perceived usefulness matters more than ease of use for {aud}", "price is rarely the main reason {aud} switch pharmacy",
    "trust in the brand lowers the perceived risk of buying medicines online", "{tac} work best when a clinician is visible",
    "wellness consumers see supplements as part of their identity", "{aud} read health claims more sceptically than before",
    "service quality in pharmacies drives {res}", "telehealth is used most for repeat, low-risk needs",
    "{B}'s loyalty data could show which {aud} respond to {tac}", "privacy concerns slow the adoption of health apps",
    "advertising of medicines must inform rather than persuade", "the pharmacist's role is shifting from supply to care",
    "social proof in app stores shapes the first download", "halal certification matters to Muslim consumers of supplements",
    "convenience outweighs price for online pharmacy users", "{aud} expect the same service in store and in the app",
    "eye and hearing tests are entry points to a longer relationship", "fear appeals work less well than self-efficacy messages",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "In the Malaysian market", "In Saudi Arabia",
           "In Sweden", "In Ireland", "For a pharmacy chain such as {B}", "Since the pandemic", "More recently",
           "At the same time", "In the case of {B}", "From a services-marketing view"]  # fmt: skip
PLAIN = [
    "{B} runs a loyalty scheme, an app and a home-delivery service for prescriptions.",
    "The clinic team includes pharmacists, nurses and two audiologists.",
    "Most of {B}'s customers visit its stores for prescriptions and pick up other items on the way out.",
    "The app lets users book a consultation, order repeat medicines and track deliveries.",
    "Footfall in the smaller branches has not recovered since the pandemic.",
    "{O}, {C}.",
    "Primary research was carried out with customers of {B} and two competitors.",
    "The marketing team is small, and most content is produced in-house.",
    "Pharmacists are trusted, but many customers do not know which services they offer.",
    "{B}'s website has separate sections for patients, carers and health professionals.",
]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn from one city.",
    "{N} concluded that {C}.", "{N} showed that {C}, which is directly relevant to {B}.",
    "{N} reported that {C} in a survey of {aud}.", "{N} suggested that {C}.", "{N} noted that {C}.",
    "{N} highlights that {C}.", "{N} extended the technology acceptance model and found that {C}.",
    "{N} warned that {C} unless pharmacists are involved.", "{N} identified that {C}, especially for {aud}.",
    "{N} argue that {C} and that {C2}.", "{N} states that {C}.", "{N} estimated that {C}.",
    "{N} explains that {C}, for example through {tac}.", "{N} observed that {C} in both public and private settings.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} found, {C}.", "According to {N}, {C}.", "Following {N}, this report assumes that {C}.",
    "Echoing {N}, {C}.", "Building on {N}, it can be argued that {C}.", "{C}, as {N} pointed out.",
    "{C}, according to {N}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C} – a view shared by {N}.", "Research by {N} suggests that {C}.", "Data from {N} show that {C}.",
    "A survey by {N} found that {C}.", "{B} seems to follow {N}: {C}.", "{C}; however, {N} found the opposite for {aud}.",
    "In their study of pharmacy customers, {N} found that {C}.", "Evidence from {N} indicates that, for {aud}, {C}.",
    "{C}, which supports the findings of {N}.", "As noted by {N}, {C}.", "{C}, echoing {N}.",
    "{C}, building on the work of {N}.", "Unlike {B}, the firms studied by {N} found that {C}.",
    "The guidance issued by {N} makes clear that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} findings imply that {C}.",
    "{N} model explains why {C}.", "According to {N} survey, {C}.", "{B} could apply {N} recommendations, since {C}.",
    "{N} research shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.", "Studies in Malaysia and Saudi Arabia suggest that {C} {P}.",
    "{C}, particularly among {aud} {P}.", "{B} is no exception: {C} {P}.", "Some argue that {C} {P:cf.}.",
    "{C} {P:see, for example,}.", "{O}, it has been shown that {C} {P}.", "For {B}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, so {C2}.", "{C} {P} – yet {C2}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.", "{N} wrote that {Q}, a point {B} has yet to act on.",
    "{Q} {P}; the same holds for {B}.", "The point is that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘pharmacy first’", "‘quiet quitting’ of health apps", "‘worried well’", "‘self-care’", "‘wellness washing’",
                "‘digital front door’", "‘phygital’ pharmacy", "‘clean label’", "‘biohacking’"]  # fmt: skip
SCARE_FRAMES = [
    "Commentators now speak of the {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "The idea of the {Q} is now common in health retail {P}.", "{N} described the {Q} as a marketing opportunity.",
    "Many wellness brands rely on the {Q} {P}.", "What {N} call the {Q} is central to {B}'s offer.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your prescription is ready to collect’", "‘Time for your free eye test’", "“Hear what you’ve been missing”",
                 "‘Your {supp} is running low – reorder now’", "“Stoptober starts today: we’re here to help”",
                 "‘Book your winter flu jab in two taps’", "‘Your step streak is about to end!’",
                 "“Feeling run-down? Talk to a pharmacist today”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} had the highest open rate {P}.", "An email headed {Q} doubled bookings {P}.",
    "{B}'s reminder, {Q}, was sent to lapsed customers {P}.", "Messages such as {Q} build urgency {P}.",
    "{N} tested reminders like {Q} and found they raised adherence.", "The subject line {Q} performed best in A/B tests {P}.",
]  # fmt: skip

# Text with brackets, years, doses and names that is not a citation.
NOT_CITATIONS = {
    "product-dose-year": ["{B} launched its own-brand {supp} ({sdose}, {yr}) at a lower price than the market leader.",
                          "The range now includes {supp} gummies ({sdose} per gummy, relaunched {yr})."],
    "drug-dose-year": ["Demand for {drug} ({dose}) rose sharply after {yr}.",
                       "Private prescriptions for {drug} {dose} grew fastest in {yr}."],
    "drug-approval": ["{drug} was approved for weight management in the UK (approved by the MHRA in {yr}).",
                      "Pharmacies could sell {drug} once it was reclassified (POM to P, {yr})."],
    "device-approval": ["{dev} (CE marked in {yr}) is sold in selected stores.",
                        "Opticians promote {dev} (approved {yr}) to parents of short-sighted children."],
    "clinic-opening": ["{B} opened its first private clinic in {city} (March {yr}).",
                       "A walk-in clinic followed in {city} (opened {yr}, {k} appointments in the first month)."],
    "app-version": ["The redesigned app ({app} {ver}, released {yr}) added video consultations.",
                    "Ratings improved after the update ({app} v{ver}, {mo} {yr})."],
    "app-feature-year": ["{app} added a symptom checker ({yr}) and medication reminders ({yr2}).",
                         "The step challenge feature (launched {yr}) is used by about {pc}% of members."],
    "acquisition-year": ["{firm} bought a {k}-branch pharmacy chain in {city} ({yr}).",
                         "The chain was later acquired by {firm} ({yr}), which kept the brand."],
    "merger-year": ["{firm} and {firm2} agreed a merger of their online pharmacies ({yr}), later blocked.",
                    "After the merger ({yr}) the two loyalty schemes were combined."],
    "funding-round": ["{app}'s rival raised {amt} in a {round} round ({yr}).",
                      "The start-up's {round} round ({amt}, {mo} {yr}) paid for its launch in {city}."],
    "founder-year": ["The business was founded in {city} by {who} (a community pharmacist, founder in {yr}).",
                     "{who} (founder and chief executive since {yr}) still fronts its advertising."],
    "pharmacist-award": ["Its superintendent pharmacist, {who}, was named Pharmacist of the Year ({yr}).",
                         "The branch won Community Pharmacy of the Year (C+D Awards {yr})."],
    "founding-year-body": ["{body} (established in {founded}) regulates this market.",
                           "Customers trust {body} (founded {founded}) more than any single brand."],
    "campaign-year": ["{B} supported {camp} {yr} with free consultations in store.",
                      "Sales of nicotine patches rose during the campaign ({camp} {yr})."],
    "awareness-day": ["Free hearing checks were offered on {day} ({date} {yr}).",
                      "{B}'s social posts peaked around {day} {yr}."],
    "price-year": ["A month's supply cost {price} in {yr}, {pc}% less than at the nearest rival.",
                   "The subscription was priced at {price} a month ({yr} price list)."],
    "percentage-year": ["Online orders grew to {pc}% of sales ({yr}).",
                        "App users made up {pc}% of customers by {yr} (company data)."],
    "act-named": ["Advertising must comply with {act} and the CAP Code.",
                  "Customer data is held under {act}, so consent is recorded at sign-up."],
    "regulation-number": ["Medicines advertising is governed by Part 14 of the regulations (SI 2012/1916).",
                          "Devices sold in Ireland follow the EU rules (Regulation (EU) 2017/745)."],
    "survey-sample": ["Most respondents preferred a video consultation (n = {k}, {yr}).",
                      "The questionnaire was answered by {k} customers of {B} ({mo} {yr})."],
    "own-survey": ["Just over half of members said they would pay for a health check (own survey, {yr}).",
                   "Few customers knew the pharmacy offered blood-pressure checks (author's survey, {mo} {yr})."],
    "figure-table": ["The segments are shown below (Figure {q}).", "Competitors' prices are compared in the appendix (Table {q}, {yr})."],
    "financial-year": ["Revenue from services grew by {pc}% (FY{yy}).", "The clinic budget was cut in the {yr}/{yy} financial year."],
    "quarter": ["Downloads peaked in the first lockdown (Q2 2020).", "Sales of {supp} fell in the third quarter (Q{q} {yr})."],
    "currency-conversion": ["A consultation costs RM{k} (about £{pc} at {yr} rates).",
                            "The average basket was SAR 180 (approximately £38, {yr})."],
    "store-count": ["{B} had {stores} branches at the end of the year ({yr}).",
                    "The chain closed {k} stores ({yr}) to focus on online orders."],
    "app-rating": ["The app is rated highly by its users (App Store, {stars} stars, {yr}).",
                   "Reviews dropped after the redesign (Google Play rating {stars}, {mo} {yr})."],
    "ticker": ["The group is listed in Riyadh (Tadawul: 4164).", "Its parent company trades in London (LSE: HLN) and reports in sterling."],
    "handle-hashtag": ["The campaign ran under one hashtag (#{tag}{yr}).", "Customers ask questions on Instagram ({handle})."],
    "flu-season": ["Flu vaccinations in pharmacies rose in the last season (winter {yr}/{yy}).",
                   "The service is run each autumn ({mo} to March, since {yr})."],
    "lockdown-period": ["Online orders tripled during the lockdown (March to June 2020).",
                        "Footfall fell during the pandemic (2020–2021) and has not recovered."],
    "abbreviation-gloss": ["Medicines are classed as P (pharmacy-only) or GSL (general sale list).",
                           "The NPRA (National Pharmaceutical Regulatory Agency) must approve each product before sale."],
    "reclassification": ["{drug} became available without prescription (reclassified {yr}).",
                         "The switch from POM to P ({yr}) opened a new market for pharmacies."],
    "patent-expiry": ["Cheaper versions are expected once the patent expires ({yr2}).",
                      "Generic competition began after exclusivity ended ({yr})."],
    "recall": ["One batch was withdrawn from sale (batch recall, {mo} {yr}).",
               "The brand recovered slowly after the recall ({yr})."],
    "trademark-since": ["Its best-known line (No7, sold since 1935) is still the biggest seller.",
                        "The pregnancy range (Pregnacare®, on sale since 1985) leads its segment."],
    "pilot-scheme": ["A pilot in {k} pharmacies ({yr}–{yr2}) tested the weight-management service.",
                     "The hearing-check pilot ran in {city} ({mo} {yr}) before the national roll-out."],
    "subscriber-count": ["The app had {k},000 paying members by {yr}.", "Active users passed {k},000 ({mo} {yr})."],
    "sponsorship-event": ["{B} was the official health partner of the {city} marathon ({yr}).",
                          "The brand had a stand at The Pharmacy Show (NEC Birmingham, October {yr})."],
    "hijri-year": ["Sales of vitamins rose during Ramadan {hijri} (AH) compared with the year before.",
                   "The campaign ran in Ramadan ({hijri} AH / {yr}) across all branches."],
    "vision-programme": ["Private clinics are growing under the government's reform plan (Vision 2030).",
                         "Digital health is a priority of the national plan (the Malaysia MADANI framework, launched in 2023)."],
    "local-term-gloss": ["Sweden's pharmacy monopoly ended in 2009 (omregleringen, the re-regulation).",
                         "Many Mexicans see a doctor at the pharmacy (consultorio adyacente a farmacia, pharmacy-adjacent clinic)."],
    "malay-term-gloss": ["Traditional remedies (ubat tradisional) need a separate registration.",
                         "Products must carry a registration number (MAL {yr}{k}X) on the pack."],
    "cross-reference": ["The segments are discussed further below (see Section {q}.2).", "This links to the SWOT analysis (Appendix {q})."],
    "growth-range": ["The market grew steadily ({yr}–{yr2} CAGR: {pc}%).", "Spending on supplements rose by {pc}% ({yr} to {yr2})."],
    "opening-hours": ["The flagship store is open late (8am to 10pm, seven days, since {yr}).",
                      "Branches in the Gulf stay open late during Ramadan (9pm to 2am)."],
    "dose-guideline": ["Adults are advised to take {supp} daily ({sdose}) in autumn and winter.",
                       "Pharmacists check the dose before a sale (maximum {dose} at a time)."],
    "model-name": ["The analysis uses two models (UTAUT2 and the 7Ps).", "Customer journeys were mapped with the usual stages (AIDA)."],
    "award-year": ["The app won a national design award (Best Health App, {yr}).",
                   "{B} was rated a Which? Recommended Provider ({yr})."],
}  # fmt: skip
