"""The blind282 pool's prose: marketers at food, dairy, textile, tractor, fertiliser, education and banking firms,
sports-goods makers and tourism bodies in India's Punjab, Pakistan's Punjab and the Punjabi diaspora in the UK and
Canada, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Frames use the fill values of documents.py and
these of its own: {rs} a rupee figure, {lt} a price per litre, {hp} a tractor's horsepower, {crop} a crop,
{city} a city of either Punjab or the diaspora. NOT_CITATIONS holds brackets, years and quotation marks these
candidates write that cite nothing: festivals, crop seasons, tractor models, prices, procurement, exports, World
Cup footballs, rankings, leagues, films, songs, shrines, partition, canals, bank schemes, laws and slogans.
"""

from __future__ import annotations

import random

BRANDS = ["Verka", "Milkfed", "Amul", "Sonalika", "Swaraj Tractors", "Vardhman", "Trident", "Nishat", "Gul Ahmed",
          "Sapphire", "Olper's", "Shan", "National Foods", "Punjab National Bank", "HDFC Bank", "Bank of Punjab",
          "Habib Bank", "Lovely Professional University", "Chitkara University", "LUMS", "Forward Sports",
          "Punjab Tourism", "Nestlé Pakistan", "Haldiram's", "Markfed", "IFFCO"]  # fmt: skip

NARRATIVE_START = [
    "{N} found that {C}.", "{N} argued that {C}.", "{N} observed that {C}, which is relevant to {B}.",
    "{N} reported that {C} in both Punjabs.", "{N} concluded that {C}.", "{N} explains that {C}.",
    "{N} has pointed out that {C}.", "{N} stressed that {C}, especially in rural markets.",
    "{N} noted that {C}; this holds for {B} as well.", "{N} takes the view that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As stated by {N}, {C}.", "{O}, {N} found that {C}.", "{C}, as {N} have shown.",
    "In a survey of farmers, {N} found that {C}.", "This is in line with {N}, who found that {C}.",
    "{B} can learn from {N}, who showed that {C}.", "Evidence from {N} suggests that {C}.",
    "{C}; {N} reached the same conclusion for {city}.", "Data published by {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "{O}, {N} findings suggest that {C}.", "{N} survey of dealers found that {C}.",
    "Using {N} framework, {B} can see that {C}.", "{N} report makes clear that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is well established that {C} {P}.", "In {city}, {C} {P}.",
    "This matters for {B} because {C} {P}.", "{C}, particularly among {A} {P}.", "{C} {P:see}.",
    "Several studies show that {C} {P:e.g.}.", "For {B}, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but {C2}.", "{C} {P}; at the same time, {C2}.", "While {C} {P}, {C2}.",
    "{C} {P}, and {C2}.", "Although {C} {P}, it is also true that {C2}.",
]  # fmt: skip
CLAIMS = [
    "farmers trust the advice of the local dealer more than any advertisement",
    "cooperative dairy brands enjoy higher trust than private ones in the villages",
    "{A} in the diaspora buy brands that remind them of home",
    "price remains the main factor in the choice of a tractor",
    "word of mouth at the gurdwara and the mosque spreads faster than social media",
    "mobile banking has grown quickly in rural districts since {Y}",
    "{T} raises {R} among young urban buyers",
    "export buyers in Europe now ask for proof of fair wages and traceable cotton",
    "Punjabi-language advertising builds more trust than Hindi or Urdu copy",
    "students choose private universities for placements rather than rankings",
    "halal certification matters to Muslim consumers in the UK and Canada",
    "packaged ghee is displacing loose ghee in urban households",
    "{B} relies on {T} more than its rivals do",
    "loyalty to a spice brand is passed from mothers to daughters",
    "rural retailers give credit that chain stores cannot match",
    "tourists from the diaspora spend more per visit than domestic tourists",
]  # fmt: skip
OPENERS = [
    "However", "In Indian Punjab", "In Pakistani Punjab", "For {B}", "Similarly", "In the diaspora",
    "In the case of {B}", "Moreover", "In rural areas", "At the same time", "In {city}", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} sells through dealers in every district and through its own website.",
    "This report analyses {B}'s marketing mix and recommends changes for the next two years.",
    "{B}'s products are sold in {city}, Toronto and Southall.", "{O}, {C}.",
    "A PESTLE analysis is given in Appendix 2.", "The table below compares {B} with its two main rivals.",
    "{B} has around {n} dealers and distributors across the province.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{B} seems to accept that {Q} {P}.",
    "The point is made clearly: {Q} {P}.", "It has been argued that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘desi’", "‘vocal for local’", "‘pure’", "‘ghar ka khana’", "‘jugaad’", "‘brand Punjab’",
                "'premium'", "“value for money”", "‘NRI market’", "'made in Pakistan'"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now claim to be {Q} {P}.", "The idea of {Q} products appeals strongly to {A} {P}.",
    "So-called {Q} marketing is common in the region {P}.", "{B} positions itself as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Vaisakhi offer: 10% off all {M}’", "‘Your Eid order is on its way’",
                 "“Admissions open – apply before 30 June”", "‘Lohri special: free delivery today’",
                 "'Diwali dhamaka deals inside'", "‘Ramadan Kareem from all of us’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the season {P}.", "Festive subject lines such as {Q} work well {P}.",
    "{B} sent {Q} to its whole list {P}.",
]  # fmt: skip

# Brackets, years and quotation marks that cite nothing. None names a work in the reference list.
NOT_CITATIONS = {
    "festival-year": ["Sales of sweets and dry fruit peak around Vaisakhi (April 2024).",
                      "Footfall in {city}'s bazaars rose during Vaisakhi 2024 (13 April)."],
    "festival-lohri": ["Demand for peanuts, gur and rewri jumps before Lohri (13 January 2024).",
                       "The brand's Lohri campaign (January 2023) used bonfire imagery."],
    "festival-basant": ["Kite makers in Lahore lost business after the ban on Basant (2007).",
                        "The revival of Basant (February 2025) was a boost for kite and string sellers."],
    "kisan-mela": ["Seed companies launch new varieties at the Kisan Mela at Ludhiana (2023).",
                   "The tractor was first shown at the PAU Kisan Mela (March 2024)."],
    "rabi-season": ["Urea demand is highest in the wheat season (rabi 2022–23).",
                    "Dealer credit was stretched after a poor harvest (rabi 2021–22)."],
    "kharif-season": ["Paddy transplanting began late last year (kharif 2023).",
                      "Pesticide sales depend on the monsoon (kharif season, {Y})."],
    "tractor-model": ["The Sonalika Tiger (2019) was aimed at younger farmers.",
                      "Many farmers still prefer the Swaraj 855 ({hp} HP, launched {Y})."],
    "tractor-hp": ["Demand has shifted to bigger machines (50–60 HP, 2023 sales).",
                   "Mid-range tractors (41–50 HP) made up most sales in 2022."],
    "milk-price": ["Full-cream milk now costs more per litre (Rs {lt}/litre, 2024).",
                   "Milk prices rose twice last year (Rs {lt} per litre in June 2023)."],
    "ghee-price": ["Branded desi ghee is sold at a premium (Rs {rs}/kg, 2024).",
                   "Loose ghee is cheaper (Rs {rs} a kilo in 2023)."],
    "rupee-price": ["The entry-level pack was priced for rural buyers (Rs 10, 2022).",
                    "A bag of atta costs far more than it did (PKR {rs}, 2023)."],
    "msp": ["Wheat is bought at the support price (MSP 2023).",
            "Farmers protested for a legal guarantee of procurement prices (MSP, 2020–21)."],
    "procurement": ["Government agencies bought most of the crop (2022 procurement).",
                    "Paddy arrivals in the mandis set a record ({Y} procurement season)."],
    "textile-exports": ["Home-textile exports fell sharply (FY2022–23: US$ {n} million).",
                        "Pakistan's textile exports peaked at over US$ 19 billion (2021–22)."],
    "world-cup-ball": ["Sialkot made the official match ball (Al Rihla, 2022).",
                       "The Brazuca (2014) was stitched in Sialkot."],
    "nirf-ranking": ["The university moved up the national table (NIRF 2024).",
                     "Its management school entered the top 50 (NIRF 2023 rank 47)."],
    "qs-ranking": ["LUMS is the highest-ranked university in Pakistan in some tables (QS 2025).",
                   "Its business school appeared in the Asian list (QS Asia 2024)."],
    "ipl-season": ["The bank sponsored Punjab Kings (IPL 2024).", "Ticket sales in Mohali were strong (IPL 2023)."],
    "psl-season": ["A spice brand sponsored Lahore Qalandars (PSL 2022).",
                   "The final drew a record audience (PSL 8, 2023)."],
    "kabaddi-league": ["The dairy brand sponsored a team (Pro Kabaddi League, season 10).",
                       "Circle-style kabaddi cups draw big crowds in Jalandhar (World Kabaddi Cup 2014)."],
    "punjabi-film": ["Product placement in Carry On Jatta 3 (2023) reached a huge audience.",
                     "Many diaspora viewers first saw the brand in Qismat (2018)."],
    "pakistani-film": ["The Legend of Maula Jatt (2022) was the highest-grossing Pakistani film.",
                       "The original Maula Jatt (1979) is still remembered in Lahore."],
    "song-year": ["The advert borrowed the hook of Karan Aujla's ‘Softly’ (2023).",
                  "Nusrat Fateh Ali Khan's ‘Mustt Mustt’ (1990) is still used in wedding adverts."],
    "concert-tour": ["Brands queued to sponsor the Dil-Luminati Tour (2024).",
                     "Ticket sales for the Coachella set (April 2023) made headlines in Punjab."],
    "gurdwara-founding": ["The Golden Temple (1604) draws more visitors than the Taj Mahal.",
                          "Harmandir Sahib (completed 1604) is the centre of religious tourism in Amritsar."],
    "mosque-founding": ["The Badshahi Mosque (1673) is Lahore's most visited site.",
                        "Wazir Khan Mosque (1641) has been restored with donor funds."],
    "partition": ["Many family firms were split by Partition (1947).",
                  "The brand traces its roots to Lahore (before August 1947)."],
    "historical-date": ["Jallianwala Bagh (13 April 1919) is part of every Amritsar heritage tour.",
                        "Maharaja Ranjit Singh's empire (1799–1849) is a theme of the state's heritage campaigns."],
    "green-revolution": ["Wheat yields rose sharply after the Green Revolution (late 1960s).",
                         "Fertiliser use in Punjab rose after the new seed varieties (1966–67)."],
    "canal-dam": ["Irrigation improved after the Bhakra Dam (1963).",
                  "Farms near the Upper Chenab Canal (1912) have better water."],
    "dam-project": ["Tarbela Dam (1976) still supplies most of the canal water.",
                    "The Thein Dam project (completed 2001) was renamed Ranjit Sagar."],
    "bank-scheme": ["Most farmers use the Kisan Credit Card (KCC, 1998).",
                    "Young entrepreneurs applied under the Prime Minister's Youth Business Loan scheme (2013)."],
    "loan-product": ["The bank's tractor loan (up to Rs {rs} lakh, 2024) has a lower rate.",
                     "The Kissan Card (2022) gives farmers interest-free loans."],
    "law-act": ["Food labelling is regulated under the Punjab Food Authority Act 2011.",
                "Milk adulteration is covered by the Food Safety and Standards Act, 2006."],
    "law-year": ["Brands had to change their packaging (PFA regulations, 2018).",
                 "The farm laws (2020) were repealed after a year of protests."],
    "quoted-slogan": ["Verka's slogan ‘Punjab di shaan’ appears on every pack.",
                      "Amul's ‘The taste of India’ line (1996) is still in use."],
    "slogan-campaign": ["The ‘Jaago Punjab’ drive (2019) encouraged voting.",
                        "The state's ‘Rangla Punjab’ campaign (2022) targeted the diaspora."],
    "census-figure": ["Punjab has a large rural population (Census 2011: 62.5%).",
                      "The Sikh population of Canada is growing (2021 Census: 771,790)."],
    "pak-census": ["Punjab is Pakistan's most populous province (2023 census: 127.7 million).",
                   "Lahore's population grew quickly (1998–2017)."],
    "fiscal-year": ["The dairy division grew by 12% (FY24).", "Exports fell in the last year (FY2022–23)."],
    "pinned-date": ["The dealer meet was held in Ludhiana (14 March 2024).",
                    "The store in Southall opened before Diwali (November 2023)."],
    "eid-sales": ["Sales of sevaiyan and milk peak before Eid (Eid ul-Fitr 2024).",
                  "Meat and spice mixes sell fastest before Eid ul-Adha (June 2024)."],
    "diwali-sales": ["Gift boxes sold out in the festive season (Diwali 2023).",
                     "E-commerce orders doubled during the festive sale (Oct–Nov 2023)."],
    "tournament-year": ["Sialkot's stitchers supplied balls for the tournament (Qatar 2022).",
                        "Hockey sticks from Sialkot were used at the Olympics (Tokyo 2020)."],
    "visa-policy": ["Student numbers fell after the cap (Canada, January 2024).",
                    "The Graduate Route (2021) made UK courses more attractive."],
    "iso-standard": ["The mill is certified for environmental management (ISO 14001:2015).",
                     "Its cotton is certified (GOTS 7.0, 2023)."],
    "flood-year": ["The floods (July 2023) destroyed crops along the Ghaggar.",
                   "Many dairies lost animals in the floods (2022)."],
    "crop-yield": ["Wheat yields in Punjab are high (48 quintals per hectare, 2022–23).",
                   "Cotton output fell after pink bollworm attacks (2021 season)."],
    "model-year": ["The new harvester (2024 model) is sold with GPS.",
                   "The Swaraj 744 FE (2020 edition) was the best-selling model."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "rs": str(rng.choice([350, 480, 620, 750, 900, 1100, 2400])),
        "lt": str(rng.choice([56, 58, 64, 66, 180, 200, 220])),
        "hp": str(rng.choice([35, 42, 47, 50, 55, 60])),
        "crop": rng.choice(["wheat", "paddy", "cotton", "basmati", "sugarcane", "maize"]),
        "city": rng.choice(["Ludhiana", "Amritsar", "Jalandhar", "Lahore", "Faisalabad", "Sialkot", "Multan",
                            "Brampton", "Southall", "Surrey"]),
    }  # fmt: skip
