"""The blind228 pool's prose: marketers in Fiji, Samoa, Tonga, Vanuatu and the Solomon Islands and their diaspora
(Suva, Nadi, Lautoka, Apia, Nukuʻalofa, Port Vila, Honiara; Auckland, Sydney, Brisbane, Salt Lake City, Honolulu) at
banks and remittance firms, telecoms, airlines, resorts and tourism boards, breweries, kava and water exporters,
retailers and NGOs, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Placeholders mean what they mean in text.py;
this pool's own: {fj} a Fiji-dollar sum, {ws} tālā, {top} paʻanga, {vt} vatu, {pc} a percentage's number,
{Y3} a recent year, {town} a town, {dia} a diaspora city, {isl} a country, {ch} a channel, {K} a research firm or
statistics office, {t} tonnes, {pb} a PO box number, {ph} a phone number's local digits, {fy} a financial year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Fiji Airways", "Air Vanuatu", "Vodafone Fiji", "Digicel Pacific", "Digicel Samoa", "Fiji Water",
          "Fiji Bata", "Pacific Energy", "BSP", "ANZ Pacific", "Westpac Fiji", "Vailima Breweries", "Kava Fiji",
          "Fintel", "HFC Bank", "M-PAiSA", "MyCash", "Carpenters Fiji", "MH Supermarkets", "Jack's of Fiji",
          "Tappoo City", "Punjas", "Fiji Gas", "Paradise Beverages", "Tanoa Hotels", "Sheraton Fiji Resort",
          "Tourism Fiji", "Samoa Tourism Authority", "Talofa Airways", "Real Tonga", "Tonga Communications Corporation",
          "Vanuatu Beverage", "Solomon Airlines", "Our Telekom", "Western Union", "KlickEx", "Rowe Travel",
          "Fiji Rugby Union", "Pacific Fishing Company", "Tusitala Lodge"]  # fmt: skip

_TOWNS = ["Suva", "Nadi", "Lautoka", "Labasa", "Apia", "Salelologa", "Nukuʻalofa", "Neiafu", "Port Vila", "Luganville",
          "Honiara", "Gizo", "Savusavu", "Sigatoka"]  # fmt: skip
_DIASPORA = ["Auckland", "Sydney", "Brisbane", "Salt Lake City", "Honolulu", "Wellington", "Melbourne", "Christchurch",
             "South Auckland", "Sacramento"]  # fmt: skip
_ISLANDS = ["Fiji", "Samoa", "Tonga", "Vanuatu", "the Solomon Islands"]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "fj": f"{rng.choice([5, 10, 15, 20, 25, 49, 75, 99, 120, 250])}", "ws": str(rng.choice([2, 5, 10, 20, 50, 100])),
        "top": str(rng.choice([1, 2, 5, 10, 20, 50])), "vt": rng.choice(["500", "1,000", "2,500", "5,000", "10,000"]),
        "pc": str(rng.randint(3, 89)), "Y3": str(rng.randint(2016, 2025)), "town": rng.choice(_TOWNS),
        "dia": rng.choice(_DIASPORA), "isl": rng.choice(_ISLANDS),
        "ch": rng.choice(["Facebook", "TikTok", "Instagram", "WhatsApp", "Viber", "radio", "SMS", "the app", "billboards"]),
        "K": rng.choice(["Tebbutt Research", "Roy Morgan", "Kantar", "Talanoa Consulting", "the Fiji Bureau of Statistics"]),
        "t": f"{rng.randint(1, 9)},{rng.randint(100, 999)}", "pb": str(rng.randint(100, 9999)),
        "ph": f"{rng.randint(300, 999)} {rng.randint(1000, 9999)}", "fy": rng.choice(["2021/22", "2022/23", "2023/24", "2024/25"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {town}.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} noted that {C} among {A} in {isl}.",
    "{N} showed that {C}; the same is likely to hold for {B}.", "{N} suggested that {C}.",
    "{N} explained that {C}, especially in village communities where talanoa still shapes decisions.",
    "{N} observed that {C} in the diaspora market in {dia}.", "{N} identified that {C}.",
    "{N} reported that {C} after the border reopened.", "{N} questioned whether {C} outside Suva and Nadi.",
    "{N} stress that {C}.", "{N} went further and argued that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As {N} point out, {C}.", "{O}, {N} found that {C}.",
    "{C}, as {N} observed in {isl}.", "{B} could learn from {N}, who showed that {C}.",
    "This is in line with {N}, who noted that {C}.", "A similar point is made by {N}: {C}.",
    "In the Pacific context, {N} argued that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "{C}; {N} reached much the same conclusion.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {town} found that {C}.", "{O}, {N} findings suggest that {C}.",
    "Applying {N} model to {B}, it is clear that {C}.", "{N} research shows that {C}.",
    "{N} survey of Pacific households found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research in the region shows that {C} {P}.", "For {A} in {isl}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "This matters because {C} {P}.", "It is often argued that {C} {P:see}.",
    "Several studies in the Pacific report that {C} {P:e.g.}.", "{C}, particularly on {ch} {P}.",
    "In short, {C} {P}.", "{C} in {dia} as much as at home {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "While {C} {P}, {C2}.", "{C} {P}; {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some writers {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could {bs} to win {A}", "remittance customers choose on fees and trust more than on speed",
    "word of mouth in church and village networks matters more than paid media", "{A} respond to {T} in their own language",
    "mobile money has widened financial inclusion in rural areas", "{T} raises {R} among {A}",
    "diaspora customers in {dia} want to send money home in one tap", "Facebook remains the main social channel in {isl}",
    "tourists choose {isl} for its people as much as for its beaches", "the vanua and family obligations shape how {A} spend",
    "{B} relies on {T} more than its rivals do", "data prices still hold back e-commerce in the outer islands",
    "brands that respect local culture earn more trust", "kava is marketed abroad as a wellness drink rather than a custom",
    "the return on {T} falls as budgets grow", "resorts that buy locally gain {R}", "{A} reward {T} with {R}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "In the Pacific", "In {isl}", "Even so", "At the same time",
           "In the diaspora market", "Vinaka to the respondents aside", "More recently"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its Facebook page and agents in {town}.",
    "The campaign ran for six weeks on radio, {ch} and billboards in {town}.",
    "{O}, {C}.", "Most staff interviewed at {B} spoke English, iTaukei and Hindi.",
    "The survey was translated into Samoan and Tongan before it was piloted in {dia}.",
    "{B}'s head office is in {town}, with a sales team in {dia}.",
]  # fmt: skip
SCARE_QUOTES = ["‘Fiji time’", "‘island time’", "‘Bula spirit’", "‘the Pacific way’", "‘fa’a Samoa’", "'kerekere'",
                "‘talanoa’", "“where happiness finds you”", "‘tabu’", "'wantok'", "‘vanua’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} builds its brand on the idea of {Q} {P}.", "Tourists expect {Q} service, which frustrates some resort managers {P}.",
    "So-called {Q} is often misread by overseas head offices {P}.", "The notion of {Q} shapes how {A} see {B} {P}.",
    "Critics say {Q} has become a marketing slogan {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Bula! Your Nadi getaway is waiting’", "‘Send money home for free this Mother’s Day’",
                 "“Talofa! Double data all weekend”", "‘Last seats to Apia this Christmas’", "‘Your {M} deal ends tonight’",
                 "'Malo e lelei – your bonus has landed'", "“Vinaka for banking with us”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} lifted open rates among {A} {P}.", "{B} sent {Q} to diaspora customers in {dia} {P}.",
    "An email headed {Q} performed best in the test {P}.", "Messages such as {Q} work because they greet people in their own language {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Pacific scholar puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "One study concluded that {Q} {P}.", "The point is made plainly: {Q} {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: money, figures, dates, events, titles and places of this region.
NOT_CITATIONS = {
    "fiji-dollar-price": ["A return fare to {town} was advertised at FJ${fj} (one way, {Y3}).",
                          "{B} cut its data bundle to FJ${fj} (seven days) to win {A}."],
    "tala-price": ["A family pass to the market cost WS${ws} (about NZ$15).", "Top-ups start at WS${ws} (tālā {ws}) at any agent in Apia."],
    "paanga-price": ["A bottle of water sells for T${top} (paʻanga) in Nukuʻalofa.", "Transfers under T${top}00 (about A$100) carry no fee."],
    "vatu-price": ["Entry to the cultural village is VT {vt} (adults, {Y3}).", "A kava bar in Port Vila charges VT 100 (one shell)."],
    "remittance-figure": ["Remittances reached FJ${n}m ({Y3} figures) and keep rising.",
                          "Inflows to Tonga equal about {pc}% of GDP (remittances, {Y3})."],
    "kava-exports": ["Kava exports rose to {t} tonnes ({Y3}), mostly to the United States.",
                     "Fiji shipped {n} tonnes of kava powder (year to June {Y3})."],
    "water-exports": ["Bottled water exports were worth FJ${n}m ({Y3} estimate).", "Water shipments fell by {pc}% (Q{q} {Y3})."],
    "tourist-arrivals": ["Fiji welcomed 929,740 visitors in 2023 (a record).", "Arrivals reached {n},{pb} ({Y3}, year to December)."],
    "cyclone-winston": ["Tropical Cyclone Winston (2016) destroyed crops and homes across the Lau group.",
                        "Many of {B}'s customers are still rebuilding after Winston (2016)."],
    "cyclone-harold": ["Cyclone Harold (2020) hit Vanuatu and Fiji during the first lockdown.",
                       "Sales in Luganville collapsed after Harold (2020)."],
    "cyclone-gita": ["Cyclone Gita (2018) damaged parliament house in Nukuʻalofa.", "Insurance claims rose after Gita (2018) and again after Harold (2020)."],
    "hunga-tonga": ["The Hunga Tonga eruption (15 January 2022) cut the undersea cable for five weeks.",
                    "After the eruption and tsunami (January 2022), Digicel Tonga ran SMS-only campaigns."],
    "independence-fiji": ["Fiji Day (10 October 1970) is the busiest week for promotions.", "Fiji became independent on 10 October 1970 (Fiji Day)."],
    "independence-samoa": ["Samoa celebrates independence on 1 June (1962), with three days of holidays.",
                           "Brands in Apia run flag campaigns for Independence Day (1 June 1962)."],
    "independence-tonga": ["Tonga's Emancipation Day (4 June 1970) is a public holiday.", "{B} ran a sale on Emancipation Day (4 June)."],
    "independence-vanuatu": ["Vanuatu's Independence Day (30 July 1980) brings the biggest retail week in Port Vila.",
                             "Flags sold out before 30 July (Independence, 1980)."],
    "pacific-games": ["The 2019 Pacific Games in Apia drew visitors from {n} countries.", "The Pacific Games (Honiara, 2023) were sponsored by {B}."],
    "rugby-world-cup": ["Fiji reached the quarter-finals of the Rugby World Cup (2023) in France.",
                        "Viewing parties for the Rugby World Cup 2023 filled every bar in {town}."],
    "olympic-sevens": ["Fiji's Olympic sevens gold (2016) is still used in national advertising.",
                       "The sevens team won gold again in Tokyo (2021)."],
    "hibiscus-festival": ["The Hibiscus Festival (August {Y3}) is a key sponsorship for {B}.", "{B} sponsored the Bula Festival in Nadi ({Y3})."],
    "white-sunday": ["White Sunday (the second Sunday of October) is Samoa's biggest clothing season.",
                     "Sales of white fabric double before White Sunday (Lotu Tamaiti)."],
    "flight-route": ["Fiji Airways' Nadi to Dallas route (2022) opened the Texas market.", "Air Vanuatu resumed Port Vila to Brisbane (2022) after the border reopened."],
    "mobile-money": ["M-PAiSA (2010) was the first mobile wallet in Fiji.", "MyCash (2010) followed within months, on the Digicel network."],
    "phone-fiji": ["Bookings can be made on +679 {ph} (toll free within Fiji).", "Call the contact centre (+679 {ph}) for a quote."],
    "phone-samoa": ["The Apia office can be reached on +685 {ph}.", "Customers in Samoa dial +685 {ph} (24 hours)."],
    "phone-tonga": ["Call +676 {ph} (Nukuʻalofa) for group bookings.", "The Tonga help desk is on +676 {ph}."],
    "phone-vanuatu": ["The Port Vila shop is on +678 {ph} (weekdays).", "Call +678 {ph} for airport transfers."],
    "po-box": ["Entries should be posted to GPO Box {pb}, Suva.", "Write to the company at PO Box {pb}, Apia (Samoa)."],
    "stock-ticker": ["{B} is listed on the South Pacific Stock Exchange (SPX: FIL).", "Shares in Amalgamated Telecom Holdings (SPX: ATH) rose by {pc}%."],
    "tourism-award": ["The resort won at the Fiji Excellence in Tourism Awards 2023 (best marketing).",
                      "{B} was a finalist in the Fiji Excellence in Tourism Awards ({Y3})."],
    "business-award": ["{B} won the Westpac Business Excellence Awards 2022 (large business).",
                       "The company took gold at the Prime Minister's Exporter of the Year Awards ({Y3})."],
    "chiefly-title": ["The launch was opened by Ratu Naiqama Lalabalavu (Tui Cakau).", "Adi Litia Qionibaravi (Roko Tui Dreketi) attended the launch."],
    "political-title": ["Hon. Manoa Kamikamica (Minister for Trade) opened the new terminal.",
                        "Hon. Aiyaz Sayed-Khaiyum (Minister for Economy, 2014 to 2022) spoke at the dinner."],
    "doctor-reverend": ["Dr Kesaia Seniloli (Dean of Business) chaired the panel.", "Rev. Iliesa Tora (Methodist Church) blessed the new branch."],
    "ceo-title": ["Andre Viljoen (CEO, Fiji Airways) spoke at the launch.", "The CEO (appointed {Y3}) moved {B}'s head office to {town}."],
    "financial-year": ["Revenue rose by {pc}% in FY{fy} (unaudited).", "The board approved the FY{fy} budget (FJ${n}m)."],
    "quarter": ["Bookings recovered fully in Q{q} {Y3} (vs 2019).", "Online sales doubled (Q{q} {Y3})."],
    "census-figure": ["Fiji's population was 884,887 at the last census (2017).", "Samoa counted 205,557 people (Census 2021)."],
    "diaspora-count": ["About {n},000 Tongans live in {dia} (2018 census).", "The Samoan community in {dia} is large (some {n},000 people)."],
    "cable-landing": ["The Southern Cross NEXT cable (2022) cut wholesale data costs.", "Tonga's cable was repaired in February 2022 (after 38 days)."],
    "exchange-rate": ["One Fiji dollar buys about A$0.67 (mid-rate, {Y3}).", "The tālā was pegged to a basket of currencies (since 1975)."],
    "cruise-calls": ["Suva expects {n} cruise ship calls ({Y3} season).", "Port Vila recorded {n} cruise visits (July to December {Y3})."],
    "covid-border": ["Fiji reopened its border on 1 December 2021 (vaccinated travellers only).",
                     "Samoa's border stayed closed for two years (March 2020 to August 2022)."],
    "visa-scheme": ["Workers travel under the Pacific Australia Labour Mobility scheme (PALM scheme, launched 2022).",
                    "The Recognised Seasonal Employer scheme (RSE scheme, since 2007) sends thousands to New Zealand each year."],
    "temperature-season": ["The wet season (November to April) is the low season for {B}.", "Bookings peak in the dry season (May to October)."],
    "treaty-agreement": ["Fiji signed the PACER Plus agreement (2017) but has not ratified it.",
                         "The Melanesian Spearhead Group Trade Agreement (MSGTA3, signed 2017) cut tariffs on kava."],
    "product-size": ["The new bottle (330 ml, {Y3} design) sells well in supermarkets.", "{B} launched a 1.5 L pack (family size) for Christmas."],
    "church-conference": ["The Methodist Church conference (August {Y3}) brings thousands to {town}.",
                          "The LDS temple open day (Nukuʻalofa, {Y3}) drew crowds from across Tonga."],
    "licence-number": ["Every agent displays its licence number (RBF Licence No. {pb}).", "The resort's licence (No. {pb}/{Y3}) is renewed each year."],
}  # fmt: skip
