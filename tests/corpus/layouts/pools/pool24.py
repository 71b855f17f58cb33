"""Pool 24: CIM 2206 reports full of lists and small structures (development data since stop 65).

Written from the pool brief by a hand that has not read marker's readers. Every report answers the 2206 brief
with the seven parts, and each part is built mostly from lists: Word's automatic numbering ("1." "a." "i.") and
bullets nested to two or three levels, numbers typed by hand (some with a tab after the number), numbered lists
that restart in each part, lists that run on across a page break, checklists typed with symbols, "Key takeaway:"
lines, indented block quotations, bold-term definitions and short one-line points.

Truth is counted while writing, as Word counts words: the text of every counted paragraph is split on white
space. An automatic list's number or bullet is not text (it is not in the paragraph's runs), so it is no word; a
number typed by hand ("1." or "1.<tab>") is one word; a checkbox symbol typed as a character is one word. Not
counted: headings and sub-headings, tables, footnotes, headers and footers, the cover and contents pages, the
word-count declarations, the reference list and the appendix. ``LIST_KINDS`` records, per report, which lists
were automatic and which were typed.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "CIM 2206 reports full of lists and small structures: automatic and hand-typed numbering nested to three "
    "levels, bullets, checklists with symbols, key-takeaway lines, block quotations and bold-term definitions"
)
REPORTS = 28

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {
    "1": "Personalisation in digital channels",
    "2": "Action plan for conversion",
    "3": "Managing personalisation and its risks",
}
LIST_KINDS: dict[int, list[str]] = {}  # report index -> the kinds of list written, in order ("auto-number", ...)


@dataclass(frozen=True)
class Style:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    label: str  # how part headings are labelled
    with_title: bool  # the part's title after the label
    heading_kind: str  # "builtin" (Heading 1/2) or "bold" (formatted Normal paragraphs)
    task_headings: bool
    blocks: dict[str, int]  # block kind -> weight
    cover: bool = False
    contents: bool = False
    count_lines: bool = False
    footnotes: bool = False
    tables: bool = False
    appendix: bool = False
    task_break: str = "page"  # "page", "section" or "none"
    overview_max: int = 360
    caps: bool = False


LAYOUTS = (
    Style(
        "auto_outline",
        "Calibri",
        11,
        1.15,
        2.54,
        "Task {t} ({p})",
        True,
        "builtin",
        True,
        {"para": 4, "auto_num": 4, "auto_bullet": 4, "takeaway": 2, "definition": 1, "points": 1},
        cover=True,
        overview_max=215,
    ),
    Style(
        "typed_tab_numbers",
        "Times New Roman",
        12,
        1.5,
        2.5,
        "Task {t}{p}:",
        True,
        "bold",
        True,
        {"para": 4, "typed_num_tab": 5, "typed_nested": 3, "takeaway": 1, "quote": 1, "definition": 1},
        count_lines=True,
        task_break="none",
        overview_max=195,
    ),
    Style(
        "caps_checklists",
        "Arial",
        10.5,
        1.0,
        2.0,
        "TASK {t}{P}",
        False,
        "builtin",
        False,
        {"para": 4, "checklist": 4, "auto_bullet": 3, "definition": 3, "auto_num": 2, "takeaway": 1},
        footnotes=True,
        tables=True,
        caps=True,
        task_break="none",
    ),
    Style(
        "bracket_points",
        "Georgia",
        13,
        1.5,
        2.54,
        "{t}{p})",
        True,
        "bold",
        True,
        {"para": 3, "points": 4, "auto_bullet": 3, "quote": 3, "takeaway": 2, "auto_num": 1},
        task_break="section",
        overview_max=150,
    ),
    Style(
        "part_dash_subheads",
        "Cambria",
        12,
        1.0,
        2.0,
        "Task {t} – Part ({p})",
        False,
        "builtin",
        True,
        {"para": 4, "auto_num": 4, "auto_bullet": 2, "subhead": 3, "takeaway": 2, "definition": 2},
        tables=True,
        task_break="page",
        overview_max=280,
    ),
    Style(
        "contents_appendix",
        "Verdana",
        10.5,
        1.5,
        2.54,
        "Task {t} ({p}):",
        True,
        "builtin",
        True,
        {"para": 4, "typed_num_space": 3, "auto_bullet": 4, "checklist": 2, "quote": 1, "definition": 1},
        cover=True,
        contents=True,
        appendix=True,
        count_lines=True,
        overview_max=210,
    ),
    Style(
        "typed_roman_quotes",
        "Calibri Light",
        12,
        1.15,
        2.2,
        "Task {t} ({p})",
        False,
        "bold",
        True,
        {"para": 4, "typed_nested": 3, "quote": 3, "checklist": 2, "typed_num_space": 2, "takeaway": 2},
        footnotes=True,
        task_break="none",
        overview_max=260,
    ),
)

# --- text ------------------------------------------------------------------------------------------------------
CITES = {
    "Chaffey and Ellis-Chadwick, 2019": "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. "
    "7th edn. Harlow: Pearson.",
    "Kingsnorth, 2019": "Kingsnorth, S. (2019) Digital marketing strategy: an integrated approach to online "
    "marketing. 2nd edn. London: Kogan Page.",
    "Ryan, 2016": "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page.",
    "Kotler, Kartajaya and Setiawan, 2017": "Kotler, P., Kartajaya, H. and Setiawan, I. (2017) Marketing 4.0: "
    "moving from traditional to digital. Hoboken: Wiley.",
    "Epsilon, 2018": "Epsilon (2018) The power of me: the impact of personalization on marketing performance. "
    "Irving: Epsilon.",
    "Accenture, 2018": "Accenture (2018) Making it personal: Pulse check 2018. Dublin: Accenture Interactive.",
    "ICO, 2018": "ICO (2018) Guide to the General Data Protection Regulation. Wilmslow: Information "
    "Commissioner's Office.",
    "Econsultancy, 2019": "Econsultancy (2019) Personalization: the state of play. London: Econsultancy.",
    "Gartner, 2019": "Gartner (2019) Smarter with Gartner: personalisation is not dead. Stamford: Gartner.",
    "Tapp, Whitten and Housden, 2014": "Tapp, A., Whitten, I. and Housden, M. (2014) Principles of direct, "
    "database and digital marketing. 5th edn. Harlow: Pearson.",
    "Ramaswamy, 2015": "Ramaswamy, S. (2015) How micro-moments are changing the rules. Think with Google, April.",
    "Lemon and Verhoef, 2016": "Lemon, K. and Verhoef, P. (2016) 'Understanding customer experience throughout "
    "the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    "Smith, 2019": "Smith, P.R. (2019) SOSTAC guide to your perfect digital marketing plan. London: PR Smith.",
    "Salesforce, 2019": "Salesforce (2019) State of the connected customer. 3rd edn. San Francisco: Salesforce.",
}

SECTORS = (
    ("an independent outdoor clothing retailer", "outdoor jackets, footwear and camping kit"),
    ("a regional building society", "savings accounts, mortgages and insurance"),
    ("a boutique hotel group", "rooms, spa breaks and wedding packages"),
    ("a subscription meal-kit company", "weekly recipe boxes and add-on desserts"),
    ("a family-owned garden centre chain", "plants, garden furniture and cafe dining"),
    ("a specialist coffee roaster", "single-origin beans, brewing kit and subscriptions"),
    ("a national cinema chain", "tickets, memberships and food and drink"),
    ("a further education college", "full-time courses, apprenticeships and evening classes"),
)
SEGMENTS = (
    "young professionals aged 25–34",
    "first-time buyers",
    "retired customers over 65",
    "busy parents with young children",
    "students living away from home",
    "lapsed customers who have not bought in a year",
)
CHANNELS = ("the website", "email", "the mobile app", "Instagram", "paid search", "Facebook")

SENTENCES = {
    "1a": (
        "{org} is {sector} with about {n} employees and a turnover of £{m} million.",
        "Its range covers {products}, sold in stores across {city} and online.",
        "The main competitors are {rival} and {rival2}, both of which invest heavily in digital channels.",
        "Around {pct}% of its {k},000 active customers bought online in the last twelve months.",
        "Personalisation is at an early stage: email is segmented by location and little else {cite}.",
        "The customer base is loyal but ageing, and the loyalty scheme has {k},000 members.",
        "Data sits in separate systems for stores, web and email, so a single view of the customer is missing.",
        "Maturity in personalisation would sit at level two of five on the Econsultancy scale {cite}.",
    ),
    "1b": (
        "Personalisation in digital channels has moved from inserting a first name to predicting intent {cite}.",
        "Rule-based segmentation remains the most common approach, but it scales poorly as segments multiply.",
        "Recommendation engines now drive up to {pct}% of revenue for leading online retailers {cite}.",
        "Artificial intelligence allows offers to change in real time, which could help {org} compete with {rival}.",
        "The drawback is cost: a full personalisation platform may cost £{k}0,000 a year to license and run.",
        "Customers say they want relevance, yet {pct}% worry about how their data is used {cite}.",
        "Voice search and smart speakers will make one-to-one answers more important over the next five years.",
        "For {org}, the strategic choice is whether to build capability in-house or buy it as a service.",
        "Location-based messages are a near-term option because {pct}% of visits already come from mobile.",
        "Predictive models need clean data, so investment in data quality must come before advanced tools {cite}.",
        "The end of third-party cookies will push the business towards first-party data and consent.",
    ),
    "1c": (
        "The chosen segment is {seg}, who make up {pct}% of the customer base.",
        "A good example is a streaming service that recommends content from viewing history {cite}.",
        "Bad practice is common too: {rival} still sends the same newsletter to every subscriber.",
        "My own experience of being shown adverts for a product I had already bought shows the cost of poor data.",
        "For {seg}, email and the mobile app are the most relevant channels, with {pct}% opening on a phone.",
        "Success depends on timing, relevance and a consistent message across channels {cite}.",
        "Failure usually comes from thin data, irrelevant offers and too many messages in a week.",
        "{org} would need purchase history, preferences and channel habits for each member of the segment.",
        "A measure of good personalisation is a rise in repeat purchase, here a target of {pct}% in a year.",
        "Cross-channel experience matters: an offer seen on Instagram should still apply on the website.",
    ),
    "2a": (
        "The plan covers {ch1} and {ch2}, the two channels that matter most to {seg}.",
        "The aim is to raise the conversion rate from {small}% to {small2}% within twelve months.",
        "Micro-moments help to frame the plan: I-want-to-know, I-want-to-go, I-want-to-buy {cite}.",
        "At the awareness stage, content on {ch1} will be tailored to past browsing and location.",
        "At the consideration stage, {ch2} will carry reminders and reviews from similar customers.",
        "Existing data from the loyalty scheme gives {k},000 profiles to start the segmentation.",
        "An online community for {seg} could create advocacy and user-generated content {cite}.",
        "Each action has an owner, a budget and a metric, as the table of actions shows.",
        "Senior management will review progress every quarter against the agreed targets.",
        "The RACE framework gives the structure: reach, act, convert and engage {cite}.",
    ),
    "2b": (
        "On {ch1}, dynamic content blocks can change the hero image for each visitor {cite}.",
        "On {ch2}, subject lines and product picks can follow each customer's last purchase.",
        "Re-marketing reminds visitors who left a basket, and recovers around {pct}% of them {cite}.",
        "Frequency caps stop re-marketing from following people around the web for weeks.",
        "Simple content works best: one offer, one image and one clear call to action.",
        "Video content personalised with the customer's name has lifted click rates by {pct}% in trials.",
        "User-generated content from the community adds trust that brand content cannot.",
        "Sequential messaging moves a prospect from a first advert to a review and then to an offer.",
        "Content should support the wider ambition of {org} to be the first choice for {seg}.",
    ),
    "3a": (
        "{org} should start with a small team: a personalisation lead, an analyst and an agency partner.",
        "Skills in data analysis and testing are missing in-house, so training is a priority {cite}.",
        "Owned channels should be personalised first, because the data and control sit with {org}.",
        "Paid channels can use lookalike audiences, while earned channels need a lighter touch.",
        "A basic phase would use rules and segments; an advanced phase would add machine learning.",
        "Mobile must come first, since {pct}% of sessions are on a phone {cite}.",
        "Advanced tracking through a customer data platform would join store and online data.",
        "The budget of £{k}0,000 should be released in stages as each phase proves its return.",
        "Expectations of the audience are high: {pct}% expect a brand to know their history {cite}.",
        "Scalability depends on choosing tools that integrate with the systems already in place.",
    ),
    "3b": (
        "The first risk is legal: processing personal data without a lawful basis breaches the GDPR {cite}.",
        "Fines can reach 4% of global turnover, and the reputational damage may cost more.",
        "The second risk is creepiness, when customers feel watched rather than helped {cite}.",
        "The third risk is automation failure: an algorithm that sends the wrong offer to thousands at once.",
        "Each risk is judged by likelihood and impact, and the legal risk scores highest for {org}.",
        "Mitigation includes consent records, a privacy notice in plain English and regular audits.",
        "A clear policy on lines that should not be crossed, such as health data, builds trust.",
        "Transparency about why a customer sees an offer reduces complaints by {pct}% in some studies.",
        "Senior management should approve a data protection impact assessment before launch {cite}.",
    ),
}
POINTS = {
    "1a": (
        "Founded in {year} in {city}",
        "{n} staff across {stores} sites",
        "Products: {products}",
        "Main rival: {rival}",
        "Email list of {k},000 subscribers",
        "No app at present",
        "Loyalty card used by {pct}% of shoppers",
        "Website redesigned in 2018",
    ),
    "common": (
        "Use first-party data only",
        "Test every change against a control group",
        "Keep the message simple",
        "Review consent every year",
        "Measure repeat purchase, not just clicks",
        "Link store and online data",
        "Train the marketing team in analytics",
        "Start small and scale what works",
        "Agree a single owner for personalisation",
        "Cap the number of emails a week",
        "Report results to senior management monthly",
        "Protect customer trust above short-term sales",
        "Tailor timing as well as content",
        "Make opting out easy",
        "Show reviews from similar customers",
        "Personalise the basket reminder",
        "Use location on mobile with permission",
        "Check the data is accurate before launch",
    ),
}
TERMS = (
    ("Personalisation", "tailoring content, offers and timing to an individual from what is known about them"),
    ("Segmentation", "grouping customers who share needs or behaviour so they can be addressed together"),
    ("Re-marketing", "showing messages to people who have already visited a site or app"),
    ("Micro-moment", "an intent-rich moment when a person turns to a device to act on a need {cite}"),
    ("Dynamic content", "parts of a page or email that change according to who is viewing them"),
    ("First-party data", "data that {org} collects directly from its own customers and channels"),
    ("Conversion rate", "the share of visitors who complete a desired action, such as a purchase"),
    ("Customer data platform", "software that joins customer data from many sources into one profile"),
    ("Lawful basis", "one of the six grounds under the GDPR for processing personal data {cite}"),
    ("Online community", "a space where customers talk to each other and to the brand"),
)
QUOTES = (
    "Personalisation is not about technology alone; it is about using data to be genuinely useful to customers",
    "The customer journey is a process that flows from pre-purchase, to purchase, to post-purchase",
    "Consumers are more likely to shop with brands who recognise, remember and provide relevant offers",
    "Personal data shall be processed lawfully, fairly and in a transparent manner in relation to the data subject",
    "Relevance is the price of admission for any message that hopes to be noticed in a crowded inbox",
    "Micro-moments occur when people reflexively turn to a device to act on a need",
)
SUBHEADS = (
    "Current position",
    "Options",
    "Good practice",
    "Bad practice",
    "Recommended actions",
    "Measures",
    "Resources",
    "Evaluation",
    "Summary",
    "Next steps",
)
CHECKS = ("☐", "☑", "✓", "✗")
OPENERS = (
    "In practice,",
    "However,",
    "For this reason,",
    "Equally,",
    "At the same time,",
    "In my view,",
    "Importantly,",
    "On balance,",
    "By contrast,",
    "As a result,",
    "Put simply,",
    "Even so,",
)
SUBJECTS = (
    "a single customer view",
    "consent-based data capture",
    "real-time recommendations",
    "segment-level email journeys",
    "predictive lead scoring",
    "dynamic website content",
    "location-aware app messages",
    "a shared testing roadmap",
    "a clear data governance policy",
    "personalised search results",
    "abandoned-basket reminders",
    "a preference centre",
)
VERBS = (
    "would help {org} to",
    "could allow the team to",
    "is likely to",
    "should enable {org} to",
    "may make it easier to",
    "gives managers a way to",
)
OBJECTS = (
    "reduce wasted spend on irrelevant offers",
    "raise repeat purchase among {seg}",
    "compete with {rival} on relevance",
    "build trust through transparency",
    "measure the return on each campaign",
    "lift the conversion rate by {small} points",
    "link online and offline behaviour",
    "respond to intent at the right moment",
    "keep messages consistent across channels",
    "scale what works without extra staff",
)


class Text:
    """Sentences and points for one report, seeded."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.org = fake.company().replace(",", "")
        self.sector, self.products = rng.choice(SECTORS)
        self.seg = rng.choice(SEGMENTS)
        self.city = fake.city()
        self.rival = fake.company().replace(",", "")
        self.rival2 = fake.company().replace(",", "")
        self.ch1, self.ch2 = rng.sample(CHANNELS, 2)
        self.cited: list[str] = []
        self.recent: list[str] = []
        self.recent_points: list[str] = []

    def cite(self) -> str:
        key = self.rng.choice(list(CITES))
        if key not in self.cited:
            self.cited.append(key)
        return f"({key})"

    def fill(self, template: str) -> str:
        r = self.rng
        small = r.randint(1, 3)
        values = {
            "org": self.org,
            "sector": self.sector,
            "products": self.products,
            "seg": self.seg,
            "city": self.city,
            "rival": self.rival,
            "rival2": self.rival2,
            "ch1": self.ch1,
            "ch2": self.ch2,
            "n": f"{r.randint(40, 2400):,}",
            "m": str(r.randint(3, 180)),
            "k": str(r.randint(2, 90)),
            "pct": str(r.randint(8, 78)),
            "small": f"{small}.{r.randint(0, 9)}",
            "small2": f"{small + 1}.{r.randint(0, 9)}",
            "year": str(r.randint(1962, 2012)),
            "stores": str(r.randint(3, 60)),
        }
        out = template
        while "{cite}" in out:
            out = out.replace("{cite}", self.cite(), 1)
        return out.format(**values)

    def sentence(self, part: str) -> str:
        r = self.rng
        if part != "1a" and r.random() < 0.4:
            text = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)}"
            if r.random() < 0.3:
                text += " {cite}"
            text = self.fill(text[0].upper() + text[1:] + ".")
        else:
            options = [t for t in SENTENCES[part] if t not in self.recent] or list(SENTENCES[part])
            template = r.choice(options)
            self.recent = [*self.recent, template][-6:]
            text = self.fill(template)
        if r.random() < 0.25:
            text = f"{r.choice(OPENERS)} {text[0].lower() + text[1:] if not text.startswith(self.org) else text}"
        return text

    def sentences(self, part: str, n: int) -> str:
        return " ".join(self.sentence(part) for _ in range(n))

    def point(self, part: str) -> str:
        pool = POINTS["1a"] if part == "1a" and self.rng.random() < 0.7 else POINTS["common"]
        options = [t for t in pool if t not in self.recent_points] or list(pool)
        template = self.rng.choice(options)
        self.recent_points = [*self.recent_points, template][-10:]
        return self.fill(template)

    def item(self, part: str) -> str:
        """A list item: a short point or a sentence."""
        if self.rng.random() < 0.45:
            return self.point(part)
        return self.sentence(part)


# --- numbering -------------------------------------------------------------------------------------------------
def _abstract(abstract_id: int, kind: str) -> str:
    if kind == "number":
        formats = (("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3."))
    else:
        formats = (("bullet", "\u2022"), ("bullet", "o"), ("bullet", "\u25aa"))
    levels = []
    for ilvl, (fmt, text) in enumerate(formats):
        font = ""
        if fmt == "bullet":
            face = "Courier New" if text == "o" else "Arial"
            font = f'<w:rPr><w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:hint="default"/></w:rPr>'
        left = 720 * (ilvl + 1)
        levels.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{font}</w:lvl>'
        )
    return (
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
    )


class Numbering:
    def __init__(self, document: docx.document.Document) -> None:
        self.element = document.part.numbering_part.element
        self.abstract = {"number": 90, "bullet": 91}
        last = self.element.findall(qn("w:abstractNum"))[-1]
        for kind, abstract_id in self.abstract.items():
            node = parse_xml(_abstract(abstract_id, kind))
            last.addnext(node)
            last = node
        self.next_id = 200

    def new(self, kind: str) -> int:
        """A new list instance, its numbering restarting at 1 on every level."""
        num_id = self.next_id
        self.next_id += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in range(3)
        )
        self.element.append(
            parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{self.abstract[kind]}"/>'
                f"{overrides}</w:num>"
            )
        )
        return num_id


# --- the builder -----------------------------------------------------------------------------------------------
class Report:
    def __init__(self, index: int, style: Style) -> None:
        self.index = index
        self.style = style
        self.rng = random.Random(24_000 + index * 7919)
        fake = Faker("en_GB")
        fake.seed_instance(24_000 + index)
        self.text = Text(self.rng, fake)
        self.candidate = str(self.rng.randint(1_000_000, 9_999_999))
        self.doc = docx.Document()
        self.numbering = Numbering(self.doc)
        self.words = {part: 0 for part in PARTS}
        self.part: str | None = None
        self.target = 0
        self.headings: dict[str, str] = {}
        self.kinds: list[str] = []
        self.notes: list[str] = []
        self.last_number: tuple[str, int] = ("", 0)
        self.page_breaks = 1 if self.rng.random() < 0.5 else 0  # list items pushed to a new page by hand
        self._setup()

    # page and styles
    def _setup(self) -> None:
        s = self.style
        normal = self.doc.styles["Normal"]
        normal.font.name = s.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), s.font)
        normal.font.size = Pt(s.size)
        normal.paragraph_format.line_spacing = s.spacing
        normal.paragraph_format.space_after = Pt(6)
        for name, size in (("Heading 1", s.size + 5), ("Heading 2", s.size + 2.5), ("Heading 3", s.size + 0.5)):
            st = self.doc.styles[name]
            st.font.name = s.font
            st.font.size = Pt(size)
            rfonts = st.element.rPr.rFonts
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(attr), None)
            rfonts.set(qn("w:ascii"), s.font)
            rfonts.set(qn("w:hAnsi"), s.font)
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(s.margin_cm))
        header = section.header.paragraphs[0]
        header.text = f"Candidate number: {self.candidate}"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if self.rng.random() < 0.5:
            header.text = f"CIM 2206 Mastering Digital Channels – Candidate {self.candidate}"
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.rng.random() < 0.5:
            footer.add_run("Page ")
        footer._p.append(
            parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        )

    # paragraphs
    def add(self, runs: list[tuple[str, str]], counted: bool = True, style: str | None = None):
        """A paragraph of runs (text, format: '' 'b' 'i' 'bi'); its words go to the current part if counted."""
        paragraph = self.doc.add_paragraph(style=style)
        for text, fmt in runs:
            run = paragraph.add_run(text)
            run.bold = "b" in fmt or None
            run.italic = "i" in fmt or None
        if counted:
            assert self.part is not None
            self.words[self.part] += count("".join(text for text, _ in runs))
        return paragraph

    def footnote(self, paragraph, text: str) -> None:
        """A footnote mark against the paragraph's last word (no space), its text in footnotes.xml."""
        self.notes.append(text)
        paragraph._p.append(
            parse_xml(
                f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{len(self.notes)}"/></w:r>'
            )
        )

    def heading(self, text: str, level: int) -> docx.text.paragraph.Paragraph:
        s = self.style
        if s.heading_kind == "builtin":
            return self.doc.add_heading(text, level)
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(s.size + (4 if level == 1 else 1.5 if level == 2 else 0))
        if level == 3:
            run.italic = True
            run.font.size = Pt(s.size - 0.5)
        if level == 2 and s.name == "bracket_points":
            run.underline = True
        paragraph.paragraph_format.space_before = Pt(12 if level < 3 else 6)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def subheading(self) -> None:
        text = self.rng.choice(SUBHEADS)
        if self.style.caps:
            text = text.upper()
        if self.style.heading_kind == "builtin":
            self.doc.add_heading(text, 3)
        else:
            self.heading(text, 3)

    def part_heading(self, part: str) -> str:
        s = self.style
        t, p = part[0], part[1]
        label = s.label.format(t=t, p=p, P=p.upper())
        with_title = s.with_title if self.rng.random() < 0.85 else not s.with_title
        if part == "1a" and s.name == "typed_roman_quotes":
            with_title = True
        title = PART_TITLES[part]
        if with_title:
            if s.caps:
                text = f"{label} – {title.upper()}"
            elif label.endswith((":", ")")):
                text = f"{label} {title}"
            else:
                text = f"{label} – {title}" if self.rng.random() < 0.5 else f"{label} {title}"
        else:
            text = label.rstrip(":")
        self.heading(text, 2)
        self.headings[part] = text
        return text

    def task_heading(self, task: str) -> None:
        s = self.style
        if not s.task_headings:
            return
        form = self.rng.choice((f"Task {task}: {TASK_TITLES[task]}", f"Task {task} – {TASK_TITLES[task]}"))
        if s.name == "bracket_points":
            form = f"Task {task}"
        if s.caps:
            form = form.upper()
        paragraph = self.heading(form, 1)
        if s.task_break == "page" and (task != "1" or s.cover):
            paragraph.paragraph_format.page_break_before = True

    # blocks
    def block_para(self, part: str, room: int) -> None:
        n = max(1, min(self.rng.randint(2, 5), room // 16 + 1))
        paragraph = self.add([(self.text.sentences(part, n), "")])
        if self.style.footnotes and self.rng.random() < 0.2:
            self.footnote(paragraph, self.text.fill("See also {cite} for a fuller discussion of this point."))

    def _auto_list(self, part: str, kind: str, room: int, depth: int) -> None:
        if kind == "number" and self.last_number[0] == part and self.rng.random() < 0.3:
            num_id = self.last_number[1]  # "continue numbering" from the part's previous list
            self.kinds.append("auto-number-continued")
        else:
            num_id = self.numbering.new(kind)
            self.kinds.append(f"auto-{kind}")
        if kind == "number":
            self.last_number = (part, num_id)
        items = max(2, min(self.rng.randint(3, 6), room // 12 + 1))
        breaker = self.page_breaks > 0 and part != "1a" and self.rng.random() < 0.2 and items >= 4
        if breaker:
            self.page_breaks -= 1
        for i in range(items):
            if i >= 2 and self.full():
                break
            self._auto_item(part, num_id, 0, breaker and i == items // 2)
            if depth > 1 and self.rng.random() < 0.45:
                for _ in range(self.rng.randint(2, 3)):
                    self._auto_item(part, num_id, 1)
                    if depth > 2 and self.rng.random() < 0.3:
                        for _ in range(2):
                            self._auto_item(part, num_id, 2)

    def _auto_item(self, part: str, num_id: int, level: int, page_break: bool = False) -> None:
        text = self.text.point(part) if level else self.text.item(part)
        paragraph = self.add([(text, "")], style="List Paragraph")
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(
            parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
        )
        paragraph.paragraph_format.space_after = Pt(2)
        if page_break:
            paragraph.paragraph_format.page_break_before = True

    def block_auto_num(self, part: str, room: int) -> None:
        self._auto_list(part, "number", room, self.rng.choice((2, 3)))

    def block_auto_bullet(self, part: str, room: int) -> None:
        self._auto_list(part, "bullet", room, self.rng.choice((1, 2, 3)))

    def _typed_item(self, label: str, text: str, level: int, tab: bool) -> None:
        sep = "\t" if tab else " "
        paragraph = self.add([(f"{label}{sep}{text}", "")])
        fmt = paragraph.paragraph_format
        fmt.space_after = Pt(2)
        if tab:
            fmt.left_indent = Cm(0.75 * (level + 1))
            fmt.first_line_indent = Cm(-0.75)
            fmt.tab_stops.add_tab_stop(Cm(0.75 * (level + 1)))
        else:
            fmt.left_indent = Cm(0.6 * level)

    def _typed_list(self, part: str, room: int, tab: bool, nested: bool) -> None:
        self.kinds.append(("typed-nested" if nested else "typed-number") + ("-tab" if tab else "-space"))
        items = max(2, min(self.rng.randint(3, 6), room // 12 + 1))
        second = self.rng.choice(("a.", "a)", "(a)"))
        third = self.rng.choice(("i.", "(i)"))
        first_form = self.rng.choice(("{n}.", "{n})", "{n}."))
        for n in range(1, items + 1):
            if n >= 3 and self.full():
                break
            self._typed_item(first_form.format(n=n), self.text.item(part), 0, tab)
            if nested and self.rng.random() < 0.5:
                for j in range(self.rng.randint(2, 3)):
                    letter = "abc"[j]
                    self._typed_item(second.replace("a", letter), self.text.point(part), 1, tab)
                    if self.rng.random() < 0.25:
                        for roman in ("i", "ii"):
                            self._typed_item(third.replace("i", roman), self.text.point(part), 2, tab)

    def block_typed_num_tab(self, part: str, room: int) -> None:
        self._typed_list(part, room, True, self.rng.random() < 0.4)

    def block_typed_num_space(self, part: str, room: int) -> None:
        self._typed_list(part, room, False, self.rng.random() < 0.3)

    def block_typed_nested(self, part: str, room: int) -> None:
        self._typed_list(part, room, self.style.name == "typed_tab_numbers", True)

    def block_checklist(self, part: str, room: int) -> None:
        self.kinds.append("typed-checklist")
        if self.rng.random() < 0.5:
            self.add([(self.text.fill("The checklist below shows where {org} stands today:"), "")])
            symbols = ("☐", "☑")
        else:
            symbols = ("✓", "✗")
        tab = self.rng.random() < 0.5
        for _ in range(max(2, min(self.rng.randint(3, 6), room // 8 + 1))):
            symbol = self.rng.choice(symbols)
            paragraph = self.add([(f"{symbol}{chr(9) if tab else ' '}{self.text.point(part)}", "")])
            paragraph.paragraph_format.left_indent = Cm(0.5)
            paragraph.paragraph_format.space_after = Pt(1)

    def block_takeaway(self, part: str, room: int) -> None:
        label = self.rng.choice(("Key takeaway:", "Key takeaway:", "Key takeaways:"))
        self.add([(label, "b"), (" " + self.text.sentence(part), "")])

    def block_definition(self, part: str, room: int) -> None:
        for term, meaning in self.rng.sample(TERMS, self.rng.randint(1, 3)):
            self.add([(f"{term}:", "b"), (" " + self.text.fill(meaning) + ".", "")])

    def block_quote(self, part: str, room: int) -> None:
        cite = self.text.cite()
        quote = self.rng.choice(QUOTES)
        if self.rng.random() < 0.5:
            self.add([(self.text.sentence(part) + " As one source puts it:", "")])
        paragraph = self.add([(f"“{quote}” {cite}.", "i" if self.rng.random() < 0.6 else "")])
        paragraph.paragraph_format.left_indent = Cm(1.27)
        paragraph.paragraph_format.right_indent = Cm(1.27 if self.rng.random() < 0.5 else 0)

    def block_points(self, part: str, room: int) -> None:
        for _ in range(self.rng.randint(3, 5)):
            self.add([(self.text.point(part) + ".", "")])

    def block_subhead(self, part: str, room: int) -> None:
        self.subheading()
        self.block_para(part, room)

    def table(self, part: str) -> None:
        """A table of figures or actions: not counted."""
        t = self.text
        if part == "1a":
            rows = [("Measure", "Figure")] + [
                (label, t.fill(value))
                for label, value in (
                    ("Customers", "{k},000"),
                    ("Online share of sales", "{pct}%"),
                    ("Staff", "{n}"),
                    ("Email subscribers", "{k},000"),
                )
            ]
        else:
            rows = [("Action", "Channel", "Owner", "Metric")]
            for _ in range(4):
                rows.append(
                    (
                        t.point(part),
                        self.rng.choice((t.ch1, t.ch2)),
                        self.rng.choice(("CRM manager", "Digital lead", "Agency", "Analyst")),
                        t.fill("+{pct}% conversion"),
                    )
                )
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
                if r == 0:
                    table.cell(r, c).paragraphs[0].runs[0].bold = True
        caption = self.doc.add_paragraph(
            f"Table {len(self.doc.tables)}: " + ("Key figures" if part == "1a" else "Actions")
        )
        caption.runs[0].italic = True
        caption.runs[0].font.size = Pt(self.style.size - 1.5)

    def full(self) -> bool:
        """The current part has reached its planned size."""
        return self.words[self.part] >= self.target - 5

    def fill_part(self, part: str, target: int) -> None:
        self.part = part
        self.target = target
        kinds = list(self.style.blocks)
        weights = [self.style.blocks[k] for k in kinds]
        first = True
        tabled = False
        background = part != "1a" or self.rng.random() < 0.4
        while self.words[part] < target - 10:
            room = target - self.words[part]
            kind = "para" if first else self.rng.choices(kinds, weights)[0]
            if kind == "para" and first and part == "1a" and self.rng.random() < 0.5:
                self.subheading_1a("Organisation name")
                self.add([(self.text.fill("{org}"), "b" if self.rng.random() < 0.5 else "")])
                self.subheading_1a("Organisation information")
                first = False
                continue
            getattr(self, f"block_{kind}")(part, room)
            first = False
            if part == "1a" and not background and self.words[part] > target // 2:
                self.subheading_1a("Specific background")
                background = True
            if self.style.tables and not tabled and part in ("1a", "2a") and self.words[part] > target // 3:
                self.table(part)
                tabled = True

    def subheading_1a(self, text: str) -> None:
        if self.style.caps:
            text = text.upper()
        if self.style.heading_kind == "builtin":
            self.doc.add_heading(text, 3)
        else:
            self.heading(text, 3)

    # the whole report
    def cover(self) -> None:
        t = self.text
        title = self.doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.space_before = Pt(120)
        run = title.add_run("CIM Level 6 Diploma in Professional Marketing")
        run.bold = True
        run.font.size = Pt(18)
        for line in (
            "Mastering Digital Channels (2206)",
            f"Personalisation report for {t.org}",
            f"Candidate number: {self.candidate}",
            "July 2019",
        ):
            paragraph = self.doc.add_paragraph(line)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.cover_count = self.doc.add_paragraph("")
        self.cover_count.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, headings: list[tuple[str, int]]) -> None:
        self.heading("Contents", 1)
        page = 3
        for text, level in headings:
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            paragraph.add_run(f"{text}\t{page}")
            page += self.rng.randint(0, 2)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def references(self) -> None:
        heading = self.heading("References", 1 if self.style.task_headings else 2)
        if self.style.task_break == "page":
            heading.paragraph_format.page_break_before = True
        for key in sorted(self.text.cited):
            paragraph = self.doc.add_paragraph(CITES[key])
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)

    def appendix(self) -> None:
        heading = self.heading("Appendix 1: Personalisation maturity checklist", 1)
        heading.paragraph_format.page_break_before = True
        for _ in range(5):
            self.doc.add_paragraph(f"{self.rng.choice(CHECKS)} {self.text.point('3a')}")
        self.doc.add_paragraph(self.text.sentences("3a", 2))

    def build(self, targets: dict[str, int]) -> None:
        s = self.style
        if s.cover:
            self.cover()
        if s.contents:
            planned = []
            for task in "123":
                planned.append((f"Task {task}: {TASK_TITLES[task]}", 1))
                for part in PARTS:
                    if part[0] == task:
                        planned.append((f"Task {task} ({part[1]}): {PART_TITLES[part]}", 2))
            planned.append(("References", 1))
            if s.appendix:
                planned.append(("Appendix 1: Personalisation maturity checklist", 1))
            self.contents(planned)
        for task in "123":
            if s.task_break == "section" and task != "1":
                self.doc.add_section(WD_SECTION.NEW_PAGE)
            self.task_heading(task)
            parts = [p for p in PARTS if p[0] == task]
            for part in parts:
                if s.contents:
                    text = f"Task {task} ({part[1]}): {PART_TITLES[part]}"
                    self.heading(text, 2)
                    self.headings[part] = text
                else:
                    self.part_heading(part)
                self.fill_part(part, targets[part])
            if s.count_lines:
                group_words = sum(self.words[p] for p in parts if p != "1a")
                line = self.doc.add_paragraph(f"Word count: {group_words:,}")
                line.runs[0].italic = True
        self.part = None
        self.references()
        if s.appendix:
            self.appendix()
        if s.cover:
            self.cover_count.text = "Word count: " + "; ".join(
                f"Task {g[4]}: {sum(self.words[p] for p in members):,}" for g, members in LIMIT_GROUPS.items()
            )

    def save(self) -> bytes:
        if self.notes:
            self._footnotes_part()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def _footnotes_part(self) -> None:
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            "</w:p></w:footnote>",
        ]
        for i, note in enumerate(self.notes, start=1):
            body.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {note}</w:t></w:r></w:p>'
                f"</w:footnote>"
            )
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
            f"{''.join(body)}</w:footnotes>"
        ).encode()
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            xml,
            self.doc.part.package,
        )
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def _targets(rng: random.Random, style: Style) -> dict[str, int]:
    """Words to write per part: groups near, well under or up to 15% over their limits."""
    limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
    targets = {"1a": rng.randint(int(style.overview_max * 0.65), style.overview_max)}
    for group, members in LIMIT_GROUPS.items():
        mood = rng.random()
        factor = (
            rng.uniform(0.6, 0.85)
            if mood < 0.25
            else rng.uniform(1.03, 1.11)
            if mood > 0.75
            else rng.uniform(0.92, 1.01)
        )
        total = int(limits[group] * factor)
        share = rng.uniform(0.4, 0.6)
        targets[members[0]] = int(total * share)
        targets[members[1]] = total - targets[members[0]]
    return targets


def build(index: int) -> tuple[bytes, Truth]:
    style = LAYOUTS[index % len(LAYOUTS)]
    report = Report(index, style)
    targets = _targets(random.Random(index * 31 + 5), style)
    report.build(targets)
    data = report.save()
    LIST_KINDS[index] = report.kinds
    words = dict(report.words)
    truth = Truth(
        name="",
        seed=index,
        layout=style.name,
        split="",
        part_words=words,
        group_words={group: sum(words[p] for p in members) for group, members in LIMIT_GROUPS.items()},
        words_all=sum(words.values()),
        headings=dict(report.headings),
    )
    return data, truth
