"""The blind276 pool's prose: how marketers in Mongolia and its diaspora write CIM Level 6 and 7 reports and MBA
assignments in English.

Written without reading the checker, its tests or any other pool. Candidates at banks and fintechs, telecoms, mining
and cashmere firms, food, drink and retail, tourism and airlines and NGOs in Ulaanbaatar, Erdenet and Darkhan, and in
Seoul, Incheon, Tokyo, Prague, Berlin, Melbourne and Chicago. Beside the citations stand the region's brackets, years
and quotations that are not citations: Naadam and Tsagaan Sar, the lunar calendar, Chinggis Khaan and the revolutions,
the 1992 Constitution, mining milestones, cashmere grades and prices, tögrög prices and rates, dzud winters, Mongolian
words and sayings, MSE tickers, MIAT flights, e-Mongolia and other platforms, titles and census rounds.
Fill values of its own: {yr} a recent year, {yr2} the year after it, {mnt} a tögrög amount, {rate} tögrög to the dollar,
{kg} a price per kilogram, {tick} an MSE ticker, {flt} a MIAT flight, {city} a diaspora city, {pct} a percentage,
{k} a thousands figure, {anniv} an anniversary.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Khan Bank", "Golomt Bank", "TDB", "XacBank", "LendMN", "Mobicom", "Unitel", "Skytel", "Oyu Tolgoi",
          "Erdenes Tavan Tolgoi", "Gobi Cashmere", "Goyo", "APU", "Nomin", "E-Mart Mongolia", "Khan Buuz",
          "MIAT Mongolian Airlines", "Hunnu Air", "Tavan Bogd", "Gobi Cashmere's outlet", "Mongolia's Red Cross"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    yr = rng.randint(2015, 2024)
    return {
        "yr": str(yr), "yr2": str(yr + 1), "mnt": f"{rng.randint(2, 95) * 1000:,}", "rate": f"{rng.randint(2800, 3550):,}",
        "kg": str(rng.randint(38, 135)), "tick": rng.choice(["APU", "TTL", "MNP", "GOV", "KHAN", "GLMT", "TDB", "SUU"]),
        "flt": f"OM{rng.choice([223, 301, 302, 131, 132, 501, 701, 2011])}",
        "city": rng.choice(["Seoul", "Incheon", "Tokyo", "Prague", "Berlin", "Melbourne", "Chicago", "Darkhan", "Erdenet"]),
        "pct": str(rng.randint(4, 78)), "k": str(rng.randint(12, 480)),
        "anniv": rng.choice(["800th", "860th", "100th"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample came only from Ulaanbaatar.",
    "{N} concluded that {C}, which is important for {B}.", "{N} showed that {C} among {A}.",
    "{N} suggests that {C}; this is also true for the diaspora in {city}.", "{N} emphasise that {C}.",
    "{N} states that {C}.", "{N} noted that {C} in post-socialist markets.", "{N} reported that {C}.",
    "{N} explains that {C}, for example through {T}.", "{N} point out that {C} – a lesson for {B}.",
    "{N} compared Mongolian and Korean consumers and found that {C}.", "{N} warned that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who argue that {C}.",
    "{C}, as {N} observed.", "As {N} mention, {C}.", "A survey in Ulaanbaatar by {N} showed that {C}.",
    "{B} is a good example: {N} found that {C}.", "Research of {N} indicates that {C}.",
    "{C}; {N} came to the same conclusion.", "In the Mongolian context, {N} show that {C}.",
    "Data from {N} confirm that {C}.", "For {B}, the finding of {N} that {C} is relevant.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "{O}, {N} model explains why {C}.", "Using {N} framework, {C}.",
    "{N} findings suggest that {C}.", "{B} could apply {N} approach, because {C}.",
    "This supports {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "In Mongolia, {C} {P}.",
    "For {A}, {C} {P}.", "This is important because {C} {P}.", "It is often said that {C} {P:see}.",
    "Several studies show that {C} {P:e.g.}.", "{B}'s results suggest that {C} {P}.",
    "{C}, especially among younger customers in Ulaanbaatar {P}.", "{C} (see Figure {q}) {P}.",
    "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "While {C} {P}, {C2}.", "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.", "{C} {P:see}, whereas {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Mongolia trust bank apps more than branch staff", "{T} increased {R} for {B} within a year",
    "mobile penetration in Mongolia is among the highest in Asia", "{A} prefer to pay by QR code rather than by card",
    "country-of-origin cues raise the perceived quality of Mongolian cashmere",
    "Facebook remains the main social network for Mongolian consumers", "{T} works best when it respects nomadic traditions",
    "the diaspora sends remittances mostly through mobile apps", "{B} depends on {T} more than its competitors",
    "price is the main driver of switching between mobile operators", "brand loyalty is weak in Mongolian retail",
    "Korean brands shape the taste of young consumers in Ulaanbaatar", "{A} respond to {T} with higher {R}",
    "sustainability claims must be backed by traceable herder data", "inflation has made {A} more price-sensitive",
    "tourism in Mongolia is highly seasonal and concentrated in summer",
]  # fmt: skip
OPENERS = [
    "Furthermore", "However", "In Mongolia", "For example", "For {B}", "In addition", "On the other hand",
    "Since the pandemic", "In the case of {B}", "Nevertheless", "Among the diaspora in {city}", "As a result",
    "In Ulaanbaatar", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Ulaanbaatar and now has branches in every aimag.", "{O}, {C}.",
    "This report analyses the marketing environment of {B} and gives recommendations.",
    "{B}'s Facebook page has about {k},000 followers, but engagement is low.",
    "The main competitors of {B} are two local firms and one Korean chain.",
    "A PESTLE analysis of the Mongolian market is given in Appendix 1.",
    "Customers can pay through QPay, SocialPay or the bank's own app.",
    "The budget is planned for twelve months and is given in US dollars and tögrög.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook says, {Q} {P}.", "This is well summarised: {Q} {P}.",
    "{B} seems to agree that {Q} {P}.", "Marketers are reminded that {Q} {P}.",
    "One Mongolian study concluded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘nomadic luxury’", "‘Made in Mongolia’", "‘digital nomads’", "‘green cashmere’", "'Mongol pride'",
                "“super app”", "‘Korean wave’", "'buy local'", "‘last-mile herders’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets itself through {Q} {P}.", "So-called {Q} is now a selling point for {A} {P}.",
    "The idea of {Q} is used loosely by many brands {P}.", "{Q} messages appeal strongly to young Mongolians {P}.",
    "Critics call this {Q} marketing {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Tsagaan Sar gift cards are here’", "‘Naadam sale: up to 30% off’", "“Your QPay cashback is waiting”",
                 "‘Fly to Seoul this winter’", "'Hi Bat, your data bonus is ready'", "‘Last day for free delivery in UB’",
                 "“New cashmere collection – just arrived”"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push message such as {Q} lifted opens {P}.", "{B} sent {Q} to its app users before the holiday {P}.",
    "Short messages like {Q} work well with {A} {P}.", "The SMS {Q} had the highest click rate {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "naadam-year": ["Sales of deel and hats rise before Naadam {yr}.", "{B} ran its biggest campaign during the Naadam festival (July {yr}).",
                    "Hotel bookings peaked in the week of Naadam (11–15 July {yr})."],
    "tsagaan-sar-date": ["Gift-card sales doubled before Tsagaan Sar (February {yr}).", "The bank extended branch hours for Tsagaan Sar {yr}.",
                         "{B}'s Tsagaan Sar campaign (Lunar New Year {yr2}) used family themes."],
    "lunar-year-animal": ["The campaign was timed for the Year of the Dragon (2024).", "{B} launched a limited packaging for the Year of the Rabbit (2023).",
                          "Many customers avoid big purchases in certain lunar months (Mongolian lunar calendar, {yr})."],
    "chinggis-anniversary": ["The {anniv} anniversary of Chinggis Khaan's birth (2022) brought many patriotic advertisements.",
                             "Vodka brands use the Great Mongol Empire (1206) in their story.", "Chinggis Khaan Day (Ikh Ezen Chinggis Khaany Ödör, {yr}) is a public holiday."],
    "revolution-year": ["The People's Revolution (1921) is still remembered on 11 July.", "Independence Day (29 December 1911) is also a holiday.",
                        "The 1921 revolution is the start of the socialist period in Mongolia."],
    "constitution-1992": ["Private ownership of land was allowed after the Constitution of Mongolia (1992).",
                          "The 1992 Constitution guarantees freedom of speech, which matters for advertising."],
    "democratic-revolution": ["The market economy began after the democratic revolution (1990).",
                              "Before the 1990 democratic revolution, all shops were state-owned."],
    "mining-milestone": ["Oyu Tolgoi's first copper (2013) changed the economy of the south Gobi.",
                         "The 2009 Investment Agreement set the government's share at 34%.",
                         "The underground mine reached sustainable production (March 2023)."],
    "cashmere-grade": ["Grade A cashmere (under 15.5 microns) gets the best price.", "Herders sold raw cashmere for ₮{kg},000 per kilogram ({yr} season).",
                       "Dehaired cashmere prices fell in {yr} (USD {kg} per kg)."],
    "tugrug-price": ["A plate of buuz costs about ₮{kg}00 in central Ulaanbaatar.", "The premium plan costs {mnt} MNT per month ({yr} price).",
                     "The monthly fee was raised to MNT {mnt} (from 1 January {yr})."],
    "exchange-rate": ["The tögrög weakened against the dollar ({yr}: ₮{rate} per USD).", "All costs are converted at the central rate (1 USD = {rate} MNT, {yr}).",
                      "Import prices rose when the rate passed ₮{rate} ({yr} average)."],
    "dzud-winter": ["The 2010 dzud killed millions of livestock.", "Herders lost animals again in the dzud of {yr}–{yr2}.",
                    "After the dzud (winter {yr}), cashmere supply fell sharply."],
    "cyrillic-word": ["The Mongolian word for trust, «итгэл», appears in the bank's slogan.", "The app's name «Хаан» means ‘king’.",
                      "The campaign used the word ‘сайн байна уу’ to greet customers."],
    "mongolian-saying": ["A Mongolian saying, ‘Эв нэгдэл бол хүч’ (unity is strength), suits the co-operative brand.",
                         "The proverb ‘Mori unaad ch nokhoigoo bitgii mart’ is used in many loyalty adverts.",
                         "Customers often quote ‘Нүүдэлчин ахуй’ (nomadic life) when they speak about the brand."],
    "mongolian-script": ["The logo is written in traditional Mongolian script (ᠮᠣᠩᠭᠣᠯ).", "From 2025, official documents use both scripts (Cyrillic and Mongol bichig)."],
    "mse-ticker": ["{B}'s shares trade on the Mongolian Stock Exchange (MSE: {tick}).", "APU JSC (MSE: APU) is one of the most liquid stocks.",
                   "Investors watched the listing closely (MSE: {tick}, {yr})."],
    "miat-flight": ["MIAT flies to Seoul daily ({flt}).", "The Frankfurt route (OM131, since {yr}) is popular with tour groups.",
                    "Passengers from {city} connect through Incheon (flight {flt})."],
    "platform-launch": ["Most government services moved online with e-Mongolia (2020).", "QPay (launched 2018) is accepted in most shops.",
                        "The e-barimt receipt lottery (since 2016) encourages customers to ask for receipts.", "SocialPay (launched by Golomt Bank in 2017) was the first payment app for many users."],
    "wrestling-title": ["The brand sponsored the Naadam wrestling champion (Avarga, {yr}).", "The national wrestler became Titan (Aldarshsan Avarga) in {yr}."],
    "football-title": ["The club won the Mongolian National Premier League ({yr}).", "The national football team beat Brunei in World Cup qualifying ({yr})."],
    "ger-district-plan": ["The city plans to re-develop the ger districts (Ulaanbaatar 2040 master plan).",
                          "Air pollution is worst in the ger areas (winter {yr})."],
    "census-round": ["Ulaanbaatar has almost half of the population (2020 census).", "The population passed 3.5 million (estimated, mid-{yr}).",
                     "Livestock numbers reached 7{q} million head (livestock census, {yr})."],
    "export-figure": ["Copper and coal dominate trade ({yr} exports).", "China bought most of the coal ({yr} exports: {pct}%).",
                      "Cashmere is the second non-mining export ({yr} figures)."],
    "year-noun": ["{B}'s profit increased ({yr} annual results).", "Mobile data use grew quickly ({yr} figures).",
                  "The number of app users reached {k},000 ({yr} data)."],
    "noun-year": ["The rebranding ({yr}) divided loyal customers.", "{B} opened its first store in Darkhan (est. {yr}).",
                  "Sales dropped during the lockdown ({yr}–{yr2})."],
    "figures": ["Most respondents agreed (n = {k}).", "Conversion is lower on mobile (2.{q}% vs 3.{q}%).",
                "The target group is young adults (aged 18–34).", "See the results of the survey (Table {q})."],
    "cross-reference": ["This is explained further in Task 2 (b).", "The full budget is in Appendix {q} (page {q}).",
                        "The persona (Appendix 1, Figure {q}) is based on ten interviews."],
    "abbreviation": ["The Financial Regulatory Commission (FRC) supervises non-bank lenders.", "Small and medium-sized enterprises (SMEs) are most of the bank's borrowers.",
                     "Key performance indicators (KPIs) include cost per acquisition (CPA) and click-through rate (CTR)."],
    "bank-rate": ["The policy rate was raised to 1{q}% (March {yr}).", "Inflation reached double digits ({yr}: 1{q}.{q}%).",
                  "Loan rates for small business are high (1{q}–2{q}% a year, {yr})."],
    "visa-date": ["Mongolia made visa-free travel for many countries (until 31 December {yr}).", "Korean visitors increased after the visa waiver ({yr})."],
    "years-of-visit": ["The government announced the Years to Visit Mongolia (2023–2025).", "Tour operators planned for the ‘Go Mongolia’ year ({yr})."],
    "coal-railway": ["The Tavantolgoi–Gashuunsukhait railway (opened 2022) cut transport costs.", "Coal trucks still queue at the border (Gashuunsukhait, {yr})."],
    "pandemic-dates": ["The country closed its borders (January 2020).", "Lockdowns in Ulaanbaatar (November 2020 and 2021) moved shoppers online."],
    "diaspora-count": ["About {k},000 Mongolians live abroad (as of {yr}).", "Seoul has the largest Mongolian community abroad (about {k},000 people)."],
    "product-version": ["The bank's app was redesigned (version {q}.{q}, {yr}).", "The new SIM plan (Unlimited {k}) was launched in spring."],
    "aimag-names": ["Branches were opened in Khövsgöl (Mörön) and Dornod (Choibalsan).", "The mine is in Ömnögovi province (South Gobi)."],
    "award-year": ["{B} won Best Bank in Mongolia (Euromoney Awards for Excellence {yr}).", "The campaign won a prize at the Mongolian Marketing Awards ({yr})."],
    "price-per-night": ["A ger camp near Terelj costs about $80 (per night, {yr}).", "Hotel rooms in UB cost more during Naadam (up to ₮{mnt} per night)."],
    "hashtag-handle": ["The hashtag (#Naadam{yr}) was used by many brands.", "Customers complain on Facebook (@{tick}Mongolia) rather than by email.",
                       "Orders come through the website (www.shop.mn) and the app."],
    "temperature": ["Winters are extremely cold (−40 °C in January).", "Ulaanbaatar is the coldest capital city (average −1.3 °C a year)."],
    "altitude-distance": ["The Gobi camp is far from the capital (about 550 km).", "Ulaanbaatar lies high on the steppe (1,350 m)."],
    "lunar-tsagaan-sar-greeting": ["Customers received a greeting card ‘Сар шинэдээ сайхан шинэлээрэй’ (Happy Lunar New Year).",
                                   "The SMS said ‘Amar baina uu?’ to each customer before Tsagaan Sar."],
    "herd-count": ["Mongolia has about 27 million goats (livestock census, {yr}).", "Each herder family keeps many animals (about {k} head on average)."],
    "tax-rate": ["VAT in Mongolia is 10% (since 2016).", "The e-barimt refund returns part of the VAT (2% to the customer)."],
    "salary-figure": ["The minimum wage rose to ₮{mnt} (from January {yr}).", "Average monthly salary was about ₮2.1 million ({yr} figures)."],
    "ub-traffic-rule": ["Cars in Ulaanbaatar follow an odd–even plate rule (weekdays, since {yr}).", "Traffic jams are worst on Peace Avenue (7–9 am)."],
    "mining-share": ["Mining is a large share of the economy (about {pct}% of GDP).", "Oyu Tolgoi is owned jointly (66% Rio Tinto, 34% Erdenes Oyu Tolgoi)."],
    "sports-events": ["The Asian Games (Hangzhou 2023) gave Mongolia several medals.", "The judo team won a medal at the Olympics (Paris 2024)."],
}  # fmt: skip
