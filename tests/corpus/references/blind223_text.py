"""The blind223 pool's prose: marketers in Malta, Gibraltar, Jersey and Guernsey and their diaspora (Valletta,
Sliema, St Julian's, Mdina, Gozo, Gibraltar, St Helier, St Peter Port; London, Melbourne, Toronto) at banks and
funds, iGaming and payments firms, insurers, hotels and tourism boards, airlines, telecoms, retailers, breweries and
agencies, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. ``{N}``, ``{P}``, ``{Q}``, ``{C}``, ``{O}`` and the
fill values mean what they mean in text.py; this pool's own fill values come from ``values``: {isl} an island or
town, {eur} a price in euros, {gbp} a price in pounds, {pc} a percentage's number, {mn} millions, {cap} a chapter
of the Laws of Malta, {reg} a company number, {lic} a licence number, {pcode} a postcode, {mo} a month, {Y3} a
recent year, {ch} a channel, {fest} a village feast, {vil} a Maltese village.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Bank of Valletta", "BOV", "HSBC Malta", "APS Bank", "GO", "Epic", "Melita", "Air Malta", "KM Malta Airlines",
          "Cisk", "Kinnie", "Farsons", "Betsson", "Kindred", "Tipico", "Gibtelecom", "Gibraltar International Bank",
          "JT", "Sure", "Jersey Electricity", "Ravenscroft", "Condor Ferries", "Aurigny", "Sandpiper CI",
          "the Corinthia", "the Phoenicia", "Gozo Channel", "Mapfre Middlesea", "Trust Payments", "Visit Malta",
          "Visit Gibraltar", "Twistees", "Agenda Bookshop", "PAMA", "Scotts Supermarket",
          "Morrisons Gibraltar", "Jersey Dairy", "Guernsey Dairy", "Liberation Brewery"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "isl": rng.choice(["Valletta", "Sliema", "St Julian's", "Mdina", "Gozo", "Gibraltar", "St Helier",
                           "St Peter Port", "Birkirkara", "Mellieħa", "Marsaxlokk", "Victoria", "Catalan Bay"]),
        "eur": f"€{rng.randint(1, 120)}.{rng.choice(['00', '50', '99', '95'])}",
        "gbp": f"£{rng.randint(1, 90)}.{rng.choice(['00', '50', '99'])}",
        "pc": str(rng.randint(3, 78)), "mn": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        "cap": rng.choice(["370", "371", "378", "409", "440", "403", "330"]),
        "reg": f"C {rng.randint(10000, 99999)}", "lic": f"MGA/B2C/{rng.randint(100, 999)}/20{rng.randint(10, 22)}",
        "pcode": rng.choice(["VLT 1117", "SLM 1549", "STJ 3310", "GX11 1AA", "JE2 3AB", "GY1 2HL", "MDN 1050", "VCT 2550"]),
        "mo": rng.choice(["January", "March", "April", "June", "July", "August", "September", "October", "December"]),
        "Y3": str(rng.randint(2019, 2025)),
        "ch": rng.choice(["Facebook", "Instagram", "TikTok", "LinkedIn", "email", "the app", "radio", "billboards"]),
        "fest": rng.choice(["Santa Marija", "St Paul's Shipwreck", "San Lawrenz", "the Feast of St Julian", "Mnarja",
                            "Our Lady of Victories", "St George's"]),
        "vil": rng.choice(["Żebbuġ", "Għaxaq", "Qormi", "Naxxar", "Żejtun", "Rabat", "Xagħra", "Żurrieq", "Birgu"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {isl}.",
    "{N} concluded that {C}, which matters for a small market such as Malta.", "{N} pointed out that {C}.",
    "{N} noted that {C}; {B} appears to have reached the same view.", "{N} showed that {C} among {A}.",
    "{N} observed that {C} and that {C2}.", "{N} suggest that {C}, at least in island economies.",
    "{N} claimed that {C}, a point worth testing in Jersey and Guernsey.", "{N} warns that {C}.",
    "{N} describes how {C} in the Gibraltar market.", "{N} recommends that {B} should check whether {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As {N} explains, {C}.", "{O}, {N} found that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, as {N} made clear in a study of {isl}.",
    "In the Maltese context, {N} argued that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "A similar point is made by {N}: {C}.", "{C}; {N} reached much the same conclusion.",
    "Research by {N} suggests that {C}.", "Writing about the Channel Islands, {N} noted that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} findings suggest that {C}.", "{N} model helps explain why {C}.",
    "{N} survey of {A} in {isl} showed that {C}.", "{N} framework was applied to {B}, and it showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It has been argued that {C} {P}.",
    "In Malta, {C} {P}.", "For a firm like {B}, {C} {P}.", "{C}, especially in {isl} {P}.",
    "Island markets differ: {C} {P}.", "Studies from Jersey and Guernsey show that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, but {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} depends heavily on {T} to reach {A}", "{A} in small islands trust local brands more than foreign ones",
    "word of mouth travels faster in a small island market", "{T} works best when it speaks to local identity",
    "iGaming brands must balance acquisition with responsible gambling", "banks that go digital risk losing older customers",
    "tourism boards now compete for {A} on {ch}", "seasonality hurts hotel revenue outside the summer months",
    "diaspora visitors behave differently from first-time tourists", "{B} could use {T} to lift {R}",
    "a bilingual campaign in Maltese and English builds {R}", "regulators in small jurisdictions shape what marketers may say",
    "trust in a finance centre is its main brand asset", "{A} respond well to {T}", "price matters less than service for {A}",
    "heritage brands such as Cisk enjoy strong {R}", "Brexit changed how Gibraltar markets itself to {A}",
    "payments firms win merchants through partnerships more than advertising", "the cost of living has made {A} more price-sensitive",
]  # fmt: skip
OPENERS = ["However", "In practice", "In the case of {B}", "Similarly", "By contrast", "In Gozo", "For Gibraltar",
           "In a small market", "At the same time", "More recently", "In Jersey", "Even so"]  # fmt: skip
PLAIN = [
    "{B} sells mainly through its app and its branches in {isl}.", "The campaign ran for eight weeks on {ch} and local radio.",
    "Malta's population is small, so every campaign reaches a large share of it.", "{O}, {C}.",
    "Most customers of {B} are based in {isl}.", "The brand also targets Maltese communities in Melbourne and Toronto.",
    "{B} has offices in Gibraltar, St Helier and London.", "The marketing team has six people and an agency in Sliema.",
    "English and Maltese are both used in {B}'s advertising.", "Customers can book online or by phone.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.", "It has been said that {Q} {P}, which {B} should note.",
    "One study of small states concluded that {Q} {P}.", "{N} wrote that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘island mentality’", "‘festa spirit’", "‘the Rock’", "‘offshore’", "'brain drain'", "‘quality tourism’",
                "‘greenwashing’", "“sin tax”", "‘Mediterranean lifestyle’", "‘Brexit dividend’", "'Maltese time'",
                "‘safe haven’", "‘cashless society’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} is keen to shake off the label of {Q} {P}.", "So-called {Q} still shapes how {A} see the islands {P}.",
    "The term {Q} is used loosely in the industry {P}.", "Critics call this {Q}, and {B} is not immune {P}.",
    "Tourism campaigns lean on {Q} imagery {P}.", "{N} questions the idea of {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your summer in {isl} starts here’", "‘Last chance: 20% off flights to Malta’",
                 "“Your new card is on its way”", "‘Bonus spins waiting for you’", "‘Merry Christmas from all of us at {B}’",
                 "‘Il-festa t-tajba! Your festa guide is here’", "“Win a weekend in Gozo”", "‘Your statement is ready’",
                 "‘Book before {mo} and save {pc}%’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} lifted open rates {P}.", "{B} tested {Q} against a plainer line {P}.",
    "Emails headed {Q} were opened most often {P}.", "Short copy like {Q} suits mobile readers {P}.",
    "The message {Q} went to lapsed customers {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: none of it is a work a tutor would expect in the reference list.
NOT_CITATIONS = {
    "maltese-law-chapter": [
        "The Consumer Affairs Act (Cap. {cap}) sets the rules on misleading advertising in Malta.",
        "Banks must follow the Banking Act (Chapter 371 of the Laws of Malta) when they advertise loans.",
        "Investment services are licensed under Cap. 370 (Investment Services Act).",
    ],
    "old-law-repealed": [
        "The old Data Protection Act (Cap. 440) was repealed in {mo} 2018.",
        "Before 2018, Malta's data law (Cap. 440) followed the 1995 EU directive.",
    ],
    "independence-day": [
        "Malta became independent on 21 September 1964, and the date is a public holiday.",
        "{B} ran a heritage campaign around Independence Day (21 September).",
    ],
    "freedom-day": [
        "Freedom Day (31 March 1979) marks the departure of the last British forces from Malta.",
        "The Birgu monument to Freedom Day (1979) appears in many tourist photos.",
    ],
    "republic-day": [
        "Malta became a republic in 1974 (13 December), which is now Republic Day.",
        "Shops open late on Republic Day (13 December) in {isl}.",
    ],
    "eu-accession": [
        "Malta joined the European Union in May 2004 (with nine other states).",
        "Since EU accession (2004), Maltese brands have looked more to European markets.",
    ],
    "euro-adoption": [
        "Malta adopted the euro on 1 January 2008, replacing the Maltese lira (Lm).",
        "Prices rose after the changeover (2008), or so many {A} believed.",
    ],
    "capital-of-culture": [
        "Valletta was European Capital of Culture (2018), which drew {mn} million visitors to the city.",
        "The V18 programme (Valletta 2018) left a legacy of events.",
    ],
    "festa-season": [
        "Village feasts (June to September) bring fireworks, band marches and crowds to {vil}.",
        "The festa of {fest} ({vil}, {mo}) is a key date for {B}'s summer campaign.",
        "{B} sponsors the band club at the {fest} festa every year.",
    ],
    "feast-day-date": [
        "The Feast of St Paul's Shipwreck (10 February) is a public holiday in Malta.",
        "Santa Marija (15 August) is the busiest weekend for ferries to Gozo.",
        "L-Imnarja (29 June) is celebrated at Buskett with rabbit stew and folk singing.",
    ],
    "liberation-day": [
        "Liberation Day (9 May 1945) is the biggest public holiday in Jersey and Guernsey.",
        "{B} ran a Liberation Day campaign (9 May) with vintage posters.",
    ],
    "gibraltar-national-day": [
        "Gibraltar National Day (10 September) sees the town dressed in red and white.",
        "{B} launched its new logo on National Day (10 September {Y3}).",
    ],
    "referendums": [
        "Gibraltarians voted to stay British in two referendums (1967 and 2002).",
        "The 2002 referendum (98.97% against joint sovereignty) still shapes local identity.",
        "Malta's divorce referendum (2011) showed how fast social attitudes were changing.",
    ],
    "brexit-vote": [
        "Gibraltar voted to remain in the EU (96% in June 2016).",
        "After the Brexit vote (23 June 2016), frontier queues became a worry for {B}.",
    ],
    "visitor-figures": [
        "Malta welcomed 2.9 million tourists in 2023, a record.",
        "Inbound tourists reached {mn} million (January–{mo} {Y3}).",
        "Cruise passengers to Gibraltar fell sharply (2020: fewer than 50,000).",
    ],
    "gdp-figures": [
        "Malta's economy grew strongly (real GDP up {pc}% in {Y3}).",
        "Financial services make up about 40% of Jersey's output (GVA, {Y3}).",
        "Gibraltar's GDP per head is among the highest in the world (over £70,000).",
    ],
    "population": [
        "Malta's population passed half a million (Census 2021: 519,562).",
        "Jersey has around 103,000 residents (2021 census), Guernsey about 64,000.",
    ],
    "gaming-licence": [
        "{B} holds a B2C licence (MGA licence {lic}) for online casino games.",
        "The operator's licence number ({lic}) is shown in every advert's footer.",
    ],
    "licence-class": [
        "A Class 2 licence (fixed-odds betting) was needed before the 2018 reform.",
        "Gibraltar remote gambling licences (RGL No. 0{n}) are issued by the Licensing Authority.",
    ],
    "company-number": [
        "{B} is registered in Malta (company number {reg}).",
        "The agency trades as a limited company (Reg. No. {reg}) from {isl}.",
    ],
    "phone-number": [
        "Customers can call the helpline (+356 2122 {n}) seven days a week.",
        "The Gibraltar office (+350 200 {n}) handles business accounts.",
        "Bookings are taken by phone (+44 1534 {n}) or online.",
    ],
    "postcode": [
        "The flagship branch is on Republic Street ({pcode}).",
        "{B}'s head office moved to a new building (Main Street, Gibraltar GX11 1AA).",
        "The pop-up shop opened in King Street, St Helier (JE2 4WF).",
    ],
    "ferry-route": [
        "Virtu Ferries (since 2001) links Valletta with Pozzallo in about 90 minutes.",
        "The fast ferry to Gozo (launched 2021) takes 45 minutes.",
        "Condor's route from Poole to St Helier (4 hours 30 minutes) runs daily in summer.",
    ],
    "airline-launch": [
        "KM Malta Airlines' first flight (31 March 2024) left for Rome.",
        "Air Malta's last flight landed on 30 March 2024, after fifty years of service.",
        "Aurigny's new ATR 72 (delivered {mo} {Y3}) serves the Gatwick route.",
    ],
    "bus-fare": [
        "A single bus fare is {eur} in summer (€2.00 in winter).",
        "The Tallinja card (free for residents since 2022) has changed how locals travel.",
    ],
    "euro-price": [
        "A bottle of Cisk costs about {eur} in a Sliema bar.",
        "Entry to the Hypogeum is {eur} and must be booked weeks ahead.",
        "The basic account fee was cut to {eur} a month (from {mo} {Y3}).",
    ],
    "pound-price": [
        "The Jersey £1 note is still in use and popular with collectors.",
        "A day return on the ferry costs {gbp} for a foot passenger.",
        "Gibraltar's shops price in pounds (a coffee at {gbp}) but most take euros.",
    ],
    "stock-ticker": [
        "Bank of Valletta is listed on the Malta Stock Exchange (MSE: BOV).",
        "GO's shares (MSE: GO) rose after the results.",
        "Jersey Electricity is listed in London (LSE: JEL).",
    ],
    "financial-year": [
        "Profit before tax rose to €{n} million (FY2023/24).",
        "{B}'s marketing budget was cut in FY{Y3} by {pc}%.",
        "Results for the year ended 30 September {Y3} were strong.",
    ],
    "marketing-award": [
        "The campaign won gold at the Malta Marketing Awards 2023.",
        "{B} was named Brand of the Year (Jersey Tourism Awards 2022).",
        "The agency picked up two Malta Marketing Awards ({Y3}) for its festa campaign.",
    ],
    "industry-award": [
        "{B} won Operator of the Year at the SiGMA Awards {Y3}.",
        "The hotel has a Michelin star (since 2020) for its restaurant.",
    ],
    "honorific-titles": [
        "The campaign was launched by Hon. Clayton Bartolo, Minister for Tourism.",
        "Perit Ramona Vella designed the new branch in {isl}.",
        "Dr Anthea Tabone chairs {B}'s marketing committee.",
    ],
    "channel-islands-titles": [
        "The Connétable of St Helier opened the Christmas market.",
        "Advocate Le Maistre and Jurat Vibert spoke at the launch.",
        "Deputy Mauger asked about the tourism budget in the States Assembly.",
    ],
    "gibraltar-titles": [
        "The Chief Minister, the Hon Fabian Picardo KC MP, opened the conference.",
        "The Mayor of Gibraltar hosted the National Day reception.",
    ],
    "world-heritage": [
        "Valletta has been a UNESCO World Heritage Site since 1980.",
        "The Megalithic Temples (inscribed 1980 and 1992) are among the oldest free-standing structures on earth.",
        "Gorham's Cave Complex (inscribed 2016) draws history-minded visitors to Gibraltar.",
    ],
    "historic-dates": [
        "The Great Siege (1565) is still retold in Maltese schools.",
        "The George Cross was awarded to Malta in April 1942.",
        "Gibraltar has been British since the Treaty of Utrecht (1713).",
    ],
    "occupation-history": [
        "The German occupation of the Channel Islands (1940–1945) is central to their heritage tourism.",
        "The Jersey War Tunnels (opened as a museum in 1946) tell the story of the occupation.",
    ],
    "frontier-queues": [
        "Frontier queues at La Línea (up to two hours in {mo} {Y3}) deter day visitors.",
        "About 15,000 workers cross the frontier each day (Spanish and other EU nationals).",
    ],
    "grey-list": [
        "Malta was placed on the FATF grey list (June 2021) and removed a year later.",
        "Gibraltar's FATF grey-listing ({Y3}) worried correspondent banks.",
    ],
    "tax-rates": [
        "Jersey's goods and services tax (GST) has been 5% since 2011.",
        "Malta's VAT rate (18%) applies to most hotel extras.",
        "Guernsey has no VAT or GST (unlike Jersey), which helps its retailers.",
    ],
    "currency-and-notes": [
        "Guernsey and Jersey issue their own pounds (at par with sterling).",
        "Gibraltar pound notes (issued by the Government of Gibraltar) are not accepted in the UK.",
    ],
    "events-and-festivals": [
        "The Isle of MTV concert (Floriana, {mo} {Y3}) drew over 50,000 people.",
        "Battle of Flowers (second Thursday of August) is Jersey's best-known parade.",
        "The Malta Jazz Festival (July, Valletta) sells out most years.",
    ],
    "gaming-conferences": [
        "SiGMA Europe (Malta, November {Y3}) is where many iGaming firms meet affiliates.",
        "{B} exhibited at ICE London ({mo} {Y3}) and at the Malta iGaming Week.",
    ],
    "social-handles": [
        "Follow {B} on Instagram (@visitmalta) for daily inspiration.",
        "The campaign hashtag (#MoreToExplore) trended in Malta for a week.",
        "Customers complain on X (@GozoChannel) when crossings are cancelled.",
    ],
    "web-addresses": [
        "Bookings are made on the website (www.visitmalta.com) or by app.",
        "Complaints can be sent by email (info@example.com.mt).",
    ],
    "survey-sample": [
        "Most respondents preferred mobile banking (n = {n}).",
        "The online survey ran in {mo} {Y3} (n = {n}; {pc}% female).",
        "Interviews were held with five managers in {isl} (Appendix 2).",
    ],
    "cross-reference": [
        "See Appendix 3 (PESTLE analysis) for the full picture.",
        "The budget is set out in Table {q} (Section 4.{q}).",
        "This is discussed further in Task 2 (b).",
    ],
    "market-share": [
        "{B} holds about {pc}% of the retail banking market (by deposits).",
        "Mobile market shares were roughly GO 40%, Epic 35% and Melita 25% (Q{q} {Y3}).",
    ],
    "founding-year": [
        "Farsons was founded in 1928 and Cisk Lager first brewed in 1929.",
        "{B} (est. 1994) is still family-owned.",
        "Jersey Pottery (founded 1946) still makes everything in Gorey.",
    ],
    "store-and-branch-counts": [
        "{B} closed {q} branches (from 32 to 2{q}) between 2019 and {Y3}.",
        "The airline flies to {n} destinations (summer schedule, {Y3}).",
    ],
    "brand-slogans": [
        "Kinnie's slogan ‘Unique in taste’ has run for decades.",
        "The tourism campaign ‘More to Explore’ replaced an older line in {Y3}.",
        "Gibraltar's ‘Come and meet us’ slogan targets cruise passengers.",
    ],
    "diaspora-facts": [
        "Around 160,000 Australians have Maltese ancestry (mostly in Melbourne and Sydney).",
        "Many Maltese emigrated to Melbourne and Toronto (1948–1975) under assisted passage schemes.",
    ],
    "maltese-phrases": [
        "The brand's Christmas message, ‘Il-Milied it-Tajjeb’, was printed on every cup.",
        "Its tagline mixes English and Maltese (‘Grazzi, Malta!’) to sound local.",
    ],
}  # fmt: skip
