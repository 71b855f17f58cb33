"""The blind273 pool's prose: marketers in Haiti and the French Antilles (Port-au-Prince, Cap-Haïtien, Jacmel,
Fort-de-France, Pointe-à-Pitre, Basse-Terre, Cayenne) and their diaspora (Montreal, Miami, Brooklyn, Paris, Boston) at
banks and money-transfer firms, telecoms, rum, food and drink makers, retail, tourism, airlines and NGOs, writing CIM
Level 6 and 7 reports and MBA assignments in English, many of them after French and Haitian Creole. The decoys are
what their reports hold that looks like a citation and is not: national and historical dates, carnival and festival
dates, rum labels and AOC rules, founding years, French laws named by name and year, rates and prices in gourdes and
euros, remittance figures, flights, clubs and kompa bands, proverbs and slogans, mobile plans and codes.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Sogebank", "Unibank", "MonCash", "Digicel Haïti", "Natcom", "Orange Caraïbe", "Barbancourt", "Rhum Clément",
          "Damoiseau", "Prestige", "Royal Soda", "Carrefour Antilles", "GBH", "Air Caraïbes", "Corsair", "Air Antilles",
          "Banque des Antilles Françaises", "Crédit Agricole Martinique-Guyane", "Fonkoze", "Caribbean Supermarket"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "pc": str(rng.randint(3, 78)), "Y3": str(rng.randint(2016, 2025)),
        "city": rng.choice(["Port-au-Prince", "Cap-Haïtien", "Jacmel", "Fort-de-France", "Pointe-à-Pitre", "Basse-Terre",
                            "Cayenne", "Montreal", "Miami", "Brooklyn", "Paris", "Boston"]),
        "ch": rng.choice(["WhatsApp", "Facebook", "radio", "TikTok", "Instagram", "SMS", "billboards", "the app", "YouTube"]),
        "g": str(rng.randint(120, 165)), "eur": f"{rng.randint(1, 39)},{rng.randint(10, 99)}",
        "K": rng.choice(["IHSI", "BRH", "INSEE", "IEDOM", "the World Bank", "Euromonitor", "Kantar"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}, and {B} in {city} is a good illustration.",
    "{N} found that {C}, although the sample was drawn from {A} in {city}.",
    "{N} showed that {C}; this matters directly for {B}.",
    "{N} noted that {C}, a view later {K} figures seem to confirm.",
    "{N} explains that {C}.",
    "{N} were among the first to show that {C} in the Caribbean.",
    "{N} described the diaspora as a second home market and argued that {C}.",
    "{N} measured {R} across {n} firms in Haiti and Martinique and concluded that {C}.",
    "{N} insisted that {C}, especially for {A}.",
    "{N} questioned whether {C}, given the weak data available from the IHSI.",
]  # fmt: skip
NARRATIVE_MID = [
    "In line with {N}, {C}.",
    "{O}, and as {N} point out, {C}.",
    "{C}, which is consistent with what {N} found in Guadeloupe.",
    "For a firm like {B}, the work of {N} is useful because {C}.",
    "This is close to what {N} observed among {A} in {city}: {C}.",
    "The evidence is mixed: {N} found that {C}, whereas others disagree.",
    "{O}, the study by {N} suggests that {C}.",
    "Not everyone agrees; {N}, for example, maintained that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} model of diaspora consumption implies that {C}.",
    "{O}, {N} survey of {A} showed that {C}.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "According to {N} analysis, {C}.",
    "{C}, which supports {N} conclusion about {R}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it appears that {C} {P}.",
    "Most authors now agree that {C} {P}.",
    "{C}, particularly among {A} {P}.",
    "This is important because {C} {P:see}.",
    "Remittances are the largest source of foreign currency in Haiti, ahead of exports and aid {P}.",
    "Prices in the French Antilles are well above those in mainland France, above all for food {P}.",
    "Mobile money reached rural Haiti faster than bank branches ever did {P}.",
    "{B} should therefore invest in {ch}, given that {C} {P:e.g.}.",
    "Tourism in Martinique still depends heavily on visitors from mainland France {P:see also}.",
    "It is worth adding that {C} {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "{C} {P}, whereas {C2}.",
    "Given that {C} {P:see}, it follows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "remittances from the diaspora shape what {A} in Haiti buy",
    "Creole-language advertising earns more trust than French among {A}",
    "{T} only works in Haiti when it is backed by mobile money",
    "{A} in the Antilles compare prices with mainland France online",
    "heritage rum brands sell a story of place as much as a product",
    "the octroi de mer raises prices on imported goods in the overseas departments",
    "{B} depends too heavily on {ch} to reach {A}",
    "diaspora customers in Miami and Montreal act as brand ambassadors at home",
    "trust in banks fell sharply after the 2010 earthquake",
    "word of mouth still drives most purchases in Port-au-Prince",
    "cruise passengers spend little beyond the port of Fort-de-France",
    "carnival sponsorship builds awareness but rarely loyalty",
    "prepaid mobile plans dominate the Haitian telecoms market",
    "country of origin matters more to export buyers than price",
    "insecurity has pushed shoppers in Port-au-Prince towards delivery",
    "a bilingual campaign has to be written twice rather than translated",
]  # fmt: skip
OPENERS = ["In Haiti", "In the French Antilles", "For the diaspora", "In {B}'s case", "From a Caribbean perspective",
           "Since the earthquake", "Taken together", "Put simply", "Over the last decade", "For {A}", "Turning to {ch}",
           "Nevertheless", "In the same way", "On the other hand"]  # fmt: skip
PLAIN = [
    "{B} sells through its own shops in {city} and through local resellers.",
    "The rest of this section applies the 7Ps to {B}'s offer.",
    "Table 3 compares the three options on cost, reach and fit with the brand.",
    "{B}'s Facebook page has more followers in Miami than in {city}.",
    "A PESTLE analysis is included in the appendix.",
    "{O}, {C}.",
    "The recommendations are costed in gourdes and in euros.",
    "{B} reported a {pc}% rise in customers last year.",
    "Most of {B}'s customers pay cash or by MonCash.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one study puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{O}, {Q} {P}.",
    "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘lakou’", "‘débrouillardise’", "‘made in Haiti’", "‘authentic’", "‘premium’", "‘pwofesyonèl’",
                "‘vie chère’", "‘local’", "“diaspora-friendly”", "'bling'"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets itself as {Q}, yet its prices say otherwise.",
    "Many customers see the brand as {Q} rather than affordable.",
    "The word {Q} appears in almost every campaign in {city}.",
    "What counts as {Q} differs between Port-au-Prince and Brooklyn.",
]  # fmt: skip
SUBJECT_LINES = ["‘Voye lajan lakay pou mwens’", "‘Your transfer to Haiti is ready’", "“Bonne fête des mères !”",
                 "‘Double minutes this weekend’", "‘Kanaval: 20% off all rum’", "'Flights to Fort-de-France from €399'"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} performed best in {B}'s tests.",
    "{B}'s diaspora email, headed {Q}, was opened by a third of recipients.",
    "A subject line like {Q} creates urgency, but overuse leads to fatigue.",
    "Testing {Q} against a French version showed the value of Creole.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "independence-day": ["Haiti became the first free Black republic on Independence Day (1 January 1804).",
                         "{B} runs a soup joumou promotion every 1 January (Independence Day, 1804)."],
    "flag-day": ["Sales of bicolour merchandise peak around Flag Day (18 May).",
                 "{B}'s Flag Day campaign (18 May {Y3}) used only blue and red."],
    "earthquake": ["Many branches were destroyed in the earthquake (12 January 2010).",
                   "Donations rose after the disaster (Goudougoudou, 12 January 2010)."],
    "hurricane": ["The south of Haiti was badly hit by Hurricane Matthew (2016).",
                  "Banana crops in Guadeloupe were lost to the storm (Hurricane Maria, 2017)."],
    "abolition": ["Martinique marks the abolition of slavery every year (22 May 1848).",
                  "Guadeloupe's public holiday (27 May 1848) closes most shops."],
    "kanaval": ["{B} sponsored the main float at the carnival (Kanaval {Y3}).",
                "Sales tripled during the festivities (Kanaval 2024, Jacmel)."],
    "fete-cuisinieres": ["The food festival draws crowds to Pointe-à-Pitre (Fête des Cuisinières, August {Y3}).",
                         "{B} gave out samples at the parade (Fête des Cuisinières 2023)."],
    "yoles": ["The yole race is watched across the island (Tour des Yoles Rondes {Y3}).",
              "{B}'s logo was on the sails of three boats (Tour des Yoles 2022)."],
    "aoc": ["Martinique's agricultural rum carries its own label (AOC Martinique (1996)).",
            "The rules fix the cane and the distillation (AOC Rhum de la Martinique, 1996)."],
    "rum-label": ["The flagship bottle is the older blend (Barbancourt Réserve du Domaine, 15 ans).",
                  "The limited release sold out quickly (Clément XO, cuvée {Y3})."],
    "founding-year": ["The brand trades on its age (Barbancourt (1862)).",
                      "Heritage is central to the story (Clément (1887)) and to the visitor centre."],
    "french-law": ["Prices of staple goods are capped under the law (loi Lurel (2012)).",
                   "Overseas shops are covered by a price shield (bouclier qualité-prix, {Y3})."],
    "octroi": ["Imported goods pay an extra local tax (octroi de mer, up to 30%).",
               "The tax was renewed for ten years (octroi de mer, 2021 reform)."],
    "exchange-rate": ["The gourde kept falling against the dollar (HTG {g} per USD, {Y3}).",
                      "Prices were converted at the official rate (1 USD = {g} gourdes)."],
    "price-gourdes": ["A bottle of Prestige costs about 250 gourdes (HTG 250, {Y3}).",
                      "A 5-star Barbancourt retails in Port-au-Prince at a premium (HTG 2,500)."],
    "price-euros": ["A baguette costs more in Fort-de-France than in Paris (€1,{q}5).",
                    "Airport taxes add about €{eur} to a ticket (low season {Y3})."],
    "remittances": ["Transfers from abroad keep many households afloat (2023 remittances).",
                    "Money sent home reached a record level (US$4.{q}bn in {Y3})."],
    "remittance-share": ["Transfers are worth about a fifth of GDP (remittances, {pc}% of GDP).",
                         "The diaspora's share of household income keeps rising (third year running, {Y3})."],
    "flight-route": ["Air Caraïbes flies daily between Paris and Fort-de-France (TX 542).",
                     "{B} advertised on the Miami route (AA 2{n}, MIA–PAP)."],
    "airport-code": ["Most visitors land at the main airport (PTP, Pôle Caraïbes).",
                     "Flights to Cap-Haïtien resumed last year (CAP, {Y3})."],
    "football-club": ["{B} sponsors one of the oldest clubs in the country (Violette AC, founded 1918).",
                      "The derby fills the stadium every season (Racing Club Haïtien v Violette, {Y3})."],
    "kompa-band": ["The campaign jingle was sung by a well-known group (Tabou Combo, 1968).",
                   "{B} hired the band for its anniversary (T-Vice, {Y3} tour)."],
    "creole-proverb": ["A Creole proverb sums up the strategy (\"Piti piti zwazo fè nich li\").",
                       "Small steps are the norm (“Dèyè mòn gen mòn”)."],
    "french-proverb": ["The manager's motto is a French saying (« Petit à petit, l'oiseau fait son nid »).",
                       "Patience is praised in the sales team (‘Qui va lentement va sûrement’)."],
    "slogan": ["{B}'s tagline is short and local (‘Ansanm nou pi fò’).",
               "The bank's new slogan ran on every billboard in {city} ('Lajan w an sekirite')."],
    "digicel-plan": ["The most popular bundle is a weekly one (Digicel Prepaid Plus, HTG 250 for 7 days).",
                     "{B}'s customers top up with a short code (*202#)."],
    "ussd-code": ["MonCash balances are checked by dialling a code (*202*1#).",
                  "Customers activate data with a short code (*{n}#)."],
    "phone-number": ["The hotline is free from any network (+509 2813 {n}0).",
                     "Orders are taken by WhatsApp (+596 696 {n} 000)."],
    "postcode": ["The flagship store is in the centre of town (97200 Fort-de-France).",
                 "The warehouse is near the port (97122 Baie-Mahault)."],
    "department-number": ["Registration plates show the department (972 for Martinique).",
                          "Online shops often refuse overseas addresses (département 971)."],
    "store-count": ["Carrefour now runs several hypermarkets on the island (4 stores, {Y3}).",
                    "{B} opened its tenth branch in {city} (opened {Y3})."],
    "fiscal-year": ["Profits fell sharply in the last accounts (exercice 2022-2023).",
                    "The bank's results were published in December (FY{Y3})."],
    "census": ["Haiti's population is estimated at over 11 million (2030 projection: 12.7 million).",
               "Martinique keeps losing residents (census {Y3}: about 350,000)."],
    "percentage-share": ["MonCash dominates mobile payments ({pc}% market share).",
                         "Rum exports rose again ({pc}% up on {Y3})."],
    "vat-rate": ["VAT is lower in the overseas departments (TVA 8.5%).",
                 "Haiti's sales tax applies to most goods (TCA 10%)."],
    "minimum-wage": ["Factory wages were raised again ({n}0 gourdes a day, {Y3}).",
                     "The SMIC applies in Martinique as in Paris (SMIC {Y3})."],
    "trade-fair": ["{B} exhibited at the regional trade show (Foire de Guadeloupe {Y3}).",
                   "The brand won a medal at a Paris show (Concours Général Agricole 2023)."],
    "award": ["The rum won a gold medal in San Francisco (World Spirits Competition {Y3}).",
              "{B}'s campaign was shortlisted for a regional prize (Caribbean Advertising Awards 2024)."],
    "festival": ["The jazz festival brings tourists to Saint-Pierre (Martinique Jazz Festival {Y3}).",
                 "{B} sponsored the music weekend in Jacmel (Festival Jazz de Port-au-Prince 2024)."],
    "election": ["Advertising slowed before the vote (elections, November {Y3}).",
                 "Shops closed during the protests (peyi lòk, 2019)."],
    "cyclone-season": ["Tourism slows in the wet months (cyclone season, June to November).",
                       "Insurance sales rise before the storms (saison cyclonique {Y3})."],
    "strike": ["The 44-day general strike changed prices in Guadeloupe (LKP, 2009).",
               "Martinique's fuel protests blocked roads for weeks (November 2021)."],
    "school-year": ["Back-to-school spending peaks in September (rentrée {Y3}).",
                    "Uniform sales rose before the new year (rentrée scolaire 2024-2025)."],
    "model-number": ["Most customers still use a basic handset (Tecno Spark {q}).",
                     "The bank's card reader is a small terminal (Ingenico Move/5000)."],
    "hashtag": ["The campaign trended in the diaspora (#Ayiti{Y3}).",
                "{B}'s posts used a Creole hashtag (#FetAyisyen)."],
    "cruise-ship": ["The port welcomed its largest ship (Wonder of the Seas, {Y3}).",
                    "Passengers spent a day ashore (Costa Fortuna, winter {Y3})."],
    "tariff-heading": ["Rum falls under its own customs heading (HS 2208.40).",
                       "Beer is classed separately for duty (SH 2203)."],
}  # fmt: skip
