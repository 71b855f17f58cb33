"""The blind140 pool's prose: marketers in Azerbaijan and its diaspora writing CIM Level 6 and 7 reports and MBA
assignments in English (Baku, Ganja, Sumgait, Mingachevir, Lankaran, Sheki, Nakhchivan; Istanbul, Ankara, Moscow,
Tbilisi, London, Berlin) about banks and fintechs, telecoms, SOCAR and BP, supermarkets and malls, food and drink
makers, AZAL, Shahdag and Gabala tourism, media houses and agencies.

HELD OUT: written by a hundred-and-fortieth hand without reading the checker, its tests or any other pool; never tune
on it, report its tables only. Frames use the builder's slots ({N}, {P}, {Q}, {C}, {C2}, {O}, {B}, {A}, {T}, {R},
{Y}, {Y2}, {n}, {q}, {d}, {M}) and the values below; NOT_CITATIONS holds text that looks like a citation but is none.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Kapital Bank", "Birbank", "PASHA Bank", "ABB", "Bank Respublika", "m10", "Azercell", "Bakcell", "Nar",
          "SOCAR", "BP Azerbaijan", "Bravo", "Araz", "Bazarstore", "Port Baku Mall", "Azersun", "Sarab", "Sirab",
          "Chinar", "AZAL", "Shahdag Mountain Resort", "Qəbələ Tufandağ", "Wolt Azerbaijan", "Bolt Baku",
          "Gilan Textile", "Xalq Bank", "Unibank", "Baku Electronics", "Kontakt Home", "Ləzzət"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn only from Baku.",
    "{N} concluded that {C}.", "{N} states that {C}, which is directly relevant to {B}.",
    "{N} showed that {C} among {A} in Ganja and Sumgait.", "{N} highlights that {C}.",
    "{N} observed that {C}; this matches what I see at {B} every day.", "{N} emphasise that {C}.",
    "{N} noted that {C}, especially during Novruz and Gurban bayram.", "{N} suggests that {C}.",
    "{N} warned that {C} unless the manat stays stable.", "{N} went further and claimed that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} point out, {C}.",
    "{C}, as {N} explains.", "This is consistent with {N}, who reported that {C}.",
    "In the Azerbaijani context, {N} showed that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "{C}; {N} reached the same conclusion.", "A study by {N} found that {C}.",
    "{O}, research by {N} confirms that {C}.", "{B} management could learn from {N}, who argue that {C}.",
    "Similar results were reported in Tbilisi and Istanbul by {N}, where {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "{O}, {N} model explains why {C}.", "{N} survey of {n} customers in Baku showed that {C}.",
    "{N} framework helps to explain why {C}.", "{N} findings suggest that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "It is widely accepted that {C} {P}.", "Research in Azerbaijan shows that {C} {P}.",
    "{C}, particularly in the regions outside Baku {P}.", "Evidence from the banking sector suggests that {C} {P}.",
    "{C} (see also {B}'s own annual report) {P}.", "{O}, {C}{P}.", "In the post-Soviet market {C} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.", "{C} {P}, while {C2}.", "{C} {P}; however, {C2}.",
    "{C} {P}, and in Baku {C2}.", "{O}, {C} {P}, but {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to win {A}", "{T} raises {R} among {A}", "{A} expect local brands to speak Azerbaijani as well as Russian",
    "cashback campaigns on Birbank cards increase {R}", "{A} in Baku trust banks more when the app is in Azerbaijani",
    "Novruz campaigns drive the largest spike in {R}", "{T} works best when it is tied to {R}",
    "price promotions before Gurban bayram erode margins", "{A} compare tariffs across Azercell, Bakcell and Nar",
    "{B} relies on {T} more than its rivals do", "mall footfall in Baku depends on family leisure",
    "trust in local brands grew after the 2016 devaluation", "{A} switch banks when fees rise above 1%",
    "the diaspora in Istanbul and Moscow follows Azerbaijani brands on Instagram", "{T} lowers the cost of reaching {A}",
    "tourism campaigns for Shahdag and Gabala appeal mostly to Gulf visitors", "country of origin matters for bottled water",
    "sponsorship of the Baku Formula 1 Grand Prix raised awareness but not {R}", "{A} reward {T} with {R}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "In Azerbaijan", "By contrast",
           "In the case of {B}", "After the 2015 devaluation", "During Ramadan", "More recently", "Outside Baku"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and Bravo and Araz supermarkets.",
    "The campaign ran for six weeks on Instagram, TikTok and outdoor screens along Neftçilər Avenue.",
    "{O}, {C}.", "I work in the marketing department of {B} in Baku.",
    "Most customers pay in manat, although prices for tourists are often quoted in US dollars.",
    "The survey was distributed in Azerbaijani, Russian and English.",
    "{B} has branches in Ganja, Sumgait, Lankaran and Sheki as well as Baku.",
    "Interviews were held with five managers at {B} in March {Y}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} argues that {Q}.", "It has been argued that {Q} {P}.",
    "{N} writes: {Q}.", "Put simply, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["“çörək-duz”", "‘bread and salt’", "\"taksit\"", "“Bizim brend”", "‘made in Azerbaijan’",
                "“land of fire”", "\"cashback\"", "‘Odlar Yurdu’", "“super app”", "'qonaqpərvərlik'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} calls its loyalty idea {Q} {P}.", "Marketers in Baku describe this as {Q} {P}.",
    "The notion of {Q} still shapes service in Azerbaijani hotels {P}.", "{N} describes the approach as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["“Novruz bayramınız mübarək! 20% endirim”", "‘Your Birbank cashback is waiting’",
                 "\"28 May: Republic Day deals\"", "“Yeni il hədiyyələri – free delivery in Baku”",
                 "‘Last chance: {M} at half price’", "“Gurban bayramı üçün xüsusi təklif”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} doubled opens {P}.", "{B} sent the SMS {Q} to lapsed customers {P}.",
    "An email headed {Q} performed best {P}.", "{N} reports that the message {Q} lifted click-through rates.",
]  # fmt: skip

_PEOPLE = ["Heydar Aliyev (1923–2003)", "Üzeyir Hacıbəyov (1885–1948)", "Nizami Ganjavi (1141–1209)",
           "Mirza Fatali Akhundov (1812–1878)", "Lotfi Zadeh (1921–2017)", "Zarifa Aliyeva (1923–1985)",
           "Haji Zeynalabdin Taghiyev (1823–1924)", "Rashid Behbudov (1915–1989)", "Muslim Magomayev (1942–2008)",
           "Garry Kasparov (born 1963)", "Teymur Radjabov (born 1987)", "Khadija Ismayilova (born 1976)"]  # fmt: skip
_MANAGERS = ["Elçin Rəşid oğlu Məmmədov", "Leyla Tofiq qızı Əliyeva", "Orxan Hüseynov", "Günel Vəliyeva",
             "Kənan Əfəndizadə", "Nərmin Rüstəmli", "Tural Mamedov", "Aysel Alieva", "Farid Guseinov",
             "Sevinj Hajibeyli"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "AZN": f"{rng.randint(2, 950)}",
        "AZNm": f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
        "mgr": rng.choice(_MANAGERS), "hist": rng.choice(_PEOPLE),
        "city": rng.choice(["Baku", "Ganja", "Sumgait", "Mingachevir", "Lankaran", "Sheki", "Nakhchivan", "Gabala", "Quba"]),
        "law": rng.choice(["998-IIIQ", "1071-IVQ", "1126-IQ", "908-IIQ", "590-IIQ", "1012-VIQD", "161-VIQ"]),
        "decree": str(rng.randint(100, 2100)), "voen": f"{rng.randint(1000000000, 1999999999)}",
        "pct": f"{rng.randint(2, 68)}.{rng.randint(0, 9)}", "flight": f"J2 {rng.randint(1, 899)}",
        "short": f"*{rng.randint(100, 999)}#", "tariff": rng.choice(["Yalla", "Dalğa", "SuperSIM", "Ekonom", "Nar+"]),
        "month": rng.choice(["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
                             "oktyabr", "noyabr", "dekabr"]),
        "hijri": f"{rng.randint(1440, 1447)}",
        "rate": f"1.{rng.randint(6990, 7010)}",
        "f1": str(rng.choice([2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025])),
    }  # fmt: skip


NOT_CITATIONS: dict[str, list[str]] = {
    "law-number-year": ["Advertising is regulated by Law of the Republic of Azerbaijan No. {law} (amended {Y}).",
                        "{B} had to update its consent forms under Law No. {law} of {Y}."],
    "presidential-decree": ["The State Programme was approved by Presidential Decree No. {decree} ({d} May {Y}).",
                            "A Presidential Order (No. {decree}, {Y}) set the target for cashless payments."],
    "cabinet-decision": ["The Cabinet of Ministers adopted Decision No. {n} ({Y}) on tourism statistics.",
                         "Rules for loyalty schemes followed Cabinet Decision No. {n} of {d}.03.{Y}."],
    "cbar-rate": ["The CBAR kept the official rate at {rate} AZN per USD ({d} March {Y}).",
                  "The Central Bank's refinancing rate was cut to 7.25% (CBAR, decision of {d} October)."],
    "manat-sign": ["A Birbank cashback of ₼{AZN} ({Y} campaign) was offered to new cardholders.",
                   "Revenue reached AZN {AZNm} million ({Y}), up {pct}% on the year before."],
    "devaluation-year": ["Consumer confidence collapsed after the devaluation (February and December 2015).",
                         "The manat lost half its value (2015) and prices in Bravo rose sharply."],
    "novruz-date": ["Sales peak before Novruz (20–21 March {Y}).", "The campaign ran through Novruz bayramı ({Y}) and the week after."],
    "ramadan-eid": ["Orders fell during Ramadan ({Y}) and rose before Ramazan bayramı.",
                    "Gurban bayramı ({hijri} AH) fell in June that year."],
    "republic-day": ["{B} launched its rebrand on Republic Day (28 May {Y}).", "Independence Day (18 October) is a quieter trading day."],
    "national-days": ["Flag Day (9 November) and Solidarity Day (31 December) both feature in the calendar.",
                      "The 20 January (Qara Yanvar, 1990) commemoration means no advertising that day."],
    "f1-grand-prix": ["Hotel occupancy doubled during the Baku Formula 1 Grand Prix ({f1}).",
                      "{B} sponsored the Azerbaijan Grand Prix (Baku City Circuit, {f1})."],
    "eurovision": ["Azerbaijan won Eurovision (Düsseldorf, 2011) and hosted it in Baku (2012).",
                   "Ell & Nikki's 'Running Scared' (2011) is still used in tourism promotion."],
    "european-games": ["The Baku 2015 European Games (12–28 June 2015) brought new sponsorship deals.",
                       "COP29 (Baku, November 2024) raised the profile of green claims."],
    "historical-person": ["The brand story draws on {hist}.", "The hotel's restaurant is named after {hist}."],
    "manager-patronymic": ["{mgr} (Head of Marketing, {B}, {Y}) agreed to be interviewed.",
                           "The campaign was approved by {mgr}, CEO since {Y}."],
    "founder-year": ["{B} was founded in Baku ({Y}) by two brothers from Sheki.",
                     "Azersun (founded 1991) now exports to more than 40 countries."],
    "voen-code": ["{B} is registered with the tax authority (VÖEN {voen}).", "The supplier's tax number (VÖEN: {voen}, {Y}) was checked."],
    "legal-form-year": ["The company re-registered as an open joint-stock company (ASC, {Y}).",
                        "Araz Supermarket MMC (est. {Y}) operates more than 100 stores."],
    "bfb-ticker": ["Its shares trade on the Baku Stock Exchange (BFB: {Y} listing).",
                   "Bonds were issued on the BSE (ticker KAPB, {Y})."],
    "flight-number": ["AZAL's flight {flight} (Baku–London, {Y}) carried the campaign on seatbacks.",
                      "Passengers on {flight} received a free Sirab (summer {Y})."],
    "ussd-code": ["Customers top up by dialling {short} ({tariff} tariff).", "The {tariff} package ({Y}) costs 15 AZN a month."],
    "tariff-name": ["Nar's {tariff} tariff ({Y} relaunch) targeted students.", "Bakcell's Klass package (₼{AZN} per year) was withdrawn."],
    "product-model": ["Kapital Bank's Birbank Umico card (cashback {q}%) launched in {Y}.",
                      "The m10 wallet (version 3.{q}, {Y}) added QR payments."],
    "azerbaijani-date": ["The survey closed on {d} {month} {Y}.", "Sorğu {d} {month} {Y}-ci il tarixində başa çatdı."],
    "dotted-date": ["Data were collected from 01.03.{Y} to 30.04.{Y}.", "The offer was valid until {d}.12.{Y}."],
    "hijri-year": ["The mosque's anniversary ({hijri} AH) was marked by a charity campaign.", "Ramadan {hijri} began earlier in the Gregorian year."],
    "figure-year": ["Card payments are shown in the chart (Figure {q}, {Y}).", "Table {q} ({Y}–{Y2}) compares the three operators."],
    "sample-size": ["Most respondents in Baku agreed (n = {n}).", "A five-point Likert scale was used (n = {n}, {Y})."],
    "percentage-bracket": ["Cashless payments rose sharply ({pct}% in {Y}).", "Bakcell's market share fell ({pct}%, Q{q} {Y})."],
    "quarter-year": ["Sales grew strongly in Q{q} {Y}.", "Mall footfall recovered (Q{q} {Y} vs Q{q} {Y2})."],
    "revenue-bracket": ["Net profit rose ({Y}: AZN {AZNm}m).", "The marketing budget was cut ({Y} budget: ₼{AZN}k)."],
    "organisation-year-bracket": ["The regulator (FIMSA, {Y}–2019) was merged into the Central Bank.",
                                  "The operator (Azerfon, until {Y}) rebranded as Nar."],
    "acronym-bracket": ["Ministry of Digital Development and Transport (MDDT, {Y}) took over telecoms policy.",
                        "The State Service for Antimonopoly Policy (SSAP, {Y}) fined two operators."],
    "award-year": ["{B} won Brand of the Year Azerbaijan ({Y}).", "The campaign was shortlisted at the Caspian Marketing Awards ({Y})."],
    "festival-event": ["The Gabala International Music Festival ({Y}) attracts visitors from Moscow.",
                       "Baku Jazz Festival ({Y}) and Baku Shopping Festival ({Y2}) were sponsored by {B}."],
    "mall-opening": ["Port Baku Mall (opened {Y}) targets high-income shoppers.", "Ganjlik Mall (2014) is the most visited mall in Baku."],
    "place-year": ["The campaign was tested in {city} ({Y}) before the national roll-out.", "{B} opened a branch in {city} ({d} September {Y})."],
    "soviet-era": ["Most factories were built in the Soviet period (1920–1991).", "The Sirab brand dates from the Azerbaijan SSR (1970s)."],
    "interviewee-code": ["One manager (Participant 3, {city}) said prices mattered most.", "Interviewee B ({Y}) worked at {B} for ten years."],
    "course-module": ["This report answers CIM Level 7 Module 2 (Task {q}, {Y}).", "Assessment brief (MBA MKT-{n}, ADA University, {Y})."],
    "street-address": ["The flagship store is at 28 May Street (No. {n}) in Baku.", "The head office moved to Nizami küçəsi {n} ({Y})."],
    "version-year": ["ISO 26000 ({Y}) guided the CSR reporting.", "The app follows WCAG 2.1 (2018) for accessibility."],
    "tv-show": ["The advert aired during Yeni Gün (ARB TV, {Y}).", "Our sponsorship of 'Səs Azərbaycan' (season {q}) was a success."],
    "football-club": ["{B} sponsors Qarabağ FK (Champions League {Y}).", "Neftçi PFK (founded 1937) is backed by SOCAR."],
    "oil-contract": ["The 'Contract of the Century' (20 September 1994) is part of SOCAR's brand story.",
                     "BTC pipeline (opened 2006) features in BP Azerbaijan's advertising."],
    "unit-price": ["A bottle of Sirab costs ₼0.{q}5 ({Y} price).", "Petrol (AI-92) sold for 1.00 AZN per litre ({Y})."],
    "cyrillic-name": ["The old sign read «Азерсун» (1990s) before the Latin alphabet was adopted.",
                      "Russian-language adverts (на русском, {Y}) still reach older viewers."],
    "alphabet-reform": ["Azerbaijan moved from Cyrillic to Latin script (1991–2001).", "The Latin alphabet (adopted 1991) uses the letter ə."],
    "exchange-rate": ["At the time 1 USD = {rate} AZN ({d}.0{q}.{Y}).", "Prices were converted at the CBAR rate (USD/AZN {rate})."],
    "conference-event": ["Findings were presented at ADA University's Marketing Day ({Y}).", "The Baku Marketing Summit ({Y}) discussed AI."],
}  # fmt: skip
