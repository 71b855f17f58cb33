"""The blind146 pool's prose (HELD OUT): marketers in Serbia, Croatia, Bosnia and Herzegovina, Montenegro, North
Macedonia and Slovenia and in their diaspora (Vienna, Munich, Zurich, Chicago, Toronto) writing CIM Level 6 and 7
reports and MBA assignments in English about banks (Intesa, UniCredit, NLB, Raiffeisen), telecoms (mts, Hrvatski
Telekom, A1, Yettel), retailers (Konzum, Mercator, Maxi, Idea), food and drink makers (Podravka, Atlantic Grupa,
Kraš, Jelen, Zlatorog), airlines, tourism boards, media houses and agencies.

Written without reading the checker, its tests or any other pool. HELD OUT: nobody tunes the checker on it until its
first tables have been read; report its tables, never its misses. Its decoys are what these candidates write that
looks like a citation and is not: laws with their gazette numbers (Službeni glasnik RS, br. 87/2018; Narodne novine
42/2018; Uradni list RS, št. 163/22), company legal forms and registration numbers, prices in dinars, kuna, euro,
convertible marks and denars, Slava, Orthodox Christmas and Bajram dates, Exit and the Sarajevo Film Festival,
the tourist season, ticker symbols, HAKOM and RATEL decision numbers, Croatian KLASA and URBROJ file codes, dates
written 15.03.2023., founders, athletes and singers with their years, Cyrillic and Latin brand names, and more.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Konzum", "Mercator", "Maxi", "Idea", "Podravka", "Vegeta", "Atlantic Grupa", "Cedevita", "Argeta", "Kraš",
          "Jelen pivo", "Zlatorog", "Laško", "Bambi", "Plazma", "Jamnica", "Franck", "Cockta", "Smoki", "Banca Intesa",
          "UniCredit Bank Srbija", "NLB", "Raiffeisen banka", "Zagrebačka banka", "PBZ", "mts", "Telekom Srbija",
          "Hrvatski Telekom", "A1 Hrvatska", "Yettel", "m:tel", "BH Telecom", "Air Serbia", "Croatia Airlines",
          "Nordeus", "Infobip", "Rimac", "Fortenova", "Lidl Hrvatska", "Delhaize Serbia", "Tinex", "Makedonski Telekom",
          "Telekom Slovenije", "Gorenje", "Knjaz Miloš", "Apatinska pivara"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's own."""
    y3 = rng.randint(2016, 2025)
    return {
        "city": rng.choice(["Belgrade", "Novi Sad", "Niš", "Zagreb", "Split", "Rijeka", "Sarajevo", "Banja Luka",
                            "Mostar", "Podgorica", "Skopje", "Ljubljana", "Kragujevac", "Osijek", "Maribor", "Tuzla"]),
        "dcity": rng.choice(["Vienna", "Munich", "Zurich", "Chicago", "Toronto", "Frankfurt", "Stuttgart", "Melbourne"]),
        "pc": str(rng.randint(4, 87)), "Y3": str(y3), "Y4": str(y3 + 1),
        "mo": rng.choice(["January", "March", "April", "June", "July", "August", "September", "October", "December"]),
        "rsd": f"{rng.randint(1, 9)},{rng.randint(100, 999)}", "eur": f"{rng.randint(2, 95)}.{rng.randint(10, 99)}",
        "km": f"{rng.randint(1, 40)}.{rng.randint(10, 95)}", "mkd": f"{rng.randint(60, 990)}",
        "ch": rng.choice(["Instagram", "TikTok", "Facebook", "YouTube", "Viber", "the loyalty app", "email",
                          "out-of-home", "national TV", "influencers", "Google Ads", "LinkedIn"]),
        "bank": rng.choice(["Banca Intesa", "UniCredit", "NLB", "Raiffeisen", "Erste", "Zagrebačka banka", "OTP banka", "AIK Banka"]),
        "tel": rng.choice(["mts", "Yettel", "A1", "Hrvatski Telekom", "m:tel", "BH Telecom", "Telemach", "Makedonski Telekom"]),
        "shop": rng.choice(["Konzum", "Mercator", "Maxi", "Idea", "Lidl", "Kaufland", "Tinex", "Spar", "Univerexport", "Bingo"]),
        "food": rng.choice(["Podravka", "Atlantic Grupa", "Kraš", "Jelen pivo", "Zlatorog", "Bambi", "Franck", "Jamnica", "Vegeta", "Cedevita"]),
        "fest": rng.choice(["Exit", "Sea Dance", "Guča Trumpet Festival", "Sarajevo Film Festival", "INmusic", "Ultra Europe",
                            "Beer Fest", "Ohrid Summer Festival", "Lent Festival", "Dubrovnik Summer Festival"]),
        "saint": rng.choice(["Sveti Nikola (19 December)", "Đurđevdan (6 May)", "Sveti Jovan (20 January)",
                             "Sveti Aranđel (21 November)", "Mitrovdan (8 November)", "Sveta Petka (27 October)"]),
        "gz": str(rng.randint(4, 140)), "klasa": f"{rng.randint(100, 999)}-{rng.randint(1, 9):02d}/{y3 % 100:02d}-{rng.randint(1, 40):02d}/{rng.randint(1, 99)}",
        "mb": str(rng.randint(10_000_000, 21_999_999)), "pib": str(rng.randint(100_000_000, 113_999_999)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample came only from {city}.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C} among {A} in {city}.",
    "{N} point out that {C}; {B} has not yet acted on this.", "{N} observed that {C} in all six former Yugoslav markets.",
    "{N} emphasised that {C}.", "{N} reported that {C} after the 2022 inflation shock.",
    "{N} warn that {C} unless the brand invests in {ch}.", "{N} surveyed {n} shoppers in {city} and found that {C}.",
    "{N} noted that, since Croatia adopted the euro, {C}.", "{N} claims that {C}, especially for diaspora customers in {dcity}.",
    "{N} are right that {C}, but the evidence from {city} is mixed.", "{N} stressed that {C}.",
    "{N} describes how {C}.", "{N} compared {tel} with its two rivals and found that {C}.",
    "{N} (writing about the Serbian market) suggested that {C}.", "{N} even go as far as saying that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As {N} explain, {C}.", "{O}, {N} found that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, as {N} have shown for the Adriatic region.",
    "In their study of {bank} clients, {N} found that {C}.", "{C} – a conclusion also reached by {N}.",
    "Research by {N} in {city} confirms that {C}.", "A similar point is made by {N}: {C}.",
    "{B} seems to follow {N}, who argue that {C}.", "{C}; however, {N} found the opposite among {A}.",
    "Data from {N} show that {C}.", "It can be argued, following {N}, that {C}.",
    "Among the diaspora in {dcity}, {N} found that {C}.", "{C}, according to {N}.",
    "For {shop}, the lesson from {N} is that {C}.", "Unlike {B}, the firms studied by {N} found that {C}.",
    "As {N} put it, {C}.", "Both {food} and {B} use {ch}, and {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} found that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} survey showed that {C}.", "{N} findings matter for {B} because {C}.",
    "{B} could apply {N} model, since {C}.", "This supports {N} argument that {C}.",
    "{N} report on the Western Balkans concluded that {C}.", "According to {N} data, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "In {city}, {C} {P}.", "Research from the region shows that {C} {P}.",
    "{B} is a good example, since {C} {P}.", "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "{C}, especially in the summer tourist season {P}.", "It is often said that {C} {P:see}.",
    "Several regional studies confirm that {C} {P:e.g.}.", "{C} (see Figure {q}) {P}.",
    "{C}, which is why {B} invests in {ch} {P}.", "In short, {C} {P}.", "{C}. {P}",
    "The same is true of the diaspora in {dcity}: {C} {P}.", "{C} {P:see also}.",
    "In Serbia, Croatia and Slovenia alike, {C} {P}.", "{C} – at least in the former Yugoslav markets {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies from the region {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in the region trust domestic brands more than imported ones", "{T} works better than TV advertising for reaching {A}",
    "consumer ethnocentrism is stronger in Serbia than in Slovenia", "Yugonostalgia still sells chocolate, biscuits and beer",
    "diaspora customers expect the same service in {dcity} as at home", "{B}'s loyalty app has raised {R} among {A}",
    "mobile banking use doubled after the pandemic", "price sensitivity rose sharply after the 2022 inflation shock",
    "the euro changeover made Croatian shoppers suspicious of price rises", "{A} respond better to Viber offers than to email",
    "local influencers are trusted more than international celebrities", "private labels have gained share in grocery retail",
    "brands that sponsor festivals such as {fest} build {R} among {A}", "the tourist season shapes marketing budgets in Croatia and Montenegro",
    "{tel}'s bundles make switching costly for households", "remittances from the diaspora support spending on consumer durables",
    "shoppers in smaller towns still prefer cash on delivery", "{T} is cheaper than outdoor advertising but harder to measure",
    "Cyrillic packaging signals tradition to older Serbian customers", "{A} compare prices across borders when they shop online",
    "{food} benefits from a strong country-of-origin image", "trust in banks remains low after the Swiss franc loans crisis",
    "green claims are rarely checked by regulators in the region", "{A} expect brands to speak their language, not English",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "On the other hand", "For example", "In the Serbian market",
    "For {B}", "Since the pandemic", "In the context of {B}", "In the Western Balkans", "Nevertheless",
    "After the euro changeover", "Among the diaspora", "In Croatia", "As a result", "Interestingly", "Overall",
    "During the tourist season", "Looking at {B}'s competitors", "From a consumer perspective",
]  # fmt: skip
PLAIN = [
    "{B} was founded in the former Yugoslavia and now sells in {q}0 countries.",
    "This section analyses {B}'s digital channels and makes recommendations for the next twelve months.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram profile has around {n}k followers, but engagement is low.", "{O}, {C}.",
    "A PESTLE analysis of the Serbian and Croatian markets is included in the appendix.",
    "The main competitors are {B} and two regional chains.",
    "Customers can buy in store, through the app or on the website, with delivery across the region.",
    "Task 2 builds on this by proposing a content plan for the diaspora market in {dcity}.",
    "The budget is given in euro because the campaign runs in several countries.",
    "Interviews were held in Serbian and Croatian and translated by the author.",
    "The recommendations are costed and phased over four quarters.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one regional textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "One study of the Serbian market concluded that {Q} {P}.",
    "Marketers in the region are told that {Q} {P}.", "{O}, {Q} {P}.", "As {N} put it, {Q}.",
    "{N} wrote that {Q}, and {B} should take note.",
]  # fmt: skip
SCARE_QUOTES = ["‘Yugonostalgia’", "‘naše’", "“domaće je najbolje”", "‘slava’ marketing", "'inat'", "“dijaspora”",
                "‘gastarbajteri’", "‘shrinkflation’", "‘greenwashing’", "“Balkan hospitality”", "‘Made in Serbia’",
                "'cash on delivery'", "‘Kupujmo hrvatsko’", "“premium”", "‘zero-party data’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been accused of {Q} {P}.", "Many older shoppers respond to {Q} {P}.",
    "So-called {Q} is a strong theme in regional advertising {P}.", "The idea of {Q} appears in many campaigns {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.", "The term {Q} is used loosely in the region {P}.",
    "Summer campaigns target the {Q} who come home in July and August {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Srećna slava! 20% popusta danas’", "‘Vaš Konzum kupon čeka [Your Konzum voucher is waiting]’",
                 "“Hristos se rodi – gifts for the whole family”", "‘Exit {Y3}: your festival pack is here’",
                 "‘Do kraja dana: besplatna dostava [Until midnight: free delivery]’", "“Dobrodošli kući! Welcome home for summer”",
                 "'Black Friday u Maxiju'", "‘Sretan Božić – your gift inside’", "“You left something in your basket”",
                 "‘Last seats to {dcity} this summer’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-basket email {P}.",
    "Messages like {Q} work because they tie the offer to a date customers care about {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
    "The Viber message {Q} reached {n},000 subscribers in one afternoon {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "gazette-serbia": [
        "Consent must be freely given under the Zakon o zaštiti podataka o ličnosti (Službeni glasnik RS, br. 87/2018).",
        "Comparative advertising is restricted by the Law on Advertising (Službeni glasnik RS, br. 6/2016).",
        "The Zakon o zaštiti potrošača (Sl. glasnik RS, br. 88/2021) gives online buyers fourteen days to withdraw.",
        "E-commerce is regulated by the Zakon o elektronskoj trgovini („Službeni glasnik RS“, br. 41/2009, 95/2013 i 52/2019).",
    ],
    "gazette-croatia": [
        "In Croatia, GDPR is implemented by the Zakon o provedbi Opće uredbe o zaštiti podataka (NN 42/18).",
        "Price display rules follow the Zakon o zaštiti potrošača (Narodne novine 19/2022).",
        "Dual pricing in kuna and euro was required by law (Narodne novine 57/2022) until the end of {Y3}.",
        "The Electronic Media Act (NN 111/21, 114/22) also covers influencers with large audiences.",
    ],
    "gazette-other": [
        "Slovenian brands must follow ZVOP-2 (Uradni list RS, št. 163/22).",
        "In North Macedonia the data protection law was replaced in 2020 (Službeni vesnik na RSM br. 42/2020).",
        "Bosnian banks follow the state-level data law (Službeni glasnik BiH, br. 49/06) and entity rules.",
        "Montenegrin law (Službeni list CG, br. 79/08) sets similar consent rules.",
    ],
    "eu-instrument": [
        "The Omnibus Directive (Directive (EU) 2019/2161) changed how discounts must be shown.",
        "Croatia applies the GDPR (Regulation (EU) 2016/679) directly as an EU member.",
        "Serbia's 2018 law copies much of the GDPR (EU 2016/679) although Serbia is not in the EU.",
        "Roaming rules changed after the Western Balkans roaming agreement (signed April 2019).",
    ],
    "legal-form": [
        "The brand is owned by Atlantic Grupa d.d. (Zagreb) and distributed by Atlantic Trade d.o.o. (Belgrade).",
        "{food} sells through a local subsidiary (d.o.o., founded {Y}).",
        "The agency is a sole trader (s.p.) registered in Ljubljana in {Y3}.",
        "The Skopje office is a single-member company (DOOEL, since {Y}).",
        "Telekom Srbija is a joint-stock company (a.d.) majority-owned by the state.",
    ],
    "registration-number": [
        "The company is registered with the Serbian Business Registers Agency (MB {mb}, PIB {pib}).",
        "Invoices show the Croatian tax number (OIB {mb}{q}{d}) and the IBAN.",
        "The distributor's details (matični broj {mb}) are printed on every pack.",
        "The Slovenian partner's VAT number (SI{mb}) appears in the contract.",
    ],
    "dinar-price": [
        "A standard bundle costs RSD {rsd} a month (about €{eur}).",
        "The promotional price was {rsd} din. (was {rsd},99 din.).",
        "Delivery is free above 3.000 dinara (RSD 3,000).",
        "A 0.5 l can of Jelen costs around {n} dinars (RSD, {Y3} prices).",
    ],
    "euro-kuna": [
        "The fixed conversion rate (1 EUR = 7.53450 HRK) applied from 1 January 2023.",
        "Prices were shown in both currencies (€{eur} / {rsd} kn) during the changeover.",
        "A loyalty voucher is worth €5 (37.67 kn).",
        "Croatian basket prices rose after the switch (HRK to EUR, January 2023).",
    ],
    "mark-and-denar": [
        "In Bosnia and Herzegovina the same pack costs {km} KM (BAM, pegged at 1.95583 to the euro).",
        "Prices in Skopje are lower ({mkd} MKD, about €{eur}).",
        "A monthly mobile plan costs KM {km} in Sarajevo and MKD {mkd} in Skopje.",
        "The convertible mark (KM) has been pegged to the euro since {Y} in practice.",
    ],
    "exchange-rate": [
        "Budgets are converted at the NBS middle rate (1 EUR = 117.{q} RSD, {d} {mo} {Y3}).",
        "The dinar has been stable against the euro (117–118 RSD/EUR since 2018).",
        "All figures use the HNB rate for the period (EUR/USD 1.0{q}).",
    ],
    "slava": [
        "Many families celebrate their slava, for example {saint}.",
        "Orders for slava cakes peak in autumn (November and December).",
        "The campaign was timed for the most common slava, Sveti Nikola (19 December).",
        "Slava (krsna slava, on the UNESCO list since 2014) is a key gifting occasion.",
    ],
    "orthodox-calendar": [
        "Orthodox Christmas (7 January) falls after the Catholic one, so the season is longer.",
        "Serbian New Year (Srpska nova godina, 14 January) is a second party night.",
        "Orthodox Easter (Vaskrs) and Catholic Easter (Uskrs) fell on different Sundays in {Y3}.",
        "Christmas Eve (Badnji dan, 6 January) is a peak day for grocery sales.",
    ],
    "muslim-calendar": [
        "Sales of sweets rise before Ramazanski bajram (Eid al-Fitr, {Y3}).",
        "Bosnian retailers run special offers for Kurban-bajram (Eid al-Adha).",
        "Iftar dinners in Sarajevo (Ramadan {Y3}) were sponsored by several brands.",
    ],
    "festival": [
        "{food} sponsored {fest} ({mo} {Y3}).", "Exit (Petrovaradin Fortress, Novi Sad, since 2000) attracts foreign visitors.",
        "The Sarajevo Film Festival (30th edition in 2024) is a key PR moment.",
        "The brand ran a stand at {fest} (four days, {n},000 visitors).", "Guča (the trumpet festival, August) is a classic beer sponsorship.",
    ],
    "tourist-season": [
        "Most revenue is earned in the main season (June–September).",
        "The pre-season (predsezona, May and June) is cheaper for families.",
        "Croatia recorded about 9{q} million tourist nights in {Y3} (eVisitor data).",
        "Hotels in Budva are full in high season (July and August {Y3}).",
    ],
    "public-holiday": [
        "Stores close on Statehood Day (Sretenje, 15 February) in Serbia.",
        "Croatian Statehood Day (30 May) is a long weekend for many shoppers.",
        "Slovenian Culture Day (Prešeren Day, 8 February) is a public holiday.",
        "Ilinden (2 August) is North Macedonia's national day.",
    ],
    "local-date": [
        "The survey closed on 15.03.{Y3}. and was analysed in April.",
        "The new tariffs apply from 1. 7. {Y3}.", "The price list is valid until 31.12.{Y3}.",
        "The promotion ran from {d}. {q}. {Y3}. to the end of the month in all stores.",
    ],
    "quarter-local": [
        "Sales grew strongly in the first quarter (I kvartal {Y3}).",
        "Results for the half-year (H1 {Y3}) were above plan.", "Revenue rose year on year ({Y3}/{Y4}).",
        "Mobile data use rose again (Q{q} {Y4} against Q{q} {Y3}).",
    ],
    "regulator-decision": [
        "RATEL fined the operator for misleading tariffs (decision no. 1-01-3491-{n}/{Y3}).",
        "HAKOM ordered a refund to customers (KLASA: UP/I-{klasa}).",
        "The regulator's file codes (KLASA: {klasa}, URBROJ: 376-05-3-{q}-{d}) appear on the letter.",
        "The Commission for Protection of Competition approved the merger (decision 6/0-02-{n}/{Y3}-{q}).",
    ],
    "statistics-release": [
        "The statistical release (Saopštenje br. {n}, year LXXIII) gives retail turnover.",
        "The census (Popis stanovništva {Y3}) counted fewer young people in rural areas.",
        "DZS figures (First Release No. 4.{q}.{q}) show tourist nights by county.",
        "The 2022 census (Popis 2022) recorded 6.6 million people in Serbia.",
    ],
    "ticker": [
        "Podravka's shares (ZSE: PODR) rose after the results.", "NLB is listed in Ljubljana and London (LJSE: NLBR).",
        "Krka (LJSE: KRKG) is Slovenia's most valuable listed firm.", "The Belgrade Stock Exchange index (BELEX15) fell in {Y3}.",
        "Atlantic Grupa (ZSE: ATGR) publishes quarterly results.",
    ],
    "iso-and-standard": [
        "{food}'s plants are certified (ISO 22000:2018, HACCP).", "The bank's data centre meets ISO/IEC 27001:{Y3}.",
        "Products carry the Croatian quality mark (Hrvatska kvaliteta, since {Y}).",
        "The Serbian standard (SRPS ISO 9001:2015) is required in public tenders.",
    ],
    "airport-and-flight": [
        "Air Serbia flies direct to Chicago (JU 580, BEG–ORD) three times a week.",
        "Croatia Airlines links Zagreb and Munich (OU 350, ZAG–MUC).",
        "Flights from Toronto (YYZ) to Belgrade (BEG) run in summer.",
        "Belgrade Nikola Tesla Airport (BEG) handled {q} million passengers in {Y3}.",
    ],
    "address": [
        "The flagship store is on Knez Mihailova 5 (11000 Beograd).", "The Zagreb office (Ilica 1a, 10000 Zagreb) hosts the creative team.",
        "Customers can call the contact centre (+381 11 3{q}0 {n}{q}).", "The Sarajevo store (Ferhadija 12, 71000 Sarajevo) opened in {Y3}.",
    ],
    "domain-and-handle": [
        "Orders are placed on the web shop (www.{shop}.rs) or by phone.", "The brand replies to complaints on Instagram (@{shop}.online).",
        "The campaign hashtag (#Naše{Y3}) trended for two days.", "The Croatian site (www.konzum.hr) and app share one login.",
    ],
    "product-year": [
        "Vegeta (launched in 1959) is still Podravka's best-known brand.", "Cedevita (since 1969) was relaunched in new flavours.",
        "Plazma biscuits (Bambi, 1967) are a symbol of childhood for many Serbs.", "Cockta (1953) was Yugoslavia's answer to Coca-Cola.",
        "Smoki (launched 1972) is sold in the diaspora shops of {dcity}.", "Argeta pâté (1983) is made in Slovenia.",
    ],
    "car-and-model": [
        "The Zastava 750 (Fićo, 1955–1985) is used in nostalgic adverts.", "The Yugo 45 (1980) still appears in tourist posters.",
        "Rimac's Nevera (2021) has given Croatia a high-tech image.", "The Fiat 500L (made in Kragujevac since 2012) was exported widely.",
    ],
    "athlete": [
        "Novak Đoković (Wimbledon champion {Y}) is the best-known Serbian ambassador.",
        "Luka Modrić (Ballon d'Or 2018) appeared in the bank's campaign.",
        "Nikola Jokić (NBA MVP 2021, 2022 and 2024) endorses a local brand.",
        "Janja Garnbret (Olympic gold, Tokyo 2020) is Slovenia's favourite athlete.",
        "Edin Džeko (born 1986) remains a hero in Sarajevo.",
    ],
    "singer-and-song": [
        "Marija Šerifović's ‘Molitva’ (Eurovision 2007) is still used at brand events.",
        "Baby Lasagna's ‘Rim Tim Tagi Dim’ (2024) went viral on TikTok.",
        "Đorđe Balašević (1953–2021) is quoted on many Novi Sad murals.",
        "Oliver Dragojević (1947–2018) is associated with Split and the sea.",
    ],
    "founder-and-historic": [
        "Nikola Tesla (1856–1943) gives his name to the Belgrade airport and a bank card.",
        "Podravka was founded by the Wolf brothers in Koprivnica (1934).",
        "Kraš is named after Josip Kraš (1900–1941).", "Zlatorog takes its name from a Slovenian legend (the golden-horned chamois).",
        "Apatin brewery (founded 1756) makes Jelen pivo.",
    ],
    "yugoslav-period": [
        "Many brands date from socialist Yugoslavia (SFRY, 1945–1992).", "Sanctions in the 1990s (1992–1995) cut Serbia off from Western brands.",
        "Hyperinflation peaked in January 1994 (313 million per cent a month).", "The Swiss franc loans crisis (2011–2015) damaged trust in banks.",
    ],
    "tv-show": [
        "The brand sponsored Zvezde Granda ({Y3} season) on Prva.", "Survivor Srbija ({Y}) drew a young audience.",
        "The quiz Slagalica (RTS, since 1993) is watched by older viewers.", "Večernja škola (HRT) ran product placements in {Y3}.",
    ],
    "award": [
        "The campaign won a Gold Effie (Effie Serbia {Y3}).", "{food} was named a Superbrand (Superbrands Adria {Y3}).",
        "The agency picked up two Golden Drums (Portorož, {Y3}).", "The spot won at the Weekend Media Festival (Rovinj, {Y3}).",
        "Air Serbia won a Skytrax award ({Y3}).",
    ],
    "tariff-and-product": [
        "Yettel's ‘Lako’ tariff (RSD {rsd}/month) targets students.", "The mts Super paket (TV, internet and phone) was relaunched.",
        "A1's ‘Neo’ plan (€{eur} a month) includes unlimited data.", "The bank's card (Visa Infinite, launched {Y3}) targets high earners.",
    ],
    "vat-and-tax": [
        "Serbian prices include VAT (PDV 20%).", "Croatia cut VAT on some foods (PDV 5%) in {Y3}.",
        "The reduced rate (10%) applies to bread and milk in Serbia.", "Slovenian DDV (22%) is included in shelf prices.",
    ],
    "census-figure": [
        "Serbia's population fell to 6.6 million (Popis {Y3}).", "Almost a third of Croatians live in the Zagreb area (2021 census).",
        "The diaspora is estimated at {q} million people (various estimates, {Y}–{Y2}).", "North Macedonia counted 1.84 million residents (2021).",
    ],
    "survey-sample": [
        "Most respondents preferred Viber to email (n = {n}).", "The online survey (n = {n}, {city}, {mo} {Y3}) was shared on Facebook.",
        "Half of those asked had shopped across the border (own survey, {Y3}).", "Focus groups were held in {city} and {dcity} (two groups of eight).",
    ],
    "interviewee": [
        "The brand manager at {food} (interviewed in {city}, {mo} {Y3}) confirmed this.",
        "A marketing director in {city} (interview, 12.3.{Y3}.) described the budget as flat.",
        "One respondent (female, 34, {dcity}) said she buys Vegeta every week.",
        "Respondent 7 (male, 52, Banja Luka) prefers cash.",
    ],
    "academic-title": [
        "The framework was presented by prof. dr. Dragan Marković at the faculty in {Y3}.",
        "The course is taught by doc. dr. sc. Ivana Babić (Sveučilište u Zagrebu).",
        "Mr. sc. Tomislav Horvat (dipl. oec.) supervised the project.",
        "The guest lecture (prof. Jelena Petrović, {mo} {Y3}) covered CRM.",
    ],
    "university-course": [
        "The module (Marketing Management, year {q}) is taught in English at the Faculty of Economics.",
        "The author studied at the Faculty of Economics in Belgrade (class of {Y}).",
        "This report is submitted for the CIM Level 6 Diploma ({mo} {Y3} sitting).",
        "Entry to the MBA (Cotrugli, Zagreb) requires three years' experience.",
    ],
    "cyrillic-latin": [
        "Packs carry both scripts (Јелен / Jelen).", "Older customers prefer the Cyrillic logo (мтс rather than mts).",
        "The name is written Ђорђевић in Cyrillic and Đorđević in Latin.", "Shop signs in Niš use Cyrillic (Маxi) more than those in Novi Sad.",
    ],
    "diaspora-spelling": [
        "The family name is spelled Djordjević on Austrian documents.", "In Chicago the name became Jovanovich (originally Jovanović).",
        "Customers in {dcity} search for ‘cevapi’ rather than ‘ćevapi’.", "German forms drop the accents (Đurić becomes Duric or Djuric).",
    ],
    "place-with-year": [
        "Novi Sad was a European Capital of Culture (2022).", "Rijeka held the title in 2020.",
        "Sarajevo hosted the Winter Olympics (1984).", "Belgrade will host EXPO 2027.",
        "Ljubljana was European Green Capital (2016).",
    ],
    "entity-and-region": [
        "Banja Luka is the largest city of Republika Srpska (RS), one of the two entities.",
        "Mostar is in the Federation of Bosnia and Herzegovina (FBiH).", "Vojvodina (AP Vojvodina) has its own tourism body.",
        "Brčko District (since 2000) has its own rules on trading hours.",
    ],
    "market-share": [
        "{shop} leads grocery retail in its home market ({pc}% share, {Y3}).", "{tel} has the most mobile users ({pc}% of SIM cards).",
        "Online sales are still small ({pc}% of retail in {Y3}).", "Viber is used by almost everyone with a smartphone ({pc}%).",
    ],
    "campaign-name": [
        "The ‘Naše je najbolje’ campaign ({Y3}) stressed local origin.", "Jelen's ‘Pravo muško pivo’ line (2009) is still remembered.",
        "The ‘Dobrodošli kući’ campaign (summer {Y3}) targeted the diaspora.", "Kraš's ‘Bajadera’ Christmas spot ({Y3}) used a family dinner.",
    ],
    "cross-reference": [
        "This is discussed further in Task 2 (b).", "The channel plan (see Appendix {q}) shows weekly activity.",
        "The persona (Prilog 1 [Appendix 1], Figure {q}) is based on interviews.", "Refer to Table {q} (page {n}) for the full costs.",
    ],
    "figures": [
        "Open rates were above average (see Figure {q}).", "Costs are set out in the budget (Appendix {q}).",
        "Conversion is lower on mobile (1.{q}% vs 2.{q}%).", "The target segment is young adults (aged 18–24).",
        "Revenue rose to €{n}m ({q}.{q}% up on {Y}).",
    ],
    "abbreviation": [
        "The Serbian Business Registers Agency (APR) holds company accounts.", "Small and medium-sized enterprises (MSP) dominate the market.",
        "The Chamber of Commerce (PKS) runs export fairs.", "The Croatian Chamber of Economy (HGK) supports exporters.",
        "Key performance indicators (KPI) include cost per lead (CPL).",
    ],
    "brand-with-bracket": [
        "The retailer (Maxi, owned by Delhaize since 2011) has a strong private label.",
        "Mercator (taken over by Fortenova in 2019) still uses its own loyalty card.",
        "Yettel (called Telenor until 2022) rebranded in all its markets.",
        "The bank (NLB Komercijalna banka, merged in 2023) kept both logos for a time.",
    ],
}  # fmt: skip
