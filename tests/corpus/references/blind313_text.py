"""The prose of the "blind313" pool (HELD OUT): marketers in the Pacific islands and their diaspora.

Written without reading the checker, its tests or any other pool, from how marketers at tourism boards, resorts,
airlines, cruise and dive operators, telecoms and mobile-money firms, banks, bottled-water, kava, coconut and noni
brands, rugby unions and remittance firms in Fiji, Samoa, Tonga, Vanuatu, the Cook Islands, French Polynesia, New
Caledonia and the diaspora in New Zealand and Australia write CIM Level 6 and 7 reports and MBA assignments in
English. Placeholders are text.py's; these frames also use {ctry} a Pacific country, {mkt} a diaspora city, {ch} a
channel, {Y3} a recent year, {fj} a Fiji dollar price, {pc} a percentage, {vis} a visitor count, {res} a resort and
{app} a mobile-money or remittance service.

The decoys are what this region's reports are full of: cyclones, eruptions and the tsunami with their years, coups,
independence, constitutions and governments, rugby and the Pacific Games, festivals, voyaging canoes and first
flights, resorts and islands with opening years, kings, chiefs and leaders, films and shows, visa and labour schemes,
prices, visitor and remittance figures, greetings and slogans: none of them is a source in the reference list.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Tourism Fiji", "Samoa Tourism Authority", "Tonga Tourism", "Vanuatu Tourism Office", "Cook Islands Tourism",
          "Tahiti Tourisme", "Fiji Airways", "Air Tahiti Nui", "Air Vanuatu", "Digicel Pacific", "Vodafone Fiji", "BSP",
          "ANZ Pacific", "FIJI Water", "Tanoa Plaza", "Likuliku Lagoon Resort", "the Fiji Rugby Union", "KlickEx",
          "M-PAiSA", "Aitutaki Lagoon Resort", "Captain Cook Cruises Fiji", "Rarotonga Dive Centre",
          "Fiji Kava", "Niu Life Coconut", "Morinda Noni", "Pacific Blue Rarotonga"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "ctry": rng.choice(["Fiji", "Samoa", "Tonga", "Vanuatu", "the Cook Islands", "French Polynesia", "New Caledonia"]),
        "mkt": rng.choice(["Auckland", "South Auckland", "Sydney", "Brisbane", "Melbourne", "Wellington", "Christchurch"]),
        "ch": rng.choice(["Facebook", "TikTok", "Instagram", "WhatsApp", "Viber", "YouTube", "email", "the app",
                          "Google Ads", "trade shows", "influencer trips", "radio"]),
        "Y3": str(rng.randint(2018, 2025)),
        "fj": str(rng.randint(180, 1400)),
        "pc": str(rng.randint(3, 89)),
        "vis": f"{rng.randint(80, 950)},{rng.randint(100, 999)}",
        "res": rng.choice(["Likuliku", "Tokoriki Island Resort", "the Warwick", "Matangi Private Island", "Namale",
                           "Sheraton Samoa", "Aggie Grey's", "Fafa Island Resort", "Havannah", "the Rarotongan"]),
        "app": rng.choice(["M-PAiSA", "MyCash", "Kaniva Pay", "Western Union", "Digicel MyCash", "Rocket Remit", "Vodafone M-PAiSA"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, especially in {ctry}.", "{N} concluded that {C}.",
    "{N} suggests that {C}, which is very relevant to {B}.", "{N} highlighted that {C}.",
    "{N} points out that {C}; this matches what {B} has seen in {mkt}.", "{N} explains that {C}.",
    "{N} observed that {C} after the borders reopened.", "{N} state that {C}.",
    "{N} also noted that {C}, although their sample came from Viti Levu only.",
    "{N} recommend that destinations such as {ctry} make sure that {C}.", "{N} questioned whether {C}.",
    "{N} describe {T} as the cheapest way to reach {A} and show that {C}.",
    "{N} reported that {C} among Pacific families in {mkt}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of island resorts, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests {C}.",
    "According to {N}, {C}.", "A survey by {N} found that {C}.",
    "Talanoa sessions reported by {N} suggest that {C}.", "It can be argued, following {N}, that {C}.",
    "{C}; however, {N} found the opposite for visitors from {mkt}.",
    "Evidence from {N} suggests that, for {A}, {C}.", "Data from {N} show that {C}.",
    "{C}, according to {N}.", "For a small island destination like {ctry}, the work of {N} matters because {C}.",
    "When {B} relaunched its loyalty programme it followed {N}, on the basis that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings are useful for {B} because {C}.",
    "This reflects {N} argument that {C}.", "{N} study of the {ctry} diaspora shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially in the outer islands {P}.",
    "It is often said that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as Figure {q} shows) {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {ch} {P}.",
    "Tourism earns more foreign exchange than sugar in {ctry} today {P}.",
    "Remittances from {mkt} are a lifeline for many households {P}.",
    "Mobile money has reached villages that never had a bank branch {P}.", "{C} {P:see also}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.",
    "Studies of Pacific destinations {P} agree that {C}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} are more likely to trust word of mouth from family than advertising",
    "diaspora visitors spend less on hotels but more in villages",
    "{T} lifts {R} among the Pacific diaspora in {mkt}",
    "small island destinations cannot compete on price with South-East Asia",
    "{B}'s reliance on the Australian and New Zealand markets leaves it exposed",
    "mobile money lowers the cost of sending remittances home",
    "rugby sponsorship gives a Pacific brand global reach at a modest cost",
    "eco-tourism only works when the village shares in the income",
    "visitors from {mkt} book later and stay longer than other markets",
    "social media imagery of turquoise lagoons shapes what visitors expect",
    "the cost of flights is the biggest barrier to visiting {ctry}",
    "{A} respond better to real stories than to polished resort photography",
    "climate change is now part of how visitors judge a destination",
    "cruise passengers spend little on shore compared with stay-over visitors",
    "locally owned resorts keep more of each tourist dollar in the country",
    "the Pacific brand depends on the idea of a warm welcome",
    "{T} only improves {R} when the offer reaches people on their phones",
    "remittance fees have fallen since digital services entered the market",
    "organisations such as {B} need to {bs} to stay competitive",
    "bottled water from the islands sells on purity and place",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the Pacific", "For {B}'s marketing team",
    "Since the borders reopened", "In the context of {B}", "From a visitor's perspective", "Nevertheless",
    "As a result", "Looking at {B}'s competitors", "Overall", "In terms of digital channels", "In {ctry}",
    "For the diaspora in {mkt}", "Interestingly",
]  # fmt: skip
PLAIN = [
    "{B} was founded in {ctry} and now sells in {q}0 markets.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below sets out the key performance indicators for each market.",
    "{B}'s Facebook page has over {n}k followers, but engagement is low outside {mkt}.",
    "The recommendations are costed in Fiji dollars and phased over twelve months.", "{O}, {C}.",
    "Most bookings still come through wholesalers in Australia and New Zealand.",
    "A SWOT analysis of {B} is included in the appendix.",
    "The main competitors are {B} and two resorts on the Coral Coast.",
    "Task 2 builds on this with a content plan for the next year.",
    "The author works in the marketing team of {B} in Suva.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one tourism text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "One study of {ctry} concluded that {Q} {P}.", "As {N} put it, {Q}.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘island time’", "‘paradise’", "‘authentic’", "‘last frontier’", "‘village stay’", "‘unbanked’",
                "'voluntourism'", "“eco-friendly”", "‘Instagrammable’", "‘bucket-list’", "‘Pacific way’",
                "‘Fiji time’", "'friendly islands'", "“untouched”"]  # fmt: skip
SCARE_FRAMES = [
    "Resorts still sell {Q} to visitors {P}.", "Many younger travellers are wary of {Q} marketing {P}.",
    "So-called {Q} experiences are a growing segment for {B} {P}.",
    "The idea of {Q} is used loosely in destination advertising {P}.",
    "Critics describe this as {Q} imagery, and {B} is not immune {P}.",
    "The use of {Q} in Pacific campaigns is questioned by {N}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Bula! Your island escape is waiting’", "‘Send money home for less this Christmas’",
                 "“Talofa – your Samoa deal ends tonight”", "‘Kids stay free in {ctry} this winter’",
                 "‘Your {M} offer from the islands’", "‘48 hours only: fares from {mkt}’",
                 "“Malo e lelei – we miss you”", "‘Kia orana! Flights to Rarotonga from $499’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its re-engagement email {P}.",
    "Messages like {Q} work because they speak to the diaspora {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation.
NOT_CITATIONS = {
    "cyclone-year": [
        "Bookings collapsed after the storm (Cyclone Winston, 2016) and took a year to recover.",
        "Port Vila lost most of its tourism stock (Cyclone Pam, 2015).",
        "Tonga's resorts were badly damaged (Cyclone Gita, 2018) just before the peak season.",
        "The outer islands were cut off for weeks (TC Harold, 2020).",
    ],
    "eruption-year": [
        "The undersea volcano cut Tonga's internet cable (Hunga Tonga eruption, 2022).",
        "Ash fell across Tongatapu (Hunga Tonga–Hunga Haʻapai, January 2022) and flights stopped.",
    ],
    "tsunami-year": [
        "Samoa's south coast fales were rebuilt after the wave (2009 tsunami, 2009).",
        "Lalomanu beach was destroyed (tsunami, September 2009) but reopened within a year.",
    ],
    "coup-year": [
        "Arrivals from Australia fell sharply after the military takeover (coup, 2006).",
        "Investors stayed away for years after the first two coups (1987 coups).",
        "The travel advisories issued at the time (coup, 2000) still shape older visitors' views.",
    ],
    "independence-year": [
        "Fiji celebrates its national day every October (independence, 1970).",
        "Samoa was the first Pacific nation to regain its sovereignty (independence, 1962).",
        "Vanuatu's festival marks the end of the Condominium (independence, 1980).",
    ],
    "government-year": [
        "Tourism policy changed direction under the new regime (Bainimarama government, 2007).",
        "The airline was renamed under state direction (FijiFirst era, 2014–2022).",
    ],
    "constitution-year": [
        "Every citizen is now called a Fijian (Constitution, 2013).",
        "Land rights were protected in the earlier settlement (1997 Constitution).",
    ],
    "election-year": [
        "Visitor numbers were unaffected by the vote (general election, 2022).",
        "Samoa's tourism board had no minister for weeks (constitutional crisis, 2021).",
    ],
    "sevens-gold": [
        "Fiji's first Olympic medal made sevens a national brand (Sevens gold, 2016).",
        "The team defended its title in Japan (Tokyo gold, 2021).",
        "Sponsors queued up after the win in Hong Kong (Hong Kong Sevens, 2019).",
    ],
    "rugby-world-cup": [
        "The Flying Fijians beat Australia in France (Rugby World Cup, 2023).",
        "Samoa's run to the quarter-finals made headlines (RWC, 1991).",
    ],
    "pacific-games": [
        "Apia hosted the region's athletes (Pacific Games, 2019).",
        "Vanuatu built a new stadium for the event (Pacific Mini Games, 2017).",
        "Solomon Islands hosted for the first time (Pacific Games, 2023).",
    ],
    "national-team-year": [
        "Rugby became the backbone of the national brand (Flying Fijians, 2007).",
        "The red sea of fans in Auckland made global news (Mate Ma'a Tonga, 2017).",
        "The team's haka-style siva tau is recognised worldwide (Manu Samoa, 1991).",
    ],
    "festival-year": [
        "Suva's biggest week draws crowds from across the islands (Hibiscus Festival, 2019).",
        "Apia filled its hotels for the celebrations (Teuila Festival, 2018).",
        "Nadi's street parade is growing each year (Bula Festival, {Y3}).",
    ],
    "heiva-year": [
        "Papeete's dance competitions fill To'ata square every July (Heiva, 2023).",
        "The festival dates back to colonial July celebrations (Heiva i Tahiti, 1881).",
    ],
    "te-maeva-nui": [
        "The Cook Islands' constitution celebrations drew diaspora visitors from Auckland (Te Maeva Nui, 2022).",
        "Flights from New Zealand were full for the festival (Te Maeva Nui, {Y3}).",
    ],
    "religious-holiday": [
        "Indo-Fijian households spend heavily on sweets and lights (Diwali, 2021).",
        "Retail sales rise sharply in October (Diwali, {Y3}) and again at Christmas.",
        "Samoan families buy new white clothes for the children (White Sunday, 2022).",
    ],
    "voyaging-canoe": [
        "Traditional wayfinding was revived across the Pacific (Hōkūleʻa, 1976).",
        "Fiji's own double-hulled canoe joined the regional voyage (Uto Ni Yalo, 2010).",
        "The canoes sailed into Auckland harbour (Te Mana o te Moana, 2011).",
    ],
    "first-flight": [
        "Capacity to the US grew with the new aircraft (first A350 flight, 2017).",
        "The airline opened a direct route to Texas (Nadi–Dallas, 2022).",
        "Air Pacific became the national carrier again (rebrand, 2013).",
    ],
    "resort-opening": [
        "Fiji's first over-water bures set a new standard (Likuliku, 2007).",
        "The private island led the luxury market for decades (Turtle Island, 1980).",
        "The first international hotel on the island changed its image (Bora Bora, 1961).",
        "The family-run resort is still the best known in Rarotonga (the Rarotongan, 1977).",
    ],
    "island-history": [
        "European contact came late to much of the group (Tasman, 1643).",
        "The mutineers' story still draws visitors to Tofua (Bounty mutiny, 1789).",
        "Rarotonga was sighted by missionaries before traders arrived (first landing, 1823).",
    ],
    "king-year": [
        "The coronation filled every hotel on Tongatapu (Tupou VI, 2015).",
        "Political reform began under the late king (George Tupou V, 2008).",
        "Queen Sālote's visit to London made Tonga famous (Coronation, 1953).",
    ],
    "chief-year": [
        "Native land is still held in trust under the system he designed (Ratu Sukuna, 1940).",
        "The first prime minister shaped the 'Pacific Way' (Ratu Mara, 1970).",
    ],
    "leader-narrative": [
        "Tourism was given a central place in the budget after Bainimarama (2014) won the election.",
        "The second coup leader later returned as prime minister, and Rabuka (2022) has since courted investors.",
        "Samoa's first woman prime minister, Fiamē Naomi Mataʻafa (2021), promised to review the tourism levy.",
    ],
    "film-year": [
        "Disney's film drew new visitors to the islands' culture (Moana, 2016).",
        "Monuriki became known as the island from the film (Cast Away, 2000).",
        "Turtle Island's lagoon was the setting (The Blue Lagoon, 1980).",
    ],
    "tv-show-year": [
        "The Mamanuca group is now familiar to US viewers (Survivor Fiji, 2017).",
        "The reality series filmed two seasons on Aitutaki (Survivor: Cook Islands, 2006).",
    ],
    "migration-scheme": [
        "Many Tongan and Fijian families in Auckland arrived through the ballot (Pacific Access Category, 2002).",
        "Samoans apply each year through a separate ballot (Samoan Quota, 2002).",
        "Australia added a ballot of its own for the region (Pacific Engagement Visa, 2024).",
    ],
    "labour-scheme": [
        "Seasonal workers now send home a large share of Vanuatu's remittances (PALM scheme, 2022).",
        "Orchard work in Hawke's Bay draws thousands of ni-Vanuatu workers (Recognised Seasonal Employer, 2007).",
        "The Australian pilot became permanent (Seasonal Worker Programme, 2012).",
    ],
    "price-year": [
        "An over-water bure now costs FJ$2,400 a night (2023) in peak season.",
        "A garden room at {res} costs FJ${fj} a night (2023).",
        "A bowl of kava at the market costs T$5 (2022), a fraction of the price in Auckland.",
    ],
    "visitor-figures": [
        "Fiji received 894,389 visitors (2019), its best year before the pandemic.",
        "Arrivals reached {vis} visitors ({Y3}), most of them from Australia.",
        "The Cook Islands welcomed 171,000 visitors (2019) against a population of about 15,000.",
    ],
    "greeting": [
        "Every campaign opens with the word ‘Bula’, and staff greet guests the same way.",
        "Samoan ads use ‘Talofa’ to signal a welcome from home.",
        "Tonga's campaign greets visitors with “Mālō e lelei” on every poster.",
        "Cook Islands staff answer the phone with ‘Kia orana’ (may you live long).",
    ],
    "destination-slogan": [
        "Fiji's slogan, ‘Where Happiness Finds You’, has run since 2014.",
        "The tagline “Beautiful Samoa” appears on every Samoa Tourism Authority asset.",
        "Tonga sells itself as ‘The Friendly Islands’, a name given in 1773.",
        "Vanuatu's line 'Answer the Call' was used in the 2019 campaign.",
    ],
    "remittance-figure": [
        "Remittances now exceed tourism receipts in Tonga (2022 remittances).",
        "Money sent home is a larger share of GDP in Tonga than almost anywhere (remittances: 44% of GDP, 2022).",
        "Transfers from {mkt} rose sharply during the pandemic ({Y3} inflows).",
    ],
    "exchange-rate": [
        "Prices for New Zealand visitors are competitive (FJ$1 = NZ$0.74, 2023).",
        "Costs in Tahiti are high for Australians (XPF 100 = A$1.37, {Y3}).",
    ],
    "cruise-ship": [
        "P&O's ship made Suva a regular port of call (Pacific Explorer, 2017).",
        "Large ships now anchor off Port Vila every week (Carnival Splendor, {Y3}).",
    ],
    "dive-site-year": [
        "Espiritu Santo's wreck is one of the best dives in the world (SS President Coolidge, 1942).",
        "The Somosomo Strait is sold as ‘the soft coral capital of the world’ (Rainbow Reef, Taveuni).",
    ],
    "covid-border": [
        "International arrivals stopped almost overnight (border closure, March 2020).",
        "Fiji's Bula Bubble allowed visitors to return (reopening, 1 December 2021).",
    ],
    "travel-bubble": [
        "The Cook Islands reopened to New Zealand first (travel bubble, May 2021).",
        "Bookings from Auckland surged within days (trans-Tasman bubble, 2021).",
    ],
    "mobile-money-launch": [
        "Vodafone's wallet brought banking to rural Fiji (M-PAiSA, 2010).",
        "Digicel's rival service followed soon after (MyCash, 2010).",
        "The Tongan wallet was built with diaspora senders in mind ({app}, {Y3} launch).",
    ],
    "telecom-launch": [
        "Video calls home became cheap once the cable landed (Tui-Samoa cable, 2018).",
        "Rural coverage improved after the upgrade (4G roll-out, 2016).",
        "The satellite service reached the outer islands (Starlink, 2024).",
    ],
    "kava-ban": [
        "Kava exports to Europe collapsed during the ban (German kava ban, 2002–2015).",
        "Exporters welcomed the ruling that lifted it (German court ruling, 2014).",
    ],
    "census-figure": [
        "Pacific peoples are a growing share of Auckland's population (2018 census).",
        "Fiji's population was counted at 884,887 people (2017 census).",
        "Samoa's count showed more people living overseas than at home (Census 2021: 205,557).",
    ],
    "sdg-goal": [
        "The resort links its reef programme to the global goals (SDG 14, life below water).",
        "Tourism is named in the targets on jobs and culture (SDG 8.9).",
    ],
    "climate-agreement": [
        "Fiji presided over the talks in Bonn (COP23, 2017).",
        "Leaders named climate change the region's greatest threat (Boe Declaration, 2018).",
        "Pacific states pushed for the 1.5°C limit (Paris Agreement, 2015).",
    ],
    "award-year": [
        "The resort was named the Pacific's leading boutique hotel (World Travel Awards, 2023).",
        "The airline gained a higher star rating (Skytrax 4-star, 2019).",
    ],
    "founding-year": [
        "The national carrier began as a small regional airline (founded 1951).",
        "The family company has bottled coconut oil in Tonga for three generations (est. 1966).",
        "The resort was started by a Fijian landowning unit (opened {Y3}).",
    ],
    "financial-year": [
        "Marketing spend rose by a quarter (FY2022/23).",
        "The board's budget was cut after the pandemic (2020–21 financial year).",
        "Revenue returned to pre-COVID levels (year to 31 July {Y3}).",
    ],
    "vernacular-term": [
        "Many resorts sit on land leased from the mataqali (landowning clan).",
        "The campaign was built around Samoan custom (fa'a Samoa).",
        "Interviews followed the Pacific method of conversation (talanoa).",
        "Guests are welcomed with a sevusevu (a gift of kava) on arrival in a village.",
    ],
    "handle-or-address": [
        "Bookings are taken online (www.fiji.travel) and through agents.",
        "The hashtag #LoveFiji trended for a week in {mkt}.",
        "Customers can message the team on WhatsApp (+679 {n} 4455).",
        "The brand replies to enquiries on Instagram (@samoa_tourism) within the day.",
    ],
    "cross-reference": [
        "The segments are described in detail in Task 1 (b).",
        "The channel plan (see Appendix {q}) shows weekly activity.",
        "Refer to Table {q} (page {q}) for the costs in Fiji dollars.",
    ],
    "figures": [
        "Most respondents were Fijian-born (n = {n}).",
        "Conversion is lower on mobile (2.{q}% vs 3.{q}%).",
        "Arrivals grew strongly in the third quarter (Q3, {Y3}).",
        "The target segment is young Pacific adults (aged 18–34).",
    ],
    "abbreviation": [
        "Small island developing states (SIDS) face high transport costs.",
        "Pacific Island countries (PICs) depend on two source markets.",
        "Visiting friends and relatives (VFR) travel matters more than it seems.",
        "Return on investment (ROI) will be tracked for each market.",
    ],
    "population-share": [
        "Pacific peoples make up a large share of South Auckland (about 40%).",
        "More Niueans live in New Zealand than on Niue (over 90%).",
    ],
    "percentage-year": [
        "Mobile money users rose quickly ({pc}% of adults, {Y3}).",
        "Almost all visitors arrive by air (97% in 2019).",
    ],
}  # fmt: skip
