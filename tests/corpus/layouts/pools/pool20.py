"""Layout pool 20: CIM 2206 reports built around pictures and floating objects.

Charts and screenshots with text wrapped around them (square and tight wrapping, on the left or the right),
pictures anchored in the middle of paragraphs, captions in text boxes beside pictures, SmartArt-like diagrams
grouped from shapes with their own text, a logo in the header and full-width banner images between sections.
Truth is counted while the report is written: body paragraphs and list items of each part only; headings,
captions, text boxes, grouped shapes, tables, headers and footers, cover, contents, word-count lines and the
reference list are not counted.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Emu, Pt, RGBColor
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports built around pictures and floating objects: charts and screenshots wrapped square or tight on the "
    "left or right, pictures anchored mid-paragraph, captions in text boxes, grouped-shape diagrams with text, "
    "a header logo and full-width banners between tasks"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_TITLES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"'
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# --- organisations and text ---------------------------------------------------------------------------------
ORGS = (
    ("Harbour & Vine", "independent wine and deli retailer", "Bristol"),
    ("Northfield Outdoor", "outdoor clothing and equipment retailer", "Leeds"),
    ("Brightwell Opticians", "regional chain of opticians", "Norwich"),
    ("Kestrel Cycles", "bicycle retailer and repair workshop", "Cambridge"),
    ("Lumen Home", "online furniture and lighting retailer", "Manchester"),
    ("Pennant Travel", "specialist holiday tour operator", "Cardiff"),
    ("Oakridge Garden Centres", "family-owned group of garden centres", "Worcester"),
    ("Saltmarsh Cosmetics", "natural skincare brand", "Brighton"),
    ("Fernhill Pet Supplies", "pet food and accessories retailer", "Exeter"),
    ("Copperkettle Coffee", "coffee roaster with a subscription service", "Glasgow"),
    ("Arden Books", "independent bookseller with an online shop", "Stratford-upon-Avon"),
    ("Meridian Fitness", "chain of budget gyms", "Birmingham"),
)
AUTHORS = (
    (
        "Chaffey and Ellis-Chadwick",
        2019,
        "Digital Marketing: Strategy, Implementation and Practice. 7th edn. Harlow: Pearson.",
    ),
    ("Chaffey and Smith", 2017, "Digital Marketing Excellence. 5th edn. Abingdon: Routledge."),
    ("Ryan", 2016, "Understanding Digital Marketing. 4th edn. London: Kogan Page."),
    ("Kotler et al.", 2017, "Marketing 4.0: Moving from Traditional to Digital. Hoboken: Wiley."),
    ("Kingsnorth", 2019, "Digital Marketing Strategy: An Integrated Approach. 2nd edn. London: Kogan Page."),
    (
        "Lemon and Verhoef",
        2016,
        "'Understanding customer experience throughout the customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    ),
    ("Hanlon", 2019, "Digital Marketing: Strategic Planning and Integration. London: Sage."),
    ("Strauss and Frost", 2014, "E-Marketing. 7th edn. Harlow: Pearson."),
    ("Econsultancy", 2018, "Personalisation: Best Practice Guide. London: Econsultancy."),
    ("Gartner", 2019, "Personalization Engines Market Guide. Stamford: Gartner."),
    ("Information Commissioner's Office", 2018, "Guide to the General Data Protection Regulation. Wilmslow: ICO."),
    ("Smith and Zook", 2016, "Marketing Communications. 6th edn. London: Kogan Page."),
)
SEGMENTS = ("young professionals", "families with children", "retired customers", "students", "loyal repeat buyers")
CHANNELS = ("email", "the website", "the mobile app", "social media", "paid search", "SMS")
TOOLS = ("Google Analytics", "Salesforce Marketing Cloud", "Dynamic Yield", "Klaviyo", "Optimizely", "HubSpot")

GENERIC = (
    "{org} currently reaches around {n},000 customers a year through {ch} and its {nshops} physical sites.",
    "Online sales account for {pct}% of turnover, up from {pct2}% two years ago.",
    "Personalisation is the process of tailoring content and offers to the individual using data ({cite}).",
    "The {seg} segment makes up {pct}% of the customer base but {pct2}% of online revenue.",
    "At present {org} sends the same weekly newsletter to every subscriber, regardless of past purchases.",
    "Open rates for that newsletter have fallen to {pct}% while the sector average is closer to {pct2}% ({cite}).",
    "According to {cite}, relevance drives engagement more than frequency of contact.",
    "As {auth} ({year}, p. {page}) argue, “customers now expect brands to recognise them across every touchpoint”.",
    "Data from {tool} shows that {pct}% of visitors leave after viewing a single page.",
    "Mobile devices account for {pct}% of sessions, yet the conversion rate on mobile is only {small}%.",
    "A recommendation engine could suggest related products based on browsing and purchase history ({cite}).",
    "Artificial intelligence is making real-time personalisation affordable for smaller firms ({cite}).",
    "Customers increasingly expect consistency whether they shop on {ch} or in store.",
    "The company should test each change with A/B testing before rolling it out to all customers.",
    "Privacy regulation such as GDPR requires clear consent for the use of personal data ({cite}).",
    "Re-marketing reminds visitors of products they viewed and can recover abandoned baskets ({cite}).",
    "A budget of £{budget},000 over twelve months would cover the software licence and staff training.",
    "Success will be measured by conversion rate, average order value and customer lifetime value.",
    "Staff across marketing, IT and customer service will need to work together on a shared plan.",
    "The risk of appearing intrusive is real: {pct}% of consumers say some adverts feel “creepy” ({cite}).",
    "Poor data quality would undermine every recommendation, so a data audit should come first.",
    "Competitors such as larger national chains already use dynamic content on their home pages.",
    "Segmenting by life stage rather than demographics alone gives richer insight into needs ({cite}).",
    "The {seg} segment responds well to content about value, convenience and trust.",
    "Abandoned-basket emails sent within one hour can recover up to {pct}% of lost sales ({cite}).",
    "Dynamic landing pages would show returning visitors the categories they browsed most often.",
    "Push notifications on the app should be limited to two a week to avoid fatigue.",
    "Senior managers must champion the change, otherwise the project risks losing momentum ({cite}).",
    "Implementation will be phased over three quarters, starting with email and the website.",
    "A single customer view joins purchase, browsing and loyalty data into one profile ({cite}).",
    "The cost of the technology is a further risk, since returns may take a year to appear.",
    "Training the team in data analysis is essential, because tools alone do not create insight.",
    "Social listening tools can reveal what the {seg} segment says about {org} and its rivals.",
    "Geo-targeted offers could send customers near a store a timely reminder of local events.",
    "Customer reviews and user-generated content add social proof to personalised pages ({cite}).",
    "Key performance indicators should be reviewed monthly by the digital steering group.",
)
SUBHEADS = (
    "Current position",
    "Key developments",
    "Recommendations",
    "Customer insight",
    "Channel approach",
    "Measurement",
    "Resources",
    "Timeline",
    "Budget",
    "Data and privacy",
    "Mitigation",
    "Summary",
)


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margin_cm: float
    labels: str  # how parts are labelled
    with_title: bool
    heading_kind: str  # "styles" or "manual"
    figures: tuple[str, ...]  # kinds of figure this layout uses
    header_logo: bool
    cover: bool
    contents: str  # "", "typed", "field"
    banners: bool
    caption_where: str  # "below", "above", "box"
    word_count_lines: bool


LAYOUTS = (
    Layout(
        "wrap-right-charts",
        "Calibri",
        11,
        1.0,
        2.54,
        "paren",
        True,
        "styles",
        ("chart-right", "chart-right", "shot-inline"),
        True,
        True,
        "",
        False,
        "below",
        False,
    ),
    Layout(
        "tight-left-boxed-captions",
        "Arial",
        10.5,
        1.15,
        2.0,
        "dash",
        True,
        "manual",
        ("chart-left-tight", "shot-left", "chart-left-tight"),
        False,
        True,
        "typed",
        False,
        "box",
        True,
    ),
    Layout(
        "diagram-groups",
        "Times New Roman",
        12,
        1.5,
        2.54,
        "compact",
        False,
        "styles",
        ("diagram", "chart-right", "diagram"),
        True,
        False,
        "typed",
        False,
        "below",
        False,
    ),
    Layout(
        "banner-sections",
        "Georgia",
        11,
        1.15,
        2.2,
        "caps",
        False,
        "manual",
        ("chart-right", "shot-inline", "diagram"),
        False,
        True,
        "field",
        True,
        "above",
        True,
    ),
    Layout(
        "midpara-anchors",
        "Cambria",
        12,
        2.0,
        2.54,
        "partof",
        True,
        "styles",
        ("midpara-right", "midpara-left", "shot-inline"),
        True,
        True,
        "",
        False,
        "above",
        False,
    ),
    Layout(
        "magazine-alternating",
        "Verdana",
        10.5,
        1.0,
        1.8,
        "colon",
        True,
        "manual",
        ("chart-right", "chart-left-tight", "shot-left", "midpara-right"),
        True,
        False,
        "typed",
        True,
        "box",
        False,
    ),
    Layout(
        "large-print-screens",
        "Arial",
        14,
        1.15,
        2.54,
        "paren",
        False,
        "styles",
        ("shot-inline", "midpara-left", "diagram"),
        False,
        True,
        "field",
        False,
        "below",
        True,
    ),
)


def part_label(layout: Layout, part: str) -> str:
    task, letter = part[0], part[1]
    title = PART_TITLES[part]
    if layout.labels == "paren":
        base = f"Task {task} ({letter})"
        return f"{base} {title}" if layout.with_title else base
    if layout.labels == "dash":
        return f"Task {task}{letter} – {title}" if layout.with_title else f"Task {task}{letter}"
    if layout.labels == "compact":
        return f"{task}({letter}) {title}" if layout.with_title else f"{task}({letter})"
    if layout.labels == "caps":
        base = f"TASK {task} PART {letter.upper()}"
        return f"{base}: {title.upper()}" if layout.with_title else base
    if layout.labels == "partof":
        base = f"Part {letter.upper()} (Task {task})"
        return f"{base} – {title}" if layout.with_title else base
    base = f"Task {task}({letter})"
    return f"{base}: {title}" if layout.with_title else base


def task_label(layout: Layout, task: str) -> str:
    if layout.labels == "caps":
        return f"TASK {task}: {TASK_TITLES[task].upper()}"
    return f"Task {task}: {TASK_TITLES[task]}"


# --- pictures -----------------------------------------------------------------------------------------------
def _png(image: Image.Image) -> io.BytesIO:
    stream = io.BytesIO()
    image.save(stream, format="PNG")
    stream.seek(0)
    return stream


def chart_png(rng: random.Random) -> io.BytesIO:
    image = Image.new("RGB", (480, 340), "white")
    draw = ImageDraw.Draw(image)
    colour = rng.choice(((46, 117, 182), (197, 90, 17), (84, 130, 53), (112, 48, 160)))
    draw.line((40, 300, 460, 300), fill="black", width=2)
    draw.line((40, 20, 40, 300), fill="black", width=2)
    bars = rng.randint(4, 7)
    width = 380 // bars
    for i in range(bars):
        height = rng.randint(40, 260)
        x = 55 + i * width
        draw.rectangle((x, 300 - height, x + width - 14, 299), fill=colour)
        draw.text((x + 4, 306), f"Q{i + 1}", fill="black")
    if rng.random() < 0.5:
        points = [(55 + i * width + width // 3, rng.randint(40, 200)) for i in range(bars)]
        draw.line(points, fill=(230, 160, 0), width=3)
    return _png(image)


def screenshot_png(rng: random.Random) -> io.BytesIO:
    image = Image.new("RGB", (560, 380), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 559, 28), fill=(220, 220, 225))
    for i, c in enumerate(((237, 106, 94), (245, 191, 79), (98, 197, 84))):
        draw.ellipse((10 + i * 18, 9, 22 + i * 18, 21), fill=c)
    draw.rectangle((80, 7, 480, 22), fill="white")
    brand = rng.choice(((20, 60, 110), (120, 30, 40), (30, 90, 60)))
    draw.rectangle((0, 29, 559, 80), fill=brand)
    draw.rectangle((20, 100, 260, 240), fill=(200, 210, 225))
    for row in range(6):
        draw.rectangle((290, 100 + row * 22, 290 + rng.randint(120, 250), 110 + row * 22), fill=(170, 170, 170))
    for col in range(4):
        draw.rectangle((20 + col * 135, 260, 140 + col * 135, 360), fill=(255, 255, 255), outline=(190, 190, 190))
    return _png(image)


def logo_png(rng: random.Random) -> io.BytesIO:
    image = Image.new("RGB", (200, 200), "white")
    draw = ImageDraw.Draw(image)
    colour = rng.choice(((0, 90, 160), (170, 40, 60), (20, 120, 80), (90, 60, 140)))
    draw.ellipse((10, 10, 190, 190), fill=colour)
    draw.rectangle((70, 60, 130, 140), fill="white")
    return _png(image)


def banner_png(rng: random.Random, task: str) -> io.BytesIO:
    image = Image.new("RGB", (900, 120), "white")
    draw = ImageDraw.Draw(image)
    base = rng.choice(((20, 70, 130), (110, 30, 60), (30, 100, 80)))
    for x in range(900):
        t = x / 900
        draw.line((x, 0, x, 119), fill=tuple(int(c + (255 - c) * t * 0.7) for c in base))
    draw.text((30, 50), f"TASK {task}", fill="white")
    return _png(image)


# --- drawing XML --------------------------------------------------------------------------------------------
class Ids:
    """Drawing ids unique in the document body, as Word keeps them (python-docx takes the highest plus one)."""

    def __init__(self, document) -> None:
        self.element = document.element
        self.value = 0

    def next(self) -> int:
        used = [int(v) for v in self.element.xpath("//@id") if v.isdigit()]
        self.value = max([self.value, *used]) + 1
        return self.value


def _wrap_xml(wrap: str) -> str:
    if wrap == "square":
        return '<wp:wrapSquare wrapText="bothSides"/>'
    if wrap == "tight":
        return (
            '<wp:wrapTight wrapText="bothSides"><wp:wrapPolygon edited="0"><wp:start x="0" y="0"/>'
            '<wp:lineTo x="0" y="21600"/><wp:lineTo x="21600" y="21600"/><wp:lineTo x="21600" y="0"/>'
            '<wp:lineTo x="0" y="0"/></wp:wrapPolygon></wp:wrapTight>'
        )
    return "<wp:wrapTopAndBottom/>"


def _anchor_open(ids: Ids, cx: int, cy: int, align: str | int, wrap: str, name: str, voff: int = 0) -> str:
    ident = ids.next()
    where = f"<wp:posOffset>{align}</wp:posOffset>" if isinstance(align, int) else f"<wp:align>{align}</wp:align>"
    return (
        f'<wp:anchor {NS} distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + ident}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin">{where}</wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{voff}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'{_wrap_xml(wrap)}<wp:docPr id="{ident}" name="{name} {ident}"/><wp:cNvGraphicFramePr/>'
    )


def float_picture(run, stream: io.BytesIO, width: Emu, align: str, wrap: str, ids: Ids, voff: int = 0) -> int:
    """A picture anchored in ``run``, wrapped square or tight (or top and bottom) at ``align``."""
    inline = run.add_picture(stream, width=width)._inline
    cx, cy = int(inline.extent.cx), int(inline.extent.cy)
    graphic = inline.graphic
    anchor = parse_xml(_anchor_open(ids, cx, cy, align, wrap, "Picture", voff) + "</wp:anchor>")
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)
    return cy


def _txbx_paragraphs(lines: list[str], font: str, size: float, bold_first: bool = False, centre: bool = False) -> str:
    out = []
    for i, line in enumerate(lines):
        bold = "<w:b/>" if bold_first and i == 0 else ""
        jc = '<w:jc w:val="center"/>' if centre else ""
        out.append(
            f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{jc}</w:pPr><w:r><w:rPr>'
            f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>{bold}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>'
        )
    return "".join(out)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def float_textbox(
    run, lines: list[str], cx: int, cy: int, align: str | int, ids: Ids, font: str, voff: int = 0
) -> None:
    """A text box (a caption or a note) anchored in ``run``, wrapped square."""
    xml = (
        _anchor_open(ids, cx, cy, align, "square", "Text Box", voff)
        + '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{_txbx_paragraphs(lines, font, 9)}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
    )
    drawing = parse_xml(f"<w:drawing {NS}>{xml}</w:drawing>")
    run._r.append(drawing)


def float_diagram(run, boxes: list[str], width: int, ids: Ids, font: str, rng: random.Random) -> None:
    """A SmartArt-like process diagram: rounded boxes with their own text joined by arrows, grouped."""
    n = len(boxes)
    gap = 300000
    box_w = (width - gap * (n - 1)) // n
    box_h = 900000
    colour = rng.choice(("4472C4", "ED7D31", "70AD47", "5B9BD5", "7030A0"))
    shapes = []
    for i, text in enumerate(boxes):
        x = i * (box_w + gap)
        shapes.append(
            f'<wps:wsp><wps:cNvPr id="{ids.next()}" name="Box {i + 1}"/><wps:cNvSpPr/><wps:spPr>'
            f'<a:xfrm><a:off x="{x}" y="0"/><a:ext cx="{box_w}" cy="{box_h}"/></a:xfrm>'
            f'<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{colour}"/>'
            "</a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>"
            f"<wps:txbx><w:txbxContent>{_txbx_paragraphs(text.split('|'), font, 9, True, True)}"
            "</w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" bIns="45720" '
            'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        )
        if i < n - 1:
            shapes.append(
                f'<wps:wsp><wps:cNvPr id="{ids.next()}" name="Arrow {i + 1}"/><wps:cNvSpPr/><wps:spPr>'
                f'<a:xfrm><a:off x="{x + box_w + 40000}" y="{box_h // 2 - 110000}"/>'
                f'<a:ext cx="{gap - 80000}" cy="220000"/></a:xfrm><a:prstGeom prst="rightArrow"><a:avLst/>'
                '</a:prstGeom><a:solidFill><a:srgbClr val="A5A5A5"/></a:solidFill><a:ln><a:noFill/></a:ln>'
                "</wps:spPr><wps:bodyPr/></wps:wsp>"
            )
    xml = (
        _anchor_open(ids, width, box_h, "center", "topAndBottom", "Group")
        + '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
        "<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{box_h}"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="{width}" cy="{box_h}"/></a:xfrm></wpg:grpSpPr>'
        + "".join(shapes)
        + "</wpg:wgp></a:graphicData></a:graphic></wp:anchor>"
    )
    run._r.append(parse_xml(f"<w:drawing {NS}>{xml}</w:drawing>"))


DIAGRAMS = (
    ["Collect|data", "Segment|customers", "Personalise|content", "Test and|learn"],
    ["Awareness", "Consideration", "Purchase", "Loyalty"],
    ["Audit", "Select|technology", "Train|staff", "Launch", "Review"],
    ["Identify|risk", "Assess|impact", "Mitigate", "Monitor"],
    ["Visit|site", "Browse|products", "Abandon|basket", "Re-marketing|email"],
)


# --- the writer ---------------------------------------------------------------------------------------------
class Writer:
    def __init__(self, rng: random.Random, org: tuple[str, str, str]) -> None:
        self.rng = rng
        self.org = org
        self.cited: set[int] = set()

    def sentence(self) -> str:
        rng = self.rng
        index = rng.randrange(len(AUTHORS))
        auth, year, _ = AUTHORS[index]
        template = rng.choice(GENERIC)
        if "{cite}" in template or "{auth}" in template:
            self.cited.add(index)
        return template.format(
            org=self.org[0],
            n=rng.randint(12, 480),
            nshops=rng.randint(3, 40),
            ch=rng.choice(CHANNELS),
            pct=rng.randint(8, 68),
            pct2=rng.randint(10, 72),
            small=round(rng.uniform(0.6, 3.4), 1),
            seg=self.seg,
            cite=f"{auth}, {year}",
            auth=auth,
            year=year,
            page=rng.randint(12, 380),
            tool=rng.choice(TOOLS),
            budget=rng.randint(15, 120),
        )

    seg = "young professionals"

    def paragraph(self, target: int) -> str:
        sentences: list[str] = []
        while count(" ".join(sentences)) < target:
            sentences.append(self.sentence())
        return " ".join(sentences)


# --- the builder --------------------------------------------------------------------------------------------
class Report:
    def __init__(self, layout: Layout, rng: random.Random) -> None:
        self.layout = layout
        self.rng = rng
        self.document = docx.Document()
        self.ids = Ids(self.document)
        self.figure_no = 0
        self.fig_cycle = 0
        self._styles()
        section = self.document.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(layout.margin_cm))
        self.text_width = int(Cm(21.0 - 2 * layout.margin_cm))

    def _styles(self) -> None:
        layout = self.layout
        styles = self.document.styles
        normal = styles["Normal"]
        normal.font.name = layout.font
        normal.font.size = Pt(layout.size)
        normal.paragraph_format.line_spacing = layout.spacing
        normal.paragraph_format.space_after = Pt(8)
        rfonts = normal.element.rPr.rFonts
        rfonts.set(f"{W}eastAsia", layout.font)
        for name, bump in (("Heading 1", 5), ("Heading 2", 2.5), ("Heading 3", 1)):
            style = styles[name]
            style.font.name = layout.font
            style.font.size = Pt(layout.size + bump)
        styles["Caption"].font.size = Pt(max(9, layout.size - 2))

    # headings
    def heading(self, text: str, level: int) -> None:
        layout = self.layout
        if layout.heading_kind == "styles":
            self.document.add_heading(text, level=level)
            return
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(layout.size + {1: 5, 2: 2.5, 3: 0.5}[level])
        if level == 1:
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
        if level == 3:
            run.italic = True

    def sub_heading(self, text: str) -> None:
        self.heading(text, 3)

    # figures
    def caption_text(self, kind: str) -> str:
        self.figure_no += 1
        writer_org = self.org[0]
        what = {
            "chart": rng_choice(
                self.rng,
                (
                    "Online sales by quarter",
                    "Email open rates",
                    "Conversion by device",
                    "Traffic sources",
                    "Segment revenue share",
                ),
            ),
            "shot": rng_choice(self.rng, ("Home page", "Product page", "Checkout", "App home screen", "Newsletter")),
            "diagram": rng_choice(
                self.rng,
                ("Personalisation process", "Customer journey", "Implementation stages", "Risk management cycle"),
            ),
        }[kind]
        source = rng_choice(self.rng, ("author's own", writer_org, "Google Analytics"))
        return f"Figure {self.figure_no}: {what} ({'Source: ' + source})"

    def caption_paragraph(self, text: str) -> None:
        self.document.add_paragraph(text, style="Caption")

    def figure(self, kind: str, paragraph_text: str) -> int:
        """Writes a counted body paragraph carrying (or next to) a figure of ``kind``; returns the words
        counted."""
        rng = self.rng
        layout = self.layout
        doc = self.document
        where = layout.caption_where
        if kind in ("shot-inline",):
            if where == "above":
                self.caption_paragraph(self.caption_text("shot"))
            pic = doc.add_paragraph()
            pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pic.add_run().add_picture(screenshot_png(rng), width=Emu(int(self.text_width * 0.75)))
            if where != "above":
                self.caption_paragraph(self.caption_text("shot"))
            doc.add_paragraph(paragraph_text)
            return count(paragraph_text)
        if kind == "diagram":
            if where == "above":
                self.caption_paragraph(self.caption_text("diagram"))
            holder = doc.add_paragraph()
            float_diagram(holder.add_run(), rng.choice(DIAGRAMS), self.text_width, self.ids, layout.font, rng)
            if where != "above":
                self.caption_paragraph(self.caption_text("diagram"))
            doc.add_paragraph(paragraph_text)
            return count(paragraph_text)
        # floating pictures wrapped by the counted paragraph
        align = "right" if kind in ("chart-right", "midpara-right") else "left"
        wrap = "tight" if kind in ("chart-left-tight", "midpara-left") else "square"
        stream = screenshot_png(rng) if kind == "shot-left" else chart_png(rng)
        label = "shot" if kind == "shot-left" else "chart"
        width = Emu(int(self.text_width * rng.uniform(0.38, 0.48)))
        paragraph_caption = where in ("above", "below")
        if paragraph_caption and where == "above":
            self.caption_paragraph(self.caption_text(label))
        paragraph = doc.add_paragraph()
        if kind.startswith("midpara"):
            words = paragraph_text.split(". ")
            cut = max(1, len(words) // 2)
            first, second = ". ".join(words[:cut]) + ". ", ". ".join(words[cut:])
            paragraph.add_run(first)
            holder = paragraph.add_run()
            height = float_picture(holder, stream, width, align, wrap, self.ids)
            paragraph.add_run(second)
        else:
            holder = paragraph.add_run()
            height = float_picture(holder, stream, width, align, wrap, self.ids)
            paragraph.add_run(paragraph_text)
        if where == "box":  # the caption in a text box just under the picture, on the same side
            lines = [self.caption_text(label)]
            float_textbox(
                holder,
                lines,
                int(width),
                int(Cm(1.5)),
                0 if align == "left" else self.text_width - int(width),
                self.ids,
                layout.font,
                voff=height + int(Cm(0.15)),
            )
        if paragraph_caption and where == "below":
            self.caption_paragraph(self.caption_text(label))
        return count(paragraph_text)

    org: tuple[str, str, str]


def rng_choice(rng: random.Random, options: tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]


def targets(rng: random.Random) -> dict[str, int]:
    out = {"1a": rng.randint(230, 380)}
    for group, members in LIMIT_GROUPS.items():
        limit = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}[group]
        mode = rng.random()
        if mode < 0.25:
            factor = rng.uniform(1.02, 1.14)
        elif mode < 0.45:
            factor = rng.uniform(0.55, 0.78)
        else:
            factor = rng.uniform(0.9, 1.0)
        total = int(limit * factor)
        share = rng.uniform(0.42, 0.58)
        out[members[0]] = int(total * share)
        out[members[1]] = total - out[members[0]]
    return out


def write_part(report: Report, writer: Writer, part: str, target: int, truth_words: dict[str, int]) -> None:
    rng = report.rng
    layout = report.layout
    doc = report.document
    words = 0
    figures = [] if part == "1a" else list(layout.figures)
    figure_slots = rng.sample(range(1, 5), k=min(len(figures), rng.randint(1, 2))) if figures else []
    block = 0
    subheads = rng.sample(SUBHEADS, 3) if rng.random() < 0.6 and part != "1a" else []
    while words < target - 15:
        remaining = target - words
        size = min(remaining, rng.randint(60, 130))
        block += 1
        if subheads and block in (2, 5):
            report.sub_heading(subheads.pop())
        if block in figure_slots:
            kind = figures[report.fig_cycle % len(figures)]
            report.fig_cycle += 1
            words += report.figure(kind, writer.paragraph(max(size, 70)))
            continue
        if block % 3 == 0 and remaining > 60 and rng.random() < 0.6:
            style = rng.choice(("List Bullet", "List Number"))
            for _ in range(rng.randint(3, 5)):
                item = writer.sentence()
                doc.add_paragraph(item, style=style)
                words += count(item)
            continue
        text = writer.paragraph(size)
        doc.add_paragraph(text)
        words += count(text)
    truth_words[part] = words


def add_page_number_footer(report: Report, candidate: str) -> None:
    footer = report.document.sections[0].footer
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Page ")
    paragraph._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    paragraph.add_run(f" | Candidate {candidate}")


def add_header(report: Report, org: str, candidate: str) -> None:
    header = report.document.sections[0].header
    paragraph = header.paragraphs[0]
    if report.layout.header_logo:
        paragraph.add_run().add_picture(logo_png(report.rng), width=Cm(1.2))
        paragraph.add_run(f"\t{org} – CIM 2206 Mastering Digital Channels")
    else:
        paragraph.add_run(f"CIM 2206 Mastering Digital Channels – {candidate}")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(20_000 + index * 7919)
    layout = LAYOUTS[index % len(LAYOUTS)]
    org = ORGS[rng.randrange(len(ORGS))]
    writer = Writer(rng, org)
    writer.seg = rng.choice(SEGMENTS)
    report = Report(layout, rng)
    report.org = org
    doc = report.document
    candidate = f"{rng.randint(1000000, 9999999)}"
    add_header(report, org[0], candidate)
    add_page_number_footer(report, candidate)

    if layout.cover:
        for _ in range(6):
            doc.add_paragraph()
        title = doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run("CIM Level 6 Diploma in Professional Digital Marketing")
        run.bold = True
        run.font.size = Pt(20)
        for line in (
            "Mastering Digital Channels (2206)",
            f"Report for {org[0]}",
            f"Candidate number: {candidate}",
            f"Submission: {rng.choice(('June', 'July', 'December'))} {rng.choice((2019, 2020))}",
        ):
            p = doc.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if layout.header_logo:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run().add_picture(logo_png(random.Random(index)), width=Cm(4))
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    labels = {part: part_label(layout, part) for part in PARTS}
    if layout.contents:
        report.heading("Contents", 1)
        if layout.contents == "field":
            p = doc.add_paragraph()
            p._p.append(parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="begin"/></w:r>'))
            p._p.append(
                parse_xml(
                    f'<w:r {NS}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                )
            )
            p._p.append(parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
            p.add_run(f"{task_label(layout, '1')}\t3")
            for i, part in enumerate(PARTS):
                q = doc.add_paragraph(f"{labels[part]}\t{3 + i}")
                q.paragraph_format.left_indent = Cm(0.6)
            q.add_run("")._r.append(parse_xml(f'<w:fldChar {NS} w:fldCharType="end"/>'))
        else:
            for i, part in enumerate(PARTS):
                doc.add_paragraph(f"{labels[part]}\t{2 + i}")
            doc.add_paragraph(f"References\t{len(PARTS) + 2}")
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    goal = targets(rng)
    part_words: dict[str, int] = {}
    for task in ("1", "2", "3"):
        if layout.banners:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run().add_picture(banner_png(rng, task), width=Emu(report.text_width))
        report.heading(task_label(layout, task), 1)
        for part in (p for p in PARTS if p[0] == task):
            report.heading(labels[part], 2)
            write_part(report, writer, part, goal[part], part_words)
        if layout.word_count_lines:
            group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
            total = sum(part_words[p] for p in LIMIT_GROUPS[group])
            doc.add_paragraph(f"Word count: {total:,}")
        if task == "2" and layout.name in ("diagram-groups", "large-print-screens"):
            doc.add_section(WD_SECTION.NEW_PAGE)

    report.heading("References", 1)
    for idx in sorted(writer.cited, key=lambda i: AUTHORS[i][0]):
        auth, year, rest = AUTHORS[idx]
        doc.add_paragraph(f"{auth} ({year}) {rest}")

    stream = io.BytesIO()
    doc.save(stream)
    group_words = {group: sum(part_words[p] for p in members) for group, members in LIMIT_GROUPS.items()}
    truth = Truth(
        name="",
        seed=index,
        layout=layout.name,
        split="",
        part_words=part_words,
        group_words=group_words,
        words_all=sum(part_words.values()),
        headings=labels,
    )
    return stream.getvalue(), truth
