"""The blind301 pool's prose: marketers at independent butchers, meat-box and farm-to-door services, charcuterie
and salumi makers, abattoirs, livestock co-operatives and meat-industry bodies in the UK, Ireland, France, Spain,
Argentina and Australia, writing CIM Level 6 and 7 reports and MBA assignments in English on provenance,
premiumisation, subscription, welfare and digital-channel marketing.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a
brand, ``{O}`` an opener; the other names are filled from ``values``. NOT_CITATIONS holds what these reports put in
brackets beside years that is no source: breeds and herds, cuts and prices per kilo, ageing days, PDO and PGI
designations, shops by town and opening year, markets and fairs, scares and recalls, awards, welfare schemes,
asados, slogans and figures. Written without reading the checker, its tests or any other pool.
"""

from __future__ import annotations

import random

BRANDS = ["Donald Russell", "Farmison & Co", "Turner & George", "Field & Flower", "The Ethical Butcher",
          "Jack O'Shea", "Hugh Maguire", "Dawn Meats", "ABP Food Group", "Maison Verot", "Joselito", "Cinco Jotas",
          "La Piamontesa", "Cabaña Las Lilas", "Victor Churchill", "Pipers Farm", "Dovecote Park", "Kepak",
          "Cranswick", "Vic's Meat"]  # fmt: skip

_CUTS = ["rib-eye", "sirloin", "fillet", "picanha", "bavette", "onglet", "flat iron", "tomahawk", "côte de boeuf",
         "bife de chorizo", "vacío", "entraña", "secreto ibérico", "pluma", "lamb rump", "pork belly", "brisket",
         "short rib", "hanger steak", "ojo de bife"]  # fmt: skip
_BREEDS = ["Dexter", "Aberdeen Angus", "Hereford", "Longhorn", "Belted Galloway", "Highland", "Shorthorn",
           "Wagyu", "Charolais", "Limousin", "Blonde d'Aquitaine", "Rubia Gallega", "Kerry", "Irish Moiled",
           "Tamworth", "Gloucestershire Old Spot", "Mangalitza", "Herdwick", "Texel",
           "Retinta", "Ibérico", "Murray Grey", "Salers", "Aubrac", "Welsh Black"]  # fmt: skip
_TOWNS = ["Ludlow", "Ledbury", "Skipton", "Thirsk", "Hexham", "Oakham", "Clonakilty", "Kinsale", "Westport",
          "Ballymaloe", "Bray", "Ranelagh", "Stoneybatter", "Lyon", "Bayonne", "Guijuelo", "Jabugo", "Salamanca",
          "Palermo", "Recoleta", "Mataderos", "Woollahra", "Paddington", "Fitzroy", "Marylebone", "Islington",
          "Borough", "Bermondsey", "Hay-on-Wye", "Lewes"]  # fmt: skip
_DAYS = ["21", "28", "35", "45", "55", "60", "90", "120"]
_WORDS = ["provenance", "premium", "craft", "heritage", "grass-fed", "free-range", "field to fork", "nose to tail",
          "ethical", "local", "artisan", "slow"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "CUT": rng.choice(_CUTS), "BREED": rng.choice(_BREEDS), "TOWN": rng.choice(_TOWNS),
        "DAYS": rng.choice(_DAYS), "KG": str(rng.randint(14, 95)), "EUR": f"{rng.randint(9, 60)}.{rng.randint(10, 95)}",
        "OLD": str(rng.randint(1820, 1975)), "BOXES": str(rng.randint(1200, 48000)), "W": rng.choice(_WORDS),
        "HEAD": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", "TEMP": str(rng.choice([52, 54, 56, 58, 63])),
        "RY": str(rng.randint(2014, 2025)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, which is the case for {B}.",
    "{N} showed that {C}.",
    "{N} observed that {C} among butchers' customers.",
    "{N} warned that {C} unless the provenance story is backed by evidence.",
    "{N} concluded that {C}.",
    "{N} reports that {C}.",
    "{N} noted that {C}, particularly online.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explained, {C}.",
    "This supports the view of {N} that {C}.",
    "{C}, as {N} pointed out.",
    "{B} could learn from {N}, who showed that {C}.",
    "In the Irish market, {N} found that {C}.",
    "Research on Spanish and Argentine consumers by {N} suggests that {C}.",
    "A similar point is made by {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of meat-box subscribers found that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} survey of farm-shop customers showed that {C}.",
    "{N} model of premium food choice explains why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is good evidence that {C} {P}.",
    "It is widely argued that {C} {P}.",
    "For {B}, {C} {P}.",
    "In the UK and Ireland, {C} {P}.",
    "Across Spain and Argentina, {C} {P}.",
    "{C}, especially for heritage-breed beef {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "shoppers pay more for beef when the farm is named on the label",
    "provenance stories raise willingness to pay for {W} lamb",
    "meat-box subscribers value convenience more than price",
    "subscription churn is highest after the third box",
    "{A} trust an independent butcher more than a supermarket counter",
    "welfare labels are poorly understood by most consumers",
    "dry-ageing is read by customers as a sign of quality",
    "{B} relies on Instagram to show its butchers at work",
    "the price of premium cuts rises faster than mid-market lines",
    "younger buyers eat less red meat but choose better meat",
    "flexitarian households buy smaller packs of higher-welfare meat",
    "PDO and PGI marks raise the price consumers accept for cured ham",
    "Iberian ham is bought as a gift more than as an everyday food",
    "grass-fed claims need independent verification to be believed",
    "butchers who tell the story of the breed win repeat custom",
    "carbon labelling has little effect on beef choice in store",
    "online meat sales grew fastest in the first year of the pandemic",
    "farm-to-door delivery depends on reliable chilled logistics",
    "the asado remains central to how Argentines think about beef",
    "Australian consumers associate grass-fed beef with health",
    "trust in meat fell sharply after each food scare",
    "direct-to-consumer brands face high costs of acquiring customers",
    "{B} could widen its appeal to {A} through recipe content",
    "{T} raises {R} among {A} buying premium meat",
    "the {CUT} is the cut most often promoted in meat boxes",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "In the case of {B}", "By contrast",
           "For an independent butcher", "In the Irish market", "More recently", "Even so"]  # fmt: skip
PLAIN = [
    "{B} sells through its own shop, its website and a monthly meat box.",
    "Most of the firm's customers order online and collect in store on Saturdays.",
    "The butchers' counter, the dry-ageing room and the website are run as one brand.",
    "{B} delivers chilled boxes across the country in insulated wool packaging.",
    "The report focuses on the subscription model rather than the shop.",
    "Customer reviews mention the butchers by name more than the products.",
    "{O}, {C}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one study put it, {Q} {P}.",
    "{O}, {Q} {P}.",
    "The point is made clearly: {Q} {P}.",
    "{N} put it simply: {Q}.",
    "{Q} {P}, and {B} has built its brand on that idea.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘nose to tail’", "‘field to fork’", "‘know your butcher’", "‘craft’", "‘heritage’",
                "“grass-fed”", "‘premium’", "“farm-assured”", "‘slow meat’", "‘buy less, buy better’"]  # fmt: skip
SCARE_FRAMES = [
    "Butchers increasingly describe their meat as {Q} {P}.",
    "{B} calls its approach {Q} {P}.",
    "The idea of {Q} buying is now common among {A} {P}.",
    "Labels such as {Q} are rarely defined {P}.",
    "{N} questioned what {Q} really means.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {CUT} is ready for the weekend’", "‘Last orders for Christmas delivery’",
                 "“Meet the farmer behind this month’s box”", "‘Barbecue season: 20% off steaks’",
                 "‘Your box ships on Thursday’", "“New in: {DAYS}-day dry-aged {CUT}”",
                 "‘We miss you: free delivery on your next box’"]  # fmt: skip
SUBJECT_FRAMES = [
    "{B}'s email headed {Q} had the highest open rate of the year {P}.",
    "Subject lines such as {Q} create urgency {P}.",
    "The subject line {Q} doubled click-throughs {P}.",
    "{B} sent the message {Q} to lapsed subscribers {P}.",
]  # fmt: skip

# Text in brackets or beside years that is not a citation: none of it names a source a tutor would look for in the list.
NOT_CITATIONS = {
    "breed-year": ["The Christmas box featured native beef ({BREED}, {Y}).",
                   "Its best-selling steak came from a single herd ({BREED}, {Y})."],
    "breed-founding": ["The breed society's herd book is older than the firm ({BREED}, {OLD}).",
                       "The farm has kept the same pedigree line ({BREED} herd, since {OLD})."],
    "wagyu-grade": ["Its most expensive line is imported beef (Wagyu, {RY}), sold by the gram.",
                    "The tasting menu paired two steaks (Wagyu BMS 9+, {RY})."],
    "cut-price": ["Premium cuts carry premium prices ({CUT}, £{KG} a kilo in {Y}).",
                  "The shop's dearest line, {CUT} at £{KG} a kilo ({Y}), still sold out weekly."],
    "cut-year": ["The cut of the season drove social media traffic ({CUT}, {RY}).",
                 "Its first viral video showed a single steak being trimmed ({CUT}, {RY})."],
    "dry-aged-days": ["The flagship steak is aged on the bone ({DAYS}-day dry-aged, {RY}).",
                      "Customers were offered longer-aged beef ({DAYS} days, from {RY})."],
    "ageing-chamber": ["A salt-lined ageing room went on show in the window (Himalayan salt chamber, {RY}).",
                       "The dry-ageing cabinet became the centre of the shop (installed {RY})."],
    "pdo-year": ["Cured hams from the town carry a protected name (Jamón de Guijuelo PDO, 1986).",
                 "The ham's origin is protected (Dehesa de Extremadura PDO, 1990), which supports its price."],
    "pgi-year": ["Welsh producers use the protected name on every pack (Welsh Lamb PGI, 2003).",
                 "The beef is sold under a protected name (Irish Grass Fed Beef PGI, 2023)."],
    "shop-town-year": ["The business began as a single shop ({TOWN}, {Y}).",
                       "Its second shop opened in a market town ({TOWN}, {Y}) and its third online."],
    "london-market": ["The firm once bought all its carcasses at the wholesale market (Smithfield, {Y}).",
                      "Its founder trained at a London market stall (Leadenhall, {Y})."],
    "dublin-suburb": ["The Dublin shop opened on a busy village street (Ranelagh, 2018).",
                      "A pop-up counter was trialled on the northside (Stoneybatter, {Y})."],
    "wholesale-market": ["French butchers still source from the national wholesale market (Rungis, 1969).",
                         "The Argentine cattle market moved out of the city (Mercado de Liniers, 2022)."],
    "historic-market": ["The meat market's Victorian halls are a tourist sight (Smithfield Market, 1868).",
                        "The city's covered market has sold meat for generations (English Market, 1788)."],
    "agricultural-show": ["French producers launched the range at the farm show (Salon de l'Agriculture, 2024).",
                          "The firm showed its lamb at a county fair (Royal Welsh Show, {Y})."],
    "food-scare": ["Beef sales collapsed after the crisis (BSE, 1996).",
                   "Consumer trust in beef took a decade to recover (BSE crisis, 1996–2006)."],
    "scandal-year": ["Supermarket burgers were withdrawn across Ireland and the UK (horsemeat scandal, 2013).",
                     "Traceability became a selling point after the scandal (horsemeat, 2013)."],
    "disease-outbreak": ["Livestock movements were halted for months (foot-and-mouth, 2001).",
                         "Pork exports were hit by the outbreak (African swine fever, {Y})."],
    "recall-year": ["A batch of sausages was recalled over labelling ({Y} recall).",
                    "The firm's response to the product recall ({d} March {Y}) was praised on social media."],
    "award-year": ["The shop's window now shows its trophy (Butcher's Shop of the Year, 2022).",
                   "Industry recognition followed (Irish Craft Butcher Awards finalist, {Y})."],
    "great-taste": ["Its black pudding earned the highest rating, Great Taste 3-star ({RY}).",
                    "The salami range won two stars (Great Taste, {RY}) and a regional trophy."],
    "welfare-label": ["All of its pork is farm-assured (Red Tractor, 2000).",
                      "Irish exporters signed up to the sustainability programme (Origin Green, 2012)."],
    "welfare-scheme": ["Its chicken meets a higher welfare standard (RSPCA Assured, 2019).",
                       "The free-range pork carries a welfare mark (Label Rouge, {Y})."],
    "organic-scheme": ["The farm converted to organic (Soil Association certified, {Y}).",
                       "Its beef is certified organic (EU organic logo, {Y})."],
    "asado-event": ["The brand sponsored a barbecue festival in Buenos Aires (Asado Fest, 2023).",
                    "Its grill masters cooked for the crowds (Meatopia, {Y})."],
    "quoted-slogan": ["The campaign line, “Know your butcher” ({Y}), ran on buses and billboards.",
                      "Its tagline, ‘Better meat, less often’, has been used since {Y}."],
    "box-count": ["The firm shipped its busiest month ({BOXES} boxes).",
                  "Christmas demand set a record ({RY}: {BOXES} boxes)."],
    "boxes-year-figure": ["Orders passed a milestone in December ({Y} boxes).",
                          "The December peak was almost double the summer ({BOXES} boxes in {Y})."],
    "euro-per-kilo": ["Iberian ham prices rose steadily (€{EUR}/kg, {Y}).",
                      "French butchers pay more for Charolais (€{EUR} per kg deadweight, week {q}, {Y})."],
    "peso-per-kilo": ["Beef became dearer in Buenos Aires (ARS {n}.500 el kilo, {Y}).",
                      "Asado prices doubled in a year (vacío, ARS {n}.000/kg, {Y})."],
    "aud-box-price": ["The entry-level box is priced for families (A${KG} per box, {RY}).",
                      "Its Wagyu box is sold as a gift (A${n}, Christmas {RY})."],
    "carcass-weight": ["The steers are finished to a target weight ({n} kg deadweight, {Y}).",
                       "Average carcass weights rose again ({Y}: {n} kg)."],
    "grading-score": ["Its beef is graded under the eating-quality system (MSA 5-star, {Y}).",
                      "Only carcasses of the best conformation are bought (EUROP grade U3, {Y})."],
    "montanera-season": ["The pigs were fattened on acorns during the montanera ({Y}–{Y2}).",
                         "Each ham is labelled with its season (montanera {Y}/{Y2})."],
    "curing-months": ["The bellota ham is cured for three years (36 months, {Y}).",
                      "Each leg spends years in the cellar ({n} months' curing) before sale."],
    "box-tier": ["The most popular subscription is the mid-sized one (Family Box, £{KG}).",
                 "Customers can pause or swap boxes (Essentials, Classic and Feast tiers, {RY})."],
    "discount-code": ["Subscribers were offered a summer discount (code BBQ{RY}).",
                      "The influencer campaign used a single code (MEATBOX{q}, {RY})."],
    "established-year": ["The family business is one of the oldest in the county (est. {OLD}).",
                         "Its shopfront still carries the founding date (established {OLD})."],
    "generations": ["The firm is run by the same family (fifth generation, since {OLD}).",
                    "Three generations have worked the counter ({OLD}–{Y})."],
    "herd-size": ["The co-operative's members farm a large suckler herd ({n} cows, {Y}).",
                  "The estancia runs a breeding herd of {n} head ({BREED}, {Y})."],
    "export-value": ["Irish beef exports reached a record (€{HEAD}bn, {Y}).",
                     "Australian beef exports fell in value ({Y}: A${HEAD}bn)."],
    "slaughter-figures": ["Cattle slaughterings rose sharply ({HEAD} million head, {Y}).",
                          "The abattoir processes more lambs each spring ({n},000 head in {Y})."],
    "christmas-orders": ["Pre-orders opened earlier than ever (Christmas {RY} orders).",
                         "Turkey and ham sales peaked in one week (Christmas {RY})."],
    "tv-show": ["Its founder appeared on television (Great British Menu, {Y}).",
                "The shop was featured in a cookery series (MasterChef Australia, {Y})."],
    "abattoir-closure": ["Local farmers lost their nearest slaughterhouse (Kells abattoir closure, {Y}).",
                         "Small abattoir numbers kept falling ({n} sites in {Y})."],
    "royal-warrant": ["The firm supplies the royal household (Royal Warrant, {OLD}).",
                      "A royal warrant has hung over the door since {OLD}."],
    "feeding-regime": ["The cattle are finished on pasture (100% grass-fed, {Y}).",
                       "Its feedlot beef is grain-finished (150 days on feed, {Y})."],
    "core-temperature": ["Steaks are cooked to a precise core temperature ({TEMP}°C, medium-rare).",
                         "The brisket recipe calls for a long cook (110°C, {n} minutes)."],
    "web-platform": ["The online shop moved to a new platform (Shopify, {RY}).",
                     "The subscription engine was rebuilt in {RY} (Recharge on Shopify)."],
    "instagram-handle": ["Its butchers post every cut they make (@victorchurchill, {n}k followers).",
                         "The farm's own account grew fastest of all (@pipersfarm, {n}k followers)."],
    "irish-county": ["The co-operative's members farm in the midlands (Co. Longford, {Y}).",
                     "The business moved its abattoir across the border (Co. Monaghan, {OLD})."],
    "spanish-town": ["The ham house began in a village in the sierra (Jabugo, 1879).",
                     "Its cellars are in a small town in Castilla y León (Guijuelo, {OLD})."],
    "estancia-year": ["The beef comes from one farm on the Pampas (Estancia La Paz, {OLD}).",
                      "The restaurant buys all its cattle from one region (Pampa Húmeda, {Y})."],
    "australian-region": ["The grass-fed range is sourced from one region (Darling Downs, {Y}).",
                          "Its lamb comes from the south-west (Gippsland, {Y}) and its beef from Queensland."],
    "survey-sample": ["Most box subscribers said provenance mattered (n = {n}, {RY}).",
                      "The in-store survey was small ({n} shoppers, {RY}) but consistent."],
    "carbon-figure": ["The farm publishes its footprint ({KG} kg CO2e per kg of beef, {RY}).",
                      "Its lamb has a lower footprint than the national average ({RY}: {KG} kg CO2e/kg)."],
}  # fmt: skip
