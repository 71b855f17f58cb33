"""The blind180 pool's prose (HELD OUT): marketers in Sweden, Finland and their diaspora writing CIM reports.

A hundred-and-eightieth independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read. The writers are marketers in
Stockholm, Göteborg, Malmö, Uppsala, Umeå, Luleå and Kiruna, Helsinki/Helsingfors, Espoo, Tampere, Turku/Åbo,
Oulu, Vaasa, Rovaniemi and Mariehamn, and Nordic expatriates in London, Berlin, Minneapolis and Tallinn, at
banks and fintechs, insurers, telecoms, retailers, food and drink makers, tech and game studios, media and
agencies, on CIM Level 6 and 7 courses and MBAs, writing in English as a second language: "means that" for
"menar att", week numbers, ISO and Finnish dates, a space as the thousands separator and a decimal comma,
prior-year figures in brackets as Nordic annual reports print them, laws by their SFS and Finlex numbers,
bills, court and ombudsman decisions, festivals, monopolies and co-operatives. Swedish and Finnish typography
quotes with ”…” and ’…’ (both marks closing ones), and now and then with »…»; the decoys are brackets, years,
numbers and names that are no citations.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["IKEA", "H&M", "Oatly", "Klarna", "Swish", "Spotify", "Volvo Cars", "Polestar", "ICA", "Coop", "Axfood",
          "Systembolaget", "Clas Ohlson", "Apotek Hjärtat", "Avanza", "Trustly", "SEB", "Handelsbanken", "Swedbank",
          "Nordea", "Telia", "Tele2", "Folksam", "Länsförsäkringar", "Marabou", "Absolut", "Arla", "Scania", "SAS",
          "Kesko", "K-Citymarket", "S Group", "Prisma", "Lidl Suomi", "Stockmann", "Verkkokauppa.com", "Valio", "Fazer",
          "Paulig", "Alko", "OP Financial Group", "MobilePay", "LocalTapiola", "Elisa", "DNA", "Supercell", "Rovio",
          "Wolt", "Finnair", "VR", "Nokia", "Ericsson", "Marimekko", "Iittala", "Fiskars", "Yle Areena"]  # fmt: skip

NARRATIVE_START = [
    "{N} means that {C}.",
    "{N} argues that {C}, which is relevant for {B} in both Sweden and Finland.",
    "{N} found that {C}.",
    "{N} shows that {C}, at least among {A}.",
    "{N} describe how {C}.",
    "{N} points out that {C}; for {B} this is not new.",
    "{N} claims that {C}, although the study was made before the pandemic.",
    "{N} have written about how {C}.",
    "{N} concluded that {C} in the Nordic market.",
    "{N} stress that {C}, something the Finnish team at {B} also noticed.",
    "{N} underlines that {C}.",
    "{N} found, in a survey of {n} {A} in {city}, that {C}.",
    "{N} is one of few who discuss that {C}.",
    "{N} suggested already then that {C}.",
    "{N} explains that {C} and that {C2}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} puts it, {C}.",
    "{O}, {N} means that {C}.",
    "This is in line with {N}, who found that {C}.",
    "{C}, which {N} also point out.",
    "In a Nordic context, {N} show that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "If we look at {N}, {C}.",
    "{O}, as {N} describe, {C}.",
    "Both the literature and {N} agree that {C}.",
    "{C}; {N} come to the same conclusion for the Finnish market.",
    "Here {N} is useful, since {C}.",
]
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{O}, {N} model explains why {C}.",
    "{N} framework fits {B} well, because {C}.",
    "In {N} view, {C}.",
    "{N} survey from {city} found that {C}.",
    "{N} findings mean that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "It is well known in the Nordics that {C} {P}.",
    "{C}, especially in Finland {P}.",
    "{C} {P:see}.",
    "{C} {P:see e.g.}.",
    "{B} is a good example: {C} {P}.",
    "{C}, at least for {A} {P}.",
    "Studies from Sweden show that {C} {P}.",
    "{O}, it seems that {C} {P}.",
    "{C} {P:cf.}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, but {C2}.",
    "{C} {P}, while {C2}.",
    "{C} {P}; at the same time {C2}.",
    "{C} {P}, and in Finland {C2}.",
    "{C} {P}, which means that {C2}.",
    "{C} {P} – even so, {C2}.",
]
CLAIMS = [
    "{B} can grow its share among {A} by using {T}",
    "{T} builds {R} faster than price campaigns do",
    "Nordic consumers expect brands to be transparent about sustainability",
    "{A} in Sweden trust public service media more than influencers",
    "{B} must adapt its tone of voice when it moves from Stockholm to Helsinki",
    "bilingual campaigns in Finnish and Swedish raise {R} in Ostrobothnia and Åland",
    "the Nordic welfare model makes consumers sceptical of aggressive selling",
    "customer-owned co-operatives keep {R} high through their bonus systems",
    "{T} works best for {B} when it is tied to seasonal moments like Midsommar",
    "the state alcohol monopolies limit how {B} can use {T}",
    "lagom is more often a marketing story than a consumer value",
    "mobile payments such as Swish have changed how {A} judge convenience",
    "{A} in Finland respond to understatement more than to hype",
    "Black Week pushes {B} into discounts that damage {R}",
    "buy now, pay later lowers the barrier for {A} but raises the risk of debt",
    "{B} wins {R} when it shows its Nordic origin honestly",
    "small Nordic markets make {T} cheaper to test than in Germany or the UK",
    "sustainability claims without proof hurt {R} among {A}",
    "{T} is more effective for {B} than television in the Finnish market",
    "the customer relationship is more important than the single transaction",
    "service quality is perceived by {A} as what they get and how they get it",
    "{B} could use {T} to reach {A} in the diaspora in London and Berlin",
    "co-creation with {A} strengthens {R} for brands like {B}",
    "the flight shame debate has changed how {A} look at travel brands",
    "{T} has to be labelled clearly as advertising under Nordic rules",
]
OPENERS = [
    "However", "In Sweden", "In Finland", "For {B}", "On the other hand", "In the Nordic context", "Furthermore",
    "At the same time", "In practice", "Looking at {B}", "In addition", "For the Finnish market", "Still",
    "In my organisation",
]  # fmt: skip
PLAIN = [
    "{B} operates in Sweden, Finland, Norway and Denmark and has its head office in {city}.",
    "The campaign ran in week {wk} in both Swedish and Finnish.",
    "{B} sells through its own app, its stores and partners such as Wolt.",
    "Most of the marketing budget goes to digital channels and to Yle and TV4 sponsorships.",
    "This report uses the 7Ps to look at {B}'s offer in the Finnish market.",
    "{O}, {C}.",
    "The marketing team at {B} is small: five people in {city} and two in Tallinn.",
    "Sales are reported in SEK for Sweden and in EUR for Finland and the Baltics.",
    "S Group is a customer-owned co-operative, so members get a bonus on their purchases, which {B} cannot copy.",
    "A SWOT analysis of {B} is found in Appendix 1.",
    "The Finnish-speaking and Swedish-speaking customers are treated as two segments.",
    "Interviews were held on Teams with three managers at {B}.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{N} writes that {Q}.",
    "{O}, {Q} {P}.",
    "The point is made clearly: {Q} {P}.",
    "{N} puts it like this: {Q}.",
    "{Q} {P}, which describes {B} well.",
    "In the words of {N}, {Q}.",
]
SCARE_QUOTES = [
    "”lagom”", "”fika”", "”sisu”", "’hygge’", "”mys”", "”kalsarikänni”", "”flygskam”", "”duktig”",
    "’köpskam’", "”jantelagen”", "»hållbart»", "”the Nordic way”",
]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now sell {Q} as a lifestyle {P}.",
    "{B} calls its tone of voice {Q} {P}.",
    "The idea of {Q} is used in tourism marketing too {P}.",
    "{N} describes {Q} as a Nordic brand asset.",
    "Nordic campaigns often play on {Q} {P}.",
]
SUBJECT_LINES = [
    "”Glad midsommar – 20 % på allt i helgen”",
    "”Hyvää juhannusta! Ilmainen toimitus”",
    "”Black Week är här: upp till 50 %”",
    "’Your {M} order is on its way’",
    "”Semlan är tillbaka!”",
    "”Vappu tulee – sima ja munkit nyt -30 %”",
    "”Last chance: Black Week ends tonight”",
    "»Ditt bonuskvitto är klart»",
]
SUBJECT_FRAMES = [
    "The email with the subject line {Q} had the highest open rate {P}.",
    "{B} sent {Q} to members of its loyalty club {P}.",
    "A subject line like {Q} works because of the season {P}.",
    "{N} mentions {Q} as a typical seasonal subject line.",
]

_CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Luleå", "Kiruna", "Helsinki", "Espoo", "Tampere",
           "Turku", "Oulu", "Vaasa", "Rovaniemi", "Mariehamn", "Jönköping", "Lahti", "Jyväskylä"]  # fmt: skip
_EXECS = ["Sebastian Siemiatkowski", "Daniel Ek", "Ilkka Paananen", "Toni Petersson", "Helena Helmersson",
          "Jesper Brodin", "Marjo Miettinen", "Taneli Hassinen", "Miki Kuusi", "Pekka Lundmark", "Börje Ekholm",
          "Annika Bresky", "Jorma Ollila", "Greta Thunberg", "Loreen", "Käärijä", "Zlatan Ibrahimović",
          "Teemu Selänne", "Astrid Lindgren", "Tove Jansson", "Ingvar Kamprad", "Linus Torvalds"]  # fmt: skip
_PEOPLE_DATES = ["Ingvar Kamprad (1926–2018)", "Astrid Lindgren (1907–2002)", "Tove Jansson (1914–2001)",
                 "Alvar Aalto (1898–1976)", "Greta Garbo (1905–1990)", "Jean Sibelius (1865–1957)",
                 "Greta Thunberg (born 2003)", "Linus Torvalds (b. 1969)", "Avicii (1989–2018)", "Armi Ratia (1912–1979)"]  # fmt: skip
_PRODUCTS = ["Volvo EX30 (2023)", "Polestar 4 (2024)", "Nokia 3310 (2000)", "Clash of Clans (2012)",
             "Angry Birds (2009)", "Brawl Stars (2018)", "Saab 9-3 (1998)", "Volvo 240 (1974)", "Oatly Barista Edition (2016)",
             "IKEA Billy (1979)", "Marimekko Unikko (1964)", "Fazer Blue (1922)", "Absolut Vodka (1979)",
             "Marabou Mjölkchoklad (1916)", "Fiskars orange-handled scissors (1967)"]  # fmt: skip
_TICKERS = ["Nasdaq Stockholm: HM B", "Nasdaq Helsinki: KESKOB", "Nasdaq: OTLY", "NYSE: SPOT", "Nasdaq Stockholm: ERIC B",
            "Nasdaq Helsinki: NOKIA", "Nasdaq Helsinki: ELISA", "Nasdaq Stockholm: AZA", "Nasdaq Stockholm: CLAS B",
            "Nasdaq Helsinki: STOCKA", "Nasdaq: PSNY"]  # fmt: skip
_FLIGHTS = ["AY 1331 (HEL–ARN)", "SK 1577 (ARN–CPH)", "AY 1403 (HEL–OUL)", "DY 4321 (ARN–LLA)", "AY 421 (HEL–RVN)",
            "SK 2004 (ARN–KRN)"]  # fmt: skip
_TRAINS = ["SJ 3000 (Stockholm C–Göteborg C)", "VR Pendolino S 45 (Helsinki–Tampere)", "Norrtåg 7 (Umeå–Luleå)",
           "Allegro (1995) Helsinki–St Petersburg", "VR IC 265 (Helsinki–Rovaniemi)"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use; drawn in one fixed order so a seed gives one report."""
    year = rng.randint(2016, 2025)
    return {
        "city": rng.choice(_CITIES),
        "city2": rng.choice(_CITIES),
        "wk": str(rng.randint(1, 52)),
        "yy": f"{year % 100:02d}",
        "Yn": str(year),
        "Y0": str(year - rng.randint(1, 5)),
        "wk2": str(rng.randint(1, 52)),
        "d2": str(rng.randint(20, 24)),
        "d3": str(rng.randint(25, 30)),
        "kr2": f"{rng.randint(19, 899)} kr",
        "milj2": f"{rng.randint(2, 95)},{rng.randint(1, 9)}",
        "kr": f"{rng.randint(19, 899)} kr",
        "msek": f"{rng.randint(1, 9)} {rng.randint(100, 999)}",
        "msek2": f"{rng.randint(1, 9)} {rng.randint(100, 999)}",
        "sekbn": f"{rng.randint(1, 60)}.{rng.randint(1, 9)}",
        "milj": f"{rng.randint(2, 95)},{rng.randint(1, 9)}",
        "mrd": f"{rng.randint(1, 12)},{rng.randint(1, 9)}",
        "mrd2": f"{rng.randint(1, 12)},{rng.randint(1, 9)}",
        "pct": str(rng.randint(3, 68)),
        "pct2": str(rng.randint(2, 40)),
        "exec": rng.choice(_EXECS),
        "born": rng.choice(_PEOPLE_DATES),
        "product": rng.choice(_PRODUCTS),
        "ticker": rng.choice(_TICKERS),
        "flight": rng.choice(_FLIGHTS),
        "train": rng.choice(_TRAINS),
        "orgnr": f"556{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        "ytunnus": f"{rng.randint(1000000, 9999999)}-{rng.randint(0, 9)}",
        "sfsn": str(rng.randint(100, 1999)),
        "dd": f"{rng.randint(1, 28):02d}",
        "mm": f"{rng.randint(1, 12):02d}",
        "temp": str(rng.randint(5, 38)),
        "k": str(rng.randint(12, 980)),
        "diar": f"DI-{rng.randint(2019, 2024)}-{rng.randint(1000, 13999)}",
        "case": f"{rng.randint(1, 900)}/{rng.randint(2016, 2024)}",
        "resp": rng.choice(["A", "B", "C", "D", "E", "F"]),
    }


NOT_CITATIONS = {
    "sfs-law": [
        "Under Marknadsföringslagen (SFS 2008:486), {B} must make clear that a sponsored post is advertising.",
        "Dataskyddslagen (SFS 2018:218) adds Swedish rules to the GDPR, for example on age limits.",
        "The Alkohollag (SFS 2010:1622) demands 'särskild måttfullhet' (particular moderation) in alcohol advertising.",
    ],
    "finlex-law": [
        "Kuluttajansuojalaki (38/1978) forbids misleading price claims, which matters for {B}'s Black Week offers.",
        "Tietosuojalaki (1050/2018) sets the age of consent for information society services at 13 in Finland.",
        "The Finnish Alcohol Act (1102/2017, section 50) limits what {B} may show in social media.",
    ],
    "eu-act-number": [
        "The Omnibus Directive (EU) 2019/2161 changed how {B} may show a 'before' price.",
        "From 2025 the European Accessibility Act (Directive 2019/882) applies to {B}'s web shop.",
        "Cookies still fall under the ePrivacy Directive (2002/58/EC) in both countries.",
    ],
    "government-bill": [
        "The Swedish bill on gambling advertising (prop. 2017/18:220) was debated for a long time.",
        "The Finnish government proposal (HE 221/2018 vp) explains the reasons for the national data protection act.",
    ],
    "authority-decision": [
        "IMY fined the company SEK {msek} 000 (decision {diar}) for its handling of customer data.",
        "In its decision ({diar}) IMY criticised how the loyalty app asked for consent.",
        "The Finnish Data Protection Ombudsman issued a reprimand (case TSV/{case}) to an online retailer.",
    ],
    "court-case": [
        "The Patent and Market Court ruled against the influencer (PMT 2021:7), a case KO had brought.",
        "The Finnish Market Court (MAO:{case}) found the price comparison misleading.",
    ],
    "ombudsman-opinion": [
        "Reklamombudsmannen's opinion (ärende {Yn}-{k}) said the post lacked advertising identification.",
        "The Council of Ethics in Advertising (MEN {case}) found the advert discriminating.",
    ],
    "prior-year-figures": [
        "Net sales for the year were MSEK {msek} ({msek2}) and the operating margin {pct} % ({pct2} %).",
        "Operating profit rose to SEK {sekbn} bn (SEK {msek2} m) in Q{q}.",
        "The number of members grew to {msek} 000 ({msek2} 000).",
    ],
    "kronor": [
        "A basic membership costs {kr} per month (incl. moms).",
        "{B} spent around SEK {sekbn} million on influencers last year (about EUR {milj} milj.).",
        "The average Black Week basket was {kr} ({Y0}: {kr2}).",
    ],
    "euro-milj": [
        "Liikevaihto kasvoi {milj} milj. euroon ({Y0}: {milj2} milj. €), as the annual report says.",
        "{B}'s marketing spend in Finland is about EUR {milj} million a year.",
        "Kesko's sales were EUR {mrd} mrd ({mrd2} mrd) in the financial year.",
    ],
    "vat-rate": [
        "All prices include VAT (moms 25 %, food 12 %).",
        "Finnish VAT rose to 25.5 % (ALV 25,5 %) on 1 September 2024.",
    ],
    "exchange-rate": [
        "All figures are converted at one rate (1 EUR = 11.5 SEK, December {Yn}).",
        "In euros the price is lower (€1 ≈ 11,3 kr in {Yn}).",
    ],
    "week-number": [
        "Black Week starts in week 47 (v. 47) and most Swedish campaigns are planned around it.",
        "The launch is planned for week {wk} ({Yn}) and the evaluation for week {wk2}.",
        "Sales peak in vecka 25 (Midsommar week) every year.",
    ],
    "iso-date": [
        "The survey was sent out on {Yn}-{mm}-{dd} and closed two weeks later.",
        "The price change took effect on {dd}.{mm}.{Yn}, the Finnish way of writing the date.",
    ],
    "midsommar": [
        "Midsommarafton (Friday between 19 and 25 June) is the biggest sales day for herring and strawberries.",
        "{B} ran its Midsommar campaign (June {Yn}) with flower crowns in every store.",
    ],
    "juhannus": [
        "During Juhannus (Midsummer, June {Yn}) Helsinki is almost empty and sales move to summer cottages.",
        "The Juhannus weekend ({Yn}) is when Alko has its longest queues.",
    ],
    "lucia": [
        "Lucia (13 December) is a chance for brands like {B} to show tradition.",
        "{B}'s Lucia film ({Yn}) was shared widely on Instagram.",
    ],
    "vappu": [
        "Vappu (1 May) is a big day for sima, munkki and student caps in Helsinki.",
        "Sales of party products double before Vappu (Walpurgis Night, 30 April).",
    ],
    "semla": [
        "Semla season starts after Christmas and peaks on Fettisdagen (Shrove Tuesday, {d} February {Yn}).",
        "Bakeries sold around six million semlor on Fettisdagen ({Yn}), and {B} joined the trend.",
    ],
    "kraftskiva": [
        "The kräftskiva (crayfish party, August) is a key moment for Absolut and other spirits brands.",
        "{B} used the crayfish season (kräftpremiären, August {Yn}) in its campaign.",
    ],
    "black-week": [
        "Black Week ({d2}–{d3} November {Yn}) has replaced Black Friday in most Swedish stores.",
        "During Black Week {Yn} the online share of sales was {pct} %.",
    ],
    "nobel": [
        "The Nobel Prize ceremony (10 December) is watched by many Swedes on SVT.",
        "The Nobel banquet menu ({Yn}) became a marketing moment for Swedish producers.",
    ],
    "slush": [
        "{B} presented its new app at Slush {Yn} in Helsinki.",
        "Slush (November, Helsinki Expo and Convention Centre) gathers around 13 000 people.",
    ],
    "almedalen": [
        "During Almedalen week (Visby, week 26) many brands hold seminars about sustainability.",
        "{B}'s CEO spoke at Almedalsveckan {Yn} about cashless payments.",
    ],
    "eurovision": [
        "The Eurovision Song Contest (Malmö 2024) brought many visitors to Skåne.",
        "Käärijä's song Cha Cha Cha (Eurovision 2023, second place) became a meme used by brands.",
        "Loreen won twice (2012 and 2023), which SVT used in its marketing.",
    ],
    "people-dates": [
        "The brand still builds on its founder, {born}.",
        "Many Nordic brands use heritage figures such as {born} in their storytelling.",
    ],
    "executive-quote": [
        "{exec} said in an interview on SVT that the brand must become more human.",
        "At the capital markets day, {exec} presented the new strategy (slides 4–9).",
    ],
    "founding-year": [
        "IKEA (founded 1943 in Älmhult) is still the reference for Swedish design retail.",
        "Fazer (founded 1891 in Helsinki) still uses its founder's signature on the Blue bar.",
        "S Group (S-ryhmä, 1904) is owned by its customer-owners.",
    ],
    "monopoly": [
        "Systembolaget (state monopoly since 1955) cannot advertise to sell more.",
        "Alko (founded 1932) has the same role in Finland as Systembolaget in Sweden.",
    ],
    "legal-form": [
        "The Swedish parent is an AB (publ), org.nr {orgnr}, listed since {Yn}.",
        "The Finnish subsidiary is an Oy (Y-tunnus {ytunnus}) and the parent an Oyj.",
        "The local co-operative is an osuuskunta (OK), and the union SOK owns the chains.",
    ],
    "ticker": [
        "The share is listed ({ticker}) and the price fell {pct} % after the report.",
        "Investors follow the company ({ticker}) closely after the profit warning.",
    ],
    "postcode-address": [
        "The flagship store is at Drottninggatan 50, SE-111 21 Stockholm.",
        "Head office: Mannerheimintie 14, 00100 Helsinki (phone +358 9 123 4567).",
    ],
    "product-model": [
        "The {product} is still used in the brand's advertising.",
        "Products like the {product} show how design became part of the brand.",
    ],
    "award": [
        "The campaign won a Guldägg (Golden Egg, {Yn}) for best film.",
        "{B} received Vuoden Huiput gold ({Yn}) for its outdoor campaign.",
        "The agency took a Cannes Lions Grand Prix (2019) for a Nordic client.",
    ],
    "tv-ratings": [
        "Melodifestivalen's final had {msek} 000 viewers (Saturday 8 March, week 10).",
        "The Yle documentary reached {pct} % of Finns over ten years of age (autumn {Yn}).",
    ],
    "survey-sample": [
        "Most respondents said price was most important (n = {n}, Webropol survey).",
        "The questionnaire was answered by {n} people in {city} (response rate {pct} %).",
    ],
    "interviewee": [
        "Respondent {resp} (brand manager, {B}, interviewed {d} March {Yn}) said that budgets were cut.",
        "One interviewee (marketing director, {city}) explained the Finnish sales process.",
    ],
    "flight-train": [
        "The campaign was shown in the Finnair app and on flight {flight}.",
        "Posters hung on the {train} route for four weeks.",
    ],
    "bilingual-place": [
        "The store in Turku (Åbo) uses both Swedish and Finnish signs since {Yn}.",
        "Helsinki (Helsingfors) and Vaasa (Vasa) are officially bilingual cities.",
        "Mariehamn (Åland, population about 11 800) is only Swedish-speaking.",
    ],
    "sami-place": [
        "The Jokkmokk winter market (Jokkmokks marknad, first week of February since 1605) attracts many tourists.",
        "In Sápmi (Sámi homeland) tourism brands must respect Sámi culture and reindeer herding.",
    ],
    "temperature-units": [
        "In Kiruna it can be −{temp} °C in January, so delivery times are longer.",
        "A litre of oat drink (1 l) costs more than milk in Finland.",
    ],
    "course-code": [
        "This report answers the CIM 2206 brief (Level 6, {Yn} assessment).",
        "The assignment is for module MK7010 (Hanken, spring {Yn}).",
    ],
    "appendix-table": [
        "The full PESTLE is shown in Appendix 2 (Table 3).",
        "The results are in Figure {q} (page 12) and Table {q}.",
    ],
    "growth-figures": [
        "Online grocery sales grew by {pct} % ({Y0}–{Yn}) in Sweden.",
        "Swish had {pct} % more transactions than in the previous year (+{pct2} % y/y).",
    ],
    "population": [
        "Sweden has about 10.5 million inhabitants and Finland 5.6 million.",
        "Around 290 000 people in Finland have Swedish as mother tongue (5.2 %).",
    ],
    "social-handle": [
        "Oatly's Instagram account (@oatly, {k} 000 followers) is run from Malmö.",
        "The hashtag #hyväävappua{yy} was used in {n} posts during the campaign.",
    ],
    "promo-code": [
        "Members could use the code MIDSOMMAR{yy} for 20 % off.",
        "The discount code VAPPU{yy} gave free delivery in Finland.",
    ],
    "loyalty-bonus": [
        "S Group pays a Bonus of 1–5 % (paid monthly) to its customer-owners.",
        "ICA Stammis members get bonus checks worth {kr} (on average per year).",
    ],
    "organisation-year": [
        "The merger of Merita and Nordbanken (1997) created what is now Nordea.",
        "Swish (launched in December 2012 by six Swedish banks) is now used by almost everyone.",
        "MobilePay (launched by Danske Bank in 2013) merged with Vipps in 2022.",
    ],
    "sports-event": [
        "The Ice Hockey World Championship (Tampere and Helsinki, 2022) was sponsored by many Finnish brands.",
        "Finland won the ice hockey World Championship (2019, 2022), which {B} celebrated in its ads.",
    ],
    "media-channel": [
        "Sveriges Radio P3 (since 1964) is popular among young listeners.",
        "TV4 (launched 1990) was the first commercial channel on the Swedish terrestrial network.",
    ],
}
