"""The blind261 pool's prose: marketers in Alsace, Lorraine, Brittany and Corsica and their diaspora (Strasbourg,
Colmar, Mulhouse, Metz, Nancy, Rennes, Brest, Quimper, Lorient, Saint-Malo, Ajaccio, Bastia, Corte; Montreal, Paris,
London, Brussels) at food and drink firms, retailers, banks and co-operatives, tourism and transport firms and NGOs,
writing CIM Level 6 and 7 reports and MBA assignments in English.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand,
``{O}`` an opener. NOT_CITATIONS holds text with brackets and years that is no citation: prices, founding years,
festivals, laws, events, openings, figures, titles, awards, tickers and periods. Written without reading the checker,
its tests or the other pools.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Kronenbourg", "Meteor", "Fischer", "Hugel", "Trimbach", "Wolfberger", "Bonne Maman", "Saint Michel",
          "Hénaff", "Cidre Loïc Raison", "Breizh Cola", "Pietra", "Corsica Cola", "Mattei", "Armor-Lux", "Le Minor",
          "Saint James", "Phildar", "Le Slip Français", "Crédit Mutuel Alliance Fédérale", "Crédit Mutuel Arkéa",
          "CIC Est", "Caisse d'Épargne Grand Est Europe", "Triskalia", "Even", "Brittany Ferries", "Corsica Linea",
          "Air Corsica", "Europa-Park", "Puy du Fou", "Marché de Noël de Strasbourg", "Festival Interceltique de Lorient"]  # fmt: skip

NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, which matters for {B}.", "{N} show that {C} in regional markets.",
    "{N} suggest that {C}, especially in Brittany.", "{N} observed that {C}.", "{N} make the point that {C}.",
    "{N} conclude that {C}; {B} has not yet acted on this.", "{N} reported that {C} among Alsatian consumers.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "As {N} explain, {C}.", "{C}, as {N} point out.",
    "This echoes {N}, who note that {C}.", "For {B}, the lesson from {N} is that {C}.",
    "In the Corsican case, {N} argue that {C}.", "Applied to {B}, the work of {N} suggests that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of Breton brands shows that {C}.", "{O}, {N} model explains why {C}.",
    "{N} findings imply that {C}.", "{N} survey of shoppers in Strasbourg suggests that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "There is good evidence that {C} {P}.", "In Alsace as in Brittany, {C} {P}.",
    "Regional brands benefit when {C} {P}.", "It is often argued that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.", "{C} {P}, and {C2}.",
]  # fmt: skip
CLAIMS = [
    "regional origin labels raise willingness to pay among {A}", "{B} could {bs} to reach the diaspora",
    "{T} works best when it is tied to local identity", "{A} trust brands that show where their products are made",
    "{B} relies on {T} more than its national rivals do", "bilingual packaging signals authenticity to {A}",
    "festival sponsorship lifts {R} for regional drinks brands", "mutualist banks win loyalty through local presence",
    "seasonality squeezes island tourism brands into a few summer weeks", "{A} reward {T} with {R}",
    "terroir claims must be backed by evidence to convince {A}", "cross-border shoppers compare prices across the Rhine",
    "heritage brands such as {B} risk looking old-fashioned to {A}", "the made-in-France story supports premium prices",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "By contrast", "In the case of {B}", "More recently", "Even so",
           "In Brittany", "On the Corsican market", "In Alsace", "For diaspora customers in Montreal"]  # fmt: skip
PLAIN = [
    "{B} sells through supermarkets, its own shops and an online store.",
    "The campaign ran for six weeks in Strasbourg, Metz and Nancy.",
    "{B}'s team in Rennes is small, with four marketers and an agency.",
    "Most visitors arrive by ferry at Bastia or Ajaccio in July and August.",
    "{O}, {C}.",
    "The brand posts in French, Breton and English on Instagram.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{O}, {Q} {P}.", "The point is well made: {Q} {P}.",
    "{N} put it plainly: {Q}.", "{Q} {P}, and {B} could act on this.",
]  # fmt: skip
SCARE_QUOTES = ["‘made in Breizh’", "‘terroir’", "‘fait maison’", "‘locavore’", "‘glocal’", "‘Alsace spirit’",
                "‘slow tourism’", "‘Gwenn ha Du’ branding"]  # fmt: skip
SCARE_FRAMES = [
    "{B} builds its story on {Q} {P}.", "Marketers now talk of {Q} {P}.", "So-called {Q} appeals to {A} {P}.",
    "The idea of {Q} is central to regional branding {P}.", "{N} describe this as {Q}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Demat! Your summer crossing is waiting’", "‘Joyeux Noël from Strasbourg’", "‘Last cabins for Bastia’",
                 "‘Your Fest-Noz playlist’", "‘10% off Breton stripes this weekend’", "‘Bonjour from Europa-Park’"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email headed {Q} had the best open rate {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "Subject lines such as {Q} build urgency {P}.", "The newsletter {Q} performed well {P}.",
]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "Y3": str(rng.randint(2019, 2025)), "pc": str(rng.randint(3, 68)), "eu": str(rng.randint(2, 60)),
        "ct": str(rng.randint(10, 95)), "mo": rng.choice(["January", "March", "May", "July", "September", "November"]),
        "city": rng.choice(["Strasbourg", "Colmar", "Mulhouse", "Metz", "Nancy", "Rennes", "Brest", "Quimper",
                            "Lorient", "Saint-Malo", "Ajaccio", "Bastia", "Corte"]),
    }  # fmt: skip


NOT_CITATIONS = {
    "price-kouign": ["A kouign-amann costs around €4.50 in Quimper (2024 prices).", "Bakeries in {city} charge €4.{ct} a kouign-amann ({Y3} average)."],
    "price-flammekueche": ["A €12 flammekueche (2023) is typical of winstubs in Colmar.", "Restaurants in {city} price a flammekueche at €1{q} (menu, {Y3})."],
    "price-ticket": ["A one-day Europa-Park ticket cost €39 in 2022 (child price).", "Adult tickets rose to €6{q} (summer {Y3})."],
    "tourist-tax": ["Strasbourg charges a tourist tax of €2.88 a night (from 2024).", "The tourist tax in {city} rose to €{q}.{ct} a night ({Y3})."],
    "founding-kronenbourg": ["Kronenbourg (1664) takes its name from its founding year.", "The beer brand Kronenbourg 1664 (launched 1952) is still the best-known label."],
    "founding-henaff": ["Hénaff (1907) is still family-owned in Pouldreuzic.", "The pâté maker, founded in Pouldreuzic (1907), exports its tins worldwide."],
    "founding-breizh": ["Breizh Cola (2002) was launched as a Breton alternative.", "The cola was created in Brittany (launched 2002) by a local drinks firm."],
    "founding-armorlux": ["Armor-Lux (1938) started as a knitwear workshop in Quimper.", "The Quimper knitwear brand (founded 1938) dresses the French navy."],
    "founding-pietra": ["Pietra (1996) brews its beer with chestnut flour.", "The Corsican chestnut beer (first brewed 1996) is sold in Bastia and Ajaccio."],
    "founding-saintjames": ["Saint James (1889) makes its sailor jumpers in Normandy.", "The maker of Breton stripes (est. 1889) sells in London and Montreal."],
    "festival-interceltique": ["The Festival Interceltique (August 2023) drew visitors from Scotland and Galicia.", "Lorient's Celtic festival (early August {Y3}) sells out most hotels."],
    "christmas-market": ["The Marché de Noël (late November 2022) opened with a new layout.", "Strasbourg's Christmas market (from {d} November {Y3}) is the city's peak."],
    "festnoz-unesco": ["The Fest-Noz, listed by UNESCO (2012), is now part of the brand story.", "Breton dance nights (UNESCO list, 2012) appear in the campaign visuals."],
    "fete-bretagne": ["The Fête de la Bretagne (May 2024) gave the brand a week of events.", "Events for the Breton festival week (mid-May {Y3}) were sponsored locally."],
    "foire-vins": ["The Foire aux Vins de Colmar (July 2023) hosts tastings and concerts.", "Colmar's wine fair (late July {Y3}) is the wine houses' summer showcase."],
    "quatorze-juillet": ["Sales peak around the 14 juillet (Bastille Day).", "The ferry's busiest week falls before the national holiday (14 July {Y3})."],
    "sainte-odile": ["Alsace marks Sainte-Odile (13 December) with pilgrimages.", "The patron saint's day (13 December) is used in local campaigns."],
    "loi-toubon": ["Advertising must be in French under the Loi Toubon (1994).", "English slogans need a French translation (Toubon law, 1994)."],
    "loi-evin": ["Alcohol advertising is restricted by the Loi Evin (1991).", "Beer brands cannot link drinking to sport (Evin law, 1991)."],
    "loi-molac": ["Regional languages gained protection under the Loi Molac (2021).", "Breton immersion schooling was debated (Molac law, May 2021)."],
    "concordat": ["Alsace-Moselle still follows the Concordat (1801) for religion.", "Local law (Concordat, 1801) gives the region two extra holidays."],
    "aoc-rules": ["Alsace wines follow the EU AOC rules (1962).", "The appellation (AOC Alsace, 1962) fixes the grape varieties."],
    "gdpr": ["Email consent is governed by the GDPR (May 2018).", "Opt-in records were rebuilt after the regulation took effect (25 May 2018)."],
    "strasbourg-attack": ["Footfall fell after the Strasbourg attack (December 2018).", "The Christmas market reopened with new security (after 2018)."],
    "amoco-cadiz": ["The Amoco Cadiz oil spill (1978) shaped Brittany's environmental identity.", "Coastal brands still recall the oil spill (March 1978)."],
    "erika": ["The Erika spill (December 1999) hit tourism along the coast.", "Beaches were closed for months (Erika, 1999–2000)."],
    "cea-creation": ["The Collectivité européenne d'Alsace was created in 2021 (1 January).", "The new Alsace authority (created 2021) launched its own brand."],
    "grand-depart": ["The Tour de France Grand Départ in Brest (June 2021) reached millions of viewers.", "The cycling race started in Brittany (26 June 2021)."],
    "tgv-est": ["The TGV Est (June 2007) cut the trip from Paris to Strasbourg.", "High-speed trains to Alsace (since 2007) brought more weekend visitors."],
    "metro-rennes": ["Rennes metro line B (September 2022) links the city centre to the business parks.", "The second metro line (opened 20 September 2022) changed commuter habits."],
    "lgv-bretagne": ["The LGV Bretagne (2017) put Rennes 1h25 from Paris.", "The high-speed line to Rennes (opened July 2017) boosted day trips."],
    "ferry-route": ["Brittany Ferries' Cork route (1978) is still served from Roscoff.", "The Roscoff to Cork crossing (first sailed 1978) carries Irish tourists."],
    "market-visitors": ["The Christmas market drew 2.2 million visitors in 2023 (city figures).", "Visitor numbers reached {q}.{q} million ({Y3} season)."],
    "overnight-stays": ["Brittany recorded 14 million overnight stays (2023).", "Hotel nights in {city} rose by {pc}% (summer {Y3})."],
    "wine-turnover": ["Alsace wine turnover reached €1.2 billion (2022).", "Exports made up {pc}% of sales ({Y3} harvest)."],
    "job-title": ["Claire Ostermann (Directeur Marketing, Kronenbourg) approved the brief.", "The interview was with Gwendal Jaouen (Brand Manager, Breizh Cola, {Y3})."],
    "honour": ["The founder was made a Chevalier de la Légion d'honneur (2019).", "The group's président (since {Y3}) is from Brest."],
    "michelin": ["The restaurant at the Europa-Park hotel holds a Michelin star (2021).", "A winstub in Colmar won its first star (Guide Michelin {Y3})."],
    "trophees-lsa": ["The launch won at the Trophées LSA 2023 (innovation).", "The range was shortlisted (Trophées LSA, {Y3})."],
    "concours-agricole": ["The riesling won a gold medal (Concours Général Agricole 2022).", "The cider took silver at the Paris show (CGA {Y3})."],
    "grand-prix": ["The campaign won the Grand Prix Stratégies 2024 (regional brands).", "The agency was named agency of the year (Grand Prix Stratégies, {Y3})."],
    "ticker": ["Bonduelle is listed in Paris (EPA: BON).", "Carrefour, which stocks the range, trades as EPA: CA, and Danone as EPA: BN (Euronext Paris)."],
    "financial-year": ["Sales rose by {pc}% (FY2023).", "Marketing spend was cut in the last year (FY{Y3} budget)."],
    "half-year": ["Bookings grew strongly (H1 2024).", "Ferry traffic fell in the first half (H1 {Y3}, passengers)."],
    "quarter": ["Online orders doubled (Q3 2023).", "The campaign ran in the final quarter (Q{q} {Y3})."],
    "survey-n": ["Most respondents in Rennes preferred local brands (n = {n}).", "The survey in {city} ran for two weeks ({d} {mo} {Y3})."],
    "appendix-figure": ["The persona is set out in full (Appendix {q}).", "The ferry's booking funnel is shown below (Figure {q}, {Y3} data)."],
}  # fmt: skip
