"""pool30 (held out for its first tables, development data since stop 66): CIM 2206 reports whose headings are
drawn objects made with Word's Insert tab.

Task and part headings are typed inside text boxes and shapes (rectangles, rounded rectangles, ribbons, arrows,
chevrons): inline with the text in some layouts, floating (square or top-and-bottom wrapping, anchored to the
part's first body paragraph) in others; a heading shape grouped with an icon picture; a full-width task banner
shape with part labels as plain paragraphs; WordArt-like styled heading paragraphs; a coloured one-cell table as
a heading band. Where a heading sits in a shape, text box or table cell, its truth heading is "" (it is not a
body paragraph's text); where it is a body paragraph, the truth holds its text as written.
Call-out shapes with a quote or a figure, tables of figures with captions, headers with the candidate number and
footers with a page field are not counted, as the 2206 policy says.
"""

from __future__ import annotations

import io
import random
import struct
import zlib

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Headings as drawn objects from Word's Insert tab: text boxes and shapes (rectangles, rounded rectangles, "
    "ribbons, arrows, chevrons) inline or floating, shape+icon groups, full-width task banners with plain part "
    "labels, WordArt-like headings and coloured one-cell table bands; call-outs, captions, headers and footers."
)

LAYOUTS = (
    "inline-ribbon-roundrect",
    "floating-square-chevron",
    "banner-plain-labels",
    "icon-group-inline",
    "wordart-callouts",
    "table-band",
    "floating-arrow-topbottom",
)
REPORTS = 28

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
EMU_CM = 360000
TASKS = {"1": ("1a", "1b", "1c"), "2": ("2a", "2b"), "3": ("3a", "3b")}
TASK_NAMES = {"1": "Personalisation report", "2": "Conversion action plan", "3": "Implementation and risks"}
WORD_NUM = {"1": "ONE", "2": "TWO", "3": "THREE"}
PART_NUM = {"a": "1", "b": "2", "c": "3"}

AUTHORS = [
    (
        "Chaffey and Ellis-Chadwick",
        2019,
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. Harlow: Pearson.",
    ),
    (
        "Chaffey and Smith",
        2017,
        "Chaffey, D. and Smith, P.R. (2017) Digital Marketing Excellence. 5th edn. Abingdon: Routledge.",
    ),
    ("Kotler et al.", 2021, "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0. Hoboken: Wiley."),
    ("Ryan", 2020, "Ryan, D. (2020) Understanding Digital Marketing. 5th edn. London: Kogan Page."),
    ("Kingsnorth", 2022, "Kingsnorth, S. (2022) Digital Marketing Strategy. 3rd edn. London: Kogan Page."),
    ("McKinsey", 2021, "McKinsey (2021) The value of getting personalization right. New York: McKinsey & Company."),
    (
        "Lemon and Verhoef",
        2016,
        "Lemon, K. and Verhoef, P. (2016) 'Understanding customer experience throughout the customer journey', "
        "Journal of Marketing, 80(6), pp. 69-96.",
    ),
    ("Econsultancy", 2020, "Econsultancy (2020) Personalisation Best Practice Guide. London: Econsultancy."),
    ("Smart Insights", 2022, "Smart Insights (2022) The RACE Framework. Leeds: Smart Insights."),
    ("Gartner", 2023, "Gartner (2023) Predicts 2023: Personalization. Stamford: Gartner."),
    ("Hanlon", 2022, "Hanlon, A. (2022) Digital Marketing: Strategic Planning and Integration. 2nd edn. London: Sage."),
    (
        "ICO",
        2021,
        "ICO (2021) Guide to the UK General Data Protection Regulation. Wilmslow: Information Commissioner's Office.",
    ),
]

SECTORS = [
    ("outdoor clothing retailer", "walkers aged 35 to 54", "jackets"),
    ("independent coffee roaster", "home baristas", "subscription bags"),
    ("regional building society", "first-time buyers", "mortgage enquiries"),
    ("boutique hotel group", "weekend city-break couples", "direct bookings"),
    ("pet food subscription brand", "new puppy owners", "starter boxes"),
    ("garden centre chain", "new homeowners", "plant bundles"),
    ("cycling accessories brand", "urban commuters", "helmets and lights"),
    ("craft brewery", "real-ale enthusiasts", "mixed cases"),
    ("online bookseller", "parents of primary-age children", "book bundles"),
    ("furniture maker", "young professionals renting flats", "sofa orders"),
]

SENTENCES = [
    "{org} sells {product} to around {n} customers a year through its website, its app and {stores} stores.",
    "Online sales grew by {pct}% last year and now make up {pct2}% of total revenue at {org}.",
    "Personalisation means using data to tailor content, offers and timing to the individual customer ({cite}).",
    "At present {org} relies on basic email segmentation, which treats most subscribers in much the same way.",
    "The {segment} segment visits the site about {k} times a month but converts at only {pct3}%.",
    "Research suggests that personalised experiences can lift revenue by 10 to 15% ({cite}).",
    "Machine learning now allows recommendations to be refreshed within moments of a customer's click.",
    "Customers expect a consistent experience whether they browse on mobile, on desktop or in store ({cite}).",
    "Competitors such as {rival} already show tailored product recommendations on their home pages.",
    "The UK GDPR limits how first-party data may be collected, stored and processed ({cite}).",
    "As {cite_open} argue, personalisation only works when it is relevant, timely and trusted.",
    "A single customer view would join web analytics, CRM records and point-of-sale data.",
    "Cookie deprecation means that {org} must build its own first-party data through consent and value exchange.",
    "The {segment} tend to research on mobile in the evening and complete purchases on desktop at weekends.",
    "Dynamic content blocks in email could show {product} that match each subscriber's browsing history.",
    "Re-marketing on social media would remind visitors of items left in the basket within 24 hours.",
    "A/B testing of landing pages should be used to confirm which variant lifts conversion ({cite}).",
    "The average order value is £{aov}, and the basket abandonment rate stands at {pct4}%.",
    "Staff will need training in the new platform, and a cross-functional team should own the roadmap.",
    "Budget of £{budget} has been set aside for the first phase, covering software, data and agency support.",
    "The key performance indicators are conversion rate, average order value, repeat purchase and opt-in rate.",
    "Over-personalisation can feel intrusive, and some customers may see it as 'creepy' ({cite}).",
    "A phased roll-out reduces risk because each stage can be tested before the next one begins.",
    "Voice search and conversational chatbots are likely to shape the next wave of tailored service ({cite}).",
    "Loyalty members who receive tailored offers spend around {pct5}% more than those who do not.",
    "The marketing director will sponsor the project, while the e-commerce manager leads delivery day to day.",
    "Data quality is a concern because duplicate records make up about {pct6}% of the CRM database.",
    "Integration with the existing e-commerce platform may prove harder and slower than suppliers promise.",
    "Progress will be reviewed monthly against the plan, and budget will move to the channels that perform best.",
    "Trust is built by explaining clearly why data is collected and what the customer gains in return.",
]

SUBHEADS = ["Current position", "Data and technology", "Objectives", "Key actions", "Measurement", "Summary"]


def _sentence(rng: random.Random, ctx: dict) -> str:
    author, year, _ = rng.choice(AUTHORS)
    values = dict(ctx)
    values.update(
        n=f"{rng.randint(20, 900)},{rng.randint(100, 999)}",
        stores=rng.randint(3, 60),
        pct=rng.randint(8, 40),
        pct2=rng.randint(20, 70),
        pct3=round(rng.uniform(0.8, 3.9), 1),
        pct4=rng.randint(55, 82),
        pct5=rng.randint(12, 35),
        pct6=rng.randint(6, 19),
        k=rng.randint(2, 7),
        aov=rng.randint(24, 260),
        budget=f"{rng.randint(40, 400)},000",
        cite=f"{author}, {year}",
        cite_open=f"{author} ({year})",
    )
    return rng.choice(SENTENCES).format(**values)


def _paragraph_text(rng: random.Random, ctx: dict, target: int) -> str:
    sentences: list[str] = []
    while count(" ".join(sentences)) < target:
        sentences.append(_sentence(rng, ctx))
    return " ".join(sentences)


# --- drawing XML ------------------------------------------------------------------------------------------------
def _txbx_runs(text: str, size: float, color: str, bold: bool = True, align: str = "left") -> str:
    safe = text.replace("&", "&amp;").replace("<", "&lt;")
    b = "<w:b/>" if bold else ""
    return (
        f'<w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="{align}"/></w:pPr>'
        f'<w:r><w:rPr>{b}<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
        f'<w:t xml:space="preserve">{safe}</w:t></w:r></w:p></w:txbxContent>'
    )


def _wsp(geom: str, cx: int, cy: int, fill: str, line: str, txbx: str, off=(0, 0), shape_id=None) -> str:
    nv = f'<wps:cNvPr id="{shape_id}" name="Shape {shape_id}"/>' if shape_id else ""
    return (
        f"<wps:wsp>{nv}<wps:cNvSpPr/><wps:spPr>"
        f'<a:xfrm><a:off x="{off[0]}" y="{off[1]}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx>{txbx}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="ctr" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
    )


def _graphic(inner: str, group: bool = False) -> str:
    uri = "wordprocessingGroup" if group else "wordprocessingShape"
    return (
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/{uri}">'
        f"{inner}</a:graphicData></a:graphic>"
    )


def _drawing_run(graphic: str, cx: int, cy: int, did: int, floating: str | None, pos_h: int = 0) -> str:
    doc_pr = f'<wp:docPr id="{did}" name="Text Box {did}"/><wp:cNvGraphicFramePr/>'
    if floating is None:
        body = (
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/>{doc_pr}{graphic}</wp:inline>'
        )
    else:
        wrap = '<wp:wrapSquare wrapText="bothSides"/>' if floating == "square" else "<wp:wrapTopAndBottom/>"
        body = (
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251659264 + did}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{pos_h}</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap}'
            f"{doc_pr}{graphic}</wp:anchor>"
        )
    return f"<w:r {NS}><w:drawing>{body}</w:drawing></w:r>"


def _png(rgb: tuple[int, int, int]) -> bytes:
    """A 16x16 icon: a filled circle in one colour on white."""
    rows = b""
    for y in range(16):
        row = b"\x00"
        for x in range(16):
            inside = (x - 7.5) ** 2 + (y - 7.5) ** 2 <= 49
            row += bytes(rgb) if inside else b"\xff\xff\xff"
        rows += row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(3000 + index)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(3000 + index)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.doc = docx.Document()
        self.next_id = 1
        self.part_words = {part: 0 for part in PART_TITLES}
        self.headings: dict[str, str] = {}
        self.current: str | None = None
        sector, segment, product = self.rng.choice(SECTORS)
        company = self.fake.last_name() + self.rng.choice([" & Co", " Ltd", " Group", "", " Direct"])
        self.ctx = {
            "org": company,
            "segment": segment,
            "product": product,
            "rival": self.fake.last_name() + self.rng.choice([" Ltd", " plc", " Online"]),
            "sector": sector,
        }
        self.font = self.rng.choice(["Calibri", "Arial", "Georgia", "Verdana", "Times New Roman", "Segoe UI"])
        self.size = self.rng.choice([10.5, 11, 11, 12, 12, 12.5])
        self.spacing = self.rng.choice([1.0, 1.15, 1.5, 1.5, 2.0])
        self.palette = self.rng.choice(
            [
                ("1F4E79", "DEEAF6"),
                ("385623", "E2EFD9"),
                ("7030A0", "EDE2F6"),
                ("C55A11", "FBE4D5"),
                ("203864", "D9E2F3"),
            ]
        )
        self.labels = self.rng.choice(["task-paren", "short", "part-letter", "upper-word", "decimal"])
        self.with_title = self.rng.random() < 0.7

    # --- setup ---------------------------------------------------------------------------------------------------
    def setup(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        margin = Cm(self.rng.choice([1.8, 2.0, 2.54, 2.54, 3.0]))
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = Cm(self.rng.choice([2.0, 2.54]))
        normal = self.doc.styles["Normal"]
        normal.font.name = self.font
        normal.font.size = Pt(self.size)
        normal.paragraph_format.line_spacing = self.spacing
        normal.paragraph_format.space_after = Pt(self.rng.choice([0, 6, 8]))
        candidate = f"{self.rng.randint(1000000, 9999999)}"
        self.candidate = candidate
        header = section.header.paragraphs[0]
        header.text = f"Candidate number: {candidate}    CIM 2206 Mastering Digital Channels"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Page ")
        footer._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        self.width = section.page_width - 2 * margin

    def cover(self) -> None:
        for _ in range(4):
            self.doc.add_paragraph()
        title = self.doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run("CIM Level 6 Diploma in Professional Digital Marketing")
        run.bold, run.font.size = True, Pt(20)
        for line in (
            "Mastering Digital Channels (2206)",
            f"Organisation: {self.ctx['org']}",
            f"Candidate number: {self.candidate}",
            f"Submitted {self.fake.date_between('-2y', 'today').strftime('%B %Y')}",
        ):
            p = self.doc.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- heading labels ------------------------------------------------------------------------------------------
    def task_label(self, task: str) -> str:
        style = self.labels
        name = TASK_NAMES[task] if self.with_title else ""
        base = {
            "upper-word": f"TASK {WORD_NUM[task]}",
            "decimal": f"{task}. Task {task}",
        }.get(style, f"Task {task}")
        return f"{base}: {name}" if name else base

    def part_label(self, part: str) -> str:
        task, letter = part[0], part[1]
        base = {
            "task-paren": f"Task {task} ({letter})",
            "short": f"{task}{letter})",
            "part-letter": f"Task {task} – Part {letter.upper()}",
            "upper-word": f"TASK {WORD_NUM[task]} ({letter})",
            "decimal": f"{task}.{PART_NUM[letter]}",
        }[self.labels]
        title = PART_TITLES[part]
        if self.with_title:
            return f"{base} – {title}" if self.labels != "short" else f"{base} {title}"
        return base

    def box(self, label: str, size: float, max_w: float) -> tuple[float, float]:
        """Width and height (cm) of a shape that holds the label: wraps onto more lines when it must."""
        max_w = min(max_w, self.width / EMU_CM)
        text_w = len(label) * size * 0.025
        width = min(max(text_w + 1.0, 4.0), max_w)
        lines = int(text_w // (width - 0.8)) + 1
        return width, round(lines * size * 0.05 + 0.5, 2)

    # --- headings ------------------------------------------------------------------------------------------------
    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def shape_paragraph(self, text: str, geom: str, width_cm: float, height_cm: float, size: float) -> None:
        """An inline shape holding the heading, alone in its paragraph."""
        cx, cy = int(width_cm * EMU_CM), int(height_cm * EMU_CM)
        dark, light = self.palette
        txbx = _txbx_runs(text, size, "FFFFFF" if geom != "roundRect" else dark, align="left")
        fill = dark if geom != "roundRect" else light
        graphic = _graphic(_wsp(geom, cx, cy, fill, dark, txbx))
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.line_spacing = 1.0
        p._p.append(parse_xml(_drawing_run(graphic, cx, cy, self._id(), None)))

    def floating_shape(self, text: str, geom: str, wrap: str, width_cm: float, height_cm: float, size: float):
        """A floating shape holding the heading: returned as a run to anchor in the part's first paragraph."""
        cx, cy = int(width_cm * EMU_CM), int(height_cm * EMU_CM)
        dark = self.palette[0]
        txbx = _txbx_runs(text, size, "FFFFFF")
        graphic = _graphic(_wsp(geom, cx, cy, dark, dark, txbx))
        return parse_xml(_drawing_run(graphic, cx, cy, self._id(), wrap))

    def icon_group(self, text: str, size: float) -> None:
        dark, light = self.palette
        rgb = tuple(int(dark[i : i + 2], 16) for i in (0, 2, 4))
        rid, _ = self.doc.part.get_or_add_image(io.BytesIO(_png(rgb)))
        icon = int(1.1 * EMU_CM)
        width, height = self.box(text, size, self.width / EMU_CM - 1.5)
        box_w, box_h = int(width * EMU_CM), int(max(height, 1.1) * EMU_CM)
        total_w = icon + int(0.2 * EMU_CM) + box_w
        pid, sid, gid = self._id(), self._id(), self._id()
        pic = (
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="Icon {pid}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{icon}" cy="{icon}"/></a:xfrm>'
            '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        )
        shape = _wsp(
            "roundRect", box_w, box_h, light, dark, _txbx_runs(text, size, dark), off=(total_w - box_w, 0), shape_id=sid
        )
        group = (
            '<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{total_w}" cy="{box_h}"/><a:chOff x="0" y="0"/><a:chExt cx="{total_w}" cy="{box_h}"/>'
            f"</a:xfrm></wpg:grpSpPr>{pic}{shape}</wpg:wgp>"
        )
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.line_spacing = 1.0
        p._p.append(parse_xml(_drawing_run(_graphic(group, group=True), total_w, box_h, gid, None)))

    def table_band(self, text: str, size: float, fill: str, color: str) -> None:
        table = self.doc.add_table(rows=1, cols=1)
        cell = table.cell(0, 0)
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
        p = cell.paragraphs[0]
        p.paragraph_format.space_before = Pt(3)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.line_spacing = 1.0
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(size), RGBColor.from_string(color)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def wordart(self, text: str, size: float, gradient: bool) -> None:
        dark, light = self.palette
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        p.paragraph_format.space_after = Pt(8)
        p.paragraph_format.line_spacing = 1.0
        run = p.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(size), RGBColor.from_string(dark)
        fill = (
            "<w14:textFill><w14:gradFill><w14:gsLst>"
            f'<w14:gs w14:pos="0"><w14:srgbClr w14:val="{dark}"/></w14:gs>'
            f'<w14:gs w14:pos="100000"><w14:srgbClr w14:val="{light}"/></w14:gs>'
            '</w14:gsLst><w14:lin w14:ang="5400000" w14:scaled="0"/></w14:gradFill></w14:textFill>'
            if gradient
            else f'<w14:textFill><w14:solidFill><w14:srgbClr w14:val="{dark}"/></w14:solidFill></w14:textFill>'
        )
        effects = parse_xml(
            f'<w:rPr {NS}><w14:shadow w14:blurRad="38100" w14:dist="19050" w14:dir="2700000" w14:sx="100000" '
            'w14:sy="100000" w14:kx="0" w14:ky="0" w14:algn="tl"><w14:srgbClr w14:val="000000">'
            '<w14:alpha w14:val="60000"/></w14:srgbClr></w14:shadow>'
            f'<w14:textOutline w14:w="9525" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:solidFill>'
            f'<w14:srgbClr w14:val="{dark}"/></w14:solidFill><w14:prstDash w14:val="solid"/><w14:round/>'
            f"</w14:textOutline>{fill}</w:rPr>"
        )
        rpr = run._r.get_or_add_rPr()
        for child in list(effects):
            rpr.append(child)

    def plain_label(self, text: str, size: float) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(size)
        run.font.color.rgb = RGBColor.from_string(self.palette[0])

    # --- body ----------------------------------------------------------------------------------------------------
    def body(self, target: int, anchor=None) -> None:
        """Paragraphs, a list, perhaps a sub-heading, a table with caption or a call-out: target counted words."""
        rng = self.rng
        written = 0
        first = True
        extras_done = False
        while written < target:
            left = target - written
            if not first and left > 120 and rng.random() < 0.18:
                sub = self.doc.add_paragraph()
                run = sub.add_run(rng.choice(SUBHEADS))
                run.bold, run.italic, run.font.size = True, True, Pt(self.size)
                sub.paragraph_format.keep_with_next = True
            if not first and left > 80 and rng.random() < 0.2:
                style = rng.choice(["List Bullet", "List Number"])
                for _ in range(rng.randint(3, 5)):
                    item = _sentence(rng, self.ctx)
                    self.doc.add_paragraph(item, style=style)
                    written += count(item)
                continue
            if not first and not extras_done and left > 150 and rng.random() < 0.35:
                extras_done = True
                self.extra()
            size = min(left, rng.randint(70, 150))
            text = _paragraph_text(rng, self.ctx, max(size, 1))
            p = self.doc.add_paragraph()
            if first and anchor is not None:
                p._p.append(anchor)
            p.add_run(text)
            written += count(text)
            first = False
        self.part_words[self.current] += written

    def extra(self) -> None:
        rng = self.rng
        dark, light = self.palette
        if rng.random() < 0.5 and self.layout in ("wordart-callouts", "floating-square-chevron", "icon-group-inline"):
            author, year, _ = rng.choice(AUTHORS)
            quote = rng.choice(
                [
                    f"“71% of consumers expect companies to deliver personalised interactions” ({author}, {year})",
                    f"Conversion rate {rng.randint(1, 3)}.{rng.randint(0, 9)}% against a sector average of 2.5%",
                    f"“Relevance is the currency of attention” ({author}, {year})",
                ]
            )
            cx, cy = int(6.5 * EMU_CM), int((len(quote) * self.size * 0.025 / 5.5 + 1) * self.size * 0.06 * EMU_CM)
            txbx = _txbx_runs(quote, self.size, dark, bold=False)
            geom = rng.choice(["wedgeRoundRectCallout", "wedgeRectCallout", "wedgeRoundRectCallout"])
            graphic = _graphic(_wsp(geom, cx, cy, light, dark, txbx))
            run = parse_xml(_drawing_run(graphic, cx, cy, self._id(), "square", int(self.width) - cx))
            self.pending_callout = run
            return
        table = self.doc.add_table(rows=4, cols=3)
        table.style = "Table Grid"
        head = ["Measure", "Current", "Target"]
        rows = [
            (
                "Conversion rate",
                f"{rng.randint(1, 3)}.{rng.randint(0, 9)}%",
                f"{rng.randint(3, 5)}.{rng.randint(0, 9)}%",
            ),
            ("Average order value", f"£{rng.randint(30, 90)}", f"£{rng.randint(91, 140)}"),
            ("Email opt-in rate", f"{rng.randint(18, 35)}%", f"{rng.randint(36, 55)}%"),
        ]
        for c, value in enumerate(head):
            table.cell(0, c).text = value
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        cap = self.doc.add_paragraph(f"Table {self._id() % 9 + 1}: Key measures for {self.ctx['org']}", style="Caption")
        cap.paragraph_format.space_after = Pt(8)

    # --- headings by layout --------------------------------------------------------------------------------------
    def task_heading(self, task: str) -> None:
        label = self.task_label(task)
        layout = self.layout
        dark = self.palette[0]
        if layout == "inline-ribbon-roundrect":
            width, height = self.box(label, 13, 30.0)
            full = self.width / EMU_CM
            self.shape_paragraph(label, "ribbon2", full, max(1.5, height * max(1.0, 2 * width / full) + 0.4), 13)
        elif layout == "floating-square-chevron":
            width, height = self.box(label, 13, 13.0)
            self.shape_paragraph(label, "chevron", width + 2.0, height, 13)
        elif layout == "banner-plain-labels":
            self.shape_paragraph(label.upper(), "rect", self.width / EMU_CM, 1.5, 14)
        elif layout == "icon-group-inline":
            self.icon_group(label, 14)
        elif layout == "wordart-callouts":
            self.wordart(label, 24, gradient=True)
        elif layout == "table-band":
            self.table_band(label, 14, dark, "FFFFFF")
        else:  # floating-arrow-topbottom: task heading is a Heading 1 paragraph
            heading = self.doc.add_paragraph(style="Heading 1")
            heading.add_run(label).font.size = Pt(16)

    def part_heading(self, part: str):
        """Make the part's heading; return (heading text for the truth, anchor run or None)."""
        label = self.part_label(part)
        layout = self.layout
        dark, light = self.palette
        width, height = self.box(label, 12, 15.0)
        if layout == "inline-ribbon-roundrect":
            self.shape_paragraph(label, "roundRect", width, height, 12)
            return "", None
        if layout == "floating-square-chevron":
            if self.rng.random() < 0.5:
                return "", self.floating_shape(label, "homePlate", "topAndBottom", width + 0.8, height, 12)
            return "", self.floating_shape(label, "rect", "square", *self.box(label, 11.5, 5.0), 11.5)
        if layout == "banner-plain-labels":
            self.plain_label(label, self.rng.choice([13, 14]) if self.size >= 12 else self.rng.choice([12, 13]))
            return label, None
        if layout == "icon-group-inline":
            if part.endswith("a") and self.rng.random() < 0.5:
                self.shape_paragraph(label, "roundRect", width, height, 12)
            else:
                self.icon_group(label, 12)
            return "", None
        if layout == "wordart-callouts":
            self.wordart(label, 16, gradient=False)
            return label, None
        if layout == "table-band":
            self.table_band(label, 12, light, dark)
            return "", None
        geom = self.rng.choice(["rightArrow", "notchedRightArrow", "rightArrow"])
        return "", self.floating_shape(label, geom, "topAndBottom", min(max(width + 1.5, 9.0), 15.0), height, 12)

    # --- whole report --------------------------------------------------------------------------------------------
    def targets(self) -> dict[str, int]:
        rng = self.rng
        kind = rng.random()

        def factor() -> float:
            if kind < 0.25:
                return rng.uniform(1.02, 1.14)
            if kind < 0.45:
                return rng.uniform(0.6, 0.8)
            return rng.uniform(0.88, 1.0)

        t: dict[str, int] = {"1a": rng.randint(240, 360) if self.spacing < 1.5 else rng.randint(170, 250)}
        for group, limit in (("task1-bc", 1500), ("task2-ab", 1750), ("task3-ab", 1500)):
            total = int(limit * factor())
            first, second = LIMIT_GROUPS[group]
            share = rng.uniform(0.42, 0.58)
            t[first] = int(total * share)
            t[second] = total - t[first]
        return t

    def build(self) -> tuple[bytes, Truth]:
        self.setup()
        self.pending_callout = None
        if self.rng.random() < 0.75:
            self.cover()
        targets = self.targets()
        word_count_line = self.rng.random() < 0.4
        for task, parts in TASKS.items():
            if task != "1" and self.rng.random() < 0.5:
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.task_heading(task)
            for part in parts:
                self.current = part
                heading, anchor = self.part_heading(part)
                self.headings[part] = heading
                self.body(targets[part], anchor)
                if self.pending_callout is not None:
                    # the call-out floats beside the last paragraph written
                    self.doc.paragraphs[-1]._p.insert(1, self.pending_callout)
                    self.pending_callout = None
            if word_count_line and task != "1":
                group = {"2": "task2-ab", "3": "task3-ab"}[task]
                words = sum(self.part_words[p] for p in LIMIT_GROUPS[group])
                self.doc.add_paragraph(f"Word count: {words:,}").runs[0].italic = True
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.doc.add_paragraph("References", style="Heading 1")
        for _, _, entry in sorted(AUTHORS, key=lambda a: a[2]):
            self.doc.add_paragraph(entry)
        out = io.BytesIO()
        self.doc.save(out)
        truth = Truth(
            name="",
            seed=self.index,
            layout=self.layout,
            split="",
            part_words=dict(self.part_words),
            group_words={g: sum(self.part_words[p] for p in ps) for g, ps in LIMIT_GROUPS.items()},
            words_all=sum(self.part_words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    return Report(index).build()
