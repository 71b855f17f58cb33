"""Prose for the seventy-third held-out pool, "blind73": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, digital,
CRM and communications marketers at telecoms and mobile-money firms, banks and insurers, FMCG, dairy and beverage
firms, phosphate and agribusiness groups, hotel groups, tourism offices, airlines, e-commerce platforms and agencies
in Casablanca, Rabat, Marrakech, Tangier, Algiers, Oran, Tunis, Sfax, Dakar and Abidjan write CIM Level 6 and 7
reports and MBA assignments in English, French never far away: laws, dahirs, decrees and circulars with their numbers
and years, regulators' decisions, census and survey rounds, Ramadan, Eid, Tabaski, Yennayer, Mawlid, rentrée and
summer diaspora campaigns with their Hijri and Amazigh years, dirham, dinar and CFA franc figures with exchange rates,
S.A., SARL, SPA and GIE firms and their former names, stock tickers, USSD and short codes, tariffs and bundles,
Darija, Wolof, Nouchi and Arabic words glossed in brackets, taglines in guillemets, hashtags, national plans and
visions with their horizons, football clubs and tournaments, hotel ratings, flight numbers, ISO standards, appendices,
figures and samples.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} shows that {C}.",
    "{N} argues that {C}, a point that holds for {B} in {city}.",
    "{N} found that {C}.",
    "{N} makes the case that {C}.",
    "{N} observes that, in francophone markets, {C}.",
    "{N} reports that {C}, especially during {fest}.",
    "{N} notes that {C}.",
    "{N} concludes that {C}; this is the gap {B} can exploit.",
    "{N} suggests that {C}.",
    "{N} demonstrates, with data from {city}, that {C}.",
    "{N} warns that {C}.",
    "{N} explains that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "In the Moroccan context, {N} finds that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Building on {N}, it can be argued that {C}.",
    "According to {N}, {C}.",
    "This report follows {N} in assuming that {C}.",
    "In line with {N}, {C}.",
    "Applied to {city}, the model of {N} implies that {C}.",
    "Like {N}, the team at {B} believes that {C}.",
    "Here the evidence from {N} is clear: {C}.",
    "It is worth recalling, with {N}, that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {city} shoppers suggests that {C}.",
    "{N} framework helps explain why {C}.",
    "Following {N} model, {C}.",
    "{N} survey of mobile-money users found that {C}.",
    "{N} work on the Maghreb shows that {C}.",
    "Applying {N} typology, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "{C}, particularly among {A} {P}.",
    "Evidence from West Africa suggests that {C} {P}.",
    "{C}, which is why {B} invests heavily in {fest} campaigns {P}.",
    "In {city}, {C} {P}.",
    "It is widely accepted that {C} {P:see}.",
    "{C}; the same is true in {city} {P:see also}.",
    "Several studies confirm that {C} {P}.",
    "{O} {C}, even outside the big cities {P}.",
    "The literature is consistent: {C} {P}.",
    "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {B} has not yet responded to this.",
    "Because {C} {P}, the plan prioritises {A}.",
    "While {C} {P}, the picture in {city} is more mixed.",
    "{O} {C} {P}, so the budget shifts to mobile.",
    "The claim that {C} {P} underpins the positioning recommended below.",
    "Given that {C} {P}, {B} should rethink its {fest} calendar.",
    "{C} {P}; however, price still decides most purchases.",
    "If {C} {P}, then loyalty cannot simply be bought with bonus data.",
]  # fmt: skip
CLAIMS = [
    "young urban consumers switch operators for a better data bundle rather than for the brand",
    "trust in the bank matters more than price when {A} open their first account",
    "mobile money spreads fastest where agents are close to the customer",
    "Ramadan is the year's most expensive and most cluttered advertising period",
    "consumers in {city} still prefer cash on delivery for their first online purchase",
    "advertising that mixes Darija and French feels closer to everyday life than classical Arabic",
    "boycotts spread through social media faster than brands can answer them",
    "diaspora visitors spend more per stay than other international tourists",
    "perceived religiosity shapes attitudes to interest-based banking products",
    "loyalty to a dairy brand rests on freshness and price more than on advertising",
    "WhatsApp is where many small sellers actually close their sales",
    "influencers are trusted more when they speak the local dialect",
    "the rentrée puts household budgets under heavy pressure",
    "sponsoring the national football team lifts brand awareness across all age groups",
    "the unbanked are far more willing to use a wallet than to open a bank account",
    "hotel guests read online reviews before they look at the star rating",
    "CSR messages are believed only when the firm's local presence is visible",
    "price promotions on data bundles raise usage but not long-term loyalty",
    "{B} gains more from service quality than from another round of discounts",
    "the customer experience in bank branches drives {R} more than the mobile app does",
    "family and community opinion weighs heavily on the choice of a mobile operator",
    "consumers in secondary cities respond well to radio and outdoor advertising",
    "country of origin still colours how imported and local brands are judged",
    "free delivery thresholds change the size of online baskets",
    "a destination's image depends on safety, hospitality and value for money",
    "brand heritage reassures older customers but can feel dated to {A}",
    "short video now drives discovery for beauty and food brands",
    "trust in digital payments grows with each successful transaction",
]  # fmt: skip
OPENERS = [
    "In practice,",
    "Across the Maghreb,",
    "In the West African market,",
    "For {B},",
    "During {fest},",
    "Since the pandemic,",
    "In Morocco as in Tunisia,",
    "For mobile operators,",
    "Outside the capital,",
    "On the ground,",
    "In the banking sector,",
    "For a brand like {B},",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to the case of {B}.",
    "The recommendations below are costed and phased over twelve months.",
    "The analysis draws on the firm's own data and on published studies.",
    "Each option is assessed against the marketing objectives set in Task 1.",
    "The brand team in {city} was consulted informally for this part.",
    "The table below summarises the main strengths and weaknesses.",
    "These findings lead to three practical recommendations.",
    "The next part turns from the market to the customer.",
    "A phased rollout limits the risk for the business.",
    "The budget is shown in dirhams, with a euro equivalent for head office.",
    "Customer journeys differ sharply between the big cities and the interior.",
    "The competitive position of {B} is discussed next.",
    "Measurement relies on monthly tracking of awareness, consideration and churn.",
    "Both options fit the brand's values, but only one fits its budget.",
    "The segmentation below combines demographic and behavioural variables.",
]  # fmt: skip
QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "As one study puts it, {Q} {P}.",
    "{N} is blunt: {Q}.",
    "{Q} {P}.",
    "The point is well made by {N}: {Q}.",
    "For the Maghreb, {Q} {P}.",
    "{N} writes that {Q}.",
    "This echoes the warning that {Q} {P}.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["digital first", "baraka", "cash is king", "teranga", "premium", "made in Morocco", "local hero",
                "hchouma", "brand love", "phygital", "glocal", "value for money", "the Ramadan effect", "free"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands claim to be “{Q}”, yet few deliver it in the shop {P}.",
    "The so-called \"{Q}\" approach is popular with {B} {P}.",
    "{N} questions what “{Q}” really means for {A}.",
    "Managers in {city} often speak of «{Q}» when they describe loyalty {P}.",
    "Calling a bundle '{Q}' no longer convinces customers {P}.",
    "{N} describes the shift as \"{Q}\" thinking.",
]  # fmt: skip
SUBJECT_LINES = ["Ramadan Karim : -30% sur vos recharges", "Your Eid offer is waiting", "Dernier jour ! Livraison gratuite",
                 "Tabaski: envoyez de l'argent sans frais", "Bienvenue au Maroc, {B} vous offre 5 Go",
                 "Bonne rentrée ! Pack étudiant à {price}", "Yennayer Amervuh from all of us", "Flash sale: 48h only",
                 "Your statement is ready", "Pass Jeunes : 10 Go pour {price}", "Happy Mawlid from {B}",
                 "Votre colis arrive aujourd'hui"]  # fmt: skip
SUBJECT_FRAMES = [
    "The SMS sent to prepaid customers read “{Q}” {P}.",
    "An email headed \"{Q}\" had the best open rate, which supports the view of {N}.",
    "The push notification «{Q}» shows the tone recommended {P}.",
    "The subject line '{Q}' is typical of the sector {P}.",
    "{N} would class a message such as “{Q}” as a transactional nudge.",
]  # fmt: skip

NOT_CITATIONS = {
    "law-number": [
        "Under Law 09-08 of 2009, {B} must obtain consent before sending promotional SMS.",
        "Algerian Law 18-07 (in force since 2023) now covers the operator's loyalty database.",
        "In Tunisia, Organic Law 2004-63 still governs customer data, despite a draft reform tabled in {yr}.",
    ],
    "dahir": [
        "The consumer protection law was promulgated by Dahir No. 1-11-03 of 18 February 2011.",
        "Data protection rests on Dahir No. 1-09-15 (18 February 2009), which created the CNDP.",
    ],
    "decree-number": [
        "Decree No. 2-09-165 (21 May 2009) sets the procedure for declaring files to the CNDP.",
        "Ivorian Decree No. 2015-79 of 4 February 2015 details the rules for e-money issuers.",
    ],
    "regulator-decision": [
        "HACA Decision No. 23-15 reminded channels of the limits on alcohol and gambling ads during Ramadan.",
        "The ARPT ruling of March {yr} (Decision No. 12/SP/PC) capped on-net promotions for the market leader.",
        "ARTCI Decision No. 2021-0671 set new rules for SIM registration in Côte d'Ivoire.",
    ],
    "central-bank-circular": [
        "Bank Al-Maghrib Circular No. 5/W/2017 sets the conditions for payment institutions such as {B}.",
        "BCEAO Instruction No. 008-05-2015 governs e-money issuers across the WAEMU zone.",
    ],
    "legal-article": [
        "Article 10 of Law 31-08 requires prices to be displayed in dirhams, tax included.",
        "Articles 21 to 25 of the consumer code cover distance selling and the seven-day withdrawal period.",
    ],
    "hijri-date": [
        "The campaign ran through Ramadan 1445 (11 March to 9 April 2024).",
        "Sales peaked in the last ten nights of Ramadan {hijri} AH, as they do every year.",
    ],
    "amazigh-year": [
        "The Yennayer {amz} campaign (12 January) was the brand's first in Tamazight.",
        "Since Yennayer became a public holiday in Morocco (from 2973, that is 2023), brands have added it to their calendars.",
    ],
    "festival-campaign": [
        "The Tabaski {yr} campaign (June {yr}) targeted remittance senders in France and Italy.",
        "Our Aïd el-Kébir push (Eid al-Adha {yr}) doubled mobile-money transfers in a week.",
        "The Marhaba {yr} operation (15 June to 15 September) welcomed more than three million MRE.",
    ],
    "currency-figure": [
        "The Ramadan media budget reached MAD 42m (about €3.9m), up {pct} on last year.",
        "A basic prepaid bundle costs DH {n}, or roughly the price of two coffees in {city}.",
        "Revenue rose to {mad} in {yr2}, from a much lower base in {yr}.",
    ],
    "cfa-figure": [
        "A Wave transfer of 10 000 FCFA costs 100 FCFA, against 300 FCFA with older wallets.",
        "The average basket on the app was {fcfa} (XOF) in {yr}.",
    ],
    "dinar-figure": [
        "In Algiers the pack sells for DZD 1,500 (about €8 at the official rate).",
        "The Sfax distributor charges TND {n}.500 per case, excluding VAT.",
    ],
    "exchange-rate": [
        "All figures use the rate of 31 December {yr} (EUR 1 = MAD 10.9).",
        "Budgets are converted at 655.957 FCFA to the euro, the fixed parity since 1999.",
    ],
    "fiscal-period": [
        "Mobile data revenue grew {pct} in H1 {yr} (S1 {yr} in the French accounts).",
        "Churn fell in T{q} {yr}, the third quarter in a row.",
        "Results for FY{yr} (year to 31 December) were published in February {yr2}.",
    ],
    "stock-ticker": [
        "Maroc Telecom is listed in Casablanca and Paris (ticker: IAM).",
        "Sonatel (BRVM: SNTS) remains the most valuable listed firm in the WAEMU zone.",
        "Attijariwafa bank (MASI: ATW) closed the year {pct} higher.",
    ],
    "corporate-form": [
        "{B} is a société anonyme (SA à conseil d'administration) with a capital of MAD 500m.",
        "The agency trades as a SARL with a share capital of 100 000 DH, registered in {city} (RC {n}).",
        "The distributor is an SPA under Algerian law, while the exporters' group is a GIE.",
    ],
    "former-name": [
        "Orange Maroc (formerly Méditel, rebranded in December 2016) is the second operator.",
        "Bank of Africa (known as BMCE Bank until 2020) kept its old logo on many branches.",
        "Moov Africa (ex-Atlantique Telecom) entered the market under its new name in {yr}.",
    ],
    "operator-shares": [
        "Market shares stood at Maroc Telecom ({pct}), Orange ({pct2}) and inwi ({pct3}).",
        "In Algeria, Mobilis ({pct}), Djezzy ({pct2}) and Ooredoo ({pct3}) share the mobile market.",
    ],
    "ussd-code": [
        "Customers check their balance by dialling {code} (free of charge).",
        "The bundle is activated with {code}, then confirmed by SMS.",
    ],
    "short-code": [
        "To stop promotional messages, customers send STOP to {short} (free SMS).",
        "The helpline (dial {short}, 24/7) is answered in Darija, French and Amazigh.",
    ],
    "tariff-plan": [
        "The Pass Jeunes (DH 49, 10 GB, 30 days) was the best-selling offer.",
        "Its Forfait Liberté ({price}, unlimited calls) targets young professionals.",
    ],
    "darija-gloss": [
        "Many customers feel hchouma (shame) about asking for credit in a shop.",
        "The ftour (the meal that breaks the fast) is the key moment for food brands.",
        "Corner shops, the hanout (local grocer), still sell most of the milk.",
    ],
    "wolof-gloss": [
        "Brands in Dakar lean on teranga (Wolof: hospitality) in their tourism messages.",
        "Savings often go through a tontine (rotating savings club) rather than a bank.",
    ],
    "nouchi-gloss": [
        "Young Abidjan consumers share offers in Nouchi (Ivorian street slang) on TikTok.",
        "The maquis (open-air eatery) is where beer and soft-drink brands win or lose.",
    ],
    "arabic-script": [
        "The billboard simply said رمضان كريم (Ramadan Karim) under the logo.",
        "Packaging is printed in Arabic (حليب طازج, fresh milk) and French.",
    ],
    "tagline-guillemets": [
        "The slogan « Toujours plus proche » (Always closer) ran on every channel.",
        "Its tagline, « Ensemble, on avance » (Together we move forward), dates from the rebrand.",
    ],
    "hashtag": [
        "The hashtag #RamadanAvecNous{yr} trended for two days in Morocco.",
        "User posts tagged #DakarMaVille and #Teranga{yr} tripled during the campaign.",
    ],
    "national-plan": [
        "The Plan Sénégal Émergent (PSE, 2014–2035) puts digital services at its centre.",
        "Morocco's Vision 2020 for tourism aimed at twenty million arrivals.",
        "The Digital Morocco 2030 strategy (launched in {yr}) promises a thousand start-ups.",
    ],
    "tournament": [
        "Sponsorship of AFCON 2025 (Morocco, December 2025 to January 2026) was the year's biggest bet.",
        "The 2030 World Cup, co-hosted by Morocco, Spain and Portugal, will reshape tourism marketing.",
    ],
    "football-club": [
        "Wydad AC (founded 1937) and Raja CA share the biggest fan bases in Casablanca.",
        "ASEC Mimosas (founded 1948) remains a powerful sponsorship platform in Abidjan.",
    ],
    "trade-event": [
        "The brand launched its app at GITEX Africa (Marrakech, 29 to 31 May {yr}).",
        "The stand at the SIAM agricultural fair (Meknès, April {yr}) drew {n} visitors a day.",
    ],
    "award": [
        "The campaign won a Grand Prix at the Marrakech Festival of Advertising ({yr} edition).",
        "{B} was certified Top Employer Morocco {yr} for the third year running.",
    ],
    "history-date": [
        "Since independence (1956), the national carrier has been a symbol of the state.",
        "Algerian consumers remember the dinar devaluations of the 1990s (1991 and 1994).",
    ],
    "census-round": [
        "Fieldwork for the general census (RGPH 2024) ran from 1 to 30 September.",
        "The fifth census round (RGPHAE-5) counted households across every region of Senegal.",
    ],
    "survey-sample": [
        "The online survey (n = {n}, {city} and Rabat, March {yr}) had a {pct} response rate.",
        "Two focus groups (8 participants each, Oran, {d} April {yr}) tested the concepts.",
    ],
    "appendix-figure": [
        "The full persona set is in Appendix 3 (Table 2) and the media plan in Appendix 5.",
        "Figure 4 (Section 2.3) maps the customer journey from awareness to repurchase.",
        "Exhibit 2 (p. 14 of the brand book) shows the approved colour palette.",
    ],
    "flight-route": [
        "Royal Air Maroc flight AT 201 (Casablanca to New York JFK) anchors the North American campaign.",
        "Air Algérie added Oran to Marseille (AH 1062) three times a week in summer {yr}.",
    ],
    "hotel-rating": [
        "The resort (5*, 240 rooms, opened in {yr}) targets the German and British markets.",
        "A riad in the medina (4 rooms, rated 9.4/10) competes on experience, not on price.",
    ],
    "course-module": [
        "This report answers Task 2 of the CIM Level 7 module (June {yr} sitting).",
        "The MBA module (MKT 7002, Semester 2) requires a 4,000-word plan.",
    ],
    "iso-standard": [
        "The data centre is certified to ISO/IEC 27001:2022, a selling point for corporate clients.",
        "Its dairy plants have held ISO 22000:2018 certification since {yr}.",
    ],
    "app-version": [
        "The new wallet (version 5.2, Android and iOS) cut onboarding to three minutes.",
        "Release 3.0 ({month} {yr}) added bill payment for water and electricity.",
    ],
    "date-range-french": [
        "The promotion runs from 15/03/{yr} to 14/04/{yr}, in every store.",
        "Entries close le {d} {mois} {yr} à minuit.",
    ],
    "address": [
        "The flagship store is at Twin Center, Boulevard Zerktouni (20100 Casablanca).",
        "The agency moved to Plateau, Avenue Chardy (01 BP 1234 Abidjan 01).",
    ],
    "time-slot": [
        "The spot aired on 2M just after iftar (19:45 to 20:30), the costliest slot of the year.",
        "Delivery slots (10:00–14:00 and 18:00–22:00) were reorganised around prayer times.",
    ],
    "growth-rate": [
        "E-commerce grew at a CAGR of {pct} ({yr} to {yr2}), faster than any other channel.",
        "Active wallets rose by {pct} (year on year, Q{q}), driven by rural agents.",
    ],
    "ampersand-brand": [
        "Procter & Gamble (P&G) and Unilever dominate the detergent shelf in {city}.",
        "Mövenpick Hotels & Resorts reopened its Tangier property in {month} {yr}.",
    ],
    "season-weather": [
        "Demand collapses in August (38°C in Marrakech) and recovers with the rentrée.",
        "The rainy season (June to October in Abidjan) cuts footfall in open markets.",
    ],
    "rebrand-year": [
        "The new logo (unveiled in {yr}) drops the old green for a brighter orange.",
        "{B} changed its visual identity twice (in {yr} and again in {yr2}).",
    ],
}  # fmt: skip

BRANDS = ["Maroc Telecom", "Orange Côte d'Ivoire", "Sonatel", "Ooredoo Tunisie", "Djezzy", "inwi", "Orange Money",
          "Wave", "Attijariwafa bank", "Groupe BCP", "Bank of Africa", "Société Générale Côte d'Ivoire", "CIH Bank",
          "Centrale Danone", "Cevital", "Poulina Group Holding", "OCP Group", "Royal Air Maroc", "Air Algérie",
          "Tunisair", "Jumia", "Marjane", "Label'Vie", "Lesieur Cristal", "Oulmès", "Délice Danone", "Ifri",
          "Hamoud Boualem", "SIFCA", "Wafa Assurance", "Mobilis", "MTN Côte d'Ivoire"]  # fmt: skip

_CITIES = ["Casablanca", "Rabat", "Marrakech", "Tangier", "Algiers", "Oran", "Tunis", "Sfax", "Dakar", "Abidjan",
           "Agadir", "Fès", "Constantine", "Sousse", "Thiès", "Bouaké"]  # fmt: skip
_FESTIVALS = ["Ramadan", "Eid al-Fitr", "Aïd el-Kébir", "Tabaski", "Yennayer", "Mawlid", "back-to-school",
              "Marhaba summer", "Eid al-Adha", "Achoura"]  # fmt: skip
# French and English month names, drawn together
_MONTHS = [("janvier", "January"), ("février", "February"), ("mars", "March"), ("avril", "April"), ("mai", "May"),
           ("juin", "June"), ("juillet", "July"), ("septembre", "September"), ("octobre", "October"),
           ("novembre", "November"), ("décembre", "December"), ("janvier", "January"), ("mars", "March"),
           ("juin", "June"), ("octobre", "October")]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    whole, tenth = rng.randint(1, 40), rng.randint(0, 9)
    return {
        "city": rng.choice(_CITIES),
        "fest": rng.choice(_FESTIVALS),
        "pct": f"{rng.randint(2, 68)}{rng.choice(['%', '%', ' %', '.' + str(rng.randint(1, 9)) + '%'])}",
        "mad": rng.choice([f"MAD {whole}.{tenth}bn", f"{whole} {rng.randint(100, 999)} DH", f"DH {rng.randint(19, 499)}",
                           f"MAD {rng.randint(2, 900)}m", f"{rng.randint(19, 299)} dirhams"]),
        "price": rng.choice([f"DH {rng.randint(19, 499)}", f"{rng.randint(19, 299)} dirhams", f"{rng.randint(2, 60)} 000 FCFA", f"DZD {rng.randint(5, 60) * 100:,}", f"TND {rng.randint(9, 89)}"]),
        "fcfa": rng.choice([f"{rng.randint(1, 99)} {rng.randint(100, 999)} FCFA", f"FCFA {rng.randint(500, 25000):,}",
                            f"XOF {rng.randint(2, 90)}bn"]),
        "pct2": f"{rng.randint(15, 40)}.{rng.randint(0, 9)}%",
        "pct3": f"{rng.randint(10, 30)}.{rng.randint(0, 9)}%",
        "yr": str(year := rng.randint(2012, 2024)),
        "yr2": str(year + rng.randint(1, 2)),
        "hijri": str(rng.randint(1440, 1447)),
        "amz": str(rng.randint(2970, 2976)),
        "code": rng.choice(["*144#", "*555#", "#123#", "*880#", "*133*2#", "#144*1#"]),
        "short": rng.choice(["1717", "3030", "777", "1212", "8080", "555"]),
        "mois": (month := rng.choice(_MONTHS))[0],
        "month": month[1],
    }  # fmt: skip
