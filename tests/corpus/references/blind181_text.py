"""The blind181 pool's prose (HELD OUT): a hundred-and-eighty-first independent pool of sentence frames, claims,
brands and decoys, written without reading the checker, its tests or any other pool.

Marketers in Jamaica, Trinidad and Tobago, Barbados, the wider English-speaking Caribbean (the Bahamas, Guyana,
St Lucia, Grenada, St Kitts, Dominica, Belize) and its diaspora (Brixton, Croydon, Birmingham, Toronto, Brooklyn,
Miami, Fort Lauderdale) write CIM Level 6 and 7 reports and MBA assignments about banks and fintechs, telecoms,
food and drink makers and retailers, resorts and airlines, and the media. Their decoys are what such reports carry
that is no citation: laws as the region numbers them ("Data Protection Act, 2020 (Jamaica)", "Chap. 22:04"),
regulators and their acronyms, J$, TT$, BDS$, EC$ and US$ with exchange rates, Independence and Emancipation Days,
Carnival, J'ouvert, Crop Over, Divali and Phagwah, Sumfest and Rebel Salute, the CPL and West Indies cricket,
hurricanes, elections, artists and their albums, executives and founders with their years, tickers, parishes and
addresses, area codes, flights, rum with its age or its year in the name ("Angostura 1919"), "LIAT (1974) Ltd",
awards, radio frequencies, fiscal years, survey sizes, patois glosses in square brackets, nicknames in quotation
marks and interviewees. HELD OUT: never tune on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["GraceKennedy", "Grace Foods", "Wisynco", "Tastee", "Juici Patties Ltd", "Island Grill", "Red Stripe",
          "J. Wray & Nephew", "Appleton Estate", "Mount Gay", "Angostura", "Carib Brewery", "Banks DIH", "Massy",
          "PriceSmart", "Hi-Lo", "Courts Jamaica", "NCB", "Scotiabank Jamaica", "JMMB", "Sagicor", "First Citizens Bank",
          "Republic Bank", "CIBC Caribbean", "Lynk", "Digicel", "Flow", "bmobile", "Sandals Resorts International",
          "Caribbean Airlines Ltd", "interCaribbean", "the Jamaica Tourist Board", "Visit Barbados", "The Gleaner",
          "the Jamaica Observer", "TVJ", "Loop", "Digicel Mobile Money", "Agostini's", "Royal Castle"]  # fmt: skip

_PARISHES = ["Half Way Tree, St Andrew", "Portmore, St Catherine", "May Pen, Clarendon", "Mandeville, Manchester",
             "Savanna-la-Mar, Westmoreland", "Chaguanas", "San Fernando", "Arima", "Scarborough, Tobago",
             "Bridgetown, St Michael", "Holetown, St James", "Castries", "St. George's", "Basseterre", "Roseau",
             "Georgetown", "Nassau", "Belmopan", "Ocho Rios, St Ann", "Montego Bay, St James"]  # fmt: skip
_DIASPORA = ["Brixton", "Croydon", "Handsworth, Birmingham", "Scarborough, Ontario", "Flatbush, Brooklyn",
             "Lauderhill, Florida", "Miami Gardens", "Tottenham", "Mississauga", "Lewisham"]  # fmt: skip
_ARTISTS = [("Bob Marley and the Wailers", "Exodus", "1977"), ("Shaggy", "Hot Shot", "2000"),
            ("Sean Paul", "Dutty Rock", "2002"), ("Chronixx", "Chronology", "2017"), ("Koffee", "Gifted", "2022"),
            ("Machel Montano", "Monk Evolution", "2014"), ("Bunji Garlin", "Differentology", "2013"),
            ("Rihanna", "Anti", "2016"), ("Protoje", "In Search of Lost Time", "2020"), ("Spice", "10", "2021"),
            ("Buju Banton", "Til Shiloh", "1995"), ("Skinny Fabulous", "Head Bad", "2019")]  # fmt: skip
_NICKNAMES = ["Usain 'Lightning' Bolt", "Chris 'Universe Boss' Gayle", "Machel 'the Monk' Montano",
              "Shelly-Ann 'Pocket Rocket' Fraser-Pryce", "Brian 'the Prince' Lara", "Andre 'Dre Russ' Russell",
              "Beenie Man, 'the Doctor'", "Alison 'Lady Saw' Hinds"]  # fmt: skip
_EXECUTIVES = ["Don Wehby (GraceKennedy)", "William Mahfood (Wisynco)", "Patrick Hylton (NCB)", "Keith Duncan (JMMB)",
               "Adam Stewart (Sandals)", "Christopher Zacca (Sagicor)", "Garvin Medera (Caribbean Airlines)",
               "Gervase Warner (Massy)", "Nigel Baptiste (Republic Bank)", "Oliver Coughlan (Digicel)"]  # fmt: skip
_TICKERS = ["JSE: GK", "JSE: WISYNCO", "JSE: NCBFG", "JSE: JMMBGL", "JSE: SJ", "TTSE: RFHL", "TTSE: MASSY",
            "TTSE: AHL", "TTSE: FIRST", "BSE: GEL", "JSE: SEP", "JSE: LASM"]  # fmt: skip
_HURRICANES = ["Hurricane Gilbert (1988)", "Hurricane Ivan (2004)", "Hurricane Dean (2007)", "Hurricane Maria (2017)",
               "Hurricane Dorian (2019)", "Hurricane Elsa (2021)", "Hurricane Beryl (2024)", "Hurricane Melissa (2025)"]  # fmt: skip
_STATIONS = ["Irie FM (107.7)", "ZIP 103 FM", "Power 102.1 FM", "RJR 94 FM", "Wack 90.1 FM", "Slam 100.5 FM",
             "Hott 95.1 FM", "Boom Champions (94.1)", "i95.5 FM", "Mix 96.1 FM"]  # fmt: skip
_FLIGHTS = ["BW 414 (Piarco–JFK)", "BW 15 (Kingston–Toronto)", "JY 520 (Providenciales–Kingston)",
            "LI 361 (Bridgetown–Castries)", "BW 600 (Georgetown–Miami)", "BA 2263 (Gatwick–Kingston)"]  # fmt: skip
_RUMS = ["Angostura 1919", "Angostura 1824", "Appleton Estate 12 Year Old Rare Casks", "Mount Gay 1703 Master Select",
         "Wray & Nephew White Overproof (63% ABV)", "Appleton Estate 21 Year Old", "El Dorado 15 Year Old",
         "Mount Gay XO", "Doorly's 14 Year Old"]  # fmt: skip
_PLANS = ["Digicel Prime", "Flow Unlimited", "bmobile Plus 7", "Lynk Pro", "NCB Quisk", "JMMB Moneyline",
          "Digicel Play", "Flow Evo", "Sagicor Sigma", "Massy Card"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: money in four currencies, places, people who are no authors."""
    artist, album, released = rng.choice(_ARTISTS)
    return {
        "jmd": f"{rng.randint(150, 9800):,}", "ttd": str(rng.randint(12, 950)), "bbd": str(rng.randint(5, 700)),
        "xcd": str(rng.randint(8, 900)), "usd": str(rng.randint(2, 450)), "fx": f"{rng.randint(148, 161)}.{rng.randint(10, 99)}",
        "parish": rng.choice(_PARISHES), "diaspora": rng.choice(_DIASPORA), "artist": artist, "album": album,
        "released": released, "nick": rng.choice(_NICKNAMES), "exec": rng.choice(_EXECUTIVES), "ticker": rng.choice(_TICKERS),
        "hurricane": rng.choice(_HURRICANES), "station": rng.choice(_STATIONS), "flight": rng.choice(_FLIGHTS),
        "rum": rng.choice(_RUMS), "plan": rng.choice(_PLANS), "pct": f"{rng.randint(1, 38)}.{rng.randint(0, 9)}",
        "n4": str(rng.randint(1000, 9999)), "n3": str(rng.randint(200, 999)), "cpl": str(rng.randint(2013, 2024)),
        "mm": str(rng.randint(1, 12)), "fy": str(rng.randint(2016, 2024)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, even among {A} in rural parishes.",
    "{N} contend that {C}.", "{N} observed that {C}, which is directly relevant to {B}.",
    "{N} make the case that {C}; {B}'s own results bear this out.", "{N} noted that {C}.",
    "{N} established that {C}, particularly for {A}.", "{N} posits that {C}.", "{N} maintain that {C}.",
    "{N} examined how {C}.", "{N} further found that {C}.", "{N} recommended that firms such as {B} check whether {C}.",
    "{N} cautioned that {C}, and that {C2}.", "{N} explains that {C} (for instance, through {T}).",
    "{N} points out that {C} – something {B} cannot afford to ignore.",
    "{N} described {T} as the cheapest way to reach {A} in small island markets and showed that {C}.",
    "{N} questioned whether {C}.", "{N} reported that {C} across the English-speaking Caribbean.",
    "{N} agree that {C}, especially in Kingston and Port of Spain.", "{N} observed that, since {Y}, {C}.",
    "{N} is of the view that {C}.", "{N} highlighted that {C} in the diaspora markets of London and Toronto.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Jamaican retailers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view echoed by {N}.", "As highlighted by {N}, {C}.",
    "{B} is a case in point: {N} showed that {C}.", "Research by {N} suggests {C}.",
    "According to a report by {N}, {C}.", "A survey conducted by {N} found that {C}.",
    "{C}, as {N} noted in their review of {T}.", "It could be argued, following {N}, that {C}.",
    "Both {B} and its rivals use {T}, and {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "When {B} relaunched its app it appeared to follow {N}: {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Data from {N} show that {C}.", "As {N} put it, {C}.", "{C}, according to {N}.",
    "Writing about Trinidad and Tobago, {N} observed that {C}.", "In the Barbadian context, {N} found that {C}.",
    "Unlike {B}, which leans on {T}, the firms studied by {N} found that {C}.",
    "Drawing on interviews in Kingston and Montego Bay, {N} concluded that {C}.",
    "Closer to home, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Applying {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could adopt {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} study of Caribbean consumers shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "{B}’s results suggest {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.",
    "Regional data confirm this – {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "Across CARICOM, {C} {P}.", "{C} {P:see also}.", "{C}, as several Caribbean studies show {P:for example,}.",
    "In the Jamaican market, {C} {P}.", "{C} in Trinidad as much as in Jamaica {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.", "Given that {C} {P}, it follows that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Jamaica trust word of mouth more than advertising", "{T} lifted {R} by roughly {q}0% in one pilot",
    "{B}'s reliance on {T} leaves it exposed if data costs rise", "personalised offers increase {R} among {A}",
    "{A} now expect to pay by mobile money as readily as by cash",
    "brands that ignore the diaspora miss a market as large as the home one",
    "{T} is cheaper than television in the Caribbean but harder to measure",
    "remittance-linked products deepen {R} in diaspora households",
    "Carnival and Crop Over sponsorship builds brand recall quickly but fades within months",
    "price sensitivity rose after the pandemic as import costs climbed",
    "{A} respond better to local faces than to imported campaigns", "the 'Buy Local' appeal works best for food brands",
    "a clear community purpose helps firms like {B} to {bs}", "WhatsApp is the main customer service channel for many small firms",
    "data protection law has changed how Caribbean brands collect consent", "{T} only drives {R} when the offer is relevant",
    "most internet traffic in the region now comes through smartphones",
    "around {q} in 10 {A} hold an account with a credit union",
    "organisations such as {B} need to {bs} to stay competitive",
    "loyalty points matter less to {A} than reliable service", "{A} in small islands switch brands less often",
    "tourism marketing still leans heavily on sun, sea and sand imagery",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "On the other hand", "For example", "In Jamaica", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless", "Consequently",
    "Within the Caribbean banking sector", "As a result", "Looking at {B}'s competitors", "Overall",
    "In terms of digital channels", "Across the region", "In Trinidad and Tobago", "For diaspora customers",
    "Put another way",
]  # fmt: skip
PLAIN = [
    "{B} was founded in the Caribbean and now trades in {q}0 markets.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram page has over {n}k followers, but engagement is low.",
    "The recommendations are costed in Jamaican dollars and phased over twelve months.", "{O}, {C}.",
    "{B} advertises on TVJ, CVM and radio as well as on Facebook, Instagram and TikTok.",
    "Customers can buy in store, online or through the app, and can pay by card or mobile wallet.",
    "A PESTLE analysis of {B} is included in Appendix 2.",
    "The main competitors are {B} and two smaller regional firms.",
    "Task 2 builds on this by proposing a content plan for the next financial year.",
    "The author works in the marketing department of a Kingston-based financial group.",
    "Interviews were held with four managers in {parish} and two in {diaspora}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one regional text puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "{N} argued that {Q}.", "This is captured well: {Q} {P}.", "The point is that {Q} {P}, and {B} has yet to act on it.",
    "{Q} {P}; this report agrees.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘soon come’", "‘likkle more’", "‘liming’", "‘tallawah’", "‘bashment’", "“sweet hand”", "‘Buy Jamaican’",
    "“small man”", "‘yaad’", "“fete season”", "‘Bajan pride’", "“we likkle but we tallawah”", "'walk good'",
]  # fmt: skip
SCARE_FRAMES = [
    "Brands now speak of a {Q} attitude among customers {P}.", "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} service {P}.", "The idea of {Q} is central to {B}'s tone of voice {P}.",
    "{N} found that {Q} branding resonates with {A}.", "Campaigns built on {Q} imagery travel well to the diaspora {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Yuh ready fi Carnival? 20% off costumes’", "“Your Lynk wallet misses you”", "‘Crop Over sale: BDS$50 off’",
    "“Divali deals inside – light up your home”", "‘Independence weekend: free delivery island-wide’",
    "“Send money home for less this Christmas”", "'Last call for Sumfest passes'", "‘Your {M} order is waiting’",
    "“Happy Emancipendence! A gift for you”", "'Bun and cheese season is here'",
]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} performed well in split tests {P}.",
    "{B}'s reactivation email, {Q}, was opened by nearly a third of lapsed customers {P}.",
    "Testing {Q} against a plainer line showed the value of seasonal cues {P}.",
    "A subject line like {Q} creates urgency {P}, though overuse breeds fatigue.",
    "The bank's email headed {Q} had the best click rate of the quarter {P}.",
    "{N} showed that festival-themed lines such as {Q} lift opens among {A}.",
]  # fmt: skip

# Text with brackets, years, figures or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "caribbean-law-with-year": [
        "{B} rewrote its privacy notice to comply with the Data Protection Act, 2020 (Jamaica).",
        "The Data Protection Act, Chap. 22:04 (Trinidad and Tobago) is still only partly proclaimed.",
        "Under the Consumer Protection Act (Jamaica) 2005, shoppers may return faulty goods within a reasonable time.",
        "E-receipts are valid under the Electronic Transactions Act, 2006, so {B} stopped printing slips.",
    ],
    "law-section": [
        "Section 37 of the Fair Competition Act forbids misleading representations about price.",
        "Misleading claims breach s. 37(1)(a) of the Fair Competition Act, so {B} changed its wording.",
        "The Fair Trading Act, Chap. 81:13 (s. 6) covers loyalty-scheme terms as well as prices.",
    ],
    "regulator-acronym-year": [
        "The Fair Trading Commission (FTC) fined two retailers in {Y} over 'was/now' pricing.",
        "The Office of the Information Commissioner (OIC) began registering data controllers in 2023.",
        "The Bank of Jamaica (BOJ) held its policy rate at {q}.{d}% through {Y}.",
    ],
    "jmd-amount": [
        "A beef patty now costs J${jmd} at most outlets in Kingston ({Y} prices).",
        "The campaign budget is JMD {jmd},000 (roughly US${usd},000).",
        "Basket size rose to J$ {jmd} per visit (up {pct}%).",
    ],
    "ttd-amount": [
        "A doubles and a Carib cost about TT${ttd} at a fete ({Y} prices).",
        "The loyalty scheme costs TTD {ttd},000 a year to run (excluding VAT at 12.5%).",
    ],
    "bbd-xcd-amount": [
        "Crop Over costumes sell for BDS${bbd} to BBD {bbd}0 (US$1 = BDS$2).",
        "A data bundle in Castries costs EC${xcd} (XCD {xcd}.00, VAT inclusive).",
    ],
    "exchange-rate": [
        "All figures are converted at US$1 = J${fx} (Bank of Jamaica mid-rate, {d} March {Y}).",
        "The Trinidad dollar has been held near US$1 = TT$6.{d} since {Y}.",
    ],
    "independence-day": [
        "{B}'s biggest sale runs in the week before Independence Day (6 August).",
        "Trinidad and Tobago's Independence Day (31 August {Y}) fell on a weekend.",
        "Barbados became a republic on Independence Day (30 November 2021).",
    ],
    "emancipation-day": [
        "Emancipation Day (1 August) and Independence Day make early August Jamaica's 'Emancipendence' season.",
        "{B} closes its branches on Emancipation Day (1 August {Y}).",
    ],
    "carnival-jouvert": [
        "Sales peaked over Carnival Monday and Tuesday ({d} and {d} February {Y}).",
        "J'ouvert (4 a.m., Carnival Monday) is when {B}'s powder-proof phone cases sold out.",
        "Jamaica Carnival ({Y}) runs from Easter to the road march in New Kingston.",
    ],
    "crop-over": [
        "Crop Over ends with Grand Kadooment Day (the first Monday in August).",
        "{B}'s Foreday Morning Jam sponsorship ({Y}) reached most of its target audience.",
    ],
    "divali-phagwah": [
        "Divali ({d} November {Y}) is the second-busiest week of the year for {B}.",
        "Phagwah (Holi) celebrations in Chaguanas ({Y}) were sponsored by three banks.",
    ],
    "music-festival": [
        "{B} was a title sponsor of Reggae Sumfest {Y} in Montego Bay.",
        "Rebel Salute ({Y}) bans meat and alcohol, so {B} sampled its juices instead.",
        "Tickets for Sumfest's Dancehall Night (Friday, {d} July {Y}) sold out in two days.",
    ],
    "cricket-cpl": [
        "The CPL {cpl} final (Trinbago Knight Riders v Guyana Amazon Warriors) drew a record online audience.",
        "{B} paid for the boundary branding at Sabina Park (West Indies v England, {Y}).",
        "West Indies were bowled out for {n3} (day 3, Kensington Oval) as {B}'s advert played.",
    ],
    "artist-album-year": [
        "The advert's soundtrack samples {artist}'s {album} ({released}).",
        "{B}'s jingle borrows a riddim first heard on {artist}'s {album} ({released}).",
    ],
    "nickname-quotes": [
        "The brand ambassador, {nick}, appears in every spot.",
        "Signing {nick} gave {B} instant recognition in the diaspora.",
    ],
    "executive-not-author": [
        "{exec} told shareholders that digital sales had doubled.",
        "In his {Y} AGM address, {exec} promised a cashless future.",
    ],
    "founder-year": [
        "GraceKennedy (founded 1922) is older than Jamaica's independence.",
        "Tastee (est. 1966) and Juici Patties (est. 1980) still dominate the patty market.",
        "Wisynco (started in 1965 as a pharmacy) now distributes over 3,000 products.",
    ],
    "legal-form-year": [
        "LIAT (1974) Ltd went into administration in 2020, leaving islands without a regional carrier.",
        "Courts (Jamaica) Limited and Courts (Barbados) Ltd share one loyalty programme.",
        "The Jamaica Producers Group (JP) sold its banana farms in {Y}.",
    ],
    "stock-ticker": [
        "{B}'s share price ({ticker}) rose {pct}% in {Y}.",
        "Investors reacted quickly ({ticker}, closing price J${n} on {d} June {Y}).",
    ],
    "fiscal-year": [
        "Revenue grew {pct}% in FY{fy}/{Y2} (year ending 31 March).",
        "Results for the nine months (April–December {Y}) were published late.",
        "Profit fell in Q{q} {Y} (three months to 30 September).",
    ],
    "place-parish": [
        "The pilot ran in three stores ({parish}).",
        "Focus groups met in {parish} and in {diaspora} (London).",
    ],
    "diaspora-place": [
        "{B}'s UK flagship sits in {diaspora} (opened {Y}).",
        "Diaspora customers in {diaspora} buy mainly at Christmas and Easter (bun and cheese season).",
    ],
    "street-address": [
        "Digicel's head office (14 Ocean Boulevard, Kingston) is a landmark on the waterfront.",
        "The new branch (Lot {n}, Southern Main Road, Couva) opens in {Y}.",
    ],
    "phone-area-code": [
        "The WhatsApp line (876-{n3}-{n4}) answers orders around the clock.",
        "Customers in Trinidad call 1-868-{n3}-{n4} for support.",
        "Barbadian customers use a local number (246) {n3}-{n4}.",
    ],
    "flight-code": [
        "Caribbean Airlines' {flight} was the route promoted most heavily.",
        "Reviews of {flight} mention delays more than fares.",
    ],
    "rum-with-year": [
        "{rum} is positioned as a premium sipping rum.",
        "{B} stocks {rum} at duty-free prices in the departure lounge.",
        "Angostura 1919 and Mount Gay 1703 carry dates in their names, not their ages.",
    ],
    "mobile-plan": [
        "The {plan} plan (J${jmd} a month) bundles unlimited WhatsApp.",
        "Sign-ups to {plan} rose sharply after the price change ({Y}).",
    ],
    "campaign-slogan": [
        "Red Stripe's 'Hooray Beer' line ({Y}) is still quoted by customers.",
        "The \"Buy Jamaican, Build Jamaica\" drive ({Y}) gave local brands a lift.",
        "Digicel's 'Bigger. Better. Network.' slogan ran from {Y} to {Y2}.",
    ],
    "award-year": [
        "Sandals has won the World Travel Awards' Caribbean's Leading Hotel Brand (most recently {Y}).",
        "{B} was named Best Bank in Jamaica (Euromoney Awards for Excellence {Y}).",
        "The campaign took gold at the PAMA Awards ({Y}).",
    ],
    "radio-frequency": [
        "Spots ran on {station} during the morning drive.",
        "{B} bought the sponsorship of the news on {station} (6–9 a.m.).",
    ],
    "hurricane-year": [
        "Footfall collapsed after {hurricane}.",
        "{B}'s insurance claims doubled after {hurricane}, according to its own records.",
    ],
    "election-result": [
        "The JLP's 49–14 victory (3 September 2020) was followed by a wave of government advertising.",
        "After the general election (August {Y}), consumer confidence rose for two quarters.",
    ],
    "treaty-caricom": [
        "The Revised Treaty of Chaguaramas (2001) allows goods to move freely within CARICOM.",
        "The CSME (single market since 2006) has not yet removed every barrier to trade.",
    ],
    "tariff-code": [
        "Rum imported from outside CARICOM faces the Common External Tariff (CET) under HS 2208.",
        "The duty on snack foods (tariff heading 1905.90) rose to {q}0% in {Y}.",
    ],
    "survey-sample": [
        "Most respondents preferred mobile banking (n = {n}; {parish}).",
        "The questionnaire (n = {n}, Jamaica; n = {n3}, Trinidad) ran online for two weeks.",
    ],
    "figure-table-appendix": [
        "The results are shown in the chart (Figure {q}).", "Costs are set out in full (Appendix {q}, Table {q}).",
        "The segments are compared side by side (see Table {q}).",
    ],
    "percentage-change": [
        "Online orders grew strongly (+{pct}% year on year).", "Remittance inflows fell slightly (−{q}.{d}% in {Y}).",
    ],
    "interviewee": [
        "One Chaguanas shop owner (Interviewee 3, personal interview) said prices change weekly.",
        "A marketing manager in {parish} (Respondent B, 2 years in post) described the app as 'a game changer'.",
    ],
    "course-module": [
        "This assignment answers the CIM Level 7 brief (Module 2, June {Y} submission).",
        "The word count (3,000 ± 10%) excludes the reference list and appendices.",
    ],
    "patois-gloss": [
        "Older customers still say they will pay 'soon come' [eventually].",
        "The campaign's line 'Wi deh yah' [We are here] speaks to loyal customers.",
        "A 'bly' [a second chance] is what lapsed customers were offered.",
    ],
    "hashtag-handle": [
        "The hashtag #BuyJamaican trended for a week ({d} August {Y}).",
        "Wisynco's handle (@wisyncogroup) gained {n}k followers after the Carnival giveaway.",
    ],
    "time-zone": [
        "The live stream starts at 8 p.m. (EST, GMT−5) in Kingston and 9 p.m. (AST) in Port of Spain.",
        "Orders placed before noon (Jamaica time) are delivered the same day.",
    ],
    "product-size-abv": [
        "Red Stripe is sold in 275 ml bottles (4.7% ABV).",
        "Blue Mountain coffee is sold in 250 g and 1 lb packs (J${jmd} and US${usd}).",
    ],
    "rating-reviews": [
        "The app scores 4.{d} out of 5 (Google Play, {n} reviews).",
        "{B}'s resort averages 4.{d}/5 on TripAdvisor ({n} reviews in {Y}).",
    ],
    "university-year": [
        "The author graduated from UWI Mona (BSc Management Studies, {Y}).",
        "Classmates from the Arthur Lok Jack GSB (Executive MBA cohort {Y}) were surveyed.",
        "UTech, Jamaica (formerly CAST, renamed 1995) runs a popular marketing degree.",
    ],
    "covid-curfew": [
        "Stores closed early during the curfew (7 p.m. to 5 a.m., April {Y}).",
        "Online sales soared during the no-movement days (April–May 2020).",
    ],
    "tv-programme-season": [
        "{B} sponsors Digicel Rising Stars (season {q}, TVJ).",
        "The ads ran in the breaks of CNC3's Morning Brew ({Y} season).",
    ],
    "ranking-position": [
        "{B} is ranked number {q} in the region (by assets, {Y}).",
        "Jamaica sits near the top of the index (ranked {q}1st of 190).",
    ],
    "dates-local-format": [
        "The offer ran from {d}/{mm}/{Y} until the end of that month.",
        "The store reopened on {d}.{mm}.{Y} after a refit.",
    ],
    "licence-number": [
        "Lynk operates under a Bank of Jamaica payment service licence (no. {n}/{Y}).",
        "{B}'s TATT concession (ref. {n4}-{Y}) covers mobile and fixed broadband.",
    ],
}  # fmt: skip
