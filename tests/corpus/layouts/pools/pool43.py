"""Layout pool 43: CIM 2206 reports whose tables are long or awkward.

Action plans and risk registers that run over two or three pages with a repeated header row, rows that break
across pages, landscape sections holding a wide table, merged cells across columns and down rows, a table
nested inside a table cell, tables in a smaller font than the body, borderless tables beside ruled ones, and
captions above or below. Truth is counted while the blocks are planned, before anything is drawn: only body
paragraphs and list items count; headings, sub-headings, tables, captions, word-count lines, headers and
footers, the cover, the contents, the references and the appendices do not.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "CIM 2206 reports whose tables are long or awkward: multi-page plans with repeated header rows, rows "
    "breaking across pages, landscape wide tables, merged and nested cells, small-font and borderless tables"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_NAMES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}

# --- organisations and sources ------------------------------------------------------------------------------
ORGS = (
    ("Harbourside Outdoor", "outdoor clothing and camping equipment", "Bristol"),
    ("Kettle & Crumb", "artisan bakery cafés", "Leeds"),
    ("Northway Cycles", "bicycles, parts and servicing", "Manchester"),
    ("Bloomfield Garden Centres", "plants, garden furniture and gifts", "Norwich"),
    ("Clearwater Opticians", "eyewear and eye examinations", "Cardiff"),
    ("Pennine Home Energy", "home energy supply and smart meters", "Sheffield"),
    ("Tidewell Pet Supplies", "pet food, accessories and grooming", "Plymouth"),
    ("Stanmore Books", "new and second-hand books", "Oxford"),
    ("Fenwick Fitness", "gym memberships and online classes", "Newcastle"),
    ("Larchmont Furniture", "hand-made oak furniture", "York"),
    ("Sable Coffee Roasters", "speciality coffee by subscription", "Brighton"),
    ("Greystone Travel", "independent holidays and city breaks", "Edinburgh"),
    ("Marlow Kitchenware", "cookware and kitchen appliances", "Reading"),
    ("Thistle Skincare", "natural skincare and cosmetics", "Glasgow"),
)
SEGMENTS = (
    "young urban professionals",
    "families with young children",
    "retired customers over 65",
    "students",
    "first-time buyers",
    "loyal repeat customers",
    "lapsed customers",
    "small business buyers",
)
REFS = (
    (
        "Chaffey and Ellis-Chadwick",
        "2019",
        "Digital Marketing: Strategy, Implementation and Practice. 7th edn. Harlow: Pearson.",
    ),
    ("Chaffey and Smith", "2017", "Digital Marketing Excellence. 5th edn. Abingdon: Routledge."),
    ("Kotler and Keller", "2016", "Marketing Management. 15th edn. Harlow: Pearson."),
    ("Ryan", "2016", "Understanding Digital Marketing. 4th edn. London: Kogan Page."),
    ("Kingsnorth", "2019", "Digital Marketing Strategy. 2nd edn. London: Kogan Page."),
    (
        "Lemon and Verhoef",
        "2016",
        "Understanding customer experience throughout the customer journey. Journal of Marketing, 80(6), pp. 69-96.",
    ),
    (
        "Tiago and Veríssimo",
        "2014",
        "Digital marketing and social media: why bother? Business Horizons, 57(6), pp. 703-708.",
    ),
    ("Gartner", "2019", "Personalization Is Dead? Not So Fast. Stamford: Gartner Research."),
    ("McKinsey", "2018", "Perspectives on Personalization at Scale. New York: McKinsey & Company."),
    ("Hanlon", "2019", "Digital Marketing: Strategic Planning and Integration. London: Sage."),
    ("Strauss and Frost", "2014", "E-Marketing. 7th edn. Abingdon: Routledge."),
    ("Information Commissioner's Office", "2018", "Guide to the General Data Protection Regulation. Wilmslow: ICO."),
    ("Jobber and Ellis-Chadwick", "2016", "Principles and Practice of Marketing. 8th edn. London: McGraw-Hill."),
    ("Econsultancy", "2018", "The Realities of Online Personalisation. London: Econsultancy."),
)

GENERIC = (
    "This matters because {org} competes with larger national retailers that already personalise at scale.",
    "The evidence suggests that relevance, rather than volume, drives engagement in digital channels {cite}.",
    "Customers now expect a consistent experience whether they use the website, the app or a store {cite}.",
    "Around {pct}% of visits to {org} now begin on a mobile device, up from {pct2}% two years ago.",
    "Email remains the channel with the highest return for {org}, producing roughly {pct}% of online revenue.",
    "A single customer view is the foundation for everything that follows in this report {cite}.",
    "Senior managers at {org} have agreed a budget of £{money} for the first year of this work.",
    "The marketing team is small, so any change has to be realistic for {n} people to run each week.",
    "As {author} ({year}) argue, personalisation works best when it is tied to a clear business objective.",
    "Data from the last quarter show an average order value of £{aov} and a basket abandonment rate of {pct}%.",
    "It is important to test each change against a control group so that the effect can be measured {cite}.",
    "Feedback from the customer panel shows that {pct}% of respondents would welcome more relevant offers.",
    "The approach must respect customer privacy and the consent that customers have given {cite}.",
    "Competitors such as the high-street chains already send triggered emails within an hour of a visit.",
    "This links directly to the objectives set out in the first part of the report.",
)
BANK = {
    "1a": (
        "{org} is an independent business selling {what}, founded in {founded} and based in {city}.",
        "It trades through {shops} stores, a transactional website and a mobile app launched in {applaunch}.",
        "Annual turnover was £{turnover} million last year, of which {pct}% came through digital channels.",
        "The company employs around {staff} people, including a marketing team of {n}.",
        "Its mission is to offer expert advice and good value to customers across {city} and beyond.",
        "The customer base is roughly {custk},000 active customers, with {pct}% registered for the loyalty scheme.",
        "Main competitors include national chains and online marketplaces that compete strongly on price.",
        "The website receives about {visits},000 visits a month and converts at {conv}%.",
        "{org} uses a basic email platform, a social media presence on Instagram and Facebook, and Google Ads.",
        "Its brand values are expertise, friendliness and a commitment to the local community.",
    ),
    "1b": (
        "At present {org} personalises only through its weekly email, segmented by broad product interest.",
        "The website shows the same home page to every visitor, whatever they have bought before.",
        "Personalisation can be defined as tailoring content and offers to an individual's needs {cite}.",
        "Recommendation engines use browsing and purchase history to suggest relevant products {cite}.",
        "Artificial intelligence is making real-time personalisation affordable for smaller businesses {cite}.",
        "Voice search and smart speakers are likely to change how customers look for {what} in the future.",
        "Location data will allow {org} to send offers when a customer is near one of its stores.",
        "Chatbots can answer common questions and learn the preferences of each customer over time {cite}.",
        "The end of third-party cookies means first-party data will become far more valuable {cite}.",
        "Predictive analytics could help {org} anticipate when a customer is likely to buy again.",
        "Dynamic pricing is used by travel and retail firms, though it carries risks for customer trust {cite}.",
        "Compared with the sector, {org} sits at an early stage of personalisation maturity {cite}.",
    ),
    "1c": (
        "The chosen target segment is {seg}, who make up about {pct}% of the customer base.",
        "This segment spends an average of £{aov} per order and buys {n} times a year.",
        "They mostly use smartphones and expect fast, simple journeys with few form fields.",
        "The website could greet returning visitors in this segment with products related to past purchases.",
        "Email content would be tailored by life stage and by the categories each customer has browsed.",
        "Social media advertising can target lookalike audiences built from the best customers {cite}.",
        "The app could use push notifications for restocks and local store events.",
        "Personas help the team to keep the needs of the segment in view when designing content {cite}.",
        "A customer journey map shows where the segment drops out and where personal content could help {cite}.",
        "Content should reflect the values of the segment, especially convenience and trust.",
        "Paid search copy could change to reflect the location and device of the searcher.",
    ),
    "2a": (
        "The aim of the plan is to raise the online conversion rate from {conv}% to {conv2}% within twelve months.",
        "The SOSTAC framework gives structure to the plan, from situation analysis to control {cite}.",
        "Objectives have been set to be specific, measurable, achievable, relevant and time-bound {cite}.",
        "The first stage is to fix the basics: page speed, mobile checkout and clear delivery information.",
        "Testing will start with the product pages, which receive {pct}% of all landing traffic.",
        "Each action has an owner, a budget and a measure of success, as the table shows.",
        "Results will be reviewed monthly by the marketing manager and reported to the board each quarter.",
        "Quick wins in the first three months will build confidence and fund later work.",
        "Conversion rate optimisation depends on understanding why visitors leave {cite}.",
        "Guest checkout alone could reduce abandonment by around {pct}% according to industry studies {cite}.",
        "The budget is weighted towards the second quarter, when the new platform goes live.",
    ),
    "2b": (
        "Personalised content will be delivered through email, the website and paid social media.",
        "Re-marketing shows relevant adverts to people who have visited the site but not bought {cite}.",
        "Abandoned basket emails will be sent after one hour, then after one day with a reminder.",
        "Dynamic display adverts will show the exact products each visitor viewed.",
        "Frequency caps will stop customers seeing the same advert too often, which can annoy them {cite}.",
        "Content for {seg} will focus on inspiration, guides and reviews rather than price alone.",
        "Browse abandonment emails will suggest similar items and highlight free delivery over £{free}.",
        "Customer reviews will be shown beside recommended products to build trust {cite}.",
        "Lapsed customers will receive a win-back sequence with a personalised offer.",
        "Each message will be tested for subject line, timing and offer before it is rolled out.",
    ),
    "3a": (
        "Implementing personalisation needs the right people, processes and technology {cite}.",
        "A project lead will coordinate marketing, IT and customer service during the rollout.",
        "The existing email platform will be replaced by a customer data platform that joins up records.",
        "Staff will need training in data analysis, testing and the new software.",
        "Change management matters, because some staff may resist new ways of working {cite}.",
        "A phased rollout lowers risk by starting with email before moving to the website.",
        "Key performance indicators include conversion rate, average order value and customer lifetime value.",
        "Governance will set out who may access customer data and for what purpose {cite}.",
        "Suppliers will be chosen through a short tender with clear criteria on cost and integration.",
        "The total cost of implementation is estimated at £{money} over two years.",
        "Regular reporting will let the board see the return on investment at each stage.",
    ),
    "3b": (
        "The first risk is a breach of data protection law, which could bring large fines {cite}.",
        "Customers may find some personalisation intrusive, which can damage trust in the brand {cite}.",
        "The second risk is poor data quality, as duplicate and out-of-date records produce wrong messages.",
        "The third risk is technical failure or delay when the new platform is integrated.",
        "Each risk has been rated for likelihood and impact, as the risk register shows.",
        "Consent will be recorded clearly and customers will be able to change their preferences at any time.",
        "A data cleansing exercise before launch will remove duplicates and correct addresses.",
        "Contracts with suppliers will include service levels and penalties for delay.",
        "A filter bubble can form if recommendations only ever show similar products {cite}.",
        "Contingency time of four weeks has been built into the plan.",
        "The risks will be reviewed monthly and the register updated by the project lead.",
    ),
}
CONNECTORS = ("In addition, ", "However, ", "For example, ", "At the same time, ", "In practice, ", "Moreover, ")
SUBHEADS = {
    "1a": ("Background", "Products and channels", "Customers"),
    "1b": ("Current position", "Future developments", "Emerging technology", "Summary"),
    "1c": ("The target segment", "Website", "Email", "Social media", "Mobile app"),
    "2a": ("Objectives", "Actions", "Timeline", "Budget", "Measurement"),
    "2b": ("Personalised content", "Re-marketing", "Email sequences", "Testing"),
    "3a": ("People", "Processes", "Technology", "Measuring success"),
    "3b": ("Risk one: data protection", "Risk two: data quality", "Risk three: technical delay", "Review"),
}
ACTIONS = (
    "Audit page speed on mobile and compress product images to bring load time below three seconds",
    "Introduce guest checkout and reduce the checkout form from fourteen fields to seven",
    "Add delivery costs and dates to product pages so customers are not surprised at checkout",
    "Run A/B tests on product page layout, starting with image size and position of reviews",
    "Install a customer data platform and connect the email, website and till systems",
    "Launch abandoned basket emails at one hour and twenty-four hours after the visit",
    "Set up dynamic re-marketing on Google and Meta with a frequency cap of five a week",
    "Create recommendation blocks on the home page and basket page for returning visitors",
    "Write three new buying guides for the target segment and promote them by email",
    "Train the marketing team in analytics, testing and the new platform",
    "Introduce live chat at checkout during peak trading hours",
    "Review results with the board and reallocate budget towards the best actions",
    "Add trust badges, reviews and clear returns information to the basket page",
    "Segment the email list by life stage and purchase history",
    "Test personalised subject lines and send times for each segment",
    "Launch a win-back sequence for customers who have not bought for twelve months",
    "Build a loyalty points page in the app showing personalised rewards",
    "Measure conversion by device and fix the worst-performing journey first",
)
OWNERS = ("Marketing manager", "E-commerce lead", "IT manager", "CRM executive", "Content officer", "Agency")
KPIS = ("Conversion rate", "Average order value", "Basket abandonment", "Email click rate", "Repeat purchase rate")
RISKS = (
    (
        "Breach of GDPR through using data without valid consent",
        "Record consent at every sign-up point, audit the database before launch and "
        "appoint a data protection lead who reviews every new campaign",
    ),
    (
        "Customers feel the personalisation is intrusive or creepy",
        "Explain clearly why recommendations appear, avoid sensitive categories and "
        "let customers switch personal content off in their account",
    ),
    (
        "Poor data quality produces wrong or duplicated messages",
        "Run a cleansing exercise, merge duplicate records and set rules so "
        "that staff enter addresses in one standard format",
    ),
    (
        "The new platform is delayed or fails to integrate with the till system",
        "Agree service levels with the supplier, test the integration in a "
        "sandbox and keep the old email tool running until sign-off",
    ),
    (
        "Staff lack the skills to run tests and read the results",
        "Provide a two-day training course, pair staff with the agency for the first quarter and write simple guides",
    ),
    (
        "Budget overrun as licence and agency costs rise",
        "Set a contingency of ten per cent, review spend monthly and phase the rollout so later stages can be paused",
    ),
    (
        "Recommendations create a filter bubble that narrows what customers see",
        "Mix recommended items with new and seasonal products and test the balance with a control group",
    ),
)


# --- planning the report -------------------------------------------------------------------------------------
@dataclass
class Block:
    kind: str  # p, bullet, number, sub, table, caption, wc, break
    text: str = ""
    table: dict = field(default_factory=dict)


@dataclass
class Style:
    name: str
    font: str
    size: float
    spacing: float
    margins: float
    table_size: float
    heading: str  # how part headings are made
    label: str  # how parts are labelled
    caption: str  # above or below
    cover: bool = True
    contents: bool = False
    wc_lines: bool = False
    appendix: bool = False
    footer: str = "page"


LAYOUTS = (
    Style("longtable-repeat-header", "Calibri", 11, 1.15, 2.54, 9, "word", "task_colon", "above", wc_lines=True),
    Style("landscape-wide-table", "Arial", 11, 1.5, 2.0, 8.5, "bold", "num_paren", "below", appendix=True),
    Style("merged-cells-double", "Times New Roman", 12, 2.0, 2.54, 10, "word", "task_part", "above"),
    Style("nested-table-under-task", "Georgia", 11.5, 1.5, 2.2, 9.5, "word", "under_task", "below", contents=True),
    Style("risk-register-small-font", "Cambria", 12, 1.0, 3.0, 9, "word", "section", "above", wc_lines=True),
    Style("borderless-beside-ruled", "Verdana", 10.5, 1.15, 2.0, 8, "bold", "short", "below", appendix=True),
    Style("large-print-tables", "Calibri", 14, 1.5, 2.54, 10.5, "word", "task_paren_notitle", "above", contents=True),
)


def part_heading(style: Style, part: str) -> str:
    task, letter = part[0], part[1]
    title = PART_TITLES[part]
    if style.label == "task_colon":
        return f"Task {task} ({letter}): {title}"
    if style.label == "num_paren":
        return f"{task} ({letter}) {title}"
    if style.label == "task_part":
        return f"Task {task} part {letter} – {title}"
    if style.label == "under_task":
        return f"({letter}) {title}"
    if style.label == "section":
        return f"Section {task}{letter}: {title}"
    if style.label == "short":
        return f"Task {task}{letter}. {title}"
    return f"Task {task} ({letter})"


def task_heading(style: Style, task: str) -> str:
    if style.label in ("num_paren", "short"):
        return f"TASK {task} – {TASK_NAMES[task].upper()}"
    if style.label == "section":
        return f"Task {task}: {TASK_NAMES[task]}"
    return f"Task {task}" if style.label == "under_task" else f"Task {task} – {TASK_NAMES[task]}"


class Writer:
    """Makes the sentences of one report, remembering which sources it cites."""

    def __init__(self, rng: random.Random, org: tuple[str, str, str], seg: str) -> None:
        self.rng = rng
        self.org, self.what, self.city = org
        self.seg = seg
        self.cited: set[int] = set()
        self.used: set[str] = set()
        self.overview = 0

    def cite(self) -> str:
        i = self.rng.randrange(len(REFS))
        self.cited.add(i)
        author, year, _ = REFS[i]
        if self.rng.random() < 0.15:
            return f"({author}, {year}, p. {self.rng.randint(12, 340)})"
        return f"({author}, {year})"

    def sentence(self, part: str) -> str:
        r = self.rng
        if part == "1a":
            template = BANK["1a"][self.overview % len(BANK["1a"])] if self.overview < len(BANK["1a"]) else ""
            self.overview += 1
            if not template:
                template = r.choice(GENERIC)
        else:
            fresh = [t for t in BANK[part] + GENERIC if t not in self.used]
            if not fresh:
                self.used = set()
                fresh = list(BANK[part])
            own = [t for t in fresh if t in BANK[part]]
            template = r.choice(own if own and r.random() < 0.75 else fresh)
            self.used.add(template)
        i = r.randrange(len(REFS))
        author, year, _ = REFS[i]
        if "{author}" in template:
            self.cited.add(i)
        conv = round(r.uniform(1.1, 2.6), 1)
        values = {
            "org": self.org,
            "what": self.what,
            "city": self.city,
            "seg": self.seg,
            "pct": r.randint(12, 68),
            "pct2": r.randint(20, 45),
            "n": r.randint(3, 9),
            "money": f"{r.randint(40, 260)},000",
            "aov": r.randint(28, 140),
            "author": author,
            "year": year,
            "founded": r.randint(1978, 2012),
            "shops": r.randint(3, 28),
            "applaunch": r.randint(2015, 2019),
            "turnover": round(r.uniform(4, 60), 1),
            "staff": r.randint(60, 900),
            "custk": r.randint(18, 240),
            "visits": r.randint(40, 600),
            "conv": conv,
            "conv2": round(conv + r.uniform(0.4, 1.2), 1),
            "free": r.choice((30, 40, 50, 60)),
            "cite": "",
        }
        text = template.format(**values)
        if part != "1a" and not template.startswith("{") and r.random() < 0.25:
            text = r.choice(CONNECTORS) + text[0].lower() + text[1:]
        if "{cite}" in template:
            text = text.replace(" .", ".")
            if r.random() < 0.8:
                text = text[:-1] + " " + self.cite() + "."
        return text

    def paragraph(self, part: str, low: int, high: int) -> str:
        return " ".join(self.sentence(part) for _ in range(self.rng.randint(low, high)))


def plan_table(rng: random.Random, part: str, kind: str, writer: Writer, long: bool) -> dict:
    """A table's content and shape; its text is never counted."""
    if kind == "actions":
        n = rng.randint(14, 18) if long else rng.randint(5, 8)
        actions = rng.sample(ACTIONS, n)
        rows = [["No.", "Action", "Owner", "Timing", "Budget (£)", "KPI"]]
        for i, action in enumerate(actions, 1):
            months = rng.randint(1, 10)
            rows.append(
                [
                    str(i),
                    action,
                    rng.choice(OWNERS),
                    f"Month {months}-{months + rng.randint(1, 3)}",
                    f"{rng.randint(2, 40) * 500:,}",
                    f"{rng.choice(KPIS)} +{rng.randint(3, 25)}%",
                ]
            )
        return {"rows": rows, "caption": f"Action plan for {writer.org}"}
    if kind == "risks":
        n = rng.randint(5, 7) if long else 3
        rows = [["Risk", "Likelihood", "Impact", "Mitigation", "Owner"]]
        for risk, mitigation in rng.sample(RISKS, n):
            rows.append(
                [
                    risk,
                    rng.choice(("Low", "Medium", "High")),
                    rng.choice(("Medium", "High")),
                    mitigation,
                    rng.choice(OWNERS),
                ]
            )
        return {"rows": rows, "caption": "Risk register"}
    if kind == "figures":
        rows = [["Measure", "2018", "2019", "Change"]]
        for label in rng.sample(
            (
                "Website visits (000)",
                "Conversion rate (%)",
                "Average order value (£)",
                "Email list (000)",
                "App users (000)",
                "Repeat purchase (%)",
            ),
            4,
        ):
            a = rng.randint(12, 480)
            b = a + rng.randint(-20, 60)
            rows.append([label, str(a), str(b), f"{(b - a) / a * 100:+.0f}%"])
        return {"rows": rows, "caption": f"Key digital figures for {writer.org}"}
    if kind == "segment":
        rows = [["Segment", "Channel", "Share of sales", "Visits per month", "Preferred content"]]
        for seg in rng.sample(SEGMENTS, 3):
            for channel in ("Website", "Email", "App"):
                rows.append(
                    [
                        seg.capitalize(),
                        channel,
                        f"{rng.randint(5, 40)}%",
                        str(rng.randint(1, 9)),
                        rng.choice(("Guides", "Offers", "Reviews", "New arrivals", "Video")),
                    ]
                )
        return {"rows": rows, "caption": "Segment profile by channel", "vmerge_first": 3, "group_header": True}
    if kind == "timeline":
        rows = [["Activity"] + [f"Q{q}" for q in range(1, 5)] + ["Lead", "Cost (£)"]]
        for action in rng.sample(ACTIONS, rng.randint(7, 10)):
            start = rng.randint(1, 3)
            stop = rng.randint(start, 4)
            rows.append(
                [action]
                + ["X" if start <= q <= stop else "" for q in range(1, 5)]
                + [rng.choice(OWNERS), f"{rng.randint(2, 60) * 250:,}"]
            )
        return {"rows": rows, "caption": "Twelve-month implementation timeline"}
    # comparison
    rows = [["Development", "Current use at " + writer.org, "Future potential", "Priority"]]
    for dev in rng.sample(
        (
            "Recommendation engine",
            "Chatbot",
            "Location offers",
            "Predictive analytics",
            "Voice search",
            "Dynamic pricing",
        ),
        4,
    ):
        rows.append(
            [
                dev,
                rng.choice(("None", "Trial only", "Basic", "Limited to email")),
                rng.choice(("High", "Medium", "Low")),
                str(rng.randint(1, 4)),
            ]
        )
    return {"rows": rows, "caption": "Personalisation developments compared"}


TABLE_KINDS = {
    "1a": ("figures",),
    "1b": ("comparison",),
    "1c": ("segment",),
    "2a": ("actions", "timeline"),
    "2b": ("timeline", "actions"),
    "3a": ("timeline",),
    "3b": ("risks",),
}


def plan_part(rng: random.Random, style: Style, part: str, target: int, writer: Writer) -> tuple[list[Block], int]:
    blocks: list[Block] = []
    words = 0
    tables_left = 0 if part == "1a" and style.size >= 12 else (1 if part in ("1a", "1b", "1c") else rng.randint(1, 2))
    subheads = list(SUBHEADS[part])
    since_sub = 0
    first = True
    while words < target - 15:
        roll = rng.random()
        if not first and tables_left and roll < 0.22:
            kind = TABLE_KINDS[part][tables_left % len(TABLE_KINDS[part])]
            long = part in ("2a", "3b") and kind in ("actions", "risks")
            blocks.append(Block("table", table=plan_table(rng, part, kind, writer, long) | {"kind": kind}))
            tables_left -= 1
            continue
        if not first and subheads and since_sub >= 2 and roll < 0.4 and part != "1a":
            blocks.append(Block("sub", subheads.pop(0)))
            since_sub = 0
            continue
        if not first and roll > 0.82 and part != "1a":
            kind = "bullet" if rng.random() < 0.6 else "number"
            for _ in range(rng.randint(3, 5)):
                text = writer.sentence(part)
                if words + count(text) > target + 10:
                    break
                blocks.append(Block(kind, text))
                words += count(text)
            since_sub += 1
            continue
        sentences = [writer.sentence(part)]
        for _ in range(rng.randint(1, 4)):
            more = writer.sentence(part)
            if words + count(" ".join(sentences)) + count(more) > target + 20:
                break
            sentences.append(more)
        text = " ".join(sentences)
        blocks.append(Block("p", text))
        words += count(text)
        first = False
        since_sub += 1
    while tables_left:
        kind = TABLE_KINDS[part][tables_left % len(TABLE_KINDS[part])]
        long = part in ("2a", "3b") and kind in ("actions", "risks")
        blocks.append(Block("table", table=plan_table(rng, part, kind, writer, long) | {"kind": kind}))
        tables_left -= 1
        text = writer.paragraph(part, 1, 2)
        blocks.append(Block("p", text))
        words += count(text)
    return blocks, words


# --- drawing ------------------------------------------------------------------------------------------------
def _set_cell_text(cell, text: str, size: float, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


def _borders(table, how: str) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    edges = ("top", "left", "bottom", "right", "insideH", "insideV")
    for edge in edges:
        element = OxmlElement(f"w:{edge}")
        on = how == "grid" or (how == "rules" and edge in ("top", "bottom", "insideH"))
        element.set(qn("w:val"), "single" if on else "nil")
        if on:
            element.set(qn("w:sz"), "4")
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), "auto")
        borders.append(element)
    tbl_pr.append(borders)


def _row_props(row, *, header: bool = False, cant_split: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    if cant_split:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _field(paragraph, instruction: str, shown: str) -> None:
    for kind in ("begin", None, "separate", "text", "end"):
        run = paragraph.add_run()
        if kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif kind == "text":
            run.text = shown
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


class Drawer:
    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng = rng
        self.style = style
        self.doc = docx.Document()
        self.tables = 0
        normal = self.doc.styles["Normal"]
        normal.font.name = style.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), style.font)
        normal.font.size = Pt(style.size)
        normal.paragraph_format.line_spacing = style.spacing
        normal.paragraph_format.space_after = Pt(6)
        for name in ("Heading 1", "Heading 2", "Heading 3", "Caption", "List Bullet", "List Number"):
            self.doc.styles[name].font.name = style.font
        self.doc.styles["Heading 1"].font.size = Pt(style.size + 5)
        self.doc.styles["Heading 2"].font.size = Pt(style.size + 2)
        self.doc.styles["Heading 3"].font.size = Pt(style.size)
        self.doc.styles["Caption"].font.size = Pt(max(style.size - 2, 9))
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(style.margins))

    def para(self, text: str, style: str | None = None, *, bold: bool = False, size: float | None = None):
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
        return paragraph

    def task_heading(self, text: str) -> None:
        if self.style.heading == "bold":
            paragraph = self.para(text, bold=True, size=self.style.size + 4)
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_before = Pt(12)
        else:
            self.doc.add_heading(text, level=1)

    def part_heading(self, text: str) -> None:
        if self.style.heading == "bold":
            paragraph = self.para(text, bold=True, size=self.style.size + 2)
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_before = Pt(10)
        else:
            self.doc.add_heading(text, level=2)

    def sub_heading(self, text: str) -> None:
        if self.style.heading == "bold":
            run = self.para("").add_run(text)
            run.italic = True
            run.bold = True
        else:
            self.doc.add_heading(text, level=3)

    def caption(self, text: str) -> None:
        self.tables += 1
        paragraph = self.doc.add_paragraph(style="Caption")
        paragraph.add_run("Table ")
        _field(paragraph, "SEQ Table \\* ARABIC", str(self.tables))
        paragraph.add_run(f": {text}")
        paragraph.paragraph_format.keep_with_next = self.style.caption == "above"

    def table(self, spec: dict, part: str) -> None:
        style, rng = self.style, self.rng
        kind = spec["kind"]
        rows = spec["rows"]
        wide = style.name == "landscape-wide-table" and kind in ("actions", "timeline", "risks")
        if wide:
            section = self.doc.add_section(WD_SECTION.NEW_PAGE)
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21)
        if style.caption == "above":
            self.caption(spec["caption"])
        nested = style.name == "nested-table-under-task" and kind in ("actions", "timeline")
        merged = kind == "segment" or (style.name == "merged-cells-double" and kind in ("actions", "risks", "figures"))
        ncols = len(rows[0])
        table = self.doc.add_table(rows=0, cols=ncols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if style.name == "borderless-beside-ruled" and kind in ("figures", "comparison", "segment", "timeline"):
            _borders(table, "none" if kind != "timeline" else "rules")
        else:
            table.style = self.doc.styles["Table Grid"]
        size = style.table_size
        if merged and kind != "segment":
            # a title row merged across every column
            top = table.add_row()
            _row_props(top, header=True)
            title = top.cells[0].merge(top.cells[-1])
            _set_cell_text(title, spec["caption"].upper(), size, bold=True)
            _shade(title, "D9E2F3")
        if kind == "segment":
            group = table.add_row()
            _row_props(group, header=True)
            left = group.cells[0].merge(group.cells[1])
            right = group.cells[2].merge(group.cells[4])
            _set_cell_text(left, "Who and where", size, bold=True)
            _set_cell_text(right, "Behaviour", size, bold=True)
        header = table.add_row()
        _row_props(header, header=True)
        for cell, text in zip(header.cells, rows[0], strict=True):
            _set_cell_text(cell, text, size, bold=True)
            _shade(cell, "E7E6E6")
        body_rows = []
        for values in rows[1:]:
            row = table.add_row()
            _row_props(row, cant_split=style.name in ("risk-register-small-font", "large-print-tables"))
            body_rows.append(row)
            for c, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
                if nested and c == ncols - 1 and kind == "actions" and rng.random() < 0.5:
                    _set_cell_text(cell, "Targets:", size, bold=True)
                    inner = cell.add_table(rows=2, cols=2)
                    inner.style = self.doc.styles["Table Grid"]
                    for r, label in enumerate(("Now", "Goal")):
                        _set_cell_text(inner.cell(r, 0), label, size - 1)
                        _set_cell_text(inner.cell(r, 1), f"{rng.randint(1, 40)}%", size - 1)
                    cell.add_paragraph()
                    continue
                if nested and c == 0 and kind == "timeline" and rng.random() < 0.4:
                    _set_cell_text(cell, text, size)
                    inner = cell.add_table(rows=1, cols=2)
                    inner.style = self.doc.styles["Table Grid"]
                    _set_cell_text(inner.cell(0, 0), "Start", size - 1)
                    _set_cell_text(inner.cell(0, 1), f"Week {rng.randint(1, 40)}", size - 1)
                    cell.add_paragraph()
                    continue
                _set_cell_text(cell, text, size)
        if kind == "segment":
            step = spec.get("vmerge_first", 3)
            for start in range(0, len(body_rows), step):
                first = body_rows[start].cells[0]
                last = body_rows[min(start + step, len(body_rows)) - 1].cells[0]
                text = first.text
                merged_cell = first.merge(last)
                for paragraph in merged_cell.paragraphs[1:]:
                    paragraph._p.getparent().remove(paragraph._p)
                merged_cell.paragraphs[0].runs[0].text = text
                for run in merged_cell.paragraphs[0].runs[1:]:
                    run.text = ""
        elif merged and len(body_rows) >= 4:
            # owner column merged down the rows that share a phase
            col = ncols - 2 if kind == "actions" else ncols - 1
            a, b = 1, min(3, len(body_rows) - 1)
            text = body_rows[a].cells[col].text
            cell = body_rows[a].cells[col].merge(body_rows[b].cells[col])
            for paragraph in cell.paragraphs[1:]:
                paragraph._p.getparent().remove(paragraph._p)
            cell.paragraphs[0].runs[0].text = text
        self.widths(table, rows)
        if style.caption == "below":
            self.caption(spec["caption"])
        else:
            self.para("")
        if wide:
            section = self.doc.add_section(WD_SECTION.NEW_PAGE)
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Cm(21), Cm(29.7)

    def widths(self, table, rows: list[list[str]]) -> None:
        """Columns as wide as their longest text asks, over the width of the page the table sits on."""
        section = self.doc.sections[-1]
        available = section.page_width - section.left_margin - section.right_margin
        weights = [
            max(min(max(len(row[c]) for row in rows), 60), max(len(word) for word in rows[0][c].split()) + 2, 8) + 6
            for c in range(len(rows[0]))
        ]
        widths = [int(available * w / sum(weights)) for w in weights]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for tr in table._tbl.tr_lst:
            col = 0
            for tc in tr.tc_lst:
                span = tc.grid_span
                tc.width = sum(widths[col : col + span])
                col += span

    def restart_numbering(self) -> int:
        """A new numbering instance of the List Number style's list, starting again at 1, as Word's "Restart at 1"
        makes it."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
        abstract = next(num.abstractNumId.val for num in numbering.num_lst if num.numId == style_num)
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId

    def footer(self, org: str) -> None:
        section = self.doc.sections[0]
        paragraph = section.footer.paragraphs[0]
        if self.style.footer == "page":
            paragraph.add_run("Page ")
            _field(paragraph, "PAGE", "1")
            paragraph.add_run(" of ")
            _field(paragraph, "NUMPAGES", "1")
        head = section.header.paragraphs[0]
        head.add_run(f"CIM 2206 Mastering Digital Channels – {org}").font.size = Pt(9)


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(43_000 + index * 7919)
    style = LAYOUTS[index % len(LAYOUTS)]
    org = ORGS[rng.randrange(len(ORGS))]
    seg = rng.choice(SEGMENTS)
    writer = Writer(rng, org, seg)

    mode = rng.choice(("under", "near", "near", "over"))
    factor = {"under": (0.55, 0.8), "near": (0.88, 1.0), "over": (1.02, 1.09)}[mode]
    limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
    density = style.size * style.spacing  # the overview must stay within one side of A4
    low, high = (
        (120, 165) if density >= 20 else (140, 190) if density >= 17 else (160, 230) if density >= 12.5 else (200, 290)
    )
    targets: dict[str, int] = {"1a": rng.randint(low, high)}
    for group, (first, second) in LIMIT_GROUPS.items():
        total = int(limits[group] * rng.uniform(*factor))
        share = rng.uniform(0.4, 0.6)
        targets[first] = int(total * share)
        targets[second] = total - targets[first]

    plans: dict[str, list[Block]] = {}
    words: dict[str, int] = {}
    for part in PARTS:
        plans[part], words[part] = plan_part(rng, style, part, targets[part], writer)
    group_words = {group: sum(words[p] for p in members) for group, members in LIMIT_GROUPS.items()}

    drawer = Drawer(rng, style)
    doc = drawer.doc
    drawer.footer(org[0])
    if style.cover:
        title = drawer.para("CIM Level 6 Diploma in Professional Digital Marketing", bold=True, size=style.size + 6)
        title.paragraph_format.space_before = Pt(120)
        drawer.para("Mastering Digital Channels (2206)", size=style.size + 4)
        drawer.para(f"Personalisation in digital channels: {org[0]}", size=style.size + 2)
        drawer.para(f"Candidate number: {rng.randint(1000000, 9999999)}")
        drawer.para(rng.choice(("July 2019", "June 2019", "December 2019")))
        drawer.para("").add_run().add_break(WD_BREAK.PAGE)
    if style.contents:
        drawer.para("Contents", bold=True, size=style.size + 4)
        page = 3
        for part in PARTS:
            if part[1] == "a":
                line = drawer.para(f"{task_heading(style, part[0])}\t{page}")
                line.paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
            line = drawer.para(f"{part_heading(style, part)}\t{page}")
            line.paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
            page += rng.randint(1, 3)
        line = drawer.para(f"References\t{page}")
        line.paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
        drawer.para("").add_run().add_break(WD_BREAK.PAGE)

    headings: dict[str, str] = {}
    for part in PARTS:
        task = part[0]
        if part[1] == "a":
            if task != "1" and rng.random() < 0.5:
                drawer.para("").add_run().add_break(WD_BREAK.PAGE)
            drawer.task_heading(task_heading(style, task))
        headings[part] = part_heading(style, part)
        drawer.part_heading(headings[part])
        previous = ""
        for block in plans[part]:
            if block.kind == "p":
                drawer.para(block.text)
            elif block.kind == "bullet":
                drawer.para(block.text, "List Bullet")
            elif block.kind == "number":
                paragraph = drawer.para(block.text, "List Number")
                if previous != "number":
                    num_id = drawer.restart_numbering()
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id
            elif block.kind == "sub":
                drawer.sub_heading(block.text)
            elif block.kind == "table":
                drawer.table(block.table, part)
            previous = block.kind
        if style.wc_lines and part in ("1c", "2b", "3b"):
            group = next(g for g, members in LIMIT_GROUPS.items() if part in members)
            drawer.para(f"Word count: {group_words[group]:,}", size=style.size - 1).runs[0].italic = True

    drawer.para("").add_run().add_break(WD_BREAK.PAGE)
    if style.heading == "bold":
        drawer.para("References", bold=True, size=style.size + 4)
    else:
        doc.add_heading("References", level=1)
    for i in sorted(writer.cited, key=lambda i: REFS[i][0]):
        author, year, rest = REFS[i]
        ref = drawer.para(f"{author} ({year}) {rest}")
        ref.paragraph_format.left_indent = Cm(1)
        ref.paragraph_format.first_line_indent = Cm(-1)
    if style.appendix:
        drawer.para("").add_run().add_break(WD_BREAK.PAGE)
        if style.heading == "bold":
            drawer.para("Appendix A: Detailed action plan", bold=True, size=style.size + 4)
        else:
            doc.add_heading("Appendix A: Detailed action plan", level=1)
        drawer.para(
            "The full plan below gives every action discussed in the report with its owner, timing and budget, "
            "so that the team can track progress week by week."
        )
        spec = plan_table(rng, "2a", "actions", writer, True) | {"kind": "actions"}
        drawer.table(spec, "appendix")

    buffer = io.BytesIO()
    doc.save(buffer)
    part_words = dict(words)
    truth = Truth(
        name="",
        seed=index,
        layout=style.name,
        split="",
        part_words=part_words,
        group_words=group_words,
        words_all=sum(part_words.values()),
        headings=headings,
    )
    return buffer.getvalue(), truth
