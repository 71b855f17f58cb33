"""The blind158 pool (HELD OUT): frames, claims, brands and decoys of marketers in Hungary and its diaspora.

A hundred-and-fifty-eighth independent pool, written without reading the checker (marker/checks), its tests or
any other pool, from how marketers in Budapest, Debrecen, Szeged, Pécs, Győr, Miskolc, Kecskemét and
Székesfehérvár, and Hungarians in Vienna, London, Berlin, Cluj-Napoca and Toronto, write CIM Level 6 and 7 reports
and MBA assignments in English about banks and fintechs (OTP, K&H, MBH, Erste, CIB, Raiffeisen, Revolut), telecoms
(Magyar Telekom, Yettel, One), retailers (eMAG, Alza, Tesco, SPAR, CBA, Rossmann), food and drink makers (Pick,
Túró Rudi, Dreher, Borsodi, Törley, Zwack Unicum, Szamos), Richter Gedeon and Egis, MOL, Wizz Air and the media.
Its decoys are what those reports hold that is no citation: Acts numbered "2011. évi CXII. törvény" and "Act CXII
of 2011", government decrees ("45/2014. (II. 26.) Korm. rendelet"), regulators' case numbers, dates written
"2024. március 15." and "2024.03.15.", 15 March, 20 August and 23 October, name days, Christmas markets, Black
Friday, Sziget and Balaton Sound, forints written Ft and HUF with spaces for thousands, millió and milliárd,
people named family name first, dr., ifj. and id., founders' lifespans, companies with Zrt., Nyrt., Kft. and Bt.
in brackets with years, Hungarikums, awards, TV shows, films, tickers, company registration and tax numbers,
addresses with postcodes first, phone numbers, flights, standards (MSZ EN ISO), interviewees, samples and more.

HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["OTP Bank", "OTP", "K&H", "MBH Bank", "Erste", "CIB Bank", "Raiffeisen", "Revolut", "Magyar Telekom",
          "Telekom", "Yettel", "One", "4iG", "eMAG", "Alza", "Tesco", "SPAR", "CBA", "Rossmann", "Pick", "Túró Rudi",
          "Pöttyös", "Dreher", "Borsodi", "Törley", "Zwack Unicum", "Unicum", "Szamos", "Richter", "Richter Gedeon",
          "Egis", "MOL", "Wizz Air", "RTL", "TV2", "Telex", "HVG", "Portfolio", "Szentkirályi", "Hell Energy",
          "Herend", "Zsolnay", "Balaton szelet", "Sport szelet", "Foodpanda", "Wolt", "Decathlon Hungary",
          "dm", "Lidl Magyarország", "Aldi", "Kifli.hu", "Bankmonitor", "Simple by OTP", "Alza.hu"]  # fmt: skip

_CITIES = ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr", "Miskolc", "Kecskemét", "Székesfehérvár", "Nyíregyháza",
           "Eger", "Sopron", "Veszprém"]  # fmt: skip
_ABROAD = ["Vienna", "London", "Berlin", "Cluj-Napoca", "Toronto", "Bratislava", "Munich"]
_HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
              "október", "november", "december"]  # fmt: skip
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip
_FESTIVALS = ["Sziget", "Balaton Sound", "VOLT", "EFOTT", "Budapest Wine Festival", "Budapest Pálinka Festival",
              "Művészetek Völgye", "Szegedi Szabadtéri Játékok", "Campus Fesztivál", "Strand Fesztivál"]  # fmt: skip
_REGULATORS = [
    "NAIH",
    "GVH",
    "NMHH",
    "MNB",
    "KSH",
    "the Ministry for National Economy",
    "the consumer protection authority",
]
_PEOPLE_HU = ["Nagy László", "Kovács Péter", "Szabó Katalin", "Horváth Zsófia", "Tóth Gábor", "Varga Judit",
              "Kiss Balázs", "Molnár Eszter", "Németh Ádám", "Farkas Réka", "Balogh Tamás", "Papp Orsolya",
              "Takács Zoltán", "Juhász Enikő", "Mészáros Attila", "Lakatos Dóra", "Szűcs Gyula", "Gál Noémi",
              "Fülöp Levente", "Pál Krisztina", "Kovácsné Nagy Ilona", "Fehérné Kiss Mónika"]  # fmt: skip
_CHANNELS = ["Facebook", "Instagram", "TikTok", "YouTube", "Google Ads", "the loyalty app", "email", "SMS",
             "out-of-home posters", "RTL Klub", "TV2", "Spotify", "the webshop", "LinkedIn"]  # fmt: skip
_AUDIENCES = ["Gen Z customers in Budapest", "pensioners in the countryside", "young families", "university students",
              "Hungarian expats in London", "small business owners", "first-time home buyers", "rural shoppers",
              "Budapest commuters", "the Hungarian diaspora in Vienna", "high-income professionals", "teenagers"]  # fmt: skip
_TACTICS = ["influencer campaigns", "loyalty points", "cashback offers", "TV sponsorship", "in-app personalisation",
            "Black Friday discounts", "festival sponsorship", "retargeting", "sampling in hypermarkets", "price matching",
            "referral bonuses", "user-generated content"]  # fmt: skip
_SLOGANS = ["„Pöttyös, ami pöttyös!”", "‘Ami összeköt’", "“Legyen ön is milliomos!”", "‘Az igazi Unicum’",
            "'Dreher – a klasszikus'", "“Ízlik a magyaroknak”", "‘Yettel. Jól vagyunk.’", "„Mert több vagy”"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only blind158's frames use, drawn after the common ones."""
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    year = rng.randint(2016, 2025)
    thousands = rng.randint(1, 99)
    return {
        "city": rng.choice(_CITIES), "abroad": rng.choice(_ABROAD), "Yr": str(year), "Yr2": str(year + rng.randint(1, 3)),
        "mhu": _HU_MONTHS[month - 1], "mon": _EN_MONTHS[month - 1], "dd": str(day), "mm": f"{month:02d}",
        "dd2": f"{day:02d}", "ft": f"{thousands} {rng.choice(['990', '490', '500', '000', '999'])} Ft",
        "huf": f"HUF {thousands} {rng.choice(['000', '500', '900'])}", "mft": f"{rng.randint(12, 950)} millió Ft",
        "bn": f"{rng.randint(1, 99)},{rng.randint(1, 9)} milliárd Ft", "pc": str(rng.randint(4, 87)),
        "fest": rng.choice(_FESTIVALS), "reg": rng.choice(_REGULATORS), "hp": rng.choice(_PEOPLE_HU),
        "ch": rng.choice(_CHANNELS), "aud": rng.choice(_AUDIENCES), "tac": rng.choice(_TACTICS),
        "slogan": rng.choice(_SLOGANS), "rate": f"{rng.randint(370, 410)},{rng.randint(10, 99)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, which is very relevant for {B}.",
    "{N} concluded that {C}, at least in the Hungarian market.",
    "{N} point out that {C}, especially among {aud}.",
    "{N} demonstrated that {C}.",
    "{N} emphasises that {C}; this is exactly the situation of {B} after {Yr}.",
    "{N} claims that {C}, although the sample came only from {city}.",
    "{N} examined {tac} in Central and Eastern Europe and found that {C}.",
    "{N} writes that {C}.",
    "{N} draws attention to the fact that {C}.",
    "{N} suggests that {C}, and I agree with this based on my work at {B}.",
    "{N} showed that {C} and, moreover, that {C2}.",
    "{N} highlights that {C} – a lesson for {B} as well.",
    "{N} measured the effect of {tac} and reported that {C}.",
    "{N} is critical of {tac}, arguing that {C}.",
    "{N} makes the point that {C}.",
    "{N} found in a survey of {n} Hungarian consumers that {C}.",
    "{N} noted already before the pandemic that {C}.",
    "{N} compared Hungary with Austria and Poland and concluded that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who state that {C}.",
    "{C}, as {N} also confirms.",
    "As {N} explains, {C}.",
    "In the Hungarian context, {N} showed that {C}.",
    "{B} is a good example, because {N} found that {C}.",
    "{C} – this was also the conclusion of {N}.",
    "Based on the research of {N}, {C}.",
    "A study by {N} among {aud} found that {C}.",
    "Similar results were published by {N}: {C}.",
    "{C}; however, {N} found the opposite in {city}.",
    "Following the logic of {N}, {C}.",
    "In my opinion {B} should follow {N}, who argue that {C}.",
    "The data of {N} show that {C}.",
    "For {aud}, as {N} put it, {C}.",
    "Unlike {B}, the firms studied by {N} invested in {tac}, and {C}.",
    "It is worth mentioning that {N} reached a similar conclusion: {C}.",
    "{C}, which is supported by {N} as well.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.",
    "{O}, {N} model explains why {C}.",
    "Applying {N} framework to {B}, it is clear that {C}.",
    "{N} survey among {aud} found that {C}.",
    "{N} findings suggest that {C}.",
    "This confirms {N} argument that {C}.",
    "{B} could use {N} segmentation, since {C}.",
    "{N} results are important for {B} because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "In Hungary, {C} {P}.",
    "{B} is no exception, as {C} {P}.",
    "For {aud}, {C} {P}.",
    "This is important because {C} {P}.",
    "{C}, especially after the inflation shock of 2022–2023 {P}.",
    "It is often said that {C} {P:see}.",
    "Several Hungarian studies found that {C} {P:e.g.}.",
    "{C} (see also Table {q}) {P}.",
    "{C}, which explains why {B} spends so much on {tac} {P}.",
    "Summarising the literature: {C} {P}.",
    "{C}. {P}",
    "In the CEE region, {C} {P:see for example}.",
    "The main advantages are reach, speed and lower cost per contact {P}.",
    "{C}, both in {city} and in smaller towns {P}.",
    "{C} {P:cf.}.",
    "Among Hungarian banks {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; at the same time {C2}.",
    "While {C} {P}, {C2}.",
    "Although {C} {P}, in {B}'s case {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Some authors {P:e.g.} argue that {C}.",
    "{C} {P}, therefore {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "Earlier studies {P} all agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "Hungarian consumers are more price-sensitive than the EU average",
    "{aud} trust bank apps more than bank branches",
    "{tac} increase {R} among {aud}",
    "consumer ethnocentrism favours domestic brands like Túró Rudi and Pick",
    "the retail special tax pushed chains towards private labels",
    "{B} relies too much on {ch} to reach {aud}",
    "Black Friday has become the biggest online shopping day of the year in Hungary",
    "mobile banking use grew fastest among the over-55s after 2020",
    "Hungarian Gen Z consumers switch brands easily when prices rise",
    "festival sponsorship builds awareness but rarely drives {R}",
    "the interest rate cap changed how banks advertise to {aud}",
    "personalised offers only work when customers trust the brand with their data",
    "retro brands from the socialist era still enjoy strong emotional loyalty",
    "{B} could {bs} to defend its market share",
    "the cost of TV advertising in Hungary rose faster than digital",
    "customers in {city} respond better to local messages than to national campaigns",
    "low-cost airlines compete more on price than on brand",
    "green claims make Hungarian shoppers suspicious rather than loyal",
    "influencers are more credible than celebrities for {aud}",
    "Christmas accounts for a large share of annual sales for chocolate and spirits brands",
    "{tac} worked better than {T} in the Hungarian market",
    "telecom customers stay mainly because switching feels like a hassle",
]  # fmt: skip
OPENERS = [
    "Furthermore", "Moreover", "In addition", "On the other hand", "For example", "In Hungary", "In the case of {B}",
    "Since the pandemic", "After the 2022 inflation shock", "From the customer's point of view", "Nevertheless",
    "As a consequence", "In the CEE region", "At {B}", "Overall", "Interestingly", "Based on my experience in {city}",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Hungary and now operates in {q} countries of the region.",
    "This report analyses the marketing environment of {B} and gives recommendations.",
    "The table below shows the main KPIs of each channel.",
    "{B}'s Facebook page has more than {n} thousand followers, but engagement is low.",
    "The recommendations are costed in forints and phased over twelve months.",
    "{O}, {C}.",
    "{B} advertises on {ch}, on RTL and TV2, and on billboards in {city}.",
    "Customers can buy in store, in the webshop or through the mobile app.",
    "A PESTLE and a SWOT analysis of {B} can be found in the appendix.",
    "The main competitors of {B} are the two other large players of the market.",
    "I work as a marketing coordinator at {B} in {city}, so some data come from internal sources.",
    "Task 2 builds on this analysis and proposes a content plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one Hungarian textbook puts it, {Q} {P}.",
    "{N} puts it simply: {Q}.",
    "This is well summarised by the statement that {Q} {P}.",
    "{B} seems to accept that {Q} {P}.",
    "According to {N}, {Q}.",
    "Marketers are warned that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["„hungarikum”", "‘retro’", "‘fapados’", "“no-frills”", "‘akciós’", "'greenwashing'",
                "‘shrinkflation’", "„magyar termék”", "‘omnichannel’", "‘phygital’", "“super app”", "'hazai'",
                "‘kamatstop’", "‘árstop’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} is often accused of {Q} {P}.",
    "Hungarian shoppers love the label {Q} {P}.",
    "So-called {Q} positioning is popular among Hungarian brands {P}.",
    "The word {Q} appears on almost every poster in December {P}.",
    "What {N} calls {Q} is spreading fast in the region.",
    "Many {aud} are tired of {Q} marketing {P}.",
    "The term {Q} is used loosely in the Hungarian trade press {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Utolsó esély: -30% mindenre’", "“Black Friday: csak 48 óráig!”", "‘Your Túró Rudi coupon is here’",
                 "„Boldog névnapot! Ajándékunk: 15% kedvezmény”", "‘Ne maradj le!’", "‘Your {mon} statement is ready’",
                 "“Karácsonyi ajánlataink megérkeztek”", "‘Free delivery in {city} this weekend’",
                 "‘Hi Réka, we picked these for you’", "„Tegnap kosárban hagytál valamit”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line like {Q} lifted open rates considerably {P}.",
    "{B} sent {Q} to its lapsed customers {P}.",
    "Short Hungarian subject lines such as {Q} perform well with {aud} {P}.",
    "The email {Q} was opened more often than any other that quarter {P}.",
    "Testing {Q} against an English version showed a clear winner {P}.",
    "{N} tested subject lines such as {Q} and found that urgency works.",
]  # fmt: skip

# Text that looks like a citation but is none: each kind a list of frames.
NOT_CITATIONS = {
    "hu-act-number": [
        "Marketing emails need prior consent under the Grt. (2008. évi XLVIII. törvény).",
        "Data processing at {B} follows the Infotv. (2011. évi CXII. törvény) and the GDPR.",
        "Unfair commercial practices are banned by the Fttv. (2008. évi XLVII. törvény).",
        "The media law (2010. évi CLXXXV. törvény, Mttv.) limits TV advertising time.",
    ],
    "act-in-english": [
        "Under Act CXII of 2011 (the Infotv.), customers can ask {B} to delete their data.",
        "Act XLVIII of 2008 on commercial advertising bans ads that exploit children's trust.",
        "The Hungarian Competition Act (Act LVII of 1996) covers misleading comparisons.",
        "Act CLV of 1997 on consumer protection was amended again in {Yr}.",
    ],
    "government-decree": [
        "Online sellers must give a 14-day right of withdrawal (45/2014. (II. 26.) Korm. rendelet).",
        "Price caps on basic foods were introduced by decree (6/2022. (I. 14.) Korm. rendelet).",
        "The interest rate cap was extended several times (Korm. rendelet, {Yr}).",
    ],
    "eu-law-number": [
        "Consent must be freely given (Regulation (EU) 2016/679, Article 7).",
        "Fake reviews are now banned under the Omnibus Directive (Directive (EU) 2019/2161).",
        "Large platforms such as eMAG must follow the DSA (Regulation (EU) 2022/2065) from 2024.",
    ],
    "regulator-case-number": [
        "The GVH fined a telecom operator for misleading speed claims (VJ/{q}{q}/{Yr}).",
        "The NAIH investigated the cookie banner of a webshop (NAIH-{n}/{Yr}).",
        "The MNB issued a consumer protection fine in {Yr} (H-FH-I-B-{n}/{Yr}).",
    ],
    "dotted-date": [
        "The campaign started on {Yr}.{mm}.{dd2}. and ran for four weeks.",
        "The survey was closed on {Yr}.{mm}.{dd2}. (Friday).",
        "Prices were last updated on the website ({Yr}.{mm}.{dd2}.).",
    ],
    "hungarian-long-date": [
        "The new app was launched on {Yr}. {mhu} {dd}. in {city}.",
        "The press event took place on {Yr}. {mhu} {dd}., at the company's headquarters.",
        "According to the internal memo ({Yr}. {mhu} {dd}.), the budget was cut.",
    ],
    "national-holiday": [
        "Sales of flags and cockades peak before 15 March (1848 revolution).",
        "The fireworks on 20 August (St Stephen's Day) attract more than a million people.",
        "Stores close early on 23 October (1956 anniversary), so the promotion ended a day earlier.",
        "Many brands run patriotic campaigns around 20 August (the state foundation day).",
    ],
    "name-day": [
        "Flower shops see a peak on popular name days (Katalin, 25 November).",
        "{B} sends a coupon on each customer's name day (névnap), for example Mária (12 September).",
        "Gift sales rise before László's name day (27 June) and Erzsébet's (19 November).",
    ],
    "christmas-market": [
        "The Christmas market on Vörösmarty tér (since 1998) is a key sponsorship site.",
        "{B} had a stand at the Advent Bazilika fair (November {Yr} – January {Yr2}).",
        "Footfall at the Christmas fair in {city} was high ({n} thousand visitors, {Yr}).",
    ],
    "black-friday-date": [
        "Black Friday (24 November 2023) brought record online traffic for Hungarian webshops.",
        "The retailer's Black Friday week ({Yr}) started already on Monday.",
        "Most orders arrived on Cyber Monday (27 November) rather than on Black Friday itself.",
    ],
    "festival-year": [
        "{B} was the main sponsor of Sziget (2019) and Balaton Sound (2019).",
        "The brand's pop-up bar at {fest} ({Yr}) was the most photographed spot on the site.",
        "Ticket prices for {fest} ({Yr} edition) rose by {pc}%.",
        "Wristband payments were tested at VOLT (Sopron, {Yr}).",
    ],
    "forint-price": [
        "A Túró Rudi now costs around 250 Ft (2024 price) in most supermarkets.",
        "The basic package costs {ft} per month ({Yr} tariff).",
        "The average basket value in the webshop was {ft} (Q{q} {Yr}).",
        "A monthly account fee of {huf} (including VAT) is high for students.",
    ],
    "milliard-forint": [
        "The company's revenue reached {bn} in {Yr} (unaudited).",
        "Marketing spend was cut to {mft} ({Yr} budget).",
        "The Hungarian advertising market was worth about {bn} ({Yr} estimate).",
    ],
    "exchange-rate": [
        "All figures are converted at the MNB rate (EUR/HUF {rate}, {Yr}.{mm}.{dd2}.).",
        "The forint weakened sharply in {Yr} (EUR/HUF {rate} at year end).",
        "Prices in the London shop are set in pounds (GBP/HUF 4{q}{q}).",
    ],
    "founded-legal-form": [
        "The oldest Hungarian pharmaceutical company (Richter Gedeon Nyrt., est. 1901) still leads the market.",
        "Dreher (Dreher Sörgyárak Zrt., owned by Asahi since 2017) dominates the premium lager segment.",
        "The family business (Szamos Marcipán Kft., founded 1935) sells mainly in Budapest.",
        "A small agency in {city} (Kreatív Műhely Bt., registered {Yr}) designed the campaign.",
    ],
    "founder-lifespan": [
        "The company was founded by Gedeon Richter (1872–1944), a pharmacist.",
        "Unicum was created for the Habsburg court by Dr. József Zwack (1790s).",
        "Anton Dreher (1810–1863) brought lager brewing to Kőbánya.",
        "Törley József (1858–1907) founded the sparkling wine cellar in Budafok.",
    ],
    "name-order-person": [
        "{hp} (marketing director of {B}) presented the new strategy in {Yr}.",
        "The campaign was led by {hp}, head of brand at {B} since {Yr}.",
        "In an interview, {hp} ({B}) said the budget would double.",
    ],
    "dr-title": [
        "The clinical trials were coordinated by dr. Kovács Péter (head of R&D, {Yr}).",
        "Dr. Szabó Katalin, a Budapest GP, appears in the Egis campaign ({Yr}).",
        "Prof. Dr. Nagy Gábor opened the conference in {city} in {Yr}.",
    ],
    "junior-senior": [
        "The business is run by ifj. Tóth Gábor (since {Yr}), the founder's son.",
        "Id. Horváth János (b. 1952) still chairs the board.",
        "Zwack Péter (1927–2012) bought back the family company after 1989.",
    ],
    "married-name": [
        "The shop in {city} is owned by Kovácsné Nagy Ilona (since {Yr}).",
        "Customer service is managed by Fehérné Kiss Mónika ({q} years at {B}).",
        "The award was accepted by Szabóné Tóth Éva on behalf of the team ({Yr}).",
    ],
    "interviewee": [
        "One branch manager in {city} (Interviewee {q}, {Yr}) said that older clients still prefer cash.",
        "A respondent from Győr (female, 34) explained that she buys Pick only for Christmas.",
        "The brand manager confirmed the figures in a phone call ({Yr}.{mm}.{dd2}.).",
    ],
    "award-year": [
        "The campaign won gold at the Effie Awards Hungary ({Yr}).",
        "{B}'s agency received an Arany Penge award ({Yr}) for the outdoor series.",
        "Unicum has been a Superbrands winner several times (most recently {Yr}).",
        "The bank was named Bank of the Year in Hungary (Mastercard Az Év Bankja, {Yr}).",
    ],
    "campaign-year": [
        "The ‘Ami összeköt’ campaign ({Yr}) was Telekom's biggest for years.",
        "Yettel's rebrand from Telenor (2022) cost several billion forints.",
        "The OTP Junior campaign (autumn {Yr}) targeted parents before school starts.",
    ],
    "slogan": [
        "The slogan {slogan} is known by almost everyone in Hungary.",
        "{B} still uses the line {slogan} on its packaging.",
        "The tagline {slogan} was tested in focus groups in {city}.",
    ],
    "product-year": [
        "Túró Rudi Maxi (2018) was aimed at teenagers.",
        "Unicum Szilva (launched 2004) attracted younger drinkers.",
        "Pick téliszalámi (a Hungarikum since 2013) is the company's flagship.",
        "The OTP SmartBank app (version {q}.{q}, {Yr}) added Apple Pay support.",
    ],
    "ticker": [
        "OTP's shares (BÉT: OTP) are in the BUX index.",
        "Wizz Air is listed in London (LSE: WIZZ) but its main base is Budapest.",
        "Magyar Telekom (BÉT: MTELEKOM) pays a high dividend.",
        "Richter (BÉT: RICHTER) closed at {ft} on {Yr}.{mm}.{dd2}.",
    ],
    "registration-number": [
        "The company is registered in Budapest (Cg. 01-10-0{n}{q}{q}).",
        "Invoices show the tax number (adószám: 1{n}{q}{q}{q}-2-{q}{q}).",
        "The webshop's imprint lists its EU VAT number (HU1{n}{q}{q}{q}).",
    ],
    "postal-address": [
        "The flagship store is at 1052 Budapest, Váci utca {q}{q}.",
        "Returns go to the warehouse (2220 Vecsés, Lőrinci út {n}.).",
        "The office moved to 4025 Debrecen, Piac utca {q}{q}. in {Yr}.",
    ],
    "phone-number": [
        "The call centre (+36 1 {n} {q}{q}{q}{q}) is open from 8 to 20.",
        "Customers can also call the old number ((06-1) {n}-{q}{q}{q}{q}).",
        "A free hotline (06 80 {n} {q}{q}{q}) was set up for complaints.",
    ],
    "flight-aircraft": [
        "Wizz Air's flight W6 2{n} from Budapest to London Luton is usually full.",
        "The airline's new Airbus A321neo (delivered {Yr}) has 239 seats.",
        "The first flight to Dubai (W6 {n}, {Yr}) sold out in days.",
    ],
    "tv-show-year": [
        "{B} sponsored Sztárban sztár (TV2, {Yr}) to reach family audiences.",
        "The product placement in A Dal ({Yr}) was criticised.",
        "X-Faktor (RTL, 2010–2021) was one of the most watched shows of the decade.",
        "The brand appeared in the series Aranyélet (HBO, 2015–2018).",
    ],
    "film-year": [
        "The advert refers to the cult film A tanú (1969).",
        "Saul fia (2015) made Hungarian film known worldwide.",
        "The campaign borrowed a line from Csinibaba (1997), a nostalgic comedy.",
    ],
    "sport-event": [
        "The Hungaroring hosts the Formula 1 Hungarian Grand Prix (every summer since 1986).",
        "MOL sponsored the World Athletics Championships (Budapest, 2023).",
        "Ferencváros (FTC) won the league title again in {Yr}.",
    ],
    "hungarikum-list": [
        "The Herend porcelain (Hungarikum, 2013) is a gift for foreign partners.",
        "Pálinka (protected since 2004) has its own EU geographical indication.",
        "Tokaji aszú (UNESCO World Heritage wine region, 2002) supports premium pricing.",
    ],
    "world-heritage-place": [
        "Hollókő (UNESCO World Heritage since 1987) attracts many Easter visitors.",
        "Pécs was European Capital of Culture (2010) and Veszprém followed (2023).",
        "The Budapest thermal baths (Széchenyi, opened 1913) are used in tourism ads.",
    ],
    "historical-period": [
        "Many brands were privatised after the change of regime (rendszerváltás, 1989–1990).",
        "The 2008 crisis (foreign currency loans) damaged trust in banks for a decade.",
        "Hungary joined the EU in 2004 (1 May), which opened the market to foreign chains.",
    ],
    "emergency-period": [
        "During the state of danger (veszélyhelyzet, 2020–2022) shops had special opening hours.",
        "The loan moratorium (March 2020 – June 2022) changed how banks communicated.",
        "Online grocery grew fastest during the lockdown (spring 2020).",
    ],
    "tax-and-cap": [
        "VAT on most goods is the highest in the EU (27%, since 2012).",
        "The retail special tax (különadó, raised in 2022) hit foreign chains most.",
        "The interest rate cap (kamatstop, from January 2022) froze mortgage payments.",
        "The price cap on fuel (árstop, November 2021 – December 2022) caused shortages.",
    ],
    "survey-sample": [
        "The questionnaire was filled in by {n} respondents (n = {n}; online, {Yr}).",
        "The focus groups were held in Budapest and Szeged (6 groups, {Yr}).",
        "Respondents were aged 18–29 (Gen Z, born 1995–2006).",
    ],
    "figure-table": [
        "Market shares are shown below (Table {q}).",
        "The customer journey of a typical OTP client is mapped in the appendix (Figure {q}).",
        "Costs are summarised in forints (Appendix {q}, Table {q}).",
    ],
    "quarter-result": [
        "Net profit grew strongly (Q{q} {Yr}: {bn}).",
        "Market share fell slightly ({pc}% in H1 {Yr}).",
        "The airline's financial year ends in March (F2{q}, i.e. April to March).",
    ],
    "standard-code": [
        "The factory is certified to MSZ EN ISO 9001:2015.",
        "The bank's information security follows ISO/IEC 27001 (certified {Yr}).",
        "Packaging meets the MSZ EN 13432 standard for compostability.",
    ],
    "handle-and-domain": [
        "The brand replies to customers on Facebook (@otpbank) within hours.",
        "Most orders come from the webshop (www.szamos.hu) and the app.",
        "Customers can write to the team (info@{city}-marketing.hu) or use the chat.",
        "The hashtag (#pottyos{Yr}) trended for a weekend.",
    ],
    "school-and-cohort": [
        "I studied marketing at Corvinus (MSc, {Yr}–{Yr2} cohort) before joining {B}.",
        "The back-to-school season (tanévkezdés, 1 September) is key for stationery brands.",
        "The CIM study group in {city} (cohort {Yr}) shared these data.",
    ],
    "transport-landmark": [
        "Billboards were placed along the M4 metro line (opened 2014).",
        "Budapest Liszt Ferenc Airport (BUD) handled {n} thousand passengers in {mon} {Yr}.",
        "The new store is next to the M0 ring road (exit {q}{q}).",
    ],
    "currency-history": [
        "The forint (introduced 1 August 1946) replaced the pengő after hyperinflation.",
        "The 5 forint coin (since 1992) is still used for supermarket trolleys.",
        "Cash payments above 1,5 millió Ft must be reported (since {Yr}).",
    ],
    "diaspora-place": [
        "Many customers are Hungarians living abroad ({abroad}, about {n} thousand people).",
        "The bank opened a representative office in {abroad} ({Yr}).",
        "Hungarian shops in Toronto (Bloor Street, since the 1950s) sell Túró Rudi imported from Hungary.",
    ],
    "szep-card": [
        "Restaurants accept the SZÉP-kártya (cafeteria card, since 2012).",
        "Holiday spending rose after the SZÉP card limit was raised ({Yr}).",
        "Employees receive cafeteria benefits (up to {ft} per year, {Yr} rules).",
    ],
    "election-date": [
        "Advertising space was scarce before the general election (3 April 2022).",
        "The municipal elections ({Yr}) filled the billboards of {city}.",
        "The government's ‘national consultation’ letters ({Yr}) used a similar design.",
    ],
    "percentage-share": [
        "OTP holds a large share of retail deposits (≈{pc}%, {Yr}).",
        "Most Hungarians shop online at least monthly ({pc}% of adults, {Yr}).",
        "Yettel's share of mobile subscriptions is roughly a third (about {pc}%).",
    ],
}  # fmt: skip
