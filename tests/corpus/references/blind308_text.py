"""The blind308 pool's prose: how marketers at Uzbek and Kazakh Silk Road tour operators, carpet, suzani and ceramics
workshops, cotton and textile exporters, airlines, banks, telecoms and the tourism bodies of Uzbekistan, Kazakhstan
and Kyrgyzstan write CIM Level 6 and 7 reports and MBA assignments in English, in Tashkent, Samarkand, Almaty,
Astana and Bishkek and in Russia, Turkey, South Korea, Germany and the UK.

Citations at the start, middle and end of sentences, after "see" and "e.g." inside the bracket, beside the region's
brands; and text that looks like a citation and is not one: cities and sites with years, UNESCO listings, textiles
and carpets, cotton harvests and the boycott, festivals, trains, currency reforms and rates, visa regimes, Expo and
summits, protests, decrees, Uzbek, Kazakh and Russian words and slogans, arrivals and other figures.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Uzbekistan Airways", "Air Astana", "SCAT", "Kaspi.kz", "Uzum", "Beeline Uzbekistan", "Kcell",
          "Kapital Bank", "Artel", "Samarkand Touristic Centre", "Silk Road Samarkand", "Uzbektourism",
          "Kazakh Tourism", "Rixos", "Hyatt Regency Tashkent", "Bukhara Silk Carpets", "Halyk Bank", "FlyArystan",
          "Humo", "Payme", "Click", "Ucell", "Kazakhtelecom", "Chorsu Textile", "Rishton Ceramics Workshop",
          "Advantour", "Kyrgyz Tourism"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values this pool's frames use; T, A, R and M are the region's own."""
    year = rng.randint(2016, 2024)
    return {
        "T": rng.choice(["Instagram content", "Telegram channels", "influencer tours", "the Kaspi super-app",
                         "heritage storytelling", "cashback offers", "online travel agencies", "TikTok video",
                         "loyalty programmes", "QR payments", "Google Ads", "diaspora marketing", "trade fairs"]),
        "A": rng.choice(["Korean tourists", "Russian visitors", "German cultural travellers", "British retirees",
                         "Turkish business travellers", "young Tashkent consumers", "Almaty's urban professionals",
                         "domestic tourists", "European buyers", "Gen Z shoppers", "Muslim travellers"]),
        "R": rng.choice(["bookings", "trust", "repeat visits", "app downloads", "export orders", "brand awareness",
                         "card activations", "word of mouth", "average spend", "loyalty"]),
        "M": rng.choice(["suzani", "ikat", "ceramics", "plov", "silk", "carpet"]),
        "city": rng.choice(["Samarkand", "Bukhara", "Khiva", "Tashkent", "Almaty", "Shymkent", "Turkistan", "Bishkek",
                            "Karakol", "Osh", "Termez", "Kokand", "Margilan", "Nukus"]),
        "pc": str(rng.randint(4, 78)), "Y3": str(year), "Y4": str(year + 1),
        "som": f"{rng.randint(8, 12)},{rng.choice(['100', '250', '500', '800', '950'])}",
        "tg": str(rng.randint(380, 510)),
        "usd": f"{rng.randint(6, 24)}{rng.choice(['50', '90', '00'])}",
        "mo": rng.choice(["January", "March", "April", "May", "June", "September", "October", "November"]),
        "mn": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although their sample was drawn only from Tashkent.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} showed that {C} among {A}.",
    "{N} suggested that {C}, a point {B} has not yet acted on.", "{N} warned that {C} if the brand relies on the Silk Road story alone.",
    "{N} identified three drivers of {R} in Central Asia and showed that {C}.", "{N} observed that {C}.",
    "{N} notes that, since the reforms of 2017, {C}.", "{N} describe nation branding as a long-term project and argue that {C}.",
    "{N} reported that {C} in both Uzbekistan and Kazakhstan.", "{N} questioned whether {C}.",
    "{N} compared Samarkand with Almaty and found that {C}.", "{N} state that {C}.",
    "{N} were among the first to argue that {C}.", "{N} point out that {C} – something {B} should not ignore.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, which supports the findings of {N}.", "{C} – a view shared by {N}.", "According to {N}, {C}.",
    "{B} illustrates this well: {N} showed that {C}.", "Research by {N} suggests that {C}.",
    "In their study of Bukhara's craft workshops, {N} found that {C}.", "{C}, as {N} noted.",
    "Data from {N} show that {C}.", "Following {N}, this report assumes that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "For a firm such as {B}, the work of {N} matters because {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Silk Road destinations shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in the regions {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.", "A key point for {B} is that {C} {P}.",
    "The country is still known abroad mainly for Samarkand, Bukhara and Khiva {P}.", "{C} {P:see also}.",
    "Mobile payments now dominate retail in Kazakhstan {P}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{O}, {C} {P}, so {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust {T} than state advertising", "{T} raised {R} by around {pc}% in one campaign",
    "heritage alone does not bring visitors back a second time", "{B}'s reliance on {T} leaves it exposed",
    "the Silk Road brand is shared by several countries and so is hard to own", "{A} expect to pay by QR code or card",
    "visa reforms mattered more than advertising for arrival numbers", "authenticity is what {A} look for in {M}",
    "local brands that ignore {T} risk losing {A} to rivals", "nation brands in Central Asia are still shaped by the Soviet past",
    "buyers in Europe now ask for proof that cotton is free of forced labour", "super-apps lock in {R} through cashback",
    "airline brands act as flag carriers for the whole country", "{T} will only drive {R} when the offer is relevant",
    "word of mouth among {A} spreads mostly through Telegram", "craft workshops gain more from {T} than from trade fairs",
    "state tourism bodies measure arrivals rather than spend", "organisations such as {B} need to build trust in digital channels",
    "{A} respond better to peer reviews than to official campaigns", "price still matters more than brand for {A}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Uzbekistan", "In Kazakhstan",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "Nevertheless", "As a result",
    "Across Central Asia", "Looking at {B}'s competitors", "Overall", "In terms of digital channels", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} was founded after independence and now serves customers in {q}0 countries.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each market.", "{O}, {C}.",
    "{B}'s Instagram account has over {n}k followers, but most posts are in Russian.",
    "A PESTLE analysis of Uzbekistan is included in the appendix.",
    "The recommendations are costed in US dollars and phased over twelve months.",
    "Most tours combine Tashkent, Samarkand, Bukhara and Khiva in eight to ten days.",
    "The main competitors are {B} and two smaller operators based in Almaty.",
]  # fmt: skip
SCARE_QUOTES = ["‘authentic’", "‘Silk Road’", "‘the new Uzbekistan’", "‘Stans’", "‘off the beaten track’",
                "‘super-app’", "‘ethical cotton’", "‘Instagrammable’", "'hidden gem'", "“nomad”", "‘oriental’",
                "'heritage-washing'", "‘Great Game’"]  # fmt: skip
SCARE_FRAMES = [
    "Tour operators still market the region as {Q} {P}.", "Many younger travellers dislike the word {Q} {P}.",
    "So-called {Q} tourism is a growing concern for {B} {P}.", "The label {Q} is used loosely in the industry {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Samarkand in spring: 10% off until Friday’", "‘Your Kaspi Red purchase is ready’",
                 "“Fly to Tashkent from £{n}”", "‘Navruz offer: two nights for one’", "‘New {M} collection just landed’",
                 "‘Don’t miss the Silk Road in autumn’", "“Your boarding pass for Bukhara”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-booking email {P}.",
    "Short, seasonal copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one heritage-tourism text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "Marketers are told that {Q} {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation: places, listings, crafts, harvests, festivals,
# trains, currencies, visas, events, decrees, words and figures of the region. None names an author in the list.
NOT_CITATIONS = {
    "city-year": [
        "Silk Road Samarkand opened its first hotel in the old city's new district (Samarkand, 2022).",
        "The company's second office followed a year later ({city}, {Y3}).",
        "The team ran its first influencer tour where the brand began (Samarkand, 2019).",
    ],
    "old-city-inscribed": [
        "The old town was inscribed as a World Heritage Site thirty years ago (Bukhara, 1993).",
        "Visitors see the historic centre first (Bukhara, 1993 listing) and the bazaars second.",
    ],
    "square-light-show": [
        "The sound-and-light show now runs every evening in season (Registan, 2022).",
        "The square was closed for the concert rehearsals (Registan, {mo} {Y3}).",
    ],
    "walled-city-year": [
        "The walled inner town became Uzbekistan's first World Heritage Site (Khiva, 1990).",
        "Photographs of the minaret at dusk (Khiva, {Y3}) drive most of the brand's Instagram reach.",
    ],
    "narrative-city-year": [
        "Shymkent (2018) became Kazakhstan's third city of republican significance.",
        "Turkistan (2018) was made a regional capital, and the state built a new tourist quarter there.",
    ],
    "world-heritage-listing": [
        "Tours now start at the inner fortress (Itchan Kala, 1990).",
        "The mausoleum is the centrepiece of the city's World Heritage site (Yasawi Mausoleum, 2003).",
        "Rock carvings are a niche draw for German visitors (Tamgaly, 2004).",
    ],
    "serial-corridor": [
        "Kazakhstan and Kyrgyzstan share a serial nomination with China (Silk Roads: Chang'an–Tianshan Corridor, 2014).",
        "A second transnational listing followed (Silk Roads: Zarafshan-Karakum Corridor, 2023).",
    ],
    "suzani-year": [
        "The spring collection used hand-embroidered panels from Nurata (suzani, 2020).",
        "The best-selling item on the web shop is a cushion cover (suzani, {Y3}).",
    ],
    "ikat-year": [
        "Silk cut in the Margilan style sells best to European buyers (ikat, 2021).",
        "The fashion week collection drew on a local half-silk (adras, 2019).",
        "Its scarves combine two weaves (ikat and adras, {Y3}).",
    ],
    "carpet-knots": [
        "Each rug is knotted by hand (silk on silk, {n} knots per square inch).",
        "The workshop's largest commission took fourteen months (Bukhara carpet, {Y3}).",
    ],
    "cotton-boycott": [
        "Buyers began to return only after the boycott was formally lifted (Cotton Campaign, 2022).",
        "More than 300 brands had signed the pledge against Uzbek cotton (Cotton Pledge, 2011).",
    ],
    "harvest-year": [
        "Monitors found no systemic forced labour in the 2021 harvest (2021).",
        "Prices for raw cotton fell after the harvest ({Y3} season).",
    ],
    "forced-labour-free": [
        "The firm now labels its yarn as certified (forced-labour-free, 2022).",
        "European retailers want a traceable claim (forced-labour-free since {Y3}) on every bale.",
    ],
    "navruz-year": [
        "Hotel occupancy peaks around the spring holiday (Navruz, 2023).",
        "The campaign was timed for the new year in March (Nowruz, {Y3}).",
    ],
    "silk-spices": [
        "Bukhara's spring festival attracts many first-time visitors (Silk and Spices, 2019).",
        "The festival (Silk and Spices, May {Y3}) is now a fixed date in tour operators' calendars.",
    ],
    "music-festival": [
        "Samarkand hosts the international music festival every two years (Sharq Taronalari, 2021).",
        "The festival's last edition (Sharq Taronalari, {Y3}) drew artists from over sixty countries.",
    ],
    "train-launch": [
        "The high-speed train cut the journey from Tashkent to Samarkand to about two hours (Afrosiyob, 2011).",
        "Extending the line to Bukhara made day trips possible (Afrosiyob, 2016).",
    ],
    "talgo-year": [
        "Kazakhstan's Spanish-built trains link Almaty and Astana overnight (Talgo, 2017).",
        "The sleeper service to Tashkent (Talgo, {Y3}) is marketed to backpackers.",
    ],
    "som-liberalisation": [
        "Currency convertibility changed everything for inbound tourism (som liberalisation, 2017).",
        "Prices in dollars fell by half overnight (som liberalisation, September 2017).",
    ],
    "soum-rate": [
        "A room that cost 550,000 soum was about 50 dollars at 11,000 soum to the dollar (2022).",
        "The brand reprices its tours every quarter ({som} soum to the US dollar, {Y3}).",
    ],
    "tenge-float": [
        "Imported goods became much dearer in Kazakhstan after the currency was floated (tenge float, 2015).",
        "Outbound travel fell sharply ({tg} tenge to the dollar, {Y3}).",
    ],
    "e-visa": [
        "Applications now take three working days online (e-visa, 2018).",
        "Travellers from India and China still need a visa (e-visa, since {Y3}).",
    ],
    "visa-free": [
        "British, German and Turkish citizens can stay a month without a visa (30-day visa-free, 2019).",
        "Kazakhstan extended visa-free stays for many countries (visa-free regime, 2017).",
        "The regime was extended again (visa-free for {n} countries, {Y3}).",
    ],
    "expo-year": [
        "Astana built much of its new hotel capacity for the exhibition (Expo 2017, 2017).",
        "The former Expo site now hosts the financial centre (AIFC, opened 2018).",
    ],
    "summit-year": [
        "Samarkand's new tourist centre was finished just in time (SCO summit, 2022).",
        "Hotels near the congress hall were fully booked (Central Asia–EU summit, 2025).",
    ],
    "unrest-year": [
        "Foreign bookings to Almaty dropped after the January unrest (Qantar, 2022).",
        "Tour operators paused trips to Nukus during the protests (Karakalpakstan, 2022).",
    ],
    "uzbek-word": [
        "The brand's campaign leans on the idea of hospitality (‘mehmondoʻstlik’, 2019).",
        "Neighbourhood committees are key to word of mouth (mahalla, {Y3}).",
        "The workshop sells the bread stamp as a souvenir (‘chekich’).",
    ],
    "kazakh-word": [
        "Kazakh Tourism used the word for nomadic hospitality in its campaign (‘qonaqjailylyq’, 2021).",
        "The country now spells its name in the new Latin alphabet (Qazaqstan, 2023).",
    ],
    "russian-word": [
        "Many shoppers still call the bazaar by its Russian name (‘rynok’, 2020).",
        "Older customers expect a ‘remont’ (renovation, {Y3}) before they trust a hotel.",
    ],
    "slogan-year": [
        "The national tourism slogan (‘Uzbekistan – Naturally Irresistible!’, 2019) tested well with European visitors.",
        "Kazakhstan's campaign (‘Kazakhstan: Travel Nomad’, {Y3}) targeted adventure travellers.",
    ],
    "arrivals-figure": [
        "The country received about 6.6 million visitors in the year (2023 arrivals).",
        "Arrivals from Korea grew faster than from any other Asian market ({Y3} arrivals, +{pc}%).",
    ],
    "capital-rename": [
        "The capital changed its name twice in three years (Nur-Sultan, 2019–2022).",
        "Hotels rebranded their signage after the city became Astana again (September 2022).",
    ],
    "route-launch": [
        "The direct flight made weekend trips possible for Londoners (Tashkent–London, 2019).",
        "FlyArystan opened new domestic routes ({city}–Almaty, {Y3}).",
    ],
    "aircraft-year": [
        "The national carrier's long-haul fleet was renewed (Boeing 787-8, 2016).",
        "Most of the low-cost fleet is single-aisle (Airbus A320neo, {Y3}).",
    ],
    "hotel-opening": [
        "The luxury segment in Almaty began with one opening (The Ritz-Carlton, Almaty, 2013).",
        "Competition in Tashkent grew quickly (Wyndham Tashkent, 2017; Hilton Tashkent City, 2021).",
    ],
    "decree-number": [
        "The tourism reforms were set out in a presidential decree (UP-5611, 2018).",
        "Free visas for forty-five countries followed (Decree PF-5611, 5 January 2019).",
        "The state pays part of the cost of charter flights (Resolution No. {n}, {Y3}).",
    ],
    "intangible-heritage": [
        "The national dish has its own UNESCO status (palov culture and tradition, 2016).",
        "The felt-making of Kyrgyz women is also recognised (ala-kiyiz and shyrdak, 2012).",
    ],
    "craft-town-year": [
        "Ceramics workshops sell most of their bowls to visiting groups (Rishton ceramics, 2019).",
        "The silk factory tour is a highlight of the Fergana day trip (Yodgorlik, Margilan, {Y3}).",
    ],
    "games-year": [
        "Kyrgyzstan used the nomad games to market its lakes and mountains (World Nomad Games, 2018).",
        "Astana and Almaty shared the winter games (Asian Winter Games, 2011).",
    ],
    "nature-site-year": [
        "Yurt camps around the lake are booked months in advance (Issyk-Kul, {Y3}).",
        "The canyon had more domestic visitors than ever (Charyn Canyon, {Y3}: {n},000).",
    ],
    "ipo-year": [
        "The super-app listed its shares in New York (Nasdaq, January 2024).",
        "The uranium miner listed in London and Astana at the same time (LSE and AIX, 2018).",
    ],
    "soviet-period": [
        "Many hotels date from the Soviet era (1924–1991) and still feel like it.",
        "Tashkent was largely rebuilt after the earthquake (1966) in a modernist style.",
    ],
    "deportation-year": [
        "Korean families arrived in Uzbekistan after the deportation from the Far East (1937).",
        "Koryo-saram restaurants (est. {Y3}) attract Korean tourists looking for a familiar taste.",
    ],
    "tour-price": [
        "The ten-day tour is sold at one price (US${usd}, {Y4} season).",
        "A night in a Bukhara guesthouse costs far less than in Europe (about 40 dollars, {Y3}).",
    ],
    "award-year": [
        "The country's reforms were widely praised abroad (Country of the Year, 2019).",
        "The airline won a regional service prize (Skytrax World Airline Awards {Y3}).",
    ],
    "hashtag-year": [
        "The user-generated campaign spread quickly on Instagram (#VisitUzbekistan, 2020).",
        "Posts tagged with the city's name rose sharply (#Samarkand, {Y3}).",
    ],
    "quarter-year": [
        "Card spending by foreigners rose in the summer (Q3 {Y3}).",
        "Transactions through the app peaked before the holiday (Q4 {Y3}, +{pc}%).",
    ],
    "fiscal-year": [
        "Net profit grew strongly (FY{Y3}: {mn} billion tenge).",
        "Passenger numbers recovered to pre-pandemic levels ({Y3} results: {mn} million).",
    ],
    "population-figure": [
        "Uzbekistan is the largest consumer market in the region (36 million people, 2023).",
        "Almaty alone is home to a tenth of Kazakhstan's people (about 2.2 million, {Y3}).",
    ],
    "cross-reference": [
        "The segmentation is shown in the appendix (Appendix {q}, Figure {q}).",
        "See Task 2 (b) for the costed channel plan.",
    ],
    "monitoring-round": [
        "The ILO's monitors visited farms in every region (third-party monitoring, {Y3} round).",
        "Recruitment of pickers became voluntary and paid (2020 harvest season, {pc}% of pickers surveyed).",
    ],
    "ski-resort-season": [
        "Skiers from Kazakhstan now cross the border to Chimgan (2023/24 season).",
        "The new gondola opened in time for winter (Amirsoy, {Y3}).",
    ],
}  # fmt: skip
