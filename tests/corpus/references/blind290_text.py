"""The blind290 pool's prose: marketers at vending-machine operators, micro-market and unattended-retail firms,
coffee and snack brands, payment and telemetry providers and workplace caterers in the UK, Ireland, the Netherlands,
Germany, Italy and Japan, writing CIM Level 6 and 7 reports and MBA assignments in English on B2B, workplace, payment
and digital-channel marketing.

Placeholders mean what they mean in text.py; these frames also use the fill values of ``values()``: {mach} a machine
model, {ly} a launch year, {yr} a recent year, {ctry} a country, {mn} a machine count, {blend} a coffee blend,
{snack} a snack, {pct} a percentage, {reader} a payment reader, {town} a town, {app} a telemetry platform with its
version, {fair} a trade fair, {award} an award, {tick} a stock ticker, {slog} a quoted slogan, {mo} a month,
{fy} a Japanese fiscal year, {era} a Japanese era year, {cur} a sum in euros. None of the decoys is a citation.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Selecta", "Lavazza Professional", "Coca-Cola Europacific Partners", "Costa Express", "Nescafé", "Azkoyen",
          "Evoca Group", "Crane Merchandising Systems", "Nayax", "Vendon", "365 Retail Markets", "Avanti Markets",
          "Foodles", "DyDo DRINCO", "Suntory Beverage & Food", "Kaffee Partner", "Sielaff", "Compass Group",
          "Sodexo", "ITO EN", "Douwe Egberts", "illy", "Bianchi Vending", "Fuji Electric"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    return {
        "mach": rng.choice(["the Costa Express bar", "the Crane Merchant 6", "the Necta Kikko Max", "the Azkoyen Vitro S5",
                            "the Sielaff FK 1000", "the Bianchi Lei SA", "the Necta Brio Up", "Fuji Electric's FVB-M5",
                            "the Saeco Atlante 500", "the Rheavendors Luce X2"]),
        "ly": str(rng.randint(2003, 2024)), "yr": str(rng.randint(2016, 2025)),
        "ctry": rng.choice(["Japan", "the UK", "Ireland", "the Netherlands", "Germany", "Italy"]),
        "mn": rng.choice(["about 4 million", "roughly 2.7 million", "some 820,000", "around 500,000", "nearly 3 million",
                          "about 380,000"]),
        "blend": rng.choice(["Lavazza Tierra", "Nescafé Gold Blend", "Douwe Egberts Pure Gold", "illy Classico",
                             "Kenco Smooth Roast", "Lavazza Espresso Point Crema", "Boss Rainbow Mountain"]),
        "snack": rng.choice(["Tunnock's Caramel Wafer", "Walkers Baked", "Kinder Bueno White", "Calbee Jagabee",
                             "KitKat Matcha", "Nature Valley Protein", "Stroopwafel minis", "Haribo Goldbären"]),
        "pct": str(rng.randint(21, 94)),
        "reader": rng.choice(["Nayax VPOS Touch", "Nayax Onyx", "the Cantaloupe ePort G11", "the Ingenico Self 2000",
                              "Vendon's cashless module", "the Worldline VALINA"]),
        "town": rng.choice(["Utrecht", "Eindhoven", "Rotterdam", "Leeds", "Manchester", "Cork", "Galway", "Munich",
                            "Düsseldorf", "Milan", "Bologna", "Osaka", "Yokohama"]),
        "app": rng.choice(["Vendon 2.0", "Nayax MoMa 3.1", "Cantaloupe Seed 5", "365Pay 4.2", "VendSys 7",
                           "the Evoca Connect 2"]),
        "fair": rng.choice(["EU'Vend", "Venditalia", "Vending Expo", "Vending Paris", "the NAMA Show", "Host Milano"]),
        "award": rng.choice(["the AVA Awards", "the EVA Vending Awards", "the Grocer Gold Awards",
                             "the Coffee Excellence Awards", "the Catering Insight Awards"]),
        "tick": rng.choice(["NASDAQ: NYAX", "TSE: 2590", "TSE: 2587", "NASDAQ: CCEP", "TASE: NYAX", "TSE: 6504",
                            "BIT: LVZ"]),
        "slog": rng.choice(["‘Your break, upgraded’", "‘Good coffee, no queue’", "‘Tap, pick, go’",
                            "‘Fresh food, 24/7, at work’", "‘Real coffee in real cups’", "‘Always open, always fresh’"]),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "fy": f"FY{rng.randint(2018, 2025)}", "era": f"Reiwa {rng.randint(1, 7)}",
        "cur": f"€{rng.randint(2, 900)}m",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, although their sample was drawn from office workers only.",
    "{N} concluded that {C}; this is directly relevant to {B}.", "{N} show that {C}.",
    "{N} observed that {C} among {A}.", "{N} warn that {C} when machines are badly stocked.",
    "{N} reported that {C} in workplaces with hybrid working.", "{N} make the point that {C}.",
    "{N} suggest that {C}, which {B} has started to test.", "{N} identified that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of unattended retail, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, as {N} point out.",
    "As {N} explain, {C}.", "Research by {N} suggests that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "According to {N}, {C}.", "{C} – a view shared by {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model suggests that {C}.", "{O}, {N} framework explains why {C}.", "{N} findings imply that {C}.",
    "{N} survey of operators showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}.", "It is widely accepted that {C} {P}.",
    "In workplace vending, {C} {P}.", "{C}, particularly for {A} {P}.", "{C} {P:see}.",
    "Several studies show that {C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
]  # fmt: skip
CLAIMS = [
    "cashless payment raises the average spend per vend", "{B} could win more office contracts with telemetry data",
    "{A} expect fresh food as well as crisps and chocolate", "healthier ranges sell when they are placed at eye level",
    "micro-markets depend on trust as much as on technology", "{T} works best when it is tied to {R}",
    "facilities managers buy on reliability before price", "{A} reward good coffee with {R}",
    "{B} relies on {T} more than its rivals do", "a machine that is out of stock damages brand trust",
    "hybrid working has cut footfall at workplace machines", "loyalty apps turn occasional buyers into regulars",
    "operators who share sales data keep their clients longer", "price rises hit vends harder than footfall does",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "In the case of {B}", "More recently", "Even so",
           "In the Japanese market", "For operators in the UK and Ireland", "At the same time"]  # fmt: skip
PLAIN = [
    "{B} serves offices, hospitals, universities and transport hubs.",
    "Most contracts are sold to facilities managers rather than to the people who buy from the machines.",
    "The operator's route drivers restock each site two or three times a week.",
    "{O}, {C}.", "Client retention, not new sites, drives most of the operator's profit.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "One review concluded that {Q} {P}.", "{O}, {Q} {P}.", "The point is made plainly that {Q} {P}, which {B} should note.",
]  # fmt: skip
SCARE_QUOTES = ["‘frictionless’", "‘honesty market’", "‘grab and go’", "‘phygital’", "‘office as a destination’",
                "‘always on’"]  # fmt: skip
SCARE_FRAMES = [
    "Operators now talk of a {Q} break {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} retail {P}.", "The idea of {Q} service is now common in workplaces {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your free coffee is waiting at the machine’", "‘New at your micro-market: hot meals’",
                 "“Tap your card, earn a free snack”", "‘Your team’s break room, upgraded’",
                 "“Last chance: 20% off your office coffee plan”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The operator's email headed {Q} was opened by most facilities managers {P}.",
    "{B} sent the message {Q} to lapsed app users {P}.", "The subject line {Q} doubled opens {P}.",
    "An email headed {Q} performed best in the test {P}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation: a tutor expects none of it in the list.
NOT_CITATIONS = {
    "machine-launch-year": ["{B} replaced its older fleet with {mach} ({ly}) in most staff rooms.",
                            "The pilot used {mach} ({ly}), which takes both cards and phones."],
    "machine-generation": ["{mach} (third generation) added a touch screen.",
                           "Sites kept {mach} (first generation, {ly}) until the lease ran out."],
    "machine-count-country": ["Vending density is highest in the world's most mature market (Japan, {yr}).",
                              "The operator ran {n} machines in one country alone ({ctry}, {yr})."],
    "machine-count-year": ["There are {mn} machines in the market ({yr}).",
                           "The installed base stood at {mn} units ({yr} estimate)."],
    "machines-per-capita": ["Japan has roughly one machine for every 30 people ({yr} figures).",
                            "Density fell to one machine per {n} residents ({ctry}, {yr})."],
    "coffee-blend-launch": ["{B} switched its machines to {blend} ({ly}).",
                            "The bean-to-cup range now uses {blend} ({ly} blend) in every office."],
    "snack-launch": ["Sales of {snack} ({ly}) were strongest on Fridays.",
                     "The spiral that held {snack} (launched {ly}) sold out first."],
    "cashless-share": ["Cashless payments made up {pct}% of vends ({yr}).",
                       "Card and phone payments passed {pct}% of transactions ({ctry}, {yr})."],
    "payment-reader": ["Every machine was fitted with {reader} ({ly}).",
                       "{B} moved its fleet onto {reader} ({ly} model) over eighteen months."],
    "micro-market-opening": ["The firm opened its first micro-market ({town}, {ly}).",
                             "{B}'s flagship honesty market (opened in {town}, {ly}) now trades around the clock."],
    "price-point-year": ["A 90p can ({yr}) had become £1.20 within three years.",
                         "The standard espresso cost €1.10 ({yr} price list)."],
    "yen-price": ["A can of coffee cost ¥160 ({yr}) at most street machines.",
                  "{B} raised its standard price to ¥180 ({era})."],
    "sugar-levy": ["Reformulation followed the Soft Drinks Industry Levy (2018).",
                   "Ireland's Sugar Sweetened Drinks Tax (2018) changed what operators stocked."],
    "plastics-rule": ["Single-use cups came under the Single-Use Plastics Directive (2019).",
                      "The Dutch rules on disposable cups (January 2024) pushed {B} towards reusables."],
    "deposit-scheme": ["Cans in German machines carry the Einwegpfand (2003).",
                       "Ireland's Deposit Return Scheme (February 2024) added 15c to each bottle."],
    "hfss-rules": ["The HFSS placement rules (October 2022) apply to large shops, not to vending machines.",
                   "Hospital machines had to meet the NHS sugar targets ({yr} update)."],
    "telemetry-version": ["The operator's route planning runs on {app}.",
                          "{B} upgraded to {app} ({yr}) to see stock levels remotely."],
    "app-release": ["The loyalty app's redesign (version {q}.{d}, {yr}) added pay-by-phone.",
                    "Downloads rose after the {mo} {yr} app update (v{q}.0)."],
    "trade-fair": ["{B} launched its new range at {fair} ({yr}).", "The team visited EU'Vend {yr} in Cologne."],
    "trade-fair-plain": ["The stand at {fair} {yr} drew more operators than expected.",
                         "Venditalia (2024) in Milan showed several frozen-food machines."],
    "award-year": ["The micro-market won at {award} {yr}.", "{B} was shortlisted at {award} ({yr})."],
    "stock-ticker": ["Nayax has been listed in New York since 2022 (NASDAQ: NYAX).",
                     "{B}'s parent is a listed company ({tick})."],
    "quoted-slogan": ["The machine wraps carried the line {slog}.",
                      "{B}'s campaign slogan, {slog}, ran on every machine front in {yr}."],
    "slogan-year": ["The {slog} wrap ({yr}) tested well with office staff.",
                    "Its {slog} campaign (spring {yr}) ran on screens in the machines."],
    "vends-figure": ["The site averaged {n} cups a day ({yr} vends).", "Hot drinks led the range ({yr} vends: {n}k)."],
    "fiscal-year": ["DyDo's domestic vending revenue fell again ({fy}).",
                    "Suntory's Japanese beverage volumes recovered ({fy} results)."],
    "era-year": ["The ministry's survey ({era}) counted fewer street machines.",
                 "Operating machines fell slightly ({era} figures)."],
    "quarter": ["Vends rose {pct}% year on year (Q{q} {yr}).", "The fresh-food fridges broke even (Q{q} {yr})."],
    "site-count": ["The operator served {n} client sites ({yr}).", "Micro-markets grew to {n} locations ({ctry}, {yr})."],
    "sample-size": ["Most office workers wanted healthier options (n = {n}).",
                    "The staff survey had a good response rate ({n} replies, {mo} {yr})."],
    "contract-term": ["The hospital signed a five-year contract (2022–2027).",
                      "{B}'s catering tender ran for three years ({yr}–{Y2})."],
    "energy-label": ["The new fridges are rated class C (2021 energy label).",
                     "The machine uses {n} kWh a year (EU label, {yr})."],
    "pack-size": ["The best seller was a 330 ml can ({yr} range).", "Cups went up to 12 oz (340 ml) in {yr}."],
    "sku-code": ["The meal deal covers {n} products (SKU list {yr}).", "Slow sellers were removed (SKU {n}, {mo})."],
    "revenue-figure": ["{B} grew its unattended-retail sales (revenue {yr}: {cur}).",
                       "The division's turnover rose sharply ({yr}: {cur})."],
    "certification": ["All its coffee is Rainforest Alliance certified (since {ly}).",
                      "The beans carry the Fairtrade Mark (from {ly})."],
    "acquisition-year": ["N&W Global Vending and Saeco's vending arm merged (2017).",
                         "The group was bought by a private-equity fund (2015 deal)."],
    "rebrand-year": ["N&W Global Vending became Evoca Group (2018).", "{B} dropped its old name and logo ({yr} rebrand)."],
    "pilot-phase": ["The cashless pilot ran in two cities (phase {q}, {yr}).",
                    "Smart fridges were trialled in {town} (pilot, {mo} {yr})."],
    "survey-wave": ["Trust in honesty markets rose (wave {q}, {yr}).", "The tracker showed the same pattern (wave {q})."],
    "standard-version": ["Every reader had to meet PCI DSS v4.0 (2022).", "The machines follow EVA-DTS 6.1.2 (telemetry data standard)."],
    "event-year": ["Office footfall collapsed in the first lockdown (March 2020).",
                   "Machines gave out free drinks after the Tōhoku earthquake (2011)."],
    "olympics": ["Tokyo 2020 (held in 2021) brought new machines to the venues.",
                 "The Olympic Games (Tokyo, 2021) showcased cashless vending."],
    "hashtag-year": ["The campaign ran under #BreakBetter ({yr}).", "Staff shared photos with #VendingWeek ({yr})."],
    "planogram": ["The range was reset twice a year (planogram v{q}, {mo} {yr}).",
                  "Healthy snacks moved to the top row (planogram {yr}/{q})."],
    "carbon-figure": ["A reusable cup saves about {n} g CO2e per drink ({yr} estimate).",
                      "The fleet's emissions fell by {pct}% (scope 3, {yr})."],
    "opening-hours": ["The micro-market is open around the clock (24/7 since {ly}).",
                      "Fresh food is restocked before breakfast (06:30, Monday to Friday)."],
    "temperature-spec": ["Chilled food is held below 5 °C (8 °C at most by law).", "The frozen unit runs at -18 °C ({ly} model)."],
}  # fmt: skip
