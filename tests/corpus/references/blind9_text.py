"""Prose for the ninth held-out pool, "blind9": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a ninth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how UK students write CIM Level 4-6 reports in sectors such as B2B and industrial marketing, charities and
the public sector, hospitality and tourism, financial services, FMCG, luxury, sport marketing and digital
agencies: situation analyses, campaign and media plans, stakeholder maps, customer-journey audits, sponsorship
evaluations, fundraising proposals and reflective statements. Citations open, sit inside and close sentences,
follow "as", "according to", "data from" and "adapted from", sit in table and figure notes and source lines,
carry "see", "e.g.", "cf.", "see also" and "adapted from" inside the bracket, and are possessive ("Kantar’s
(2023) data"). The decoys are text with a capitalised name, a year, a bracket or quotation marks that is not a
citation: founding dates, company milestones, mergers and listings, product launches and recalls, crises,
brand rankings and indices, table and figure captions, chart data labels, financial years and results, people
with roles and tenures, interviewees and focus groups, the student's own survey, appendix and section
pointers, statutes and regulations, regulators' codes, sport events and results, sponsorship deals and stadium
names, cities of culture and destinations, hospitality ratings and stars, charity appeals and registration
numbers, public-health campaigns, rates and allowances, share tickers, luxury heritage, pack sizes, B2B trade
shows, agency accounts, industry awards, adverts by name, TV and films, technology versions and algorithm
updates, time periods, company numbers, generations, historical events, review scores, social handles and
hashtags, loyalty schemes, pledges and targets, prices with years, versions of the report itself, slogans.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- citations
NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}, which is relevant to {B}.",
    "{N} suggested that {C}.",
    "{N} makes the point that {C}.",
    "{N} identified that {C}, although the study focused on {A}.",
    "{N} claimed that {C}; however, this may not apply to a charity.",
    "{N} defines relationship marketing as building long-term value with {A}, and notes that {C}.",
    "{N} reported that {C}.",
    "{N} highlights that {C} and this is backed up by the figures in Table 2.",
    "{N} states that {C}.",
    "{N} observed in their study of UK hotels that {C}.",
    "{N} go further, arguing that {C}.",
    "{N} has shown that {C}, particularly for {R}.",
    "{N} would argue that {C}.",
    "{N} warns that {C}, so {B} should be careful.",
    "{N} concluded that {C}.",
    "{N} explained how {C}.",
    "{N} measured {R} across {n} B2B firms and found that {C}.",
    "{N} looked at sponsorship in football and found that {C}.",
]

NARRATIVE_MID = [
    "{O}, {N} argued that {C}.",
    "This is supported by {N}, who found that {C}.",
    "As {N} points out, {C}.",
    "According to {N}, {C}.",
    "Data from {N} show that {C}.",
    "This view is shared by {N}, although they add that {C}.",
    "{O}, research by {N} suggests that {C}.",
    "A similar conclusion was reached by {N}, who noted that {C}.",
    "However, {N} disagrees and argues that {C}.",
    "This links to the work of {N}, where {C}.",
    "For {B}, the findings of {N} matter because {C}.",
    "In the context of fundraising, {N} explains that {C}.",
    "In contrast, {N} suggest that {C}.",
    "The table below is adapted from {N} and shows that {C}.",
    "Building on this, {N} found that {C}.",
    "It could be argued, as {N} does, that {C}.",
    "The service quality gaps identified by {N} show that {C}.",
    "When applied to {B}, the model developed by {N} shows that {C}.",
    "The survey carried out by {N} revealed that {C}.",
    "Figure 3 uses the framework set out in {N} to show that {C}.",
    "{O}, it was {N} who first argued that {C}.",
]

POSSESSIVE = [
    "{N} research into {A} found that {C}.",
    "Using {N} framework, it is clear that {C}.",
    "{N} study shows that {C}.",
    "{N} model of the buying centre suggests that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "According to {N} data, {C}.",
    "Applying {N} service-profit chain to {B} shows that {C}.",
    "{N} report highlights that {C}.",
    "This supports {N} view that {C}.",
    "{N} typology of donors is useful here because {C}.",
    "{N} analysis of the luxury market found that {C}.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C}, especially among {A} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} {P:see also}.",
    "{C} {P:cf.}.",
    "It is widely accepted that {C} {P}.",
    "{B} could benefit here, as {C} {P}.",
    "Evidence suggests that {C} {P}.",
    "Table 3: {B}'s competitors mapped on price and quality {P:adapted from}.",
    "Figure 2: The B2B buying centre {P:adapted from}.",
    "Source: {P}.",
    "Note: figures are for the UK only {P}.",
    "Table 5: Donor segments for {B} {P:based on}.",
    "{C}, which has clear implications for {R} {P}.",
    "This matters for {B} because {C} {P}.",
    "{O}, research shows that {C} {P}.",
    "In sport sponsorship, {C} {P}.",
    "{C}, and {C2} {P}.",
    "Many hotels now recognise that {C} {P}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, which suggests that {C2}.",
    "{O}, {C} {P} and this is a threat for {B}.",
    "Research {P:e.g.} shows that {C}.",
    "Although {C} {P}, {B} has been slow to respond.",
    "Some authors {P:e.g.} argue that {C}, but this is disputed.",
    "The 7Ps {P} can be used to show that {C}.",
    "{C} {P}; therefore, {B} should invest in {T}.",
    "Because {C} {P}, a relationship approach is recommended.",
    "Previous studies {P:see} found that {C}, although samples were small.",
    "{B}'s use of {T} {P} shows that {C}.",
    "Trust {P} is especially important in financial services, because {C}.",
    "The SOSTAC model {P} was used to structure this plan, as {C}.",
    "As {C} {P}, the recommendations in Section 4 focus on {R}.",
    "PESTLE analysis {P:see} shows that {C}.",
]

CLAIMS = [
    "B2B buyers complete most of their research before they ever speak to a salesperson",
    "the decision-making unit in industrial purchasing often includes people who never meet the supplier",
    "long-term brand building drives more growth than short-term sales activation",
    "trust is the main reason donors keep giving to the same charity",
    "regular givers are worth far more over their lifetime than one-off donors",
    "online reviews strongly influence whether guests book a hotel",
    "service recovery can leave a guest more loyal than if nothing had gone wrong",
    "younger consumers switch banks more readily when an app is easy to use",
    "financial services brands struggle to build emotional connections with customers",
    "own-label products have closed the quality gap with branded goods",
    "price promotions train shoppers to wait for a deal",
    "luxury brands rely on scarcity and heritage to justify a price premium",
    "counterfeit goods can damage a luxury brand's perceived exclusivity",
    "fans see a sponsor more positively when it supports the club's community work",
    "women's sport offers sponsors a less cluttered and fast-growing audience",
    "social marketing campaigns work best when they make the desired behaviour easy",
    "public sector campaigns are often judged on awareness rather than behaviour change",
    "destination image is shaped more by social media than by official tourism campaigns",
    "overtourism can damage relationships with local residents",
    "the experience economy means that customers pay for memories as well as services",
    "agencies are increasingly judged on effectiveness rather than creative awards",
    "programmatic buying has made brand safety a serious concern",
    "personalisation increases {R} when customers feel in control of their data",
    "content marketing builds credibility with {A} over a long sales cycle",
    "{T} works best when it is integrated with the rest of the communications mix",
    "employees are the most visible part of a service brand",
    "customer experience is now a main source of competitive advantage",
    "sustainability claims must be backed by evidence to avoid accusations of greenwashing",
    "the cost-of-living crisis has made {A} more price-sensitive",
    "loyalty schemes collect data that is often more valuable than the discounts they give",
    "reaching light buyers matters more for growth than rewarding heavy buyers",
    "a strong brand reduces the price sensitivity of {A}",
    "account-based marketing improves the alignment between sales and marketing teams",
    "people trust recommendations from friends far more than advertising",
    "mobile is now the main way {A} first discover a brand",
    "distinctive brand assets help a brand to be noticed and remembered",
    "co-creation with customers can improve both satisfaction and {R}",
    "ethical concerns increasingly shape how {A} choose between brands",
]

OPENERS = [
    "In the B2B market",
    "For a charity such as {B}",
    "In hospitality",
    "Within financial services",
    "From a tourism perspective",
    "In FMCG markets",
    "For luxury brands",
    "In sport marketing",
    "For an agency",
    "In the public sector",
    "However",
    "Furthermore",
    "On the other hand",
    "In {B}'s case",
    "In terms of the micro environment",
    "Looking at {A}",
    "Since the pandemic",
    "In addition",
    "At a strategic level",
]

PLAIN = [
    "This section analyses the external environment facing {B}.",
    "The recommendations are set out in order of priority.",
    "A SWOT analysis is included below to summarise the key issues.",
    "This report has been written for the marketing director of {B}.",
    "The next section looks at the customer journey in more detail.",
    "These objectives have been written to be SMART.",
    "The budget is split between paid, owned and earned media.",
    "Overall, the main risk is that {A} do not notice the campaign.",
    "The stakeholder map shows who has the most power and interest.",
    "It is recommended that {B} focuses on {T} for the next twelve months.",
    "In conclusion, {B} is well placed to grow if it acts quickly.",
    "This reflective statement considers what I learned while completing the task.",
    "KPIs will be reviewed every month by the marketing team.",
    "The campaign will run over three phases.",
    "Both options have advantages and disadvantages, which are weighed up below.",
]

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} describes marketing as {Q}.",
    "As {N} put it, {Q}.",
    "{Q} {P}.",
    "Services marketing is different because {Q} {P}.",
    "{N} warns that {Q}.",
    "It has been argued that {Q} {P}, which is particularly true for {B}.",
    "One definition states that {Q} {P}.",
    "According to {N}, {Q}.",
    "{O}, {N} argued that {Q}.",
    "The key point is that {Q} {P}.",
    "This is summed up well by {N}: {Q}.",
    "Sponsorship has been described as {Q} {P}.",
]

SCARE_QUOTES = ["‘quiet luxury’", "‘premium’", "‘value for money’", "‘purpose-led’", "‘greenwashing’", "‘shrinkflation’", "‘authentic’", "‘brand love’",
                "‘one-stop shop’", "‘digital first’", "‘staycation’", "‘challenger’", "‘clicks and mortar’", "‘always on’", "‘heritage’", "‘the Amazon effect’",
                "'phygital'", "'rage-applying'", "\"bleisure\"", "\"sportswashing\"", "\"donor fatigue\""]  # fmt: skip

SCARE_FRAMES = [
    "{B} positions itself as {Q}, which is a common strategy {P}.",
    "The term {Q} is now widely used {P}.",
    "So-called {Q} travel has grown since the pandemic {P}.",
    "{N} describes this as {Q} and it is a risk for {B}.",
    "Many consumers now see {B} as {Q} {P}.",
    "The idea of {Q} has been criticised by {N}.",
    "Some critics call this {Q} {P}.",
]

SUBJECT_LINES = ["‘Your Gift Aid could be worth 25% more’", "‘Your room upgrade is waiting’", "‘Last chance: 20% off ends at midnight’", "‘Don’t miss the {B} summer sale’",
                 "‘We miss you – here’s £{n} off’", "‘Your statement is ready’", "‘Book your {M} break now’", "'Thank you for your donation'", "\"Webinar: {T} for B2B\"",
                 "‘It’s coming home’", "‘Because you’re worth it’", "‘Every little helps’", "‘Should’ve gone to Specsavers’", "'Just do it'", "\"Tastes like summer\""]  # fmt: skip

SUBJECT_FRAMES = [
    "An email with the subject line {Q} had a higher open rate, as personalised subject lines tend to do {P}.",
    "The slogan {Q} is an example of a distinctive brand asset {P}.",
    "{B} used the subject line {Q}, which creates urgency {P}.",
    "{N} found that messages such as {Q} increase open rates.",
    "A tagline like {Q} helps memory encoding {P}.",
    "The push notification read {Q}, a tactic linked to {R} {P}.",
]

# ---------------------------------------------------------------------------------------------- not citations
NOT_CITATIONS: dict[str, list[str]] = {
    "founding-date": [
        "{B} was founded in {Y} and now employs over {n} people.",
        "Established in 1856, Burberry is one of the oldest British luxury houses.",
        "Macmillan Cancer Support (founded 1911) relies mainly on voluntary income.",
        "{FOUNDER} opened the first store in {Y}.",
        "Jet2 (formerly Channel Express, founded 1983) moved into package holidays in 2007.",
        "The RNLI was set up in 1824 and is still funded almost entirely by donations.",
        "Since its launch in {Y}, {B} has grown to {n} sites across the UK.",
        "Cadbury (est. 1824, Birmingham) is still seen as a British brand despite its American owner.",
    ],
    "company-milestone": [
        "{B} floated on the London Stock Exchange in {Y}.",
        "Cadbury was taken over by Kraft Foods in 2010, which caused a public backlash.",
        "Whitbread sold Costa Coffee to Coca-Cola in January 2019 for £3.9bn.",
        "In {RY}, {B} became a certified B Corp.",
        "{B} (acquired by {PARENT} in {Y}) kept its own brand identity.",
        "Monzo was granted a full UK banking licence in April 2017.",
        "The merger of Virgin Media and O2 was completed in June 2021.",
    ],
    "product-launch": [
        "The {PRODUCT} was launched in {MON} {Y} at a price of £{price}.",
        "Greggs' vegan sausage roll (January 2019) sold out in several stores within days.",
        "{B} launched its app in {Y} and it now has {n},000 downloads.",
        "Pret's coffee subscription (launched September 2020) was later changed after complaints.",
        "The PlayStation 5 (released November 2020) was hard to buy for months.",
        "Apple Pay arrived in the UK in July 2015, which changed how {A} pay in store.",
        "{B}'s new range (spring/summer {Y}) targets {A}.",
    ],
    "product-recall": [
        "The Horsemeat scandal (2013) damaged trust in several supermarket brands.",
        "In {MON} {Y}, {B} recalled a batch of products because of undeclared allergens.",
        "The Pret allergen case (2016) led to 'Natasha's Law' in October 2021.",
        "The Volkswagen emissions scandal ('Dieselgate', September 2015) is a well-known example of a trust crisis.",
        "After the 2017 data breach, {B} offered customers free credit monitoring.",
        "The Samsung Galaxy Note 7 recall (2016) cost the company an estimated $5bn.",
    ],
    "crisis-event": [
        "The Ratner gaffe (April 1991) wiped around £500m off the value of the company.",
        "The KFC chicken shortage (February 2018) was turned around with the 'FCK' advert.",
        "Kids Company (closed in August 2015) is often used as an example of charity governance failure.",
        "Oxfam's Haiti scandal (2018) led to the loss of around 7,000 regular donors.",
        "The collapse of Thomas Cook (September 2019) left 150,000 British tourists abroad.",
        "The 2008 financial crisis (often called the 'credit crunch') badly damaged trust in banks.",
        "Following the European Super League announcement (April 2021), fans protested at several grounds.",
    ],
    "ranking-index": [
        "{B} ranked {n}th in the Kantar BrandZ Top 75 UK list for {Y}.",
        "Apple topped Interbrand's Best Global Brands list again in 2023.",
        "{B} came {q} in YouGov's BrandIndex 'Buzz' rankings for {Y}.",
        "First Direct was placed 1st in the UKCSI (Institute of Customer Service, January {Y}).",
        "{B} appeared in the Sunday Times Best Places to Work list in {Y}.",
        "The UK fell to {n}th place in the World Giving Index {Y}.",
        "Brand Finance valued {B} at £{n}m in its {Y} ranking.",
        "{CLUB} was ranked {q}th in the Deloitte Football Money League {Y}.",
    ],
    "table-caption": [
        "Table {q}: UK hotel market share by brand, {Y}–{Y2}",
        "Table {q}: Top five UK charities by voluntary income ({Y})",
        "Table {q}. PESTLE analysis for {B} ({MON} {Y})",
        "Table {q} – Current account switching, Q{q} {Y} (CASS data)",
        "Table {q}: Media plan for the {Y} campaign (Phase 1–3)",
        "Table {q}: Competitor comparison – {B}, {HOTEL} and {LUX}",
        "Table {q}: SMART objectives (to be achieved by December {Y2})",
    ],
    "figure-caption": [
        "Figure {q}: {B}'s Instagram engagement rate, January–June {Y}",
        "Figure {q}: Ansoff matrix applied to {B}",
        "Figure {q}. Customer journey map for a first-time donor (author's own, {Y})",
        "Figure {q}: Perceptual map of UK budget hotels (author's own work)",
        "Figure {q} – The B2B buying centre at {B} (Appendix {q})",
        "Figure {q}: Google Trends interest in 'staycation', {Y}–{Y2}",
        "Figure {q}: Ticket sales by age group (season {SEASON})",
    ],
    "chart-data-label": [
        "Revenue (£m): {Y} – {n}; {Y2} – {n2}.",
        "Visitors (millions): {Y}: {q}.{d}; {Y2}: {q}.{n}.",
        "Market share (%, {Y}): {B} {pct}, {HOTEL} {pct2}, others {n}.",
        "Net Promoter Score: {Y} (+{pct}), {Y2} (+{pct2}).",
        "Donations (£000s), Q1–Q4 {Y}: {n}, {n2}, {n}, {n2}.",
        "Series 1 = {Y}, Series 2 = {Y2} (percentages of respondents).",
    ],
    "financial-year": [
        "In FY{yy}, {B} reported revenue of £{n}m.",
        "For the year ended 31 March {Y}, like-for-like sales rose by {pct}%.",
        "Pre-tax profit for H1 {Y} was £{n2}m, up {pct}% on the previous year.",
        "The {SEASON} financial year was the first with a profit since the pandemic.",
        "{B}'s revenue per available room (RevPAR) was £{n} in {Y}.",
        "Operating margin fell from {pct}% ({Y}) to {pct2}% ({Y2}).",
        "Total income for {CHARITY} was £{n}m in {SEASON2}.",
    ],
    "person-role": [
        "{PERSON} ({ROLE}, {Y}–{Y2}) led the rebrand.",
        "{PERSON}, who became {ROLE} in {Y}, wants to double digital sales.",
        "The current CEO of {B}, {PERSON} (appointed {Y}), comes from a finance background.",
        "Alison Rose (CEO of NatWest Group, 2019–2023) was a high-profile appointment.",
        "{PERSON} (Head of Partnerships) joined from {AGENCY} in {MON} {Y}.",
        "Under Ronald Kers (CEO since 2020), the Hovis brand was relaunched.",
        "Gareth Southgate (England manager, 2016–2024) is often used in leadership adverts.",
    ],
    "founder-lifespan": [
        "Thomas Burberry (1835–1926) invented gabardine in 1879.",
        "Jesse Boot (1850–1931) built Boots into a national chain.",
        "Henry Wellcome (1853–1936) left his fortune to medical research.",
        "John Spedan Lewis (1885–1963) created the employee partnership in 1929.",
        "Sir Freddie Laker (1922–2006) pioneered low-cost transatlantic flights.",
        "Cecily Saunders (1918–2005) founded the modern hospice movement.",
    ],
    "interviewee": [
        "Interviewee {q} ({ROLE}, {HOTEL}) said the booking engine was the main problem.",
        "Participant B ({SEG}, aged {age}) preferred to donate by text.",
        "One respondent (female, {age}, {CITY}) described the brand as 'posh but friendly'.",
        "Interviewee A (procurement manager, manufacturing, {MON} {Y}) said price mattered less than reliability.",
        "P{q} (season ticket holder since {Y}) felt the club no longer listened to fans.",
        "Focus group {q} ({n2} students, {MON} {Y}) was run on Microsoft Teams.",
        "A volunteer (Volunteer 3, {CHARITY}) explained how the shop recruits helpers.",
    ],
    "own-survey": [
        "An online survey (n = {n}) was carried out in {MON} {Y} using Google Forms.",
        "Of the respondents ({n} in total), {pct}% said they had switched brand.",
        "Primary research ({MON}–{MON2} {Y}) combined a questionnaire and two interviews.",
        "The author's survey of {A} ({n} responses, {Y}) is in Appendix {q}.",
        "Most respondents (n={n2}) were aged 18–24.",
        "A Likert scale (1 = strongly disagree, 5 = strongly agree) was used.",
        "The questionnaire was piloted with five classmates in {MON} {Y}.",
    ],
    "section-pointer": [
        "(See Appendix {q} for the full questionnaire.)",
        "The full PESTLE analysis is in Appendix {q} (pages {q}–{n}).",
        "This is discussed further in Section {q}.{d}.",
        "(see Figure {q} above)",
        "As shown in Table {q} (Section 2), the main competitor is {HOTEL}.",
        "Budget details are in Appendix {APP} (Gantt chart).",
        "(Refer to Task 1, part (b).)",
    ],
    "statute": [
        "The Consumer Rights Act 2015 sets out what customers can expect from services.",
        "Under the Charities Act 2011, fundraising must be in the public interest.",
        "The Data Protection Act 2018 and UK GDPR restrict how {B} can use customer data.",
        "The Equality Act (2010) applies to hotel access and room design.",
        "The Sugar Tax (Soft Drinks Industry Levy, April 2018) forced many brands to reformulate.",
        "The Digital Markets, Competition and Consumers Act 2024 gives the CMA new powers.",
        "The Bribery Act 2010 affects how B2B firms offer hospitality to clients.",
        "The Gambling Act (2005) is currently under review.",
    ],
    "regulation-code": [
        "The CAP Code (Edition 12) requires ads to be obviously identifiable.",
        "The FCA's Consumer Duty (July 2023) requires banks to show fair value.",
        "PECR (2003) rules mean {B} needs consent before sending marketing emails.",
        "The HFSS advertising restrictions (October 2025) limit how {B} can promote snacks.",
        "The Fundraising Regulator's Code of Fundraising Practice (updated {Y}) covers street fundraising.",
        "Under Rule 3.1 of the CAP Code, marketers must not mislead consumers.",
        "The ASA upheld {n} complaints about influencer posts in {Y}.",
        "The Green Claims Code (CMA, September 2021) sets out six principles.",
    ],
    "sport-event": [
        "The Women's Euros (July 2022) attracted a record TV audience.",
        "England will host Euro 2028 with Ireland, Scotland and Wales.",
        "The Hundred (launched 2021) was designed to attract families to cricket.",
        "The London Marathon raised over £{n}m for charity in {Y}.",
        "The Rugby World Cup 2023 (France) was sponsored by {B}.",
        "Wimbledon {RY} used AI-generated highlights for the first time.",
        "The 2012 Olympic Games in London left a legacy for community sport.",
        "The Ryder Cup 2027 will be held at Adare Manor.",
    ],
    "sport-result": [
        "Leicester City (Premier League champions, 2015/16) gained many overseas fans.",
        "{CLUB} finished {q}th in the {SEASON} season.",
        "The Lionesses won the Euros in 2022 and reached the World Cup final in 2023.",
        "After promotion in {Y}, {CLUB} saw season ticket sales rise by {pct}%.",
        "Wrexham AFC (promoted 2023, 2024 and 2025) shows the power of documentary content.",
        "England's Ashes win (2005) is still used in cricket marketing.",
    ],
    "sponsorship-deal": [
        "{B}'s shirt sponsorship of {CLUB} ({Y}–{Y2}) is worth £{n}m a year.",
        "Barclays became title sponsor of the Women's Super League in 2019.",
        "Emirates has sponsored Arsenal since 2006, including the stadium name.",
        "Vitality (title partner, {Y}–{Y2}) also sponsors netball and the T20 Blast.",
        "The deal (signed {MON} {Y}) includes digital and hospitality rights.",
        "Heineken (official beer of the UEFA Champions League since 1994) uses football in most of its advertising.",
    ],
    "venue-name": [
        "The Utilita Arena Birmingham (formerly the NIA) holds 15,800 people.",
        "The Etihad Stadium (opened 2002) was built for the Commonwealth Games.",
        "Tottenham Hotspur Stadium (2019) hosts NFL games and concerts.",
        "The OVO Hydro (Glasgow, opened 2013) is one of the busiest venues in the world.",
        "Co-op Live (Manchester, opened May 2024) had a difficult launch.",
        "The ExCeL centre (London Docklands) hosts many B2B trade shows.",
    ],
    "destination": [
        "Hull (UK City of Culture 2017) saw visitor numbers rise sharply.",
        "Liverpool was European Capital of Culture in 2008.",
        "Bradford is UK City of Culture 2025.",
        "{CITY} attracted {n2} million visitors in {Y}.",
        "The North Coast 500 (launched 2015) has been linked to overtourism in the Highlands.",
        "The Edinburgh Festival Fringe (August {Y}) sold over {q} million tickets.",
        "Cornwall hosted the G7 summit in June 2021.",
        "Venice introduced an entry fee for day trippers in April 2024.",
    ],
    "hospitality-rating": [
        "{HOTEL} holds a 4-star rating (AA) and two AA Rosettes.",
        "The restaurant gained its first Michelin star in {Y}.",
        "{HOTEL} won a Tripadvisor Travellers' Choice award in {Y}.",
        "The hotel has a Food Hygiene Rating of 5 (inspected {MON} {Y}).",
        "Gleneagles (5-star, Perthshire) targets the luxury golf market.",
        "{HOTEL} scored {q}.{d}/10 on Booking.com ({n} reviews).",
    ],
    "review-score": [
        "{B} has a Trustpilot score of 4.{d} from {n},000 reviews.",
        "The app is rated 4.{q} (App Store, {MON} {Y}).",
        "Google reviews average 3.{q}/5 ({n} reviews).",
        "On Tripadvisor, {HOTEL} is ranked #{n2} of {n} hotels in {CITY}.",
        "{B}'s Which? customer score was {pct}% in {Y}.",
        "Glassdoor rating: 3.{d} (CEO approval {pct}%).",
    ],
    "charity-appeal": [
        "Red Nose Day {Y} raised £{n}m for Comic Relief.",
        "The Ice Bucket Challenge (summer 2014) raised over $100m for ALS research.",
        "#NoMakeUpSelfie (March 2014) raised £8m for Cancer Research UK in six days.",
        "Movember (started in Melbourne in 2003) now runs in over 20 countries.",
        "Captain Tom Moore raised over £32m for NHS Charities Together in April 2020.",
        "Children in Need ({MON} {Y}) featured Pudsey wearing a {CLUB} shirt.",
        "The Macmillan Coffee Morning (held every September since 1990) is its biggest event.",
    ],
    "charity-number": [
        "{CHARITY} (registered charity no. {regno}) is based in London.",
        "Registered charity number {regno} (England and Wales) and SC{regsc} (Scotland).",
        "The RNLI (charity nos. 209603 and SC037736) operates over 230 lifeboat stations.",
        "{CHARITY} is a company limited by guarantee (No. {compno}).",
        "Gift Aid adds 25p to every £1 donated by a UK taxpayer.",
    ],
    "public-campaign": [
        "Change4Life (launched January 2009) aimed to reduce childhood obesity.",
        "Eat Out to Help Out (August 2020) cost around £849m.",
        "The 'Stay Home, Protect the NHS, Save Lives' message (March 2020) was widely recognised.",
        "Every Mind Matters (October 2019) was Public Health England's mental health campaign.",
        "The THINK! campaign (since 2000) has used shock tactics to reduce road deaths.",
        "Stoptober (first run in 2012) encourages smokers to quit for 28 days.",
        "The 'Help to Buy' scheme (2013–2023) shaped the new-build housing market.",
    ],
    "rate-allowance": [
        "The Bank of England raised Bank Rate to 5.25% in August 2023.",
        "The ISA allowance is £20,000 for the {SEASON} tax year.",
        "CPI inflation peaked at 11.1% in October 2022.",
        "The National Living Wage rose to £{price} per hour in April {Y}.",
        "VAT for hospitality was cut to 5% (July 2020 – September 2021).",
        "The FSCS protects deposits up to £85,000 per person.",
        "UK unemployment was {q}.{d}% in Q{q} {Y} (ONS Labour Force Survey).",
    ],
    "ticker-index": [
        "{B} (LSE: {TICKER}) has been in the FTSE 100 since {Y}.",
        "Shares in Burberry (LON: BRBY) fell {pct}% on the day.",
        "The FTSE 250 closed at {n},{n2} on {d} {MON} {Y}.",
        "Diageo (NYSE: DEO; LSE: DGE) is listed in London and New York.",
        "Deliveroo (LSE: ROO) floated in March 2021 at 390p a share.",
    ],
    "luxury-heritage": [
        "The Burberry trench coat (first made for officers in the First World War) is still its hero product.",
        "The Hermès Birkin (1984) is named after Jane Birkin.",
        "Mulberry's Bayswater bag (launched 2003) is its best-known product.",
        "{LUX} has held a Royal Warrant since {Y}.",
        "Chanel No. 5 (1921) is still one of the best-selling perfumes in the world.",
        "Rolls-Royce Motor Cars (Goodwood, since 2003) is owned by BMW.",
        "Savile Row tailors such as Gieves & Hawkes (est. 1771) trade on heritage.",
    ],
    "pack-size": [
        "The Dairy Milk bar was cut from 200g to 180g in {Y}.",
        "Toblerone (360g, {Y}) changed its shape to cut costs.",
        "Walkers multipacks (6 x 25g) sell for £{price} in {B}.",
        "Heinz Beanz (415g) have been the same size since {Y}.",
        "The 'Big Pack' (12 x 330ml) was introduced in {MON} {Y}.",
        "Quality Street tins (now 600g, formerly 1.2kg) are a famous example of shrinkflation.",
    ],
    "trade-show": [
        "{B} exhibited at B2B Marketing Expo (ExCeL London, {MON} {Y}).",
        "Hannover Messe {Y} attracted over {n},000 exhibitors.",
        "The team will attend World Travel Market (WTM London, November {Y}).",
        "IFE (International Food & Drink Event, {Y}) is the UK's largest food trade show.",
        "At CES {RY}, several brands showed AI-powered products.",
        "The Hotel Show (Olympia, {Y}) is a key event for hospitality suppliers.",
        "Marketing Week Live ({Y}) will be used for networking with agencies.",
    ],
    "agency-account": [
        "{AGENCY} has held the {B} creative account since {Y}.",
        "The media account moved to {AGENCY} in {MON} {Y} after a pitch.",
        "{B} (client since {Y}) is the agency's largest account.",
        "{AGENCY}'s retainer with {B} is reported to be worth £{n}m a year.",
        "The brief (issued {d} {MON} {Y}) asked for a fully integrated campaign.",
        "Adam&Eve/DDB created the John Lewis Christmas adverts from 2009.",
    ],
    "industry-award": [
        "The campaign won Gold at the IPA Effectiveness Awards {Y}.",
        "{B} won a Cannes Lions Grand Prix in {Y}.",
        "{AGENCY} was named Agency of the Year (Campaign, {Y}).",
        "The campaign was shortlisted for the Third Sector Awards {Y} (Best Use of Digital).",
        "{HOTEL} won Hotel of the Year at the Cateys {Y}.",
        "The Marketing Society Awards {Y} recognised {B} for brand revival.",
        "{B} was a finalist at the UK Social Media Awards ({Y}).",
    ],
    "advert-name": [
        "John Lewis's 'Monty the Penguin' (2014) is still one of its best-known adverts.",
        "Cadbury's 'Gorilla' advert (2007) helped rebuild the brand after a salmonella scare.",
        "The 'Tango Slap' advert (1992) was taken off air after playground injuries.",
        "Sport England's 'This Girl Can' (January 2015) used real women rather than models.",
        "Channel 4's 'Meet the Superhumans' (2016) promoted the Paralympics.",
        "The 'Compare the Meerkat' campaign (VCCP, 2009) made a comparison site memorable.",
        "Aldi's 'Kevin the Carrot' (first shown in 2016) returns every Christmas.",
        "Heineken's 'Worlds Apart' (2017) was praised for its message.",
    ],
    "tv-film": [
        "The Apprentice (BBC One, series {q}) featured a task for {B}.",
        "Netflix's Drive to Survive (2019–) has brought new fans to Formula 1.",
        "Welcome to Wrexham (Disney+, 2022) turned a non-league club into a global brand.",
        "Downton Abbey (ITV, 2010–2015) boosted visits to Highclere Castle.",
        "The Barbie film (July 2023) led to a wave of pink brand tie-ins.",
        "Dragons' Den (BBC One) has helped brands such as Reggae Reggae Sauce.",
        "Game of Thrones (HBO, 2011–2019) made Northern Ireland a filming destination.",
        "Emily in Paris (Netflix, 2020) is often discussed as product placement.",
    ],
    "tech-version": [
        "GA4 replaced Universal Analytics in July 2023.",
        "iOS 14.5 (April 2021) introduced App Tracking Transparency.",
        "Google's March 2024 core update reduced traffic to many blogs.",
        "ChatGPT (released November 2022) is now used by many agencies for first drafts.",
        "Meta Advantage+ (rolled out to UK advertisers in {RY}) automates audience targeting.",
        "Chrome's cookie changes (announced {RY}) affect retargeting.",
        "HubSpot (Marketing Hub Professional) costs around £{n} a month.",
        "Windows 11 (2021) and Microsoft 365 Copilot are both used at {B}.",
    ],
    "time-period": [
        "Sales peak in Q4 (October–December) each year.",
        "Over the period {Y}–{Y2}, donations fell in real terms.",
        "The campaign will run from {d} {MON} to {d} {MON2} {Y2}.",
        "During lockdown (March–June 2020), hotel occupancy fell to almost zero.",
        "The 12 weeks to {d} {MON} {Y} showed a rise in own-label sales.",
        "Phase 2 (weeks 5–8) focuses on conversion.",
        "The 2019/20 season was cut short by COVID-19.",
    ],
    "company-number": [
        "{B} Ltd (Company No. {compno}) is registered in England and Wales.",
        "Monzo Bank Limited is authorised by the PRA (FRN {frn}).",
        "The agency's registered office is in Leeds (VAT No. GB {compno}).",
        "{B} is a subsidiary of {PARENT} (registered in Jersey).",
        "Firm Reference Number {frn} appears on the FCA register.",
    ],
    "generation": [
        "Gen Z (born 1997–2012) are now entering the workforce.",
        "Millennials (born 1981–1996) are the largest group of hotel guests.",
        "Baby Boomers (born 1946–1964) hold most of the UK's wealth.",
        "Generation Alpha (born after 2010) influence family purchases.",
        "The over-65s (ONS, {Y} estimates) give the most to charity.",
        "Gen X (1965–1980) are often overlooked by banks' marketing.",
    ],
    "historical-event": [
        "The EU referendum (June 2016) caused a fall in the value of the pound.",
        "Since Brexit (January 2020), importing luxury goods has become more complex.",
        "The COVID-19 pandemic (2020–2022) accelerated online banking.",
        "The 2012 'omnishambles' Budget introduced the 'pasty tax'.",
        "After the mini-budget (September 2022), mortgage rates rose sharply.",
        "The Big Bang (October 1986) deregulated the City of London.",
        "The Queen's funeral (19 September 2022) was a bank holiday.",
    ],
    "social-handle": [
        "@{handle} has {n}k followers on Instagram.",
        "{B}'s TikTok (@{handle}, joined {RY}) posts three times a week.",
        "The hashtag #{tag}{RY} trended on X in {MON}.",
        "Their LinkedIn page (linkedin.com/company/{handle}) has {n},000 followers.",
        "The club's YouTube channel (since {Y}) has over {n2} million subscribers.",
        "Posts tagged #{tag} reached {n}k users in {MON} {RY}.",
    ],
    "loyalty-scheme": [
        "Tesco Clubcard (launched February 1995) changed grocery retail.",
        "Nectar (2002) is now owned by Sainsbury's.",
        "IHG One Rewards (relaunched 2022) has over 100 million members.",
        "The Boots Advantage Card (1997) is one of the UK's largest loyalty schemes.",
        "{B} Rewards (introduced {Y}) gives members {pct}% back on every stay.",
        "Avios (formerly Air Miles) can be used across British Airways and Iberia.",
    ],
    "pledge-target": [
        "{B} aims to reach net zero by {Y2} (Scope 1 and 2).",
        "The Courtauld Commitment 2030 targets a 50% cut in food waste.",
        "Its Science Based Targets (approved {Y}) cover the whole supply chain.",
        "{B} has pledged 100% recyclable packaging by {Y2}.",
        "The UN's Sustainable Development Goals (2015) are used in {B}'s ESG report.",
        "Plan A (launched by M&S in 2007) is an early example of a sustainability plan.",
        "The club signed the UN Sports for Climate Action Framework in {Y}.",
    ],
    "price-year": [
        "A Freddo cost 10p in 2005 but {price} in {Y}.",
        "The average room rate was £{n} ({Y}) compared to £{n2} ({Y2}).",
        "Season tickets start at £{n} ({SEASON} prices).",
        "The monthly fee is £{price} (inc. VAT, {Y}).",
        "Afternoon tea at {HOTEL} costs £{n} per person ({MON} {Y}).",
        "The RRP of the bag is £1,{n} ({Y} collection).",
    ],
    "report-version": [
        "Word count: 2,{n} (excluding tables and appendices).",
        "Submitted: {d} {MON} {Y} (Version 2).",
        "CIM Level 6 Diploma in Professional Marketing – Digital Strategy (Unit 2)",
        "Candidate number: {compno} | Centre: {CITY} College",
        "Assignment brief: Task 2(a), {MON} {Y} series",
        "Module BUS{n2} – Marketing Planning (Semester {q}, {SEASON})",
    ],
    "slogan-tagline": [
        "The strapline 'Worth doing. Worth Doing Well' ran from {Y} to {Y2}.",
        "Premier Inn's 'Everything's Premier but the price' was dropped in {Y}.",
        "Nationwide's 'Voices' campaign uses the line 'Proud to be different'.",
        "The 'Every little helps' slogan has been used by Tesco since 1993.",
        "'Vorsprung durch Technik' (Audi UK, 1982) is still remembered.",
        "Jet2holidays' 'Nothing beats a Jet2 holiday' became a meme in 2025.",
    ],
    "place-address": [
        "Head office: Welwyn Garden City (Hertfordshire).",
        "{B}'s flagship store on Regent Street (London W1) opened in {Y}.",
        "The hotel is 10 minutes from Manchester Airport (MAN).",
        "The warehouse (Daventry, Northamptonshire) serves the whole UK.",
        "{CITY} (population {n},000) is the main catchment area.",
        "The new site at Battersea Power Station (SW11) opened in {MON} {Y}.",
    ],
}

BRANDS = ["Premier Inn", "Whitbread", "Jet2holidays", "Monzo", "Nationwide", "Starling Bank", "Aviva", "Hargreaves Lansdown", "Macmillan Cancer Support",
          "the RNLI", "Cancer Research UK", "the British Heart Foundation", "Burberry", "Mulberry", "Charlotte Tilbury", "Cadbury", "Walkers", "Innocent", "Heinz",
          "Fever-Tree", "Pip & Nut", "JCB", "Sage", "Rolls-Royce", "Manchester City", "the ECB", "Sport England", "Merlin Entertainments", "VisitScotland",
          "Center Parcs", "Travelodge", "Wetherspoons", "Greene King", "Dishoom", "Hotel Chocolat", "Octopus Energy", "Marks & Spencer", "Sainsbury's",
          "Brewin Dolphin", "Reckitt", "Unilever", "Gymshark", "Parkrun"]  # fmt: skip

# fmt: off
FIRSTS = ["Sarah", "Daniel", "Priya", "Marcus", "Eleanor", "Kwame", "Jo", "Hamish", "Leila", "Rory", "Bethan", "Tariq"]
LASTS = ["Okafor", "Whitcombe", "Harland", "Bajwa", "Prendergast", "Lindholm", "Mackay", "Osei", "Rowntree", "Delaney", "Fitzgerald", "Cheung"]
ROLES = ["Chief Marketing Officer", "CEO", "Head of Brand", "Marketing Director", "Director of Fundraising", "General Manager", "Head of Partnerships",
         "Commercial Director", "Head of Digital", "Revenue Manager", "front-of-house supervisor", "Key Account Manager"]  # fmt: skip
HOTELS = ["Premier Inn", "Travelodge", "Hilton Garden Inn", "the Midland Hotel", "Malmaison", "the Balmoral", "Hotel du Vin", "Village Hotels", "the Gleneagles Hotel", "citizenM"]
CHARITIES = ["Macmillan Cancer Support", "Shelter", "Mind", "the RSPCA", "Age UK", "the Trussell Trust", "Marie Curie", "St John Ambulance", "Barnardo's", "Crisis"]
CLUBS = ["Manchester United", "Arsenal", "Tottenham Hotspur", "Leeds United", "Bath Rugby", "Leicester Tigers", "Celtic", "Wrexham AFC", "Yorkshire CCC", "Manchester City"]
LUXURY = ["Burberry", "Mulberry", "Smythson", "Barbour", "Fortnum & Mason", "Twinings", "Hunter", "Asprey", "Penhaligon's", "Johnnie Walker"]
AGENCIES = ["VCCP", "Mother London", "adam&eveDDB", "AMV BBDO", "Uncommon Creative Studio", "Havas Lynx", "BBH London", "McCann Manchester", "Ogilvy UK", "Iris Worldwide"]
CITIES = ["Edinburgh", "York", "Bath", "Liverpool", "Cardiff", "Belfast", "Manchester", "Brighton", "Inverness", "Norwich", "Bristol", "Newcastle"]
PARENTS = ["Unilever", "Diageo", "LVMH", "Mondelēz International", "Heineken", "Whitbread", "Kering", "Asahi", "Coca-Cola HBC", "Nestlé"]
PRODUCTS = ["Dairy Milk Plant Bar", "Monzo Plus account", "Premier Plus room", "Jet2CityBreaks app", "Walkers Max Strong range", "Innocent bubbles", "Mulberry Lana bag",
            "Nationwide FlexOne account", "JCB Hydrogen engine", "Fever-Tree Refreshingly Light tonic"]  # fmt: skip
FOUNDERS = ["Anita Roddick", "Jesse Boot", "Thomas Burberry", "Jimmy Choo", "Mary Quant", "Richard Branson", "Julian Richer", "Charlotte Tilbury", "Ben Francis"]
SEGMENTS = ["regular donor", "lapsed donor", "business traveller", "season ticket holder", "first-time buyer", "SME owner", "retired saver", "student"]
TICKERS = ["TSCO", "WTB", "BRBY", "DGE", "ULVR", "LLOY", "AV.", "MKS", "SBRY", "JET2"]
HANDLES = ["premierinn", "monzo", "cadburyuk", "jet2holidays", "macmillancancer", "burberry", "sportengland", "innocent", "nationwide", "octopusenergy"]
TAGS = ["ThisGirlCan", "ShopLocal", "BlackFriday", "GivingTuesday", "Staycation", "Movember", "BookDirect", "LoveIsland", "Wimbledon", "ClubcardPrices"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

# fmt: on


def values(rng: random.Random) -> dict[str, str]:
    """Values only this pool's frames use, drawn fresh for each sentence."""
    year = rng.randint(2010, 2025)
    first, second = rng.sample(MONTHS, 2)
    return {
        "PERSON": f"{rng.choice(FIRSTS)} {rng.choice(LASTS)}", "ROLE": rng.choice(ROLES), "HOTEL": rng.choice(HOTELS),
        "CHARITY": rng.choice(CHARITIES), "CLUB": rng.choice(CLUBS), "LUX": rng.choice(LUXURY), "AGENCY": rng.choice(AGENCIES),
        "CITY": rng.choice(CITIES), "PARENT": rng.choice(PARENTS), "PRODUCT": rng.choice(PRODUCTS), "FOUNDER": rng.choice(FOUNDERS),
        "SEG": rng.choice(SEGMENTS), "TICKER": rng.choice(TICKERS), "handle": rng.choice(HANDLES), "tag": rng.choice(TAGS),
        "MON": first, "MON2": second, "yy": str(year % 100).zfill(2),
        "SEASON": f"{year}/{(year + 1) % 100:02d}", "SEASON2": f"{year}–{(year + 1) % 100:02d}", "pct": str(rng.randint(2, 48)), "pct2": str(rng.randint(2, 48)),
        "price": f"{rng.randint(1, 19)}.{rng.choice(['00', '25', '49', '50', '75', '99'])}", "n2": str(rng.randint(2, 95)),
        "age": str(rng.randint(18, 74)), "regno": str(rng.randint(200000, 1199999)), "regsc": str(rng.randint(10000, 49999)).zfill(6),
        "RY": str(rng.randint(2019, 2025)), "compno": str(rng.randint(1000000, 14999999)).zfill(8), "frn": str(rng.randint(100000, 999999)), "APP": rng.choice("ABCDEF"),
    }  # fmt: skip
