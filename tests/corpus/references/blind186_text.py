"""The blind186 pool's prose (HELD OUT): marketers in the Netherlands and its diaspora.

A hundred-and-eighty-sixth independent pool, written without reading the checker, its tests or any other pool, as
CIM Level 6 and 7 candidates and MBA students in Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Groningen,
Maastricht, Leeuwarden and Zwolle, on Curaçao, Aruba and Sint Maarten, in Paramaribo and among Dutch marketers in
London, Antwerp, Düsseldorf and Toronto write about banks and fintechs (ING, Rabobank, ABN AMRO, bunq, Adyen,
Tikkie, iDEAL), insurers, telecoms, retailers, food and drink makers, KLM, NS, Philips and the Dutch press and
agencies. Decoys: Dutch laws with their Staatsblad numbers and articles, the AP's, ACM's and AFM's decisions, Reclame
Code Commissie dossier numbers, KvK and BTW numbers, postcodes, euros with decimal commas ("€ 1,2 mld"), Dutch dates,
Koningsdag, Sinterklaas, Keti Koti and the Elfstedentocht, founders and footballers with years, legal forms with
founding years, products, awards, places and the like, none of them a citation. HELD OUT: never tune on it.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argue that {C}.",
    "{N} found that {C}, which is highly relevant for {B}.",
    "{N} state that {C}.",
    "{N} concluded that {C}, especially in the Randstad.",
    "{N} make the point that {C}.",
    "{N} showed, using Dutch panel data, that {C}.",
    "{N} emphasises that {C}.",
    "{N} observed that {C} among Dutch consumers.",
    "{N} is quite direct about this: {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explains, {C}.",
    "{C}, as {N} points out.",
    "This is in line with {N}, who found that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "In the Dutch context, {N} showed that {C}.",
    "Following {N}, it can be argued that {C}.",
    "{B} could learn from {N}, who argue that {C}.",
    "A study among Dutch millennials by {N} showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study among Dutch shoppers found that {C}.",
    "{O}, {N} model explains why {C}.",
    "{N} findings suggest that {C}.",
    "Building on {N} framework, {C}.",
    "{N} research on the Dutch market shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research in the Netherlands confirms that {C} {P}.",
    "It is generally accepted that {C} {P}.",
    "In the Dutch market, {C} {P}.",
    "Several studies show that {C} {P}.",
    "This matters for {B} because {C} {P}.",
    "On the islands as well as in the Randstad, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, although {C2}.",
    "{C} {P}; at the same time, {C2}.",
    "{C} {P}, while {C2}.",
    "Because {C} {P}, {C2}.",
    "{C} {P}, which means that {C2}.",
]  # fmt: skip
CLAIMS = [
    "Dutch consumers are among the most price-sensitive in Europe",
    "{B} wins {A} with {T} rather than with discounts",
    "{T} increases {R} among {A}",
    "iDEAL has made checkout friction almost disappear for Dutch webshops",
    "{A} in the Netherlands expect brands to be direct and honest",
    "trust in banks has not fully recovered since the 2008 crisis",
    "own labels now take almost half of Dutch supermarket sales",
    "{B} should tie {T} to {R} instead of reach",
    "Surinamese-Dutch and Antillean households respond strongly to community-led campaigns",
    "a sober, no-nonsense tone works better in the Netherlands than hype",
    "{A} switch telecom providers when the price gap passes a few euros a month",
    "sustainability claims are only credible when they can be checked",
    "the Dutch 'polder model' makes stakeholder consultation part of brand building",
    "{T} works best for {B} when it is linked to national moments such as Koningsdag",
    "cycling culture shapes how urban Dutch consumers shop",
    "{A} reward {T} with {R}",
    "the return on {T} falls once budgets grow beyond the test phase",
    "regional brands in Friesland and Limburg benefit from local pride",
    "Dutch shoppers compare prices online before visiting a store",
    "loyalty apps such as Albert Heijn's Bonus app drive {R}",
]  # fmt: skip
OPENERS = ["However", "In the Dutch context", "For {B}", "On the other hand", "In practice", "More recently",
           "Within the Benelux", "Looking at {B}", "From a CIM perspective", "For the Caribbean part of the Kingdom",
           "Nevertheless", "Put simply"]  # fmt: skip
PLAIN = [
    "{B} sells through its own webshop, Bol and its stores in the Randstad.",
    "The campaign ran for six weeks on Instagram, TikTok and Dutch radio.",
    "{O}, {C}.",
    "The target group for this plan is {A} in the four big cities.",
    "{B} has its head office in Amsterdam-Zuidoost and a service centre in Leeuwarden.",
    "Appendix 2 shows the full stakeholder map for {B}.",
    "The interviews were held in Dutch and translated by the author.",
    "Most of {B}'s customers pay by iDEAL or with a Tikkie request.",
    "This section applies the 7Ps to {B}'s Dutch operation.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one Dutch textbook puts it, {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "{O}, {Q} {P}.",
    "The point is made clearly: {Q} {P}.",
    "{N} writes that {Q}.",
    "In the words of the authors, {Q} {P}.",
    "{Q} {P}; this is exactly {B}'s challenge.",
]  # fmt: skip
SCARE_QUOTES = ["‘gezellig’", "‘doe normaal’", "‘polder model’", "‘Hollandse nuchterheid’", "‘koopjesjagers’",
                "“greenwashing”", "'influencer fatigue'", "“klantreis”", "‘digital first’", "‘Dutch directness’",
                "“value for money”", "‘huismerk’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} markets itself as {Q} {P}.",
    "Dutch consumers value a {Q} attitude in advertising {P}.",
    "The so-called {Q} consumer is hard to reach with premium messages {P}.",
    "Critics called the campaign {Q} {P}.",
    "The term {Q} is used loosely by Dutch marketers {P}.",
    "{Q} is often named as a national trait {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Jouw Bonus-aanbiedingen staan klaar’", "“Nog 24 uur: gratis verzending”",
                 "‘Sinterklaas tip: bestel vóór 1 december’", "‘We missen je! Hier is 10% korting’",
                 "“Oranje boven: Koningsdag deals”", "‘Your Black Friday early access starts now’",
                 "‘Hoi {M}-liefhebber, dit is nieuw’", "“Bedankt voor je bestelling”", "‘Last chance: ends tonight’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} achieved the highest open rate in the test {P}.",
    "{B} sent {Q} to lapsed customers before Sinterklaas {P}.",
    "An email headed {Q} shows the informal 'je' tone Dutch brands prefer {P}.",
    "Subject lines such as {Q} create urgency {P}.",
    "Testing {Q} against an English version showed a clear winner {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "law-staatsblad": ["The UAVG (Stb. 2018, 144) applies alongside the GDPR.",
                       "Consent for cookies follows the Telecommunicatiewet, artikel 11.7a (Stb. {Y}, {n}).",
                       "The Wft (Stb. 2006, 475) sets strict rules for how {B} may advertise credit."],
    "civil-code-article": ["Misleading claims are unlawful under Burgerlijk Wetboek Boek 6, artikel 193c.",
                           "Unfair commercial practices (art. 6:193a BW) are a real risk for {B}.",
                           "The right to withdraw within 14 days (art. 7:46d BW) applies to webshops."],
    "eu-regulation": ["The GDPR (Regulation (EU) 2016/679) still frames every data decision {B} makes.",
                      "The Digital Services Act (Regulation (EU) 2022/2065) adds rules for marketplaces such as Bol.",
                      "PSD2 (Directive (EU) 2015/2366) opened the market to fintechs like bunq."],
    "regulator-decision": ["The AP fined the company €{n}.000 (decision of {d} May {Y}).",
                           "The ACM's guidelines on sustainability claims (2nd edition, {Y}) are strict.",
                           "The AFM warned about BNPL advertising (press release, {d} March {Y})."],
    "rcc-dossier": ["The Reclame Code Commissie upheld the complaint (dossier {Y}/00{n}).",
                    "The RCC ruling (dossiernummer {Y}/{n}) concerned an influencer post.",
                    "The appeal was rejected by the College van Beroep (CvB {Y}/00{n})."],
    "code-article": ["Article 7 of the Nederlandse Reclame Code (NRC) bans misleading advertising.",
                     "The Reclamecode Social Media & Influencer Marketing (RSM, {Y}) requires #ad or #spon.",
                     "Alcohol adverts must follow the STIVA code (Reclamecode voor Alcoholhoudende Dranken, {Y})."],
    "kvk-number": ["{B} is registered with the Chamber of Commerce (KvK {kvk}).",
                   "The client's details (KvK-nummer {kvk}, BTW NL{kvk}B01) are in Appendix 1."],
    "legal-form-founding": ["The company became a naamloze vennootschap (N.V., {Y}).",
                            "Rabobank is still a cooperative (Coöperatie U.A., since 1898).",
                            "The foundation (Stichting, est. {Y}) owns all the shares."],
    "euro-amounts": ["Turnover reached € {n},4 mln in {Y}.", "Ad spend rose to EUR {n} mln ({Y}: EUR {n2} mln).",
                     "Ahold Delhaize reported sales of € 88,7 mld (FY{Y})."],
    "dutch-date": ["The campaign started on {d} april {Y} and ran until Koningsdag.",
                   "Data were collected between {d} januari and 28 februari {Y}.",
                   "The launch ({d}-{q}-{Y}) was covered by RTL Nieuws."],
    "koningsdag": ["Sales peak around Koningsdag (27 April).", "Orange products sell out before King's Day (27 April {Y})."],
    "sinterklaas": ["Toy sales peak before Sinterklaas (5 December).",
                    "Pakjesavond (5 december {Y}) is bigger than Christmas for many Dutch families."],
    "keti-koti": ["{B} closed its offices for Keti Koti (1 July).",
                  "Keti Koti (1 juli {Y}) marks 160 years since the abolition of slavery in Suriname and the Antilles."],
    "bevrijdingsdag": ["Festivals on Bevrijdingsdag (5 May) attract young audiences.",
                       "Bevrijdingsdag (5 mei {Y}) is a national holiday only every five years for many employers."],
    "elfstedentocht": ["The last Elfstedentocht (1997) is still used in Frisian tourism campaigns.",
                       "Grolsch's ad referred to the 1963 Elfstedentocht (the 'hell of '63')."],
    "prinsjesdag": ["Budget news on Prinsjesdag (third Tuesday of September) moves consumer confidence.",
                    "After Prinsjesdag ({d} September {Y}) the VAT changes were confirmed."],
    "events-festivals": ["Dutch Design Week (Eindhoven, October {Y}) drew {n}.000 visitors.",
                         "ADE (Amsterdam Dance Event, {Y}) is a key moment for Heineken.",
                         "The brand sponsored Lowlands ({Y}) and Pinkpop ({Y2})."],
    "black-friday": ["Black Friday ({d} November {Y}) is now bigger than Sinterklaas for electronics.",
                     "Coolblue refused to join Black Friday ({Y}) and called it 'Blue Friday'."],
    "founder-years": ["Albert Heijn (1867–1945) opened his first shop in Oostzaan in 1887.",
                      "The company was founded by Gerard Philips (1858–1942) in Eindhoven.",
                      "Anton Dreesmann (1854–1934) co-founded V&D."],
    "person-not-author": ["Former CEO Ralph Hamers (ING, 2013–2020) pushed the 'Think Forward' strategy.",
                          "Prime Minister Rutte (2010–2024) often said 'doe normaal'.",
                          "Johan Cruijff (1947–2016) still features in KLM's campaigns."],
    "footballer-stats": ["Virgil van Dijk (Liverpool, {n} caps) fronts the campaign.",
                         "Frenkie de Jong (Barcelona, 2019) appeared in the Heineken ad."],
    "royal-warrant": ["The brand carries the title Koninklijk (Royal, granted {Y}).",
                      "Verkade became 'Hofleverancier' (purveyor to the court) in 1926."],
    "product-model": ["Philips launched the Hue Bridge (v2, {Y}) in the Dutch market.",
                      "The Heineken 0.0 (330 ml, {Y}) was relaunched.", "ASML's EUV machine (NXE:3600D) costs over € 150 mln."],
    "product-size": ["The Calvé pindakaas jar (650 g) is the best-seller.",
                     "A 'stroopwafel' pack (8 × 29 g) costs €1,99 at Jumbo."],
    "postcode-address": ["The flagship store is at Kalverstraat 92 (1012 PH Amsterdam).",
                         "{B}'s head office (Piet Heinkade 55, 1019 GM Amsterdam) hosts the marketing team.",
                         "The pick-up point in Almere (1315 RC) opened in {Y}."],
    "phone-number": ["Customers can call 088-{n}{n} ({B} klantenservice).", "The helpline (0800-0{n}) is free."],
    "cbs-table": ["Statistics come from StatLine (table 83131NED, updated {Y}).",
                  "Population data (CBS StatLine, tabel 37296ned) were downloaded by the author."],
    "own-survey": ["The author's own survey (n = {n}, {Y}) supports this.",
                   "In my interviews (N = 12, March {Y}) respondents said the same."],
    "figures-tables": ["Results are summarised below (Table {q}).", "The funnel is shown in Figure {q} (source: author).",
                       "See Appendix {q} (Interview transcripts, {Y})."],
    "quarter-fy": ["Sales rose in Q{q} {Y} (Q{q} {Y2}: flat).", "Growth was strongest in FY{Y} (52 weeks)."],
    "academic-year": ["The module ran in the 2023/24 academic year (block {q}).",
                      "The survey was run among RSM students (cohort {Y}–{Y2})."],
    "course-code": ["The brief is for CIM module 2206 (Level 6, {Y}).", "I took the Nyenrode MBA course MKT-{n} in {Y}."],
    "award": ["The campaign won a Gouden Effie ({Y}).", "KesselsKramer received an SAN Accent ({Y}).",
              "Tony's Chocolonely was voted most sustainable brand (Sustainable Brand Index, {Y})."],
    "place-name-bracket": ["The pilot ran in Leeuwarden (Ljouwert) and Groningen.",
                           "Stores in The Hague (Den Haag) and Willemstad (Curaçao) were compared.",
                           "Flagship stores opened in 's-Hertogenbosch (Den Bosch) in {Y}."],
    "diaspora-city": ["Dutch expats in Toronto (Ontario, Canada) were also surveyed.",
                      "Sales in Paramaribo (Suriname) and Oranjestad (Aruba) grew by {n}%."],
    "org-in-brackets": ["The client is owned by a cooperative (FrieslandCampina, {Y}).",
                        "The parent company (Ahold Delhaize, since 2016) decides the budget.",
                        "The mobile brand was renamed (T-Mobile Netherlands, now Odido, 2023)."],
    "rebrand-history": ["T-Mobile became Odido (September 2023).", "The webshop bol.com shortened its name to Bol ({Y}).",
                        "SNS, ASN and RegioBank were merged into one bank brand (announced {Y})."],
    "ticker-isin": ["Shares trade on Euronext Amsterdam (ticker: ADYEN).", "The ISIN (NL0011821202) belongs to ING Groep."],
    "tariff-price": ["The new tariff (€ {n},- per month, {Y}) undercuts KPN.", "Odido's Unlimited bundle (€ 35 p/m) was the benchmark."],
    "exchange-rate": ["Prices in Curaçao are in guilders (ANG 1.79 = USD 1).",
                      "Suriname's dollar fell sharply (SRD 38 per USD, {Y})."],
    "percent-vat": ["The low VAT rate (9%) applies to food.", "The sugar tax debate ({Y}) put soft drinks under pressure."],
    "handle-hashtag": ["Follow the campaign on Instagram (@{M}nl, {Y}).", "The hashtag #Koningsdag{Y} trended for two days."],
    "slogan-year": ["Albert Heijn's slogan 'Het kan wel' ({Y}) reframed value.", "KLM's 'Fly Responsibly' (2019) was later withdrawn."],
    "app-version": ["The ING app (version {q}.{n}) added Tikkie-like requests.", "Tikkie (v{q}.0, {Y}) reached 8 million users."],
    "frisian-gloss": ["The slogan 'Fryslân boppe' (Friesland on top) was used on packaging.",
                      "The Frisian word 'gezellich' (cosy) appears in the copy."],
    "dutch-gloss": ["Dutch shoppers love a 'koopje' (bargain).", "The 'huismerk' (own label) now outsells A-brands at Jumbo."],
    "ramadan-eid": ["Moroccan-Dutch households spend more during Ramadan ({Y}).",
                    "Suikerfeest (Eid al-Fitr, {Y}) campaigns by Lidl Nederland were well received."],
    "train-flight": ["The intercity (IC {n}) from Zwolle to Schiphol carried the ad wrap.",
                     "KLM flight KL{n} (Amsterdam–Curaçao) featured the new menu."],
    "scores-ratings": ["The app scores 4.6 stars (App Store, {Y}).", "{B} has an NPS of +{n} (Q{q} {Y})."],
    "migration-history": ["Many Surinamese families came to the Netherlands around independence (1975).",
                          "Turkish and Moroccan guest workers arrived from the 1960s (labour agreements of 1964 and 1969)."],
}  # fmt: skip

BRANDS = ["ING", "Rabobank", "ABN AMRO", "bunq", "Adyen", "Mollie", "Tikkie", "Centraal Beheer", "NN",
          "KPN", "Odido", "VodafoneZiggo", "Albert Heijn", "Jumbo", "Lidl Nederland", "HEMA", "Action", "Bol",
          "Coolblue", "Etos", "Kruidvat", "Heineken", "Grolsch", "Bavaria", "FrieslandCampina", "Tony's Chocolonely",
          "De Ruijter", "Douwe Egberts", "Calvé", "Philips", "Booking.com", "Thuisbezorgd", "Picnic", "KLM", "NS",
          "Transavia", "Dille & Kamille", "ASN Bank", "a.s.r."]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use (a KvK number, a second amount) and years of this century's
    Dutch market, not the base frames' years from 1995 on."""
    year = rng.randint(2012, 2024)
    return {"kvk": str(rng.randint(10000000, 99999999)), "n2": str(rng.randint(12, 900)), "Y": str(year),
            "Y2": str(year + rng.randint(1, 3))}  # fmt: skip
