"""The blind284 pool's prose: marketers in Provence and on the Côte d'Azur writing CIM and MBA reports in English.

Written without reading the checker, its tests or any other pool. Perfume houses in Grasse, rosé estates, olive-oil
and lavender producers, palace hotels, villas, yacht charters, festivals, museums and tourism boards; the decoys are
what these reports are full of and no tutor expects in a reference list: vintages and cuvées, appellations with
their founding years, perfumes with launch years, harvests, UNESCO listings, festivals and prizes, hotel openings and
stars, weekly rents and charters, museums, paintings, rallies and Grands Prix, laws and decrees, prices, train
routes, slogans and figures.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Fragonard", "Molinard", "Galimard", "Robertet", "L'Occitane en Provence", "Château d'Esclans",
          "Whispering Angel", "Château Minuty", "Domaines Ott", "Miraval", "Château La Coste", "Le Mas de Pierre",
          "Hôtel du Cap-Eden-Roc", "La Colombe d'Or", "the Negresco", "Riviera Yachting", "the Festival de Cannes",
          "the Festival d'Aix-en-Provence", "the Fondation Maeght", "Provence Tourisme", "Côte d'Azur France",
          "the Office de Tourisme de Nice", "Castelas", "Moulin Cornille", "Terraventoux"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from Bordeaux rather than Provence.",
    "{N} concluded that {C}.", "{N} showed that {C}, which is directly relevant to {B}.", "{N} suggests that {C}.",
    "{N} highlighted that {C}, especially among {A}.", "{N} notes that {C}.", "{N} observed that {C} on the Riviera.",
    "{N} reported that {C}; {B}'s own booking data point the same way.", "{N} warned that {C}.",
    "{N} explains how {C}.", "{N} went further and argued that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explain, {C}.", "{O}, {N} found that {C}.", "According to {N}, {C}.", "{C}, as {N} point out.",
    "This supports the view of {N} that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "{C}; {N} came to a similar conclusion for Provence.", "In the luxury literature, {N} argue that {C}.",
    "{O}, the work of {N} suggests that {C}.", "{B} could learn from {N}, who showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Provençal estates found that {C}.", "{O}, {N} model suggests that {C}.",
    "{N} framework helps explain why {C}.", "{N} survey of visitors to Grasse showed that {C}.",
    "{N} findings imply that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "{C}, particularly in the Var {P}.", "Several studies suggest that {C} {P:see}.", "{C} {P:e.g.}.",
    "On the Côte d'Azur, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, which means {C2}.",
]  # fmt: skip
CLAIMS = [
    "rosé buyers choose on colour and origin before price", "{B} relies on {T} more than its rivals do",
    "{A} reward {T} with {R}", "provenance is the strongest cue for luxury fragrance buyers",
    "wine tourism raises cellar-door sales and {R}", "{T} works best when it is tied to a sense of place",
    "the Provence name adds a price premium that most estates underuse", "{A} expect a luxury hotel to {bs}",
    "festivals extend the season beyond July and August", "heritage craft stories lift {R} among {A}",
    "overtourism in summer weakens the destination's image", "yacht-charter clients book on trust and referrals",
    "small estates gain more from {T} than the large houses do", "{B} could {bs} to win {A}",
    "direct-to-consumer sales protect margins in the wine trade", "museum visitors respond to {T} with {R}",
    "a geographical indication reassures {A} abroad", "Instagram shapes how {A} imagine the Riviera",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "By contrast", "In the case of {B}", "More recently",
           "Even so", "In Provence", "On the Riviera", "In the luxury segment", "Outside the summer season"]  # fmt: skip
PLAIN = [
    "{B} sells through its own shops, its website and a handful of department stores.",
    "The estate welcomes visitors for tastings from April to October.",
    "Most bookings come in from the UK, the US and Germany.", "{O}, {C}.",
    "{B}'s team of six handles social media, press and events.",
    "The report's recommendations are set out in Section 5.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one luxury text puts it, {Q} {P}.", "{O}, {Q} {P}.", "{N} put it plainly: {Q}.",
    "The point is summed up well: {Q} {P}.", "{Q} {P}; this is exactly the challenge facing {B}.",
    "{N} wrote that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘art de vivre’", "“art de vivre”", "‘savoir-faire’", "‘terroir’", "“Provence in a glass”",
                "‘the Riviera lifestyle’", "‘quiet luxury’", "“slow tourism”", "‘Made in Grasse’", "‘rosé all day’",
                "‘phygital’", "“bleisure”"]  # fmt: skip
SCARE_FRAMES = [
    "Estates now sell an {Q} as much as a wine {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} {P}.", "The idea of {Q} is central to luxury positioning {P}.",
    "Tourism boards market {Q} to visitors from the north {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your summer in Provence starts here’", "“Last rooms for the Festival de Cannes”",
                 "‘The new rosé has arrived: 10% off this weekend’", "“Bienvenue! Your Grasse workshop is booked”",
                 "‘Lavender season: book your visit’", "“Private tasting for our club members”",
                 "'Your villa is waiting'", "\"Set sail: June charters at early-booking prices\""]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate of the season {P}.",
    "{B} sent {Q} to lapsed customers in March {P}.",
    "Subject lines such as {Q} create urgency {P}, though overuse tires the list.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
]  # fmt: skip

# Text with brackets, years and quotation marks that cites nothing: no tutor would expect any of it in the list.
NOT_CITATIONS = {
    "vintage-year": ["The shop's bestseller remains Whispering Angel {V}, now in magnums.",
                     "The estate's flagship is a {V} Garrus, sold at €{E} a bottle."],
    "vintage-bracket": ["The tasting notes describe the rosé (2021 vintage) as pale and mineral.",
                        "Buyers rated the cuvée highly ({V} vintage) at the spring fair."],
    "cuvee-year": ["The Clos Cibonne Tibouren ({V}) sold out within a month.",
                   "Château Sainte-Marguerite's Symphonie ({V}) was listed by three London restaurants."],
    "appellation-founded": ["Most of the estates sit within AOC Côtes de Provence (1977).",
                            "The reds come from Bandol (1941), one of France's oldest appellations."],
    "appellation-other": ["Cassis (1936) is the smallest of the coastal appellations.",
                          "The white is sold as AOC Palette (1948), near Aix."],
    "perfume-launch": ["Fragonard's Belle de Grasse (2015) is still the shop's best seller.",
                       "Molinard's Habanita (1921) shows how long a fragrance can live."],
    "perfume-year-plain": ["Galimard relaunched its Ambre in {Y} with a new bottle.",
                           "The Fleur de Grasse cologne (launched {Y}) sells mostly to cruise passengers."],
    "lavender-harvest": ["The lavender harvest (2022) was down by a third after the drought.",
                         "Growers on the Valensole plateau cut {n} tonnes of lavandin in {Y}."],
    "olive-harvest": ["The olive harvest ({V}–{V2}) yielded {n} tonnes in the Vallée des Baux.",
                      "Oil from the {V} harvest was sold out by Easter."],
    "unesco-listing": ["Grasse's perfume know-how (2018) is on UNESCO's intangible heritage list.",
                       "The Pont du Gard was inscribed as a World Heritage Site in 1985."],
    "festival-year": ["The Fête du Citron at Menton (2020) was the last before the pandemic stopped it.",
                      "Ticket sales for the Festival d'Aix-en-Provence ({Y}) passed {n} thousand."],
    "festival-edition": ["The Nice Carnival ({Y} edition) drew visitors from across Europe.",
                         "Jazz à Juan (its {n}th edition) sold every seat in the pinède."],
    "palme-dor": ["The Palme d'Or (2023) went to Anatomie d'une chute.",
                  "Hotels on the Croisette fill up whoever wins the Palme d'Or ({Y})."],
    "cannes-lions": ["The estate's agency won a Silver Lion at Cannes Lions 2024.",
                     "The campaign was shortlisted at Cannes Lions ({Y})."],
    "award-medal": ["The rosé took a gold medal at the Concours Général Agricole ({Y}).",
                    "The oil won a gold medal (Concours de Paris {Y})."],
    "hotel-opening": ["The Negresco opened its doors in 1913 and was listed as a historic monument in 2003.",
                      "The hotel (opened {Y}) has {n} rooms and a private beach."],
    "hotel-stars": ["The property was upgraded to five stars ({Y}) after its renovation.",
                    "Only a few hotels hold the Palace distinction (since 2011) on the Riviera."],
    "michelin-stars": ["The restaurant kept its two Michelin stars (Guide Michelin {Y}).",
                       "Its chef won a third star in {Y}, a first for the village."],
    "villa-rent": ["A four-bedroom villa in Ramatuelle lets for €{E2} per week (July {Y}).",
                   "Weekly rents in Saint-Jean-Cap-Ferrat reach €{E2} in high season ({Y})."],
    "yacht-charter": ["A 40-metre motor yacht charters for €{E2} a week (summer {Y}).",
                      "The broker's low-season rate ({Y}: €{E2} per week) excludes fuel and APA."],
    "museum-opening": ["The Musée Matisse (1963) sits in a Genoese villa on the Cimiez hill.",
                       "The Fondation Maeght (1964) was one of Europe's first private art foundations."],
    "museum-visitors": ["The museum welcomed {n} thousand visitors ({Y}), a record.",
                        "Attendance at the Musée International de la Parfumerie rose ({Y}: {n} thousand)."],
    "artwork-year": ["Picasso's La Joie de vivre (1946) hangs in the Château Grimaldi at Antibes.",
                     "Chagall's Message Biblique (1966) is the centre of the Nice museum."],
    "artist-dates": ["Renoir's house at Cagnes (1908–1919) is now a museum.",
                     "Matisse lived at the Hôtel Régina (1938–1954) in Nice."],
    "grand-prix": ["The Monaco Grand Prix 2023 filled every hotel from Menton to Nice.",
                   "Charter rates double during the Grand Prix ({Y})."],
    "rallye": ["The Rallye Monte-Carlo ({Y}) passes through the hills behind Nice.",
                   "Hotels in Gap benefit from the rally (January {Y})."],
    "law-year": ["Alcohol advertising in France is restricted by the loi Évin (1991).",
                 "Online wine promotion still has to respect the Évin law (1991) and its later amendments."],
    "decree-number": ["The labelling rules are set out in Décret n° 2019-1234.",
                      "Hotel classification follows the arrêté of {d} June {Y}."],
    "eu-regulation": ["Rosé labelling must follow Regulation (EU) No 1308/2013.",
                      "The cosmetics are made to Regulation (EC) No 1223/2009."],
    "price-year": ["A bottle of Whispering Angel cost €{E} in French supermarkets ({Y}).",
                   "Lavender oil fetched €{E} per kilo ({Y} price)."],
    "price-range": ["Rooms on the Croisette range from €{E}0 to €{E3} a night (May {Y}).",
                    "Perfume workshops cost €{E} per person ({Y}–{Y2} season)."],
    "train-route": ["The TGV Méditerranée (2001) brought Marseille within three hours of Paris.",
                    "The Train des Pignes (1911) still runs from Nice to Digne."],
    "airport-traffic": ["Nice Côte d'Azur Airport handled {n} million passengers ({Y}).",
                        "Direct flights to New York ({Y} summer schedule) lifted US arrivals."],
    "slogan": ["The region's slogan, “On a tous besoin du Sud”, runs on every campaign.",
               "The winery's tagline “Provence in a bottle” tested well with UK buyers."],
    "slogan-french": ["The shop's sign reads ‘Parfumeur depuis {Y}’.",
                      "Its labels carry the words \"Fabriqué en Provence\"."],
    "bottles-figure": ["The estate released a small cuvée (2023 bottles) for its club members.",
                       "Only a few were made (1998 bottles, all numbered by hand)."],
    "volume-figure": ["Provence produced {n} million bottles of rosé ({Y}).",
                      "Exports to the US rose sharply ({Y}: {pc}% of volume)."],
    "percent-share": ["Rosé makes up most of the region's output (around 90%).",
                      "Direct sales account for a large share of revenue ({pc}%, {Y})."],
    "founding-year": ["Fragonard was founded in Grasse in 1926.", "The perfumery (est. {Y}) still distils on site."],
    "house-since": ["Molinard (since 1849) is one of the oldest houses in Grasse.",
                    "The olive mill (since {Y}) presses for most of the village."],
    "classification": ["Château Minuty is one of the crus classés (1955) of Côtes de Provence.",
                       "The 1955 classification named eighteen crus classés."],
    "season-dates": ["The beach clubs open for the season ({d} April–{d} October).",
                     "The high season (July–August {Y}) accounts for half of revenue."],
    "ticket-price": ["A festival pass costs €{E} (full price, {Y}).",
                     "Museum entry rose to €{E} ({Y} tariff)."],
    "year-results": ["The group's turnover grew ({Y} results: €{n}m).", "Revenue fell in the pandemic ({Y} accounts)."],
    "quarter-figures": ["Bookings rose in the second quarter (Q2 {Y}).",
                        "Online sales doubled (H1 {Y})."],
    "survey-n": ["Most visitors agreed (n = {n}).", "The estate's own survey ran over the summer (n = {n}, {Y})."],
    "figure-table": ["Arrivals by market are shown below (Figure {q}).",
                     "The segments are compared in Table {q} ({Y} data)."],
    "postcode-address": ["The boutique is at 20 boulevard Fragonard, 06130 Grasse.",
                         "Tastings are held at the cellar (83990 Saint-Tropez)."],
    "route-number": ["The estate lies on the D559 between Bandol and La Cadière.",
                     "Coaches leave from the A8 (exit 42) for the Gorges du Verdon."],
    "regatta": ["The Voiles de Saint-Tropez ({Y}) brought {n} yachts to the bay.",
                "The Régates Royales at Cannes (since 1929) open the autumn season."],
    "model-year": ["The perfumery launched its app (version {q}.{n}) in {Y}.",
                   "The bottle was redesigned for the {V} release."],
    "ranking": ["The resort was named Europe's leading beach hotel (World Travel Awards {Y}).",
                "Nice ranks second in France for hotel nights ({Y} figures)."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    vintage = rng.randint(2015, 2023)
    return {
        "V": str(vintage), "V2": str(vintage + 1), "E": str(rng.randint(12, 95)),
        "E2": f"{rng.randint(4, 180)},{rng.randint(0, 9)}00", "E3": f"{rng.randint(1, 3)},{rng.randint(1, 9)}50",
        "pc": str(rng.randint(5, 60)),
    }  # fmt: skip
