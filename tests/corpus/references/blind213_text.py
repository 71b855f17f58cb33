"""The blind213 pool's prose: marketers in pet care, veterinary practice groups and animal health in the UK, Ireland,
the Netherlands and the United States (pet-food makers, pet retailers and insurers, vet groups, equine and
farm-animal health firms, rescue charities, Crufts and agencies) writing CIM Level 6 and 7 reports and MBA
assignments in English.

Written without reading the checker, its tests or any other pool. Frames use the common fill values and these of
the pool's own (see ``values``): {breed} a breed, {pop} millions of pets, {kg} a pack size, {mg} a tablet strength,
{prod} a veterinary medicine, {vac} a vaccine, {yr} a recent year, {fy} a financial year, {gbp} pounds, {eur}
euros, {prem} a monthly premium, {xs} an excess, {pr} a count of practices, {rc} a membership number, {pc} a
percentage, {city} a town, {food} a pet-food range and {ch} a channel.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Pets at Home", "Purina", "Royal Canin", "Lily's Kitchen", "Butternut Box", "tails.com", "Petplan",
          "ManyPets", "Medivet", "Vets4Pets", "Jollyes", "Harringtons", "Forthglade", "Pooch & Mutt", "Bella & Duke",
          "Burns Pet Nutrition", "Webbox", "Whiskas", "Pedigree", "Dreamies", "Lintbells", "Zooplus", "Chewy",
          "Petco", "Bravecto", "NexGard", "Agria", "Animal Friends", "Petsure", "Pet Drugs Online", "Edgard & Cooper",
          "Yora", "Barking Heads", "Applaws", "Scrumbles", "Vet's Klinic", "Joii", "FirstVet", "PetLab Co.",
          "Monster Pet Supplies", "Wainwright's", "AniCura", "Dutch Pet Food Co."]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "breed": rng.choice(["French bulldog", "cockapoo", "Labrador retriever", "dachshund", "Cavalier King Charles spaniel",
                             "border collie", "pug", "cocker spaniel", "Maine Coon", "Ragdoll", "English bulldog", "cavapoo"]),
        "pop": rng.choice(["10.6", "11", "12", "13", "9.6", "10.8", "11.1"]), "kg": rng.choice(["1.5", "2", "3", "7", "10", "12", "14", "15"]),
        "mg": rng.choice(["3.6", "5.4", "16"]),
        "prod": rng.choice(["Bravecto", "Apoquel", "NexGard Spectra", "Simparica Trio", "Librela", "Solensia", "Cytopoint",
                            "Credelio", "Metacam", "Drontal", "Advocate", "Seresto"]),
        "vac": rng.choice(["Nobivac L4", "Versican Plus", "Purevax RCP", "Canigen", "Equilis Prequenza", "Bovilis BVD"]),
        "yr": str(rng.randint(2016, 2025)), "fy": rng.choice(["FY2023/24", "FY24", "FY2022/23", "FY25", "FY2024/25"]),
        "gbp": str(rng.randint(150, 450)), "eur": str(rng.randint(35, 900)), "prem": str(rng.randint(9, 96)),
        "xs": rng.choice(["99", "120", "150", "175", "250", "300"]), "pr": f"{rng.randint(1, 2)},{rng.randint(100, 999)}",
        "rc": str(rng.randint(7000000, 7999999)), "pc": str(rng.randint(4, 79)),
        "city": rng.choice(["Birmingham", "Leeds", "Cork", "Galway", "Utrecht", "Eindhoven", "Austin", "Ohio", "Cheshire", "Bristol"]),
        "food": rng.choice(["Adult 7+", "Puppy Large Breed", "Senior 11+", "Sterilised Cat", "Light Adult", "Kitten 1-12 months",
                            "Sensitive Skin & Stomach", "Grain Free Turkey"]),
        "ch": rng.choice(["Instagram", "TikTok", "email", "the app", "paid search", "in-store events", "Facebook groups"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}, which matters for {B}.", "{N} reported that {C} in UK practices.",
    "{N} concluded that {C}, although the sample was mostly dog owners.", "{N} suggested that {C}.",
    "{N} showed that {C}; {B} has yet to act on this.", "{N} observed that {C} among {A}.",
    "{N} identified three reasons why {C}.", "{N} state that {C}.", "{N} questioned whether {C}.",
    "{N} makes the point that {C}, particularly after the pandemic puppy boom.",
    "{N} surveyed {n} owners and found that {C}.", "{N} warned that {C} unless practices explain their fees.",
    "{N} noted that, since {Y}, {C}.", "{N} described the pet as a family member and argued that {C}.",
    "{N} went further, claiming that {C} and that {C2}.", "{N} compared corporate and independent practices and found that {C}.",
    "{N} highlights that {C}, e.g. in the premium cat food segment.",
    "{N} interviewed vets in {city} and concluded that {C}.", "{N} believe that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} pointed out.", "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.",
    "Research by {N} suggests that {C}.", "A survey by {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "Data from {N} show that {C}.",
    "In their study of Irish and Dutch practices, {N} found that {C}.", "{C}, according to {N}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "It could be argued, following {N}, that {C}.",
    "{C}; however, {N} found the opposite for cat owners.", "As {N} put it, {C}.",
    "The work of {N} is useful for {B} because {C}.", "For {B}, the lesson from {N} is that {C}.",
    "Unlike {B}, the practice groups studied by {N} found that {C}.", "{O}, research published by {N} showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "{N} survey of pet owners found that {C}.", "{O}, {N} report concluded that {C}.",
    "Using {N} framework, it is clear that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} findings matter here because {C}.", "This reflects {N} argument that {C}.",
    "{N} analysis of the vets market suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "{C}, especially among first-time dog owners {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "A key point for {B} is that {C} {P}.",
    "{C}. {P}", "Owners now treat their pets as family, and spend accordingly {P}.",
    "{C} {P:see also}.", "{C}, as several UK and Irish studies show {P:for example,}.",
    "Pet ownership rose sharply during lockdown and has since levelled off {P}.",
    "Around half of UK adults own a pet {P}.", "{C}, which is why {B} invests in {ch} {P}.",
    "Recent data confirm this – {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{C} {P}: this means that {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "owners treat their pets as members of the family and spend accordingly",
    "{A} are willing to pay more for premium pet food with natural ingredients",
    "trust in vets falls when owners feel fees are not explained",
    "corporate vet groups have raised prices faster than independent practices",
    "pet insurance premiums rise sharply as an animal ages",
    "subscription models improve {R} for pet-food brands",
    "{B} relies on {T} more than its rivals do",
    "the pandemic brought many first-time owners into the market",
    "owners rarely compare vet prices before treatment",
    "cat owners are less likely than dog owners to insure their pets",
    "wellness plans spread the cost of preventive care and build loyalty",
    "owners look to social media for advice before they ask a vet",
    "brachycephalic breeds carry health costs that buyers underestimate",
    "online pharmacies have put pressure on practice margins",
    "sustainability claims on pet food packaging are often vague",
    "{A} respond better to rescue stories than to product claims",
    "vet nurses are central to client communication",
    "the humanisation of pets has driven demand for fresh and human-grade food",
    "farmers buy animal health products on the advice of their vet rather than from advertising",
    "{T} works best for {B} when it is tied to a clear welfare message",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "In Ireland", "In the Netherlands",
    "For {B}", "Since the pandemic", "From the owner's perspective", "Nevertheless", "In the US market",
    "Within companion animal practice", "As a result", "Overall", "Turning to the vets market", "For {B}'s marketing team",
]  # fmt: skip
PLAIN = [
    "{B} sells through its stores, its website and a subscription app.",
    "This report analyses {B}'s marketing environment and makes recommendations for the next year.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is falling.",
    "A PESTLE analysis of the UK pet care market is included in the appendix.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "The main competitors are {B} and two smaller online-only brands.",
    "Task 2 builds on this by proposing a content plan for the practice group.",
    "The client is a group of six small-animal practices in the Midlands.",
    "Interviews were held with two practice managers and a head nurse.",
    "The brand's target segment is young urban dog owners with disposable income.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study of pet owners concluded that {Q} {P}.",
    "As {N} put it, {Q}.", "The point is made directly that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘pet parents’", "‘fur babies’", "‘humanisation’", "‘premiumisation’", "‘pandemic puppies’",
                "‘vet-recommended’", "‘human-grade’", "‘adopt, don't shop’", "'petfluencers'", "“natural”",
                "‘one-stop shop’", "‘the corporatisation of vets’", "'grain-free'"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now talk of {Q} as a market in its own right {P}.", "{B} calls its customers {Q} {P}.",
    "So-called {Q} has become a growing concern for the sector {P}.", "The term {Q} is used loosely on pack fronts {P}.",
    "Critics describe this trend as {Q}, and {B} is not immune {P}.", "Younger owners respond to {Q} messaging {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Is your dog due a booster?’", "‘Your pet’s wellness plan renews soon’", "“Free nail clip with any grooming”",
                 "‘Woof! 20% off your first box’", "‘Summer heat: keep your dog safe’", "'Your flea treatment is due'",
                 "‘We miss Bella – book a check-up’", "“Your order has been dispatched”", "‘New recipe, same love’",
                 "‘Last chance: double VIP points’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its reminder emails {P}.",
    "Short, friendly copy ({Q}, for example) works well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.", "The email {Q} was opened by more owners than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, figures or names that is no citation and must raise no problem.
NOT_CITATIONS = {
    "breed-standard": [
        "The French bulldog breed standard (revised 2021) now asks for a visible nostril.",
        "The {breed} breed standard was last updated in {yr}, after pressure from welfare groups.",
        "Judges now follow the revised standard (effective 1 January {yr}) for flat-faced breeds.",
    ],
    "breed-registrations": [
        "Registrations of the {breed} fell sharply (down {pc}% in {yr}).",
        "The {breed} was the most registered breed for the third year running ({yr}).",
        "French bulldogs overtook Labradors in the registration tables in 2018.",
    ],
    "pet-population": [
        "There were around {pop} million dogs in UK homes in {yr}.",
        "The UK has an estimated {pop} million pet cats (2023 figures).",
        "Dog ownership rose to {pc}% of households (2021–22) before falling back.",
    ],
    "pet-food-formula": [
        "{B}'s {food} recipe is its best seller in the senior segment.",
        "The {food} range (dry, {kg} kg) is sold through vets only.",
        "The new {food} formula has {pc}% fresh meat and no added sugar.",
    ],
    "pack-size": [
        "The {kg} kg bag costs £{prem}.99, making it the cheapest per feed.",
        "Larger packs (12 kg and 15 kg) account for most online sales.",
        "A trial pack (400 g) is sent free with every first order.",
    ],
    "product-dose": [
        "Apoquel {mg} mg tablets are prescribed according to the dog's weight.",
        "Metacam 1.5 mg/ml oral suspension is dispensed after most neuters.",
        "The pipette (2.5–{kg} kg dog) lasts one month.",
    ],
    "product-launch": [
        "Bravecto (launched 2014) changed the flea market by lasting twelve weeks.",
        "{prod} (approved in the UK in {yr}) is now a key product for the practice.",
        "Librela, which arrived in 2021, is given as a monthly injection.",
    ],
    "vaccine-name": [
        "Most practices use {vac} for the primary course.",
        "The leptospirosis vaccine (L4, introduced 2012) caused concern among some owners.",
        "Horses need a flu booster (Equilis Prequenza) every twelve months to compete.",
    ],
    "act-year": [
        "The Animal Welfare Act 2006 places a duty of care on every owner.",
        "Under the Veterinary Surgeons Act 1966, only vets may diagnose and treat animals.",
        "The Animal Welfare (Sentience) Act 2022 created a sentience committee.",
        "The Dangerous Dogs Act 1991 was extended to cover XL bully dogs.",
    ],
    "regulations-year": [
        "The Veterinary Medicines Regulations 2013 set the rules for advertising prescription medicines.",
        "The Animal Welfare (Licensing of Activities Involving Animals) (England) Regulations 2018 cover dog breeders.",
        "The Microchipping of Dogs (England) Regulations 2015 came into force in April 2016.",
    ],
    "pet-travel": [
        "The Pet Travel Scheme (2001) let dogs travel without quarantine.",
        "Since Brexit, an Animal Health Certificate (valid for 10 days) is needed for travel to the EU.",
        "Pet passports issued in Great Britain are no longer valid for EU travel (since 1 January 2021).",
    ],
    "rabies-rule": [
        "Dogs must be vaccinated against rabies at least 21 days before travel.",
        "A rabies blood test (at least 30 days after vaccination) is needed for some countries.",
        "Tapeworm treatment (1 to 5 days before arrival) is required for dogs entering Ireland.",
    ],
    "microchip-rule": [
        "Microchipping became compulsory for dogs in England in 2016 and for cats in June 2024.",
        "Cats must be chipped by 20 weeks of age (from 10 June 2024).",
        "Owners face a fine of up to £500 if their cat is not chipped.",
    ],
    "cma-investigation": [
        "The CMA's market investigation (opened in May 2024) looks at vet prices and medicines.",
        "The vets market review (launched September 2023) found that owners rarely compare prices.",
        "The investigation's final report is due in {yr}, with price lists as a likely remedy.",
    ],
    "show-year": [
        "At Crufts 2023, {B} sponsored the agility ring.",
        "A Lagotto Romagnolo won Best in Show at Crufts 2023.",
        "The brand's stand at Crufts {yr} drew more visitors than any other.",
    ],
    "best-in-show": [
        "A Wire Fox Terrier took Best in Show in 2019 and again at Westminster.",
        "The Best in Show winner (2019) became the face of the campaign.",
        "Westminster's Best in Show (2024) went to a miniature schnauzer.",
    ],
    "practice-count": [
        "IVC Evidensia now owns around {pr} practices across Europe.",
        "The six largest groups own about 60% of UK practices (up from 10% in 2013).",
        "{B} runs {n} sites (as of March {yr}), most of them joint-venture practices.",
    ],
    "insurance-premium": [
        "Lifetime cover for a {breed} costs about £{prem} a month.",
        "Average premiums rose by {pc}% in a single year ({yr}).",
        "Cover for a young cat starts at £{prem} a month (£{xs} excess).",
    ],
    "insurance-excess": [
        "Most policies carry a £{xs} excess and a {pc}% co-payment for older pets.",
        "Claims under £{xs} are not worth making for many owners.",
        "The co-payment (20% from age 9) surprises many owners.",
    ],
    "vet-fees": [
        "A standard consultation costs £7{q} at some practices (2024 price list).",
        "Out-of-hours visits (£{gbp} before treatment) are a common complaint.",
        "A dental under anaesthetic costs between £{gbp} and £2,900.",
    ],
    "rcvs-code": [
        "The Code of Professional Conduct (section 14) covers advertising by practices.",
        "Vets must give clients a written estimate (Code, chapter 9) before costly treatment.",
        "Under the 'under care' rules (updated September 2023), remote prescribing is allowed in some cases.",
    ],
    "membership-number": [
        "Each vet's registration number (e.g. RCVS no. {rc}) appears on prescriptions.",
        "Prescriptions must carry the vet's membership number ({rc}).",
        "The practice's premises number (RCVS PSS {n}) is shown on its website.",
    ],
    "rescue-founding": [
        "Battersea (1860) is one of the oldest rescue centres in the world.",
        "Dogs Trust was founded in 1891 as the National Canine Defence League.",
        "Cats Protection (founded 1927) rehomes around 150 cats a day.",
        "Blue Cross began in 1897 as Our Dumb Friends' League.",
    ],
    "pandemic-puppy-boom": [
        "The pandemic puppy boom (2020–21) brought about 3.2 million new pets into UK homes.",
        "Many 'lockdown puppies' (bought in 2020) were later handed to rescues.",
        "Puppy prices more than doubled during lockdown (March 2020 to March 2021).",
    ],
    "awards": [
        "{B} won Pet Retailer of the Year at the Pet Industry Federation Awards 2022.",
        "The practice was named Practice of the Year at the {yr} Petplan Veterinary Awards.",
        "The campaign won gold at the Drum Awards for Marketing ({yr}).",
    ],
    "person-title": [
        "Dr Sarah Ní Bhriain MRCVS leads the group's clinical board.",
        "The practice is run by Professor Tom Harris BVSc PhD DipECVS MRCVS.",
        "The brand's vet, Dr Anna van Dijk DVM, appears in every video.",
        "Interviews included Mark O'Connor (Head of Marketing) and Jo Patel RVN.",
    ],
    "financial-year": [
        "Group revenue grew strongly in {fy}.",
        "{B}'s like-for-like sales rose {pc}% ({fy}).",
        "The vet division's margin fell in {fy} as wages rose.",
    ],
    "revenue-figure": [
        "Pets at Home's revenue reached £1.48bn (FY24).",
        "The UK pet food market was worth £3.{q}bn in {yr}.",
        "US pet industry spending passed $147 billion in 2023.",
    ],
    "stock-ticker": [
        "CVS Group (AIM: CVSG) is listed on London's junior market.",
        "Zoetis (NYSE: ZTS) spun out of Pfizer in 2013.",
        "Pets at Home (LSE: PETS) is a FTSE 250 company.",
    ],
    "survey-sample": [
        "Most owners said price mattered most (n = {n}).",
        "The survey ran in {city} for two weeks (n = {n}, {yr}).",
        "Only a minority had compared vet prices ({pc}% of {n} respondents).",
    ],
    "cross-reference": [
        "The persona (Appendix {q}) is based on five owner interviews.",
        "Costs are set out in the budget (Table {q}).",
        "See Section 3.{q} for the competitor analysis.",
    ],
    "price-promotion": [
        "{B} offered 30% off the first box (new customers only).",
        "Treats were sold on a multi-buy (3 for £10) in the run-up to Christmas.",
        "The VIP club gives a free bag after nine (10th bag free).",
    ],
    "life-stage": [
        "Senior dogs (aged 7+) need fewer calories and more joint support.",
        "Kittens (up to 12 months) are fed four small meals a day.",
        "The large-breed puppy range is for dogs that will weigh over 25 kg as adults.",
    ],
    "euro-price": [
        "In Ireland, a vaccination costs around €{eur} (2024).",
        "Dutch owners pay about €{eur} a year for basic cover.",
        "A spay in Cork costs €{eur} at the charity clinic.",
    ],
    "dutch-irish-term": [
        "Dutch owners visit the dierenarts (vet) less often than British ones.",
        "The campaign was run in Irish (‘Madra sona’, happy dog) for Seachtain na Gaeilge.",
        "Dierenambulance (animal ambulance) services are run by volunteers in most Dutch towns.",
    ],
    "medicine-category": [
        "Most flea treatments are POM-VPS, so a vet, pharmacist or SQP may supply them.",
        "Prescription medicines (POM-V) may not be advertised to the public.",
        "Wormers sold in pet shops are NFA-VPS or AVM-GSL products.",
    ],
    "fda-approval": [
        "Solensia was approved by the FDA in January 2022 for cats with arthritis.",
        "The FDA's CVM approved the first feline monoclonal antibody in 2022.",
        "In the US, pet food is regulated by the FDA and the states under AAFCO model rules.",
    ],
    "antimicrobial-sales": [
        "Sales of antibiotics for food-producing animals fell to 25.6 mg/PCU in {yr}.",
        "Antibiotic use in pigs halved between 2015 and 2020.",
        "Sales of highest-priority critically important antibiotics are now under 0.1 mg/PCU.",
    ],
    "livestock-census": [
        "England had around 9.6 million cattle (June {yr} census).",
        "The Dutch dairy herd shrank to 1.5 million cows in {yr}.",
        "Ireland's suckler herd fell by {pc}% (2019–2024).",
    ],
    "disease-outbreak": [
        "Bluetongue returned to England in November 2023, hitting sheep farms.",
        "The avian influenza season (2021–22) was the worst on record.",
        "Alabama rot cases peaked in the winter of {yr}.",
    ],
    "equine-passport": [
        "Every horse must have a passport and a microchip (since October 2020).",
        "The Central Equine Database (launched 2019) holds records for over a million horses.",
        "Equine flu vaccination rules were tightened after the 2019 outbreak.",
    ],
    "xl-bully-ban": [
        "The XL bully ban (from 31 December 2023) made it illegal to sell or rehome the dogs.",
        "Owners had until 1 February 2024 to get an exemption certificate.",
        "Rescues reported a rise in XL bully surrenders in late 2023.",
    ],
    "event-date": [
        "London Vet Show (16–17 November {yr}) is the main trade event of the year.",
        "BSAVA Congress (20–22 March {yr}) moved to Manchester for one year.",
        "The brand launched its range at PATS Telford ({d} September {yr}).",
    ],
    "loyalty-scheme": [
        "The VIP Club has around 7 million active members.",
        "{B}'s Easy Health plan (£{prem} a month) includes vaccinations and flea treatment.",
        "Members get 10% off in store (Puppy and Kitten Club).",
    ],
    "handle-or-hashtag": [
        "The charity's #AdoptDontShop posts (on {ch}) reach younger owners.",
        "{B} replies to owners on X (@PetsHelpUK) within an hour.",
        "The #Crufts{yr} hashtag trended for four days.",
    ],
    "phone-or-address": [
        "Owners can book online or call (0800 {n} 4321).",
        "The flagship store is at Junction {q} retail park, {city}.",
        "Out-of-hours cover is provided by a partner (24/7, 365 days a year).",
    ],
    "heat-warning": [
        "Dogs should not be walked in the heat of the day (above 25°C).",
        "Pavements can reach 50°C on a hot day (air temperature 25°C).",
        "The charity's 'Dogs die in hot cars' message runs every summer.",
    ],
    "qualification-level": [
        "This assignment is submitted for the CIM Level 7 Diploma in Professional Marketing.",
        "The brief for Module {q} (Level 6, Marketing and Digital Strategy) asks for a costed plan.",
        "The report is 3,000 words (± 10%), excluding appendices.",
    ],
    "abbreviation": [
        "The Veterinary Medicines Directorate (VMD) regulates medicines, not practices.",
        "Suitably qualified persons (SQPs) may sell some wormers in pet shops.",
        "The British Veterinary Association (BVA) runs breeding schemes for hips and elbows.",
        "Registered veterinary nurses (RVNs) make up most of the clinical team.",
    ],
    "slogan": [
        "Pedigree's 'Feed the good' line appears on every pack.",
        "The charity's message, ‘A dog is for life, not just for Christmas’, dates from 1978.",
        "{B}'s tagline, ‘Made for pets, loved by owners’, appears on every channel.",
    ],
}  # fmt: skip
