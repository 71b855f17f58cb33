"""Pool 37: CIM 2206 reports numbered the way business reports are.

Decimal section numbers throughout (1, 1.1, 1.2, 2, 2.1 ...), typed by hand or made by Word's multilevel list
on the heading styles; a part's heading is its number alone in some scripts and its number with a title in
others; sub-sections a level below (1.2.1); a typed or automatic contents page; cross-references to sections;
numbered tables and figures; an executive summary before section 1. Truth is counted while the text is written.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Business-report numbering: decimal sections (1, 1.1, 1.2.1) typed or from Word's multilevel list, part "
    "headings as a number alone or with a title, contents page, executive summary, numbered tables and figures"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {"1": "Personalisation Report", "2": "Conversion Action Plan", "3": "Implementation and Risk"}
LETTER_NO = {"a": 1, "b": 2, "c": 3}


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    numbering: str  # "typed" or "auto"
    heading_mode: str  # "styles" or "manual"
    part_label: str  # "titled", "alone", "task", "section", "bracket"
    contents: str  # "typed", "field" or "none"
    word_count_lines: bool
    figures: bool


LAYOUTS = (
    Layout("typed-decimal-titled", "Calibri", 11, 1.15, 2.54, "typed", "styles", "titled", "typed", True, False),
    Layout("multilevel-list-headings", "Cambria", 12, 1.5, 2.5, "auto", "styles", "titled", "field", False, True),
    Layout("number-alone-double", "Times New Roman", 12, 2.0, 2.54, "typed", "styles", "alone", "typed", True, False),
    Layout("task-prefixed-bold", "Arial", 10.5, 1.0, 2.0, "typed", "manual", "task", "none", True, True),
    Layout("section-word-labels", "Georgia", 12.5, 1.5, 3.0, "typed", "styles", "section", "field", False, True),
    Layout("bracket-part-labels", "Garamond", 12, 1.15, 2.2, "typed", "manual", "bracket", "typed", True, False),
    Layout("multilevel-number-alone", "Calibri", 11.5, 1.5, 2.54, "auto", "styles", "alone", "field", True, False),
)

CITES = (
    "(Chaffey and Ellis-Chadwick, 2019)",
    "(Chaffey and Smith, 2017)",
    "(Kotler and Keller, 2016)",
    "(Ryan, 2020)",
    "(Kingsnorth, 2019)",
    "(Strauss and Frost, 2014)",
    "(Jobber and Ellis-Chadwick, 2020)",
    "(Tiago and Verissimo, 2014)",
    "(Lemon and Verhoef, 2016)",
    "(Smith, 2021)",
)
REFERENCES = (
    "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. Harlow: Pearson.",
    "Chaffey, D. and Smith, P.R. (2017) Digital Marketing Excellence. 5th edn. Abingdon: Routledge.",
    "Jobber, D. and Ellis-Chadwick, F. (2020) Principles and Practice of Marketing. 9th edn. London: McGraw-Hill.",
    "Kingsnorth, S. (2019) Digital Marketing Strategy. 2nd edn. London: Kogan Page.",
    "Kotler, P. and Keller, K.L. (2016) Marketing Management. 15th edn. Harlow: Pearson.",
    "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer journey', "
    "Journal of Marketing, 80(6), pp. 69-96.",
    "Ryan, D. (2020) Understanding Digital Marketing. 5th edn. London: Kogan Page.",
    "Smith, A. (2021) 'Personalisation at scale', Marketing Week, 14 March.",
    "Strauss, J. and Frost, R. (2014) E-Marketing. 7th edn. Harlow: Pearson.",
    "Tiago, M. and Verissimo, J. (2014) 'Digital marketing and social media', Business Horizons, 57(6), pp. 703-708.",
)

TOPIC_SENTENCES = {
    "1a": (
        "{org} is a {sector} business founded in {year} and based in {city}, employing around {staff} people.",
        "The organisation reported revenue of £{rev} million last year, of which {pct}% came through digital channels.",
        "Its mission is to offer good value and reliable service to households across the United Kingdom.",
        "The main digital channels are the website, a mobile app, email newsletters and social media accounts.",
        "Customers are mostly aged between 25 and 55, with a strong base among young families and commuters.",
        "Key competitors include {rival} and {rival2}, both of which invest heavily in online experience.",
        "The marketing team of {team} people reports to the commercial director and manages all paid media.",
        "Online sales grew by {pct2}% over the past two years while store footfall declined slightly.",
    ),
    "1b": (
        "Personalisation means tailoring content, offers and experiences to the individual customer {cite}.",
        "Current practice at {org} is limited to segmented email campaigns and basic product recommendations.",
        "Artificial intelligence now allows offers to be adjusted in real time as a visitor moves through the site.",
        "Machine learning models predict which products a customer is likely to buy next {cite}.",
        "Voice assistants and smart speakers are creating new touchpoints where personal relevance matters.",
        "Privacy regulation such as the GDPR restricts how first-party data may be collected and used {cite}.",
        "The decline of third-party cookies forces brands to build their own customer data platforms.",
        "Future developments are likely to include predictive personalisation across every channel {cite}.",
        "Customers increasingly expect consistent experiences across mobile, web and social media.",
        "As discussed in section {xref}, the firm's current data capability is still at an early stage.",
        "Dynamic pricing and location-based messages are already used by leading retailers {cite}.",
    ),
    "1c": (
        "The chosen target segment is {segment}, who represent about {pct}% of online revenue.",
        "This segment visits the website {n} times a month on average and mostly browses on mobile.",
        "Personalised home pages could show recently viewed items and relevant seasonal offers {cite}.",
        "Email journeys would be triggered by behaviour such as an abandoned basket or a repeat visit.",
        "Social media advertising can be tailored with custom audiences built from the customer file {cite}.",
        "The app could use push notifications that reflect each user's location and purchase history.",
        "Table {tref} summarises how each digital channel would be personalised for this segment.",
        "Success would be measured through conversion rate, average order value and repeat purchase {cite}.",
        "Content would be written in a friendly tone that reflects the segment's values and lifestyle.",
    ),
    "2a": (
        "The action plan sets out the steps needed to maximise conversion rates over the next twelve months.",
        "The first phase is an audit of the customer journey to find points where visitors leave {cite}.",
        "A/B testing of landing pages and checkout forms will show which designs convert best.",
        "The current conversion rate of {rate}% should rise to at least {rate2}% by the end of the year.",
        "Responsibilities are given to the digital manager, the analyst and the agency team.",
        "A budget of £{budget},000 is allocated across testing tools, content and paid media {cite}.",
        "Progress will be reviewed monthly against the key performance indicators set out in section {xref}.",
        "SMART objectives keep the plan focused and allow the board to track results {cite}.",
        "Site speed improvements and simpler navigation reduce friction on mobile devices.",
    ),
    "2b": (
        "Personalised content will be used to bring visitors back once they have left the website.",
        "Re-marketing displays ads for products a visitor has viewed on other sites and social platforms {cite}.",
        "Dynamic creative changes the product, price and message to match each person's recent behaviour.",
        "Frequency caps are needed so that re-marketing does not annoy customers or feel intrusive {cite}.",
        "Email re-marketing will remind customers of items left in the basket within one hour.",
        "Figure {fref} shows the expected uplift from each re-marketing channel over six months.",
        "Content will include customer reviews, how-to videos and offers linked to the season.",
        "Lookalike audiences help the firm reach new prospects who resemble its best customers {cite}.",
    ),
    "3a": (
        "Implementing personalisation requires clear leadership, skills and suitable technology {cite}.",
        "A cross-functional team of marketing, IT and customer service staff will manage the programme.",
        "A customer data platform will bring together data from the website, app, stores and email.",
        "Staff training will build skills in analytics, content design and testing {cite}.",
        "The project will be delivered in three phases over eighteen months, as described in section {xref}.",
        "Change management is important because some staff may resist new ways of working {cite}.",
        "Governance will include a monthly steering group chaired by the marketing director.",
        "Suppliers will be chosen through a tender that scores cost, support and data security.",
    ),
    "3b": (
        "The first risk is a breach of data protection law, which could lead to heavy fines {cite}.",
        "Customers may find some personalised messages intrusive and lose trust in the brand.",
        "The second risk is poor data quality, which leads to irrelevant offers and wasted spend {cite}.",
        "The third risk is that the technology costs more and takes longer than planned.",
        "Each risk is rated by likelihood and impact in Table {tref}, with an owner named for each.",
        "Mitigation includes privacy impact assessments, clear consent and regular audits {cite}.",
        "A phased roll-out limits the cost of failure and allows lessons to be learned early.",
        "Contingency funds of {pct}% of the budget are held back for unexpected problems.",
    ),
}

SUBSECTIONS = {
    "1b": ("Artificial intelligence and data", "Privacy and regulation", "Emerging channels"),
    "1c": ("Segment profile", "Channel personalisation", "Measuring success"),
    "2a": ("Objectives", "Actions and timeline", "Budget and resources"),
    "2b": ("Personalised content", "Re-marketing approach", "Measurement"),
    "3a": ("People and skills", "Technology", "Governance"),
    "3b": ("Data protection", "Data quality", "Cost and delay"),
}

SEGMENTS = ("young professionals", "busy parents", "students", "retired customers", "first-time buyers")
SECTORS = ("retail", "home furnishing", "travel", "fitness", "grocery", "fashion", "electronics")


class Writer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake
        self.org = fake.company().replace(",", "")
        self.values = {
            "org": self.org,
            "sector": rng.choice(SECTORS),
            "year": str(rng.randint(1950, 2012)),
            "city": fake.city(),
            "staff": f"{rng.randint(120, 4800):,}",
            "rev": str(rng.randint(12, 900)),
            "rival": fake.company().replace(",", ""),
            "rival2": fake.company().replace(",", ""),
            "team": str(rng.randint(4, 30)),
            "segment": rng.choice(SEGMENTS),
        }

    def sentence(self, part: str) -> str:
        rng = self.rng
        template = rng.choice(TOPIC_SENTENCES[part])
        task = part[0]
        return template.format(
            cite=rng.choice(CITES),
            pct=rng.randint(8, 64),
            pct2=rng.randint(5, 40),
            n=rng.randint(2, 9),
            rate=f"{rng.randint(10, 25) / 10:.1f}",
            rate2=f"{rng.randint(26, 45) / 10:.1f}",
            budget=rng.randint(20, 250),
            xref=rng.choice(("1.1", "1.2", "2.1", "2.2", "3.1")),
            tref=f"{task}.1",
            fref=f"{task}.1",
            **self.values,
        )

    def paragraph(self, part: str, budget: int) -> str:
        words: list[str] = []
        text = ""
        while count(text) < min(budget, self.rng.randint(55, 110)):
            words.append(self.sentence(part))
            text = " ".join(words)
        return text


# --- low-level helpers ----------------------------------------------------------------------------------------
def _set_spacing(paragraph, spacing: float) -> None:
    fmt = paragraph.paragraph_format
    if spacing == 1.0:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    elif spacing == 2.0:
        fmt.line_spacing_rule = WD_LINE_SPACING.DOUBLE
    else:
        fmt.line_spacing = spacing


def _field_run(paragraph, instr: str, shown: str) -> None:
    p = paragraph._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>{shown}</w:t></w:r>"))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def _add_multilevel_numbering(document, alone: bool) -> int:
    """A Word multilevel list (1, 1.1, 1.1.1) for the heading styles; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract_id, num_id = 90, 90
    levels = ""
    texts = ("%1", "%1.%2", "%1.%2.%3")
    for level, text in enumerate(texts):
        indent = 0 if alone else 567 + 142 * level
        levels += (
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:pStyle w:val="Heading{level + 1}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{indent}"/></w:tabs>'
            f'<w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>'
        f"{levels}</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    )
    for level in range(3):
        style = document.styles[f"Heading {level + 1}"]
        ppr = style.element.get_or_add_pPr()
        ppr.insert(
            0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
        )
    return num_id


def _no_number(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))


def _chart_png(rng: random.Random) -> bytes:
    image = Image.new("RGB", (640, 360), "white")
    draw = ImageDraw.Draw(image)
    draw.line((60, 320, 620, 320), fill="black", width=2)
    draw.line((60, 20, 60, 320), fill="black", width=2)
    colours = ("#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5")
    for i in range(5):
        height = rng.randint(60, 280)
        draw.rectangle((90 + i * 105, 320 - height, 160 + i * 105, 320), fill=colours[i])
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# --- the report -----------------------------------------------------------------------------------------------
class Report:
    def __init__(self, layout: Layout, index: int) -> None:
        self.layout = layout
        self.rng = random.Random(37_000 + index)
        fake = Faker("en_GB")
        fake.seed_instance(37_000 + index)
        self.writer = Writer(self.rng, fake)
        self.candidate = str(self.rng.randint(10_000_000, 99_999_999))
        self.document = docx.Document()
        self.part_words = {part: 0 for part in PARTS}
        self.headings: dict[str, str] = {}
        self.num_id = 0
        self._setup()

    def _setup(self) -> None:
        layout = self.layout
        doc = self.document
        normal = doc.styles["Normal"]
        normal.font.name = layout.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), layout.font)
        normal.font.size = Pt(layout.size)
        fmt = normal.paragraph_format
        fmt.space_after = Pt(self.rng.choice((0, 6, 8)))
        if layout.spacing == 1.0:
            fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        elif layout.spacing == 2.0:
            fmt.line_spacing_rule = WD_LINE_SPACING.DOUBLE
        else:
            fmt.line_spacing = layout.spacing
        for level, size in ((1, layout.size + 4), (2, layout.size + 2), (3, layout.size)):
            style = doc.styles[f"Heading {level}"]
            style.font.name = layout.font
            rfonts = style.element.rPr.find(qn("w:rFonts"))
            if rfonts is not None:
                for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    rfonts.attrib.pop(qn(attr), None)
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F) if level < 3 else RGBColor(0x40, 0x40, 0x40)
            style.font.italic = level == 3
        section = doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(layout.margin_cm))
        header = section.header.paragraphs[0]
        header.text = f"Candidate number: {self.candidate}"
        header.alignment = 2
        footer = section.footer.paragraphs[0]
        footer.alignment = 1
        footer.add_run("Page ")
        _field_run(footer, "PAGE", "1")
        if layout.numbering == "auto":
            self.num_id = _add_multilevel_numbering(doc, layout.part_label == "alone")

    # headings ----------------------------------------------------------------------------------------------
    def _heading_para(self, text: str, level: int, numbered: bool = True):
        layout = self.layout
        if layout.heading_mode == "styles":
            paragraph = self.document.add_heading(text, level=level)
            if layout.numbering == "auto" and not numbered:
                _no_number(paragraph)
            return paragraph
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt({1: layout.size + 3.5, 2: layout.size + 1.5, 3: layout.size}[level])
        if level == 3:
            run.italic = True
        paragraph.paragraph_format.space_before = Pt(12 if level < 3 else 6)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def task_heading_text(self, task: str) -> str:
        layout = self.layout
        title = TASK_TITLES[task]
        if layout.numbering == "auto":
            return title
        if layout.part_label == "task":
            return f"Task {task}: {title}"
        if layout.part_label == "section":
            return f"Section {task} {title}"
        if layout.part_label == "bracket":
            return f"Task {task} – {title}"
        return f"{task} {title}"

    def part_heading_text(self, part: str) -> str:
        layout = self.layout
        task, letter = part[0], part[1]
        number = f"{task}.{LETTER_NO[letter]}"
        title = PART_TITLES[part]
        if layout.numbering == "auto":
            return "" if layout.part_label == "alone" else title
        if layout.part_label == "alone":
            return number
        if layout.part_label == "task":
            return f"Task {number} {title}"
        if layout.part_label == "section":
            return f"Section {number} {title}"
        if layout.part_label == "bracket":
            return f"{task}({letter}) {title}" if self.rng.random() < 0.7 else f"{task}({letter})"
        return f"{number} {title}"

    def sub_heading_text(self, part: str, k: int, title: str) -> str:
        if self.layout.numbering == "auto":
            return title
        return f"{part[0]}.{LETTER_NO[part[1]]}.{k} {title}"

    # body --------------------------------------------------------------------------------------------------
    def body(self, part: str, text: str) -> None:
        paragraph = self.document.add_paragraph(text)
        self.part_words[part] += count(text)
        if self.layout.spacing not in (1.0,) and self.rng.random() < 0.1:
            paragraph.paragraph_format.first_line_indent = Cm(0.6)

    def bullets(self, part: str, n: int) -> None:
        for _ in range(n):
            text = self.writer.sentence(part)
            self.document.add_paragraph(text, style="List Bullet")
            self.part_words[part] += count(text)

    def caption(self, text: str) -> None:
        style = "Caption" if "Caption" in [s.name for s in self.document.styles] else None
        paragraph = self.document.add_paragraph(text, style=style)
        if style is None:
            paragraph.runs[0].italic = True

    def table(self, task: str, part: str) -> None:
        rng = self.rng
        self.caption(
            f"Table {task}.1: "
            + {"1": "Channel personalisation plan", "2": "Conversion actions and KPIs", "3": "Risk register"}[task]
        )
        if task == "3":
            header = ("Risk", "Likelihood", "Impact", "Owner")
            rows = [
                ("Data protection breach", "Medium", "High", "Data officer"),
                ("Poor data quality", rng.choice(("High", "Medium")), "Medium", "Analyst"),
                ("Cost and delay", "Medium", rng.choice(("High", "Medium")), "Project lead"),
            ]
        elif task == "2":
            header = ("Action", "Owner", "Month", "KPI")
            rows = [
                ("Journey audit", "Digital manager", "1-2", "Drop-off points"),
                ("A/B tests", "Analyst", "2-6", f"CVR {rng.randint(26, 45) / 10:.1f}%"),
                ("Checkout redesign", "Agency", "4-8", "Basket abandonment"),
                ("Re-marketing", "Paid media lead", "6-12", "ROAS"),
            ]
        else:
            header = ("Channel", "Personalisation", "Measure")
            rows = [
                ("Website", "Dynamic home page", "Conversion rate"),
                ("Email", "Triggered journeys", "Click-through"),
                ("App", "Location push", "Sessions"),
                ("Social", "Custom audiences", "Cost per sale"),
            ]
        table = self.document.add_table(rows=1 + len(rows), cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, value in enumerate(header):
            table.cell(0, c).text = value
            table.cell(0, c).paragraphs[0].runs[0].bold = True
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        self.document.add_paragraph()

    def figure(self, task: str) -> None:
        self.document.add_picture(io.BytesIO(_chart_png(self.rng)), width=Cm(11))
        self.caption(f"Figure {task}.1: Expected uplift by channel (%)")

    def write_part(self, part: str, target: int, sub: bool) -> None:
        writer = self.writer
        rng = self.rng
        task = part[0]
        heading = self.part_heading_text(part)
        self._heading_para(heading, 2)
        self.headings[part] = heading
        if sub and part in SUBSECTIONS:
            titles = SUBSECTIONS[part]
            shares = [target // 3, target // 3, target - 2 * (target // 3)]
        else:
            titles = (None,)
            shares = [target]
        table_done = False
        for k, (title, share) in enumerate(zip(titles, shares, strict=True), start=1):
            if title is not None:
                self._heading_para(self.sub_heading_text(part, k, title), 3)
            start = self.part_words[part]
            use_bullets = rng.random() < 0.35 and share > 150
            while self.part_words[part] - start < share - 20:
                remaining = share - (self.part_words[part] - start)
                if use_bullets and self.part_words[part] - start > share // 3:
                    self.bullets(part, rng.randint(3, 4))
                    use_bullets = False
                    continue
                self.body(part, writer.paragraph(part, remaining))
                if not table_done and part in ("1c", "2a", "3b") and self.part_words[part] - start > share // 2:
                    self.table(task, part)
                    table_done = True
                if self.layout.figures and part == "2b" and not table_done:
                    self.figure(task)
                    table_done = True

    # whole -------------------------------------------------------------------------------------------------
    def cover(self) -> None:
        doc = self.document
        for _ in range(5):
            doc.add_paragraph()
        title = doc.add_paragraph()
        run = title.add_run("CIM Level 6 Diploma in Professional Digital Marketing")
        run.bold = True
        run.font.size = Pt(self.layout.size + 6)
        title.alignment = 1
        for line in (
            "Mastering Digital Channels (2206)",
            f"Personalisation Report for {self.writer.org}",
            f"Candidate number: {self.candidate}",
            f"Submission date: {self.rng.choice(('July', 'December'))} 2019",
        ):
            paragraph = doc.add_paragraph(line)
            paragraph.alignment = 1
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, sub: bool) -> None:
        layout = self.layout
        doc = self.document
        heading = doc.add_paragraph()
        run = heading.add_run("Contents" if self.rng.random() < 0.5 else "Table of Contents")
        run.bold = True
        run.font.size = Pt(layout.size + 4)
        entries: list[tuple[int, str]] = [(0, "Executive Summary")]
        page = 3
        for task in "123":
            entries.append(
                (0, self.task_heading_text(task) if layout.numbering != "auto" else f"{task} {TASK_TITLES[task]}")
            )
            for part in PARTS:
                if part[0] != task:
                    continue
                number = f"{task}.{LETTER_NO[part[1]]}"
                label = self.part_heading_text_for_contents(part, number)
                entries.append((1, label))
                if sub and part in SUBSECTIONS and layout.part_label != "alone":
                    for k, title in enumerate(SUBSECTIONS[part], start=1):
                        entries.append((2, f"{number}.{k} {title}"))
        entries.append((0, "References"))
        paragraphs = []
        for level, label in entries:
            paragraph = doc.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(0.6 * level)
            paragraph.paragraph_format.space_after = Pt(2)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            paragraph.add_run(f"{label}\t{page}")
            if level == 0:
                paragraph.runs[0].bold = True
            page += self.rng.choice((0, 1, 1, 1)) if level else 0
            paragraphs.append(paragraph)
        if layout.contents == "field":
            first, last = paragraphs[0]._p, paragraphs[-1]._p
            first_run = first.find(qn("w:r"))
            for xml in (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            ):
                first_run.addprevious(parse_xml(xml.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))
            last.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def part_heading_text_for_contents(self, part: str, number: str) -> str:
        layout = self.layout
        title = PART_TITLES[part]
        if layout.part_label == "alone":
            return number if layout.numbering == "auto" else f"{number} {title}"
        if layout.part_label == "task":
            return f"Task {number} {title}"
        if layout.part_label == "section":
            return f"Section {number} {title}"
        if layout.part_label == "bracket":
            return f"{part[0]}({part[1]}) {title}"
        return f"{number} {title}"

    def executive_summary(self) -> None:
        self._heading_para("Executive Summary", 1, numbered=False)
        org = self.writer.org
        texts = (
            f"This report examines how {org} can use personalisation across its digital channels to raise "
            "conversion rates and build loyalty. Section 1 reviews the organisation and current developments, "
            "section 2 sets out a conversion action plan and section 3 considers implementation and risk.",
            "The main recommendation is a phased programme built on a customer data platform, supported by "
            "testing, re-marketing and clear governance (see 3.1). Three key risks are identified with actions "
            "to reduce each of them.",
        )
        for text in texts:
            self.document.add_paragraph(text)
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def word_count_line(self, group: str) -> None:
        total = sum(self.part_words[p] for p in LIMIT_GROUPS[group])
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(f"Word count: {total:,}")
        run.italic = True

    def build(self, targets: dict[str, int], sub: bool) -> None:
        layout = self.layout
        self.cover()
        if layout.contents != "none":
            self.contents(sub)
        self.executive_summary()
        for task in "123":
            self._heading_para(self.task_heading_text(task), 1)
            for part in PARTS:
                if part[0] == task:
                    self.write_part(part, targets[part], sub)
            if layout.word_count_lines:
                group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
                self.word_count_line(group)
            if layout.spacing >= 1.5 and task != "3":
                self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if self.rng.random() < 0.5:
            self.document.add_section(WD_SECTION.NEW_PAGE)
        else:
            self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self._heading_para(
            "4 References" if layout.numbering == "typed" and layout.heading_mode == "styles" else "References",
            1,
            numbered=False,
        )
        for ref in REFERENCES:
            paragraph = self.document.add_paragraph(ref)
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)


def _targets(rng: random.Random, layout: Layout) -> dict[str, int]:
    def factor() -> float:
        roll = rng.random()
        if roll < 0.2:
            return rng.uniform(1.01, 1.15)
        if roll < 0.4:
            return rng.uniform(0.55, 0.8)
        return rng.uniform(0.88, 1.0)

    one_a = {1.0: 420, 1.15: 380, 1.5: 300, 2.0: 220}.get(layout.spacing, 320)
    g1, g2, g3 = 1500 * factor(), 1750 * factor(), 1500 * factor()
    s1, s2, s3 = rng.uniform(0.4, 0.55), rng.uniform(0.45, 0.6), rng.uniform(0.45, 0.55)
    return {
        "1a": int(one_a * rng.uniform(0.65, 0.95)),
        "1b": int(g1 * s1),
        "1c": int(g1 * (1 - s1)),
        "2a": int(g2 * s2),
        "2b": int(g2 * (1 - s2)),
        "3a": int(g3 * s3),
        "3b": int(g3 * (1 - s3)),
    }


def build(index: int) -> tuple[bytes, Truth]:
    layout = LAYOUTS[index % len(LAYOUTS)]
    report = Report(layout, index)
    targets = _targets(report.rng, layout)
    sub = layout.part_label == "alone" or report.rng.random() < 0.6
    report.build(targets, sub)
    out = io.BytesIO()
    report.document.save(out)
    part_words = dict(report.part_words)
    group_words = {group: sum(part_words[p] for p in parts) for group, parts in LIMIT_GROUPS.items()}
    truth = Truth(
        name="",
        seed=index,
        layout=layout.name,
        split="",
        part_words=part_words,
        group_words=group_words,
        headings=dict(report.headings),
    )
    return out.getvalue(), truth
