"""Layout pool 34 (HELD OUT): CIM 2206 reports built from Word's own design galleries.

Each report opens with an Insert > Cover Page block (a content control holding shapes and text boxes with the
title, the candidate and the date), takes its heading styles from a Design-tab theme and sets part headings in
shapes, text boxes (inline or floating, square or top-and-bottom wrapping) or one-cell tables used as heading
bands, with sidebars, pull quotes and a captioned figure in text boxes beside the answer. Truth is counted as each
paragraph is written: body paragraphs and list items count; headings, boxes, tables, captions, the cover, the
contents, headers, footers, word-count lines and the reference list do not. A heading held in a shape, a text
box or a table cell is recorded in the truth as "" (it is not a body paragraph of its own).
"""

from __future__ import annotations

import io
import random
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from lxml import etree
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports built from Word's design galleries: Insert > Cover Page blocks, Design-theme headings, part headings "
    "in shapes, text boxes (inline, square or top-and-bottom wrapping) and one-cell table bands, with sidebars, "
    "pull quotes and a figure captioned in a text box"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}
TARGETS = {"1a": 360, "1b": 830, "1c": 810, "2a": 980, "2b": 930, "3a": 850, "3b": 790}

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

AUTHORS = [
    (
        "Chaffey and Ellis-Chadwick",
        "2019",
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    ),
    (
        "Kotler and Keller",
        "2016",
        "Kotler, P. and Keller, K. L. (2016) Marketing management. 15th edn. Harlow: Pearson.",
    ),
    ("Ryan", "2020", "Ryan, D. (2020) Understanding digital marketing. 5th edn. London: Kogan Page."),
    ("Kingsnorth", "2022", "Kingsnorth, S. (2022) Digital marketing strategy. 3rd edn. London: Kogan Page."),
    ("Smith", "2011", "Smith, P. R. (2011) The SOSTAC guide to your perfect digital marketing plan. London: PR Smith."),
    ("Deloitte", "2021", "Deloitte (2021) Global marketing trends. London: Deloitte Insights."),
    ("Ofcom", "2023", "Ofcom (2023) Online nation report. London: Ofcom."),
    (
        "Lemon and Verhoef",
        "2016",
        "Lemon, K. N. and Verhoef, P. C. (2016) 'Understanding customer experience throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",  # noqa: E501
    ),
    (
        "McKinsey",
        "2021",
        "McKinsey (2021) The value of getting personalization right, or wrong, is multiplying. New York: McKinsey & Company.",  # noqa: E501
    ),
    ("ICO", "2022", "Information Commissioner's Office (2022) Guide to the UK GDPR. Wilmslow: ICO."),
]

TOPICS = {
    "1a": [
        "{org} was founded in {year0} and now employs around {staff} people from its head office in {city}.",
        "The company sells {product} to consumers through its website, a mobile app and {stores} stores.",
        "Annual revenue reached £{rev} million last year, of which {pct}% came from online channels.",
        "Its main competitors are {rival} and {rival2}, both of which invest heavily in digital marketing.",
        "The marketing team of {team} people manages email, paid search, social media and the loyalty scheme.",
        "Customers are mainly aged 25 to 54, and {pct2}% of them shop on a smartphone at least once a month.",
        "The brand positions itself on quality and service rather than price (Kotler and Keller, 2016).",
        "Its loyalty scheme has {members} members, which gives the business a large base of first-party data.",
    ],
    "general": [
        "{org} has an opportunity to use its customer data far more effectively than it does today.",
        "Personalisation means tailoring content, offers and experiences to the individual customer (Chaffey and Ellis-Chadwick, 2019).",  # noqa: E501
        "Research suggests that personalised experiences can lift revenue by {pct}% or more (McKinsey, 2021).",
        "Customers increasingly expect a consistent experience across mobile, web, email and social media (Lemon and Verhoef, 2016).",  # noqa: E501
        "At present {org} segments its email list by only two variables, which limits relevance.",
        "Artificial intelligence now allows recommendations to be adjusted within milliseconds of a click (Kingsnorth, 2022).",  # noqa: E501
        "The GDPR requires a lawful basis for processing personal data, and consent must be freely given (ICO, 2022).",
        'As Ryan (2020, p. {page}) notes, "relevance is what turns attention into action".',
        "Competitors such as {rival} already show product recommendations on every page of their site.",
        "Around {pct2}% of visitors leave the site without viewing more than one page, according to the analytics.",
        "A single customer view would join data from the app, the website, the stores and the call centre.",
        "Smith (2011) argues that objectives should be specific, measurable and tied to a clear timescale.",
        "The business should test each change against a control group before rolling it out more widely.",
        "Mobile now accounts for {pct}% of sessions, so every journey must be designed for a small screen first.",
        "Ofcom (2023) reports that adults spend more than four hours a day online, much of it on smartphones.",
        "Dynamic content blocks in email can change the offer shown according to the reader's last purchase.",
        "Deloitte (2021) found that firms using first-party data well grew faster than their sector.",
        "Staff will need training in analytics, testing and the responsible use of customer data.",
        "The budget of £{budget}k should be phased over {months} months so that early results guide later spending.",
        "Key performance indicators will include conversion rate, average order value and repeat purchase rate.",
        "Re-marketing reminds visitors of products they viewed and brings a share of them back to complete a purchase.",
        "The target segment of {segment} is worth about £{rev2} million a year to {org}.",
        "Customer journey mapping shows that the checkout is where most {segment} customers abandon their basket.",
        "Too much personalisation can feel intrusive, so frequency caps and clear privacy notices are essential.",
        "The technology stack will need a customer data platform that connects to the e-commerce system.",
        "Governance will sit with a steering group chaired by the marketing director and meeting monthly.",
        "A phased roll-out reduces risk because each stage can be reviewed before the next one begins.",
        "The chief risk is a data breach, which would damage trust and could lead to a substantial fine (ICO, 2022).",
        "A second risk is poor data quality, because recommendations built on wrong data put customers off.",
        "A third risk is resistance from staff who are used to running campaigns in the old way.",
        "Mitigation includes regular audits, clear ownership of data and a tested incident response plan.",
        "Personalised landing pages for paid search can raise conversion rates by matching the ad's promise.",
        "Social media advertising allows {org} to reach look-alike audiences built from its best customers.",
        "The {segment} segment responds well to content that explains how products are made and sourced.",
    ],
}

SUBHEADS = {
    "1b": ["Current practice", "Emerging developments", "Technology trends"],
    "1c": ["The chosen segment", "Channel recommendations", "Expected benefits"],
    "2a": ["Objectives", "Actions and timescales", "Measuring success"],
    "2b": ["Personalised content", "Re-marketing approach", "Budget"],
    "3a": ["People and skills", "Processes and systems", "Roll-out"],
    "3b": ["Risk one: data security", "Risk two: data quality", "Risk three: staff resistance"],
}

SIDEBARS = [
    "Did you know? Most shoppers say they are more likely to buy from brands that recognise them.",
    "Key term: a customer data platform joins data from every channel into one profile.",
    "Quick fact: abandoned baskets cost online retailers billions each year.",
    "Note: all figures are estimates drawn from the organisation's internal reports.",
]
QUOTES = [
    '"Relevance is the currency of attention."',
    '"Personalisation without trust is just surveillance."',
    '"Test, learn and then scale."',
    '"The customer journey does not stop at the checkout."',
]

# name: cover, task heading kind, part heading kind, label format, extras
LAYOUTS = [
    dict(name="cover-banded-table-parts", task="h1", part="table", label="paren", extras=("sidebar",)),
    dict(name="inline-shape-parts", task="h1", part="shape_inline", label="colon", extras=("quote", "figure")),
    dict(name="floating-textbox-topbottom", task="table", part="box_topbottom", label="dash", extras=("sidebar",)),
    dict(
        name="design-theme-numbered",
        task="h1",
        part="h2",
        label="decimal",
        extras=("sidebar", "quote", "figure", "contents"),
    ),
    dict(name="pipe-caps-shape-tasks", task="shape", part="h2band", label="pipe", extras=("quote",)),
    dict(name="sidebar-square-part-boxes", task="h1", part="box_square", label="paren_bare", extras=("figure",)),
    dict(
        name="mixed-gallery-headings", task="h1", part="mixed", label="colon", extras=("sidebar", "quote", "wordcount")
    ),
]

THEMES = [
    ("Calibri Light", "Calibri", "2F5496"),
    ("Century Gothic", "Century Gothic", "1F6E5B"),
    ("Georgia", "Georgia", "7B2C3A"),
    ("Trebuchet MS", "Garamond", "44546A"),
    ("Cambria", "Cambria", "C55A11"),
    ("Arial", "Arial", "5B2C6F"),
]


def _label(fmt: str, part: str, with_title: bool) -> str:
    task, letter = part[0], part[1]
    number = "abc".index(letter) + 1
    title = PART_TITLES[part]
    if fmt == "paren":
        text = f"Task {task} ({letter})"
        return f"{text} {title}" if with_title else text
    if fmt == "paren_bare":
        return f"Task {task} ({letter})"
    if fmt == "colon":
        return f"{task}{letter}: {title}" if with_title else f"{task}{letter}:"
    if fmt == "dash":
        return f"Task {task} – {letter}) {title}" if with_title else f"Task {task} – {letter})"
    if fmt == "decimal":
        return f"{task}.{number} {title}"
    if fmt == "pipe":
        text = f"TASK {task} | PART {letter.upper()}"
        return f"{text} – {title.upper()}" if with_title else text
    raise ValueError(fmt)


class Writer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake
        self.org = fake.company().replace(",", "")
        self.values = dict(
            org=self.org,
            year0=rng.randint(1950, 2012),
            staff=rng.randint(120, 4800),
            city=fake.city(),
            product=rng.choice(
                ["outdoor clothing", "home furnishings", "specialist coffee", "pet supplies", "cosmetics", "bicycles"]
            ),
            stores=rng.randint(8, 140),
            rev=rng.randint(12, 480),
            rev2=rng.randint(2, 60),
            pct=rng.randint(12, 64),
            pct2=rng.randint(20, 75),
            rival=fake.company().replace(",", ""),
            rival2=fake.company().replace(",", ""),
            team=rng.randint(4, 30),
            members=f"{rng.randint(20, 900)},000",
            page=rng.randint(12, 300),
            budget=rng.randint(40, 400),
            months=rng.choice([6, 9, 12, 18]),
            segment=rng.choice(
                ["young professionals", "busy parents", "students", "retired customers", "first-time buyers"]
            ),
        )

    def paragraph(self, part: str, target: int) -> str:
        pool = TOPICS["1a"] + TOPICS["general"][:4] if part == "1a" else TOPICS["general"]
        words: list[str] = []
        while True:
            sentence = self.rng.choice(pool).format(**self.values)
            if words and count(" ".join([*words, sentence])) > target:
                break
            words.append(sentence)
            if count(" ".join(words)) >= target - 8:
                break
        return " ".join(words)

    def short(self) -> str:
        return self.rng.choice(TOPICS["general"]).format(**self.values).rstrip(".")


class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(3400 + index)
        fake = Faker("en_GB")
        fake.seed_instance(3400 + index)
        self.writer = Writer(self.rng, fake)
        self.fake = fake
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.theme = THEMES[self.rng.randrange(len(THEMES))]
        self.doc = docx.Document()
        self.words = {part: 0 for part in PARTS}
        self.headings: dict[str, str] = {}
        self.shape_id = 100
        self.candidate = f"{self.rng.randint(10000000, 99999999)}"
        self.body_size = self.rng.choice([10.5, 11, 11.5, 12, 12.5])
        self.spacing = self.rng.choice([1.0, 1.15, 1.5, 1.5, 2.0] if index % 5 == 0 else [1.0, 1.15, 1.5])
        self.with_title = self.rng.random() < 0.7
        self.figure_done = False
        scale = self.rng.choice([0.55, 0.9, 0.95, 1.0, 1.0, 1.04, 1.07])
        self.targets = {part: int(target * scale * self.rng.uniform(0.95, 1.05)) for part, target in TARGETS.items()}
        self.targets["1a"] = min(self.targets["1a"], 400)

    # --- styles ---------------------------------------------------------------------------------------------
    def setup(self) -> None:
        heading_font, body_font, color = self.theme
        normal = self.doc.styles["Normal"]
        normal.font.name = body_font
        normal.font.size = Pt(self.body_size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
        normal.paragraph_format.line_spacing = self.spacing
        normal.paragraph_format.space_after = Pt(self.rng.choice([0, 6, 8]))
        sizes = {"Heading 1": self.rng.choice([14, 16, 18]), "Heading 2": self.rng.choice([13, 14]), "Heading 3": 11.5}
        for name, size in sizes.items():
            style = self.doc.styles[name]
            style.font.name = heading_font
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor.from_string(color)
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                style.element.rPr.rFonts.attrib.pop(qn(attribute), None)
        section = self.doc.sections[0]
        margin = Cm(self.rng.choice([1.8, 2.0, 2.54, 3.0]))
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = Cm(self.rng.choice([2.0, 2.54]))
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.text = f"Candidate number: {self.candidate}"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer._p.append(
            parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        )

    @property
    def color(self) -> str:
        return self.theme[2]

    # --- raw XML pieces ----------------------------------------------------------------------------------------
    def _run_xml(self, text: str, size: float | None = None, bold: bool = False, color: str | None = None) -> str:
        props = ""
        if bold:
            props += "<w:b/>"
        if color:
            props += f'<w:color w:val="{color}"/>'
        if size:
            props += f'<w:sz w:val="{int(size * 2)}"/>'
        return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def _box_paragraphs(self, lines: list[tuple[str, float, bool, str | None]], align: str = "left") -> str:
        out = ""
        for text, size, bold, color in lines:
            out += (
                f'<w:p><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="{align}"/></w:pPr>'
            )
            out += self._run_xml(text, size, bold, color) + "</w:p>"
        return out

    def _shape(
        self,
        inner: str,
        width_cm: float,
        height_cm: float,
        *,
        wrap: str,
        fill: str | None,
        line: str | None,
        geometry: str = "rect",
        align_h: str = "center",
        textbox: bool = True,
        pos_v_cm: float = 0.0,
        rel_v: str = "paragraph",
    ) -> str:
        self.shape_id += 1
        cx, cy = int(width_cm * 360000), int(height_cm * 360000)
        fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
        line_xml = (
            f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
            if line
            else "<a:ln><a:noFill/></a:ln>"
        )
        name = "Text Box" if textbox else "Rectangle"
        tx = ' txBox="1"' if textbox else ""
        graphic = (
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<wps:wsp><wps:cNvSpPr{tx}/>"
            f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>{fill_xml}{line_xml}</wps:spPr>'
            f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        )
        doc_pr = f'<wp:docPr id="{self.shape_id}" name="{name} {self.shape_id}"/><wp:cNvGraphicFramePr/>'
        if wrap == "inline":
            drawing = (
                f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
                f'<wp:effectExtent l="0" t="0" r="0" b="0"/>{doc_pr}{graphic}</wp:inline>'
            )
        else:
            wrap_xml = '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else "<wp:wrapTopAndBottom/>"
            if wrap == "none":
                wrap_xml = "<wp:wrapNone/>"
            rel_h = "page" if rel_v == "page" else "margin"
            behind = 1 if wrap == "none" and fill and not textbox else 0
            offset = int(pos_v_cm * 360000)
            drawing = (
                f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
                f'relativeHeight="{251659264 + self.shape_id}" behindDoc="{behind}" '
                'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                f'<wp:positionH relativeFrom="{rel_h}"><wp:align>{align_h}</wp:align></wp:positionH>'
                f'<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{offset}</wp:posOffset></wp:positionV>'
                f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap_xml}'
                f"{doc_pr}{graphic}</wp:anchor>"
            )
        return f"<w:r {NS}><w:drawing>{drawing}</w:drawing></w:r>"

    def _text_width(self) -> float:
        section = self.doc.sections[0]
        return (section.page_width - section.left_margin - section.right_margin) / 360000

    # --- cover page ----------------------------------------------------------------------------------------------
    def cover(self) -> None:
        title = self.rng.choice(
            ["Mastering Digital Channels", "Personalising the Customer Journey", "Digital Channels Report"]
        )
        date = self.fake.date_between(start_date="-2y", end_date="today").strftime("%-d %B %Y")

        def control(alias: str, text: str, size: float, bold: bool, color: str | None) -> str:
            return (
                f'<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:sdt><w:sdtPr><w:alias w:val="{alias}"/>'
                f'<w:tag w:val=""/><w:id w:val="{self.rng.randint(10**8, 10**9)}"/><w:text/></w:sdtPr>'
                f"<w:sdtContent>{self._run_xml(text, size, bold, color)}</w:sdtContent></w:sdt></w:p>"
            )

        inner = control("Title", title, 28, True, "FFFFFF") + control(
            "Subtitle", f"CIM Level 6 Diploma – Assignment 2206 – {self.writer.org}", 14, False, "FFFFFF"
        )
        band = self._shape(inner, 17.0, 6.5, wrap="none", fill=self.color, line=None, pos_v_cm=7.0, rel_v="page")
        details = (
            control("Author", f"Candidate number {self.candidate}", 12, False, self.color)
            + control("Publish Date", date, 12, False, self.color)
            + control("Company", "Chartered Institute of Marketing", 12, False, None)
        )
        box = self._shape(details, 12.0, 3.0, wrap="none", fill=None, line=None, pos_v_cm=22.0, rel_v="page")
        sdt = parse_xml(
            f'<w:sdt {NS}><w:sdtPr><w:id w:val="{self.rng.randint(10**8, 10**9)}"/><w:docPartObj>'
            '<w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
            f"<w:p>{band}{box}</w:p>"
            '<w:p><w:r><w:br w:type="page"/></w:r></w:p></w:sdtContent></w:sdt>'
        )
        body = self.doc.element.body
        body.insert(len(body) - 1, sdt)

    def contents(self) -> None:
        self.doc.add_paragraph("Contents", style="TOC Heading")
        for part in PARTS:
            line = self.doc.add_paragraph(f"{_label('decimal', part, True)}\t{self.rng.randint(2, 14)}")
            line.paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
        self.doc.add_paragraph("References\t15").paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- headings ------------------------------------------------------------------------------------------------
    def task_heading(self, task: str) -> None:
        kind = self.layout["task"]
        label = self.layout["label"]
        if label == "decimal":
            text = f"{task} {TASK_TITLES[task]}"
        elif label == "pipe":
            text = f"TASK {task} – {TASK_TITLES[task].upper()}"
        else:
            text = f"Task {task}: {TASK_TITLES[task]}" if self.rng.random() < 0.7 else f"Task {task}"
        if kind == "h1":
            self.doc.add_paragraph(text, style="Heading 1")
        elif kind == "table":
            self._table_band(text, 15, self.color, "FFFFFF")
        elif kind == "shape":
            inner = self._box_paragraphs([(text, 15, True, "FFFFFF")], align="center")
            paragraph = self.doc.add_paragraph()
            paragraph._p.append(
                parse_xml(
                    self._shape(
                        inner,
                        self._text_width(),
                        1.3,
                        wrap="topbottom",
                        fill=self.color,
                        line=None,
                        geometry="roundRect",
                        textbox=False,
                    )
                )
            )

    def _table_band(self, text: str, size: float, fill: str, color: str) -> None:
        table = self.doc.add_table(rows=1, cols=1)
        cell = table.cell(0, 0)
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor.from_string(color)
        cell.paragraphs[0].paragraph_format.space_after = Pt(3)
        self.doc.add_paragraph()

    def part_heading(self, part: str, position: int) -> None:
        kind = self.layout["part"]
        if kind == "mixed":
            kind = ("h2", "table", "shape_inline")[position % 3]
        text = _label(self.layout["label"], part, self.with_title)
        size = self.rng.choice([12, 12.5, 13, 14])
        if kind == "h2":
            self.doc.add_paragraph(text, style="Heading 2")
            self.headings[part] = text
        elif kind == "h2band":
            paragraph = self.doc.add_paragraph(text, style="Heading 2")
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:pBdr {NS}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="{self.color}"/></w:pBdr>'
                )
            )
            self.headings[part] = text
        elif kind == "table":
            self._table_band(text, size, "D9E2F3" if self.rng.random() < 0.5 else "E2EFD9", "000000")
            self.headings[part] = ""
        elif kind in ("shape_inline", "box_topbottom", "box_square"):
            if kind == "shape_inline":
                width, height, wrap, geometry, fill, line, color = (
                    self._text_width(),
                    1.1,
                    "inline",
                    "roundRect",
                    self.color,
                    None,
                    "FFFFFF",
                )
                textbox = False
            elif kind == "box_topbottom":
                width, height, wrap, geometry, fill, line, color = (
                    self._text_width() * 0.8,
                    1.1,
                    "topbottom",
                    "rect",
                    "F2F2F2",
                    self.color,
                    self.color,
                )
                textbox = True
            else:
                width, height, wrap, geometry, fill, line, color = (
                    4.5,
                    2.4,
                    "square",
                    "rect",
                    self.color,
                    None,
                    "FFFFFF",
                )
                textbox = True
            inner = self._box_paragraphs([(text, size, True, color)])
            paragraph = self.doc.add_paragraph()
            paragraph._p.append(
                parse_xml(
                    self._shape(
                        inner,
                        width,
                        height,
                        wrap=wrap,
                        fill=fill,
                        line=line,
                        geometry=geometry,
                        align_h="left",
                        textbox=textbox,
                    )
                )
            )
            self.headings[part] = ""

    # --- body ------------------------------------------------------------------------------------------------------
    def body_paragraph(self, part: str, target: int, style: str | None = None) -> docx.text.paragraph.Paragraph:
        text = self.writer.paragraph(part, target)
        paragraph = self.doc.add_paragraph(text, style=style)
        self.words[part] += count(text)
        return paragraph

    def float_box(self, paragraph, kind: str) -> None:
        if kind == "sidebar":
            inner = self._box_paragraphs(
                [("In brief", 11, True, "FFFFFF"), (self.rng.choice(SIDEBARS), 10, False, "FFFFFF")]
            )
            xml = self._shape(inner, 5.0, 4.2, wrap="square", fill=self.color, line=None, align_h="right")
        else:
            inner = self._box_paragraphs([(self.rng.choice(QUOTES), 13, False, self.color)], align="center")
            xml = self._shape(inner, self._text_width() * 0.7, 1.6, wrap="topbottom", fill=None, line=self.color)
        paragraph._p.append(parse_xml(xml))

    def figure(self, part: str) -> None:
        image = Image.new("RGB", (480, 260), "white")
        draw = ImageDraw.Draw(image)
        for i in range(5):
            height = self.rng.randint(40, 220)
            draw.rectangle([30 + i * 90, 250 - height, 90 + i * 90, 250], fill="#" + self.color)
        stream = io.BytesIO()
        image.save(stream, format="PNG")
        scratch = self.doc.add_paragraph()
        scratch.add_run().add_picture(io.BytesIO(stream.getvalue()), width=Cm(9))
        drawing = scratch._p.xpath(".//w:drawing")[0]
        picture_xml = etree.tostring(drawing).decode()
        scratch._p.getparent().remove(scratch._p)
        subjects = ["Share of online sessions by device", "Conversion rate by channel", "Monthly visits to the site"]
        caption = f"Figure 1: {self.rng.choice(subjects)}"
        inner = (
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>{picture_xml}</w:r></w:p>'
            f'<w:p><w:pPr><w:pStyle w:val="Caption"/><w:jc w:val="center"/></w:pPr>{self._run_xml(caption)}</w:p>'
        )
        holder = self.doc.add_paragraph()
        holder._p.append(parse_xml(self._shape(inner, 10.0, 6.6, wrap="topbottom", fill="FFFFFF", line="BFBFBF")))

    def bullets(self, part: str) -> None:
        style = "List Bullet" if self.rng.random() < 0.6 else "List Number"
        for _ in range(self.rng.randint(3, 5)):
            text = self.writer.short() + "."
            self.doc.add_paragraph(text, style=style)
            self.words[part] += count(text)

    def part_body(self, part: str) -> None:
        target = self.targets[part]
        extras = self.layout["extras"]
        chunks = []
        planned = 60 if part in ("2a", "3b") else 0
        while planned < target - 25:
            size = min(self.rng.randint(70, 140), target - planned)
            chunks.append(max(size, 30))
            planned += size
        subheads = SUBHEADS.get(part, [])
        use_subheads = part != "1a" and self.rng.random() < 0.5 and len(chunks) >= 4
        box_at = self.rng.randrange(len(chunks)) if chunks else 0
        for i, size in enumerate(chunks):
            if use_subheads and i in (0, len(chunks) // 3, 2 * len(chunks) // 3):
                position = (0, len(chunks) // 3, 2 * len(chunks) // 3).index(i)
                self.doc.add_paragraph(subheads[position], style="Heading 3")
            if part in ("2a", "3b") and i == 1:
                self.bullets(part)
            paragraph = self.body_paragraph(part, size)
            if i == box_at and part != "1a":
                if "sidebar" in extras and part in ("1b", "2b", "3a"):
                    self.float_box(paragraph, "sidebar")
                elif "quote" in extras and part in ("1c", "2a", "3b"):
                    self.float_box(paragraph, "quote")
            if "figure" in extras and part == "1c" and i == 1 and not self.figure_done:
                self.figure(part)
                self.figure_done = True
        if part == "2a" and self.rng.random() < 0.6:
            table = self.doc.add_table(rows=4, cols=3)
            table.style = "Table Grid"
            for r, row in enumerate(
                [
                    ("Action", "Owner", "Month"),
                    ("Personalised email", "CRM team", "1-3"),
                    ("Landing page tests", "Web team", "2-5"),
                    ("Re-marketing", "Agency", "4-9"),
                ]
            ):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            self.doc.add_paragraph()

    def references(self) -> None:
        self.doc.add_paragraph("References", style="Heading 1")
        for _, _, entry in sorted(AUTHORS, key=lambda a: a[2]):
            self.doc.add_paragraph(entry)

    def build(self) -> tuple[bytes, Truth]:
        self.setup()
        self.cover()
        if "contents" in self.layout["extras"]:
            self.contents()
        position = 0
        for task in "123":
            if task != "1" and self.rng.random() < 0.5:
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.task_heading(task)
            for part in PARTS:
                if part[0] != task:
                    continue
                self.part_heading(part, position)
                position += 1
                self.part_body(part)
            if "wordcount" in self.layout["extras"]:
                group = {"1": ("1b", "1c"), "2": ("2a", "2b"), "3": ("3a", "3b")}[task]
                total = sum(self.words[p] for p in group)
                self.doc.add_paragraph(f"Word count: {total:,}").runs[0].italic = True
        self.doc.add_section(WD_SECTION.NEW_PAGE) if self.rng.random() < 0.3 else self.doc.add_page_break()
        self.references()
        out = io.BytesIO()
        self.doc.save(out)
        truth = Truth(
            name="",
            seed=self.index,
            layout=self.layout["name"],
            split="",
            part_words=dict(self.words),
            group_words={group: sum(self.words[p] for p in parts) for group, parts in LIMIT_GROUPS.items()},
            headings=dict(self.headings),
        )
        return out.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    return Report(index).build()
