"""Prose for the fifteenth held-out pool, "blind15": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a fifteenth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how these writers put a marketing report together: international postgraduates in UK business schools (from
China, Nigeria, India, Brazil and Vietnam, some writing English as a second language: "According to X (2020),",
"It is stated by X (2019) that", "Based on X (2021),"), CIM Diploma candidates working in the Gulf and South-East
Asia, freelance marketing consultants writing for clients, and lecturers writing model answers. Sectors: hotels and
restaurant chains, beauty and cosmetics, car dealerships and electric vehicles, telecoms and broadband, pet care,
energy suppliers and green technology, housebuilders, law and accountancy firms, online marketplaces, and museums
and galleries. Citations open, sit inside and close sentences, follow "according to", "as noted by", "in line
with", "based on" and "drawing on", stand in table and figure notes and in lists, carry "see", "e.g.", "cf." and
"adapted from" inside the bracket, and are possessive. The decoys are text with a capitalised name, a year, a
bracket or quotation marks that is not a citation; their kinds are the keys of NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} suggests that {C}, which is relevant for {B}.",
    "{N} points out that {C}.",
    "{N} highlights that {C}, especially among {A}.",
    "{N} have shown that {C}.",
    "{N} explain that {C}; for {B} this means {C2}.",
    "{N} also agrees that {C}.",
    "{N} reported that {C} in the {sector} sector.",
    "{N} observes that {C}, although the evidence from {market} is thinner.",
    "{N} defines the problem clearly: {C}.",
    "{N} warns that {C}.",
    "{N} concluded that {C} and that {C2}.",
    "{N} is useful here because it shows that {C}.",
    "{N} discusses how {C}.",
    "{N} notes that, in {market}, {C}.",
    "{N} states that {C}, so {B} should review its approach to {T}.",
    "{N} supports this view, arguing that {C}.",
    "{N} take a different position and claim that {C}.",
    "{N} identified that {C}.",
]
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As noted by {N}, {C}.",
    "It is stated by {N} that {C}.",
    "Based on {N}, {C}.",
    "As {N} mentions, {C}.",
    "In the view of {N}, {C}.",
    "This is in line with {N}, who found that {C}.",
    "{O}, {N} argues that {C}.",
    "Drawing on {N}, this report assumes that {C}.",
    "For {B}, the work of {N} is relevant because {C}.",
    "The client should note the finding of {N} that {C}.",
    "Similar results were found by {N} in {market}, where {C}.",
    "This contrasts with {N}, who argues that {C}.",
    "A good answer would refer to {N} here, noting that {C}.",
    "{O}, as {N} reminds us, {C}.",
    "Candidates could apply the framework of {N} to show that {C}.",
    "The data published by {N} confirm that {C}.",
    "Source: {N}.",
    "Figure {q}: Customer journey for {B} in {market}, adapted from {N}.",
    "Table {q} summarises the survey by {N}, which shows that {C}.",
    "Therefore, following {N}, {C}.",
    "In my home country, as {N} explains, {C}.",
    "It can be argued, with {N}, that {C}.",
]
POSSESSIVE = [
    "{N} study of {market} shows that {C}.",
    "{N} framework helps to explain why {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} research indicates that {C}.",
    "According to {N} survey, {C}.",
    "{N} findings suggest that {C}.",
    "Using {N} classification, {B} sits in the premium segment because {C}.",
    "{N} report on the {sector} sector found that {C}.",
    "This supports {N} argument that {C}.",
    "{N} analysis of {A} shows that {C}.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{C}, especially in {market} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Research shows that {C} {P}.",
    "{C}, and {C2} {P}.",
    "For {B}, {C} {P}.",
    "Many studies agree that {C} {P:e.g.}.",
    "{C} {P:see}.",
    "{C}, although this is disputed {P:cf.}.",
    "Evidence from the {sector} sector suggests that {C} {P}.",
    "{C}; therefore {B} should act quickly {P}.",
    "The model in Figure {q} shows that {C} {P:adapted from}.",
    "Three drivers stand out for {A}: price, convenience and trust {P}.",
    "{B} can compete on three fronts, namely service, speed and sustainability {P}.",
    "Table {q}: Market share of the five largest players in {market} {P}.",
    "In {market}, {C} {P}.",
    "This is important because {C} {P}.",
    "It is also true that {C} {P:see also}.",
    "In simple terms, {C} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "Recent studies {P} suggest that {C}.",
    "{O}, the literature {P} shows that {C}.",
    "The {sector} market {P} is growing, and {C}.",
    "{B}'s rivals {P} already know that {C}.",
    "While {C} {P}, {C2}.",
    "A recent report {P} shows that {C}.",
    "The concept of {T} {P} is useful because {C}.",
    "{A} {P} expect more than before, so {C}.",
    "Consumer trust {P:e.g.} depends on whether {C}.",
    "Regulators {P:see} now expect that {C}.",
    "The so-called messy middle {P} means that {C}.",
]
CLAIMS = [
    "online reviews now shape hotel bookings more than star ratings",
    "guests at budget hotels value a clean room and a good bed above any loyalty points",
    "restaurant chains that publish calorie information lose little trade",
    "diners in {market} book through apps rather than by telephone",
    "beauty buyers trust creators on TikTok more than brand advertising",
    "halal certification adds value for Muslim consumers of cosmetics",
    "shade ranges and inclusive imagery widen a beauty brand's appeal",
    "refill schemes reduce waste but rarely change buying habits on their own",
    "car buyers complete most of their research online before visiting a dealership",
    "range anxiety remains the main barrier to electric vehicle adoption",
    "dealers who offer home test drives convert more leads",
    "price transparency at the dealership builds trust with first-time buyers",
    "broadband customers rarely switch unless the price rise is large",
    "mid-contract price rises damage trust in telecoms brands",
    "bundling mobile and broadband reduces churn",
    "pet owners treat their animals as family members and spend accordingly",
    "premium pet food is one of the few categories that grew during the cost-of-living crisis",
    "customers of energy suppliers judge them mainly on billing and service",
    "green tariffs appeal to younger households but the price still matters most",
    "heat pump adoption depends on installers as much as on the grant",
    "new-home buyers rely on word of mouth and reviews of the builder",
    "build quality complaints spread quickly on social media",
    "law firms struggle to differentiate because clients see legal services as similar",
    "accountancy clients value proactive advice more than low fees",
    "online marketplaces win on choice and lose on trust",
    "fake reviews harm both shoppers and honest sellers",
    "second-hand fashion platforms attract shoppers who care about price and the planet",
    "museums that offer late openings attract younger audiences",
    "free entry brings visitors but not always spending in the shop and cafe",
    "digital exhibitions extend a gallery's reach beyond its city",
    "{T} works best when it is linked to a clear customer need",
    "{A} respond more to {T} than to traditional advertising",
    "{B} could improve {R} by investing in {T}",
    "personalisation increases {R} when customers understand why their data is used",
    "WhatsApp is the main customer service channel for many brands in the Gulf",
    "social commerce in South-East Asia is driven by live-stream selling",
    "consumers in China expect a brand to be present on several super-apps",
    "price sensitivity has increased since the energy crisis",
    "service quality has a direct effect on customer satisfaction and loyalty",
    "brand awareness alone does not lead to purchase",
    "customer experience is now a main source of competitive advantage",
    "sustainability claims must be specific and supported by evidence",
    "a segmentation based on needs is more useful than one based on age",
    "small firms rarely measure the return on their marketing spend",
    "the marketing mix must be adapted to local culture",
    "long-term brand building and short-term activation need a balance",
    "staff behaviour shapes the service experience as much as the product",
    "loyalty programmes work when the rewards are easy to understand",
]
OPENERS = [
    "In the UK hotel sector",
    "For a dealership group such as {B}",
    "In the context of the Gulf",
    "From a consultant's point of view",
    "In South-East Asian markets",
    "Applied to the client's business",
    "For international students like me",
    "In the energy market",
    "Since the pandemic",
    "In the case of {B}",
    "Within the beauty industry",
    "For a regional law firm",
    "In broadband and mobile",
    "Looking at the museum sector",
    "On online marketplaces",
    "Given the cost-of-living crisis",
    "At a strategic level",
    "In practical terms",
    "From the customer's perspective",
    "In a model answer",
]
PLAIN = [
    "This section analyses the external environment of {B}.",
    "The next part looks at the customer journey in more detail.",
    "Appendix {q} gives the full survey results.",
    "The recommendations below are ranked by cost and impact.",
    "Table {q} compares the main competitors on price and service.",
    "These points are developed further in Task 2.",
    "The following analysis uses the PESTLE framework.",
    "A SWOT analysis is presented in Figure {q}.",
    "Overall, the opportunities outweigh the threats.",
    "The client asked for a plan that can be delivered within twelve months.",
    "The budget is set out in Appendix {q}.",
    "In my opinion, this is the most important issue for {B}.",
    "This is a good example of a market-oriented approach.",
    "The marker would expect to see the theory applied to the organisation.",
    "Each objective follows the SMART format.",
    "The target segment is described below.",
    "The evidence is mixed, and the limitations are discussed in Section {q}.",
    "Key performance indicators are listed in Table {q}.",
    "The plan will be reviewed every quarter.",
    "Both options are compared in the next paragraph.",
]
QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} argues that {Q}.",
    "As {N} puts it, {Q}.",
    "{N} describes marketing as {Q}.",
    "According to {N}, {Q}.",
    "{Q} {P}.",
    "It has been said that {Q} {P}.",
    "In other words, {Q} {P}.",
    "This reflects the view that {Q} {P}.",
    "For {B}, the key lesson is that {Q} {P}.",
    "The regulator is clear: {Q} {P}.",
    "{N} reminds marketers that {Q}.",
    "One definition is {Q} {P}.",
]
SCARE_QUOTES = ["‘eco’", "‘natural’", "‘clean beauty’", "‘carbon neutral’", "‘up to’", "‘unlimited’", "‘luxury’", "‘free’", "‘green’",
                "‘best in class’", "‘award-winning’", "‘fibre’", "'game-changer'", '"premium"', '"sustainable"', "‘zero emission’",
                "“authentic”", "‘family-run’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} describes its products as {Q}, but such words are seldom defined {P}.",
    "The word {Q} is used loosely in the sector {P}.",
    "Many brands call themselves {Q}, which regulators now question {P}.",
    "{N} criticises the use of terms such as {Q} without evidence.",
    "Claims of being {Q} can mislead customers {P}.",
    "{N} shows that labels like {Q} increase scepticism among {A}.",
]
SUBJECT_LINES = ["‘Your {yr} energy statement is ready’", "‘Last chance: 20% off your next stay’", "‘Your pet’s birthday treat is waiting’",
                 "‘Book your test drive today’", "‘New in: the {yr} collection’", "‘We miss you - come back for a free dessert’",
                 "‘Your broadband price is changing’", "‘Members-only preview: {exhibit}’", "'Your new home: plot {n} update'",
                 '"Flash sale: 11.11 starts now"', "‘Ramadan Kareem from all of us’", "‘Is your will up to date?’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} raised open rates in tests {P}.",
    "An email with the subject line {Q} is a typical example {P}.",
    "{N} found that messages like {Q} perform better when personalised.",
    "Push notifications such as {Q} can feel intrusive {P}.",
    "The brand's email {Q} follows the advice of {N}.",
    "Short subject lines like {Q} work well on mobile {P}.",
]

# Decoys: text with names, years, brackets or quotation marks that is not a citation. Each frame is a whole sentence.
NOT_CITATIONS: dict[str, list[str]] = {
    "ev-model-year": [
        "The {yr} {ev} is the best-selling model at our {city} showroom.",
        "Demand for the {ev} ({yr} model year) fell after the price cut.",
        "The dealership sold {n} units of the {ev} in {yr}, mostly to fleet buyers.",
    ],
    "registration-plate": [
        "Sales peak in March and September, when the new plates arrive (the {plate} plate in {month} {yr}).",
        "The {plate}-plate launch in {month} {yr} is the busiest weekend of the year for dealers.",
    ],
    "hotel-opening": [
        "The new {hotel} {city} (opened {yr}) has {n} rooms and a rooftop bar.",
        "The group opened {hotel} {city} in {month} {yr}, its {rank} property in the region.",
        "Occupancy at {hotel} Downtown reached {pct}% in {yr}.",
    ],
    "menu-launch": [
        "The {dish} (launched {month} {yr}) became the chain's best seller within weeks.",
        "Its {season} {yr} menu added {dish} and two vegan sides.",
    ],
    "beauty-launch": [
        "{beauty} (launched {yr}) sold out in {n2} minutes on the brand's website.",
        "The {yr} relaunch of {beauty} added {n} new shades.",
        "Its hero product, {beauty}, was reformulated in {yr} to remove microplastics.",
    ],
    "campaign-name": [
        "The {campaign} campaign ({yr}) ran on TikTok, Snapchat and outdoor screens.",
        "{brandreal}'s {yr} campaign, {campaign}, reached {n} million people.",
        "The {campaign} activation at {event} {yr} generated strong PR.",
    ],
    "award": [
        "{brandreal} won {award} {yr}.",
        "The agency was shortlisted for {award} ({yr}) for its work with the client.",
        "In {yr} the hotel was named {award} for the {rank} time.",
    ],
    "trade-event": [
        "The client will exhibit at {event} {yr} in {gulfcity}.",
        "{event} ({month} {yr}) is the main trade show for the sector.",
        "Most new products are announced at {event} {yr}.",
    ],
    "exhibition": [
        "The museum's {exhibit} exhibition ({yr}-{yr2}) attracted {n},000 visitors.",
        "{exhibit} (until {d} {month} {yr}) is the gallery's main ticketed show this year.",
        "Tickets for {exhibit}, which opened in {month} {yr}, cost £{fee}.",
    ],
    "artwork": [
        "Visitors queue to see {artwork} ({artyear}) in the main gallery.",
        "The shop sells prints of {artwork} ({artyear}) and {artwork2}.",
        "{artwork} (c. {artyear}) is the image used on every poster.",
    ],
    "artist-lifespan": [
        "The retrospective of {artist} ({life}) is the gallery's biggest show of the decade.",
        "A new display on {artist} ({life}) opens in the spring.",
    ],
    "founded": [
        "{brandreal} (founded {founded}) now trades in {n2} countries.",
        "The firm, founded in {founded} by two brothers in {city}, still has family owners.",
        "{brandreal}, established {founded}, is the oldest brand in the category.",
    ],
    "law-with-year": [
        "Under the Consumer Rights Act 2015, customers can reject faulty goods within 30 days.",
        "The Digital Markets, Competition and Consumers Act 2024 gives the CMA direct fining powers.",
        "Brands in the UAE must follow Federal Decree-Law No. 45 of 2021 on personal data.",
        "The Renters' Rights Act and the Building Safety Act 2022 both affect housebuilders' messaging.",
    ],
    "acronym-law-year": [
        "In Singapore, the PDPA (2012) limits how hotels can use guest data for marketing.",
        "GDPR (2018) changed how the firm collects email addresses.",
        "Malaysia's PDPA 2010 was amended in {yr} to require breach notification.",
        "China's PIPL (2021) applies to every app that collects data on Chinese users.",
    ],
    "standard-code": [
        "The installer is certified to MCS 001 and the boiler meets ErP 2015 rules.",
        "The hotel holds ISO 14001:2015 and Green Key ({yr}) certification.",
        "Its packaging follows EN 13432 and the brand became a B Corp in {yr}.",
    ],
    "government-scheme": [
        "The Boiler Upgrade Scheme (2022-2028) offers £7,500 towards a heat pump.",
        "Help to Buy (2013-2023) supported many first-time buyers of new homes.",
        "The Plug-in Car Grant (2011-2022) ended before many buyers were ready.",
        "The Energy Price Guarantee (October 2022 to June 2023) capped typical bills.",
    ],
    "financial-period": [
        "Revenue grew {pct}% in FY{yy}/{yy2} and the margin improved in H{half} {yr}.",
        "In the 52 weeks to {d} {month} {yr}, like-for-like sales rose {pct}%.",
        "The results for Q{q} {yr} showed a fall in average revenue per user.",
        "The company's financial year {yr}/{yy2} ended on 31 March.",
    ],
    "figure-bracket-year": [
        "The client's turnover was £{n}m ({yr} revenue) with {staff} employees.",
        "Its marketing budget is AED {n}m ({yr} figure), roughly {pct}% of sales.",
        "Market size: £{n}bn ({yr} estimate), growing by {pct}% a year.",
    ],
    "percent-change-year": [
        "Bookings were up {pct}% on {yr} and {pct2}% on pre-pandemic levels.",
        "Complaints fell by {pct}% between {yr} and {yr2}.",
    ],
    "price-cap-period": [
        "Ofgem's {yr} price cap set a typical bill of £{price} a year.",
        "The Ofgem cap for {month} to {month2} {yr} was announced in late {month0}.",
        "The energy regulator's {month} {yr} decision raised standing charges.",
    ],
    "tariff-package": [
        "Customers on Octopus Agile or the {tariff} can save by shifting their usage.",
        "The {package} package costs £{price} a month on an 18-month contract.",
        "Its {tariff} (fixed until {month} {yr2}) was the cheapest on the market.",
    ],
    "housing-development": [
        "Phase {q} of {development} ({n} homes) will complete in {yr2}.",
        "The show home at {development}, {city}, opened in {month} {yr}.",
    ],
    "firm-partner-names": [
        "Firms such as Slaughter and May, Freshfields and Linklaters rarely advertise.",
        "The client, {last} & {last2} LLP, was founded by two partners in {founded}.",
        "{last}, {last2} and Partners is a three-office firm in the North West.",
    ],
    "job-title-tenure": [
        "{first} {last}, Chief Marketing Officer ({yr}-{yr2}), led the rebrand.",
        "The founder, {first} {last} (CEO until {yr}), still sits on the board.",
        "{first} {last}, Head of Digital since {yr}, agreed to an interview.",
    ],
    "interview-date": [
        "An interview with the general manager on {d} {month} {yr} confirmed that staff turnover is high.",
        "In my interview with the owner in {month} {yr}, she described the brand as traditional.",
        "I interviewed three service advisers at the {city} branch in {month} {yr}.",
    ],
    "anonymised-client": [
        "Client A (hotel group, {gulfcity}, {yr}) saw a {pct}% rise in direct bookings.",
        "For Client B (accountancy practice, {n} staff) the focus was LinkedIn.",
        "The work for Client C ({yr}-{yr2}) is described with permission.",
    ],
    "handset-device": [
        "Demand for the {phone} ({phoneyear}) drove upgrades in the autumn.",
        "The {phone} ({phoneyear}) was offered free with the unlimited plan.",
        "The router, a Smart Hub {q} ({yr} model), is included in the price.",
    ],
    "shopping-festival": [
        "Shopee's {sale} sale in {yr} broke its previous record for orders.",
        "Double 11 ({yr}) is the biggest sales day of the year in China.",
        "Noon's Yellow Friday {yr} ran for eleven days across the UAE and Saudi Arabia.",
        "Sales during Ramadan {yr} and Eid al-Fitr were {pct}% higher than in an average month.",
    ],
    "season-period": [
        "The hotel is full during the Dubai Shopping Festival ({month} {yr}).",
        "Trading was weak in summer {yr} and strong in the festive season.",
        "Back-to-school {yr} was the best period for pet insurance sign-ups.",
    ],
    "hashtag": [
        "The hashtag #{tag} has over {n} million views on TikTok.",
        "User posts with #{tag} and #{tag2} were shared by the brand.",
    ],
    "handle": [
        "The brand replies to complaints from @{handle} within an hour.",
        "Posts from @{handle} get the highest engagement on Instagram.",
    ],
    "search-term": [
        "Searches for ‘{searchterm}’ rose sharply in {month} {yr}.",
        'Google Trends shows that interest in "{searchterm}" peaks every January.',
        "The page ranks first for '{searchterm}' in the UK.",
    ],
    "slogan-year": [
        "The brand has used the line ‘{slogan}’ since {yr}.",
        "{brandreal}'s slogan ‘{slogan}’ ({yr}) is still recognised by older customers.",
        "The ‘{slogan}’ line was dropped in {yr}.",
    ],
    "customer-review": [
        "One Google review ({month} {yr}) said: ‘Lovely staff, but the room was tired.’",
        'A typical Trustpilot comment reads "Fast delivery, poor packaging" ({rating} stars).',
        "Reviews on TripAdvisor (rated {rating} out of 5, {month} {yr}) praise the breakfast.",
    ],
    "rating-ranking": [
        "The chain is ranked {rank} in the YouGov BrandIndex for {yr}.",
        "It scored {rating}/5 on Trustpilot in {month} {yr}.",
        "The firm appears in The Legal 500 ({yr}) and Chambers UK {yr2}.",
        "The museum is the {rank} most visited attraction in the UK (ALVA figures for {yr}).",
    ],
    "which-best-buy": [
        "The heat pump was a Which? Best Buy ({yr}).",
        "Which? Recommended Provider status ({yr}) is displayed on every page.",
    ],
    "guide-edition": [
        "The restaurant entered the Michelin Guide {yr} with a Bib Gourmand.",
        "The {yr} Good Hotel Guide lists the hotel as one of its editor's choices.",
    ],
    "survey-question": [
        "Question {q} asked: ‘How likely are you to recommend us to a friend?’",
        "Respondents were asked ‘Which supplier do you trust most?’ (Q{q}).",
    ],
    "respondent-code": [
        "Respondent {n2} (female, {age}) said the app was confusing.",
        "Participant P{q} (pet owner, {city}) buys food online every month.",
        "Interviewee {q} (sales manager, {yr}) preferred phone calls.",
    ],
    "sample-size": [
        "The survey (n = {n}) was carried out in {month} {yr}.",
        "Of the {n} respondents (52% female), most were aged {age}.",
    ],
    "cross-reference": [
        "The full customer journey map is in Appendix {q} (p. {n2}).",
        "The calculation is shown in Section {q}.{q2} (see Table {q}).",
        "As explained earlier (Task 1, p. {n2}), the segment is small.",
    ],
    "currency-conversion": [
        "The room rate is AED {aed} (about £{aedgbp}) per night.",
        "The package costs SGD {sgd} (approx. £{sgdgbp}) in Singapore.",
        "Prices start at ₦{ngn},000 (around £{ngngbp}) in Lagos.",
    ],
    "dates-in-text": [
        "The campaign runs from {d} {month} {yr} to {d2} {month2} {yr}.",
        "The store reopened on {d} {month} {yr} after a refit.",
    ],
    "course-module": [
        "This assignment is for the CIM Level 6 Diploma (Module {q}, {yr} syllabus).",
        "The brief for Unit {q} ({month} {yr} submission) asks for a digital plan.",
        "Word count: {words} (excluding references and appendices).",
    ],
    "platform-version": [
        "Universal Analytics stopped processing data in July 2023, so the client moved to GA4.",
        "The booking engine was upgraded to version {q}.{q2} in {yr}.",
        "Apple's iOS 14.5 update (April 2021) limited tracking across apps.",
    ],
    "epc-rating": [
        "All new homes on the site have an EPC rating of B ({yr} assessment).",
        "The show home scored {n2} on its SAP rating in {yr}.",
    ],
    "named-model-no-year": [
        "The 7Ps and the service-profit chain are both used in this report.",
        "Porter's Five Forces and Ansoff's Matrix are applied in Task 2.",
        "The AIDA model and the RACE framework help structure the plan.",
    ],
    "tv-series": [
        "The developer's homes featured in the TV series Grand Designs (series {n2}).",
        "After Selling Sunset (first shown {yr}), interest in luxury property content grew.",
        "The hotel was the setting for the {yr} series of Love Island.",
    ],
    "song-soundtrack": [
        "The advert uses the song ‘{song}’, first released in {songyear}.",
        "Its Christmas advert featured a cover of ‘{song}’ ({songyear} original).",
    ],
    "place-refurbished": [
        "The {city} branch (refurbished {yr}) now has {n2} EV chargers.",
        "The flagship store in {city} (relocated in {yr}) is twice the size.",
    ],
}

BRANDS = ["Premier Inn", "IHG", "Hilton", "Jumeirah", "Rotana", "Nando's", "Wagamama", "Dishoom", "PizzaExpress", "Charlotte Tilbury",
          "Lush", "The Body Shop", "Huda Beauty", "Fenty Beauty", "Boots", "Arnold Clark", "Lookers", "Tesla", "BYD", "Kia", "MG Motor",
          "Octopus Energy", "British Gas", "E.ON", "BT", "Virgin Media O2", "Vodafone", "Sky", "Hyperoptic", "Pets at Home", "Lily's Kitchen",
          "Butternut Box", "Barratt Homes", "Persimmon", "Taylor Wimpey", "Irwin Mitchell", "Slater and Gordon", "Grant Thornton",
          "Rightmove", "Vinted", "Etsy", "Noon", "Shopee", "Lazada", "Tate Modern", "the British Museum", "the V&A", "Louvre Abu Dhabi",
          "the Science Museum"]  # fmt: skip

_HOTELS = [
    "Premier Inn",
    "Rotana",
    "Hilton Garden Inn",
    "Holiday Inn Express",
    "Jumeirah",
    "Hub by Premier Inn",
    "citizenM",
    "Ibis Styles",
]
_DISHES = [
    "Katsu Curry Bowl",
    "Peri-Peri Chicken Wrap",
    "Chilli Paneer Naan Roll",
    "Plant-based Burger",
    "Mango Lassi Cheesecake",
    "Hot Honey Halloumi",
]
_BEAUTY = ["Pillow Talk lipstick", "Fenty Beauty Pro Filt'r foundation", "Huda Beauty Easy Bake powder", "the Lush Sleepy body lotion",
           "the No7 Future Renew serum", "the Glow Recipe watermelon toner"]  # fmt: skip
_EVS = [
    "Tesla Model Y",
    "BYD Atto 3",
    "Kia EV6",
    "MG4 EV",
    "Nissan Leaf",
    "Hyundai Ioniq 5",
    "Volkswagen ID.3",
    "BYD Seal",
]
_CAMPAIGNS = ["#PetsAreFamily", "Home of Great Sleep", "Powering the Future", "Made in Dubai", "Switch and Save", "Art for All", "Real Beauty",
              "Love Your Local", "Pawsome Weekend"]  # fmt: skip
_REAL_BRANDS = ["Nando's", "Octopus Energy", "Pets at Home", "Charlotte Tilbury", "Arnold Clark", "Premier Inn", "Virgin Media O2",
                "Barratt Homes", "Dishoom", "Huda Beauty", "Vinted", "the Tate"]  # fmt: skip
_AWARDS = ["Hotel of the Year", "the Marketing Week Masters", "a Cannes Lion", "Dealer of the Year", "the Pure Beauty Awards",
           "Energy Supplier of the Year", "the ISPA Best Consumer Broadband award", "What Car? Car of the Year", "the Law Society Excellence Awards",
           "Museum of the Year"]  # fmt: skip
_EVENTS = ["GITEX Global", "Arabian Travel Market", "Beautyworld Middle East", "The Hotel Show Dubai", "Crufts", "Goodwood Festival of Speed",
           "Web Summit Qatar", "Cosmoprof Asia", "Futurebuild", "the London Motor Show", "Art Dubai", "Cop28"]  # fmt: skip
_EXHIBITS = ["Hokusai: The Great Picture Book", "Yayoi Kusama: Infinity Mirror Rooms", "Africa Fashion", "Silk Roads", "Tutankhamun",
             "Dior: Designer of Dreams", "Van Gogh: Poets and Lovers", "The Rossettis"]  # fmt: skip
_ARTWORKS = [("Van Gogh's Sunflowers", "1888"), ("Monet's The Water-Lily Pond", "1899"), ("Turner's The Fighting Temeraire", "1839"),
             ("the Rosetta Stone", "196 BC"), ("Hokusai's Great Wave", "1831"), ("Constable's The Hay Wain", "1821"),
             ("Frida Kahlo's Self-Portrait with Monkeys", "1943")]  # fmt: skip
_ARTISTS = [("Frida Kahlo", "1907-1954"), ("J.M.W. Turner", "1775-1851"), ("Yayoi Kusama", "b. 1929"), ("Barbara Hepworth", "1903-1975"),
            ("Lubaina Himid", "b. 1954"), ("Amrita Sher-Gil", "1913-1941"), ("Tarsila do Amaral", "1886-1973")]  # fmt: skip
_FIRSTS = [
    "Aisha",
    "Tunde",
    "Mei",
    "Rahul",
    "Beatriz",
    "Linh",
    "Fraser",
    "Chloe",
    "Omar",
    "Priya",
    "Hamad",
    "Siobhan",
    "Wei",
    "Ifeoma",
]
_LASTS = [
    "Okonkwo",
    "Chen",
    "Patel",
    "Ferreira",
    "Tran",
    "Macleod",
    "Al-Amiri",
    "Banerjee",
    "Walsh",
    "Osei",
    "Hughes",
    "Lim",
    "Khan",
    "Barker",
]
_CITIES = ["Manchester", "Leeds", "Bristol", "Glasgow", "Birmingham", "Cardiff", "Dubai", "Doha", "Riyadh", "Kuala Lumpur", "Singapore",
           "Ho Chi Minh City", "Lagos", "Bengaluru"]  # fmt: skip
_GULF = ["Dubai", "Abu Dhabi", "Doha", "Riyadh", "Muscat", "Manama", "Jeddah"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_TAGS = ["SkinTok", "EVLife", "PetsOfInstagram", "DubaiFoodie", "NewBuildHome", "MuseumFromHome", "SwitchAndSave", "BeautyHaul",
         "HeatPumpHeroes", "ThriftTok"]  # fmt: skip
_HANDLES = [
    "OctopusEnergy",
    "PetsAtHome",
    "nandosuk",
    "HudaBeauty",
    "PremierInn",
    "vintedUK",
    "Tate",
    "VirginMedia",
    "BYD_UK",
    "BarrattHomes",
]
_SLOGANS = ["Everything's better with a good night's sleep", "Made for pets, by pet people", "Power to the people", "Beauty without compromise",
            "Home is where the heart is", "Feel the difference", "Faster, fairer, greener", "Art is for everyone"]  # fmt: skip
_SEARCHES = ["best broadband deals", "heat pump cost", "electric car lease", "halal skincare", "dog food delivery", "hotels near me",
             "new build homes {city}", "no win no fee solicitor", "cheap energy tariff", "museum late opening"]  # fmt: skip
_SONGS = [("Dancing Queen", "1976"), ("Don't Stop Me Now", "1978"), ("Here Comes the Sun", "1969"), ("Your Song", "1970"), ("Movin' On Up", "1991"),
          ("Three Little Birds", "1977")]  # fmt: skip
_TARIFFS = [
    "Octopus Tracker",
    "British Gas Fixed Tariff",
    "E.ON Next Drive",
    "Ovo 1 Year Fixed",
    "Intelligent Octopus Go",
]
_PACKAGES = ["BT Full Fibre 900", "Sky Broadband Superfast", "Virgin Media M500", "Vodafone Pro II", "Hyperoptic 1Gb"]
_DEVELOPMENTS = ["Kings Park", "Meadow View", "The Maltings", "Oakwood Gardens", "Riverside Quarter", "Harbour Point"]
_SALES = ["9.9", "11.11", "12.12"]
_PHONES = [
    ("iPhone 15", "2023"),
    ("iPhone 16 Pro", "2024"),
    ("Samsung Galaxy S24", "2024"),
    ("Google Pixel 8", "2023"),
    ("Samsung Galaxy S23 Ultra", "2023"),
]


def values(rng: random.Random) -> dict[str, str]:
    """Values for the placeholders only this pool's frames use, drawn in a fixed order so that a seed gives one report."""
    year = rng.randint(2016, 2025)
    artwork, artyear = rng.choice(_ARTWORKS)
    artist, life = rng.choice(_ARTISTS)
    song, songyear = rng.choice(_SONGS)
    phone, phoneyear = rng.choice(_PHONES)
    months = rng.sample(_MONTHS, 3)
    lasts = rng.sample(_LASTS, 2)
    tags = rng.sample(_TAGS, 2)
    city = rng.choice(_CITIES)
    aed, sgd, ngn = rng.randint(250, 3000), rng.randint(80, 900), rng.randint(15, 400)
    return {
        "yr": str(year), "yr2": str(year + rng.randint(1, 3)), "yy": str(year)[2:], "yy2": str(year + 1)[2:],
        "ev": rng.choice(_EVS), "plate": rng.choice(["73", "23", "74", "24", "25", "75"]), "hotel": rng.choice(_HOTELS),
        "dish": rng.choice(_DISHES), "season": rng.choice(["spring", "summer", "autumn", "winter"]), "beauty": rng.choice(_BEAUTY),
        "campaign": rng.choice(_CAMPAIGNS), "brandreal": rng.choice(_REAL_BRANDS), "award": rng.choice(_AWARDS), "event": rng.choice(_EVENTS),
        "exhibit": rng.choice(_EXHIBITS), "artwork": artwork, "artyear": artyear, "artwork2": rng.choice(_ARTWORKS)[0],
        "artist": artist, "life": life, "founded": str(rng.randint(1850, 2012)), "first": rng.choice(_FIRSTS), "last": lasts[0],
        "last2": lasts[1], "city": city, "gulfcity": rng.choice(_GULF), "month": months[0], "month2": months[1], "month0": months[2],
        "rank": rng.choice(["2nd", "3rd", "5th", "10th", "12th", "21st"]), "pct": str(rng.randint(3, 48)), "pct2": str(rng.randint(2, 30)),
        "price": str(rng.randint(12, 2400)), "half": str(rng.randint(1, 2)), "staff": str(rng.randint(8, 4000)),
        "tariff": rng.choice(_TARIFFS), "package": rng.choice(_PACKAGES), "development": rng.choice(_DEVELOPMENTS),
        "phone": phone, "phoneyear": phoneyear, "sale": rng.choice(_SALES), "tag": tags[0], "tag2": tags[1], "handle": rng.choice(_HANDLES),
        "searchterm": rng.choice(_SEARCHES).replace("{city}", city), "slogan": rng.choice(_SLOGANS),
        "rating": rng.choice(["3.8", "4.1", "4.4", "4.6", "2.9"]), "n2": str(rng.randint(2, 60)), "q2": str(rng.randint(1, 6)),
        "age": rng.choice(["18-24", "25-34", "35-44", "45-54"]), "d2": str(rng.randint(1, 28)), "words": f"{rng.randint(2400, 3300):,}",
        "fee": str(rng.randint(12, 28)), "aed": f"{aed:,}", "aedgbp": str(round(aed / 4.7)), "sgd": str(sgd),
        "sgdgbp": str(round(sgd / 1.7)), "ngn": str(ngn), "ngngbp": str(round(ngn * 1000 / 1950)),
        "song": song, "songyear": songyear, "sector": rng.choice(["hotel", "beauty", "EV", "broadband", "pet care", "energy", "housebuilding",
                                                                 "legal services", "marketplace", "museum"]),
        "market": rng.choice(["the UK", "China", "Nigeria", "India", "Brazil", "Vietnam", "the UAE", "Saudi Arabia", "Malaysia", "Singapore"]),
    }  # fmt: skip
