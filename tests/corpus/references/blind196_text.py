"""The blind196 pool's prose (HELD OUT): marketers in Poland and the Polish diaspora writing CIM reports in English.

A hundred-and-ninety-sixth independent pool, written without reading the checker, its tests or any other pool, from
how candidates on CIM Level 6 and 7 courses and MBAs in Warszawa, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Gdynia,
Sopot, Szczecin, Lublin, Katowice, Białystok and Rzeszów, and Poles in London, Dublin, Chicago (Jackowo), New York
(Greenpoint), Toronto, Berlin, Oslo and Reykjavík write about banks and fintechs (PKO Bank Polski, Pekao, mBank,
BLIK, Revolut), insurers, telecoms, retailers and platforms (Allegro, Biedronka, Żabka, Dino, LPP, InPost),
food and drink makers (Maspex, Wedel, Mlekovita, Żywiec), CD Projekt, Orlen, LOT, the Polish press and agencies.
Their decoys are the brackets, years, laws (Dz.U. numbers, articles, RODO), złoty amounts with decimal commas
and spaces ("4,2 mld zł", "12 500 zł"), KRS and NIP numbers, postcodes, holidays (Andrzejki, Tłusty Czwartek,
Wigilia, Wszystkich Świętych, 11 November, 3 May), the WOŚP finale, Open'er, Euro 2012, awards, tickers, slogans
with English glosses and people who are not authors, none of them citations.
HELD OUT: never tune on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["PKO Bank Polski", "Pekao", "mBank", "Santander Bank Polska", "ING Bank Śląski", "Bank Millennium", "Alior Bank",
          "BLIK", "Revolut", "Twisto", "PZU", "Warta", "Orange Polska", "Play", "Plus", "T-Mobile Polska", "Allegro",
          "Biedronka", "Lidl Polska", "Żabka", "Dino", "Rossmann", "Hebe", "Reserved", "Sinsay", "Mohito", "CCC", "Empik",
          "Media Expert", "RTV Euro AGD", "x-kom", "InPost", "Pyszne.pl", "OLX", "Vinted", "Tymbark", "Kubuś", "E. Wedel",
          "Wawel", "Mlekovita", "Łaciate", "Sokołów", "Żywiec", "Tyskie", "Lech", "Żubrówka", "Wyborowa", "Krakus",
          "Hortex", "Winiary", "CD Projekt", "Techland", "Orlen", "LOT Polish Airlines", "PKP Intercity", "Wizz Air",
          "Inglot", "Ziaja", "Bolt", "Booksy", "ZnanyLekarz", "Brainly"]  # fmt: skip

_CITIES = ["Warszawa", "Warsaw", "Kraków", "Krakow", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Gdynia", "Sopot", "Szczecin",
           "Lublin", "Katowice", "Białystok", "Rzeszów"]  # fmt: skip
_DIASPORA = ["London", "Dublin", "Chicago", "Greenpoint", "Toronto", "Berlin", "Oslo", "Reykjavík", "Slough", "Ealing"]
_MONTHS_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]  # fmt: skip
_PEOPLE = ["Robert Lewandowski", "Iga Świątek", "Dawid Podsiadło", "Sanah", "Krzysztof Ibisz", "Magda Gessler",
           "Agnieszka Radwańska", "Jerzy Owsiak", "Tomasz Suchański", "Marcin Iwiński", "Olga Tokarczuk",
           "Kuba Wojewódzki", "Maffashion", "Friz", "Anja Rubik", "Mata"]  # fmt: skip
_BORN = ["Robert Lewandowski (born 1988)", "Iga Świątek (born 2001)", "Dawid Podsiadło (born 1993)",
         "Agnieszka Radwańska (born 1989)", "Jerzy Owsiak (born 1953)", "Magda Gessler (born 1953)",
         "Anja Rubik (born 1983)", "Olga Tokarczuk (born 1962)", "Adam Małysz (born 1977)"]  # fmt: skip
_LISTED = ["Allegro (WSE: ALE)", "PKO Bank Polski (GPW: PKO)", "Pekao (GPW: PEO)", "LPP (GPW: LPP)", "Dino (GPW: DNP)",
           "Żabka Group (GPW: ZAB)", "CD Projekt (GPW: CDR)", "Orlen (GPW: PKN)", "Orange Polska (WSE: OPL)"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values this pool's frames use, drawn after the common ones."""
    return {
        "zl": f"{rng.randint(1, 48)},{rng.randint(1, 9)}", "zl2": f"{rng.randint(1, 99)},{rng.randint(10, 99)}",
        "th": f"{rng.randint(1, 99)} {rng.randint(100, 999)}", "pct": f"{rng.randint(1, 68)},{rng.randint(1, 9)}",
        "rate": f"4,{rng.randint(18, 62)}", "city": rng.choice(_CITIES), "dia": rng.choice(_DIASPORA),
        "Y3": str(rng.randint(2016, 2025)), "mpl": rng.choice(_MONTHS_PL),
        "mon": rng.choice(["January", "March", "May", "June", "September", "October", "November"]), "dd": f"{rng.randint(1, 28):02d}",
        "mm": f"{rng.randint(1, 12):02d}", "pc2": f"{rng.randint(0, 99):02d}-{rng.randint(1, 999):03d}",
        "krs": f"0000{rng.randint(100000, 999999)}", "nip": f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        "tick": rng.choice(_LISTED), "who": rng.choice(_PEOPLE), "wb": rng.choice(_BORN), "poz": str(rng.randint(100, 2500)),
        "art": str(rng.randint(2, 40)), "fin": str(rng.randint(25, 33)), "k": str(rng.randint(2, 9)),
        "stores": f"{rng.randint(1, 12)} {rng.randint(100, 999)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although the sample was drawn only from {city}.",
    "{N} shows that {C}, which is directly relevant to {B}.", "{N} concluded that {C}.",
    "{N} points out that {C} – a lesson {B} learnt the hard way.", "{N} observed that {C} in the Polish market.",
    "{N} claims that {C}; in my experience at {B} this holds.", "{N} stresses that {C}, especially for {A}.",
    "{N} underlines that {C}.", "{N} noticed that {C} after Poland joined the EU.",
    "{N} describe {T} as the fastest-growing channel in Poland and show that {C}.",
    "{N} compared shoppers in {city} and {dia} and found that {C}.", "{N} suggests that {C}.",
    "{N} indicates that {C}, although the study predates BLIK.", "{N} proved that {C}.",
    "{N} emphasised that {C} and that {C2}.", "{N} is of the opinion that {C}.",
    "{N} notes that, since {Y}, {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "{O}, {N} found that {C}.", "As {N} explains, {C}.", "This is confirmed by {N}, who found that {C}.",
    "According to {N}, {C}.", "{C}, as {N} indicate.", "{C} – this is also the view of {N}.",
    "In the Polish context, {N} showed that {C}.", "Research conducted by {N} in {city} suggests that {C}.",
    "A survey by {N} among {A} found that {C}.", "{B} is a good example: {N} showed that {C}.",
    "Following {N}, it can be argued that {C}.", "{C}; however, {N} found the opposite among Polish migrants in {dia}.",
    "Data published by {N} show that {C}.", "As {N} put it, {C}.",
    "When {B} launched its app in {Y3}, it seemed to follow {N}: {C}.", "{C}, according to {N}.",
    "In line with {N}, {C}.", "Unlike {B}, whose strategy relies on {T}, the firms studied by {N} found that {C}.",
    "Referring to {N}, {C}.", "{O}, as noted by {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} model to {B}, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{N} findings matter for {B} because {C}.",
    "According to {N} survey, {C}.", "This reflects {N} argument that {C}.",
    "{N} framework helps explain why {C}.", "{N} data for {city} suggest that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "In Poland, {C} {P}.", "For {A}, {C} {P}.",
    "{B} is no exception, because {C} {P}.", "This matters since {C} {P}.", "{C}, especially in {city} {P}.",
    "It is often claimed that {C} {P:see}.", "Several Polish studies report that {C} {P:e.g.}.",
    "{C} (see Figure {q}) {P}.", "{B}’s results suggest that {C} {P}.", "To sum up, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "The key point for {B} is that {C} {P}.", "{C}. {P}",
    "The same applies to the diaspora in {dia}: {C} {P}.", "{C} {P:cf.}.", "{C} {P:see also}.",
    "Among Polish consumers {C} {P:for example}.", "Polish marketers agree that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has noticed that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}, which means that {C2}.",
    "Studies from Poland {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} trust {T} more than TV advertising", "{T} raised {R} by about {q}0% in one pilot",
    "BLIK has made mobile payments the default for {A}", "{B}’s reliance on {T} leaves it exposed if costs rise",
    "Polish consumers are very price-sensitive after the inflation of 2022", "{A} expect the same experience online and in store",
    "private labels now win on quality as well as price", "parcel lockers have changed what {A} expect from delivery",
    "brands that ignore {T} lose {A} to the discounters", "the Sunday trading ban pushed shoppers towards convenience formats",
    "patriotic messages work well around Independence Day but can look opportunistic",
    "spending on {T} has grown every year since {Y}", "{A} respond better to reviews on Allegro than to brand claims",
    "the Polish diaspora keeps buying home brands such as {B}", "RODO changed how brands collect first-party data",
    "{T} only drives {R} when the offer is relevant", "mobile accounts for most e-commerce traffic in Poland",
    "around {q} in 10 {A} have unsubscribed from a bank's newsletter", "companies such as {B} need to {bs} to stay competitive",
    "Polish-language customer service is a reason migrants choose a bank", "influencer content must be clearly labelled as advertising",
    "loyalty apps such as Moja Biedronka and Żappka shape weekly shopping",
]  # fmt: skip
OPENERS = [
    "Moreover", "Furthermore", "In addition", "On the other hand", "For example", "In Poland", "For {B}'s marketing team",
    "Since the pandemic", "In the case of {B}", "From the customer's point of view", "Nevertheless", "As a result",
    "In the Polish retail sector", "Among Polish migrants in {dia}", "To conclude", "What is more", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Poland and now operates in {k} countries.",
    "This part of the report analyses {B}'s digital channels and gives recommendations.",
    "The table below presents the main KPIs for each channel.", "{B} has over {n}k followers on Instagram, but engagement is low.",
    "The budget is given in PLN and in GBP for the UK launch.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, and most of the budget goes to paid search.",
    "Customers can pay by card, BLIK or on delivery, and can collect from a Paczkomat.",
    "A SWOT and PESTLE analysis of {B} is attached in Appendix {q}.",
    "I have worked in the marketing department of {B} in {city} for three years.",
    "The main competitors are {B} and two smaller online-only players.",
    "Task 2 builds on this and proposes a content plan for the next twelve months.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Polish textbook puts it, {Q} {P}.", "In other words, {Q} {P}.", "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.", "{N} put it bluntly: {Q}.", "{Q} {P}, and {B} has not yet acted on this.",
]  # fmt: skip
SCARE_QUOTES = ["„polska marka”", "“Polish brand”", "‘shrinkflation’", "‘cashless society’", "„promocja”",
                "‘Made in Poland’", "“Buy Polish”", "‘quick commerce’"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now call themselves a {Q} {P}.", "{B} describes its approach as {Q} {P}.",
    "Commentators speak of a {Q} trend {P}.", "Shoppers are increasingly wary of {Q} {P}.",
    "The label {Q} still sells well in {city} {P}.", "{N} calls this {Q}.",
]  # fmt: skip
SUBJECT_LINES = [
    "„Twój koszyk tęskni za Tobą” [Your basket misses you]", "‘Tylko dziś: -20% na wszystko’",
    "“Black Week w {B}: ostatnie godziny”", "‘Your Paczkomat parcel is waiting’",
    "„Zapłać BLIKIEM i zgarnij 10 zł”", "“Wesołych Świąt od {B}”", "‘Happy Name Day! A gift from us’",
    "„Tłusty Czwartek: pączki za 1 zł”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} had the best open rate of the quarter {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "A/B tests showed that {Q} beat the plain version {P}.", "Subject lines such as {Q} create urgency {P}.",
    "Push notifications like {Q} work in Poland as well as in {dia} {P}.", "{N} quotes the message {Q}.",
]  # fmt: skip

NOT_CITATIONS = {
    "pl-act-dated": ["Consent for newsletters follows the Ustawa z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną (Dz.U. 2002 nr 144 poz. 1204).",
                     "{B} rewrote its privacy notice after the Act of 10 May 2018 on the Protection of Personal Data came into force."],
    "dz-u-consolidated": ["The current wording is in the consolidated text (t.j. Dz.U. 2020 poz. 1062).",
                          "The act has been amended many times (t.j. Dz.U. {Y3} poz. {poz})."],
    "statute-article": ["Marketing by SMS needs prior consent (art. 172 Prawa telekomunikacyjnego).",
                        "Misleading advertising is an act of unfair competition (art. 16 ust. 1 pkt {q} uznk)."],
    "rodo-article": ["Every campaign form has a consent tick-box (art. 6 ust. 1 lit. a RODO).",
                     "Customers may withdraw consent at any time (art. 7 ust. 3 GDPR)."],
    "regulator-decision-no": ["UOKiK fined the operator in {Y} (decision no. DOIK-{q}/{Y}).",
                              "The data breach ended with a fine (case ref. DKN.5130.{poz}.{Y})."],
    "zloty-mld": ["{B}'s revenue reached {zl} mld zł in {Y} (around €{q},{k} bn).",
                  "The market was worth {zl} mld zł ({Y} estimate)."],
    "zloty-mln-space": ["The campaign budget was {th} zł ({Y3} plan).", "Media spend rose to {zl} mln zł (+{pct}% r/r)."],
    "pln-year": ["Average basket value grew (PLN {n} in {Y}).", "Interchange fees fell sharply (PLN {zl2} per 100 transactions, {Y})."],
    "decimal-comma-share": ["BLIK's share of online payments rose ({pct}% in Q{q} {Y3}).",
                            "Inflation peaked in early {Y3} (CPI {pct}% r/r, February)."],
    "kodeks-etyki": ["The complaint concerned the Kodeks Etyki Reklamy (art. {art}).",
                     "Alcohol ads must follow the industry code (Kodeks Etyki Reklamy, {Y3} edition)."],
    "rada-reklamy-resolution": ["The Komisja Etyki Reklamy upheld the complaint (uchwała nr ZO {n}/{Y3}).",
                                "The advert was withdrawn after a ruling (Rada Reklamy case {n}/{Y3})."],
    "krs-nip": ["{B} is registered in the National Court Register (KRS {krs}, NIP {nip}).",
                "The invoice shows the seller's tax number (NIP {nip}) and REGON."],
    "legal-form-founded": ["Żabka Polska sp. z o.o. (founded 1998) now runs over {stores} stores.",
                           "The dairy is a cooperative (spółdzielnia, est. 1934) owned by farmers."],
    "brand-founded": ["E. Wedel (est. 1851) is one of Poland's oldest brands.", "Wawel (since 1898) sells chocolate in {k}0 countries."],
    "all-saints": ["Candle and flower sales peak before Wszystkich Świętych (1 November).",
                   "Stores close early on 31 October ahead of All Saints' Day (1.11.{Y3})."],
    "independence-day": ["{B} ran a patriotic campaign for Dzień Niepodległości (11 November {Y3}).",
                         "Sales of white-and-red merchandise rise around 11.11 (Independence Day)."],
    "constitution-majowka": ["The long weekend (majówka, 1–3 May) is peak season for grills.",
                             "Constitution Day (3 May {Y3}) fell on a Friday that year."],
    "fat-thursday": ["Bakeries sold millions of pączki on Tłusty Czwartek ({d} February {Y3}).",
                     "{B} gave away doughnuts on Fat Thursday (Tłusty Czwartek, {Y3})."],
    "wigilia-andrzejki": ["Carp sales peak before Wigilia (24 December).", "Bars in {city} run themed nights for Andrzejki (29 November)."],
    "black-week": ["Black Week ({Y3}) brought record traffic to Allegro.", "Traffic doubled on Black Friday ({d}.11.{Y3})."],
    "wosp-finale": ["{B} supported the {fin}. Finał WOŚP (January {Y3}).", "Donations at the WOŚP finale ({Y3}) beat all records."],
    "festival-opener": ["{B} sponsored Open'er Festival (Gdynia, {Y3}).", "The brand had a stand at Pol'and'Rock ({Y3})."],
    "euro-2012": ["Beer brands spent heavily around Euro 2012 (co-hosted with Ukraine).",
                  "Stadiums built for Euro 2012 (Warsaw, Gdańsk, Poznań, Wrocław) now host concerts."],
    "award-year": ["The campaign won Gold at the Effie Awards Polska {Y3}.", "{B}'s spot was shortlisted at KTR {Y3} (Klub Twórców Reklamy)."],
    "game-title-year": ["Cyberpunk 2077 (released December 2020) had a difficult launch.",
                        "The Witcher 3: Wild Hunt (2015) made CD Projekt a global brand."],
    "product-model": ["InPost is rolling out its newest Paczkomat (APM {q}.0) in {city}.",
                      "{B} launched the app version {q}.{k} (iOS and Android) in {Y3}."],
    "ticker": ["Shares of Allegro (WSE: ALE) fell after the results.", "{tick} is listed in Warsaw and is part of the WIG20."],
    "person-born": ["{wb} starred in the campaign.", "The ambassador, {who}, joined in {Y3} (two-year contract)."],
    "person-interview": ["{who} appeared at the brand's launch event in {city} ({mon} {Y3}).",
                         "CEO Tomasz Suchański (Żabka) presented the strategy in {mon} {Y3}."],
    "place-year": ["Katowice (COP24, 2018) is now a congress city.", "Kraków (European Capital of Culture 2000) attracts many tourists."],
    "university-founded": ["Kozminski University (founded 1993) runs an Executive MBA.", "SGH (est. 1906) is Poland's oldest school of economics."],
    "course-code": ["This assignment is for module 7MKT{q}0 (CIM Level 7, {Y3}).", "I took this course at SGH (MBA-SGH, cohort {Y3})."],
    "survey-sample": ["Most respondents to my own survey agreed (n = {n}, CAWI, {mon} {Y3}).", "My primary research used a quota sample (N = {th}; wave {q}/{Y3})."],
    "pl-date-asat": ["The number of stores is given as at 31.12.{Y3}.", "The promotion ran until {d} {mpl} {Y3} r.", "Figures are from the company register (stan na {dd}.{mm}.{Y3})."],
    "postcode-address": ["The head office is at ul. Marszałkowska {n}, {pc2} Warszawa.", "The pop-up store opened at ul. Piotrkowska {n}, {pc2} Łódź."],
    "phone-number": ["The hotline (+48 22 {n} {k}0 {q}0) is open 24/7.", "Customers can text KONIEC to 8{q}{k}0 to opt out."],
    "blik-code": ["Customers confirm with a six-digit code (e.g. 482 {n}) in the app.",
                  "A BLIK code is valid for 120 seconds (2 minutes)."],
    "iso-standard": ["Its stores are certified (PN-EN ISO 14001:2015).", "The call centre follows the standard (ISO 18295-1:2017)."],
    "eu-regulation": ["Platforms must comply with the Digital Services Act (Regulation (EU) 2022/2065).",
                      "The Omnibus Directive (Directive (EU) 2019/2161) changed how discounts are shown."],
    "lowest-price-30": ["Since 2023 shops must show the lowest price from the last 30 days (Omnibus).",
                        "{B} shows the previous price (najniższa cena z 30 dni: {zl2} zł)."],
    "trade-fair": ["{B} exhibited at the Poznań International Fair (MTP, {Y3}).", "The brand launched at the Warsaw Home fair ({Y3} edition)."],
    "org-bracket-est": ["The Polish Chamber of Commerce (KIG, est. 1990) supports exporters.",
                        "The Polish Bank Association (ZBP, since 1991) runs the NetB@nk survey."],
    "slogan-gloss": ["Biedronka's slogan „Codziennie niskie ceny” [Everyday low prices] has been used since 2006.",
                     "Orange's ‘Tak, masz rację’ [Yes, you are right] became a catchphrase in {Y3}."],
    "census-diaspora": ["The UK census is held every ten years (2011, 2021).", "Some {th} Polish-born people live in {dia} (latest estimate, {Y3})."],
    "eu-accession": ["Migration to the UK rose after EU accession (1 May 2004).", "Poland joined the Schengen area in December 2007."],
    "social-programme": ["Family benefits rose from 500+ (2016) to 800+ ({Y3}).", "The 13th pension (trzynastka, since 2019) boosted spending in spring."],
    "sunday-trading": ["Most shops close on Sundays (the trading ban has applied in full since 2020).",
                       "Only a few trading Sundays remain (niedziele handlowe, {q} in {Y3})."],
    "exchange-rate": ["Prices were converted at the NBP rate (1 EUR = {rate} PLN, table {n}/A/NBP/{Y3}).",
                      "The GBP/PLN rate was about 5,{k}0 in {mon} {Y3}."],
    "tv-show-years": ["Magda Gessler's show (Kuchenne rewolucje, since 2010) made small restaurants famous.",
                      "The sitcom Ranczo (2006–2016) is still shown on TVP."],
    "club-season": ["{B} sponsors Lech Poznań (Ekstraklasa champions {Y3}).", "The bank's logo is on the shirts of Legia Warszawa (season {Y3}/{Y2})."],
    "diaspora-place": ["Jackowo (Milwaukee Avenue, Chicago) still has Polish delis.", "Greenpoint (Brooklyn, NY 11222) is home to many Polish shops."],
    "vat-rate": ["Food is taxed at a reduced rate (VAT 5%) and drinks at 23%.", "The zero VAT rate on food ended in {mon} 2024 (back to 5%)."],
    "store-count-year": ["Dino had {stores} stores at the end of {Y3} (own data).", "Żabka plans {k} 000 new stores by {Y3}."],
    "rank-list": ["{B} is in the top {k}0 of the most valuable Polish brands ({Y3} edition).",
                  "The app entered the top {k}0 in Google Play (Poland, {mon} {Y3})."],
}  # fmt: skip
