"""Prose for the sixty-fifth held-out pool, "blind65": Nordic and Baltic retail, design, grocery, fintech and tourism marketers.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
sustainability and communications marketers at retailers, furniture and design houses, grocery and dairy
cooperatives, fintechs, banks, telecoms, airlines, tourism boards and agencies in Stockholm, Gothenburg, Oslo,
Bergen, Copenhagen, Aarhus, Helsinki, Reykjavík, Tallinn, Riga and Vilnius write their CIM Level 6 and 7 and MBA
reports in English: Swedish, Norwegian, Danish and Finnish laws by their numbers, EU regulations, statistics-office
releases, Black Week, Singles Day, midsummer and Jul campaigns, kronor, kroner, euro and ISK figures, company forms
(AB, ASA, A/S, amba, Oyj, AS, publ), store formats and counts, loyalty tiers, app versions, campaign names in quotation
marks, Nordic words glossed in brackets, awards and fairs with their years, survey fieldwork, tickers and hashtags.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C} among Nordic shoppers.",
    "{N} shows that {C}, at least in the Swedish market.",
    "{N} reports that {C}.",
    "{N} notes that {C}, which matters for {B}.",
    "{N} concludes that {C}, although the sample was Danish.",
    "{N} suggests that {C}.",
    "{N} observed that {C} during Black Week.",
    "{N} makes the case that {C}.",
    "{N} is clear that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "For {B}, the evidence from {N} is that {C}.",
    "In the Finnish data, {N} found that {C}.",
    "As {N} points out, {C}.",
    "This matters because, according to {N}, {C}.",
    "The Baltic case is similar: {N} reports that {C}.",
    "Looking at Norway, {N} showed that {C}.",
    "Our team leaned on {N}, who argues that {C}.",
    "At the {city} workshop we tested the idea from {N} that {C}.",
    "On loyalty, {N} found that {C}.",
    "Here the view of {N} is useful: {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Nordic grocery shows that {C}.",
    "Following {N} framework, {C}.",
    "{N} survey of {A} found that {C}.",
    "We used {N} model to argue that {C}.",
    "{N} work on cooperatives suggests that {C}.",
    "According to {N} findings, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "In the Nordics, {C} {P}.",
    "Research on Swedish retail suggests that {C} {P}.",
    "{O}, {C} {P}.",
    "For {B}, {C} {P}.",
    "Evidence from the Baltic states points the same way: {C} {P}.",
    "It is widely reported that {C} {P}.",
    "During Black Week, {C} {P}.",
    "Among {A}, {C} {P}.",
    "There is a good case that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which {B} should act on before the Jul season.",
    "Because {C} {P}, the plan puts loyalty first.",
    "{O}, {C} {P}, so the brief changes.",
    "Since {C} {P}, the {city} pilot is a sensible first step.",
    "{C} {P}; the same holds for {A}.",
    "While {C} {P}, the cost in {currency} is still high.",
    "If {C} {P}, then {B} needs a stronger app.",
    "Given that {C} {P}, we recommend a phased rollout.",
]  # fmt: skip
CLAIMS = [
    "members of grocery cooperatives are more loyal to the chain than to its brands",
    "dividend-based loyalty schemes raise basket size",
    "Nordic consumers distrust vague green claims",
    "second-hand offers strengthen rather than cannibalise a fashion brand",
    "buy now, pay later increases conversion among {A}",
    "trust in banks remains high across the Nordic countries",
    "personalised offers in the app lift {R}",
    "design heritage supports premium pricing",
    "price promotions during Black Week erode brand equity over time",
    "tourists choose Nordic destinations for nature and safety",
    "cashless payments change how shoppers perceive small purchases",
    "private labels have gained share since food inflation began",
    "short-form video drives reach among {A} more cheaply than TV",
    "sustainability messages work best when they are specific and verifiable",
    "customers expect the same prices online and in store",
    "local sourcing is a stronger purchase driver in Finland than in Sweden",
    "slow travel appeals to younger visitors from Germany and the Netherlands",
    "membership data gives cooperatives an edge in personalisation",
    "the northern lights are marketed more effectively through user-generated content",
    "fintech brands grow fastest through word of mouth",
    "midsummer and Christmas account for a large share of annual grocery profit",
    "loyalty tiers motivate the middle segment more than the top one",
    "brand purpose statements have little effect unless staff believe them",
    "Baltic shoppers are more price-sensitive than Nordic ones",
    "mobile wallets have replaced cards for {A}",
]  # fmt: skip
OPENERS = [
    "In Swedish grocery",
    "Across the Nordic markets",
    "In the Baltic states",
    "For a design brand such as {B}",
    "In Norwegian retail",
    "Among Danish shoppers",
    "In the Finnish context",
    "For tourism boards",
    "In consumer fintech",
    "Since the energy crisis",
]  # fmt: skip
PLAIN = [
    "The next section sets out the plan for {B} in more detail.",
    "Table 2 summarises the options for the {city} launch.",
    "The budget is shown in {currency} throughout.",
    "This section applies the theory to {B}.",
    "The recommendations below follow from the situation analysis.",
    "Appendix 3 holds the full customer journey map.",
    "Figure 4 shows the proposed campaign calendar.",
    "We interviewed six store managers and two category managers.",
    "The team met weekly on Teams while the plan was drafted.",
    "The second task turns to measurement.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{N} put it plainly: {Q}.",
    "As one study notes, {Q} {P}.",
    "{Q} {P}.",
    "{N} writes that {Q}.",
    "The point for {B} is simple: {Q} {P}.",
    "In the words of {N}, {Q}.",
    "The literature is blunt: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "lagom", "hygge", "sisu", "fika", "friluftsliv", "koselig", "Nordic cool", "frictionless", "conscious choice",
    "member first", "everyday luxury", "flygskam", "kalsarikänni", "smart spending", "quiet luxury", "Scandi minimalism",
]  # fmt: skip
SCARE_FRAMES = [
    "The idea of “{Q}” is often overused in brand copy {P}.",
    "Many brands sell '{Q}' to tourists, but {N} shows that locals see it differently.",
    "The so-called \"{Q}\" shopper is hard to pin down {P}.",
    "{B} leans on ‘{Q}’ in its campaigns {P}.",
    "What counts as “{Q}” varies by market {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "Your Black Week starts now", "Midsummer is on us!", "God Jul from all of us at {B}", "Members save 20% this week",
    "Your {B} bonus has arrived", "Last chance: {n} kr off", "Hyvää joulua – and free delivery", "Pay later, smile now",
    "Northern lights, first row", "We miss you, {name}", "New in: the spring collection", "Tack for handling hos oss!",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The email subject line “{Q}” performed best in testing {P}.",
    "A push notification such as \"{Q}\" follows the advice in {N}.",
    "Subject lines like ‘{Q}’ lift open rates {P}.",
    "The banner “{Q}” was chosen for the app {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "swedish-law-number": [
        "The claims must comply with the Swedish Marketing Act (SFS 2008:486), section 10 in particular.",
        "Under Marknadsföringslagen (2008:486) a price reduction must refer to the lowest price of the last 30 days.",
        "Legal has checked the copy against SFS 2022:260 before launch.",
    ],
    "norwegian-law-number": [
        "In Norway the Marketing Control Act (LOV-2009-01-09-2) sets the rules for price comparisons.",
        "The Consumer Authority enforces markedsføringsloven (LOV-2009-01-09-2) strictly on green claims.",
    ],
    "danish-law-number": [
        "The Danish Marketing Practices Act (LBK nr 866 af 15/06/2022) applies to the loyalty app as well.",
        "Forbrugerombudsmanden's guidance on LBK nr 866 (2022) covers influencer posts.",
    ],
    "finnish-law-number": [
        "In Finland the Consumer Protection Act (38/1978), chapter 2, governs the campaign.",
        "Kuluttajansuojalaki (38/1978) treats the price display in the webshop the same way.",
    ],
    "eu-regulation": [
        "Consent in the app follows the GDPR (Regulation (EU) 2016/679), Article 7.",
        "The Empowering Consumers Directive (EU) 2024/825 will ban generic claims such as \"eco-friendly\" from 27 September 2026.",
        "The Omnibus Directive (EU) 2019/2161 changed how Black Week discounts are shown.",
    ],
    "statistics-release": [
        "Retail sales rose {n2}% in October (SCB, Detaljhandelns försäljningsvolym) according to the monthly release.",
        "Hagstofa Íslands counted {n}000 overnight stays by foreign visitors in Q{q} {yr}.",
        "Statistics Estonia (Statistikaamet) put e-commerce at {n2}% of retail turnover in {yr}.",
    ],
    "currency-figure": [
        "The campaign budget is SEK {n} 000 (about EUR {n2} 000 at today's rate).",
        "A night in a glass igloo costs from ISK 60 000 (about EUR 400) in high season.",
        "The average basket in the pilot store was NOK {n} (up from NOK {n3}0 a year earlier).",
    ],
    "company-form": [
        "H & M Hennes & Mauritz AB (publ) is listed on Nasdaq Stockholm.",
        "Arla Foods amba is owned by about 8,000 dairy farmers (in Denmark, Sweden, the UK and four other countries).",
        "Klarna Bank AB (publ) and Vipps MobilePay AS compete for the same checkout.",
    ],
    "ticker": [
        "Shares in Pandora (PNDORA) rose {n2}% after the Q{q} results.",
        "Kesko (KESKOB) and Marimekko (MEKKO) both report in euro.",
        "Clas Ohlson (CLAS B) trades on Nasdaq Stockholm.",
    ],
    "black-week": [
        "Black Week {yr} ran for ten days, up to Cyber Monday (the last Monday in November).",
        "The \"Black Week\" banner went live at 00:01 on the Friday before.",
    ],
    "singles-day": [
        "Singles Day (11.11) has grown in Sweden and Denmark since {yr}.",
        "We plan a \"Singles Day\" bundle for 11 November, with free shipping over {n} kr.",
    ],
    "midsummer-campaign": [
        "The Midsommar {yr2} campaign (\"Sill, snaps och sol\") ran on TV4 and in store.",
        "Juhannus (Midsummer) sales of new potatoes peak in the week before midsummer eve.",
    ],
    "jul-campaign": [
        "The Jul {yr2} campaign (\"Hjem til jul\") launched in the first week of November.",
        "Joulu (Christmas) and Jul campaigns start earlier every year; in {yr} they began on 1 November.",
    ],
    "store-count": [
        "ICA has about 1,300 stores (ICA Maxi, ICA Kvantum, ICA Supermarket and ICA Nära).",
        "Clas Ohlson runs {n} stores in Sweden, Norway and Finland (and one in Germany).",
    ],
    "loyalty-tier": [
        "Members move from Silver to Gold after {n} points (Finnair Plus) within twelve months.",
        "The S-Etukortti (S Group's loyalty card) pays a Bonus of up to 5%.",
        "Saga Club members (Icelandair) earn points on every flight.",
    ],
    "nordic-word-gloss": [
        "The brand uses the Swedish word \"lagom\" (just the right amount) in its claims.",
        "Our concept builds on \"koselig\" (cosy, the Norwegian cousin of hygge).",
        "The Finnish idea of sisu (grit) runs through the whole campaign.",
    ],
    "campaign-title": [
        "The \"Take Care of What You Love\" line (from {yr}) still tests well.",
        "IKEA's \"Buy with Confidence\" and \"Buy Back & Resell\" services were relaunched in {yr2}.",
        "The \"Home is where the heart is\" campaign (Q{q}) had the highest recall.",
    ],
    "award-year": [
        "The packaging won a Red Dot Award (Product Design) in {yr}.",
        "The agency's work took a Guldägget (Golden Egg) in {yr2} and a Cannes Lion the year after.",
    ],
    "trade-fair": [
        "We will show the collection at Stockholm Furniture Fair (February {yr2}) and at 3daysofdesign in Copenhagen.",
        "The team met buyers at Formex (January {yr}) and Habitare (Helsinki, September).",
    ],
    "fieldwork-survey": [
        "Our own survey (n = {n}, fielded on Norstat's panel in March {yr}) asked about payment habits.",
        "The poll was run by Kantar Sifo for the client (fieldwork {d1}–{d2} May {yr}).",
    ],
    "interview-code": [
        "One store manager (Interviewee 3, Gothenburg) put it this way: customers want help, not apps.",
        "The CRM lead (R2, Tallinn) described the data as \"messy but usable\".",
    ],
    "app-version": [
        "Version {q}.{v} of the app (released in March) added Swish and Vipps payments.",
        "The loyalty app (iOS 17 and Android 14) reached {n}k downloads.",
    ],
    "hashtag-handle": [
        "The campaign used #{hashtag} and tagged @visitsweden on Instagram.",
        "UGC came in under #{hashtag} (over {n} posts in the first week).",
    ],
    "promo-code": [
        "The code MIDSOMMAR{yy} gave {n2}% off orders over {n} kr.",
        "Students used the code JUL{yy} (valid until 24 December).",
    ],
    "press-mention": [
        "Dagens Industri ran the story on its front page in {yr}, and Breakit followed.",
        "The launch was covered by Helsingin Sanomat and Yle in autumn {yr}.",
        "Aftenposten and Dagens Næringsliv both picked it up the same week.",
    ],
    "tv-show": [
        "The brand sponsored \"Så mycket bättre\" (TV4) in the {yr} season.",
        "The ad ran in the breaks of \"Skavlan\" and \"Allsang på Grensen\" (TV 2).",
    ],
    "song-reference": [
        "The film uses \"Dancing Queen\" (ABBA, 1976), licensed for the Nordics only.",
        "Our TikTok sound is a cover of \"Take On Me\" (a-ha), which tested best with {A}.",
    ],
    "course-code": [
        "This report answers Task 2 of the CIM Level 7 module (Marketing and Digital Strategy).",
        "It was written for MBA module MK7045 (Brand Strategy) at the {city} campus.",
    ],
    "figure-table-ref": [
        "See Figure {q} (customer journey) and Table {n2} (channel costs) in the appendix.",
        "The SWOT (Table {q}) draws on the workshop notes.",
    ],
    "percentage-bracket": [
        "Card payments fell to {n2}% of in-store transactions (from {n3}% in {yr}).",
        "App users (about {n2}% of members) spend more per visit.",
    ],
    "quarter-year": [
        "Sales fell in Q{q1} {yr2} (and Q{q2}) but recovered before Christmas.",
        "The pilot runs from Q{q} to Q4 {yr2}, then goes to all stores.",
    ],
    "opening-hours": [
        "Stores open 07–23 (Sundays 09–21) in the pilot towns.",
        "Customer service is open weekdays 08:00–17:00 (CET).",
    ],
    "flight-route": [
        "Finnair's route to Tokyo (HEL–NRT) restarted in {yr}.",
        "Icelandair's stopover offer (KEF, up to 7 days) is a product in itself.",
    ],
    "certification-label": [
        "The range carries the Nordic Swan Ecolabel (Svanen) and the EU Ecolabel.",
        "Products with the Nøkkelhullet (Keyhole) label grew faster than the category.",
        "The company has been a certified B Corp since {yr} (score {n2}.{q}).",
    ],
    "standard-number": [
        "The report follows ISO 14001 and ISO 20121 for the event.",
        "Emissions are reported under the GHG Protocol (Scope 1, 2 and 3) and ESRS E1.",
    ],
    "date-in-brackets": [
        "The price freeze (1 February to 30 April) covered {n} everyday products.",
        "The new CEO (from 1 September {yr2}) wants fewer campaigns.",
    ],
    "email-subject-test": [
        "We A/B tested two subject lines (\"Hej {name}!\" against \"Your offer inside\").",
        "The winning preheader (\"Only this weekend\") lifted clicks by {n2}%.",
    ],
    "brand-slogan": [
        "Telia's line \"Together we make it happen\" appears on every touchpoint.",
        "Lego's motto \"Only the best is good enough\" (Det bedste er ikke for godt) comes from its founder.",
    ],
    "model-acronym": [
        "We apply the RACE model (Reach, Act, Convert, Engage) to the webshop.",
        "The plan uses SOSTAC (Situation, Objectives, Strategy, Tactics, Action, Control).",
    ],
    "podcast-episode": [
        "The CMO spoke about it on the Handelspodden podcast (episode {n}).",
        "Our founder's interview on \"Digitalisti\" (season {q}) drove sign-ups.",
    ],
    "linkedin-post-mention": [
        "The head of brand announced the change on LinkedIn in March (with over {n} reactions).",
        "A TikTok from a Riga creator (@{handle}) reached {n}k views in two days.",
    ],
    "exchange-rate": [
        "All figures use EUR 1 = SEK 11.{n2} (the rate on {d} October).",
        "We converted at DKK 7.46 = EUR 1, the fixed ERM II rate.",
    ],
    "vat-rate": [
        "Food VAT in Sweden was cut to 6% (from 12%) from April {yr2}.",
        "Norway charges 15% VAT on food (25% on most other goods).",
    ],
    "citation-like-name-number": [
        "Aalto (the Finnish architect, 1898–1976) gave his name to the vase.",
        "The Ørsted brand (named after H.C. Ørsted) replaced DONG Energy in 2017.",
    ],
    "event-edition": [
        "Slush {yr} (Helsinki, 30 November) hosted the fintech panel.",
        "We will run a stand at Matka Nordic Travel Fair (January {yr2}).",
    ],
    "weather-season": [
        "Snow (from late October in Lapland) drives early demand for winter wear.",
        "The polar night (kaamos) lasts about 50 days in Utsjoki.",
    ],
}  # fmt: skip

BRANDS = ["IKEA", "H&M", "Clas Ohlson", "ICA", "Coop", "Netto", "Arla", "Kesko", "S Group", "Marimekko", "LEGO",
          "Pandora", "Klarna", "Vipps MobilePay", "Telia", "Finnair", "Icelandair", "Visit Sweden", "VisitDenmark",
          "Bolt", "Wise", "Swedbank", "Oatly", "Fazer", "Normal", "Kicks", "Lindex", "Stockmann", "Rimi", "Maxima",
          "Elkjøp", "Power", "Tine", "Valio", "Oda", "Wolt", "Mathem", "Apotek Hjärtat", "Swish", "Revolut"]  # fmt: skip

_CITIES = ["Stockholm", "Gothenburg", "Malmö", "Oslo", "Bergen", "Trondheim", "Copenhagen", "Aarhus", "Odense",
           "Helsinki", "Tampere", "Turku", "Reykjavík", "Akureyri", "Tallinn", "Tartu", "Riga", "Vilnius", "Kaunas"]  # fmt: skip
_COUNTRIES = ["Sweden", "Norway", "Finland", "Germany", "the UK", "the Netherlands"]
_NAMES = ["Anna", "Mikko", "Sigrid", "Jonas", "Līga", "Kadri", "Þóra", "Rasmus", "Eglė"]
_HASHTAGS = [
    "midsommar",
    "hyggehjemme",
    "visitfinland",
    "lagomliving",
    "jul",
    "blackweek",
    "secondhandsept",
    "nordiclight",
]
_HANDLES = ["riga.style", "tallinn_eats", "nordic.nest", "hygge.home", "helsinki.daily", "oslo.finds"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn from the builder's random source."""
    q = rng.randint(1, 3)
    yr = rng.randint(2018, 2025)
    d = rng.randint(1, 24)
    return {
        "yr": str(yr),
        "yr2": str(min(2027, yr + rng.randint(1, 2))),
        "city": rng.choice(_CITIES),
        "currency": rng.choice(["SEK", "NOK", "DKK", "EUR", "ISK", "kronor", "kroner", "euro"]),
        "country": rng.choice(_COUNTRIES),
        "n2": str(rng.randint(2, 68)),
        "n3": str(rng.randint(30, 90)),
        "q1": str(q),
        "q2": str(q + 1),
        "d1": str(d),
        "v": str(rng.randint(2, 40)),
        "d2": str(d + rng.randint(1, 4)),
        "yy": str(rng.randint(22, 26)),
        "name": rng.choice(_NAMES),
        "hashtag": rng.choice(_HASHTAGS),
        "handle": rng.choice(_HANDLES),
    }
