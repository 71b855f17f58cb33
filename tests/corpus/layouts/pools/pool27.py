"""Pool 27 (HELD OUT): CIM 2206 reports made with Word's References tab and its fields.

Written from the pool brief by a hand that has not read marker's readers. Every report is built the way a candidate
builds it in Word: in-text citations inserted with Insert Citation (an inline citation content control holding a
CITATION field whose shown text is "(Chaffey and Ellis-Chadwick, 2019)"), a reference list made by the
BIBLIOGRAPHY field, captions with SEQ fields and cross-references with REF fields ("see Table 2"), a table of
figures field, hyperlinks as HYPERLINK fields, content controls from a centre's template holding the candidate's
name and the date, footnotes, a header with the candidate number and a footer with a PAGE field.

Truth is counted while the text is written, over the text Word shows: a citation's or a REF's or a HYPERLINK's
shown text counts in the body where it stands; no field code is counted; a footnote mark sits against its word
and adds no word; an automatic list's bullet or number is not text (a typed "1." is). Not counted: headings and
sub-headings, tables, captions, footnotes, headers and footers, the cover, the contents and the list of tables,
the bibliography field's entries, and "Word count" lines.
"""

from __future__ import annotations

import datetime
import io
import random
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports made with Word's References tab: Insert Citation content controls, a BIBLIOGRAPHY field, SEQ "
    "captions with REF cross-references, a table of figures, HYPERLINK fields, centre-template content controls "
    "and footnotes, over seven layouts"
)
REPORTS = 24

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_NAMES = {"1": "Report", "2": "Conversion and content", "3": "Implementation and risk"}

# --- sources: tag, authors as Word shows them, year, the bibliography entry --------------------------------------
SOURCES = {
    "Cha19": (
        "Chaffey and Ellis-Chadwick",
        "2019",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    ),
    "Rya16": ("Ryan", "2016", "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page."),
    "Kot17": (
        "Kotler et al.",
        "2017",
        "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0: moving from traditional to digital. "
        "Hoboken, NJ: Wiley.",
    ),
    "Smi20": (
        "Smith and Zook",
        "2020",
        "Smith, P.R. and Zook, Z. (2020) Marketing communications. 7th edn. London: Kogan Page.",
    ),
    "Lem16": (
        "Lemon and Verhoef",
        "2016",
        "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer journey', "
        "Journal of Marketing, 80(6), pp. 69-96.",
    ),
    "Gar19": (
        "Gartner",
        "2019",
        "Gartner (2019) Gartner for marketers: personalization. Available at: https://www.gartner.com/en/marketing "
        "(Accessed: 14 March 2023).",
    ),
    "ICO21": (
        "Information Commissioner's Office",
        "2021",
        "Information Commissioner's Office (2021) Guide to the UK General Data Protection Regulation. Wilmslow: ICO.",
    ),
    "Ofc23": (
        "Ofcom",
        "2023",
        "Ofcom (2023) Online Nation 2023 report. Available at: https://www.ofcom.org.uk (Accessed: 2 April 2023).",
    ),
    "McK21": (
        "McKinsey & Company",
        "2021",
        "McKinsey & Company (2021) The value of getting personalization right - or wrong - is multiplying. "
        "New York: McKinsey & Company.",
    ),
    "Str14": ("Strauss and Frost", "2014", "Strauss, J. and Frost, R. (2014) E-marketing. 7th edn. Harlow: Pearson."),
}

LINKS = (
    ("https://www.ofcom.org.uk/research-and-data/online-research", "Online Nation report"),
    ("https://ico.org.uk/for-organisations/guide-to-data-protection/", "ICO guidance on consent"),
    ("https://www.thinkwithgoogle.com/", "Think with Google"),
    ("https://www.smartinsights.com/", "Smart Insights"),
    ("https://www.gov.uk/government/statistics", "official statistics"),
)

SECTORS = (
    ("Outdoor", "outdoor clothing and equipment", "walkers and campers"),
    ("Home", "home furnishings", "first-time buyers"),
    ("Travel", "short-break holidays", "families with young children"),
    ("Foods", "premium food delivery", "busy professionals"),
    ("Fitness", "gym memberships", "students"),
    ("Pets", "pet food and accessories", "new dog owners"),
    ("Books", "books and stationery", "lifelong learners"),
    ("Bikes", "bicycles and servicing", "commuting cyclists"),
)
CHANNELS = ("email", "the website", "the mobile app", "paid social", "paid search", "SMS")
TOOLS = ("Salesforce Marketing Cloud", "Adobe Target", "Dynamic Yield", "Optimizely", "HubSpot", "Klaviyo")

# --- sentences for each part: clauses without the full stop -----------------------------------------------------
TEXTS = {
    "1a": (
        "{org} was founded in {founded} and sells {sector} from its base in {city}",
        "The company employs around {emp} people and reported revenue of £{rev} million last year",
        "Around {pct}% of sales now come through digital channels, mostly the website and {channel}",
        "The customer base is broad, but the largest group is {seg}, who make up {pct2}% of active customers",
        "Personalisation is at an early stage of maturity and relies on simple email segmentation by purchase history",
        "The CRM holds {n} customer records, although only about {pct}% have opted in to marketing",
        "Product recommendations on the website are the same for every visitor, which limits relevance",
        "Senior management want to invest in personalisation to lift conversion and retention",
        "Against the maturity model of {author}, {org} sits at the second of five stages",
        "Competitors such as {comp} already personalise their home pages and emails",
    ),
    "1b": (
        "Personalisation has moved from inserting a first name into an email to tailoring whole journeys in real time",
        "Machine learning now lets marketers predict the next best offer for each customer",
        "Customers increasingly expect relevant experiences and {pct}% say they are frustrated by generic content",
        "Third-party cookies are being withdrawn, so first-party data will become the basis of personalisation",
        "Privacy regulation such as UK GDPR shapes what data {org} may collect and how it may be used",
        "Voice assistants and smart devices create new moments in which personalised content can be delivered",
        "Customer data platforms bring together web, app and store data into a single customer view",
        "Generative AI will allow content variants to be produced at a scale that was not possible before",
        "Location data lets retailers personalise offers when a customer is close to a store in {city}",
        "For {org} this means that investment in data capability is a strategic rather than a tactical decision",
        "Personalisation at scale lifts revenue by between 5% and 15% for most retailers",
        "Trust is a limiting factor, because customers share data only when they see value in return",
        "Omnichannel journeys mean that personalisation must be consistent across {channel} and the stores",
        "Tools such as {tool} are now affordable for mid-sized companies like {org}",
    ),
    "1c": (
        "The chosen target segment is {seg}, who account for {pct}% of online revenue",
        "This segment visits the website around {n2} times a month but converts at only {pct2}%",
        "A good example is a streaming service that recommends content from viewing history",
        "A bad example is an online retailer that kept showing adverts for a product the customer had already bought",
        "Relevance, timing and frequency are the elements that separate good personalisation from bad",
        "For {seg}, the most relevant channels are email, the mobile app and paid social",
        "{org} would need data on browsing behaviour, purchase frequency and preferred channel for this segment",
        "Cross-channel consistency matters because {seg} often browse on mobile and buy on desktop",
        "Poor personalisation can feel intrusive and lead to unsubscribes and lost trust",
        "Success would be measured by conversion rate, average order value and repeat purchase rate",
        "Personas built from CRM data would help the team to understand the needs of {seg}",
        "Welcome journeys triggered by the first purchase are a simple place to start",
    ),
    "2a": (
        "The action plan focuses on two channels, email and the website, which together drive {pct}% of sales",
        "The goal is to raise the website conversion rate for {seg} from {pct2}% to {pct3}% within twelve months",
        "The first action is to set up behavioural triggers for abandoned baskets and browsed products",
        "The RACE framework gives a structure for the plan across reach, act, convert and engage",
        "Metrics include open rate, click-through rate, conversion rate and revenue per email",
        "A/B testing of subject lines and landing pages will show which personalised elements work best",
        "The plan draws on existing data in the CRM and in Google Analytics",
        "Quick wins come from dynamic product blocks in emails, which need little development time",
        "The digital team will report progress to the senior management team every month",
        "The customer journey map shows that most drop-off happens at the delivery options page",
        "A budget of £{budget} thousand is requested for software, content and testing",
        "SMART objectives make sure that each action can be measured and reviewed",
    ),
    "2b": (
        "Content for {seg} can be personalised by product interest, life stage and location",
        "Dynamic content blocks in email change according to what the customer last browsed",
        "On the website, the home page banner can show offers relevant to the returning visitor",
        "Re-marketing brings back visitors who left without buying, using display and social adverts",
        "Sequential re-marketing tells a story across several adverts rather than repeating one message",
        "Frequency caps are needed so that re-marketing does not annoy customers",
        "User-generated content such as reviews from other {seg} builds trust",
        "Personalised video is a more advanced option that has lifted engagement for other retailers",
        "Search re-marketing lists allow higher bids for people who have visited the site before",
        "Content should be relevant, timely and engaging, and it should support the brand's wider goals",
        "Recommendation engines in {tool} can personalise product listings without manual work",
        "Email re-engagement campaigns can win back customers who have not bought for six months",
    ),
    "3a": (
        "Implementing personalisation needs new skills in data analysis, content production and testing",
        "{org} could use an agency at first and build in-house skills over two years",
        "The project will need a product owner, a data analyst and a content designer",
        "Integration of the CRM with {tool} is the largest technical task",
        "The mobile app must be included because {pct}% of sessions now come from smartphones",
        "Advanced tracking across devices will give better insight into the journeys of {seg}",
        "Change management matters, because staff in stores and customer service must support the change",
        "The solution must scale from one segment to the whole customer base",
        "A phased rollout reduces risk and lets the team learn from each stage",
        "Expectations of the target audience are rising faster than the organisation's ability to meet them",
        "Governance of data quality will be owned by a named manager in the digital team",
        "Budget for the first year is estimated at £{budget} thousand, including training",
    ),
    "3b": (
        "The first risk is a breach of data protection law, which could lead to fines and reputational damage",
        "Consent must be freely given and recorded for every marketing use of personal data",
        "The second risk is that personalisation feels creepy and drives customers away",
        "Customers of {org} have told the service team that they dislike being followed by adverts",
        "The third risk is technical, as integration projects often run late and over budget",
        "Poor data quality would mean that the wrong offers are shown to the wrong customers",
        "Each risk needs an owner, a likelihood and an impact score in the risk register",
        "Mitigation includes privacy by design, clear preference centres and regular audits",
        "From the customer's perspective, the main risk is loss of control over their data",
        "From the organisation's perspective, the main risk is investing without a measurable return",
        "A pilot with {seg} will limit the financial exposure while the approach is proven",
        "Algorithms can also reinforce bias if they are trained on unrepresentative data",
    ),
}

SUBHEADINGS = {
    "1b": ("Current developments", "Future developments", "Implications for {org}"),
    "1c": ("The target segment", "Good and bad practice", "Data required"),
    "2a": ("Goals and metrics", "Email", "Website", "The action plan"),
    "2b": ("Personalised content", "Re-marketing techniques"),
    "3a": ("Resources and skills", "Scalability and challenges"),
    "3b": ("Risk one: data protection", "Risk two: customer trust", "Risk three: technology and data quality"),
}

FOOTNOTES = (
    "Figures from {org}'s annual report and management accounts, {year}.",
    "Based on Google Analytics data for the twelve months to March {year}.",
    "Internal customer survey of {n3} respondents, carried out by the author.",
    "The segment names used here are those of {org}'s CRM team.",
    "This example is taken from the author's own experience as a customer.",
    "Estimates prepared with the finance team and subject to approval.",
)


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    heading: str  # how a part's heading reads
    task_headings: bool
    heading_kind: str  # "styles" (Heading 1/2) or "bold" (formatted Normal)
    subheads: bool
    tables: int  # tables with SEQ captions in 2a, 2b, 3a, 3b
    footnotes: float  # chance of a footnote per paragraph
    links: float  # chance of a hyperlink per paragraph
    toc: bool
    tof: bool
    cover: str  # "lines", "table"
    bib_heading: str
    bib_in_sdt: bool
    lists: str  # "bullet", "number", "typed", "none"
    wc_lines: bool
    caption_above: bool
    quotes: bool


LAYOUTS = (
    Layout(
        "refs-classic",
        "Calibri",
        11,
        1.15,
        2.54,
        "Task {t} ({p}) {title}",
        True,
        "styles",
        False,
        1,
        0.1,
        0.05,
        True,
        False,
        "lines",
        "References",
        True,
        "bullet",
        False,
        True,
        False,
    ),
    Layout(
        "centre-table-bold",
        "Arial",
        10.5,
        1.0,
        2.0,
        "Task {t}{p}: {title}",
        False,
        "bold",
        True,
        2,
        0.05,
        0.0,
        False,
        False,
        "table",
        "Reference list",
        False,
        "bullet",
        True,
        False,
        False,
    ),
    Layout(
        "caps-double-footnotes",
        "Times New Roman",
        12,
        2.0,
        2.54,
        "TASK {t} {P}",
        True,
        "styles",
        False,
        0,
        0.35,
        0.0,
        True,
        False,
        "lines",
        "Bibliography",
        False,
        "none",
        True,
        True,
        True,
    ),
    Layout(
        "part-captions-tof",
        "Cambria",
        12,
        1.5,
        2.2,
        "Part {t}{p} – {title}",
        True,
        "styles",
        True,
        3,
        0.05,
        0.05,
        True,
        True,
        "lines",
        "References",
        True,
        "number",
        False,
        True,
        False,
    ),
    Layout(
        "numeric-hyperlinks",
        "Georgia",
        11.5,
        1.5,
        2.5,
        "{t}({p}) {title}",
        True,
        "styles",
        False,
        1,
        0.15,
        0.3,
        False,
        True,
        "table",
        "References",
        True,
        "typed",
        False,
        False,
        True,
    ),
    Layout(
        "large-print-no-titles",
        "Verdana",
        13,
        1.5,
        2.0,
        "Task {t} ({p})",
        False,
        "styles",
        True,
        1,
        0.1,
        0.1,
        True,
        False,
        "lines",
        "References",
        True,
        "number",
        True,
        True,
        False,
    ),
    Layout(
        "bold-caps-labels",
        "Garamond",
        14,
        1.15,
        2.8,
        "TASK {t} ({P}) – {TITLE}",
        True,
        "bold",
        True,
        2,
        0.1,
        0.05,
        True,
        True,
        "table",
        "REFERENCES",
        False,
        "bullet",
        False,
        True,
        True,
    ),
)


class Ctx:
    def __init__(self, index: int) -> None:
        self.rng = random.Random(2700 + index)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(2700 + index)
        rng = self.rng
        suffix, sector, seg = SECTORS[rng.randrange(len(SECTORS))]
        self.org = f"{self.fake.last_name()} {suffix}"
        self.vars = {
            "org": self.org,
            "sector": sector,
            "seg": seg,
            "city": self.fake.city(),
            "comp": f"{self.fake.last_name()} {suffix}",
            "founded": str(rng.randint(1968, 2012)),
            "emp": str(rng.randint(40, 900)),
            "rev": str(rng.randint(4, 180)),
            "n": f"{rng.randint(20, 900)},000",
            "n2": str(rng.randint(2, 6)),
            "n3": str(rng.randint(120, 900)),
            "budget": str(rng.randint(40, 400)),
            "year": str(rng.randint(2021, 2023)),
            "author": "Chaffey and Ellis-Chadwick (2019)",
            "tool": TOOLS[rng.randrange(len(TOOLS))],
        }
        self.next_id = rng.randint(100000, 900000)
        self.footnotes: list[str] = []
        self.bookmarks = 0
        self.cited: set[str] = set()
        self.decks: dict[str, list[str]] = {}

    def fill(self, text: str) -> str:
        values = dict(self.vars)
        values["channel"] = CHANNELS[self.rng.randrange(len(CHANNELS))]
        values["pct"] = str(self.rng.randint(12, 64))
        values["pct2"] = str(self.rng.randint(1, 9))
        values["pct3"] = str(self.rng.randint(3, 12))
        return text.format(**values)

    def new_id(self) -> int:
        self.next_id += self.rng.randint(1, 999)
        return self.next_id


# --- content model: a paragraph is a list of segments -----------------------------------------------------------
# ("t", text) | ("cite", tags, page, shown) | ("link", url, shown) | ("ref", bookmark, shown) | ("fn", number)


def shown(segments: list[tuple]) -> str:
    out = []
    for segment in segments:
        if segment[0] == "t":
            out.append(segment[1])
        elif segment[0] in ("cite",):
            out.append(segment[3])
        elif segment[0] in ("link", "ref"):
            out.append(segment[2])
    return "".join(out)


def citation(ctx: Ctx) -> tuple:
    rng = ctx.rng
    tags = rng.sample(sorted(SOURCES), 2 if rng.random() < 0.15 else 1)
    page = str(rng.randint(12, 420)) if len(tags) == 1 and rng.random() < 0.2 else ""
    ctx.cited.update(tags)
    pieces = [f"{SOURCES[tag][0]}, {SOURCES[tag][1]}" for tag in tags]
    text = "; ".join(pieces)
    if page:
        text += f", p. {page}"
    if rng.random() < 0.3:  # typed by hand, or converted to static text
        return ("t", f"({text})")
    return ("cite", tuple(tags), page, f"({text})")


def sentence(ctx: Ctx, part: str, layout: Layout) -> list[tuple]:
    rng = ctx.rng
    deck = ctx.decks.get(part)
    if not deck:  # every sentence of the part once before any comes again
        deck = list(TEXTS[part])
        rng.shuffle(deck)
        ctx.decks[part] = deck
    clause = ctx.fill(deck.pop())
    roll = rng.random()
    if roll < 0.36:
        return [("t", clause + " "), citation(ctx), ("t", ".")]
    if roll < 0.5:
        tag = rng.choice(sorted(SOURCES))
        ctx.cited.add(tag)
        author, year, _ = SOURCES[tag]
        verb = rng.choice(("argue that", "note that", "suggest that", "show that"))
        first = clause.split()[0]
        if not clause.startswith((ctx.org, ctx.vars["seg"])) and not (len(first) > 1 and first.isupper()):
            clause = clause[0].lower() + clause[1:]
        return [("t", f"{author} ({year}) {verb} {clause}.")]
    return [("t", clause + ".")]


def body_paragraph(ctx: Ctx, part: str, layout: Layout, sentences: int) -> list[tuple]:
    rng = ctx.rng
    segments: list[tuple] = []
    for i in range(sentences):
        if i:
            segments.append(("t", " "))
        segments += sentence(ctx, part, layout)
    if rng.random() < layout.links:
        url, text = LINKS[rng.randrange(len(LINKS))]
        segments += [("t", " Further detail is available from "), ("link", url, text), ("t", ".")]
    if rng.random() < layout.footnotes:
        ctx.footnotes.append(ctx.fill(rng.choice(FOOTNOTES)))
        segments.append(("fn", len(ctx.footnotes)))
    return segments


def heading_text(layout: Layout, part: str, *, words: bool) -> str:
    task, letter = part[0], part[1]
    return layout.heading.format(
        t=task,
        p=letter,
        P=letter.upper(),
        title=PART_TITLES[part],
        TITLE=PART_TITLES[part].upper(),
    )


def task_heading_text(layout: Layout, task: str) -> str:
    if layout.heading.startswith("TASK"):
        return f"TASK {task} – {TASK_NAMES[task].upper()}"
    return f"Task {task}: {TASK_NAMES[task]}"


TABLES = {
    "2a": (
        "Action plan for email and the website",
        ("Action", "Owner", "Timing", "KPI"),
        (
            ("Abandoned basket emails", "CRM manager", "Month 1-2", "Recovery rate"),
            ("Dynamic product blocks", "Email executive", "Month 2-3", "Click-through rate"),
            ("Personalised home page", "Web manager", "Month 3-5", "Conversion rate"),
            ("A/B testing programme", "Analyst", "Month 4-12", "Uplift per test"),
        ),
    ),
    "2b": (
        "Re-marketing techniques compared",
        ("Technique", "Channel", "Strength", "Weakness"),
        (
            ("Dynamic display", "Google Display", "Shows viewed products", "Ad fatigue"),
            ("Custom audiences", "Meta", "Reaches lapsed buyers", "Consent needed"),
            ("RLSA", "Google Search", "Higher intent", "Small lists"),
        ),
    ),
    "3a": (
        "Resources needed by phase",
        ("Phase", "Internal", "External", "Cost (£k)"),
        (
            ("Pilot", "Analyst, content", "Agency", "45"),
            ("Scale", "Product owner", "Platform vendor", "120"),
            ("Embed", "Trained team", "None", "60"),
        ),
    ),
    "3b": (
        "Risk register",
        ("Risk", "Likelihood", "Impact", "Mitigation"),
        (
            ("Data protection breach", "Medium", "High", "Privacy by design"),
            ("Loss of trust", "Medium", "Medium", "Preference centre"),
            ("Integration delay", "High", "Medium", "Phased rollout"),
        ),
    ),
    "1a": (
        "Key facts",
        ("Measure", "Value"),
        (("Founded", "{founded}"), ("Employees", "{emp}"), ("Revenue", "£{rev}m"), ("Customers", "{n}")),
    ),
}


def plan(ctx: Ctx, layout: Layout, index: int) -> tuple[list[tuple], dict[str, int], dict[str, str]]:
    """The body as blocks, with each part's words counted as they are written."""
    rng = ctx.rng
    words = dict.fromkeys(PARTS, 0)
    headings: dict[str, str] = {}
    blocks: list[tuple] = []
    kind = index % 4  # 0, 1: near the limits; 2: over by up to 15 %; 3: well under
    factors = {}
    for group in LIMIT_GROUPS:
        if kind == 2 and rng.random() < 0.7:
            factors[group] = rng.uniform(1.02, 1.14)
        elif kind == 3 and rng.random() < 0.7:
            factors[group] = rng.uniform(0.55, 0.75)
        else:
            factors[group] = rng.uniform(0.86, 0.99)
    limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
    density = 11 * 1.15 / (layout.size * layout.spacing)
    targets = {"1a": int(rng.uniform(300, 360) * density**0.8)}
    for group, members in LIMIT_GROUPS.items():
        total = limits[group] * factors[group]
        share = rng.uniform(0.42, 0.55)
        targets[members[0]] = int(total * share)
        targets[members[1]] = int(total * (1 - share))
    tables_left = layout.tables
    table_parts = [part for part in ("2a", "3b", "2b", "3a") if tables_left > 0]
    table_parts = table_parts[: layout.tables]
    table_number = 0
    group_of = {part: group for group, members in LIMIT_GROUPS.items() for part in members}
    for part in PARTS:
        if layout.task_headings and part[1] == "a":
            blocks.append(("task", task_heading_text(layout, part[0])))
        text = heading_text(layout, part, words=True)
        headings[part] = text
        blocks.append(("part", text, part))
        target = targets[part]
        subs = list(SUBHEADINGS.get(part, ())) if layout.subheads else []
        n_sub = len(subs)
        table_at = None
        if part in table_parts or (part == "1a" and layout.cover == "table" and layout.tables >= 2):
            table_at = rng.randint(1, 2)
            table_number += 1
            number = table_number
        para = 0
        list_done = False
        while words[part] < target:
            if subs and words[part] >= (n_sub - len(subs)) * target / n_sub and words[part] < target - 40:
                blocks.append(("sub", ctx.fill(subs.pop(0))))
            if table_at is not None and para == table_at:
                bookmark = f"_Ref{ctx.new_id()}"
                ref = [
                    ("t", "As "),
                    ("ref", bookmark, f"Table {number}"),
                    ("t", " shows, the detail is summarised below."),
                ]
                if rng.random() < 0.5:
                    ref = [
                        ("t", "The main points are set out in a table (see "),
                        ("ref", bookmark, f"Table {number}"),
                        ("t", ")."),
                    ]
                blocks.append(("para", ref))
                words[part] += count(shown(ref))
                title, header, rows = TABLES[part]
                rows = tuple(tuple(ctx.fill(cell) for cell in row) for row in rows)
                blocks.append(("table", number, title, bookmark, header, rows))
                table_at = None
                para += 1
                continue
            if layout.lists != "none" and not list_done and para == 2 and part in ("1b", "2a", "3a", "3b"):
                items = rng.randint(3, 5)
                kind_ = layout.lists
                lead = [
                    (
                        "t",
                        ctx.fill(
                            rng.choice(("The main points are:", "In summary, {org} should:", "Key actions include:"))
                        ),
                    )
                ]
                blocks.append(("para", lead))
                words[part] += count(shown(lead))
                for i in range(items):
                    item = sentence(ctx, part, layout)
                    if kind_ == "typed":
                        item = [("t", f"{i + 1}. "), *item]
                    blocks.append(("item", kind_, item))
                    words[part] += count(shown(item))
                list_done = True
                para += 1
                continue
            if layout.quotes and para == 1 and part in ("1b", "2b", "3b"):
                tag = rng.choice(("Cha19", "Kot17", "Rya16"))
                ctx.cited.add(tag)
                author, year, _ = SOURCES[tag]
                quote = [
                    (
                        "t",
                        "“Personalisation only works when the customer can see what they gain from sharing their "
                        f"data” ({author}, {year}, p. {rng.randint(20, 300)}).",
                    )
                ]
                blocks.append(("quote", quote))
                words[part] += count(shown(quote))
                para += 1
                continue
            remaining = target - words[part]
            n = max(1, min(rng.randint(3, 6), remaining // 18 + 1))
            segments = body_paragraph(ctx, part, layout, n)
            blocks.append(("para", segments))
            words[part] += count(shown(segments))
            para += 1
        if layout.wc_lines and part in ("1c", "2b", "3b"):
            group = group_of[part]
            total = sum(words[p] for p in LIMIT_GROUPS[group])
            blocks.append(("wc", f"Word count: {total:,}"))
        if layout.wc_lines and part == "1a":
            blocks.append(("wc", f"Word count: {words['1a']}"))
    return blocks, words, headings


# --- XML pieces ---------------------------------------------------------------------------------------------------
def run_xml(text: str, rpr: str = "") -> str:
    return f'<w:r {NS}>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def field_runs(instr: str, result: str, rpr: str = "") -> list[str]:
    return [
        f'<w:r {NS}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {NS}><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>',
        f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>',
        run_xml(result, rpr),
        f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>',
    ]


def add_segments(ctx: Ctx, paragraph, segments: list[tuple]) -> None:
    p = paragraph._p
    for segment in segments:
        if segment[0] == "t":
            paragraph.add_run(segment[1])
        elif segment[0] == "cite":
            _, tags, page, text = segment
            instr = f"CITATION {tags[0]}"
            if page:
                instr += f" \\p {page}"
            instr += " \\l 2057"
            for tag in tags[1:]:
                instr += f"  \\m {tag}"
            inner = "".join(field_runs(instr, text, "<w:noProof/>")).replace(f" {NS}", "")
            p.append(
                parse_xml(
                    f'<w:sdt {NS}><w:sdtPr><w:id w:val="{ctx.new_id()}"/><w:citation/></w:sdtPr>'
                    f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>"
                )
            )
        elif segment[0] == "link":
            for xml in field_runs(
                f'HYPERLINK "{segment[1]}"', segment[2], '<w:color w:val="0563C1"/><w:u w:val="single"/>'
            ):
                p.append(parse_xml(xml))
        elif segment[0] == "ref":
            for xml in field_runs(f"REF {segment[1]} \\h", segment[2]):
                p.append(parse_xml(xml))
        elif segment[0] == "fn":
            p.append(
                parse_xml(
                    f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{segment[1]}"/></w:r>'
                )
            )


def content_control(ctx: Ctx, alias: str, text: str, *, date: str | None = None, items: tuple = ()) -> str:
    extra = ""
    if date:
        extra = (
            f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        )
    elif items:
        extra = (
            "<w:dropDownList>"
            + "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
            + "</w:dropDownList>"
        )
    else:
        extra = "<w:text/>"
    return (
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.replace(" ", "")}"/>'
        f'<w:id w:val="{ctx.new_id()}"/>{extra}</w:sdtPr><w:sdtContent>'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def footnotes_xml(notes: list[str], size: float) -> bytes:
    half = round(size * 2) - 4
    body = [
        f"<w:footnotes {NS}>",
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for number, note in enumerate(notes, 1):
        body.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            f'</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="{half}"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:rPr><w:sz w:val="{half}"/></w:rPr><w:t xml:space="preserve"> {escape(note)}</w:t>'
            "</w:r></w:p></w:footnote>"
        )
    body.append("</w:footnotes>")
    return "".join(body).encode()


# --- the document -----------------------------------------------------------------------------------------------
def style_document(document, layout: Layout) -> None:
    normal = document.styles["Normal"]
    normal.font.name = layout.font
    normal.font.size = Pt(layout.size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(f"{{{W_NS}}}rFonts")
    fonts.set(f"{{{W_NS}}}eastAsia", layout.font)
    normal.paragraph_format.line_spacing = layout.spacing
    normal.paragraph_format.space_after = Pt(8 if layout.spacing < 1.5 else 4)
    for level, bump in ((1, 5), (2, 3), (3, 1)):
        style = document.styles[f"Heading {level}"]
        style.font.name = layout.font
        style.font.size = Pt(layout.size + bump)
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68) if level < 3 else RGBColor(0x2E, 0x54, 0x8C)
        style.font.bold = level < 3 or layout.name != "refs-classic"
        style.font.italic = False
        style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        style.paragraph_format.line_spacing = 1.0
    caption = document.styles["Caption"]
    caption.font.name = layout.font
    caption.font.size = Pt(max(9, layout.size - 2))
    for section in document.sections:
        section.page_height = Cm(29.7)
        section.page_width = Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(layout.margin_cm))


def add_heading(document, layout: Layout, text: str, level: int, ctx: Ctx, anchor: str | None = None) -> None:
    if layout.heading_kind == "styles":
        paragraph = document.add_paragraph(style=f"Heading {level}")
        paragraph.add_run(text)
    else:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(layout.size + {1: 4, 2: 2, 3: 0}[level])
        if level == 3:
            run.italic = True
        else:
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.keep_with_next = True
    if anchor:
        number = ctx.new_id() % 100000
        position = 1 if paragraph._p.pPr is not None else 0
        paragraph._p.insert(position, parse_xml(f'<w:bookmarkStart {NS} w:id="{number}" w:name="{anchor}"/>'))
        paragraph._p.append(parse_xml(f'<w:bookmarkEnd {NS} w:id="{number}"/>'))


def add_cover(document, layout: Layout, ctx: Ctx, index: int) -> None:
    fake = ctx.fake
    name = fake.name()
    number = ctx.vars["candidate"]
    date = f"2023-{ctx.rng.randint(3, 6):02d}-{ctx.rng.randint(1, 28):02d}"
    shown_date = f"{date[8:10]}/{date[5:7]}/{date[0:4]}"
    centre = f"{fake.city()} College of Business"
    for text, size in (
        ("CIM Level 6 Diploma in Professional Digital Marketing", layout.size + 4),
        ("Mastering Digital Channels (2206)", layout.size + 8),
        ("Assignment: July 2019", layout.size + 2),
        (f"A report for the Senior Management Team of {ctx.org}", layout.size + 2),
    ):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        run.bold = size > layout.size + 3
    fields = (
        ("Candidate name", name, {}),
        ("Candidate number", number, {}),
        ("Centre", centre, {"items": (centre, "Online study centre")}),
        ("Date of submission", shown_date, {"date": date}),
    )
    if layout.cover == "table":
        table = document.add_table(rows=len(fields), cols=2)
        table.style = document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for row, (label, value, extra) in zip(table.rows, fields, strict=False):
            row.cells[0].paragraphs[0].add_run(label).bold = True
            row.cells[1].paragraphs[0]._p.append(parse_xml(content_control(ctx, label, value, **extra)))
    else:
        for label, value, extra in fields:
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(f"{label}: ").bold = True
            paragraph._p.append(parse_xml(content_control(ctx, label, value, **extra)))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_toc(document, layout: Layout, ctx: Ctx, entries: list, instr: str, title: str) -> None:
    """A contents or table-of-figures field as Word leaves it: cached entries between begin and end."""
    hdr = (
        f'<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>{escape(title)}</w:t></w:r></w:p>'
        if layout.heading_kind == "styles"
        else f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="{int(layout.size * 2 + 8)}"/></w:rPr>'
        f"<w:t>{escape(title)}</w:t></w:r></w:p>"
    )
    paragraphs = []
    for i, (level, text, anchor, page) in enumerate(entries):
        runs = ""
        if i == 0:
            runs += (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        runs += (
            f'<w:hyperlink w:anchor="{anchor}" w:history="1"><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
            '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
        )
        if i == len(entries) - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        indent = (level - 1) * 220
        paragraphs.append(
            f'<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'
            f'<w:spacing w:after="60"/><w:ind w:left="{indent}"/></w:pPr>{runs}</w:p>'
        )
    gallery = "Table of Contents" if instr.startswith("TOC \\o") else "Table of Figures"
    xml = (
        f'<w:sdt {NS}><w:sdtPr><w:id w:val="{ctx.new_id()}"/><w:docPartObj><w:docPartGallery w:val="{gallery}"/>'
        f"<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{hdr}{''.join(paragraphs)}</w:sdtContent></w:sdt>"
    )
    document.element.body.sectPr.addprevious(parse_xml(xml))


def add_bibliography(document, layout: Layout, ctx: Ctx) -> None:
    entries = sorted(SOURCES[tag][2] for tag in ctx.cited)
    size = int(layout.size * 2)
    paragraphs = []
    for i, entry in enumerate(entries):
        runs = ""
        if i == 0:
            runs += (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> BIBLIOGRAPHY </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        runs += f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{escape(entry)}</w:t></w:r>'
        if i == len(entries) - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        paragraphs.append(
            f'<w:p><w:pPr><w:pStyle w:val="Bibliography"/><w:spacing w:after="120" w:line="240" w:lineRule="auto"/>'
            f'<w:ind w:left="720" w:hanging="720"/><w:rPr><w:noProof/><w:sz w:val="{size}"/></w:rPr></w:pPr>'
            f"{runs}</w:p>"
        )
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if layout.bib_in_sdt:
        level = 1
        heading = (
            f'<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>'
            f"<w:r><w:t>{escape(layout.bib_heading)}</w:t></w:r></w:p>"
        )
        xml = (
            f'<w:sdt {NS}><w:sdtPr><w:id w:val="{ctx.new_id()}"/><w:docPartObj>'
            '<w:docPartGallery w:val="Bibliographies"/>'
            f"<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{heading}<w:sdt><w:sdtPr>"
            f'<w:id w:val="{ctx.new_id()}"/><w:bibliography/></w:sdtPr><w:sdtContent>{"".join(paragraphs)}'
            "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>"
        )
        document.element.body.sectPr.addprevious(parse_xml(xml))
    else:
        add_heading(document, layout, layout.bib_heading, 1, ctx)
        xml = (
            f'<w:sdt {NS}><w:sdtPr><w:id w:val="{ctx.new_id()}"/><w:bibliography/></w:sdtPr><w:sdtContent>'
            f"{''.join(paragraphs)}</w:sdtContent></w:sdt>"
        )
        document.element.body.sectPr.addprevious(parse_xml(xml))


def add_header_footer(document, layout: Layout, ctx: Ctx) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    size = f'<w:sz w:val="{int(ctx.vars["hf_size"] * 2)}"/>'
    if layout.name in ("large-print-no-titles", "centre-table-bold"):
        header._p.append(parse_xml(run_xml("Candidate number: ", size)))
        header._p.append(parse_xml(content_control(ctx, "Candidate number", ctx.vars["candidate"])))
    else:
        header._p.append(
            parse_xml(run_xml(f"CIM 2206 Mastering Digital Channels | Candidate {ctx.vars['candidate']}", size))
        )
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(parse_xml(run_xml("Page ", size)))
    for xml in field_runs("PAGE", "2", size):
        footer._p.append(parse_xml(xml))
    if layout.name in ("large-print-no-titles", "numeric-hyperlinks"):
        footer._p.append(parse_xml(run_xml(" of ", size)))
        for xml in field_runs("NUMPAGES", "12", size):
            footer._p.append(parse_xml(xml))


def build(index: int) -> tuple[bytes, Truth]:
    layout = LAYOUTS[index % len(LAYOUTS)]
    ctx = Ctx(index)
    ctx.vars["candidate"] = str(ctx.rng.randint(1000000, 9999999))
    ctx.vars["hf_size"] = ctx.rng.choice((11, 11.5, 12)) if layout.size > 11 else 11
    blocks, words, headings = plan(ctx, layout, index)
    document = docx.Document()
    style_document(document, layout)
    add_cover(document, layout, ctx, index)
    # the contents: headings and tables as they will be, with pages estimated
    toc_entries = []
    tof_entries = []
    page = 3 if (layout.toc or layout.tof) else 2
    used = 0
    per_page = int(430 * (11 * 1.15) / (layout.size * layout.spacing))
    anchors = {}
    for block in blocks:
        if block[0] in ("task", "part"):
            anchors[id(block)] = f"_Toc{ctx.new_id()}"
            level = 1 if block[0] == "task" or not layout.task_headings else 2
            toc_entries.append((level, block[1], anchors[id(block)], page + used // per_page))
        elif block[0] == "table":
            tof_entries.append((1, f"Table {block[1]}: {block[2]}", block[3], page + used // per_page))
            used += 120
        elif block[0] in ("para", "item", "quote"):
            used += count(shown(block[-1]))
    if layout.toc:
        add_toc(document, layout, ctx, toc_entries, 'TOC \\o "1-3" \\h \\z \\u', "Contents")
    if layout.tof and tof_entries:
        add_toc(document, layout, ctx, tof_entries, 'TOC \\h \\z \\c "Table"', "List of Tables")
    if layout.toc or layout.tof:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for block in blocks:
        kind = block[0]
        if kind == "task":
            add_heading(document, layout, block[1], 1, ctx, anchors[id(block)])
        elif kind == "part":
            add_heading(document, layout, block[1], 2 if layout.task_headings else 1, ctx, anchors[id(block)])
        elif kind == "sub":
            add_heading(document, layout, block[1], 3, ctx)
        elif kind == "para":
            add_segments(ctx, document.add_paragraph(), block[1])
        elif kind == "quote":
            paragraph = document.add_paragraph(style="Quote")
            add_segments(ctx, paragraph, block[1])
        elif kind == "item":
            style = {"bullet": "List Bullet", "number": "List Number", "typed": None}[block[1]]
            paragraph = document.add_paragraph(style=style) if style else document.add_paragraph()
            if not style:
                paragraph.paragraph_format.left_indent = Cm(0.6)
            add_segments(ctx, paragraph, block[2])
        elif kind == "wc":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block[1])
            run.italic = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            _, number, title, bookmark, header, rows = block
            caption = None
            if layout.caption_above:
                caption = document.add_paragraph(style="Caption")
            table = document.add_table(rows=1 + len(rows), cols=len(header))
            table.style = document.styles["Table Grid"]
            for cell, text in zip(table.rows[0].cells, header, strict=False):
                cell.paragraphs[0].add_run(text).bold = True
            for row, values in zip(table.rows[1:], rows, strict=False):
                for cell, text in zip(row.cells, values, strict=False):
                    cell.paragraphs[0].add_run(text)
            if not layout.caption_above:
                caption = document.add_paragraph(style="Caption")
            bid = ctx.new_id() % 100000
            caption._p.append(parse_xml(f'<w:bookmarkStart {NS} w:id="{bid}" w:name="{bookmark}"/>'))
            caption.add_run("Table ")
            for xml in field_runs("SEQ Table \\* ARABIC", str(number)):
                caption._p.append(parse_xml(xml))
            caption._p.append(parse_xml(f'<w:bookmarkEnd {NS} w:id="{bid}"/>'))
            caption.add_run(f": {title}")
            if layout.caption_above:
                # the caption must sit before the table it names
                table._tbl.addprevious(caption._p)
    add_bibliography(document, layout, ctx)
    add_header_footer(document, layout, ctx)
    if ctx.footnotes:
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            footnotes_xml(ctx.footnotes, layout.size),
            document.part.package,
        )
        document.part.relate_to(part, RT.FOOTNOTES)
    document.core_properties.author = ctx.vars["candidate"]
    document.core_properties.title = f"Mastering Digital Channels: {ctx.org}"
    document.core_properties.created = datetime.datetime(2023, 5, 1, 9, 0, 0)
    document.core_properties.modified = datetime.datetime(2023, 5, 1, 9, 0, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    group_words = {group: sum(words[p] for p in members) for group, members in LIMIT_GROUPS.items()}
    truth = Truth(
        name="",
        seed=index,
        layout=layout.name,
        split="",
        part_words=dict(words),
        group_words=group_words,
        words_all=sum(words.values()),
        headings=headings,
    )
    return buffer.getvalue(), truth
