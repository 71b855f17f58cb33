"""Pool 3 (HELD OUT): CIM 2206 reports made to look designed, like an agency's or a corporate document.

Large text, generous spacing, coloured capital headings, justified text, wide margins, letterheads with a logo,
pull-quotes and sidebars in text boxes, hand-typed contents pages with dot leaders. Each part's words are counted
as they are written, under the rubric's policy: body paragraphs and list items count (an automatic bullet or
number does not, a typed one does); headings, tables, captions, text boxes, headers and footers, the cover, the
contents, the word-count line and the reference list do not.
"""

from __future__ import annotations

import copy
import io
import random
from datetime import datetime

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Designed, corporate-looking reports: 10.5 to 14 pt text, 1.5 or double spacing, coloured capital headings, "
    "justified text, wide margins, letterhead with logo, pull-quotes and sidebars in text boxes, typed contents"
)
REPORTS = 24

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_NAMES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}
LAYOUTS = (
    "agency_letterhead",
    "corporate_two_line",
    "pipe_labels",
    "section_numbered",
    "consultancy_band",
    "brochure_double",
)

AUTHORS = (
    ("Chaffey and Ellis-Chadwick", 2019),
    ("Chaffey and Smith", 2017),
    ("Kotler, Keller and Chernev", 2022),
    ("Ryan", 2020),
    ("Kingsnorth", 2022),
    ("Deloitte", 2023),
    ("McKinsey & Company", 2021),
    ("Accenture", 2022),
    ("Salesforce", 2023),
    ("Tiago and Veríssimo", 2014),
    ("Lemon and Verhoef", 2016),
    ("Dhar and Ghose", 2022),
    ("Strycharz and Segijn", 2022),
    ("Information Commissioner's Office", 2023),
    ("Baker", 2021),
)
SEGMENTS = ("young professionals", "budget-conscious families", "urban students", "returning customers", "retirees")
CHANNELS = ("the website", "the mobile app", "email", "Instagram", "TikTok", "paid search", "SMS")
TOOLS = ("Adobe Target", "Dynamic Yield", "Salesforce Marketing Cloud", "Optimizely", "Klaviyo", "Google Analytics 4")


# --- sentences ---------------------------------------------------------------------------------------------------
class Writer:
    """Sentences a candidate writes about one organisation, seeded."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.org = fake.company().replace(",", "")
        self.city = fake.city()
        self.rivals = [fake.company().replace(",", "") for _ in range(2)]
        self.segment = rng.choice(SEGMENTS)
        self.fake = fake
        self.used_authors: set[tuple[str, int]] = set()

    def cite(self) -> str:
        author = self.rng.choice(AUTHORS)
        self.used_authors.add(author)
        return f"({author[0]}, {author[1]})"

    def author(self) -> tuple[str, str]:
        author = self.rng.choice(AUTHORS)
        self.used_authors.add(author)
        return author[0], str(author[1])

    def sentence(self) -> str:
        r = self.rng
        name, year = self.author()
        templates = (
            "{org} serves around {n},000 customers across {city} and the "
            "surrounding region through {ch} and its stores.",
            "Personalisation at {org} is still at an early stage of maturity, "
            "relying mainly on basic email segmentation {c}.",
            "Research by {name} ({year}) shows that tailored offers can lift conversion rates by {pct}%.",
            "The {seg} segment accounts for {pct}% of online revenue and visits {ch} about {k} times a month.",
            "As {name} ({year}, p. {page}) argues, personalisation works only "
            "when it feels relevant rather than intrusive.",
            "A recommendation engine would use browsing history, purchase data "
            "and location to build a profile of each visitor {c}.",
            "Customers increasingly expect consistent, efficient experiences "
            "across mobile, e-commerce and social media {c}.",
            "Competitors such as {r1} and {r2} already offer real-time product recommendations on {ch}.",
            "Artificial intelligence allows offers to be adjusted within "
            "milliseconds of a click, which changes what customers expect {c}.",
            "The GDPR limits how first-party data may be collected, stored "
            "and processed, so consent must come first {c}.",
            "Cart abandonment on {ch} currently stands at {pct}%, well above "
            "the sector average reported by {name} ({year}).",
            "A single customer view would join loyalty, web and store data so "
            "that {org} recognises the same person everywhere.",
            "{org} should test each change with A/B experiments before rolling "
            "it out, measuring the uplift in conversion {c}.",
            "Dynamic content blocks in {ch} could show each visitor products matched to their last three visits.",
            "Re-marketing through {ch} would remind lapsed visitors of items they "
            "viewed, with a frequency cap to avoid fatigue {c}.",
            "The budget for the first year is estimated at £{n},000, mostly spent on software licences and training.",
            "Staff in the marketing team will need new skills in data analysis and content operations {c}.",
            "Measuring return on investment means tracking conversion rate, "
            "average order value and customer lifetime value together.",
            "Trust is fragile: {pct}% of shoppers say they would leave a brand that misused their data {c}.",
            "Implementation would follow a phased roadmap, starting with "
            "email and moving to the app within {k} months.",
            "{tool} would give {org} the testing and segmentation features it currently lacks.",
            "Senior management support is essential because personalisation "
            "changes processes across several departments {c}.",
            "Zero-party data, which customers share on purpose through quizzes "
            "and preference centres, reduces the privacy risk {c}.",
            "The {seg} segment responds best to short video content and offers that reflect the time of day.",
            "Over-personalisation can feel 'creepy' and push customers away, as {name} ({year}) warns.",
            "A content calendar will keep messages on {ch} consistent with the brand voice of {org}.",
            "Integration with the existing stock system is a technical risk, since "
            "legacy systems often cannot share data in real time {c}.",
            "Key performance indicators will be reviewed monthly and reported to the board each quarter.",
            "Looking ahead, generative AI will let {org} write product "
            "descriptions for individual visitors at scale {c}.",
            "Location data could trigger offers when a customer is within {k} kilometres of a store in {city}.",
            "Mitigation includes a clear privacy notice, a consent management platform and regular audits {c}.",
            "The customer journey map shows that most visitors drop out between the product page and the checkout.",
        )
        template = r.choice(templates)
        return template.format(
            org=self.org,
            city=self.city,
            n=r.randint(12, 480),
            k=r.randint(2, 9),
            pct=r.randint(8, 74),
            page=r.randint(12, 410),
            seg=self.segment,
            ch=r.choice(CHANNELS),
            r1=self.rivals[0],
            r2=self.rivals[1],
            tool=r.choice(TOOLS),
            name=name,
            year=year,
            c=self.cite(),
        )

    def paragraph(self, low: int = 3, high: int = 6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def short(self) -> str:
        """A list item: a clause or a short sentence."""
        text = self.sentence()
        clause = text.split(", ")[0]
        if self.rng.random() < 0.6 or clause.count("(") != clause.count(")"):
            return text
        return clause.rstrip(".") + "."

    def pull(self) -> str:
        """A pull-quote: a short line lifted from the argument."""
        words = self.sentence().split(" (")[0].rstrip(".").split()
        return "“" + " ".join(words[:14]) + ("…”" if len(words) > 14 else "”")

    def quotation(self) -> str:
        name, year = self.author()
        quotes = (
            "Personalisation is not about technology alone; it is about using what we know of a customer to make each "
            "interaction more useful to them than the last.",
            "Customers reward relevance with attention and loyalty, but they punish intrusion quickly and publicly.",
            "The organisations that succeed with data are those that treat consent as the start of a relationship, "
            "not a legal obstacle.",
            "Digital channels have shifted power to the customer, who now expects the brand to remember them.",
        )
        return f"“{self.rng.choice(quotes)}” ({name}, {year}, p. {self.rng.randint(10, 300)})"


# --- XML helpers -------------------------------------------------------------------------------------------------
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_box_run(
    shape_id: int,
    lines: list[str],
    *,
    width_cm: float,
    height_cm: float,
    fill: str,
    colour: str,
    size: float,
    align_right: bool = True,
    shape: str = "rect",
    bold_first: bool = False,
    font: str = "Calibri",
) -> object:
    """A run holding a floating text box (wps shape), square-wrapped, anchored in the paragraph."""
    emu = 360000
    cx, cy = int(width_cm * emu), int(height_cm * emu)
    half = int(size * 2)
    paras = []
    for i, line in enumerate(lines):
        bold = "<w:b/>" if bold_first and i == 0 else ""
        paras.append(
            f'<w:p><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>{bold}<w:color w:val="{colour}"/>'
            f'<w:sz w:val="{half}"/></w:rPr><w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>'
        )
    align = "right" if align_right else "left"
    xml = f"""<w:r {NS}><w:drawing><wp:anchor distT="91440" distB="91440" distL="182880" distR="182880"
 simplePos="0" relativeHeight="{251658240 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{1000 + shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="{shape}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t">
<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""
    return parse_xml(xml)


def add_field(paragraph, instruction: str, shown: str) -> None:
    for kind, extra in (("begin", None), ("instr", instruction), ("separate", None), ("text", shown), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            el = parse_xml(f'<w:instrText {NS} xml:space="preserve"> {extra} </w:instrText>')
            run._r.append(el)
        elif kind == "text":
            run.text = extra
        else:
            run._r.append(parse_xml(f'<w:fldChar {NS} w:fldCharType="{kind}"/>'))


def add_hyperlink(paragraph, url: str, text: str, colour: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    xml = (
        f'<w:hyperlink {NS} r:id="{r_id}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
        f'<w:color w:val="{colour}"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t>'
        f"</w:r></w:hyperlink>"
    )
    paragraph._p.append(parse_xml(xml))


def shade(paragraph, fill: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def bottom_border(paragraph, colour: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {NS}><w:bottom w:val="single" w:sz="12" w:space="4" w:color="{colour}"/></w:pBdr>'))


def left_border(paragraph, colour: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {NS}><w:left w:val="single" w:sz="24" w:space="8" w:color="{colour}"/></w:pBdr>'))


def logo_png(rng: random.Random, colour: tuple[int, int, int], initials: str) -> bytes:
    image = Image.new("RGB", (240, 240), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    if rng.random() < 0.5:
        draw.ellipse((10, 10, 230, 230), fill=colour)
    else:
        draw.rectangle((20, 20, 220, 220), fill=colour)
    draw.text((90, 105), initials, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# --- the report --------------------------------------------------------------------------------------------------
class Report:
    """One report: a document, its style settings, the part being written and each part's words."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(9300 + index * 7919)
        fake = Faker("en_GB")
        fake.seed_instance(index * 31 + 3)
        self.writer = Writer(self.rng, fake)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.document = docx.Document()
        self.words = {part: 0 for part in PARTS}
        self.headings: dict[str, str] = {}
        self.part: str | None = None
        self.shapes = 0
        self.tables = 0
        self.line = 1.0
        self.margin = 2.54
        self.column_breaks: list[tuple[object, int]] = []
        rng = self.rng
        palette = rng.choice(
            (("1F4E79", (31, 78, 121)), ("C0392B", (192, 57, 43)), ("00806E", (0, 128, 110)), ("5B2C83", (91, 44, 131)))
        )
        self.colour, self.colour_rgb = palette
        self.accent = rng.choice(("F2F2F2", "EAF1FB", "FDF2E9", "EAF7F3"))

    # style ----------------------------------------------------------------------------------------------------
    def base(self, font: str, size: float, line: float, margins_cm: float, justify: bool = True) -> None:
        self.font, self.size = font, size
        style = self.document.styles["Normal"]
        style.font.name = font
        style.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        style.font.size = Pt(size)
        fmt = style.paragraph_format
        fmt.line_spacing = line
        fmt.space_after = Pt(rng_choice(self.rng, (6, 8, 10, 12)))
        if justify:
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for section in self.document.sections:
            section.page_height, section.page_width = Cm(29.7), Cm(21.0)
            section.left_margin = section.right_margin = Cm(margins_cm)
            section.top_margin = Cm(margins_cm - self.rng.choice((0.0, 0.5)))
            section.bottom_margin = Cm(2.5)
        for name, grow in (("Heading 1", 6), ("Heading 2", 3), ("Heading 3", 1)):
            st = self.document.styles[name]
            st.font.name = font
            rfonts = st.element.rPr.rFonts
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rfonts.get(qn(attr)) is not None:
                    del rfonts.attrib[qn(attr)]
            rfonts.set(qn("w:ascii"), font)
            rfonts.set(qn("w:hAnsi"), font)
            st.font.size = Pt(size + grow)
            st.font.color.rgb = RGBColor.from_string(self.colour)
            st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            st.paragraph_format.space_before = Pt(18 if name == "Heading 1" else 12)
            st.paragraph_format.space_after = Pt(6)

    # counted text ---------------------------------------------------------------------------------------------
    def body(self, text: str, style: str | None = None) -> object:
        paragraph = self.document.add_paragraph(text, style=style)
        self.count(text)
        return paragraph

    def count(self, text: str) -> None:
        assert self.part is not None
        self.words[self.part] += count(text)

    def bullets(self, items: list[str], numbered: bool = False) -> None:
        for item in items:
            self.body(item, style="List Number" if numbered else "List Bullet")

    def typed_list(self, items: list[str]) -> None:
        """A list numbered by hand: the typed number is text Word counts."""
        for i, item in enumerate(items, 1):
            paragraph = self.body(f"{i}. {item}")
            paragraph.paragraph_format.left_indent = Cm(0.9)
            paragraph.paragraph_format.first_line_indent = Cm(-0.6)

    def block_quote(self) -> None:
        text = self.writer.quotation()
        paragraph = self.body(text)
        paragraph.paragraph_format.left_indent = Cm(1.5)
        paragraph.paragraph_format.right_indent = Cm(1.5)
        paragraph.paragraph_format.line_spacing = 1.0
        for run in paragraph.runs:
            run.italic = True

    def link_paragraph(self) -> None:
        w = self.writer
        lead = f"{w.sentence()} Current guidance is published by the Information Commissioner at "
        url_text = "https://ico.org.uk/for-organisations/"
        tail = f" and {w.org} should review it before launch {w.cite()}."
        paragraph = self.document.add_paragraph(lead)
        add_hyperlink(paragraph, "https://ico.org.uk/for-organisations/", url_text, self.colour)
        paragraph.add_run(tail)
        self.count(lead + url_text + tail)

    def pull_quote(self, text: str | None = None, shape: str = "rect") -> None:
        """A body paragraph that carries a floating pull-quote; only the paragraph's own words count."""
        self.shapes += 1
        quote = text or self.writer.pull()
        paragraph = self.document.add_paragraph()
        run = text_box_run(
            self.shapes,
            [quote],
            width_cm=6.0,
            height_cm=4.6,
            fill=self.accent,
            colour=self.colour,
            size=self.size + 1,
            align_right=self.rng.random() < 0.6,
            shape=shape,
            font=self.font,
        )
        paragraph._p.append(run)
        text_after = self.writer.paragraph(4, 6)
        paragraph.add_run(text_after)
        self.count(text_after)

    def sidebar(self, title: str, facts: list[str]) -> None:
        self.shapes += 1
        paragraph = self.document.add_paragraph()
        run = text_box_run(
            self.shapes,
            [title, *facts],
            width_cm=5.6,
            height_cm=7.5,
            fill=self.accent,
            colour=self.colour,
            size=max(self.size - 2, 9),
            align_right=True,
            bold_first=True,
            font=self.font,
        )
        paragraph._p.append(run)
        text_after = self.writer.paragraph(2, 3)
        paragraph.add_run(text_after)
        self.count(text_after)

    def figures_table(self, caption: str | None = None) -> None:
        w, r = self.writer, self.rng
        rows = [("Measure", "Current", "Target (12 months)")]
        for measure in r.sample(
            (
                "Conversion rate",
                "Cart abandonment",
                "Email open rate",
                "Average order value",
                "Repeat purchase rate",
                "App sessions per month",
            ),
            4,
        ):
            now = r.randint(2, 60)
            rows.append(
                (
                    measure,
                    f"{now}%" if "value" not in measure else f"£{now + 20}",
                    f"{now + r.randint(1, 9)}%" if "value" not in measure else f"£{now + 28}",
                )
            )
        table = self.document.add_table(rows=len(rows), cols=3)
        table.style = "Table Grid" if r.random() < 0.5 else "Light Grid Accent 1"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                cell = table.cell(i, j)
                cell.text = value
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
        if caption is None:
            self.tables += 1
            caption = f"Table {self.tables}: Key measures for {w.org}"
        cap = self.document.add_paragraph(caption, style="Caption")
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def subheading(self, text: str) -> None:
        """A sub-heading inside a part: smaller than a part heading, never naming a part or task."""
        if self.layout in ("pipe_labels", "section_numbered"):
            self.document.add_heading(text, level=3)
        else:
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_after = Pt(2)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            run = paragraph.add_run(text)
            run.bold = True
            run.font.size = Pt(self.size)
            run.font.color.rgb = RGBColor.from_string(self.colour)

    # headings -------------------------------------------------------------------------------------------------
    def task_heading(self, task: str) -> None:
        name = TASK_NAMES[task]
        lay = self.layout
        number = {"1": "ONE", "2": "TWO", "3": "THREE"}[task]
        if lay == "agency_letterhead":
            paragraph = self.document.add_heading(f"TASK {task}: {name.upper()}", level=1)
        elif lay == "corporate_two_line":
            paragraph = self.styled_heading(f"TASK {task}", name.upper(), self.size + 6, rule=True)
        elif lay == "pipe_labels":
            paragraph = self.document.add_heading(f"Task {task} | {name}", level=1)
            paragraph.runs[0].font.all_caps = True
        elif lay == "section_numbered":
            paragraph = self.document.add_heading(f"SECTION {task}  {name.upper()}", level=1)
        elif lay == "consultancy_band":
            paragraph = self.styled_heading(f"TASK {task} – {name.upper()}", None, self.size + 4, band=True)
        else:
            paragraph = self.document.add_heading(f"TASK {number}", level=1)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if task != "1" and self.rng.random() < 0.6:
            paragraph.paragraph_format.page_break_before = True
        self.part = None

    def styled_heading(
        self, label: str, title: str | None, size: float, *, rule: bool = False, band: bool = False
    ) -> object:
        """A heading made by hand: bold coloured text in a plain paragraph, the label and title on two lines."""
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fmt = paragraph.paragraph_format
        fmt.keep_with_next = True
        fmt.space_before = Pt(18)
        fmt.space_after = Pt(8)
        fmt.line_spacing = 1.0
        run = paragraph.add_run(label)
        run.bold = True
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor.from_string(self.colour if not band else "FFFFFF")
        if title:
            run.add_break(WD_BREAK.LINE)
            second = paragraph.add_run(title)
            second.font.size = Pt(size - 2)
            second.font.color.rgb = RGBColor.from_string(self.colour if not band else "FFFFFF")
        if rule:
            bottom_border(paragraph, self.colour)
        if band:
            shade(paragraph, self.colour)
        return paragraph

    def part_heading(self, part: str) -> None:
        task, letter = part[0], part[1]
        title = PART_TITLES[part]
        lay = self.layout
        if lay == "agency_letterhead":
            text = f"PART {letter.upper()} — {title.upper()}"
            self.document.add_heading(text, level=2)
        elif lay == "corporate_two_line":
            label = f"{task}{letter.upper()}"
            self.styled_heading(label, title.upper(), self.size + 3)
            text = f"{label}\n{title.upper()}"
        elif lay == "pipe_labels":
            text = f"Task {task} | Part {letter.upper()}: {title}"
            paragraph = self.document.add_heading(text, level=2)
            paragraph.runs[0].font.all_caps = True
        elif lay == "section_numbered":
            text = f"Section {task}.{ord(letter) - 96} {title}"
            self.document.add_heading(text, level=2)
        elif lay == "consultancy_band":
            text = f"{task}{letter.upper()}  {title.upper()}"
            paragraph = self.styled_heading(text, None, self.size + 2)
            left_border(paragraph, self.colour)
        else:
            label = f"PART {letter.upper()}"
            paragraph = self.document.add_heading(level=2)
            paragraph.add_run(label)
            paragraph.runs[0].add_break(WD_BREAK.LINE)
            paragraph.add_run(title.upper())
            text = f"{label}\n{title.upper()}"
        self.headings[part] = text
        self.part = part

    # structure ------------------------------------------------------------------------------------------------
    def letterhead(self) -> None:
        w = self.writer
        section = self.document.sections[0]
        header = section.header
        paragraph = header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        initials = "".join(word[0] for word in w.org.split()[:2]).upper()
        png = logo_png(self.rng, self.colour_rgb, initials)
        paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(1.3))
        run = paragraph.add_run(f"   {w.org.upper()}")
        run.bold = True
        run.font.size = Pt(11)
        run.font.color.rgb = RGBColor.from_string(self.colour)
        second = header.add_paragraph()
        second.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        second.add_run("CIM 2206 Mastering Digital Channels").font.size = Pt(9)
        bottom_border(second, self.colour)

    def footer(self, style: str) -> None:
        paragraph = self.document.sections[0].footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if style != "centre" else WD_ALIGN_PARAGRAPH.CENTER
        if style == "of":
            paragraph.add_run("Page ")
            add_field(paragraph, "PAGE", "1")
            paragraph.add_run(" of ")
            add_field(paragraph, "NUMPAGES", "1")
        elif style == "pipe":
            paragraph.add_run(f"{self.writer.org}  |  ")
            add_field(paragraph, "PAGE", "1")
        else:
            add_field(paragraph, "PAGE", "1")
        for run in paragraph.runs:
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor.from_string(self.colour)

    def cover(self) -> None:
        w, r = self.writer, self.rng
        for _ in range(r.randint(3, 6)):
            self.document.add_paragraph()
        title = self.document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.LEFT
        run = title.add_run("MASTERING DIGITAL CHANNELS")
        run.bold = True
        run.font.size = Pt(28)
        run.font.color.rgb = RGBColor.from_string(self.colour)
        sub = self.document.add_paragraph()
        sub.alignment = WD_ALIGN_PARAGRAPH.LEFT
        srun = sub.add_run(f"Personalisation in digital channels: a report for {w.org}")
        srun.font.size = Pt(16)
        bottom_border(sub, self.colour)
        for line in (
            "CIM Level 6 Diploma in Professional Digital Marketing",
            "Module 2206 – Mastering Digital Channels",
            f"Candidate number: {r.randint(10000000, 99999999)}",
            f"Submission: {r.choice(('March', 'June', 'September', 'December'))} {r.choice((2024, 2025))}",
        ):
            p = self.document.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self) -> None:
        heading = self.document.add_paragraph()
        run = heading.add_run("CONTENTS")
        run.bold = True
        run.font.size = Pt(self.size + 6)
        run.font.color.rgb = RGBColor.from_string(self.colour)
        page = 3
        entries: list[tuple[str, int]] = []
        for task in "123":
            entries.append((f"Task {task}: {TASK_NAMES[task]}", page))
            for part in PARTS:
                if part[0] == task:
                    entries.append((f"    {part[0]}({part[1]}) {PART_TITLES[part]}", page))
                    page += self.rng.randint(1, 2)
        entries.append(("References", page))
        for text, number in entries:
            p = self.document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.add_run(f"{text}\t{number}")
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def start_columns(self) -> None:
        """End the one-column section here: the next text runs in two columns."""
        self.column_breaks.append((self.document.add_paragraph(), 1))

    def end_columns(self) -> None:
        self.column_breaks.append((self.document.add_paragraph(), 2))

    def finish_sections(self) -> None:
        final = self.document.sections[-1]._sectPr
        for paragraph, cols in self.column_breaks:
            sect = copy.deepcopy(final)
            for child in list(sect):
                if child.tag in (qn("w:type"), qn("w:cols")):
                    sect.remove(child)
            if cols == 2:
                sect.find(qn("w:pgSz")).addprevious(parse_xml(f'<w:type {NS} w:val="continuous"/>'))
            pg = sect.find(qn("w:pgMar"))
            cols_el = parse_xml(f'<w:cols {NS} w:num="{cols}" w:space="567"/>')
            pg.addnext(cols_el)
            paragraph._p.get_or_add_pPr().append(sect)
        if self.column_breaks:
            final.find(qn("w:pgSz")).addprevious(parse_xml(f'<w:type {NS} w:val="continuous"/>'))

    def references(self) -> None:
        heading = self.document.add_heading("REFERENCES", level=1)
        heading.paragraph_format.page_break_before = True
        titles = {
            "Chaffey and Ellis-Chadwick": "Digital marketing: strategy, "
            "implementation and practice. 7th edn. Harlow: Pearson.",
            "Chaffey and Smith": "Digital marketing excellence. 5th edn. Abingdon: Routledge.",
            "Kotler, Keller and Chernev": "Marketing management. 16th edn. Harlow: Pearson.",
            "Ryan": "Understanding digital marketing. 5th edn. London: Kogan Page.",
            "Kingsnorth": "Digital marketing strategy. 3rd edn. London: Kogan Page.",
        }
        for author, year in sorted(self.writer.used_authors):
            rest = titles.get(
                author,
                "Personalisation and the customer experience. Available at: "
                "https://www.example.org (Accessed: 3 May 2025).",
            )
            p = self.document.add_paragraph(f"{author} ({year}) {rest}")
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)

    # parts ----------------------------------------------------------------------------------------------------
    def fill(self, target: int, extras: list[str]) -> None:
        """Write the current part to about ``target`` words, placing the layout's extras along the way."""
        w, r = self.writer, self.rng
        plan = list(extras)
        r.shuffle(plan)
        step = max(target // (len(plan) + 1), 60) if plan else target
        next_extra = step
        subheads = iter(
            r.sample(
                (
                    "Context",
                    "Analysis",
                    "Evidence from practice",
                    "Recommendations",
                    "Key considerations",
                    "Approach",
                    "Measurement",
                    "Summary of priorities",
                    "Current position",
                    "Looking ahead",
                ),
                6,
            )
        )
        while self.words[self.part] < target:
            if plan and self.words[self.part] >= next_extra:
                kind = plan.pop()
                next_extra += step
                if kind == "sub":
                    self.subheading(next(subheads))
                elif kind == "bullets":
                    self.bullets([w.short() for _ in range(r.randint(3, 5))])
                elif kind == "numbers":
                    self.bullets([w.short() for _ in range(r.randint(3, 5))], numbered=True)
                elif kind == "typed":
                    self.typed_list([w.short() for _ in range(r.randint(3, 4))])
                elif kind == "quote":
                    self.block_quote()
                elif kind == "pull":
                    self.pull_quote(shape=r.choice(("rect", "roundRect")))
                elif kind == "callout":
                    self.pull_quote(text="KEY POINT: " + w.pull().strip("“”"), shape="wedgeRectCallout")
                elif kind == "table":
                    self.figures_table()
                elif kind == "link":
                    self.link_paragraph()
                continue
            remaining = target - self.words[self.part]
            text = w.paragraph(2, 5)
            if remaining < 40:
                text = w.sentence()
            self.body(text)

    def write(self) -> None:
        r, w = self.rng, self.writer
        lay = self.layout
        kinds = {
            "agency_letterhead": ["pull", "bullets", "sub", "quote"],
            "corporate_two_line": ["sub", "numbers", "callout", "table"],
            "pipe_labels": ["bullets", "numbers", "link", "sub"],
            "section_numbered": ["sub", "quote", "bullets", "table"],
            "consultancy_band": ["callout", "typed", "sub", "table"],
            "brochure_double": ["pull", "typed", "sub", "bullets", "link"],
        }[lay]
        scale = r.choice((0.62, 0.8, 0.92, 0.97, 1.02, 1.06, 1.1))
        targets = {
            "task1-bc": 1500 * scale * r.uniform(0.95, 1.02),
            "task2-ab": 1750 * scale * r.uniform(0.95, 1.02),
            "task3-ab": 1500 * scale * r.uniform(0.95, 1.02),
        }
        # 1a must stay under one side of A4 at this layout's size and spacing (its headings share the page).
        lines = 530 / (self.size * 1.17 * self.line)
        per_line = (21 - 2 * self.margin) * 28.35 / (3 * self.size)
        sidebar = lay in ("corporate_two_line", "brochure_double", "agency_letterhead")
        one_a = int(
            lines
            * per_line
            * ((0.58 if lay == "brochure_double" else 0.75) if sidebar else 0.82)
            * r.uniform(0.75, 1.0)
        )
        for task in "123":
            self.task_heading(task)
            for part in (p for p in PARTS if p[0] == task):
                self.part_heading(part)
                if part == "1a":
                    facts = [
                        f"Founded: {r.randint(1952, 2015)}",
                        f"Customers: {r.randint(20, 900)},000",
                        f"Stores: {r.randint(3, 120)}",
                        f"Online sales: {r.randint(15, 70)}%",
                        f"Based in: {w.city}",
                    ]
                    if sidebar:
                        self.sidebar("AT A GLANCE", facts)
                    while self.words["1a"] < one_a - 25:
                        sentences = [w.sentence()]
                        while len(sentences) < 4 and self.words["1a"] + count(" ".join(sentences)) < one_a - 25:
                            sentences.append(w.sentence())
                        self.body(" ".join(sentences))
                    continue
                group = next(g for g, members in LIMIT_GROUPS.items() if part in members)
                first = LIMIT_GROUPS[group][0] == part
                share = r.uniform(0.42, 0.58)
                target = int(targets[group] * (share if first else 1))
                if not first:
                    target = int(targets[group]) - self.words[LIMIT_GROUPS[group][0]]
                columns = lay == "section_numbered" and part == "3b"
                if columns:
                    self.start_columns()
                extras = kinds if part not in ("1b", "2b") else kinds[: r.randint(1, len(kinds))]
                if columns:  # a table would not fit a column
                    extras = [kind for kind in extras if kind != "table"]
                self.fill(max(target, 120), extras)
                if columns:
                    self.end_columns()
        if lay in ("consultancy_band", "agency_letterhead") or r.random() < 0.4:
            total = sum(self.words[p] for p in PARTS if p != "1a")
            p = self.document.add_paragraph(f"Word count (Tasks 1b to 3b): {total:,}")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.runs[0].italic = True
            self.part = None
        self.references()


def rng_choice(rng: random.Random, options: tuple) -> object:
    return rng.choice(options)


def build(index: int) -> tuple[bytes, Truth]:
    report = Report(index)
    r = report.rng
    lay = report.layout
    settings = {
        "agency_letterhead": (r.choice(("Calibri", "Segoe UI")), r.choice((12.5, 13)), 1.5, r.choice((3.0, 3.2))),
        "corporate_two_line": (r.choice(("Georgia", "Cambria")), r.choice((12.5, 13.5)), 2.0, r.choice((2.8, 3.0))),
        "pipe_labels": (r.choice(("Arial", "Verdana")), r.choice((13, 14)), r.choice((1.5, 1.15)), 2.6),
        "section_numbered": (r.choice(("Cambria", "Book Antiqua")), r.choice((11, 12)), r.choice((1.0, 1.15)), 2.54),
        "consultancy_band": (r.choice(("Garamond", "Calibri Light")), r.choice((10.5, 11)), 1.0, r.choice((2.2, 2.5))),
        "brochure_double": (r.choice(("Century Gothic", "Trebuchet MS")), r.choice((13.5, 14)), 2.0, 3.5),
    }[lay]
    font, size, line, margin = settings
    report.line, report.margin = line, margin
    report.base(font, size, line, margin, justify=lay != "pipe_labels" or r.random() < 0.5)
    if lay in ("agency_letterhead", "corporate_two_line", "brochure_double") or r.random() < 0.3:
        report.letterhead()
    report.footer(r.choice(("of", "pipe", "centre")))
    report.cover()
    if lay in ("corporate_two_line", "consultancy_band", "brochure_double") or r.random() < 0.3:
        report.contents()
    report.write()
    report.finish_sections()
    out = io.BytesIO()
    report.document.core_properties.author = report.writer.fake.name()
    fixed = datetime(2025, 5, 1, 9, 0, 0)
    report.document.core_properties.created = fixed
    report.document.core_properties.modified = fixed
    report.document.save(out)
    part_words = dict(report.words)
    truth = Truth(
        name="",
        seed=index,
        layout=lay,
        split="",
        part_words=part_words,
        group_words={g: sum(part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()},
        words_all=sum(part_words.values()),
        headings=dict(report.headings),
    )
    return out.getvalue(), truth
