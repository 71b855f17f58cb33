"""Layout pool 32 (held out for its first tables, development data since stop 66): CIM 2206 reports full of
diagrams whose labels are text.

Process, cycle and hierarchy diagrams drawn as grouped shapes with text in each shape (as SmartArt converts),
funnels and customer journeys, SWOT and PESTLE grids of shapes, Gantt charts made of shapes, native Word charts
(bar, pie, line) with titles, axis titles and data labels, and screenshots; some inline, some floating with the
body wrapped around them. Captions under figures, a list of figures after the contents, headers with the
candidate number and footers with the page number. Truth is counted while the body is written.
"""

from __future__ import annotations

import io
import math
import random
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports full of diagrams whose labels are text: grouped-shape process, cycle, hierarchy, funnel, SWOT, "
    "PESTLE and Gantt diagrams, native bar, pie and line charts with titles and data labels, screenshots; "
    "inline and floating with wrapped text, captions, a list of figures, headers and page-number footers."
)
REPORTS = 30

LAYOUTS = (
    "process_inline_h2",
    "funnel_wrap_bold",
    "swot_grid_double",
    "gantt_caps",
    "charts_q_labels",
    "cycle_hierarchy_numbered",
)

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
EMU = 12700  # per point

AUTHORS = [
    ("Chaffey and Ellis-Chadwick", 2019),
    ("Chaffey and Smith", 2017),
    ("Kotler and Keller", 2016),
    ("Ryan", 2016),
    ("McKinsey", 2019),
    ("Gartner", 2019),
    ("Google", 2018),
    ("Epsilon", 2018),
    ("Accenture", 2018),
    ("Lemon and Verhoef", 2016),
    ("Kaplan and Haenlein", 2010),
    ("ICO", 2018),
    ("Econsultancy", 2019),
    ("Salesforce", 2018),
    ("Tiago and Verissimo", 2014),
]

TOPICS = {
    "1a": [
        "{org} is a {kind} founded in {year} and employs around {staff} people across {n} sites.",
        "Its range covers {products}, sold online, through the app and in {n2} stores.",
        "The main competitors are {comp1} and {comp2}, both of which invest heavily in digital channels.",
        "The customer base is mainly {segment}, with {pct}% of revenue now coming through digital channels.",
        "Personalisation maturity is low to moderate: emails are segmented by purchase history but the website "
        "shows the same content to every visitor.",
        "Using the maturity model of {cite}, {org} sits at the second of five stages.",
        "Loyalty scheme members number about {n3},000 and their data is held in a CRM that is not linked to "
        "the web analytics.",
        "Annual turnover was £{m} million last year, with online sales growing by {pct}% year on year.",
    ],
    "common": [
        "Personalisation in digital channels means using data to tailor content, offers and timing to the "
        "individual customer {cite}.",
        "For {org} this matters because {segment} customers expect relevant messages in the moments that "
        "matter to them.",
        "Research shows that {pct}% of consumers are more likely to buy from a brand that offers personalised "
        "experiences {cite}.",
        "However, personalisation that feels intrusive can damage trust, so the balance between relevance "
        "and privacy must be managed carefully.",
        "Rule-based personalisation is simple to set up, while predictive approaches use machine learning to "
        "anticipate the next best action {cite}.",
        "The customer journey of the {segment} segment shows that most research begins on a mobile phone.",
        "Figure {fig} sets out how these stages link together for {org}.",
        "Data from the CRM and the website could be combined into a single customer view, which is the basis "
        "of more advanced personalisation.",
        "As {cite} argue, the value of personalisation lies in relevance rather than in the technology itself.",
        "A key weakness at present is that email and web teams work separately and share little data.",
        "Competitors such as {comp1} already use dynamic product recommendations on their home pages.",
        "This suggests that {org} risks falling behind unless it invests in data and skills.",
        "Good practice from {brand} shows how recommendations based on browsing history raise basket value "
        "by around {pct}%.",
        "Bad practice is seen when retargeting adverts follow customers for weeks after they have already "
        "bought the product {cite}.",
        "Conversion rates on the mobile site are {pct2}%, below the sector average of {pct3}%.",
        "Micro-moments such as I-want-to-know and I-want-to-buy give a useful frame for planning content {cite}.",
        "An online community for {segment} customers would move communication from broadcast to conversation.",
        "Goals should be SMART, for example raising the email click-through rate from {pct2}% to {pct3}% "
        "within twelve months.",
        "Dynamic content blocks in email can change the offer at the moment of opening, based on weather, "
        "location or stock.",
        "Re-marketing lists built from cart abandoners can be shown tailored adverts within 24 hours of the "
        "visit {cite}.",
        "Frequency caps and burn pixels prevent customers from seeing adverts for products they have already bought.",
        "Paid, owned and earned channels need different approaches, since {org} controls the data only in "
        "owned channels.",
        "Internal skills in analytics are limited, so an agency partner could support the first phase while "
        "the team is trained.",
        "A test-and-learn approach with A/B testing allows each change to be measured before it is scaled {cite}.",
        "The GDPR requires a lawful basis for processing personal data, and profiling must be explained "
        "clearly to customers {cite}.",
        "Consent management on the website must be updated so that tracking cookies are only set after opt-in.",
        "The risk of a data breach is moderate in likelihood but severe in impact, with fines of up to 4% of "
        "global turnover.",
        "Automated decisions can go wrong, as when algorithms recommend unsuitable products to vulnerable customers.",
        "Trust and transparency can be built through a clear preference centre where customers choose what "
        "they receive.",
        "Senior management should therefore approve a personalisation policy that sets out which lines will "
        "not be crossed.",
        "The budget for the first year is estimated at £{k},000, covering the platform, training and agency support.",
        "Mobile platforms should be the priority, as {pct}% of sessions from this segment come from phones.",
        "Advanced tracking across devices will depend on logged-in customers, since third-party cookies are "
        "being phased out.",
    ],
}

KINDS = [
    "UK retailer",
    "family-owned garden centre chain",
    "regional building society",
    "online fashion brand",
    "independent travel agency",
    "health club operator",
    "specialist outdoor equipment retailer",
    "craft brewery",
    "furniture retailer",
    "pet supplies retailer",
]
PRODUCTS = [
    "clothing, footwear and accessories",
    "plants, tools and outdoor furniture",
    "savings accounts, mortgages and insurance",
    "holidays, flights and city breaks",
    "memberships, classes and personal training",
    "tents, clothing and climbing gear",
    "beers, gifts and brewery tours",
    "sofas, beds and home accessories",
    "food, toys and grooming",
]
SEGMENTS = [
    "young professionals aged 25 to 34",
    "families with young children",
    "retired couples",
    "students",
    "first-time buyers",
    "frequent business travellers",
    "keen hobbyists",
]
BRANDS = ["Amazon", "Netflix", "Spotify", "ASOS", "Boots", "Ocado", "Starbucks", "Sephora", "Nike"]

FONTS = ["Calibri", "Arial", "Times New Roman", "Georgia", "Verdana", "Cambria", "Segoe UI", "Garamond"]


class Writer:
    def __init__(self, rng: random.Random, fake: Faker, org: str) -> None:
        self.rng = rng
        self.fake = fake
        self.org = org
        self.comp1 = fake.company()
        self.comp2 = fake.company()
        self.segment = rng.choice(SEGMENTS)
        self.kind = rng.choice(KINDS)
        self.products = rng.choice(PRODUCTS)
        self.fig = 1

    def cite(self) -> str:
        author, year = self.rng.choice(AUTHORS)
        return f"({author}, {year})"

    def sentence(self, part: str) -> str:
        rng = self.rng
        pool = TOPICS["1a"] if part == "1a" else TOPICS["common"]
        template = rng.choice(pool)
        return template.format(
            org=self.org,
            kind=self.kind,
            year=rng.randint(1960, 2012),
            staff=rng.randint(40, 4000),
            n=rng.randint(2, 40),
            n2=rng.randint(3, 90),
            n3=rng.randint(5, 400),
            products=self.products,
            comp1=self.comp1,
            comp2=self.comp2,
            segment=self.segment,
            pct=rng.randint(12, 80),
            pct2=rng.randint(1, 4),
            pct3=rng.randint(5, 9),
            m=rng.randint(4, 900),
            k=rng.randint(40, 400),
            cite=self.cite(),
            brand=rng.choice(BRANDS),
            fig=self.fig,
        )

    def paragraph(self, part: str, words: int) -> str:
        out: list[str] = []
        while count(" ".join(out)) < words:
            out.append(self.sentence(part))
        return " ".join(out)


# --- drawing XML -------------------------------------------------------------------------------------------------
class Ids:
    def __init__(self) -> None:
        self.n = 100

    def next(self) -> int:
        self.n += 1
        return self.n


def _txbx(text: str, size: float, color: str = "000000", bold: bool = False) -> str:
    paras = []
    for line in text.split("\n"):
        b = "<w:b/>" if bold else ""
        paras.append(
            '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr>{b}<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        )
    return "<wps:txbx><w:txbxContent>" + "".join(paras) + "</w:txbxContent></wps:txbx>"


def shape(
    ids: Ids,
    x: int,
    y: int,
    cx: int,
    cy: int,
    text: str,
    prst: str = "rect",
    fill: str = "4472C4",
    size: float = 9,
    color: str = "FFFFFF",
    bold: bool = False,
    line: str | None = None,
) -> str:
    ln = (
        f'<a:ln w="9525"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    txbx = _txbx(text, size, color, bold) if text else ""
    n = ids.next()
    return (
        f'<wps:wsp><wps:cNvPr id="{n}" name="Shape {n}"/><wps:cNvSpPr/><wps:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f"{ln}</wps:spPr>{txbx}"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="36000" tIns="18000" rIns="36000" bIns="18000" '
        'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
    )


def connector(ids: Ids, x: int, y: int, cx: int, cy: int) -> str:
    n = ids.next()
    return (
        f'<wps:wsp><wps:cNvPr id="{n}" name="Connector {n}"/><wps:cNvCnPr/><wps:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill><a:srgbClr val="7F7F7F"/>'
        "</a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"
    )


def group(children: list[str], cx: int, cy: int) -> str:
    return (
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp>'
        "<wpg:cNvGrpSpPr/><wpg:grpSpPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></wpg:grpSpPr>' + "".join(children) + "</wpg:wgp></a:graphicData>"
    )


def drawing(ids: Ids, graphic_data: str, cx: int, cy: int, floating: str | None, name: str) -> str:
    n = ids.next()
    inner = (
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{n}" name="{name} {n}"/><wp:cNvGraphicFramePr/><a:graphic>{graphic_data}</a:graphic>'
    )
    if floating is None:
        body = f'<wp:inline distT="0" distB="0" distL="0" distR="0">{inner}</wp:inline>'
    else:
        wrap = {
            "square": '<wp:wrapSquare wrapText="bothSides"/>',
            "topbottom": "<wp:wrapTopAndBottom/>",
            "tight": '<wp:wrapSquare wrapText="largest"/>',
        }[floating.split(":")[0]]
        align = floating.split(":")[1] if ":" in floating else "right"
        # the inner extents come first in wp:anchor after positions: rebuild in schema order
        body = (
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap}'
            f'<wp:docPr id="{n}" name="{name} {n}"/><wp:cNvGraphicFramePr/><a:graphic>{graphic_data}</a:graphic>'
            "</wp:anchor>"
        )
    return f"<w:r {NS}><w:drawing>{body}</w:drawing></w:r>"


# --- diagrams: each returns (graphic_data, cx, cy, caption subject) ----------------------------------------------
PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"]


def d_process(ids: Ids, rng: random.Random, w: Writer) -> tuple[str, int, int, str]:
    steps = rng.choice(
        [
            ["Collect data", "Segment", "Personalise content", "Deliver", "Measure"],
            ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"],
            ["See", "Think", "Do", "Care"],
            ["Audit", "Plan", "Pilot", "Scale", "Review"],
        ]
    )
    cx, cy = 6 * 914400, 900000
    wd = cx // len(steps)
    fill = rng.choice(PALETTE)
    kids = [
        shape(ids, i * wd, 150000, wd - 40000, 600000, s, "chevron" if i else "homePlate", fill, 8.5)
        for i, s in enumerate(steps)
    ]
    return (
        group(kids, cx, cy),
        cx,
        cy,
        rng.choice(
            [
                "The personalisation process",
                "Stages of the customer journey",
                "Implementation process",
                "See-Think-Do-Care framework",
            ]
        ),
    )


def d_cycle(ids: Ids, rng: random.Random, w: Writer) -> tuple[str, int, int, str]:
    steps = ["Test", "Learn", "Optimise", "Scale", "Review", "Plan"][: rng.choice([4, 5, 6])]

    cx = cy = 2700000
    r = 950000
    kids = []
    for i, s in enumerate(steps):
        ang = 2 * math.pi * i / len(steps) - math.pi / 2
        x = int(cx / 2 + r * math.cos(ang) - 400000)
        y = int(cy / 2 + r * math.sin(ang) - 300000)
        kids.append(shape(ids, x, y, 800000, 600000, s, "ellipse", PALETTE[i % 8], 8.5))
    kids.append(
        shape(
            ids,
            cx // 2 - 450000,
            cy // 2 - 250000,
            900000,
            500000,
            "Personal-\nisation",
            "rect",
            "FFFFFF",
            8,
            "000000",
            True,
        )
    )
    return group(kids, cx, cy), cx, cy, "Test-and-learn cycle for personalisation"


def d_hierarchy(ids: Ids, rng: random.Random, w: Writer) -> tuple[str, int, int, str]:
    cx, cy = 5400000, 1800000
    kids = [shape(ids, 1950000, 0, 1500000, 450000, "Head of Digital", "roundRect", "264478", 9)]
    subs = ["CRM Manager", "Content Lead", "Data Analyst", "Agency Partner"]
    for i, s in enumerate(subs):
        x = i * 1350000 + 60000
        kids.append(connector(ids, 2700000, 450000, 1, 300000) if i == 0 else "")
        kids.append(shape(ids, x, 900000, 1230000, 420000, s, "roundRect", "5B9BD5", 8.5))
        kids.append(connector(ids, x + 615000, 750000, 1, 150000))
    kids.append(connector(ids, 675000, 750000, 4050000, 1))
    kids.append(shape(ids, 1950000, 1400000, 1500000, 380000, "Personalisation squad", "roundRect", "A5A5A5", 8))
    return group([k for k in kids if k], cx, cy), cx, cy, f"Proposed team structure at {w.org}"


def d_funnel(ids: Ids, rng: random.Random, w: Writer) -> tuple[str, int, int, str]:
    stages = ["Awareness", "Interest", "Consideration", "Conversion", "Loyalty"]
    cx, cy = 2600000, 2400000
    h = cy // len(stages)
    kids = []
    for i, s in enumerate(stages):
        inset = i * 200000
        kids.append(
            shape(
                ids,
                inset,
                i * h,
                cx - 2 * inset,
                h - 30000,
                f"{s}\n{rng.randint(1, 90)}%" if rng.random() < 0.5 else s,
                "trapezoid" if False else "rect",
                PALETTE[i % 8],
                8,
            )
        )
    return group(kids, cx, cy), cx, cy, f"Conversion funnel for the {w.segment} segment"


def d_journey(ids: Ids, rng: random.Random, w: Writer) -> tuple[str, int, int, str]:
    stages = ["Search on mobile", "Compare reviews", "Add to basket", "Abandon", "Re-marketing email", "Purchase"]
    cx, cy = 6 * 914400, 1500000
    wd = cx // len(stages)
    kids = []
    for i, s in enumerate(stages):
        kids.append(
            shape(ids, i * wd, 200000 + (i % 2) * 500000, wd - 60000, 520000, s, "roundRect", PALETTE[i % 8], 8)
        )
        kids.append(shape(ids, i * wd, 0, wd - 60000, 180000, f"Touchpoint {i + 1}", "rect", "FFFFFF", 7, "404040"))
    return group(kids, cx, cy), cx, cy, f"Customer journey map for {w.org}"


def d_grid(ids: Ids, rng: random.Random, w: Writer) -> tuple[str, int, int, str]:
    if rng.random() < 0.5:
        cells = [
            ("Strengths", "Loyal customer base\nStrong brand"),
            ("Weaknesses", "Siloed data\nFew analysts"),
            ("Opportunities", "Mobile app\nOnline community"),
            ("Threats", "GDPR fines\nAgile competitors"),
        ]
        cols, title = 2, f"SWOT analysis of {w.org}"
    else:
        cells = [
            ("Political", "Data policy"),
            ("Economic", "Rising costs"),
            ("Social", "Privacy concern"),
            ("Technological", "AI and cookies"),
            ("Legal", "GDPR and PECR"),
            ("Environmental", "Sustainability"),
        ]
        cols, title = 3, "PESTLE analysis"
    cx = 5400000
    cw = cx // cols
    ch = 800000
    rows = (len(cells) + cols - 1) // cols
    cy = rows * ch
    kids = []
    for i, (head, body) in enumerate(cells):
        x, y = (i % cols) * cw, (i // cols) * ch
        kids.append(shape(ids, x, y, cw - 30000, 260000, head, "rect", PALETTE[i % 8], 9, bold=True))
        kids.append(
            shape(ids, x, y + 260000, cw - 30000, ch - 290000, body, "rect", "F2F2F2", 8, "000000", line="BFBFBF")
        )
    return group(kids, cx, cy), cx, cy, title


def d_gantt(ids: Ids, rng: random.Random, w: Writer) -> tuple[str, int, int, str]:
    acts = ["Data audit", "CRM integration", "Email pilot", "Web recommendations", "Community launch", "Review"]
    months = 12
    lab = 1500000
    cx = 6 * 914400
    mw = (cx - lab) // months
    rh = 230000
    cy = rh * (len(acts) + 1)
    kids = []
    for m in range(months):
        kids.append(shape(ids, lab + m * mw, 0, mw - 10000, rh - 20000, f"M{m + 1}", "rect", "D9D9D9", 7, "000000"))
    start = 0
    for i, a in enumerate(acts):
        y = (i + 1) * rh
        kids.append(shape(ids, 0, y, lab - 20000, rh - 20000, a, "rect", "FFFFFF", 7.5, "000000"))
        length = rng.randint(2, 5)
        start = min(start + rng.randint(0, 2), months - length)
        kids.append(shape(ids, lab + start * mw, y + 30000, length * mw, rh - 80000, "", "rect", PALETTE[i % 8]))
    return group(kids, cx, cy), cx, cy, "Gantt chart of the implementation plan"


def _rich(text: str, size: int = 1200) -> str:
    return (
        f'<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size}" b="1"/></a:pPr>'
        f'<a:r><a:rPr lang="en-GB" sz="{size}" b="1"/><a:t>{escape(text)}</a:t></a:r></a:p></c:rich>'
        '</c:tx><c:overlay val="0"/>'
    )


def chart_xml(kind: str, title: str, cats: list[str], vals: list[float], series: str, xtitle: str, ytitle: str) -> str:
    pts_c = "".join(f'<c:pt idx="{i}"><c:v>{escape(c)}</c:v></c:pt>' for i, c in enumerate(cats))
    pts_v = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(vals))
    cat = f'<c:cat><c:strLit><c:ptCount val="{len(cats)}"/>{pts_c}</c:strLit></c:cat>'
    val = (
        f'<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="{len(vals)}"/>{pts_v}</c:numLit></c:val>'
    )
    dl = (
        '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
        '<c:showPercent val="{p}"/><c:showBubbleSize val="0"/></c:dLbls>'
    )
    tx = f"<c:tx><c:v>{escape(series)}</c:v></c:tx>"
    axes = (
        '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        f'<c:axPos val="b"/><c:title>{_rich(xtitle, 1000)}</c:title><c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        '<c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        f'<c:axPos val="l"/><c:majorGridlines/><c:title>{_rich(ytitle, 1000)}</c:title>'
        '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>'
        '<c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/>'
        '<c:crossBetween val="between"/></c:valAx>'
    )
    if kind == "bar":
        plot = (
            f'<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
            f'<c:ser><c:idx val="0"/><c:order val="0"/>{tx}<c:invertIfNegative val="0"/>{dl.format(p=0)}{cat}{val}'
            '</c:ser><c:gapWidth val="150"/><c:axId val="111"/><c:axId val="222"/></c:barChart>' + axes
        )
    elif kind == "line":
        plot = (
            f'<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>'
            f'<c:ser><c:idx val="0"/><c:order val="0"/>{tx}<c:marker><c:symbol val="circle"/></c:marker>'
            f'{dl.format(p=0)}{cat}{val}<c:smooth val="0"/></c:ser><c:marker val="1"/>'
            '<c:axId val="111"/><c:axId val="222"/></c:lineChart>' + axes
        )
    else:
        plot = (
            f'<c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/>{tx}'
            f'{dl.format(p=1)}{cat}{val}</c:ser><c:firstSliceAng val="0"/></c:pieChart>'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<c:chartSpace {NS}><c:roundedCorners val="0"/><c:chart><c:title>{_rich(title)}</c:title>'
        f'<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>{plot}</c:plotArea>'
        '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>'
        '<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
    )


class ChartMaker:
    def __init__(self, document: docx.document.Document) -> None:
        self.document = document
        self.n = 0

    def make(self, ids: Ids, rng: random.Random, w: Writer, kind: str) -> tuple[str, int, int, str]:
        self.n += 1
        if kind == "pie":
            cats = ["Mobile", "Desktop", "Tablet", "App"]
            vals = [rng.randint(10, 50) for _ in cats]
            title = "Share of sessions by device"
            x, y = "Device", "Share (%)"
        elif kind == "line":
            cats = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
            base = rng.uniform(1.0, 2.5)
            vals = [round(base + i * rng.uniform(0.05, 0.3), 1) for i in range(len(cats))]
            title = "Monthly conversion rate"
            x, y = "Month", "Conversion rate (%)"
        else:
            cats = ["Email", "Paid search", "Social", "Organic", "Display"]
            vals = [rng.randint(5, 60) for _ in cats]
            title = rng.choice(["Revenue by channel (£000)", "Click-through rate by channel", "Visits by channel"])
            x, y = "Channel", "Value"
        blob = chart_xml(kind, title, cats, vals, str(w.fake.year()), x, y).encode()
        part = Part(
            PackURI(f"/word/charts/chart{self.n}.xml"),
            "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
            blob,
            self.document.part.package,
        )
        rid = self.document.part.relate_to(part, RT.CHART)
        data = (
            f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            f'<c:chart r:id="{rid}"/></a:graphicData>'
        )
        cx = rng.choice([4, 5, 5.5]) * 914400
        return data, int(cx), int(cx * 0.6), title


def screenshot(rng: random.Random, w: Writer) -> bytes:
    img = Image.new("RGB", (900, 520), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 900, 60], fill=(40, 60, 120))
    d.text((20, 20), w.org.upper(), fill="white")
    for i in range(4):
        x = 30 + i * 215
        d.rectangle([x, 110, x + 190, 330], outline=(150, 150, 150), fill=(230, 235, 245))
        d.text((x + 10, 340), f"Recommended for you {i + 1}", fill="black")
    d.rectangle([30, 400, 870, 480], fill=(250, 220, 150))
    d.text((50, 430), "Welcome back - your picks this week", fill="black")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# --- report ------------------------------------------------------------------------------------------------------
def heading_text(style: str, part: str, rng: random.Random, titled: bool) -> str:
    task, letter = part[0], part[1]
    title = PART_TITLES[part]
    if style == "paren":
        label = f"Task {task} ({letter})"
        sep = " – "
    elif style == "short":
        label = f"{task}{letter}"
        sep = ". "
    elif style == "colon":
        label = f"Task {task}: Part ({letter})"
        sep = " – "
    elif style == "caps":
        label = f"TASK {task}{letter.upper()}"
        title = title.upper()
        sep = " – "
    else:  # q
        label = f"Q{task}({letter})"
        sep = " "
    return label + sep + title if titled else label


def task_heading(style: str, task: str) -> str:
    titles = {
        "1": "Developments in personalisation and one target segment",
        "2": "Conversion action plan and personalised content",
        "3": "Managing, implementing and the risks of personalisation",
    }
    if style == "caps":
        return f"TASK {task}: {titles[task].upper()}"
    if style == "q":
        return f"Question {task}"
    return f"Task {task}: {titles[task]}"


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(32_000 + index)
    fake = Faker("en_GB")
    fake.seed_instance(32_000 + index)
    layout = LAYOUTS[index % len(LAYOUTS)]
    org = fake.company()
    w = Writer(rng, fake, org)
    ids = Ids()

    cfg = {
        "process_inline_h2": dict(
            font="Calibri",
            size=11,
            spacing=1.15,
            hstyle="paren",
            manual=False,
            diagrams=[d_process, d_journey, "bar", d_process],
            floating=None,
        ),
        "funnel_wrap_bold": dict(
            font="Arial",
            size=11,
            spacing=1.5,
            hstyle="short",
            manual=True,
            diagrams=[d_funnel, "pie", d_cycle, "shot"],
            floating="square:right",
        ),
        "swot_grid_double": dict(
            font="Times New Roman",
            size=12,
            spacing=2.0,
            hstyle="colon",
            manual=False,
            diagrams=[d_grid, d_grid, "line", d_hierarchy],
            floating=None,
        ),
        "gantt_caps": dict(
            font="Georgia",
            size=10.5,
            spacing=1.0,
            hstyle="caps",
            manual=False,
            diagrams=[d_gantt, d_journey, "bar", d_grid],
            floating="topbottom",
        ),
        "charts_q_labels": dict(
            font="Verdana",
            size=10.5,
            spacing=1.15,
            hstyle="q",
            manual=True,
            diagrams=["bar", "pie", "line", "shot"],
            floating="square:left",
        ),
        "cycle_hierarchy_numbered": dict(
            font="Cambria",
            size=rng.choice([12, 13, 14]),
            spacing=1.15,
            hstyle="short",
            manual=False,
            diagrams=[d_cycle, d_hierarchy, d_funnel, "pie"],
            floating="tight:right",
        ),
    }[layout]
    if rng.random() < 0.3:
        cfg["font"] = rng.choice(FONTS)
    titled = rng.random() < 0.75 or cfg["hstyle"] == "short"

    document = docx.Document()
    charts = ChartMaker(document)
    sec = document.sections[0]
    margin = rng.choice([2.0, 2.54, 2.54, 3.0])
    sec.left_margin = sec.right_margin = Cm(margin)
    sec.top_margin = sec.bottom_margin = Cm(rng.choice([2.0, 2.54]))
    normal = document.styles["Normal"]
    normal.font.name = cfg["font"]
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), cfg["font"])
    normal.font.size = Pt(cfg["size"])
    normal.paragraph_format.line_spacing = cfg["spacing"]
    normal.paragraph_format.space_after = Pt(rng.choice([6, 8, 10]))
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "Caption"):
        document.styles[name].font.name = cfg["font"]
    candidate = f"{rng.randint(1000000, 9999999)}"

    # header and footer
    hp = sec.header.paragraphs[0]
    hp.text = f"Candidate number: {candidate}    CIM 2206 Mastering Digital Channels"
    hp.runs[0].font.size = Pt(rng.choice([9, 10]))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if rng.random() < 0.5 else WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Page ")
    fp._p.append(parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="begin"/></w:r>'))
    fp._p.append(parse_xml(f'<w:r {NS}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    fp._p.append(parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
    fp._p.append(parse_xml(f"<w:r {NS}><w:t>1</w:t></w:r>"))
    fp._p.append(parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>'))

    # cover
    document.add_paragraph("CIM Level 6 Diploma in Professional Digital Marketing", style="Title")
    document.add_paragraph("Mastering Digital Channels (2206)")
    document.add_paragraph(f"Personalisation of digital channels at {org}")
    document.add_paragraph(f"Candidate number: {candidate}")
    document.add_paragraph(f"Submission: {fake.date_this_decade().strftime('%B %Y')}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # plan the parts
    mode = rng.choice(["near", "near", "over", "under"])
    factor = {"near": rng.uniform(0.9, 1.0), "over": rng.uniform(1.03, 1.15), "under": rng.uniform(0.55, 0.8)}[mode]
    limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
    targets = {"1a": rng.randint(230, 380)}
    for g, parts in LIMIT_GROUPS.items():
        total = limits[g] * factor
        share = rng.uniform(0.4, 0.6)
        targets[parts[0]] = int(total * share)
        targets[parts[1]] = int(total * (1 - share))

    order = ["1a", "1b", "1c", "2a", "2b", "3a", "3b"]
    headings = {p: heading_text(cfg["hstyle"], p, rng, titled) for p in order}
    # which parts carry a diagram (most of them)
    with_diagram = [p for p in order if rng.random() < 0.8 and p != "1a"] + (["1a"] if rng.random() < 0.3 else [])
    plan = {p: cfg["diagrams"][i % len(cfg["diagrams"])] for i, p in enumerate(order)}
    captions: list[str] = []

    # contents and list of figures (captions known in advance by walking the same plan)
    document.add_paragraph("Contents", style="Heading 1" if not cfg["manual"] else None).runs[0].bold = True
    page = 3
    for p in order:
        if p.endswith("a"):
            document.add_paragraph(f"{task_heading(cfg['hstyle'], p[0])}\t{page}")
        document.add_paragraph(f"{headings[p]}\t{page}")
        page += 1 if p == "1a" else 2
    document.add_paragraph(f"References\t{page}")
    lof_at = len(document.paragraphs)  # list of figures is filled after the body is written
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    part_words: dict[str, int] = {}

    def part_heading(text: str, level: int) -> None:
        if cfg["manual"]:
            para = document.add_paragraph()
            run = para.add_run(text)
            run.bold = True
            run.font.size = Pt(cfg["size"] + (4 if level == 1 else 2))
            para.paragraph_format.space_before = Pt(12)
            para.paragraph_format.keep_with_next = True
        else:
            document.add_heading(text, level)

    def sub_heading(text: str) -> None:
        if cfg["manual"]:
            para = document.add_paragraph()
            run = para.add_run(text)
            run.italic = True
            run.font.size = Pt(cfg["size"])
        else:
            document.add_heading(text, 3)

    def add_figure(p: str, first_body: docx.text.paragraph.Paragraph | None) -> None:
        kind = plan[p]
        if kind == "shot":
            document.add_picture(io.BytesIO(screenshot(rng, w)), width=Cm(rng.choice([12, 14])))
            subject = rng.choice(
                [
                    f"Screenshot of a personalised home page from {rng.choice(BRANDS)}",
                    "Screenshot of a personalised email",
                ]
            )
        else:
            if isinstance(kind, str):
                data, cx, cy, subject = charts.make(ids, rng, w, kind)
            else:
                data, cx, cy, subject = kind(ids, rng, w)
            floating = cfg["floating"]
            if (
                floating
                and floating.startswith(("square", "tight"))
                and cx > 3000000
                and kind not in ("bar", "line", "pie")
            ):
                floating = "topbottom"
            if floating and first_body is not None and rng.random() < 0.75:
                first_body._p.insert(
                    1 if first_body._p.pPr is not None else 0,
                    parse_xml(drawing(ids, data, cx, cy, floating, "Diagram")),
                )
            else:
                para = document.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                para._p.append(parse_xml(drawing(ids, data, cx, cy, None, "Diagram")))
        caption = f"Figure {w.fig}: {subject}"
        if rng.random() < 0.3:
            caption += f" (adapted from {w.cite()[1:-1]})"
        document.add_paragraph(caption, style="Caption")
        captions.append(caption)
        w.fig += 1

    subs = [
        "Current position",
        "Good and bad practice",
        "Goals and metrics",
        "Recommendations",
        "Dynamic content",
        "Re-marketing",
        "Resources and skills",
        "Legal compliance",
        "Evaluation",
    ]

    for p in order:
        if p.endswith("a"):
            part_heading(task_heading(cfg["hstyle"], p[0]), 1)
        part_heading(headings[p], 2)
        target = targets[p]
        written = 0
        paras_planned = max(2, target // rng.randint(90, 150))
        fig_after = rng.randint(0, min(2, paras_planned - 1)) if p in with_diagram else None
        k = 0
        first_after_fig = None
        pending_fig = False
        while written < target:
            if k == 2 and target > 400 and rng.random() < 0.6:
                sub_heading(rng.choice(subs))
            remaining = target - written
            if p != "1a" and k in (1, 3) and rng.random() < 0.5 and remaining > 80:
                list_style = rng.choice(["List Bullet", "List Number"]) if k == 1 else "List Bullet"
                for _ in range(rng.randint(3, 5)):
                    text = w.sentence(p)
                    document.add_paragraph(text, style=list_style)
                    written += count(text)
            else:
                text = w.paragraph(p, min(remaining, rng.randint(70, 150)))
                para = document.add_paragraph(text)
                written += count(text)
                if pending_fig:
                    first_after_fig = para
                    pending_fig = False
                    add_figure_now = True
                else:
                    add_figure_now = False
                if add_figure_now:
                    add_figure(p, first_after_fig)
            if fig_after is not None and k == fig_after:
                if cfg["floating"] and rng.random() < 0.6:
                    pending_fig = True
                else:
                    add_figure(p, None)
                fig_after = None
            k += 1
        if pending_fig:
            add_figure(p, None)
        part_words[p] = written
        if p in ("1c", "2b", "3b") and rng.random() < 0.5:
            g = {"1c": "task1-bc", "2b": "task2-ab", "3b": "task3-ab"}[p]
            total = sum(part_words[q] for q in LIMIT_GROUPS[g])
            para = document.add_paragraph()
            para.add_run(f"Word count: {total:,}").italic = True

    part_heading("References", 1)
    for _ in range(rng.randint(8, 14)):
        author, year = rng.choice(AUTHORS)
        document.add_paragraph(
            f"{author} ({year}) {fake.catch_phrase()}. {rng.choice(['London: Pearson', 'Harlow: Pearson', 'Online'])}."
        )

    # list of figures after the contents
    anchor = document.paragraphs[lof_at]._p
    lof = [document.add_paragraph("List of figures")]
    lof[0].runs[0].bold = True
    for cap in captions:
        lof.append(document.add_paragraph(f"{cap}\t{rng.randint(3, 20)}"))
    for para in lof:
        anchor.addprevious(para._p)

    for para in document.paragraphs:
        for run in para.runs:
            if para.style.name.startswith("Heading"):
                run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)

    buf = io.BytesIO()
    document.save(buf)
    group_words = {g: sum(part_words[q] for q in parts) for g, parts in LIMIT_GROUPS.items()}
    truth = Truth(
        name="",
        seed=index,
        layout=layout,
        split="",
        part_words=part_words,
        group_words=group_words,
        words_all=sum(part_words.values()),
        headings=headings,
    )
    return buf.getvalue(), truth
