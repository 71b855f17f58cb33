"""The blind208 pool's prose: marketers in luxury, fashion, beauty and fragrance writing in English.

Written without reading the checker, its tests or the other pools, from how marketers at maisons, department
stores, resale platforms and beauty start-ups in Paris, Milan, London, Geneva, Dubai and New York write CIM
Level 6 and 7 reports and MBA assignments: citations at the start, middle and end of sentences, beside maisons
with their founding years, collections and seasons, fashion weeks, fragrances and bags with their launch years,
prices in euros, pounds, dollars and dirhams, store openings, collaborations, sizes and materials, awards,
people's titles and tenures, stock tickers and exhibitions, none of which is a citation. ``values(rng)`` gives
the fill values only these frames use.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Hermès", "Chanel", "Dior", "Louis Vuitton", "Gucci", "Prada", "Burberry", "Bottega Veneta",
          "Saint Laurent", "Cartier", "Sephora", "Charlotte Tilbury", "Glossier", "Fenty Beauty", "Selfridges",
          "Harrods", "Galeries Lafayette", "Vestiaire Collective", "Farfetch", "The RealReal", "Net-a-Porter",
          "Mytheresa", "Jo Malone London", "Maison Francis Kurkdjian", "Byredo", "Diptyque", "Le Labo", "Aesop",
          "Valentino", "Moncler", "Miu Miu", "Loewe", "Jacquemus", "Ounass", "Level Shoes", "Bloomingdale's",
          "Saks Fifth Avenue", "La Mer", "Guerlain", "Amouage", "Tiffany & Co.", "Dolce & Gabbana", "L'Oréal Paris",
          "Lancôme", "Estée Lauder", "Rimowa", "Brunello Cucinelli", "Zegna"]  # fmt: skip

_MAISONS = [("Hermès", "1837"), ("Cartier", "1847"), ("Louis Vuitton", "1854"), ("Burberry", "1856"),
            ("Guerlain", "1828"), ("Chanel", "1910"), ("Prada", "1913"), ("Gucci", "1921"), ("Dior", "1946"),
            ("Balenciaga", "1917"), ("Fendi", "1925"), ("Loewe", "1846"), ("Tiffany & Co.", "1837"),
            ("Bulgari", "1884"), ("Valentino", "1960"), ("Harrods", "1849"), ("Selfridges", "1909"),
            ("Galeries Lafayette", "1893"), ("Saint Laurent", "1961"), ("Moncler", "1952")]  # fmt: skip
_PRODUCTS = [("Chanel No. 5", "1921"), ("the Birkin bag", "1984"), ("the Lady Dior bag", "1995"),
             ("Dior Sauvage", "2015"), ("Guerlain Shalimar", "1925"), ("YSL Black Opium", "2014"),
             ("Baccarat Rouge 540", "2015"), ("the Fendi Baguette", "1997"), ("the Speedy bag", "1930"),
             ("the Gucci Jackie", "1961"), ("Pillow Talk lipstick", "2013"), ("the Cartier Love bracelet", "1969"),
             ("the Chanel 2.55", "1955"), ("Miss Dior", "1947"), ("the Bottega Veneta Jodie", "2020")]  # fmt: skip
_COLLABS = [("Louis Vuitton x Supreme", "2017"), ("Gucci x The North Face", "2021"), ("Fendi x Skims", "2021"),
            ("Prada x adidas", "2019"), ("Tiffany & Co. x Nike", "2023"), ("Jacquemus x Nike", "2023"),
            ("Moncler x Palm Angels", "2019"), ("Dior x Air Jordan", "2020"), ("Loewe x Studio Ghibli", "2021"),
            ("Louis Vuitton x Yayoi Kusama", "2023")]  # fmt: skip
_TICKERS = ["EPA: MC", "EPA: KER", "SWX: CFR", "EPA: RMS", "EPA: OR", "BIT: MONC", "LON: BRBY", "NYSE: TPR",
            "NYSE: EL", "HKEX: 1913", "BIT: BC", "NYSE: REAL"]  # fmt: skip
_SEASONS = ["SS24", "AW23", "FW25", "SS25", "AW24", "Cruise 2025", "Resort 2024", "Pre-Fall 2023", "Spring/Summer 2026",
            "Autumn/Winter 2022", "Cruise 2019", "FW22"]  # fmt: skip
_WEEKS = ["Paris Fashion Week", "Milan Fashion Week", "London Fashion Week", "New York Fashion Week",
          "Dubai Fashion Week", "Paris Haute Couture Week", "Arab Fashion Week"]  # fmt: skip
_STORES = ["the Champs-Élysées flagship", "its Dubai Mall store", "the New Bond Street maison",
           "the Via Montenapoleone boutique", "its Fifth Avenue flagship", "the Rue du Faubourg Saint-Honoré store",
           "a pop-up at Selfridges", "its Geneva boutique on Rue du Rhône", "a store in the Mall of the Emirates"]  # fmt: skip
_AWARDS = ["the CFDA Awards", "the LVMH Prize", "the International Woolmark Prize", "The Fashion Awards",
           "the ANDAM Prize", "the Fragrance Foundation Awards", "the Allure Best of Beauty Awards", "the Prix Versailles"]  # fmt: skip
_ROLES = ["creative director", "chief executive", "artistic director", "head of CRM", "global brand ambassador",
          "perfumer", "chief marketing officer", "managing director for the Middle East"]  # fmt: skip
_PEOPLE = ["Camille Arnaud", "Marco Bellandi", "Sophie Laurent-Mercier", "Hamad Al Zarooni", "Giulia Ferrante",
           "Olivia Hartley", "Julien Marchetti", "Noor Al Hashimi", "Beatrice Colombo", "Thomas Delacroix"]  # fmt: skip
_EXHIBITIONS = ["Christian Dior: Designer of Dreams", "Alexander McQueen: Savage Beauty", "Gabrielle Chanel. Fashion Manifesto",
                "Karl Lagerfeld: A Line of Beauty", "Hermès Heritage: In Motion", "Louis Vuitton: Volez, Voguez, Voyagez",
                "Cartier: Crystallization of Time"]  # fmt: skip
_CITIES = ["Paris", "Milan", "London", "Geneva", "Dubai", "New York", "Tokyo", "Shanghai", "Riyadh", "Doha"]
_MATERIALS = ["100% cashmere", "Togo calfskin", "18k yellow gold", "organic cotton poplin", "recycled nylon",
              "vegetable-tanned leather", "mulberry silk twill", "Epsom leather"]  # fmt: skip
_SCENTS = ["bergamot and pink pepper", "oud and rose", "iris and vetiver", "amber and saffron", "jasmine and musk"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only blind208's frames use, drawn after the common ones."""
    maison, founded = rng.choice(_MAISONS)
    product, launched = rng.choice(_PRODUCTS)
    collab, collab_year = rng.choice(_COLLABS)
    return {
        "mh": maison, "mf": founded, "pr": product, "pl": launched, "cx": collab, "cy": collab_year,
        "tk": rng.choice(_TICKERS), "ss": rng.choice(_SEASONS), "fw": rng.choice(_WEEKS), "st": rng.choice(_STORES),
        "aw": rng.choice(_AWARDS), "ro": rng.choice(_ROLES), "pe": rng.choice(_PEOPLE), "ex": rng.choice(_EXHIBITIONS),
        "ci": rng.choice(_CITIES), "ma": rng.choice(_MATERIALS), "sc": rng.choice(_SCENTS),
        "Y4": str(rng.randint(2015, 2025)), "Y5": str(y5 := rng.randint(2014, 2023)), "Y6": str(y5 + rng.randint(1, 2)),
        "yy": str(rng.randint(18, 25)),
        "h": rng.choice(["@maisonvalentino", "@diorbeauty", "@hermes", "@theselfridges", "@ounass", "@levelshoes"]),
        "ht": rng.choice(["#DiorBeauty", "#HermesHeritage", "#SelfridgesXmas", "#QuietLuxury", "#LVCruise"]),
        "eur": f"{rng.randint(1, 14)},{rng.randint(0, 9)}{rng.choice(['00', '50'])}",
        "gbp": f"{rng.randint(1, 12)},{rng.randint(1, 9)}{rng.choice(['00', '50', '95'])}",
        "aed": f"{rng.randint(2, 48)},{rng.randint(0, 9)}00", "usd": f"{rng.randint(1, 30)},{rng.randint(1, 9)}00",
        "ml": rng.choice(["30", "50", "75", "100", "200"]), "age": str(rng.randint(21, 67)),
        "sz": rng.choice(["EU 38", "IT 40", "UK 10", "US 6", "FR 36", "EU 42"]), "cm": rng.choice(["25", "30", "35", "40"]),
        "pc": str(rng.randint(3, 48)), "bn": f"{rng.randint(2, 86)}.{rng.randint(0, 9)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn only from Paris and Milan.",
    "{N} contend that {C}, which is directly relevant to {B}.", "{N} observed that {C} among {A} in {ci}.",
    "{N} concluded that {C}; {B} appears to have reached the same view.", "{N} explains that {C}.",
    "{N} describes {T} as a double-edged sword for maisons and shows that {C}.",
    "{N} warns that {C} unless the house protects its codes.", "{N} identified that {C}, especially in the Gulf.",
    "{N} suggested that {C}, a point echoed by several maisons during {fw}.",
    "{N} interviewed {n} clients of luxury boutiques and reported that {C}.", "{N} highlighted that {C}.",
    "{N} went further, claiming that {C} and that {C2}.", "{N} noted that, since {Y4}, {C}.",
    "{N} challenged the assumption that {C}.", "{N} maintained that {C} (for instance, through {T}).",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "This is consistent with {N}, who argued that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a view shared by {N}.", "As {N} pointed out, {C}.",
    "According to {N}, {C}.", "In their study of the resale market, {N} showed that {C}.",
    "{B} illustrates this well: {N} found that {C}.", "Research by {N} suggests that {C}.",
    "Data published by {N} show that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Following {N}, it could be argued that {C}.", "For a maison such as {B}, the lesson from {N} is that {C}.",
    "{C}, according to {N}.", "Evidence from {N} indicates that, in {ci}, {C}.",
    "Unlike {B}, the houses studied by {N} found that {C}.", "As highlighted in the report by {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} framework to {B}, it is clear that {C}.",
    "{O}, {N} analysis suggests that {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} luxury prism explains why {C}.",
    "According to {N} survey, {C}.", "{B} could apply {N} model, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Evidence suggests that {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "This matters because {C} {P}.", "In the Gulf, {C} {P}.",
    "{C}, particularly in {ci} {P}.", "It is often claimed that {C} {P:see}.", "Several studies show that {C} {P:e.g.}.",
    "{C} (as Figure {q} shows) {P}.", "{B}’s results suggest that {C} {P}.", "Put simply, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "Heritage, scarcity and craftsmanship remain the pillars of luxury {P}.", "{C} {P:see also}.",
    "{C}, as research on European maisons shows {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is equally true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should ensure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}: in other words, {C2}.", "Studies of maisons in Paris and Milan {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust {T} than traditional advertising", "{T} improved {R} by around {q}0% in one trial",
    "scarcity sustains desire more than price does", "heritage narratives justify premium prices",
    "logo-heavy products lose appeal when quiet luxury is in fashion", "clienteling drives most repeat purchase in luxury",
    "price increases above inflation risk alienating aspirational customers",
    "the resale market can strengthen rather than dilute a maison's desirability",
    "Gulf consumers expect private appointments and personal service", "beauty is the entry point to a luxury house",
    "fragrance launches rely heavily on celebrity faces", "sustainability claims must be backed by traceable supply chains",
    "{B} depends on Chinese and Middle Eastern clients for much of its growth",
    "influencer seeding works better for beauty than for leather goods",
    "department stores are losing ground to brands' own boutiques", "digital channels must not undermine exclusivity",
    "{A} respond more to craftsmanship stories than to discounts", "{T} only lifts {R} when the offer feels exclusive",
    "very important clients account for a large share of a maison's revenue", "dupes erode the perceived value of iconic products",
    "a maison's codes must stay consistent across every market", "{B} needs to {bs} to stay desirable",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the luxury sector", "For {B}",
    "Since the pandemic", "In the context of {B}", "From a client perspective", "Nevertheless", "Consequently",
    "In Paris and Milan", "In the Gulf market", "As a result", "Looking at {B}'s competitors", "Overall",
    "In beauty and fragrance", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} sells through its boutiques, its website and a few selected department stores.",
    "This report analyses {B}'s client experience and makes recommendations for the next two seasons.",
    "The table below summarises the key performance indicators for each channel.", "{O}, {C}.",
    "{B}'s Instagram account has over {n}k followers, but its engagement rate is falling.",
    "The recommendations are costed and phased over eighteen months.",
    "A PESTLE analysis of the UAE luxury market is included in the appendix.",
    "Most of the house's clients are reached through private appointments rather than advertising.",
    "The main competitors are {B} and two smaller independent maisons.",
    "Task 2 builds on this by proposing a clienteling plan for the Dubai boutique.",
    "The brand's ambassadors post on Instagram, TikTok and Xiaohongshu.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one luxury scholar puts it, {Q} {P}.", "The point is made plainly: {Q} {P}.",
    "{N} argued that {Q}.", "{B} seems to accept that {Q} {P}.", "In the words of {N}, {Q}.",
    "One study concluded that {Q} {P}, which {B} should note.", "Luxury managers are told that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘quiet luxury’", "‘stealth wealth’", "‘dupe culture’", "‘clienteling’", "‘savoir-faire’",
                "‘logomania’", "‘Sephora kids’", "‘masstige’", "'drops'", "“newness”", "‘see now, buy now’",
                "‘old money aesthetic’", "'clean beauty'", "‘lipstick effect’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "The trend known as {Q} favours discreet maisons {P}.",
    "So-called {Q} is reshaping demand among {A} {P}.", "The term {Q} is used loosely across the industry {P}.",
    "Critics see {Q} as a threat to exclusivity {P}.", "Many beauty brands now market {Q} to {A} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your private invitation to the {ss} preview’", "“A gift, chosen for you”",
                 "‘The new collection is here’", "‘Discover the collection before anyone else’",
                 "“Book your appointment at {st}”", "‘Complimentary engraving, this week only’",
                 "'Your client advisor has set something aside'", "‘Exclusively for our members: early access’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} signals exclusivity {P}.", "{B} used {Q} for its clients' pre-sale emails {P}.",
    "Messages like {Q} work because they flatter the client {P}.",
    "The email {Q} was opened by more {A} than any other {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: brackets, years, names and figures from luxury, fashion and beauty.
NOT_CITATIONS = {
    "maison-founding-bracket": [
        "{mh} ({mf}) remains family-controlled and fiercely protective of its codes.",
        "Older houses such as {mh} ({mf}) trade heavily on their heritage.",
        "The report compares {B} with {mh} ({mf}), its closest rival in leather goods.",
    ],
    "maison-founded-comma": [
        "{mh}, founded {mf}, still makes most of its products in its own workshops.",
        "{mh}, established in {mf}, opened its first Gulf boutique much later.",
        "Founded in {ci} in {mf}, {mh} now sells in more than {q}0 countries.",
    ],
    "maison-est": [
        "The store windows carry the words ‘{mh}, est. {mf}’ in gold leaf.",
        "{mh} (est. {mf}) uses its founding date on packaging and receipts.",
    ],
    "season-code": [
        "The {ss} collection sold through faster than any before it.",
        "{B} showed its {ss} looks in {ci} in front of {n} guests.",
        "Sales of the {ss} line (ready-to-wear and accessories) were strong in the Gulf.",
    ],
    "season-bracket": [
        "The capsule ({ss}) was sold only in {st}.", "Knitwear featured heavily in the latest show ({ss}).",
        "The trench coat was reworked in shearling for winter (AW{yy}).",
    ],
    "cruise-resort": [
        "{B} staged its Cruise {Y4} show in {ci}, far from its home market.",
        "The Resort {Y4} collection was previewed to top clients in {ci}.",
    ],
    "fashion-week-year": [
        "{B} closed {fw} {Y4} with a show that went viral on TikTok.",
        "Footfall in the boutique doubled during {fw} (September {Y4}).",
        "Front-row seats at {fw} {Y4} were given to {n} creators.",
    ],
    "met-gala": [
        "The Met Gala {Y4} brought the house more earned media than any campaign that year.",
        "Several ambassadors wore {B} to the Met Gala ({Y4}).",
    ],
    "product-launch-bracket": [
        "{pr} ({pl}) is still among the house's best sellers.", "Iconic products such as {pr} ({pl}) anchor the brand's identity.",
        "The relaunch echoed the original {pr} ({pl}).",
    ],
    "product-launched-in": [
        "{pr}, launched in {pl}, has been reissued several times.", "Since its launch in {pl}, {pr} has never been discounted.",
        "{pr} (first released {pl}) now has a waiting list in {ci}.",
    ],
    "fragrance-size-price": [
        "The eau de parfum ({ml} ml, €{n}) is sold only in flagships.", "A {ml} ml bottle retails at £{n} in the UK.",
        "The extrait ({ml} ml) costs AED {n}0 at the Dubai Mall.",
    ],
    "fragrance-notes": [
        "The new scent (notes of {sc}) was aimed at {A}.", "The fragrance opens with {sc} (eau de parfum, {ml} ml).",
    ],
    "price-euro": [
        "The bag costs €{eur} in Paris, about {pc}% less than in Shanghai.", "A classic flap bag now retails at €{eur} (before the {Y4} price rise).",
    ],
    "price-pound": [
        "In London the same piece is priced at £{gbp} (including VAT).", "{B} raised its entry-level price to £{gbp} in {Y4}.",
    ],
    "price-dirham": [
        "The abaya capsule sold at AED {aed} each at Ounass.", "The Dubai boutique lists the watch at AED {aed} (about £{n}0).",
    ],
    "price-dollar": [
        "The same trainer sells for US${usd} in New York.", "Resale prices reached ${usd} on secondary platforms.",
    ],
    "store-opening-year": [
        "{B} opened {st} in {Y4}, its largest store outside Europe.", "Sales rose after the opening of {st} ({Y4}).",
        "The renovation of {st} (reopened {Y4}) cost more than €{n}m.",
    ],
    "collaboration-bracket": [
        "Collaborations such as {cx} ({cy}) brought streetwear customers into the boutiques.",
        "The {cx} collection ({cy}) sold out within minutes.", "Resale values for {cx} ({cy}) pieces are still high.",
    ],
    "collaboration-year-word": [
        "The {cy} {cx} drop was the brand's most talked-about launch.", "{cx}, released in {cy}, is now a case study in hype.",
    ],
    "size-range": [
        "The ready-to-wear runs from {sz} to EU 46 (XS to XL).", "The jacket was cut smaller than expected ({sz} fits like a UK 8).",
        "Demand was highest for the small sizes (Birkin {cm}, Kelly 25).",
    ],
    "material-composition": [
        "The scarf is made in Como ({ma}, 90 x 90 cm).", "Each piece uses {ma} (sourced in Italy).",
        "The bag is made from {ma} with palladium hardware (made in France).",
    ],
    "award-year": [
        "{B}'s designer won {aw} in {Y4}.", "The campaign was shortlisted for {aw} ({Y4}).",
        "Winning {aw} ({Y4}) brought the label wholesale orders from Saks and Harrods.",
    ],
    "role-since": [
        "{pe} ({ro} since {Y4}) has refocused the house on leather goods.",
        "The arrival of {pe} as {ro} in {Y4} changed the tone of the campaigns.",
        "{pe}, {ro} since {Y5}, oversees all {q} collections a year.",
    ],
    "role-tenure-range": [
        "Under {pe} ({ro}, {Y5}–{Y6}) the brand doubled its sales.", "The house has had three {ro}s since {Y5}.",
    ],
    "age-bracket": [
        "The new ambassador (aged {age}) has {n} million followers.", "The typical client is female and affluent (aged 35–54).",
        "{pe}, {age}, joined the house from a rival group.",
    ],
    "designer-lifespan": [
        "Gabrielle ‘Coco’ Chanel (1883–1971) built the brand around freedom of movement.",
        "Christian Dior (1905–1957) launched the New Look in 1947.", "Yves Saint Laurent (1936–2008) opened the first Rive Gauche boutique in 1966.",
    ],
    "stock-ticker": [
        "The group's shares ({tk}) fell after the results were published.", "Investors track luxury stocks such as {tk} closely.",
        "{B}'s owner is listed in Europe ({tk}) and reports in euros.",
    ],
    "revenue-figure": [
        "The group's revenue reached €{bn}bn (FY{Y4}), with fashion and leather goods the largest division.",
        "Sales grew by {pc}% at constant exchange rates (H1 {Y4}).", "Organic growth slowed to {pc}% in Q{q} {Y4}.",
    ],
    "financial-year": [
        "The targets below are set for FY{Y5} and FY{Y6}.", "Marketing spend was cut in the second half (H2 {Y4}).",
    ],
    "exhibition-year": [
        "The {ex} exhibition ({ci}, {Y4}) attracted queues around the block.",
        "Visitors to {ex} in {Y4} were invited to book appointments in store.",
        "The exhibition {ex} ran from {Y5} to {Y6} and toured three cities.",
    ],
    "brand-museum": [
        "The house museum (opened {Y4}) now welcomes {n},000 visitors a year.",
        "La Galerie Dior (since 2022) is part of the flagship at 30 Avenue Montaigne.",
    ],
    "address-since": [
        "Hermès has traded from 24 Rue du Faubourg Saint-Honoré (since 1880).",
        "The couture salon is still at 31 Rue Cambon (Paris 1er).",
    ],
    "haute-couture-week": [
        "The house showed at Haute Couture Week (January {Y4}) for the first time.",
        "Only houses approved by the Fédération may use the title haute couture (protected since 1945).",
    ],
    "heritage-label": [
        "The workshop holds the Entreprise du Patrimoine Vivant label (since {Y4}).",
        "{B} has been a Royal Warrant holder since 1955 (Queen Elizabeth II).",
    ],
    "certification": [
        "{B} became a certified B Corp in {Y4} (score: 8{q}.{q}).", "All its gold is recycled (RJC-certified since {Y5}).",
    ],
    "event-edition": [
        "The Dubai Shopping Festival ({Y4} edition) drove strong traffic to the malls.",
        "The house hosted clients at Art Basel Miami Beach {Y4}.", "The Ramadan {Y4} capsule was sold only in the GCC.",
    ],
    "lunar-new-year": [
        "The Year of the Dragon capsule (Lunar New Year 2024) was criticised in China.",
        "{B} launched a red-and-gold edition for Chinese New Year ({Y4}).",
    ],
    "hotel-opening": [
        "The Bulgari Hotel Paris (opened 2021) extends the brand into hospitality.",
        "{B}'s first café in {ci} (opened {Y4}) has a waiting list at weekends.",
    ],
    "ranking-position": [
        "{B} is now the group's second-largest brand (ranked 2nd in {Y4}).",
        "The maison climbed to number {q} among luxury brands on Instagram ({Y4}).",
    ],
    "percentage-split": [
        "Most sales come from Asia (38%) and Europe (27%), with the Middle East at {pc}%.",
        "Online accounts for a small share of sales ({pc}% in {Y4}).",
    ],
    "exchange-rate": [
        "All prices are converted at a fixed rate (€1 = AED 3.97).", "Figures are in pounds at the {Y4} average rate (£1 = €1.1{q}).",
    ],
    "survey-sample": [
        "Most respondents preferred private appointments (n = {n}).",
        "The survey of clients in Dubai and Paris (n = {n}, March {Y4}) was run by the author.",
    ],
    "interviewee": [
        "One client advisor (Interviewee {q}, Dubai Mall) said clients ask for the bag by name.",
        "A store manager in {ci} (Participant {q}) described the waiting list as informal.",
    ],
    "cross-reference": [
        "The clienteling journey is mapped in Appendix {q} (Figure {q}).", "See Table {q} (Section 3.{q}) for the costed plan.",
        "This is discussed further in Task 2 (b).",
    ],
    "social-handle-hashtag": [
        "The campaign used the hashtag {ht} (and #Savoirfaire) on Instagram.",
        "Clients can message the boutique on WhatsApp or follow the house on TikTok ({h}).",
    ],
    "magazine-issue": [
        "The September {Y4} issue of Vogue carried a twelve-page {B} advertorial.",
        "The ambassador's cover (Harper's Bazaar Arabia, December {Y4}) boosted searches for the brand.",
    ],
    "abbreviation-gloss": [
        "Very important clients (VICs) receive invitations to private previews.",
        "Direct-to-consumer (DTC) sales and customer relationship management (CRM) are the focus of this report.",
        "The Gulf Cooperation Council (GCC) markets are treated together here.",
    ],
    "regulation-year": [
        "France's anti-waste law of 2020 (loi AGEC) bans the destruction of unsold goods.",
        "The EU's Ecodesign for Sustainable Products Regulation (adopted 2024) will require digital product passports.",
        "The ‘Made in Italy’ label is protected by law (Law 166/2009).",
    ],
    "generation-range": [
        "Generation Z (born 1997–2012) now buys entry-level beauty first.", "Millennials (born 1981–1996) are the core resale buyers.",
    ],
    "client-spend-tier": [
        "Top clients spend heavily each year (VIC tier: €{n}k and above).", "Clients in the top tier (spend over £{n},000 in {Y4}) get a dedicated advisor.",
    ],
    "auction-result": [
        "A Birkin sold at auction in Hong Kong in {Y4} for more than HK$2m.",
        "Vintage pieces (pre-1990 archive) now fetch record prices at auction.",
    ],
}  # fmt: skip
