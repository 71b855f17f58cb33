"""Prose for the "blind201" pool: marketers in Czechia, Slovakia and their diaspora (Prague, Brno, Ostrava, Plzeň,
Bratislava, Košice, Žilina; Vienna, London, Chicago, Toronto) at banks, telecoms, retailers, breweries, carmakers,
e-commerce and agencies, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Frames use the builder's placeholders ({N}, {P},
{P:see}, {Q}, {C}, {C2}, {O}, {B}, {A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d}, {M}) and these of their own, from
``values``: {city} a city of the region or its diaspora, {kc} a koruna amount's number, {ico} a company number,
{psc} a postcode, {dd} and {mm} a day and month, {Yr} a recent year, {age} an age, {pct} a percentage's number,
{fn} and {sn} a first name and a surname, {club} a sports club. NOT_CITATIONS holds text that looks like a citation
and is none: laws with their collection numbers, koruna and euro amounts, IČO and DIČ numbers, legal forms, name
days, dates in Czech order, postcodes, product models, awards, clubs and breweries with their founding years,
events, people's ages and academic titles, and more.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Škoda Auto", "Kofola", "Alza.cz", "Rohlik.cz", "Notino", "Pilsner Urquell", "Budějovický Budvar",
          "Kozel", "Zlatý Bažant", "Bernard", "Komerční banka", "Česká spořitelna", "ČSOB", "Air Bank", "Fio banka",
          "Tatra banka", "Slovenská sporiteľňa", "O2", "T-Mobile", "Vodafone", "Orange Slovensko", "Slovak Telekom",
          "Kaufland", "Albert", "Lidl", "Billa", "Tesco", "Datart", "Mall.cz", "Seznam.cz", "Heureka", "Zásilkovna",
          "Baťa", "Lasvit", "Moser", "Botanicus", "Manufaktura", "Dr.Max", "Benu", "RegioJet", "Kia Slovakia",
          "Tescoma", "Hamé", "Madeta", "Rajec", "Orion", "Student Agency", "Dámejídlo", "Wolt", "Bolt Food"]  # fmt: skip

_CITIES = ["Praha", "Prague", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec", "České Budějovice", "Hradec Králové",
           "Zlín", "Bratislava", "Košice", "Žilina", "Prešov", "Banská Bystrica", "Nitra", "Trnava", "Vienna",
           "London", "Chicago", "Toronto"]  # fmt: skip
_PEOPLE = [("Jan", "Novák"), ("Petra", "Svobodová"), ("Tomáš", "Dvořák"), ("Katarína", "Horváthová"),
           ("Ľubomír", "Kováč"), ("Lucie", "Procházková"), ("Martin", "Černý"), ("Matúš", "Tóth"), ("Jana", "Veselá"),
           ("Peter", "Kráľ"), ("Kateřina", "Němcová"), ("Juraj", "Baláž"), ("Ondřej", "Hájek"), ("Šárka", "Šťastná"),
           ("Zuzana", "Ďuricová"), ("Veronika", "Kollárová")]  # fmt: skip
_CLUBS = ["AC Sparta Praha (founded 1893)", "SK Slavia Praha (est. 1892)", "ŠK Slovan Bratislava (1919)",
          "HC Kometa Brno (founded 1953)", "HC Oceláři Třinec (1929)", "FC Viktoria Plzeň (1911)",
          "HC Košice (1962)", "Baník Ostrava (founded 1922)", "MŠK Žilina (1908)", "Bohemians Praha 1905"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    first, surname = rng.choice(_PEOPLE)
    return {
        "city": rng.choice(_CITIES), "kc": f"{rng.randint(1, 99)} {rng.randint(100, 999)}",
        "ico": f"{rng.randint(10000000, 99999999)}", "psc": f"{rng.randint(100, 799)} {rng.randint(0, 9)}{rng.randint(0, 9)}",
        "dd": str(rng.randint(1, 28)), "mm": str(rng.randint(1, 12)), "Yr": str(rng.randint(2018, 2025)),
        "age": str(rng.randint(23, 67)), "pct": str(rng.randint(3, 88)), "fn": first, "sn": surname,
        "club": rng.choice(_CLUBS),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C} in the Czech market.",
    "{N} suggests that {C}; Slovak data point the same way.", "{N} observed that {C}, especially among {A}.",
    "{N} identified that {C}.", "{N} claims that {C}, but gives little evidence from Central Europe.",
    "{N} demonstrated that {C} after the pandemic.", "{N} emphasise that {C}.",
    "{N} noted that, since {Y}, {C}.", "{N} point out that {C} – a lesson for {B}.",
    "{N} describe how {C} in post-transition economies.", "{N} warn that {C} if the offer is not localised.",
    "{N} reported that {C} in a survey of Czech and Slovak households.", "{N} recommend that {B} test whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Czech retailers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As {N} explain, {C}.", "According to {N}, {C}.",
    "{B} illustrates this well: {N} showed that {C}.", "Research by {N} in Slovakia suggests {C}.",
    "A survey by {N} found that {C}.", "{C}, as {N} noted for the Visegrad markets.",
    "Following {N}, it could be argued that {C}.", "{C}; however, {N} reached the opposite conclusion for {A}.",
    "Data from {N} show that {C}.", "{C}, according to {N}.", "Unlike {B}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "{N} typology of Czech shoppers suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "It is often claimed that {C} {P:see}.",
    "Several studies report that {C} {P:e.g.}.", "{C} (as shown in Figure {q}) {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Czech data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}", "{C} {P:see also}.",
    "{C}, as studies from Brno and Bratislava show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Some sources {P:e.g.} argue that {C}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Czechia compare prices on Heureka before they buy", "{T} improved {R} by around {q}0% in one trial",
    "Czech shoppers are among the most price-sensitive in the EU", "{B} relies on {T} more than its rivals do",
    "trust in banks fell after the 2008 crisis but has since recovered", "{A} respond better to local brands than to global ones",
    "parcel lockers have changed how Czechs expect delivery to work", "Slovak consumers adopted contactless payment very early",
    "loyalty apps such as Kaufland Card drive {R} among {A}", "beer brands trade on heritage more than on price",
    "personalised offers raise {R} when consent is clear", "the Czech e-commerce market is one of the most competitive in Europe",
    "{A} expect a seamless experience across online and in-store channels", "{T} is cheaper than TV but harder to measure",
    "brand heritage from the First Republic still sells in Czechia", "GDPR has changed how banks collect first-party data",
    "organisations such as {B} need to {bs} to stay competitive", "mobile now accounts for most Slovak e-commerce traffic",
    "high inflation has made {A} switch to private labels", "country of origin matters more for food than for electronics",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Czechia", "In Slovakia",
    "For {B}'s marketing team", "Since the pandemic", "In the context of {B}", "Nevertheless", "As a result",
    "Within the Czech retail sector", "Overall", "In the Visegrad region", "For the diaspora market",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Czechoslovakia and now trades in {q}0 countries.",
    "This section analyses {B}'s digital channels and makes recommendations for the Slovak market.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed in koruna and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Seznam Sklik and Meta, with most of its budget on paid search.",
    "Customers can buy online, collect from a Zásilkovna point or shop in store.",
    "A PESTLE analysis of the Czech market is included in the appendix.",
    "The main competitors are {B} and two smaller online-only retailers.",
    "Task 2 builds on this by proposing a content plan for the next financial year.",
    "The author works in the marketing team of a bank in {city}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Czech marketing textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "{N} put it directly: {Q}.", "One review concluded that {Q} {P}.",
    "Marketers are reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["„omnichannel“", "‘cancel culture’", "“shrinkflation”", "‘greenwashing’", "'chalupaření'",
                "„zlaté české ručičky“", "‘quick commerce’", "“de-influencing”", "'FOMO'", "‘Czech quality’",
                "„Made in Slovakia“", "‘always-on’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "Younger shoppers in Prague are tired of {Q} marketing {P}.",
    "So-called {Q} is a growing concern for {B} {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely in Czech agencies {P}.", "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Jen dnes: doprava zdarma’ [‘Today only: free delivery’]", "„Vaše objednávka je na cestě“",
                 "“You left something in your basket”", "‘Ahoj Jano, máme pro vás slevu 20 %’",
                 "‘Black Friday starts now – up to 50% off {M}’", "“Last chance: 48 hours left”",
                 "„Vianočné darčeky pre celú rodinu“", "‘We miss you – here’s 150 Kč off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-basket email {P}.",
    "Short, urgent copy ({Q}, for example) works well with {A} {P}.",
    "Messages like {Q} create urgency {P}.", "Testing {Q} against a plainer version showed a clear winner {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "czech-law-number": [
        "Since {Yr}, {B} has processed customer data under zákon č. 110/2019 Sb., o zpracování osobních údajů.",
        "Advertising to children is limited by the Act on the Regulation of Advertising (No. 40/1995 Coll.).",
        "Consumer protection rules (zákon č. 634/1992 Sb.) require the lowest price of the last 30 days to be shown.",
    ],
    "slovak-law-number": [
        "In Slovakia, the data protection act (zákon č. 18/2018 Z. z.) sits beside the GDPR.",
        "Slovak rules on advertising (Act No. 147/2001 Coll.) also cover comparative adverts.",
        "The new consumer protection act (108/2024 Z. z.) changed how {B} shows discounts.",
    ],
    "eu-regulation-number": [
        "Consent must meet the standard of Regulation (EU) 2016/679, the GDPR.",
        "The Omnibus Directive (Directive (EU) 2019/2161) was transposed into Czech law in 2023.",
        "Platforms such as Alza's marketplace fall under the Digital Services Act (Regulation (EU) 2022/2065).",
    ],
    "koruna-amount": [
        "The average basket on {B}'s app is {kc} Kč (about €{n}).", "Annual revenue reached CZK {q}.{q}bn ({Yr}).",
        "A half-litre of draught lager costs around 65 Kč (2024 prices) in central Prague.",
        "The campaign budget was modest (250 000 Kč over {q} months).",
    ],
    "euro-amount": [
        "In Bratislava the same basket costs €{n},90 (incl. 23 % VAT).", "{B} spent €{q}.{q} million on media in {Yr}.",
        "Slovak prices are quoted in euros (since 1 January 2009) and in koruna before that.",
    ],
    "company-number-ico": [
        "{B}'s Czech subsidiary is registered in the commercial register (IČO: {ico}).",
        "The agency invoices through its own company (IČO {ico}, Praha 7).",
        "The supplier's details (IČ {ico}, DIČ CZ{ico}) appear on every invoice.",
    ],
    "vat-number": [
        "The Slovak branch is VAT-registered (IČ DPH SK20{ico}).", "Invoices show the VAT number (DIČ: CZ{ico}).",
    ],
    "legal-form": [
        "The brand is owned by a joint-stock company (a.s.) based in {city}.",
        "Most Czech agencies trade as limited companies (s.r.o. or spol. s r.o.).",
        "{B} Slovakia, s.r.o. (founded {Y}) handles distribution for the whole region.",
        "The family brewery became a joint-stock company (akciová společnost) in {Y}.",
    ],
    "name-day": [
        "The birthday email is replaced by a name-day email (svátek) – {fn} celebrates on {dd}. {mm}.",
        "Florists see a peak in sales on popular name days (Jana, 24 June; Petr, 29 June).",
        "{B}'s app reminds users of their partner's name day (jmeniny) a week in advance.",
    ],
    "czech-date": [
        "The campaign ran from {dd}. {mm}. {Yr} to the end of the month.", "The new price list took effect on 1. 1. {Yr}.",
        "The survey closed on {dd}.{mm}.{Yr} with {n} responses.", "The store reopened on 28. října {Yr} (a public holiday).",
    ],
    "postcode": [
        "The flagship store is on Na Příkopě (110 00 Praha 1).", "Returns go to the central warehouse (PSČ {psc}).",
        "The Bratislava office (811 01 Bratislava, Staré Mesto) employs {n} people.",
    ],
    "address": [
        "The agency is based at Karlín Hall (Pernerova 697/35, Praha 8).", "{B} opened a pop-up store at Hlavná 1 in Košice.",
        "Customers collect orders from the depot (Průmyslová 12, {city}).",
    ],
    "product-model": [
        "The Škoda Enyaq (2021) was the brand's first fully electric SUV.", "The Kia Ceed (made in Žilina since 2006) sells well in Slovakia.",
        "Škoda Octavia (fourth generation, 2020) is still the best-selling car in Czechia.",
        "{B} promoted the iPhone {q}5 (256 GB) with a 0 % instalment plan.",
    ],
    "award": [
        "The campaign won gold at the Effie Awards Czech Republic ({Yr}).", "{B} was named Most Trusted Brand in the Czech Top 100 awards ({Yr} edition).",
        "The spot received a Louskáček, the Art Directors Club's award ({Yr} edition).",
        "{B} won the Heureka ShopRoku award (category: electronics, {Yr}).",
    ],
    "sports-club": [
        "{B} has sponsored {club} since {Y}.", "Shirt sponsorship of {club} reaches mostly male fans aged 25–44.",
        "The bank's logo appears on the ice at HC Sparta Praha (Extraliga, since the {Yr} season).",
    ],
    "brewery-year": [
        "Pilsner Urquell (first brewed in 1842) is the original pale lager.",
        "Budějovický Budvar (est. 1895) is still owned by the state.", "Velkopopovický Kozel (1874) uses a goat as its mascot.",
        "Zlatý Bažant (brewed in Hurbanovo since 1969) is Slovakia's best-known beer.",
        "Bernard (Humpolec, since 1991 in the family's hands) positions itself as a family brewery.",
    ],
    "beer-degree": [
        "Czech drinkers still order by degree (a desítka, 10°, or a dvanáctka, 12°).",
        "The new lager is a 12° (5.0 % ABV) sold in 0.5 l returnable bottles.",
    ],
    "event": [
        "{B} ran a stand at Colours of Ostrava ({Yr}), with {n},000 visitors a day.",
        "The film festival in Karlovy Vary (KVIFF {Yr}) is a key sponsorship for the brand.",
        "Pohoda (Trenčín, July {Yr}) is the biggest summer festival in Slovakia.",
        "Designblok (Prague, October {Yr}) attracts design-conscious {A}.",
    ],
    "person-age": [
        "The target persona is Ing. {fn} {sn} ({age}), a project manager from {city}.",
        "One interviewee, Petra ({age}), shops weekly on Rohlik.",
        "The founder, now {age}, still approves every campaign.",
    ],
    "academic-title": [
        "The marketing director, Mgr. {fn} {sn}, MBA, agreed to an interview.",
        "The brief was approved by PhDr. {fn} {sn}, Ph.D., head of communications.",
        "Ing. {sn} (Head of CRM) shared the dashboard for Q{q} {Yr}.",
        "The supervisor, doc. Ing. {fn} {sn}, CSc., reviewed the questionnaire.",
    ],
    "interviewee": [
        "Interviewee 3 (marketing manager, Brno) said the budget was cut.",
        "A store manager in {city} confirmed the trend in our interviews (see Appendix 3).",
        "Respondent B (aged {age}, Bratislava) preferred the bank's app to its branches.",
    ],
    "exchange-rate": [
        "All figures are converted at the ČNB rate (CZK 25.{q}0/EUR, {dd} January {Yr}).",
        "Sterling prices for the London shop use the rate of the day (£1 = about 29 Kč in {Yr}).",
    ],
    "interest-rate": [
        "Mortgage demand fell after the two-week repo rate reached 7 % ({Yr}).",
        "Savings accounts paid up to {q}.5 % p.a. in 2023 (before the ČNB began to cut rates).",
    ],
    "czech-decimal-percent": [
        "E-commerce grew by {q},{q} % in {Yr} (year on year).", "The brand's market share is {pct},5 % (by value).",
        "Unemployment in the region stayed low (3,{q} %).",
    ],
    "hotline": [
        "Customers can call the free hotline (+420 800 {n} {n}) from 8:00 to 20:00.",
        "Slovak customers use a local number (0850 {n} {n}).",
    ],
    "website-domain": [
        "Most orders come through the Czech site (www.example-shop.cz) rather than the Slovak one (.sk).",
        "{B} runs separate domains for each market (.cz, .sk, .hu, .at).",
    ],
    "social-handle": [
        "The brand's TikTok account (@kofola_cz) has {n}k followers.", "Complaints are answered on Instagram (@botanicus.cz) within an hour.",
        "The hashtag (#ceskyvyrobek) trended during the campaign.",
    ],
    "tv-programme": [
        "The brand sponsors StarDance (ČT1, since 2006).", "Product placement in Ordinace v růžové zahradě (TV Nova) reached {n},000 viewers.",
        "The talent show Česko Slovensko má talent (since 2010) is watched in both countries.",
    ],
    "film-song-year": [
        "The advert borrows its mood from Pelíšky (1999), a film every Czech knows.",
        "The jingle quotes Kolja (1996), the Oscar-winning film.", "The campaign's soundtrack, Jožin z bažin (1978), tested well with parents.",
    ],
    "holiday-date": [
        "Sales peak before Mikuláš (5 December) and Christmas Eve (Štědrý den, 24 December).",
        "Stores close on 28 September (St Wenceslas Day) and on 17 November.",
        "In Slovakia, 29 August (Slovak National Uprising Day) is a public holiday.",
    ],
    "historical-year": [
        "Many brands were privatised after the Velvet Revolution (1989).",
        "Czechoslovakia split peacefully (1 January 1993) into two states.",
        "Both countries joined the EU (May 2004), and Slovakia adopted the euro (2009).",
    ],
    "stock-ticker": [
        "Komerční banka is listed on the Prague Stock Exchange (ticker KOMB).", "The PX index fell sharply (March 2020).",
        "Kofola's shares trade in Prague (ISIN CZ0009000121).",
    ],
    "founding-year": [
        "Baťa (founded in Zlín, 1894) is still a family-owned business.", "Kofola (first produced in 1960) outsold Coca-Cola in Czechia for years.",
        "{B} (est. {Y}) began as a small shop in {city}.", "Alza (founded in 1994 as Alzasoft) is now the largest Czech e-shop.",
    ],
    "standard": [
        "{B}'s warehouses are certified (ČSN EN ISO 9001:2016).", "Student theses follow the Czech citation standard (ČSN ISO 690).",
        "Packaging is labelled according to the Slovak standard (STN EN 13432).",
    ],
    "course-code": [
        "This report was written for the module Marketing Management (4MM101, VŠE).",
        "The assignment forms part of CIM Level 7 (Module 1: Marketing and Digital Strategy).",
        "The MBA's capstone (course MBA-{q}0{q}, {Yr} intake) asks for a full marketing plan.",
    ],
    "financial-period": [
        "Revenue rose in the first half (H1 {Yr}) and fell in the second.", "Marketing spend was cut (FY {Yr}/{q}5 budget).",
        "The bank's figures are for Q{q}/{Yr}.",
    ],
    "sample-size": [
        "Most respondents preferred email offers (n = {n}, CAWI panel).", "The questionnaire was answered by Czech and Slovak students (N = {n}).",
        "Open rates were above average (see Figure {q}).",
    ],
    "age-band": [
        "The target segment is young urban professionals (aged 25–34).", "Generation Z (born 1997–2012) prefers TikTok.",
        "Older customers (65+) still visit the branch every month.",
    ],
    "ranking": [
        "{B} ranked among the top {q}0 in the Czech Top 100 list (in {Yr}).", "The brand moved up to 3rd place in {Yr} (from 7th a year earlier).",
    ],
    "transport": [
        "RegioJet trains (Praha–Brno in 2 h 30 min) compete with Czech Railways on price.",
        "The bus to Vienna (about 1 h from Bratislava) makes day trips easy.", "Line C of the Prague metro (opened 1974) carries most commuters.",
    ],
    "diaspora-place": [
        "The Czech community in Chicago (Pilsen, settled in the 1870s) still buys Czech beer.",
        "Czech Village in Cedar Rapids (Iowa) holds an annual festival.", "The Sokol movement (founded in Prague, 1862) has branches in Toronto and London.",
    ],
    "voucher-code": [
        "New app users get 200 Kč off with the code VITEJTE{q}.", "The summer promotion (code LETO{Yr}) ran on Instagram.",
    ],
    "app-version": [
        "Mobile banking improved after the redesign (George app, version {q}.{q}).",
        "The new checkout (v{q}.{n}) cut abandonment by a fifth.",
    ],
    "opening-hours": [
        "The branch is open on weekdays (Po–Pá 8:00–17:00).", "Click-and-collect points are open late (until 22:00, Mon–Sun).",
    ],
    "region-district": [
        "The test market is the South Moravian Region (Jihomoravský kraj, JMK).", "The new store opened in Prague's Holešovice (Praha 7).",
        "Rural districts (okres Jeseník) have the lowest broadband coverage.",
    ],
    "person-life-dates": [
        "Tomáš Baťa (1876–1932) built one of the first modern retail chains.",
        "The brewery's founder, Josef Groll (1813–1887), is still on the label.",
        "Václav Havel (1936–2011) remains a symbol that brands use with care.",
    ],
    "government-resolution": [
        "The digital strategy was adopted by the government (resolution No. {n}/{Yr}).",
        "The bill (sněmovní tisk {n}) would ban fake reviews outright.",
    ],
    "slogan": [
        "Kofola's slogan ‘Když ji miluješ, není co řešit’ has been used since 2004.",
        "{B}'s tagline, ‘{M}, jak má být’, appears on every channel.", "The line ‘Pivo je pivo’ (a beer is a beer) tested badly.",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The channel plan (see Appendix 2) shows weekly activity.",
        "Refer to Table {q} (page {q}) for the full costs in Kč.",
    ],
    "currency-redenomination": [
        "Slovak savers switched their koruna (SKK 30.126 = €1) to euros in 2009.",
        "Old price tags showed both currencies (Sk and €) for a year.",
    ],
}  # fmt: skip
