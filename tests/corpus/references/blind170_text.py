"""The blind170 pool (HELD OUT): marketers in Switzerland and Liechtenstein and their diaspora writing CIM reports.

A hundred-and-seventieth independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read. Candidates in Zürich, Geneva,
Basel, Bern, Lausanne, Lugano, Lucerne, St. Gallen, Zug and Vaduz, and in London, Milan, Munich, Lyon, New York and
Singapore, write about banks and fintechs, insurers, telecoms, co-operatives, food makers, watch houses, SWISS and
the SBB: francs as CHF, Fr. and SFr. with Swiss thousands separators ("1'250'000") and "Mio." and "Mrd.", laws
with their SR numbers, the FDPIC, SECO, FINMA, the BFS and the Lauterkeitskommission, National Day, Fasnacht,
Sechseläuten, the Escalade, Art Basel, Montreux, the WEF, watch fairs, Swiss dates ("1.8.2024"), UID numbers,
tickers, postcodes, cantons' codes, votes and initiatives: none of them citations.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}.", "{N} shows that {C}, which is highly relevant for {B}.",
    "{N} points out that {C}.", "{N} observed that {C} in German- and French-speaking Switzerland alike.",
    "{N} concludes that {C}.", "{N} makes the point that {C}, at least in the Swiss market.",
    "{N} suggests that {C}.", "{N} highlights that {C}.", "{N} warns that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} explains, {C}.", "According to {N}, {C}.", "{O}, {N} found that {C}.", "{C}, as {N} points out.",
    "This is in line with {N}, who argues that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "In the Swiss context, {N} notes that {C}.", "{C}; {N} comes to a similar conclusion.",
    "Looking at the Romandie, {N} found that {C}.", "A study by {N} shows that {C}.",
    "{O}, research by {N} confirms that {C}.", "{B} could learn from {N}, who shows that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Swiss shoppers found that {C}.", "{N} model helps to explain why {C}.",
    "{O}, {N} findings suggest that {C}.", "{N} framework is useful here, because {C}.",
    "Following {N} argument, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "In Switzerland, {C} {P}.",
    "It is widely accepted that {C} {P}.", "Research on the Swiss market shows that {C} {P}.",
    "{B} is a good example: {C} {P}.", "Even in a small, multilingual market, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, although {C2}.",
    "Because {C} {P}, {C2}.", "{C} {P} and, as a result, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} relies on its loyalty programme more than its rivals do", "Swiss consumers pay a premium for products made in Switzerland",
    "trust in banks recovered slowly after the Credit Suisse takeover", "{T} works differently in the Romandie than in German-speaking Switzerland",
    "Ticino shoppers compare prices across the Italian border", "{A} expect campaigns in their own national language",
    "mobile payments have replaced cash for most small purchases", "{B} has to translate every campaign into German, French and Italian",
    "the co-operatives' members are more loyal than other customers", "{T} raises {R} among {A}",
    "Swissness is worth more abroad than at home", "price is less important than quality for Swiss shoppers",
    "digital-only banks win younger customers but few deposits", "{A} reward {T} with {R}",
    "luxury watch brands now sell directly to customers", "shopping tourism to Germany and France hurts Swiss retailers",
    "sustainability claims are checked closely by Swiss consumers", "{B} could use {T} to win {A}",
    "a strong franc makes Swiss brands expensive in export markets", "insurers struggle to make their brands stand out",
    "the return on {T} falls as budgets grow", "regional identity matters more than national identity in marketing",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "At the same time", "In the case of {B}",
           "More recently", "In Switzerland", "In the Romandie", "In Ticino", "For a co-operative such as Migros",
           "Since the pandemic", "Even so", "In Liechtenstein"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and its branches across all 26 cantons.",
    "The campaign ran in German, French and Italian for six weeks.",
    "Switzerland has four national languages, and most campaigns use at least three of them.",
    "{B} is owned by its members rather than by shareholders.",
    "The brand's Instagram account has more followers in the Romandie than in Zürich.",
    "{O}, {C}.",
    "This section applies the theory to {B}.",
    "Table 2 compares the two banks' apps.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "It has been argued that {Q} {P}.", "{N} puts it plainly: {Q}.", "As one author notes, {Q} {P}.",
    "{N} writes that {Q}.", "The point is well made: {Q} {P}, and {B} should take note.",
]  # fmt: skip
SCARE_QUOTES = ["‘Swissness’", "“Swiss made”", "‘Röstigraben’", "“Wer hat’s erfunden?”", "‘Zäme’", "'phygital'",
                "“glocal”", "‘premium at a fair price’", "‘Genossenschaft’", "“Chuchichäschtli”"]  # fmt: skip
SCARE_FRAMES = [
    "Brands here often speak of {Q} as if it were a fact {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this gap as the {Q} {P}.", "{N} discusses how {Q} is used in advertising.",
    "The idea of {Q} appears in most campaigns {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Jetzt Cumulus-Punkte doppelt sammeln”", "‘Votre offre de la Fête nationale est arrivée’",
                 "“Nur heute: 20% auf alles”", "‘Il tuo regalo di benvenuto’", "“Your SWISS miles are about to expire”",
                 "‘Grüezi {M} fans: new arrivals inside’", "\"Jetzt mit Twint bezahlen und sparen\""]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates {P}.", "An email headed {Q} performed best {P}.",
    "{B} sent the message {Q} to lapsed customers {P}.", "According to {N}, the subject line {Q} doubled opens.",
]  # fmt: skip
BRANDS = ["Migros", "Coop", "Manor", "Denner", "Galaxus", "Digitec", "UBS", "Raiffeisen", "Zürcher Kantonalbank",
          "ZKB", "PostFinance", "Twint", "Neon", "Yuh", "LGT", "Swiss Life", "Zurich", "AXA", "Helvetia", "Swisscom",
          "Sunrise", "Salt", "Nestlé", "Lindt & Sprüngli", "Lindt", "Emmi", "Rivella", "Ricola", "Läderach", "Kambly",
          "Swatch", "Rolex", "Richemont", "SWISS", "SBB", "Ovomaltine", "Victorinox", "On", "Freitag", "Zweifel"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    chf = f"{rng.randint(1, 9)}'{rng.randint(100, 999)}'{rng.choice(['000', '500', '250'])}"
    return {
        "chf": chf,
        "mio": f"{rng.randint(2, 950)}.{rng.randint(1, 9)}",
        "uid": f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
        "plz": rng.choice(
            [
                "8001 Zürich",
                "1204 Genève",
                "4051 Basel",
                "3011 Bern",
                "1003 Lausanne",
                "6900 Lugano",
                "6003 Luzern",
                "9000 St. Gallen",
                "6300 Zug",
                "9490 Vaduz",
            ]
        ),
        "canton": rng.choice(["ZH", "GE", "BS", "BE", "VD", "TI", "LU", "SG", "ZG", "GR", "VS", "AG"]),
        "city": rng.choice(
            ["Zürich", "Genève", "Basel", "Bern", "Lausanne", "Lugano", "Luzern", "St. Gallen", "Zug", "Vaduz"]
        ),
        "pct": f"{rng.randint(11, 89)}.{rng.randint(0, 9)}",
        "ticker": rng.choice(["UBSG", "NESN", "LISN", "UHR", "CFR", "SCMN", "HELN", "SLHN", "ZURN", "EMMN"]),
    }


NOT_CITATIONS = {
    "sr-number": ["The revised data protection act (SR 235.1) applies to every Swiss marketer.",
                  "Comparative advertising is regulated in Art. 3 UWG (SR 241)."],
    "law-with-date": ["Since the Bundesgesetz über den Datenschutz (DSG) vom 25. September 2020 came into force, profiling needs a clear legal basis.",
                      "{B} updated its privacy notice when the new FADP took effect (1 September 2023)."],
    "lcd-article": ["Unsolicited mass e-mails are banned under Art. 3 al. 1 let. o LCD (1986).",
                    "Price comparisons must not mislead (Art. 3 para. 1 let. e UWG)."],
    "cantonal-law": ["Billboards in Geneva fall under the cantonal advertising act (LPR, rsGE F 3 20).",
                     "Zürich's information and data protection act (IDG, 2007) binds the cantonal bank."],
    "liechtenstein-gazette": ["Liechtenstein adopted its own data protection act (LGBl. 2018 Nr. 272).",
                              "Vaduz joined the EEA long before the fintech boom (1995)."],
    "finma-circular": ["Banks must follow FINMA Circular 2023/1 on operational risks.",
                       "{B} reviewed its outsourcing under FINMA-RS 2018/3."],
    "slk-rule": ["The Lauterkeitskommission applies its own rules (Grundsatz B.15) to influencer posts.",
                 "Complaints rose after the rule on gender-discriminatory advertising (Grundsatz B.8) was revised."],
    "gdpr-article": ["Swiss firms that target EU customers also fall under the GDPR (Art. 3(2)).",
                     "The EU regulation (EU) 2016/679 still shapes Swiss consent banners."],
    "national-day": ["Sales of lampions and cervelats peak before the Swiss National Day (1 August).",
                     "{B} ran its campaign around the Bundesfeier (1.8.{Y})."],
    "fasnacht": ["Basel's Fasnacht ({Y}) starts with the Morgestraich at four in the morning.",
                 "Lucerne's Fasnacht (Schmutziger Donnerstag, {Y}) fills every bar in the old town."],
    "sechselaeuten": ["At Sechseläuten {Y} the Böögg's head exploded after {n} seconds.",
                      "Guild members march through Zürich on Sechseläuten (third Monday of April)."],
    "escalade": ["Geneva's Escalade (1602) is still marked with chocolate marmites every December.",
                 "{B} sold {n} marmites for the Escalade ({Y})."],
    "art-fair": ["Art Basel (June {Y}) drew collectors and sponsors to the Messe.",
                 "UBS has sponsored Art Basel since the early 1990s (lead partner)."],
    "festival": ["The Montreux Jazz Festival (founded 1967) is a long-standing partner of several Swiss brands.",
                 "Ticket sales for Paléo Nyon ({Y}) sold out in minutes."],
    "wef": ["Davos was busy during the WEF Annual Meeting (January {Y}).",
            "Swiss brands use the World Economic Forum (WEF {Y}) for hospitality events."],
    "watch-fair": ["Watches & Wonders Geneva ({Y}) replaced Baselworld as the key trade fair.",
                   "Baselworld (last held in 2019) once filled every hotel in the city."],
    "chf-amount": ["Marketing spend reached CHF {chf} ({Y}).", "The campaign budget was Fr. {chf} (excl. VAT)."],
    "mio-mrd": ["Net sales rose to CHF {mio} Mio. ({Y}).", "Group turnover was SFr. {q}.{n} Mrd. in {Y}."],
    "swiss-date": ["The survey closed on {d}.{q}.{Y}.", "The branch reopened ({d}.10.{Y}) after a refit."],
    "uid-number": ["The agency is registered as a GmbH (CHE-{uid}).", "Invoices must show the company's UID (CHE-{uid} MWST)."],
    "ticker": ["The share price fell after the results (SIX: {ticker}).", "Investors reacted quickly (SIX Swiss Exchange: {ticker}, {Y})."],
    "postcode": ["The flagship store opened in the city centre ({plz}).", "Head office moved in {Y} (CH-{plz})."],
    "canton-code": ["Response rates were highest in the smaller cantons ({canton}, UR, AI).", "Store density is highest in {canton} ({n} branches)."],
    "popular-vote": ["Voters rejected the CO2 Act (13 June 2021, 51.6 % No).",
                     "The Responsible Business Initiative failed at the cantons (29 November 2020)."],
    "founder-lifespan": ["Henri Nestlé (1814–1890) founded the company in Vevey.",
                         "Rodolphe Lindt (1855–1909) invented the conche in Bern."],
    "executive-role": ["Sergio Ermotti (Group CEO, UBS) returned in {Y}.",
                       "Migros appointed a new head of marketing (Martina Meier, appointed in {Y})."],
    "founding-year": ["Lindt & Sprüngli (founded 1845) is still based in Kilchberg.",
                      "Rivella (since 1952) is made with milk serum."],
    "former-name": ["Salt (formerly Orange Communications SA until 2015) is the third operator.",
                    "Sunrise (merged with UPC in 2020) now sells bundles."],
    "takeover": ["Credit Suisse (taken over by UBS in March 2023) left many customers unsure.",
                 "Galaxus belongs to the Migros group (majority stake since 2012)."],
    "product-model": ["The Swatch MoonSwatch (2022) caused queues outside stores.",
                      "The Rolex Submariner (ref. 126610LN) is rarely discounted."],
    "product-launch": ["Ricola launched its sugar-free range (2019 relaunch) across Europe.",
                       "Twint added its loyalty feature (Twint+ {Y}) for small retailers."],
    "award": ["{B}'s campaign won gold at the Effie Switzerland ({Y}).",
              "The agency was named Agency of the Year (ADC Switzerland {Y})."],
    "ranking": ["{B} ranked {q} in the Best Swiss Brands list ({Y} edition).",
                "Switzerland topped the Global Innovation Index again ({Y})."],
    "interest-rate": ["Mortgage demand rose when the SNB policy rate was cut (1.0 %, {Y}).",
                      "Savings accounts paid almost nothing under negative rates (−0.75 %, 2015–2022)."],
    "exchange-rate": ["Exports suffered after the SNB dropped the minimum rate (EUR/CHF 1.20, 15 January 2015).",
                      "Shopping tourism rose with the strong franc (EUR/CHF 0.95 in {Y})."],
    "survey-sample": ["Most respondents agreed (n = {n}, German- and French-speaking Switzerland).",
                      "The online panel was weighted by language region (n = {n}, {Y})."],
    "language-share": ["German is the main language of most residents (62 %), then French (23 %) and Italian (8 %).",
                       "Romansh is spoken by a small minority (0.5 %) in Graubünden."],
    "fiscal-year": ["Results are reported for the financial year (GJ {Y}/{Y2}).",
                    "{B}'s figures (FY {Y}) include the Liechtenstein subsidiary."],
    "percentage-growth": ["Online sales grew strongly (+{pct} % in {Y}).", "Market share fell ({Y}: {pct} %)."],
    "train-line": ["The pop-up store was placed on the busiest route (IC 1, Genève–St. Gallen).",
                   "Commuters on the S-Bahn (S12, Zürich HB) saw the posters every day."],
    "altitude-place": ["The campaign was shot on the Jungfraujoch (3'454 m).", "Zermatt (1'608 m) is car-free."],
    "film-title": ["The brand placed its chocolate in Heidi (2015).", "The film Wolkenbruch (2018) played on Swiss German stereotypes."],
    "sports-event": ["Sponsorship peaked around the Women's Euro (July 2025).",
                     "The Lauberhorn races (Wengen, January {Y}) are broadcast to millions."],
    "handle-hashtag": ["The campaign trended on Instagram (#Swissness{Y}).", "Customers complained on X (@SBBCFFFFS)."],
    "url": ["Details are on the co-operative's site (migros.ch/cumulus).", "The app can be downloaded free (twint.ch, {Y})."],
    "degree": ["The marketing director (MBA HSG, {Y}) joined from Nestlé.", "She holds a CAS in Digital Marketing (ZHAW, {Y})."],
    "course-code": ["This report answers Task 2 of the CIM brief (Level 7, Module 2206).", "The unit was assessed in {Y} (CIM 2206, Task 1b)."],
    "label": ["Products carry the Bio Suisse bud (Knospe, since 1981).", "Only Swiss-made milk may carry the logo (Swissmilk Green, {Y})."],
    "legal-form": ["The subsidiary was set up as a Sàrl ({city}, {Y}).", "The agency changed from a GmbH to an AG ({Y})."],
    "cooperative-members": ["Migros has more than two million members (co-operative members, {Y}).",
                            "Coop's members vote on its direction (a Genossenschaft since 1890)."],
    "price-point": ["A bar of chocolate costs Fr. 2.95 (100 g).", "The monthly plan is priced at CHF 39.90 (incl. MWST)."],
    "pandemic": ["Restaurants closed during the first lockdown (16 March 2020).", "Online orders tripled in the second wave (winter 2020/21)."],
    "opening-hours": ["Shops close early on Saturdays (until 17:00 in Zürich).", "Sunday opening is limited to a few dates ({n} per year)."],
}  # fmt: skip
