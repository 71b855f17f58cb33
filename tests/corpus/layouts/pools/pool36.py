"""Pool 36: CIM 2206 reports that explain with pictures: journey maps, funnels, matrices and process flows drawn
with Word shapes and text boxes, chart and dashboard images, each with a numbered caption (HELD OUT)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw, ImageFont

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports that explain with pictures: shape-drawn journey maps, funnels, SWOT/Ansoff/RACE matrices and process "
    "flows in text boxes, chart and dashboard images inline or floating, numbered captions above or below"
)
REPORTS = 24

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_NAMES = {"1": "Personalisation Report", "2": "Conversion Action Plan", "3": "Implementation and Risks"}

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"'
)
EMU = 360000  # per cm


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    spacing: float
    margin: float
    heading: str  # "styles", "bold", "caps", "plain-large"
    label: str  # format of a part heading
    titled: bool
    caption_above: bool
    placement: str  # "inline", "float", "topbottom", "mixed"
    list_of_figures: bool
    contents: bool
    sources: bool


LAYOUTS = (
    Layout(
        "journey-styles",
        "Calibri",
        11,
        1.15,
        2.54,
        "styles",
        "Task {t} ({p})",
        True,
        False,
        "topbottom",
        True,
        True,
        True,
    ),
    Layout("funnel-bold-dash", "Arial", 10.5, 1.0, 2.0, "bold", "{t}({p}) –", True, True, "mixed", False, False, True),
    Layout(
        "matrix-task-part",
        "Times New Roman",
        12,
        2.0,
        2.54,
        "styles",
        "Task {t} Part ({p})",
        True,
        False,
        "inline",
        True,
        False,
        False,
    ),
    Layout(
        "caps-dashboard-float", "Georgia", 12, 1.5, 2.2, "caps", "TASK {t}{P}:", True, False, "float", False, True, True
    ),
    Layout(
        "q-short-gantt",
        "Verdana",
        10.5,
        1.15,
        1.8,
        "plain-large",
        "Q{t}{p}",
        False,
        True,
        "inline",
        False,
        False,
        False,
    ),
    Layout(
        "smartart-lists",
        "Cambria",
        14,
        1.0,
        2.54,
        "styles",
        "Task {t} ({p})",
        False,
        False,
        "topbottom",
        True,
        True,
        True,
    ),
)

AUTHORS = (
    (
        "Chaffey and Ellis-Chadwick",
        2019,
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. Harlow: Pearson.",
    ),
    ("Kotler and Keller", 2016, "Kotler, P. and Keller, K. (2016) Marketing Management. 15th edn. Harlow: Pearson."),
    ("Ryan", 2020, "Ryan, D. (2020) Understanding Digital Marketing. 5th edn. London: Kogan Page."),
    ("Smith", 2019, "Smith, P.R. (2019) SOSTAC Guide to your Perfect Digital Marketing Plan. London: PR Smith."),
    (
        "Lemon and Verhoef",
        2016,
        "Lemon, K. and Verhoef, P. (2016) 'Understanding customer experience throughout the customer journey', "
        "Journal of Marketing, 80(6), pp. 69-96.",
    ),
    (
        "McKinsey",
        2021,
        "McKinsey (2021) The value of getting personalization right. "
        "Available at: https://www.mckinsey.com (Accessed: 3 March 2024).",
    ),
    ("Hanlon", 2022, "Hanlon, A. (2022) Digital Marketing: Strategic Planning and Integration. 2nd edn. London: Sage."),
    (
        "Ansoff",
        1957,
        "Ansoff, H.I. (1957) 'Strategies for diversification', Harvard Business Review, 35(5), pp. 113-124.",
    ),
)

SENTENCES = (
    "{org} currently serves around {n} customers and earns {pct}% of its revenue through digital channels.",
    "Personalisation means using data to tailor content and offers to each customer ({cite}).",
    "The {seg} segment is the most valuable group for {org}, visiting the website {k} times a month on average.",
    "As {cite} argue, relevant messages at the right moment raise both engagement and loyalty.",
    "At present the email programme relies on basic segmentation by age and location, which limits relevance.",
    "Figure {fig} shows how the customer moves from awareness to purchase and where the main drop-off points are.",
    "A recommendation engine on the product pages could increase average order value by {pct}%.",
    "The conversion rate on mobile is {small}%, which is well below the sector benchmark of {small2}% ({cite}).",
    "Customers expect brands to remember their preferences and to use them with care ({cite}).",
    "Abandoned-basket emails sent within one hour recover about {pct}% of lost orders for similar retailers.",
    "The team should test dynamic homepage banners for returning visitors against a static control version.",
    "According to {cite}, 'personalisation at scale depends on clean, connected customer data'.",
    "Re-marketing on social media will remind visitors of products they viewed but did not buy.",
    "The marketing manager will own the plan, supported by the data analyst and the web developer.",
    "Budget for the first phase is estimated at £{money}, with payback expected within {k} months.",
    "Consent must be collected in line with UK GDPR before any behavioural data is used for targeting.",
    "A risk of over-personalisation is that customers feel watched and lose trust in the brand ({cite}).",
    "Staff will need training on the new customer data platform before the pilot begins in month {k}.",
    "Key performance indicators include click-through rate, conversion rate and customer lifetime value.",
    "The {seg} segment responds strongly to loyalty rewards and time-limited offers sent by app notification.",
    "Using the RACE framework, the plan covers reach, act, convert and engage stages ({cite}).",
    "Competitors such as {comp} already personalise product listings, so {org} risks falling behind.",
    "Integration of legacy systems may delay the project and increase costs by up to {pct}%.",
    "Weekly dashboards will track progress so that the team can act quickly on poor results.",
)
SEGMENTS = (
    "young professionals",
    "busy parents",
    "students",
    "retired customers",
    "first-time buyers",
    "loyal members",
)
SUBHEADS = (
    "Current position",
    "Future developments",
    "Key actions",
    "Measurement",
    "Recommendations",
    "Resources and timing",
    "Mitigation",
    "Data and technology",
)


class Writer:
    def __init__(self, rng: random.Random, fake: Faker, org: str) -> None:
        self.rng = rng
        self.fake = fake
        self.org = org
        self.comp = fake.company()
        self.cited: set[int] = set()
        self.fig = 1

    def sentence(self) -> str:
        rng = self.rng
        i = rng.randrange(len(AUTHORS))
        self.cited.add(i)
        cite = f"{AUTHORS[i][0]}, {AUTHORS[i][1]}"
        text = rng.choice(SENTENCES)
        if "As {cite}" in text or "According to {cite}" in text:
            cite = f"{AUTHORS[i][0]} ({AUTHORS[i][1]})"
        return text.format(
            org=self.org,
            n=f"{rng.randint(20, 900)},000",
            pct=rng.randint(5, 45),
            seg=rng.choice(SEGMENTS),
            k=rng.randint(2, 9),
            cite=cite,
            fig=self.fig,
            small=round(rng.uniform(0.8, 2.0), 1),
            small2=round(rng.uniform(2.1, 3.5), 1),
            money=f"{rng.randint(15, 180)},000",
            comp=self.comp,
        )

    def paragraph(self, target: int) -> str:
        words: list[str] = []
        while len(words) < target:
            words.extend(self.sentence().split())
        return " ".join(words)


# --- pictures --------------------------------------------------------------------------------------------------
def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default()


def chart_image(rng: random.Random, kind: str, title: str) -> bytes:
    img = Image.new("RGB", (900, 520), "white")
    d = ImageDraw.Draw(img)
    f, small = _font(26), _font(18)
    d.text((30, 15), title, fill="black", font=f)
    colours = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"]
    labels = ["Q1", "Q2", "Q3", "Q4", "Q5"]
    if kind == "bar":
        d.line((80, 460, 860, 460), fill="black", width=2)
        d.line((80, 70, 80, 460), fill="black", width=2)
        for j, lab in enumerate(labels):
            v = rng.randint(60, 370)
            x = 120 + j * 150
            d.rectangle((x, 460 - v, x + 80, 460), fill=colours[j % 6])
            d.text((x + 20, 465), lab, fill="black", font=small)
            d.text((x + 15, 435 - v), f"{v // 4}%", fill="black", font=small)
        d.text((380, 492), "Quarter (2023)", fill="black", font=small)
    elif kind == "pie":
        start = 0.0
        for j in range(4):
            share = rng.uniform(40, 120)
            d.pieslice((80, 80, 460, 460), start, start + share, fill=colours[j])
            start += share
        d.pieslice((80, 80, 460, 460), start, 360, fill=colours[4])
        d.ellipse((200, 200, 340, 340), fill="white")
        for j, name in enumerate(["Search", "Social", "Email", "Direct", "Referral"]):
            d.rectangle((560, 120 + j * 50, 585, 145 + j * 50), fill=colours[j])
            d.text((600, 120 + j * 50), name, fill="black", font=small)
    elif kind == "gantt":
        tasks = ["Audit data", "Select CDP", "Build segments", "Test banners", "Launch emails", "Review KPIs"]
        for m in range(12):
            d.text((250 + m * 52, 60), f"M{m + 1}", fill="black", font=small)
        for j, t in enumerate(tasks):
            s = rng.randint(0, 6)
            e = min(12, s + rng.randint(2, 5))
            d.text((20, 100 + j * 60), t, fill="black", font=small)
            d.rectangle((250 + s * 52, 100 + j * 60, 250 + e * 52, 130 + j * 60), fill=colours[j % 6])
    else:  # dashboard
        d.rectangle((0, 0, 900, 60), fill="#1F3864")
        d.text((20, 15), "Analytics dashboard - last 30 days", fill="white", font=f)
        for j, (k, v) in enumerate(
            [("Sessions", "48,210"), ("Conv. rate", "1.8%"), ("AOV", "£42.10"), ("Bounce", "51%")]
        ):
            d.rectangle((20 + j * 220, 80, 220 + j * 220, 180), outline="#999999", width=2)
            d.text((35 + j * 220, 90), k, fill="#555555", font=small)
            d.text((35 + j * 220, 125), v, fill="black", font=f)
        pts = [(40 + i * 40, 460 - rng.randint(20, 220)) for i in range(21)]
        d.line(pts, fill="#4472C4", width=4)
        d.text((40, 480), "Daily sessions", fill="black", font=small)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shape(sid: int, x: int, y: int, cx: int, cy: int, text: str, fill: str, geom: str = "rect") -> str:
    body = ""
    if text:
        body = (
            f'<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            f'<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">'
            f"{_esc(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
        )
    return (
        f'<wps:wsp><wps:cNvPr id="{sid}" name="Shape {sid}"/><wps:cNvSpPr/><wps:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>{body}'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" bIns="45720" '
        f'anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>'
    )


def _connector(sid: int, x: int, y: int, cx: int) -> str:
    return (
        f'<wps:wsp><wps:cNvPr id="{sid}" name="Connector {sid}"/><wps:cNvCnPr/><wps:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="0"/></a:xfrm><a:prstGeom prst="straightConnector1">'
        f'<a:avLst/></a:prstGeom><a:ln w="19050"><a:solidFill><a:srgbClr val="404040"/></a:solidFill>'
        f'<a:tailEnd type="triangle"/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>'
    )


def shape_figure(rng: random.Random, kind: str, org: str, width_cm: float) -> tuple[str, int, int]:
    """Child shapes of a group (XML), its width and height in EMU."""
    w = int(width_cm * EMU)
    shapes: list[str] = []
    sid = rng.randint(100, 900)
    fills = ["DEEAF6", "FBE5D6", "E2F0D9", "FFF2CC", "EDEDED", "D9E1F2"]
    if kind == "flow" or kind == "journey":
        steps = (
            ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]
            if kind == "journey"
            else ["Collect data", "Segment", "Personalise", "Test", "Measure"]
        )
        n = len(steps)
        gap = int(0.5 * EMU)
        bw = (w - gap * (n - 1)) // n
        h = int(3.2 * EMU)
        for j, s in enumerate(steps):
            shapes.append(
                _shape(sid + j, j * (bw + gap), int(0.6 * EMU), bw, int(1.6 * EMU), s, fills[j % 6], "roundRect")
            )
            if j:
                shapes.append(_connector(sid + 20 + j, j * (bw + gap) - gap, int(1.4 * EMU), gap))
            if kind == "journey":
                shapes.append(
                    _shape(
                        sid + 40 + j,
                        j * (bw + gap),
                        int(2.4 * EMU),
                        bw,
                        int(0.8 * EMU),
                        rng.choice(["Search ad", "Email", "App push", "Review", "Chatbot"]),
                        "FFFFFF",
                    )
                )
        shapes.append(_shape(sid + 60, 0, 0, w, int(0.5 * EMU), f"{org}: customer journey", "FFFFFF"))
        return "".join(shapes), w, h
    if kind == "funnel":
        levels = ["Visitors 100%", "Product views 54%", "Add to basket 12%", "Checkout 4%", "Purchase 1.9%"]
        h = int(5.2 * EMU)
        for j, s in enumerate(levels):
            lw = int(w * (1 - j * 0.15))
            shapes.append(_shape(sid + j, (w - lw) // 2, j * int(1.0 * EMU), lw, int(0.9 * EMU), s, fills[j]))
        return "".join(shapes), w, h
    names = {
        "swot": ["Strengths: loyal base", "Weaknesses: basic CRM", "Opportunities: AI tools", "Threats: privacy law"],
        "ansoff": ["Market penetration", "Product development", "Market development", "Diversification"],
        "bcg": ["Stars", "Question marks", "Cash cows", "Dogs"],
        "race": ["Reach", "Act", "Convert", "Engage"],
    }[kind]
    h = int(5.0 * EMU)
    cw, ch = w // 2 - int(0.1 * EMU), int(2.3 * EMU)
    for j, s in enumerate(names):
        shapes.append(_shape(sid + j, (j % 2) * (w // 2), (j // 2) * int(2.5 * EMU), cw, ch, s, fills[j]))
    return "".join(shapes), w, h


def _anchor(inner: str, uri: str, cx: int, cy: int, did: int, wrap: str, align: str, z: int) -> str:
    wraps = {
        "topbottom": "<wp:wrapTopAndBottom/>",
        "square": '<wp:wrapSquare wrapText="bothSides"/>',
    }
    return (
        f'<wp:anchor {NS} distT="91440" distB="91440" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>{align}</wp:align>'
        f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wraps[wrap]}'
        f'<wp:docPr id="{did}" name="Figure {did}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{uri}">{inner}</a:graphicData></a:graphic></wp:anchor>'
    )


def _inline(inner: str, uri: str, cx: int, cy: int, did: int) -> str:
    return (
        f'<wp:inline {NS} distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{did}" name="Group {did}"/>'
        f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{uri}">{inner}</a:graphicData></a:graphic>'
        "</wp:inline>"
    )


GROUP_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"


def group_xml(children: str, cx: int, cy: int) -> str:
    return (
        f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        f'<a:chOff x="0" y="0"/><a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></wpg:grpSpPr>{children}</wpg:wgp>'
    )


# --- the report ------------------------------------------------------------------------------------------------
class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(3600 + index)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(3600 + index)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.org = self.fake.company()
        self.w = Writer(self.rng, self.fake, self.org)
        self.doc = docx.Document()
        self.did = 1
        self.fig = 0
        self.figures: list[str] = []
        self.part_words = {p: 0 for p in PARTS}
        self.headings: dict[str, str] = {}
        self.cand = f"{self.rng.randint(10000000, 99999999)}"

    # formatting
    def setup(self) -> None:
        L = self.layout
        st = self.doc.styles["Normal"]
        st.font.name = L.font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), L.font)
        st.font.size = Pt(L.size)
        st.paragraph_format.line_spacing = L.spacing
        st.paragraph_format.space_after = Pt(6)
        for name in ("Heading 1", "Heading 2", "Heading 3", "Caption"):
            self.doc.styles[name].font.name = L.font
        self.doc.styles["Heading 1"].font.size = Pt(L.size + 5)
        self.doc.styles["Heading 2"].font.size = Pt(L.size + 2)
        self.doc.styles["Heading 3"].font.size = Pt(L.size)
        self.doc.styles["Caption"].font.size = Pt(9)
        sec = self.doc.sections[0]
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(L.margin))
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp.text = f"Candidate number: {self.cand}    CIM 2206 Mastering Digital Channels"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(9)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Page ")
        fp._p.append(parse_xml(f'<w:fldSimple {NS} w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple>'))

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def cover(self) -> None:
        d = self.doc
        for _ in range(4):
            d.add_paragraph()
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("CIM Level 6 Diploma in Professional Digital Marketing")
        r.bold = True
        r.font.size = Pt(20)
        for line in (
            "Mastering Digital Channels (2206)",
            f"Organisation: {self.org}",
            f"Candidate number: {self.cand}",
            f"Submission: {self.fake.date_between('-1y', 'today').strftime('%d %B %Y')}",
        ):
            q = d.add_paragraph(line)
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.page_break()

    def label(self, part: str) -> str:
        L = self.layout
        t, p = part[0], part[1]
        text = L.label.format(t=t, p=p, P=p.upper())
        if L.titled:
            title = PART_TITLES[part]
            text = f"{text} {title.upper() if L.heading == 'caps' else title}"
        return text

    def task_heading(self, t: str) -> None:
        L = self.layout
        text = f"Task {t}: {TASK_NAMES[t]}"
        if L.heading == "caps":
            text = text.upper()
        if L.heading == "styles":
            self.doc.add_heading(text, 1)
        else:
            p = self.doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(L.size + 5)
            if L.heading == "caps":
                r.underline = True
            p.paragraph_format.keep_with_next = True

    def part_heading(self, part: str) -> None:
        L = self.layout
        text = self.label(part)
        self.headings[part] = text
        if L.heading == "styles":
            self.doc.add_heading(text, 2)
            return
        p = self.doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(L.size + (3 if L.heading == "plain-large" else 1.5))
        if L.heading == "plain-large":
            r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)

    def sub_heading(self, text: str) -> None:
        L = self.layout
        if L.heading == "styles":
            self.doc.add_heading(text, 3)
        else:
            p = self.doc.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.bold = L.heading != "caps"
            p.paragraph_format.keep_with_next = True

    def body(self, part: str, words: int) -> None:
        text = self.w.paragraph(words)
        self.doc.add_paragraph(text)
        self.part_words[part] += count(text)

    def bullets(self, part: str, n: int) -> None:
        typed = self.rng.random() < 0.3
        for j in range(n):
            text = self.w.sentence()
            if typed:
                p = self.doc.add_paragraph(f"{j + 1}. {text}")
                p.paragraph_format.left_indent = Cm(0.8)
                self.part_words[part] += count(f"{j + 1}. {text}")
            else:
                self.doc.add_paragraph(text, style="List Bullet")
                self.part_words[part] += count(text)

    # figures
    def caption(self, title: str) -> None:
        self.fig += 1
        self.w.fig = self.fig + 1
        p = self.doc.add_paragraph(style="Caption")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("Figure ")
        p._p.append(
            parse_xml(
                f'<w:fldSimple {NS} w:instr=" SEQ Figure \\* ARABIC "><w:r><w:t>{self.fig}</w:t></w:r></w:fldSimple>'
            )
        )
        p.add_run(f": {title}")
        p.paragraph_format.keep_with_next = self.layout.caption_above
        self.figures.append(f"Figure {self.fig}: {title}")

    def source(self) -> None:
        if not self.layout.sources:
            return
        a = self.rng.choice(AUTHORS)
        text = self.rng.choice(
            [
                f"Source: adapted from {a[0]} ({a[1]})",
                "Source: author's own (2024)",
                f"Source: {self.org} Google Analytics, 2024",
            ]
        )
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.italic = True
        r.font.size = Pt(8.5)

    def figure(self, part: str, beside_words: int) -> None:
        """One figure with its caption; a float beside text takes the next body paragraph as its anchor."""
        L = self.layout
        rng = self.rng
        kind = rng.choice(
            ["bar", "pie", "gantt", "dashboard", "flow", "journey", "funnel", "swot", "ansoff", "bcg", "race"]
        )
        if L.name == "q-short-gantt" and rng.random() < 0.5:
            kind = "gantt"
        if L.name == "smartart-lists" and kind in ("bar", "pie", "dashboard"):
            kind = rng.choice(["flow", "race", "journey"])
        titles = {
            "bar": "Online revenue share by quarter",
            "pie": "Traffic sources (doughnut chart)",
            "gantt": "Gantt chart of the implementation plan",
            "dashboard": f"{self.org} analytics dashboard",
            "flow": "Personalisation process flow",
            "journey": "Customer journey map with touchpoints",
            "funnel": "Conversion funnel",
            "swot": "SWOT analysis",
            "ansoff": "Ansoff matrix",
            "bcg": "Boston matrix of product lines",
            "race": "RACE planning framework",
        }
        title = titles[kind]
        placement = L.placement
        if placement == "mixed":
            placement = rng.choice(["inline", "float", "topbottom"])
        if L.caption_above:
            self.caption(title)
        body_width = 21.0 - 2 * L.margin
        if placement == "float":
            width = min(8.0, body_width * 0.5)
            wrap, align = "square", rng.choice(["right", "left"])
        else:
            width = min(15.0, body_width * 0.85)
            wrap, align = "topbottom", "center"
        if kind in ("bar", "pie", "gantt", "dashboard"):
            data = chart_image(rng, kind, title)
            anchor_p = self.doc.add_paragraph()
            anchor_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = anchor_p.add_run()
            run.add_picture(io.BytesIO(data), width=Cm(width))
            if placement != "inline":
                inline = run._r.find(qn("w:drawing")).find(qn("wp:inline"))
                cx, cy = inline.find(qn("wp:extent")).get("cx"), inline.find(qn("wp:extent")).get("cy")
                graphic = inline.find(qn("a:graphic")).find(qn("a:graphicData"))
                from lxml import etree

                inner = etree.tostring(graphic[0]).decode()
                self.did += 1
                anchor = parse_xml(
                    _anchor(
                        inner, graphic.get("uri"), int(cx), int(cy), 500 + self.did, wrap, align, 251659264 + self.did
                    )
                )
                inline.getparent().replace(inline, anchor)
        else:
            children, cx, cy = shape_figure(rng, kind, self.org, width)
            self.did += 1
            if placement == "float":
                frame = _anchor(
                    group_xml(children, cx, cy), GROUP_URI, cx, cy, 500 + self.did, wrap, align, 251659264 + self.did
                )
            else:
                frame = _inline(group_xml(children, cx, cy), GROUP_URI, cx, cy, 500 + self.did)
            anchor_p = self.doc.add_paragraph()
            anchor_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = anchor_p.add_run()
            drawing = parse_xml(f"<w:drawing {NS}/>")
            drawing.append(parse_xml(frame))
            run._r.append(drawing)
        if placement == "float":
            # the paragraph carrying the float is a body paragraph: the text runs beside the figure
            text = self.w.paragraph(beside_words)
            anchor_p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            anchor_p.paragraph_format.keep_together = True
            anchor_p.add_run(text)
            self.part_words[part] += count(text)
        if not L.caption_above:
            self.caption(title)
        self.source()

    def part(self, part: str, target: int) -> None:
        rng = self.rng
        self.part_heading(part)
        budget = target
        pieces: list[str] = []
        n_par = max(2, target // rng.randint(90, 150))
        fig_at = rng.randint(1, max(1, n_par - 1)) if (part != "1a" or rng.random() < 0.5) else -1
        sub_every = rng.choice([0, 2, 3]) if target > 400 else 0
        for j in range(n_par):
            remaining = n_par - j
            words = max(25, budget // remaining) if remaining > 1 else max(10, budget)
            if sub_every and j and j % sub_every == 0:
                self.sub_heading(rng.choice(SUBHEADS))
            if j == fig_at:
                before = sum(self.part_words.values())
                self.figure(part, max(110, min(words, 140)))
                used = sum(self.part_words.values()) - before
                budget -= used
                if used:
                    continue
            if (self.layout.name == "smartart-lists" and j == 1) or (j == 2 and rng.random() < 0.25):
                before = sum(self.part_words.values())
                self.bullets(part, rng.randint(3, 5))
                budget -= sum(self.part_words.values()) - before
                continue
            before = self.part_words[part]
            self.body(part, max(10, words - 12))
            budget -= self.part_words[part] - before
            pieces.append("p")

    def build(self) -> tuple[bytes, Truth]:
        L = self.layout
        rng = self.rng
        self.setup()
        self.cover()
        if L.contents:
            if L.heading == "styles":
                self.doc.add_heading("Contents", 1)
            else:
                self.doc.add_paragraph().add_run("Contents").bold = True
            for t in "123":
                self.doc.add_paragraph(f"Task {t}: {TASK_NAMES[t]}\t{int(t) + 1}")
            self.doc.add_paragraph(f"References\t{rng.randint(9, 12)}")
        scale = {g: rng.choice([0.7, 0.85, 0.95, 1.0, 1.05, 1.12]) for g in LIMIT_GROUPS}
        limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
        targets = {"1a": rng.randint(250, 420)}
        for g, (a, b) in LIMIT_GROUPS.items():
            total = int(limits[g] * scale[g] * 0.95)
            share = rng.uniform(0.4, 0.6)
            targets[a] = int(total * share)
            targets[b] = total - targets[a]
        # build the body first into the document after the list of figures placeholder
        lof_index = None
        if L.list_of_figures:
            if L.heading == "styles":
                self.doc.add_heading("List of Figures", 1)
            else:
                self.doc.add_paragraph().add_run("List of Figures").bold = True
            lof_index = len(self.doc.paragraphs)
        if L.contents or L.list_of_figures:
            self.page_break()
        for t in "123":
            self.task_heading(t)
            for part in PARTS:
                if part[0] == t:
                    self.part(part, targets[part])
            if t == "1" and rng.random() < 0.5:
                self.doc.add_paragraph(f"Word count (Task 1 b-c): {self.part_words['1b'] + self.part_words['1c']:,}")
            if t != "3" and rng.random() < 0.5:
                self.page_break()
        refs = self.doc.add_heading("References", 1) if L.heading == "styles" else self.doc.add_paragraph()
        if L.heading != "styles":
            rr = refs.add_run("REFERENCES" if L.heading == "caps" else "References")
            rr.bold = True
            rr.font.size = Pt(L.size + 3)
        for i in sorted(self.w.cited, key=lambda k: AUTHORS[k][2]):
            p = self.doc.add_paragraph(AUTHORS[i][2])
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
        if lof_index is not None:
            anchor = self.doc.paragraphs[lof_index - 1]._p
            for line in reversed(self.figures):
                new = self.doc.add_paragraph(f"{line}\t{rng.randint(2, 10)}")
                anchor.addnext(new._p)
        self.doc.sections[-1].start_type = WD_SECTION.NEW_PAGE
        buf = io.BytesIO()
        self.doc.core_properties.author = "Candidate"
        self.doc.core_properties.created = __import__("datetime").datetime(2024, 3, 1)
        self.doc.core_properties.modified = __import__("datetime").datetime(2024, 3, 1)
        self.doc.save(buf)
        pw = dict(self.part_words)
        truth = Truth(
            name="",
            seed=self.index,
            layout=L.name,
            split="",
            part_words=pw,
            group_words={g: sum(pw[p] for p in ps) for g, ps in LIMIT_GROUPS.items()},
            words_all=sum(pw.values()),
            headings=dict(self.headings),
        )
        return buf.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    return Report(index).build()
