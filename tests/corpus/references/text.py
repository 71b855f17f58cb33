"""The prose around the citations: sentence frames, claims and text that looks like a citation but is not.

Frames come in disjoint pools, one for the development half and one for the test half, so the test half
holds sentences the checker was never tuned on; a third pool, "blind" (at the end of this file), was written
without reading the checker, for an independent measurement. ``{N}`` is a narrative citation, ``{P}`` a parenthetical one,
``{C}`` a claim, ``{B}`` a brand, ``{O}`` a sentence opener.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

NARRATIVE_START = {
    "dev": ["{N} argue that {C}.", "{N} found that {C}.", "{N} show that {C}, which matters for {B}.",
            "{N} stress that {C}.", "{N} note that {C} in most markets."],
    "test": ["{N} suggest that {C}.", "{N} report that {C}.", "{N} observe that {C}, a point {B} has yet to act on.",
             "{N} claim that {C}.", "{N} warn that {C} unless budgets grow."],
}  # fmt: skip
NARRATIVE_MID = {
    "dev": ["As {N} explain, {C}.", "{O}, {N} found that {C}.", "This supports the view of {N} that {C}.",
            "{C}, as {N} point out.", "{B} could learn from {N}, who show that {C}."],
    "test": ["According to {N}, {C}.", "{C}; {N} reached a similar conclusion.", "Work by {N} shows that {C}.",
             "{O}, {N} suggest that {C}.", "For {B}, the lesson from {N} is that {C}."],
}  # fmt: skip
POSSESSIVE = {
    "dev": ["{N} model suggests that {C}.", "{O}, {N} framework explains why {C}."],
    "test": ["{N} study found that {C}.", "{O}, {N} findings imply that {C}."],
}  # fmt: skip
PARENTHETICAL_END = {
    "dev": ["{C} {P}.", "{O}, {C} {P}.", "There is evidence that {C} {P}."],
    "test": ["{C} {P}.", "{O}, {C} {P}.", "It is widely accepted that {C} {P}."],
}  # fmt: skip
PARENTHETICAL_MID = {
    "dev": ["{C} {P}, and {C2}.", "{C} {P}, although {C2}."],
    "test": ["{C} {P}; even so, {C2}.", "{C} {P}, while {C2}."],
}  # fmt: skip
CLAIMS = {
    "dev": ["{B} could {bs} to win {A}", "{T} raises {R} among {A}", "{A} expect brands to {bs}",
            "{T} works best when it is tied to {R}", "small brands gain more from {T} than large ones"],
    "test": ["{T} lowers the cost of reaching {A}", "firms that {bs} see stronger {R}",
             "{B} relies on {T} more than its rivals do", "{A} reward {T} with {R}",
             "the return on {T} falls as budgets grow"],
}  # fmt: skip
OPENERS = {
    "dev": ["However", "In practice", "For {B}", "Similarly", "At the same time"],
    "test": ["By contrast", "In the case of {B}", "More recently", "Even so", "In this market"],
}  # fmt: skip
PLAIN = {
    "dev": ["{B} sells through its own app, its website and three marketplaces.",
            "The campaign ran for six weeks across social media and email.",
            "{O}, {C}."],
    "test": ["{B} reaches most of its customers through its loyalty app.",
             "The brand's owned channels matter more than its paid ones.",
             "{O}, {C}."],
}  # fmt: skip
AUDIENCES = ["younger shoppers", "loyal customers", "first-time buyers", "B2B buyers", "students", "parents",
             "commuters", "older customers", "Gen Z consumers"]  # fmt: skip
RESULTS = ["repeat purchase", "brand trust", "click-through rates", "basket size", "advocacy", "retention",
           "conversion", "share of voice"]  # fmt: skip

# Text with brackets, years or quotation marks that is no citation and must raise no problem.
NOT_CITATIONS = {
    "acronym-year": {"dev": ["{C}, as the rules require ({ACR} {Y}).", "Consent is recorded under the law ({ACR} {Y})."],
                     "test": ["{B} must comply with the regulation ({ACR} {Y}).",
                              "The data policy was rewritten ({ACR} {Y}) last spring."]},
    "year-noun": {"dev": ["{B}'s sales rose sharply ({Y} revenue: £{n}m).", "Prices were frozen ({Y} figures)."],
                  "test": ["Online sales doubled ({Y} results).", "{B} cut its ad spend ({Y} budget: £{n}m)."]},
    "noun-year": {"dev": ["Footfall fell after the relaunch ({Y}).", "Sales peaked during the first lockdown ({Y})."],
                  "test": ["Trust recovered after the data breach ({Y}).", "The rebrand ({Y}) divided loyal customers."]},
    "figures": {"dev": ["Most respondents agreed (n = {n}).", "Results are shown in the chart (Figure {q}).",
                        "Sales grew in the third quarter (Q{q} {Y})."],
                "test": ["Half of the panel agreed (n = {n}, {Y}).", "The survey ran for a month ({d} March {Y}).",
                         "Revenue grew year on year ({Y}–{Y2})."]},
}  # fmt: skip
SCARE_QUOTES = {
    "dev": ["‘phygital’", "‘human in the loop’", "‘always on’", "‘the new normal’"],
    "test": ["‘test and learn’", "‘buy now, pay later’", "‘digital by default’", "‘customer first’"],
}  # fmt: skip
SCARE_FRAMES = {
    "dev": ["Brands now talk of {Q} marketing {P}.", "{B} calls its approach {Q} {P}."],
    "test": ["Marketers describe this as {Q} {P}.", "The idea of {Q} service is now common {P}."],
}  # fmt: skip
SUBJECT_LINES = {
    "dev": ["‘Your basket misses you: 20% off today’", "‘Last chance to save on {M}’",
            "“We saved you a seat at our summer sale”"],
    "test": ["‘Your {M} order is waiting for you’", "“Only hours left: free delivery ends tonight”",
             "‘New in: the {M} edit picked for you’"],
}  # fmt: skip
SUBJECT_FRAMES = {
    "dev": ["One retailer's subject line, {Q}, lifted open rates {P}.", "An email headed {Q} performed best {P}."],
    "test": ["The subject line {Q} doubled opens {P}.", "{B} sent the message {Q} to lapsed customers {P}."],
}  # fmt: skip
QUOTE_FRAMES = {  # a direct quotation; {P} carries a page locator unless the problem is planted
    "dev": ["{Q} {P}.", "It has been argued that {Q} {P}."],
    "test": ["{Q} {P}.", "One author puts it plainly: {Q} {P}."],
}  # fmt: skip


# ---------------------------------------------------------------------------------------------------- blind half
# The third pool, "blind", was written without reading the checker (marker/checks) or its tests, from how UK
# marketing candidates write CIM reports: British spelling, past-tense reporting verbs, citations at the start,
# middle and end of sentences, after commas, colons and quotations, with "see" and "e.g." inside the bracket
# ("{P:see}" writes "(see Author, 2020)"), real brand names beside them, and brackets, years, figures, slogans and
# abbreviations that are not citations. Placeholders mean what they mean above; these frames may also use any of
# the fill values ({Y}, {n}, {q}, {T}, {R}, {M}...) directly, as the blind half always fills its frames.
BRANDS = ["Marks & Spencer", "M&S", "Sainsbury's", "Tesco", "ASOS", "Boohoo", "Greggs", "Pret A Manger", "Nando's",
          "Gymshark", "innocent", "Lush", "The Body Shop", "John Lewis", "Boots", "Monzo", "Deliveroo", "Ocado",
          "Costa Coffee", "Wagamama", "JD Sports", "Currys", "B&Q", "Holland & Barrett", "Dunelm", "BrewDog",
          "Oatly", "easyJet", "Specsavers", "Aldi", "Lidl", "Primark", "H&M", "Nike", "Dove", "McDonald's"]  # fmt: skip

NARRATIVE_START["blind"] = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was small.", "{N} concluded that {C}.",
    "{N} makes the point that {C}, which is highly relevant to {B}.",
    "{N} suggested that {C}; this is backed up by {B}'s own sales data.", "{N} highlighted that {C}.",
    "{N} identified that {C}, particularly for {A}.", "{N} states that {C}.", "{N} believes {C}.",
    "{N} discusses how {C}.", "{N} also found that {C}.", "{N} recommended that marketers check whether {C}.",
    "{N} went further, arguing that {C} and that {C2}.",
    "{N} explains that {C} (for example, through {T}).", "{N} points out that {C} – a finding {B} should not ignore.",
    "{N} described {T} as a cheap way to reach {A} and showed that {C}.", "{N} questioned whether {C}.",
    "{N} reported that {C} in the UK market.", "{N} agree that {C}, e.g. in retail and hospitality.",
    "{N} noted that, since {Y}, {C}.",
]  # fmt: skip
NARRATIVE_MID["blind"] = [
    "In their study of UK retailers, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is consistent with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.",
    "{B} is a good example of this: {N} showed that {C}.", "Research by {N} suggests {C}.",
    "According to a report by {N}, {C}.", "A survey carried out by {N} found that {C}.",
    "{C}, as {N} noted in their review of {T}.", "It could be argued, following {N}, that {C}.",
    "Both {B} and its competitors use {T}, and {N} found that {C}.", "{C}; however, {N} found the opposite for {A}.",
    "When {B} relaunched its app it seemed to follow {N}: {C}.", "Evidence from {N} suggests that, for {A}, {C}.",
    "Data from {N} show that {C}.", "As {N} put it, {C}.",
    "This links to the customer journey described by {N}, in which {C}.", "{C}, according to {N}.",
    "Unlike {B}, which relies on {T}, the firms studied by {N} found that {C}.",
]  # fmt: skip
POSSESSIVE["blind"] = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} customer journey model shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END["blind"] = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This matters because {C} {P}.",
    "Three things drive this: price, convenience and the fact that {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often claimed that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "{B}’s results suggest {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {T} {P}.", "Put simply: {C} {P}.", "Recent UK data confirm this – {C} {P}.",
    "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "The main benefits are speed, reach and lower cost {P}.", "{C} {P:see also}.",
    "{C}, as several UK studies show {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID["blind"] = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is also true that {C2}.", "{B} has found that {C} {P} – and {C2}.",
    "{C} {P:see}, whereas {C2}.", "Because {C} {P}, {B} should make sure that {C2}.",
    "Some sources {P:e.g.} argue that {C}.", "{C} {P}: this means that {C2}.", "Studies {P} agree that {C}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS["blind"] = [
    "{A} are more likely to trust {T} than traditional advertising", "{T} improved {R} by around {q}0% in one trial",
    "{B}'s reliance on {T} leaves it exposed if costs rise", "personalised content increases {R} among {A}",
    "{A} now expect a seamless experience across online and in-store channels",
    "brands that ignore {T} risk losing {A} to competitors", "{T} is cheaper than TV but harder to measure",
    "the customer journey is no longer linear", "remarketing can feel intrusive if it is overused",
    "spending on {T} has grown every year since {Y}", "{A} respond better to user reviews than to brand claims",
    "the cost-of-living crisis has made {A} more price-sensitive",
    "a clear brand purpose helps firms like {B} to {bs}", "SEO and PPC work best when they are planned together",
    "GDPR has changed how brands collect first-party data", "{T} only drives {R} when the offer is relevant",
    "mobile now accounts for most UK e-commerce traffic",
    "around {q} in 10 {A} have unsubscribed from a brand's emails",
    "organisations such as {B} need to {bs} to stay competitive",
    "chatbots cut response times but can frustrate customers with complex queries",
]  # fmt: skip
OPENERS["blind"] = [
    "Furthermore", "In addition", "On the other hand", "For example", "In the UK", "For {B}'s marketing team",
    "Since the pandemic", "In the context of {B}", "From a customer perspective", "Nevertheless", "Consequently",
    "Within the retail sector", "As a result", "Looking at {B}'s competitors", "Overall", "In terms of digital channels",
    "Interestingly",
]  # fmt: skip
PLAIN["blind"] = [
    "{B} was founded in the UK and now trades in {q}0 countries.",
    "This section analyses {B}'s current digital channels and makes recommendations.",
    "The table below summarises the key performance indicators for each channel.",
    "{B}'s Instagram account has over {n}k followers, but engagement is low.",
    "The recommendations are costed and phased over twelve months.", "{O}, {C}.",
    "{B} uses Google Ads, Meta and TikTok, with most of its budget going on paid search.",
    "Customers can buy online, through the app or in store, and returns are free.",
    "A SWOT analysis of {B} is included in the appendix.",
    "Email sign-ups rose after the brand added a pop-up offering 10% off a first order.",
    "The main competitors are {B} and two smaller online-only retailers.",
    "Task 2 builds on this by proposing a content plan for the next year.",
]  # fmt: skip
NOT_CITATIONS["acronym-year"]["blind"] = [
    "All data is processed lawfully under the regulation ({ACR} {Y}).",
    "{B} signed up to the industry code ({ACR} {Y}) to reassure customers.",
    "The privacy notice was updated in line with the guidance ({ACR} {Y}).",
    "Cookie banners became stricter after the ruling ({ACR} {Y}).", "Green claims must now meet the code ({ACR} {Y} edition).",
    "{B}'s stores are certified to the environmental standard (ISO {n}:{Y}).",
    "Under the UK regime (the {ACR} Regulations {Y}), marketing emails need opt-in consent.",
]  # fmt: skip
NOT_CITATIONS["year-noun"]["blind"] = [
    "{B}'s profits fell ({Y} annual results: £{n}m).", "Traffic from social grew strongly ({Y} figures, Google Analytics).",
    "Customer satisfaction stayed high ({Y} survey: {q}.{q}/5).", "The loyalty scheme now has {n},000 members ({Y} data).",
    "Marketing spend was cut ({Y}/{Y2} budget).", "The brand overtook its main rival ({Y} rankings).",
    "Engagement dropped after the algorithm change ({Y} update).",
]  # fmt: skip
NOT_CITATIONS["noun-year"]["blind"] = [
    "The brand's Christmas advert ({Y}) was its most shared video.", "Sales dipped during the pandemic ({Y}–{Y2}) but recovered quickly.",
    "{B} redesigned its website (relaunched in {Y}) to improve mobile checkout.", "The founder's original blog (started {Y}) is still online.",
    "The ‘{M} drop’ campaign (autumn {Y}) sold out in two days.", "{B} first opened in Manchester (est. {Y}).",
    "Its TikTok account (since {Y}) is run in-house.", "Customers still mention the price rise (January {Y}) in reviews.",
]  # fmt: skip
NOT_CITATIONS["figures"]["blind"] = [
    "Most respondents preferred email offers (n={n}).", "Open rates were above average (see Figure {q}).",
    "Costs are set out in the budget (Appendix {q}).", "Conversion is lower on mobile (2.{q}% vs 3.{q}%).",
    "The target segment is young adults (aged 18–24).", "Revenue rose to £{n}m ({q}.{q}% up on {Y}).",
    "Sales grew in the final quarter (Q{q}, {Y}).", "The campaign budget was modest (£{n}k over {q} months).",
    "{B} ranks first for its main keyword (position 1, {d} May {Y}).", "Response rates varied by channel (Table {q}; n = {n}).",
]  # fmt: skip
# Kinds only the blind half has (documents.py skips a kind that has no pool for the half being built).
NOT_CITATIONS["abbreviation"] = {"blind": [
    "The Chartered Institute of Marketing (CIM) defines marketing as a management process.",
    "Return on investment (ROI) will be tracked monthly alongside cost per acquisition (CPA).",
    "The Advertising Standards Authority (ASA) upheld complaints about the advert.",
    "Objectives are set using the SMART framework (Specific, Measurable, Achievable, Relevant, Time-bound).",
    "Key performance indicators (KPIs) for {B} include click-through rate (CTR) and average order value (AOV).",
    "The Competition and Markets Authority (CMA) has warned firms about fake reviews.",
    "Small and medium-sized enterprises (SMEs) make up most of {B}'s B2B customers.",
    "The plan follows the SOSTAC model (situation, objectives, strategy, tactics, action, control).",
]}  # fmt: skip
NOT_CITATIONS["legislation"] = {"blind": [
    "The Consumer Rights Act 2015 protects customers who buy online.",
    "Under the UK GDPR and the Data Protection Act 2018, consent must be freely given.",
    "The Privacy and Electronic Communications Regulations 2003 (PECR) cover marketing emails.",
    "The Digital Markets, Competition and Consumers Act 2024 bans fake reviews.",
    "{B} must follow the CAP Code and the Equality Act 2010 in its advertising.",
    "The Online Safety Act 2023 places duties on platforms rather than advertisers.",
]}  # fmt: skip
NOT_CITATIONS["slogan"] = {"blind": [
    "Tesco's slogan ‘Every little helps’ has been used since 1993.",
    "{B}'s tagline, ‘{M}, done properly’, appears on every channel.",
    "Nike’s ‘Just Do It’ campaign (launched 1988) is still a textbook example.",
    "The ‘{M} edit’ push notification went to {n},000 app users in {Y}.",
    "Its ‘Fresh, not frozen’ message supports the premium price.",
    "The ‘Should've gone to Specsavers’ line shows how humour builds recall.",
    "Nike's ‘Nothing beats a Londoner’ advert (2018) was aimed at young Londoners.",
]}  # fmt: skip
NOT_CITATIONS["cross-reference"] = {"blind": [
    "This is discussed further in Task 2 (b).", "The channel plan (see Appendix 2) shows weekly activity.",
    "The persona (Appendix 1, Figure {q}) is based on five interviews.", "Refer to Table {q} (page {q}) for the full costs.",
    "See Task 1 (c) above for the competitor analysis.", "The Gantt chart (Section 3.{q}) shows the launch in week {q}.",
]}  # fmt: skip
NOT_CITATIONS["handle-or-address"] = {"blind": [
    "{B} replies to complaints on X (@HelpUK) within an hour.", "Most orders come through the website (www.example-shop.co.uk).",
    "Customers can email the team (hello@example-shop.co.uk) or use live chat (9am–5pm, Mon–Fri).",
    "The hashtag (#{M}Season) trended for two days.",
]}  # fmt: skip
SCARE_QUOTES["blind"] = ["‘omnichannel’", "‘cancel culture’", "‘de-influencing’", "‘shrinkflation’", "‘greenwashing’",
                         "‘quiet luxury’", "‘dark social’", "‘always-on’", "'doom scrolling'", "“authentic”",
                         "‘zero-party data’", "'FOMO'", "‘Insta-worthy’", "‘the Amazon effect’"]  # fmt: skip
SCARE_FRAMES["blind"] = [
    "{B} has been accused of {Q} {P}.", "Many younger shoppers are tired of {Q} marketing {P}.",
    "So-called {Q} is a growing concern for {B} {P}.", "This trend, often called {Q}, affects {A} most {P}.",
    "The term {Q} is used loosely in the industry {P}.", "{Q} content spreads through private messages {P}.",
    "Critics describe this as {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES["blind"] = ["‘Psst… your {M} favourites are back’", "‘Don’t miss out – 48 hours only’",
                          "“You left something behind”", "‘Hi Sam, we picked these just for you’",
                          "‘Free delivery this weekend (no code needed)’", "‘{M} season starts now’",
                          "“Your receipt from our store”", "‘We miss you – here’s 15% off’",
                          "‘Ends midnight: up to 50% off {M}’", "‘Is this the best {M} of 2024?’"]  # fmt: skip
SUBJECT_FRAMES["blind"] = [
    "A subject line such as {Q} can lift open rates {P}.", "{B} used {Q} in its abandoned-basket email {P}.",
    "Short, urgent copy ({Q}, for example) performs well with {A} {P}.",
    "Messages like {Q} work because they create urgency {P}.",
    "The email {Q} was opened by more {A} than any other {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip
QUOTE_FRAMES["blind"] = [
    "{Q} {P}.", "As one marketing text puts it, {Q} {P}.", "This is summed up well: {Q} {P}.",
    "{B} appears to accept that {Q} {P}.", "The point is made directly that {Q} {P}, which {B} should note.",
    "One review concluded that {Q} {P}.", "Marketers are told that {Q} {P}.",
]  # fmt: skip
