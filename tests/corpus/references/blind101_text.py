"""Prose for the hundred-and-first held-out pool, "blind101": sentence frames, claims, brands and text that looks like a
citation but is not, as marketers in Alaska, Hawaiʻi and the Pacific Northwest write them in CIM reports.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a hundred-and-first
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand,
destination, CRM, digital, community-relations and communications marketers at Alaska Native regional and village
corporations, seafood processors, airlines, cruise and tour operators, hotel and resort groups, health systems,
utilities, credit unions and banks, grocers and agencies in Anchorage, Juneau, Fairbanks, Ketchikan, Sitka, Honolulu,
Hilo, Kahului, Kailua-Kona, Līhuʻe, Seattle, Tacoma, Spokane and Portland write: statutes with their sections and
years, session laws and bills, festivals and state holidays with their dates, flight numbers, airport codes, tickers,
area codes, ship and hotel names with their years, films and television series with theirs, Hawaiian, Yupʼik,
Iñupiaq and Tlingit words glossed in brackets, senators with their party and state, dollar figures, fiscal years,
salmon runs and visitor counts, and the models a CIM course names after their authors.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{O}`` an
opener, ``{B}`` a brand; the placeholders ``values`` fills are this pool's own.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, a point that matters for {B}.",
    "{N} reports that {C}.",
    "{N} shows that {C}, which is why {B} is rethinking its {chan} plan.",
    "{N} observed that {C} in visitor markets like {hi}.",
    "{N} makes the case that {C}.",
    "{N} concluded that {C}; the same pattern shows up in {ak}.",
    "{N} suggests that {C}, although the sample was small.",
    "{N} is clear that {C}.",
    "{N} noted that {C}, particularly among {A}.",
    "{N} found, in a survey of {A} in {pnw}, that {C}.",
    "{N} goes further, arguing that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O}, {N} found that {C}.",
    "As {N} points out, {C}.",
    "{O}, and as {N} notes, {C}.",
    "This matters because, according to {N}, {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Our own shareholder research agrees with {N}, who found that {C}.",
    "Building on the work of {N}, this report assumes that {C}.",
    "In the {hi} visitor market, {N} found that {C}.",
    "{O}, the evidence from {N} is that {C}.",
    "The CRM team at {B} has taken on board what {N} says: {C}.",
    "Like {N}, I would argue that {C}.",
    "It is worth noting that {N} reached a similar view: {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {A} in {ak} found that {C}.",
    "{N} survey suggests that {C}.",
    "{N} analysis of {hi} visitor data shows that {C}.",
    "According to {N} research, {C}.",
    "{N} framework is useful here because {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} work on Indigenous-owned brands shows that {C}.",
    "{N} review of {chan} campaigns concludes that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research in {hi} suggests {C} {P}.",
    "For {B}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Among {A}, {C} {P}.",
    "{C}, especially in {ak} {P}.",
    "Evidence from {pnw} shows {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{O}, it appears that {C} {P}.",
    "Put simply, {C} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} has moved budget into {chan}.",
    "{C} {P}, and {B} is no exception.",
    "Because {C} {P}, the campaign for {hi} should lead with community.",
    "{O}, {C} {P}, so {B} should test this with {A}.",
    "While {C} {P}, the {ak} market behaves differently.",
    "{C} {P}; however, {C2}.",
    "Given that {C} {P}, {B} needs a clearer value proposition.",
    "{C} {P}, a finding that holds for {A} as well.",
    "If {C} {P}, then {B}'s loyalty scheme needs a rethink.",
    "{C} {P:see also}, though not everyone agrees.",
]  # fmt: skip

CLAIMS = [
    "visitors who feel welcomed by local communities spend more and stay longer",
    "regenerative tourism messaging lifts intent to visit among repeat visitors",
    "shareholders of Alaska Native corporations respond best to stories that feature Elders and youth together",
    "wild salmon provenance justifies a price premium in Lower 48 grocery stores",
    "loyalty programme members book direct more often than non-members",
    "trust in a health system rises when its advertising shows its own staff",
    "rural customers judge a utility more on outage communication than on price",
    "credit union members value local decision-making over app features",
    "cruise passengers who take a Native-led shore excursion rate the port far higher",
    "mass-market destination advertising can crowd out the residents it depends on",
    "short-form video now drives most trip inspiration for travellers under 35",
    "Japanese visitors still rely heavily on travel agents and group packages",
    "seafood buyers trust certification labels more than brand names",
    "grocery shoppers in island economies are unusually sensitive to shipping costs",
    "employer branding is the main constraint on growth in remote communities",
    "community benefit reporting improves brand reputation when it is specific",
    "personalised email outperforms generic newsletters for inter-island fares",
    "winter-visitor campaigns work best when they sell the aurora as a once-in-a-lifetime experience",
    "cultural authenticity is judged by locals before visitors",
    "place attachment predicts residents' support for tourism growth",
    "visitor dispersal reduces pressure on the most crowded sites",
    "brand trust recovers slowly after a crisis if the response is seen as corporate",
    "local-language words in advertising build goodwill only when they are used correctly",
    "sustainability claims without evidence damage credibility with younger travellers",
    "price perception is shaped more by a few staple items than by the whole basket",
    "telehealth adoption depends on broadband quality more than on patient attitudes",
    "co-op members are more forgiving of price rises than ordinary customers",
    "user-generated content is trusted more than destination advertising",
    "the visitor economy in {hi} is exposed to airline capacity decisions made elsewhere",
    "{A} are more likely to choose {B} when its {chan} content shows real places and people",
]  # fmt: skip

OPENERS = [
    "In Alaska",
    "In Hawaiʻi",
    "Across the Pacific Northwest",
    "For a Native-owned brand",
    "After the Lahaina fires",
    "Since the pandemic",
    "In island economies",
    "For seafood processors",
    "In the cruise sector",
    "From a CRM point of view",
    "In rural Alaska",
    "For a regional airline",
    "In the Seattle and Portland markets",
    "For a member-owned business",
    "On Oʻahu in particular",
]  # fmt: skip

PLAIN = [
    "The rest of this section applies these ideas to {B}.",
    "This matters for the next stage of the plan.",
    "{B} has not yet published targets for this.",
    "The table below summarises the options.",
    "The recommendations follow in Task 2.",
    "Each of these points is developed further below.",
    "Our shareholders and our guests do not always want the same thing.",
    "This is a real tension for a destination marketer.",
    "The budget for the coming year is fixed, so trade-offs are unavoidable.",
    "The next paragraphs look at the customer journey in more detail.",
    "I have worked on this account for three years, and the pattern is familiar.",
    "The same logic applies to the winter campaign.",
    "None of this is new to the team in {ak}.",
    "A phased approach is proposed.",
    "The key audience remains {A}.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} puts it plainly: {Q}.",
    "As {N} writes, {Q}.",
    "{Q} {P}.",
    "One study concludes that {Q} {P}.",
    "The point is made well by {N}: {Q}.",
    "{B}'s brief should start from this: {Q} {P}.",
    "In the words of {N}, {Q}.",
    "It has been argued that {Q} {P}, and the evidence from {hi} agrees.",
]  # fmt: skip

SCARE_QUOTES = [
    "“authentic”",
    "“world-class”",
    "“unspoiled”",
    '"hidden gem"',
    "“aloha spirit”",
    '"the Last Frontier"',
    "“sustainable”",
    "‘local’",
    '"bucket-list"',
    "“true Alaska”",
    "“paradise”",
    '"community-first"',
]  # fmt: skip

SCARE_FRAMES = [
    "{B} still calls its product {Q} in most of its advertising, a habit {P} warns against.",
    "Words like {Q} have lost their meaning for many travellers {P}.",
    "{N} questions whether {Q} means anything to residents.",
    "The label {Q} appears on nearly every page of the {hi} brochure {P}.",
    "Calling a place {Q} can do harm, as {N} shows.",
    "Our agency used the word {Q} sparingly after reading {N}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Your Bristol Bay sockeye is ready to ship”",
    "“Aloha! Your Mileage Plan miles are waiting”",
    '"Last chance: winter aurora packages from $899"',
    "“Mahalo for being a member”",
    '"Fur Rondy deals inside"',
    "“Your outage update for Eagle River”",
    '"Book your Golden Week stay now"',
    "“Your annual shareholder meeting proxy is here”",
    "“New: Alaska-grown produce at your local store”",
    '"Only 3 cabins left on the Inside Passage"',
]  # fmt: skip

SUBJECT_FRAMES = [
    "The subject line {Q} had the highest open rate of the test, in line with {P}.",
    "{B} tested {Q} against a plain version; as {N} would predict, the personal one won.",
    "An email headed {Q} shows the urgency tactic {P} describes.",
    "Following {N}, the team rewrote the subject line as {Q}.",
    "The winning subject line, {Q}, used the member's name in the preheader {P}.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing, as these writers put it in reports.
NOT_CITATIONS = {
    "ancsa": [
        "{corp} was created under the Alaska Native Claims Settlement Act of 1971 (ANCSA), which set up 13 regional corporations.",
        "Because ANCSA (1971) made shareholders of Alaska Natives born before 18 December 1971, {corp} now also enrols descendants.",
        "Under ANCSA section 7(i), the regional corporations share 70% of their timber and subsurface revenues.",
    ],
    "us-code": [
        "The settlement is codified at 43 U.S.C. § 1601 et seq., and later amendments (1987) let corporations issue new stock.",
        "Cabotage is governed by 46 U.S.C. § 55102, the section shippers simply call the Jones Act.",
    ],
    "jones-act": [
        "The Jones Act (Merchant Marine Act of 1920) means every container Matson carries to Honolulu sails on a U.S.-built ship.",
        "Island retailers blame part of their freight costs on the Merchant Marine Act of 1920 (the Jones Act).",
    ],
    "hawaii-statute": [
        "Under HRS § 487N-2, {B} must tell affected customers of a data breach without unreasonable delay.",
        "Hawaii Revised Statutes chapter 481B (Unfair and Deceptive Practices) covers the way {B} advertises its resort fees.",
        "HRS § 237D (Transient Accommodations Tax) is why the room rate on the website and the folio differ.",
    ],
    "alaska-statute": [
        "Alaska's consumer protection law (AS 45.50.471) lists 57 practices that count as unfair or deceptive.",
        "The Personal Information Protection Act (AS 45.48) applies to {B}'s member database as well.",
    ],
    "session-law": [
        "Act 96, Session Laws of Hawaii 2018, set out the state's renewable energy obligations that Hawaiian Electric cites in every bill insert.",
        "Act 1 (SLH 2024) paid for part of the Maui recovery marketing, through the HTA budget.",
        "The legislature's Act 3 of {Y} changed how the Transient Accommodations Tax is split with the counties.",
    ],
    "privacy-acts": [
        "Washington's My Health My Data Act (2023) forces {B} to get separate consent before it shares health-related data.",
        "The Oregon Consumer Privacy Act (SB 619, 2023) came into force on 1 July 2024 for most companies.",
        "Our Portland stores now fall under the Oregon Consumer Privacy Act (ORS 646A.570 to 646A.589).",
    ],
    "bill-number": [
        "HB 1155 passed the Washington House in March 2023 and became the My Health My Data Act.",
        "SB 2 in the Hawaii Senate proposed raising the visitor green fee in {Y2}.",
        "Oregon's SB 619 (2023) was amended by HB 2052 to cover data brokers.",
    ],
    "state-holiday": [
        "Alaska Day (18 October) marks the transfer of Alaska from Russia to the United States in 1867.",
        "Lei Day (1 May) is the busiest day of the year for our florist partners on Oʻahu.",
        "King Kamehameha Day (11 June) is a state holiday, so the branch campaign starts on 12 June.",
        "Prince Kūhiō Day (26 March) falls during spring break this year, which {B} plans around.",
        "Seward's Day (last Monday in March) is an Alaska state holiday, and branch hours change.",
    ],
    "festival": [
        "Fur Rendezvous (Fur Rondy) runs for ten days from late February in downtown Anchorage.",
        "Merrie Monarch Festival (Hilo, April {Y}) fills every room on the Big Island for a week.",
        "Celebration (Juneau, June {Y}) is Sealaska Heritage Institute's biennial festival of Tlingit, Haida and Tsimshian culture.",
        "Aloha Festivals (September) are the state's longest-running cultural celebration.",
    ],
    "iditarod": [
        "The Iditarod ceremonial start is in Anchorage on the first Saturday of March, with the restart in Willow (Sunday).",
        "The {Y} Iditarod winner reached Nome (about 1,000 miles) in just over nine days.",
    ],
    "calendar-season": [
        "Golden Week (29 April to 5 May) remains the most important period for Japanese arrivals at HNL.",
        "The Makahiki season (roughly November to February) is a good time to tell stories of rest and harvest.",
        "Snowbirds from Alaska (Oct–Apr) fill Maui condos every winter, according to our own booking data.",
    ],
    "dollar-figures": [
        "Visitor spending in Hawaiʻi reached US$20.7 billion in {Y}, or about $57 million a day.",
        "The Permanent Fund Dividend (PFD) of $1,312 in {Y} drives a spike in October retail sales.",
        "Sealaska's distribution to shareholders came to ${n} per 100 shares in {Y}.",
    ],
    "fiscal-year": [
        "In FY{Y} (July to June) the state's visitor marketing budget fell by {pct}.",
        "HTA's FY{Y2} brand budget (about $60 million) was cut in the legislature's final draft.",
    ],
    "quarter-figures": [
        "Q{q} {Y} bookings were up {pct} on the same quarter a year earlier.",
        "Cruise calls in Juneau (Q2 and Q3 {Y}) peaked at seven ships on a single day.",
    ],
    "flight-number": [
        "Flight AS 1 (Seattle to Anchorage) is one of the oldest scheduled routes on the network.",
        "HA 11 (HNL–LAX) and HA 863 (HNL–HND) carry most of our premium cabin revenue.",
        "The summer-only flight AS 65 (the \"milk run\") stops in Ketchikan, Wrangell, Petersburg and Juneau.",
    ],
    "airport-code": [
        "Arrivals at Kahului (OGG) recovered faster than at Kona (KOA) or Līhuʻe (LIH).",
        "Most Lower 48 visitors to the Interior fly into Fairbanks (FAI) through Anchorage (ANC).",
        "The new nonstop from Hilo (ITO) to Portland (PDX) opens up the Big Island's east side.",
    ],
    "ticker": [
        "Alaska Air Group (NYSE: ALK) completed its purchase of Hawaiian Holdings (NASDAQ: HA) in September 2024.",
        "Matson, Inc. (NYSE: MATX) and Bank of Hawaii Corporation (NYSE: BOH) both report quarterly results in Honolulu.",
        "Northrim BanCorp (NASDAQ: NRIM) is the only Alaska-based bank holding company listed on a national exchange.",
    ],
    "area-code": [
        "Call the branch on (907) 555-0143 or visit us at 3111 C Street, Anchorage, AK 99503.",
        "The hotline number (808) 555-0199 is printed on every bill insert.",
        "Customers in the (206) and (253) area codes received the SMS test first.",
    ],
    "address-zip": [
        "Head office is at 1001 Bishop Street, Honolulu, HI 96813, next to the bank's first branch.",
        "The Juneau store (Mendenhall Valley, AK 99801) was used as the pilot.",
    ],
    "abbreviation-definition": [
        "Cook Inlet Region, Inc. (CIRI) owns a large share of Anchorage's commercial property.",
        "Arctic Slope Regional Corporation (ASRC) is the largest Alaska-owned company by revenue.",
        "The Hawaiʻi Tourism Authority (HTA) and the Office of Hawaiian Affairs (OHA) have different mandates.",
        "The Alaska Seafood Marketing Institute (ASMI) is funded partly by a tax on processors.",
    ],
    "corporate-name": [
        "Doyon, Limited and NANA Regional Corporation, Inc. both run large oilfield service businesses.",
        "Princess Cruise Lines, Ltd. and Holland America Line N.V. are both part of Carnival Corporation & plc.",
        "Foodland Super Market, Ltd. is still family-owned, unlike Fred Meyer Stores, Inc.",
    ],
    "shareholders-count": [
        "NANA (about 15,000 Iñupiat shareholders) and Calista (about 35,000 Yupʼik and Cupʼik shareholders) talk to very different audiences.",
        "Sealaska has more than 26,000 shareholders (Tlingit, Haida and Tsimshian).",
    ],
    "native-gloss": [
        "The campaign is built on mālama (to care for) and kuleana (responsibility).",
        "Yuuyaraq (the Yupʼik way of being human) shapes how Elders want their stories told.",
        "Haa Aaní (Our Land) is the Tlingit phrase Sealaska uses for its land and resources.",
        "Hoʻokipa (hospitality) is not the same thing as customer service.",
    ],
    "bracket-translation": [
        "The welcome screen says \"E komo mai\" [welcome] before the booking form.",
        "Every shareholder letter opens with \"Quyana\" [thank you] in Yupʼik.",
        "The slogan \"Quyanaqpak\" [thank you very much] tested well with Iñupiaq shareholders.",
    ],
    "ship-year": [
        "Holland America's Koningsdam (2016) and Rotterdam (2021) both sail the Inside Passage from Seattle.",
        "Discovery Princess (delivered 2022) is the newest ship on the Glacier Bay itinerary.",
        "The Alaska Marine Highway's M/V Kennicott (built 1998) still serves the cross-gulf route.",
    ],
    "hotel-rooms": [
        "Hilton Hawaiian Village (2,860 rooms) is larger than many towns in rural Alaska.",
        "The Hotel Captain Cook (546 rooms) and the Dena'ina Center share most convention business in Anchorage.",
    ],
    "film-tv": [
        "Disney's Moana (2016) and its sequel (2024) lifted interest in Polynesian voyaging, not in hotels.",
        "The White Lotus (HBO, 2021) was filmed at the Four Seasons Resort Maui at Wailea.",
        "Deadliest Catch (Discovery, 2005–present) is still the show most Americans link with Dutch Harbor.",
        "Lilo & Stitch (2002) is still the reason many families first picture Kauaʻi.",
    ],
    "award-year": [
        "{B} won the Travel + Leisure World's Best Awards (2024) for the third time.",
        "Our agency's spot was shortlisted at the Pele Awards ({Y}) in the tourism category.",
        "The campaign won a Gold ADDY (American Advertising Awards, Alaska {Y}).",
    ],
    "certification": [
        "Alaska salmon fisheries are certified by the Marine Stewardship Council (MSC) and Responsible Fisheries Management (RFM).",
        "The new terminal is LEED Gold (v4) and the head office is ISO 14001:2015 certified.",
    ],
    "politician-party": [
        "Senator Lisa Murkowski (R-Alaska) and Senator Brian Schatz (D-Hawaii) both sit on the Indian Affairs Committee.",
        "Governor Josh Green (D) signed the green fee into law after a long debate.",
        "Representative Mary Peltola (D-AK) spoke at the Bristol Bay fisheries forum.",
    ],
    "ballot-measure": [
        "Ballot Measure 2 (2020) brought open primaries and ranked-choice voting to Alaska.",
        "Proposition 1 (Anchorage, {Y}) was a bond for the port, which our members voted on.",
    ],
    "disaster-date": [
        "Since the Lahaina wildfire (8 August 2023), {B} has paused all leisure advertising for West Maui.",
        "Typhoon Merbok (September 2022) damaged much of the Western Alaska coast.",
        "The 2018 Kīlauea eruption (May to September) cost the Big Island a season of visitors.",
    ],
    "salmon-run": [
        "The Bristol Bay sockeye run (about 53 million fish in {Y}) was well above the 20-year average.",
        "Copper River king salmon (Oncorhynchus tshawytscha) arrive in Seattle restaurants around 17 May.",
        "The ADF&G emergency order (EO 2-S-C-03-{n}) closed the Kenai early-run king fishery.",
    ],
    "species-latin": [
        "Alaska pollock (Gadus chalcogrammus) is the volume product for {B}, not salmon.",
        "The ʻōhiʻa tree (Metrosideros polymorpha) appears in the new brand identity.",
    ],
    "population": [
        "Anchorage (population 291,247 in 2020) holds about 40% of the state's people.",
        "Hilo (population about 46,000) has far fewer visitors than Kailua-Kona.",
    ],
    "distances-heights": [
        "Denali (20,310 ft) is visible from Anchorage on a clear day.",
        "Mauna Kea (13,803 ft) summit tours are limited to protect the site.",
        "The Alaska Railroad's Denali Star runs 356 miles (573 km) from Anchorage to Fairbanks.",
    ],
    "time-zone": [
        "The webinar starts at 9:00 a.m. HST (12:00 p.m. PDT, 11:00 a.m. AKDT).",
        "Posts go live at 7 p.m. Alaska time (UTC−9) when engagement peaks.",
    ],
    "social-handle": [
        "Follow @alaskaair and @hawaiianairlines to see how the two brands now share content.",
        "The hashtag #MalamaHawaii had more than {n},000 posts by the end of the campaign.",
        "Our TikTok (@wildalaskasalmon) reached {pct} more users than Instagram.",
    ],
    "campaign-name": [
        "The \"Mālama Hawaiʻi\" programme (2020–2022) asked visitors to give back during their stay.",
        "Travel Alaska's 'Go North' spots aired in Seattle and Portland from March {Y}.",
        "ASMI's \"Wild, Natural & Sustainable\" message has run on packaging since the early 2000s.",
    ],
    "model-eponym": [
        "Porter's Five Forces is used here to judge the threat of new entrants to the inter-island market.",
        "The Ansoff matrix suggests market development is the safer route for {B}.",
        "Maslow's hierarchy and Hofstede's cultural dimensions are both too general to help much here.",
        "Butler's tourism area life cycle explains why Waikīkī has had to reinvent itself.",
    ],
    "framework-acronym": [
        "The plan follows SOSTAC® (Situation, Objectives, Strategy, Tactics, Action, Control).",
        "Smart Insights' RACE framework (Reach, Act, Convert, Engage) structures Task 2.",
        "Objectives are written as SMART (Specific, Measurable, Achievable, Relevant, Time-bound).",
    ],
    "metric-acronym": [
        "Net Promoter Score (NPS) rose from 41 to 52 after the service redesign.",
        "Revenue per available room (RevPAR) in Waikīkī reached ${n} in Q{q}.",
        "Customer lifetime value (CLV) for a Club 49 member is about three times the average.",
    ],
    "sample-size": [
        "The shareholder survey (n = {n}) was run online and by phone in the villages.",
        "Focus groups in Bethel and Nome (n=24) were held in English and Yupʼik.",
    ],
    "figure-table": [
        "The segments are shown in Figure {q} (see Appendix B).",
        "Table {q} (below) compares the three options against cost and reach.",
        "(See Appendix 3 for the full survey instrument.)",
    ],
    "course-unit": [
        "This report answers Task 1 (a) and (b) of the CIM Level 7 Postgraduate Diploma brief.",
        "The brief (Unit 2, Digital Strategy) asks for a plan of no more than 3,000 words.",
    ],
    "yoy-change": [
        "Spend per visitor fell (-{pct} year on year) while arrivals rose.",
        "Direct bookings (+{pct} YoY) grew faster than online travel agency bookings (+3%).",
    ],
    "former-name": [
        "Kamehameha Schools (formerly Bishop Estate) is the state's largest private landowner.",
        "Alaska Communications (now part of ATN International) competes with GCI for rural broadband.",
        "Hawaiian Electric Industries (HEI) is the parent of Hawaiian Electric Company, Inc.",
    ],
    "generational-name": [
        "Walter J. Hickel Jr. ran the family hotel business after his father's two terms as governor.",
        "Our founder, Kenji Nakamura III, still signs the Christmas card to every member.",
    ],
    "store-count": [
        "Foodland (32 stores across the islands) competes with Safeway, Times and Costco.",
        "Fred Meyer (12 stores in Alaska) is the default one-stop shop in Anchorage and Fairbanks.",
    ],
    "product-version": [
        "The team moved from Universal Analytics to GA4 (Google Analytics 4) in {Y}.",
        "Members need the app's version {q}.2 or later and iOS 17 to use the new card controls.",
    ],
    "event-edition": [
        "The Alaska Federation of Natives Convention ({Y}) drew thousands of delegates to Anchorage.",
        "The Hawaii Food & Wine Festival (Oct {Y}) sold out its Honolulu events.",
        "The Juneau Maritime Festival (May) and the Sitka WhaleFest (November) bracket the season.",
    ],
    "price-points": [
        "Round-trip fares from Anchorage to Honolulu fell to $449 (economy, off-peak).",
        "A wild sockeye fillet sells for $24.99/lb at Pike Place Market in July.",
    ],
}  # fmt: skip

# The real brands these writers name beside their own employers and clients.
BRANDS = ["Alaska Airlines", "Hawaiian Airlines", "Sealaska", "Doyon", "ASRC", "CIRI", "NANA", "Calista",
          "Trident Seafoods", "Holland America Line", "Princess Cruises", "the Alaska Railroad", "GCI", "Matson",
          "Hawaiian Electric", "Alexander & Baldwin", "Bank of Hawaii", "First Hawaiian Bank", "Northrim Bank",
          "Credit Union 1", "Queen's Health Systems", "Southcentral Foundation", "Providence", "Foodland",
          "Fred Meyer", "REI", "Visit Anchorage", "Travel Alaska", "Alaska USA", "Carrs", "Times Supermarket",
          "Hawaii Pacific Health", "Kaiser Permanente", "Puget Sound Energy", "Chugach Electric", "Costco"]  # fmt: skip

_AK = ["Anchorage", "Juneau", "Fairbanks", "Ketchikan", "Sitka", "Bethel", "Nome", "Kodiak", "Utqiaġvik", "the Mat-Su",
       "Dillingham", "Kotzebue"]  # fmt: skip
_HI = ["Honolulu", "Hilo", "Kahului", "Kailua-Kona", "Līhuʻe", "Waikīkī", "Maui", "Kauaʻi", "the Big Island", "Oʻahu",
       "Lahaina", "Kapolei"]  # fmt: skip
_PNW = ["Seattle", "Tacoma", "Spokane", "Portland", "Bellingham", "Olympia", "Eugene", "the Puget Sound region"]
_CHANNELS = ["email", "SMS", "TikTok", "Instagram", "paid search", "connected TV", "influencer", "out-of-home",
             "podcast", "loyalty app", "community radio"]  # fmt: skip
_CORPS = ["Sealaska", "Doyon, Limited", "Arctic Slope Regional Corporation", "Cook Inlet Region, Inc.",
          "NANA Regional Corporation", "Calista Corporation", "Bristol Bay Native Corporation", "Ahtna, Inc.",
          "Koniag", "Chugach Alaska Corporation"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "ak": rng.choice(_AK),
        "hi": rng.choice(_HI),
        "pnw": rng.choice(_PNW),
        "chan": rng.choice(_CHANNELS),
        "corp": rng.choice(_CORPS),
        "pct": f"{rng.randint(2, 38)}%",
    }
