"""The blind205 pool's prose: marketers in B2B software, SaaS, fintech and deep-tech start-ups and scale-ups (London,
Dublin, Berlin, Amsterdam, Stockholm, Tel Aviv, Bangalore, Austin, Toronto) writing CIM Level 6 and 7 reports and MBA
assignments in English.

They write as practitioners do: go-to-market jargon, funnels and unit economics (ARR, MRR, NRR, CAC, LTV, NPS), product
names with versions and tiers, funding rounds, tickers, certifications, RFCs and CVEs, conferences and analyst
badges with their years, job titles, accelerator batches and fiscal quarters, none of them citations. Written without
reading the checker, its tests or any other pool. Placeholders are those of text.py, and these of values():
{tech} a B2B practice, {buyer} a buying audience, {kpi} a metric, {city} a hub, {tool} a SaaS product, {pct} a
percentage's number, {amt} an amount in millions, {yr} a recent year, {yr2} the year after it, {seats} a seat count.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["HubSpot", "monday.com", "6sense", "1Password", "n8n", "dbt Labs", "Personio", "Celonis", "Mollie", "Adyen",
          "Wise", "Revolut", "Klarna", "Intercom", "Atlassian", "Snowflake", "Datadog", "Stripe", "Freshworks",
          "Zoho", "Postman", "Shopify", "Wealthsimple", "Gong", "Pendo", "Wix", "Check Point", "Pleo", "Tink",
          "Trade Republic", "N26", "Contentsquare", "Miro", "Pipedrive", "Glean", "Lemonade", "Razorpay", "Chargebee",
          "BrowserStack", "Clio", "Ada", "Cohere", "Paddle", "Tines", "Workhuman", "Qualtrics", "Typeform", "Spendesk"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the common ones."""
    yr = rng.randint(2016, 2024)
    return {
        "tech": rng.choice(["account-based marketing", "product-led growth", "intent data", "thought leadership content",
                            "partner marketing", "developer relations", "community-led growth", "outbound SDR teams",
                            "free trials", "webinars", "G2 reviews", "LinkedIn ads", "customer advocacy programmes",
                            "AI-generated content", "interactive demos", "usage-based pricing"]),
        "buyer": rng.choice(["CFOs", "IT buyers", "buying committees", "procurement teams", "developers",
                             "mid-market buyers", "enterprise security teams", "RevOps leaders", "SMB founders",
                             "data engineers", "heads of finance"]),
        "kpi": rng.choice(["pipeline velocity", "net revenue retention", "win rates", "CAC payback",
                           "trial-to-paid conversion", "expansion revenue", "sales cycle length", "deal size",
                           "activation rates", "churn"]),
        "city": rng.choice(["London", "Dublin", "Berlin", "Amsterdam", "Stockholm", "Tel Aviv", "Bangalore", "Austin",
                            "Toronto"]),
        "tool": rng.choice(["Salesforce", "HubSpot", "Marketo", "Outreach", "Gong", "Clay", "Apollo", "Slack",
                            "Notion", "Figma", "Segment", "Amplitude", "Mixpanel", "Zapier"]),
        "pct": str(rng.randint(3, 94)), "amt": str(rng.randint(4, 380)), "yr": str(yr), "yr2": str(yr + 1),
        "seats": str(rng.choice([5, 10, 25, 50, 100, 250])),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was mostly {buyer}.",
    "{N} showed that {C}, which is directly relevant to {B}.", "{N} suggest that {C}.",
    "{N} concluded that {C}; {B}'s own funnel data point the same way.",
    "{N} reported that {C} across {n} SaaS firms.", "{N} warned that {C} once a firm moves upmarket.",
    "{N} describe {tech} as a way to shorten sales cycles and show that {C}.",
    "{N} make the case that {C}.", "{N} modelled {kpi} for software firms and found that {C}.",
    "{N} questioned whether {C}.", "{N} observed that {C} in European scale-ups.",
    "{N} distinguishes between marketing-qualified and product-qualified leads, arguing that {C}.",
    "{N} noted that {C}, particularly for {buyer}.", "{N} were among the first to argue that {C}.",
    "{N} went further, claiming that {C} and that {C2}.", "{N} is widely cited on this point: {C}.",
    "{N} estimate that around {pct}% of {buyer} now research vendors anonymously, and that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} argue, {C}.", "{O}, {N} found that {C}.", "This is consistent with {N}, who showed that {C}.",
    "{C}, as {N} point out.", "{C} – a view shared by {N}.", "Research by {N} suggests that {C}.",
    "According to {N}, {C}.", "For a scale-up such as {B}, the lesson from {N} is that {C}.",
    "{O}, the analysis by {N} indicates that {C}.", "A survey of {buyer} by {N} found that {C}.",
    "{C}, which supports the conclusions of {N}.", "Following {N}, this report treats {tech} as a revenue lever, since {C}.",
    "The evidence is mixed: {N} found that {C}, whereas other studies disagree.",
    "{B}'s move to {tech} in {city} seems to follow {N}: {C}.", "Not everyone agrees; {N}, for instance, maintain that {C}.",
    "When {B} entered the {city} market, it relied on the logic set out by {N}, namely that {C}.",
    "{C}; {N} reached a similar conclusion for {buyer}.", "Data from {N} show that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} framework implies that {C}.", "{O}, {N} study of {buyer} showed that {C}.",
    "Applying {N} model to {B}, it appears that {C}.", "{N} analysis rests on the idea that {C}.",
    "The weakness of {N} argument is that it assumes {C}.", "{N} benchmark data suggest that {C}.",
    "This reflects {N} point that {C}.", "{N} findings matter here because {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Most commentators now accept that {C} {P}.", "{C}, especially among {buyer} {P}.",
    "This matters because {C} {P:see}.", "Several studies make the same point {P:e.g.}.",
    "{B} should therefore invest in {tech}, given that {C} {P}.", "{C}, which is why {B} rebuilt its funnel {P}.",
    "B2B buyers now complete most of their research before speaking to sales {P}.",
    "Buying groups for enterprise software typically involve six to ten people {P}.",
    "{C} {P:see, for example,}.", "It is also worth noting that {C} {P:cf.}.", "Put simply, {C} {P}.",
    "The classic adoption curve still explains why early adopters behave differently {P}.",
    "{C}, at least in the {city} ecosystem {P}.", "In short: {C} {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, but in practice {C2}.", "{C} {P}; however, {C2}.", "Although {C} {P}, {C2}.",
    "{O}, {C} {P} and {C2}.", "{C} {P}, whereas {C2}.", "Given that {C} {P:see}, it follows that {C2}.",
    "The literature lists several benefits of {tech} – shorter cycles {P}, better data and higher {kpi}.",
    "{C} {P}, which is why {C2}.", "While {C} {P}, {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{tech} shortens sales cycles for {buyer}", "{buyer} trust peer reviews more than vendor content",
    "{tech} only improves {kpi} when sales and marketing share one definition of a qualified lead",
    "{B}'s reliance on {tech} leaves it exposed if paid social costs keep rising",
    "most of the buying journey now happens before a prospect fills in a form",
    "product-led growth works best when time to value is measured in minutes",
    "brand building matters as much in B2B as it does in consumer markets",
    "{buyer} expect transparent pricing on the website", "free trials attract more users than they convert",
    "usage-based pricing aligns revenue with customer value", "security credentials are now a marketing asset",
    "generative AI lowers the cost of content but makes differentiation harder",
    "{kpi} is a better guide to growth than new logos", "firms like {B} need to {bs} to stay competitive",
    "the dark funnel hides much of the demand that marketing creates",
    "a narrow ideal customer profile improves {kpi}", "category leaders capture most of a market's value",
    "founder-led content builds trust faster than corporate messaging",
    "expansion revenue is cheaper to win than new business",
    "{buyer} rarely shortlist more than three or four vendors",
]  # fmt: skip
OPENERS = [
    "However", "In practice", "For {B}", "Similarly", "By contrast", "More recently", "In the B2B context",
    "For a Series A start-up", "Within SaaS", "From a go-to-market perspective", "In the case of {B}", "Nevertheless",
    "Consequently", "In {city}'s start-up scene", "For {buyer}", "Since the end of zero-interest-rate funding",
    "Looking at {B}'s competitors", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} sells to mid-market and enterprise customers through a hybrid of self-serve and sales-led motions.",
    "This report analyses {B}'s go-to-market strategy and recommends changes for the next financial year.",
    "The table below summarises the funnel metrics for each channel.", "{O}, {C}.",
    "The ideal customer profile was revised after a series of win/loss interviews.",
    "{B} runs its marketing stack on {tool}, with attribution handled in a separate warehouse.",
    "The recommendations are phased over three quarters and costed in the appendix.",
    "Most inbound demand comes from organic search, review sites and the developer community.",
    "The marketing team of twelve reports to the chief revenue officer.",
    "A PESTLE analysis and a competitor map are included in the appendices.",
    "Task 2 builds on this by proposing an account-based programme for the top two hundred accounts.",
    "{B} has offices in {city} and two other cities and sells in more than forty countries.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one textbook puts it, {Q} {P}.", "Put another way, {Q} {P}.", "{O}, {Q} {P}.",
    "{N} put it bluntly: {Q}.", "The point is that {Q} {P}, and {B} has not yet acted on it.",
    "{Q} {P}; this report agrees.", "In the words of {N}, {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘land and expand’", "‘product-qualified leads’", "‘dark funnel’", "'vibe coding'", "“AI-native”",
                "‘champion tracking’", "'growth at all costs'", "‘the messy middle’", "“category of one”",
                "‘revenue architecture’", "'default alive'", "‘zero-click content’", "“single pane of glass”",
                "‘buyer enablement’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} describes its strategy as {Q} {P}.", "Many founders now talk of {Q} {P}.",
    "So-called {Q} is a growing concern for {buyer} {P}.", "The term {Q} is used loosely across SaaS {P}.",
    "Critics call this {Q}, and {B} is not immune {P}.", "{N} are sceptical of {Q} as a strategy.",
]  # fmt: skip
SUBJECT_LINES = ["‘Quick question about your Q3 pipeline’", "“Your trial ends in 3 days”",
                 "‘Re: pricing for {seats} seats’", "'Is {kpi} on your radar this quarter?'",
                 "“You're invited: live demo on Thursday”", "‘The {yr} State of SaaS report is here’",
                 "'Worth a 15-minute chat?'", "‘Your workspace is almost full’", "“New: SSO on every plan”",
                 "‘3 ways {buyer} cut churn’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Cold emails such as {Q} still book meetings with {buyer} {P}.", "{B}'s nurture email, {Q}, had the best reply rate {P}.",
    "A subject line like {Q} creates urgency {P}, but overuse hurts deliverability.",
    "Testing {Q} against a plainer version showed the value of personalisation {P}.",
    "{N} found that subject lines such as {Q} lift opens among {buyer}.",
]  # fmt: skip

# Text with brackets, years, numbers and names that is no citation and must raise no problem.
NOT_CITATIONS = {
    "software-version": [
        "The desktop client supports Windows 11 and macOS 14 (Sonoma).",
        "{B}'s mobile app was rebuilt for iOS 17 (released September 2023).",
        "The SDK now requires Python 3.12 (earlier versions are deprecated).",
        "Customers on Android 14 (API level 34) saw the new onboarding flow first.",
    ],
    "ai-model": [
        "The support assistant was first built on GPT-4 (2023) and later moved to an open model.",
        "{B} fine-tuned Llama 3 (70B) for its sales-email drafting feature.",
        "Early tests with GPT-3.5 (November 2022) produced too many factual errors.",
        "The team compared Claude 3 Opus (March 2024) with Gemini 1.5 Pro on its own support tickets.",
    ],
    "funding-round": [
        "{B} raised ${amt}m (Series B, {yr}) to expand into North America.",
        "The company closed its seed round (€{q}.{q}m, {yr}) with angels from {city}.",
        "After its Series C ({yr}), {B} doubled its marketing headcount.",
        "A down round (Series D, {yr2}) forced the firm to cut paid media.",
    ],
    "arr": [
        "{B} passed ${amt}m ARR in {yr} (up from ${q}0m a year earlier).",
        "Annual recurring revenue (ARR) reached €{amt}m (FY{yr}).",
        "The plan assumes ARR growth of {pct}% (FY{yr2} target).",
    ],
    "mrr": [
        "Monthly recurring revenue grew steadily (MRR: £{n}k in December {yr}).",
        "Self-serve accounts now make up a third of MRR ($1.{q}m, Q{q} {yr}).",
    ],
    "nps": [
        "Customer sentiment is strong (NPS +{pct}, {yr} survey).",
        "The onboarding redesign lifted satisfaction (NPS from 31 to 4{q}).",
        "Its NPS (Q{q} {yr}) is well above the SaaS average.",
    ],
    "cac-ltv": [
        "Paid search remains the most expensive channel (CAC: ${n}).",
        "The LTV:CAC ratio improved to {q}.{q}:1 (H2 {yr}).",
        "Payback on blended CAC fell to 1{q} months (FY{yr2}).",
    ],
    "ticker": [
        "Datadog (NASDAQ: DDOG) is the obvious listed comparator.",
        "Atlassian (NASDAQ: TEAM) moved its primary listing to the US in {yr2}.",
        "Adyen (AMS: ADYEN) publishes its results twice a year.",
        "Wix (NASDAQ: WIX) and monday.com (NASDAQ: MNDY) both list in New York despite their Israeli roots.",
    ],
    "iso-certification": [
        "{B} is certified to ISO/IEC 27001:2022 and publishes its SOC 2 report on request.",
        "Enterprise buyers ask for ISO 27001 (2013 or 2022 version) before a security review.",
        "The trust centre lists ISO/IEC 27701:2019 and ISO 9001:2015 certificates.",
    ],
    "rfc-number": [
        "The product signs every login token as a JWT (RFC 7519).",
        "Marketing emails now carry a one-click unsubscribe header (RFC 8058), as Gmail requires.",
        "All traffic uses TLS 1.3 (RFC 8446) by default.",
    ],
    "cve": [
        "Trust dropped sharply after the Log4Shell vulnerability (CVE-2021-44228) was disclosed.",
        "{B} published a customer notice within hours (CVE-{yr}-{n}{n}).",
    ],
    "conference-year": [
        "{B} launched its AI features on the main stage (SaaStr Annual {yr}).",
        "The founders met their lead investor at Web Summit {yr} in Lisbon.",
        "The team ran a side event at Slush {yr} (Helsinki) for Nordic prospects.",
        "Dreamforce {yr} (San Francisco) was the biggest single source of pipeline.",
        "{B} sponsored the developer track (KubeCon Europe {yr}, Amsterdam).",
    ],
    "magic-quadrant": [
        "{B} was named a Leader in the Gartner Magic Quadrant for the third year running ({yr}–{yr2}).",
        "Sales decks still open with the vendor's position in the {yr} Magic Quadrant.",
        "The firm moved from Challenger ({yr}) to Leader ({yr2}) in the quadrant.",
        "A Forrester Wave ‘Strong Performer’ badge ({yr}) sits on the homepage.",
    ],
    "founding-year": [
        "{B} (founded {yr}) began as a side project in {city}.",
        "The company was set up in a {city} co-working space (est. {Y}).",
        "Its main rival, founded in the same year ({yr}), targets the same buyers.",
    ],
    "pricing-tier": [
        "The Pro plan costs $49/seat/month (billed annually).",
        "{B} offers three tiers (Free, Team at €{q}9/user/month, Enterprise on request).",
        "The entry plan ($0 for up to {seats} users) is the main source of leads.",
        "Prices rose in {yr} (Business tier: £{n} a month, up from £{q}9).",
    ],
    "bracket-percentage": [
        "Organic traffic grew strongly (+{pct}% YoY).",
        "Trial sign-ups fell after the pricing change (-{q}{q}%).",
        "Most pipeline now comes from inbound ({pct}%) rather than outbound.",
        "Win rates against the main competitor are low ({pct}% in {yr}).",
    ],
    "job-title": [
        "The strategy was owned by the VP Growth (previously Head of Demand Gen).",
        "A new CMO (ex-{tool}) joined in {yr} to lead the rebrand.",
        "Pipeline targets are set by the CRO (Chief Revenue Officer) each quarter.",
        "The first product marketing hire (PMM, {city}) reported to the CEO.",
    ],
    "api-name": [
        "The integration uses the Stripe Payment Intents API (version 20{q}{q}-10-16).",
        "Leads flow into the CRM through the HubSpot CRM API (v3).",
        "The chatbot calls the OpenAI Chat Completions API (gpt-4o) for first drafts.",
        "Webhook events (invoice.paid, customer.created) trigger the onboarding emails.",
    ],
    "award": [
        "{B} was ranked in the Deloitte Technology Fast 50 in {yr} and again in {yr2}.",
        "The campaign won a B2B Marketing Award (Best Use of Content, {yr}).",
        "Its pricing page shows the G2 ‘Leader’ badge (Winter {yr2}).",
        "The founder was listed in Forbes 30 Under 30 Europe (Technology, {yr}).",
    ],
    "valuation": [
        "{B} became a unicorn in {yr} (valued at $1.{q}bn).",
        "The last round (${amt}m at a $2.{q}bn valuation) has not been repriced.",
    ],
    "headcount": [
        "The firm grew quickly (c. {n} employees by the end of {yr}).",
        "Marketing is a small team (8 FTE, two in {city}).",
        "Layoffs in {yr2} (around {pct}% of staff) hit the events team hardest.",
    ],
    "fiscal-period": [
        "Pipeline slowed in the second half (H2 FY{yr}).",
        "Bookings beat plan (Q{q} FY{yr2}) thanks to two enterprise deals.",
        "The budget runs from February to January (FY{yr2}).",
    ],
    "currency-conversion": [
        "The round was worth €{amt}m (roughly £{n}m at the time).",
        "Enterprise contracts average ₹{n} lakh (about £{q}{q},000).",
        "The Israeli team is paid in shekels (₪) but reports in dollars (USD).",
    ],
    "accelerator-batch": [
        "{B} went through Y Combinator (W{q}1 batch) before raising its seed.",
        "The founders joined Techstars London ({yr} cohort) with a different product.",
        "Entrepreneur First (Berlin, {yr}) is where the two founders met.",
    ],
    "release-version": [
        "The new reporting module shipped in the spring release (v{q}.{q}, April {yr}).",
        "Version 2.0 (launched {d} March {yr}) introduced usage-based pricing.",
        "Customers on the legacy plan (pre-{yr} contracts) keep their old limits.",
    ],
    "gdpr-article": [
        "Cold outreach in the EU relies on legitimate interests (Article 6(1)(f) GDPR).",
        "Profiling for lead scoring may fall under automated decision-making (Art. 22).",
        "Customers can ask for their data at any time (Articles 15–20).",
    ],
    "survey-sample": [
        "Most respondents preferred interactive demos (n = {n}).",
        "The survey reached {n} B2B buyers (response rate {pct}%).",
        "Views differed by company size (SMB n = {n}; enterprise n = {q}{q}).",
    ],
    "interviewee": [
        "One interviewee (P{q}, Head of RevOps) described the lead scoring as ‘guesswork’.",
        "Sales leaders were the most sceptical (Interviewees 3 and {q}).",
        "A product marketer in {city} (Participant {q}) disagreed.",
    ],
    "cross-reference": [
        "The full funnel is mapped in Appendix {q} (Figure {q}.{q}).",
        "See Task 1 (b) above for the competitor analysis.",
        "Costs are set out in the budget (Table {q}, page {q}{q}).",
        "The persona canvas (Section 2.{q}) is based on eight interviews.",
    ],
    "time-period": [
        "Demo requests peaked in early summer (H1 {yr}).",
        "Pipeline was flat (Q{q} {yr} vs Q{q} {yr2}).",
        "The test ran for six weeks ({d} May to {q}0 June {yr}).",
    ],
    "handle-or-domain": [
        "The community team runs the X account (@n8n_io) and a Discord server.",
        "Documentation lives on a separate site (docs.getdbt.com).",
        "Prospects can book a demo online (calendly.com/{city}-sales) or by email (sales@example.io).",
        "The hashtag (#SaaStr{yr}) trended during the keynote.",
    ],
    "cloud-region": [
        "EU customers' data stays in Frankfurt (eu-central-1) to satisfy German buyers.",
        "{B} added a UK region (London, {yr}) after public-sector buyers asked for one.",
    ],
    "sla-uptime": [
        "The enterprise contract guarantees uptime (99.99% SLA).",
        "Status-page incidents fell sharply ({q} in {yr}, down from {q}{q}).",
    ],
    "integration-count": [
        "The marketplace lists more integrations than any rival (400+ apps).",
        "Most customers connect at least three tools ({tool}, Slack and Google Workspace).",
    ],
    "review-rating": [
        "Review scores are high (4.{q}/5 on G2, {n} reviews).",
        "Capterra ratings slipped after the price rise (4.{q} stars, {yr2}).",
    ],
    "seat-minimum": [
        "The Business plan has a seat minimum (at least {seats} seats).",
        "Startups get a discount (up to 90% off, first year only).",
    ],
    "funnel-rate": [
        "Only a fraction of leads progress (MQL to SQL: {pct}%).",
        "The trial funnel leaks most at activation (sign-up → first workflow: {pct}%).",
        "Sales-accepted leads converted well (SAL to closed-won: 2{q}%).",
    ],
    "launch-date": [
        "The AI assistant went live on {d} October {yr} (general availability).",
        "{B} announced the feature at its user conference (keynote, {d} June {yr2}).",
    ],
    "office-location": [
        "Engineering sits in Tel Aviv (R&D centre opened {yr}) and sales in London.",
        "The Bangalore office (opened in {yr}) handles inside sales for Asia.",
        "{B} moved its HQ from Stockholm to London (2{q} employees moved).",
    ],
    "course-module": [
        "This assignment answers the brief for the CIM Level 7 module (Marketing and Digital Strategy).",
        "The analysis applies tools from the MBA core course (MKT{q}0{q}, term 2).",
    ],
    "patent": [
        "The routing engine is protected by a US patent (No. 11,{n},{n}).",
        "{B} filed two patents on its scoring model (pending, {yr}).",
    ],
    "github-stars": [
        "The open-source project is popular with developers ({q}{q}k GitHub stars).",
        "Community growth was fast ({n} contributors by {yr}).",
    ],
    "compliance-audit": [
        "The security team passed its first external audit (SOC 2 Type II, {yr}).",
        "Public-sector buyers require Cyber Essentials Plus (renewed {yr2}).",
        "The product meets accessibility standards (WCAG 2.2 AA).",
    ],
    "legal-form": [
        "The German entity (Personio SE & Co. KG) employs most of the sales team.",
        "{B} trades in the UK through a subsidiary ({B} UK Ltd).",
        "The Israeli parent (Ltd.) owns the US operating company (Inc.).",
    ],
    "rename": [
        "Sendinblue (renamed Brevo in 2023) is the main low-cost competitor.",
        "Facebook's parent (now Meta, since 2021) remains the largest paid channel.",
        "Twitter (now X) is no longer part of the paid plan.",
    ],
    "rule-of-40": [
        "{B} scores well on the Rule of 40 (growth {pct}% plus margin {q}%).",
        "Investors now ask about efficiency (Rule of 40: {q}{q}) before growth.",
    ],
    "time-zone": [
        "Support runs around the clock (09:00–17:00 CET in Berlin, then Austin).",
        "Webinars are scheduled for two regions (11:00 GMT and 14:00 EST).",
    ],
    "market-size": [
        "The addressable market is large (TAM: ${q}{q}bn; SAM: ${q}.{q}bn).",
        "The serviceable market in the UK and Ireland is smaller (c. £{n}m in {yr}).",
    ],
    "pricing-model": [
        "Billing moved to a hybrid model (platform fee plus usage) in {yr}.",
        "Customers pay per task (first 2,500 tasks free each month).",
    ],
    "acronym-expansion": [
        "The team tracks product-qualified leads (PQLs) as well as marketing-qualified ones (MQLs).",
        "Net revenue retention (NRR) and gross revenue retention (GRR) are reported monthly.",
        "Account-based marketing (ABM) targets the top {n} accounts.",
    ],
}  # fmt: skip
