"""The blind136 pool (HELD OUT): the prose of marketers in Poland and its diaspora writing CIM reports and MBAs.

A hundred-and-thirty-sixth independent pool, written without reading the checker, its tests or the other pools:
brand, trade, CRM and digital marketers at PKO BP, mBank, Santander Bank Polska, Pekao, BLIK and Revolut, Orange
Polska, Play, Plus and T-Mobile, Allegro, InPost, LPP, CCC, Biedronka, Żabka, Lidl and Rossmann, Maspex, Wedel,
Żywiec, Tymbark and Mlekovita, CD Projekt and Techland, LOT, media houses and agencies in Warsaw, Kraków, Łódź,
Wrocław, Poznań, Gdańsk, Katowice and Lublin and in London, Dublin, Chicago, Berlin and Oslo. Its decoys are the
brackets, years and names such candidates write that are no citations: laws with their Dz.U. numbers, UOKiK
decisions, złoty and PLN figures, Polish dates and holidays, NIP, KRS and REGON numbers, WIG20 tickers, products,
games, campaigns, awards, people with their dates who are no authors. HELD OUT: never tune the checker on it;
report its tables, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, which is directly relevant to {B}.",
    "{N} show that {C} in the Polish market.",
    "{N} observed that {C}, especially outside Warsaw.",
    "{N} concludes that {C}.",
    "{N} points out that {C}, although the sample was small.",
    "{N} suggested that {C}; this was later confirmed by GUS data.",
    "{N} identify three drivers of loyalty and note that {C}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explain, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who claim that {C}.",
    "{C}, as {N} pointed out.",
    "In the Polish context, {N} noted that {C}.",
    "For {B}, the key insight from {N} is that {C}.",
    "A similar conclusion was reached by {N}: {C}.",
    "Research carried out in Kraków by {N} confirms that {C}.",
    "Following {N}, this report assumes that {C}.",
]
POSSESSIVE = [
    "{N} study of Polish consumers suggests that {C}.",
    "{O}, {N} model explains why {C}.",
    "{N} findings imply that {C}.",
    "Applying {N} framework to {B} shows that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research shows that {C} {P}.",
    "It is widely accepted in Poland that {C} {P}.",
    "{C}, particularly among {A} in smaller towns {P}.",
    "In Warsaw and Kraków {C} {P}.",
    "{C} (see also the case of {B}) {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.",
    "{C} {P}; nevertheless, {C2}.",
    "{C} {P}, but {C2}.",
    "{O}, {C} {P}, so {C2}.",
]
CLAIMS = [
    "{B} uses {T} to win {A}",
    "{T} increases {R} among {A}",
    "Polish consumers trust domestic brands more than foreign ones",
    "mobile payments via BLIK have become the default for {A}",
    "price remains the main purchase criterion for {A}",
    "{A} expect next-day delivery to a parcel locker",
    "loyalty apps such as Żabka Jush and Moja Biedronka raise {R}",
    "Black Week promotions pull spending forward from December",
    "{B} could grow {R} by investing in {T}",
    "the Polish diaspora in the UK still buys Polish brands",
    "{T} works better in Poland than in Western Europe",
    "regional pride is a strong motive for {A} in Silesia and Podhale",
    "the Sunday trading ban moved shopping to Saturdays and online",
    "{A} respond well to humour in advertising",
    "trust in banks in Poland is higher than in many EU countries",
]
OPENERS = [
    "However", "In practice", "For {B}", "Similarly", "In Poland", "By contrast", "On the other hand",
    "In the case of {B}", "Moreover", "Nevertheless", "After the pandemic", "Among the diaspora in London",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and Allegro.",
    "The campaign ran for six weeks on TikTok, Instagram and YouTube.",
    "{O}, {C}.",
    "{B} operates in all sixteen voivodeships.",
    "The interviews were held in Polish and translated by the author.",
    "Table {q} summarises the PESTEL analysis for {B}.",
    "The author works in the marketing department of {B} in {CITY}.",
]
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "{N} writes that {Q}.",
    "It has been argued that {Q} {P}.",
    "The point is made clearly: {Q} {P}.",
]
SCARE_QUOTES = [
    "„polskość”", "‘made in Poland’", "“omnichannel”", "'Black Week'", "“phygital”", "‘cashless Poland’",
    "„Janusz biznesu”", "“dark store”", "‘swojskość’", "'Polish Amazon'",
]  # fmt: skip
SCARE_FRAMES = [
    "Polish marketers call this {Q} marketing {P}.",
    "{B} builds its brand on {Q} {P}.",
    "The idea of {Q} is now common in Polish retail {P}.",
    "{N} describes the trend as {Q}.",
]
SUBJECT_LINES = [
    "„Twój koszyk czeka! -20% tylko dziś”", "“Mikołajki: prezent dla Ciebie”", "‘Tłusty Czwartek = darmowy pączek’",
    "“Black Week startuje: do -70%”", "'Your {M} order is in the Paczkomat'", "„Zapłać BLIKIEM i zyskaj 10 zł”",
    "“Dzień Kobiet: kwiaty gratis”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} doubled opens {P}.",
    "{B} sent the email {Q} to lapsed customers {P}.",
    "An SMS headed {Q} performed best {P}.",
    "{N} reports that the subject line {Q} lifted clicks.",
]

NOT_CITATIONS = {
    "law-dz-u": ["The Act on Consumer Rights (Dz.U. 2014 poz. 827) gives buyers 14 days to withdraw.",
                 "Marketing consent is regulated by the Telecommunications Law (Dz.U. {Y} poz. {n})."],
    "ustawa-z-dnia": ["Under the Ustawa z dnia 16 lipca 2004 r. – Prawo telekomunikacyjne, cold calling needs prior consent.",
                      "The Ustawa z dnia 30 maja 2014 r. o prawach konsumenta changed how {B} words its returns policy."],
    "act-year-bracket": ["The Sunday trading ban (2018) cut the number of shopping Sundays to seven.",
                         "The Act on Combating Unfair Competition (1993) still governs comparative advertising."],
    "gdpr-rodo": ["RODO (GDPR, 2016/679) applies to every newsletter {B} sends.",
                  "Consent was collected under Regulation (EU) 2016/679 (RODO) and the DSA (2022/2065)."],
    "uokik-decision": ["UOKiK fined a telecom operator PLN {n}m (decision RWA-{q}/{Y}).",
                       "The President of UOKiK issued decision DOZIK-{q}/{Y} against an influencer agency."],
    "knf-recommendation": ["Banks follow KNF Recommendation Z ({Y}) on governance.",
                           "KNF Recommendation D (2013) covers IT risk in mBank and its peers."],
    "nbp-rate": ["The NBP reference rate rose to 6.75% (September 2022).",
                 "Inflation peaked at 18.4% (February 2023) according to the NBP."],
    "gus-figure": ["GUS reports {n},000 births in {Y} (Statistics Poland, table {q}).",
                   "The population of Łódź fell below 660,000 (GUS data for {Y})."],
    "zloty-amount": ["The average basket in Żabka is 25 zł (2023 figure).",
                     "{B} spent PLN {n}m on advertising ({Y} budget)."],
    "pln-eur-rate": ["Prices were converted at 4.32 PLN/EUR (NBP table A, {d} March {Y}).",
                     "A year of Netflix costs 43 złoty a month (about £8.50 in {Y})."],
    "polish-date": ["The campaign launched on {d}.03.{Y} and ran until 31.03.{Y}.",
                    "Sales were measured from 1 stycznia {Y} to 31 grudnia {Y}."],
    "eleventh-november": ["Independence Day (11 November 1918) is a big day for patriotic brands.",
                          "Sales peaked on 11.11 ({Y}), as on Singles' Day in China."],
    "holiday-year": ["Tłusty Czwartek ({Y}) sold over 100 million pączki.",
                     "Dzień Kobiet (8 March {Y}) is the busiest day for florists."],
    "wigilia": ["On Wigilia (24 December) most Poles eat carp and twelve dishes.",
                "Spending peaks before Wigilia and All Saints (Wszystkich Świętych, 1 November)."],
    "black-week": ["Allegro's Black Week ({Y}) was longer than Black Friday.",
                   "Black Week 2023 (20–26 November) broke InPost's records."],
    "mikolajki": ["Mikołajki (6 December) opens the gift season for {A}.",
                  "{B} ran a Mikołajki promotion (6.12.{Y}) on Facebook."],
    "krs-nip": ["{B} is registered in Warsaw (KRS 0000{n}{n}, NIP 525-{n}-{q}{q}-{d}).",
                "The company's REGON (01{n}{n}) appears on every invoice."],
    "legal-form-year": ["{B} became a spółka akcyjna (S.A.) in {Y}.",
                        "The brand is owned by a sp. z o.o. founded in {Y} in Bielsko-Biała."],
    "wig20-ticker": ["Shares of CD Projekt (WSE: CDR) fell 29% in one day (December 2020).",
                     "LPP (GPW: LPP) joined the WIG20 index (Q{q} {Y})."],
    "game-title": ["Cyberpunk 2077 (2020) sold 13 million copies in its first month.",
                   "Dying Light (2015) put Techland on the global map."],
    "witcher": ["The Witcher 3: Wild Hunt (2015) is still CD Projekt's best-selling game.",
                "Netflix's The Witcher (2019) lifted interest in Sapkowski's books."],
    "product-model": ["The InPost Paczkomat (2009) now has over 20,000 lockers.",
                      "Play launched its 5G network (2020) in Warsaw first."],
    "brand-launch-year": ["BLIK (2015) now has over {n} million users.",
                          "Allegro Smart! (2018) is Poland's version of Amazon Prime."],
    "campaign-slogan-year": ["Tymbark's bottle-cap messages ('Kapsle', {Y}) became a cult.",
                             "Żywiec's slogan “Prawdziwa historia” ({Y}) tapped into local pride."],
    "award": ["The campaign won a Golden KTR (KTR {Y}) in Warsaw.",
              "{B} received a Silver Effie Polska ({Y}) for the launch."],
    "festival": ["Open'er Festival (Gdynia, {Y}) is sponsored by Heineken.",
                 "Pol'and'Rock ({Y}) gathers over half a million people."],
    "person-dates": ["Emil Wedel (1841–1919) founded the chocolate house.",
                     "Marie Skłodowska-Curie (1867–1934) appears in many patriotic ads."],
    "founder-year": ["Marek Piechocki co-founded LPP in Gdańsk (1991).",
                     "Rafał Brzoska founded InPost in Kraków in 1999."],
    "president-professor": ["Prof. dr hab. Witold Orłowski (interview, {Y}) doubts the growth figures.",
                            "Dr Anna Kowalska, the head of marketing at {B}, was interviewed in {Y}."],
    "celebrity": ["Robert Lewandowski (Bayern Munich, {Y}) fronted the campaign.",
                  "Iga Świątek (WTA No. 1, {Y}) is a PZU ambassador."],
    "place-bracket": ["Most respondents lived in Lublin (Lubelskie).",
                      "The store opened in Katowice (Silesian Voivodeship) in {Y}."],
    "street-address": ["The flagship store is at ul. Marszałkowska {q}, 00-{n} Warszawa.",
                       "The agency's office is at al. Jerozolimskie {n} (Warsaw)."],
    "postcode": ["Deliveries to postcodes 30-001 to 31-{n} (Kraków) were faster.",
                 "The Gdańsk hub (80-{n}) serves the Tricity."],
    "org-year-bracket": ["The Polish Chamber of Commerce (KIG, {Y}) lobbied against the ban.",
                         "The Polish Bank Association (ZBP, founded 1991) runs the BIK register."],
    "sar-abbreviation": ["The code of ethics (Kodeks Etyki Reklamy, {Y}) is run by the Rada Reklamy.",
                         "The SAR (Stowarzyszenie Komunikacji Marketingowej) had {n} member agencies."],
    "survey-n": ["Most respondents agreed (n = {n}, CAWI, {Y}).",
                 "The sample was balanced by region (N = {n})."],
    "figure-table": ["Sales fell in the first lockdown (Figure {q}).",
                     "Market shares are given below (Table {q}, {Y})."],
    "quarter-year": ["Revenue grew in Q{q} {Y} (y/y +{q}.{d}%).",
                     "Net profit doubled in H1 {Y} (PLN {n}m)."],
    "year-range": ["Poland's GDP grew every year (1992–2019) until the pandemic.",
                   "The EU funds period ({Y}–{Y2}) financed broadband in the east."],
    "flight-code": ["LOT's flight LO 3 (Warsaw–Chicago) is full in summer.",
                    "The Warsaw–Oslo route (LO 481) serves the diaspora."],
    "diaspora-number": ["About 700,000 Polish-born people lived in the UK (Census 2021).",
                        "Chicago's Polish community (Jackowo) still supports Polish brands."],
    "percentage-bracket": ["Almost two thirds of parcels go to lockers (64%).",
                           "Mobile banking users grew sharply (+{q}{d}% in {Y})."],
    "mobile-shortcode": ["Customers activate the offer by sending TAK to {n}{q}.",
                         "The hotline (+48 22 {n} {q}{d} {d}) is open on weekends."],
    "iso-standard": ["Mlekovita is certified to ISO 22000:2018 and BRC.",
                     "The bank's information security follows ISO/IEC 27001:2022."],
    "tv-show-year": ["The brand sponsored Taniec z gwiazdami ({Y}) on Polsat.",
                     "The ad ran during Familiada (TVP2, {Y})."],
    "historical-event": ["Solidarność (1980) still shapes the Gdańsk brand story.",
                         "Poland joined the EU (1 May 2004) and Schengen (2007)."],
    "euro-2012": ["UEFA Euro 2012 (Poland and Ukraine) was a big moment for beer brands.",
                  "The stadium in Wrocław was built for Euro 2012 (2011)."],
    "vat-rate": ["Food carries a reduced VAT rate (5%, {Y}).",
                 "Beer is taxed at 23% VAT plus excise (akcyza, {Y})."],
    "book-not-cited": ["Sapkowski's saga (1993–1999) sells well in English translation.",
                       "Reymont's novel Chłopi (1904) was filmed again in 2023."],
}  # fmt: skip

BRANDS = ["PKO BP", "mBank", "Santander Bank Polska", "Pekao", "BLIK", "Revolut", "Orange Polska", "Play", "Plus",
          "T-Mobile", "Allegro", "InPost", "LPP", "Reserved", "CCC", "Biedronka", "Żabka", "Lidl", "Rossmann",
          "Maspex", "E. Wedel", "Żywiec", "Tymbark", "Mlekovita", "CD Projekt", "Techland", "LOT", "Empik",
          "Inglot", "Wittchen", "4F", "Apart", "Pewex"]  # fmt: skip

_CITIES = ["Warsaw", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Katowice", "Lublin", "Krakow", "Lodz",
           "London", "Dublin", "Chicago", "Berlin", "Oslo"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {"CITY": rng.choice(_CITIES)}
