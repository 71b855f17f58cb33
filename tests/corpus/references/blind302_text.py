"""The blind302 pool's prose: marketers at Finnish, Estonian and Swedish sauna, spa, wellness-tourism, design and
outdoor brands, lakeside resorts, public saunas and tourism bodies in Finland, Estonia, Sweden, the UK and Germany
writing CIM Level 6 and 7 reports and MBA assignments in English on experience, wellbeing, place branding, export and
digital-channel marketing.

Frames use the builder's fill values and these of its own: {sauna} a public sauna or pool with its city, {sy} its
opening year, {lake} a lake, island or region, {unesco} a listing, {stove} a stove or product line, {fest} a festival
or championship, {icon} a design icon, {park} a national park or trail, {award} an award, {word} a Finnish or Swedish
word, {eur} a price in euros, {mil} a figure in millions, {pc} a percentage's number, {mon} a month, {yr} a recent
year, {city} a city. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Löyly", "Allas Sea Pool", "Kotiharjun Sauna", "Harvia", "Narvi", "Saunum", "Kolme Vaahteraa", "Iittala",
          "Marimekko", "Fiskars", "Visit Finland", "Visit Estonia", "Visit Sweden", "Lapland Hotels",
          "Arctic TreeHouse Hotel", "Kalevala Koru", "Sauna from Finland", "Kuusijärvi", "Naantali Spa", "Tylö",
          "Huum", "Kakslauttanen", "Yasuragi", "Vihula Manor", "Kulttuurisauna"]  # fmt: skip

_SAUNAS = [("Löyly", "Helsinki", "2016"), ("Allas", "Helsinki", "2016"), ("Kotiharju", "Helsinki", "1928"),
           ("Kulttuurisauna", "Helsinki", "2013"), ("Sompasauna", "Helsinki", "2011"), ("Rajaportti", "Tampere", "1906"),
           ("Kuusijärvi", "Vantaa", "2015"), ("Kaupinoja", "Tampere", "1980"), ("Uusi Sauna", "Helsinki", "2018"),
           ("Kalma", "Tallinn", "1928"), ("Iglupark", "Tallinn", "2014"), ("Centralbadet", "Stockholm", "1904"),
           ("Sturebadet", "Stockholm", "1885"), ("Ribersborg", "Malmö", "1898"), ("Kallio", "Helsinki", "1929"),
           ("Pyynikki", "Tampere", "2004")]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    sauna, city, opened = rng.choice(_SAUNAS)
    return {
        "sauna": sauna, "sy": opened, "city": city,
        "lake": rng.choice(["Saimaa", "Päijänne", "Inari", "Lapland", "Åland", "Saaremaa", "Hiiumaa", "Kuusamo",
                            "Lake Peipus", "Gotland", "Lake Vättern", "Jämtland", "Kainuu", "Lakeland"]),
        "unesco": rng.choice(["Finnish sauna culture, 2020", "Võro smoke sauna tradition, 2014",
                              "Seto Leelo, 2009", "Struve Geodetic Arc, 2005", "Suomenlinna, 1991"]),
        "stove": rng.choice(["Harvia Legend (2015)", "Saunum Air (2019)", "Narvi Velvet (2018)", "Huum Hive (2017)",
                             "Harvia Cilindro (2008)", "Tylö Sense (2016)", "Iki Stove (2014)"]),
        "fest": rng.choice(["Sauna World Championships, 2010", "Flow Festival 2023", "Midsummer, 2022",
                            "Helsinki Design Week, 2019", "Ruisrock, 2024", "Tallinn Music Week, 2023",
                            "Vappu, 2023", "Slush, 2022", "Way Out West, 2019"]),
        "icon": rng.choice(["Aalto Vase (1936)", "Unikko (1964)", "Kartio (1958)", "Teema (1952)",
                            "Fiskars orange-handled scissors (1967)", "Paimio Chair (1932)", "Kivi (1988)"]),
        "park": rng.choice(["Nuuksio, 1994", "Urho Kekkonen National Park, 1983", "Pallas-Yllästunturi, 2005",
                            "Lahemaa, 1971", "Soomaa, 1993", "Oulanka, 1956", "Kungsleden, 1928", "Karhunkierros, 1957"]),
        "award": rng.choice(["Finnish Design Award, 2019", "Red Dot, 2021", "Fennia Prize, 2018",
                             "World Travel Awards, 2022", "Estonian Tourism Award, 2023", "Sauna of the Year, 2020"]),
        "word": rng.choice(["sisu", "löyly", "saunarauha", "lagom", "jokamiehenoikeus", "kalsarikänni", "avanto",
                            "vihta", "mökki", "friluftsliv", "fika"]),
        "eur": rng.choice(["€650", "€480", "€29", "€22", "€1,200", "€95", "€15", "€340"]),
        "mil": rng.choice(["1.2", "2.4", "6.1", "15.8", "3.3", "0.9"]),
        "pc": str(rng.randint(4, 78)),
        "mon": rng.choice(["January", "February", "March", "July", "August", "December"]),
        "yr": str(rng.randint(2016, 2024)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although the sample was drawn only from {lake}.",
    "{N} concluded that {C}; this is highly relevant to {B}.", "{N} showed that {C}.",
    "{N} identified that {C}, particularly for {A}.", "{N} suggest that {C}.",
    "{N} describes how {C} in the Nordic countries.", "{N} point out that {C} – something {B} has begun to act on.",
    "{N} observed that {C}, which matches what {B} sees in its booking data.", "{N} claims that {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} highlighted that, since {Y}, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Finnish wellness resorts, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "As highlighted by {N}, {C}.", "According to {N}, {C}.", "Research by {N} suggests that {C}.",
    "{C}; however, {N} found the opposite among {A}.", "Data from {N} show that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{C}, as {N} noted in their review of Nordic spa brands.",
    "It could be argued, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} findings suggest that {C}.", "{B} could apply {N} model, since {C}.",
    "{N} study of lakeside resorts found that {C}.", "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "For {A}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "{C}, especially in winter {P}.", "It is often claimed that {C} {P:see}.",
    "Several Nordic studies report that {C} {P:e.g.}.", "In short, {C} {P}.", "{C} {P:see also}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} increasingly travel to the Nordics for wellbeing rather than sightseeing",
    "public saunas have become places of social connection for younger city dwellers",
    "authenticity matters more to international visitors than luxury",
    "{T} works best for {B} when it shows the landscape rather than the product",
    "place branding succeeds only when residents support the story being told",
    "Finnish design brands trade on a heritage of simplicity and durability",
    "the sauna experience is hard to convey through paid social alone",
    "winter tourism in Lapland depends heavily on the aurora and on Christmas",
    "visitors from Germany and the UK value silence, nature and clean air",
    "export growth for sauna heater makers has come mainly from North America and Central Europe",
    "{T} lifts {R} among {A} when it is tied to a seasonal moment",
    "user-generated content is more trusted than brand claims in wellness tourism",
    "small lakeside resorts struggle to reach international markets without tourism-body support",
    "wellbeing travel is less seasonal than classic beach tourism",
    "sustainability claims must be specific to be believed",
    "{B}'s reliance on {T} leaves it exposed if platform costs rise",
    "co-created experiences raise willingness to pay",
    "the Nordic image of happiness has become a marketing asset in its own right",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In Finland", "For {B}", "Since the pandemic",
    "In the Estonian market", "From a visitor's perspective", "Nevertheless", "In Sweden", "As a result",
    "In the context of {B}", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} welcomes visitors all year, although most bookings fall between December and March.",
    "This report analyses {B}'s digital channels and makes recommendations for the next two years.",
    "{B}'s Instagram account has around {n}k followers, most of them outside Finland.",
    "A SWOT analysis of {B} is included in Appendix {q}.", "{O}, {C}.",
    "The main competitors are {B} and two smaller family-run spas.",
    "Task 2 builds on this with a content plan for German and British visitors.",
    "The recommendations are costed in euros and phased over eighteen months.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one destination-branding text puts it, {Q} {P}.", "{N} put it plainly: {Q}.",
    "The point is made directly that {Q} {P}, which {B} should note.", "One review concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘sisu’", "‘löyly’", "‘saunarauha’", "‘lagom’", "‘everyman's right’", "‘Nordic noir’",
                "‘slow travel’", "‘the happiest country in the world’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands in the region now lean on the idea of {Q} {P}.", "{B} builds its story around {Q} {P}.",
    "{N} describe {Q} as a selling point for {A}.", "The notion of {Q} appears in many campaigns {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Rent a Finn’", "‘Find your inner Finn’", "“Your private sauna is waiting”",
                 "‘Silence, please: three nights in {lake}’", "“The aurora season is open”",
                 "‘Löyly for two: book before {mon}’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The campaign line {Q} drew wide press coverage {P}.", "An email headed {Q} had the best open rate {P}.",
    "{B} used the slogan {Q} in its German market {P}.", "{N} cite the campaign {Q} as a model for {A}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: a tutor would not look for it in the list.
NOT_CITATIONS = {
    "sauna-opening-year": ["The most photographed public sauna in the region is {sauna} ({city}, {sy}).",
                           "Our benchmark set includes ({sauna}, {sy}) and two lakeside saunas near {city}."],
    "sauna-name-year": ["Newer urban saunas such as ({sauna}, {sy}) changed what visitors expect.",
                        "The oldest venue on our list ({sauna}, {sy}) still heats with wood."],
    "lake-region-year": ["Visitor numbers rose sharply in the lake district (Saimaa, {yr}).",
                         "The pilot trips ran in two regions ({lake}, {yr}) before the national launch."],
    "island-year": ["Ferry capacity limits growth on the islands (Åland, {yr}).",
                    "Spa hotels on the west coast (Saaremaa, {yr}) reported their best summer."],
    "unesco-listing": ["Sauna culture is now on the intangible heritage list ({unesco}).",
                       "{B} mentions the listing ({unesco}) on every product page."],
    "stove-model-year": ["The flagship heater, the {stove}, is still the best-selling model.",
                         "Reviewers compared the {stove} with cheaper electric heaters."],
    "festival-year": ["{B} ran a pop-up sauna at the festival ({fest}).",
                      "Sampling at large events ({fest}) produced the most sign-ups."],
    "flow-festival": ["Sponsorship of Flow Festival {yr} reached a young urban audience.",
                      "The brand's tent at Flow Festival {yr} had queues all weekend."],
    "design-icon-year": ["Heritage pieces such as the {icon} anchor the brand's story.",
                         "The campaign re-shot the {icon} in a forest setting."],
    "aurora-month": ["Aurora bookings peaked in mid-winter ({mon} {yr}).",
                     "Occupancy reached {pc}% in the darkest month ({mon} {yr})."],
    "overnights-year": ["Lapland recorded {mil} million overnights ({yr}).",
                        "Foreign visitors accounted for {mil} million overnight stays ({yr}) in the region."],
    "igloo-price": ["A glass igloo suite costs {eur} a night ({yr}).",
                    "Peak-season prices ({eur} a night, {yr}) did not deter British guests."],
    "sauna-ticket-price": ["A two-hour session at {sauna} costs {eur} ({yr} price).",
                           "Day tickets rose to {eur} ({yr}) after the renovation."],
    "national-park-year": ["Guided walks start at the edge of the park ({park}).",
                           "The trail product is sold with the park's founding date ({park}) on the label."],
    "award-year": ["The brand's packaging won a prize ({award}).",
                   "{B} lists the award ({award}) in its press kit."],
    "finnish-word": ["Candidates often explain the idea of “{word}” to English readers.",
                     "The brand uses the word ‘{word}’ in all its English copy."],
    "finnish-word-year": ["Campaigns built around ‘{word}’ ({yr}) were shared widely.",
                          "The ‘{word}’ series ({yr} edition) was translated into German."],
    "bathers-count": ["The sauna village welcomed a record crowd ({yr} bathers: {n},000).",
                      "Attendance grew steadily ({yr} bathers) after weekday opening began."],
    "year-visitors": ["The spa hotel reports its figures each spring ({yr} visitors: {n},000).",
                      "Occupancy improved on the previous season ({yr} guests)."],
    "midsummer": ["Bookings for Midsummer ({yr}) sold out within a week.",
                  "The lakeside cottages are fully booked over Juhannus ({yr})."],
    "quarter-year": ["Online sales of home saunas rose sharply (Q{q} {yr}).",
                     "Export orders slowed in the second half (H2 {yr})."],
    "financial-year": ["Revenue reached €{n} million in the last financial year (FY{yr}).",
                       "Net sales grew {pc}% year on year (FY{yr})."],
    "founding-year": ["The family company (founded {Y}) now exports to {q}0 countries.",
                      "The heater maker (est. {Y}) still makes its products in Finland."],
    "city-year": ["Helsinki was European Capital of Culture for one year (Helsinki, 2000).",
                  "The Baltic city's turn as Capital of Culture (Tallinn, 2011) lifted visitor numbers."],
    "design-capital": ["The city's World Design Capital year (Helsinki 2012) is still cited in its brand book.",
                       "Design tourism grew after the title (World Design Capital, 2012)."],
    "survey-sample": ["Most respondents had visited a public sauna (n = {n}).",
                      "German respondents rated silence highest (n = {n}, {yr})."],
    "figure-ref": ["Bookings by market are shown below (Figure {q}).",
                   "Channel costs are compared in the appendix (Table {q}, {yr} data)."],
    "percentage-year": ["Direct bookings rose to {pc}% ({yr}).",
                        "Mobile accounted for {pc}% of web traffic ({yr} average)."],
    "euro-revenue": ["The group's sauna segment grew strongly (€{n}m, {yr}).",
                     "Marketing spend was cut ({yr} budget: €{n}k)."],
    "ice-swimming": ["Winter swimming clubs grew quickly (avanto season {yr}).",
                     "The hole in the ice opens each winter (December–March {yr})."],
    "christmas-season": ["Charter flights to Rovaniemi fill in December (Christmas {yr}).",
                         "Santa Claus Village trips sold out early (season {yr}–{Y2})."],
    "lockdown": ["Public saunas closed for several months (March–June 2020).",
                 "Domestic demand rose during the restrictions (2020–2021)."],
    "rebrand": ["The rebrand (autumn {yr}) dropped the old logo.",
                "{B}'s visual identity was refreshed (new logo, {yr})."],
    "happiness-ranking": ["Finland was again ranked the happiest country ({yr} ranking).",
                          "The ranking (happiest country, {yr}) is used in most campaigns."],
    "ticker": ["Harvia listed on Nasdaq Helsinki in March 2018 (ticker: HARVIA).",
               "Investors follow the share price closely (MEKKO, Nasdaq Helsinki)."],
    "vat-rate": ["Accommodation is taxed at a reduced rate (VAT {pc}%, {yr}).",
                 "Prices rose after the tax change (VAT from 24% to 25.5%, 2024)."],
    "cross-reference": ["This is discussed further below (see Section {q}).",
                        "Costs are set out in the budget (Appendix {q})."],
    "hashtag-handle": ["The campaign used one hashtag (#SaunaLife, {yr}).",
                       "{B} posts daily from its account (@visitfinland)."],
    "slogan-year": ["The slogan (‘Find your inner Finn’, {yr}) ran in eight markets.",
                    "Its line (“Rent a Finn”, 2019) won wide coverage."],
    "product-launch": ["The smart control app (launched {yr}) lets guests book a sauna slot.",
                       "The brand launched its first home-sauna range (spring {yr})."],
    "hotel-opening": ["The hotel's second building (opened {yr}) added {n} rooms.",
                      "The treehouse suites ({yr} opening) are sold out most winters."],
    "flight-route": ["The new direct route (Manchester–Kittilä, {yr}) made short breaks possible.",
                     "Winter charters (Gatwick–Rovaniemi, {yr}) doubled capacity."],
    "temperature": ["The sauna is kept hot (80–90°C) and the lake is just above freezing (2°C).",
                    "The coldest day of the season (−{q}2°C, {mon} {yr}) drew the biggest crowd."],
    "distance-time": ["The resort is close to the airport (15 km, 20 minutes).",
                      "The trail is a day's walk (12 km, {yr} route)."],
    "championship-year": ["The endurance contest was stopped for good (Heinola, 2010).",
                          "Ice-swimming races draw a crowd each winter (World Winter Swimming Championships, {yr})."],
    "room-count": ["The group operates {n} rooms in {q}0 hotels ({yr}).",
                   "Capacity grew to {n} beds ({yr} season)."],
    "population-stat": ["Finland has about three million saunas (population 5.6 million, {yr}).",
                        "There are more saunas than cars in the country ({yr} estimate)."],
    "exchange-rate": ["Swedish prices look high to visitors (€1 = SEK 11.{q}, {yr}).",
                      "Costs were converted at the year's average rate (SEK/EUR {yr})."],
    "academic-year": ["The project ran over one academic year (2023/24).",
                      "Data were gathered in the autumn term ({yr})."],
    "eu-presidency": ["Finland held the rotating EU presidency (July–December 2019).",
                      "Estonian tourism policy changed after accession (EU, 2004)."],
    "certification": ["The spa holds an eco-label (Green Key, {yr}).",
                      "All suites are certified (Sustainable Travel Finland, {yr})."],
    "sami-calendar": ["Reindeer races are held on the lake in spring (Inari, {mon} {yr}).",
                      "The Sámi National Day (6 February) is marked with events across Lapland."],
}  # fmt: skip
