"""Frames, claims, brands and decoys of the hundred-and-sixty-fourth independent pool, "blind164" (HELD OUT).

Marketers in the English-speaking Caribbean (Trinidad and Tobago, Barbados, Jamaica, Guyana, the Bahamas, St Lucia)
and its diaspora (Toronto, New York, Miami, London, Birmingham) at banks and credit unions, telecoms, conglomerates
and retailers, rum, beer and bakery brands, airlines, tourism boards, media and agencies, writing CIM Level 6 and 7
reports and MBA assignments: "opined", "per" and "a study done by", "posits" and "as rightly pointed out", "{P:see}"
and "e.g." in the bracket, Carnival, J'ouvert, Crop Over, Divali, Phagwah, Eid, Emancipation and Independence in
the sentences, dollars as TT$, TTD, BDS$, BBD, J$, JMD, G$ and GYD, and decoys (Acts with their numbers and Chap.
and Cap. references, legal notices, founding years of rum houses and banks, rums named after years, hurricanes,
arrival days, lifespans of calypsonians, songs and Road Marches, tickers, phone numbers with area codes in brackets,
flights, exchange rates and VAT, elections and budgets, parishes and postcodes, Creole, Patois, Kwéyòl and
Bhojpuri glosses, titled people who are not authors, awards, radio stations, handles, USSD codes and more) that are
no citations. Written without reading the checker, its tests or any other pool. HELD OUT: never tune on it.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Republic Bank", "First Citizens", "CIBC Caribbean", "Scotiabank", "NCB", "JMMB", "Sagicor", "Digicel",
          "Flow", "bmobile", "GTT", "Massy Stores", "ANSA McAL", "Goddard Enterprises", "GraceKennedy", "PriceSmart",
          "Courts", "Angostura", "Carib Brewery", "Banks Beer", "Red Stripe", "Wray & Nephew", "Mount Gay",
          "Appleton Estate", "Bermudez", "Kiss Baking", "Caribbean Airlines", "interCaribbean", "Sandals",
          "Hi-Lo Food Stores", "JTA Supermarkets", "Pennywise", "Blue Waters", "Chief Brand Products", "Royal Castle",
          "Juici Patties", "Tastee", "Solo", "Ting", "Cave Shepherd", "Banks DIH", "El Dorado", "Sagicor Life",
          "TTPost", "Unit Trust Corporation", "Guardian Life"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, particularly among {A} in {city}.",
    "{N} contended that {C}; this is very relevant to {B}.", "{N} posits that {C}.",
    "{N} noted that {C}, a point echoed by marketers in {city}.", "{N} observed that {C} during {fest}.",
    "{N} established that {C}.", "{N} concluded that {C}, although the study was limited to {isle}.",
    "{N} asserted that {C}.", "{N} reported that {C} in the {isle} market.", "{N} cautioned that {C}.",
    "{N} emphasised that {C}.", "{N} discovered that {C}, which may explain the strategy of {B}.",
    "{N} opined that {C}.", "{N} theorised that {C}.", "{N} also indicated that {C}.",
    "{N} pointed out that {C}, especially for {A}.", "{N} highlighted that {C} in small island markets.",
    "{N} went on to argue that {C} and that {C2}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "As posited by {N}, {C}.", "{O}, {N} argued that {C}.",
    "In the Caribbean context, {N} found that {C}.", "This is consistent with {N}, who found that {C}.",
    "{C}, as noted by {N}.", "A study done by {N} revealed that {C}.",
    "Research conducted by {N} in {isle} showed that {C}.", "{B} can take a page from {N}, who argued that {C}.",
    "Similarly, {N} stated that {C}.", "In a study of {A} in {city}, {N} found that {C}.",
    "This view is shared by {N}, who noted that {C}.", "It was further noted by {N} that {C}.",
    "As {N} rightly pointed out, {C}.", "Building on the work of {N}, this report argues that {C}.",
    "{C}, a finding that {N} also reported for {isle}.", "Per {N}, {C}.",
    "Drawing on {N}, it can be argued that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} showed that {C}.", "{N} model shows that {C}.",
    "{O}, {N} findings suggest that {C}.", "{N} research in {isle} found that {C}.",
    "{N} framework is useful here because {C}.", "Applying {N} model to {B}, it is clear that {C}.",
    "{N} survey indicated that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "It has been found that {C} {P}.",
    "In {isle}, {C} {P}.", "{C}, particularly during {fest} {P}.", "{C} (for example, {B}) {P}.",
    "Studies show that {C} {P:see}.", "{C} {P:e.g.}.", "{C} {P:cf.}.",
    "Evidence from the region suggests that {C} {P}.", "{B} is a good example of this, since {C} {P}.",
    "{C}, which is true of {A} in {dcity} as well {P}.", "This matters because {C} {P}.",
    "Caribbean marketers generally accept that {C} {P}.", "{C} in the local market {P}.",
    "Literature suggests {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, whereas {C2}.", "While {C} {P}, {C2}.",
    "{C} {P}, which suggests that {C2}.", "{C} {P} but {C2}.", "Although {C} {P}, it is also true that {C2}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "customers in {isle} switch banks only after a serious service failure",
    "credit union members are more loyal than commercial bank customers",
    "Carnival sponsorship lifts brand recall for local beer brands",
    "diaspora customers trust brands they grew up with at home",
    "WhatsApp is the main sales channel for small firms in {city}",
    "price matters more than brand for {A} during a forex shortage", "{T} raises {R} among {A}",
    "{B} could use {T} to reach {A} in {dcity}",
    "Indo-Caribbean families plan large purchases around Divali",
    "local rum brands gain from country-of-origin effects abroad",
    "mobile data prices drive switching between the two networks",
    "all-inclusive resorts depend heavily on repeat guests from North America",
    "buy-local campaigns work best when price gaps are small",
    "hurricane season changes how households stock up on groceries",
    "Boxing Day sales bring forward purchases that would otherwise happen in January",
    "word of mouth travels quickly in small island markets",
    "young consumers in {isle} are more open to cashless payments",
    "festival tourism spreads spending to small vendors", "{B} has built strong emotional ties with {A}",
    "supermarket loyalty cards mostly reward customers who would shop there anyway",
    "soca artists reach more young buyers than paid advertising does",
    "service quality is the main driver of satisfaction in Caribbean retail banking",
    "radio remains a powerful channel outside the capital",
    "remittances fund a large share of household spending in {isle}",
    "{A} expect brands to take part in national celebrations",
    "consumer ethnocentrism is weaker among young urban shoppers",
    "airline reliability shapes the image of the whole destination",
    "brand heritage matters more to older consumers", "small firms rarely measure {R}",
    "{T} works well for firms with a loyal local following",
]  # fmt: skip
OPENERS = ["However", "In the Caribbean context", "For {B}", "Moreover", "Furthermore", "In Trinidad and Tobago",
           "Locally", "In contrast", "Similarly", "In a small island market", "During the pandemic",
           "In the case of {B}", "Post-COVID", "Against this background", "Nevertheless", "In {isle}"]  # fmt: skip
PLAIN = [
    "{B} operates in {isle} and serves customers in {dcity} through its website.",
    "The campaign ran across radio, Instagram and in-store displays in {city}.",
    "This section applies the extended marketing mix to {B}.", "{O}, {C}.",
    "The author works in the marketing department of {B} in {city}.",
    "A SWOT analysis of {B} is given in the appendix.", "The proposed budget for the campaign is TT${n},000.",
    "{B} must also think about customers in the diaspora.", "Table 1 summarises the segments {B} could target.",
    "Stakeholders include the board, staff, suppliers and the wider community.",
    "The recommendations that follow are set out in order of priority.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Caribbean scholar put it, {Q} {P}.", "{N} put it plainly: {Q}.", "In the words of {N}, {Q}.",
    "{O}, {Q} {P}.", "It has been argued that {Q} {P}.", "{Q} {P}, which holds true for {B}.", "{N} stated that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘buy local’", "‘Trini time’", "‘liming’", "‘bacchanal’", "‘mas’", "‘yaad vibes’", "‘sweet hand’",
                "‘bess deals’", "“ah we ting”", "“wukking up”", "'island time'", "\"soft sell\""]  # fmt: skip
SCARE_FRAMES = [
    "Marketers call this {Q} marketing {P}.", "{B} built its campaign around {Q} {P}.",
    "The idea of {Q} appeals to young consumers {P}.", "{N} described the trend as {Q}.",
    "So-called {Q} remains common in the region {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Yuh cyah miss this: 30% off Carnival costumes’", "“Your Divali hamper is waiting”",
    "‘Last chance: Boxing Day deals end tonight’", "“Happy Emancipation Day from all of us at {B}”",
    "‘Crop Over cooler bundles, now BDS$199’", "‘Wuk up yuh points: double rewards this weekend’",
    "“Eid Mubarak: 20% off sweets”", "‘Bless up! Your J$500 voucher inside’",
    "\"Phagwah sale: colours, abeer and more\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The email headed {Q} had the best open rate of the quarter {P}.", "{B} sent {Q} to lapsed members {P}.",
    "A push notification reading {Q} lifted app logins {P}.", "Subject lines like {Q} create urgency {P}.",
]  # fmt: skip

_CITIES = ["Port of Spain", "San Fernando", "Chaguanas", "Arima", "Bridgetown", "Kingston", "Montego Bay",
           "Georgetown", "Nassau", "Castries", "Scarborough", "Spanish Town", "Linden", "Vieux Fort"]  # fmt: skip
_DIASPORA = ["Toronto", "Brooklyn", "Miami", "London", "Birmingham", "Scarborough, Ontario", "Fort Lauderdale",
             "Queens", "Brixton", "Mississauga"]  # fmt: skip
_ISLES = ["Trinidad and Tobago", "Barbados", "Jamaica", "Guyana", "the Bahamas", "St Lucia", "T&T", "Tobago"]
_FESTS = ["Carnival", "J'ouvert", "Crop Over", "Divali", "Phagwah", "Eid-ul-Fitr", "Emancipation Day", "Hosay",
          "Jounen Kwéyòl", "Junkanoo", "Mashramani", "Independence weekend", "the Christmas season", "Boxing Day"]  # fmt: skip
_TITLES = ["Hon.", "Dr.", "Sen.", "Rev.", "Pundit", "Imam", "Dr. the Hon.", "Sen. the Hon.", "Mr.", "Mrs.", "Ms"]
_GIVEN = ["Kamla", "Anand", "Keith", "Marcia", "Rohan", "Nigel", "Shamfa", "Colm", "Dwight", "Paula", "Vasant",
          "Hazel", "Terrence", "Indar", "Gillian", "Fitzgerald"]  # fmt: skip
_FAMILY = ["Ramsaran", "Baptiste-Joseph", "Cumberbatch", "Mohammed", "Lee Lum", "Sabga", "Hadeed", "Clarke",
           "Persad", "Mc Kenzie", "Fung-Kee-Fung", "St. Rose", "Boodoo", "Greenidge", "Aboud", "Holder"]  # fmt: skip
_LAWS = ["the Data Protection Act, 2011", "the Data Protection Act, 2020 (Jamaica)", "the Data Protection Act, 2019 of Barbados",
         "the Cybercrimes Act, 2015", "Guyana's Data Protection Act 2023", "the Electronic Transactions Act, 2011",
         "the Consumer Protection Act, 2005", "the Tobacco Control Act, 2009"]  # fmt: skip
_PRODUCTS = ["Angostura 1919", "Angostura 1824", "Appleton Estate 12 Year Old", "Mount Gay Eclipse",
             "Mount Gay 1703 Master Select", "Wray & Nephew White Overproof", "Carib Lager", "Stag", "Banks Beer",
             "Red Stripe Sorrel Shandy", "El Dorado 15 Year Old", "Kiss Cakes", "Bermudez Crix", "Solo Kola Champagne",
             "Ting Pink", "Chubby", "Busta", "Smirnoff Caribbean"]  # fmt: skip
_TICKERS = ["TTSE: MASSY", "TTSE: RFHL", "TTSE: FIRST", "TTSE: AHL", "TTSE: AMCL", "JSE: NCBFG", "JSE: JMMBGL",
            "JSE: GK", "JSE: WISYNCO", "BSE: GEL", "TSX: SFC", "NASDAQ: PSMT"]  # fmt: skip
_RADIO = ["Power 102.1 FM", "Hott 93.5", "Red 96.7", "Irie FM", "ZIP 103 FM", "Slam 100.5", "Mix 96.1",
          "Radio Jaagriti 102.7", "Masala Radio 101.1", "Voice of Barbados 92.9 FM"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


def _money(rng: random.Random, marks: tuple[str, ...]) -> str:
    mark = rng.choice(marks)
    amount = rng.choice([f"{rng.randint(1, 950)} million", f"{rng.randint(1, 9)}.{rng.randint(1, 9)} billion",
                         f"{rng.randint(1, 99)}.{rng.randint(1, 9)}m", f"{rng.randint(2, 900)},000",
                         f"{rng.randint(1, 99)}bn"])  # fmt: skip
    return f"{mark} {amount}" if mark.isalpha() else f"{mark}{amount}"


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "TT": _money(rng, ("TT$", "TTD", "TT$")), "JM": _money(rng, ("J$", "JMD", "J$")),
        "BB": _money(rng, ("BDS$", "BBD", "Bds$")), "GY": _money(rng, ("G$", "GYD")),
        "pct": f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%", "city": rng.choice(_CITIES),
        "dcity": rng.choice(_DIASPORA), "isle": rng.choice(_ISLES), "fest": rng.choice(_FESTS),
        "hon": f"{rng.choice(_TITLES)} {rng.choice(_GIVEN)} {rng.choice(_FAMILY)}", "law": rng.choice(_LAWS),
        "prod": rng.choice(_PRODUCTS), "ticker": rng.choice(_TICKERS), "radio": rng.choice(_RADIO),
        "month": rng.choice(_MONTHS), "num": str(rng.randint(1000, 9999)),
    }  # fmt: skip


# Text that looks like a citation but is none.
NOT_CITATIONS: dict[str, list[str]] = {
    "caribbean-act-number": ["Compliance with the Data Protection Act, 2011 (Act No. 13 of 2011) is still only partly proclaimed.",
                             "{B} updated its privacy notice when the Data Protection Act 2023 (Act No. 18 of 2023) was passed in Guyana."],
    "chap-number": ["Labelling is governed by the Consumer Protection and Safety Act, Chap. 82:34.",
                    "Promotions must respect the Fair Competition Act, Cap. 326C, in Barbados.",
                    "The Telecommunications Act, Chap. 47:31, gives TATT its powers over pricing."],
    "law-with-year": ["{B} must comply with {law} before the campaign goes live.",
                      "Consent under {law} must be freely given, specific and informed."],
    "jamaican-law": ["The Data Protection Act, 2020 (Jamaica) came fully into force on 1 December 2023.",
                     "Spirits labels in Jamaica must follow the Standards Act, 1969 and its regulations."],
    "legal-notice": ["Legal Notice No. {n} of {Y} set the new excise duty on spirits.",
                     "The tax change was gazetted as L.N. {n}/{Y} and took effect from 1 {month}."],
    "ttd-amount": ["Profit after tax reached {TT} in the {Y} financial year.",
                   "The Carnival sponsorship cost {TT} ({Y} figures) but reached almost every adult."],
    "jmd-amount": ["Net profit of {JM} was reported for the year ended 30 September {Y}.",
                   "The loyalty programme cost {JM} to run ({Y} budget)."],
    "bbd-amount": ["Crop Over is said to be worth {BB} to the island ({Y} estimate).",
                   "Room revenue rose to {BB} in the winter season of {Y}."],
    "gyd-amount": ["Retail sales in Georgetown passed {GY} in {Y}.",
                   "The brand spent {GY} on its Mashramani float ({Y})."],
    "exchange-rate": ["All figures are converted at the official rate (US$1 = TT$6.78).",
                      "Prices rose as the dollar slid (US$1 = J$155 in {month} {Y}).",
                      "The Barbados dollar has been pegged at BDS$2 = US$1 since 1975."],
    "vat-rate": ["VAT (12.5%) is charged on most goods in Trinidad and Tobago.",
                 "Jamaica's GCT (15%) applies to data bundles as well.",
                 "Barbados charges VAT at 17.5% on most goods and services."],
    "repo-rate": ["The Central Bank held its repo rate at 3.50 per cent ({month} {Y}).",
                  "Policy rates stayed low (BOJ policy rate: 7.0%) for most of the period."],
    "carnival-year": ["Sales peaked during Carnival {Y} (Carnival Tuesday fell on {d} February).",
                      "The brand's J'ouvert activation ({Y}) drew long queues in Port of Spain."],
    "crop-over": ["The Grand Kadooment activation ({Y}) was the brand's largest of the year.",
                  "Foreday Morning (Crop Over {Y}) is now sponsored by several banks."],
    "divali-date": ["The store ran its Divali promotion (Divali {Y}) for three weeks.",
                    "Divali Nagar ({Y}) in Chaguanas attracted more than {n},000 visitors."],
    "phagwah-eid": ["Phagwah ({Y}) in the Aranguez Savannah drew families from across the country.",
                    "Eid-ul-Fitr ({month} {Y}) is a public holiday in Trinidad and Tobago and Guyana."],
    "emancipation-independence": ["Trinidad and Tobago became independent on 31 August 1962.",
                                  "Jamaica 60 (1962–2022) gave brands a year of patriotic themes.",
                                  "Barbados became a parliamentary republic (30 November 2021)."],
    "arrival-day": ["Indian Arrival Day (30 May 1845) is marked with a public holiday.",
                    "Chinese Arrival Day (12 October 1806) is now celebrated in Trinidad."],
    "boxing-day-sale": ["Courts' Boxing Day sale (26 December {Y}) opened at 6 a.m.",
                        "Queues formed on Boxing Day ({Y}) outside the Trincity Mall."],
    "founding-year": ["Angostura (est. 1824) remains one of the best-known Trinidadian brands.",
                      "Mount Gay (founded 1703) claims to be the oldest rum brand in the world.",
                      "J. Wray & Nephew (1825) built its name on white overproof rum."],
    "product-year": ["{prod} was the brand's lead product for the diaspora market.",
                     "Angostura 1919 and Angostura 1824 are both premium aged rums.",
                     "The Mount Gay 1703 range is aimed at collectors."],
    "former-name": ["Massy Holdings Ltd. (formerly Neal & Massy Holdings Limited) changed its name in 2014.",
                    "LIAT (1974) Ltd went into administration in 2020.",
                    "Market Facts & Opinions (2000) Limited runs omnibus surveys in Trinidad."],
    "hurricane": ["Hurricane Beryl (July 2024) destroyed much of Carriacou and Union Island.",
                  "Hurricane Dorian (2019) shut Grand Bahama's tourism for months.",
                  "Hurricane Ivan (2004) is still remembered in Grenada and Jamaica."],
    "lifespan": ["Lord Kitchener (1922–2000) took calypso to London on the Empire Windrush.",
                 "The Mighty Shadow (1941–2018) won the Road March twice.",
                 "Sir Arthur Lewis (1915–1991) was born in St Lucia."],
    "song-year": ["Machel Montano's 'Like Ah Boss' (2016) was used in a telecoms advert.",
                  "Rupee's 'Tempted to Touch' (2002) was a hit in the diaspora.",
                  "The Road March (Carnival {Y}) was played more than five hundred times."],
    "person-with-title": ["{hon} launched the campaign at the Hyatt Regency in Port of Spain.",
                          "The budget was presented by {hon} on {d} October {Y}."],
    "religious-leader": ["Pundit Ramesh Persad blessed the opening of the new branch in {city}.",
                         "Imam Shaheed Mohammed spoke at the Eid breakfast hosted by the bank.",
                         "Rev. Dr. Lennox Greenidge led the Emancipation service."],
    "executive-role": ["Norman Sabga (ANSA McAL chairman) announced the rebrand.",
                       "Gervase Warner (Massy Group President and CEO) spoke at the AGM in {Y}."],
    "ticker": ["Shares ({ticker}) rose {pct} after the results were announced.",
               "The stock ({ticker}) closed the year {pct} higher."],
    "phone-number": ["Customers can order on WhatsApp at (868) 62{q}-{num}.",
                     "The hotline (876) 92{q}-{num} is open until 8 p.m.",
                     "Call 1-246-4{q}{q}-{num} for Crop Over packages."],
    "ussd-code": ["Customers can top up by dialling *120*{num}#.", "The mobile money menu is on *{q}{q}{q}# for all phones."],
    "flight-code": ["Caribbean Airlines flight BW 414 (POS–JFK) is the busiest diaspora route.",
                    "interCaribbean added a BGI–SLU service in {Y}."],
    "airport-code": ["The airline flies from Piarco (POS) and Norman Manley (KIN) to Toronto (YYZ).",
                     "Most visitors to Barbados arrive through Grantley Adams (BGI)."],
    "census": ["The 2011 Population and Housing Census counted about 1.3 million people in Trinidad and Tobago.",
               "Jamaica's census, delayed from 2021, was still running in {Y}."],
    "budget-year": ["The Budget for fiscal {Y} raised the excise tax on alcohol.",
                    "The {Y} fiscal year (1 October to 30 September) was hard for importers."],
    "election": ["The general election ({d} {month} {Y}) dampened advertising spend for a month.",
                 "Spending slowed before the 2020 general election in Trinidad and Tobago."],
    "uwi-campus": ["UWI St. Augustine (est. 1960) trains many of the region's marketers.",
                   "The Mona campus (founded 1948) is the oldest of the UWI campuses.",
                   "The Cave Hill campus (1963) runs an MBA with Lok Jack."],
    "course-code": ["The module MKTG 6001 (UWI St. Augustine) covers services marketing.",
                    "This assignment was set for MGMT 3031 in semester {q}."],
    "cxc-exam": ["Most respondents had passed CSEC Principles of Business (June {Y}).",
                 "CAPE Unit 2 Management of Business ({Y}) has a marketing module."],
    "award": ["The campaign won the Prime Minister's Exporter of the Year award ({Y}).",
              "{B} took gold at the Caribbean Advertising Federation's Crystal Awards ({Y})."],
    "agency": ["McCann Caribbean (Port of Spain) handled the launch.",
               "Lonsdale Saatchi & Saatchi (est. 1969) designed the Carnival campaign."],
    "radio-tv": ["The jingle was played on {radio} every morning.",
                 "The product was launched on TVJ's Smile Jamaica (6:30 a.m.) in {month} {Y}."],
    "handle": ["The brand posts as @caribbeer on Instagram.", "Follow @digiceljamaica for the latest deals."],
    "hashtag": ["The #CropOver{Y} hashtag trended for a week.", "Customers shared photos with #TriniToDeBone."],
    "slogan": ["Digicel's slogan 'Be Extraordinary' was dropped in {Y}.",
               "Carib's 'Proud to be Trini' line ran for several years."],
    "campaign-year": ["The 'Buy Local' campaign ({Y}) asked shoppers to choose local goods.",
                      "The 'Tobago Love' campaign ({Y}–{Y2}) targeted domestic tourists."],
    "creole-gloss": ["What Trinidadians call 'liming' (relaxing with friends) is central to the brand.",
                     "After Carnival many feel 'tabanca' (lovesickness), which brands play on.",
                     "Jamaicans call home 'yaad' (yard)."],
    "bhojpuri-gloss": ["Stores sell 'deyas' (clay lamps) and 'mithai' (sweets) before Divali.",
                       "Families hang 'jhandi' (prayer flags) for a 'puja' (prayer)."],
    "kweyol-gloss": ["Jounen Kwéyòl (Creole Day, the last Sunday of October) is big in St Lucia.",
                     "The brand used the phrase 'Sa ou fè?' (how are you?) in its St Lucia posts."],
    "parish-postcode": ["The branch is in Christ Church (BB17000), near the south coast.",
                        "The store opened in Half Way Tree (Kingston 10) in {Y}.",
                        "The office is at #{n} Frederick Street, Port of Spain."],
    "diaspora-event": ["Caribana (now the Toronto Caribbean Carnival, since 1967) is a key diaspora event.",
                       "The West Indian Day Parade (Labor Day) on Eastern Parkway draws two million people.",
                       "Notting Hill Carnival (August bank holiday) is where many UK buyers first meet the brand."],
    "windrush": ["The Windrush generation (1948–1971) shaped Caribbean food retail in Birmingham.",
                 "Windrush Day (22 June) is marked by brands in the UK."],
    "cricket": ["The Trinbago Knight Riders (TKR) won the CPL in {Y}.",
                "The CPL final (Providence Stadium, {Y}) was sponsored by a telecoms firm."],
    "play-whe": ["Play Whe (since 1994) is run by the National Lotteries Control Board.",
                 "The Lotto Plus jackpot reached {TT} in {month} {Y}."],
    "survey-sample": ["Most respondents were women (n = {n}).", "A short survey was sent to members (n = {n}, {month} {Y})."],
    "figure-table": ["The segments are shown below (Figure {q}).", "The costs are set out in Appendix {q} (Table {q}.{q})."],
    "respondent-code": ["One manager (Respondent {q}, female, 41) said the bank had 'lost the personal touch'.",
                        "A credit union officer (Interviewee {q}) described members as 'family'."],
    "cohort": ["The MBA cohort (Lok Jack, Intake {Y}) ran the survey.", "The CIM class of {Y} in Bridgetown visited the brewery."],
    "time-zone": ["The webinar starts at 7 p.m. (AST, UTC−4).", "Live streams go out at 8 p.m. Eastern (9 p.m. in Barbados)."],
    "company-registration": ["The credit union is registered under No. {n} with the Commissioner for Co-operative Development.",
                             "The firm was incorporated as a private company (Reg. No. C{num} of {Y})."],
    "percentage-year": ["Mobile penetration passed 140 per cent ({Y}).", "Smartphone use grew to {pct} ({Y} survey)."],
    "covid-period": ["The state of emergency (May–November 2021) closed bars and restaurants.",
                     "Malls shut during the 'stay at home' period (March–May 2020)."],
}  # fmt: skip
