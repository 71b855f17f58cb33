"""The prose of the "blind3" pool: frames, claims, brands and decoys. Held out for one round; development data since.

Written without reading the checker, its tests, or the other pools' frames and decoys, from how UK marketing
candidates write CIM reports: citations after commas and in lists, "see"/"e.g."/"cf." inside the bracket,
"as noted by", "according to", possessive frameworks, bullet-like sentences, quotations introduced by the
author's name. Decoys are things candidates put in brackets or quotes that are not citations: acronyms and
standards with years, figures, money and periods, dates, products and models with years, Acts, ages and
percentages, campaigns and slogans, events and awards, survey answers, handles and hashtags, cross-references,
captions and sources of their own, named models without a year.

``text.py`` files these lists under the key "blind3" of its pools; ``values`` gives the placeholders only
these frames use, drawn after the shared ones so no other half changes.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Charlotte Tilbury", "Gail's", "itsu", "Leon", "Superdry", "White Stuff", "Bloom & Wild", "Hotel Chocolat",
          "Cotswold Outdoor", "Rapha", "Pets at Home", "Halfords", "Morrisons", "Iceland", "Waitrose & Partners",
          "Sweaty Betty", "Mountain Warehouse", "Pip & Nut", "Graze", "Huel", "Naked Wines", "Bird & Blend",
          "Cult Beauty", "Trinny London", "Moonpig", "Oddbox", "Too Good To Go", "Vinted", "Depop", "Starling Bank",
          "Octopus Energy", "giffgaff", "Yorkshire Tea", "Tyrrells", "Frankie & Benny's", "Five Guys", "Dishoom",
          "Honest Burgers", "Zizzi", "PureGym", "The Gym Group", "Boden", "Seasalt Cornwall", "Hobbycraft", "The Works",
          "Waterstones", "Screwfix", "Card Factory", "Clarks", "Schuh", "Matalan", "River Island", "TK Maxx", "Lakeland",
          "Papier", "Mous", "Cazoo", "AO.com", "Brompton", "Joe & Seph's"]  # fmt: skip

_AUDIENCES = ["Gen Z shoppers", "students on a budget", "busy parents", "over-55s", "first-time customers", "lapsed customers",
              "trade customers", "gift buyers", "young professionals", "eco-conscious shoppers", "app users", "local residents"]  # fmt: skip
_RESULTS = ["repeat visits", "average order value", "brand recall", "customer lifetime value", "net promoter scores",
            "dwell time", "email sign-ups", "organic reach", "basket conversion", "store footfall", "review ratings"]  # fmt: skip
_CHANNELS = ["TikTok", "Instagram Reels", "email", "paid search", "YouTube", "the app", "Pinterest", "out-of-home",
             "podcast sponsorship", "affiliate sites", "LinkedIn", "WhatsApp", "SMS", "in-store screens"]  # fmt: skip
_TACTICS = ["micro-influencers", "loyalty points", "personalised offers", "user reviews", "limited editions",
            "live shopping", "referral codes", "free returns", "chatbots", "retargeting", "gamified rewards", "pop-up stores"]  # fmt: skip
_ACRONYMS = ["PECR", "UK GDPR", "CAP Code", "BCAP", "DMCC", "CPRs", "ESG", "PCI DSS", "WCAG", "HFSS", "CRA", "DPA",
             "EPR", "SECR", "CSRD", "ISO 14001", "B Corp", "ASA", "FCA Consumer Duty", "CMA Green Claims Code"]  # fmt: skip
_ACTS = ["the Consumer Rights Act 2015", "the Data Protection Act 2018", "the Equality Act 2010", "the Online Safety Act 2023",
         "the Companies Act 2006", "the Bribery Act 2010", "the Modern Slavery Act 2015", "the Environment Act 2021",
         "the Digital Markets, Competition and Consumers Act 2024", "the Sale of Goods Act 1979", "the Trade Marks Act 1994",
         "the Health and Social Care Act 2022", "the Gambling Act 2005", "the Enterprise Act 2002"]  # fmt: skip
_PRODUCTS = ["iPhone 15 (2023)", "Galaxy S24 (2024)", "PlayStation 5 (2020)", "Meta Quest 3 (2023)", "Windows 11 (2021)",
             "Ford Puma (2019)", "Nintendo Switch (2017)", "Apple Vision Pro (2024)", "Dyson V15 (2021)", "Kindle Paperwhite (2021)",
             "Range Rover Evoque (2011)", "Fitbit Charge 6 (2023)", "Google Pixel 8 (2023)", "Apple Watch Series 9 (2023)"]  # fmt: skip
_CAMPAIGNS = ["This Girl Can (2015)", "Like a Girl (2014)", "Share a Coke (2013)", "Dream Crazy (2018)", "The Man Your Man Could Smell Like (2010)",
              "Real Beauty Sketches (2013)", "Fearless Girl (2017)", "Every Little Helps (1993)", "Despicable Mummy (2020)",
              "Kevin the Carrot (2016)", "Buster the Boxer (2016)", "Monty the Penguin (2014)", "Wear It Pink (2022)"]  # fmt: skip
_SLOGANS = ["‘Because you’re worth it’", "‘Think different’", "‘Should’ve gone to Specsavers’", "“It does exactly what it says on the tin”",
            "‘Every little helps’", "‘Never knowingly undersold’", "‘Vorsprung durch Technik’", "'Taste the feeling'",
            "“Have a break, have a KitKat”", "‘Refreshes the parts other beers cannot reach’", "\"Finger lickin' good\"", "‘I’m lovin’ it’"]  # fmt: skip
_EVENTS = ["London 2012", "Euro 2024", "the 2022 World Cup", "COP26", "Glastonbury 2023", "the Coronation in 2023",
           "Black Friday 2023", "Christmas 2022", "Wimbledon 2024", "the Paris 2024 Olympics", "Pride Month 2023", "Veganuary 2024"]  # fmt: skip
_AWARDS = ["Cannes Lions (2022)", "the Drum Awards 2023", "the IPA Effectiveness Awards (2020)", "the Marketing Week Masters (2021)",
           "the DMA Awards 2024", "the Campaign Big Awards (2019)", "the Webby Awards 2023", "the Retail Week Awards (2024)"]  # fmt: skip
_MODELS = ["Porter's Five Forces", "Maslow's hierarchy of needs", "Ansoff's matrix", "the Boston Matrix", "the 7Ps",
           "Kotler's levels of product", "Hofstede's cultural dimensions", "the AIDA model", "Rogers' diffusion of innovation curve",
           "Mendelow's matrix", "the RACE framework", "Smith's SOSTAC® model", "Lewin's change model", "Keller's brand equity pyramid"]  # fmt: skip
_HANDLES = ["@{h}UK", "@{h}_official", "@the{h}", "@{h}hq", "@{h}.help"]
_TOOLS = ["HubSpot", "Mailchimp", "Klaviyo", "Salesforce Marketing Cloud", "Hootsuite", "Google Analytics 4", "Canva", "Sprout Social", "Brandwatch", "Semrush"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
_CITIES = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Norwich", "Brighton", "Nottingham", "Sheffield", "Aberdeen", "Exeter", "Leicester"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The placeholders only the blind3 frames use."""
    year = rng.randint(2012, 2025)
    h = rng.choice(["brewhouse", "northandco", "bakedbyhannah", "greenfork", "kitbag", "wearwell", "petpals", "glowlab"])  # fmt: skip
    return {
        "aud": rng.choice(_AUDIENCES), "res": rng.choice(_RESULTS), "ch": rng.choice(_CHANNELS), "ch2": rng.choice(_CHANNELS),
        "tac": rng.choice(_TACTICS), "pc": str(rng.randint(3, 94)), "yr": str(year), "yr2": str(min(year + rng.randint(1, 3), 2026)),
        "yy": f"{year % 100:02d}/{(year + 1) % 100:02d}", "mon": rng.choice(_MONTHS), "day": str(rng.randint(1, 28)),
        "mny": f"£{rng.randint(1, 99)}.{rng.randint(1, 9)}{rng.choice(['m', 'bn', 'k'])}", "acr": rng.choice(_ACRONYMS),
        "act": rng.choice(_ACTS), "prod": rng.choice(_PRODUCTS), "camp": rng.choice(_CAMPAIGNS), "slogan": rng.choice(_SLOGANS),
        "ev": rng.choice(_EVENTS), "award": rng.choice(_AWARDS), "model": rng.choice(_MODELS), "tool": rng.choice(_TOOLS),
        "handle": rng.choice(_HANDLES).replace("{h}", h), "hashtag": f"#{rng.choice(['Summer', 'Feed', 'Wear', 'Share', 'Love', 'Shop'])}{rng.choice(['Local', 'TheJoy', 'Your', 'Kind', 'Small'])}{year}",
        "qn": str(rng.randint(1, 4)), "num": str(rng.randint(14, 2400)), "fig": str(rng.randint(1, 9)), "sect": f"{rng.randint(1, 4)}.{rng.randint(1, 6)}",
        "resp": str(rng.randint(1, 40)), "age": rng.choice(["18-24", "25-34", "35-44", "16–24", "55+", "over 65"]),
        "city": rng.choice(_CITIES), "pcs": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
    }  # fmt: skip


CLAIMS = [
    "{aud} are far more likely to buy after watching a creator use the product on {ch}",
    "{tac} lift {res} only when the offer feels relevant to {aud}",
    "loyalty is driven more by habit and convenience than by emotional attachment",
    "a brand that shouts about its values without evidence is quickly called out online",
    "{ch} now plays a bigger part in product discovery than traditional search for {aud}",
    "small brands can compete with the big chains by building a community around the product",
    "price is still the main reason {aud} switch supermarkets",
    "personalisation that feels too accurate can put customers off",
    "reviews and star ratings carry more weight than anything the brand says about itself",
    "{B} would benefit from joining up its {ch} and {ch2} activity",
    "most customers expect a reply to a complaint on social media within hours rather than days",
    "free delivery thresholds encourage shoppers to add items to their basket",
    "sustainability claims must be specific and backed by evidence to be believed",
    "{tac} tend to attract existing fans rather than new customers",
    "the cost-of-living crisis has pushed {aud} towards own-label products",
    "mental availability matters more for growth than deep loyalty among existing buyers",
    "consistent distinctive assets make a brand easier to recall at the point of purchase",
    "email remains one of the cheapest ways to keep in touch with {aud}",
    "{aud} trust recommendations from friends far more than celebrity endorsements",
    "firms with a single view of the customer respond faster to changes in demand",
    "brand building and sales activation work best when budgets are split between them",
    "experiential events create memories that ads alone rarely achieve",
    "{res} improve when the checkout has fewer steps",
    "the move away from third-party cookies forces brands to collect their own data",
    "purpose-led campaigns can backfire when the product does not live up to them",
    "a clear segmentation approach stops {B} from trying to appeal to everyone",
    "around {pc}% of {aud} say they have abandoned a basket because of unexpected costs",
    "service failures that are recovered well can actually increase loyalty",
    "user-generated content feels more authentic to {aud} than polished brand imagery",
    "frequent discounting trains customers to wait for the next sale",
]

OPENERS = ["Moreover", "Equally", "To put this in context", "In relation to {B}", "On balance", "Despite this",
           "From a marketing perspective", "Arguably", "Applied to {B}", "With this in mind", "Post-pandemic",
           "Across the UK", "Historically", "In the short term", "Put differently", "At a strategic level",
           "Thinking about {aud}", "Regarding {ch}", "Secondly", "Finally"]  # fmt: skip

NARRATIVE_START = [
    "{N} contends that {C}.",
    "{N} distinguishes between short-term sales activation and long-term brand building, arguing that {C}.",
    "{N}, in a study of {num} UK shoppers, found that {C}.",
    "{N} makes a strong case that {C}.",
    "{N} suggests that {C}, which is relevant to {B}'s current position.",
    "{N} identified that {C}.",
    "{N} go as far as to say that {C}.",
    "{N} found that {C}; however, their sample was limited to {aud}.",
    "{N} recommends that {B} and similar brands review their approach, since {C}.",
    "{N} emphasise that {C}.",
    "{N} describes how {C}.",
    "{N} demonstrated that {C} – a finding that still holds today.",
    "{N} also notes that {C}.",
    "{N} challenges the assumption that {C}.",
    "{N} explored {tac} in {city} and concluded that {C}.",
    "{N} sets out why {C}.",
    "{N} have shown that {C}, at least in the short term.",
    "{N} argues convincingly that {C}.",
    "{N} highlight three reasons why {C}.",
    "{N} reports that {C}.",
]

NARRATIVE_MID = [
    "As noted by {N}, {C}.",
    "According to {N}, {C}.",
    "{O}, {N} argues that {C}.",
    "This view is supported by {N}, who found that {C}.",
    "{C}, as {N} explains.",
    "{C}, a point also made by {N}.",
    "Research carried out by {N} found that {C}.",
    "A recent study by {N} indicates that {C}.",
    "In a report for the trade press, {N} claimed that {C}.",
    "{B} appears to have taken on board the advice of {N}, namely that {C}.",
    "{C}, which echoes the findings of {N}.",
    "{O}, as {N} observes, {C}.",
    "It was {N} who first showed that {C}.",
    "{C} (a view shared by {N}).",
    "Evidence gathered by {N} among {aud} suggests that {C}.",
    "{C}; {N}, however, is more cautious.",
    "Building on the work of {N}, it can be argued that {C}.",
    "{B} should consider the warning from {N} that {C}.",
    "In contrast to earlier research, {N} found that {C}.",
    "Drawing on {N}, this report assumes that {C}.",
    "Figures published by {N} show that {C}.",
    "{C}, as demonstrated by {N} in their work on {tac}.",
    "The literature broadly agrees: {N}, for example, found that {C}.",
    "{O}, and in line with {N}, {C}.",
    "Both {B} and its rivals seem to ignore {N}, who warned that {C}.",
    "{C} – something {N} also observed among {aud}.",
    "There is a growing consensus, led by {N}, that {C}.",
]

POSSESSIVE = [
    "{N} framework is useful here because {C}.",
    "Applying {N} model to {B} shows that {C}.",
    "{N} research into {tac} found that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} typology helps to segment {B}'s customers, because {C}.",
    "This report uses {N} definition of loyalty, since {C}.",
    "A limitation of {N} study is that {C}.",
    "{N} customer journey map shows that {C}.",
    "{N} argument is that {C}.",
    "Using {N} checklist, {B} scores poorly on {ch}.",
]

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It has been suggested that {C} {P}.",
    "Secondly, {C} {P}.",
    "{C}, particularly on {ch} {P}.",
    "For {B}, this matters because {C} {P}.",
    "This is important as {C} {P:see}.",
    "Many authors agree that {C} {P:e.g.}.",
    "Evidence suggests that {C} {P:see, for example,}.",
    "Some argue the opposite, that {C} {P:cf.}.",
    "Key benefits include lower costs, wider reach and better data {P}.",
    "Price: {C} {P}.",
    "Place – {C} {P}.",
    "The implication for {B} is simple: {C} {P}.",
    "{C} and this is especially true for {aud} {P}.",
    "Recent data show that {C} {P}.",
    "{C}, although this varies by sector {P}.",
    "Customers now expect brands to act on their feedback {P}.",
    "{C}, so {B} needs to act quickly {P}.",
    "It is widely reported that {C} {P:see also}.",
    "The market grew by {pc}% last year {P}.",
    "{C}. This is echoed elsewhere {P}.",
    "Retention is cheaper than acquisition {P:e.g.}.",
    "{C}, {P}.",
]

PARENTHETICAL_MID = [
    "{C} {P}, yet {C2}.",
    "{C} {P}, whereas {C2}.",
    "{C} {P}; at the same time, {C2}.",
    "Although {C} {P}, {C2}.",
    "Since {C} {P}, {B} should ensure that {C2}.",
    "Loyalty {P} is earned rather than bought, and {C}.",
    "The main tactics are {tac} {P}, {ch} and email, all of which {B} already uses.",
    "{O}, {C} {P}, which means that {C2}.",
    "Studies {P:e.g.} show that {C}.",
    "{C} {P:see} – but {C2}.",
    "{B}'s competitors {P} all use {ch}, so {C}.",
    "If {C} {P}, then {C2}.",
    "Not only is it true that {C} {P}, but {C2}.",
    "Research {P} suggests {C}, and {C2}.",
]

# Direct quotations: {Q} the quotation; {P} a parenthetical citation, or {N} a narrative one before it.
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author puts it, {Q} {P}.",
    "{N} argues that {Q}.",
    "{N} states that {Q}, which is exactly {B}'s problem.",
    "In the words of {N}, {Q}.",
    "The point is made clearly in the literature: {Q} {P}.",
    "{O}, {Q} {P}.",
    "{Q} {P}, and this applies to {B}.",
    "{N} puts it bluntly: {Q}.",
]

SCARE_QUOTES = ["‘Insta-worthy’", "‘dupe culture’", "‘de-influencing’", "‘quiet luxury’", "‘shrinkflation’", "‘greenhushing’",
                "‘the algorithm’", "‘doom-scrolling’", "“clean beauty”", "“value-led”", "'phygital'", "\"always-on\"",
                "‘treat culture’", "‘little luxuries’", "“premiumisation”", "‘cancel culture’", "'hero product'",
                "‘silver surfers’", "‘sludge’", "“omnichannel”"]  # fmt: skip
SCARE_FRAMES = [
    "So-called {Q} has changed how {aud} shop {P}.",
    "{B} talks about {Q} in its annual report, but the idea is not new {P}.",
    "The rise of {Q} is a threat to premium brands {P}.",
    "What the industry calls {Q} is, in practice, a discount strategy {P}.",
    "{N} describes the trend as {Q} and warns against it.",
    "Critics dismiss {Q} as a passing fad {P}.",
    "Many of {B}'s customers see it as a {Q} brand {P}.",
]

SUBJECT_LINES = ["‘Psst… your favourites are back in stock’", "“Don't miss out, Sam!”", "‘24 hours only: 2 for £10’",
                 "‘We’ve missed you (here’s 15% off)’", "‘Your {yr} wrapped is here’", "“Order by 18 Dec for Christmas delivery”",
                 "'Your basket is feeling lonely'", "‘Last call: the sale ends at midnight’", "‘Thanks for being one of us since {yr}’",
                 "“Fancy a free coffee?”", "‘Something new just landed…’", "'Re: your recent visit'"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} gave the highest open rate in the test {P}.",
    "{B} re-engaged lapsed customers with an email titled {Q} {P}.",
    "Curiosity-driven subject lines such as {Q} tend to outperform plain ones {P}.",
    "Personal subject lines like {Q} feel friendlier {P}, though they can seem pushy.",
    "A simple A/B test of {Q} against a discount-led line is recommended {P}.",
    "{N} found that messages like {Q} work best on mobile.",
]

PLAIN = [
    "{B} has {num} stores across the UK and a growing online business.",
    "This section evaluates {B}'s use of {ch} and proposes improvements.",
    "The brand's target audience is mainly {aud} in urban areas.",
    "{B}'s customer service team answers queries by phone, email and live chat.",
    "The budget for the campaign is £{num}k over six months.",
    "Three options are evaluated below against cost, reach and fit with the brand.",
    "Appendix {fig} contains the full competitor analysis.",
    "{O}, {C}.",
    "{B} currently has no loyalty scheme, which is a clear gap.",
    "The recommendations are set out in order of priority.",
    "Its website was redesigned last year but mobile conversion is still low.",
    "Customer reviews mention slow delivery more than any other issue.",
    "The next section looks at the brand's digital footprint.",
    "KPIs will be tracked monthly in {tool}.",
    "Staff in store are encouraged to collect email addresses at the till.",
    "A Gantt chart showing the timings is included at the end of this task.",
]

# Sentences that are not citations, by kind. Nothing in them is a citation or a quotation to be referenced.
NOT_CITATIONS: dict[str, list[str]] = {
    "acronym-or-standard-year": [
        "All marketing emails will follow the rules on consent ({acr} {yr}).",
        "The packaging claims were reviewed for compliance ({acr}, {yr} update).",
        "{B} gained certification last spring (B Corp {yr}).",
        "Its stores meet the environmental standard (ISO 14001:2015).",
        "The checkout was tested for accessibility (WCAG 2.2, {yr}).",
        "The board now reports on emissions (SECR {yr}/{yr2}).",
    ],
    "figure-money-period": [
        "Online sales rose sharply ({yr} revenue: {mny}).",
        "Marketing spend was cut in the second half (H2 {yr}).",
        "Profit before tax fell for the first time in a decade ({mny} in {yr}).",
        "The forecast assumes modest growth (FY{yy}).",
        "Like-for-like sales grew by {pcs}% (Q{qn} {yr}).",
        "Revenue has almost doubled over the period ({yr}–{yr2}).",
        "The app accounts for a third of orders ({yr}/{yr2} figures).",
        "Average order value is around £{num} (rolling 12 months to {mon} {yr}).",
    ],
    "date": [
        "The relaunch took place on {day} {mon} {yr}.",
        "The survey closed at midnight ({day} {mon} {yr}).",
        "Posts were scheduled for the launch week (w/c {day} {mon}).",
        "The data was downloaded from {tool} on {day}/{qn}/{yr}.",
        "The loyalty scheme will go live in the autumn ({mon} {yr2}).",
    ],
    "product-or-model-year": [
        "Ads were optimised for the latest handsets, such as the {prod}.",
        "{B}'s app was rebuilt for the {prod} and older devices.",
        "Campaign emails are built in {tool} (the {yr} version) from saved templates.",
        "Customers could try the product virtually on the {prod}.",
        "Product descriptions are now drafted with ChatGPT (launched November 2022) and checked by staff.",
    ],
    "legislation": [
        "Customers have a legal right to a refund under {act}.",
        "The brand must also consider {act} when it collects data.",
        "The Online Safety Act (2023) places new duties on platforms rather than on advertisers.",
        "Gift cards are covered by the Consumer Rights Act (2015) like any other purchase.",
        "Influencer posts are regulated by the Consumer Protection from Unfair Trading Regulations (2008).",
        "Under the Equality Act (2010), the website must be usable by disabled customers.",
    ],
    "age-or-percentage": [
        "The core customer is a woman aged {age} (around {pc}% of sales).",
        "One fast-growing segment ({age}) is barely mentioned in the brand's plans.",
        "Most respondents ({pc}%) had bought from {B} before.",
        "Awareness among {aud} is low ({pc}% prompted, {pcs}% unprompted).",
        "The sample was small (n={num}) and mostly female.",
    ],
    "campaign-or-slogan": [
        "Campaigns such as {camp} show how purpose can drive sales.",
        "{B} could learn from {camp}, which was built around real customers.",
        "The slogan {slogan} is instantly recognisable.",
        "The strapline {slogan} ({yr}) is still used on packaging.",
        "The team could borrow the tone of {camp} for the Christmas push.",
        "The brand's own hashtag campaign ({hashtag}) reached {num}k people.",
    ],
    "event-or-award": [
        "Sponsorship of {ev} raised the brand's profile among {aud}.",
        "Demand for outdoor gear spiked around {ev}.",
        "The campaign won a Grand Prix at {award}.",
        "Its agency was shortlisted at {award} for the same work.",
        "The store in {city} hosted a pop-up during {ev}.",
    ],
    "bracketed-aside": [
        "{B} moved into the Irish market (launched in {yr}).",
        "Many stores closed during the pandemic (Covid-19, 2020).",
        "The brand began as a market stall (founded in {city}, {yr}).",
        "Trading was disrupted by new customs checks (Brexit, 2021).",
        "The founder (then aged 24, in {yr}) started the business from her kitchen.",
        "Orders peaked over a single weekend (Black Friday, {yr}).",
        "Sales have not returned to their earlier peak (pre-Covid, {yr}).",
        "{B} (est. {yr}) has kept its original logo.",
    ],
    "survey-answer": [
        "One respondent said ‘I only open their emails when there’s a discount’ (Respondent {resp}, aged {age}).",
        "Another wrote: “the app is great but it logs me out every time” (Participant {resp}).",
        "A typical comment was 'too expensive for what it is' (focus group, {mon} {yr}).",
        "Several answers simply said “convenience” (open question, n={num}).",
        "When asked why they shop elsewhere, one customer replied, ‘the queues are ridiculous’ (Interviewee {resp}, {yr}).",
    ],
    "handle-or-hashtag": [
        "Customers can message the team on Instagram ({handle}).",
        "The hashtag {hashtag} was used over {num} times in the first week.",
        "Paid posts must carry #ad or #AD at the start, not hidden in the text.",
        "Most complaints are posted to {handle} rather than sent by email.",
        "The brand's TikTok ({handle}, {num}k followers) posts daily.",
    ],
    "cross-reference": [
        "The budget is explained in detail later (see Task 2, {yr} plan).",
        "This links back to the situation analysis (Section {sect}, Table {fig}).",
        "A full breakdown is provided (see Appendix {fig}, {yr} data).",
        "The persona is described earlier in the report (Part 1b, Figure {fig}).",
        "Costs are shown in the appendix (Appendix B, p. {fig}).",
    ],
    "caption-or-own-source": [
        "Figure {fig} ({yr}) shows engagement by channel over the last year.",
        "Table {fig}: Channel performance ({yr}–{yr2}). Source: Author's own, {yr2}.",
        "Figure {fig}: {B}'s customer journey map (Source: author's own).",
        "Table {fig} (below) compares the three options.",
        "Figure {fig}: Monthly sessions by device, {mon} {yr} to {mon} {yr2}.",
    ],
    "named-model": [
        "{model} is applied to {B} in the table below.",
        "Using {model}, the main threat is clearly new entrants.",
        "{model} helps to explain why {aud} behave this way.",
        "The analysis follows {model} because it is widely understood by managers.",
    ],
    "scare-or-quoted-phrase": [
        "Staff describe the Saturday rush as ‘organised chaos’.",
        "The brand's tone of voice is ‘cheeky but kind’, according to its own guidelines.",
        "Customers often call the shop their “happy place” in reviews.",
        "The Christmas advert ('{mon} Magic') was shared widely on {ch}.",
        "Management want the brand to feel 'premium but accessible' ({yr} brand book).",
    ],
}
