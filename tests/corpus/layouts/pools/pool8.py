"""Pool 8: CIM 2206 reports heavy with figures and tables, written by an independent hand.

Charts and diagrams are pictures drawn with Pillow, some inline and some floating with text wrapped around them;
tables of data and plans carry numbered captions above them, figures carry captions below them, and a "Source:"
or "Note:" line under a table or figure is written in the Caption style and treated as part of the caption (not
counted). Some layouts put a wide table in a landscape section, a long plan table over several pages with a
repeated header row, and an appendix of further tables after the references. Truth is counted as the text is
written: only body paragraphs and list items inside a part are counted.
"""

from __future__ import annotations

import io
import random

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker
from PIL import Image, ImageDraw

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports heavy with figures and tables: Pillow charts inline and wrapped, captioned tables of data and plans "
    "with Source/Note lines, landscape sections, long tables with repeated header rows, appendix tables."
)
REPORTS = 26

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_OF = {p: p[0] for p in PARTS}
TASK_NAMES = {"1": "Personalisation report", "2": "Conversion action plan", "3": "Implementation and risks"}

# Each layout: fonts, size, spacing, margins, how task and part headings are written, and which extras it has.
LAYOUTS = {
    "styled-inline-figures": dict(
        font="Calibri",
        size=11,
        spacing=1.15,
        margin=2.54,
        task="h1",
        part="h2",
        label="paren",
        wrap=False,
        landscape=False,
        long_table=False,
        appendix=False,
        cover=False,
        sub="h3",
        wc_line=True,
    ),
    "bold-normal-wrapped": dict(
        font="Arial",
        size=10.5,
        spacing=1.0,
        margin=2.0,
        task="bold14",
        part="bold",
        label="task_paren",
        wrap=True,
        landscape=False,
        long_table=True,
        appendix=True,
        cover=False,
        sub="italic",
        wc_line=False,
    ),
    "decimal-numbered-landscape": dict(
        font="Times New Roman",
        size=12,
        spacing=1.5,
        margin=2.5,
        task="h1",
        part="h2",
        label="decimal",
        wrap=False,
        landscape=True,
        long_table=False,
        appendix=True,
        cover=True,
        sub="h3",
        wc_line=True,
    ),
    "part-letter-long-tables": dict(
        font="Georgia",
        size=11,
        spacing=1.5,
        margin=3.0,
        task="h1",
        part="h2",
        label="part_letter",
        wrap=True,
        landscape=False,
        long_table=True,
        appendix=False,
        cover=False,
        sub="bolditalic",
        wc_line=False,
    ),
    "cover-double-spaced": dict(
        font="Verdana",
        size=12,
        spacing=2.0,
        margin=2.54,
        task="bold16",
        part="bold",
        label="short",
        wrap=False,
        landscape=True,
        long_table=False,
        appendix=True,
        cover=True,
        sub="underline",
        wc_line=True,
    ),
    "large-print-plans": dict(
        font="Cambria",
        size=14,
        spacing=1.15,
        margin=2.2,
        task="h1",
        part="h2",
        label="colon",
        wrap=True,
        landscape=False,
        long_table=True,
        appendix=True,
        cover=False,
        sub="h3",
        wc_line=False,
    ),
    "compact-chart-grid": dict(
        font="Segoe UI",
        size=10.5,
        spacing=1.0,
        margin=1.8,
        task="h1",
        part="bold12",
        label="paren",
        wrap=True,
        landscape=True,
        long_table=True,
        appendix=False,
        cover=True,
        sub="italic",
        wc_line=True,
    ),
}
LAYOUT_ORDER = list(LAYOUTS)

AUTHORS = [
    ("Chaffey and Ellis-Chadwick", 2019),
    ("Chaffey and Smith", 2022),
    ("Kotler et al.", 2021),
    ("Ryan", 2020),
    ("Kingsnorth", 2022),
    ("Lemon and Verhoef", 2016),
    ("Ryan and Jones", 2019),
    ("Smith", 2023),
    ("Strauss and Frost", 2016),
    ("Peppers and Rogers", 2017),
    ("Hanlon", 2022),
    ("Bleier and Eisenbeiss", 2015),
]
REFS = {
    "Chaffey and Ellis-Chadwick": (
        "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson."
    ),
    "Chaffey and Smith": (
        "Chaffey, D. and Smith, P.R. (2022) Digital marketing excellence. 6th edn. Abingdon: Routledge."
    ),
    "Kotler et al.": "Kotler, P., Kartajaya, H. and Setiawan, I. (2021) Marketing 5.0. Hoboken: Wiley.",
    "Ryan": "Ryan, D. (2020) Understanding digital marketing. 5th edn. London: Kogan Page.",
    "Kingsnorth": "Kingsnorth, S. (2022) Digital marketing strategy. 3rd edn. London: Kogan Page.",
    "Lemon and Verhoef": "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the "
    "customer journey', Journal of Marketing, 80(6), pp. 69-96.",
    "Ryan and Jones": "Ryan, D. and Jones, C. (2019) Digital marketing. London: Kogan Page.",
    "Smith": "Smith, P.R. (2023) SOSTAC guide to your perfect digital marketing plan. London: PR Smith.",
    "Strauss and Frost": "Strauss, J. and Frost, R. (2016) E-marketing. 7th edn. Abingdon: Routledge.",
    "Peppers and Rogers": "Peppers, D. and Rogers, M. (2017) Managing customer experience and relationships. "
    "3rd edn. Hoboken: Wiley.",
    "Hanlon": "Hanlon, A. (2022) Digital marketing: strategic planning and integration. 2nd edn. London: Sage.",
    "Bleier and Eisenbeiss": "Bleier, A. and Eisenbeiss, M. (2015) 'Personalized online advertising effectiveness', "
    "Marketing Science, 34(5), pp. 669-688.",
}

SENTENCES = {
    "1a": [
        "{org} was founded in {year0} and now employs around {staff} people from its head office in {city}.",
        "The business sells {product} to consumers through its website, a mobile app and {stores} stores.",
        "Annual revenue reached £{rev} million last year, of which {pct}% came through digital channels.",
        "Its main competitors are {comp1} and {comp2}, both of which invest heavily in paid search.",
        "The organisation's mission is to make {product} simple, affordable and sustainable for every household.",
        "Customers are mostly aged 25 to 44, and {pct2}% of them now first meet the brand on a smartphone.",
        "The marketing team of {team} people reports to a commercial director and uses an agency for media buying.",
        "Digital maturity is moderate: the website is modern but data sits apart (Chaffey and Smith, 2022).",
    ],
    "body": [
        "Personalisation means using data to tailor content, offers and timing to each customer ({cite}).",
        "At {org}, email is segmented only by recency, so most customers still receive the same weekly message.",
        "Research suggests that relevant recommendations can lift conversion by {pct}% in retail ({cite}).",
        "The {segment} segment makes up {pct2}% of online revenue and visits the site {n} times a month on average.",
        "As {cite_narr} argue, customers expect brands to remember them across every touchpoint.",
        "Artificial intelligence now allows real-time product recommendations that update with each click.",
        "Privacy regulation such as the UK GDPR limits how third-party data can be used for targeting ({cite}).",
        "The loss of third-party cookies means {org} must build its own first-party data through its loyalty scheme.",
        "A customer data platform would join web, app, store and email data into one profile ({cite}).",
        "Figure {fig} shows that mobile sessions have grown steadily while desktop sessions have fallen.",
        "Table {tab} sets out the main options with their estimated cost and expected return.",
        "Testing each change with A/B experiments ensures that decisions rest on evidence rather than opinion.",
        "Dynamic content blocks in email can show different products to different segments in one send.",
        "The {segment} segment responds best to time-limited offers delivered by push notification.",
        "Abandoned-basket emails sent within one hour recover around {pct}% of lost orders ({cite}).",
        "Re-marketing on social media should be capped at three impressions a day to avoid irritation.",
        "Landing pages should match the message of the advert that brought the visitor ({cite}).",
        "Staff will need training in analytics so that they can read dashboards and act on the results.",
        "Governance must be clear: one owner for customer data, with rules on consent and retention.",
        "The budget of £{budget}k should be phased over twelve months so results can be reviewed each quarter.",
        "Key performance indicators include conversion rate, average order value and repeat purchase rate.",
        "One risk is that customers find personalisation intrusive if it uses data they did not knowingly share.",
        "A second risk is poor data quality, which leads to irrelevant offers and wasted spend ({cite}).",
        "A third risk is dependence on one technology vendor, which could raise costs over time.",
        "Mitigation includes a clear privacy notice, a preference centre and regular data audits.",
        "Senior management support is essential because personalisation changes how several teams work ({cite}).",
        "A phased roll-out, starting with email and the website, reduces risk and shows early wins.",
        "Mobile users of {org} convert at {conv}%, compared with {conv2}% on desktop, which shows the gap to close.",
        "Customer journey mapping helps identify the moments where a tailored message adds most value ({cite}).",
        'As one study puts it, "personalisation done badly is worse than no personalisation at all" ({cite_p}).',
    ],
}
SUBHEADS = {
    "1b": ["Current developments", "Future developments", "Implications for the organisation"],
    "1c": ["Segment profile", "Channel recommendations", "Expected outcomes"],
    "2a": ["Objectives", "Actions and timeline", "Measuring success"],
    "2b": ["Personalised content", "Re-marketing approach", "Budget"],
    "3a": ["Resources and skills", "Implementation stages", "Monitoring"],
    "3b": ["Risk one: privacy", "Risk two: data quality", "Risk three: cost"],
}


class Ctx:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.org = fake.company().replace(",", "")
        self.city = fake.city()
        self.comp1 = fake.company().replace(",", "")
        self.comp2 = fake.company().replace(",", "")
        self.product = rng.choice(["home furnishings", "outdoor clothing", "pet food", "kitchenware", "cosmetics"])
        self.segment = rng.choice(["young professionals", "busy parents", "students", "retired homeowners"])
        self.cited: set[str] = {"Chaffey and Smith"}
        self.fig = 0
        self.tab = 0

    def fill(self, template: str) -> str:
        rng = self.rng
        author, year = rng.choice(AUTHORS)
        self.cited.add(author)
        return template.format(
            org=self.org,
            city=self.city,
            comp1=self.comp1,
            comp2=self.comp2,
            product=self.product,
            segment=self.segment,
            year0=rng.randint(1975, 2012),
            staff=rng.randint(80, 4000),
            stores=rng.randint(3, 120),
            rev=rng.randint(12, 900),
            pct=rng.randint(5, 40),
            pct2=rng.randint(20, 70),
            team=rng.randint(4, 30),
            n=rng.randint(2, 9),
            budget=rng.randint(40, 400),
            conv=round(rng.uniform(0.8, 2.0), 1),
            conv2=round(rng.uniform(2.1, 4.0), 1),
            cite=f"{author}, {year}",
            cite_narr=f"{author} ({year})",
            cite_p=f"{author}, {year}, p. {rng.randint(5, 300)}",
            fig=max(self.fig, 1),
            tab=max(self.tab, 1),
        )

    def paragraph(self, pool: list[str], words: int) -> str:
        out: list[str] = []
        while count(" ".join(out)) < words:
            out.append(self.fill(self.rng.choice(pool)))
        return " ".join(out)


# --- pictures -----------------------------------------------------------------------------------------------------
def chart_png(rng: random.Random, kind: str) -> bytes:
    w, h = 900, 520
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w - 1, h - 1], outline=(200, 200, 200))
    colours = [(68, 114, 196), (237, 125, 49), (165, 165, 165), (255, 192, 0), (91, 155, 213), (112, 173, 71)]
    if kind == "bar":
        n = rng.randint(4, 7)
        d.line([60, 460, 860, 460], fill="black", width=2)
        d.line([60, 40, 60, 460], fill="black", width=2)
        for i in range(n):
            v = rng.randint(60, 400)
            x = 90 + i * (740 // n)
            d.rectangle([x, 460 - v, x + 740 // n - 30, 460], fill=colours[i % len(colours)])
            d.text((x, 470), f"Q{i + 1}", fill="black")
    elif kind == "line":
        d.line([60, 460, 860, 460], fill="black", width=2)
        d.line([60, 40, 60, 460], fill="black", width=2)
        for series in range(2):
            pts = [(60 + i * 70, 460 - rng.randint(40, 380)) for i in range(12)]
            d.line(pts, fill=colours[series], width=4)
    elif kind == "pie":
        start = 0
        for i in range(5):
            ext = rng.randint(30, 100) if i < 4 else 360 - start
            d.pieslice([200, 60, 600, 460], start, start + ext, fill=colours[i])
            start += ext
            if start >= 360:
                break
        for i in range(5):
            d.rectangle([660, 120 + i * 40, 690, 150 + i * 40], fill=colours[i])
            d.text((700, 128 + i * 40), f"Channel {i + 1}", fill="black")
    else:  # a process diagram: boxes and arrows
        steps = rng.randint(4, 6)
        bw = 760 // steps
        for i in range(steps):
            x = 40 + i * bw
            d.rounded_rectangle([x, 200, x + bw - 40, 320], radius=14, fill=colours[i % len(colours)])
            d.text((x + 10, 250), f"Stage {i + 1}", fill="white")
            if i < steps - 1:
                d.line([x + bw - 40, 260, x + bw, 260], fill="black", width=3)
                d.polygon([(x + bw, 260), (x + bw - 10, 252), (x + bw - 10, 268)], fill="black")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def make_floating(run, rng: random.Random, side: str) -> None:
    """Turn the run's inline picture into an anchored one with square wrapping."""
    inline = run._r.find(f".//{qn('wp:inline')}")
    extent = inline.find(qn("wp:extent"))
    cx, cy = extent.get("cx"), extent.get("cy")
    graphic = inline.find(qn("a:graphic"))
    docpr = inline.find(qn("wp:docPr"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="114300" distR="114300" '
        f'simplePos="0" relativeHeight="{rng.randint(100, 9000)}" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:align>{side}</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{docpr.get("id")}" name="{docpr.get("name")}"/><wp:cNvGraphicFramePr/></wp:anchor>'
    )
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


# --- the builder --------------------------------------------------------------------------------------------------
class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(8000 + index)
        fake = Faker("en_GB")
        fake.seed_instance(8000 + index)
        self.name = LAYOUT_ORDER[index % len(LAYOUT_ORDER)]
        self.lay = LAYOUTS[self.name]
        self.ctx = Ctx(self.rng, fake)
        self.candidate = fake.name()
        self.doc = docx.Document()
        self.words = {p: 0 for p in PARTS}
        self.headings: dict[str, str] = {}
        self.setup()

    # styles and page
    def setup(self) -> None:
        lay, doc = self.lay, self.doc
        normal = doc.styles["Normal"]
        normal.font.name = lay["font"]
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), lay["font"])
        normal.font.size = Pt(lay["size"])
        normal.paragraph_format.line_spacing = lay["spacing"]
        normal.paragraph_format.space_after = Pt(6 if lay["spacing"] < 2 else 0)
        for name, size in (("Heading 1", lay["size"] + 5), ("Heading 2", lay["size"] + 2), ("Heading 3", lay["size"])):
            st = doc.styles[name]
            st.font.name = lay["font"]
            st.font.size = Pt(size)
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        cap = doc.styles["Caption"]
        cap.font.size = Pt(max(lay["size"] - 2, 9))
        sec = doc.sections[0]
        for attr in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, attr, Cm(lay["margin"]))
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        self.footer(sec)

    def footer(self, sec) -> None:
        p = sec.footer.paragraphs[0]
        p.alignment = 1
        p.add_run(f"{self.candidate} | CIM 2206 | Page ")
        p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

    # headings
    def styled(self, text: str, kind: str) -> None:
        doc = self.doc
        if kind.startswith("h"):
            doc.add_paragraph(text, style=f"Heading {kind[1]}")
            return
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(12)
        if kind == "bold14":
            r.font.size = Pt(14)
        elif kind == "bold16":
            r.font.size = Pt(16)
        elif kind == "bold12":
            r.font.size = Pt(12)

    def part_label(self, part: str) -> str:
        task, letter = part[0], part[1]
        title = PART_TITLES[part]
        style = self.lay["label"]
        if style == "paren":
            return f"{task}({letter}) {title}"
        if style == "task_paren":
            return f"Task {task} ({letter}) – {title}"
        if style == "decimal":
            return f"{task}.{'abc'.index(letter) + 1} {title}"
        if style == "part_letter":
            return f"Part {letter.upper()} – {title}"
        if style == "short":
            return f"{task}{letter}. {title}"
        return f"Task {task}{letter}: {title}"

    def task_label(self, task: str) -> str:
        if self.lay["label"] == "decimal":
            return f"{task}. Task {task}: {TASK_NAMES[task]}"
        return f"Task {task}: {TASK_NAMES[task]}"

    def subheading(self, text: str) -> None:
        sub = self.lay["sub"]
        if sub == "h3":
            self.doc.add_paragraph(text, style="Heading 3")
            return
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        p.paragraph_format.keep_with_next = True
        if sub == "italic":
            r.italic = True
        elif sub == "bolditalic":
            r.italic = r.bold = True
            r.font.size = Pt(self.lay["size"])
        else:
            r.underline = True

    # counted text
    def body(self, part: str, words: int, pool: str = "body") -> None:
        text = self.ctx.paragraph(SENTENCES[pool], words)
        self.doc.add_paragraph(text)
        self.words[part] += count(text)

    def bullets(self, part: str, n: int) -> None:
        style = self.rng.choice(["List Bullet", "List Number"])
        for _ in range(n):
            text = self.ctx.fill(self.rng.choice(SENTENCES["body"]))
            self.doc.add_paragraph(text, style=style)
            self.words[part] += count(text)

    # uncounted extras
    def caption(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Caption")

    def source(self, text: str) -> None:
        p = self.doc.add_paragraph(text, style="Caption")
        p.runs[0].italic = True

    def figure(self, part: str, wrap: bool) -> None:
        ctx, rng = self.ctx, self.rng
        ctx.fig += 1
        kind = rng.choice(["bar", "line", "pie", "process"])
        png = chart_png(rng, kind)
        width = Cm(rng.choice([7.0, 7.5, 8.0])) if wrap else Cm(rng.choice([12.0, 14.0, 15.0]))
        if wrap:
            # a floating picture anchored in a body paragraph: the text wraps around it
            p = self.doc.add_paragraph()
            run = p.add_run()
            run.add_picture(io.BytesIO(png), width=width)
            make_floating(run, rng, rng.choice(["left", "right"]))
            text = ctx.paragraph(SENTENCES["body"], rng.randint(90, 140))
            p.add_run(text)
            self.words[part] += count(text)
            self.caption(f"Figure {ctx.fig}: {self.fig_title(kind)}")
        else:
            p = self.doc.add_paragraph()
            p.alignment = 1
            p.add_run().add_picture(io.BytesIO(png), width=width)
            self.caption(f"Figure {ctx.fig}: {self.fig_title(kind)}")
        if rng.random() < 0.5:
            where = rng.choice(["Google Analytics", "company data", "author", "Statista"])
            self.source(f"Source: {where} ({rng.randint(2021, 2024)})")

    def fig_title(self, kind: str) -> str:
        return {
            "bar": f"Quarterly online sales for {self.ctx.org}",
            "line": "Mobile and desktop sessions over twelve months",
            "pie": "Share of traffic by channel",
            "process": "Personalisation process from data to action",
        }[kind]

    def table(self, rows: list[list[str]], title: str, task: str, header_repeat: bool = False) -> None:
        ctx = self.ctx
        ctx.tab += 1
        label = f"Table {task}.{ctx.tab}" if self.lay["label"] in ("decimal", "paren") else f"Table {ctx.tab}"
        self.caption(f"{label}: {title}")
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                cell = t.cell(r, c)
                cell.text = val
                for para in cell.paragraphs:
                    para.paragraph_format.space_after = Pt(0)
                    para.paragraph_format.line_spacing = 1.0
                    for run in para.runs:
                        run.font.size = Pt(max(self.lay["size"] - 1.5, 9))
                        if r == 0:
                            run.bold = True
        if header_repeat:
            trpr = t.rows[0]._tr.get_or_add_trPr()
            trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        if self.rng.random() < 0.6:
            self.source(
                self.rng.choice(
                    [
                        f"Source: {ctx.org} annual report ({self.rng.randint(2021, 2024)})",
                        "Source: author's own analysis",
                        "Note: figures are estimates for the first twelve months.",
                        "Note: costs exclude VAT and internal staff time.",
                    ]
                )
            )
        else:
            self.doc.add_paragraph()

    def data_rows(self, n: int, cols: list[str]) -> list[list[str]]:
        rng = self.rng
        rows = [cols]
        for i in range(n):
            row = [f"{rng.choice(['Email', 'Website', 'App', 'Social', 'Search', 'Display', 'SMS'])} {i + 1}"]
            for _ in cols[1:]:
                row.append(
                    rng.choice([f"{rng.randint(1, 95)}%", f"£{rng.randint(2, 250)}k", str(rng.randint(10, 9999))])
                )
            rows.append(row)
        return rows

    def plan_rows(self, n: int) -> list[list[str]]:
        rng = self.rng
        acts = [
            "Set up CDP",
            "Segment email list",
            "Launch app push",
            "A/B test landing pages",
            "Retarget basket",
            "Loyalty data capture",
            "Train staff",
            "Review KPIs",
            "Dynamic email blocks",
            "Social retargeting",
        ]
        owners = ["CRM manager", "Digital lead", "Agency", "Data analyst", "Marketing director"]
        rows = [["Week", "Action", "Owner", "Budget", "KPI"]]
        for i in range(n):
            rows.append(
                [
                    str(i + 1),
                    rng.choice(acts),
                    rng.choice(owners),
                    f"£{rng.randint(1, 40)}k",
                    rng.choice(["CVR +0.2pt", "Open rate 25%", "AOV £54", "ROAS 4:1", "Churn -5%"]),
                ]
            )
        return rows

    def landscape(self, on: bool) -> None:
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if on:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)

    # the report
    def cover(self) -> None:
        doc = self.doc
        p = doc.add_paragraph()
        p.alignment = 1
        r = p.add_run("CIM Level 6 – Mastering Digital Channels (2206)")
        r.bold = True
        r.font.size = Pt(20)
        for line in (
            f"Work-based assignment: {self.ctx.org}",
            f"Candidate: {self.candidate}",
            f"Candidate number: {self.rng.randint(100000, 999999)}",
            "Submission: December 2026",
        ):
            q = doc.add_paragraph(line)
            q.alignment = 1
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def part(self, part: str, target: int, fig: bool, table: bool) -> None:
        rng = self.rng
        heading = self.part_label(part)
        self.headings[part] = heading
        self.styled(heading, self.lay["part"])
        if part == "1a":
            self.body(part, min(target, 140), "1a")
            if target > 140:
                self.body(part, target - 140, "1a")
            if table:
                self.table(
                    [
                        ["Measure", "Value"],
                        ["Revenue", f"£{rng.randint(12, 900)}m"],
                        ["Staff", str(rng.randint(80, 4000))],
                        ["Online share", f"{rng.randint(10, 70)}%"],
                        ["Stores", str(rng.randint(3, 120))],
                    ],
                    "Key facts",
                    "1",
                )
            return
        subs = SUBHEADS[part] if rng.random() < 0.6 else []
        per = rng.randint(100, 170)
        fig_mark = rng.uniform(0.1, 0.6) * target if fig else None
        tab_mark = rng.uniform(0.2, 0.8) * target if table else None
        sub_marks = [0, target / 3, 2 * target / 3]
        while target - self.words[part] >= 20:
            done = self.words[part]
            if subs and sub_marks and done >= sub_marks[0]:
                sub_marks.pop(0)
                self.subheading(subs[2 - len(sub_marks)])
            if fig_mark is not None and done >= fig_mark:
                fig_mark = None
                self.figure(part, self.lay["wrap"] and rng.random() < 0.6)
                continue
            remaining = target - self.words[part]
            if rng.random() < 0.15 and remaining > 60:
                self.bullets(part, rng.randint(3, 5))
            else:
                self.body(part, min(per, remaining))
            if tab_mark is not None and self.words[part] >= tab_mark:
                tab_mark = None
                if part in ("2a", "3a") and self.lay["long_table"]:
                    self.table(self.plan_rows(rng.randint(30, 45)), "Twelve-month action plan", part[0], True)
                elif part == "2a" and self.lay["landscape"] and not self.did_landscape:
                    self.did_landscape = True
                    self.landscape(True)
                    self.table(
                        self.data_rows(
                            8, ["Channel", "Visits", "CVR", "AOV", "Cost", "ROAS", "Segment share", "Target"]
                        ),
                        "Channel performance and targets",
                        part[0],
                    )
                    self.landscape(False)
                elif part == "3b":
                    self.table(
                        [
                            ["Risk", "Likelihood", "Impact", "Mitigation"],
                            ["Privacy breach", "Medium", "High", "Consent audit"],
                            ["Poor data quality", "High", "Medium", "Data cleansing"],
                            ["Vendor lock-in", "Low", "High", "Exit clause"],
                        ],
                        "Risk register",
                        part[0],
                    )
                else:
                    self.table(
                        self.data_rows(rng.randint(4, 7), ["Channel", "Visits", "Conversion", "Revenue"]),
                        rng.choice(["Channel performance", "Options compared", "Segment profile", "Budget split"]),
                        part[0],
                    )

    def build(self) -> tuple[bytes, Truth]:
        rng, lay = self.rng, self.lay
        self.did_landscape = False
        if lay["cover"]:
            self.cover()
        # sizes: most near the limits, some over by up to 15%, some well under
        mode = rng.choice(["near", "near", "over", "under"])
        factors = {"near": (0.9, 1.0), "over": (1.02, 1.14), "under": (0.55, 0.75)}[mode]
        targets = {"1a": rng.randint(200, 330)}
        for group, limit in (("task1-bc", 1500), ("task2-ab", 1750), ("task3-ab", 1500)):
            total = int(limit * rng.uniform(*factors))
            a, b = LIMIT_GROUPS[group]
            share = rng.uniform(0.4, 0.6)
            targets[a] = int(total * share)
            targets[b] = total - targets[a]
        for task in "123":
            self.styled(self.task_label(task), lay["task"])
            parts = [p for p in PARTS if p[0] == task]
            for part in parts:
                wide = part in ("2a", "3a") and (lay["long_table"] or lay["landscape"])
                fig = part != "1a" and rng.random() < 0.8
                self.part(part, targets[part], fig=fig, table=wide or rng.random() < 0.6)
            if lay["wc_line"]:
                group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
                total = sum(self.words[p] for p in LIMIT_GROUPS[group])
                self.doc.add_paragraph(f"Word count: {total:,}")
        # reference list (not counted)
        self.styled("References", lay["task"])
        for author in sorted(self.ctx.cited):
            self.doc.add_paragraph(REFS[author])
        if lay["appendix"]:
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.styled("Appendix A: Supporting data", lay["task"])
            self.doc.add_paragraph(
                f"The tables below give the detailed figures behind the analysis of {self.ctx.org} in the report."
            )
            self.table(
                self.data_rows(rng.randint(8, 16), ["Channel", "Sessions", "Conversion", "Revenue", "Cost"]),
                "Channel data in detail",
                "A",
            )
            self.table(self.plan_rows(rng.randint(10, 20)), "Detailed content calendar", "A", True)
        part_words = dict(self.words)
        group_words = {g: sum(part_words[p] for p in ps) for g, ps in LIMIT_GROUPS.items()}
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue(), Truth(
            name="",
            seed=self.index,
            layout=self.name,
            split="",
            part_words=part_words,
            group_words=group_words,
            headings=dict(self.headings),
        )


def build(index: int) -> tuple[bytes, Truth]:
    return Report(index).build()
