"""The blind324 pool's prose: marketers at veterinary practices and groups, pet insurers, animal-health and pet-food
brands, animal charities, kennels and pet-care platforms in the UK, Ireland, the Netherlands, Belgium, Australia and New
Zealand writing CIM Level 6 and 7 reports and MBA assignments in English on consolidation and trust, subscriptions and
health plans, insurance, pet-food premiumisation, welfare campaigns and digital-channel marketing.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one (``{P:see}`` writes "(see Author, 2020)"), ``{Q}`` a quotation, ``{C}`` and ``{C2}`` claims, ``{B}``
a brand, ``{O}`` an opener; ``{PET}``, ``{VET}``, ``{PLAN}``, ``{pc}``, ``{fee}`` and ``{cty}`` come from values().
NOT_CITATIONS holds text with brackets, years and quotation marks that cites nothing: famous animals, breeds, outbreaks,
laws, vets and founders, shows and awards, deals, launches, films and series, prices, counts and slogans.
"""

from __future__ import annotations

import random

BRANDS = ["IVC Evidensia", "CVS Group", "Medivet", "Pets at Home", "Vets4Pets", "Linnaeus", "VetPartners", "Petplan",
          "ManyPets", "Bought By Many", "Zoetis", "Boehringer Ingelheim Animal Health", "Royal Canin",
          "Hill's Pet Nutrition", "Lily's Kitchen", "Butternut Box", "Tails.com", "PDSA", "RSPCA", "Dogs Trust",
          "Blue Cross", "Battersea", "Rover", "Greencross Vets", "Petbarn", "Animates", "Anicura", "Vetsend",
          "Agria Pet Insurance", "Purina", "Harringtons", "Pooch & Mutt", "ISPCA", "SPCA New Zealand"]  # fmt: skip

_PETS = ["dog", "cat", "puppy", "kitten", "rabbit", "senior dog", "rescue dog"]
_VETS = ["Vets4Pets", "Medivet", "IVC Evidensia", "CVS", "Linnaeus", "VetPartners", "Greencross Vets", "Anicura"]
_PLANS = ["Pet Health Club", "Complete Care Plan", "Healthy Pet Club", "Pet Care Plan", "Puppy and Kitten Club",
          "Healthcare Plan"]  # fmt: skip
_COUNTRIES = ["the UK", "Ireland", "the Netherlands", "Belgium", "Australia", "New Zealand", "Flanders", "Scotland"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "PET": rng.choice(_PETS), "VET": rng.choice(_VETS), "PLAN": rng.choice(_PLANS),
        "pc": str(rng.randint(6, 64)), "fee": str(rng.randint(45, 95)), "cty": rng.choice(_COUNTRIES),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.", "{N} argue that {C}, which is a real risk for {B}.", "{N} concluded that {C}.",
    "{N} suggests that {C}.", "{N} reported that {C} in {cty}.", "{N} showed that {C}, particularly among {A}.",
    "{N} warned that {C}.", "{N} make the case that {C}; {B} appears to have taken note.",
    "{N} noted that, since {Y}, {C}.", "{N} explains how {C}.", "{N} identified that {C} and that {C2}.",
    "{N} is clear that {C}.", "{N} found, in a survey of {n} {PET} owners, that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} argued that {C}.", "This is supported by {N}, who found that {C}.",
    "{C}, as {N} point out.", "As {N} observe, {C}.", "{B} is a clear example: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "A report by {N} found that {C}.", "{C} – a view shared by {N}.",
    "{C}; however, {N} found the opposite for {A}.", "In their study of practices in {cty}, {N} found that {C}.",
    "Data from {N} show that {C}.", "For {VET}, the lesson from {N} is that {C}.",
    "Applying the services marketing mix described by {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{N} report found that {C}.",
    "{O}, {N} findings suggest that {C}.", "{B} could apply {N} model, since {C}.",
    "This reflects {N} argument that {C}.", "{N} survey of {PET} owners found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially for {PET} owners {P}.",
    "In {cty}, {C} {P}.", "A key point for {VET} is that {C} {P}.", "{C}. {P}",
    "Put simply, {C} {P}.", "{C} {P:see also}.", "The market grew by {pc}% over five years {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust an independent vet more than a corporate group", "health plans raise {R} among {PET} owners",
    "corporate consolidation has reduced choice for pet owners in many towns",
    "{PET} owners rarely compare vet prices before they book", "pet insurance premiums rise sharply as pets age",
    "subscription dog food appeals most to urban owners under 35", "{VET}'s {PLAN} locks in {R}",
    "owners increasingly treat their pets as members of the family", "premium pet food sells on human-grade claims",
    "the pandemic brought a surge of first-time owners who underestimated the cost of care",
    "clients value continuity of care over convenience", "price transparency builds trust in veterinary services",
    "charity campaigns work best when they tell one animal's story", "{T} helps vet groups reach {A}",
    "most owners research symptoms online before they call the practice",
    "cat owners visit the vet far less often than dog owners", "vet nurses are central to the client experience",
    "insurers that pay vets directly win more renewals", "raw and fresh feeding has moved from niche to mainstream",
    "rehoming charities compete with breeders on social media", "around {pc}% of owners would switch for a lower fee",
    "local branding hides the corporate owner of many practices", "telehealth suits triage more than treatment",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In the UK", "In Ireland", "Across the Netherlands",
    "In Australia and New Zealand", "For {B}", "Since the pandemic", "From the client's point of view",
    "In the context of {VET}", "Nevertheless", "As a result", "Within the pet-care sector", "Overall",
    "In terms of digital channels", "For a charity such as {B}",
]  # fmt: skip
PLAIN = [
    "{B} runs its own app, a website and a loyalty club, and most bookings are now made online.",
    "This report analyses {VET}'s marketing and makes recommendations for the next two years.",
    "The {PLAN} costs £{fee} a month and includes vaccinations, flea and worm treatment and a six-monthly check.",
    "A PESTLE analysis of the UK veterinary market is included in Appendix 2.",
    "{B} has over {n}k followers on Instagram, but few of its posts feature its vets.",
    "The main competitors are two corporate groups and an independent practice in the same town.",
    "Task 3 builds on this with a content plan for the practice's social channels.", "{O}, {C}.",
    "The recommendations are costed and phased over eighteen months.",
    "Ferrets, rabbits and guinea pigs are now seen at most first-opinion practices.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "{O}, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "{Q} {P}, and {B} has yet to act on it.", "{Q} {P}; this report agrees.",
    "{N} put it bluntly: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘fur babies’", "‘pet parents’", "‘the humanisation of pets’", "‘pawrents’", "‘vet-recommended’",
                "‘pandemic puppies’", "‘premiumisation’", "‘one welfare’", "‘human-grade’", "“fur family”"]  # fmt: skip
SCARE_FRAMES = [
    "Pet brands now speak to {Q} rather than owners {P}.", "{B} calls its customers {Q} {P}.",
    "Marketers describe this shift as {Q} {P}.", "The language of {Q} is now everywhere in pet retail {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Is {PET} due a booster? Book online today’", "‘Your {PLAN} renewal is coming up’",
                 "“Free nurse check for every new puppy”", "‘Your pet’s food is on its way’",
                 "‘Spring is here – so are the ticks’", "\"Meet our new vet in town\""]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate {P}.", "{B} sent the reminder {Q} to lapsed clients {P}.",
    "A subject line such as {Q} doubled bookings {P}.",
]  # fmt: skip

# Text with brackets, years and quotation marks that is no citation: none of it belongs in the reference list.
NOT_CITATIONS = {
    "famous-animal-year": [
        "Public interest in animal science peaked after the first cloned mammal (Dolly, 1996).",
        "The first animal to orbit the Earth (Laika, 1957) is still remembered in space museums.",
        "Sheep cloning (Dolly, 1996) made headlines for weeks in the UK press.",
    ],
    "loyal-dog-year": [
        "Edinburgh still tells the story of the terrier that guarded his master's grave (Greyfriars Bobby, 1872).",
        "The statue at Shibuya station (Hachikō, 1935) is used by {B} in its campaign about loyalty.",
        "Stories of loyal dogs (Greyfriars Bobby, 1872; Hachikō, 1935) are reused endlessly in pet advertising.",
    ],
    "pet-celebrity-year": [
        "Wellington still loves the Airedale who roamed the city (Paddy the Wanderer, 1928).",
        "Downing Street's Chief Mouser (Larry, 2011) has more followers than some ministers.",
        "{B} borrowed the idea of a working cat (Larry, 2011) for its social media.",
    ],
    "breed-cross-year": [
        "The first guide-dog cross (Labradoodle, 1989) started the fashion for designer dogs.",
        "Crossbreeds such as the Cockapoo (Cockapoo, 1960) now top puppy searches.",
        "Designer crosses (Labradoodle, 1989) are now among the most insured dogs.",
    ],
    "breed-recognition-year": [
        "The breed was finally accepted by the breed registry (Kennel Club recognition, 2017).",
        "Owners of the newer breeds (Kennel Club recognition, {Y}) tend to be younger and more active online.",
    ],
    "outbreak-year": [
        "Rural practices still remember the crisis (foot-and-mouth, 2001) that closed the countryside.",
        "Consumer trust in meat-based pet food fell sharply after the beef crisis (BSE, 1996).",
        "Farm animal vets were stretched to breaking point (foot-and-mouth, 2001; bluetongue, 2007).",
    ],
    "disease-year": [
        "Dog walkers in the New Forest were warned about a mysterious illness (Alabama rot, 2012).",
        "Vaccination became routine after the first epidemic (parvovirus, 1978).",
        "Poultry keepers in {cty} had to house their birds (bird flu, 2022).",
    ],
    "act-year": [
        "Owners have a legal duty of care (Animal Welfare Act, 2006).",
        "Breed-specific rules in England are not new (Dangerous Dogs Act, 1991).",
        "The practice must follow the law on prescribing (Veterinary Surgeons Act, 1966).",
    ],
    "named-law-year": [
        "Third-party puppy sales were banned in England (Lucy's Law, 2020).",
        "Service animals gained extra protection (Finn's Law, 2019) after a police dog was stabbed.",
        "Campaigns such as Lucy’s Law (2020) show how a single dog's story can change policy.",
    ],
    "ban-year": [
        "Rehoming charities saw a rise in surrendered dogs (XL Bully ban, 2023).",
        "Insurers changed their cover for the breed (XL Bully ban, 2023) within weeks.",
    ],
    "regulator-review-year": [
        "The market investigation into vet prices (CMA review, 2023) put corporate groups on the defensive.",
        "{VET} published its prices online once the inquiry began (CMA review, 2023).",
    ],
    "vet-author-year": [
        "Thirsk still trades on its most famous vet (Herriot, 1970) through a museum in his old surgery.",
        "A generation chose veterinary science after reading about the Yorkshire Dales (Herriot, 1970).",
    ],
    "founder-year": [
        "The charity began as a free dispensary in Whitechapel (Maria Dickin, 1917).",
        "Its founder's story (Maria Dickin, 1917) still opens the charity's brand book.",
    ],
    "vet-personality-year": [
        "The specialist referral centre set up by Noel Fitzpatrick (2008) is now a brand in its own right.",
        "Television has made celebrities of vets such as Noel Fitzpatrick (2008 onwards).",
    ],
    "celebrity-year": [
        "Australia Zoo kept its founder's message alive after his death (Steve Irwin, 2006).",
        "Wildlife conservation was linked to one presenter for a generation (Steve Irwin, 2006).",
    ],
    "brand-founders-year": [
        "The brand began in a London kitchen with a dog and her owner (Lily and Henrietta, 2008).",
        "Its origin story (Lily and Henrietta, 2008) is printed on every box of Lily's Kitchen food.",
    ],
    "show-year": [
        "The world's largest dog show (Crufts, 1891) still draws huge television audiences.",
        "{B} sponsors a stand at the famous show (Crufts, 1891) every March.",
    ],
    "award-year": [
        "Breeders' sales rise after a win at the NEC (Best in Show, 2023).",
        "The Australian Shepherd's win (Best in Show, {Y}) led to a rush of enquiries.",
    ],
    "medal-year": [
        "The animals' Victoria Cross (PDSA Dickin Medal, 1943) is awarded for gallantry.",
        "The charity's heritage (PDSA Dickin Medal, 1943) gives its brand unusual depth.",
    ],
    "campaign-year": [
        "The rehoming hashtag (Adopt Don't Shop, 2019) is now used by most UK charities.",
        "Rescues in {cty} used the same message (Adopt Don't Shop, {Y}) in their paid social.",
    ],
    "awareness-month-year": [
        "Practices run open days every April (National Pet Month, 2022).",
        "{B} timed its health-plan promotion to the awareness campaign (National Pet Month, 2022).",
    ],
    "merger-year": [
        "The pet-care giant then bought a US hospital chain (Mars and VCA, 2017).",
        "Two of Europe's largest groups combined (IVC and Evidensia, 2017).",
        "Private equity bought the combined group (EQT and IVC, 2017).",
    ],
    "takeover-year": [
        "The world's largest pet-food company was formed by a takeover (Nestlé Purina, 2001).",
        "Consolidation in pet food (Nestlé Purina, 2001) came twenty years before consolidation in vet care.",
    ],
    "brand-launch-year": [
        "Britain's best-known dog biscuit (Bonio, 1932) is still on supermarket shelves.",
        "Tinned dog food became mainstream with one brand (Pedigree Chum, 1964).",
        "The cat food famous for its black-and-white cat (Felix, 1989) changed how pet food was advertised.",
    ],
    "insurer-founded-year": [
        "Lifetime pet cover was pioneered in the UK (Petplan, 1976) long before comparison sites.",
        "The insurer's long history (Petplan, 1976) is central to its trust messaging.",
    ],
    "film-year": [
        "Collies became fashionable after a Hollywood film (Lassie, 1943).",
        "Labrador puppy sales rose after the film (Marley & Me, 2008).",
    ],
    "tv-series-year": [
        "The BBC series (All Creatures Great and Small, 1978) romanticised country practice.",
        "Channel 4's documentary series (The Supervet, 2014) showed owners what specialist surgery can do.",
        "The remake (All Creatures Great and Small, 2020) brought the brand to a younger audience.",
    ],
    "price-year": [
        "The average cost of owning a dog is now about £1,200 a year (2023).",
        "A routine consultation costs about £{fee} in most practices ({Y} prices).",
        "Owners in {cty} spend around £{n} a year on insurance (2024 average).",
    ],
    "count-year": [
        "There are about 12 million dogs in UK homes (2022).",
        "Ireland has around {n},000 registered dogs (2021 estimate).",
        "Some 3.2 million households acquired a pet during lockdown (2020–21).",
    ],
    "slogan": [
        "Dogs Trust’s slogan, ‘A dog is for life, not just for Christmas’, has run since 1978.",
        "The message “A dog is for life, not just for Christmas” is still used every December.",
        "The PDSA’s line ‘Every Pet Deserves a Vet’ frames its whole fundraising strategy.",
    ],
    "brand-tagline": [
        "The practice group's tagline, ‘Because they’re family’, is printed on its vans.",
        "The claim ‘9 out of 10 vets feed their own pets’ would need evidence under the CAP Code.",
        "The insurer's line “We’ve got them covered” tested well with {A}.",
    ],
    "year-figures": [
        "Claims rose faster than premiums (2022 premiums).",
        "The average claim was £{n} higher ({Y} claims data).",
        "Renewals fell slightly (2023 renewals: {pc}% retained).",
    ],
    "financial-year": [
        "Like-for-like sales grew by {pc}% (FY2024).",
        "The group's vet arm delivered most of the profit (year to March 2024).",
        "Revenue passed £{n}m for the first time (FY23).",
    ],
    "microchip-year": [
        "All dogs in England must be microchipped (compulsory microchipping, 2016).",
        "The rule now covers cats as well (cat microchipping, 2024).",
    ],
    "pet-travel-year": [
        "Owners could take their pets abroad without quarantine (Pet Travel Scheme, 2000).",
        "The rules changed again after Brexit (animal health certificate, 2021).",
    ],
    "product-launch-year": [
        "Zoetis built a large brand around an itch treatment (Apoquel, 2013).",
        "Chewable flea treatments (Bravecto, 2014) changed how practices sell parasite control.",
    ],
    "dutch-law-year": [
        "In the Netherlands the rules sit in one statute (Wet dieren, 2013).",
        "Dutch breeders of short-nosed dogs face strict rules (fokverbod, 2019).",
    ],
    "irish-law-year": [
        "Irish breeders must be registered (Dog Breeding Establishments Act, 2010).",
        "Greyhound welfare in Ireland was tightened by statute (Greyhound Racing Act, 2019).",
    ],
    "treaty-year": [
        "Any campaign in Aotearoa should respect the founding document (Te Tiriti o Waitangi, 1840).",
        "Government services in New Zealand must honour the treaty (Te Tiriti o Waitangi, 1840).",
    ],
    "disaster-year": [
        "Animal rescue groups gained national attention during the bushfires (Black Summer, 2019–20).",
        "Pets were left behind in the evacuation (Christchurch earthquake, 2011).",
        "Wildlife carers were overwhelmed (Black Saturday, 2009).",
    ],
    "pandemic-year": [
        "Puppy prices doubled in a year (lockdown, 2020).",
        "Many of the dogs handed in were bought online (pandemic puppies, 2020–21).",
    ],
    "record-animal-year": [
        "The oldest dog on record was an Australian cattle dog (Bluey, 1939).",
        "Longevity stories (Bluey, 29 years) are useful for senior-food brands.",
    ],
    "statutory-instrument": [
        "Boarding kennels and dog groomers need a licence (SI 2018/486).",
        "Dog breeders are licensed by councils under the regulations (SI 2018 No. 486).",
    ],
    "quarter-year": [
        "New policies peaked in the spring (Q{q} {Y}).",
        "Online bookings overtook phone bookings (Q2 2023 figures).",
    ],
    "dog-name-popularity": [
        "Bella remains the most popular dog name (Bella, {n} registrations).",
        "Pet names reflect owners' own (Luna, top cat name 2023).",
    ],
    "sample-size": [
        "Most clients said they would recommend the practice (n = {n}).",
        "Owners were asked about their last visit (n = {n}; online panel).",
    ],
    "cross-reference": [
        "The full survey is in the appendix (see Appendix {q}).",
        "Fees for each practice are compared below (Table {q}).",
        "The client journey is mapped in the diagram (Figure {q}).",
    ],
    "percent-change": [
        "Fees have risen faster than inflation (up {pc}% since 2015).",
        "Insurance penetration is low compared with Sweden (about {pc}% of dogs).",
    ],
    "qualification-abbreviation": [
        "The practice employs six registered nurses (RVN) and two advanced practitioners (CertAVP).",
        "Its clinical director is a specialist in surgery (DipECVS, MRCVS).",
    ],
    "te-reo-gloss": [
        "The campaign was built around care for others (manaakitanga) and guardianship (kaitiakitanga).",
        "SPCA New Zealand uses te reo in its branding (Aotearoa, New Zealand).",
    ],
    "vaccine-schedule": [
        "Puppies need two injections (at 8 and 10 weeks).",
        "Boosters are due every year (Lepto 4, annual).",
    ],
    "age-band": [
        "Premiums rise steeply for older dogs (aged 8+, 2024).",
        "Most new owners were young (18–34, {Y} survey).",
    ],
}  # fmt: skip
