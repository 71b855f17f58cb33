"""The blind128 pool (HELD OUT): sentence frames, claims, brands and decoys of marketers in Somalia, Somaliland,
Puntland and Djibouti and in the Somali diaspora, written without reading the checker, its tests or the other pools.

The candidates work in brand, trade, CRM and digital roles at banks and remittance firms (Dahabshiil, Amal, Salaam
Somali Bank, Premier Bank), telecoms and mobile money (Hormuud and EVC Plus, Telesom and ZAAD, Golis and Sahal),
livestock exporters, FMCG importers and bottlers, cement and construction firms, airlines, hotels, media houses,
NGOs and agencies in Mogadishu, Hargeisa, Berbera, Bosaso, Garowe, Kismayo and Djibouti City, and in Minneapolis,
Columbus, London, Toronto, Eastleigh and Dubai, on CIM Level 6 and 7 courses and MBAs. Their reports price things in
Somali shillings (SOS), Somaliland shillings (SLSH), Djiboutian francs (DJF) and US dollars, cite laws as "Law No. 12
of 2019" and decrees by number, and plan around Ramadan, Eid, 26 June, 1 July, 18 May, 27 June and the Gu and Deyr
rains. Its decoys are the years, numbers, laws, codes, dates and names in brackets that such reports are full of and
that are not citations. HELD OUT: never tune on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line; candidates' curly and straight marks are kept)
from __future__ import annotations

import random

BRANDS = ["Dahabshiil", "Hormuud", "EVC Plus", "Telesom", "ZAAD", "Golis", "Sahal", "Salaam Somali Bank",
          "Premier Bank", "Amal Bank", "Amal Express", "IBS Bank", "Somtel", "e-Dahab", "Djibouti Telecom",
          "D-Money", "Jubba Airways Ltd", "Daallo", "Air Djibouti", "SBI",
          "Berbera Cement", "Jazeera Palace Hotel", "Mansoor Hotel", "Universal TV", "Taaj", "Tawakal Express",
          "Hass Petroleum", "Kaah Express", "Beco", "Dara-Salaam Bank", "Coca-Cola SBI", "Mogadishu Mall",
          "Bakaaraha Market", "Barwaaqo Dairy", "Nasa Hablood Hotel", "Hargeisa Livestock Export Ltd",
          "Shaqodoon", "Bosaso Tuna Cannery", "Pepsi Djibouti", "Bank of Africa Mer Rouge"]  # fmt: skip

_CITIES = ["Mogadishu", "Hargeisa", "Berbera", "Bosaso", "Garowe", "Kismayo", "Djibouti City", "Burao", "Borama",
           "Galkayo", "Baidoa", "Beledweyne", "Las Anod", "Erigavo", "Ali Sabieh", "Tadjourah"]  # fmt: skip
_DIASPORA = ["Minneapolis", "Columbus", "London", "Toronto", "Eastleigh", "Dubai", "Cedar-Riverside", "Leicester",
             "Bristol", "Ottawa", "Oslo", "Cardiff", "Tower Hamlets", "Rinkeby", "Seattle"]  # fmt: skip
_PLATFORMS = ["TikTok", "Facebook", "Instagram", "YouTube", "WhatsApp", "Snapchat", "X", "Telegram"]
_CHANNELS = ["SMS blasts", "Facebook ads", "TikTok", "radio spots", "billboards on Maka Al-Mukarama Road",
             "WhatsApp groups", "YouTube pre-roll", "agent networks", "sponsored Ramadan programmes", "influencers"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_HIJRI = ["Ramadan", "Shawwal", "Dhul Hijjah", "Muharram", "Rajab", "Sha'ban"]
_PEOPLE = ["Mohamed Siad Barre", "Sayid Maxamed Cabdulle Xasan", "Mohamed Ibrahim Egal", "Aden Abdullah Osman Daar",
           "Hadraawi", "Magool", "Maryam Mursal", "Hassan Gouled Aptidon", "Iman Abdulmajid", "Mo Farah", "K'naan",
           "Nuruddin Farah", "Ilhan Omar", "Abdi Bile", "Warsan Shire", "Cawil Cabdi"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The pool's own placeholders, drawn after the builder's."""
    year = rng.randint(2012, 2024)
    return {
        "city": rng.choice(_CITIES), "dias": rng.choice(_DIASPORA), "plat": rng.choice(_PLATFORMS),
        "ch": rng.choice(_CHANNELS), "mon": rng.choice(_MONTHS), "hij": rng.choice(_HIJRI),
        "who": rng.choice(_PEOPLE), "yr": str(year), "yr2": str(year + rng.randint(1, 3)),
        "hy": str(rng.randint(1438, 1446)), "pc": str(rng.randint(6, 88)), "k": str(rng.randint(2, 95)),
        "sos": f"{rng.randint(2, 90) * 1000:,}", "slsh": f"{rng.randint(5, 120) * 500:,}",
        "djf": f"{rng.randint(1, 60) * 250:,}", "usd": str(rng.randint(1, 500)),
        "law": str(rng.randint(1, 140)), "ussd": f"*{rng.randint(700, 888)}#", "code": str(rng.randint(100, 999)),
        "dec": f"{rng.randint(1, 300):04d}", "mm": str(rng.randint(1, 12)), "dd": str(rng.randint(1, 28)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}, and {B} in {city} is a clear example.",
    "{N} found that {C}, although the sample was drawn only from {A} in {city}.",
    "{N} concluded that {C}; this matters for {B}'s plans in {dias}.",
    "{N} showed that {C}, a finding that fits what {B}'s agents in {city} report.",
    "{N} surveyed {n} EVC Plus users and reported that {C}.",
    "{N} made the point that {C}.",
    "{N} observed that {C}, which explains why {B} moved budget into {ch}.",
    "{N} warned that {C} where clan ties shape who buys from whom.",
    "{N} questioned whether {C}, given how little data exists on {A} in Somalia.",
    "{N} went further and suggested that {C} among the diaspora in {dias}.",
    "{N} studied remittance customers in {dias} and found that {C}.",
    "{N} describe Somali trade as built on trust rather than contracts, and show that {C}.",
    "{N} explained that {C} in a market where the US dollar is used for most transactions.",
    "{N} interviewed {k} livestock traders in Berbera and noted that {C}.",
    "{N} were among the first to argue that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "{O}, and as {N} showed, {C}.",
    "In line with {N}, {C}.",
    "{C}, which is consistent with the findings of {N}.",
    "{B} could apply the advice of {N}, namely that {C}.",
    "Applying the 7Ps to {B} and drawing on {N}, it appears that {C}.",
    "{C} – a point that {N} also made about {A} in {city}.",
    "This mirrors what {N} found in {dias}: {C}.",
    "{O}, the study by {N} suggests that {C}.",
    "The evidence is mixed: {N} found that {C}, whereas studies in Nairobi disagree.",
    "For a firm such as {B}, the work of {N} is useful because {C}.",
    "A similar argument is made by {N}, who claimed that {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
    "When {B} relaunched its app before Ramadan, it followed {N} closely, on the basis that {C}.",
    "According to {N}, {C}.",
    "There are three reasons for this: first, {C}; second, as {N} argued, {C2}; and third, budgets in {city} are small.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} showed that {C}.",
    "{N} model of trust in Somali business implies that {C}.",
    "Using {N} segmentation of remittance senders, {B}'s customers in {dias} fall into four groups.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "{C}, which supports {N} conclusion about {R}.",
    "According to {N} analysis, {C}.",
    "{O}, {N} survey of {n} SMEs in {city} found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most writers now agree that {C} {P}.",
    "{C}, especially among {A} in {city} {P}.",
    "This matters because {C} {P:see}.",
    "Several studies make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore put more into {ch}, given that {C} {P:e.g.}.",
    "Mobile money handles most retail payments in Somalia, often in US dollars rather than shillings {P}.",
    "Remittances from the diaspora are worth more than a fifth of Somalia's GDP {P}.",
    "Livestock is still Somaliland's main export, shipped through Berbera to the Gulf {P}.",
    "Demand for mobile data rises sharply during Ramadan and the two Eids {P}.",
    "Djibouti's economy depends heavily on its ports and the corridor to Ethiopia {P}.",
    "{C}, which affects how {B} targets customers in {dias} {P}.",
    "It is also worth noting that {C} {P:cf.}.",
    "Trust between traders is often built through clan and family networks rather than formal contracts {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "Three things stand out – low fees, agent reach {P} and brand trust – and {C}.",
    "{C} {P}, whereas {C2}.",
    "The literature lists several benefits of mobile money: lower transaction costs {P}, safety and speed.",
    "Given that {C} {P:see}, it follows that {C2}.",
    "{C} {P}, which is why {C2}.",
]  # fmt: skip
CLAIMS = [
    "customers trust a remittance brand that their relatives already use",
    "{A} in {city} prefer EVC Plus to cash for everyday purchases",
    "SMS promotions still reach more people than social media outside the main cities",
    "brand loyalty in Somali markets rests on personal relationships more than advertising",
    "{B} depends too heavily on Facebook to reach {A}",
    "Islamic banking products attract customers who avoided conventional banks",
    "diaspora customers expect the same service they get from banks in {dias}",
    "price promotions during Ramadan lift sales but train customers to wait for discounts",
    "word of mouth spreads faster through clan and WhatsApp networks than through paid media",
    "{T} only improves {R} when agents on the ground are trained properly",
    "dollarisation makes pricing simpler for importers but harder for small traders",
    "halal certification matters more to Gulf buyers than to local consumers",
    "{A} expect a reply on {plat} within the same day",
    "trust in a telecom brand rises when it invests visibly in the community",
    "young people in {city} discover new brands mainly through TikTok",
    "agent networks remain the main touchpoint for mobile money customers",
    "drought years cut household spending on everything except food and airtime",
    "few firms in the region manage to {bs} without reliable market data",
]  # fmt: skip
OPENERS = ["Having said that", "Then again", "In {B}'s case", "For the purposes of this report", "Taken together",
           "In a Somali context", "Within the Horn of Africa", "Seen from {city}", "For the diaspora in {dias}",
           "Since the 2017 drought", "Put simply", "In terms of mobile money", "Crucially", "By the same token",
           "In the Djiboutian market", "Over the last decade"]  # fmt: skip
PLAIN = [
    "{B} currently has around {n} agents across {city} and the surrounding districts.",
    "The rest of this section applies the 7Ps to {B}'s services.",
    "Table 2 compares the options on cost, reach and fit with the brand.",
    "{B}'s {plat} page has grown steadily, but engagement per post has fallen.",
    "The recommendations below are costed in US dollars and phased over twelve months.",
    "Each of the three segments is considered in turn.",
    "{O}, {C}.",
    "Customer service is handled through a call centre, {plat} and the branches.",
    "The firm has no written marketing plan at present.",
    "A PESTLE analysis is included in the appendices.",
    "The author has worked in {B}'s marketing team in {city} for {k} years.",
    "All prices in this report are in US dollars unless stated otherwise.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "Put another way, {Q} {P}.",
    "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{N} put it plainly: {Q}.",
    "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "{Q} {P}; this report agrees.",
    "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘xawaala’", "“hawala”", "'qaraabo'", "“the diaspora dollar”", "‘trust capital’", '"sahal"',
                "‘macmiil waa boqor’", "“dollarised economy”", "‘last-mile agents’", '"qaad"', "‘fragile market’",
                "“Made in Somaliland”"]  # fmt: skip
SCARE_FRAMES = [
    "What Somali traders call {Q} is really a network of trust {P}.",
    "So-called {Q} has become a selling point for {B} {P}.",
    "The idea of {Q} appears again and again in the literature {P}.",
    "{N} uses the term {Q} when describing this market.",
    "Many customers in {city} still think in terms of {Q} {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Ramadan Kareem: send money home with 0% fees”", "‘Eid Mubarak – your bonus is waiting’",
                 '"Dir lacag, hel hadiyad [Send money, get a gift]"', "“Happy 26 June from all of us”",
                 "‘Your EVC Plus balance is low – top up now’", '"Bon 27 juin ! -20% sur vos forfaits"',
                 "“Hambalyo! You have won 5 USD airtime”", "‘New branch now open in {dias}’",
                 '"Dial {ussd} to check your balance"']  # fmt: skip
SUBJECT_FRAMES = [
    "SMS messages such as {Q} performed well in {B}'s tests {P}.",
    "{B}'s Eid campaign, {Q}, reached almost every customer on its list {P}.",
    "A message like {Q} creates urgency {P}, but sent too often it annoys customers.",
    "{Q} is a typical example of a festive push message {P}.",
    "The push notification headed {Q} had the best response of the quarter {P}.",
    "{N} cites the text {Q} as an example of bilingual messaging.",
]  # fmt: skip

NOT_CITATIONS = {
    "acronym-year": [
        "Mobile money operators must now be licensed by the central bank (CBS {yr}).",
        "{B}'s accounts follow international standards (IFRS {yr2}).",
        "The regulator issued new numbering rules last year (NCA {yr}).",
        "Djibouti's national development plan sets the targets (PND {yr}).",
    ],
    "year-noun": [
        "Remittances rose again ({yr} inflows: USD {usd}m).",
        "{B}'s marketing budget is small ({yr} budget: USD {k},000).",
        "Subscriber numbers grew after the relaunch ({yr2} total: {n},000).",
        "The Eid campaign was the most successful yet ({yr} season).",
    ],
    "noun-year": [
        "Sales fell sharply after the Bakaaraha market fire ({yr}).",
        "The airport in {city} reopened to international flights ({yr}).",
        "The loyalty scheme was relaunched before Ramadan ({yr2}).",
        "Prices rose after the drought ({yr}–{yr2}).",
    ],
    "figures": [
        "Most respondents used mobile money every day ({pc}%, n = {n}).",
        "The results are summarised in the table below (Table {q}).",
        "Agent numbers rose in the last quarter (Q{q}, {yr}).",
        "Satisfaction scored 4.{q} out of 5 (n = {n}).",
    ],
    "somali-shillings": [
        "A bottle of water costs about SOS {sos} in Mogadishu's markets.",
        "Small notes are still used for change (SOS {sos} and below).",
        "Street traders quote the price in shillings (SOS {sos}) but take EVC Plus in dollars.",
    ],
    "somaliland-shillings": [
        "A cup of tea in Hargeisa costs around SLSH {slsh}.",
        "The exchange rate in the Hargeisa market was about SLSH {slsh} to the dollar ({mon} {yr}).",
        "ZAAD users can pay in dollars or in Somaliland shillings (SLSH {slsh}).",
    ],
    "djibouti-francs": [
        "A monthly data bundle costs DJF {djf} in Djibouti City.",
        "The franc has been pegged to the US dollar since 1949 (DJF 177.721 = USD 1).",
        "Taxi fares start at about DJF {djf} (roughly USD {k}).",
    ],
    "us-dollars": [
        "Most customers send between USD {k} and USD {usd} a month (median USD {k}).",
        "The sachet pack sells for USD 0.{q}0 at kiosks in {city}.",
        "Airtime bundles start at USD 0.25 (about SOS {sos} at the market rate).",
    ],
    "somali-law": [
        "The Financial Institutions Law No. 130 of 2012 gives the central bank its licensing powers.",
        "Operators must register customers under Law No. {law} of {yr}.",
        "The National Communications Law (Law No. 12 of 2017) created the NCA.",
    ],
    "somaliland-law": [
        "Somaliland's Commercial Banking Act (Law No. 55/2012) allowed the first commercial banks to open.",
        "Traders in Hargeisa must register under Law No. {law}/{yr}.",
        "The Somaliland Consumer Protection Law (No. 91/2019) is rarely enforced.",
    ],
    "djibouti-law": [
        "Electronic payments are governed by Loi n° {law}/AN/{k}/7ème L in Djibouti.",
        "Free zones were created under the 2004 free zone law (Loi n° 53/AN/04/5ème L).",
        "Prices of staples are fixed by decree in Djibouti (Décret n° {yr}-{code}/PR/MCI).",
    ],
    "presidential-decree": [
        "The president signed the decree in {mon} {yr} (Presidential Decree No. {dec}).",
        "The new currency plan was announced by decree (Decree No. {dec}/{yr}).",
        "A presidential decree of {dd} {mon} {yr} set up the payment regulator.",
    ],
    "regulator-circular": [
        "The central bank asked all mobile money operators to report daily (CBS Circular No. {law}/{yr}).",
        "The NCA's directive on SIM registration (Directive {q}/{yr}) applies to every operator.",
        "Banks had to comply with the new rules by the end of {mon} {yr} (BoS Regulation {q}).",
    ],
    "independence-days": [
        "Sales of flags and clothing peak before 26 June and 1 July every year.",
        "Somaliland marks 18 May ({yr} was the {k}th anniversary) with parades in Hargeisa.",
        "Djibouti's Independence Day (27 June 1977) is the busiest day of the year for {B}.",
        "The 1 July 1960 union is still a sensitive topic in Somaliland advertising.",
    ],
    "islamic-calendar": [
        "The campaign ran for the whole of {hij} {hy} AH.",
        "The campaign was brought forward because Ramadan {yr} began earlier than the year before.",
        "Eid al-Adha ({dd} {hij} {hy}) is the peak season for livestock exports.",
    ],
    "rainy-seasons": [
        "Livestock prices fell after the failed Gu rains ({yr}).",
        "Sales recover after the Deyr season (October–December {yr}).",
        "The Gu {yr} and Deyr {yr2} seasons were both below average.",
    ],
    "ussd-codes": [
        "Customers check their balance by dialling {ussd}.",
        "EVC Plus payments are made through the short code {ussd} on any handset.",
        "The ZAAD menu (*{code}#) was redesigned to cut the number of steps.",
    ],
    "phone-numbers": [
        "The customer care line (+252 61 {code} {code}) is open 24 hours.",
        "Orders can be placed on WhatsApp (+253 77 {k} {code}).",
        "The short number (444) is free for Hormuud customers.",
    ],
    "tariffs-and-bundles": [
        "The Ramadan bundle (10 GB for USD {k}) sold out in three days.",
        "Golis cut its data price (1 GB = USD 1) in {mon} {yr}.",
        "The 'Jimce' weekend bundle (USD {k}, 7 days) is aimed at students.",
    ],
    "historic-figures": [
        "A portrait of {who} ({yr} campaign) was used in a nostalgic advert.",
        "Statues of Sayid Maxamed Cabdulle Xasan (1856–1920) appear in several campaigns.",
        "Posters of Mohamed Ibrahim Egal (1928–2002) are still common in Hargeisa shops.",
        "Hassan Gouled Aptidon (1916–2006) led Djibouti from 1977 to 1999.",
    ],
    "celebrity-endorsers": [
        "Mo Farah (born 1983) has appeared in diaspora remittance adverts.",
        "The singer Maryam Mursal (1950–2022) was the face of a heritage campaign.",
        "{B} signed the TikTok star Cawil Cabdi ({yr} campaign) as its ambassador.",
    ],
    "poets-and-songs": [
        "The campaign borrowed a line from Hadraawi's poem (1973) without permission.",
        "The jingle reused the tune of a famous song by Magool (1970s).",
        "The slogan echoes the classic Somali proverb 'Nin aan dhul marin dhaayo ma leh' [He who has not travelled has no eyes].",
    ],
    "company-founding": [
        "Dahabshiil was founded in Burao in 1970 by Mohamed Said Duale.",
        "Hormuud Telecom (founded 2002) now claims most of the mobile market in the south.",
        "Telesom launched ZAAD in 2009, one of the first mobile money services in Africa.",
        "{B} (est. {yr}) started with a single shop in {city}.",
    ],
    "organisation-in-brackets": [
        "The Somali Chamber of Commerce and Industry (SCCI, {yr}) organised the trade fair.",
        "A survey by the Banadir Regional Administration (BRA) covered {k} districts.",
        "The Djibouti Ports and Free Zones Authority (DPFZA) controls Doraleh.",
        "The Bank of Somaliland (BoS) sets the official rate each morning.",
    ],
    "brand-model-names": [
        "Most agents use cheap handsets such as the Tecno Spark {q} or the itel A{k}.",
        "The Toyota Land Cruiser 79 is the vehicle of choice for NGOs in {city}.",
        "The bank's app (version {q}.{k}) added a qibla finder and prayer times.",
        "EVC Plus 2.0 and e-Dahab Pro launched in the same month.",
    ],
    "events-and-fairs": [
        "The Hargeisa International Book Fair ({yr}) attracted sponsors from every telecom.",
        "{B} had a stand at the Mogadishu International Book Fair (MIBF {yr}).",
        "The Djibouti International Fair (FID {yr2}) is the main B2B event in the country.",
        "The Somali Week Festival in London ({mon} {yr}) is popular with diaspora brands.",
    ],
    "sport-events": [
        "Sponsorship of the Somali Premier League ({yr}–{yr2} season) raised the brand's profile.",
        "The Somali Football Federation Cup final ({yr}) was broadcast live on Universal TV.",
        "Djibouti's Tour de Djibouti ({yr}) was sponsored by the national telecom.",
    ],
    "awards": [
        "{B} won Bank of the Year at the Somali Business Awards ({yr}).",
        "The campaign was shortlisted for a Loeries award ({yr2}).",
        "The hotel holds a TripAdvisor Travellers' Choice badge ({yr}).",
    ],
    "places-with-dates": [
        "The Berbera Corridor (opened {yr}) links the port to Ethiopia.",
        "Doraleh Multipurpose Port (2017) changed Djibouti's logistics market.",
        "The new terminal at Aden Adde International Airport ({yr}) improved the arrival experience.",
        "Bakaaraha Market (Mogadishu) is still the main wholesale hub.",
    ],
    "diaspora-places": [
        "Many customers live in Cedar-Riverside (Minneapolis) or around Eastleigh's First Avenue.",
        "The Karmel Mall (Minneapolis) hosts dozens of Somali-owned shops.",
        "Remittance agents cluster around Whitechapel (London E1) and Rinkeby (Stockholm).",
        "The Somali community in Columbus (Ohio) is the second largest in the US.",
    ],
    "clan-and-lineage": [
        "The firm's founders come from the same lineage (reer {city}), which shaped early distribution.",
        "Trading partners are often chosen from the same clan family (qabiil).",
        "The 4.5 power-sharing formula (2000) is still reflected in public-sector hiring.",
    ],
    "nicknames": [
        "The founder is better known as Maxamed Dheere ('the tall one').",
        "Customers call the owner Cali Yare ('little Ali') in every shop in {city}.",
        "The branch manager, known as Xasan Gaab, has run the office since {yr}.",
    ],
    "transliteration-note": [
        "Names are given as they appear on company documents (Maxamed/Mohamed, Cabdi/Abdi).",
        "Somali spellings are used for place names (Hargeysa rather than Hargeisa).",
        "The interviewees' names (Xuseen, Cali and Faadumo) have been changed.",
    ],
    "translated-slogans": [
        "The bank's slogan, 'Kalsooni iyo Horumar' (Trust and Progress), appears on every branch.",
        "Hormuud's line 'Isku xirka nolosha' [Connecting life] ran for several years.",
        "The tagline 'Lacagtaada, gacantaada' (Your money, in your hand) tested well.",
    ],
    "interviews-and-fieldwork": [
        "Interview with a branch manager in {city} ({dd} {mon} {yr}).",
        "Focus group with {k} women traders, Bakaaraha Market, {mon} {yr}.",
        "Personal communication with the marketing director ({mon} {yr}), not for attribution.",
    ],
    "appendix-and-figures": [
        "The full questionnaire is in the appendices (Appendix {q}, pp. {k}–{n}).",
        "Figure {q} shows the customer journey (adapted by the author, {yr}).",
        "Responses are broken down by city in Table {q} (n = {n}).",
    ],
    "sample-and-method": [
        "A questionnaire was sent to {n} customers in {city} ({pc}% response rate).",
        "The sample was split between Mogadishu (n = {k}) and Hargeisa (n = {n}).",
        "Reliability was acceptable (Cronbach's α = 0.{k}).",
    ],
    "licence-and-registration": [
        "The firm holds licence No. CBS/MTB/{code}/{yr} as a money transfer business.",
        "{B} is registered with the Ministry of Commerce (Reg. No. {code}/{yr}).",
        "The operator's licence (NCA-L-{code}) runs until {yr2}.",
    ],
    "flights-and-routes": [
        "Flight D3 {code} leaves Hargeisa for Dubai three times a week.",
        "The Mogadishu–Nairobi route (about two hours) is the busiest.",
        "Jubba Airways added Jeddah for the Hajj season ({hy} AH).",
    ],
    "livestock-shipments": [
        "About {q} million head of livestock were exported through Berbera ({yr}).",
        "A single vessel to Jeddah carries up to {k},000 sheep (Hajj {yr}).",
        "Saudi Arabia lifted its livestock ban in 2009 (after the Rift Valley fever outbreak of 2000).",
    ],
    "hotel-and-star-ratings": [
        "The hotel (4 stars, {n} rooms) opened in {city} in {yr}.",
        "Room rates start at USD {usd} a night (breakfast included).",
        "Guest reviews average 8.{q}/10 on Booking.com ({n} reviews).",
    ],
    "social-handles": [
        "Follow the campaign on {plat} (@HormuudTelecom) and use #EidMubarak{yr}.",
        "The hashtag #SomaliTwitter trended during the launch.",
        "Customers complain most on the bank's page (facebook.com/premierbanksomalia).",
    ],
    "un-and-ngo-programmes": [
        "The cash programme was funded under the Somalia Humanitarian Fund ({yr}).",
        "The Joint Programme on Local Governance (JPLG, 2008–2022) trained district staff.",
        "Vouchers were delivered through the WFP SCOPE system ({yr}).",
    ],
    "currency-reform": [
        "New Somali shilling notes were planned under the currency reform ({yr2}).",
        "The 2017 SLSH 5,000 note made cash easier to carry in Hargeisa.",
        "Counterfeit 1,000-shilling notes (printed in the 1990s) are still in circulation.",
    ],
    "working-week": [
        "Offices in Mogadishu close on Friday (the weekend is Thursday afternoon and Friday).",
        "Shops in Djibouti City close for lunch (12:30–16:00) in the hot season.",
        "The khat plane lands at around 10:00 every morning, and trade slows after lunch.",
    ],
    "academic-calendar": [
        "The survey ran during the second semester ({yr}/{yr2}) at SIMAD University.",
        "The module was taught in Term {q} ({yr}) to {k} students.",
        "Graduation at the University of Hargeisa ({mon} {yr}) is a big event for gift brands.",
    ],
    "course-codes": [
        "This assignment addresses CIM unit 2206 (Level 6, {yr}).",
        "The MBA module MKT{code} at Mogadishu University covers brand strategy.",
        "Learning outcome {q}.{k} of the brief asks for a costed plan.",
    ],
    "temperatures-and-units": [
        "Summer temperatures in Berbera exceed 45°C (113°F).",
        "A 50 kg bag of cement sells for about USD {k} in {city}.",
        "Water is delivered by truck in 200-litre drums (about USD {k} each).",
    ],
    "percentages-and-growth": [
        "Internet penetration reached about {pc}% ({yr} estimate).",
        "Smartphone ownership has grown quickly in the cities ({yr}–{yr2}).",
        "Mobile money accounts outnumber bank accounts (roughly 7 to 1).",
    ],
    "quoted-products": [
        "The 'Hawl Yar' savings account (launched {yr}) targets market women.",
        "Premier Bank's 'Premier Wallet' (v{q}.0) now supports diaspora top-ups.",
        "Dahabshiil's 'eDahab' service (2016) competes with EVC Plus.",
    ],
}  # fmt: skip
