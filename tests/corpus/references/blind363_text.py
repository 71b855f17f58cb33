"""The blind363 pool's prose: pet care (pet-food brands, pet shops and online pet retailers, veterinary groups, pet
insurers and dog-walking and pet-sitting apps in the UK, Ireland, France, Poland, Thailand and New Zealand), as
their marketers write CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener; the other
placeholders are fill values, the pool's own from ``values``.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Pets at Home", "Butternut Box", "tails.com", "Lily's Kitchen", "Petplan", "ManyPets", "Medivet", "Vets4Pets",
          "CVS Group", "IVC Evidensia", "Rover", "BorrowMyDoggy", "Jollyes", "Petmania", "Maxi Zoo", "Animalis",
          "Zooplus", "Kakadu", "Zooart", "Pet Lovers Centre", "Animates", "Purina", "Royal Canin", "Whiskas",
          "Pedigree", "Harringtons", "Forthglade", "Bella + Duke", "Animal Friends", "Tesco Pet Insurance"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was mostly dog owners.", "{N} concluded that {C}.",
    "{N} suggests that {C}, which is relevant to {B}.", "{N} noted that {C}.", "{N} highlighted that {C} among {A}.",
    "{N} showed that {C} in the {MK} market.", "{N} warned that {C}.", "{N} questioned whether {C}.",
    "{N} reported that {C}; {B}'s own data say the same.", "{N} identified that {C}.", "{N} state that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "According to {N}, {C}.", "This supports {N}, who argued that {C}.",
    "{C}, as {N} observed.", "Research by {N} suggests that {C}.", "In their study of {MK} pet owners, {N} found that {C}.",
    "{B} is a good example: {N} showed that {C}.", "{C} – a view shared by {N}.", "Data from {N} show that {C}.",
    "A survey carried out by {N} found that {C}.", "{C}; however, {N} found the opposite for cat owners.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report found that {C}.",
    "{N} findings matter for {B} because {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "It is often claimed that {C} {P:see}.", "{C}, especially among younger owners {P}.", "{B}'s results suggest {C} {P}.",
    "Several studies report that {C} {P:e.g.}.", "In the {MK} market, {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "While {C} {P}, {C2}.", "{C} {P}; {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
]  # fmt: skip
CLAIMS = [
    "owners increasingly see their pets as members of the family", "{A} will pay more for food with natural ingredients",
    "subscription models raise {R} for pet-food brands", "trust in vets falls when prices are not shown upfront",
    "corporate vet groups have raised prices faster than independent practices", "pet insurance premiums rise with the pet's age",
    "the pandemic puppy boom left many owners unprepared for the cost of care", "premiumisation has continued despite the cost-of-living crisis",
    "dog-walking apps rely on reviews to build trust between strangers", "{T} improves {R} among {A}",
    "{B}'s reliance on {T} leaves it exposed if costs rise", "cat owners are less loyal to one brand than dog owners",
    "{A} research pet food online before buying it in store", "health plans spread the cost of routine care and improve retention",
    "most owners do not compare vet prices before choosing a practice", "fresh pet food is growing faster than dry food",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For {B}", "In the {MK} market", "Since the pandemic", "As a result",
    "From an owner's perspective", "Nevertheless", "Looking at {B}'s competitors", "Overall", "In the vet sector",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and {q}00 stores.", "This report analyses {B}'s marketing mix and makes recommendations.",
    "The table below compares the main pet insurers on price and cover.", "{O}, {C}.",
    "{B}'s Instagram account has {n}k followers, mostly dog owners.", "A PESTLE analysis of the {MK} pet market is in the appendix.",
    "Customers can set up a repeat delivery every two, four or six weeks.", "The recommendations are costed and phased over twelve months.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study puts it, {Q} {P}.", "{N} wrote that {Q}.", "One author argues that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘pet parents’", "‘furkids’", "‘humanisation’", "‘pawrents’", "‘vet deserts’", "‘petflation’"]
SCARE_FRAMES = [
    "Marketers now call owners {Q} {P}.", "{B} targets what it calls {Q} {P}.", "The trend towards {Q} is well documented {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Your pup's next box is on its way’", "‘{q}0% off your first box of fresh food’", "“Is your cat's flea treatment due?”",
    "‘Don't forget: {PET}'s vaccination is due’",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "{B} sent the email {Q} to lapsed customers {P}.",
]  # fmt: skip

# Text in brackets, or with years, that is no citation: a tutor would not look for any of it in the reference list.
NOT_CITATIONS = {
    "breed-year": ["The French Bulldog was the most registered breed ({Y} registrations).", "Demand for {BREED}s rose sharply (peak in {Y})."],
    "pet-name-year": ["{B}'s mascot, a {BREED} called {PET} (adopted {Y}), fronts the campaign.", "The TV advert starred {PET} the {BREED} (filmed in {Y})."],
    "product-launch": ["{B} launched its grain-free range (spring {Y}).", "The fresh cat food line (launched {M} {Y}) sold out in a week."],
    "famous-animal": ["Larry the cat (Downing Street, since 2011) is often used in pet adverts.", "The story of Hachikō (Shibuya, 1925–1935) still moves dog owners."],
    "animal-owner": ["Celebrity owners such as the late Queen, with her corgis (from 1944), shaped the breed's image.", "Its ad used a famous owner and her dog (Crufts, {Y})."],
    "takeover-listed": ["Nestlé Purina bought a majority of tails.com (2018 deal).", "Lily's Kitchen was sold to Nestlé (acquired in 2020)."],
    "takeover-vets": ["IVC and Evidensia merged (completed 2017) to form Europe's largest vet group.", "CVS Group bought another {q} practices (FY{YY} acquisitions)."],
    "insurer-deal": ["Petplan has been part of Allianz (since 1997).", "ManyPets rebranded from Bought By Many (renamed in 2022)."],
    "retailer-deal": ["Zooplus was taken private (EQT and Hellman & Friedman, 2021).", "Pets at Home opened vet practices in store (Companion Care, from 2010)."],
    "founder-year": ["Butternut Box was started by two friends (Dave Nolan and Kevin Glynn, 2016).", "{B}'s founder (a vet since {Y}) still appears in its adverts."],
    "vet-named": ["The practice is run by its clinical director (Dr {PET} {SUR}, MRCVS since {Y}).", "A locum vet (qualified {Y}) was interviewed for this report."],
    "founding-charity": ["The RSPCA (founded 1824) is the world's oldest animal-welfare charity.", "Battersea (est. 1860) rehomes thousands of animals each year."],
    "founding-firm": ["Pets at Home (founded in 1991) now has over {q}00 stores.", "Petplan (established 1976) pioneered UK pet insurance."],
    "founding-body": ["The Kennel Club (est. 1873) runs Crufts.", "PDSA (founded 1917 by Maria Dickin) treats pets of owners on low incomes."],
    "award": ["{B} won Pet Retailer of the Year (PetQuip Awards {Y}).", "The clinic was shortlisted for an award (Vet Practice of the Year {Y})."],
    "show": ["{B} sponsored a stand at Crufts ({d} March {Y}).", "Its samples were handed out at the pet show (PATS Telford {Y})."],
    "ranking": ["{B} was ranked first for trust (Which? Recommended Provider, {Y}).", "It rose to third place among pet insurers (Defaqto 5 Star, {Y})."],
    "uk-law": ["Pets are protected by law (Animal Welfare Act 2006).", "Animals are now recognised as sentient (Animal Welfare (Sentience) Act 2022)."],
    "lucy-law": ["Third-party puppy sales are banned (Lucy's Law, April 2020).", "Cats must now be microchipped in England (from 10 June 2024)."],
    "foreign-law": ["French law now limits pet sales in shops (loi du 30 novembre 2021).", "Poland's animal protection act (ustawa z {d} sierpnia 1997) is still in force."],
    "thai-law": ["Thailand's animal welfare law (B.E. 2557) applies to pet shops.", "Cruelty is an offence in Thailand (Act B.E. 2557, 2014)."],
    "nz-law": ["Owners in New Zealand have a duty of care (Animal Welfare Act 1999).", "Dogs must be registered each year (Dog Control Act 1996)."],
    "ireland-law": ["Dog breeding is regulated in Ireland (Dog Breeding Establishments Act 2010).", "Cruelty carries heavy fines (Animal Health and Welfare Act 2013)."],
    "scheme": ["Pets can travel with a health certificate (Pet Travel Scheme, since 2001).", "Owners on benefits get free care (PDSA eligibility, {Y} rules)."],
    "rules-code": ["Labels must show a feeding guide (EU Regulation 767/2009).", "Pet-food adverts must not mislead owners (rule 3.1, {Y} edition)."],
    "price-gbp": ["A monthly health plan costs little (£{n}.99 a month).", "The first box is heavily discounted (£{q}.50 instead of £{n})."],
    "price-eur": ["Animalis sells a 12 kg bag cheaply (€{n},90).", "In Ireland a vaccination costs more (€{n} at most practices)."],
    "price-pln": ["Zooart's own-brand food is popular ({n} zł for 10 kg).", "A vet visit in Warsaw is cheaper (around {n} zł)."],
    "price-thb": ["Pet Lovers Centre offers a loyalty discount (฿{n} off).", "Grooming in Bangkok is affordable (฿{n} per session)."],
    "price-nzd": ["Animates runs a puppy pack offer (NZ${n} value).", "Dog registration fees vary by council (NZ${n} in Auckland)."],
    "offer": ["New customers get a free trial (first {q} weeks free).", "{B} ran a bundle deal (buy {q}, get one free) in {M}."],
    "date": ["The price rise took effect (1 January {Y}).", "The app relaunched on Valentine's Day (14 February {Y})."],
    "survey-wave": ["Our customer panel was asked again (wave {q}, spring {Y}).", "The internal survey ran twice (waves 1 and 2, {Y})."],
    "sample": ["Most owners agreed (n = {n} dog owners).", "The focus group was small (n = {q}, Dublin, {Y})."],
    "percentage": ["Premium food now makes up a large share of sales ({q}0% in {Y}).", "Insured dogs are a minority ({q}{q}% of dogs, {Y} estimate)."],
    "figures-year": ["The loyalty club has grown quickly ({n},000 members in {Y}).", "Revenue passed £{n}m ({Y} results)."],
    "financial-year": ["Like-for-like sales grew (FY{YY} H1).", "Vet revenue rose in the second half (H2 FY{YY})."],
    "quarter": ["Online orders peaked at Christmas (Q4 {Y}).", "Insurance sales dipped (Q{q} {Y} versus Q{q} {Y2})."],
    "pandemic": ["Puppy prices spiked during lockdown (2020–21).", "Demand for walkers collapsed (March to June 2020)."],
    "awareness-day": ["{B} posted for National Pet Day (11 April {Y}).", "The charity ran a campaign for World Animal Day (4 October)."],
    "app-version": ["Booking was made easier (app version {q}.{d}, {Y}).", "Rover added GPS tracking to walks (iOS update, {Y})."],
    "hashtag-handle": ["The campaign used its own hashtag (#{PET}Loves{B2}, {Y}).", "Followers were asked to tag the brand (@{B2}UK)."],
    "promo-code": ["New customers could use a code (WOOF{q}0 until {d} {M}).", "Sign-ups rose with the code (PAWS{n}, {Y})."],
    "rating": ["The app scores well (4.{q} stars, App Store, {Y}).", "Trustpilot reviews are mostly positive (4.{q}/5, {n} reviews)."],
    "store-count": ["The chain has expanded quickly ({n} stores by {Y}).", "Medivet now runs many sites ({q}00+ practices, {Y})."],
    "job-title": ["The marketing manager (in post since {Y}) was interviewed.", "A head vet nurse (RVN, {Y}) gave feedback on the leaflet."],
    "rebrand": ["The stores changed their look (new logo, {Y}).", "The brand dropped its old slogan (retired in {Y})."],
    "currency": ["Figures were converted at one rate (€1 = £0.8{q}, {Y}).", "Thai prices were converted (฿{n} = £{q}, {M} {Y})."],
    "appendix": ["The full questionnaire is attached (Appendix {q}, {Y} survey).", "See the pricing table (Table {q}, {Y} prices)."],
    "weight-age": ["Senior dogs need different food (aged 7+, {Y} range).", "The kibble comes in several sizes (2 kg, {q}0 kg)."],
}  # fmt: skip

_PETS = ["Bella", "Luna", "Milo", "Poppy", "Teddy", "Biscuit", "Bonnie", "Alfie", "Daisy", "Willow", "Max", "Kiri"]
_BREEDS = ["cockapoo", "French Bulldog", "Labrador", "Dachshund", "Border Collie", "cavapoo", "Maine Coon", "Ragdoll"]
_MARKETS = ["UK", "Irish", "French", "Polish", "Thai", "New Zealand"]
_SURNAMES = ["Kowalska", "Moreau", "Ngata", "Srisuk", "Murphy", "Hughes"]


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own fill values; every key always returned."""
    return {
        "PET": rng.choice(_PETS), "BREED": rng.choice(_BREEDS), "MK": rng.choice(_MARKETS), "SUR": rng.choice(_SURNAMES),
        "YY": str(rng.randint(19, 25)), "B2": rng.choice(["PetsAtHome", "ButternutBox", "Rover", "Medivet", "Animates"]),
    }  # fmt: skip
