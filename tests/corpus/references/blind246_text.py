"""The blind246 pool's prose: marketers in Greece, Cyprus and their diaspora writing CIM and MBA reports in English.

Written without reading the checker, its tests or any other pool. Frames put citations where these candidates put
them; NOT_CITATIONS holds what their reports are full of that looks like a citation and is none: prices and fares
with their periods, brands with launch years, holidays and fairs with dates, Greek, Cypriot and EU laws with their
numbers and years, the crisis years, openings and routes, tourism figures, job titles, awards, tickers, financial
years, half years and quarters, and more.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["National Bank of Greece", "Eurobank", "Piraeus Bank", "Alpha Bank", "Bank of Cyprus", "Hellenic Bank",
          "Viva Wallet", "Cosmote", "Vodafone Greece", "Nova", "Cyta", "Epic", "Mythos", "Fix Hellas", "Loux",
          "E.J. Papadopoulos", "Mevgal", "Delta Foods", "KEO", "Lanitis", "Grecotel", "Louis Hotels", "Aegean",
          "Cyprus Airways", "Sklavenitis", "AB Vassilopoulos", "Jumbo", "Public", "Kotsovolos", "Alphamega", "Gaea",
          "Dodoni", "Pittas Dairy", "Minerva", "Petrou Bros"]  # fmt: skip

_CITIES = ["Athens", "Thessaloniki", "Patras", "Heraklion", "Larissa", "Rhodes", "Nicosia", "Limassol", "Larnaca",
           "Paphos"]  # fmt: skip
_DIASPORA = ["London", "Melbourne", "New York", "Chicago", "Toronto", "Munich"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "city": rng.choice(_CITIES), "dcity": rng.choice(_DIASPORA),
        "eur": f"{rng.randint(1, 4)}.{rng.choice(['20', '50', '80', '90'])}", "pct": str(rng.randint(6, 68)),
        "mn": f"{rng.randint(2, 34)}.{rng.randint(1, 9)}", "Y3": str(rng.randint(2015, 2024)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, at least among urban consumers in Athens and Thessaloniki.",
    "{N} concluded that {C}.", "{N} pointed out that {C}, which is very relevant for {B}.",
    "{N} showed that {C}; the Cypriot market is no exception.", "{N} suggests that {C}.",
    "{N} observed that {C} after the crisis years.", "{N} state that {C}.", "{N} highlight that {C}.",
    "{N} claimed that {C}, although their sample came mostly from {city}.",
    "{N} explain that {C} and that {C2}.", "{N} reported that {C} in both Greece and Cyprus.",
    "{N} notes that {C} – something {B} should take seriously.", "{N} underline that {C}.",
    "{N} made the point that {C}.", "{N} also found that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Greek consumers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This agrees with {N}, who found that {C}.", "{C}, which is in line with {N}.",
    "As {N} explain, {C}.", "According to {N}, {C}.", "A survey by {N} showed that {C}.",
    "{C}, as {N} noted for the Cypriot market.", "Similar results were reported by {N}: {C}.",
    "{B} seems to have followed {N}, since {C}.", "{C}; on the other hand, {N} found the opposite in {city}.",
    "Data published by {N} show that {C}.", "For the diaspora in {dcity}, {N} found that {C}.",
    "It can be argued, following {N}, that {C}.", "{C} – a view also shared by {N}.",
    "Evidence from {N} suggests that, for {A}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report found that {C}.",
    "{B} could apply {N} model, because {C}.", "{N} findings matter here because {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "In Greece, {C} {P}.", "In Cyprus, {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{B} is a good example, as {C} {P}.",
    "It is often argued that {C} {P:see}.", "Several studies show that {C} {P:e.g.}.",
    "{C}, especially after the crisis {P}.", "{C}, particularly in {city} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "The main benefits are trust, reach and lower cost {P}.",
    "{C} {P:see also}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Some authors {P:e.g.} argue that {C}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "Greek consumers trust local brands more than imported ones", "{A} in Greece now pay by card or phone for most purchases",
    "trust in Greek banks has recovered only slowly since the crisis", "{T} lifts {R} for Cypriot retailers",
    "private-label products gained share when household incomes fell", "{B} relies on {T} more than its competitors do",
    "tourism brands in Greece depend heavily on a short summer season", "country of origin adds value to feta and olive oil abroad",
    "the Greek diaspora is an important first market for food exporters", "{A} respond better to reviews than to brand claims",
    "hotel guests judge service quality mostly on staff behaviour", "mobile banking adoption rose sharply after capital controls",
    "Cypriot consumers are more price-sensitive than before", "{B} needs to {bs} to stay competitive",
    "loyalty schemes in Greek supermarkets are used mainly for discounts", "{T} works best when it is tied to {R}",
    "sponsorship of local festivals builds goodwill in small markets", "telecoms customers switch mainly because of price",
    "sustainability messages are trusted only when they are specific", "small exporters lack the budgets for {T}",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "On the other hand", "For example", "In Greece", "In Cyprus",
    "For {B}", "Since the crisis", "In the case of {B}", "From a customer perspective", "Nevertheless",
    "As a result", "Moreover", "In the Greek market", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} was founded in Greece and now sells in more than {q}0 countries.",
    "This report analyses {B}'s marketing mix and makes recommendations for the next two years.",
    "The table below summarises the main KPIs for each channel.",
    "{B}'s Instagram account has about {n}k followers, but engagement is low.",
    "A PESTLE analysis of the Greek and Cypriot markets is included in the appendix.",
    "The main competitors are {B} and two smaller local firms.", "{O}, {C}.",
    "Interviews were held with four managers in {city} and one in {dcity}.",
    "The recommendations are costed and phased over eighteen months.",
    "{B} uses Meta, Google Ads and TikTok, with most of its budget on search.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} put it simply: {Q}.", "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.", "In the words of {N}, {Q}.", "{Q} {P}, and {B} is no exception.",
]  # fmt: skip
SCARE_QUOTES = ["‘philoxenia’", "‘meraki’", "‘filotimo’", "‘Greekness’", "‘nostos’", "‘phygital’",
                "‘sun and sea’", "‘the new normal’", "‘buy Greek’", "‘glocal’"]  # fmt: skip
SCARE_FRAMES = [
    "Many Greek brands build their campaigns around {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "Many brands now speak of {Q} in their campaigns {P}.", "The idea of {Q} is central to destination marketing {P}.",
    "Marketers describe this as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your Easter offers are here: up to 30% off’", "“Καλό Πάσχα from all of us”",
                 "‘Summer in Cyprus starts at €{n}’", "‘Your points are waiting for you’",
                 "“Last chance: free delivery ends tonight”", "‘Black Friday starts early at {B}’",
                 "‘We miss you – here is 15% off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} had the best open rate of the year {P}.", "{B} sent {Q} to lapsed customers {P}.",
    "An email headed {Q} doubled clicks {P}.", "Testing {Q} against a plainer line showed the value of urgency {P}.",
    "Subject lines such as {Q} work well in Greece {P}.",
]  # fmt: skip

# Text that looks like a citation and is none: a tutor would not expect any of it in the reference list.
NOT_CITATIONS = {
    "coffee-price-year": ["A freddo espresso cost about €{eur} in {city} (summer 2024), against €1.20 for a coffee at a kiosk in 2024.",
                          "Even a simple coffee went up in price (€1.20 in 2024, from €0.90 in 2019).",
                          "Prices at beach bars were much higher (€{eur} a coffee, August 2023)."],
    "ferry-fare-period": ["A €25 ferry ticket to Paros in summer 2023 was still cheaper than a flight.",
                          "Deck fares rose sharply (€25 in summer 2023, €31 in summer 2024).",
                          "Island hopping became more expensive after fuel prices rose (July–August 2022)."],
    "cola-freeze": ["Wages in Cyprus were held down by the COLA freeze (2012), which was only partly lifted later.",
                    "The suspension of COLA (2012–2016) hit household budgets in Nicosia and Limassol."],
    "beer-brand-year": ["Mythos (1997) was launched to compete with Amstel and Heineken.",
                        "Fix (1864) is one of the oldest beer brands in Greece and returned to the market in 2009.",
                        "KEO beer (first brewed in 1951) is still the best-known Cypriot beer."],
    "soft-drink-brand-year": ["Loux (1927) began as a small soft-drinks maker in Patras.",
                              "Lanitis juices (since 1942) are sold in most Cypriot supermarkets."],
    "fintech-founded-year": ["Viva Wallet (2000) became Greece's first fintech unicorn.",
                             "Fintechs such as Viva Wallet (founded 2000) changed how small shops take payments."],
    "company-founded-year": ["{B} has a long history (founded {Y}) that it uses in its advertising.",
                             "E.J. Papadopoulos (founded 1922) is a household name in Greek biscuits.",
                             "Sklavenitis (1954) grew from one shop into the largest Greek supermarket chain."],
    "holiday-date": ["Sales of lamb and tsoureki peak at Easter 2023 (Orthodox), which fell a week after the Western date.",
                     "Clean Monday 2024 (18 March) is a big day for bakeries selling lagana.",
                     "National holidays such as 25 March and 28 October are used for patriotic campaigns."],
    "fair-festival-date": ["{B} launched its new range at the Thessaloniki International Fair (September 2023).",
                           "Kataklysmos (2022) brought large crowds to the Larnaca seafront.",
                           "The Limassol Wine Festival 2019 was sponsored by several local brands."],
    "greek-law-number": ["Personal data are handled in line with Law 4624/2019, which implements the GDPR in Greece.",
                         "The Greek Tourism Law 4582/2018 set new rules for thematic tourism.",
                         "Short-term lets must be registered under Law 4446/2016."],
    "cyprus-law-number": ["In Cyprus, Law 125(I)/2018 covers the processing of personal data.",
                          "Consumer rights in Cyprus are set out in Law 112(I)/2021."],
    "eu-rule-year": ["Consent forms were rewritten after the GDPR (2018) came into force.",
                     "Open banking arrived with PSD2 (2018), which opened the way for apps like Viva Wallet.",
                     "The Digital Markets Act (2022) changes how platforms treat advertisers."],
    "golden-visa": ["Golden Visa rules (2024) raised the minimum property investment in Athens to €800,000.",
                    "The Cyprus investment programme (2013–2020) was closed after a scandal."],
    "bailout-year": ["The 2010 bailout changed how Greek consumers spend and save.",
                     "After the first memorandum (May 2010), advertising budgets fell by half.",
                     "The third programme (2015–2018) ended in August 2018."],
    "haircut-year": ["The 2013 Cyprus haircut wiped out many depositors' savings at Laiki.",
                     "Trust in banks collapsed after the bail-in (March 2013)."],
    "capital-controls": ["Capital controls (June 2015) pushed millions of Greeks to use cards for the first time.",
                         "Card payments grew fast once capital controls were introduced (29 June 2015)."],
    "disaster-year": ["The 2021 wildfires on Evia hurt tourism on the island for two seasons.",
                      "The Rhodes fires (July 2023) forced thousands of tourists to leave their hotels.",
                      "Storm Daniel (September 2023) flooded large parts of Thessaly."],
    "tempi-crash": ["The 2023 Tempi crash led to mass protests and a fall in trust in public services.",
                    "After Tempi (28 February 2023), Hellenic Train paused its advertising."],
    "metro-opening": ["Athens Metro Line 3 (2000) reached the airport in 2004.",
                      "The Thessaloniki Metro (opened November 2024) changed commuting in the city."],
    "route-launch": ["The Paphos-London route (2017) made Paphos more attractive to British visitors.",
                     "Aegean's new route to {dcity} (summer 2024) targets the diaspora."],
    "marina-opening": ["The Limassol Marina (2014) repositioned the city as a luxury destination.",
                       "City of Dreams Mediterranean (opened July 2023) is the largest casino resort in Europe."],
    "hotel-opening": ["A new all-inclusive resort opened near Chania (2022), aimed at families.",
                      "The first Grecotel hotel (opened 1977) was on Crete."],
    "tourism-arrivals": ["Greece received 32.7 million arrivals in 2023, a new record.",
                         "Cyprus welcomed almost four million visitors (3.8 million tourists, 2023).",
                         "International arrivals fell by three quarters during the pandemic (2020)."],
    "tourism-receipts": ["Tourism receipts reached €20.6 billion (2023), about a fifth of GDP.",
                         "Revenue per visitor fell slightly (about €{n}0 per trip in {Y3})."],
    "job-title-period": ["I worked as Brand Manager at {B} (2019–2022) before joining my current employer.",
                         "The Chief Marketing Officer (CMO) reports directly to the CEO.",
                         "Interviews were held with the Head of Brand and two Brand Managers (March {Y3})."],
    "ceo-tenure": ["Pavlos Mylonas (CEO since 2019) led National Bank of Greece through its privatisation.",
                   "The company appointed a new Chief Executive (January {Y3})."],
    "award-year": ["{B}'s campaign won gold at the Ermis Awards 2023.",
                   "The agency was named Agency of the Year at the Cyprus Marketing Awards 2022.",
                   "{B} won an Effie Greece 2024 for its summer campaign."],
    "michelin-star": ["The hotel's restaurant gained a Michelin star (2024).",
                      "Athens now has several restaurants with Michelin stars (2024 guide)."],
    "stock-ticker": ["National Bank of Greece (ATHEX: ETE) returned to the Stoxx 600 in 2023.",
                     "Jumbo (ATHEX: BELA) pays a high dividend.", "Bank of Cyprus (CSE: BOCH) is also listed in Athens."],
    "financial-year": ["Net profit rose sharply in FY2023 at all four systemic banks.",
                       "{B}'s revenue grew by {pct}% (FY2023)."],
    "half-year": ["Sales were flat in H1 2024 but recovered in the summer.", "Online orders rose by {pct}% (H1 2024)."],
    "quarter": ["Tourist spending peaked in Q3 2023.", "Card payments grew by {pct}% year on year (Q3 2023)."],
    "vat-rate": ["VAT on coffee and soft drinks was cut to 13% (2022).",
                 "The reduced island VAT rates (abolished 2019) used to favour Aegean businesses."],
    "inflation-rate": ["Inflation peaked at 12.1% (September 2022), squeezing household budgets.",
                       "Food inflation stayed high in Cyprus ({pct}% in {Y3})."],
    "unemployment-rate": ["Youth unemployment in Greece was above 50% (2013).",
                          "Unemployment fell to about 10% (2024), its lowest level since 2009."],
    "census-figure": ["Greece's population was 10.4 million at the 2021 census.",
                      "Melbourne has one of the largest Greek communities outside Greece (about 130,000 people, 2021 census)."],
    "pdo-status": ["Feta has had PDO status (2002) since a long legal battle with Denmark.",
                   "Halloumi was registered as a PDO (2021) after years of negotiation."],
    "olive-oil-price": ["Extra virgin olive oil cost over €9 a litre (2024) after two poor harvests.",
                        "The 2023/24 harvest was one of the worst in decades."],
    "sport-event-year": ["The Athens 2004 Olympics left the city with a new airport and metro.",
                         "Greece's win at Euro 2004 is still used in nostalgic advertising.",
                         "Olympiacos' Conference League win (2024) was a gift for its sponsors."],
    "song-year": ["Eleni Foureira's ‘Fuego’ (2018) came second at Eurovision for Cyprus.",
                  "Brands used ‘Fuego’ (2018) in many summer adverts."],
    "campaign-name-year": ["The ‘Greece: All Time Classic’ campaign (2015) targeted long-haul visitors.",
                           "#GreeceFromHome (2020) kept the destination visible during lockdown."],
    "handle-hashtag": ["Posts used #VisitGreece and @visitgreecegr to reach travellers.",
                       "Cosmote runs a Greek account (@cosmote) and the bank a separate one for the diaspora (@nbg_diaspora)."],
    "sample-size": ["Most respondents in {city} agreed (n = {n}).", "The questionnaire was answered by {n} students (N = {n}, Nicosia and Athens)."],
    "cross-reference": ["The results are shown in the chart (Figure {q}).", "Competitor prices are compared in the appendix (Appendix {q}, Table 2)."],
    "euro-adoption": ["Cyprus adopted the euro (1 January 2008), replacing the Cyprus pound.",
                      "Greece joined the eurozone (2001) and the drachma was withdrawn in 2002."],
    "eu-accession": ["Greece joined the European Communities (1981) and Cyprus joined the EU (2004).",
                     "Cyprus joined the EU (May 2004) while the island remained divided."],
    "bank-deal-year": ["Piraeus Bank absorbed ATEbank (2012) and several Cypriot branches (2013).",
                       "Eurobank's stake in Hellenic Bank (2024) created a bigger player in Cyprus."],
    "rebrand-year": ["Hellenic Petroleum's rebrand to Helleniq Energy (2022) signalled a move to renewables.",
                     "Mytilineos became Metlen (2024) and moved its listing plans to London.",
                     "Cosmote replaced the Germanos shop brand (2019) across Greece."],
    "tech-launch": ["Cosmote's 5G network (December 2020) was the first in Greece.",
                    "IRIS instant payments (2021) let customers send money with a phone number."],
    "store-count": ["Jumbo had 85 stores in Greece and Cyprus (2023).", "Alphamega operates {q}0 stores across Cyprus (2024)."],
    "address": ["{B}'s head office is at 86 Eolou Street, 105 59 Athens.",
                "The workshop was held at the hotel (1 Makarios III Avenue, Nicosia 1065)."],
    "registry-number": ["The company is registered in Cyprus (HE 165) and in the Greek GEMI (no. 000223001000).",
                        "The charity is registered (Reg. No. {n}/2019) with the Ministry of Interior."],
    "recovery-fund": ["Greece 2.0 (2021–2026) funds digital projects for SMEs.",
                      "Many of these projects are paid for by the RRF (2021–2026)."],
    "age-band": ["Most of {B}'s customers are young (aged 18–24).", "The survey covered adults in {city} (25–44 years)."],
    "abbreviation": ["Small and medium-sized enterprises (SMEs) make up almost all Greek businesses.",
                     "Shares trade on the Athens Stock Exchange (ATHEX).",
                     "Each channel is measured against key performance indicators (KPIs)."],
    "ranking-year": ["Greece ranked 5th in the EU for tourism's share of GDP (2023).",
                     "Cyprus moved up in the Digital Economy and Society Index (DESI 2022)."],
    "heatwave": ["The Acropolis closed in the afternoons during the Cleon heatwave (July 2023).",
                 "Temperatures reached 44°C in Nicosia (August 2021)."],
    "assessment-criteria": ["This section answers the second task (AC 2.1, AC 2.2).", "The brief asked for a marketing plan (CIM Level 7, Task 2)."],
    "vessel-year": ["Blue Star Delos (2011) serves the Cyclades from Piraeus.",
                    "Older ships (built 1990s) are being replaced on island routes."],
}  # fmt: skip
