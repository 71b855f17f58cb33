"""The blind237 pool's prose: how marketers in Albania, Kosovo, North Macedonia and Montenegro and their diaspora write
CIM Level 6 and 7 reports and MBA assignments in English.

They work at banks and fintechs, telecoms, food and drink makers, tourism boards, airlines, hotels, retailers and NGOs
in Tirana, Durrës, Vlorë, Shkodër, Korçë, Prishtina, Prizren, Skopje, Ohrid, Bitola, Tetovo, Podgorica, Budva and
Kotor, or in London, Zürich, Milan, Athens, New York and Detroit. Their English is careful and a little formal; they
cite at the start and the end of sentences, after "according to" and "as stated by", and they write prices in lek,
euro and denars, tourist arrivals, national days, EU accession steps, the 1997 pyramid schemes, the Prespa Agreement,
the 2019 earthquake, resorts and festivals, remittances, routes, phone and tax numbers, listings, awards, titles,
financial years and quarters in brackets, none of them citations. Written without reading the checker, its tests or
any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{O}``, ``{B}`` mean what they mean in text.py; the pool's own
fill values are described in ``values``.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Raiffeisen Bank Albania", "BKT", "Credins Bank", "ProCredit Bank Kosovo", "Komercijalna Banka Skopje",
          "NLB Banka", "CKB", "One Albania", "Vodafone Albania", "IPKO", "Vala", "Makedonski Telekom", "A1 Macedonia",
          "Crnogorski Telekom", "Birra Korça", "Birra Tirana", "Skënderbeu", "Tikveš", "Plantaže", "Frutomania",
          "Peja", "Spar Albania", "Conad Albania", "Ramstore", "Tinex", "Voli", "Air Albania", "Visit Montenegro",
          "Albania Holidays", "Hotel Splendid", "Rozafa Resort", "ProCredit", "Rrota e Mirë", "Kurum", "Albtelecom"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own fill values: {lek} a price in lek, {eur} one in euro, {mkd} one in denars, {city} a city of the
    region, {dia} a diaspora city, {resort} a resort or beach, {pc} a percentage's number, {Y3} a recent year,
    {mo} a month, {tel} a phone number with its country code, {nipt} an Albanian tax number, {m} millions."""
    return {
        "lek": f"{rng.randint(1, 9)},{rng.choice(['000', '200', '500', '800'])}", "eur": f"{rng.randint(1, 40)}.{rng.choice(['00', '50', '90'])}",
        "mkd": f"{rng.randint(1, 6)},{rng.choice(['000', '500', '490'])}",
        "city": rng.choice(["Tirana", "Durrës", "Vlorë", "Shkodër", "Korçë", "Prishtina", "Prizren", "Skopje", "Ohrid",
                            "Bitola", "Tetovo", "Podgorica", "Budva", "Kotor"]),
        "dia": rng.choice(["London", "Zürich", "Milan", "Athens", "New York", "Detroit"]),
        "resort": rng.choice(["Ksamil", "Dhërmi", "Himara", "Sveti Stefan", "Velipojë", "Ulcinj", "Saranda", "Struga"]),
        "pc": str(rng.randint(4, 78)), "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "March", "April", "June", "July", "August", "September", "November"]),
        "tel": rng.choice([f"+355 69 {rng.randint(200, 999)} {rng.randint(1000, 9999)}", f"+383 44 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                           f"+389 70 {rng.randint(100, 999)} {rng.randint(100, 999)}", f"+382 67 {rng.randint(100, 999)} {rng.randint(100, 999)}"]),
        "nipt": f"{rng.choice('JKLM')}{rng.randint(10000000, 99999999)}{rng.choice('ABCDEFGHNO')}",
        "m": f"{rng.randint(1, 11)}.{rng.randint(0, 9)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}, especially in the Albanian market.", "{N} concluded that {C}.",
    "{N} stated that {C}, which is very relevant for {B}.", "{N} emphasise that {C}.",
    "{N} have shown that {C} in transition economies such as Kosovo and North Macedonia.",
    "{N} explains that {C}; this is also the case for {B} in {city}.", "{N} suggested that {C}.",
    "{N} underline that {C}, although their sample was only from {city}.", "{N} points out that {C}.",
    "{N} observed that {C} among the diaspora in {dia}.", "{N} confirm that {C}.",
    "{N} identified that {C}, mainly for {A}.", "{N} is of the opinion that {C}.",
    "{N} investigated {T} in the Western Balkans and found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As stated by {N}, {C}.", "{O}, {N} found that {C}.",
    "This is in line with {N}, who argue that {C}.", "{C}, as {N} noted.",
    "In the case of {B}, the findings of {N} show that {C}.", "Based on the study of {N}, {C}.",
    "{C}, which was also confirmed by {N}.", "A survey in {city} by {N} showed that {C}.",
    "Similar to what {N} found in Montenegro, {C}.", "{O}, research from {N} indicates that {C}.",
    "{C} – a conclusion also reached by {N} for {A}.", "For the Albanian market, {N} explain that {C}.",
    "In contrast, {N} claim that {C}.", "As {N} have pointed out, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Kosovan consumers shows that {C}.", "Using {N} model, {B} can see that {C}.",
    "{O}, {N} research suggests that {C}.", "{N} findings are important for {B} because {C}.",
    "According to {N} report, {C}.", "{N} framework helps to explain why {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies in the region show that {C} {P}.", "In {city}, {C} {P}.",
    "For {B}, this is important because {C} {P}.", "It is generally accepted that {C} {P}.",
    "{C}, mostly among {A} {P}.", "{B} is a good example of this, as {C} {P}.",
    "This is confirmed by recent data: {C} {P}.", "{C} {P:see}.", "Several authors agree that {C} {P:e.g.}.",
    "In the Western Balkans, {C} {P}.", "{C}, in particular after the pandemic {P}.",
    "In other words, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.",
    "While {C} {P}, it is also clear that {C2}.", "{O}, {C} {P}, so {C2}.",
    "{C} {P:see}, whereas {C2}.", "Since {C} {P}, {B} should make sure that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Albania trust recommendations from family more than advertising",
    "remittances from the diaspora support consumer spending on {B}'s products",
    "mobile banking has grown fast since the pandemic in Kosovo and North Macedonia",
    "{T} increases {R} for banks in the Western Balkans",
    "customers in the region are very price-sensitive because incomes are still low",
    "country-of-origin effects are strong for food and drink brands such as {B}",
    "the diaspora returns every summer and changes the retail market in {city}",
    "tourism brands depend too much on the summer season",
    "{B} can use {T} to reach {A} at a lower cost",
    "trust in banks is lower than in the EU, which makes brand reputation very important",
    "young consumers in Tirana and Prishtina use Instagram and TikTok more than television",
    "local brands compete with imports mainly on freshness and heritage",
    "customer satisfaction in telecoms depends on network quality more than on price",
    "cash is still used for most small payments in the region",
    "domestic tourists and the diaspora behave differently from foreign visitors",
    "loyalty programmes work better when they are linked to the mobile app",
    "{A} expect the same service online as in the branch",
    "e-commerce is growing but delivery and returns are still a barrier",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "Moreover", "However", "On the other hand", "For example", "In Albania",
    "In Kosovo", "In North Macedonia", "In Montenegro", "For {B}", "Therefore", "In this context", "Nowadays",
    "After the pandemic", "As a result", "In the case of {B}",
]  # fmt: skip
PLAIN = [
    "{B} was founded in {city} and now has branches in the whole region.",
    "This report analyses the marketing environment of {B} and gives recommendations.",
    "The table below presents the main competitors of {B} in {city}.",
    "{B} has around {n}k followers on Instagram, but engagement is low.", "{O}, {C}.",
    "The plan will be implemented in three phases over twelve months.",
    "A PESTEL analysis of the Albanian market is included in the appendix.",
    "The target market is young professionals in Tirana, Prishtina and Skopje.",
    "Most customers of {B} still visit the branch at least once a month.",
    "The budget for the campaign is shown in the next section.",
    "Task 2 continues with the digital marketing plan for {B}.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "price-lek": ["A bottle of beer costs around ALL {lek} in a bar in {city}.", "The monthly package is priced at {n}0 lekë (VAT included).",
                  "Entry to the museum is 700 lekë for adults (2024 prices)."],
    "price-euro": ["A sunbed in {resort} costs €{eur} per day (season {Y3}).", "The average coffee in Prishtina costs €1.20 (2024).",
                   "{B} sells its premium pack at €{eur} in Podgorica."],
    "price-denar": ["The starter tariff is MKD {mkd} per month (with VAT).", "A bottle of Vranec costs around 450 denars in Skopje supermarkets (2024)."],
    "exchange-rate": ["At the time of writing, €1 was worth about ALL 100 (March 2025).", "The rate used in the budget is €1 = MKD 61.5 (1 June {Y3}).",
                      "The lek strengthened against the euro (from 123 in 2019 to 100 in 2024)."],
    "tourist-arrivals": ["Albania received 10.1 million visitors in 2023.", "Foreign arrivals in Montenegro peaked in summer 2024 (July–August).",
                         "Ohrid had about {n},000 overnight stays (2023 season)."],
    "independence-day": ["Albania celebrates Independence Day on 28 November (1912).", "Kosovo declared independence on 17 February 2008.",
                         "North Macedonia marks 8 September 1991 as Independence Day.", "Montenegro voted for independence on 21 May 2006."],
    "eu-accession": ["Albania has been an EU candidate since 2014 and opened talks in July 2022.",
                     "North Macedonia (candidate since 2005) opened accession talks in July 2022.", "Montenegro opened negotiations in June 2012."],
    "pyramid-schemes": ["Trust in financial institutions fell after the pyramid schemes collapsed (1997).",
                        "Many older customers still remember the 1997 crisis when they choose a bank."],
    "prespa-agreement": ["The country changed its name after the Prespa Agreement (2018).", "Since the Prespa Agreement (signed June 2018), exporters use the name North Macedonia."],
    "earthquake": ["After the Durrës earthquake (26 November 2019), {B} ran a donation campaign.", "The 2019 earthquake damaged many hotels in Durrës."],
    "resort-season": ["Bookings in {resort} were fully sold out (season {Y3}).", "Beaches such as Ksamil and Dhërmi are busiest in August (peak season 2024).",
                      "Sveti Stefan reopened for the season (May {Y3})."],
    "festival-date": ["{B} sponsored Dita e Verës (14 March) with a special pack.", "The Sunny Hill Festival (2019) brought Dua Lipa to Prishtina.",
                      "The Ohrid Summer Festival (July–August) attracts many diaspora visitors."],
    "remittances": ["Remittances from the diaspora reached €1.2 billion in 2023.", "Kosovo received about €{m} billion in remittances ({Y3}), mainly from Germany and Switzerland."],
    "flight-route": ["Wizz Air's Tirana base (2023) made flights to {dia} much cheaper.", "Air Albania launched the Tirana–London route in {Y3}.",
                     "The new Skopje–{dia} route (from {mo} {Y3}) is served twice a week."],
    "phone-number": ["Customers can call the hotline ({tel}) 24 hours a day.", "Reservations are made by phone or WhatsApp ({tel})."],
    "tax-number": ["The company is registered in Tirana (NIPT {nipt}).", "Invoices must show the seller's tax number (NIPT {nipt})."],
    "stock-listing": ["Komercijalna Banka is listed on the Macedonian Stock Exchange (MSE: KMB).", "Its shares are traded on the Montenegro Stock Exchange (ticker: CKBP)."],
    "award": ["{B} won the Albanian Business Awards 2023 in the retail category.", "The campaign was shortlisted for the Kosovo Brand Awards 2022.",
              "{B} was named Best Bank in Albania at the 2024 banking awards in Tirana."],
    "title-honorific": ["The interview was with Znj. Ardiana Kelmendi (Marketing Director).", "Prof. Dr. Agim Qerimi (Rector) opened the event.",
                        "Z. Genc Lika, CEO of the company, presented the new strategy (June {Y3})."],
    "financial-year": ["Net profit increased by {pc}% (FY2023).", "The marketing budget for FY{Y3} was ALL {n} million."],
    "quarter": ["Mobile data traffic grew strongly in Q3 2023.", "{B} launched the new app in Q{q} {Y3}."],
    "census": ["The population of Albania was 2.4 million (Census 2023).", "Kosovo held its first census after independence in 2011 (1.7 million)."],
    "founding-year": ["Birra Korça (est. 1928) is the oldest brewery in Albania.", "Tikveš (founded 1885) is the largest winery in the region.",
                      "{B} (established in {Y}) has {n} points of sale."],
    "survey-sample": ["The questionnaire was answered by {n} customers in {city} (n = {n}).", "Most respondents were aged 18–35 ({pc}%)."],
    "communist-era": ["Private advertising did not exist under communism (1944–1991).", "Under the one-party state (until 1990), brands were not allowed."],
    "nato-membership": ["Albania joined NATO in 2009, Montenegro in 2017 and North Macedonia in 2020.", "Montenegro became the 29th NATO member (5 June 2017)."],
    "euro-use": ["Kosovo and Montenegro have used the euro since 2002 without being in the eurozone.", "Prices in Kosovo are in euro (since January 2002)."],
    "visa-liberalisation": ["Kosovars can travel to Schengen without a visa (from 1 January 2024).", "Visa-free travel for Albanians started in December 2010."],
    "minimum-wage": ["The minimum wage in Albania rose to ALL 40,000 (April 2023).", "North Macedonia's minimum wage is about MKD 22,500 per month (2024)."],
    "policy-rate": ["The policy rate in Albania was raised to 3.25% (March 2023).", "Loan rates in Kosovo went above 6% in 2023."],
    "inflation": ["Inflation in North Macedonia reached 14.2% (2022).", "Food prices in Albania rose by about {pc}% (2022–2023)."],
    "football": ["Albania's qualification for Euro 2024 increased sales of the national team shirt.", "{B} sponsors KF Tirana (founded 1920)."],
    "unesco-site": ["Butrint (UNESCO, 1992) is the most visited archaeological site.", "Berat and Gjirokastër (UNESCO, 2005 and 2008) attract cultural tourists.",
                    "Kotor (UNESCO World Heritage since 1979) receives many cruise ships."],
    "tariff-plan": ["One Albania's ‘Smart {n}’ plan includes unlimited social media.", "The ‘Vala Max 20’ package (€{eur}/month) targets young users."],
    "street-address": ["The flagship store is on Rruga e Kavajës 27, Tirana 1001.", "The head office is at Bulevardi Nënë Tereza, 10000 Prishtina."],
    "web-email": ["Orders can be made online (www.example.al) or by email (info@example.al).", "The booking site (www.visit-montenegro.me) is in four languages."],
    "hashtag-handle": ["The campaign used the hashtag #VisitAlbania ({n}k posts).", "{B} answers complaints on Instagram (@shop.official.al) within a day."],
    "election": ["The campaign was paused during the parliamentary elections (25 April 2021).", "Advertising prices rise before local elections (May {Y3})."],
    "wine-vintage": ["The Vranec Special Selection (2019 vintage) won a gold medal.", "Plantaže's Kratošija (2021) is exported to China."],
    "academic-year": ["The survey was done with students in the 2023/24 academic year.", "The MBA cohort (2022–2024) had {n} students."],
    "roaming": ["Roaming charges in the Western Balkans were removed (1 July 2021).", "EU–Western Balkans roaming prices fell again in October 2023."],
    "open-balkan": ["The Open Balkan initiative (2019) aims to remove border controls.", "The Berlin Process (since 2014) supports the common regional market."],
    "public-holiday": ["Sales peak before Bajram (10 April 2024) and New Year.", "Shops close on Nevruz Day (22 March) in Albania."],
    "distance-time": ["Durrës is only 35 km from Tirana (about 40 minutes by car).", "Budva is two hours from Podgorica (90 km)."],
    "growth-rate": ["Online sales increased by {pc}% year on year ({Y3} vs {Y}).", "Card payments grew (+{pc}% y/y) in {Y3}."],
    "app-version": ["The new version of the app (v{q}.{q}, {mo} {Y3}) added Apple Pay.", "Raiffeisen ON (launched 2020) has more than {n},000 users."],
    "figure-appendix": ["The customer journey is shown in the appendix (Figure {q}).", "The full results are in Table {q} (Appendix B)."],
    "frequency-auction": ["The 5G licences were auctioned in Albania (2024).", "Makedonski Telekom launched 5G in Skopje (December 2021)."],
}  # fmt: skip
SCARE_QUOTES = ["‘kurbet’", "‘mërgata’", "‘the diaspora summer’", "‘Made in Albania’", "“buy local”", "'Open Balkan'",
                "‘brain drain’", "‘digital nomads’", "‘greenwashing’", "“all-inclusive”", "‘cash economy’"]  # fmt: skip
SCARE_FRAMES = [
    "Many young people still dream of {Q} {P}.", "{B} uses the idea of {Q} in its summer campaign {P}.",
    "The so-called {Q} has a strong effect on retail in {city} {P}.", "This is often called {Q} in the local media {P}.",
    "Campaigns about {Q} appeal mainly to {A} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Mirë se vini në shtëpi – 20% off for the diaspora’", "‘Your summer in {resort} starts here’",
                 "“Open your account in 5 minutes”", "‘Last days: free roaming in the Balkans’",
                 "'Double points this weekend'", "‘Welcome home, {dia}!’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can increase open rates {P}.", "{B} sent {Q} to customers abroad {P}.",
    "Short messages like {Q} create urgency {P}.", "The email {Q} performed better than the standard newsletter {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author explains, {Q} {P}.", "This is clearly stated: {Q} {P}.",
    "{N} writes that {Q}.", "For {B}, the key point is that {Q} {P}.", "It is argued that {Q} {P}.",
]  # fmt: skip
