"""Prose for the ninety-seventh held-out pool, "blind97": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-seventh
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how bilingual
(French and English) brand, trade, CRM, digital, fundraising and communications marketers at telecoms and
mobile-money operators, breweries, banks and microfinance institutions, insurers, FMCG, cement and agro-industry
firms, supermarket chains, NGOs, UN agencies and agencies in Douala, Yaoundé, Libreville, Port-Gentil, Kinshasa,
Lubumbashi, Brazzaville, Pointe-Noire, Kigali and Bujumbura write CIM Level 6 and 7 reports and MBA assignments:
XAF, FCFA, CDF, RWF and BIF figures, laws, ordinances, CEMAC regulations, OHADA Uniform Acts and ministerial orders
with their numbers and dates, USSD codes, tickers and registration numbers, Fête de la Jeunesse, Kwibohora,
Umuganda, Tabaski, rentrée and AFCON calendars, French, Lingala, Kinyarwanda, Kirundi and Swahili slogans glossed in
English, survey rounds, vision plans, appendices and interviewees.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{B}`` a brand,
``{O}`` an opener; the other names are filled by ``values``.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}.",
    "{N} shows, with survey data from {city}, that {C}.",
    "{N} observes that {C}.",
    "{N} reports that {C}, a finding that fits what {B} sees in its own data.",
    "{N} makes the case that {C}.",
    "{N} concludes that {C}.",
    "{N} notes that {C}, although the sample was drawn in {city} only.",
    "{N} suggests that {C}.",
    "{N} demonstrates, or at least strongly suggests, that {C}.",
    "{N} goes further and claims that {C}.",
    "{N} is often quoted by the {op} marketing team: {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "In the case of {B}, {N} shows that {C}.",
    "As {N} observes, {C}.",
    "{O} {N} argues that {C}.",
    "According to {N}, {C}.",
    "For the rentrée campaign, the work of {N} is useful because {C}.",
    "This is consistent with {N}, who found that {C}.",
    "Building on {N}, I would argue that {C}.",
    "Similarly, {N} explains that {C}.",
    "Applied to {B}, the framework proposed by {N} implies that {C}.",
    "In a study of {city} consumers, {N} found that {C}.",
    "However, {N} warns that {C}.",
    "From a bancassurance angle, {N} reaches a similar conclusion: {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} survey of {city} households suggests that {C}.",
    "{N} work on mobile money is relevant here, since {C}.",
    "{N} findings support the view that {C}.",
    "Using {N} framework, it can be argued that {C}.",
    "{N} study of {brew} drinkers shows that {C}.",
    "{N} model has limits in {city}, where {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence from {city} suggests that {C} {P}.",
    "{C}, especially among {A} {P}.",
    "For {B}, this matters because {C} {P}.",
    "In the CEMAC zone, {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:see also}.",
    "Field managers at {op} confirm that {C} {P}.",
    "In Rwanda as in Burundi, {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, which is why {B} invests in agent training.",
    "Because {C} {P}, the plan focuses on {A}.",
    "{O} {C} {P}; in other words, {C2}.",
    "Research shows that {C} {P}, although {C2}.",
    "{C} {P}, a point the {brew} brand team has long understood.",
    "While {C} {P}, {C2}.",
]  # fmt: skip

CLAIMS = [
    "mobile-money users in {city} switch operators when agent liquidity fails",
    "trust in the agent matters more than trust in the brand",
    "beer drinkers in Central Africa are loyal to a bottle size before they are loyal to a brand",
    "price cuts on airtime bundles are copied by competitors within a week",
    "customers of microfinance institutions value proximity more than interest rates",
    "USSD menus still outperform smartphone apps outside the big cities",
    "football sponsorship builds awareness but rarely changes brand preference",
    "women traders adopt mobile wallets faster when savings products are attached",
    "donors respond better to stories of named beneficiaries than to statistics",
    "informal retailers act as gatekeepers for FMCG brands",
    "bilingual campaigns reach more of the urban middle class",
    "loyalty cards change shopping frequency more than basket size",
    "consumers associate imported brands with quality and local brands with value",
    "WhatsApp groups spread word of mouth faster than any paid channel",
    "churn in prepaid telecoms is driven by network quality rather than price",
    "nation branding influences how foreign investors see a country's firms",
    "religious holidays concentrate a large share of annual beverage sales",
    "cement buyers choose the brand their mason recommends",
    "bank customers in francophone Africa distrust fees that are not explained in French",
    "cause-related marketing improves corporate reputation only when the cause is local",
    "young urban consumers follow brands on TikTok more than on Facebook",
    "merchant payments grow when interoperability removes transfer fees",
    "rural customers rely on radio more than on digital media",
    "counterfeit beverages damage the reputation of the genuine brand",
    "{A} respond well to promotions tied to {T}",
    "{B} benefits from a strong emotional link with {A}",
    "remittances from the diaspora are a key driver of mobile-money volumes",
    "price-sensitive households trade down to smaller pack sizes rather than switch brands",
]  # fmt: skip

OPENERS = [
    "In Cameroon,", "In the Congolese market,", "For Rwandan consumers,", "In Gabon,", "In practice,", "Moreover,",
    "In the context of {city},", "From a CRM perspective,", "For NGOs,", "In the brewing sector,", "On the other hand,",
    "Across the CEMAC zone,", "In Burundi,",
]  # fmt: skip

PLAIN = [
    "The recommendations below are set out for the marketing director of {B}.",
    "This section analyses the external environment before turning to the customer.",
    "The findings are summarised in the table below.",
    "Each option is assessed against cost, reach and fit with the brand.",
    "The next part considers how {B} can measure the results of the plan.",
    "Internal interviews were held with the trade marketing team in {city}.",
    "Budget constraints mean that the plan must be phased over two years.",
    "The campaign will run in French and English, with key messages also in local languages.",
    "These points lead to three recommendations.",
    "The customer journey is mapped from awareness to advocacy.",
    "Distributors were consulted before the pricing options were drafted.",
    "The limitations of this analysis are discussed at the end of the report.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As one study of the region concludes, {Q} {P}.",
    "{Q} {P}.",
    "{N} writes that {Q}, a warning {B} should heed.",
    "The point is made clearly in the literature: {Q} {P}.",
    "According to {N}, {Q}.",
    "For the fundraising team, the key insight is that {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "“mobile money first”", "\"premium\"", "‘value for money’", "“la bière du pays”", "\"digital native\"",
    "“banking the unbanked”", "‘proximity banking’", "\"the people's brand\"", "“made in Cameroon”", "‘social impact’",
]  # fmt: skip

SCARE_FRAMES = [
    "Many operators still market {Q} as if it were a strategy {P}.",
    "{B} describes itself as {Q}, a claim questioned by {N}.",
    "The idea of {Q} has become a cliché in the sector {P}.",
    "So-called {Q} offers rarely survive a price war {P}.",
    "{N} is sceptical of the {Q} label.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Y’ello ! Rechargez 500 FCFA et recevez 1 Go offert”", "\"Your MoMo transfer of 25,000 FCFA was successful\"",
    "“Murakoze! Your Bank of Kigali loan is approved”", "‘Dernière chance : -30 % sur les forfaits Internet’",
    "\"Donnez 1 000 F CFA pour un repas scolaire\"", "“Tombola Mützig : gagnez une moto”",
    "‘Umuganda this Saturday: join us at 8 a.m.’", "\"Congratulations! You have won 10 000 FC of airtime\"",
]  # fmt: skip

SUBJECT_FRAMES = [
    "An SMS reading {Q} was sent to all prepaid users, a tactic that {N} calls intrusive.",
    "Push notifications such as {Q} are effective when they are rare {P}.",
    "The NGO's email subject line {Q} doubled its open rate, in line with {N}.",
    "A WhatsApp broadcast saying {Q} reached most subscribers within an hour {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "currency-xaf": [
        "Airtime sales reached XAF {bn} billion in {yr}, up {pct}% on the previous year.",
        "A 65 cl bottle of 33 Export sells for {fcfa} FCFA in most bars in {cmcity}.",
        "The monthly fee for the account is 1 500 F CFA (about €2.30), charged on the 5th of each month.",
    ],
    "currency-cdf": [
        "A Primus 72 cl costs between 3 500 and 4 000 CDF in Kinshasa, depending on the commune.",
        "Transfers under 50 000 FC (about US$18) are free on the new tariff.",
    ],
    "currency-rwf": [
        "Inyange sells its 500 ml milk at RWF 600 in Simba Supermarket and at Frw 550 in neighbourhood shops.",
        "Merchants paying less than 1,000,000 Frw a month in sales are exempt from the fee (RWF 0).",
    ],
    "currency-bif": [
        "A bottle of Amstel costs about 3 000 FBu in Bujumbura, compared with BIF 2 400 in {yr2}.",
        "Lumicash charges 1 % on transfers above 100 000 BIF (FBu 1 000 minimum).",
    ],
    "exchange-rate": [
        "All figures are converted at the BEAC parity of 655.957 XAF to the euro.",
        "At the Banque Centrale du Congo rate of 2 850 CDF to the US dollar (March {yr}), the budget is about US$140,000.",
        "Amounts in Rwandan francs are converted at 1 USD = 1,300 RWF (BNR average, {yr}).",
    ],
    "law-number": [
        "Law No. 2010/012 of 21 December 2010 on cybersecurity and cybercriminality requires consent before any commercial SMS is sent.",
        "Under Cameroon's Law No. 2011/012 on consumer protection, prices must be displayed in CFA francs.",
        "Rwanda Law No. 058/2021 of 13/10/2021 relating to the protection of personal data and privacy applies to every CRM database held by {op}.",
    ],
    "drc-ordinance": [
        "The Ordonnance-loi n° 23/010 du 13 mars 2023 portant Code du numérique (the Digital Code) now governs online advertising in the DRC.",
        "Since the Code du numérique (Ordonnance-loi n° 23/010), platforms operating in the DRC must register with the regulator.",
    ],
    "cemac-regulation": [
        "Règlement n° 01/03-CEMAC-UMAC-CM sets the anti-money-laundering rules that every mobile-money agent must follow.",
        "The CEMAC payment services regulation (Règlement n° 04/18/CEMAC/UMAC/COBAC) limits the wallet balance of unverified customers.",
    ],
    "ministerial-order": [
        "Arrêté n° 0015/MINCOMMERCE requires every supermarket to display unit prices on the shelf.",
        "A joint order (Arrêté conjoint MINCOMMERCE/MINFI) fixed the price of a 50 kg bag of cement in {yr}.",
    ],
    "ohada-act": [
        "As a S.A., the company follows the OHADA Uniform Act on Commercial Companies and Economic Interest Groups (AUSCGIE).",
        "The distribution contracts are governed by the OHADA Uniform Act on General Commercial Law (AUDCG), revised in 2010.",
    ],
    "company-form": [
        "{op} is a S.A. with a board of directors, while its agent network is run by a SARL based in {cmcity}.",
        "The distributor is a S.A.R.L.U. owned by a single shareholder, and the cooperative is registered as an ASBL.",
        "Bralirwa Plc is listed in Kigali and majority-owned by Heineken N.V. (75%).",
    ],
    "abbreviation-gloss": [
        "The Rwanda Utilities Regulatory Authority (RURA) publishes subscriber figures every quarter.",
        "The Autorité de Régulation des Postes et Télécommunications (ARPT) sanctioned two operators for poor quality of service.",
        "The Banque des États de l'Afrique Centrale (BEAC) supervises payment systems in the six CEMAC states.",
    ],
    "stock-ticker": [
        "Bank of Kigali (RSE: BOK) and Bralirwa (RSE: BLR) are among the most traded shares on the Rwanda Stock Exchange.",
        "SEMC (DSX: SEMC) is one of the few consumer-goods firms listed on the Douala Stock Exchange.",
    ],
    "ussd-code": [
        "Customers dial *126# for MTN MoMo and #150# for Orange Money.",
        "The donation code *182*8*1# was promoted on every bottle cap during the campaign.",
    ],
    "phone-number": [
        "The customer service line (+237 8000 then option 2) is free from any network.",
        "Donors in Kigali can call the toll-free line 4040 or write to the WhatsApp number +250 788 000 000.",
    ],
    "registration-number": [
        "The company is registered under RCCM RC/DLA/{yr}/B/{n} and taxpayer number M0{n}.",
        "The NGO holds agreement No. {n}/MINAT/DAP and is registered in Rwanda as an international NGO (RGB certificate {n}).",
    ],
    "holiday-date": [
        "The Fête de la Jeunesse (11 February) is the biggest day of the year for soft-drink sales in Cameroon.",
        "Kwibohora (4 July) and Umuganura (the first Friday of August) give Rwandan brands two national moments in summer.",
        "Independence Day in the DRC (30 June) is a strong moment for patriotic packaging.",
    ],
    "religious-calendar": [
        "During Ramadan ({yr}), the malt drinks campaign moved its airtime to after iftar.",
        "Tabaski and Christmas together account for more than a third of the brewer's December-quarter volumes.",
    ],
    "football-event": [
        "AFCON 2021 (played in Cameroon in January and February 2022) lifted beer sales in every host city.",
        "The Leopards' run to the semi-final at AFCON 2023 gave Vodacom a national moment in the DRC.",
    ],
    "campaign-name": [
        "The “Pure Vie” campaign ({yr}) ran on radio, billboards and TikTok for six weeks.",
        "MTN's “Y'ello Star” promotion (Season {q}) gave away 500 motorbikes.",
        "Orange Money's ‘Paie tes factures’ campaign (phase 2) targeted small traders in {cmcity}.",
    ],
    "slogan-gloss": [
        "The brand's slogan « Toujours là pour toi » (always there for you) is used in every touchpoint.",
        "Visit Rwanda's tagline 'Remarkable Rwanda' appears on every sleeve sponsorship.",
        "The Lingala line “Biso na biso” (between us) works well in Kinshasa radio spots.",
        "The Kinyarwanda slogan “Twese hamwe” (all together) was chosen for the Umuganda partnership.",
    ],
    "product-launch": [
        "Castel Beer (launched in Cameroon in 1994) remains the volume leader of the SABC portfolio.",
        "MoMo Pay (introduced {yr}) now accounts for a growing share of merchant transactions.",
    ],
    "sponsorship-years": [
        "Visit Rwanda's sleeve partnership with Arsenal (since 2018) was followed by deals with Paris Saint-Germain and Bayern Munich.",
        "The bank has sponsored the Tour du Cameroun cycling race every year from 2015 to {yr}.",
    ],
    "survey-round": [
        "The Afrobarometer Round 9 survey (2021/2023) covered more than 1,200 respondents per country.",
        "The FinScope Rwanda survey (2020) and its previous waves (2016, 2012 and 2008) are the main sources of inclusion data.",
        "The Demographic and Health Survey (EDS-MICS, 2018) gives the household profile used for segmentation.",
    ],
    "fiscal-year": [
        "Revenue grew by {pct}% in FY{yr} to XAF {bn} billion.",
        "In H1 {yr}, net profit was RWF 41.3 billion, up from the same period of {yr2}.",
    ],
    "quarter": [
        "In Q{q} {yr}, the operator added 320,000 mobile-money accounts.",
        "Mobile data revenue overtook voice in Q3 {yr}.",
    ],
    "percentage-bracket": [
        "Market share fell to 31% (-4 points) while the challenger rose to 27% (+6 points).",
        "Penetration (unique subscribers) is about {pct}% of the adult population.",
    ],
    "population-figure": [
        "Kinshasa (around 17 million inhabitants) is the largest French-speaking city in the world.",
        "Douala (about 4 million inhabitants) is the economic capital and port of Cameroon.",
    ],
    "vision-plan": [
        "The campaign supports Vision 2050 and the National Strategy for Transformation (NST2, 2024-2029).",
        "Cameroon's National Development Strategy (SND30, 2020-2030) sets the target for digital payments.",
        "The Plan Stratégique Gabon Émergent (PSGE) made tourism and the green economy national priorities.",
    ],
    "sdg-goal": [
        "The programme contributes to SDG 5 (Gender Equality) and SDG 8 (Decent Work and Economic Growth).",
        "The proposal is aligned with Agenda 2063 and SDG 2 (Zero Hunger).",
    ],
    "appendix-reference": [
        "The full SWOT analysis is given in Appendix 3 (p. 24).",
        "See Figure 2 (Customer journey map) and Table 4 (Budget in FCFA).",
        "The interview guide is attached (Appendix B, Section 2).",
    ],
    "interview-code": [
        "One branch manager (Respondent 7, Akwa) said that customers come back for the staff, not for the rates.",
        "Two agents interviewed in Nyabugogo (A3 and A5) reported daily liquidity shortages.",
    ],
    "course-module": [
        "This report is submitted for the CIM Level 7 module Marketing and Digital Strategy (June {yr2} session).",
        "The brief for Task 2 (Part A) asks for a costed communications plan.",
    ],
    "standard-iso": [
        "The plant in Bonabéri is certified ISO 9001:2015 and ISO 14001:2015.",
        "The bank's card platform is certified PCI DSS (version 4.0).",
    ],
    "hashtag": [
        "The hashtag #MoMoDay{yr} trended in Cameroon for two days.",
        "User posts under #VisitRwanda and #Kwibohora31 were reused in the paid campaign.",
    ],
    "url-mention": [
        "Orders can be placed on www.simbasupermarket.rw or through the app.",
        "Full tariffs are published on orange.cm and on mtn.cm/momo.",
    ],
    "time-schedule": [
        "The radio spots run between 6h30 and 8h00 and again from 18h00 to 20h00 (WAT).",
        "Umuganda takes place on the last Saturday of each month from 8 a.m. to 11 a.m. (CAT).",
    ],
    "media-programme": [
        "Le Débat du Dimanche (CRTV, Sundays at 20h00) remains the best-rated slot for bank advertising.",
        "Top Congo FM and Radio Okapi (the UN-backed station) together reach most of Kinshasa's adults.",
    ],
    "football-club": [
        "Coton Sport de Garoua (Elite One champions) and TP Mazembe (Lubumbashi) are the two clubs most followed online.",
        "APR FC and Rayon Sports (Kigali) attract the largest crowds at Amahoro Stadium.",
    ],
    "device-model": [
        "The most common handset in the sample was the Tecno Spark 10 (2023 model), followed by the itel A70.",
        "The offer came with a Samsung Galaxy A05 (64 GB) at 59 900 FCFA.",
    ],
    "pack-size": [
        "The brewer introduced a 33 cl can (six-pack at 3 000 FCFA) alongside the 65 cl returnable bottle.",
        "Sachets of 10 g (25 F) sell far better than the 500 g tin (1 750 F) in rural markets.",
    ],
    "store-location": [
        "The flagship branch (Boulevard du 30 Juin, Gombe) opened after the bank's rebranding.",
        "The new Santa Lucia store (Carrefour Bastos, Yaoundé) is the chain's largest.",
    ],
    "award-year": [
        "The bank was named Best Bank in Rwanda (Euromoney Awards for Excellence {yr}).",
        "The campaign won gold at the Loeries {yr} in the Out of Home category.",
    ],
    "brand-architecture": [
        "Orange Money (Orange Cameroun S.A.) and MoMo (MTN Cameroon Ltd) share most of the market.",
        "Beaufort Lager (SABC) competes with Guinness (Guinness Cameroun S.A.) in the premium segment.",
    ],
    "unit-measure": [
        "The plant has a capacity of 1.6 million tonnes a year (Mt/yr) and ships bags of 50 kg.",
        "Coverage reached 98% of the population (3G) and 62% (4G) by the end of {yr}.",
    ],
    "license-term": [
        "The 4G licence (granted for 15 years) cost the operator XAF 75 billion.",
        "The mobile-money licence (Category A, RURA) allows the firm to issue e-money.",
    ],
}

BRANDS = ["MTN Cameroon", "Orange Cameroun", "Camtel", "Airtel Gabon", "Vodacom Congo", "Orange RDC", "Airtel Money",
          "MTN Rwanda", "Bralima", "SABC", "Bralirwa", "Brarudi", "Afriland First Bank", "BGFIBank", "Rawbank",
          "Equity BCDC", "Ecobank Cameroun", "Bank of Kigali", "Visit Rwanda", "Cimencam", "Olam Gabon", "Inyange",
          "Simba Supermarket", "Santa Lucia", "Dangote Cement", "Express Union", "UNICEF", "Caritas Congo"]  # fmt: skip

_CITIES = ["Douala", "Yaoundé", "Libreville", "Port-Gentil", "Kinshasa", "Lubumbashi", "Brazzaville", "Pointe-Noire",
           "Kigali", "Bujumbura", "Bafoussam", "Goma", "Huye", "Gitega"]  # fmt: skip
_CM_CITIES = ["Douala", "Yaoundé", "Bafoussam", "Garoua", "Bamenda", "Limbe"]
_OPERATORS = ["MTN Cameroon", "Orange Cameroun", "Airtel Gabon", "Vodacom Congo", "Orange RDC", "MTN Rwanda", "Airtel Rwanda"]  # fmt: skip
_BEERS = ["Castel", "33 Export", "Primus", "Mützig", "Skol", "Amstel", "Beaufort", "Régab", "Turbo King", "Ngok'"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2016, 2025)
    return {
        "city": rng.choice(_CITIES), "cmcity": rng.choice(_CM_CITIES), "op": rng.choice(_OPERATORS),
        "brew": rng.choice(_BEERS), "bank": rng.choice(["Afriland First Bank", "Rawbank", "Bank of Kigali", "BGFIBank"]),
        "yr": str(year), "yr2": str(year - rng.randint(1, 4)), "pct": str(rng.randint(3, 68)),
        "bn": f"{rng.randint(12, 480)}.{rng.randint(1, 9)}", "fcfa": str(rng.choice([550, 600, 650, 700, 750])),
    }  # fmt: skip
