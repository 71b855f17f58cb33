"""The blind249 pool's prose: marketers in Iceland, the Faroe Islands and Greenland and their diaspora (Reykjavík,
Kópavogur, Hafnarfjörður, Akureyri, Reykjanesbær, Tórshavn, Klaksvík, Nuuk, Ilulissat, Sisimiut; Copenhagen, Oslo,
Winnipeg (Gimli), Seattle, Edinburgh) at banks and fintechs, telecoms, airlines and tourism, seafood and food exporters,
drinks makers, retailers and NGOs, writing CIM Level 6 and 7 reports and MBA assignments in English.

Frames use the common fill values and these of this pool's own: {yr} a recent year, {yr0} an older year, {town} a
town of the region, {isk} a price in krónur, {cup} a coffee's price in krónur, {dkk} a fare in Danish kroner, {pct} a
percentage's number, {mil} millions of visitors, {thou} thousands, {tn} million tonnes, {bn} billions of krónur, {mo} a
month, {day} a day of the month, {qn} a quarter's number, {role} a job title, {firm} a firm of the region.
Written without reading the checker.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Landsbankinn", "Arion banki", "Íslandsbanki", "Kvika", "BankNordik", "Betri Banki", "GrønlandsBANKEN",
          "Síminn", "Vodafone Iceland", "Sýn", "Nova", "Føroya Tele", "Tusass", "Icelandair", "PLAY",
          "Atlantic Airways", "Air Greenland", "Visit Iceland", "Visit Faroe Islands", "Visit Greenland",
          "the Blue Lagoon", "Hurtigruten", "Brim", "Samherji", "Bakkafrost", "Royal Greenland", "Síldarvinnslan",
          "Ísey Skyr", "Mjólkursamsalan", "MS", "Ölgerðin", "Víking", "Föroya Bjór", "Reyka", "Hagar", "Bónus",
          "Krónan", "Festi", "SMS", "the Icelandic Red Cross"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use, drawn after the common ones."""
    return {
        "yr": str(rng.randint(2016, 2024)), "yr0": str(rng.randint(1930, 2012)),
        "town": rng.choice(["Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Reykjanesbær", "Tórshavn",
                            "Klaksvík", "Nuuk", "Ilulissat", "Sisimiut", "Gimli", "Seattle", "Edinburgh", "Copenhagen"]),
        "isk": rng.choice(["690", "890", "1,190", "1,490", "2,390", "4,990", "7,900", "12,500", "24,990"]),
        "dkk": rng.choice(["2,800", "3,500", "4,200", "5,950", "7,400"]), "pct": str(rng.randint(4, 71)),
        "mil": rng.choice(["1.7", "1.9", "2.0", "2.2", "2.3", "2.4"]), "thou": rng.choice(["45,000", "90,000", "130,000", "310,000"]),
        "tn": rng.choice(["1.0", "1.1", "1.4", "1.5"]), "bn": rng.choice(["284", "315", "352", "361"]),
        "mo": rng.choice(["January", "February", "March", "April", "May", "June", "September", "October", "November"]),
        "day": str(rng.randint(1, 28)), "cup": rng.choice(["690", "790", "890", "990", "1,190"]), "qn": str(rng.randint(1, 4)),
        "role": rng.choice(["CEO", "Chief Marketing Officer", "Head of Brand", "Brand Manager", "forstjóri",
                            "Marketing Director", "markaðsstjóri", "Head of Digital"]),
        "firm": rng.choice(["Landsbankinn", "Arion banki", "Síminn", "Nova", "Krónan", "Bónus", "Brim", "Tusass",
                            "Föroya Bjór", "Ölgerðin", "Atlantic Airways", "Air Greenland"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from the capital area.",
    "{N} concluded that {C}, which is directly relevant to {B}.", "{N} showed that {C} in a market of fewer than 400,000 people.",
    "{N} suggests that {C}.", "{N} points out that {C}; {B} has been slow to act on this.",
    "{N} found that, in small island economies, {C}.", "{N} identified that {C}, particularly among {A}.",
    "{N} notes that {C}.", "{N} warned that {C} once the post-pandemic boom slowed.",
    "{N} reported that {C} across the West Nordic region.", "{N} make the case that {C}.",
    "{N} observed that {C}, which helps explain {B}'s recent campaigns.",
]  # fmt: skip
NARRATIVE_MID = [
    "In a study of Icelandic consumers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "As {N} explain, {C}.", "For a company the size of {B}, the lesson from {N} is that {C}.",
    "Research by {N} suggests that {C}.", "{C} – a view shared by {N}.", "According to {N}, {C}.",
    "Writing about the Faroese market, {N} found that {C}.", "{C}, as {N} noted.",
    "Looking at Greenland, {N} found that {C}.", "Evidence from {N} shows that {C}.",
    "{B}'s marketing team could draw on {N}, who found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study found that {C}.", "Using {N} framework, it becomes clear that {C}.",
    "{O}, {N} findings suggest that {C}.", "{N} survey showed that {C}.",
    "{B} could apply {N} model, since {C}.", "{N} analysis of the Icelandic market shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research from the Nordic countries shows that {C} {P}.",
    "In Iceland, {C} {P}.", "This matters for {B} because {C} {P}.", "{C}, especially outside the capital area {P}.",
    "It is often argued that {C} {P:see}.", "Several studies find that {C} {P:e.g.}.",
    "For {A}, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.", "{C}. {P}",
    "{C} {P:see also}.", "In the Faroe Islands and Greenland, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some authors {P:e.g.} argue that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Iceland trust domestic brands more than foreign ones", "{T} lifts {R} in small, close-knit markets",
    "word of mouth travels fast in a country where everyone knows someone at {B}",
    "tourists choose Iceland for its nature rather than its price", "the króna's swings make export pricing hard",
    "stopover programmes turn transit passengers into visitors", "{A} switch banks only after a bad experience",
    "seafood buyers pay more for traceable, sustainably caught fish", "{B} depends too heavily on summer visitors",
    "the country-of-origin effect is strong for Icelandic and Faroese products",
    "Greenlandic consumers have little choice of supplier in most towns", "{T} works best when it is bilingual",
    "sustainability claims must be backed by evidence to be believed", "{A} respond to humour in destination campaigns",
    "price competition in grocery retail is weak in small markets", "{B} could use {T} to reach {A}",
    "loyalty schemes keep customers when rivals cut fares", "{A} value local ownership",
    "Nordic brands are seen as trustworthy abroad", "the diaspora is an overlooked market for heritage tourism",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "However", "For example", "In Iceland", "For {B}", "Since the pandemic",
    "In the Faroese context", "In Greenland", "Nevertheless", "As a result", "By contrast", "Overall",
    "From the customer's point of view", "In a market this small",
]  # fmt: skip
PLAIN = [
    "{B} is one of the best-known brands in Iceland and has a large following on Instagram.",
    "This report analyses {B}'s marketing environment and recommends a twelve-month plan.",
    "The table below sets out the main KPIs for each channel.", "{O}, {C}.",
    "{B} sells through its own website, its app and a network of shops around the country.",
    "A PESTLE analysis of {B} is included in Appendix 2.",
    "Most of {B}'s customers live in the capital area, and the rest are spread along the Ring Road.",
    "The recommendations are phased over the next financial year.",
    "{B}'s main competitors are two domestic firms and one Nordic group.",
    "The author works in the marketing team at {B} in {town}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "{N} put it plainly: {Q}.", "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.", "{N} wrote that {Q}, and {B} would do well to remember it.",
]  # fmt: skip
SCARE_QUOTES = ["‘þetta reddast’", "‘stopover’", "‘Icelandic quality’", "‘slow travel’", "‘Nordic cool’",
                "‘closed for maintenance’", "‘born in the Arctic’", "‘ocean to table’"]  # fmt: skip
SCARE_FRAMES = [
    "Icelanders often explain their attitude to risk with the phrase {Q} {P}.",
    "{B} calls this approach {Q} {P}.", "The idea of {Q} has become part of the region's brand {P}.",
    "Marketers describe this as {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your next stopover starts here’", "“The northern lights are waiting”",
                 "‘20% off skyr this week only’", "“Welcome to {firm}: your first month is free”",
                 "‘Your Saga Points are about to expire’", "‘Fresh from the North Atlantic’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the highest open rate of the year {P}.",
    "{B} sent {Q} to lapsed customers in {mo} {P}.", "A subject line such as {Q} creates urgency {P}.",
    "Testing {Q} against a plainer line showed the value of personalisation {P}.",
]  # fmt: skip

# Text with brackets, years, prices and figures that is no citation.
NOT_CITATIONS = {
    "coffee-price-year": ["A cup of coffee in {town} cost ISK {cup} in {yr}, one of the highest prices in Europe.",
                          "A latte at a Reykjavík café was ISK 1,190 in 2024, which shapes how tourists see value."],
    "ticket-price-year": ["A 7,900 ISK Blue Lagoon ticket in 2023 was still cheaper than a night in a hotel.",
                          "Entry to the geothermal baths rose to ISK {isk} in {yr}, and bookings did not fall."],
    "fare-period": ["A return fare to Nuuk cost around DKK {dkk} in summer {yr}, a barrier for most leisure travellers.",
                    "Flights from Copenhagen to Nuuk were DKK 3,500 one way in summer 2023."],
    "food-brand-launch": ["The UK launch of Ísey Skyr (2017) was led by its export partner.",
                          "Ísey Skyr (2017) was the brand name chosen for export markets."],
    "drinks-brand-year": ["Reyka (2005) was among the first vodkas marketed on its Icelandic water.",
                          "Víking (1939) is still the best-known beer brand in the north of Iceland.",
                          "Föroya Bjór (1888) claims to be the oldest brewery in the Faroe Islands."],
    "airline-launch-year": ["The arrival of PLAY (2021) forced Icelandair to match fares on key routes.",
                            "Members of the Icelandair Saga Club (1991) earn points on every flight.",
                            "WOW air (2011) grew faster than any airline in the region."],
    "festival-year": ["Þorrablót 2024 was sold out in most towns, and {B} sponsored the event in {town}.",
                      "Iceland Airwaves 2022 brought thousands of young visitors to the capital.",
                      "Sales of fermented shark peak around Þorrablót every February."],
    "festival-month": ["Þjóðhátíð (August 2023) in Vestmannaeyjar drew about 15,000 guests.",
                       "{B} ran its summer campaign around Þjóðhátíð (August {yr})."],
    "holiday-date": ["Ólavsøka (29 July) is the busiest weekend of the year in Tórshavn.",
                     "Greenland's National Day (21 June) is a key date for local retailers.",
                     "Iceland's National Day (17 June) is marked with parades in every town."],
    "seamens-day-year": ["Sjómannadagurinn 2023 was the focus of {B}'s social media calendar.",
                         "Fishing towns celebrate Sjómannadagurinn on the first Sunday of June."],
    "act-number": ["Personal data is processed under Act No. 90/2018, which brought the GDPR into Icelandic law.",
                   "Marketing to consumers is governed by Act No. 57/2005 on unfair business practices."],
    "act-year": ["Tour operators must be licensed under the Tourism Act 2018.",
                 "The Tourism Act 2018 sets out what counts as a package trip."],
    "act-bracket-year": ["Quotas are allocated under the Fisheries Management Act (1990).",
                         "Iceland joined the single market through the EEA Agreement (1994).",
                         "The Self-Government Act (2009) gave Greenland control over its natural resources."],
    "self-government-year": ["Since the Greenland Self-Government Act 2009, Greenlandic has been the official language.",
                             "Greenland gained Home Rule in 1979 and self-government in 2009."],
    "crisis-year": ["Trust in the banks has not fully recovered from the 2008 banking collapse.",
                    "After the collapse of October 2008, all three main banks were taken over by the state."],
    "icesave-year": ["The Icesave dispute (2009) damaged Iceland's reputation in the UK and the Netherlands.",
                     "Icesave (2009) is still remembered by older British savers."],
    "eruption-month": ["Eyjafjallajökull (April 2010) closed European airspace but put Iceland on the map.",
                       "The evacuation of Grindavík (November 2023) hit bookings for weeks."],
    "eruption-year": ["The Reykjanes eruptions (2023) were turned into a tourist attraction within days.",
                      "Footage of the Fagradalsfjall eruption (2021) drew record traffic to the tourist board's site."],
    "collapse-month": ["The Wow Air collapse (March 2019) left thousands of passengers stranded.",
                       "Bookings fell sharply after the collapse of WOW air in March 2019."],
    "opening-year": ["Harpa (2011) is now the venue of choice for conferences in Reykjavík.",
                     "The Eysturoy tunnel (2020) cut the drive from Tórshavn to Klaksvík.",
                     "Sky Lagoon (2021) competes directly with the Blue Lagoon."],
    "airport-month": ["Nuuk airport (November 2024) now takes jets from Copenhagen.",
                      "The new runway at Nuuk opened in November 2024, and Ilulissat's is due in 2026."],
    "route-year": ["KEF-Nuuk (2024) was one of Icelandair's new routes that year.",
                   "The Tórshavn–Copenhagen route (daily since {yr}) is the airline's busiest."],
    "visitors-year": ["Iceland received 2.2 million visitors in 2023, almost back to the 2018 peak.",
                      "Around {mil} million foreign visitors came through Keflavík in {yr}."],
    "cruise-year": ["Some 130,000 cruise passengers came ashore in Nuuk and Ilulissat in 2023.",
                    "Cruise calls at Ísafjörður rose to {thou} passengers in {yr}."],
    "catch-year": ["Iceland's total catch was 1.4 million tonnes in 2023, mostly capelin and cod.",
                   "The fleet landed {tn} million tonnes in {yr}."],
    "export-value-year": ["Seafood exports were worth ISK 352 billion in 2023.",
                          "Salmon exports from the Faroes passed DKK 5 billion in {yr}."],
    "job-title": ["The campaign was signed off by the {role} of {firm}.",
                  "Interviews were held with the bank's {role} and two regional managers (Appendix 4).",
                  "Guðrún, {role} at {firm}, agreed to be interviewed for this report."],
    "job-title-bracket": ["The interviewee (Head of Brand, {firm}) asked not to be named.",
                          "A second interview (forstjóri, a seafood exporter in {town}) confirmed the point."],
    "award-year": ["The campaign won at the Icelandic Marketing Awards (ÍMARK) 2023.",
                   "{B} was shortlisted at ÍMARK {yr} for its social media work."],
    "prize-year": ["The project received the Nordic Council Environment Prize 2022.",
                   "A Faroese firm was nominated for the Nordic Council Environment Prize in {yr}."],
    "michelin-year": ["Dill was the first restaurant in Iceland to hold a Michelin star (2017).",
                      "KOKS in the Faroes earned a second Michelin star (2019) before it moved to Greenland."],
    "travel-award-year": ["Iceland was named Europe's leading adventure destination at the World Travel Awards 2024.",
                          "The airline won a World Travel Award in {yr} for its cabin crew."],
    "ticker": ["Icelandair (ICEAIR) and Arion banki (ARION) are both listed on Nasdaq Iceland.",
               "Síminn trades under the ticker SIMINN on the main market."],
    "ticker-exchange": ["Bakkafrost is listed in Oslo (OSE: BAKKA).",
                        "Marel (Nasdaq Iceland: MAREL) was the largest company on the exchange."],
    "financial-year": ["Revenue rose by {pct}% in FY2023.", "The loyalty programme broke even in FY{yr}."],
    "half-year": ["Passenger numbers rose in H1 2024 on the North America routes.",
                  "Marketing spend was cut in H1 {yr} and restored in the second half."],
    "quarter": ["The bank's app gained {pct}% more users in Q3 2023.",
                "Card spending by tourists fell in Q{qn} {yr}."],
    "founding-year": ["{B} traces its history back to {yr0}.",
                      "The cooperative (founded {yr0}) still collects milk from farms in the north."],
    "population-date": ["Iceland's population passed 400,000 (January 2024).",
                        "Nuuk has about 19,000 residents (January {yr})."],
    "exchange-rate": ["Prices are converted at ISK 150 to the euro (2023 average).",
                      "One Danish krone bought about ISK 20 in {yr}."],
    "policy-rate": ["The policy rate stood at 9.25% in August 2023, which squeezed household budgets.",
                    "Inflation peaked at 10.2% (February 2023) and has eased since."],
    "election-date": ["The snap election (November 2024) changed the government's tourism priorities.",
                      "Greenland's parliamentary election (April 2021) turned on the Kvanefjeld mine."],
    "lockdown-period": ["Borders were closed to most travellers (March 2020 to June 2020).",
                        "Visitor numbers fell by three quarters during the pandemic (2020–2021)."],
    "sample-size": ["The survey was answered by {n} customers (n = {n}).",
                    "Responses were collected online in {mo} {yr} (n = {n}, 18 years and older)."],
    "cross-reference": ["The full results are shown in the appendix (Table {q}).",
                        "The segmentation is set out below (see Figure {q})."],
    "campaign-year": ["The Sheep View 360 campaign (2016) made the Faroe Islands famous on Google Street View.",
                      "The ‘Closed for maintenance’ weekend (2019) invited volunteers to repair footpaths.",
                      "Iceland Academy (2016) taught visitors how to travel responsibly."],
    "product-launch-year": ["The Aur payment app (2016) is now used by most adults under 40.",
                            "Indó (2022) was the first new savings bank in Iceland for decades.",
                            "Nova's 5G network (2020) was the first in the country."],
    "vessel-year": ["The trawler Vilhelm Þorsteinsson EA 11 (2020) is the most modern in the fleet.",
                    "A freezer trawler (built {yr0}) was sold abroad and replaced by a new one."],
    "currency-conversion": ["A family ticket costs ISK 24,990 (about £145).",
                            "The campaign budget was ISK 40 million (roughly €270,000)."],
    "quota-year": ["The capelin quota for the fishing year 2023/2024 was cut to zero.",
                   "Cod quotas were lowered by {pct}% for the quota year 2024/25."],
    "market-share-year": ["Krónan holds about a third of the grocery market (2023 estimate).",
                          "Bónus had the largest market share in {yr} (around {pct}%)."],
    "heritage-listing": ["Þingvellir became a World Heritage Site in 2004.",
                         "The Ilulissat Icefjord (listed 2004) draws most of Greenland's tourists."],
    "sport-event": ["Iceland's run at Euro 2016 did more for the brand than any campaign.",
                    "The ‘Viking clap’ from Euro 2016 was used in adverts for years afterwards."],
    "parliament-founding": ["The Althing (930) is often described as the world's oldest parliament.",
                            "Alþingi, founded in 930, still meets at Austurvöllur."],
    "hashtag-handle": ["The campaign ran under #IcelandAcademy and @inspiredbyiceland.",
                       "Posts tagged #visitfaroeislands passed one million in {yr}."],
    "weather-date": ["Temperatures in Nuuk fell to −20°C (February {yr}), and flights were cancelled.",
                     "Storm warnings (red, 7 February 2025) closed all roads out of the capital."],
    "opening-hours": ["The shop is open 10:00–18:00 (Saturday 11:00–16:00).",
                      "Customer service is open every day (09:00–21:00, GMT)."],
}  # fmt: skip
