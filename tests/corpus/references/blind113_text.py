"""The blind113 pool's prose: a hundred-and-thirteenth independent pool, HELD OUT (never tune on it).

Written without reading the checker, its tests or any other pool, as marketers in Greece and Cyprus and in the Greek
diaspora (Athens, Thessaloniki, Patras, Heraklion, Nicosia, Limassol; Melbourne, London, New York) write CIM Level 6
and 7 reports and MBA assignments in English: banks, telecoms, shipping and tourism groups, olive-oil, yoghurt, feta
and wine makers, retailers, hotels, airlines and agencies. Laws numbered "Law 4624/2019" (N. 4624/2019) and
"125(I)/2018", government gazette (FEK) issues, the Hellenic Capital Market Commission, the Bank of Greece and the
Central Bank of Cyprus, ATHEX and CSE tickers, euro figures with Greek decimal commas, Orthodox Easter, name days,
Clean Monday, 15 August and 28 October, the crisis and capital-control years, PDO products, ferries and IMO numbers,
Greek words with English glosses, and people with dates who are no authors.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, which is very relevant for {B}.",
    "{N} showed, using data from Athens and Thessaloniki, that {C}.",
    "{N} pointed out that {C}.",
    "{N} suggested that {C}, especially after the crisis years.",
    "{N} observed that {C} among Cypriot consumers.",
    "{N} concluded that {C}.",
    "{N} make the case that {C}.",
    "{N} reported that {C} in the Greek market.",
    "{N} notes that {C}, a point that applies to {B} as well.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explained, {C}.",
    "This is in line with {N}, who showed that {C}.",
    "In the Cypriot context, {N} argued that {C}.",
    "{C}, as {N} demonstrated in a study of Greek SMEs.",
    "For {B}, the findings of {N} mean that {C}.",
    "A similar picture is given by {N}: {C}.",
    "Research by {N} in Melbourne's Greek community shows that {C}.",
    "{O}, as {N} highlight, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Greek shoppers found that {C}.",
    "{O}, {N} model helps to explain why {C}.",
    "{N} survey of hotel guests in Crete suggests that {C}.",
    "Following {N} framework, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is generally accepted that {C} {P}.",
    "In Greece, {C} {P}.",
    "Also in Cyprus, {C} {P}.",
    "Several studies agree that {C} {P}.",
    "{C}, at least in the Greek market {P}.",
    "Evidence from the diaspora suggests that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.",
    "{C} {P}; at the same time, {C2}.",
    "{C} {P}, while {C2}.",
    "While {C} {P}, it is also true that {C2}.",
    "{O}, {C} {P}, and {C2}.",
]  # fmt: skip
CLAIMS = [
    "Greek consumers trust family-owned brands more than multinationals",
    "{B} gains most from promotions timed around Orthodox Easter and name days",
    "price sensitivity has stayed high since the crisis years",
    "loyalty programmes in Greek supermarkets drive repeat visits more than discounts",
    "Cypriot bank customers switch to mobile banking when branches close",
    "{A} respond better to messages that mention the Greek origin of a product",
    "the PDO label adds a premium to feta abroad",
    "olive-oil exporters under-invest in their own brands and sell in bulk to Italy",
    "hotel guests in the islands choose on reviews rather than on star rating",
    "{T} works well for {B} as long as it feels local",
    "diaspora communities in Melbourne and New York act as early adopters of Greek food brands",
    "telecom churn in Greece falls when bundles include TV and fixed broadband",
    "ferry operators depend on repeat summer travellers from Athens",
    "Greek yoghurt is seen abroad as a health product rather than a dairy product",
    "family businesses in Cyprus rarely measure the return on marketing",
    "trust in banks is still lower in Greece and Cyprus than the EU average",
    "{A} in Athens expect fast delivery and easy returns",
    "wine tourism helps small wineries to sell direct",
    "the tourism season is getting longer but is still concentrated in July and August",
    "{B} could reach {A} through Instagram and TikTok at a lower cost",
]  # fmt: skip
OPENERS = [
    "However", "In practice", "For {B}", "Similarly", "In addition", "On the other hand", "In the Greek market",
    "In the case of Cyprus", "More recently", "After the crisis", "For this reason", "Moreover",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its e-shop and Skroutz.",
    "The company has its head office in Marousi and a logistics centre in Aspropyrgos.",
    "Most customers of {B} are in Attica and Thessaloniki.",
    "The campaign ran from mid-March until Easter Sunday.",
    "Sales in the diaspora markets are handled by distributors in Melbourne, London and New York.",
    "{O}, {C}.",
    "The brand is managed by a small team of four people in Limassol.",
    "Table 2 summarises the SWOT analysis for {B}.",
    "The survey was sent by email and shared on Facebook groups.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As {N} put it, {Q}.",
    "{N} is clear: {Q}.",
    "One author describes it like this: {Q} {P}.",
    "{O}, {Q} {P}.",
    "This is summarised well in the statement that {Q} {P}.",
    "{Q}, according to {N}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“filoxenia”", "‘philotimo’", "\"meraki\"", "“kerasma”", "‘the Greek way’", "“made in Greece”",
    "'Greek yoghurt'", "“koumbaros”", "‘the islands’", "\"summer body\"", "“Greek-style”", "‘parea’",
]  # fmt: skip
SCARE_FRAMES = [
    "{B} built its summer campaign around {Q} {P}.",
    "Many brands use {Q} as a selling point {P}.",
    "The idea of {Q} is central to Greek hospitality {P}.",
    "{N} warns that {Q} has become a cliché in tourism advertising.",
    "Customers describe the experience as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Χρόνια πολλά! 20% off for your name day”", "‘Καλό Πάσχα from all of us’", "\"Your summer starts here\"",
    "“Last days of the 15 August offers”", "‘Εκπτώσεις up to 50%’", "“Black Friday is here - only online”",
    "'Kalo mina! New offers for {MONTH}'", "“Happy Clean Monday: lagana and taramas on us”",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject line {Q} had the best open rate of the year {P}.",
    "{B} tested {Q} against a plain version {P}.",
    "Push notifications such as {Q} work well in Greece {P}.",
    "{N} gives {Q} as an example of a seasonal message.",
    "The slogan {Q} was used on all channels {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "greek-law-number": ["Cookie banners on the site must respect Law 4624/2019 on personal data.",
                         "The company was converted under Law 4548/2018 on sociétés anonymes."],
    "greek-law-bracket": ["Distance sales are covered by the consumer law (Law 2251/1994, as amended).",
                          "The rules on unfair competition (N. 146/1914) are still in force."],
    "law-with-fek": ["The new rules were published in the Government Gazette (FEK A' 137/26.08.2019).",
                     "The decision appeared in the gazette (ΦΕΚ Β' 1840/2020) in May."],
    "cyprus-law": ["In Cyprus, data protection follows Law 125(I)/2018.",
                   "Companies are registered under the Companies Law (Cap. 113)."],
    "ministerial-decision": ["Opening hours on Sundays are set by ministerial decision (KYA 70330/2015).",
                             "The voucher scheme was launched by joint ministerial decision (ΚΥΑ 12345/{YR})."],
    "presidential-decree": ["Hotel star ratings were revised by Presidential Decree 99/2018.",
                            "Advertising of tobacco is limited (P.D. 100/2000)."],
    "eu-regulation": ["Consent must meet the standard of the GDPR (Regulation (EU) 2016/679).",
                      "Price reductions must show the previous price (Directive (EU) 2019/2161)."],
    "regulator-act": ["Banks must follow the Bank of Greece Governor's Act 2501/2002 on customer information.",
                      "Investment firms in Limassol are licensed by CySEC (licence no. {n}/14)."],
    "hcmc-decision": ["The listing was approved by the HCMC board (decision 8/{n}/{YR}).",
                      "The prospectus received HCMC approval on {d} June {YR}."],
    "founding-year": ["FAGE (est. 1926) started as a small dairy shop in Athens.",
                      "KEO (founded 1927) is one of the oldest brands in Cyprus."],
    "ticker": ["Alpha Bank (ATHEX: ALPHA) gained 4% that day.",
               "Star Bulk (NASDAQ: SBLK) reports in US dollars."],
    "euro-figure": ["Revenue reached €{n},5 million ({YR}), up from the year before.",
                    "The campaign budget was €{n}.000 (excluding VAT 24%)."],
    "drachma": ["Before the euro the price was 340 drachmas (1999).",
                "The conversion rate was fixed at 340,750 drachmas to the euro (2001)."],
    "orthodox-easter": ["Orthodox Easter fell on 16 April in 2023.",
                        "Sales peak in Holy Week (Megali Evdomada, April {YR})."],
    "name-day": ["The offer was sent on 23 April, the name day of Giorgos and Georgia.",
                 "Many customers celebrate on 21 May (Saints Constantine and Helen)."],
    "dekapentavgoustos": ["Cities empty around the Dormition (15 August).",
                          "Ferry bookings peak before Dekapentavgoustos (15/8/{YR})."],
    "national-day": ["Shops close on Ochi Day (28 October 1940 is remembered every year).",
                     "Independence Day (25 March 1821) is a public holiday in Greece and Cyprus."],
    "clean-monday": ["Bakeries sell lagana on Clean Monday (Kathara Deftera, {YR}).",
                     "The first day of Lent (Clean Monday {YR}) is a day for kite flying."],
    "carnival": ["The Patras Carnival ({YR}) attracted thousands of visitors.",
                 "Limassol Carnival ({YR}) is the largest in Cyprus."],
    "trade-fair": ["The brand launched at the Thessaloniki International Fair (TIF {YR}).",
                   "Shipping firms meet at Posidonia 2024 in Athens."],
    "food-expo": ["The new product was shown at Food Expo ({YR}) in Athens.",
                  "Exporters met buyers at SIAL Paris ({YR})."],
    "award": ["The campaign won gold at the Ermis Awards {YR}.",
              "{B} received an Effie Greece award ({YR})."],
    "pdo-label": ["Feta has been protected since 2002 (PDO, Reg. (EC) 1829/2002).",
                  "Halloumi was registered as a PDO (Halloumi/Hellim, 2021)."],
    "olive-oil-grade": ["The oil is extra virgin (acidity ≤ 0,3%, harvest 2023/24).",
                        "Koroneiki olives give a peppery taste (early harvest, October {YR})."],
    "wine-vintage": ["The Xinomavro Naoussa PDO 2019 sold out in a month.",
                     "Santorini Assyrtiko (vintage {YR}) is exported to New York."],
    "product-size": ["FAGE Total 2% (170 g) is the best seller in the UK.",
                     "The Kyknos tomato paste (410 g) is sold in 40 countries."],
    "vessel": ["The Blue Star Delos (IMO 9565039) serves the Cyclades.",
               "The company ordered two Kamsarmax bulk carriers (delivery {YR})."],
    "flight-code": ["Aegean flight A3 600 links Athens and Thessaloniki (ATH-SKG).",
                    "Cyprus Airways flies Larnaca to Athens (LCA-ATH) daily."],
    "address": ["The head office is at Ermou 12, 105 63 Athens.",
                "The store is at Makariou III Avenue 45, 1065 Nicosia."],
    "tax-number": ["The invoice shows the VAT number (EL094014201).",
                   "The company is in the General Commercial Registry (GEMI no. 000296601000)."],
    "cyprus-company-number": ["The agency is registered in Cyprus (HE 123456).",
                              "The Ltd company (reg. no. HE{n}) was formed in {YR}."],
    "legal-form-change": ["The company became an I.K.E. in 2016, under Law 4072/2012.",
                          "Olympos Dairy S.A. (Α.Ε.) reports under IFRS."],
    "person-dates": ["Aristotle Onassis (1906–1975) built a shipping empire from Piraeus.",
                     "Nikos Kazantzakis (1883–1957) is the name of Heraklion airport."],
    "philosopher": ["Aristotle (384–322 BC) described ethos, pathos and logos.",
                    "Aristotle University was named after Aristotle (born 384 BC in Stagira)."],
    "sports-event": ["Brand Greece gained from the Athens 2004 Olympics.",
                     "Many still remember the Euro 2004 win (Lisbon, 4 July 2004)."],
    "crisis-years": ["Spending fell sharply during the crisis (2010–2018).",
                     "Capital controls (June 2015 – September 2019) changed how people paid."],
    "bail-in": ["Trust in Cypriot banks collapsed after the bail-in (March 2013).",
                "Deposits over €100.000 were cut (Bank of Cyprus, 2013 haircut)."],
    "eu-dates": ["Cyprus joined the EU on 1 May 2004 and adopted the euro in 2008.",
                 "Greece entered the eurozone (1 January 2001)."],
    "tourism-season": ["Most hotels open for the season (April–October {YR}).",
                       "Occupancy reached 91% in the high season (July–August {YR})."],
    "population": ["Greece has about 10,4 million people (2021 census).",
                   "Cyprus had 923.272 residents (census 2021)."],
    "greek-gloss": ["Greeks value philoxenia (φιλοξενία, hospitality).",
                    "The word meraki (μεράκι) means doing something with love."],
    "campaign-name": ["The “All time classic” campaign (2016) promoted Greece abroad.",
                      "Cyprus used the slogan 'In your heart' ({YR})."],
    "diaspora-event": ["The Lonsdale Street Greek Festival ({YR}) in Melbourne sold out.",
                       "The Greek Independence Day Parade on Fifth Avenue ({YR}) is sponsored by Greek brands."],
    "radio-station": ["London Greek Radio (LGR 103.3 FM) runs Cypriot ads.",
                      "Parea radio (Melbourne, 3XY) still has a loyal audience."],
    "survey-sample": ["The questionnaire was answered by {n} people (Athens and Thessaloniki, {YR}).",
                      "Most respondents were women (n = {n}, 62%)."],
    "table-ref": ["The results are in Table {q} (Appendix B).",
                  "See the customer journey map (Figure {q})."],
    "vat-rate": ["Hotels charge 13% VAT (24% for other services).",
                 "Cyprus has a standard VAT rate of 19% (reduced 5% for food)."],
    "interest-rate": ["Loan rates rose after the ECB decision (4,50% in September 2023).",
                      "The ECB deposit rate went back to zero (July 2022)."],
    "greek-date": ["The promotion ran until Κυριακή 16/04/{YR}.",
                   "Delivery is free until 31/12/{YR} for orders over €30."],
    "golden-visa": ["The Golden Visa threshold rose (€250.000 until 2023).",
                    "The Cyprus investment programme ended in November 2020."],
    "model-name": ["Cosmote launched its 5G network (Cosmote 5G, December 2020).",
                   "Customers could order through Skroutz Plus (2021 launch) with free shipping."],
    "transliteration": ["Thessaloniki (Θεσσαλονίκη, also Salonica) is the second city.",
                        "Lemesos (Limassol) hosts the Wine Festival every September."],
    "university-ranking": ["AUEB is ranked highly for business (QS 2024: 451–500).",
                           "The MSc in Marketing (AUEB, {YR} intake) has 60 students."],
}  # fmt: skip
BRANDS = ["FAGE", "Olympos", "Mevgal", "Kolios", "Gaea", "Minerva", "Kyknos", "Boutari", "KEO", "Lanitis",
          "Alpha Bank", "Eurobank", "Piraeus Bank", "Bank of Cyprus", "Cosmote", "Nova", "Cyta", "Epic",
          "Aegean Airlines", "Sky Express", "Attica Group", "Blue Star Ferries", "Grecotel", "Louis Hotels",
          "Jumbo", "Sklavenitis", "AB Vassilopoulos", "Masoutis", "Alphamega", "Skroutz", "Public", "Mikel Coffee"]  # fmt: skip
_MONTHS = ["January", "March", "May", "June", "September", "October", "December"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {"MONTH": rng.choice(_MONTHS), "YR": str(rng.randint(2015, 2025))}
