"""Layout pool 33: long CIM 2206 scripts carrying everything a long report carries.

Each report has a cover page, an executive summary and a contents page before Task 1 (front matter numbered in
roman numerals, the body restarting at 1), landscape sections holding wide tables, a reference list, a glossary
and appendices A to D (survey results, personas, a budget and a Gantt chart as a table). Truth is counted while
the text is written, under the 2206 word-count policy.
"""

from __future__ import annotations

import io
import random

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Long 2206 scripts (18 to 30 pages): cover, executive summary and contents in roman-numbered front matter, "
    "landscape table sections, long reference lists, a glossary and appendices A to D after the references"
)
REPORTS = 30

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}
LETTER = {"a": "A", "b": "B", "c": "C"}
WORDS = {"1": "One", "2": "Two", "3": "Three"}

AUTHORS = (
    (
        "Chaffey and Ellis-Chadwick",
        2019,
        "Digital marketing: strategy, implementation and practice. 7th edn. Harlow: Pearson",
    ),
    ("Chaffey and Smith", 2017, "Digital marketing excellence. 5th edn. Abingdon: Routledge"),
    ("Kotler, Kartajaya and Setiawan", 2021, "Marketing 5.0: technology for humanity. Hoboken: Wiley"),
    ("Ryan", 2020, "Understanding digital marketing. 5th edn. London: Kogan Page"),
    ("Kingsnorth", 2019, "Digital marketing strategy. 2nd edn. London: Kogan Page"),
    (
        "Lemon and Verhoef",
        2016,
        "Understanding customer experience throughout the customer journey, Journal of Marketing, 80(6)",
    ),
    ("McKinsey", 2021, "The value of getting personalization right, or wrong, is multiplying. New York: McKinsey"),
    ("Smith", 2020, "PR Smith's SOSTAC guide. London: PR Smith"),
    ("Strauss and Frost", 2016, "E-marketing. 7th edn. Abingdon: Routledge"),
    ("Tiago and Veríssimo", 2014, "Digital marketing and social media: why bother?, Business Horizons, 57(6)"),
    ("Hanlon", 2022, "Digital marketing: strategic planning and integration. 2nd edn. London: Sage"),
    ("Econsultancy", 2020, "Personalisation: a marketer's guide. London: Econsultancy"),
    ("Gartner", 2019, "Personalization engines market guide. Stamford: Gartner"),
    ("Information Commissioner's Office", 2021, "Guide to the UK GDPR. Wilmslow: ICO"),
    ("Kumar and Reinartz", 2018, "Customer relationship management. 3rd edn. Berlin: Springer"),
    ("Rogers", 2016, "The digital transformation playbook. New York: Columbia University Press"),
    ("Deloitte", 2020, "Connecting meaningfully with customers. London: Deloitte"),
    ("Kannan and Li", 2017, "Digital marketing: a framework, review and research agenda, IJRM, 34(1)"),
    ("Jobber and Ellis-Chadwick", 2019, "Principles and practice of marketing. 9th edn. Maidenhead: McGraw-Hill"),
    ("Ofcom", 2022, "Online nation report. London: Ofcom"),
    ("Statista", 2023, "E-commerce in the United Kingdom. Hamburg: Statista"),
    ("Baymard Institute", 2022, "Cart abandonment rate statistics. Copenhagen: Baymard"),
)

SECTORS = (
    ("outdoor clothing retailer", "waterproof jackets"),
    ("specialist coffee roaster", "subscription boxes"),
    ("regional building society", "fixed-rate mortgages"),
    ("independent cinema chain", "membership passes"),
    ("home furniture brand", "modular sofas"),
    ("craft brewery", "mixed cases"),
    ("pet food manufacturer", "grain-free recipes"),
    ("leisure centre operator", "swim memberships"),
)

SEGMENTS = ("young urban professionals", "retired homeowners", "busy parents", "students", "small business owners")

SUBHEADINGS = (
    "Context",
    "Current position",
    "Data and technology",
    "Customer insight",
    "Channel choices",
    "Measuring success",
    "Key considerations",
    "Recommendations",
    "Stakeholders",
    "Timescales",
)

GLOSSARY = (
    ("A/B test", "a controlled comparison of two versions of a page or message"),
    ("CDP", "customer data platform: a system that unifies first-party customer data"),
    ("CRM", "customer relationship management"),
    ("CRO", "conversion rate optimisation"),
    ("CTA", "call to action"),
    ("DMP", "data management platform holding third-party audience data"),
    ("GDPR", "General Data Protection Regulation"),
    ("KPI", "key performance indicator"),
    ("Re-marketing", "showing messages to people who have visited a site before"),
    ("RFM", "recency, frequency and monetary value segmentation"),
    ("SEO", "search engine optimisation"),
    ("UX", "user experience"),
)


# --- text ------------------------------------------------------------------------------------------------------
class Writer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake
        sector = rng.choice(SECTORS)
        self.org = fake.company().replace(",", "")
        self.sector, self.product = sector
        self.city = fake.city()
        self.rivals = [fake.company().replace(",", "") for _ in range(2)]
        self.segment = rng.choice(SEGMENTS)
        self.cited: list[tuple[str, int, str]] = []

    def cite(self) -> tuple[str, int]:
        author, year, title = self.rng.choice(AUTHORS)
        if (author, year, title) not in self.cited:
            self.cited.append((author, year, title))
        return author, year

    def sentence(self) -> str:
        r = self.rng
        author, year = self.cite()
        n = r.randint(2, 90)
        templates = (
            f"{self.org} sells {self.product} to around {r.randint(12, 480)},000 customers in {self.city} and beyond.",
            f"Personalisation at {self.org} is at an early stage, relying mainly on basic email segmentation "
            f"({author}, {year}).",
            f"According to {author} ({year}), tailored offers can raise conversion rates by up to {n}%.",
            f"The {self.segment} segment accounts for {n}% of online revenue and visits the site "
            f"{r.randint(2, 9)} times a month.",
            f"As {author} ({year}, p. {r.randint(12, 420)}) argue, “relevance is the currency of attention”.",
            "A recommendation engine would combine browsing history, purchase data and location to profile "
            "each visitor.",
            f"Competitors such as {self.rivals[0]} and {self.rivals[1]} already offer real-time recommendations "
            f"on their websites.",
            f"Privacy regulation, notably the UK GDPR, limits how first-party data may be collected and stored "
            f"({author}, {year}).",
            f"Mobile now accounts for {n}% of sessions, yet its conversion rate lags desktop by "
            f"{r.randint(1, 4)}.{r.randint(0, 9)} points.",
            "Customers increasingly expect consistent and efficient experiences across e-commerce, apps and "
            "social media.",
            f"Email open rates have fallen to {n}% over the last two years, which suggests messages are seen as "
            f"generic.",
            f"The marketing team of {r.randint(3, 14)} people has limited analytics skills and relies on "
            f"agency support.",
            f"Machine learning allows offers to be adjusted within milliseconds of a click ({author}, {year}).",
            "Loyalty data is currently held in a separate system, so the online and in-store views of the "
            "customer never meet.",
            f"{author} ({year}) describe the customer journey as a sequence of touchpoints that the firm only "
            f"partly controls.",
            f"A budget of £{r.randint(20, 240)},000 has been proposed for the first year of the programme.",
            f"Basket abandonment stands at {r.randint(55, 82)}%, close to the sector average reported by "
            f"{author} ({year}).",
            "Dynamic content blocks can change the hero image, product list and offer for each returning visitor.",
            f"Trust is central: {n}% of surveyed customers said they would share data in return for a clear benefit.",
            "Senior managers will need evidence of return on investment before committing to a wider roll-out.",
        )
        return r.choice(templates)

    def paragraph(self, lo: int = 3, hi: int = 6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def bullet(self) -> str:
        s = self.sentence()
        return s


# --- layouts ---------------------------------------------------------------------------------------------------
# name: font, size range, line spacing, heading mode, part label style, contents kind, landscape, word count lines
LAYOUTS = {
    "roman-front-styles": dict(
        font="Calibri",
        sizes=(11, 12),
        spacing=(1.0, 1.15),
        mode="styles",
        label="task-paren",
        contents="field",
        wordline=True,
    ),
    "decimal-double": dict(
        font="Times New Roman",
        sizes=(11, 12),
        spacing=(1.5, 2.0),
        mode="styles",
        label="decimal",
        contents="typed",
        wordline=False,
    ),
    "dash-bold-arial": dict(
        font="Arial", sizes=(10.5, 11), spacing=(1.5, 1.5), mode="bold", label="dash", contents="typed", wordline=True
    ),
    "part-letter-georgia": dict(
        font="Georgia",
        sizes=(11, 12),
        spacing=(1.15, 1.5),
        mode="styles",
        label="part-letter",
        contents="field",
        wordline=False,
    ),
    "short-label-large": dict(
        font="Verdana", sizes=(13, 14), spacing=(1.0, 1.15), mode="bold", label="short", contents="typed", wordline=True
    ),
    "under-task-letters": dict(
        font="Cambria",
        sizes=(11, 12),
        spacing=(1.5, 2.0),
        mode="styles",
        label="letters",
        contents="field",
        wordline=False,
    ),
}
LAYOUT_NAMES = tuple(LAYOUTS)


def part_heading(label: str, part: str, with_title: bool) -> str:
    task, letter = part[0], part[1]
    title = PART_TITLES[part]
    if label == "task-paren":
        base = f"Task {task} ({letter})"
        return f"{base} {title}" if with_title else base
    if label == "decimal":
        idx = "abc".index(letter) + 1
        return f"{task}.{idx} {title}" if with_title else f"{task}.{idx}"
    if label == "dash":
        base = f"Task {task} – part {letter}"
        return f"{base}: {title}" if with_title else base
    if label == "part-letter":
        base = f"Part {LETTER[letter]} (Task {task})"
        return f"{base} – {title}" if with_title else base
    if label == "short":
        return f"{task}{letter}) {title}" if with_title else f"{task}{letter})"
    # letters under the task heading
    return f"({letter}) {title}"


def task_heading(label: str, task: str) -> str:
    title = TASK_TITLES[task]
    if label == "decimal":
        return f"{task}. {title}"
    if label == "part-letter":
        return f"Task {WORDS[task]}: {title}"
    if label in ("dash", "short"):
        return f"TASK {task}"
    return f"Task {task} – {title}"


# --- docx helpers ----------------------------------------------------------------------------------------------
def add_field(paragraph, instr: str, shown: str) -> None:
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run(shown)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def page_numbering(section, fmt: str, start: int | None) -> None:
    sect = section._sectPr
    for old in sect.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType"):
        sect.remove(old)
    attrs = f'w:fmt="{fmt}"' + (f' w:start="{start}"' if start is not None else "")
    el = parse_xml(f"<w:pgNumType {nsdecls('w')} {attrs}/>")
    # pgNumType goes after pgMar / pgSz in schema order; appending before cols keeps Word happy enough
    cols = sect.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols")
    if cols is not None:
        cols.addprevious(el)
    else:
        sect.append(el)


def set_footer(section, text: str, roman: bool) -> None:
    section.footer.is_linked_to_previous = False
    footer = section.footer
    p = footer.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.alignment = 1
    if text:
        p.add_run(text + "   ")
    add_field(p, "PAGE", "i" if roman else "1")


def set_header(section, text: str) -> None:
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = text
    section.header.paragraphs[0].alignment = 2


def orient(section, landscape: bool) -> None:
    w, h = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = h, w
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = w, h


def shade(cell, colour: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{colour}"/>'))


def add_table(document, rows: list[list[str]], style: str = "Table Grid") -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = style
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text = value
            for p in cell.paragraphs:
                p.paragraph_format.line_spacing = 1.0
                p.paragraph_format.space_after = Pt(0)
                for r in p.runs:
                    r.font.size = Pt(9)
                    r.bold = i == 0
            if i == 0:
                shade(cell, "D9E2F3")


# --- the builder -----------------------------------------------------------------------------------------------
class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(33_000 + index)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(33_000 + index)
        self.w = Writer(self.rng, self.fake)
        self.layout_name = LAYOUT_NAMES[index % len(LAYOUT_NAMES)]
        self.lay = LAYOUTS[self.layout_name]
        self.doc = docx.Document()
        self.size = self.rng.choice(self.lay["sizes"])
        self.spacing = self.rng.choice(self.lay["spacing"])
        self.with_title = self.rng.random() < 0.6 if self.lay["label"] in ("decimal", "dash", "short") else True
        if self.lay["label"] in ("task-paren", "part-letter"):
            self.with_title = self.rng.random() < 0.8
        self.words = {p: 0 for p in PARTS}
        self.headings: dict[str, str] = {}
        self.part: str | None = None
        self.setup()

    # styles and page
    def setup(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = self.lay["font"]
        normal.element.rPr.rFonts.set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", self.lay["font"]
        )
        normal.font.size = Pt(self.size)
        pf = normal.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        pf.line_spacing = self.spacing
        pf.space_after = Pt(self.rng.choice((0, 6, 8)))
        for name, size in (("Heading 1", self.size + 5), ("Heading 2", self.size + 2), ("Heading 3", self.size)):
            style = styles[name]
            style.font.name = self.lay["font"]
            style.font.size = Pt(size)
        margin = Cm(self.rng.choice((2.0, 2.54, 3.0)))
        for s in self.doc.sections:
            s.left_margin = s.right_margin = margin
            s.top_margin = s.bottom_margin = Cm(self.rng.choice((2.0, 2.54)))
            orient(s, False)

    # counted and uncounted paragraphs
    def body(self, text: str, style: str | None = None) -> None:
        self.doc.add_paragraph(text, style=style)
        if self.part is not None:
            self.words[self.part] += count(text)

    def plain(
        self,
        text: str,
        *,
        bold: bool = False,
        size: float | None = None,
        italic: bool = False,
        style: str | None = None,
        align: int | None = None,
    ):
        p = self.doc.add_paragraph(style=style)
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def heading(self, text: str, level: int) -> None:
        if self.lay["mode"] == "styles":
            self.doc.add_heading(text, level=level)
        else:
            size = {1: self.size + 4, 2: self.size + 1, 3: self.size}[level]
            p = self.plain(text, bold=level < 3, italic=level == 3, size=size)
            if level == 2 and self.lay["label"] == "short":
                p.runs[0].underline = True
            p.paragraph_format.space_before = Pt(12 if level < 3 else 6)
            p.paragraph_format.keep_with_next = True

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape: bool) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        orient(section, landscape)
        page_numbering(section, "decimal", None)  # numbering runs on through the body's later sections

    # front matter
    def cover(self) -> None:
        for _ in range(4):
            self.doc.add_paragraph()
        self.plain("CIM Level 6 Diploma in Professional Digital Marketing", bold=True, size=self.size + 6, align=1)
        self.plain("Mastering Digital Channels (2206)", bold=True, size=self.size + 4, align=1)
        self.plain(f"A personalisation report for {self.w.org}", size=self.size + 2, align=1)
        self.doc.add_paragraph()
        self.plain(f"CIM membership number: {self.rng.randint(1000000, 9999999)}", align=1)
        self.plain(f"Study centre: {self.fake.city()} School of Marketing", align=1)
        self.plain(
            f"Submission: {self.rng.choice(('July', 'December'))} {self.rng.choice((2022, 2023, 2024))}", align=1
        )
        self.page_break()

    def exec_summary(self) -> None:
        self.heading("Executive summary", 1)
        for _ in range(self.rng.randint(3, 4)):
            self.plain(self.w.paragraph(3, 5))
        self.page_break()

    def contents(self, entries: list[tuple[str, int]]) -> None:
        self.heading("Contents", 1)
        if self.lay["contents"] == "field":
            first = True
            paragraphs = []
            for text, page in entries:
                p = self.doc.add_paragraph(style="Normal")
                paragraphs.append((p, text, page))
            for i, (p, text, page) in enumerate(paragraphs):
                if first:
                    for xml in (
                        f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>',
                        f'<w:instrText {nsdecls("w")} xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>',
                        f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>',
                    ):
                        p.add_run()._r.append(parse_xml(xml))
                    first = False
                indent = text.startswith(("Task", "TASK")) or not text[:1].isdigit()
                p.paragraph_format.left_indent = Cm(0 if indent and not text.startswith("(") else 0.6)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.add_run(f"{text}\t{page}")
                if i == len(paragraphs) - 1:
                    p.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
        else:
            for text, page in entries:
                p = self.doc.add_paragraph(f"{text}\t{page}")
                p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
        # front matter ends: new section, body numbered from 1

    # parts
    def part_text(self, target: int, allow_table: bool) -> None:
        """Body paragraphs, lists, sub-headings and perhaps a table, until ``target`` counted words."""
        r = self.rng
        start = self.words[self.part]
        sub_used = set()
        made_table = False
        while self.words[self.part] - start < target:
            left = target - (self.words[self.part] - start)
            roll = r.random()
            if roll < 0.12 and left > 150:
                sub = r.choice([s for s in SUBHEADINGS if s not in sub_used] or SUBHEADINGS)
                sub_used.add(sub)
                self.heading(sub, 3)
                self.body(self.w.paragraph(2, 4))
            elif roll < 0.24 and left > 80:
                style = r.choice(("List Bullet", "List Number"))
                for _ in range(r.randint(3, 5)):
                    self.body(self.w.sentence(), style=style)
            elif roll < 0.3 and allow_table and not made_table:
                made_table = True
                self.small_table()
            else:
                sentences = []
                total = 0
                while total < min(left, r.randint(60, 140)):
                    s = self.w.sentence()
                    sentences.append(s)
                    total += count(s)
                self.body(" ".join(sentences))

    def small_table(self) -> None:
        r = self.rng
        rows = [["Channel", "Visits (000s)", "Conversion %", "Revenue £000"]]
        for ch in ("Organic search", "Paid search", "Email", "Social", "Direct"):
            rows.append([ch, str(r.randint(10, 900)), f"{r.randint(5, 60) / 10:.1f}", str(r.randint(20, 2000))])
        add_table(self.doc, rows)
        self.plain(
            f"Table {r.randint(1, 9)}: Channel performance, last twelve months (company data)",
            italic=True,
            size=self.size - 1,
        )

    def wide_table(self, title: str) -> None:
        r = self.rng
        months = ("Month 1", "Month 2", "Month 3", "Month 4", "Month 5", "Month 6")
        rows = [["Action", "Channel", "Owner", "KPI", *months, "Cost £"]]
        for action in (
            "Audit data sources",
            "Build segments",
            "Personalised email",
            "Dynamic web content",
            "Re-marketing ads",
            "A/B testing",
            "Review and scale",
        ):
            marks = ["■" if r.random() < 0.4 else "" for _ in months]
            rows.append(
                [
                    action,
                    r.choice(("Email", "Web", "Social", "Search")),
                    r.choice(("CRM lead", "Agency", "Web team", "Marketing manager")),
                    r.choice(("CTR", "Conversion %", "AOV", "Return rate")),
                    *marks,
                    f"{r.randint(2, 60)},000",
                ]
            )
        add_table(self.doc, rows)
        self.plain(title, italic=True, size=self.size - 1)

    def build(self) -> tuple[bytes, Truth]:
        r = self.rng
        lay = self.lay
        label = lay["label"]
        # targets
        f1, f2, f3 = (r.choice((0.55, 0.8, 0.95, 1.0, 1.04, 1.09)) for _ in range(3))
        g1, g2, g3 = int(1500 * f1), int(1750 * f2), int(1500 * f3)
        s1, s2, s3 = r.uniform(0.4, 0.6), r.uniform(0.45, 0.6), r.uniform(0.45, 0.6)
        targets = {
            "1a": r.randint(260, 420) if self.size < 13 else r.randint(200, 300),
            "1b": int(g1 * s1),
            "1c": g1 - int(g1 * s1),
            "2a": int(g2 * s2),
            "2b": g2 - int(g2 * s2),
            "3a": int(g3 * s3),
            "3b": g3 - int(g3 * s3),
        }
        for p in PARTS:
            self.headings[p] = part_heading(label, p, self.with_title)

        header_text = f"{self.w.org} – Personalisation report"
        front = self.doc.sections[0]
        page_numbering(front, "lowerRoman", 1)
        set_footer(front, "", roman=True)
        self.cover()
        self.exec_summary()
        entries: list[tuple[str, int]] = []
        page = 1
        for task in "123":
            entries.append((task_heading(label, task), page))
            for p in PARTS:
                if p[0] == task:
                    entries.append((self.headings[p], page))
                    page += r.randint(1, 3)
        entries += [("References", page), ("Glossary", page + 2)]
        entries += [(f"Appendix {x}", page + 3 + i) for i, x in enumerate("ABCD")]
        self.contents(entries)

        # body section: decimal from 1
        self.new_section(False)
        body = self.doc.sections[-1]
        page_numbering(body, "decimal", 1)
        set_footer(body, r.choice(("Page", "")), roman=False)
        set_header(body, header_text)
        landscape_in = r.choice(("2a", "2b", "3a"))
        for task in "123":
            self.part = None
            self.heading(task_heading(label, task), 1)
            for p in PARTS:
                if p[0] != task:
                    continue
                self.part = None
                self.heading(self.headings[p], 2)
                self.part = p
                if p == landscape_in:
                    half = targets[p] // 2
                    self.part_text(half, allow_table=False)
                    self.part = None
                    self.new_section(True)
                    set_header(self.doc.sections[-1], header_text)
                    self.wide_table(f"Table {r.randint(2, 8)}: Twelve-week action plan (landscape)")
                    self.new_section(False)
                    self.part = p
                    self.part_text(targets[p] - half, allow_table=False)
                else:
                    self.part_text(targets[p], allow_table=p != "1a")
                if lay["wordline"] and p in ("1a", "1c", "2b", "3b"):
                    self.part = None
                    group = {"1a": None, "1c": "task1-bc", "2b": "task2-ab", "3b": "task3-ab"}[p]
                    n = self.words[p] if group is None else sum(self.words[x] for x in LIMIT_GROUPS[group])
                    self.plain(f"Word count: {n:,}", italic=True)
            if task != "3" and r.random() < 0.5:
                self.part = None
                self.page_break()
        self.part = None

        # references
        self.page_break()
        self.heading("References", 1)
        extra = [a for a in AUTHORS if a not in self.w.cited]
        refs = self.w.cited + r.sample(extra, min(len(extra), r.randint(4, 10)))
        for author, year, title in sorted(refs):
            ref = self.plain(f"{author} ({year}) {title}.")
            ref.paragraph_format.line_spacing = 1.0
            ref.paragraph_format.left_indent = Cm(1)
            ref.paragraph_format.first_line_indent = Cm(-1)
        # glossary and appendices
        self.page_break()
        self.heading("Glossary", 1)
        if r.random() < 0.5:
            add_table(self.doc, [["Term", "Meaning"], *[[t, m] for t, m in GLOSSARY]])
        else:
            for t, m in GLOSSARY:
                p = self.doc.add_paragraph()
                p.paragraph_format.line_spacing = 1.0
                p.add_run(t).bold = True
                p.add_run(f": {m}")
        self.appendices(header_text)

        buffer = io.BytesIO()
        self.doc.save(buffer)
        group_words = {g: sum(self.words[p] for p in parts) for g, parts in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=self.layout_name,
            split="",
            part_words=dict(self.words),
            group_words=group_words,
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )
        return buffer.getvalue(), truth

    def appendices(self, header_text: str) -> None:
        r = self.rng
        self.page_break()
        self.heading("Appendix A: Customer survey results", 1)
        self.plain(f"Online survey of {r.randint(120, 900)} customers, run over four weeks.")
        rows = [["Question", "Agree %", "Neutral %", "Disagree %"]]
        for q in (
            "I like offers based on past purchases",
            "I worry about how my data is used",
            "Emails from the brand feel relevant",
            "I would use an app with my preferences",
        ):
            a = r.randint(20, 70)
            b = r.randint(5, 100 - a)
            rows.append([q, str(a), str(b), str(100 - a - b)])
        add_table(self.doc, rows)
        self.page_break()
        self.heading("Appendix B: Personas", 1)
        for _ in range(2):
            name = self.fake.first_name()
            self.heading(f"{name}, {r.randint(22, 68)}", 3)
            self.plain(
                f"{name} lives in {self.fake.city()} and works as a {self.fake.job().lower()}. "
                + self.w.paragraph(2, 3)
            )
        self.page_break()
        self.heading("Appendix C: Budget", 1)
        rows = [["Item", "Year 1 £", "Year 2 £"]]
        for item in (
            "Personalisation engine licence",
            "CDP integration",
            "Agency fees",
            "Paid re-marketing",
            "Training",
            "Contingency",
        ):
            rows.append([item, f"{r.randint(5, 90)},000", f"{r.randint(5, 90)},000"])
        add_table(self.doc, rows)
        # Gantt chart on a landscape page
        self.new_section(True)
        set_header(self.doc.sections[-1], header_text)
        self.heading("Appendix D: Gantt chart", 1)
        weeks = [f"W{i}" for i in range(1, 13)]
        rows = [["Activity", *weeks]]
        for act in (
            "Data audit",
            "Segment build",
            "Email journeys",
            "Web content",
            "Re-marketing",
            "Testing",
            "Evaluation",
        ):
            s = r.randint(0, 8)
            e = r.randint(s + 1, 12)
            rows.append([act, *["█" if s <= i < e else "" for i in range(12)]])
        add_table(self.doc, rows)


def build(index: int) -> tuple[bytes, Truth]:
    return Report(index).build()
