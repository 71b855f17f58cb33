"""The hundred-and-sixty-eighth independent pool (blind168), HELD OUT: never tune the checker on it.

Written by a hundred-and-sixty-eighth hand without reading the checker, its tests or any other pool: the prose of
CIM Level 6 and 7 reports and MBA assignments by marketers in Lebanon (Beirut, Jounieh, Byblos/Jbeil, Tripoli,
Sidon/Saida, Zahle, Tyre) and its diaspora (Paris, Montréal, Dubai, Riyadh, Abidjan, Lagos, São Paulo, Sydney,
Detroit) at banks and money transfer firms, telecoms, retailers and F&B groups, food and drink makers, MEA, the
press and agencies. Frames, claims, brands and decoys: Lebanese pounds as LBP, L.L. and LL beside the 'lollar',
sayrafa and market rates and US dollars, laws ("Law No. 81 of 10 October 2018") and BDL Basic Circulars, the BDL,
the CAS, IDAL, the 2019 thawra and the 4 August 2020 explosion, Ramadan, Eid, two Easters, Christmas and 22
November, the Beirut Design Week and the Beirut Marathon, universities and courses, people who are not authors,
firms with S.A.L. and founding years, codes, models, awards, places, French and Arabic words with their English.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} shows that {C}, which is very relevant for {B}.",
    "{N} explains that {C}.",
    "{N} points out that {C}, especially since 2019.",
    "{N} notes that {C} in the Lebanese context.",
    "{N} concluded that {C}.",
    "{N} highlights that {C}.",
    "{N} confirms that {C}, even after the crisis.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.",
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who argues that {C}.",
    "{C}, as {N} rightly points out.",
    "In the case of Lebanon, {N} shows that {C}.",
    "For {B}, the key lesson from {N} is that {C}.",
    "{C}; {N} reached the same conclusion for the diaspora market.",
    "Building on {N}, one can say that {C}.",
    "It is worth noting, following {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Lebanese bank customers found that {C}.",
    "{O}, {N} model helps to explain why {C}.",
    "{N} survey in Beirut and Mount Lebanon shows that {C}.",
    "{N} framework suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Since the 2019 crisis, {C} {P}.",
    "In Lebanon, {C} {P}.",
    "Research shows that {C} {P}.",
    "{B} cannot ignore that {C} {P}.",
    "Among the diaspora, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, whereas {C2}.",
    "Even if {C} {P}, {C2}.",
]  # fmt: skip
CLAIMS = [
    "customers trust brands that price in fresh dollars",
    "{B} could {bs} to win back {A}",
    "remittances from the diaspora now fund a large share of household spending",
    "{T} raises {R} among {A}",
    "Lebanese consumers switch brands quickly when prices jump",
    "WhatsApp is the main channel between small retailers and their customers",
    "trust in the banking sector collapsed after the deposits were frozen",
    "{A} expect brands to show solidarity during a crisis",
    "local products gained share as imported brands became too expensive",
    "money transfer firms such as OMT and Whish became the country's real banking network",
    "Ramadan and Christmas campaigns drive most of the year's sales for F&B groups",
    "emigrants visiting in summer behave like tourists with local habits",
    "brands that took a position after the port explosion were rewarded by younger customers",
    "price lists in dollars reduce confusion but can alienate customers paid in lira",
    "{T} works best when it is adapted to a trilingual audience",
    "Lebanese wine is marketed abroad on heritage and resilience",
    "loyalty schemes lose value when the currency keeps falling",
    "{B} relies on {T} more than its competitors do",
    "influencers are trusted more than traditional media in Beirut",
    "{A} reward {T} with {R}",
]  # fmt: skip
OPENERS = [
    "However",
    "In practice",
    "For {B}",
    "Moreover",
    "Since October 2019",
    "At the same time",
    "In the Lebanese market",
    "In this context",
    "Nevertheless",
    "Since the crisis",
    "In the case of {B}",
    "Furthermore",
]  # fmt: skip
PLAIN = [
    "{B} sells through its branches, its app and a WhatsApp Business line.",
    "The campaign ran for six weeks on Instagram, TikTok and billboards on the Jounieh highway.",
    "Prices on the menu are shown in US dollars and in LBP at the daily rate.",
    "{B} reopened its Gemmayzeh branch after the explosion.",
    "Most of the budget went to Instagram and to outdoor in Achrafieh, Hamra and Verdun.",
    "{O}, {C}.",
    "The team is split between Beirut and Dubai.",
    "Customers can pay in cash dollars, by card or through Whish.",
    "This section applies the SOSTAC model to {B}.",
    "{B} has around {n} employees in Lebanon and the Gulf.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one study puts it, {Q} {P}.",
    "{N} writes that {Q}.",
    "{Q} {P}.",
    "It has been argued that {Q} {P}.",
    "{N} is clear on this point: {Q}.",
    "In the words of {N}, {Q}.",
    "The situation is summarised well: {Q} {P}.",
    "{Q} {P}, which {B} should take into account.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘fresh dollars’",
    "‘lollars’",
    "\"fresh\"",
    "‘sayrafa’",
    "‘the new normal’",
    "‘resilience’",
    "\"Lebanon first\"",
    "‘banking secrecy’",
    "‘haircut’",
    "\"Beirut is back\"",
    "‘the Switzerland of the Middle East’",
    "‘cash economy’",
]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now use the idea of {Q} in their pricing {P}.",
    "{N} describes the shift to {Q} as permanent.",
    "The so-called {Q} changed how customers see banks {P}.",
    "{Q} became a slogan after 2020 {P}.",
    "What customers call {Q} is discussed by {N}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Ramadan Kareem: 20% off all iftar boxes’",
    "\"Your fresh USD card is ready\"",
    "‘Kel 3id w into bkhair’",
    "\"Send money home this Eid, no fees\"",
    "‘Joyeux Noël from all of us at {B}’",
    "\"Beirut, we will rise again\"",
    "‘Happy Independence Day, 22 November’",
    "\"Get 5 GB free on your touch line\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The email subject line {Q} had the highest open rate {P}.",
    "{B}'s post {Q} was shared widely, which fits what {N} observed.",
    "A message such as {Q} is typical of seasonal campaigns {P}.",
    "The SMS {Q} was sent to {n} thousand subscribers {P}.",
]  # fmt: skip

# Text that looks like a citation but is none: every kind a tutor would never expect in the reference list.
NOT_CITATIONS = {
    "law-number-date": ["Personal data in Lebanon is governed by Law No. 81 of 10 October 2018 on Electronic Transactions and Personal Data.",
                        "{B} updated its privacy notice to follow Law No. 81 (2018)."],
    "bdl-circular": ["Fresh accounts were created under BDL Basic Circular No. 150 (2020).",
                     "Withdrawals were limited by Basic Circular No. 158 (June 2021) to {usd} a month."],
    "intermediate-circular": ["The bank applied the BDL's Intermediate Circular No. {n} ({month} {yr}) to its card limits.",
                              "Circular 161 (December 2021) let depositors withdraw dollars through the Sayrafa platform."],
    "lbp-amount": ["A family meal costs LBP {lbp} ({yr} prices).", "The bundle was priced at L.L. {lbp} (about {usd})."],
    "exchange-rate": ["The official rate stayed at LBP 1,507.5 per dollar (1997-2023).",
                      "The market rate reached LBP {rate} to the dollar ({month} {yr})."],
    "sayrafa-rate": ["Card payments were settled at the Sayrafa rate (LBP {rate}, {month} {yr}).",
                     "The bank used the Sayrafa platform (launched 2021) for conversions."],
    "lollar": ["Deposits became 'lollars' (dollars stuck in the system since 2019).",
               "Customers paid their loans in lollars (at LBP 3,900 then 15,000)."],
    "usd-amount": ["{B} spent {usd} on the campaign ({yr} budget).", "The average remittance was US${n} (per month, {yr})."],
    "port-explosion": ["The 4 August 2020 explosion destroyed most shops in Mar Mikhael.",
                       "After the port blast (4 August 2020) {B} ran a rebuild campaign."],
    "thawra": ["The protests of 17 October 2019 (the thawra) changed how brands spoke.",
               "During the thawra (October 2019) many brands stopped advertising."],
    "independence-day": ["The Independence Day campaign (22 November {yr}) used the cedar in red and white.",
                         "Sales rose around Independence Day (22 November)."],
    "two-easters": ["Easter is celebrated twice in Lebanon (Western and Orthodox, {d} April and {d} May {yr}).",
                    "The chocolate range launched before both Easters (2024: 31 March and 5 May)."],
    "ramadan-eid": ["Most iftar offers ran during Ramadan ({yr}) and ended at Eid al-Fitr.",
                    "Patchi's Eid al-Adha boxes sold out (Eid {yr})."],
    "christmas": ["The Christmas market in Byblos (December {yr}) drew large crowds.",
                  "{B}'s Christmas ad (2023) was filmed in Jounieh."],
    "design-week": ["{B} sponsored Beirut Design Week ({yr}).",
                    "The pop-up store opened during Beirut Design Week (June {yr})."],
    "marathon": ["{B} was the main sponsor of the Beirut Marathon ({yr}, {k},000 runners).",
                 "The Beirut Marathon (November {yr}) is a key awareness event."],
    "festival": ["The Baalbeck International Festival ({yr}) and the Byblos festival bring the diaspora home.",
                 "Ads ran during the Beiteddine Festival (July-August {yr})."],
    "founding-year": ["Chateau Ksara (founded 1857) is the oldest winery in the country.",
                      "Patchi (est. 1974) now sells in more than 30 countries."],
    "company-legal-form": ["{B} S.A.L. (registered {yr}) is a joint-stock company.",
                           "The brand is owned by a Holding S.A.L. (Law No. 45 of 1983) and an Offshore S.A.L."],
    "commercial-register": ["The firm is listed in the Commercial Register of Beirut (No. {n}{n}).",
                            "Its VAT number ({n}{n}-601) appears on every receipt."],
    "person-not-author": ["Riad Salamé (BDL governor 1993-2023) defended the peg for years.",
                          "The campaign featured Nancy Ajram (born 1983) and Elissa."],
    "executive": ["{exec} (CEO of {B} since {yr}) presented the new strategy.",
                  "Marketing is led by {exec} (CMO, {yr}-present)."],
    "politician": ["Prime Minister Rafic Hariri (1944-2005) rebuilt downtown Beirut.",
                   "President Michel Aoun (in office 2016-2022) signed the law."],
    "organisation-bracket-year": ["{B} joined the Lebanese Franchise Association (LFA, member since {yr}).",
                                  "The survey was run with the Chamber of Commerce (CCIA-BML, {month} {yr} wave)."],
    "university-course": ["I completed my MBA at AUB (Olayan School of Business, {yr}).",
                          "The module (MKTG 301, LAU, Fall {yr}) used this case."],
    "cim-level": ["This report is submitted for the CIM Level 6 Diploma (2206, {month} {yr}).",
                  "The CIM Level 7 brief (Unit 2206) asks for a marketing plan."],
    "telecom-bundle": ["touch's 'Waffer' bundle (10 GB, ${n}) was the best seller.",
                       "alfa's U-share service (2012) let users send credit to each other."],
    "phone-code": ["Customers call the hotline (+961 1 {n} {n}) or 1272.",
                   "Short code 1515 ({B} Ramadan SMS) received {n} replies."],
    "area": ["Branches are in Hamra, Verdun and Achrafieh (Beirut).",
             "The store in Zahle (Bekaa) opened in {yr}."],
    "city-diaspora": ["There are large communities in São Paulo (Brazil), Abidjan (Côte d'Ivoire) and Detroit (Michigan).",
                      "The diaspora in Montréal (Québec) and Sydney (NSW) follows {B} online."],
    "flight": ["MEA flight ME 212 (Paris-Beirut) is full every July.",
               "Summer arrivals peaked at Beirut-Rafic Hariri International Airport (BEY) in August {yr}."],
    "aircraft-model": ["MEA now flies the Airbus A321neo (since 2018).",
                       "The fleet includes the A330-900neo (delivered 2021)."],
    "product-model": ["The campaign promoted the iPhone 15 (128 GB) on an alfa plan.",
                      "Almaza Light (330 ml) was relaunched in {yr}."],
    "award": ["{B} won a Gold at the Dubai Lynx (2022).", "The ad won the Effie MENA ({yr}) in the finance category."],
    "ranking": ["Bank Audi was ranked first in Lebanon in the Top 1000 World Banks ({yr} edition).",
                "{B} ranked {q} in the brand index (out of {n})."],
    "percentage-bracket": ["Inflation was extremely high (221% in {yr}).", "Most respondents (68%, n = {n}) prefer paying in dollars."],
    "sample-size": ["The questionnaire was answered by {n} customers (Beirut, Tripoli and Saida).",
                    "A focus group (n = 8, Jounieh, {month} {yr}) tested the concepts."],
    "figure-table": ["Sales by region are shown below (Figure {q}).", "See the SWOT analysis (Table {q}, Appendix 2)."],
    "quarter-year": ["Transfers grew sharply in Q{q} {yr}.", "Revenue fell in the first half (H1 {yr})."],
    "year-range": ["The currency lost over 95% of its value (2019-2023).", "Tourism recovered slowly ({yr}-{yr2})."],
    "hijri-date": ["The campaign started on 1 Ramadan 1445 (11 March 2024).", "Eid al-Adha (10 Dhu al-Hijja 1444) fell on 28 June 2023."],
    "french-gloss": ["The slogan 'Ahla w sahla' (welcome) appears in every ad.",
                     "Customers asked for the 'addition' (bill) in French."],
    "arabic-gloss": ["Many people trade through 'sarrafeen' (money changers).", "The word 'wasta' (connections) came up in every interview."],
    "slogan": ["The bank's slogan (\"Your partner for life\", {yr}) was dropped.", "The tagline 'Live Love Beirut' (2012) became a movement."],
    "hashtag-handle": ["The hashtag #BeirutIsBack ({yr}) reached {n}k posts.", "Follow @{handle} (Instagram, {n}k followers)."],
    "url": ["Orders are taken on {B}'s website (www.{handle}.com.lb).", "The offer is still online (omt.com.lb, accessed daily by agents)."],
    "pandemic": ["The COVID-19 lockdown (March 2020) closed all malls.", "During the pandemic (2020-2021) delivery grew."],
    "election": ["The parliamentary elections (15 May 2022) slowed advertising.", "Brands kept quiet before the municipal elections (May 2025)."],
    "vintage": ["The Château Musar red (2015 vintage) is sold in London.", "Ksara's Réserve du Couvent (2019) won a medal."],
    "fiscal-year": ["Net profit fell in FY{yr}.", "The budget for 2025 (approved by the board) is in dollars."],
    "regulation-ministry": ["Price controls are set by the Ministry of Economy and Trade (Decision No. {n}/1, {yr}).",
                            "The minister's decision (No. 4/1 of 2023) made dollar pricing legal in supermarkets."],
    "grid-rate": ["Électricité du Liban (EDL) tariffs changed in November 2022.", "Generator bills (per 5 amperes) are paid in dollars since 2022."],
    "time-zone": ["The webinar started at 8 p.m. Beirut time (GMT+3).", "Calls were scheduled for 10 a.m. (UTC+2) in winter."],
    "street-address": ["The head office is in Weygand Street, Beirut Central District.", "The shop is at Rue Gouraud (Gemmayzeh, Beirut)."],
}  # fmt: skip

BRANDS = ["Bank Audi", "BLOM Bank", "Byblos Bank", "SGBL", "Fransabank", "OMT", "Whish Money", "touch", "alfa",
          "Ogero", "ABC", "Spinneys", "Le Charcutier", "Malik's", "Patchi", "Kababji", "Boubouffe", "Chateau Ksara",
          "Chateau Musar", "Almaza", "Tanmia", "Gandour", "Wooden Bakery", "MEA", "Toters", "Zaatar w Zeit",
          "Crepaway", "Semsom", "Aziz", "BLC Bank", "Bankmed"]  # fmt: skip

_EXECS = ["Mr Georges Khoury", "Ms Rania Haddad", "Dr Fadi Nassar", "Mrs Nayla Gemayel-Boutros", "Sheikh Mohammad Hariri",
          "M. Antoine Saadé", "Eng. Ziad Abou Jaoudé", "Mrs Hala El-Hage", "Mr Hagop Kalaydjian"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2012, 2024)
    return {
        "yr": str(year),
        "yr2": str(min(year + rng.randint(1, 3), 2025)),
        "k": str(rng.randint(20, 45)),
        "lbp": f"{rng.randint(2, 95) * 10000:,}",
        "usd": rng.choice(
            [
                f"${rng.randint(10, 900)}",
                f"US${rng.randint(1, 50)},000",
                f"USD {rng.randint(2, 40)}k",
                f"${rng.randint(1, 9)}.{rng.randint(1, 9)}m",
            ]
        ),
        "rate": f"{rng.choice([8000, 22000, 38000, 89500, 100000, 140000])}",
        "month": rng.choice(["January", "March", "June", "September", "November", "December"]),
        "exec": rng.choice(_EXECS),
        "handle": rng.choice(
            ["bankaudi", "omtlebanon", "patchi", "kababji_lb", "almazabeer", "touchlebanon", "whishmoney"]
        ),
    }
