"""The blind137 pool's prose (HELD OUT): marketers in Ukraine and its diaspora writing CIM Level 6 and 7 reports
and MBA assignments in English.

A hundred-and-thirty-seventh independent pool, written without reading the checker, its tests or any other pool.
HELD OUT: nobody tunes the checker on it until its first tables have been read. The candidates work in Kyiv, Lviv,
Kharkiv, Odesa, Dnipro, Zaporizhzhia, Vinnytsia and Ivano-Frankivsk, or in Warsaw, Kraków, Berlin, Prague, Toronto
and London, at banks and fintechs (PrivatBank, monobank, Oschadbank, PUMB, Raiffeisen Bank Ukraine), telecoms
(Kyivstar, Vodafone Ukraine, lifecell), retailers and e-commerce (Rozetka, Prom.ua, Silpo, ATB, Epicentr, Comfy,
Foxtrot), delivery firms (Nova Poshta, Ukrposhta, Glovo, Bolt Food), food and drink makers (Roshen, Obolon, MHP,
Nemiroff), IT outsourcers (EPAM, SoftServe, GlobalLogic), media houses and agencies. Their prose carries laws as
"Law of Ukraine No. 1089-IX", resolutions of the Cabinet of Ministers and the NBU by number, hryvnias written as
UAH, ₴ and "bn", martial-law dates, Independence Day (24 August), Christmas (25 December since 2023), Easter and
Black Friday, EDRPOU codes and FOP groups, tariffs, models, awards, streets, people with their years who are no
authors, organisations named with a year in brackets, and quotations in « », “ ” and straight marks.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{C}``/``{C2}`` a claim, ``{B}`` a brand, ``{O}`` an
opener, ``{Q}`` a quotation; the other placeholders are the builder's fill values and this module's ``values``.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["PrivatBank", "monobank", "Oschadbank", "PUMB", "Raiffeisen Bank Ukraine", "Kyivstar", "Vodafone Ukraine",
          "lifecell", "Rozetka", "Prom.ua", "Silpo", "ATB", "Epicentr", "Comfy", "Foxtrot", "Nova Poshta", "Ukrposhta",
          "Glovo", "Bolt Food", "Roshen", "Obolon", "MHP", "Nemiroff", "EPAM", "SoftServe", "GlobalLogic", "Aroma Kava",
          "Lviv Croissants", "Kyivstar TV", "izi.ua", "Novus", "Eva", "Makeup.com.ua", "Yakaboo", "Sense Bank"]  # fmt: skip

NARRATIVE_START = [
    "{N} argues that {C}.", "{N} found that {C}, although the sample came only from Kyiv and Lviv.",
    "{N} concluded that {C}.", "{N} shows that {C}, which is directly relevant to {B}.",
    "{N} notes that {C}; {B}'s own data since 24 February 2022 point the same way.",
    "{N} emphasises that {C}.", "{N} stresses that {C}, especially for {A}.", "{N} states that {C}.",
    "{N} observed that {C} even during blackouts.", "{N} explained that {C}.",
    "{N} surveyed {n} respondents and found that {C}.", "{N} recommended that Ukrainian brands check whether {C}.",
    "{N} goes further and claims that {C} and that {C2}.", "{N} pointed out that {C} — a lesson {B} learned the hard way.",
    "{N} described {T} as the cheapest way to reach {A} and showed that {C}.", "{N} questioned whether {C}.",
    "{N} confirms that {C} in the Ukrainian market.", "{N} agreed that {C}, for example in FMCG and banking.",
    "{N} underlines that, since the full-scale invasion, {C}.", "{N} reported that {C} among {ua_city} consumers.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Ukrainian retailers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} — a view shared by {N}.", "As {N} highlighted, {C}.", "{B} is a good example: {N} showed that {C}.",
    "Research by {N} suggests that {C}.", "According to {N}, {C}.", "A survey conducted by {N} found that {C}.",
    "{C}, as {N} noted in the context of {T}.", "It may be argued, following {N}, that {C}.",
    "In the Ukrainian context, {N} demonstrated that {C}.", "For {B}, the work of {N} means that {C}.",
    "Drawing on {N}, this report assumes that {C}.", "{C}; {N} came to a similar conclusion for {ua_city}.",
    "Unlike Western authors, {N} insisted that {C}.", "Even before the war, {N} warned that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model suggests that {C}.", "{O}, {N} findings imply that {C}.", "{N} framework explains why {C}.",
    "{N} survey of {A} showed that {C}.", "{N} argument is that {C}.", "{N} data for {ua_city} confirm that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely recognised that {C} {P}.",
    "Studies of Ukrainian consumers show that {C} {P}.", "{C}, particularly in wartime {P}.",
    "In {ua_city}, {C} {P}.", "{B} has already seen that {C} {P}.", "{C} ({n} respondents) {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.", "Since 2022, {C} {P}.", "{C}, including among {A} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; nevertheless, {C2}.", "{C} {P}, while {C2}.",
    "In Ukraine, {C} {P}, whereas in Poland {C2}.", "{C} {P} — and {B} knows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {T} to win back {A}", "{T} raises {R} among {A}", "{A} expect brands to speak Ukrainian",
    "{T} works best when it is tied to {R}", "small FOPs gain more from {T} than national chains do",
    "trust in banks recovered faster than expected after 2022", "{A} reward brands that donate to the army",
    "cashless payments grew fastest in the regions", "price remains the main driver of choice in food retail",
    "loyalty apps increase basket size by about {pct}%", "{B} relies on {T} more than its rivals do",
    "Telegram channels shape opinion more than television does", "{A} switched to Ukrainian-language content",
    "delivery speed matters more than price for {A}", "brands that stayed silent after 24 February lost {R}",
    "{A} prefer Ukrainian producers when the quality is similar", "humour in advertising still works in wartime",
    "the return on {T} falls as budgets grow", "outages and blackouts changed how {A} shop",
    "employer branding matters for IT outsourcers competing for talent", "{B} gained {R} through its charity work",
    "prices in hryvnias are read as a sign of a local brand", "diaspora customers in Poland keep using Ukrainian apps",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "Since the full-scale invasion",
           "In the case of {B}", "By contrast", "Under martial law", "In {ua_city}", "More recently",
           "Nevertheless", "In the Ukrainian market", "Among the diaspora in {abroad}"]  # fmt: skip
PLAIN = [
    "{B} sells through its app, its website and its network of stores across {ua_city} and the regions.",
    "The campaign ran for six weeks across Telegram, Instagram and outdoor boards.",
    "{O}, {C}.", "The author works in the marketing team of {B} in {ua_city}.",
    "Interviews were held in Ukrainian and translated into English by the author.",
    "The data were collected before the blackouts of winter 2022–23.",
    "{B} moved its contact centre to Lviv and kept it running on generators.",
    "The analysis below follows the RACE framework and the 7Ps.",
    "Figures are given in hryvnias and converted at the NBU official rate where needed.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Ukrainian textbook puts it, {Q} {P}.", "{N} puts it plainly: {Q}.",
    "In other words, {Q} {P}.", "{O}, {Q} {P}.", "{N} writes that {Q}.", "This is summed up well: {Q} {P}.",
    "The key point is that {Q} {P}, and {B} has not yet acted on it.", "{Q} {P}; the evidence from {ua_city} agrees.",
]  # fmt: skip
SCARE_QUOTES = ["«Buy Ukrainian»", "“Made in Ukraine”", "'Brave Ukraine'", "«Be Brave Like Ukraine»",
                "“business as usual”", "«Invincibility Points»", "“cashback”", "'shopping therapy'",
                "«Yes, we are open»", "“digital state”", "«We are working»"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now speak of {Q} as a strategy {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} {P}.", "The idea of {Q} is now common in Ukraine {P}.",
    "{N} calls this {Q} marketing.", "So-called {Q} campaigns spread quickly {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Your parcel is waiting at the Nova Poshta branch”", "«Cashback up to 20% until Sunday»",
                 "'Black Friday: minus 50% on {M}'", "“We are working: deliveries resume today”",
                 "«Your monthly statement is ready»", "'Independence Day sale: 24% off everything'",
                 "“Thank you for staying with us”", "«Топ-10 подарунків до Різдва» [Top 10 Christmas gifts]"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push notification reading {Q} lifted open rates {P}.", "The email headed {Q} performed best {P}.",
    "The subject line {Q} doubled clicks {P}.", "{B} sent the message {Q} to lapsed customers {P}.",
    "A Viber message, {Q}, was tested against an SMS {P}.", "{N} cites the banner {Q} as an example.",
]  # fmt: skip

_CITIES = ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Vinnytsia", "Ivano-Frankivsk", "Zhytomyr",
           "Chernihiv", "Poltava", "Uzhhorod", "Chernivtsi", "Ternopil", "Mykolaiv", "Sumy"]  # fmt: skip
_ABROAD = ["Warsaw", "Kraków", "Wrocław", "Berlin", "Prague", "Toronto", "Edmonton", "Winnipeg", "London", "Vilnius"]
_PEOPLE = [("Taras Shevchenko", "1814–1861"), ("Lesya Ukrainka", "1871–1913"), ("Ivan Franko", "1856–1916"),
           ("Mykhailo Hrushevskyi", "1866–1934"), ("Serhii Koroliov", "1907–1966"), ("Kazimir Malevich", "1879–1935"),
           ("Mariia Prymachenko", "1909–1997"), ("Andrii Shevchenko", "b. 1976"), ("Oleksandr Usyk", "b. 1987"),
           ("Vitalii Klychko", "b. 1971"), ("Yaroslava Mahuchikh", "b. 2001"), ("Ivan Kotliarevskyi", "1769–1838"),
           ("Volodymyr Ivasiuk", "1949–1979"), ("Kvitka Cisyk", "1953–1998")]  # fmt: skip
_FOUNDERS = [("Oleh Horokhovskyi", "monobank"), ("Vladyslav Chechotkin", "Rozetka"), ("Volodymyr Popereshniuk", "Nova Poshta"),
             ("Viacheslav Klymov", "Nova Poshta"), ("Dmytro Dubilet", "monobank"), ("Oleksandr Kubrak", "Kyivstar")]  # fmt: skip
_LAWS = ["Law of Ukraine No. 1089-IX", "Law of Ukraine No. 2297-VI", "Law of Ukraine No. 675-VIII",
         "Law of Ukraine No. 3153-IX", "Law of Ukraine No. 2704-VIII", "Law of Ukraine No. 270/96-VR"]  # fmt: skip
_RESOLUTIONS = ["Resolution of the Cabinet of Ministers No. 1236", "Resolution of the Cabinet of Ministers No. 1137",
                "CMU Resolution No. 164", "NBU Board Resolution No. 18", "Postanova KMU No. 1236"]  # fmt: skip
_EVENTS = ["Black Friday", "Independence Day", "Christmas", "Easter", "Vyshyvanka Day", "Kyiv Day", "Women's Day",
           "Back to School", "Cyber Monday", "Valentine's Day", "St Nicholas Day"]  # fmt: skip
_PRODUCTS = ["iPhone 15", "Samsung Galaxy A54", "Xiaomi Redmi Note 12", "Roshen Korona", "Obolon Premium",
             "Nemiroff Delikat", "monobank Black card", "Kyivstar Smart Family", "lifecell Vilnyi", "Nova Poshta Postomat 2.0",
             "Silpo Vlasna Marka", "Starlink Standard", "EcoFlow River 2", "Bayraktar TB2"]  # fmt: skip
_AWARDS = ["Effie Awards Ukraine", "Kyiv International Advertising Festival", "Cannes Lions", "Ukrainian Marketing Awards",
           "Forbes Ukraine Brand of the Year", "Sostav Digital Awards", "Golden Drum"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values this pool's frames use beside the builder's own."""
    person, dates = rng.choice(_PEOPLE)
    founder, firm = rng.choice(_FOUNDERS)
    year = rng.randint(2014, 2025)
    return {
        "ua_city": rng.choice(_CITIES), "abroad": rng.choice(_ABROAD), "pct": str(rng.randint(5, 45)),
        "person": person, "dates": dates, "founder": founder, "firm": firm, "law": rng.choice(_LAWS),
        "resolution": rng.choice(_RESOLUTIONS), "event": rng.choice(_EVENTS), "product": rng.choice(_PRODUCTS),
        "award": rng.choice(_AWARDS), "yr": str(year), "yr2": str(year + 1), "uah": f"{rng.randint(49, 9999):,}".replace(",", " "),
        "bn": f"{rng.randint(2, 480)}.{rng.randint(0, 9)}", "edrpou": f"{rng.randint(10000000, 45999999)}",
        "dd": f"{rng.randint(1, 28):02d}", "mm": f"{rng.randint(1, 12):02d}", "fopgroup": str(rng.randint(1, 3)),
        "tariff": str(rng.choice([150, 200, 250, 325, 375, 450])), "rate": f"{rng.randint(36, 44)}.{rng.randint(10, 99)}",
        "branch": str(rng.randint(1, 320)), "km": str(rng.randint(80, 1200)), "wy": str(rng.randint(2022, 2025)), "wave": str(rng.randint(1, 30)),
    }  # fmt: skip


NOT_CITATIONS = {
    "ua-law-number": ["{B} must label its adverts under {law} (as amended in {yr}).",
                      "Consent for e-mail marketing is governed by {law}, last amended in {yr}."],
    "cabinet-resolution": ["Quarantine rules ({resolution}, {yr}) closed shopping centres for weeks.",
                           "The grant scheme was set up by {resolution} of {dd}.{mm}.{yr}."],
    "martial-law-date": ["Martial law was introduced on 24 February 2022 (Decree No. 64/2022) and extended since.",
                         "Stores closed early because of the curfew (from 24.02.2022)."],
    "independence-day": ["The {event} campaign ran until Independence Day (24 August {yr}).",
                         "{B} launched a limited range for Independence Day (24.08.{yr})."],
    "christmas-date": ["Since 2023, Christmas (25 December) has replaced the old date of 7 January.",
                       "Sales peak between St Nicholas Day (6 December) and Christmas (25 December {yr})."],
    "easter-date": ["Demand for paska and krashanky rises before Easter ({dd} April {yr}).",
                    "The Easter basket promotion (Velykden {yr}) doubled footfall."],
    "black-friday": ["{B}'s Black Friday ({dd} November {yr}) brought record orders.",
                     "Rozetka extended Black Friday into a fortnight (Black November {yr})."],
    "hryvnia-amount": ["The average check grew to ₴{uah} ({yr}).", "Ad spend reached UAH {bn} bn in {yr} (est.)."],
    "exchange-rate": ["Prices were set at the NBU rate (UAH {rate}/USD, {dd}.{mm}.{yr}).",
                      "The hryvnia was fixed at 29.25 per dollar (NBU fixed rate, July 2022) and floated again later."],
    "edrpou-code": ["The supplier is registered as TOV \"Smak Plus\" (EDRPOU {edrpou}).",
                    "Invoices carry the company's code (EDRPOU {edrpou}, {yr})."],
    "fop-group": ["Most sellers on Prom.ua are sole proprietors (FOP, group {fopgroup}) paying a single tax.",
                  "The courier works as a FOP of the {fopgroup} group (since {yr})."],
    "legal-form-bracket": ["The bank changed its form (PJSC to JSC, {yr}).",
                           "{B} (PrJSC since {yr}) kept its brand name."],
    "tariff": ["The new tariff costs ₴{tariff} a month (from 1 March {yr}).",
               "Kyivstar raised its base plan to UAH {tariff} (Q{q} {yr})."],
    "product-model": ["Sales of the {product} ({yr} edition) beat forecasts.",
                      "The hero product was the {product} ({yr})."],
    "award-year": ["The campaign won at the {award} ({yr}).", "{B} was shortlisted for the {award} {yr}."],
    "historical-person": ["The label shows {person} ({dates}).", "The campaign quoted {person} ({dates}) on every box."],
    "founder-year": ["{founder}, co-founder of {firm}, said in {yr} that growth would continue.",
                     "{founder} ({firm}) spoke at the Kyiv Tech Summit in {yr}."],
    "street-address": ["The flagship store is on Khreshchatyk St, 22 (opened {yr}).",
                       "Customers collect parcels at branch No. {branch} (vul. Shevchenka, {dd})."],
    "nova-poshta-branch": ["Delivery to branch No. {branch} takes one day (Kyiv–{ua_city}, {km} km).",
                           "The postomat at branch {branch} was the busiest in {yr}."],
    "distance-km": ["Trucks cover {km} km (Lviv–Kyiv) overnight.", "The route to {abroad} ({km} km) reopened in {yr}."],
    "survey-wave": ["The tracker's latest wave (wave {wave}, {yr}) showed the same pattern.",
                    "Respondents were asked again in the next round (n = {n}, {yr})."],
    "percent-year": ["Cashless share reached {pct}% ({yr}).", "Online sales rose by {pct}% ({yr2} vs {yr})."],
    "quarter-year": ["Revenue grew in the third quarter (Q3 {yr}).", "Churn fell to {pct}% in Q{q} {yr}."],
    "fiscal-period": ["Results for H1 {yr} were published in August.", "The plan covers 9M {yr} and FY {yr2}."],
    "date-dotted": ["The app was updated on {dd}.{mm}.{yr} (version 3.{n}).",
                    "Registration closed on {dd}.{mm}.{yr} at 18:00 Kyiv time."],
    "air-raid-time": ["Stores close during air-raid alerts (average 3.5 hours a day in {wy}).",
                      "The alert on {dd}.{mm}.{wy} lasted from 02:10 to 06:40."],
    "blackout-schedule": ["DTEK published outage schedules (group {fopgroup}, winter {wy}).",
                          "Stores ran on generators during the blackouts (October 2022–March 2023)."],
    "invincibility-points": ["{B} opened Invincibility Points (Punkty Nezlamnosti, from 22.11.2022) in its branches.",
                             "Over {n} Invincibility Points were opened (as of {mm}.{wy})."],
    "diia-service": ["Customers open accounts through Diia (version {q}.{n}, {wy}).",
                     "The eVidnovlennia programme (launched in Diia, May 2023) paid compensation for damaged homes."],
    "nbu-rate": ["The NBU key policy rate stood at {pct}% ({dd}.{mm}.{wy}).", "The discount rate was cut twice (NBU Board decisions, {wy})."],
    "cyrillic-title": ["The brand's slogan «Своє — найкраще» [Our own is best] ran since {yr}.",
                       "The TV show «Холостяк» [The Bachelor] ({yr}) carried the brand's ads."],
    "transliterated-name": ["Kharkiv (formerly Kharkov, {yr} signage) has its own store format.",
                            "Kyiv (not Kiev, since the #KyivNotKiev campaign of {yr}) is the only spelling used here."],
    "place-name-year": ["The Chernihiv store ({yr}) was rebuilt after the siege.", "{ua_city} ({yr}) became the test market."],
    "organisation-year-bracket": ["The identity (agency: Banda, {wy}) became Brave Ukraine.",
                                  "Sales grew after the merger (Fozzy Group deal, {yr})."],
    "university-year": ["The author graduated from KNEU ({yr}) and Lviv Polytechnic ({yr2}).",
                        "The MBA was taken at the Kyiv School of Economics (cohort {yr})."],
    "conference-event": ["{B} presented at iForum ({yr}) in Kyiv.", "The team attended Lviv IT Arena ({yr})."],
    "festival": ["{B} sponsored Atlas Weekend ({yr}).", "The brand's tent at Koktebel Jazz Festival (Odesa, {yr}) drew crowds."],
    "sports-event": ["Sales rose during Euro 2016 (Ukraine's matches in Lyon and Marseille).", "The ads ran around the Eurovision win (Kalush Orchestra, 2022)."],
    "tv-show": ["The brand was placed in «Kvartal 95» ({yr}).", "{B} sponsored the telethon «Yedyni novyny» (United News, {yr})."],
    "interviewee": ["One respondent (Marketing Manager, {ua_city}, {yr}) said the same.",
                    "Interviewee 4 (Brand Manager at a retailer, {yr}) disagreed."],
    "participant-code": ["Participant P{q} (female, 34, {ua_city}) preferred Ukrainian brands.",
                         "As R{n} (Kyiv, {yr}) put it, trust is earned slowly."],
    "figure-table": ["Market shares are shown below (Figure {q}).", "The segments are compared in Table {q} ({yr})."],
    "appendix": ["The full questionnaire is in Appendix {q} ({yr} survey).", "See Appendix B (interview guide, {yr})."],
    "app-version": ["The monobank app (v. {q}.{n}, {wy}) added a jar feature.", "Diia {q}.0 ({wy}) added new digital documents."],
    "phone-code": ["Call the hotline 0 800 500 {n} (free, since {yr}).", "Customers dial *{n}# to check their Kyivstar balance (since {yr})."],
    "emission-volume": ["The NBU printed UAH 400 bn (2022) to fund the budget.",
                        "Obolon exported {n} million litres ({yr})."],
    "diaspora-date": ["Temporary protection in Poland (PESEL UKR, from 12 March 2022) opened banking for refugees.",
                      "The Canada–Ukraine Authorization for Emergency Travel (CUAET, {wy}) brought new customers."],
    "ukrainian-calendar-date": ["The sale began on 1 veresnia {yr} [1 September].", "Prices changed from 1 sichnia {yr2} [1 January]."],
    "stock-ticker": ["MHP's bonds (MHPSA {yr2}) traded below par.", "EPAM (NYSE: EPAM, {yr}) kept its Ukrainian offices."],
    "rebrand-year": ["Vodafone Ukraine (formerly MTS, rebranded {yr}) kept its red.", "Sense Bank (Alfa-Bank until 2022) changed its name."],
    "war-event": ["The Kakhovka dam was destroyed (6 June 2023).", "Sales fell after the attack on the grid (October 2022)."],
}  # fmt: skip
