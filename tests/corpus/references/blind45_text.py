"""Prose for the forty-fifth held-out pool, "blind45": B2B SaaS and technology marketers in the US and Canada.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how demand-generation,
product-marketing, content and growth marketers at B2B SaaS, cybersecurity, fintech-infrastructure and developer-tools
companies in Toronto, Vancouver, Montreal, Austin, Boston, New York, San Francisco and Seattle write their CIM Level 6
and 7 assignments online, many trained in APA and still slipping into its habits while they write Cite Them Right
Harvard: ARR and MRR figures, funding rounds with their years, G2 grids and Gartner Magic Quadrant placements with
their years, Forrester Waves, SOC 2 Type II, ISO 27001:2022, GDPR, CCPA/CPRA, PIPEDA and Quebec's Law 25, product
versions and release names, conferences with their years (SaaStr, Dreamforce, RSA Conference), earnings calls and
fiscal years, tickers, pricing tiers, OKRs, CVE numbers, personas, internal survey samples, webinar times in ET and
PT, CIM criterion codes, and now and then French from Montreal. ``values`` fills the placeholders only its frames use.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, which matches what our SDR team sees in outbound.",
    "{N} shows that {C}.",
    "{N} makes the case that {C}, a point our CRO repeats in every QBR.",
    "{N} reports that {C}.",
    "{N} suggests that {C}; for {B} this is the core of the {ROUND} growth plan.",
    "{N} observes that {C}.",
    "{N} is blunt: {C}.",
    "{N} concludes that {C}, although the sample skews toward US enterprise accounts.",
    "{N} describes how {C}.",
    "{N} notes that {C}, which is relevant to our Canadian mid-market segment.",
    "{N} points out that {C}.",
    "{N} demonstrates that {C} across {NUM} B2B software firms.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O}, {N} found that {C}.",
    "{O}, {N} argues that {C}.",
    "As {N} explains, {C}.",
    "This is consistent with {N}, who showed that {C}.",
    "For {B}, the most useful lens is {N}, which frames {TOPIC} as a revenue problem rather than a brand problem.",
    "The evidence from {N} suggests that {C}.",
    "Building on {N}, I would argue that {C}.",
    "{O}, the data in {N} indicates that {C}.",
    "A similar pattern appears in {N}, where {C}.",
    "Our head of product marketing often points to {N} to show that {C}.",
    "{B} could apply the model in {N} to its {SEGMENT} segment, because {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} framework is useful here because {C}.",
    "{N} research on buying committees shows that {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} findings suggest that {C}.",
    "{N} argument that {C} is persuasive for a {ROUND} company like {B}.",
    "Using {N} segmentation, {B} would prioritise {SEGMENT} accounts, since {C}.",
    "{N} data on {TOPIC} shows that {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "Research on {TOPIC} suggests that {C} {P}.",
    "For a company at {B}'s stage, {C} {P}.",
    "{C}, especially in regulated industries such as fintech and healthcare {P}.",
    "Evidence from North American SaaS firms indicates that {C} {P}.",
    "{C}, which matters for {B}'s move upmarket {P}.",
    "It is widely reported that {C} {P}.",
    "{O}, {C}, a trend that accelerated after {YR} {P}.",
    "In the {SEGMENT} segment, {C} {P}.",
    "{C}; this is especially true for {PERSONA_ROLE} buyers {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {C2}.",
    "{O}, {C} {P}, which means {B} should rethink its {TOPIC} motion.",
    "Because {C} {P}, {B} needs a clearer point of view on {TOPIC}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}; however, {C2}.",
    "Given that {C} {P}, the plan below puts {TOPIC} first.",
    "While {C} {P}, the picture for Canadian start-ups is less clear.",
]  # fmt: skip

CLAIMS = [
    "buying committees for mid-market software now include six to ten people",
    "most B2B buyers complete the majority of their research before they speak to a sales rep",
    "product-led growth works best when time to value is measured in minutes, not weeks",
    "account-based marketing improves win rates when sales and marketing agree on the target account list",
    "intent data is only as useful as the follow-up it triggers",
    "security reviews are now one of the longest stages of an enterprise software deal",
    "a public trust center shortens procurement cycles for security-conscious buyers",
    "usage-based pricing aligns the vendor's revenue with the value the customer receives",
    "net revenue retention is a better signal of product-market fit than new logo growth",
    "developers distrust traditional marketing and respond better to documentation and sample code",
    "category design gives challenger brands a way to avoid feature-by-feature comparisons",
    "analyst relations still shapes enterprise shortlists, even as peer review sites grow",
    "peer reviews on sites such as G2 influence shortlists more than vendor content does",
    "marketing attribution models overstate the role of the last touch",
    "brand investment reduces customer acquisition cost over a three-year horizon",
    "customer advocacy programs produce the most credible proof for late-stage deals",
    "thought leadership only builds trust when it takes a clear position",
    "webinar attendance has fallen while on-demand viewing has grown",
    "free trials convert better when onboarding is tailored to the user's role",
    "churn in SMB segments is driven more by business failure than by product dissatisfaction",
    "privacy regulation has pushed B2B marketers toward first-party data",
    "sales cycles lengthened in {YR} as CFOs scrutinised every new software contract",
    "the CFO has become a decisive member of the software buying committee",
    "clear positioning matters more than feature breadth in crowded categories",
    "partner ecosystems and cloud marketplaces now influence a growing share of enterprise deals",
    "generative AI has lowered the cost of content while making differentiation harder",
    "competitive enablement helps sales teams win more head-to-head deals",
    "revenue operations teams improve forecast accuracy when data definitions are shared",
    "founder-led content on LinkedIn often outperforms company-page content",
    "customer success teams are the main driver of expansion revenue",
    "French-language content is a requirement, not an option, for selling into Quebec",
    "community-led growth reduces acquisition costs for developer tools",
]  # fmt: skip

OPENERS = [
    "In practice",
    "For a B2B SaaS company",
    "From a demand-generation perspective",
    "In the North American market",
    "For our product marketing team",
    "On the other hand",
    "In the context of {B}",
    "More recently",
    "For enterprise buyers",
    "At the {ROUND} stage",
    "In cybersecurity marketing",
    "For developer tools specifically",
    "Looking at the Canadian market",
    "Equally",
]  # fmt: skip

PLAIN = [
    "This section evaluates the current go-to-market approach of {B} and recommends changes for the next fiscal year.",
    "The recommendations below are prioritised by expected pipeline impact and cost.",
    "I work in the demand-generation team, so some of the analysis draws on my own experience of the funnel.",
    "The table below summarises the main channels and their contribution to pipeline.",
    "This matters because the board expects efficient growth rather than growth at any cost.",
    "The next section turns to positioning and messaging.",
    "Each recommendation is linked to a measurable KPI and an owner.",
    "The analysis focuses on the {SEGMENT} segment, where {B} has the strongest product fit.",
    "Internal figures have been rounded and anonymised at the request of my employer.",
    "This plan assumes no change to headcount in the marketing team.",
    "The rest of this report uses pipeline rather than leads as the primary measure of success.",
    "Sales and marketing leadership reviewed an earlier draft of this plan.",
    "I have focused on the buying journey for technical evaluators, because this is where deals stall.",
    "The budget figures are in US dollars unless stated otherwise.",
]  # fmt: skip

QUOTE_FRAMES = [  # a direct quotation; {P} carries a page locator unless the problem is planted
    "{N} puts it plainly: {Q}.",
    "As {N} writes, {Q}.",
    "{Q} {P}.",
    "One line has shaped our messaging: {Q} {P}.",
    "{N} warns that {Q}.",
    "The report is clear that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "This echoes the point that {Q} {P}.",
    "{N} sums up the problem for vendors like {B}: {Q}.",
]  # fmt: skip

SCARE_QUOTES = [
    "‘land and expand’",
    "‘single pane of glass’",
    "“champion”",
    "“aha moment”",
    "'product-qualified leads'",
    '"dark social"',
    "‘the dark funnel’",
    "“table stakes”",
    "'frictionless'",
    '"enterprise-ready"',
    "‘zero trust’",
    "“AI-native”",
    "‘north star metric’",
    "“ICP fit”",
    "'rip and replace'",
]  # fmt: skip

SCARE_FRAMES = [
    "Many vendors describe their platform as a {Q}, a claim buyers now discount {P}.",
    "The idea of a {Q} has become central to how SaaS companies talk about growth {P}.",
    "{N} questions whether the {Q} is a useful idea at all.",
    "Our sales team uses the term {Q} loosely, but it has a narrower meaning {P}.",
    "{B} markets itself as {Q}, which {N} would call a category claim rather than a proof point.",
    "Buyers tend to treat {Q} as marketing language {P}.",
]  # fmt: skip

SUBJECT_LINES = [
    "“Your SOC 2 report is ready to share”",
    "“{FIRST}, quick question about your Q{q} pipeline”",
    "‘See what’s new in {PRODUCT} {VER}’",
    "'The {YR} State of B2B Pipeline report is here'",
    '"Join us at {CONF} {YR}"',
    "“Stop losing deals in security review”",
    "‘Your free trial ends in 3 days’",
    "“Still evaluating? Here’s a 14-day extension”",
    "'Ship faster with fewer tickets'",
    '"Compliance without the spreadsheets"',
    "“Nouveau : {PRODUCT} est maintenant offert en français”",
    "‘Save your seat: live demo on {WEEKDAY}’",
]  # fmt: skip

SUBJECT_FRAMES = [
    "In an A/B test, the subject line {Q} lifted open rates by {PCT}%, which supports the case for specificity {P}.",
    "The nurture sequence opened with {Q}, following the advice to lead with the buyer's problem {P}.",
    "Our best-performing LinkedIn ad headline was {Q}, in line with {N}.",
    "{N} would classify a message such as {Q} as a value-first hook.",
    "Email subject lines like {Q} perform well with technical buyers {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "funding-round": [
        "{B} closed a {ROUND} round of {AMT} in {MON} {YR}, led by Insight Partners with participation from Accel.",
        "Since its {ROUND} ({YR}), the company has tripled its go-to-market headcount.",
        "The {ROUND} extension ({MON} {YR}, {AMT}) was earmarked for expansion into EMEA.",
    ],
    "arr-milestone": [
        "ARR crossed {AMT} at the end of FY{YR} and NRR held at {NRR}%.",
        "MRR grew from $410K to $655K between January and December {YR} (internal dashboard).",
        "The business reached $100M ARR in {YR}, roughly seven years after launch.",
    ],
    "magic-quadrant": [
        "{B} was named a Leader in the {YR} Gartner Magic Quadrant for CRM Customer Engagement Center.",
        "In the Gartner Magic Quadrant for Security Service Edge ({YR}), the company moved from Niche Player to Visionary.",
        "Sales decks still lead with the {YR} Magic Quadrant placement, even though it is now out of date.",
    ],
    "g2-badge": [
        "The G2 Winter {YR} Grid placed {B} as a High Performer (Mid-Market) for the third quarter in a row.",
        "We display the G2 badges (Leader, Spring {YR}; Best Support, Summer {YR}) on every pricing page.",
        "On G2, {B} holds a 4.6/5 rating from {NUM} reviews (as of {MON} {YR}).",
    ],
    "forrester-wave": [
        "{B} was a Strong Performer in The Forrester Wave™: B2B Marketing Automation Platforms, Q{q} {YR}.",
        "Being excluded from the Forrester Wave for Q{q} {YR} cost the team at least two enterprise shortlists.",
    ],
    "soc2-audit": [
        "{B} completed its first SOC 2 Type II audit in {MON} {YR}, covering the Security and Availability criteria.",
        "The SOC 2 Type I report (observation date {MON} {YR}) was replaced by a Type II report six months later.",
        "Prospects can request the SOC 2 Type II report through the Trust Center under NDA.",
    ],
    "iso-standard": [
        "The ISO/IEC 27001:2022 certificate (scope: SaaS platform and support operations) was issued in {MON} 2024.",
        "Migrating from ISO 27001:2013 to ISO 27001:2022 was a prerequisite for the public-sector pipeline.",
        "The company also holds ISO/IEC 27701:2019 and ISO 9001:2015 certificates.",
    ],
    "privacy-law": [
        "Consent banners were rebuilt for GDPR (Article 7) and the CCPA/CPRA opt-out requirements in {YR}.",
        "PIPEDA and Quebec's Law 25 (in force since September 2023) both shape how {B} collects leads in Canada.",
        "Under CASL, every nurture email needs express or implied consent and a working unsubscribe link.",
    ],
    "product-version": [
        "Version {VER} of {PRODUCT} shipped in {MON} {YR} with SSO and SCIM provisioning.",
        "Customers still on v2.x (end of life {MON} {YR}) were targeted with an upgrade campaign.",
        "The {PRODUCT} {VER} release notes list 47 changes, but only three were worth a launch.",
    ],
    "release-name": [
        "Salesforce's Winter '25 release introduced features our admins had been asking for since Spring '23.",
        "Internally, the launch was code-named \"Project Northstar\" until the Summer {YR} release.",
        "The Fall {YR} Release (\"Horizon\") was the first to be launched with a full analyst briefing programme.",
    ],
    "conference-event": [
        "Our team ran a booth at Dreamforce {YR} (San Francisco, September) and a dinner for thirty CIOs.",
        "At SaaStr Annual {YR}, the most crowded sessions were about efficient growth, not AI.",
        "RSA Conference {YR} (Moscone Center) generated 412 badge scans, of which 38 became opportunities.",
    ],
    "earnings-call": [
        "On the Q{q} FY{YR} earnings call, management guided to revenue growth of {PCT}% for the full year.",
        "Shopify's Q{q} {YR} earnings release reported GMV growth ahead of consensus.",
        "Snowflake (NYSE: SNOW) lowered its product revenue guidance in {MON} {YR}, and the stock fell sharply.",
    ],
    "fiscal-year": [
        "{B}'s fiscal year runs from February 1 to January 31, so FY{YR2} began in February {YR}.",
        "All figures are for FY{YR} (twelve months ended January 31, {YR}) unless noted otherwise.",
    ],
    "stock-ticker": [
        "Competitors include Okta (NASDAQ: OKTA), CrowdStrike (NASDAQ: CRWD) and Lightspeed (TSX: LSPD).",
        "Shopify is dual-listed (NYSE: SHOP; TSX: SHOP), which is why Canadian investors follow it so closely.",
    ],
    "pricing-tier": [
        "The Pro tier ($49 per user per month, billed annually) accounts for most new logos.",
        "Enterprise pricing (custom, minimum $25,000 ACV) includes SSO, audit logs and a named CSM.",
        "The Starter plan (US$0, up to 3 seats) is the main entry point for the product-led motion.",
    ],
    "okr": [
        "Our Q{q} {YR} OKR was \"Increase sourced pipeline from Tier 1 accounts by 30%\".",
        "Objective 2 (H2 {YR}): make {B} the default choice for mid-market security teams.",
    ],
    "campaign-name": [
        "The \"Ship Faster\" campaign (Q{q} {YR}) generated {NUM} MQLs but only 19 opportunities.",
        "We relaunched the ‘Built for Canada’ campaign in {MON} {YR} with French and English creative.",
    ],
    "hashtag-handle": [
        "The launch hashtag #{HASH} trended briefly on LinkedIn, helped by posts from @{HANDLE}.",
        "Follow-up posts tagged @SaaStr and used #B2BMarketing and #DemandGen.",
    ],
    "testimonial": [
        "“We cut our security review time in half,” said {FIRST} {LAST}, Director of IT at a Series C fintech.",
        "As one customer, {FIRST} {LAST} (Head of RevOps, Toronto), told our case-study writer, “the onboarding just worked.”",
    ],
    "appendix-figure": [
        "The full channel mix is shown in Appendix C (Figure 4).",
        "See Table 2 (pipeline by source, FY{YR}) for the underlying numbers.",
        "The persona map is included as Appendix B (p. 14 of the submission).",
    ],
    "cim-criterion": [
        "This section addresses Task 1(b) and assessment criteria AC 2.3 and AC 2.4.",
        "In line with the CIM brief (LO3), the recommendations are costed and time-bound.",
    ],
    "word-count": [
        "(Word count: {WORDS}, excluding tables and appendices.)",
        "Word count for Task 2: {WORDS} (limit 2,500).",
    ],
    "internal-survey": [
        "An internal survey of customers (n = {NUM}, {MON} {YR}) found that 62% first heard of us through a peer.",
        "Our win-loss interviews (n = 24, Q{q} {YR}) point to pricing transparency as the main reason we won.",
        "The NPS survey ({MON} {YR}, 1,102 responses) returned a score of +41.",
    ],
    "software-version-year": [
        "Many prospects still run Microsoft Dynamics 365 alongside Office 2019 and Windows 10.",
        "The integration supports Salesforce Sales Cloud, HubSpot Marketing Hub Enterprise and Adobe Experience Manager 6.5.",
    ],
    "api-deprecation": [
        "The v1 REST API (deprecated {YR}-06-30) is still used by about 12% of accounts.",
        "API v3 (GA in {MON} {YR}) replaced webhooks with an event stream.",
    ],
    "currency-note": [
        "Figures in Canadian dollars were converted at CA$1.36 = US$1 (the {YR} average rate).",
        "The Montreal office budget (CAD 420,000) is shown in US dollars for consistency.",
    ],
    "acronym-expansion": [
        "The total addressable market (TAM) is estimated at US$4.2 billion, with a serviceable market (SAM) of US$900 million.",
        "A Marketing Qualified Lead (MQL) becomes a Sales Accepted Lead (SAL) once an SDR confirms ICP fit.",
        "Customer Acquisition Cost (CAC) payback fell from 22 to 16 months.",
    ],
    "eponymous-framework": [
        "Porter's Five Forces and the Rule of 40 are used here as screening tools rather than full models.",
        "Moore's chasm is a useful metaphor for the jump from early adopters to the pragmatic majority.",
        "The sales team qualifies deals with MEDDICC, while marketing uses the Jobs to Be Done lens.",
    ],
    "legal-entity": [
        "The parent, Northwind Data Technologies Inc., is a Delaware C-corporation with a Canadian subsidiary, Northwind Software ULC.",
        "The UK entity (Northwind Data Europe Ltd) handles EMEA billing, while the parent company is incorporated in Ontario.",
    ],
    "trademark": [
        "Salesforce's Agentforce™ and Einstein® brands dominate the conversation about AI in CRM.",
        "The HubSpot Breeze™ launch at INBOUND 2024 was mentioned in almost every competitive deal that quarter.",
    ],
    "webinar-listing": [
        "Our webinar “Pipeline in {YR2}: What Actually Changed” ({MON} 14, 11:00 a.m. ET / 8:00 a.m. PT) drew 640 registrants.",
        "The on-demand session ‘Selling to the CISO’ (45 minutes, recorded {MON} {YR}) is our top-converting asset.",
    ],
    "own-podcast": [
        "Episode {EP} of our own podcast (“The Pipeline Show”) featured the CMO of {B}.",
        "We launched the French-language podcast « Croissance B2B » in {MON} {YR} for the Quebec market.",
    ],
    "yoy-change": [
        "Organic sign-ups rose {PCT}% YoY ({YR2} vs. {YR}), mostly from developer documentation.",
        "Paid social CPL increased from $142 (Q1) to $188 (Q4), a rise of 32%.",
    ],
    "ai-model": [
        "The content team tested GPT-4o (May 2024) and Claude 3.5 Sonnet (June 2024) for first drafts.",
        "Our chatbot runs on Llama 3 (70B) with retrieval over the help center.",
    ],
    "cve-incident": [
        "Demand for our scanner spiked after Log4Shell (CVE-2021-44228) in December 2021.",
        "The MOVEit breach (May 2023) became the hook for our third-party-risk campaign.",
    ],
    "security-framework": [
        "The product maps controls to NIST CSF 2.0 (February 2024), CIS Controls v8 and PCI DSS v4.0.",
        "FedRAMP Moderate authorization ({YR}) opened the US federal market.",
    ],
    "office-address": [
        "Head office: Suite 400, 100 King Street West, Toronto, ON M5X 1A9, with hubs in Austin and Vancouver.",
        "The Boston team moved to 1 Lincoln Street (Floor 24) in {MON} {YR}.",
    ],
    "interview-code": [
        "Interviewee P7 (VP Marketing, Series C fintech) described analyst reports as \"tie-breakers\".",
        "Two participants (P3 and P11, both CISOs) said they never fill in gated forms.",
    ],
    "persona-names": [
        "We built two personas, “Security Sam” (CISO) and “Developer Dana” (staff engineer), for the {YR} campaigns.",
        "The ‘Ops Olivia’ persona (RevOps manager, 200-1,000 employees) is the main target for the new tier.",
    ],
    "retrieval-note": [
        "Revenue figures were retrieved from the {B} investor relations site on {MON} 12, {YR2}.",
        "Screenshots of competitor pricing pages were taken on {MON} 3, {YR2} and are in Appendix D.",
    ],
    "slack-meeting": [
        "[Internal note: #growth-team Slack thread, {MON} 14, {YR}, shared with permission.]",
        "The figures were agreed at the Q{q} planning offsite (Austin, {MON} {YR}).",
    ],
    "award-ranking": [
        "{B} appeared on the Deloitte Technology Fast 500™ ({YR}) and the Forbes Cloud 100 ({YR2}, #37).",
        "The company was ranked in the Inc. 5000 ({YR}) and named one of Canada's Top Growing Companies by The Globe and Mail.",
    ],
    "follower-stats": [
        "LinkedIn followers (as of {MON} {YR}): 48,200, up from 31,900 a year earlier.",
        "The CEO's LinkedIn newsletter has {NUM},400 subscribers (June {YR}).",
    ],
    "jira-ticket": [
        "The pricing-page test was tracked as MKT-{EP}4 in Jira and shipped in Sprint 42.",
        "Bug INC-2291 (broken UTM parameters, {MON} {YR}) explains the gap in attribution data.",
    ],
    "french-copy": [
        "The Quebec landing page headline, « Votre conformité, sans tableur », tested better than the English version.",
        "Under Bill 96 (Charte de la langue française), product packaging and contracts in Quebec must be available in French.",
    ],
    "staff-initials": [
        "Thanks to J. Park (CMO) and M.-È. Tremblay (Director, Field Marketing) for access to the data.",
        "The plan was reviewed by our VP, Demand Generation (Americas), and the RevOps lead, S. Iyer.",
    ],
    "quarter-range": [
        "Pipeline coverage was 3.1x for Q{q} and 2.4x for H2 {YR}.",
        "The campaign ran from Jan–Mar {YR} (Q1) and was repeated in Oct–Dec {YR} (Q4).",
    ],
    "book-title-mention": [
        "Several of us read Obviously Awesome and The Challenger Sale during onboarding, but neither is used as evidence here.",
        "The team's copy of Crossing the Chasm (3rd edition) is covered in sticky notes.",
    ],
    "date-iso": [
        "The new lead-scoring model went live on {YR}-04-01 and was recalibrated on {YR}-10-01.",
        "Data extract: HubSpot export dated {YR2}-01-15, 23,418 contacts.",
    ],
}  # fmt: skip

BRANDS = ["HubSpot", "Salesforce", "Snowflake", "Shopify", "Okta", "Datadog", "Twilio", "Stripe", "Plaid",
          "Wealthsimple", "Clio", "Lightspeed", "1Password", "Cloudflare", "CrowdStrike", "GitHub", "Vercel",
          "Postman", "Gong", "6sense", "Zendesk", "Atlassian", "Hootsuite", "Coveo", "Ada", "Cohere", "Dialpad",
          "Thinkific", "FreshBooks", "Unbounce", "Jane App", "Nuvei"]  # fmt: skip

_FIRST = ["Dana", "Marcus", "Priya", "Kevin", "Geneviève", "Alejandro", "Hannah", "Jason", "Thao", "Nikhil",
          "Mélanie", "Tyler", "Grace", "Rohan", "Camila", "Derek"]  # fmt: skip
_LAST = ["Kowalski", "Nguyen", "Tremblay", "Shah", "Ramírez", "Park", "Whitaker", "Chen", "Bouchard", "O'Donnell",
         "Subramanian", "Gómez-Rivera", "Lévesque", "Kim"]  # fmt: skip

_TOPICS = ["account-based marketing", "product-led growth", "partner marketing", "analyst relations",
           "developer marketing", "customer advocacy", "pricing and packaging"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The placeholders only this pool's frames use."""
    year = rng.randint(2016, 2024)
    return {
        "YR": str(year),
        "YR2": str(year + 1),
        "ROUND": rng.choice(["Series A", "Series B", "Series C", "Series D", "seed", "Series B"]),
        "AMT": rng.choice(["$12M", "$28.5M", "$45M", "$110M", "US$60 million", "$7.2M", "CA$18M", "$250M"]),
        "NRR": str(rng.randint(98, 135)),
        "PCT": str(rng.randint(6, 48)),
        "NUM": str(rng.randint(24, 980)),
        "MON": rng.choice(["January", "March", "April", "June", "September", "October", "November"]),
        "VER": rng.choice(["4.2", "2.0", "3.1.4", "10", "5.0 LTS", "2024.2"]),
        "PRODUCT": rng.choice(["Sentinel", "Pipeline Studio", "Ledgerline", "DevPortal", "Atlas Console", "TrustHub"]),
        "CONF": rng.choice(["Dreamforce", "SaaStr Annual", "RSA Conference", "INBOUND", "Collision", "AWS re:Invent"]),
        "TOPIC": rng.choice(_TOPICS),
        "SEGMENT": rng.choice(["mid-market", "enterprise", "SMB", "public-sector", "financial-services", "healthcare"]),
        "PERSONA_ROLE": rng.choice(["security", "finance", "engineering", "procurement", "IT"]),
        "FIRST": rng.choice(_FIRST),
        "LAST": rng.choice(_LAST),
        "WORDS": f"{rng.randint(1, 2)},{rng.randint(100, 499)}",
        "HASH": rng.choice(["ShipFaster", "SaaStrAnnual", "Dreamforce", "PLGSummit", "RSAC"]) + str(year),
        "HANDLE": rng.choice(["jasonlk", "HubSpot", "gongio", "lennysan", "SaaStr"]),
        "EP": str(rng.randint(40, 260)),
        "WEEKDAY": rng.choice(["Tuesday", "Wednesday", "Thursday"]),
    }
