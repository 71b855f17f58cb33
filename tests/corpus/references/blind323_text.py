"""The prose of blind323's reports: marketers at architecture and interior-design practices, furniture, lighting and
kitchen brands, design fairs, design museums and schools and homeware retailers in Denmark, Finland, Sweden, Italy,
the Netherlands, Japan and the UK writing CIM Level 6 and 7 reports and MBA assignments in English on brand
heritage, licensing of classic designs, showrooms, sustainability and circular design, trade fairs and
digital-channel marketing.

Its own fill values: {Y3} a recent year, {pc} a percentage's number, {ch} a channel, {fair} a design fair, {cty} a
design city, {seg} a customer segment, {K} a research firm or statistics office named in passing, {piece} a classic
design. The decoys are the brackets, years and quotations of this field that are not citations: designs with their
years, designers and architects with years, buildings and interiors, fairs, awards and exhibitions, movements and
schools, lawsuits and rights, launches and collaborations, films, series and books, prices and sales, mottos and
figures. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Fritz Hansen", "Carl Hansen & Søn", "HAY", "Muuto", "Louis Poulsen", "Artek", "Iittala", "Marimekko",
          "String Furniture", "Cassina", "Kartell", "Vitra", "Moooi", "Muji", "Karimoku", "Habitat", "Heal's",
          "The Conran Shop", "IKEA", "Snøhetta", "BIG", "Foster + Partners", "Salone del Mobile", "3daysofdesign",
          "the Design Museum", "Normann Copenhagen", "&Tradition", "Gubi", "Flos", "Alessi", "B&B Italia", "Magis",
          "Arper", "Hem", "Kinnasand", "Karimoku Case", "Marimekko Oyj", "Design Within Reach"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "Y3": str(rng.randint(2019, 2025)), "pc": str(rng.randint(4, 78)),
        "ch": rng.choice(["Instagram", "Pinterest", "the brand's own web shop", "showroom events", "LinkedIn",
                          "email", "TikTok", "paid search", "the dealer network", "WeChat", "YouTube", "the app"]),
        "fair": rng.choice(["Salone del Mobile", "3daysofdesign", "Stockholm Furniture Fair", "Milan Design Week",
                            "Dutch Design Week", "London Design Festival", "Habitare", "Clerkenwell Design Week",
                            "Designart Tokyo", "Orgatec", "Maison&Objet"]),
        "cty": rng.choice(["Copenhagen", "Helsinki", "Stockholm", "Milan", "Amsterdam", "Eindhoven", "Tokyo", "London",
                           "Oslo", "Aarhus", "Kyoto", "Rotterdam"]),
        "seg": rng.choice(["architects and specifiers", "first-home buyers", "affluent empty-nesters", "hotel groups",
                           "contract buyers", "design-literate millennials", "interior designers", "collectors"]),
        "K": rng.choice(["CSIL", "Statista", "Euromonitor", "Mintel", "Kantar", "GlobalData", "Statistics Denmark",
                         "Istat", "the CBS", "the ONS"]),
        "piece": rng.choice(["the Egg Chair", "the Series 7 chair", "the PH5 lamp", "Stool 60", "the Wishbone Chair",
                             "the Louis Ghost chair", "the String shelf", "the Panton Chair", "the Paimio chair",
                             "the Componibili unit", "the Aalto vase", "the Unikko print", "the Teema range"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was limited to {seg}.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C}.",
    "{N} suggested that {C}, which helps to explain why {B} reissued {piece}.",
    "{N} observed that {C}, particularly in {cty}.", "{N} identified that {C}.", "{N} claims that {C}.",
    "{N} noted that, since {Y3}, {C}.", "{N} warned that {C} unless the brand protects its archive.",
    "{N} describe design-driven innovation as a radical change of meaning and show that {C}.",
    "{N} interviewed {n} buyers at {fair} and reported that {C}.", "{N} argue that {C}.",
    "{N} compared Nordic and Italian furniture brands and found that {C}.",
    "{N} make the point that {C}.", "{N} went further, arguing that {C} and that {C2}.",
    "{N} questioned whether {C}.", "{N} reported that {C} in {cty}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.", "{O}, {N} argued that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a view shared by {N}.", "According to {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "In their study of {cty}'s design sector, {N} found that {C}.", "Evidence from {N} suggests that, for {seg}, {C}.",
    "{C}, as {N} noted in their review of {T}.", "For a heritage brand such as {B}, the lesson from {N} is that {C}.",
    "{C}; however, {N} found the opposite for {seg}.", "Data published by {N} show that {C}.",
    "It could be argued, following {N}, that {C}.", "Drawing on {N}, this report treats the showroom as a medium, since {C}.",
    "When {B} opened its {cty} showroom in {Y3}, it seemed to follow {N}: {C}.", "{C}, according to {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {seg} found that {C}.", "{O}, {N} framework explains why {C}.", "{N} findings suggest that {C}.",
    "Using {N} model, it is clear that {C}.", "{B} could apply {N} argument, since {C}.",
    "According to {N} report, {C}.", "This reflects {N} view that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {seg}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C}, especially in {cty} {P}.",
    "This matters because {C} {P}.", "{C}, which is why {B} invests in {ch} {P}.", "In short, {C} {P}.",
    "Heritage, craft and provenance are the three pillars of the category {P}.",
    "Visitors to {fair} are mostly trade buyers, architects and press {P}.",
    "A licence to reissue a classic design is usually held for the life of the rights plus renewals {P:see also}.",
    "{C}, as several Nordic studies show {P:for example,}.", "Put simply: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "brand heritage lets firms like {B} charge a premium for reissued classics",
    "{seg} are more likely to visit a showroom than to buy a sofa online",
    "licensing a designer's archive protects a brand from cheaper copies",
    "{T} raises {R} among {seg}", "trade fairs such as {fair} still drive most contract orders",
    "a take-back scheme strengthens trust in a brand's circular claims",
    "Instagram rewards furniture shown in real homes rather than in the studio",
    "second-hand sales of design classics support rather than erode new sales",
    "{B}'s dealers control much of the customer experience",
    "design museums shape which objects the public sees as classics",
    "provenance and craft are the main reasons {seg} pay more",
    "{A} expect brands to show where their wood comes from",
    "flat-pack furniture lowers prices but weakens the sense of quality",
    "collaborations with young designers keep older brands relevant",
    "around {pc}% of furniture sales now start with an online search",
    "copies of classic chairs confuse consumers about what is authentic",
    "a clear design story helps {B} to stand out at {fair}",
    "{ch} works best for {B} when it shows the making of a piece",
    "Nordic brands trade on simplicity, light and natural materials",
    "Japanese buyers value restraint and material honesty over ornament",
    "Italian brands rely on the names of their designers more than Nordic ones do",
    "circular design asks brands to plan for repair from the start",
    "the showroom has become a place for events as much as for sales",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In Denmark", "For {B}", "At {fair}",
    "Since the pandemic", "In the context of {B}", "From the customer's point of view", "Nevertheless",
    "In the Nordic market", "As a result", "Looking at {B}'s competitors", "Overall", "In Japan", "In Italy",
    "For heritage brands", "In terms of digital channels",
]  # fmt: skip
PLAIN = [
    "{B} was founded in {cty} and now sells in more than {q}0 countries.",
    "This report analyses {B}'s brand heritage and makes recommendations for its digital channels.",
    "The table below sets out the key performance indicators for each channel.",
    "{B}'s Instagram account has {n}k followers, but most of its sales still go through dealers.",
    "The recommendations are costed and phased over eighteen months.", "{O}, {C}.",
    "{B} shows its new collection at {fair} every spring.",
    "A PESTLE and a SWOT analysis of {B} are included in the appendices.",
    "The brand's flagship showroom in {cty} doubles as an event space.",
    "Customers can buy online, through a dealer or in one of the brand's own stores.",
    "Section 3 builds on this with a content plan for the next two fairs.",
    "The main competitors are {B} and two smaller Danish brands.",
]  # fmt: skip

NOT_CITATIONS = {
    "design-piece-year": [
        "The brand's best-known piece (Egg Chair, 1958) still anchors its campaigns.",
        "{B} builds its showroom around one icon (Series 7, 1955).",
        "The lamp (PH5, 1958) hangs in almost every Danish dining room.",
        "Its oldest product still in production (Stool 60, 1933) is made in Finland.",
        "The best-selling chair in the range (Wishbone Chair, 1949) is woven by hand.",
        "Kartell's most copied product (Louis Ghost, 2002) is moulded in one piece.",
        "IKEA's most famous product (BILLY, 1979) is sold in every market.",
    ],
    "model-number": [
        "The chair's catalogue number (model 3107, 1955) is still used by dealers.",
        "Carl Hansen & Søn lists the Wishbone Chair under its model code (CH24, 1950).",
        "The stool is ordered by its number (No. 60, 1933) in the price list.",
    ],
    "designer-year": [
        "The hotel's furniture was designed by one architect (Jacobsen, 1958).",
        "Bent plywood changed Finnish furniture (Aalto, 1933).",
        "The chaise longue is still sold as a Cassina reissue (Le Corbusier, 1928).",
        "Postmodern Italian design broke with good taste (Sottsass, 1981).",
        "The stackable plastic chair was a first (Panton, 1967).",
    ],
    "designer-narrative-year": [
        "Wegner (1949) drew the Wishbone Chair after studying Ming dynasty chairs.",
        "Jacobsen (1958) designed every detail of the SAS Royal Hotel, down to the cutlery.",
        "Strinning (1949) won a competition with the first String shelf.",
        "Isola (1964) painted Unikko against the wishes of Marimekko's founder.",
    ],
    "designer-and-maker": [
        "The Ant chair was their first success together (Arne Jacobsen and Fritz Hansen, 1952).",
        "The partnership still defines the brand (Hans J. Wegner and Carl Hansen & Søn, 1949).",
        "The bar stool was the start of a long collaboration (Philippe Starck and Kartell, 1988).",
    ],
    "building-opening": [
        "Utzon's best-known building (Sydney Opera House, 1973) is a World Heritage Site.",
        "Snøhetta's roof you can walk on (Oslo Opera House, 2008) made the practice famous.",
        "BIG's waste-to-energy plant has a ski slope on its roof (Copenhill, 2019).",
        "The Aaltos' summer house for the Gullichsens (Villa Mairea, 1939) is open to visitors.",
        "Helsinki's central library (Oodi, 2018) is used in the city's tourism marketing.",
    ],
    "interior-opening": [
        "The hotel was the first designed down to the last spoon (SAS Royal Hotel, 1960).",
        "Room 606 is kept as it was (Radisson Collection Royal Hotel, 1960).",
        "The restaurant's interior became a showroom in all but name (Noma, 2018).",
    ],
    "fair-year": [
        "The first fair was held to promote Italian furniture exports (Salone del Mobile, 1961).",
        "Copenhagen's own design week began small (3daysofdesign, 2014).",
        "{B} showed its first collection in a disused warehouse (Milan Design Week, {Y3}).",
        "The brand returned to the fair after three years away (Stockholm Furniture Fair, 2023).",
    ],
    "exhibition-year": [
        "Nordic design was introduced to American buyers by a touring show (Design in Scandinavia, 1954).",
        "Finnish designers won many of the prizes (Milan Triennale, 1954).",
        "The museum's first show in its new building was a success (‘Fear and Love’ exhibition, 2016).",
        "The exhibition moved from Milan to Tokyo the next year (Salone Satellite, 1998).",
    ],
    "award-year": [
        "The lamp won a major prize (Red Dot, 2022).", "The chair received Italy's top design award (Compasso d'Oro, 1954).",
        "Muji's storage system won in Japan (Good Design Award, 2019).",
        "The architect's work was recognised with the profession's highest honour (Pritzker Prize, 2003).",
        "{B}'s new sofa was shortlisted last year (Dezeen Awards, {Y3}).",
    ],
    "movement-year": [
        "Much of this thinking goes back to one school (Bauhaus, 1919).",
        "The colourful laminates came from a Milan collective (Memphis Group, 1981).",
        "American buyers fell for teak and clean lines (Danish Modern, 1950).",
        "The Dutch conceptual approach became a movement (Droog, 1993).",
    ],
    "school-founding": [
        "Many of the brand's designers studied at the same school (Royal Danish Academy, 1754).",
        "The Finnish school merged into a university (Aalto University, 2010).",
        "Eindhoven's school feeds Dutch Design Week with graduates (Design Academy Eindhoven, 1947).",
    ],
    "lawsuit": [
        "The courts protected the lamp's design against imports (Flos v. Semeraro, 2011).",
        "The ruling clarified when a chair counts as a work of art (Cassina v. Alivar, 2008).",
        "The Tripp Trapp case went to the EU's highest court (Stokke v. Hauck, 2014).",
        "Copyright in applied art was tested again (Cofemel v. G-Star, 2019).",
    ],
    "rights-change": [
        "Replicas of classic chairs became illegal to sell in the UK (copyright term change, 2016).",
        "The repeal of section 52 gave designers the full copyright term (CDPA s.52 repeal, 2016).",
        "The EU design reform package was adopted after long debate (design reform, 2024).",
    ],
    "ruling-name": [
        "The decision on shape marks limited trade mark protection (Tripp Trapp ruling, 2013).",
        "Furniture brands welcomed the judgment (Cofemel ruling, 2019).",
        "The court's view on originality is now quoted by lawyers (Infopaq test, 2009).",
    ],
    "design-registration": [
        "The shape was protected before launch (design registration, 2020).",
        "{B} filed its new chair as a Community design (RCD, {Y3}).",
        "The lamp's shade is covered by an EU design right (registered {Y3}, renewable to 25 years).",
    ],
    "brand-collaboration": [
        "The two brands made a limited range together (HAY and IKEA, 2017).",
        "The sell-out collection went global (H&M x Marimekko, 2008).",
        "The range with the fashion designer was aimed at young renters (IKEA x Virgil Abloh, 2019).",
    ],
    "brand-launch": [
        "The poppy print became the company's symbol (Marimekko Unikko, 1964).",
        "The no-brand brand began as a supermarket label (Muji, 1980).",
        "The first flat-pack table changed furniture retail (IKEA flat pack, 1956).",
        "The brand was set up to sell affordable Danish design (HAY, 2002).",
    ],
    "founding-year": [
        "The Dutch brand is known for its playful lighting (Moooi, founded 2001).",
        "Terence Conran opened the first store on Fulham Road (Habitat, est. 1964).",
        "{B}'s younger rival is a digital-first brand (Muuto, founded 2006).",
        "The furniture maker still runs its factory in Hida (Karimoku, est. 1940).",
    ],
    "anniversary": [
        "The brand marked its anniversary with a book and a show (150 years, 2022).",
        "The chair was reissued in new colours (70th anniversary, 2025).",
        "{B} launched a limited edition for the occasion (centenary, {Y3}).",
    ],
    "film-documentary": [
        "Students are often shown a documentary on everyday objects (Objectified, 2009).",
        "The typeface film is a favourite in design schools (Helvetica, 2007).",
        "The Netflix series featured a Danish architect (Abstract, 2017).",
    ],
    "tv-series": [
        "Home makeover programmes have raised interest in interiors (Grand Designs, 1999).",
        "The BBC series made interior design a career choice for many viewers (Interior Design Masters, 2020).",
        "The Danish interiors show ran for six seasons (Nybyggerne, 2016).",
    ],
    "novel-book": [
        "The architect-hero is still a cultural reference (The Fountainhead, 1943).",
        "The bestseller made hygge a global word (The Little Book of Hygge, 2016).",
        "Kondo's tidying book changed how people think about storage (The Life-Changing Magic of Tidying Up, 2011).",
    ],
    "price-year": [
        "The chair is a luxury purchase at DKK 60,000 a chair (2023).",
        "The lamp sells for around €1,100 in the brand's own shop (2024 price list).",
        "A Series 7 chair cost less than a week's wages in the 1950s (DKK 95, 1955).",
        "Prices were raised across the range (+{q}%, {Y3}).",
    ],
    "sales-figure": [
        "The bookcase is one of the best-selling products ever made (120 million BILLY bookcases, 2019).",
        "Over {n},000 chairs leave the factory each year (2023 production).",
        "The lamp has sold in huge numbers (over 1 million PH5s, 2020).",
    ],
    "revenue-figure": [
        "{B}'s sales rose sharply (2023 revenue).", "The group's design division grew faster than its other units (FY2023 revenue: DKK {n}m).",
        "Online sales now make up a larger share (2024: {pc}% of revenue).",
        "Profits fell after the energy price rises (2022 results).",
    ],
    "fiscal-period": [
        "Orders from contract customers picked up (Q{q} {Y3}).", "Margins improved (FY2023/24).",
        "The Japanese business closed its year strongly (fiscal year ending February {Y3}).",
    ],
    "motto": [
        "The brand's philosophy is summed up as ‘Form follows function’.",
        "Muuto's range reflects the idea that ‘Less is more’.",
        "The slogan ‘Good design is good business’ is still quoted by design managers.",
        "Rams's motto, ‘Weniger, aber besser’ (less, but better), is printed on the showroom wall.",
    ],
    "brand-tagline": [
        "Heal's ran its ‘Modern classics’ campaign in the Sunday supplements.",
        "Muji's ‘Lower in price for a reason’ message dates from its launch.",
        "{B}'s tagline ‘Made to last’ appears on every channel.",
    ],
    "collection-season": [
        "The new colours were shown to dealers first (SS24 collection).",
        "The outdoor range sold out early (AW{q} {Y3} drop).",
        "The textiles were launched in two phases (Spring/Summer {Y3}).",
    ],
    "reissue-year": [
        "The sofa had been out of production for decades (reissued 2016).",
        "The lamp came back in new colours (relaunch, 2019).",
        "The chair returned to the catalogue after the archive was reopened (re-edition, {Y3}).",
    ],
    "city-title": [
        "Helsinki used the title to promote its design district (World Design Capital, 2012).",
        "Copenhagen hosted the architecture world (UIA World Capital of Architecture, 2023).",
        "The city's bid was built on its design schools (European Capital of Culture, 2019).",
    ],
    "expo": [
        "Japanese architects built several pavilions (Expo 2025 Osaka).",
        "The Finnish pavilion was praised by visitors (Expo 70).",
        "Aalto's pavilion introduced Finnish design to the world (Paris Expo, 1937).",
    ],
    "building-architect": [
        "The mixed-use block won many prizes (8 House, BIG, 2010).",
        "The library's timber interior is much photographed (Oodi, ALA Architects, 2018).",
        "Snøhetta's underwater restaurant in Norway opened to the public (Under, 2019).",
    ],
    "showroom-store-opening": [
        "The brand's first store outside Scandinavia opened in London (flagship, 2021).",
        "Muji's largest shop includes a hotel (Muji Ginza, 2019).",
        "The new space combines a showroom and a café (Copenhagen showroom, {Y3}).",
        "{B} closed two stores and opened a larger one (Milan, {Y3}).",
    ],
    "store-count": [
        "The retailer has cut its estate (42 stores, 2024).", "{B} now sells through many dealers ({n} dealers, {Y3}).",
        "Muji has stores across Europe (over 100 stores, 2023).",
    ],
    "certification": [
        "All the brand's timber is certified (FSC, 2021).", "The sofa carries an ecolabel (Nordic Swan Ecolabel, 2022).",
        "The factory meets the environmental standard (ISO 14001:2015).",
        "The chair is certified for contract use (EN 16139:2013, level 2).",
    ],
    "regulation-year": [
        "New EU rules will require product passports (ESPR, 2024).",
        "Timber imports must be traced to their origin (EUDR 2023).",
        "Furniture is among the product groups named in the new rules (Ecodesign for Sustainable Products Regulation, 2024).",
        "Extended producer responsibility for furniture began in France (EPR, 2013).",
    ],
    "material-spec": [
        "The chair is made in solid wood (FSC oak, soap finish).",
        "Its shell is pressure-moulded veneer (9 layers, 1955).",
        "The seat is woven from paper cord (120 metres per chair).",
        "The frame comes in colours chosen from a standard chart (RAL 7035).",
    ],
    "dimensions": [
        "The sofa suits small flats (W 200 × D 90 × H 75 cm).", "The shelf comes in three widths (58, 78 and 98 cm).",
        "The lamp has a wide shade (Ø 50 cm, 2.5 kg).",
    ],
    "survey-sample": [
        "Most respondents preferred to see a sofa before buying it (n = {n}).",
        "Dealers were interviewed at the fair (n={q}2, April {Y3}).",
        "Half of the sample had bought second-hand furniture (see Figure {q}).",
    ],
    "cross-reference": [
        "The channel plan is set out in full later (see Appendix {q}).",
        "The budget (Table {q}) assumes two fairs a year.", "This is discussed further in Section 4 (b).",
        "The customer persona (Appendix 2, Figure {q}) is based on six interviews.",
    ],
    "handle-hashtag": [
        "The brand replies to customers on Instagram (@fritzhansen).", "The hashtag trended during the fair (#3daysofdesign).",
        "Visitors tagged the installation thousands of times (#milandesignweek).",
        "Customers can book a showroom visit online (www.example-design.dk/showroom).",
    ],
    "abbreviation": [
        "The brand publishes a life cycle assessment (LCA) for each new product.",
        "Design for disassembly (DfD) lets a sofa be repaired rather than replaced.",
        "Key performance indicators (KPIs) include showroom visits and dealer orders.",
        "Environmental product declarations (EPDs) are now asked for in tenders.",
    ],
    "japanese-era": [
        "The workshop was founded in the Meiji era (Meiji 33, 1900).",
        "The chair became popular in Japan's boom years (Shōwa 40s, 1965–1974).",
        "The company's records start in the Taishō period (1912–1926).",
    ],
    "museum-collection": [
        "The chair is held by several museums (MoMA collection, 1958).",
        "The lamp has been on permanent display in London since the museum moved (Kensington, 2016).",
        "A copy of the vase is part of a national collection (Designmuseum Danmark, inv. no. {n}).",
    ],
    "patent": [
        "The joint was patented before the chair was launched (patent DK {n}, 1952).",
        "The stacking mechanism was protected for twenty years (patent, 1933).",
        "The shade's geometry was patented by the designer (Danish patent, 1926).",
    ],
    "conference-event": [
        "The debate on circular design filled the main hall (Design Talks, {Y3}).",
        "The museum hosted a one-day event for students (Open Studio, {Y3}).",
        "Dezeen's conference ran alongside the fair (Dezeen Day, 2019).",
    ],
    "age-range": [
        "The target segment is urban professionals (aged 30–45).", "Most first-home buyers are young (25–34 years).",
        "The brand's older customers (55+) prefer to buy in store.",
    ],
    "currency-conversion": [
        "The chair costs more in Japan (¥{n},000, about £{q}00).",
        "The price is the same across the eurozone (€{n}, excluding VAT).",
        "Danish prices were converted for the table (DKK 7.46 = €1).",
    ],
}  # fmt: skip

SCARE_QUOTES = ["‘hygge’", "‘lagom’", "‘sisu’", "‘Japandi’", "‘quiet luxury’", "‘greenwashing’", "'design classic'",
                "‘timeless’", "“iconic”", "‘slow design’", "'Instagrammable'", "‘made in Italy’", "‘wabi-sabi’",
                "‘new Nordic’", "‘dupe’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of selling {Q} rather than furniture {P}.", "Many brands now describe their ranges as {Q} {P}.",
    "So-called {Q} style has spread far beyond Scandinavia {P}.", "The word {Q} is used loosely in furniture marketing {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "{Q} has become a selling point in its own right {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘New in: the autumn edit from our Copenhagen studio’", "‘Meet us at {fair}’",
                 "“Your invitation to our showroom evening”", "‘Last days: 20% off lighting’",
                 "'A classic, reissued'", "‘Care for your chair: our spring guide’", "“Made to last. Made to repair.”",
                 "‘The {cty} showroom is open again’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the year {P}.", "{B} used {Q} in its dealer newsletter {P}.",
    "A subject line such as {Q} works because it invites a visit {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
    "The message {Q} went to {n} trade contacts before the fair {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one design management text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study of heritage brands concluded that {Q} {P}.",
    "{N} put it plainly: {Q}.", "The point is made directly that {Q} {P}, which {B} should note.",
]  # fmt: skip
