"""The prose around the citations: sentence frames, claims and text that looks like a citation but is not.

Frames come in disjoint pools, one for the development half and one for the test half, so the test half
holds sentences the checker was never tuned on; a third pool, "blind" (at the end of this file), was written
without reading the checker, for an independent measurement. ``{N}`` is a narrative citation, ``{P}`` a parenthetical one,
``{C}`` a claim, ``{B}`` a brand, ``{O}`` a sentence opener.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

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


# ---------------------------------------------------------------------------------------------------- blind2 half
# A fourth pool, "blind2", written by another hand without reading the checker (marker/checks), its tests or the
# blind pool above, from how UK candidates on CIM and NCFE digital marketing qualifications write about digital
# channels, CRM, social media, email and SEO. Its frames may use every fill value, and these of its own:
# {pc} a percentage's number, {roi} pounds back per pound, {mo} a month, {Y3} a recent year, {ch} a channel,
# {tool} a CRM or email platform, {fr} a planning model, {K} a research firm or regulator, {h} a social handle,
# {dom} a web domain. Never tune on it: its misses are not to be read.
BRANDS2 = ["Pets at Home", "Superdrug", "Waitrose", "Morrisons", "Asda", "Iceland", "Co-op", "Halfords", "Next",
           "River Island", "New Look", "FatFace", "Joules", "Hotel Chocolat", "Cadbury", "Yorkshire Tea", "Warburtons",
           "Heinz", "Leon", "itsu", "Zoopla", "Rightmove", "Trainline", "Just Eat", "Octopus Energy", "Virgin Media",
           "Sky", "BT", "Vodafone", "giffgaff", "Starling Bank", "Nationwide", "Charlotte Tilbury", "Cult Beauty",
           "Neal's Yard Remedies", "Mountain Warehouse", "Jet2", "TUI", "Brompton", "Fever-Tree", "Tony's Chocolonely",
           "Papier", "Bloom & Wild", "Moonpig", "Huel", "Graze", "Abel & Cole", "Riverford", "HelloFresh", "Wickes"]  # fmt: skip


def blind2_values(rng: random.Random) -> dict[str, str]:
    """The fill values only blind2's frames use, drawn from the builder's random source after the common ones."""
    return {
        "pc": str(rng.randint(3, 89)), "roi": str(rng.randint(30, 45)), "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "March", "April", "June", "September", "October", "November", "December"]),
        "ch": rng.choice(["email", "SEO", "paid social", "TikTok", "Instagram", "LinkedIn", "affiliate marketing",
                          "the loyalty app", "SMS", "paid search", "YouTube"]),
        "tool": rng.choice(["Salesforce", "HubSpot", "Mailchimp", "Klaviyo", "Dotdigital", "Zoho CRM", "Braze"]),
        "fr": rng.choice(["RACE", "SOSTAC", "AIDA", "the PESO model", "the 7Ps", "the customer journey map", "PESTLE"]),
        "K": rng.choice(["Mintel", "Statista", "Kantar", "YouGov", "Ofcom", "the ONS", "GWI", "Ipsos"]),
        "h": rng.choice(["@shoplocal_uk", "@the_daily_crumb", "@AskTheTeam", "@brewandco", "@kindskin.uk"]),
        "dom": rng.choice(["example.co.uk", "brewandco.co.uk", "thedailycrumb.com", "kindskin.uk", "shop-local.org.uk"]),
    }  # fmt: skip


NARRATIVE_START["blind2"] = [
    "{N} argued that {C}, and {B} is a case in point.",
    "{N} found that {C}, although their sample was limited to {A}.",
    "{N} concluded that {C}; this is directly relevant to {B}'s {ch} plan.",
    "{N} identified three drivers of {R} – content, timing and frequency – and showed that {C}.",
    "{N} suggested that {C}, a view that later {K} data appears to support.",
    "{N} warned that {C} if consent is not recorded properly under UK GDPR.",
    "{N} described {fr} as a planning tool rather than a checklist, arguing that {C}.",
    "{N} measured {R} across {n} campaigns and reported that {C}.",
    "{N} made the point that {C}.",
    "{N} went further, claiming that {C} for {A}.",
    "{N} observed that {C}, which is why {B} moved budget from print into {ch}.",
    "{N} recommended testing every subject line before a send, since {C}.",
    "{N} noted that around {pc}% of {A} had unsubscribed from at least one brand in the previous year, and that {C}.",
    "{N} questioned whether {C}, pointing to weak evidence from {A}.",
    "{N} defined CRM as a business strategy supported by technology rather than a piece of software, and showed that {C}.",
    "{N} compared {tool} with its main rivals and found that {C}.",
    "{N} reported a {pc}% rise in {R} after brands like {B} introduced {T}.",
    "{N} had already shown, long before TikTok existed, that {C}.",
    "{N} were among the first to argue that {C}.",
    "{N} is often quoted on this, having found that {C}.",
]  # fmt: skip
NARRATIVE_MID["blind2"] = [
    "As {N} pointed out in a review of {ch}, {C}.",
    "{O}, and as {N} showed, {C}.",
    "In line with {N}, {C}.",
    "{C}, which is consistent with the findings of {N}.",
    "{B}'s {ch} team could apply the advice of {N}, namely that {C}.",
    "Applying {fr} to {B}, and drawing on {N}, it appears that {C}.",
    "{C} – a point that {N} also made about {A}.",
    "This mirrors what {N} found when looking at {A}: {C}.",
    "There are three reasons for this: first, {C}; second, as {N} argued, {C2}; and third, budgets are tight.",
    "{O}, the research by {N} suggests that {C}.",
    "Following {N}, this report treats {T} as part of the wider customer journey, because {C}.",
    "{C}, so it is unsurprising that {N} called for more testing.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "For a small retailer such as {B}, the work of {N} is useful because {C}.",
    "A similar argument is put forward by {N}, who claimed that {C}.",
    "{O}, research published by {N} showed that {C}.",
    "When {B} relaunched its loyalty app in {Y3}, it followed {N} closely, on the basis that {C}.",
    "Not everyone agrees; {N}, for instance, maintained that {C}.",
]  # fmt: skip
POSSESSIVE["blind2"] = [
    "{N} planning model implies that {C}.",
    "{O}, {N} study of {A} showed that {C}.",
    "Using {N} typology of email subscribers, {B}'s list can be split into four groups.",
    "{N} argument rests on the idea that {C}.",
    "The weakness of {N} framework is that it assumes {C}.",
    "{N} survey of {n} UK marketers found that {C}.",
    "{C}, which supports {N} conclusion about {R}.",
    "According to {N} analysis, {C}.",
]  # fmt: skip
PARENTHETICAL_END["blind2"] = [
    "{C} {P}.",
    "{O}, it seems that {C} {P}.",
    "Most commentators now agree that {C} {P}.",
    "{C}, especially among {A} {P}.",
    "This is important because {C} {P:see}.",
    "Several studies make the same point, namely that {C} {P:see, for example,}.",
    "{B} should therefore prioritise {ch}, given that {C} {P:e.g.}.",
    "Email still returns around £{roi} for every £1 spent, more than most channels {P}.",
    "The customer journey is no longer linear, with shoppers moving between {ch}, stores and review sites {P}.",
    "Open rates have become less reliable since Apple's Mail Privacy Protection arrived in {Y3} {P}.",
    "{C}, which has implications for how {B} segments its CRM data {P}.",
    "Media can be grouped into owned, earned and paid channels {P:see also}.",
    "It is also worth noting that {C} {P:cf.}.",
    "A welcome series of three to five emails is now standard practice for retailers {P}.",
]  # fmt: skip
PARENTHETICAL_MID["blind2"] = [
    "{C} {P}, but in practice {C2}.",
    "{C} {P}; however, {C2}.",
    "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.",
    "Three tactics stand out – personalised subject lines, triggered emails {P} and preference centres – and {C}.",
    "{C} {P}, whereas {C2}.",
    "The literature lists several benefits of {T}: lower acquisition costs {P}, better data and higher {R}.",
    "Given that {C} {P:see}, it follows that {C2}.",
    "{C} {P}, which is why {C2}.",
]  # fmt: skip
CLAIMS["blind2"] = [
    "personalised subject lines lift open rates among {A}",
    "{T} only improves {R} when it is backed by clean CRM data",
    "{A} ignore emails that arrive more than twice a week",
    "brands that segment their lists by purchase history see better {R}",
    "organic search still drives most first visits to retail websites",
    "{B} depends too heavily on paid social to reach {A}",
    "customers who join a loyalty scheme spend more over a year than those who do not",
    "a single customer view is hard to achieve without a CRM system such as {tool}",
    "short-form video has changed how {A} discover new products",
    "welcome emails are opened far more often than promotional ones",
    "trust in influencers falls once followers realise a post is paid for",
    "{ch} works best as part of an integrated plan rather than on its own",
    "consent-based data is worth more to a brand than a bought list",
    "reviews on third-party sites shape {R} more than a brand's own content does",
    "keeping a customer costs far less than winning a new one",
    "mobile now accounts for most email opens in the UK",
    "{A} expect a reply on social media within the same day",
    "few firms manage to {bs} without a clear data strategy",
]  # fmt: skip
OPENERS["blind2"] = ["Having said that", "Then again", "In {B}'s case", "For the purposes of this report",
                     "Taken together", "Turning to {ch}", "Within the CRM literature", "From a UK perspective",
                     "In a B2C context", "Over the last decade", "Looking at the customer journey", "Put simply",
                     "Since lockdown", "In terms of email", "For {A}", "Crucially", "By the same token"]  # fmt: skip
PLAIN["blind2"] = [
    "{B} currently sends two newsletters a week to around {n},000 subscribers.",
    "The rest of this section applies {fr} to {B}'s digital channels.",
    "Table 2 compares the options on cost, reach and fit with the brand.",
    "{B}'s Instagram account has grown steadily, but engagement per post has fallen.",
    "The recommendations below are costed and phased over twelve months.",
    "Email, SEO and paid social are considered in turn.",
    "{O}, {C}.",
    "Customer service is handled through live chat, email and a Facebook page.",
    "The brand has no documented CRM strategy at present.",
    "A SWOT analysis is included in the appendices.",
    "{B} reported a {pc}% increase in online orders last year.",
]  # fmt: skip

NOT_CITATIONS["acronym-year"]["blind2"] = [
    "Marketing emails need prior consent under the regulations ({ACR} {Y}).",
    "Cookie banners changed after the guidance was revised (PECR 2003, as amended).",
    "The brand's data processes were checked at its last audit (ISO 27001, {Y3} audit).",
    "Consent records are kept for every subscriber (GDPR {Y3} guidance).",
    "{B}'s agency reported the results at its quarterly review (QBR {Y3}).",
    "{B} signed up to the industry's code last year (DMA Code {Y3}).",
]  # fmt: skip
NOT_CITATIONS["year-noun"]["blind2"] = [
    "Email revenue rose again ({Y} results: £{n}m).",
    "The app was downloaded {n},000 times ({Y3} total).",
    "Budgets were cut by a fifth ({Y} plan against {Y2} actual).",
    "{B}'s marketing spend is modest ({Y3} budget: £{n}k).",
    "Unsubscribe rates fell after the redesign ({Y3} average: {pc}%).",
    "The Christmas campaign was the most successful yet ({Y} season).",
]  # fmt: skip
NOT_CITATIONS["noun-year"]["blind2"] = [
    "Website traffic dropped sharply after Google's core update (March {Y3}).",
    "The loyalty scheme was relaunched in the spring ({Y3}).",
    "{B} moved its customer records from spreadsheets to {tool} (autumn {Y3}).",
    "Footfall has not recovered since the pandemic ({Y}–{Y2}).",
    "Third-party cookies are being phased out in Chrome (expected {Y3}).",
    "The brand's TikTok account launched during lockdown ({Y3}).",
]  # fmt: skip
NOT_CITATIONS["figures"]["blind2"] = [
    "Open rates averaged {pc}% across the period (n = {n} sends).",
    "Almost half of respondents preferred offers by email ({pc}%, n = {n}).",
    "The results are summarised in the table below (Table {q}).",
    "Click-through rates were higher on mobile (see Figure {q}).",
    "Sales rose sharply in the final quarter (Q{q}, {Y}).",
    "The campaign reached {n},000 people (organic and paid combined).",
    "Conversion improved from 1.{q}% to 2.{q}% (a relative rise of about {pc}%).",
    "Customer satisfaction scored 4.{q} out of 5 (CSAT, {Y3}).",
    "Net promoter score rose to +{pc} (NPS, Q{q} {Y3}).",
]  # fmt: skip
NOT_CITATIONS["abbreviation"]["blind2"] = [
    "Customer relationship management (CRM) links sales, service and marketing data.",
    "Search engine optimisation (SEO) and pay-per-click (PPC) should be planned together.",
    "Key performance indicators (KPIs) for email include opens, clicks and unsubscribes.",
    "The Chartered Institute of Marketing (CIM) expects members to record their CPD.",
    "Business-to-business (B2B) buyers research online before they speak to sales.",
    "{B} tracks customer lifetime value (CLV) in {tool}.",
    "Return on investment (ROI) was the main measure of success.",
]  # fmt: skip
NOT_CITATIONS["legislation"]["blind2"] = [
    "Marketing emails to individuals need consent under the Privacy and Electronic Communications Regulations 2003.",
    "The Data Protection Act 2018 sits alongside UK GDPR.",
    "The Consumer Rights Act 2015 covers digital content as well as goods.",
    "Influencer posts must be labelled as ads (Consumer Protection from Unfair Trading Regulations 2008).",
    "The Digital Markets, Competition and Consumers Act 2024 gives the CMA new powers over fake reviews.",
    "Cookies are governed by PECR (2003) as well as the data protection rules.",
    "The Online Safety Act 2023 will change how platforms moderate user-generated content.",
]  # fmt: skip
NOT_CITATIONS["slogan"]["blind2"] = [
    "Tesco's ‘Every little helps’ line has run since 1993.",
    "The line ‘Good things come to those who wait’ is still remembered decades later.",
    "{B}'s new tagline, ‘Made for moments like this’, launched in {Y3}.",
    "Nike's ‘Just Do It’ (1988) remains the benchmark for a brand slogan.",
    "The promise ‘Never knowingly undersold’ was dropped by John Lewis in 2022.",
    "Customers responded well to the strapline “Your kitchen, sorted” ({Y3} campaign).",
]  # fmt: skip
NOT_CITATIONS["cross-reference"]["blind2"] = [
    "This is discussed further in Section {q}.2 (below).",
    "The full costings are in Appendix {q} (p. {n}).",
    "See Task 1 (a) for the audit of current channels.",
    "As Figure {q} (above) shows, most traffic comes from organic search.",
    "The persona developed earlier (Section 2, Persona B) is used here.",
    "Refer to the Gantt chart (Appendix {q}) for timings.",
]  # fmt: skip
NOT_CITATIONS["handle-or-address"]["blind2"] = [
    "Customers can follow the brand on Instagram ({h}).",
    "Customers can email hello@{dom} or use live chat.",
    "The landing page (www.{dom}/offers) converted best.",
    "The hashtag #ShopLocal{Y3} trended for two days.",
    "Replies went to the shared inbox (support@{dom}, staffed 9–5).",
    "Links carried the tag utm_campaign=summer_{Y3} so that sales could be traced.",
]  # fmt: skip
# Kinds only the blind2 half has (documents.py skips a kind that has no pool for the half being built).
NOT_CITATIONS["model-year"] = {"blind2": [
    "The plan follows the RACE framework (2010 version) rather than the original sales funnel.",
    "The 7Ps (extended mix, 1981) are used to audit the service.",
    "AIDA (first described in 1898) still shapes how email copy is written.",
    "Channels were mapped onto the PESO model ({Y3} update).",
    "The Gartner Hype Cycle ({Y3} edition) places generative AI near its peak.",
    "SMART objectives (specific, measurable, achievable, relevant and time-bound) are set out below.",
]}  # fmt: skip
NOT_CITATIONS["product-year"] = {"blind2": [
    "{B} moved its customers onto the new app (version {q}.0, {Y3}).",
    "Campaigns were built in {tool} ({Y3} release).",
    "The team has used Google Analytics 4 (GA4) since Universal Analytics closed in 2023.",
    "Apple's iOS 14.5 update (April 2021) limited tracking across apps.",
    "Ads were tested on the iPhone 15 (2023) and on older Android handsets.",
    "Shoppers can pay with Apple Pay (launched in the UK in 2015).",
]}  # fmt: skip
NOT_CITATIONS["percentage"] = {"blind2": [
    "Around {pc}% of the list had not opened an email in six months.",
    "Mobile accounted for most sessions ({pc}%).",
    "Abandoned-basket emails recovered a small share of lost sales ({pc}% of baskets, {Y3}).",
    "The brand's share of voice on social media is low (about {pc}%).",
    "{pc}% of customers (n = {n}) said they would recommend {B}.",
    "Returns ran at a high rate ({pc}% in {mo} {Y3}).",
]}  # fmt: skip
NOT_CITATIONS["date"] = {"blind2": [
    "The survey was sent on {d} {mo} {Y3} and closed a week later.",
    "The Black Friday email went out at 7am (Friday {d} November).",
    "The sale ran from {d} {mo} to the end of the month ({Y3}).",
    "Data was exported from the CRM on {d}/{q}/{Y3}.",
    "Results for the period (1 January – 31 March {Y3}) are shown below.",
    "The next review of the plan is due (by {mo} {Y3}).",
]}  # fmt: skip
SCARE_QUOTES["blind2"] = ["‘evergreen’", "‘hyper-personalised’", "‘social-first’", "‘thumb-stopping’", "‘batch and blast’",
                          "‘spray and pray’", "‘frictionless’", "‘authentic’", "‘digital-first’", "‘zero-party’",
                          "“snackable”", "“hero”", "‘growth hacking’", "“brand love”"]  # fmt: skip
SCARE_FRAMES["blind2"] = [
    "Agencies still sell {Q} campaigns to their clients {P}.",
    "{B}'s website promises a {Q} experience, yet checkout takes six steps {P}.",
    "What marketers call {Q} is often just poor targeting {P}.",
    "The shift towards {Q} marketing has been rapid {P}.",
    "Many small firms still rely on {Q} email {P}, sending the same message to everyone.",
    "So-called {Q} tactics can damage trust {P}.",
    "Trade press coverage of {Q} content has grown since {Y3} {P}.",
]  # fmt: skip
SUBJECT_LINES["blind2"] = ["‘Your {M} picks are running low’", "‘48 hours left: 25% off everything’",
                           "‘Payday treat? Free delivery this weekend’", "‘Still thinking it over?’",
                           "“You left something behind 👀”", "‘Black Friday starts NOW (really)’", "‘Your {Y3} in review’",
                           "‘Re: your order’", "“Thank you for being with us since {Y}”",
                           "‘New season, new you (and 10% off)’"]  # fmt: skip
SUBJECT_FRAMES["blind2"] = [
    "Subject lines such as {Q} performed well in A/B tests {P}.",
    "{B}'s re-engagement email, {Q}, was opened by almost a third of lapsed customers {P}.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
    "A subject line like {Q} creates urgency {P}, but overuse leads to fatigue.",
    "{Q} is a typical example of a ‘curiosity gap’ subject line {P}.",
    "The retailer's email headed {Q} had the highest click rate of the quarter {P}.",
]  # fmt: skip
QUOTE_FRAMES["blind2"] = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "Put another way, {Q} {P}.",
    "{O}, {Q} {P}.",
    "This is summed up neatly: {Q} {P}.",
    "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- blind3, blind4, blind5
# More pools, each written by another hand without reading the checker, its tests or the other pools:
# "blind3" to "blind15", "blind18" to "blind356", "blind363" to "blind369", "blind375" to "blind377", "blind382" and
# "blind387" (development data since their first measurement), "blind16", "blind17", "blind357" to "blind362",
# "blind370" to "blind374", "blind378" to "blind381", "blind383" to "blind386", "blind388" to "blind390" (HELD OUT:
# never tune on them). Their frames, brands and decoys live in blind3_text.py ... blind390_text.py and are filed here
# under the pool's key. A decoy kind only such a pool has gets a dict of its own, filed after every earlier half's,
# which the other halves skip without drawing.
from types import ModuleType  # noqa: E402

from tests.corpus.references import (  # noqa: E402  (the pools above must exist first)
    blind3_text,
    blind4_text,
    blind5_text,
    blind6_text,
    blind7_text,
    blind8_text,
    blind9_text,
    blind10_text,
    blind11_text,
    blind12_text,
    blind13_text,
    blind14_text,
    blind15_text,
    blind16_text,
    blind17_text,
    blind18_text,
    blind19_text,
    blind20_text,
    blind21_text,
    blind22_text,
    blind23_text,
    blind24_text,
    blind25_text,
    blind26_text,
    blind27_text,
    blind28_text,
    blind29_text,
    blind30_text,
    blind31_text,
    blind32_text,
    blind33_text,
    blind34_text,
    blind35_text,
    blind36_text,
    blind37_text,
    blind38_text,
    blind39_text,
    blind40_text,
    blind41_text,
    blind42_text,
    blind43_text,
    blind44_text,
    blind45_text,
    blind46_text,
    blind47_text,
    blind48_text,
    blind49_text,
    blind50_text,
    blind51_text,
    blind52_text,
    blind53_text,
    blind54_text,
    blind55_text,
    blind56_text,
    blind57_text,
    blind58_text,
    blind59_text,
    blind60_text,
    blind61_text,
    blind62_text,
    blind63_text,
    blind64_text,
    blind65_text,
    blind66_text,
    blind67_text,
    blind68_text,
    blind69_text,
    blind70_text,
    blind71_text,
    blind72_text,
    blind73_text,
    blind74_text,
    blind75_text,
    blind76_text,
    blind77_text,
    blind78_text,
    blind79_text,
    blind80_text,
    blind81_text,
    blind82_text,
    blind83_text,
    blind84_text,
    blind85_text,
    blind86_text,
    blind87_text,
    blind88_text,
    blind89_text,
    blind90_text,
    blind91_text,
    blind92_text,
    blind93_text,
    blind94_text,
    blind95_text,
    blind96_text,
    blind97_text,
    blind98_text,
    blind99_text,
    blind100_text,
    blind101_text,
    blind102_text,
    blind103_text,
    blind104_text,
    blind105_text,
    blind106_text,
    blind107_text,
    blind108_text,
    blind109_text,
    blind110_text,
    blind111_text,
    blind112_text,
    blind113_text,
    blind114_text,
    blind115_text,
    blind116_text,
    blind117_text,
    blind118_text,
    blind119_text,
    blind120_text,
    blind121_text,
    blind122_text,
    blind123_text,
    blind124_text,
    blind125_text,
    blind126_text,
    blind127_text,
    blind128_text,
    blind129_text,
    blind130_text,
    blind131_text,
    blind132_text,
    blind133_text,
    blind134_text,
    blind135_text,
    blind136_text,
    blind137_text,
    blind138_text,
    blind139_text,
    blind140_text,
    blind141_text,
    blind142_text,
    blind143_text,
    blind144_text,
    blind145_text,
    blind146_text,
    blind147_text,
    blind148_text,
    blind149_text,
    blind150_text,
    blind151_text,
    blind152_text,
    blind153_text,
    blind154_text,
    blind155_text,
    blind156_text,
    blind157_text,
    blind158_text,
    blind159_text,
    blind160_text,
    blind161_text,
    blind162_text,
    blind163_text,
    blind164_text,
    blind165_text,
    blind166_text,
    blind167_text,
    blind168_text,
    blind169_text,
    blind170_text,
    blind171_text,
    blind172_text,
    blind173_text,
    blind174_text,
    blind175_text,
    blind176_text,
    blind177_text,
    blind178_text,
    blind179_text,
    blind180_text,
    blind181_text,
    blind182_text,
    blind183_text,
    blind184_text,
    blind185_text,
    blind186_text,
    blind187_text,
    blind188_text,
    blind189_text,
    blind190_text,
    blind191_text,
    blind192_text,
    blind193_text,
    blind194_text,
    blind195_text,
    blind196_text,
    blind197_text,
    blind198_text,
    blind199_text,
    blind200_text,
    blind201_text,
    blind202_text,
    blind203_text,
    blind204_text,
    blind205_text,
    blind206_text,
    blind207_text,
    blind208_text,
    blind209_text,
    blind210_text,
    blind211_text,
    blind212_text,
    blind213_text,
    blind214_text,
    blind215_text,
    blind216_text,
    blind217_text,
    blind218_text,
    blind219_text,
    blind220_text,
    blind221_text,
    blind222_text,
    blind223_text,
    blind224_text,
    blind225_text,
    blind226_text,
    blind227_text,
    blind228_text,
    blind229_text,
    blind230_text,
    blind231_text,
    blind232_text,
    blind233_text,
    blind234_text,
    blind235_text,
    blind236_text,
    blind237_text,
    blind238_text,
    blind239_text,
    blind240_text,
    blind241_text,
    blind242_text,
    blind243_text,
    blind244_text,
    blind245_text,
    blind246_text,
    blind247_text,
    blind248_text,
    blind249_text,
    blind250_text,
    blind251_text,
    blind252_text,
    blind253_text,
    blind254_text,
    blind255_text,
    blind256_text,
    blind257_text,
    blind258_text,
    blind259_text,
    blind260_text,
    blind261_text,
    blind262_text,
    blind263_text,
    blind264_text,
    blind265_text,
    blind266_text,
    blind267_text,
    blind268_text,
    blind269_text,
    blind270_text,
    blind271_text,
    blind272_text,
    blind273_text,
    blind274_text,
    blind275_text,
    blind276_text,
    blind277_text,
    blind278_text,
    blind279_text,
    blind280_text,
    blind281_text,
    blind282_text,
    blind283_text,
    blind284_text,
    blind285_text,
    blind286_text,
    blind287_text,
    blind288_text,
    blind289_text,
    blind290_text,
    blind291_text,
    blind292_text,
    blind293_text,
    blind294_text,
    blind295_text,
    blind296_text,
    blind297_text,
    blind298_text,
    blind299_text,
    blind300_text,
    blind301_text,
    blind302_text,
    blind303_text,
    blind304_text,
    blind305_text,
    blind306_text,
    blind307_text,
    blind308_text,
    blind309_text,
    blind310_text,
    blind311_text,
    blind312_text,
    blind313_text,
    blind314_text,
    blind315_text,
    blind316_text,
    blind317_text,
    blind318_text,
    blind319_text,
    blind320_text,
    blind321_text,
    blind322_text,
    blind323_text,
    blind324_text,
    blind325_text,
    blind326_text,
    blind327_text,
    blind328_text,
    blind329_text,
    blind330_text,
    blind331_text,
    blind332_text,
    blind333_text,
    blind334_text,
    blind335_text,
    blind336_text,
    blind337_text,
    blind338_text,
    blind339_text,
    blind340_text,
    blind341_text,
    blind342_text,
    blind343_text,
    blind344_text,
    blind345_text,
    blind346_text,
    blind347_text,
    blind348_text,
    blind349_text,
    blind350_text,
    blind351_text,
    blind352_text,
    blind353_text,
    blind354_text,
    blind355_text,
    blind356_text,
    blind357_text,
    blind358_text,
    blind359_text,
    blind360_text,
    blind361_text,
    blind362_text,
    blind363_text,
    blind364_text,
    blind365_text,
    blind366_text,
    blind367_text,
    blind368_text,
    blind369_text,
    blind370_text,
    blind371_text,
    blind372_text,
    blind373_text,
    blind374_text,
    blind375_text,
    blind376_text,
    blind377_text,
    blind378_text,
    blind379_text,
    blind380_text,
    blind381_text,
    blind382_text,
    blind383_text,
    blind384_text,
    blind385_text,
    blind386_text,
    blind387_text,
    blind388_text,
    blind389_text,
    blind390_text,
)

# The order in which each pool's decoy kinds are drawn: the order they had where its writer built and measured it.
# Kinds are drawn in the order they were first filed, and a pool filed after another that brought the same new
# kind would otherwise draw its kinds in another order than its writer's, and build other reports than were
# measured. ``unseen`` names the pools filed before it that its writer's checkout did not have (written beside it).
KIND_ORDER: dict[str, list[str]] = {}
_BASE_KINDS = list(NOT_CITATIONS)
_FILED: list[tuple[str, ModuleType]] = []


def _file_pool(key: str, pool: ModuleType, unseen: tuple[str, ...] = ()) -> None:
    order = dict.fromkeys(_BASE_KINDS)
    for filed, module in [*_FILED, (key, pool)]:
        if filed not in unseen:
            order.update(dict.fromkeys(kind for kind in module.NOT_CITATIONS if kind not in order))
    KIND_ORDER[key] = [kind for kind in order if kind in pool.NOT_CITATIONS]
    _FILED.append((key, pool))
    for pools, frames in ((NARRATIVE_START, pool.NARRATIVE_START), (NARRATIVE_MID, pool.NARRATIVE_MID),
                          (POSSESSIVE, pool.POSSESSIVE), (PARENTHETICAL_END, pool.PARENTHETICAL_END),
                          (PARENTHETICAL_MID, pool.PARENTHETICAL_MID), (CLAIMS, pool.CLAIMS), (OPENERS, pool.OPENERS),
                          (PLAIN, pool.PLAIN), (QUOTE_FRAMES, pool.QUOTE_FRAMES), (SCARE_QUOTES, pool.SCARE_QUOTES),
                          (SCARE_FRAMES, pool.SCARE_FRAMES), (SUBJECT_LINES, pool.SUBJECT_LINES),
                          (SUBJECT_FRAMES, pool.SUBJECT_FRAMES)):  # fmt: skip
        pools[key] = frames
    for kind, kind_frames in pool.NOT_CITATIONS.items():
        NOT_CITATIONS.setdefault(kind, {})[key] = kind_frames


_file_pool("blind3", blind3_text)
_file_pool("blind4", blind4_text)
_file_pool("blind5", blind5_text)
_file_pool("blind6", blind6_text)
_file_pool("blind7", blind7_text)  # the seventh pool: held out for one stop, development data since
_file_pool("blind8", blind8_text)  # the eighth pool: held out for its first tables, development data since
_file_pool("blind9", blind9_text)  # the ninth pool: held out for its first tables, development data since
_file_pool("blind10", blind10_text)  # the tenth pool: held out for its first tables, development data since
_file_pool("blind11", blind11_text)  # the eleventh pool: held out for its first tables, development data since
_file_pool("blind12", blind12_text)  # the twelfth pool: held out for its first tables, development data since
_file_pool("blind13", blind13_text)  # the thirteenth pool: held out for its first tables, development data since
_file_pool("blind14", blind14_text)  # the fourteenth pool: held out for its first tables, development data since
_file_pool("blind15", blind15_text)  # the fifteenth pool: held out for its first tables, development data since
_file_pool("blind16", blind16_text)  # the sixteenth pool, HELD OUT: written without reading the checker or others
_file_pool("blind17", blind17_text)  # the seventeenth pool, HELD OUT: written without reading the checker or others
_file_pool("blind18", blind18_text)  # the eighteenth pool: held out for its first tables, development data since
_file_pool("blind19", blind19_text)  # the nineteenth pool: held out for its first tables, development data since
_file_pool("blind20", blind20_text)  # the twentieth pool: held out for its first tables, development data since
_file_pool("blind21", blind21_text)  # the twenty-first pool: held out for its first tables, development data since
_file_pool("blind22", blind22_text)  # the twenty-second pool: held out for its first tables, development data since
_file_pool("blind23", blind23_text)  # the twenty-third pool: held out for its first tables, development data since
_file_pool("blind24", blind24_text)  # the twenty-fourth pool: held out for its first tables, development data since
_file_pool("blind25", blind25_text)  # the twenty-fifth pool: held out for its first tables, development data since
_file_pool("blind26", blind26_text)  # the twenty-sixth pool: held out for its first tables, development data since
_file_pool("blind27", blind27_text)  # the twenty-seventh pool: held out for its first tables, development data since
_file_pool("blind28", blind28_text)  # the twenty-eighth pool: held out for its first tables, development data since
_file_pool("blind29", blind29_text)  # the twenty-ninth pool: held out for its first tables, development data since
_file_pool("blind30", blind30_text)  # the thirtieth pool: held out for its first tables, development data since
# the thirty-first pool: held out for its first tables, development data since
_file_pool("blind31", blind31_text, unseen=("blind30",))
# the thirty-second pool: held out for its first tables, development data since
_file_pool("blind32", blind32_text, unseen=("blind30", "blind31"))
_file_pool("blind33", blind33_text)  # the thirty-third pool: held out for its first tables, development data since
# the thirty-fourth pool: held out for its first tables, development data since
_file_pool("blind34", blind34_text, unseen=("blind33",))
# the thirty-fifth pool: held out for its first tables, development data since
_file_pool("blind35", blind35_text, unseen=("blind33", "blind34"))
_file_pool("blind36", blind36_text)  # the thirty-sixth pool: held out for its first tables, development data since
# the thirty-seventh pool: held out for its first tables, development data since
_file_pool("blind37", blind37_text, unseen=("blind36",))
# the thirty-eighth pool: held out for its first tables, development data since
_file_pool("blind38", blind38_text, unseen=("blind36", "blind37"))
_file_pool("blind39", blind39_text)  # the thirty-ninth pool: held out for its first tables, development data since
# the fortieth pool: held out for its first tables, development data since
_file_pool("blind40", blind40_text, unseen=("blind39",))
# the forty-first pool: held out for its first tables, development data since
_file_pool("blind41", blind41_text, unseen=("blind39", "blind40"))
# the forty-second pool: held out for its first tables, development data since
_file_pool("blind42", blind42_text, unseen=("blind40",))
# the forty-third pool: held out for its first tables, development data since
_file_pool("blind43", blind43_text, unseen=("blind40", "blind42"))
# the forty-fourth pool: held out for its first tables, development data since
_file_pool("blind44", blind44_text, unseen=("blind40", "blind42", "blind43"))
# the forty-sixth pool: held out for its first tables, development data since
_file_pool("blind46", blind46_text)
# the forty-seventh pool: held out for its first tables, development data since
_file_pool("blind47", blind47_text, unseen=("blind46",))
# the forty-fifth pool: held out for its first tables, development data since
_file_pool("blind45", blind45_text, unseen=("blind46", "blind47"))
# the forty-eighth pool: held out for its first tables, development data since
_file_pool("blind48", blind48_text)
# the forty-ninth pool: held out for its first tables, development data since
_file_pool("blind49", blind49_text, unseen=("blind48",))
# the fiftieth pool: held out for its first tables, development data since
_file_pool("blind50", blind50_text, unseen=("blind48", "blind49"))
# the fifty-first pool: held out for its first tables, development data since
_file_pool("blind51", blind51_text)
# the fifty-second pool: held out for its first tables, development data since
_file_pool("blind52", blind52_text, unseen=("blind51",))
# the fifty-third pool: held out for its first tables, development data since
_file_pool("blind53", blind53_text, unseen=("blind51", "blind52"))
# the fifty-fourth pool: held out for its first tables, development data since
_file_pool("blind54", blind54_text)
# the fifty-fifth pool: held out for its first tables, development data since
_file_pool("blind55", blind55_text, unseen=("blind54",))
# the fifty-sixth pool: held out for its first tables, development data since
_file_pool("blind56", blind56_text, unseen=("blind54", "blind55"))
# the fifty-seventh pool: held out for its first tables, development data since
_file_pool("blind57", blind57_text)
# the fifty-eighth pool: held out for its first tables, development data since
_file_pool("blind58", blind58_text, unseen=("blind57",))
# the fifty-ninth pool: held out for its first tables, development data since
_file_pool("blind59", blind59_text, unseen=("blind57", "blind58"))
# the sixtieth pool: held out for its first tables, development data since
_file_pool("blind60", blind60_text)
# the sixty-first pool: held out for its first tables, development data since
_file_pool("blind61", blind61_text, unseen=("blind60",))
# the sixty-second pool: held out for its first tables, development data since
_file_pool("blind62", blind62_text, unseen=("blind60", "blind61"))
# the sixty-third pool: held out for its first tables, development data since
_file_pool("blind63", blind63_text)
# the sixty-fourth pool: held out for its first tables, development data since
_file_pool("blind64", blind64_text, unseen=("blind63",))
# the sixty-fifth pool: held out for its first tables, development data since
_file_pool("blind65", blind65_text, unseen=("blind63", "blind64"))
# the sixty-sixth pool: held out for its first tables, development data since
_file_pool("blind66", blind66_text)
# the sixty-seventh pool: held out for its first tables, development data since
_file_pool("blind67", blind67_text, unseen=("blind66",))
# the sixty-eighth pool: held out for its first tables, development data since
_file_pool("blind68", blind68_text, unseen=("blind66", "blind67"))
# the sixty-ninth pool: held out for its first tables, development data since
_file_pool("blind69", blind69_text)
# the seventieth pool: held out for its first tables, development data since
_file_pool("blind70", blind70_text, unseen=("blind69",))
# the seventy-first pool: held out for its first tables, development data since
_file_pool("blind71", blind71_text, unseen=("blind69", "blind70"))
# the seventy-second pool: held out for its first tables, development data since
_file_pool("blind72", blind72_text)
# the seventy-third pool: held out for its first tables, development data since
_file_pool("blind73", blind73_text, unseen=("blind72",))
# the seventy-fourth pool: held out for its first tables, development data since
_file_pool("blind74", blind74_text, unseen=("blind72", "blind73"))
# the seventy-fifth pool: held out for its first tables, development data since
_file_pool("blind75", blind75_text)
# the seventy-sixth pool: held out for its first tables, development data since
_file_pool("blind76", blind76_text, unseen=("blind75",))
# the seventy-seventh pool: held out for its first tables, development data since
_file_pool("blind77", blind77_text, unseen=("blind75", "blind76"))
# the seventy-eighth pool: held out for its first tables, development data since
_file_pool("blind78", blind78_text)
# the seventy-ninth pool: held out for its first tables, development data since
_file_pool("blind79", blind79_text, unseen=("blind78",))
# the eightieth pool: held out for its first tables, development data since
_file_pool("blind80", blind80_text, unseen=("blind75", "blind76", "blind77", "blind78", "blind79"))
# the eighty-first pool: held out for its first tables, development data since
_file_pool("blind81", blind81_text)
# the eighty-second pool: held out for its first tables, development data since
_file_pool("blind82", blind82_text, unseen=("blind81",))
# the eighty-third pool: held out for its first tables, development data since
_file_pool("blind83", blind83_text, unseen=("blind81", "blind82"))
# the eighty-fourth pool: held out for its first tables, development data since
_file_pool("blind84", blind84_text)
# the eighty-fifth pool: held out for its first tables, development data since
_file_pool("blind85", blind85_text, unseen=("blind84",))
# the eighty-sixth pool: held out for its first tables, development data since
_file_pool("blind86", blind86_text, unseen=("blind84", "blind85"))
# the eighty-seventh pool: held out for its first tables, development data since
_file_pool("blind87", blind87_text)
# the eighty-eighth pool: held out for its first tables, development data since
_file_pool("blind88", blind88_text, unseen=("blind87",))
# the eighty-ninth pool: held out for its first tables, development data since
_file_pool("blind89", blind89_text, unseen=("blind87", "blind88"))
# the ninetieth pool: held out for its first tables, development data since
# the ninetieth pool: held out for its first tables, development data since
_file_pool("blind90", blind90_text)
# the ninety-first pool: held out for its first tables, development data since
_file_pool("blind91", blind91_text, unseen=("blind90",))
# the ninety-second pool: held out for its first tables, development data since
_file_pool("blind92", blind92_text, unseen=("blind90", "blind91"))
# the ninety-third pool: held out for its first tables, development data since
_file_pool("blind93", blind93_text)
# the ninety-fourth pool: held out for its first tables, development data since
_file_pool("blind94", blind94_text, unseen=("blind93",))
# the ninety-fifth pool: held out for its first tables, development data since
_file_pool("blind95", blind95_text, unseen=("blind93", "blind94"))
# the ninety-sixth pool: held out for its first tables, development data since
_file_pool("blind96", blind96_text)
# the ninety-seventh pool: held out for its first tables, development data since
_file_pool("blind97", blind97_text, unseen=("blind96",))
# the ninety-eighth pool: held out for its first tables, development data since
_file_pool("blind98", blind98_text, unseen=("blind96", "blind97"))
# the hundredth pool: held out for its first tables, development data since
_file_pool("blind100", blind100_text)
# the hundred-and-first pool: held out for its first tables, development data since
_file_pool("blind101", blind101_text, unseen=("blind100",))
# the ninety-ninth pool: held out for its first tables, development data since
_file_pool("blind99", blind99_text, unseen=("blind100", "blind101"))
# the hundred-and-second pool: held out for its first tables, development data since
_file_pool("blind102", blind102_text)
# the hundred-and-third pool: held out for its first tables, development data since
_file_pool("blind103", blind103_text, unseen=("blind102",))
# the hundred-and-fourth pool: held out for its first tables, development data since
_file_pool("blind104", blind104_text, unseen=("blind102", "blind103"))
# the hundred-and-fifth pool: held out for its first tables, development data since
_file_pool("blind105", blind105_text)
# the hundred-and-sixth pool: held out for its first tables, development data since
_file_pool("blind106", blind106_text, unseen=("blind105",))
# the hundred-and-seventh pool: held out for its first tables, development data since
_file_pool("blind107", blind107_text, unseen=("blind105", "blind106"))
# the hundred-and-eighth pool: held out for its first tables, development data since
_file_pool("blind108", blind108_text)
# the hundred-and-ninth pool: held out for its first tables, development data since
_file_pool("blind109", blind109_text, unseen=("blind108",))
# the hundred-and-tenth pool: held out for its first tables, development data since
_file_pool("blind110", blind110_text, unseen=("blind108", "blind109"))
# the hundred-and-eleventh pool: held out for its first tables, development data since
_file_pool("blind111", blind111_text)
# the hundred-and-twelfth pool: held out for its first tables, development data since
_file_pool("blind112", blind112_text, unseen=("blind111",))
# the hundred-and-thirteenth pool: held out for its first tables, development data since
_file_pool("blind113", blind113_text, unseen=("blind111", "blind112"))
# the hundred-and-fourteenth pool: held out for its first tables, development data since
_file_pool("blind114", blind114_text)
# the hundred-and-fifteenth pool: held out for its first tables, development data since
_file_pool("blind115", blind115_text, unseen=("blind114",))
# the hundred-and-sixteenth pool: held out for its first tables, development data since
_file_pool("blind116", blind116_text, unseen=("blind114", "blind115"))
# the hundred-and-seventeenth pool: held out for its first tables, development data since
_file_pool("blind117", blind117_text)
# the hundred-and-eighteenth pool: held out for its first tables, development data since
_file_pool("blind118", blind118_text, unseen=("blind117",))
# the hundred-and-nineteenth pool: held out for its first tables, development data since
_file_pool("blind119", blind119_text, unseen=("blind117", "blind118"))
# the hundred-and-twentieth pool: held out for its first tables, development data since
_file_pool("blind120", blind120_text)
# the hundred-and-twenty-first pool: held out for its first tables, development data since
_file_pool("blind121", blind121_text, unseen=("blind120",))
# the hundred-and-twenty-second pool: held out for its first tables, development data since
_file_pool("blind122", blind122_text, unseen=("blind120", "blind121"))
# the hundred-and-twenty-third pool: held out for its first tables, development data since
_file_pool("blind123", blind123_text)
# the hundred-and-twenty-fourth pool: held out for its first tables, development data since
_file_pool("blind124", blind124_text, unseen=("blind120", "blind121", "blind122", "blind123"))
# the hundred-and-twenty-fifth pool: held out for its first tables, development data since
_file_pool("blind125", blind125_text, unseen=("blind123", "blind124"))
# the hundred-and-twenty-sixth pool: held out for its first tables, development data since
_file_pool("blind126", blind126_text)
# the hundred-and-twenty-seventh pool: held out for its first tables, development data since
_file_pool("blind127", blind127_text, unseen=("blind123", "blind124", "blind125", "blind126"))
# the hundred-and-twenty-eighth pool: held out for its first tables, development data since
_file_pool("blind128", blind128_text, unseen=("blind126", "blind127"))
# the hundred-and-twenty-ninth pool: held out for its first tables, development data since
_file_pool("blind129", blind129_text, unseen=("blind126", "blind127", "blind128"))
# the hundred-and-thirtieth pool: held out for its first tables, development data since
_file_pool("blind130", blind130_text, unseen=("blind126", "blind127", "blind128", "blind129"))
# the hundred-and-thirty-first pool: held out for its first tables, development data since
_file_pool("blind131", blind131_text, unseen=("blind126", "blind127", "blind128", "blind129", "blind130"))
# the hundred-and-thirty-third pool: held out for its first tables, development data since
_file_pool("blind133", blind133_text)
# the hundred-and-thirty-fourth pool: held out for its first tables, development data since
_file_pool("blind134", blind134_text, unseen=("blind133",))
# the hundred-and-thirty-second pool: held out for its first tables, development data since
_file_pool("blind132", blind132_text, unseen=("blind133", "blind134"))
# the hundred-and-thirty-fifth pool: held out for its first tables, development data since
_file_pool("blind135", blind135_text)
# the hundred-and-thirty-sixth pool: held out for its first tables, development data since
_file_pool("blind136", blind136_text, unseen=("blind135",))
# the hundred-and-thirty-seventh pool: held out for its first tables, development data since
_file_pool("blind137", blind137_text, unseen=("blind135", "blind136"))
# the hundred-and-thirty-eighth pool: held out for its first tables, development data since
_file_pool("blind138", blind138_text)
# the hundred-and-thirty-ninth pool: held out for its first tables, development data since
_file_pool("blind139", blind139_text, unseen=("blind138",))
# the hundred-and-fortieth pool: held out for its first tables, development data since
_file_pool("blind140", blind140_text, unseen=("blind138", "blind139"))
# the hundred-and-forty-first pool: held out for its first tables, development data since
_file_pool("blind141", blind141_text, unseen=("blind138", "blind139", "blind140"))
# the hundred-and-forty-second pool: held out for its first tables, development data since
_file_pool("blind142", blind142_text, unseen=("blind141",))
# the hundred-and-forty-third pool: held out for its first tables, development data since
_file_pool("blind143", blind143_text, unseen=("blind141", "blind142"))
# the hundred-and-forty-fourth pool: held out for its first tables, development data since
_file_pool("blind144", blind144_text)
# the hundred-and-forty-fifth pool: held out for its first tables, development data since
_file_pool("blind145", blind145_text, unseen=("blind144",))
# the hundred-and-forty-sixth pool: held out for its first tables, development data since
_file_pool("blind146", blind146_text, unseen=("blind144", "blind145"))
# the hundred-and-forty-seventh pool: held out for its first tables, development data since
_file_pool("blind147", blind147_text)
# the hundred-and-forty-eighth pool: held out for its first tables, development data since
_file_pool("blind148", blind148_text, unseen=("blind147",))
# the hundred-and-forty-ninth pool: held out for its first tables, development data since
_file_pool("blind149", blind149_text, unseen=("blind147", "blind148"))
# the hundred-and-fiftieth pool: held out for its first tables, development data since
_file_pool("blind150", blind150_text, unseen=("blind147", "blind148", "blind149"))
# the hundred-and-fifty-first pool: held out for its first tables, development data since
_file_pool("blind151", blind151_text, unseen=("blind150",))
# the hundred-and-fifty-second pool: held out for its first tables, development data since
_file_pool("blind152", blind152_text, unseen=("blind150", "blind151"))
# the hundred-and-fifty-third pool: held out for its first tables, development data since
_file_pool("blind153", blind153_text)
# the hundred-and-fifty-fourth pool: held out for its first tables, development data since
_file_pool("blind154", blind154_text, unseen=("blind150", "blind151", "blind152", "blind153"))
# the hundred-and-fifty-fifth pool: held out for its first tables, development data since
_file_pool("blind155", blind155_text, unseen=("blind153", "blind154"))
# the hundred-and-fifty-sixth pool: held out for its first tables, development data since
_file_pool("blind156", blind156_text)
# the hundred-and-fifty-seventh pool: held out for its first tables, development data since
_file_pool("blind157", blind157_text, unseen=("blind156",))
# the hundred-and-fifty-eighth pool: held out for its first tables, development data since
_file_pool("blind158", blind158_text, unseen=("blind156", "blind157"))
# the hundred-and-fifty-ninth pool: held out for its first tables, development data since
_file_pool("blind159", blind159_text)
# the hundred-and-sixtieth pool: held out for its first tables, development data since
_file_pool("blind160", blind160_text, unseen=("blind159",))
# the hundred-and-sixty-first pool: held out for its first tables, development data since
_file_pool("blind161", blind161_text, unseen=("blind159", "blind160"))
# the hundred-and-sixty-second pool: held out for its first tables, development data since
_file_pool("blind162", blind162_text)
# the hundred-and-sixty-third pool: held out for its first tables, development data since
_file_pool("blind163", blind163_text, unseen=("blind162",))
# the hundred-and-sixty-fourth pool: held out for its first tables, development data since
_file_pool("blind164", blind164_text, unseen=("blind162", "blind163"))
# the hundred-and-sixty-fifth pool: held out for its first tables, development data since
_file_pool("blind165", blind165_text)
# the hundred-and-sixty-sixth pool: held out for its first tables, development data since
_file_pool("blind166", blind166_text, unseen=("blind165",))
# the hundred-and-sixty-seventh pool: held out for its first tables, development data since
_file_pool("blind167", blind167_text, unseen=("blind165", "blind166"))
# the hundred-and-sixty-eighth pool: held out for its first tables, development data since
_file_pool("blind168", blind168_text)
# the hundred-and-sixty-ninth pool: held out for its first tables, development data since
_file_pool("blind169", blind169_text, unseen=("blind168",))
# the hundred-and-seventieth pool: held out for its first tables, development data since
_file_pool("blind170", blind170_text, unseen=("blind168", "blind169"))
# the hundred-and-seventy-first pool: held out for its first tables, development data since
_file_pool("blind171", blind171_text)
# the hundred-and-seventy-second pool: held out for its first tables, development data since
_file_pool("blind172", blind172_text, unseen=("blind171",))
# the hundred-and-seventy-third pool: held out for its first tables, development data since
_file_pool("blind173", blind173_text, unseen=("blind171", "blind172"))
# the hundred-and-seventy-fourth pool: held out for its first tables, development data since
_file_pool("blind174", blind174_text)
# the hundred-and-seventy-fifth pool: held out for its first tables, development data since
_file_pool("blind175", blind175_text, unseen=("blind174",))
# the hundred-and-seventy-sixth pool: held out for its first tables, development data since
_file_pool("blind176", blind176_text, unseen=("blind174", "blind175"))
# the hundred-and-seventy-seventh pool: held out for its first tables, development data since
_file_pool("blind177", blind177_text)
# the hundred-and-seventy-eighth pool: held out for its first tables, development data since
_file_pool("blind178", blind178_text, unseen=("blind177",))
# the hundred-and-seventy-ninth pool: held out for its first tables, development data since
_file_pool("blind179", blind179_text, unseen=("blind177", "blind178"))
# the hundred-and-eightieth pool: held out for its first tables, development data since
_file_pool("blind180", blind180_text)
# the hundred-and-eighty-first pool: held out for its first tables, development data since
_file_pool("blind181", blind181_text, unseen=("blind180",))
# the hundred-and-eighty-second pool: held out for its first tables, development data since
_file_pool("blind182", blind182_text, unseen=("blind180", "blind181"))
# the hundred-and-eighty-third pool: held out for its first tables, development data since
_file_pool("blind183", blind183_text)
# the hundred-and-eighty-fourth pool: held out for its first tables, development data since
_file_pool("blind184", blind184_text, unseen=("blind183",))
# the hundred-and-eighty-fifth pool: held out for its first tables, development data since
_file_pool("blind185", blind185_text, unseen=("blind183", "blind184"))
# the hundred-and-eighty-sixth pool: held out for its first tables, development data since
_file_pool("blind186", blind186_text)
# the hundred-and-eighty-seventh pool: held out for its first tables, development data since
_file_pool("blind187", blind187_text, unseen=("blind186",))
# the hundred-and-eighty-eighth pool: held out for its first tables, development data since
_file_pool("blind188", blind188_text, unseen=("blind186", "blind187"))
# the hundred-and-eighty-ninth pool: held out for its first tables, development data since
_file_pool("blind189", blind189_text)
# the hundred-and-ninetieth pool: held out for its first tables, development data since
_file_pool("blind190", blind190_text, unseen=("blind189",))
# the hundred-and-ninety-first pool: held out for its first tables, development data since
_file_pool("blind191", blind191_text, unseen=("blind189", "blind190"))
# the hundred-and-ninety-second pool: held out for its first tables, development data since
_file_pool("blind192", blind192_text)
# the hundred-and-ninety-third pool: held out for its first tables, development data since
_file_pool("blind193", blind193_text, unseen=("blind192",))
# the hundred-and-ninety-fourth pool: held out for its first tables, development data since
_file_pool("blind194", blind194_text, unseen=("blind192", "blind193"))
# the hundred-and-ninety-fifth pool: held out for its first tables, development data since
_file_pool("blind195", blind195_text)
# the hundred-and-ninety-sixth pool: held out for its first tables, development data since
_file_pool("blind196", blind196_text, unseen=("blind195",))
# the hundred-and-ninety-seventh pool: held out for its first tables, development data since
_file_pool("blind197", blind197_text, unseen=("blind195", "blind196"))
# the hundred-and-ninety-eighth pool: held out for its first tables, development data since
_file_pool("blind198", blind198_text)
# the hundred-and-ninety-ninth pool: held out for its first tables, development data since
_file_pool("blind199", blind199_text, unseen=("blind198",))
# the two-hundredth pool: held out for its first tables, development data since
_file_pool("blind200", blind200_text, unseen=("blind198", "blind199"))
# the two-hundred-and-first pool: held out for its first tables, development data since
_file_pool("blind201", blind201_text)
# the two-hundred-and-second pool: held out for its first tables, development data since
_file_pool("blind202", blind202_text, unseen=("blind201",))
# the two-hundred-and-third pool: held out for its first tables, development data since
_file_pool("blind203", blind203_text, unseen=("blind201", "blind202"))
# the two-hundred-and-fourth pool: held out for its first tables, development data since
_file_pool("blind204", blind204_text)
# the two-hundred-and-fifth pool: held out for its first tables, development data since
_file_pool("blind205", blind205_text, unseen=("blind204",))
# the two-hundred-and-sixth pool: held out for its first tables, development data since
_file_pool("blind206", blind206_text, unseen=("blind204", "blind205"))
# the two-hundred-and-seventh pool: held out for its first tables, development data since
_file_pool("blind207", blind207_text)
# the two-hundred-and-eighth pool: held out for its first tables, development data since
_file_pool("blind208", blind208_text, unseen=("blind207",))
# the two-hundred-and-ninth pool: held out for its first tables, development data since
_file_pool("blind209", blind209_text, unseen=("blind207", "blind208"))
# the two-hundred-and-tenth pool: held out for its first tables, development data since
_file_pool("blind210", blind210_text)
# the two-hundred-and-eleventh pool: held out for its first tables, development data since
_file_pool("blind211", blind211_text, unseen=("blind210",))
# the two-hundred-and-twelfth pool: held out for its first tables, development data since
_file_pool("blind212", blind212_text, unseen=("blind210", "blind211"))
# the two-hundred-and-thirteenth pool: held out for its first tables, development data since
_file_pool("blind213", blind213_text)
# the two-hundred-and-fourteenth pool: held out for its first tables, development data since
_file_pool("blind214", blind214_text, unseen=("blind213",))
# the two-hundred-and-fifteenth pool: held out for its first tables, development data since
_file_pool("blind215", blind215_text, unseen=("blind213", "blind214"))
# the two-hundred-and-sixteenth pool: held out for its first tables, development data since
_file_pool("blind216", blind216_text)
# the two-hundred-and-seventeenth pool: held out for its first tables, development data since
_file_pool("blind217", blind217_text, unseen=("blind216",))
# the two-hundred-and-eighteenth pool: held out for its first tables, development data since
_file_pool("blind218", blind218_text, unseen=("blind216", "blind217"))
# the two-hundred-and-nineteenth pool: held out for its first tables, development data since
_file_pool("blind219", blind219_text)
# the two-hundred-and-twentieth pool: held out for its first tables, development data since
_file_pool("blind220", blind220_text, unseen=("blind219",))
# the two-hundred-and-twenty-first pool: held out for its first tables, development data since
_file_pool("blind221", blind221_text, unseen=("blind219", "blind220"))
# the two-hundred-and-twenty-second pool: held out for its first tables, development data since
_file_pool("blind222", blind222_text)
# the two-hundred-and-twenty-third pool: held out for its first tables, development data since
_file_pool("blind223", blind223_text, unseen=("blind222",))
# the two-hundred-and-twenty-fourth pool: held out for its first tables, development data since
_file_pool("blind224", blind224_text, unseen=("blind222", "blind223"))
# the two-hundred-and-twenty-fifth pool: held out for its first tables, development data since
_file_pool("blind225", blind225_text)
# the two-hundred-and-twenty-sixth pool: held out for its first tables, development data since
_file_pool("blind226", blind226_text, unseen=("blind225",))
# the two-hundred-and-twenty-seventh pool: held out for its first tables, development data since
_file_pool("blind227", blind227_text, unseen=("blind225", "blind226"))
# the two-hundred-and-twenty-eighth pool: held out for its first tables, development data since
_file_pool("blind228", blind228_text)
# the two-hundred-and-twenty-ninth pool: held out for its first tables, development data since
_file_pool("blind229", blind229_text, unseen=("blind228",))
# the two-hundred-and-thirtieth pool: held out for its first tables, development data since
_file_pool("blind230", blind230_text, unseen=("blind228", "blind229"))
# the two-hundred-and-thirty-first pool: held out for its first tables, development data since
_file_pool("blind231", blind231_text)
# the two-hundred-and-thirty-second pool: held out for its first tables, development data since
_file_pool("blind232", blind232_text, unseen=("blind231",))
# the two-hundred-and-thirty-third pool: held out for its first tables, development data since
_file_pool("blind233", blind233_text, unseen=("blind231", "blind232"))
# the two-hundred-and-thirty-fourth pool: held out for its first tables, development data since
_file_pool("blind234", blind234_text)
# the two-hundred-and-thirty-fifth pool: held out for its first tables, development data since
_file_pool("blind235", blind235_text, unseen=("blind234",))
# the two-hundred-and-thirty-sixth pool: held out for its first tables, development data since
_file_pool("blind236", blind236_text, unseen=("blind234", "blind235"))
# the two-hundred-and-thirty-seventh pool: held out for its first tables, development data since
_file_pool("blind237", blind237_text)
# the two-hundred-and-thirty-eighth pool: held out for its first tables, development data since
_file_pool("blind238", blind238_text, unseen=("blind237",))
# the two-hundred-and-thirty-ninth pool: held out for its first tables, development data since
_file_pool("blind239", blind239_text, unseen=("blind237", "blind238"))
# the two-hundred-and-fortieth pool: held out for its first tables, development data since
_file_pool("blind240", blind240_text)
# the two-hundred-and-forty-first pool: held out for its first tables, development data since
_file_pool("blind241", blind241_text, unseen=("blind240",))
# the two-hundred-and-forty-second pool: held out for its first tables, development data since
_file_pool("blind242", blind242_text, unseen=("blind240", "blind241"))
# the two-hundred-and-forty-third pool: held out for its first tables, development data since
_file_pool("blind243", blind243_text)
# the two-hundred-and-forty-fourth pool: held out for its first tables, development data since
_file_pool("blind244", blind244_text, unseen=("blind243",))
# the two-hundred-and-forty-fifth pool: held out for its first tables, development data since
_file_pool("blind245", blind245_text, unseen=("blind243", "blind244"))
# the two-hundred-and-forty-sixth pool: held out for its first tables, development data since
_file_pool("blind246", blind246_text)
# the two-hundred-and-forty-seventh pool: held out for its first tables, development data since
_file_pool("blind247", blind247_text, unseen=("blind246",))
# the two-hundred-and-forty-eighth pool: held out for its first tables, development data since
_file_pool("blind248", blind248_text, unseen=("blind246", "blind247"))
# the two-hundred-and-forty-ninth pool: held out for its first tables, development data since
_file_pool("blind249", blind249_text)
# the two-hundred-and-fiftieth pool: held out for its first tables, development data since
_file_pool("blind250", blind250_text, unseen=("blind249",))
# the two-hundred-and-fifty-first pool: held out for its first tables, development data since
_file_pool("blind251", blind251_text, unseen=("blind249", "blind250"))
# the two-hundred-and-fifty-second pool: held out for its first tables, development data since
_file_pool("blind252", blind252_text)
# the two-hundred-and-fifty-third pool: held out for its first tables, development data since
_file_pool("blind253", blind253_text, unseen=("blind252",))
# the two-hundred-and-fifty-fourth pool: held out for its first tables, development data since
_file_pool("blind254", blind254_text, unseen=("blind252", "blind253"))
# the two-hundred-and-fifty-fifth pool: held out for its first tables, development data since
_file_pool("blind255", blind255_text)
# the two-hundred-and-fifty-sixth pool: held out for its first tables, development data since
_file_pool("blind256", blind256_text, unseen=("blind255",))
# the two-hundred-and-fifty-seventh pool: held out for its first tables, development data since
_file_pool("blind257", blind257_text, unseen=("blind255", "blind256"))
# the two-hundred-and-fifty-eighth pool: held out for its first tables, development data since
_file_pool("blind258", blind258_text, unseen=("blind255", "blind256", "blind257"))
# the two-hundred-and-fifty-ninth pool: held out for its first tables, development data since
_file_pool("blind259", blind259_text, unseen=("blind258",))
# the two-hundred-and-sixtieth pool: held out for its first tables, development data since
_file_pool("blind260", blind260_text, unseen=("blind258", "blind259"))
# the two-hundred-and-sixty-first pool: held out for its first tables, development data since
_file_pool("blind261", blind261_text, unseen=("blind258", "blind259", "blind260"))
# the two-hundred-and-sixty-second pool: held out for its first tables, development data since
_file_pool("blind262", blind262_text, unseen=("blind261",))
# the two-hundred-and-sixty-third pool: held out for its first tables, development data since
_file_pool("blind263", blind263_text, unseen=("blind261", "blind262"))
# the two-hundred-and-sixty-fourth pool: held out for its first tables, development data since
_file_pool("blind264", blind264_text, unseen=("blind261", "blind262", "blind263"))
# the two-hundred-and-sixty-fifth pool: held out for its first tables, development data since
_file_pool("blind265", blind265_text, unseen=("blind264",))
# the two-hundred-and-sixty-sixth pool: held out for its first tables, development data since
_file_pool("blind266", blind266_text, unseen=("blind264", "blind265"))
# the two-hundred-and-sixty-seventh pool: held out for its first tables, development data since
_file_pool("blind267", blind267_text)
# the two-hundred-and-sixty-eighth pool: held out for its first tables, development data since
_file_pool("blind268", blind268_text, unseen=("blind267",))
# the two-hundred-and-sixty-ninth pool: held out for its first tables, development data since
_file_pool("blind269", blind269_text, unseen=("blind267", "blind268"))
# the two-hundred-and-seventieth pool: held out for its first tables, development data since
_file_pool("blind270", blind270_text)
# the two-hundred-and-seventy-first pool: held out for its first tables, development data since
_file_pool("blind271", blind271_text, unseen=("blind270",))
# the two-hundred-and-seventy-second pool: held out for its first tables, development data since
_file_pool("blind272", blind272_text, unseen=("blind270", "blind271"))
# the two-hundred-and-seventy-third pool: held out for its first tables, development data since
_file_pool("blind273", blind273_text)
# the two-hundred-and-seventy-fourth pool: held out for its first tables, development data since
_file_pool("blind274", blind274_text, unseen=("blind273",))
# the two-hundred-and-seventy-fifth pool: held out for its first tables, development data since
_file_pool("blind275", blind275_text, unseen=("blind273", "blind274"))
# the two-hundred-and-seventy-sixth pool: held out for its first tables, development data since
_file_pool("blind276", blind276_text)
# the two-hundred-and-seventy-seventh pool: held out for its first tables, development data since
_file_pool("blind277", blind277_text, unseen=("blind276",))
# the two-hundred-and-seventy-eighth pool: held out for its first tables, development data since
_file_pool("blind278", blind278_text, unseen=("blind276", "blind277"))
# the two-hundred-and-seventy-ninth pool: held out for its first tables, development data since
_file_pool("blind279", blind279_text)
# the two-hundred-and-eightieth pool: held out for its first tables, development data since
_file_pool("blind280", blind280_text, unseen=("blind279",))
# the two-hundred-and-eighty-first pool: held out for its first tables, development data since
_file_pool("blind281", blind281_text, unseen=("blind279", "blind280"))
# the two-hundred-and-eighty-second pool: held out for its first tables, development data since
_file_pool("blind282", blind282_text)
# the two-hundred-and-eighty-third pool: held out for its first tables, development data since
_file_pool("blind283", blind283_text, unseen=("blind282",))
# the two-hundred-and-eighty-fourth pool: held out for its first tables, development data since
_file_pool("blind284", blind284_text, unseen=("blind282", "blind283"))
# the two-hundred-and-eighty-fifth pool: held out for its first tables, development data since
_file_pool("blind285", blind285_text)
# the two-hundred-and-eighty-sixth pool: held out for its first tables, development data since
_file_pool("blind286", blind286_text, unseen=("blind285",))
# the two-hundred-and-eighty-seventh pool: held out for its first tables, development data since
_file_pool("blind287", blind287_text, unseen=("blind285", "blind286"))
# the two-hundred-and-eighty-eighth pool: held out for its first tables, development data since
_file_pool("blind288", blind288_text)
# the two-hundred-and-eighty-ninth pool: held out for its first tables, development data since
_file_pool("blind289", blind289_text, unseen=("blind288",))
# the two-hundred-and-ninetieth pool: held out for its first tables, development data since
_file_pool("blind290", blind290_text, unseen=("blind288", "blind289"))
# the two-hundred-and-ninety-first pool: held out for its first tables, development data since
_file_pool("blind291", blind291_text)
# the two-hundred-and-ninety-second pool: held out for its first tables, development data since
_file_pool("blind292", blind292_text, unseen=("blind291",))
# the two-hundred-and-ninety-third pool: held out for its first tables, development data since
_file_pool("blind293", blind293_text, unseen=("blind291", "blind292"))
# the two-hundred-and-ninety-fourth pool: held out for its first tables, development data since
_file_pool("blind294", blind294_text)
# the two-hundred-and-ninety-fifth pool: held out for its first tables, development data since
_file_pool("blind295", blind295_text, unseen=("blind294",))
# the two-hundred-and-ninety-sixth pool: held out for its first tables, development data since
_file_pool("blind296", blind296_text, unseen=("blind294", "blind295"))
# the two-hundred-and-ninety-seventh pool: held out for its first tables, development data since
_file_pool("blind297", blind297_text)
# the two-hundred-and-ninety-eighth pool: held out for its first tables, development data since
_file_pool("blind298", blind298_text, unseen=("blind297",))
# the two-hundred-and-ninety-ninth pool: held out for its first tables, development data since
_file_pool("blind299", blind299_text, unseen=("blind297", "blind298"))
# the three-hundredth pool: held out for its first tables, development data since
_file_pool("blind300", blind300_text)
# the three-hundred-and-first pool: held out for its first tables, development data since
_file_pool("blind301", blind301_text, unseen=("blind300",))
# the three-hundred-and-second pool: held out for its first tables, development data since
_file_pool("blind302", blind302_text, unseen=("blind300", "blind301"))
# the three-hundred-and-third pool: held out for its first tables, development data since
_file_pool("blind303", blind303_text)
# the three-hundred-and-fourth pool: held out for its first tables, development data since
_file_pool("blind304", blind304_text, unseen=("blind303",))
# the three-hundred-and-fifth pool: held out for its first tables, development data since
_file_pool("blind305", blind305_text, unseen=("blind303", "blind304"))
# the three-hundred-and-sixth pool: held out for its first tables, development data since
_file_pool("blind306", blind306_text)
# the three-hundred-and-seventh pool: held out for its first tables, development data since
_file_pool("blind307", blind307_text, unseen=("blind306",))
# the three-hundred-and-eighth pool: held out for its first tables, development data since
_file_pool("blind308", blind308_text, unseen=("blind306", "blind307"))
# the three-hundred-and-ninth pool: held out for its first tables, development data since
_file_pool("blind309", blind309_text)
# the three-hundred-and-tenth pool: held out for its first tables, development data since
_file_pool("blind310", blind310_text, unseen=("blind309",))
# the three-hundred-and-eleventh pool: held out for its first tables, development data since
_file_pool("blind311", blind311_text, unseen=("blind309", "blind310"))
# the three-hundred-and-twelfth pool: held out for its first tables, development data since
_file_pool("blind312", blind312_text)
# the three-hundred-and-thirteenth pool: held out for its first tables, development data since
_file_pool("blind313", blind313_text, unseen=("blind312",))
# the three-hundred-and-fourteenth pool: held out for its first tables, development data since
_file_pool("blind314", blind314_text, unseen=("blind312", "blind313"))
# the three-hundred-and-fifteenth pool: held out for its first tables, development data since
_file_pool("blind315", blind315_text)
# the three-hundred-and-sixteenth pool: held out for its first tables, development data since
_file_pool("blind316", blind316_text, unseen=("blind315",))
# the three-hundred-and-seventeenth pool: held out for its first tables, development data since
_file_pool("blind317", blind317_text, unseen=("blind315", "blind316"))
# the three-hundred-and-eighteenth pool: held out for its first tables, development data since
_file_pool("blind318", blind318_text)
# the three-hundred-and-nineteenth pool: held out for its first tables, development data since
_file_pool("blind319", blind319_text, unseen=("blind318",))
# the three-hundred-and-twentieth pool: held out for its first tables, development data since
_file_pool("blind320", blind320_text, unseen=("blind318", "blind319"))
# the three-hundred-and-twenty-first pool: held out for its first tables, development data since
_file_pool("blind321", blind321_text)
# the three-hundred-and-twenty-second pool: held out for its first tables, development data since
_file_pool("blind322", blind322_text, unseen=("blind321",))
# the three-hundred-and-twenty-third pool: held out for its first tables, development data since
_file_pool("blind323", blind323_text, unseen=("blind321", "blind322"))
# the three-hundred-and-twenty-fourth pool: held out for its first tables, development data since
_file_pool("blind324", blind324_text)
# the three-hundred-and-twenty-fifth pool: held out for its first tables, development data since
_file_pool("blind325", blind325_text, unseen=("blind324",))
# the three-hundred-and-twenty-sixth pool: held out for its first tables, development data since
_file_pool("blind326", blind326_text, unseen=("blind324", "blind325"))
# the three-hundred-and-twenty-seventh pool: held out for its first tables, development data since
_file_pool("blind327", blind327_text)
# the three-hundred-and-twenty-eighth pool: held out for its first tables, development data since
_file_pool("blind328", blind328_text, unseen=("blind327",))
# the three-hundred-and-twenty-ninth pool: held out for its first tables, development data since
_file_pool("blind329", blind329_text, unseen=("blind327", "blind328"))
# the three-hundred-and-thirtieth pool: held out for its first tables, development data since
_file_pool("blind330", blind330_text)
# the three-hundred-and-thirty-first pool: held out for its first tables, development data since
_file_pool("blind331", blind331_text, unseen=("blind330",))
# the three-hundred-and-thirty-second pool: held out for its first tables, development data since
_file_pool("blind332", blind332_text, unseen=("blind330", "blind331"))
# the three-hundred-and-thirty-third pool: held out for its first tables, development data since
_file_pool("blind333", blind333_text)
# the three-hundred-and-thirty-fourth pool: held out for its first tables, development data since
_file_pool("blind334", blind334_text, unseen=("blind333",))
# the three-hundred-and-thirty-fifth pool: held out for its first tables, development data since
_file_pool("blind335", blind335_text, unseen=("blind333", "blind334"))
# the three-hundred-and-thirty-sixth pool: held out for its first tables, development data since
_file_pool("blind336", blind336_text)
# the three-hundred-and-thirty-seventh pool: held out for its first tables, development data since
_file_pool("blind337", blind337_text, unseen=("blind336",))
# the three-hundred-and-thirty-eighth pool: held out for its first tables, development data since
_file_pool("blind338", blind338_text, unseen=("blind336", "blind337"))
# the three-hundred-and-thirty-ninth pool: held out for its first tables, development data since
_file_pool("blind339", blind339_text)
# the three-hundred-and-fortieth pool: held out for its first tables, development data since
_file_pool("blind340", blind340_text, unseen=("blind339",))
# the three-hundred-and-forty-first pool: held out for its first tables, development data since
_file_pool("blind341", blind341_text, unseen=("blind339", "blind340"))
# the three-hundred-and-forty-second pool: held out for its first tables, development data since
_file_pool("blind342", blind342_text)
# the three-hundred-and-forty-third pool: held out for its first tables, development data since
_file_pool("blind343", blind343_text, unseen=("blind342",))
# the three-hundred-and-forty-fourth pool: held out for its first tables, development data since
_file_pool("blind344", blind344_text, unseen=("blind342", "blind343"))
# the three-hundred-and-forty-fifth pool: held out for its first tables, development data since
_file_pool("blind345", blind345_text)
# the three-hundred-and-forty-sixth pool: held out for its first tables, development data since
_file_pool("blind346", blind346_text, unseen=("blind345",))
# the three-hundred-and-forty-seventh pool: held out for its first tables, development data since
_file_pool("blind347", blind347_text, unseen=("blind345", "blind346"))
# the three-hundred-and-forty-eighth pool: held out for its first tables, development data since stop 61
_file_pool("blind348", blind348_text)
# the three-hundred-and-forty-ninth pool: held out for its first tables, development data since stop 61
_file_pool("blind349", blind349_text, unseen=("blind348",))
# the three-hundred-and-fiftieth pool: held out for its first tables, development data since stop 61
_file_pool("blind350", blind350_text, unseen=("blind348", "blind349"))
# the three-hundred-and-fifty-first pool: held out for its first tables, development data since stop 61
_file_pool("blind351", blind351_text)
# the three-hundred-and-fifty-second pool: held out for its first tables, development data since stop 61
_file_pool("blind352", blind352_text, unseen=("blind351",))
# the three-hundred-and-fifty-third pool: held out for its first tables, development data since stop 61
_file_pool("blind353", blind353_text, unseen=("blind351", "blind352"))
# the three-hundred-and-fifty-fourth pool: held out for its first tables, development data since stop 61
_file_pool("blind354", blind354_text)
# the three-hundred-and-fifty-fifth pool: held out for its first tables, development data since stop 61
_file_pool("blind355", blind355_text, unseen=("blind354",))
# the three-hundred-and-fifty-sixth pool: held out for its first tables, development data since stop 61
_file_pool("blind356", blind356_text, unseen=("blind354", "blind355"))
# the three-hundred-and-fifty-seventh pool, HELD OUT: written without reading the checker or others
_file_pool("blind357", blind357_text)
# the three-hundred-and-fifty-eighth pool, HELD OUT: written without reading the checker or the others (beside blind357)
_file_pool("blind358", blind358_text, unseen=("blind357",))
# the three-hundred-and-fifty-ninth pool, HELD OUT: written without reading the checker or others (beside blind357, blind358)
_file_pool("blind359", blind359_text, unseen=("blind357", "blind358"))
# the three-hundred-and-sixtieth pool, HELD OUT: written without reading the checker or others
_file_pool("blind360", blind360_text)
# the three-hundred-and-sixty-first pool, HELD OUT: written without reading the checker or others (beside blind360)
_file_pool("blind361", blind361_text, unseen=("blind360",))
# the three-hundred-and-sixty-second pool, HELD OUT: written without reading the checker or others (beside blind360, blind361)
_file_pool("blind362", blind362_text, unseen=("blind360", "blind361"))
# the three-hundred-and-sixty-third pool: held out for its first tables, development data since stop 61
_file_pool("blind363", blind363_text)
# the three-hundred-and-sixty-fourth pool: held out for its first tables, development data since stop 61
_file_pool("blind364", blind364_text, unseen=("blind363",))
# the three-hundred-and-sixty-fifth pool: held out for its first tables, development data since stop 61
_file_pool("blind365", blind365_text, unseen=("blind363", "blind364"))
# the three-hundred-and-sixty-sixth pool, held out for its first tables: written without reading the checker or others (beside blind367)
_file_pool("blind366", blind366_text, unseen=("blind367",))
# the three-hundred-and-sixty-seventh pool, held out for its first tables: written without reading the checker or others (beside blind366)
_file_pool("blind367", blind367_text, unseen=("blind366",))
# the three-hundred-and-sixty-eighth pool, held out for its first tables: written without reading the checker or others (beside blind369)
_file_pool("blind368", blind368_text, unseen=("blind369",))
# the three-hundred-and-sixty-ninth pool, held out for its first tables: written without reading the checker or others (beside blind368)
_file_pool("blind369", blind369_text, unseen=("blind368",))
# the three-hundred-and-seventieth pool, HELD OUT: written without reading the checker or others (beside blind371)
_file_pool("blind370", blind370_text, unseen=("blind371",))
# the three-hundred-and-seventy-first pool, HELD OUT: written without reading the checker or others (beside blind370)
_file_pool("blind371", blind371_text, unseen=("blind370",))
# the three-hundred-and-seventy-second pool, HELD OUT: written without reading the checker or others (beside blind373)
_file_pool("blind372", blind372_text, unseen=("blind373",))
# the three-hundred-and-seventy-third pool, HELD OUT: written without reading the checker or others (beside blind372)
_file_pool("blind373", blind373_text, unseen=("blind372",))
# the three-hundred-and-seventy-fourth pool, HELD OUT: written without reading the checker or others (beside blind375)
_file_pool("blind374", blind374_text, unseen=("blind375",))
# the three-hundred-and-seventy-fifth pool (development data since stop 65): written without reading the checker or others (beside blind374)
_file_pool("blind375", blind375_text, unseen=("blind374",))
# the three-hundred-and-seventy-sixth pool (development data since stop 65): written without reading the checker
# or others (beside blind377)
_file_pool("blind376", blind376_text, unseen=("blind377",))
# the three-hundred-and-seventy-seventh pool (development data since stop 65): written without reading the checker
# or others (beside blind376)
_file_pool("blind377", blind377_text, unseen=("blind376",))
# the three-hundred-and-seventy-eighth pool, HELD OUT: written without reading the checker or others (beside blind379)
_file_pool("blind378", blind378_text, unseen=("blind379",))
# the three-hundred-and-seventy-ninth pool, HELD OUT: written without reading the checker or others (beside blind378)
_file_pool("blind379", blind379_text, unseen=("blind378",))
# the three-hundred-and-eightieth pool, HELD OUT: written without reading the checker or others (beside blind381)
_file_pool("blind380", blind380_text, unseen=("blind381",))
# the three-hundred-and-eighty-first pool, HELD OUT: written without reading the checker or others (beside blind380)
_file_pool("blind381", blind381_text, unseen=("blind380",))
# the three-hundred-and-eighty-second pool (development data since stop 66): written without reading the checker
# or others (beside blind383)
_file_pool("blind382", blind382_text, unseen=("blind383",))
# the three-hundred-and-eighty-third pool, HELD OUT: written without reading the checker or others (beside blind382)
_file_pool("blind383", blind383_text, unseen=("blind382",))
# the three-hundred-and-eighty-fourth pool, HELD OUT: written without reading the checker or others (beside blind385)
_file_pool("blind384", blind384_text, unseen=("blind385",))
# the three-hundred-and-eighty-fifth pool, HELD OUT: written without reading the checker or others (beside blind384)
_file_pool("blind385", blind385_text, unseen=("blind384",))
# the three-hundred-and-eighty-sixth pool, HELD OUT: written without reading the checker or others (beside blind387)
_file_pool("blind386", blind386_text, unseen=("blind387",))
# the three-hundred-and-eighty-seventh pool, read once measured (development data): written beside blind386
_file_pool("blind387", blind387_text, unseen=("blind386",))
# the three-hundred-and-eighty-eighth pool, HELD OUT: written without reading the checker or others (beside blind389)
_file_pool("blind388", blind388_text, unseen=("blind389",))
# the three-hundred-and-eighty-ninth pool, HELD OUT: written without reading the checker or others (beside blind388)
_file_pool("blind389", blind389_text, unseen=("blind388",))
# the three-hundred-and-ninetieth pool, HELD OUT: written without reading the checker or others (beside blind391)
_file_pool("blind390", blind390_text, unseen=("blind391",))
