"""Pool 29 (HELD OUT): CIM 2206 reports written in two columns or side by side throughout.

Every report answers the brief in newspaper-style columns, from Task 1 to the references: some with headings that
span both columns (a one-column continuous section above each block of columns), some with headings inside a
column, column breaks before some parts, narrow and wide gutters, a vertical line between columns, tables and
figures inside a column, footnotes under the columns, and one layout in three columns on a landscape page.
Truth is counted while the text is written, under the rubric's word-count policy.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "CIM 2206 reports written in two (once three) newspaper-style columns throughout: spanning or in-column "
    "headings, column breaks, line between columns, tables, figures and footnotes inside columns"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
MONTHS = ("January", "March", "May", "June", "September", "November")
MODULE = "CIM Level 6 Diploma in Professional Digital Marketing – Mastering Digital Channels (2206)"


@dataclass(frozen=True)
class Layout:
    name: str
    columns: int
    gutter_cm: float
    line_between: bool
    spanning: str  # "none": headings in the columns; "task": task headings span; "part": every heading spans
    label: str  # how parts are labelled
    with_title: bool
    task_headings: bool
    heading_kind: str  # "styles", "bold", "caps", "shaded"
    fonts: tuple[str, ...]
    sizes: tuple[float, ...]
    spacings: tuple[float, ...]
    margin_cm: tuple[float, float]
    landscape: bool = False
    column_breaks: tuple[str, ...] = ()
    cover: bool = False
    contents: bool = False
    footnotes: int = 0
    tables: bool = False
    figure: bool = False
    bullets: bool = False
    word_count_lines: bool = False
    header: bool = True
    justify: bool = False


LAYOUTS = (
    Layout(
        "spanning-part-headings",
        2,
        1.0,
        False,
        "part",
        "task-paren",
        True,
        True,
        "styles",
        ("Calibri", "Arial"),
        (11.0, 12.0),
        (1.15, 1.5),
        (2.54, 2.54),
        footnotes=3,
        tables=True,
        cover=True,
    ),
    Layout(
        "columns-throughout-in-column-headings",
        2,
        0.6,
        False,
        "none",
        "short",
        False,
        True,
        "bold",
        ("Times New Roman", "Georgia"),
        (11.0, 12.0),
        (1.0, 1.15),
        (2.0, 2.0),
        column_breaks=("2a", "3a"),
        bullets=True,
        justify=True,
    ),
    Layout(
        "line-between-wide-gutter",
        2,
        1.6,
        True,
        "task",
        "task-dash",
        True,
        True,
        "caps",
        ("Arial", "Verdana"),
        (10.5, 11.0),
        (1.15, 1.5),
        (2.2, 2.5),
        footnotes=2,
        tables=True,
        word_count_lines=True,
    ),
    Layout(
        "three-columns-landscape",
        3,
        0.8,
        True,
        "none",
        "t-short",
        True,
        False,
        "bold",
        ("Calibri", "Segoe UI"),
        (10.5, 11.0),
        (1.0, 1.15),
        (1.5, 1.8),
        landscape=True,
        column_breaks=("2a",),
        figure=True,
    ),
    Layout(
        "question-labels-double-spaced",
        2,
        1.0,
        False,
        "part",
        "question",
        True,
        False,
        "shaded",
        ("Cambria", "Garamond"),
        (12.0, 13.0, 14.0),
        (1.5, 2.0),
        (2.54, 3.0),
        cover=True,
        footnotes=2,
        bullets=True,
    ),
    Layout(
        "cover-contents-then-columns",
        2,
        1.25,
        True,
        "task",
        "task-paren",
        False,
        True,
        "styles",
        ("Calibri", "Century Gothic"),
        (11.0, 12.0),
        (1.15,),
        (2.54, 2.54),
        cover=True,
        contents=True,
        column_breaks=("1c", "2b", "3b"),
        tables=True,
        figure=True,
        footnotes=1,
    ),
    Layout(
        "narrow-gutter-numbered-parts",
        2,
        0.4,
        False,
        "none",
        "num-dot",
        True,
        True,
        "styles",
        ("Arial", "Tahoma"),
        (10.5, 11.0),
        (1.0, 1.15),
        (1.8, 2.0),
        bullets=True,
        tables=True,
        footnotes=2,
        word_count_lines=True,
        justify=True,
    ),
)

AUTHORS = (
    ("Chaffey and Ellis-Chadwick", 2019, "Digital Marketing. 7th edn. Harlow: Pearson."),
    ("Chaffey and Smith", 2017, "Digital Marketing Excellence. 5th edn. Abingdon: Routledge."),
    ("Kotler et al.", 2017, "Marketing 4.0: Moving from Traditional to Digital. Hoboken: Wiley."),
    ("Ryan", 2016, "Understanding Digital Marketing. 4th edn. London: Kogan Page."),
    ("Kingsnorth", 2019, "Digital Marketing Strategy. 2nd edn. London: Kogan Page."),
    ("Lemon and Verhoef", 2016, "Understanding customer experience throughout the customer journey. "),
    ("Smith and Zook", 2020, "Marketing Communications. 7th edn. London: Kogan Page."),
    ("Jobber and Ellis-Chadwick", 2020, "Principles and Practice of Marketing. 9th edn. London: McGraw-Hill."),
    ("Bleier and Eisenbeiss", 2015, "Personalized online advertising effectiveness. Marketing Science, 34(5)."),
    ("Strauss and Frost", 2014, "E-Marketing. 7th edn. Harlow: Pearson."),
    ("Hanlon", 2022, "Digital Marketing: Strategic Planning and Integration. 2nd edn. London: Sage."),
    ("McKinsey", 2021, "The value of getting personalization right. New York: McKinsey & Company."),
)

SECTORS = (
    ("outdoor clothing retailer", "walkers and climbers", "jackets"),
    ("independent coffee chain", "commuters", "loyalty drinks"),
    ("regional bank", "first-time savers", "savings accounts"),
    ("online furniture brand", "young homeowners", "sofas"),
    ("fitness club group", "lapsed members", "memberships"),
    ("boutique hotel group", "weekend travellers", "short breaks"),
    ("pet food subscription service", "new dog owners", "subscriptions"),
    ("craft brewery", "beer enthusiasts", "mixed cases"),
)

SUBHEADINGS = {
    "1a": ("Background", "Products and customers", "Digital presence"),
    "1b": ("Current developments", "Future developments", "Implications"),
    "1c": ("The chosen segment", "Channel recommendations", "Expected benefits"),
    "2a": ("Objectives", "Actions", "Measurement"),
    "2b": ("Content", "Re-marketing", "Timing and frequency"),
    "3a": ("Resources", "Governance", "Implementation steps"),
    "3b": ("Data and privacy", "Technology", "People and culture"),
}

TOPIC = {
    "1a": (
        "{org} was founded in {year0} and now employs {staff} people across {sites} sites in {city}.",
        "Annual turnover reached £{rev} million last year, with {pct}% of sales now made online.",
        "The core offer is {product}, sold to {segment} through the website, the app and its stores.",
        "Its mission is to make every visit feel personal, a goal that the board restated in {year1}.",
        "Competitors such as {rival} have invested heavily in mobile apps and loyalty schemes.",
        "The marketing team of {team} people manages email, social media, search and the website.",
    ),
    "1b": (
        "Personalisation has moved from simple name-insertion in emails to real-time, data-driven experiences.",
        "Machine learning now lets retailers predict what each visitor wants before they search.",
        "Dynamic content on websites changes banners, offers and product order for each returning visitor.",
        "Voice assistants and smart devices are likely to become important touchpoints in the next five years.",
        "Consumers expect relevance but are increasingly wary of how their data is used.",
        "The decline of third-party cookies pushes brands to build first-party data through value exchanges.",
        "Location data allows offers to be triggered when a customer is near a store.",
    ),
    "1c": (
        "The {segment} segment represents about {pct}% of {org}'s online revenue.",
        "These customers research on mobile, often late in the evening, and buy {product} two or three times a year.",
        "Email could be personalised with browsing history so that each message shows relevant {product}.",
        "The app should remember preferences and suggest items based on previous purchases.",
        "Social media advertising can use lookalike audiences built from existing {segment}.",
        "A personalised landing page for this segment would shorten the path to purchase.",
    ),
    "2a": (
        "The current conversion rate of {cr}% is below the sector average of {cr2}%.",
        "The first action is to simplify checkout from five steps to three within {weeks} weeks.",
        "A/B testing of product pages will identify which images and copy convert best.",
        "Abandoned-basket emails should be sent within one hour, with a reminder after a day.",
        "The objective is to raise conversion to {cr2}% by the end of the financial year.",
        "Google Analytics goals will track each step of the funnel so that leaks can be found.",
        "A budget of £{budget},000 is proposed, mainly for testing software and staff time.",
    ),
    "2b": (
        "Content should be tailored to where each customer is in the journey.",
        "Re-marketing display advertising will follow visitors who viewed {product} but did not buy.",
        "Frequency caps of three impressions a day will avoid irritating potential customers.",
        "Personalised emails will recommend items that complement a customer's last purchase.",
        "User-generated reviews placed beside recommendations add social proof.",
        "Dynamic search ads can show the exact product a visitor looked at, with its current price.",
    ),
    "3a": (
        "Implementation needs a cross-functional team drawn from marketing, IT and customer service.",
        "A customer data platform will bring together data from the website, app, stores and email.",
        "The project will run in three phases over {months} months, starting with a pilot.",
        "Senior sponsorship from the marketing director will secure budget and resources.",
        "Staff will need training in analytics and in the new personalisation software.",
        "Key performance indicators will be reviewed monthly by the steering group.",
    ),
    "3b": (
        "The first risk is a breach of data protection rules, which could lead to heavy fines under the GDPR.",
        "A second risk is that personalisation feels intrusive, damaging trust in {org}.",
        "The third risk is technical: poor data quality would produce irrelevant recommendations.",
        "Each risk should have an owner, a likelihood score and a mitigation plan.",
        "Clear consent messages and a preference centre would reduce the privacy risk.",
        "Regular audits of the data will keep recommendations accurate.",
    ),
}

CITED = (
    "According to {author} ({year}), {claim}",
    "{Claim} ({author}, {year}).",
    "In the words of {author} ({year}, p. {page}), “{quote}”.",
)
CLAIMS = (
    "personalised experiences increase customer lifetime value",
    "relevance is now a basic expectation of digital customers",
    "small improvements in conversion have a large effect on profit",
    "trust is the foundation of any data-driven relationship",
    "the customer journey is no longer linear",
    "integrated channels outperform channels managed in isolation",
    "testing is the most reliable way to improve conversion",
    "re-marketing recovers a meaningful share of abandoned sessions",
)
QUOTES = (
    "personalisation without permission is simply intrusion",
    "the best digital experiences feel designed for one person",
    "data is only valuable when it changes what the customer sees",
)


class Writer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        sector = rng.choice(SECTORS)
        self.org = fake.company().replace(",", "")
        self.vars = {
            "org": self.org,
            "city": fake.city(),
            "rival": fake.company().replace(",", ""),
            "product": sector[2],
            "segment": sector[1],
            "year0": rng.randint(1975, 2012),
            "year1": rng.randint(2018, 2023),
            "staff": rng.randint(80, 2400),
            "sites": rng.randint(3, 60),
            "rev": rng.randint(8, 400),
            "pct": rng.randint(12, 68),
            "team": rng.randint(4, 30),
            "cr": round(rng.uniform(0.8, 2.2), 1),
            "cr2": round(rng.uniform(2.4, 3.8), 1),
            "weeks": rng.randint(6, 16),
            "budget": rng.randint(20, 150),
            "months": rng.randint(6, 18),
        }
        self.sector = sector[0]
        self.used: set[int] = set()

    def sentence(self, part: str) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            i = rng.randrange(len(AUTHORS))
            self.used.add(i)
            author, year, _ = AUTHORS[i]
            claim = rng.choice(CLAIMS)
            form = rng.choice(CITED)
            return form.format(
                author=author,
                year=year,
                claim=claim + ".",
                Claim=claim[0].upper() + claim[1:],
                page=rng.randint(12, 420),
                quote=rng.choice(QUOTES),
            )
        return rng.choice(TOPIC[part]).format(**self.vars)

    def sentences(self, part: str, words: int) -> list[str]:
        out: list[str] = []
        total = 0
        while total < words:
            s = self.sentence(part)
            if out and s == out[-1]:
                continue
            out.append(s)
            total += count(s)
        return out


def _set_cols(section, num: int, space_cm: float, sep: bool) -> None:
    sect = section._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
        grid = sect.find(qn("w:docGrid"))
        if grid is not None:
            grid.addprevious(cols)
        else:
            sect.append(cols)
    for attr in list(cols.attrib):
        del cols.attrib[attr]
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep:
        cols.set(qn("w:sep"), "1")


def _page_field(paragraph) -> None:
    paragraph.add_run("Page ")
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


class Builder:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(2900 + index * 7919)
        fake = Faker("en_GB")
        fake.seed_instance(290000 + index)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.w = Writer(self.rng, fake)
        self.fake = fake
        self.doc = docx.Document()
        self.part_words = {p: 0 for p in PARTS}
        self.headings: dict[str, str] = {}
        self.footnotes: list[str] = []
        self.tables = 0
        self.figures = 0
        lay, rng = self.layout, self.rng
        self.font = rng.choice(lay.fonts)
        self.size = rng.choice(lay.sizes)
        self.spacing = rng.choice(lay.spacings)
        self.col_width_cm = 0.0
        self.footnote_parts = rng.sample([p for p in PARTS if p != "1a"], lay.footnotes)

    # --- setup ---------------------------------------------------------------------------------------------
    def setup(self) -> None:
        lay = self.layout
        normal = self.doc.styles["Normal"]
        normal.font.name = self.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        normal.font.size = Pt(self.size)
        normal.paragraph_format.line_spacing = self.spacing
        normal.paragraph_format.space_after = Pt(6)
        if lay.justify:
            normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        if lay.landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        side, top = lay.margin_cm
        sec.left_margin = sec.right_margin = Cm(side)
        sec.top_margin = sec.bottom_margin = Cm(top)
        width = (29.7 if lay.landscape else 21.0) - 2 * side
        self.col_width_cm = (width - (lay.columns - 1) * lay.gutter_cm) / lay.columns
        if lay.header:
            header = sec.header.paragraphs[0]
            header.text = MODULE if self.rng.random() < 0.6 else f"Mastering Digital Channels – {self.w.org}"
            header.runs[0].font.size = Pt(self.rng.choice((9.5, 10.0, 11.0)))
            footer = sec.footer.paragraphs[0]
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _page_field(footer)
        for style_name in ("Heading 1", "Heading 2", "Heading 3"):
            style = self.doc.styles[style_name]
            style.font.name = self.font
            style.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)

    def columns(self, num: int, new_page: bool = False) -> None:
        """Start a new section with ``num`` columns (continuous unless ``new_page``)."""
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS)
        lay = self.layout
        _set_cols(sec, num, lay.gutter_cm, lay.line_between and num > 1)

    # --- headings ------------------------------------------------------------------------------------------
    def heading(self, text: str, level: int, column_break: bool = False):
        lay = self.layout
        if lay.heading_kind == "styles":
            p = self.doc.add_paragraph(style=f"Heading {level}")
            run = p.add_run(text)
        else:
            p = self.doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            shown = text.upper() if lay.heading_kind == "caps" and level == 1 else text
            run = p.add_run(shown)
            text = shown
            run.bold = True
            run.font.size = Pt(self.size + (4 if level == 1 else 2))
            if lay.heading_kind == "shaded":
                p._p.get_or_add_pPr().append(
                    parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9E2F3"/>')
                )
            if lay.heading_kind == "caps" and level == 2:
                run.underline = True
        if column_break:
            br = p.add_run()
            br.add_break(WD_BREAK.COLUMN)
            p._p.remove(br._r)
            p._p.insert(list(p._p).index(run._r), br._r)
        return p, text

    def subheading(self, text: str) -> None:
        lay = self.layout
        if lay.heading_kind == "styles":
            p = self.doc.add_paragraph(style="Heading 3")
            p.add_run(text)
        else:
            p = self.doc.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.italic = True
            run.font.size = Pt(self.size)
            p.paragraph_format.keep_with_next = True

    def part_label(self, part: str) -> str:
        t, x = part[0], part[1]
        label = {
            "task-paren": f"Task {t} ({x})",
            "short": f"{t}{x}.",
            "task-dash": f"Task {t} – {x})",
            "question": f"Question {t}({x})",
            "t-short": f"T{t}({x})",
            "num-dot": f"{t}{x}.",
        }[self.layout.label]
        if self.layout.with_title:
            sep = " – " if self.layout.label in ("task-paren", "question") else " "
            label = f"{label}{sep}{PART_TITLES[part]}"
        return label

    # --- body ----------------------------------------------------------------------------------------------
    def body(self, part: str, words: int, footnote: bool = False) -> int:
        sents = self.w.sentences(part, words)
        p = self.doc.add_paragraph()
        n = count(" ".join(sents))
        if footnote and len(sents) > 1:
            k = self.rng.randint(1, len(sents) - 1)
            p.add_run(" ".join(sents[:k]))
            self.footnotes.append(self.footnote_text(part))
            p._p.append(
                parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(self.footnotes)}"/></w:r>'
                )
            )
            p.add_run(" " + " ".join(sents[k:]))
        else:
            p.add_run(" ".join(sents))
        self.part_words[part] += n
        return n

    def footnote_text(self, part: str) -> str:
        return self.rng.choice(
            (
                f"Figures taken from {self.w.org} annual report, {self.w.vars['year1']}.",
                "Based on internal web analytics for the last twelve months.",
                "The GDPR came into force in May 2018 and applies to all EU and UK customer data.",
                "A customer data platform joins records from every channel into one profile.",
                "Conversion rate here means orders divided by sessions.",
            )
        )

    def bullets(self, part: str, items: int) -> int:
        n = 0
        for _ in range(items):
            s = self.w.sentence(part)
            p = self.doc.add_paragraph(style="List Bullet")
            p.add_run(s)
            n += count(s)
        self.part_words[part] += n
        return n

    def table(self, part: str) -> None:
        rng = self.rng
        self.tables += 1
        if part in ("2a", "3a"):
            head = ("Action", "Owner", "Timing")
            rows = [
                ("Simplify checkout", "Web team", f"Month {rng.randint(1, 3)}"),
                ("A/B test pages", "Analyst", f"Month {rng.randint(2, 5)}"),
                ("Basket emails", "CRM lead", f"Month {rng.randint(1, 4)}"),
            ]
            caption = f"Table {self.tables}: Action plan"
        elif part == "3b":
            head = ("Risk", "Likelihood", "Impact")
            rows = [
                ("Data breach", "Low", "High"),
                ("Intrusiveness", "Medium", "Medium"),
                ("Poor data", "High", "Medium"),
            ]
            caption = f"Table {self.tables}: Risk assessment"
        else:
            head = ("Channel", "Share of sales", "Growth")
            rows = [
                ("Website", f"{rng.randint(20, 50)}%", f"+{rng.randint(2, 20)}%"),
                ("App", f"{rng.randint(5, 25)}%", f"+{rng.randint(5, 40)}%"),
                ("Stores", f"{rng.randint(20, 60)}%", f"-{rng.randint(1, 9)}%"),
            ]
            caption = f"Table {self.tables}: Sales by channel"
        cap_first = rng.random() < 0.5
        if cap_first:
            self.caption(caption)
        t = self.doc.add_table(rows=1 + len(rows), cols=3)
        t.style = "Table Grid"
        width = Cm(self.col_width_cm / 3 - 0.05)
        for grid_col in t._tbl.tblGrid.gridCol_lst:
            grid_col.w = width
        for r, values in enumerate([head, *rows]):
            for c, value in enumerate(values):
                cell = t.cell(r, c)
                cell.width = width
                cell.text = value
                for para in cell.paragraphs:
                    para.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    for run in para.runs:
                        run.font.size = Pt(9)
                        run.bold = r == 0
        if not cap_first:
            self.caption(caption)

    def caption(self, text: str) -> None:
        p = self.doc.add_paragraph(style="Caption") if "Caption" in [s.name for s in self.doc.styles] else None
        if p is None:
            p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.italic = True
        run.font.size = Pt(9)

    def figure(self) -> None:
        rng = self.rng
        self.figures += 1
        img = Image.new("RGB", (400, 240), "white")
        draw = ImageDraw.Draw(img)
        draw.line((30, 210, 390, 210), fill="black", width=2)
        draw.line((30, 20, 30, 210), fill="black", width=2)
        for i in range(5):
            h = rng.randint(30, 180)
            draw.rectangle((50 + i * 68, 210 - h, 95 + i * 68, 209), fill=(40 + i * 30, 90, 160))
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        self.doc.add_picture(buf, width=Cm(min(self.col_width_cm - 0.3, 7.5)))
        self.caption(f"Figure {self.figures}: Monthly online sessions by channel")

    # --- report --------------------------------------------------------------------------------------------
    def cover(self) -> None:
        lay = self.layout
        for _ in range(4):
            self.doc.add_paragraph()
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("Mastering Digital Channels")
        r.bold = True
        r.font.size = Pt(24)
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(f"Personalisation report for {self.w.org}").font.size = Pt(16)
        for line in (
            f"CIM candidate number: {self.rng.randint(10000000, 99999999)}",
            "Study centre: " + self.fake.city() + " School of Marketing",
            f"Submitted: {self.rng.randint(1, 28)} {self.rng.choice(MONTHS)} {self.rng.randint(2021, 2025)}",
        ):
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line)
        if lay.contents:
            self.doc.add_page_break()
            h = self.doc.add_paragraph(style="Heading 1")
            h.add_run("Contents")
            for part in PARTS:
                p = self.doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(15))
                p.add_run(f"{self.part_label(part)}\t{2 + PARTS.index(part) // 2}")
            p = self.doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15))
            p.add_run("References\t6")

    def build(self) -> tuple[bytes, Truth]:
        lay, rng = self.layout, self.rng
        self.setup()
        cols = lay.columns
        if lay.cover:
            # cover (and contents) single column; the answer starts on a new page in columns
            self.cover()
            if lay.spanning == "none":
                self.columns(cols, new_page=True)
            else:
                self.columns(1, new_page=True)
        elif lay.spanning == "none":
            _set_cols(self.doc.sections[0], cols, lay.gutter_cm, lay.line_between)
        # sizes: group scales
        scale = {g: rng.choice((0.72, 0.8, 0.9, 0.95, 0.98, 1.0, 1.04, 1.08, 1.13)) for g in LIMIT_GROUPS}
        limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
        # 1a stays well inside one side of A4: a rough capacity of one page of columns at this size and spacing
        page_h = 21.0 if lay.landscape else 29.7
        height_pt = (page_h - 2 * lay.margin_cm[1]) * 28.35 - 80
        lines = height_pt / (self.size * 1.25 * self.spacing)
        words_per_line = self.col_width_cm * 28.35 / (self.size * 0.5) / 6
        capacity = lines * words_per_line * lay.columns
        targets = {"1a": max(80, min(rng.randint(230, 380), int(capacity * rng.uniform(0.55, 0.75))))}
        for g, parts in LIMIT_GROUPS.items():
            total = limits[g] * scale[g]
            share = rng.uniform(0.42, 0.58)
            targets[parts[0]] = int(total * share)
            targets[parts[1]] = int(total * (1 - share))
        in_columns = lay.spanning == "none"  # whether the current section has the columns
        for part in PARTS:
            task = part[0]
            new_task = part[1] == "a"
            brk = part in lay.column_breaks
            if in_columns and (lay.spanning == "part" or (lay.spanning == "task" and new_task)):
                self.columns(1)
                in_columns = False
            if new_task and lay.task_headings:
                text = f"Task {task}" if rng.random() < 0.5 else f"Task {task}: {TASK_TITLES[task]}"
                if lay.heading_kind == "caps":
                    text = text.upper()
                self.heading(text, 1, column_break=brk and in_columns)
                brk = False
            if lay.spanning == "task" and not in_columns:
                self.columns(cols)
                in_columns = True
            level = 2 if lay.task_headings else 1
            label = self.part_label(part)
            _, shown = self.heading(label, level, column_break=brk and in_columns)
            self.headings[part] = shown
            if lay.spanning == "part" and not in_columns:
                self.columns(cols)
                in_columns = True
            self.part_body(part, targets[part])
            if lay.word_count_lines and part[1] == ("c" if task == "1" else "b"):
                group = next(g for g, ps in LIMIT_GROUPS.items() if part in ps)
                words = sum(self.part_words[p] for p in LIMIT_GROUPS[group])
                wc = self.doc.add_paragraph()
                r = wc.add_run(f"Word count: {words:,}")
                r.italic = True
        self.references(in_columns)
        data = self.save()
        truth = Truth(
            name="",
            seed=self.index,
            layout=lay.name,
            split="",
            part_words=dict(self.part_words),
            group_words={g: sum(self.part_words[p] for p in ps) for g, ps in LIMIT_GROUPS.items()},
            headings=dict(self.headings),
        )
        return data, truth

    def part_body(self, part: str, target: int) -> None:
        lay, rng = self.layout, self.rng
        written = 0
        subs = list(SUBHEADINGS[part]) if (part != "1a" and rng.random() < 0.55) else []
        extras = []
        if lay.tables and part in ("1a", "2a", "3b") and rng.random() < 0.8:
            extras.append("table")
        if lay.figure and part in ("1b", "2b") and rng.random() < 0.7:
            extras.append("figure")
        footnote = part in self.footnote_parts
        blocks = 0
        while written < target - 25:
            if subs and blocks % 2 == 0:
                self.subheading(subs.pop(0))
            remaining = target - written
            if lay.bullets and blocks == 2 and remaining > 80:
                written += self.bullets(part, rng.randint(3, 5))
            else:
                size = min(remaining, rng.randint(70, 150))
                written += self.body(part, max(size, 20), footnote=footnote)
                footnote = False
            blocks += 1
            if extras and blocks == 1:
                what = extras.pop(0)
                self.table(part) if what == "table" else self.figure()

    def references(self, in_columns: bool) -> None:
        lay = self.layout
        if lay.spanning != "none" and in_columns and self.rng.random() < 0.5:
            self.columns(1)
            self.heading("References", 1)
            self.columns(lay.columns)
        else:
            self.heading("References", 1)
        for i in sorted(self.w.used or {0, 1}, key=lambda i: AUTHORS[i][0]):
            author, year, rest = AUTHORS[i]
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.add_run(f"{author} ({year}) {rest}")

    def save(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        if not self.footnotes:
            return buf.getvalue()
        return _add_footnotes(buf.getvalue(), self.footnotes, self.size)


TASK_TITLES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}


def _add_footnotes(data: bytes, notes: list[str], size: float) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    half = int(max(9.5, size - 1.5) * 2)
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for i, note in enumerate(notes, start=1):
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="{half}"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="{half}"/></w:rPr><w:t xml:space="preserve"> {note}</w:t></w:r></w:p>'
            f"</w:footnote>"
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}>{"".join(body)}</w:footnotes>'
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, content)
        zi = zipfile.ZipInfo("word/footnotes.xml", date_time=(2024, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(zi, xml.encode("utf-8"))
    return out.getvalue()


def build(index: int) -> tuple[bytes, Truth]:
    return Builder(index).build()
