"""Prose for the twelfth held-out pool, "blind12": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twelfth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how three kinds of UK student write marketing reports: degree apprentices writing about the firm that employs
them, career changers (a nurse, a bank clerk, a chef, a musician) bringing their old job into every paragraph, and
students writing in English as a second language, whose reporting verbs lean on "said", "mentioned", "according
to" and "based on". The sectors are financial services and insurance, higher education recruitment, music, live
entertainment and ticketing, football and sports clubs, food and drink start-ups, grocery retail, mobility and
car-sharing, and NHS and public health campaigns. Citations open, sit inside and close sentences, follow "according
to", "as mentioned by", "based on", "in line with", "unlike" and "building on", stand in table and figure notes and
after lists, carry "see", "e.g.", "cf." and "see also" inside the bracket, and are possessive. The decoys are text
with a capitalised name, a year, a bracket or quotation marks that is not a citation; their kinds are the keys of
NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the keys of ``values()`` below.
Decoy frames hold no citation slot. Claims are clauses in lower case with no full stop; openers are phrases
written before a comma.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- citing sentences
NARRATIVE_START = [
    "{N} argued that {C}.",
    "{N} found that {C}.",
    "{N} suggested that {C}, which is very relevant to {B}.",
    "{N} explained that {C}.",
    "{N} said that {C}.",
    "{N} also mentioned that {C}.",
    "{N} pointed out that {C}; however, {C2}.",
    "{N} identified three groups in this market: savers, strugglers and switchers.",
    "{N} described four stages of fan loyalty: awareness, attraction, attachment and allegiance.",
    "{N} defined social marketing as using marketing ideas to change behaviour for the good of society.",
    "{N} reported that {C}.",
    "{N} was critical of this view and claimed that {C}.",
    "{N} agreed, noting that {C}.",
    "{N} surveyed {n} UK adults and concluded that {C}.",
    "{N} gave the example of {B}, where {C}.",
    "{N} compared the five biggest UK supermarkets and showed that {C}.",
    "{N} warned that {C}, especially for {who}.",
    "{N} took a different view: {C}.",
    "{N} interviewed marketing managers at {n} clubs and found that {C}.",
    "{N} showed in a study of {who} that {C}.",
    "{N} recommended that brands like {B} should test their messages with {who} first.",
    "{N} is one of the few studies to look at {who}, and it concluded that {C}.",
    "{N} highlighted that {C}, which I have also seen in my workplace.",
    "{N} believed that {C}.",
    "{N} gave evidence that {C}.",
    "{N} noted that {C} and that {C2}.",
]

NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} explained, {C}.",
    "This is supported by {N}, who found that {C}.",
    "{O}, {N} argued that {C}.",
    "In line with {N}, {C}.",
    "A similar point was made by {N} about {B}.",
    "Research by {N} showed that {C}.",
    "Building on {N}, this report argues that {C}.",
    "Based on {N}, {C}.",
    "The model developed by {N} is used here to analyse {B}.",
    "Figure {q}: the customer journey for {B}, adapted from {N}.",
    "Table {q} is based on figures published by {N}.",
    "Source: adapted from {N}.",
    "This matches what {N} observed: {C}.",
    "In the opinion of {N}, {C}.",
    "Unlike {N}, I believe that {C}.",
    "It was {N} who first noted that {C}.",
    "Both {B} and its competitors use the framework set out by {N}.",
    "{O}, {C}, as {N} showed.",
    "As mentioned by {N}, {C}.",
    "For example, {N} described how {C}.",
    "My line manager recommended {N}, which explains that {C}.",
    "This idea comes from {N} and agencies still use it today.",
    "The segments in Table {q} follow {N}, with one group added for {who}.",
    "When I worked as a nurse I saw this every day, and {N} confirmed that {C}.",
    "The findings of {N} are important here because {C}.",
    "{O}, the work of {N} suggests that {C}.",
    "Three drivers of switching are named by {N}: price, service and trust.",
]

POSSESSIVE = [
    "{N} framework was applied to {B}.",
    "{N} study of {who} found that {C}.",
    "Using {N} model, {C}.",
    "{N} research shows that {C}.",
    "{N} definition of brand equity is used in this report.",
    "According to {N} survey, {C}.",
    "{N} findings suggest that {C}.",
    "{N} view is that {C}.",
    "{N} matrix helps to explain why {C}.",
    "Applying {N} stages of fan loyalty to {B} shows that {C}.",
    "This report follows {N} approach to segmentation.",
    "{N} data show that {C}.",
    "{N} analysis of the market suggests that {C}.",
    "I chose {N} model because it was used in my workplace as well.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Evidence suggests that {C} {P}.",
    "{B} is a good example, as {C} {P}.",
    "The main barriers are cost, time and a lack of trust {P}.",
    "This is known as the intention-behaviour gap {P}.",
    "In the UK, {C} {P}.",
    "Table {q} shows the market shares of the main grocers {P}.",
    "Figure {q} summarises the four stages of the fan journey {P}.",
    "Some authors disagree and say that {C} {P}.",
    "{C}, especially among {who} {P}.",
    "Three things matter most to {who}: price, convenience and trust {P}.",
    "The same is true for {B} {P:see}.",
    "Other insurers have done the same {P:e.g.}.",
    "{C}, which I have also noticed in my workplace {P}.",
    "Recent data confirms this {P}.",
    "{C} {P:see also}.",
    "For {B}, this could mean that {C} {P}.",
    "Many universities now use TikTok in their recruitment campaigns {P}.",
    "Dynamic pricing has made some fans very angry {P}.",
    "Car club members drive fewer miles than people who own a car {P}.",
    "Public health campaigns work best when they make the healthy choice the easy choice {P}.",
    "{C}; however, {C2} {P}.",
    "Challenger brands often win by being different rather than better {P:cf.}.",
    "{O}, it can be said that {C} {P}.",
    "There are four types of ticket buyer: planners, spontaneous buyers, fans and resellers {P}.",
    "Trust in banks has still not fully recovered since the financial crisis {P}.",
    "{C} {P:for example,}.",
    "This is a common problem in the sector {P:as discussed in}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{O}, {C} {P}, which means {B} must act quickly.",
    "Studies {P} show that {C}.",
    "Loyalty schemes {P} are one way to reduce churn, but {C}.",
    "{C} {P}; therefore, {C2}.",
    "While {C} {P}, {C2}.",
    "The so-called attitude-behaviour gap {P} helps to explain why {C}.",
    "Research on {who} {P} suggests that {C}.",
    "{B} {P} is often given as an example of good practice.",
    "As shown in Table {q} {P}, {C}.",
    "Some evidence {P:e.g.} suggests that {C}.",
    "Although {C} {P}, {C2}.",
    "{C} {P} – something {B} has not yet done.",
    "Nudge techniques {P} such as default options are now common in pension and savings apps.",
    "The recent figures {P} are worrying for {B} because {C}.",
    "{O}, social proof {P} is used on almost every ticketing site.",
    "Fan ownership models {P:see} are still rare in English football, although {C}.",
]

QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} described this as {Q}.",
    "As {N} put it, {Q}.",
    "{Q} {P}.",
    "One definition is that {Q} {P}.",
    "{O}, {N} warned that {Q}.",
    "This supports the view that {Q} {P}, which is relevant to {B}.",
    "{N} wrote: {Q}.",
    "In the words of {N}, {Q}.",
    "The report states that {Q} {P}.",
    "{B}'s approach reflects the idea that {Q} {P}.",
    "According to {N}, {Q}.",
    "It has been argued that {Q} {P}; for {B}, this means that {C}.",
    "{N} made the point that {Q}, and this is what I have seen at work.",
    "A key quote for this report is: {Q} {P}.",
]

SCARE_QUOTES = ["‘fair value’", "‘no-brainer’", "‘student experience’", "‘fan-first’", "‘real food’", "‘guilt-free’", "‘healthy’",
                "‘zero-emission’", "‘sell-out’", "‘world-class’", "‘value for money’", "‘free’ delivery", "‘dynamic’ pricing", "‘legacy fans’",
                "‘premium’ seats", "‘small print’", "‘plant-powered’", "‘hidden fees’", "‘clean label’", "‘pay-per-mile’", "‘hard to reach’",
                "'good' food", "'free' gift", "\"official\" resale", "\"flexible\" cover"]  # fmt: skip

SCARE_FRAMES = [
    "{B} calls its pricing {Q}, although regulators have questioned such wording {P}.",
    "Many fans saw the new prices as {Q} rather than fair {P}.",
    "{N} noted that words like {Q} are often used without evidence.",
    "The word {Q} appears in most of {B}'s adverts, which fits the trend described by {N}.",
    "Calling a product {Q} can lead to a complaint to the ASA {P}.",
    "Applicants often talk about the {Q} when they choose a university {P}.",
    "Insurers like to promise {Q}, but customers rarely read it {P}.",
    "So-called {Q} has become a selling point for {who} {P}.",
]

SUBJECT_LINES = ["‘Your renewal price is ready to view’", "‘Clearing is open: call us today’", "‘Last few tickets for Friday!’", "‘We miss you – here's 20% off’",
                 "‘Your season ticket renewal window closes soon’", "‘Pay day treats inside’", "‘cheap car insurance’", "‘universities with clearing places near me’",
                 "‘car club near me’", "‘Get the facts, get the jab’", "‘Open day this Saturday: book your place’", "'Your box is on its way'",
                 "\"Presale code inside\"", "\"Don't miss out on {B}\""]  # fmt: skip

SUBJECT_FRAMES = [
    "{B} used the subject line {Q}, a tactic that {N} linked to higher open rates.",
    "Searches for {Q} peak every August {P}.",
    "The email {Q} created urgency, which is a common scarcity cue {P}.",
    "Our team tested {Q} against a plainer version, following the advice of {N}.",
    "The line {Q} was tested with {who} {P}.",
    "Personalised messages such as {Q} tend to get more clicks {P}.",
]

# ---------------------------------------------------------------------------------------------- claims and openers
CLAIMS = [
    "customers who compare prices online are less loyal to their insurer",
    "most drivers only read their policy when they need to make a claim",
    "challenger banks have won younger customers with better apps rather than better rates",
    "trust is the main reason why {who} stay with the same bank",
    "price comparison sites have made car insurance feel like a commodity",
    "the Consumer Duty has forced insurers to explain their products in plain English",
    "international applicants rely heavily on agents and on what their friends say",
    "league table positions matter more to parents than to the applicants themselves",
    "universities that reply within an hour during Clearing convert more enquiries",
    "open days are still the most important touchpoint in the student journey",
    "streaming has shifted power from record labels to playlists",
    "a song that goes viral on TikTok can re-enter the charts decades after it was released",
    "superfans are worth far more to an artist than casual listeners",
    "vinyl buyers are often younger than the labels expected",
    "dynamic pricing damages the relationship between artists and their fans",
    "queue systems and presales make fans feel they are being treated unfairly",
    "most festival tickets are now sold before the line-up is announced",
    "secondary ticketing sites remain a source of anger for gig-goers",
    "fans identify with a club's community more than with its results",
    "women's football attracts a younger and more family-based audience",
    "shirt sponsors gain most when the club is successful on the pitch",
    "season-ticket holders react badly to price rises that are not explained",
    "small food brands rely on founders' stories to stand out on the shelf",
    "crowdfunding turns early customers into brand ambassadors",
    "plant-based brands have struggled since the first wave of interest passed",
    "low and no alcohol drinks are growing fastest among {who}",
    "discounters have taken share from the big four by keeping ranges small",
    "loyalty-card prices have changed how shoppers judge value",
    "own-label ranges are now trusted as much as many branded products",
    "shoppers say they care about food waste but rarely change what they buy",
    "car-sharing only works when cars are close to where people live",
    "people keep a second car for emotional reasons more than practical ones",
    "e-scooter schemes suffer from a poor safety image",
    "{who} see car clubs as a way to save money rather than to help the environment",
    "fear appeals work only when people also feel able to act",
    "campaigns that target routine and manual workers need different channels",
    "vaccination messages from local GPs are trusted more than national adverts",
    "people are more likely to quit smoking when friends quit at the same time",
    "simple, repeated messages change behaviour more than detailed information",
    "{B} has been slow to respond to complaints on social media",
    "word of mouth is still more persuasive than paid advertising for {who}",
    "brands that show their values consistently build stronger loyalty",
    "small budgets force start-ups to be more creative with PR",
    "customer reviews reduce the risk that first-time buyers perceive",
    "{who} expect a reply on social media within a few hours",
    "sponsorship only works when fans see a real fit between the brand and the club",
    "a long-term brand focus pays back more than short-term sales activation",
]

OPENERS = [
    "In the context of {B}", "For a challenger bank like {B}", "From my experience in the contact centre", "On the other hand", "In addition",
    "Furthermore", "However", "Similarly", "In the UK grocery market", "During Clearing", "For season-ticket holders", "After the pandemic",
    "From a public health point of view", "In the case of car-sharing", "For first-time festival-goers", "As a degree apprentice",
    "Compared to the big insurers", "In my country", "Moreover", "Besides this", "For a small food brand", "In the live music sector",
    "At the same time", "From the fans' side",
]  # fmt: skip

PLAIN = [
    "This section will now discuss the implications for {B}.",
    "In my role as a marketing apprentice, I see this every renewal season.",
    "Before moving into marketing, I worked for eight years as a nurse, so public health campaigns are familiar to me.",
    "The table below shows the results of my own survey of {n} fans.",
    "The next part looks at the marketing mix in more detail.",
    "This is an important point for the recommendations in Task 2.",
    "My manager agreed that this analysis could be shared in the report.",
    "{B} has not published figures on this, so the analysis below is an estimate.",
    "Overall, the evidence points in the same direction.",
    "The recommendations are summarised in the action plan below.",
    "It is important to mention that the data in this section are from the UK only.",
    "These three options are compared using a weighted scoring table.",
    "In my home country, the market works quite differently.",
    "I used to work as a chef, so the food start-up case was interesting for me.",
    "The budget for the campaign is set out in the appendix.",
    "As a result, {B} needs a clearer position in the market.",
    "This is discussed further in the evaluation section.",
    "In conclusion, the current strategy is not sustainable in the long term.",
    "Each option has strengths and weaknesses.",
    "The SWOT analysis is shown in the figure below.",
    "This gap is the main opportunity for {B}.",
    "I spoke to two colleagues in the pricing team to check these numbers.",
    "The customer persona below is based on my own observations at work.",
]

# ---------------------------------------------------------------------------------------------- decoys
NOT_CITATIONS: dict[str, list[str]] = {
    "tv-docuseries": [
        "The documentary {tv} did more for the club's brand than any advert.",
        "After {tv} was released, shirt sales in North America went up sharply.",
        "Many of my classmates first heard of the club through {tv}.",
    ],
    "song-with-year": [
        "{song} re-entered the charts after it was used in a TV series.",
        "The advert used {song} to appeal to parents as well as teenagers.",
        "Fans still sing {song} at every home match.",
    ],
    "album-release": [
        "{album} sold more vinyl copies in its first week than any album that decade.",
        "The label spent most of its budget on the launch of {album}.",
        "Pre-orders for {album} were bundled with concert tickets.",
    ],
    "festival-edition": [
        "{fest} {yr} sold out in less than an hour.",
        "Tickets for {fest} ({yr} edition) went on sale in {month} of the year before.",
        "The headliners for {fest} {yr2} were announced on Instagram first.",
    ],
    "tour-dates": [
        "{tour} showed how much fans will pay for a once-in-a-lifetime experience.",
        "Hotels near the stadium raised their prices during {tour}.",
        "Demand for {tour} crashed the ticketing site several times.",
    ],
    "match-result": [
        "{club} beat their rivals 3-1 on {d} {month} {yr}, and social media engagement doubled that week.",
        "The 2022 Women's Euro final (Wembley, 31 July) was watched by 17.4 million people in the UK.",
        "After the 0-4 defeat on {d} {month}, the club's posts received mostly negative comments.",
    ],
    "football-season": [
        "In the {season} season, average attendance at {club} rose by {pct}.",
        "Season tickets for {season} were frozen at the previous price.",
        "The {season} home kit sold out within a week.",
    ],
    "club-founded": [
        "{club} (founded {old}) has strong links with its local community.",
        "{club}, formed in {old}, is one of the oldest clubs in the league.",
        "Since its foundation in {old}, {club} has been owned by local families.",
    ],
    "sponsorship-term": [
        "The shirt deal with {B} runs from {yr} to {yr2}.",
        "{B} signed a five-year stadium naming deal ({yr}-{yr2}).",
        "The partnership (worth £{n}m over {q} years) was the biggest in the club's history.",
    ],
    "award-won": [
        "{B} won {award} {yr}.",
        "The campaign was shortlisted for {award} {yr2}.",
        "Winning {award} (Gold) gave the agency a lot of publicity.",
    ],
    "act-named": [
        "Under the {act}, customers can ask for a repair or a refund.",
        "The {act} applies to all UK firms, not only large ones.",
        "Marketing teams had to review their processes after the {act} came into force.",
    ],
    "regulator-reference": [
        "The FCA's Consumer Duty (PS22/9) applied to new and existing products from 31 July 2023.",
        "Firms must follow PRIN 2A when they design customer communications.",
        "The CAP Code (Edition 12) has specific rules for advertising to children.",
    ],
    "court-case": [
        "Interflora v Marks & Spencer [2013] showed the risk of bidding on a competitor's brand name.",
        "The case Arsenal v Reed (2003) is still discussed when clubs fight unofficial merchandise.",
        "In Nestlé v Cadbury [2013], Cadbury could not register its shade of purple as a trade mark.",
    ],
    "standard-code": [
        "The festival is certified to ISO 20121:2012, the standard for sustainable events.",
        "The insurer follows ISO 10002:2018 for handling complaints.",
        "Car club operators are accredited under the CoMoUK accreditation scheme (version {q}.0).",
    ],
    "financial-period": [
        "In {fy}, the company reported revenue of £{n}m.",
        "Like-for-like sales grew by {pct} in H1 {yr}.",
        "Results for the 52 weeks to {d} {month} {yr} showed a small fall in profit.",
    ],
    "figure-in-brackets": [
        "Revenue grew strongly ({yr} revenue: £{n}m).",
        "The share of customers who switched fell again ({yr}: {pct}; {yr2}: {pct2}).",
        "Marketing spend was cut (from £{n}k in {yr} to £{d}k in {yr2}).",
    ],
    "stock-ticker": [
        "{company} ({ticker}) published its results in March.",
        "The share price of {company} ({ticker}) fell after the profit warning.",
        "Investors in {company} ({ticker}) reacted well to the new strategy.",
    ],
    "interviewee": [
        "My interview with a car club operations manager ({d} {month} {yr}) confirmed this.",
        "One admissions officer (Interviewee B, in the role since {yr}) said Clearing is now won on TikTok.",
        "A store manager I interviewed in {month} {yr} described the loyalty scheme as confusing.",
    ],
    "job-title-tenure": [
        "{first} {last}, Chief Marketing Officer at {B} from {yr} to {yr2}, led the rebrand.",
        "The campaign was run by {first} {last} (Head of Brand, {yr}-{yr2}).",
        "{first} {last} has been Director of Recruitment since {yr}.",
    ],
    "career-history": [
        "Before this course I worked in retail banking ({yr}-{yr2}), so I know how branches sell products.",
        "In my previous role (from {yr} to {yr2}) I managed the box office of a small theatre.",
        "I spent {q} years as a sound engineer before I started my degree apprenticeship in {yr}.",
    ],
    "lifespan": [
        "David Ogilvy (1911-1999) believed that the consumer is not a moron.",
        "Brian Clough (1935-2004) is still used in Nottingham Forest's heritage marketing.",
        "Sir Alex Ferguson (born 1941) is often quoted in leadership courses.",
    ],
    "vehicle-model": [
        "The car club fleet is mainly the Renault Zoe (2013-2024) and the Kia Niro EV.",
        "Many members choose the Tesla Model 3 (2019 version) because it is fun to drive.",
        "The Nissan Leaf (launched 2011) was the first electric car for many households.",
    ],
    "app-version": [
        "Version {q}.{d} of the {B} app (released in {month} {yr}) added a budgeting tool.",
        "After the iOS {q}.{d} update, some customers could not log in.",
        "The new app (v{q}.0, {yr}) was rated 4.8 stars in the App Store.",
    ],
    "price-point": [
        "A standard ticket cost £{d}.50 ({yr} price).",
        "Membership is £{q}.99 a month (or £{n} a year).",
        "The meal box starts at £{d} per serving (prices correct in {month} {yr}).",
    ],
    "percent-change": [
        "Applications from international students fell again (down {pct} on {yr}).",
        "Online grocery sales are still above their pre-pandemic level (up {pct} on {yr}).",
        "The number of car club members increased (+{pct} compared with {yr}).",
    ],
    "own-survey": [
        "Most respondents preferred the app (n = {n}).",
        "In my survey ({month} {yr}, n = {n}), {pct} of fans said they would pay more for a safe-standing area.",
        "Question {q} asked students which source they trusted most (see Appendix {d}).",
    ],
    "figure-table-ref": [
        "The results are shown in the chart below (see Figure {q}).",
        "The full calculation is given in the appendix (Appendix {q}, Table {d}).",
        "As Figure {q} shows, the peaks follow the results days in August.",
    ],
    "section-ref": [
        "This risk is covered in the recommendations (see Section {q}.{d}).",
        "As discussed in Task 1 (a), the brand has a weak position.",
        "These segments were described earlier (section {q}).",
    ],
    "age-band": [
        "The target audience is young adults (aged 18-24) living in cities.",
        "Gen Z (born 1997-2012) is the main audience for this festival.",
        "Over-55s (the 55-64 group) hold most of the savings in the market.",
    ],
    "event-date": [
        "General sale opened at 9am on Friday {d} {month} {yr}.",
        "Results day (Thursday {d} August) is the busiest day of the year for the call centre.",
        "The open day on Saturday {d} {month} attracted {n} visitors.",
    ],
    "retail-calendar": [
        "Sales were strongest around Black Friday {yr}.",
        "Veganuary {yr} was used by the brand to launch two new products.",
        "Dry January {yr2} was a good opportunity for alcohol-free drinks.",
    ],
    "christmas-advert": [
        "The {grocer} Christmas advert ({yr}) was the most shared advert of the season.",
        "Aldi's Kevin the Carrot (first seen in 2016) has become a Christmas tradition.",
        "People discussed the {grocer} Christmas ad of {yr} for weeks.",
    ],
    "campaign-name": [
        "The {campaign} campaign ({yr}) is a good example of emotional advertising.",
        "{campaign} (launched {yr}) used real customers instead of actors.",
        "The second phase of {campaign} ran from {month} to December {yr}.",
    ],
    "health-campaign": [
        "Stoptober (first run in 2012) is one of the best-known quit-smoking campaigns.",
        "Sport England's This Girl Can campaign (first aired in January 2015) changed how women were shown exercising.",
        "The Act FAST stroke campaign (since 2009) uses a simple acronym to help people remember the signs.",
    ],
    "hashtag-handle": [
        "The club's TikTok account ({handle}) has more followers than its Instagram.",
        "The campaign hashtag {tag} was used more than {n} times.",
        "Customers complained to {handle} on X after the app went down.",
    ],
    "slogan-quoted": [
        "{slogan} has been used for many years and most people recognise it.",
        "The line {slogan} appears on every van.",
        "Changing the slogan {slogan} would be a big risk for the brand.",
    ],
    "search-term-quoted": [
        "The search term ‘cheap car insurance’ can cost more than £{d} per click.",
        "Google Trends shows that searches for 'clearing courses' peak on results day.",
        "Many people type ‘tickets {fest}’ straight into Google instead of visiting the official site.",
    ],
    "email-subject-quoted": [
        "The subject line ‘Your {yr} renewal is ready’ had an open rate of {pct}.",
        "An email titled 'Only {q} days left to apply' was sent to all offer holders.",
        "The subject line “Your box is on its way” is opened by almost every customer.",
    ],
    "abbreviation-year": [
        "The rules changed again after UK GDPR (2021) replaced the EU version.",
        "IFRS 17 (effective 2023) changed how insurers report their profits.",
        "Euro 2024 was a big opportunity for pubs and supermarkets.",
    ],
    "league-table": [
        "{uni} was ranked {rank} in the Complete University Guide {yr}.",
        "The university received TEF 2023 Silver, which it now uses on every advert.",
        "The NSS {yr} results put the course in the top ten for student satisfaction.",
    ],
    "admissions-cycle": [
        "Clearing {yr} opened on 5 July for applicants who already had their results.",
        "In the {yr} UCAS cycle, the number of applicants aged 18 went up slightly.",
        "The 30 June deadline is the last date to apply without going through Clearing.",
    ],
    "acquisition-merger": [
        "{company} (acquired by a private equity firm in {yr}) changed its marketing agency soon after.",
        "After the merger in {yr}, the two brands were kept separate.",
        "The app was bought by a larger rival ({month} {yr}) but still uses its own name.",
    ],
    "company-founded": [
        "{startup} (founded {founded}) began by selling at farmers' markets.",
        "Ben & Jerry's (founded 1978 in Vermont) is known for its activism.",
        "{startup}, set up in {founded} by two friends, now sells in most supermarkets.",
    ],
    "venue-capacity": [
        "Wembley Stadium (capacity 90,000) is the biggest venue in the UK.",
        "The Co-op Live arena in Manchester (opened 2024) had a difficult launch.",
        "The club's ground (capacity {n}) is full for almost every match.",
    ],
    "place-population": [
        "{city} (population about {n},000) has two car club operators.",
        "Liverpool, European Capital of Culture 2008, still benefits from that year.",
        "Coventry, UK City of Culture 2021, used the title to attract students.",
    ],
    "film-with-year": [
        "Bohemian Rhapsody (2018) created a new generation of Queen fans.",
        "The film Bend It Like Beckham (2002) is often mentioned in discussions of women's football.",
        "After the film Rocketman (2019), streams of Elton John's songs increased.",
    ],
    "own-translation": [
        "In my country the product is called ‘ubezpieczenie OC’ (my translation: third-party insurance).",
        "The slogan was translated into Mandarin for the Chinese market (my own translation below).",
        "Students from Nigeria often say ‘JAMB’ (the Joint Admissions and Matriculation Board) when they talk about applying.",
    ],
    "currency-conversion": [
        "The festival ticket costs about €{n} (around £{d}0 at {yr} exchange rates).",
        "International fees are about £{d},000 (roughly ₹{q}0 lakh in {yr}).",
        "The app is also sold in the US for $9.99 (£7.99 in the UK).",
    ],
    "clean-air-zone": [
        "ULEZ (expanded to all London boroughs on 29 August 2023) pushed many drivers to join a car club.",
        "Birmingham's Clean Air Zone (launched June 2021) charges older cars to enter the city centre.",
        "Glasgow's Low Emission Zone (enforced from June 2023) is another reason to give up a car.",
    ],
    "financial-product": [
        "The Lifetime ISA (introduced in April 2017) is popular with first-time buyers.",
        "The Help to Buy ISA (closed to new savers in 2019) is still mentioned by customers.",
        "Buy now, pay later products (such as Klarna, founded 2005) are not yet regulated by the FCA.",
    ],
    "pandemic-period": [
        "During the lockdowns (March 2020 to July 2021), live music venues were closed.",
        "Online grocery shopping doubled in the first lockdown (spring 2020).",
        "Matches were played behind closed doors for most of the 2020/21 season.",
    ],
    "module-code": [
        "This report was written for module MK6003 ({yr}/{yr2}).",
        "The brief for Unit {q} (CIM Level 6) asked for a digital strategy.",
        "In the first year module (MKT4001, semester {q}) we studied the marketing mix.",
    ],
    "brand-heritage": [
        "Marks & Spencer (est. 1884) started as a market stall in Leeds.",
        "{grocer} (trading since the {decade}) uses its history in its advertising.",
        "The brand's founder (1921-2010) is still shown on the packaging.",
    ],
}

# ---------------------------------------------------------------------------------------------- names filled in
BRANDS = ["Monzo", "Aviva", "Admiral", "Direct Line", "Nationwide", "Hastings Direct", "Starling Bank", "Compare the Market", "Legal & General",
          "UCAS", "Spotify", "Ticketmaster", "DICE", "Live Nation", "See Tickets", "Brentford FC", "Wrexham AFC", "Lewes FC", "Gousto", "Oatly",
          "BrewDog", "Pip & Nut", "Tony's Chocolonely", "Grenade", "Dash Water", "Tesco", "Aldi", "Lidl", "Iceland", "Co-op", "Sainsbury's",
          "Zipcar", "Enterprise Car Club", "Lime", "Bolt", "the NHS", "Better Health", "Cancer Research UK"]  # fmt: skip
WHO = ["first-generation students", "season-ticket holders", "gig-goers", "young drivers", "over-50s savers", "renters in cities",
       "smokers in routine and manual jobs", "international applicants", "parents of applicants", "casual fans", "budget shoppers",
       "people on low incomes", "new drivers", "superfans", "small business owners"]  # fmt: skip
TV = ["Welcome to Wrexham (2022)", "Sunderland 'Til I Die (2018-2020)", "Drive to Survive (2019)", "All or Nothing: Arsenal (2022)",
      "Ted Lasso (2020-2023)", "The Gentlemen's Game (2021)"]  # fmt: skip
SONGS = ["Kate Bush's ‘Running Up That Hill’ (1985)", "‘Mr Brightside’ by The Killers (2004)", "‘Sweet Caroline’ (1969)",
         "Fleetwood Mac's ‘Dreams’ (1977)", "‘Murder on the Dancefloor’ (Sophie Ellis-Bextor, 2001)", "‘Three Lions’ (Baddiel, Skinner and the Lightning Seeds, 1996)",
         "Oasis's 'Wonderwall' (1995)", "\"Freed from Desire\" by Gala (1996)"]  # fmt: skip
ALBUMS = ["Adele's 30 (2021)", "Taylor Swift's The Tortured Poets Department (2024)", "Arctic Monkeys' AM (2013)", "Stormzy's Heavy Is the Head (2019)",
          "Ed Sheeran's ÷ (2017)", "Dua Lipa's Future Nostalgia (2020)"]  # fmt: skip
FESTIVALS = ["Glastonbury", "Reading Festival", "Download", "TRNSMT", "Boardmasters", "Latitude", "BST Hyde Park", "Parklife", "Isle of Wight Festival"]  # fmt: skip
TOURS = ["Taylor Swift's Eras Tour (2023-2024)", "Oasis Live '25", "Beyoncé's Renaissance World Tour (2023)", "Coldplay's Music of the Spheres tour (2022-2025)",
         "Harry Styles' Love On Tour (2021-2023)"]  # fmt: skip
CLUBS = ["Brentford", "Wrexham", "Lewes FC", "Tottenham Hotspur", "Aston Villa", "Celtic", "Forest Green Rovers", "Bristol City Women", "Leicester City",
         "Hearts", "Accrington Stanley"]  # fmt: skip
AWARDS = ["an IPA Effectiveness Award", "a Cannes Lions Grand Prix", "a CIPR PRide Award", "Marketing Week's Masters award", "a Campaign Big Award",
          "The Drum Awards for Social Purpose", "a Which? Recommended Provider award", "the British Bank Awards", "the Grocer Gold Awards"]  # fmt: skip
ACTS = ["Consumer Rights Act 2015", "Online Safety Act 2023", "Financial Services and Markets Act 2023", "Equality Act 2010",
        "Digital Markets, Competition and Consumers Act 2024", "Higher Education (Freedom of Speech) Act 2023", "Tobacco and Vapes Bill"]  # fmt: skip
COMPANIES = [("Aviva", "LSE: AV."), ("Legal & General", "LSE: LGEN"), ("Admiral", "LSE: ADM"), ("Tesco", "LSE: TSCO"), ("Manchester United", "NYSE: MANU"),
             ("Live Nation", "NYSE: LYV"), ("Spotify", "NYSE: SPOT"), ("Fevertree", "AIM: FEVR"), ("Ocado", "LSE: OCDO"), ("Deliveroo", "LSE: ROO")]  # fmt: skip
FIRST = ["Sarah", "Amir", "Megan", "Tomasz", "Priya", "Dele", "Hannah", "Connor", "Mei", "Ravi", "Bethany", "Olu"]  # fmt: skip
LAST = ["Jenkins", "Rahimi", "Lloyd", "Nowak", "Sharma", "Okoro", "Fielding", "Byrne", "Tan", "Kapoor", "Marsh", "Bello"]  # fmt: skip
UNIS = ["The University of Salford", "Anglia Ruskin University", "Leeds Beckett University", "Ulster University", "Edinburgh Napier University",
        "Nottingham Trent University", "The University of Greenwich", "Bournemouth University"]  # fmt: skip
RANKS = ["1st", "3rd", "12th", "24th", "37th", "58th", "71st", "92nd"]  # fmt: skip
CITIES = ["Bristol", "Leeds", "Cardiff", "Brighton", "Norwich", "Milton Keynes", "Aberdeen", "Belfast", "Exeter", "Sheffield"]  # fmt: skip
GROCERS = ["John Lewis", "M&S", "Sainsbury's", "Tesco", "Aldi", "Lidl", "Asda", "Morrisons", "Waitrose"]  # fmt: skip
CAMPAIGNS = ["‘This Is Me’", "Every Mind Matters", "Help Us, Help You", "‘Switch and Save’", "Our Fans, Our Club", "‘Proper Food, Proper Quick’",
             "Drive Less, Live More", "‘Clearing Made Simple’"]  # fmt: skip
HANDLES = ["@monzo", "@BrentfordFC", "@WrexhamAFC", "@UCAS_online", "@Gousto", "@AldiUK", "@ZipcarUK", "@NHSEngland", "@dicefm"]  # fmt: skip
TAGS = ["#ThisGirlCan", "#Stoptober", "#ClearingDay", "#Veganuary", "#WomensEuro", "#SaveOurVenues", "#BlackFriday", "#ResultsDay"]  # fmt: skip
SLOGANS = ["‘Every little helps’", "‘Never knowingly undersold’", "‘Spend a little, live a lot’", "‘Because life's complicated enough’",
           "'Go compare!'", "‘Simples’", "“Get the facts, get the jab”", "‘Make a plan, don't drink and drive’"]  # fmt: skip
STARTUPS = [("Pip & Nut", "2013"), ("Grenade", "2010"), ("Dash Water", "2017"), ("Oddbox", "2016"), ("Gousto", "2012"), ("Tenzing", "2015"),
            ("Heura", "2017"), ("Jimmy's Iced Coffee", "2011"), ("THIS", "2016")]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
DECADES = ["1860s", "1920s", "1950s", "1970s"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values for the placeholders only this pool's frames use; the builder's own ({B}, {Y}, {n}...) are not redrawn."""
    company, ticker = rng.choice(COMPANIES)
    startup, founded = rng.choice(STARTUPS)
    start = rng.randint(2015, 2024)
    recent = rng.randint(2014, 2024)  # the decoys' own years: festivals, NSS and Clearing rounds are recent
    return {
        "who": rng.choice(WHO), "tv": rng.choice(TV), "song": rng.choice(SONGS), "album": rng.choice(ALBUMS), "fest": rng.choice(FESTIVALS),
        "tour": rng.choice(TOURS), "club": rng.choice(CLUBS), "award": rng.choice(AWARDS), "act": rng.choice(ACTS), "company": company,
        "ticker": ticker, "first": rng.choice(FIRST), "last": rng.choice(LAST), "uni": rng.choice(UNIS), "rank": rng.choice(RANKS),
        "city": rng.choice(CITIES), "grocer": rng.choice(GROCERS), "campaign": rng.choice(CAMPAIGNS), "handle": rng.choice(HANDLES),
        "tag": rng.choice(TAGS), "slogan": rng.choice(SLOGANS), "startup": startup, "founded": founded, "month": rng.choice(MONTHS),
        "season": f"{start}/{str(start + 1)[2:]}", "fy": rng.choice([f"FY{start}/{str(start + 1)[2:]}", f"FY{str(start)[2:]}", f"the {start}/{str(start + 1)[2:]} financial year"]),
        "pct": f"{rng.randint(2, 48)}%", "pct2": f"{rng.randint(2, 48)}%", "yr": str(recent), "yr2": str(recent + rng.randint(1, 4)), "old": str(rng.randint(1862, 1925)), "decade": rng.choice(DECADES),
    }  # fmt: skip
