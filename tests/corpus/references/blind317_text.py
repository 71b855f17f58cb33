"""The prose of the blind317 pool: marketers at sake breweries, shōchū and Japanese whisky distillers, tea growers
and tea houses, soy-sauce and miso makers, craft workshops (lacquer, ceramics, knives), ryokan and food-tourism
operators in Japan and their export markets in the UK, France, the US, Singapore and Hong Kong, writing CIM Level 6
and 7 reports and MBA assignments in English on authenticity, heritage brands, export, food tourism,
premiumisation and digital-channel marketing.

Written without reading the checker, its tests or any other pool. ``NOT_CITATIONS`` holds text that looks like a
citation and is not one: launch and founding years, laws, schemes and listings, disasters, festivals, figures,
eras, awards, films, prices, volumes, toasts and Japanese words, none of them a work a tutor expects in the list.
Own fill values (see ``values``): {sk} a sake, {tea} a tea, {pref} a prefecture, {city} an export city, {yen} a
price in yen, {pc} a percentage, {Y3} a recent year, {ch} a channel, {mk} an export market.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Dassai", "Asahi Shuzo", "Gekkeikan", "Hakkaisan", "Kikumasamune", "Juyondai", "Kubota", "Ippodo Tea",
          "Itoen", "Marukyu Koyamaen", "Kikkoman", "Yamasa", "Sakai Takayuki", "Kanazawa Hakuza", "Hoshino Resorts",
          "Suntory", "Takara Shuzo", "Nikka", "Iichiko", "Kirishima Shuzo", "Marukome", "Hakushu", "Ōzeki",
          "Hakutsuru", "Tatenokawa", "Kagaya", "Japan Centre", "Ippudo", "Heiwa Shuzo", "Senkin"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "sk": rng.choice(["Dassai 45", "Kubota Senju", "Hakkaisan Tokubetsu Honjozo", "Gekkeikan Horin", "Tatenokawa 33",
                          "Kikumasamune Kimoto", "Hakutsuru Sayuri", "Senkin Modern"]),
        "tea": rng.choice(["sencha", "gyokuro", "matcha", "hojicha", "genmaicha", "kabusecha"]),
        "pref": rng.choice(["Niigata", "Yamaguchi", "Hyōgo", "Kyoto", "Shizuoka", "Kagoshima", "Ishikawa", "Fukui", "Nagano", "Hiroshima"]),
        "city": rng.choice(["London", "Paris", "New York", "Singapore", "Hong Kong", "Los Angeles", "Manchester", "Lyon"]),
        "yen": rng.choice(["1,650", "2,200", "3,300", "4,950", "11,000", "27,500"]),
        "pc": str(rng.randint(4, 68)), "Y3": str(rng.randint(2019, 2025)),
        "ch": rng.choice(["Instagram", "LINE", "Rakuten", "Amazon Japan", "WeChat", "TikTok", "the brand's own web shop",
                          "email", "Xiaohongshu", "YouTube"]),
        "mk": rng.choice(["the UK", "France", "the US", "Singapore", "Hong Kong", "mainland China", "Australia"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from {city}.",
    "{N} concluded that {C}.", "{N} showed that {C}, which matters for {B}'s plans in {mk}.",
    "{N} suggest that {C}; {B}'s own export figures point the same way.", "{N} identified that {C}, especially for {A}.",
    "{N} noted that, since the pandemic, {C}.", "{N} observed that {C} in {pref} and beyond.",
    "{N} makes the point that {C}.", "{N} warned that {C} unless brewers protect their story.",
    "{N} explain that {C} (for instance, through kura tours and tastings).",
    "{N} questioned whether {C}.", "{N} reported that {C} among overseas visitors.",
    "{N} describes authenticity as something consumers judge, not something firms own, and shows that {C}.",
    "{N} went further, arguing that {C} and that {C2}.", "{N} are clear that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of sake breweries in {pref}, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As {N} point out, {C}.", "According to {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "A survey carried out by {N} found that {C}.", "For a heritage brand such as {B}, the lesson from {N} is that {C}.",
    "Evidence from {N} suggests that, in {mk}, {C}.", "{C}; however, {N} found the opposite for {A}.",
    "Data from {N} show that {C}.", "Following {N}, this report treats {tea} as an experience product, because {C}.",
    "{C}, according to {N}.", "When {B} opened its shop in {city}, it seemed to follow {N}: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report concluded that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A} in {mk}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially online {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {ch} {P}.",
    "Sake exports have grown for most of the last decade, led by premium grades {P}.",
    "Inbound visitors now spend more on food and drink than on shopping in many regions {P}.",
    "{C} {P:see also}.", "{C}. {P}", "A key point for {B} is that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some sources {P:e.g.} argue that {C}.",
    "Studies {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "overseas buyers read a brewery's age as proof of quality", "{A} in {mk} pay more for sake with a clear regional story",
    "kura tours turn visitors into loyal customers abroad", "premium sake sells best where Japanese restaurants already lead",
    "{T} works for tea houses only when it explains how to prepare {tea}",
    "authenticity is judged by consumers rather than claimed by brands", "{B}'s heritage is an asset only if it is made visible",
    "geographical indications help small brewers compete on origin rather than price",
    "food tourism spreads visitor spending beyond Tokyo and Kyoto", "younger Japanese drink far less sake than their parents did",
    "{ch} drives most first purchases of {tea} outside Japan", "premiumisation has offset the fall in domestic volumes",
    "{A} trust sommeliers and bartenders more than brand advertising", "craft makers lose margin when they sell through distributors",
    "omotenashi is hard to standardise across overseas outlets", "{T} raises {R} among {A}",
    "heritage brands must balance tradition with innovation", "the weak yen has made Japanese products cheaper abroad",
    "country of origin carries more weight for food than for most other goods", "{B} could {bs} to win {A}",
    "ryokan stays are bought as experiences rather than as rooms", "small breweries rely on export to survive",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Japan", "For {B}'s export team",
    "Since the pandemic", "In the context of {B}", "From a visitor's perspective", "Nevertheless", "As a result",
    "In {mk}", "Looking at {B}'s competitors", "Overall", "Within the sake industry", "In terms of digital channels",
    "Interestingly", "For tea houses",
]  # fmt: skip
PLAIN = [
    "{B} is a family business in {pref} that now exports to {q}0 countries.",
    "This section analyses {B}'s current export channels and makes recommendations.",
    "The table below summarises the key performance indicators for each market.",
    "{B}'s Instagram account has over {n}k followers, most of them outside Japan.", "{O}, {C}.",
    "Customers can buy in the brewery shop, online or through importers in {city}.",
    "A PESTLE analysis of the Japanese sake market is included in the appendix.",
    "The recommendations are costed in yen and phased over eighteen months.",
    "The main competitors are {B} and two smaller breweries in the same prefecture.",
    "Task 2 builds on this by proposing a content plan for the UK launch.",
]  # fmt: skip

NOT_CITATIONS = {
    "sake-launch": ["Its flagship junmai daiginjo (Dassai 23, 1992) was the first to be polished to 23%.",
                    "Collectors still chase the original release (Juyondai, 1994) at auction.",
                    "The brand built its name on one bottle (Kubota Manju, 1985) sold mainly in Tokyo."],
    "tea-launch": ["Bottled green tea became mainstream after the first canned product (Oi Ocha, 1989).",
                   "The brand's best-seller in {city} is still its ready-to-drink line (Oi Ocha, 1989 in Japan, 2005 abroad)."],
    "soy-export": ["The first overseas shipments (Kikkoman export, 1957) went to the US west coast.",
                   "Soy sauce followed the emigrants (Kikkoman export, 1957; Wisconsin plant, 1973)."],
    "founding-year": ["{B} competes with far older houses (Gekkeikan, 1637).",
                      "Several rivals stress their age on the label (Kikumasamune, 1659).",
                      "The tea house in Kyoto traces its shop to the Edo period (Ippodo, 1717).",
                      "The soy-sauce maker in Chōshi is one of the oldest in Japan (Yamasa, 1645)."],
    "liquor-law": ["Brewing is licensed under national law (Liquor Tax Act, 1953).",
                   "Home brewing of sake above 1% alcohol remains illegal (Liquor Tax Act, 1953, article 7)."],
    "gi-scheme": ["Sake made from Japanese rice can carry the national indication (GI Nihonshu, 2015).",
                  "The prefecture won its own indication (GI Yamagata, 2016) after years of lobbying.",
                  "Shōchū from Satsuma has long been protected (GI Satsuma, 2005)."],
    "policy-scheme": ["The government promoted food and culture abroad (Cool Japan, 2010).",
                      "Inbound tourism was a national priority (Visit Japan campaign, 2003)."],
    "unesco-listing": ["Japanese cuisine gained world recognition (washoku, 2013).",
                       "Brewers hope the new listing (traditional sake-making, 2024) will lift exports.",
                       "Two listings now support the story (washoku, 2013; traditional knowledge of koji mould, 2024)."],
    "heritage-site": ["Visitors combine the climb with a brewery tour (Mount Fuji, 2013).",
                      "Tea growers near Kyoto use the heritage label (Uji tea landscape, 2015) on packaging."],
    "earthquake": ["Many Nada breweries were destroyed (Great Hanshin earthquake, 1995).",
                   "Breweries on the north coast are still rebuilding (Tōhoku, 2011).",
                   "Several kura in Ishikawa lost their buildings (Noto earthquake, 2024)."],
    "import-ban": ["Hong Kong restricted some food imports (Fukushima ban, 2011) for more than a decade.",
                   "Exports to China fell after the new restrictions (treated-water release, August 2023)."],
    "festival": ["Over 200,000 people attended (Saijo Sake Matsuri, 2019).",
                 "The brand ran a pop-up stall during the festival (Kanda Matsuri, 2023).",
                 "Hiroshima's sake town marketing peaks in October (Saijo Sake Matsuri, every year since 1990)."],
    "mega-event": ["{B} sponsored a tasting pavilion (Expo 2025, 2025).",
                   "Visitor numbers were hit by the empty stands (Tokyo Olympics, 2021).",
                   "Sake bars in Tokyo were full of overseas fans (Rugby World Cup, 2019)."],
    "historical-figure": ["The tea ceremony still follows its best-known master (Sen no Rikyū, 1591).",
                          "The ryokan's founder was a student of the judo pioneer (Kanō Jigorō, 1882)."],
    "chef-year": ["Nobu Matsuhisa (1994) opened his first Manhattan restaurant with Robert De Niro.",
                  "Chefs such as Nobu Matsuhisa (London, 1997) put Japanese food on the fine-dining map."],
    "era": ["The company changed its name in the first year of the new era (Reiwa 1, 2019).",
            "Sake brewing was opened to private licences after the Restoration (Meiji, 1868).",
            "The town's brewing history goes back four centuries (Edo period, 1603)."],
    "award": ["Its junmai won the top prize (IWC Champion Sake, 2022).",
              "The French jury gave it a platinum medal (Kura Master, 2023).",
              "{B} has entered the competition every year since it began (IWC sake category, 2007)."],
    "michelin": ["Tokyo became the world's most starred city (Michelin three stars, 2007).",
                 "The ryokan's restaurant holds a star (Michelin Guide Kyoto Osaka, 2010)."],
    "film-series": ["Sushi tourism grew after the documentary (Jiro Dreams of Sushi, 2011).",
                    "Interest in feudal Japan rose with the drama (Shōgun, 2024).",
                    "Whisky tourists still ask about the bar scene (Lost in Translation, 2003)."],
    "price": ["The bottle now sells for ¥3,300 a bottle (2023) in Japan and more than twice that in {city}.",
              "A 720 ml daiginjo retails at ¥{yen} ({Y3} price list).", "Matcha prices rose sharply (¥{yen} per 100 g, {Y3})."],
    "volume": ["Domestic shipments have fallen to about 410,000 kilolitres (2022).",
               "Taxable sake volume halved over three decades (1.3 million kl in 1989).",
               "The brewery makes about {n},000 bottles a year ({n} koku)."],
    "toast": ["Every tasting began with a toast (‘kanpai’) led by the brewer.",
              "Guests learned to say “kanpai” before the first pour."],
    "japanese-word": ["The ryokan's service is built on ‘omotenashi’ (hospitality without expecting anything back).",
                      "The tea ceremony's idea of ‘ichigo ichie’ (one time, one meeting) appears on the packaging.",
                      "Staff explain ‘umami’ before serving the dashi."],
    "year-figure": ["Sake exports reached a record value (2022 exports: ¥47.5 billion).",
                    "Whisky shipments to {mk} fell slightly ({Y3} exports).",
                    "Green tea exports doubled in five years (2023 exports)."],
    "sake-grade": ["The premium range is brewed to a high standard (junmai daiginjo, 50% polish or less).",
                   "Most of the volume is cheaper sake (futsūshu, about two-thirds of sales)."],
    "rice-variety": ["The brewery buys most of its rice from Hyōgo (Yamada Nishiki, 1936).",
                     "Niigata brewers favour a local rice (Gohyakumangoku, 1957)."],
    "abv": ["Sake is stronger than wine (15–16% ABV).", "The new sparkling line is much lighter (5% ABV, 300 ml)."],
    "polishing": ["The rice is polished to less than a quarter of its size (seimaibuai 23%).",
                  "Its standard range uses less-polished rice (seimaibuai 60–70%)."],
    "exchange-rate": ["The yen fell to a 38-year low (¥161 = US$1, July 2024).",
                      "Prices in {city} were set at a fixed rate (£1 = ¥190, {Y3} budget)."],
    "tax-rate": ["Tax on sake was cut in the reform (¥100 per litre from October 2023).",
                 "Beer and sake duties are being equalised (2020–2026 reform)."],
    "visitor-numbers": ["Inbound tourism hit a new high (36.9 million visitors, 2024).",
                        "Spending per visitor also rose ({yen} yen per night, {Y3} survey)."],
    "trade-agreement": ["Tariffs on sake in the EU went to zero (EU–Japan EPA, 2019).",
                        "Market access in Asia Pacific improved (CPTPP, 2018).",
                        "UK tariffs followed the same terms (UK–Japan CEPA, 2021)."],
    "ticker": ["Kikkoman is listed in Tokyo (TSE: 2801).", "Shareholders of the tea maker (TSE: 2593) approved the plan.",
               "Takara's holding company (TSE: 2531) reports in yen."],
    "fiscal-year": ["Overseas sales now make up most of its profit (FY2023).",
                    "{B} expects growth abroad (fiscal {Y3}, ended 31 March)."],
    "quarter": ["Export orders slowed (Q3 FY2024).", "Tea sales to the US grew fastest (Q{q} {Y3})."],
    "sample": ["Most respondents had tried sake once (n = {n}).", "Visitors at the kura were interviewed (n = {n}, {Y3})."],
    "cross-reference": ["The export plan (see Appendix {q}) sets out the timeline.", "Costs are shown in Table {q} (page {q}).",
                        "See Task 1 (b) above for the competitor map."],
    "tea-harvest": ["The best leaves come from the first harvest (ichibancha, early May).",
                    "{B} sells the new season's tea (shincha, May {Y3}) in limited tins."],
    "craft-designation": ["The lacquer is a designated traditional craft (Wajima-nuri, 1977).",
                          "Kanazawa's gold leaf supplies almost all of Japan's output (over 99%, by the city's own count).",
                          "Sakai knives carry the national craft mark (Sakai uchihamono, 1982)."],
    "ancient-ryokan": ["The oldest inn in the world is in Yamanashi (Nishiyama Onsen Keiunkan, 705).",
                       "A ryokan in Ishikawa claims a history of 1,300 years (Hōshi, 718)."],
    "term-gloss": ["Each brewery (kura) is led by a master brewer (tōji).", "The owner (kuramoto) is often the tenth generation or later.",
                   "The rice is steamed and mixed with koji (Aspergillus oryzae) before fermentation."],
    "handle-or-address": ["The brand's English account (@dassai_sake_global) posts twice a week.",
                          "Orders go through the shop's site (www.example-tea.co.jp) or the app.",
                          "The hashtag (#SakeTime) trended in {city}."],
    "restaurant-count": ["Japanese restaurants abroad keep growing (187,000 outlets, 2023).",
                         "The chain now has {n} outlets ({Y3} figures, mostly in Asia)."],
    "air-route": ["The new route brought more visitors from Europe (Heathrow–Haneda, twice daily).",
                  "Most UK buyers fly direct (JL 44, London–Tokyo)."],
    "national-day": ["The brewery launches its new season on sake day (Nihonshu no Hi, 1 October).",
                     "UK importers hold tastings each autumn (World Sake Day, 1 October)."],
    "season": ["Autumn releases sell out quickly (hiyaoroshi, September {Y3}).",
               "Bookings peak in spring (sakura season, late March to early April)."],
    "serving": ["The sake is best served warm (nurukan, about 40°C).", "Chilled serves suit the fruity styles (hana-bie, 10°C)."],
    "whisky-launch": ["Japan's first single malt shaped the category (Yamazaki 12, 1984).",
                      "Blended whisky became a gift staple (Hibiki, 1989).",
                      "The export hit came later (Nikka From the Barrel, 1985)."],
    "founder": ["Mizkan was started by a sake brewer who made vinegar from lees (Matazaemon Nakano, 1804).",
                "The distillery's founder trained in Scotland (Masataka Taketsuru, 1918–1920)."],
    "pandemic": ["Bars in Tokyo were ordered to stop serving alcohol (state of emergency, April 2021).",
                 "The border reopened to tourists in stages (October 2022)."],
    "growth-figure": ["Exports to {mk} grew strongly (+{pc}% year on year).", "Online sales rose ({pc}% of revenue, up from {q}%)."],
    "ranking": ["The bar in Tokyo climbed the list (Asia's 50 Best Bars, 2024).",
                "The restaurant's ranking helped bookings (World's 50 Best Restaurants, 2023: no. 21)."],
    "slogan": ["The advert's line ‘Suntory time’ (1980s campaign) is still remembered abroad.",
               "{B}'s tagline, ‘Brewed by the seasons’, appears on every bottle."],
}  # fmt: skip

SCARE_QUOTES = ["‘omotenashi’", "‘shinise’", "‘monozukuri’", "‘kodawari’", "‘Cool Japan’", "‘craft’", "“authentic”",
                "'premium'", "‘sake sommelier’", "‘Japandi’", "'hidden Japan'", "‘terroir’", "‘slow travel’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets its service as {Q} {P}.", "Overseas buyers are wary of {Q} claims {P}.",
    "So-called {Q} has become a selling point for breweries {P}.", "The word {Q} is used loosely by exporters {P}.",
    "Critics describe this as {Q} branding, and {B} is not immune {P}.", "In the view of {N}, {Q} is a source of advantage.",
]  # fmt: skip
SUBJECT_LINES = ["‘Hiyaoroshi is here: autumn sake for your table’", "‘Your matcha restock is ready’",
                 "“Last chance: free shipping to {city} ends tonight”", "‘Meet the tōji: live tasting on Friday’",
                 "‘New season shincha – limited tins’", "“Kanpai! 15% off your first order”",
                 "‘Book your ryokan stay for sakura season’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} used {Q} in its export newsletter {P}.",
    "Short copy ({Q}, for example) works well with {A} {P}.", "The email {Q} was opened more than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one study of Japanese heritage brands puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One review of sake exports concluded that {Q} {P}.",
    "{N} put it plainly: {Q}.", "In the words of {N}, {Q}.",
]  # fmt: skip
