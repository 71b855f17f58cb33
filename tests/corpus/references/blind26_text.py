"""Prose for the twenty-sixth held-out pool, "blind26": sentence frames, claims and non-citation decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-sixth hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from how engineers and technical specialists moving into B2B marketing, and CIM Level 6 candidates in industrial and
technology firms in Germany, the Netherlands, Scandinavia, India and the UK, write: dense with acronyms, product and
model codes, firmware versions, standards and their clauses, EU regulation numbers, trade fairs with their years,
tender and framework references, financial periods, datasheets and white papers; in industrial automation,
semiconductors, cloud and cybersecurity, telecoms equipment, logistics software, medical devices, agricultural
machinery, construction products, renewable energy equipment and chemicals. Citations open and sit inside
sentences, follow "as", "according to", "in line with" and "following", stand in table and figure notes and
bulleted lists, carry "see", "e.g." and "cf." in the bracket and are possessive. The decoys are text with a
capitalised name, a code, a year, a bracket or quotation marks that is not a citation; their kinds are the keys
of NOT_CITATIONS below.

Placeholders: ``{N}`` narrative citation, ``{P}`` parenthetical citation (``{P:see}`` writes a word inside its
bracket), ``{Q}`` a quotation or quoted words, ``{C}``/``{C2}`` a claim, ``{O}`` an opener, ``{B}`` a brand,
``{A}`` an audience, ``{R}`` a result, ``{T}`` a tactic, ``{Y}``/``{Y2}`` years, ``{n}``/``{q}``/``{d}`` numbers, and the
keys of ``values()`` below. Decoy frames hold no citation slot. Claims are clauses in lower case with no full
stop; openers are phrases written before a comma.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which matters for a {ind} supplier like {B}.",
    "{N} shows that {C}.",
    "{N} reports that {C}; our own CRM data point the same way.",
    "{N} notes that {C}, although the sample was drawn from firms in {region} only.",
    "{N} suggests that {C}.",
    "{N} demonstrated, in a survey of {ind} buyers, that {C}.",
    "{N} makes the case that {C}, and this is the logic behind {B}'s {code} launch.",
    "{N} observed that {C}.",
    "{N} concludes that {C}; for {B} this means the sales engineers must be involved earlier.",
    "{N} goes further and claims that {C}.",
    "{N} distinguishes between the user, the buyer and the gatekeeper, and adds that {C}.",
    "{N} warns that {C}.",
    "{N} identified that {C}.",
]
NARRATIVE_MID = [
    "{O}, {N} found that {C}.",
    "As {N} points out, {C}.",
    "According to {N}, {C}.",
    "This is in line with {N}, who showed that {C}.",
    "Following {N}, the segmentation below groups {ind} customers by application rather than by size.",
    "In a study of OEMs in {region}, {N} found that {C}.",
    "{O}, the buying-centre model described by {N} fits the way {B} handles a {tender}.",
    "Figure {q}: the decision-making unit for a {code} order, adapted from {N}.",
    "Table {q} ranks the channels by cost per qualified lead, following the method of {N}.",
    "The same pattern appears in the work of {N}: {C}.",
    "Unlike earlier studies, {N} argues that {C}.",
    "For the {ind} sector, {N} estimated that {C}.",
    "It was {N} who first showed that {C}.",
    "{O}, I have used the framework set out by {N} to structure the audit in Appendix {q}.",
    "Our head of sales agreed with {N} that {C}.",
]
POSSESSIVE = [
    "{N} model of the buying centre suggests that {C}.",
    "{N} findings support the view that {C}.",
    "Using {N} framework, {B}'s {code} range sits in the 'star' quadrant.",
    "{O}, {N} distinction between transactional and relational buyers is useful.",
    "{N} survey of {ind} engineers found that {C}.",
    "This report applies {N} value-based pricing steps to the {code} launch.",
    "{N} argument is that {C}.",
    "I follow {N} definition of a key account throughout this section.",
]
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
    "{O}, {C} {P:see also}.",
    "{C}, especially in {region} {P}.",
    "{C} {P}, which explains why {B} moved budget from print to webinars.",
    "Table {q}: Shortlisted suppliers for the {code} tender, scored on price, lead time and {std} certification {P}.",
    "Figure {q}: Share of the budget per channel in the {ind} sector {P}.",
    "Three factors dominate supplier choice: price, delivery reliability and technical support {P}.",
    "{C}; this is particularly true for {ind} {P}.",
    "In {region}, {C} {P:cf.}.",
    "Engineers trust datasheets, application notes and peers more than adverts {P}.",
    "{C} {P}, so the campaign targets plant managers first.",
    "{O}, {C} {P}.",
]
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "Recent studies {P} show that {C}.",
    "{O}, analysts {P} expect that {C}.",
    "The literature {P:e.g.} agrees that {C}, although the evidence from {region} is thin.",
    "Procurement teams in the public sector {P} usually weight price at 40 to 60 per cent of the score.",
    "{C} {P}; however, {C2}.",
    "Technical buyers {P} download on average four documents before asking for a quote.",
    "The term 'servitization' {P} describes a manufacturer selling outcomes rather than machines.",
    "Both sources {P} point to the same gap in after-sales service.",
    "{C} {P:see}, whereas {C2}.",
]
CLAIMS = [
    "industrial buyers complete most of their research before they contact a sales engineer",
    "technical content outperforms brand advertising in lead generation for {ind} suppliers",
    "buying centres for capital equipment now include six to ten people",
    "procurement departments increasingly run the final negotiation on price alone",
    "trade fairs remain the most trusted channel in German-speaking markets",
    "engineers discount claims that are not backed by test data",
    "account-based marketing raises deal size but lengthens the sales cycle",
    "channel partners need certification programmes before they will promote a new platform",
    "cybersecurity certification has become a qualifying criterion in {ind} tenders",
    "value-based pricing is rarely applied in practice by European component makers",
    "sales and marketing alignment improves win rates in complex sales",
    "servitization shifts the conversation from purchase price to lifetime cost",
    "a gated white paper generates more leads but fewer qualified ones",
    "LinkedIn is the main social platform for B2B buyers in India and the Nordics",
    "long approval cycles in medical devices reward suppliers with strong regulatory documentation",
    "farmers buy machinery through dealers they have known for years",
    "switching costs protect incumbents in industrial automation",
    "sustainability data now appear in most construction-product tenders",
    "webinars attract existing customers more than new prospects",
    "brand matters in B2B more than engineers like to admit",
    "most qualified leads are lost between marketing and sales",
    "Indian IT services firms compete on domain expertise rather than price",
    "product demonstrations shorten the evaluation phase for {ind} equipment",
    "customer references from a well-known OEM are decisive for a small supplier",
    "buyers of semiconductors value supply security above unit price since the chip shortage",
    "digital twins help sales teams explain complex systems to non-engineers",
    "distributors in Scandinavia expect local-language technical documentation",
    "tender documents rarely reward innovation unless variant bids are allowed",
]
OPENERS = [
    "In the DACH market", "For a mid-sized OEM", "At trade fairs", "In public tenders", "For {B}", "In the {ind} sector",
    "From a buyer's point of view", "Within the Indian market", "In Scandinavia", "For our engineering team",
    "Looking at the marketing mix", "In the Benelux", "For the {code} launch", "At the qualification stage",
    "In practice", "Across the EU", "For channel partners",
]  # fmt: skip
PLAIN = [
    "This section analyses the current position of {B} in the {ind} market.",
    "The recommendations are summarised in the action plan in Appendix {q}.",
    "Our customers are mostly system integrators and OEMs.",
    "The budget for the next year is fixed, so every recommendation must be funded by moving money between channels.",
    "I work as an application engineer, so this report draws on my own experience of customer visits.",
    "The sales team covers four regions with eleven field engineers.",
    "The analysis now turns to the competitors.",
    "These findings shape the positioning statement in the next section.",
    "Each recommendation has an owner, a cost and a measure of success.",
    "The market is mature and prices are under pressure.",
]
QUOTE_FRAMES = [  # a direct quotation; {P} or {N} carries a page locator unless the problem is planted
    "{N} puts it plainly: {Q}.",
    "As {N} observes, {Q}.",
    "Engineers are reminded that {Q} {P}.",
    "{Q} {P}, and this matches what our distributors tell us.",
    "One analyst report warns that {Q} {P}.",
    "{N} describes the problem as {Q}.",
    "{O}, it has been argued that {Q} {P}.",
    "The key point is that {Q} {P}.",
]
SCARE_QUOTES = ["‘plug-and-play’", "‘industrial-grade’", "‘future-proof’", "‘best-in-class’", "'AI-ready'", "‘zero-trust’",
                "“Made in Germany”", "'green steel'", "‘smart factory’", "‘Industry 4.0 ready’", "“turnkey”", "‘certified secure’"]  # fmt: skip
SCARE_FRAMES = [
    "Many suppliers now call their controllers {Q} {P}.",
    "{N} warns that labels such as {Q} mean little to a buyer with a specification.",
    "Our competitors describe their products as {Q}, a claim buyers treat with suspicion {P}.",
    "The word {Q} appears on almost every stand at Hannover Messe, yet {N} found buyers could not define it.",
]
SUBJECT_LINES = ["‘Your {code} quotation is ready’", "'Last places: {code} hands-on training'", "“New firmware {ver} is available”",
                 "‘Meet us at {fair}’", "'Datasheet update: {code}'", "‘Tender deadline reminder’", "“Your invitation to our {ind} webinar”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The nurture email {Q} had an open rate of {pct} per cent against a benchmark for manufacturing {P}.",
    "Subject lines that name a product code, such as {Q}, are opened more often by engineers {P}.",
    "{N} recommends plain subject lines like {Q} for technical audiences.",
]

# Text that must not be read as a citation: names of things with years, codes, clauses, brackets and quotation marks.
NOT_CITATIONS: dict[str, list[str]] = {
    "trade-fair-with-year": [
        "We exhibited at {fair} and collected {n} badge scans in five days.",
        "The {code} was launched at {fair}, where the stand cost more than the whole digital budget.",
        "Next year the budget moves from {fair} to a smaller customer day in {city}.",
    ],
    "fair-place-and-date": [
        "Our stand at SPS (Nuremberg, November {Y}) was shared with two distributors.",
        "At MWC Barcelona (26-29 February {Y}) the private 5G demo drew the most visitors.",
        "We also attended Agritechnica (Hanover, {Y}) to meet dealers from Poland.",
    ],
    "product-model-code": [
        "The {code} replaced the previous generation in {Y}.",
        "Demand for the {code} grew fastest in {region}.",
        "Dealers asked for the {code} to be offered with a five-year warranty.",
    ],
    "firmware-version": [
        "Firmware {ver} fixed the login problem that customers had reported in the forum.",
        "The release notes for version {ver} were downloaded more often than the brochure.",
        "Customers on software release {ver} (LTS) are offered free migration support.",
    ],
    "standard-with-clause": [
        "All units are tested to {std}, clause {clause}.",
        "The quality manual was rewritten to meet {std}, section {clause}.",
        "Certification to {std} is a pass/fail criterion in the tender.",
    ],
    "eu-regulation-number": [
        "The new Machinery Regulation (EU) 2023/1230 applies from January 2027.",
        "Under the MDR (EU 2017/745) every claim on the website must match the technical file.",
        "The NIS2 Directive (EU) 2022/2555 brings our utility customers into scope.",
    ],
    "national-law-name": [
        "Germany's Supply Chain Act (Lieferkettengesetz, 2023) adds new questions to supplier audits.",
        "The Procurement Act 2023 came into force in February 2025 and changes how we bid for NHS work.",
        "India's Digital Personal Data Protection Act, 2023 affects how leads from the Pune office are stored.",
    ],
    "financial-period": [
        "Order intake fell by {pct} per cent in {fy} compared with the previous year.",
        "The target for {fy} is {n} marketing-qualified leads per quarter.",
        "Revenue in Q{q} {Y} was held back by component shortages.",
    ],
    "figure-in-brackets": [
        "{B} is the market leader in {region} ({Y} revenue: €{n}m).",
        "The three largest competitors ({Y} sales) control over half of the market.",
        "Our share of the installed base (2023 figures) is estimated at {pct} per cent.",
    ],
    "award-with-year": [
        "The {code} won the {award}.",
        "Winning the {award} gave the sales team a reason to call lapsed accounts.",
        "We entered the {award} for the second time.",
    ],
    "tender-reference": [
        "The framework {tender_ref} has four lots, and we bid for lot {q}.",
        "Tender notice {notice} asked for ISO 14001 and a carbon reduction plan.",
        "We lost tender {tender_ref} on price but scored highest on quality.",
    ],
    "interviewee-role": [
        "I interviewed our Head of Procurement, {eng}, in March {Y}.",
        "{eng} (Key Account Manager, DACH) explained that most orders start with a spec-in by the design engineer.",
        "Two plant managers and one buyer were interviewed for this report (June {Y}).",
    ],
    "person-with-life-dates": [
        "Werner von Siemens (1816-1892) founded the company as a telegraph maker.",
        "Robert Bosch (1861-1942) is still quoted in the company's values statement.",
        "The brand story starts with Gottlieb Daimler (1834-1900) and a workshop in Cannstatt.",
    ],
    "company-founding-year": [
        "{B} (founded {founded}) is still family-owned.",
        "Festo (est. 1925) sells through its own subsidiaries in over 60 countries.",
        "Our company was founded in {founded} as a supplier of valves to the chemical industry.",
    ],
    "strategy-name-with-year": [
        "The group's 'Strategy 2030' sets a target of 50 per cent recurring revenue.",
        "Marketing must support the Vision 2027 programme announced by the board.",
        "Under Roadmap 2028 the company will phase out its older {code} range.",
    ],
    "abbreviation-defined": [
        "A request for quotation (RFQ) usually follows a request for information (RFI).",
        "The original equipment manufacturer (OEM) decides which components are specified.",
        "Total cost of ownership (TCO) is the main argument for the premium drive.",
        "Marketing-qualified leads (MQLs) are passed to sales once they reach a score of {n}.",
    ],
    "region-in-brackets": [
        "Sales in DACH (Germany, Austria, Switzerland) grew faster than in the Benelux.",
        "The Nordics (Sweden, Norway, Denmark and Finland) are served from one office in {city}.",
        "Tier 2 cities (e.g. Pune, Coimbatore) offer the fastest growth for the {ind} range.",
    ],
    "plant-opening-year": [
        "Our {city} plant (opened {Y}) now builds the whole {code} range.",
        "The new logistics hub in {city}, operational since {Y}, cut delivery times to two days.",
        "Production moved to {city} in {Y} to be closer to customers.",
    ],
    "stock-ticker": [
        "{B} is listed in Frankfurt (XETRA: {ticker}).",
        "Infosys (NSE: INFY) and Wipro (NSE: WIPRO) report in Indian rupees.",
        "Ericsson (Nasdaq Stockholm: ERIC B) publishes its results in English.",
    ],
    "patent-number": [
        "The sealing design is protected by patent EP {patent} B1.",
        "Patent application WO {Y}/{n}{n} covers the new sensor housing.",
        "Our competitor's patent (US {patent}) expires in {Y2}.",
    ],
    "document-number": [
        "Datasheet rev. {ver} ({month} {Y}) lists the new operating temperature.",
        "See the installation manual, document no. {docno}, for the wiring diagram.",
        "The declaration of conformity (DoC {docno}) is linked on every product page.",
    ],
    "software-release-name": [
        "The CRM was upgraded to Dynamics 365 ({Y} release wave 2) last spring.",
        "We moved from SAP ECC to S/4HANA {Y} in one weekend.",
        "The marketing team uses HubSpot Marketing Hub (Enterprise) and Salesforce Sales Cloud.",
    ],
    "product-generation": [
        "Gen 2 ({Y}) and Gen 3 ({Y2}) controllers are still sold side by side.",
        "The {Y2} model-year tractors have a new cab and ISOBUS as standard.",
        "Series 5 (launched {Y}) accounts for most service revenue.",
    ],
    "own-data-note": [
        "Source: own analysis of CRM data, {fy}.",
        "Source: company sales data ({Y}), not published.",
        "Note: figures for {region} are estimates by the regional sales manager.",
    ],
    "internal-document": [
        "The pricing memo (v3, {month} {Y}) sets the discount ceiling at 18 per cent.",
        "Minutes of the sales meeting on {d} {month} {Y} record that the launch was moved.",
        "The marketing plan for {fy} was approved by the board in {month}.",
    ],
    "course-and-syllabus": [
        "This report answers Task 2 of the CIM Level 6 Diploma in Professional Marketing ({Y} syllabus).",
        "The module Digital Strategy (Unit 3) asks for a channel plan.",
        "As required by the CIM assessment brief (June {Y} sitting), the word count excludes appendices.",
    ],
    "rating-with-count": [
        "{B} is rated 4.{q}/5 on Gartner Peer Insights ({n} reviews).",
        "Our app scores 4.{q} stars on Google Play ({n} ratings).",
        "G2 lists the platform as a Leader (Winter {Y} report) in its category.",
    ],
    "percentages-by-year": [
        "Growth was {pct}% ({Y}) and 4% ({Y2}).",
        "Web leads rose from 22% of the total (2021) to 41% (2024).",
        "Export share: 68% (FY2022), 71% (FY2023).",
    ],
    "hashtag-and-handle": [
        "Posts tagged {tag} reached more engineers than our paid campaign.",
        "The {handle} account gained {n} followers during the fair.",
        "Visitors were asked to post with {tag} and tag {handle}.",
    ],
    "search-term-quoted": [
        "The keyword '{kw}' has {n} searches a month in Germany.",
        "Most organic visits come from the search term “{kw}”.",
        "We bid on ‘{kw}’ and ‘{kw2}’ in Google Ads.",
    ],
    "slogan-quoted": [
        "{B}'s slogan '{slogan}' does not translate well into Dutch.",
        "The campaign line “{slogan}” tested well with plant managers.",
        "The old tagline ‘{slogan}’ was dropped in the rebrand.",
    ],
    "customer-verbatim": [
        "One maintenance manager wrote in the survey: 'just send me the CAD files'.",
        "A distributor in {city} said the brochure was “too glossy for engineers”.",
        "The most common comment in the NPS survey was ‘delivery times’.",
    ],
    "cross-reference": [
        "See Appendix {q} (p. {n}) for the full survey results.",
        "The competitor profiles are in section {q}.{d} (pp. 12-14).",
        "As shown in Table {q} above, lead time matters more than price.",
    ],
    "tv-and-video-series": [
        "The Channel 4 series Inside the Factory ({Y}) featured a plant similar to ours.",
        "Our own video series 'Engineers Explain' (season {q}) is on YouTube.",
        "The BBC documentary The Chip War (2023) raised interest in semiconductors among students.",
    ],
    "event-edition": [
        "The 77th edition of Hannover Messe had over 4,000 exhibitors.",
        "At the 2024 Capital Markets Day the CEO spoke about software revenue.",
        "Our customer conference, {B} Connect {Y}, was held in {city}.",
    ],
    "job-title-with-region": [
        "I joined as Product Manager (EMEA) in {Y}.",
        "The Head of Marketing (Nordics) reports to the Chief Commercial Officer.",
        "Each Area Sales Manager (South India) covers about {n} accounts.",
    ],
    "specification-in-brackets": [
        "The housing is rated IP67 (dust-tight, immersion to 1 m).",
        "The V236 turbine (15 MW) was designed for offshore sites.",
        "The controller runs at 24 V DC (±20%) and needs no fan.",
    ],
    "exchange-rate-note": [
        "All figures are converted at €1 = £0.86 (average rate for {Y}).",
        "Rupee figures use ₹90 = €1 (31 March {Y}).",
        "Prices are shown in euro (excl. VAT, {Y} list prices).",
    ],
    "certification-mark": [
        "The product carries the CE mark and UKCA marking (since {Y}).",
        "The plant holds TÜV SÜD certification to {std}.",
        "Only UL-listed (UL 508A) panels can be sold in North America.",
    ],
    "dates-of-campaign": [
        "The campaign ran from {d} {month} to 30 {month} {Y}.",
        "The webinar series took place on three Tuesdays in {month} {Y}.",
        "The price increase took effect on 1 January {Y2}.",
    ],
    "legal-entity-name": [
        "{Y} was the first full year after Müller & Söhne GmbH & Co. KG was bought by the group.",
        "The Indian subsidiary, Nordtech Automation Pvt. Ltd, handles all quotes for South Asia.",
        "Orders from the UK are invoiced by Van der Linden Systems B.V. in Eindhoven.",
    ],
    "score-and-weighting": [
        "Our bid scored {score}/100 (quality 60%, price 40%).",
        "The evaluation matrix (Annex C) gives 20 per cent to social value.",
        "Supplier A scored 4.2 and Supplier B 3.9 (weighted average).",
    ],
    "calendar-week": [
        "Delivery of the first {code} units is planned for KW {d}/{Y}.",
        "The mailing went out in calendar week 42 ({Y}) to avoid the autumn holidays.",
        "Stand construction starts in week {d} and the fair opens the week after.",
    ],
    "method-and-edition": [
        "Our launch projects are run with PRINCE2 (2017 edition), and the sales process follows MEDDICC.",
        "The service desk is certified in ITIL 4 and the developers work in SAFe 6.0.",
        "The product team uses the Stage-Gate process (third generation) for every new {code} variant.",
    ],
    "degree-and-university": [
        "I graduated in electrical engineering (TU Delft, 2014) before moving into product marketing.",
        "Both product managers studied mechanical engineering (IIT Madras, {Y}) and have no marketing training.",
        "After an MSc in Mechatronics (KTH Stockholm, {Y}) I worked as an application engineer for six years.",
    ],
    "own-conference-talk": [
        "I presented our account-based marketing pilot at the CIM B2B day (London, {month} {Y}).",
        "Our CTO gave a talk on OPC UA security at {fair}, which we filmed for LinkedIn.",
        "The slides from our partner summit ({city}, {Y}) are in Appendix {q}.",
    ],
    "version-named-thing": [
        "Industry 5.0 is not yet a term our customers use.",
        "The shift from Web 2.0 to AI search changes how datasheets are found.",
        "Windows 10 support ends in October 2025, which forces HMI upgrades.",
    ],
}

BRANDS = ["Siemens", "Festo", "Infineon", "ASML", "Ericsson", "Nokia", "Vestas", "Philips", "Bosch Rexroth", "Renishaw", "Halma",
          "Tata Consultancy Services", "Infosys", "CLAAS", "Kingspan", "Darktrace", "Beckhoff", "Sandvik", "Nordic Semiconductor",
          "Trelleborg", "Mahindra", "Würth", "Ørsted", "Schneider Electric", "Larsen & Toubro", "Spirax Sarco", "Sartorius", "BASF"]  # fmt: skip
INDUSTRIES = ["industrial automation", "semiconductor", "cloud security", "telecoms equipment", "logistics software", "medical device",
              "agricultural machinery", "construction products", "wind energy", "specialty chemicals", "machine vision"]  # fmt: skip
REGIONS = ["the DACH region", "the Netherlands", "the Nordics", "India", "the UK", "Germany", "Scandinavia", "the Benelux", "southern India"]  # fmt: skip
FAIRS = ["Hannover Messe", "SPS", "MWC Barcelona", "Agritechnica", "bauma", "MEDICA", "electronica", "embedded world", "LogiMAT",
         "ACHEMA", "WindEurope", "Elmia Subcontractor", "Automatica", "Productronica"]  # fmt: skip
CODES = ["S7-1500", "CPX-AP-I", "XC-2000", "TC4x", "TwinCAT 3", "V236", "IRB 6700", "nRF54L15", "AirSeT", "HX-900",
         "i.MX 95", "KNX IP", "R2-D4 gateway", "AX-500", "ELS-9000", "FlexDrive 40"]  # fmt: skip
STANDARDS = ["ISO 9001:2015", "ISO 13485:2016", "ISO/IEC 27001:2022", "IEC 62443-4-2", "IEC 61131-3", "EN 1090-1", "ISO 14001:2015",
             "IEC 61508", "EN 15804", "ISO 26262"]  # fmt: skip
AWARDS = ["iF Design Award {y}", "Hermes Award {y}", "Red Dot Award {y}", "The Engineer Collaborate to Innovate Award {y}",
          "Queen's Award for Enterprise {y}", "King's Award for Enterprise {y}", "Computing Security Award {y}"]  # fmt: skip
NAMES = ["Katrin Vogel", "Joost van der Heijden", "Priya Raghavan", "Lars Østby", "Sanne ter Haar", "Anand Kulkarni",
         "Ingrid Sjöberg", "Gareth Pugh", "Matthias von Arnim", "Deepa Menon"]  # fmt: skip
CITIES = ["Eindhoven", "Dresden", "Pune", "Gothenburg", "Aarhus", "Stuttgart", "Bengaluru", "Tampere", "Sheffield", "Rotterdam", "Chennai"]  # fmt: skip
TICKERS = ["SIE", "IFX", "SHL", "BOSS", "KGX", "SRT3", "AIXA"]
KEYWORDS = ["plc price", "servo drive 400v", "iec 62443 certification", "agv navigation", "private 5g cost", "mdr consultant",
            "heat pump for factory", "edge gateway opc ua"]  # fmt: skip
SLOGANS = ["Engineered for tomorrow", "Precision that pays", "Built for the field", "Smarter by design", "Automation, simplified",
           "Trusted in every tender"]  # fmt: skip
TAGS = ["#HM24", "#Industry40", "#SPS2023", "#MWC24", "#B2Bmarketing", "#smartfactory", "#AgritechnicaLive"]
HANDLES = ["@SiemensIndustry", "@festo_global", "@Infineon", "@ericsson", "@NordicTweets", "@BeckhoffAuto"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]


def values(rng: random.Random) -> dict[str, str]:
    """Values for this pool's own placeholders, drawn in a fixed order so a seed always writes the same report."""
    year = rng.randint(2015, 2025)
    start = rng.randint(2019, 2024)
    ver = f"{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"
    keywords = rng.sample(KEYWORDS, 2)
    return {
        "ind": rng.choice(INDUSTRIES), "region": rng.choice(REGIONS), "code": rng.choice(CODES), "std": rng.choice(STANDARDS),
        "fair": f"{rng.choice(FAIRS)} {year}", "ver": ver, "clause": f"{rng.randint(4, 10)}.{rng.randint(1, 9)}",
        "fy": rng.choice([f"FY{start}/{str(start + 1)[2:]}", f"FY {start}-{str(start + 1)[2:]}", f"FY{start}", f"H{rng.randint(1, 2)} {start}"]),
        "pct": str(rng.randint(3, 38)), "award": rng.choice(AWARDS).format(y=year), "eng": rng.choice(NAMES),
        "tender": rng.choice(["framework tender", "public tender", "request for proposal", "mini-competition"]),
        "tender_ref": rng.choice(["RM6116", "RM6098", "RM6263", "SBS10258"]),
        "notice": f"{start}/S {rng.randint(100, 250)}-{rng.randint(300000, 799999)}", "city": rng.choice(CITIES),
        "founded": str(rng.randint(1850, 1995)), "ticker": rng.choice(TICKERS), "patent": f"{rng.randint(1, 4)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "docno": f"A5E{rng.randint(10000000, 99999999)}-A{rng.choice('ABCDF')}", "month": rng.choice(MONTHS),
        "tag": rng.choice(TAGS), "handle": rng.choice(HANDLES), "kw": keywords[0], "kw2": keywords[1], "slogan": rng.choice(SLOGANS),
        "score": str(rng.randint(55, 92)),
    }  # fmt: skip
