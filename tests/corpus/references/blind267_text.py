"""The blind267 pool's prose: marketers in Morocco and its diaspora (Casablanca, Rabat, Marrakech, Tangier, Fès, Agadir,
Oujda; Paris, Brussels, Amsterdam, Montreal, Madrid) at banks and fintechs, telecoms, retail and food, tourism and
airlines, argan and cosmetics cooperatives, OCP Group and start-ups, writing CIM Level 6 and 7 reports and MBA
assignments in English. Many learnt French first: "the HCP", "the ONMT", "in the framework of", "notably", "at the
level of", French and Darija words and names in French transliteration.

Decoys are what such reports hold that looks like a citation and is not one: national plans and strategies with
years, laws and dahirs by number and year, royal speeches, events, football clubs with founding years, Hijri and
Amazigh years, launches and campaigns, tariff and product codes, prices in MAD and dirhams, regions and sites,
routes and flight numbers, quoted Darija and French slogans, and figures with years. Written without reading the
checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Attijariwafa bank", "BMCE Bank of Africa", "CIH Bank", "Banque Populaire", "Maroc Telecom", "Inwi",
          "Orange Maroc", "Marjane", "Label'Vie", "Carrefour Market Maroc", "Aswak Assalam", "Centrale Danone",
          "Sidi Ali", "Oulmès", "Cosumar", "Royal Air Maroc", "Air Arabia Maroc", "Chari", "YouCan", "Jumia Maroc",
          "Glovo Maroc", "Kooul", "CashPlus", "Wafacash", "Lesieur Cristal", "Dari Couspate", "Aïcha", "Bimo",
          "Koutoubia", "Argan Tiwizi", "La Mamounia", "Sofitel Tamuda Bay", "Nouvelair", "Akwa Group", "Afriquia",
          "Tanger Med Port Authority", "Savola Maroc", "Jaouda", "Yassir Maroc"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "city": rng.choice(["Casablanca", "Rabat", "Marrakech", "Tangier", "Fès", "Agadir", "Oujda", "Meknès", "Tétouan", "Kénitra"]),
        "dia": rng.choice(["Paris", "Brussels", "Amsterdam", "Montreal", "Madrid", "Lyon", "Barcelona", "Antwerp"]),
        "mad": str(rng.choice([9, 12, 15, 20, 29, 49, 99, 149, 199, 299, 499, 1299])),
        "pc2": str(rng.randint(4, 78)), "Yr": str(rng.randint(2015, 2025)), "Yo": str(rng.randint(2009, 2019)),
        "hij": str(rng.choice([1440, 1441, 1442, 1443, 1444, 1445, 1446])),
        "amz": str(rng.choice([2970, 2971, 2972, 2973, 2974, 2975])),
        "flt": str(rng.choice([200, 201, 205, 208, 750, 800, 950, 970, 1400, 1402])),
        "lit": f"{rng.randint(11, 15)},{rng.randint(10, 99)}",
        "hs": f"{rng.choice(['1509', '1515', '3304', '2201', '0805', '1701', '3105'])}.{rng.randint(10, 90)}",
        "bn": str(rng.randint(2, 95)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argue that {C}.", "{N} found that {C}, notably among {A} in {city}.", "{N} showed that {C}.",
    "{N} underline that {C}, which is very relevant for {B}.", "{N} explains that {C}.",
    "{N} concluded that {C}, even if their sample was limited to {city}.", "{N} noted that {C} at the level of the whole sector.",
    "{N} insists on the fact that {C}.", "{N} demonstrated that {C} and that {C2}.", "{N} observe that {C} in the Moroccan market.",
    "{N} stated that {C}; {B} illustrates this well.", "{N} highlights that {C}, particularly since {Yr}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Moroccan context, {N} found that {C}.", "{O}, {N} argue that {C}.", "According to {N}, {C}.",
    "As explained by {N}, {C}.", "{C}, as {N} confirm.", "This joins the analysis of {N}, for whom {C}.",
    "{C} – a conclusion shared by {N}.", "In their study of consumers in {city}, {N} show that {C}.",
    "For {B}, the lesson from {N} is that {C}.", "Data published by {N} indicate that {C}.",
    "{C}; {N} arrived at the same result for the diaspora in {dia}.", "Following {N}, one can say that {C}.",
    "A survey realised by {N} found that {C}.", "Contrary to what {B} assumes, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "{O}, {N} report underlines that {C}.", "Applying {N} model to {B}, {C}.",
    "{N} findings suggest that {C}.", "{N} framework helps to explain why {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "In practice, {C} {P}.", "It is well established that {C} {P}.",
    "{B} is a good example, because {C} {P}.", "For {A} in {city}, {C} {P}.", "{C}, notably online {P}.",
    "Several authors agree that {C} {P:see}.", "{C} {P:e.g.}.", "This is important since {C} {P}.",
    "{C}, which explains why {B} invests in {T} {P}.", "The same is true in {dia}, where {C} {P}.",
    "{C} {P:see also}.", "Recent figures confirm it: {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; however, {C2}.", "While {C} {P}, {C2}.",
    "Even if {C} {P}, it remains that {C2}.", "{O}, {C} {P}, so {C2}.", "{C} {P:see}, whereas {C2}.",
    "Some studies {P:e.g.} show that {C}.",
]  # fmt: skip
CLAIMS = [
    "cash on delivery still dominates online payment in Morocco", "{A} trust brands that speak Darija in their adverts",
    "mobile money widens financial inclusion for {A}", "Ramadan is the strongest season for food and telecom advertising",
    "{T} improves {R} for Moroccan banks", "Moroccan consumers compare prices on WhatsApp groups before buying",
    "{B} depends on {T} more than its competitors", "{A} in the diaspora stay loyal to Moroccan brands",
    "the certification of argan cooperatives adds value in export markets", "{T} builds {R} among {A}",
    "country-of-origin labels matter for Moroccan products sold in Europe", "influencers on Instagram shape {A}'s choices",
    "modern retail is gaining share from the traditional souk and the hanout", "trust remains the main barrier to e-commerce",
    "tourists choose riads for authenticity more than for price", "{A} respond better to promotions than to loyalty points",
    "brands that {bs} win the confidence of {A}", "the return on {T} falls when the message is only in French",
]  # fmt: skip
OPENERS = [
    "Moreover", "In addition", "However", "Indeed", "In the case of {B}", "In Morocco", "For the Moroccan diaspora",
    "At the level of the sector", "Since the pandemic", "On the other hand", "Consequently", "In this framework",
    "For {B}'s marketing team", "Concerning {T}", "Finally", "Notably",
]  # fmt: skip
PLAIN = [
    "{B} has agencies in {city} and a growing community in {dia}.",
    "This report analyses the marketing strategy of {B} and proposes recommendations.",
    "The table below presents the main KPIs of each channel.", "{O}, {C}.",
    "{B}'s Facebook page counts more than {n}k followers, but the engagement rate is weak.",
    "A PESTEL and a SWOT analysis of {B} are given in the appendix.",
    "The budget is phased over twelve months and detailed in Task 2.",
    "Customers can pay by card, by mobile wallet or cash on delivery.",
    "The main competitors of {B} are two local players and one international group.",
    "Interviews were conducted in French and Darija with {bn} customers in {city}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author writes, {Q} {P}.", "The idea is clearly expressed: {Q} {P}.",
    "{B} seems to ignore that {Q} {P}.", "In other words, {Q} {P}.", "One study concludes that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘made in Morocco’", "‘glocal’", "‘la touche marocaine’", "‘halal-friendly’", "‘Dir l'khir’",
                "‘mobile first’", "‘proximité’", "‘the Moroccan dream’"]  # fmt: skip
SCARE_FRAMES = [
    "Many brands now speak of {Q} marketing {P}.", "{B} describes its positioning as {Q} {P}.",
    "The notion of {Q} has become common in Moroccan advertising {P}.", "What marketers call {Q} {P} is not new.",
]  # fmt: skip
SUBJECT_LINES = ["‘Ramadan Mubarak: -20% sur vos courses’", "‘Votre colis vous attend’", "“Mbrouk! Your cashback has arrived”",
                 "‘Last days: summer offers to {city}’", "‘Bghiti tsafer? Flights from {mad} MAD’",
                 "“Your bank, now in your pocket”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An email with the subject {Q} had the best opening rate {P}.", "{B} sent the message {Q} to inactive customers {P}.",
    "The SMS {Q} generated many clicks {P}.", "Subject lines like {Q} create urgency {P}.",
]  # fmt: skip

# Text with brackets, years, numbers or quotation marks that is not a citation (each kind: its frames).
NOT_CITATIONS = {
    "plan-maroc-vert": ["Agriculture was modernised under the Plan Maroc Vert (2008), which favoured cooperatives.",
                        "Since the Plan Maroc Vert (2008-2020), {B} sources more products locally.",
                        "The successor of the Plan Maroc Vert, Génération Green 2020-2030, targets young farmers."],
    "vision-2020": ["Tourism grew fast under the Vision 2020 strategy, which aimed at 20 million arrivals.",
                    "The ONMT's objectives come from Vision 2020 (launched in 2010) and its follow-up road map.",
                    "Hotel capacity doubled in {city} during Vision 2020 (2010-2020)."],
    "generation-green": ["Génération Green (2020-2030) wants to create a new middle class in rural areas.",
                         "Argan producers benefit from Génération Green 2020-2030 subsidies."],
    "nmd": ["The Nouveau Modèle de Développement (2021) puts human capital at the centre.",
            "In line with the NMD (2021), {B} presents itself as a partner of inclusion.",
            "The special commission's report on the New Development Model (April 2021) was widely discussed."],
    "pai": ["The Plan d'Accélération Industrielle 2014-2020 created automotive ecosystems in Tangier and Kénitra.",
            "Exports of cars rose thanks to the PAI (2014-2020)."],
    "digital-strategy": ["The state strategy Maroc Digital 2020 was followed by Digital Morocco 2030 (launched in {Yr}).",
                         "Payments became more digital after the national strategy for financial inclusion (SNIF), adopted in 2019."],
    "law-number-year": ["All customer data is processed according to Loi n° 09-08 (2009).",
                        "The consumer protection law (Loi 31-08) obliges sellers to display prices.",
                        "E-signatures are now valid under Law 43-20 of December 2020."],
    "dahir": ["The law was promulgated by Dahir n° 1-11-03 of 18 February 2011.",
              "Cooperatives are governed by the dahir of 1984 and then by Law 112-12 (2014)."],
    "constitution": ["Amazigh became an official language with the Constitution of 2011 (article 5).",
                     "Since the 2011 Constitution (Art. 5), brands can communicate in Tifinagh."],
    "royal-speech": ["In the Discours du Trône 2023, the King insisted on water scarcity.",
                     "The royal speech of 20 August {Yr} (Revolution of the King and the People) was quoted by the bank.",
                     "After the Throne Speech (30 July {Yr}), several firms announced social programmes."],
    "green-march": ["Many brands run patriotic campaigns for the Green March anniversary (6 November).",
                    "The Marche Verte (1975) is celebrated every year with promotions in the national colours."],
    "independence-day": ["Sales peak around Independence Day (18 November) and the Throne Day (30 July).",
                         "Banks run patriotic adverts for the anniversary of independence (18 November 1955)."],
    "cop22": ["The COP22 in Marrakech (2016) pushed firms to communicate on sustainability.",
              "Since COP22 (November 2016), OCP presents itself as a green fertiliser champion."],
    "afcon": ["Telecom operators prepared special offers for AFCON 2025 (CAN 2025) hosted in Morocco.",
              "{B} was an official sponsor of the Africa Cup of Nations (CAN 2025)."],
    "world-cup": ["The 2030 World Cup, co-hosted with Spain and Portugal, will need new hotels in {city}.",
                  "The Atlas Lions' semi-final at Qatar 2022 created a wave of national pride used by brands."],
    "mawazine": ["Mawazine (Rabat, June {Yr}) attracts more than two million spectators.",
                 "{B} sponsored the Mawazine festival ({Yr} edition) and the Gnaoua festival in Essaouira."],
    "film-festival": ["The Marrakech International Film Festival (FIFM, 20th edition) gives visibility to luxury hotels.",
                      "Hotels in Marrakech were full during the FIFM ({Yr})."],
    "football-club": ["Wydad AC (1937) and Raja CA (1949) have millions of fans on social media.",
                      "{B} sponsored the shirt of Raja Club Athletic (founded in 1949).",
                      "The derby Wydad-Raja (Casablanca, {Yr}) was broadcast live on Arryadia."],
    "hijri-year": ["The campaign ran during Ramadan 1445 AH (March-April 2024).",
                   "Promotions started at the beginning of Ramadan {hij} H.",
                   "Eid al-Adha ({hij} AH) changes household spending for weeks."],
    "amazigh-year": ["Yennayer {amz} (13 January) became a paid public holiday in 2024.",
                     "{B} celebrated the Amazigh new year (Yennayer {amz}) with a special pack."],
    "brand-launch": ["Inwi was launched in 2010 (ex-Wana) as the third operator.",
                     "{B} launched its mobile app in {Yo} and its cashback programme in {Yr}.",
                     "The brand Sidi Ali (launched 1994) dominates the still water segment."],
    "campaign-year": ["The ‘Ramadan {Yr}’ campaign of {B} reached {n} thousand views on YouTube.",
                      "Its summer campaign (MRE {Yr}) targeted Moroccans living abroad.",
                      "The boycott campaign of April 2018 hit Centrale Danone, Sidi Ali and Afriquia."],
    "tariff-code": ["Argan oil is exported under HS code {hs} and cosmetics under chapter 33.",
                    "Customs classify the product as 1515.30 (castor oil) by mistake, according to the cooperative."],
    "product-code": ["The best seller is the 250 ml pack (SKU AR-{n}).", "The model Dacia Logan (B90) is assembled in Tangier."],
    "price-mad": ["A recharge of {mad} MAD gives 10 GB of internet.", "The entry price is {mad} dirhams (about €{q}0).",
                  "Flights {city}-{dia} start at {mad} MAD one way (taxes included)."],
    "fuel-price": ["Diesel cost {lit} dirhams per litre in {city} (June {Yr}).",
                   "Petrol reached {lit} DH/L at Afriquia stations."],
    "tanger-med": ["Tanger Med (2007) is now the first port in the Mediterranean.",
                   "Containers pass through Tanger Med 2 (opened in 2019) before reaching Europe."],
    "noor": ["The solar complex Noor Ouarzazate (2016) supplies energy to one million people.",
             "Noor Midelt (phase I) was presented as a symbol of green Morocco."],
    "region": ["The region Souss-Massa (2015 division) produces most of the argan oil.",
               "Since the regionalisation of 2015, Morocco counts 12 regions."],
    "tram-train": ["The Al Boraq high-speed train (2018) links Tangier and Casablanca in two hours.",
                   "The tramway of Rabat-Salé (opened in 2011) changed commuting habits."],
    "flight-number": ["The flight AT {flt} from Casablanca to {dia} is the busiest route of the summer.",
                      "Royal Air Maroc flight AT{flt} was delayed for three hours (12 July)."],
    "route": ["The new route {city}-{dia} (twice weekly) was opened by a low-cost airline.",
              "Air Arabia Maroc added Fès-Brussels (3x/week) for the summer season."],
    "darija-slogan": ["The slogan “Kolchi b {mad} dh” is repeated in every store.",
                      "Inwi's signature ‘Chi haja mzyana’ speaks directly to young people.",
                      "The advert ends with “Bssahtek!” and a close-up of the bottle."],
    "french-slogan": ["The bank's signature “Croire en vous” appears on every poster.",
                      "The slogan ‘Toujours plus proche de vous’ is used since {Yo}.",
                      "Its tagline “Le goût de chez nous” targets the diaspora in {dia}."],
    "figures-year": ["Phosphate exports fell sharply (2023 exports: MAD {n} bn).",
                     "Remittances of Moroccans abroad reached a record (MAD 11{q} bn in {Yr}).",
                     "The unemployment rate of young people stays high ({pc2}% in {Yr})."],
    "quarter": ["Mobile internet subscriptions grew again (Q{q} {Yr}).", "Profits were stable in H1 {Yr} (first half)."],
    "market-share": ["{B} holds {pc2}% of the market (value share, {Yr}).", "Its share fell to {pc2}% (volume, end {Yr})."],
    "survey-n": ["Most respondents preferred cash on delivery (n = {n}).", "The questionnaire was sent to {n} people in {city} (response rate {pc2}%)."],
    "figure-table": ["The results are presented below (Table {q}).", "As shown in Figure {q}, the brand is weak on TikTok."],
    "ticker": ["Maroc Telecom is listed in Casablanca and Paris (IAM).", "Label'Vie (LBV) is listed on the Casablanca Stock Exchange."],
    "award": ["The cooperative won a gold medal at the Concours Général Agricole (Paris, {Yr}).",
              "{B} was elected Service Client de l'Année ({Yr}) in its category."],
    "salon-siam": ["The SIAM (Meknès, April {Yr}) is the main agricultural fair in Africa.",
                   "{B} exhibited at GITEX Africa (Marrakech, {Yr})."],
    "capital-amount": ["The start-up raised $ {bn} million in a Series A ({Yr}).", "The fund Innov Invest (MAD 500 million) finances start-ups."],
    "mre-season": ["Marhaba operation {Yr} welcomed more than three million MRE at the ports.",
                   "During Opération Marhaba (15 June - 15 September), banks target the diaspora."],
    "earthquake": ["After the Al Haouz earthquake (8 September 2023), many brands suspended their campaigns.",
                   "Donations were collected through the special fund (n° 126)."],
    "label-igp": ["Argan oil obtained the PGI label (IGP Argane, 2009).", "The label ‘Terroir du Maroc’ (since 2012) helps small producers."],
    "iso-standard": ["The factory is certified ISO 22000:2018 and ISO 14001:2015.", "{B}'s data centre obtained PCI DSS v4.0 (2024)."],
    "phone-number": ["Customer service is available on 0801 00 {bn}0 (free call).", "Orders can be placed on WhatsApp (+212 6 {n} {bn}0 {q}0)."],
    "address": ["The head office is at 2 Boulevard Moulay Youssef, 20000 Casablanca.", "The riad is at Derb {bn}, Médina, Marrakech 40000."],
    "academic-year": ["This report was written for the MBA ({Yo}-{Yr} cohort) in {city}.", "The module CIM Level 7 (Unit {q}) requires a marketing plan."],
    "opening-hours": ["Stores are open later during Ramadan (from 21h to 2h).",
                      "Customer service answers from Monday to Saturday (9h-18h, GMT+1)."],
    "exchange-rate": ["The dirham is pegged to a basket (60% EUR, 40% USD).", "One euro was worth about 10.{bn} MAD in {Yr}."],
    "social-handle": ["Follow the campaign on Instagram (@{city}_food_{Yr}).", "The hashtag #Khlihi_Ychiyat (2018) started the boycott."],
    "population-census": ["The RGPH census (2024) was the first to be carried out on tablets.",
                          "Field agents of the general census (RGPH 2024) visited every household in {city} in September."],
}  # fmt: skip
