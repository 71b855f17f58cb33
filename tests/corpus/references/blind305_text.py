"""The blind305 pool's prose: how marketers at Peruvian restaurants, pisco and cacao producers, superfood exporters,
Andean tour operators, alpaca-textile brands and PromPerú write CIM Level 6 and 7 reports and MBA assignments in
English, in Peru, the UK, Spain, Chile and the United States.

Written without reading the checker, its tests or any other pool. ``{N}`` is a narrative citation, ``{P}`` a
parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand, ``{O}`` an opener; the decoys use the
fill values of ``values`` below. A decoy is text a tutor would not expect in the reference list: a restaurant's
ranking, a valley, a pisco grape, a site's quota, a festival, an El Niño year, a train, a fibre grade, a trade
agreement, an exchange rate, an award, a Quechua or Spanish word or slogan, a figure.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Central", "Maido", "Astrid y Gastón", "Pisco Portón", "Barsol", "Queirolo", "Machu Picchu Foods",
          "Alpaca 111", "Kuna", "Sol Alpaca", "Michell & Cía", "PromPerú", "Inca Rail", "PeruRail", "Belmond",
          "Mil", "Inkaterra", "Gloria", "Alicorp", "Kjolle", "Isolina", "La Mar", "Cacao Cusco", "Marca Perú"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from Lima.",
    "{N} concluded that {C}.", "{N} suggests that {C}, which is directly relevant to {B}.",
    "{N} showed that {C} among {A}.", "{N} highlights that {C}.", "{N} warned that {C}.",
    "{N} makes the case that {C}; {B} has yet to act on it.", "{N} observed that {C} in the Sacred Valley.",
    "{N} maintain that {C}.", "{N} note that {C}, especially for exporters.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} explains, {C}.",
    "{C}, as {N} point out.", "This is consistent with {N}, who report that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "{O}, research by {N} shows that {C}.",
    "{C}; {N} reached a similar conclusion in Cusco.", "In line with {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} framework helps explain why {C}.", "{N} analysis shows that {C}.",
    "{N} model suggests that {C}.", "{N} data indicate that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is growing evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{B} should note that {C} {P}.", "In Peru, {C} {P}.", "{C}, particularly among {A} {P:see}.",
    "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, but {C2}.",
]  # fmt: skip
CLAIMS = [
    "gastronomy has become Peru's strongest tourism draw", "chef-led restaurants shape how visitors see the country",
    "{B} could use its origin story to win {A}", "{T} raises {R} among {A}",
    "pisco remains little known outside Peru and Chile", "country-of-origin cues add a price premium to alpaca knitwear",
    "fine-aroma cacao buyers pay for traceability", "superfood demand is volatile once the novelty fades",
    "{A} expect Andean brands to prove fair pay to producers", "luxury rail works best sold as part of a package",
    "Instagram drives much of the demand for tasting menus", "the Marca Perú logo is recognised by most Peruvians",
    "community-based tourism spreads income more widely than lodge tourism", "{T} works best when tied to {R}",
    "small exporters rely on trade fairs more than on digital channels", "{B} relies on {T} more than its rivals do",
    "authenticity claims are judged against what visitors see on the ground", "quinoa prices fell sharply after the boom",
    "a denomination of origin protects the price more than the volume", "{A} reward {T} with {R}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In the Peruvian market", "Outside Lima", "For export brands"]  # fmt: skip
PLAIN = [
    "{B} sells through its own website, Instagram and two specialist importers in the UK.",
    "The tasting menu at {B} follows the altitudes of Peru's ecosystems.",
    "The campaign ran for eight weeks across Instagram, TikTok and WhatsApp.",
    "{B}'s distributors in Spain and Chile asked for bilingual packaging.",
    "{O}, {C}.", "The section below applies the PESTLE framework to {B}.",
    "Interviews were held with three tour operators in Cusco and one in Puno.",
    "{B} has no paid media budget in the United States.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{O}, {Q} {P}.", "{N} put it plainly: {Q}.",
    "This is summed up well: {Q} {P}.", "{Q} {P}, and {B} is a case in point.", "{N} writes that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘farm to table’", "‘Peru, the richest country in the world’", "‘gastro-diplomacy’",
                "‘superfood’", "‘slow luxury’", "‘cocina novoandina’", "‘chef-activism’", "‘made in Peru’"]  # fmt: skip
SCARE_FRAMES = [
    "Marketers now speak of {Q} as a selling point {P}.", "{B} describes its approach as {Q} {P}.",
    "The label {Q} is used loosely by exporters {P}.", "The idea of {Q} has spread beyond Lima {P}.",
    "Critics call this {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your table in Lima is waiting’", "“Last seats on the Hiram Bingham this season”",
                 "‘Discover the new baby alpaca collection’", "‘Pisco Sour Day: 20% off for {Y2}’",
                 "“Tu próxima aventura empieza aquí”", "‘Meet the farmers behind your chocolate’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email subject line {Q} had the highest open rate {P}.", "{B} sent {Q} to past guests {P}.",
    "Testing {Q} against a plainer version showed the value of urgency {P}.",
    "A subject line such as {Q} relies on scarcity {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: nothing here is a work a tutor expects listed.
NOT_CITATIONS = {
    "restaurant-ranking": ["{B} celebrated when {RESTO} topped the list ({RESTO}, {YR}).",
                           "Lima's restaurants have won repeatedly ({RESTO}, {YR} and {YR2})."],
    "ranking-number": ["{RESTO} was named No. 1 ({YR}) on the global list.",
                       "The restaurant rose to No. {RANK} ({YR}) after two years outside the top ten."],
    "region-year": ["Vineyards were hit hard by the floods ({REGION}, {Y}).",
                    "Arrivals recovered unevenly across the regions ({REGION}, {YR})."],
    "valley-year": ["Grape harvests fell in the main valleys ({VALLEY}, {YR}).",
                    "{B} moved part of its sourcing to the south ({VALLEY}, {YR})."],
    "town-year": ["The first bottling plant opened in the port town (Pisco, 2007).",
                  "The earthquake destroyed much of the old town (Pisco, 2007)."],
    "pisco-grape": ["The single-grape bottling, Quebranta ({YR}), sold out in London.",
                    "{B} launched an aromatic pisco, Italia ({YR}), for the US market."],
    "pisco-do": ["Peru protects the name by law (Denominación de Origen Pisco, 1990).",
                 "Only eight grapes are allowed under the rules (Denominación de Origen Pisco, 1990)."],
    "pisco-day": ["Bars in London ran promotions on the day itself (Pisco Sour Day, {YR}).",
                  "Sales spike every February (Día del Pisco Sour, {YR})."],
    "site-inscription": ["The citadel was inscribed as a World Heritage Site (Machu Picchu, 1983).",
                         "Cusco's old city was listed a year earlier than other Andean sites (Cusco, 1983)."],
    "site-discovery": ["The mountain became famous almost overnight (Rainbow Mountain, 2016).",
                       "Visitors began to arrive in large numbers once the trail was paved (Vinicunca, 2016)."],
    "visitor-quota": ["The daily cap was raised to 4,500 visitors a day ({YR}).",
                      "Tickets are now limited to {QUOTA} visitors a day ({YR}), sold in time slots."],
    "festival-year": ["The food fair drew record crowds (Mistura, 2017).",
                      "{B} hosted a stand at the fair (Mistura, {YR})."],
    "inti-raymi": ["Hotels in Cusco were full for Inti Raymi {YR}.",
                   "{B} sold a premium package for Inti Raymi {YR}, including a seat at Sacsayhuamán."],
    "pilgrimage-year": ["The pilgrimage was recognised by UNESCO (Qoyllur Rit'i, 2011).",
                        "The festival's listing raised its profile abroad (Qoyllur Rit'i, 2011)."],
    "el-nino": ["Mango and grape exports fell after the floods (El Niño, 2017).",
                "Coastal tourism was disrupted in the north (El Niño, {NINO})."],
    "nino-costero": ["Avocado growers lost much of their crop (Niño Costero, 2023).",
                     "Insurance costs rose after the warm-water event (Niño Costero, 2017)."],
    "train-service": ["The luxury service set the benchmark for rail tourism (Hiram Bingham, 1999).",
                      "Panoramic windows became the selling point (Vistadome, 2010)."],
    "train-route": ["Trains run several times a day on the main line (Ollantaytambo–Aguas Calientes, {YR}).",
                    "The overnight route was relaunched as a luxury sleeper (Cusco–Puno–Arequipa, {YR})."],
    "fibre-grade": ["The finest fibre commands a premium (baby alpaca, {YR}).",
                    "Buyers asked for lighter knitwear in the softest grade (royal alpaca, {YR})."],
    "fibre-price": ["Herders were paid about US${PRICE} a kilo ({YR}) for raw fibre.",
                    "The price of raw fibre fell to S/ {SOLES} a pound ({YR})."],
    "trade-agreement": ["Tariffs on textiles were removed (US–Peru TPA, 2009).",
                        "Exports to Europe rose once the deal took effect (EU–Peru FTA, 2013)."],
    "trade-agreement-2": ["Peru signed with its largest buyer (Peru–China FTA, 2010).",
                          "Quinoa entered the UK tariff-free after Brexit (UK–Andean Countries Trade Agreement, 2021)."],
    "exchange-rate": ["Import costs rose when the sol weakened (S/ {FX} to the dollar, {YR}).",
                      "Prices were set at S/ {FX} to the dollar ({YR}) for the season."],
    "award-year": ["Peru was named the world's top food destination (World's Leading Culinary Destination, {WTA}).",
                   "{B} used the award in its advertising (World's Leading Culinary Destination, 2019)."],
    "award-cultural": ["Lima's heritage sites won again (South America's Leading Cultural Destination, {YR}).",
                       "Cusco's hotels promoted the title (South America's Leading Destination, {YR})."],
    "figure-diners": ["The restaurant served more covers than ever ({YR} diners).",
                      "Covers rose year on year ({YR} guests, up from {n})."],
    "figure-revenue": ["Export revenue reached a record ({YR} exports: US${n}m).",
                       "{B}'s sales rose ({YR} turnover: S/ {n}m)."],
    "quechua-word": ["Andean cooks speak of ‘{QWORD}’ when they describe the link to the land.",
                     "The campaign was built around the Quechua word ‘{QWORD}’."],
    "quechua-word-year": ["The new menu, ‘{QWORD}’ ({YR}), took its name from Quechua.",
                          "{B} named its loyalty scheme ‘{QWORD}’ ({YR})."],
    "spanish-slogan": ["The national slogan, ‘Perú, nadie se va igual’, ran in Spanish and English.",
                       "{B}'s tagline, ‘{SLOGAN}’, was kept in Spanish in the UK."],
    "campaign-slogan-year": ["The campaign ‘Perú, Imperio de Tesoros Escondidos’ ({YR}) targeted the US.",
                             "PromPerú's ‘Marca Perú’ ({MARCA}) is still the reference point for nation branding."],
    "menu-name": ["The tasting menu, ‘Mater Elevations’ ({YR}), follows twelve altitudes.",
                  "The Nikkei menu, ‘Experiencia Nikkei’ ({YR}), runs to fifteen courses."],
    "dish-year": ["Ceviche was declared part of the national heritage (ceviche, 2004).",
                  "Chefs revived a forgotten dish for the anniversary (causa limeña, {YR})."],
    "heritage-declaration": ["Pisco was declared national heritage (Patrimonio Cultural de la Nación, 1988).",
                             "The Marinera dance gained the same status (Patrimonio Cultural de la Nación, 1986)."],
    "superfood-harvest": ["Quinoa exports peaked at the height of the boom (quinoa, 2014).",
                          "The maca harvest was poor after the frosts (maca, {YR})."],
    "international-year": ["The UN named it the year of the grain (International Year of Quinoa, 2013).",
                           "Exporters used the theme in trade fairs (International Year of Camelids, 2024)."],
    "cacao-variety": ["Buyers now seek out the rare white bean (Chuncho, {YR}).",
                      "The native variety won awards abroad (Nacional, 2011)."],
    "cacao-award": ["Peruvian beans took top honours (Cocoa of Excellence, {YR}).",
                    "{B} sells a bar made from an award-winning lot (Salon du Chocolat, {YR})."],
    "trade-fair": ["Exporters met buyers in London ({FAIR}, {YR}).",
                   "{B} launched its range to European buyers ({FAIR} {YR})."],
    "expo-fair": ["Peru's pavilion focused on superfoods (Expoalimentaria, {YR}).",
                  "Alpaca brands showed their collections at home (Perú Moda, {YR})."],
    "percent-year": ["Arrivals reached about {PCT}% of pre-pandemic levels (2019 = 100).",
                     "International arrivals recovered to {PCT}% ({YR} vs 2019)."],
    "arrivals-figure": ["The country received {ARRIVALS} million international visitors (2019).",
                        "Arrivals fell to about {ARRIVALS} million ({YR}) before recovering."],
    "altitude": ["The lodge sits high above the valley (3,400 m a.s.l.).",
                 "Guests are warned about the altitude at the pass (4,{ALT} m, Abra Málaga)."],
    "hashtag-year": ["The hashtag #PeruSinLimites ({YR}) trended in Chile and Spain.",
                     "{B} asked guests to share posts under #{TAG} ({YR})."],
    "law-number": ["The rules on organic labels were tightened (Ley N.º {LAW}, {YR}).",
                   "Foods high in sugar carry black warning octagons (Ley N.º 30021, 2013)."],
    "octagon-warning": ["Warning labels (‘ALTO EN AZÚCAR’) now appear on most snacks.",
                        "{B} reformulated its yoghurt to avoid the octagon (‘ALTO EN GRASAS SATURADAS’)."],
    "centenary-bicentenary": ["Campaigns were timed for the national anniversary (Bicentenario, 2021).",
                              "The brand refreshed its logo for the anniversary (Bicentenario del Perú, 2021)."],
    "pandemic-closure": ["The citadel closed to visitors (Machu Picchu, 2020) for most of the year.",
                         "Restaurants reopened at 40% capacity (Lima, 2021) after the second lockdown."],
    "inca-trail-year": ["Permits on the trail sell out months ahead (Inca Trail, {YR}).",
                        "The trail closes every February for maintenance (Camino Inca, {YR})."],
    "harvest-vintage": ["The winery's best vintage was a dry year ({VALLEY} {YR} vintage).",
                        "The acholado blend was bottled after the harvest (vendimia {YR})."],
    "size-code": ["The best-selling poncho came in one size (talla única, {YR} collection).",
                  "Knitwear was graded by micron count (under 22.5 microns, {YR})."],
    "ruc-number": ["The firm is registered as a company (RUC {RUC}).",
                   "Invoices show the exporter's tax number (RUC {RUC}) at the top."],
}  # fmt: skip

_RESTAURANTS = ["Central", "Maido", "Astrid y Gastón", "Kjolle", "Mayta", "Kjolle", "Mil", "Rafael", "Isolina"]
_REGIONS = ["Ica", "Cusco", "Arequipa", "Piura", "Puno", "Tacna", "Moquegua", "Lambayeque", "San Martín"]
_VALLEYS = ["Sacred Valley", "Ica Valley", "Cañete", "Colca Valley", "Moquegua Valley", "Valle de Lunahuaná"]
_QWORDS = ["ayni", "pachamama", "minka", "sumaq", "allin kawsay", "wayra", "chaski", "ayllu", "inti"]
_SLOGANS = ["Hecho a mano en el Perú", "Sabor que une", "El Perú se come", "Orgullo andino", "De la chacra a tu mesa"]
_FAIRS = ["World Travel Market", "ITB Berlin", "Summer Fancy Food Show", "Biofach", "FITUR", "Salon du Chocolat"]
_TAGS = ["PeruTravel", "MarcaPeru", "AlpacaLove", "PiscoPeru", "CacaoPeruano"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's decoys use."""
    year = rng.randint(2009, 2024)
    return {
        "RESTO": rng.choice(_RESTAURANTS), "YR": str(year), "YR2": str(year + rng.randint(1, 2)),
        "RANK": str(rng.randint(2, 9)), "REGION": rng.choice(_REGIONS), "VALLEY": rng.choice(_VALLEYS),
        "QUOTA": rng.choice(["3,800", "4,500", "5,600", "2,500"]), "NINO": rng.choice(["1998", "2017", "2023"]),
        "PRICE": str(rng.randint(3, 14)), "SOLES": f"{rng.randint(6, 18)}.{rng.randint(0, 9)}0",
        "FX": f"3.{rng.randint(20, 99)}", "WTA": str(rng.randint(2012, 2019)), "QWORD": rng.choice(_QWORDS),
        "SLOGAN": rng.choice(_SLOGANS), "MARCA": rng.choice(["2011", "2012"]), "FAIR": rng.choice(_FAIRS),
        "PCT": str(rng.randint(55, 98)), "ARRIVALS": f"{rng.randint(1, 4)}.{rng.randint(0, 9)}",
        "ALT": str(rng.randint(100, 800)), "TAG": rng.choice(_TAGS), "LAW": str(rng.randint(27000, 31999)),
        "RUC": f"20{rng.randint(100000000, 999999999)}",
    }  # fmt: skip
