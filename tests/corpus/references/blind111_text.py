"""The hundred-and-eleventh independent pool, "blind111" (HELD OUT: never tune on it; report its tables, never its
misses): the prose of CIM Level 6 and 7 reports and MBA assignments written in English by marketers in Georgia and
Armenia and in their diaspora (Tbilisi, Batumi, Kutaisi, Yerevan, Gyumri; Moscow, Los Angeles, Paris) at banks,
telecoms, wineries and brandy houses, mineral-water and FMCG makers, retailers, hotels, airlines and agencies.

Written without reading the checker (marker/checks), its tests or any other pool. Frames cite at the start, middle
and end of sentences; claims and plain sentences speak of lari and dram, the National Bank of Georgia and the
Central Bank of Armenia, Rtveli, Tbilisoba, Vardavar and the two Easters, remittances and relocants. The decoys are
what these reports hold that looks like a citation and is not: laws with their numbers and dates, NBG and CBA orders,
lari and dram figures with years, exchange rates, festivals and calendar dates, vintages and brandy ages, appellation
numbers, founders and presidents with their years, tax and company codes, tickers, flight and airport codes,
tariff plans, addresses, awards, events, places renamed, Georgian and Armenian words with English in square brackets.
Placeholders are the builder's ({N}, {P}, {C}, {B}, {A}, {O}, {Q}, {Y}, {n}, {q}, {d}...) and those values() adds.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Bank of Georgia", "TBC Bank", "Liberty Bank", "Magti", "Silknet", "Cellfie", "Borjomi", "Nabeghlavi",
          "Likani", "Sairme", "Wissol", "Gulf Georgia", "Carrefour Georgia", "Nikora", "Goodwill", "Spar Georgia",
          "Georgian Airways", "Stamba Hotel", "Fabrika", "Teliani Valley", "Tbilvino", "Khareba", "Kindzmarauli Marani",
          "Sarajishvili", "Natakhtari", "Zedazeni", "Ameriabank", "Ardshinbank", "ACBA Bank", "Inecobank", "Evocabank",
          "Team Telecom Armenia", "Viva", "Ucom", "Ararat", "Noy", "Jermuk", "Bjni", "Tashir Pizza", "SAS Supermarket",
          "Yerevan City", "Karas Wines", "Grand Candy", "Kilikia", "Tufenkian Heritage Hotels", "Fly Arna", "Picsart",
          "Zankou Chicken", "Dalma Garden Mall", "Tegeta Motors", "Lilo Mall", "Smart Supermarkets"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    return {
        "pc": str(rng.randint(3, 78)), "Y3": str(rng.randint(2016, 2025)),
        "mo": rng.choice(["January", "March", "April", "May", "June", "September", "October", "November", "December"]),
        "gel": f"{rng.randint(2, 900)}", "amd": f"{rng.randint(1, 950)},{rng.randint(100, 999)}",
        "rate": f"2.{rng.randint(55, 95)}", "drate": f"{rng.randint(380, 520)}",
        "city": rng.choice(["Tbilisi", "Batumi", "Kutaisi", "Yerevan", "Gyumri", "Telavi", "Sighnaghi", "Dilijan",
                            "Vanadzor", "Zugdidi", "Rustavi", "Glendale", "Moscow", "Paris", "Marseille"]),
        "region": rng.choice(["Kakheti", "Imereti", "Racha", "Adjara", "Samegrelo", "Kartli", "Vayots Dzor",
                              "Ararat Valley", "Tavush", "Syunik", "Shirak", "Aragatsotn"]),
        "grape": rng.choice(["Saperavi", "Rkatsiteli", "Mtsvane", "Kisi", "Areni", "Voskehat", "Khikhvi", "Chinuri"]),
        "bank": rng.choice(["Bank of Georgia", "TBC Bank", "Ameriabank", "Ardshinbank", "Liberty Bank", "Inecobank"]),
        "telco": rng.choice(["Magti", "Silknet", "Cellfie", "Ucom", "Viva", "Team"]),
        "uni": rng.choice(["TSU", "ISET", "AUA", "YSU", "Caucasus University", "Free University", "ASUE"]),
        "code": str(rng.randint(200000000, 499999999)), "tin": f"0{rng.randint(1000000, 9999999)}",
        "flight": f"{rng.choice(['A9', 'J2', 'W6', 'FZ', 'SU', '5F'])} {rng.randint(100, 899)}",
        "ho": f"HO-{rng.randint(12, 399)}-N", "law": f"{rng.randint(1000, 6999)}-{rng.choice(['Is', 'IIs', 'IVms-Xmp', 'XIms-Xmp', 'Vs'])}",
        "order": f"{rng.randint(10, 299)}/04", "age": rng.choice(["3", "5", "7", "10", "15", "20", "25"]),
        "winery": rng.choice(["Teliani Valley", "Tbilvino", "Khareba", "Kindzmarauli Marani", "Schuchmann", "Karas",
                              "Armenia Wine", "Trinity Canyon", "Zorah", "Pheasant's Tears"]),
        "pdo": str(rng.randint(1, 29)), "fest": rng.choice(["Rtveli", "Tbilisoba", "Vardavar", "Batumoba", "Art Gene",
                                                           "the Areni Wine Festival", "Yerevan Wine Days", "New Wine Festival"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, especially in {city}.", "{N} concluded that {C}.",
    "{N} emphasise that {C}, which is very relevant for {B}.", "{N} states that {C}.",
    "{N} has shown that {C} in the Georgian market.", "{N} notes that {C}; {B} is a good example.",
    "{N} investigated {pc} firms in {city} and found that {C}.", "{N} suggests that {C}.",
    "{N} describes how {C} after the lari depreciated.", "{N} pointed out that {C}, even for {A}.",
    "{N} underlined that {C} in the post-Soviet context.", "{N} observed that {C} during {fest}.",
    "{N} claims that {C}, although the sample was only {n} respondents.",
    "{N} insist that {C} and that {C2}.", "{N} (in Russian) already argued that {C}.",
    "{N} were the first to show that {C} in Armenia.", "{N} explains that {C} — this is exactly {B}’s situation.",
    "{N} analysed banks in Yerevan and concluded that {C}.", "{N} wrote that {C}, and the diaspora confirms it.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} mentioned, {C}.", "{O}, {N} argued that {C}.", "According to {N}, {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, as {N} have shown.", "{C} – this was confirmed by {N}.",
    "In the study of {N}, {C}.", "For {B}, the conclusion of {N} is important: {C}.",
    "Similarly to {N}, this report finds that {C}.", "{C}, which supports the opinion of {N}.",
    "Research made by {N} in {city} shows that {C}.", "Based on {N}, it can be said that {C}.",
    "{O}, and in line with {N}, {C}.", "The survey of {N} among {A} showed that {C}.",
    "{C}; however, {N} found the opposite in {region}.", "Unlike {B}, the wineries studied by {N} found that {C}.",
    "It is worth to mention that, according to {N}, {C}.", "As it was shown by {N}, {C}.",
    "{B} seems to follow {N}, who advise that {C}.", "In Armenia, as {N} note, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "{O}, {N} model explains why {C}.", "Using {N} framework, {C}.",
    "{N} research in {city} confirms that {C}.", "According to {N} report, {C}.",
    "{N} findings are relevant for {B}, because {C}.", "{N} survey of {n} customers showed that {C}.",
    "This reflects {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is known that {C} {P}.", "{B} is not an exception, since {C} {P}.",
    "For {A} in {city}, {C} {P}.", "This is important because {C} {P}.", "{C}, especially after {Y3} {P}.",
    "Recent data from {city} confirm that {C} {P}.", "{C} (for example, {B}) {P}.",
    "As a result, {C} {P:see}.", "Many authors agree that {C} {P:e.g.}.", "{C} {P:see also}.",
    "In the South Caucasus, {C} {P}.", "The main reasons are price, trust and the fact that {C} {P}.",
    "{C}. {P}", "In short: {C} {P}.", "{B} invests in loyalty because {C} {P}.",
    "Georgian consumers are price-sensitive, and {C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; at the same time, {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Some researchers {P} argue that {C}.", "{C} {P}: this means that {C2}.",
    "Because {C} {P}, {B} must ensure that {C2}.", "{O}, {C} {P}, therefore {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Georgia trust bank brands more than telecom brands", "{T} increases {R} among {A}",
    "Georgian wine is still bought mainly for its country of origin", "{A} in Yerevan respond better to Instagram than to TV",
    "remittances from Russia and the US support consumer spending", "the lari exchange rate shapes import prices",
    "Rtveli tourism brings visitors to small family wineries", "{B} depends on {T} more than its competitors",
    "cashback cards are the main loyalty tool of Georgian banks", "the Armenian diaspora is a ready market for Armenian brandy",
    "{A} switch mobile operators when tariffs rise", "mineral water exports depend on the Russian market",
    "{T} works best when it is linked to a national holiday", "hotel reviews on Booking.com drive {R}",
    "price promotions before Easter raise basket size", "relocants from Russia changed demand in Tbilisi",
    "family and friends remain the most trusted source of information", "{A} expect Georgian-language content",
    "brands like {B} need to {bs}", "digital banking apps have replaced branch visits for {A}",
    "the supra is central to how Georgians consume wine", "consumers in Gyumri are more price-sensitive than in Yerevan",
]  # fmt: skip
OPENERS = [
    "Moreover", "Furthermore", "In addition", "However", "On the other hand", "In Georgia", "In Armenia",
    "For {B}", "In the case of {B}", "Since the pandemic", "After {Y3}", "In the Georgian banking sector",
    "Besides", "Nevertheless", "As a result", "Among the diaspora in {city}", "From the customer side",
    "In the post-Soviet context", "Therefore",
]  # fmt: skip
PLAIN = [
    "{B} was founded in {city} and now exports to {q}0 countries.",
    "This report analyses the marketing environment of {B} and gives recommendations.",
    "The PESTLE analysis of Georgia is given in Appendix 1.",
    "{B} has {n}k followers on Facebook, which is still the main social network in Georgia.",
    "The marketing budget is planned in lari and converted into pounds for comparison.",
    "{O}, {C}.", "The main competitors of {B} are local banks and two international chains.",
    "Customers can pay by card, through the app or at a TBC Pay or Bank of Georgia express terminal.",
    "The Ansoff matrix for {B} is shown in Figure {q}.",
    "{B} uses Facebook, Instagram and TikTok, with most of its budget going to Facebook.",
    "Interviews were held in Georgian and Armenian and translated by the author.",
    "Task 2 develops the communication plan for the next twelve months.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author wrote, {Q} {P}.", "{N} put it clearly: {Q}.", "This is well summarised: {Q} {P}.",
    "{B} seems to accept that {Q} {P}.", "The point is made directly that {Q} {P}, and {B} should note it.",
    "According to {N}, {Q}.", "One Armenian study concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["“supra culture”", "‘natural wine’", "„qvevri style“", "«diaspora tourism»", "‘relocants’",
                "“cashback economy”", "'made in Georgia'", "‘premium’", "«Armenian cognac»", "“Tbilisi vibe”",
                "'digital nomad'", "„Georgian hospitality“", "‘brain drain’", "“superapp”"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has built its image on {Q} {P}.", "The so-called {Q} attracts younger tourists {P}.",
    "Many brands use the idea of {Q} without explaining it {P}.", "The term {Q} is used loosely in the sector {P}.",
    "{N} call this {Q}.", "Critics say {Q} is only a marketing label, and {B} is no exception {P}.",
    "This phenomenon, often called {Q}, affects {A} most {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Gilotsavt! 20% cashback this {fest}’", "“Your {bank} card is ready”", "'Shnorhavor Zatik! Free delivery today'",
                 "„Only 48 hours: double points in {city}“", "«Your {telco} bonus GB are waiting»",
                 "‘Happy Tbilisoba – new wines in store’", "“We miss you: 15% off your next order”",
                 "'Vardavar sale – stay cool'", "«Nor tari, nor aradjarkner» [New year, new offers]",
                 "‘Your loan pre-approval: {gel},000 GEL’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS like {Q} lifted responses among {A} {P}.", "{B} sent the message {Q} to inactive customers {P}.",
    "Short messages such as {Q} perform well in Georgia {P}.", "The email {Q} had the highest open rate {P}.",
    "A push notification like {Q} creates urgency {P}.", "{N} tested the subject line {Q} against a plain one.",
]  # fmt: skip

NOT_CITATIONS = {
    "georgian-law-number": [
        "Advertising is regulated by the Law of Georgia on Advertising No. 1228-IIs of 18 February 1998.",
        "Under the Law of Georgia No. {law} ({d} {mo} {Y}), consent to direct marketing must be explicit.",
        "The Law of Georgia on Personal Data Protection (adopted 14 June 2023) entered into force on 1 March 2024.",
    ],
    "armenian-law-number": [
        "In Armenia, the Law on Advertising (HO-51, 30 April 1996) bans comparative claims.",
        "The Law of the RA on Protection of Consumer Rights ({ho}, {Y}) applies to online sales too.",
        "Wine labelling follows the Law on Wine ({ho}) adopted in {Y}.",
    ],
    "central-bank-order": [
        "Banks must show the effective interest rate (NBG Order No. {order}, {Y}).",
        "The CBA regulation (Regulation 8/03, amended {Y}) limits how loans can be advertised.",
        "The NBG decree (No. {order} of {d} {mo} {Y}) introduced new limits on consumer loans.",
    ],
    "government-resolution": [
        "The wine routes were approved by Government Resolution No. {n} ({d} {mo} {Y}).",
        "Tourist VAT refunds started under Decree of the Government of Georgia No. {n} ({Y}).",
    ],
    "lari-figure": [
        "{B} spent GEL {gel} million on marketing ({Y}).", "The average basket in {city} is ₾{gel} ({Y} data).",
        "Net profit reached GEL {gel}m ({Y}: {pc}% up).",
    ],
    "dram-figure": [
        "A bottle of {B} brandy costs AMD {amd} (about £{q}{q}).", "Average monthly wages were {amd} AMD ({Y}).",
        "The campaign budget is ֏{amd} ({mo} {Y3}).",
    ],
    "exchange-rate": [
        "All figures are converted at the NBG rate (USD 1 = GEL {rate}, {d} {mo} {Y3}).",
        "The dram stayed strong (USD 1 = AMD {drate}, {Y3} average).", "Prices are in lari (GEL 1 = £0.29, {Y3}).",
    ],
    "rtveli-calendar": [
        "Rtveli (September–October {Y3}) is the busiest time for {B}.",
        "The grape harvest, Rtveli (რთველი), started early in {region} ({Y3}).",
    ],
    "tbilisoba-date": [
        "Tbilisoba (last weekend of October {Y3}) is the best moment for the launch.",
        "{B} sponsored Tbilisoba ({d}–{d} October {Y3}) in Old Tbilisi.",
    ],
    "vardavar-calendar": [
        "Vardavar (Վարդավառ, 98 days after Easter) is when {B} runs its summer campaign.",
        "The water festival Vardavar ({d} July {Y3}) is popular with young people in Yerevan.",
    ],
    "easter-calendar": [
        "Sales peak before Orthodox Easter ({d} April {Y3}) and Armenian Easter (Zatik).",
        "Armenian Christmas (6 January) and Old New Year (14 January) extend the holiday season.",
        "Georgian Easter (Aghdgoma, {d} April {Y3}) falls later than Western Easter most years.",
    ],
    "national-days": [
        "Independence Day (26 May 1918) is a public holiday in Georgia.",
        "Armenia celebrates Independence Day (21 September 1991) with concerts in Republic Square.",
        "Mariamoba (28 August) and Giorgoba (23 November) are both church holidays.",
    ],
    "vintage": [
        "{winery} won a medal with its {grape} ({Y} vintage).", "The {grape} qvevri wine (vintage {Y3}, 13.5% ABV) sold out.",
    ],
    "brandy-age": [
        "Ararat Nairi (20 years) is the premium line of the Yerevan Brandy Company.",
        "The {age}-year-old brandy (Akhtamar, {Y} blend) is sold mainly in Moscow and Los Angeles.",
    ],
    "appellation": [
        "Kindzmarauli (PDO No. {pdo}) can only come from the Kvareli area.",
        "Mukuzani (appellation since {Y}) is made from {grape}.", "Only wines from Khvanchkara (PDO, 1936) can use the name.",
    ],
    "founded-year": [
        "The Yerevan Brandy Company (founded 1887) was bought by Pernod Ricard in 1998.",
        "{B} (est. {Y}) is now one of the largest employers in {city}.", "The Borjomi springs (bottled since 1890) are a national symbol.",
    ],
    "legal-form": [
        "The brand belongs to IDS Borjomi Georgia (LLC), part of a larger group.",
        "{B} is registered as a closed joint-stock company (CJSC) in Yerevan.",
        "The distributor (Georgian Beer Company JSC) covers {region}.",
    ],
    "historical-person": [
        "Ilia Chavchavadze (1837–1907) is on the 20 lari note.", "The poet Shota Rustaveli (12th century) gave his name to the avenue.",
        "Charles Aznavour (1924–2018) promoted Armenia abroad.", "The painter Niko Pirosmani (1862–1918) appears on many wine labels.",
    ],
    "executive-tenure": [
        "Archil Gachechiladze (CEO 2019–2023) led the bank's digital change.",
        "The founder, Ruben Vardanyan (Troika Dialog, 1991–2012), later invested in Dilijan.",
        "Under its new CMO (appointed {mo} {Y3}), {B} changed its agency.",
    ],
    "company-code": [
        "{B} is registered under identification code {code}.", "The supplier's tax number (TIN {tin}) is printed on the invoice.",
    ],
    "stock-ticker": [
        "Both banks are listed in London (LSE: BGEO; LSE: TBCG).", "Shares of Bank of Georgia Group (BGEO, {Y3}) rose {pc}%.",
    ],
    "airport-flight": [
        "Wizz Air flies from Kutaisi (KUT) to {q}0 European cities.", "The flight {flight} (TBS–EVN) takes only 50 minutes.",
        "Zvartnots (EVN) handled {n},000 passengers in {mo} {Y3}.",
    ],
    "tariff-plan": [
        "The {telco} ‘Unlimited 30’ plan (GEL 30/month) targets students.", "{telco} raised its prepaid price (AMD 2,900 from {mo} {Y3}).",
    ],
    "network-spec": [
        "{telco} launched 5G in {city} (3.5 GHz, {Y3}).", "Coverage is still poor in mountain regions (4G+, {pc}% of territory).",
    ],
    "address": [
        "The flagship store is at 29a Gagarini St., 0160 Tbilisi.", "The office is on Abovyan St. 12, Yerevan 0001 (2nd floor).",
        "The Glendale branch (Brand Blvd, CA 91203) serves the diaspora.",
    ],
    "short-code": [
        "Customers can top up by dialling *{q}{q}{q}# or by calling the hotline (2 444 444).",
        "Send SMS to 95{q}{q} to join the loyalty programme.",
    ],
    "handle-hashtag": [
        "The campaign used #Rtveli{Y3} and the account @{telco}georgia.", "Most complaints come through Facebook Messenger (@{bank}).",
    ],
    "award": [
        "{B} won a Gold Effie (Effie Awards Georgia {Y3}).", "The {grape} received 92 points (Decanter World Wine Awards, {Y3}).",
        "{bank} was named Best Bank in Georgia (Euromoney Awards for Excellence {Y3}).",
    ],
    "event": [
        "The brand showed its new range at Tbilisi Fashion Week ({mo} {Y3}).",
        "Golden Apricot (Yerevan International Film Festival, {Y3}) is sponsored by {B}.",
        "The Areni Wine Festival (first Saturday of October) attracts {n}0 visitors.",
    ],
    "renamed-place": [
        "Gyumri (Leninakan until 1990) is Armenia's second city.", "Vanadzor (Kirovakan, 1935–1993) has a large student population.",
        "Tbilisi (Tiflis until 1936) is often called the city of sulphur baths.",
    ],
    "historic-event": [
        "The Spitak earthquake (7 December 1988) destroyed much of Gyumri.", "The Russian embargo on Georgian wine (2006–2013) forced exporters to look west.",
        "The Rose Revolution (November 2003) changed the business climate.",
    ],
    "soviet-era": [
        "In the Soviet period (1921–1991) Georgian wine was sold mainly in Russia.",
        "The factory was privatised in the 1990s (voucher privatisation, 1995).",
    ],
    "survey-sample": [
        "The questionnaire was answered by {n} customers in {city} (n = {n}, {mo} {Y3}).",
        "Most respondents were women (62%, n = {n}).", "The focus group (8 participants, {d} {mo} {Y3}) was held online.",
    ],
    "figure-table": [
        "Market shares are shown below (Figure {q}).", "The costs are in the budget (Appendix {q}, Table {q}).",
        "See the SWOT analysis (Section 2.{q}) for details.",
    ],
    "percent-period": [
        "Card payments grew strongly ({pc}% year on year, Q{q} {Y3}).", "Inbound tourism recovered ({pc}% of the {Y} level).",
    ],
    "native-script-gloss": [
        "Georgians call the feast a supra (სუფრა) [feast table].", "The word «hyurasirutyun» (հյուրասիրություն) [hospitality] is used in the slogan.",
        "The brand name Deda (დედა) [mother] is easy to remember.",
    ],
    "square-bracket-translation": [
        "The slogan „ერთად ვიზრდებით“ [We grow together] is used on all channels.",
        "The tagline «Մեր տունը» [Our home] runs on billboards in {city}.", "{B} calls its app ‘Chemi’ [mine] in Georgian.",
    ],
    "iso-standard": [
        "The bottling line is certified (ISO 22000:2018).", "{B} follows the payment card standard (PCI DSS v4.0).",
    ],
    "bottle-size": [
        "The new bottle (0.5 l, PET) is cheaper than glass.", "The premium line (0.75 l, 12.5% ABV) sells for GEL {gel}.",
    ],
    "credit-rating": [
        "The bank's rating was affirmed at BB (stable outlook, {mo} {Y3}).", "Armenia's sovereign rating improved (Ba3, {Y3}).",
    ],
    "court-case": [
        "The dispute over the Borjomi trademark (Case No. {n}/{q}, {Y}) lasted two years.",
        "The Competition Agency fined the fuel companies (decision No. {order}, {Y}).",
    ],
    "course-code": [
        "This report is written for CIM Level 7, Marketing and Digital Strategy ({Y3} syllabus).",
        "The same case was used in the AUA MBA module (BUS 340, Fall {Y3}).",
    ],
    "diaspora-numbers": [
        "About 1.5 million Armenians live in Russia (estimate, 2020).", "Glendale has the largest Armenian community outside Armenia (about {n},000 people).",
        "Georgian emigrants sent home USD {gel}m (January–{mo} {Y3}).",
    ],
    "organisation-bracket-year": [
        "The project was funded by donors (USAID, 2019–2023).", "Export promotion is led by a state agency (Enterprise Georgia, since 2014).",
        "Training was given by the regulator (Communications Commission, {mo} {Y3} workshop).",
    ],
    "sports": [
        "Sales of beer rose during the football (Georgia v Portugal, Euro 2024).", "The chess Olympiad (Batumi, 2018) brought many visitors.",
    ],
    "church-place": [
        "Etchmiadzin (founded 301–303) is the centre of the Armenian Apostolic Church.",
        "The Svetitskhoveli Cathedral (11th century) is on most tours of Mtskheta.",
    ],
    "product-model": [
        "The bank accepts payments with the iPhone 15 (Apple Pay, since 2019).", "{B} uses the same terminals (Ingenico Move/5000) in all branches.",
    ],
    "personal-name-honorific": [
        "Batono Giorgi (the owner) still greets every guest in person.", "Paron Hakobyan, our sales director, approved the budget.",
        "Kalbatono Nana (chief accountant) prepared the figures.",
    ],
    "wine-region-stats": [
        "Kakheti produces most Georgian wine (about 70%, {Y3} harvest).", "The {region} harvest reached {n},000 tonnes ({Y3}).",
    ],
    "time-schedule": [
        "The branch is open every day (09:00–20:00, Mon–Sun).", "The promotion runs for two weeks (from {d}.0{q}.{Y3}, every day).",
    ],
}  # fmt: skip
