"""The blind304 pool's prose: marketers at Georgian wineries, qvevri and natural-wine producers, mineral-water and
brandy brands, Tbilisi hotels, ski resorts, tour operators and the national tourism body, in Georgia, the UK,
Germany, Poland and Israel, writing CIM Level 6 and 7 reports and MBA assignments in English on wine tourism,
export, place branding and digital-channel marketing.

Placeholders as in text.py, and these of this pool's own (see values): {grape} a grape variety, {reg} a wine
region, {vil} a village or town, {pdo} an appellation, {vin} a vintage, {gel} a lari price, {rate} lari to the
dollar, {mb} millions of bottles, {pts} a critic's score, {mkt} an export market, {ch} a channel, {fest} a feast or
festival, {resort} a ski resort, {mo} a month, {pc} a percentage. Written without reading the checker, its tests or
any other pool; the decoys are brackets, years and figures a tutor would never look for in the reference list.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Marani", "Teliani Valley", "Schuchmann Wines", "Pheasant's Tears", "Tbilvino", "Borjomi", "Nabeghlavi",
          "Sarajishvili", "Rooms Hotels", "Stamba", "Fabrika", "Gudauri", "Bakuriani", "Wine Club Georgia",
          "Khareba", "Château Mukhrani", "Vinoterra", "Kindzmarauli Marani", "Iago's Wine", "Likani"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "grape": rng.choice(["Saperavi", "Rkatsiteli", "Mtsvane", "Kisi", "Khikhvi", "Chinuri", "Tsolikouri",
                             "Aleksandrouli", "Mujuretuli", "Ojaleshi", "Tavkveri", "Krakhuna", "Otskhanuri Sapere"]),
        "reg": rng.choice(["Kakheti", "Kartli", "Imereti", "Racha", "Lechkhumi", "Guria", "Adjara", "Samegrelo",
                           "Meskheti", "Svaneti"]),
        "vil": rng.choice(["Sighnaghi", "Telavi", "Kvareli", "Gurjaani", "Napareuli", "Ikalto", "Velistsikhe",
                           "Ambrolauri", "Mestia", "Stepantsminda", "Mtskheta", "Kutaisi", "Alaverdi", "Tsinandali"]),
        "pdo": rng.choice(["Tsinandali", "Mukuzani", "Kindzmarauli", "Khvanchkara", "Napareuli", "Akhasheni",
                           "Vazisubani", "Manavi", "Teliani", "Gurjaani", "Kardenakhi", "Tvishi", "Ateni"]),
        "vin": str(rng.randint(2015, 2023)), "gel": str(rng.randint(18, 95)),
        "rate": rng.choice(["2.65", "2.70", "2.68", "3.10", "3.25", "2.95", "2.71"]),
        "mb": str(rng.randint(60, 115)), "pts": str(rng.randint(88, 96)), "pc": str(rng.randint(4, 78)),
        "mkt": rng.choice(["Poland", "Ukraine", "China", "Germany", "the UK", "Israel", "Kazakhstan", "the Baltics",
                           "the United States", "Latvia"]),
        "ch": rng.choice(["Instagram", "TikTok", "Facebook", "the cellar door", "Booking.com", "TripAdvisor",
                          "email", "Google Ads", "the wine club", "Vivino"]),
        "fest": rng.choice(["Rtveli", "Tbilisoba", "the New Wine Festival", "Alaverdoba", "Art-Gene"]),
        "resort": rng.choice(["Gudauri", "Bakuriani", "Mestia", "Goderdzi", "Tetnuldi"]),
        "mo": rng.choice(["January", "March", "May", "June", "September", "October", "November"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn only from {reg}.",
    "{N} concluded that {C}; {B} is a clear example.", "{N} showed that {C} among visitors from {mkt}.",
    "{N} noted that {C}, which matters for a small producer such as {B}.", "{N} suggested that {C}.",
    "{N} identified authenticity, hospitality and price as drivers of {R} and showed that {C}.",
    "{N} warned that {C} unless the story behind the qvevri is told clearly.", "{N} observed that {C}.",
    "{N} point out that {C}, and this is echoed by the winemakers interviewed for this report.",
    "{N} explains that {C} (for instance through {ch}).", "{N} went further and argued that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "This is in line with {N}, who report that {C}.",
    "{C}, as {N} point out.", "{B} could learn from {N}, who show that {C}.", "According to {N}, {C}.",
    "In their study of wineries in {reg}, {N} found that {C}.", "{C}; {N} reached a similar conclusion.",
    "For {B}, the lesson from {N} is that {C}.", "Work by {N} suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} model suggests that {C}.", "{N} findings imply that {C}.",
    "{N} framework helps to explain why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "In Georgia, {C} {P}.", "For {B}, {C} {P}.", "Several studies agree that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which is why {B} invests in {ch}.",
]  # fmt: skip
CLAIMS = [
    "qvevri wine gives {B} a story that no New World rival can copy", "wine tourists from {mkt} stay longer in {reg} than other visitors",
    "{A} trust a winery more when the winemaker hosts the tasting", "{T} raises {R} for small Georgian wineries",
    "the country-of-origin cue of Georgia is still weak outside the former Soviet markets",
    "dependence on a single export market leaves producers exposed to political risk",
    "boutique hotels in Tbilisi compete on design and story rather than on price",
    "ski resorts lose winter visitors to the Alps when flight connections are poor",
    "mineral water brands rely on heritage and health claims to justify a premium",
    "{A} discover new wineries through {ch} before they visit", "storytelling around the supra makes Georgian hospitality memorable",
    "natural-wine bars in London and Berlin act as gatekeepers for small qvevri producers",
    "a national wine brand helps small producers more than large ones", "{B} relies on {ch} more than its rivals do",
    "brandy producers struggle to escape the image of cheap Soviet cognac", "price promotions damage the premium image of {grape}",
    "tour operators bundle wine, food and mountains to lengthen stays", "{A} reward {T} with {R}",
    "visitors rarely know the names of indigenous grapes before they arrive", "place branding works only when residents believe in it",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In the Georgian market", "For wineries in {reg}", "Outside Tbilisi"]  # fmt: skip
PLAIN = [
    "{B} sells through its cellar door, its website, duty-free shops and importers in {mkt}.",
    "{B} is a family winery in {vil} that makes wine in qvevri buried in the cellar floor.",
    "Most visitors reach {reg} on a day trip from Tbilisi by minibus or private driver.",
    "{O}, {C}.", "The marketing team is three people, one of whom also runs the tasting room.",
    "{B} posts on Instagram three times a week, mostly photographs of the vineyard and the harvest.",
    "The recommendations below are costed and phased over eighteen months.",
    "The analysis uses PESTLE, Porter's five forces and a SWOT before setting SMART objectives.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one wine-marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{O}, {Q} {P}.", "{B} would do well to remember that {Q} {P}.",
    "The point is made directly that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘cradle of wine’", "‘amber wine’", "‘orange wine’", "‘natural’", "‘authentic Georgia’",
                "‘hidden gem’", "‘Soviet-style’", "'off the beaten track'", "“Instagrammable”", "‘terroir’",
                "‘low-intervention’", "‘wine country’", "‘the Switzerland of the Caucasus’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets its wines as {Q} {P}.", "Many importers find the term {Q} confusing {P}.",
    "Tour operators still sell Georgia as a {Q} {P}.", "The idea of {Q} wine is used loosely in the trade {P}.",
    "Critics call this kind of branding {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Rtveli is here: join the harvest at {B}’", "‘Your {grape} tasting box has shipped’",
                 "“Last rooms for New Year in {resort}”", "‘Gaumarjos! 15% off our qvevri wines’",
                 "‘The {vin} vintage is ready to taste’", "‘Ski pass and hotel for GEL {gel} a night’",
                 "“We miss you at the cellar door”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate of the season {P}.", "{B} sent {Q} to its wine-club members {P}.",
    "Subject lines such as {Q} create urgency {P}.", "Testing {Q} against a plainer line showed a clear winner {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "region-year": ["Harvest tourism grew fastest in the east (Kakheti, 2019).", "Guesthouse numbers doubled in the west ({reg}, {vin}).",
                    "Wine routes were signposted first in the far east of the country (Kakheti, {Y})."],
    "town-year": ["The first wine-bar hotel opened on the hilltop (Sighnaghi, 2021).", "{B} runs its tastings from a restored cellar ({vil}, {vin})."],
    "appellation-year": ["The estate's best-known dry white comes from one appellation (Tsinandali, 2017).",
                         "Its semi-sweet red sold out in China within weeks (Kindzmarauli, 2022).",
                         "The flagship bottle carries a protected name ({pdo}, {vin})."],
    "mountain-region-year": ["Semi-sweet reds from the highlands remain scarce (Racha, 2018).", "Skiing arrived late in the far west ({reg}, {Y})."],
    "grape-vintage": ["The Saperavi (2018) won the most praise from London buyers.", "{B}'s {grape} ({vin}) is its best seller at the cellar door."],
    "grape-year-bare": ["The Rkatsiteli 2020 was poured at every trade tasting.", "The {grape} {vin} was bottled unfiltered."],
    "vintage-phrase": ["Frost cut yields sharply in the 2021 vintage.", "The {vin} vintage was picked two weeks early after a hot summer."],
    "unesco-listing": ["The method is protected as intangible heritage (qvevri winemaking, 2013).",
                       "The upper villages are a World Heritage site (Svaneti, 1996).",
                       "Tours start at the old capital's churches (Mtskheta, 1994)."],
    "feast-year": ["Bookings peak during the harvest festival (Rtveli, 2023).", "The city held its autumn festival on the river (Tbilisoba 2022).",
                   "{B} hosted a long table for importers (supra, 2020)."],
    "festival-edition": ["Over a hundred producers poured at the spring fair (New Wine Festival, 2019).",
                         "{B} launched its pét-nat at the fair ({fest}, {vin})."],
    "embargo-year": ["Exports collapsed when the main market closed (Russian embargo, 2006).",
                     "Producers had to find new buyers almost overnight (embargo of 2006–2013)."],
    "trade-agreement": ["Wine enters the EU duty free under the association agreement (DCFTA, 2014).",
                        "Tariffs on Georgian wine in China fell to zero (free trade agreement, 2018)."],
    "visa-year": ["Arrivals from the Schengen area rose after the rule change (EU visa-free, 2017).",
                  "Israeli visitors need no visa for a year-long stay (visa-free since 2013)."],
    "war-month": ["Tourism fell sharply after the conflict (August 2008).", "Bookings from the West dipped after the fighting in South Ossetia (2008 war)."],
    "protest-month": ["Some tours were cancelled during the demonstrations (March 2023).",
                      "Hotels on Rustaveli Avenue reported cancellations during the protests (November 2024)."],
    "venue-opening": ["The old printing house became a design hotel (Stamba, 2018).", "Backpackers flocked to the former sewing factory (Fabrika, 2016).",
                      "The Kazbegi hotel set the style for the brand (Rooms, 2012)."],
    "ski-season": ["Skier days hit a record (2023–24 season).", "{resort} sold more lift passes than ever ({Y}/{Y2} season)."],
    "lift-year": ["A new gondola cut queues at the top station (Gudauri gondola, 2019).", "The longest lift in the country opened in {resort} (new chairlift, {Y})."],
    "exchange-rate": ["Imported bottles got dearer at GEL 2.70 to the dollar (2023).", "The lari weakened sharply (GEL {rate} per US$, {mo} {Y})."],
    "bottle-price": ["A qvevri Saperavi sells for about GEL 45 a bottle (2022).", "The tasting flight costs GEL {gel} ({Y} price list)."],
    "medal-year": ["The amber Kisi took a top award (Decanter gold, 2021).", "The brandy won at the London competition (IWSC silver, {Y})."],
    "critic-score": ["The Mukuzani was well reviewed (92 points, 2020).", "Its flagship red scored highly in a US magazine ({pts} points, {vin} vintage)."],
    "export-volume": ["Georgia shipped 108 million bottles (2023).", "Exports reached {mb} million bottles ({Y}), a record at the time."],
    "spring-well": ["The original source is still visited by tourists (Borjomi spring No. 1, 1850).",
                    "The brand bottles from a single deep well (well No. {q}, {Y})."],
    "slogan": ["The national campaign used the line ‘Georgia: the cradle of wine’ in every market.",
               "{B}'s tagline, ‘8,000 vintages’, appears on every bottle.", "The ski campaign ran as ‘Snow, sun and Saperavi’ in {mkt}."],
    "figure-bottles": ["The cooperative filled its first order (2023 bottles) for a Tbilisi hotel chain.",
                       "The limited release ran to a symbolic number (8000 bottles) to echo the country's history."],
    "percentage": ["Most visitors came from neighbouring countries (about {pc}%).", "Wine exports to {mkt} grew sharply ({pc}% up on {Y})."],
    "sample-size": ["Most respondents had tasted qvevri wine before (n = {n}).", "Visitors were interviewed at the cellar door (n={n}, {mo} {Y})."],
    "cross-reference": ["The visitor journey is mapped in full (see Appendix 2).", "The costs are set out in the budget (Table {q}, page {q})."],
    "quarter-year": ["Room nights rose strongly (Q{q} {Y}).", "Cellar-door sales were flat in the spring (Q2, {Y})."],
    "founding-year": ["The winery is one of the oldest in the country (est. 1886).", "{B} was set up by two brothers (founded {Y})."],
    "visitor-numbers": ["International arrivals recovered quickly (7.1 million visitors, 2023).", "The resort welcomed more guests than ever ({n},000 visitors in {Y})."],
    "hectares": ["The estate farms a modest area (40 hectares, replanted {Y}).", "Vineyard area in the region keeps growing ({n} ha in {Y})."],
    "flight-route": ["Budget flights made weekend trips easy (Wizz Air to Kutaisi, 2016).", "A direct route from Warsaw opened ({mo} {Y})."],
    "quote-word": ["Guests are welcomed with ‘gaumarjos’, the toast heard at every supra.", "The toastmaster (tamada) leads the table through a dozen toasts."],
    "georgian-term": ["The amber wines are made in clay jars (qvevri, or kvevri) lined with beeswax.", "Grape pomace is distilled into a strong spirit (chacha, 40–60%)."],
    "abbreviation": ["The Georgian National Tourism Administration (GNTA) runs the Georgia and Beyond campaign.",
                     "Key performance indicators (KPIs) include average spend per visitor and repeat bookings (RB%).",
                     "Small and medium-sized enterprises (SMEs) make up most of the country's wineries."],
    "handle-or-address": ["Guests can message the winery on Instagram (@kakheti_qvevri) or book online (10am–6pm daily).", "Bookings are taken through the website (www.winetours-georgia.ge)."],
    "temperature-altitude": ["The ski area starts high (2,196 m) and snow is reliable into April.", "Qvevri keep the wine cool underground (about 14°C)."],
    "distance-time": ["The drive from Tbilisi is short (about 2 hours, 110 km).", "{vil} is a day trip from the capital ({n} km)."],
    "rooms-capacity": ["The hotel is small by design (44 rooms, opened {Y}).", "The guesthouse sleeps a family ({q} rooms, 12 beds)."],
    "financial-year": ["Revenue grew in the last reported year (FY2023).", "The group's results were strong ({Y} annual results: GEL {n}m)."],
    "event-year-noun": ["The tasting room was rebuilt after the hailstorm ({Y}).", "Sales dipped during the lockdowns ({Y}–{Y2}) but recovered quickly."],
    "ranking-year": ["Tbilisi was named among the best-value cities for visitors (top {q}0, {Y}).", "Georgia climbed the tourism index (up {q} places, {Y} edition)."],
    "harvest-tonnes": ["Farmers delivered a record crop (300,000 tonnes of grapes, 2023).", "The harvest in {reg} was smaller ({n},000 tonnes, {vin})."],
    "price-subsidy": ["The state paid a floor price for Rkatsiteli (GEL 0.80 per kg, 2023).", "The subsidy for {grape} rose again (GEL 1.{q} per kilo, {Y} harvest)."],
    "award-title": ["Tbilisi was a European City of Sport (2023) and hosted the wine-tourism conference that year.",
                    "The country was the featured guest of honour at the book fair (Frankfurt Book Fair, 2018)."],
    "season-months": ["Wine tours are sold mainly in the shoulder seasons (May–June and September–October).", "The ski season is short ({mo}–March)."],
    "loyalty-tier": ["The wine club has three levels (Silver, Gold, Qvevri).", "Members of the top tier (Tamada level) receive first access to each vintage."],
}  # fmt: skip
