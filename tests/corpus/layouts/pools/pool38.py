"""Pool 38: CIM 2206 reports that set figures and plans out in tables of every kind (borderless grids, rules
only, shaded headers, long tables with a repeated header row, fact tables beside the text, KPI and budget
tables, a shaded Gantt chart and a list of tables)."""

from __future__ import annotations

import io
import random

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports that set figures and plans out in tables of every kind: borderless grids, rules only, shaded "
    "header rows, long tables with a repeated header, fact tables beside the text, KPI, budget and Gantt tables"
)
REPORTS = 26

LAYOUTS = (
    "borderless_grid",
    "rules_only",
    "shaded_header_kpi",
    "long_repeat_header",
    "fact_sidebar_budget",
    "gantt_landscape",
)

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
TASK_OF = {p: p[0] for p in PARTS}

CITES = (
    "(Chaffey and Ellis-Chadwick, 2019)",
    "(Ryan, 2020)",
    "(Kotler and Keller, 2016)",
    "(Kingsnorth, 2019)",
    "(Lemon and Verhoef, 2016)",
    "(Smith, 2021)",
    "(Tiago and Veríssimo, 2014)",
    "(Chaffey and Smith, 2022)",
    "(Deloitte, 2023)",
    "(McKinsey, 2021)",
)
REFERENCES = (
    "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital Marketing. 7th edn. Harlow: Pearson.",
    "Chaffey, D. and Smith, P.R. (2022) Digital Marketing Excellence. 6th edn. Abingdon: Routledge.",
    "Deloitte (2023) Global Marketing Trends. London: Deloitte Insights.",
    "Kingsnorth, S. (2019) Digital Marketing Strategy. 2nd edn. London: Kogan Page.",
    "Kotler, P. and Keller, K.L. (2016) Marketing Management. 15th edn. Harlow: Pearson.",
    "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer "
    "journey', Journal of Marketing, 80(6), pp. 69-96.",
    "McKinsey (2021) The value of getting personalization right. New York: McKinsey & Company.",
    "Ryan, D. (2020) Understanding Digital Marketing. 5th edn. London: Kogan Page.",
    "Smith, P.R. (2021) SOSTAC Guide to your Perfect Digital Marketing Plan. London: PR Smith.",
    "Tiago, M. and Veríssimo, J. (2014) 'Digital marketing and social media', Business Horizons, 57(6), pp. 703-708.",
)

TOPIC = {
    "1a": [
        "{org} was founded in {year} and is based in {city}, where it employs around {staff} people.",
        "The business sells {product} to consumers through its website, a mobile app and {stores} stores.",
        "Annual turnover reached £{rev} million last year, with online sales making up {pct}% of the total.",
        "Its main competitors are {rival} and {rival2}, both of which invest heavily in digital channels.",
        "The brand positions itself on quality, convenience and friendly service {cite}.",
        "Customers are mostly aged between 25 and 54 and many shop on a smartphone during the evening.",
        "The marketing team of {team} people manages email, paid search, social media and the loyalty scheme.",
    ],
    "1b": [
        "Personalisation means tailoring content, offers and experiences to the individual customer {cite}.",
        "At present {org} personalises only its email newsletter, using first name and past category.",
        "The website shows the same home page to every visitor, whatever their history with the brand.",
        "Recommendation engines now use machine learning to predict the next purchase in real time {cite}.",
        "Research suggests that personalisation can lift revenue by between 5% and 15% {cite}.",
        "Future developments include predictive analytics, conversational AI and dynamic pricing.",
        "Privacy rules such as the GDPR limit how first-party data may be gathered and stored {cite}.",
        "The loss of third-party cookies will push {org} towards consented first-party data.",
        "Competitors such as {rival} already send triggered messages when a basket is abandoned.",
        "Customers expect the brand to remember them across the app, the website and the store {cite}.",
        "Generative AI could write product descriptions for each segment at very low cost.",
        "Location data would allow offers to be tied to the nearest store and its stock levels.",
    ],
    "1c": [
        "The chosen segment is busy young professionals who buy {product} mainly on their phones.",
        "This segment makes up {pct}% of online revenue and visits the app about {n} times a month.",
        "Their journey starts on social media, moves to search and ends in the app {cite}.",
        "Personalised push notifications could remind them of repeat purchases at the right time.",
        "The home page should show recently viewed items and ranges that match past orders {cite}.",
        "Email content would be driven by browsing data, with subject lines tested for each cluster.",
        "Paid social adverts can be matched to the segment through lookalike audiences {cite}.",
        "Loyalty points shown in the app give a personal reason to return each week.",
        "The tone of voice should be brief, practical and helpful, reflecting limited time.",
        "Measuring click-through and repeat purchase will show whether the tailoring works {cite}.",
    ],
    "2a": [
        "The aim of the plan is to raise the online conversion rate from {pct}% to a higher target within a year.",
        "The first step is a full audit of the checkout to remove friction and hidden costs {cite}.",
        "Page speed on mobile must improve, as every extra second loses a share of visitors.",
        "A/B testing will compare product page layouts, calls to action and trust signals {cite}.",
        "Guest checkout and digital wallets will shorten the path to purchase for new customers.",
        "Clear delivery dates and free returns reduce the perceived risk of buying online {cite}.",
        "Reviews and ratings will be shown next to each product to add social proof.",
        "The SOSTAC model gives the plan its structure from situation to control {cite}.",
        "Responsibility for each action is given to a named owner with a budget and a deadline.",
        "Progress will be reviewed monthly against the KPIs set out below.",
        "Live chat during peak hours will answer the questions that stop people buying.",
    ],
    "2b": [
        "Personalised content will be built from a single customer view held in the CRM {cite}.",
        "Dynamic blocks in email will change products according to each reader's last visit.",
        "Re-marketing will follow visitors who left without buying across display and social {cite}.",
        "Frequency caps will stop the adverts from becoming intrusive or annoying.",
        "Abandoned basket emails will be sent after one hour, then after one day {cite}.",
        "Content for the app will include tips and guides that match previous purchases.",
        "Segments will be refreshed weekly so that the messages stay relevant.",
        "Creative will be tested on a small sample before it is rolled out to everyone {cite}.",
        "Consent must be recorded clearly so that re-marketing stays within the law.",
        "Budgets will shift towards the channels that show the best return on spend.",
    ],
    "3a": [
        "Implementing personalisation needs people, processes and technology working together {cite}.",
        "A cross-functional team will bring marketing, IT, data and customer service together.",
        "The McKinsey 7S framework helps to check that structure and skills are aligned {cite}.",
        "A customer data platform will join data from the website, the app and the tills.",
        "Staff will need training in analytics, testing and the new content tools.",
        "Change management matters because some managers may resist data-led decisions {cite}.",
        "The roll-out will be phased, starting with email and the website before the app.",
        "Governance will set rules for data quality, access and retention {cite}.",
        "Success will be judged against a balanced set of KPIs reported to the board.",
        "External agencies can add skills while the internal team is built up.",
    ],
    "3b": [
        "The first risk is a breach of data protection law, which carries heavy fines {cite}.",
        "A clear consent process and regular audits will reduce this risk.",
        "The second risk is that customers find the messages intrusive or creepy {cite}.",
        "Limiting the data used and explaining why offers appear can build trust.",
        "The third risk is poor data quality, which leads to the wrong offers {cite}.",
        "Cleaning and matching records before launch will lower the chance of errors.",
        "Each risk has been scored for likelihood and impact in the register.",
        "Owners will review the register each quarter and report to senior managers {cite}.",
        "Technology failure during peak trading would also damage the brand.",
        "Contingency plans will fall back to general content if the engine fails.",
    ],
}

SUBHEADS = {
    "1b": ["Current practice", "Emerging developments", "Implications"],
    "1c": ["The segment", "Channel tactics", "Measuring success"],
    "2a": ["Objectives", "Actions", "Monitoring"],
    "2b": ["Personalised content", "Re-marketing", "Testing"],
    "3a": ["People and structure", "Systems", "Roll-out"],
    "3b": ["Legal risk", "Customer trust", "Data quality"],
}


class Writer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake
        self.org = fake.company().replace(",", "")
        self.city = fake.city()
        self.rival = fake.company().replace(",", "")
        self.rival2 = fake.last_name() + " Retail"
        self.product = rng.choice(["home furnishings", "sports clothing", "organic groceries", "pet supplies"])

    def sentence(self, part: str) -> str:
        template = self.rng.choice(TOPIC[part])
        return template.format(
            org=self.org,
            city=self.city,
            rival=self.rival,
            rival2=self.rival2,
            product=self.product,
            year=self.rng.randint(1985, 2012),
            staff=self.rng.randint(80, 2400),
            stores=self.rng.randint(6, 140),
            rev=self.rng.randint(12, 480),
            pct=self.rng.randint(2, 60),
            n=self.rng.randint(2, 9),
            team=self.rng.randint(4, 30),
            cite=self.rng.choice(CITES),
        ).replace(" .", ".")

    def paragraph(self, part: str, low: int = 3, high: int = 6) -> str:
        return " ".join(self.sentence(part) for _ in range(self.rng.randint(low, high)))


# --- WordprocessingML helpers ----------------------------------------------------------------------------------
def set_borders(table, kind: str) -> None:
    """kind: none, rules (top, bottom and under the header only), grid."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    if kind == "none":
        inner = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    elif kind == "rules":
        inner = (
            '<w:top w:val="single" w:sz="12" w:space="0" w:color="000000"/><w:left w:val="nil"/>'
            '<w:bottom w:val="single" w:sz="12" w:space="0" w:color="000000"/><w:right w:val="nil"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="nil"/>'
        )
    else:
        inner = "".join(
            f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
    borders = parse_xml(f"<w:tblBorders {nsdecls('w')}>{inner}</w:tblBorders>")
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(borders)
    else:
        tbl_pr.append(borders)


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def add_page_field(paragraph, prefix: str = "") -> None:
    if prefix:
        paragraph.add_run(prefix)
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


def fill_table(
    document,
    rows: list[list[str]],
    *,
    borders: str,
    header_fill: str | None,
    size: float,
    repeat: bool = False,
    bold_header: bool = True,
    width_cm: float | None = None,
    align: str = "left",
    bold_last: bool = False,
    floating: bool = False,
):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    set_borders(table, borders)
    if align == "right":
        table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    elif align == "center":
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            run.font.size = Pt(size)
            if (r == 0 and bold_header) or (bold_last and r == len(rows) - 1):
                run.bold = True
            if c > 0 and any(ch.isdigit() for ch in value) and len(value) < 14:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if r == 0 and header_fill:
                shade(cell, header_fill)
            if width_cm:
                cell.width = Cm(width_cm / len(values))
    if repeat:
        repeat_header(table.rows[0])
    if width_cm:
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        tbl_w = tbl_pr.find(qn("w:tblW"))
        tbl_w.set(qn("w:w"), str(int(width_cm * 567)))
        tbl_w.set(qn("w:type"), "dxa")
        grid = table._tbl.tblGrid
        for col in grid.findall(qn("w:gridCol")):
            col.set(qn("w:w"), str(int(width_cm * 567 / len(rows[0]))))
    if floating:
        # a table dragged beside the text: Word writes tblpPr and wraps the paragraphs around it
        table._tbl.tblPr.insert(
            0,
            parse_xml(
                f'<w:tblpPr {nsdecls("w")} w:leftFromText="284" w:rightFromText="0" w:topFromText="113" '
                'w:bottomFromText="113" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1"/>'
            ),
        )
    return table


# --- table content ---------------------------------------------------------------------------------------------
def facts_rows(w: Writer, rng: random.Random) -> list[list[str]]:
    return [
        ["Fact", "Figure"],
        ["Founded", str(rng.randint(1985, 2012))],
        ["Head office", w.city],
        ["Employees", f"{rng.randint(80, 2400):,}"],
        ["Turnover", f"£{rng.randint(12, 480)}m"],
        ["Online share", f"{rng.randint(15, 60)}%"],
    ]


def kpi_rows(rng: random.Random) -> list[list[str]]:
    rows = [["KPI", "Baseline", "Target", "Deadline"]]
    for name in ("Conversion rate", "Basket value", "Cart abandonment", "Email click-through", "Repeat rate"):
        base = rng.randint(2, 70)
        rows.append(
            [name, f"{base}%", f"{base + rng.randint(1, 9)}%", f"Q{rng.randint(1, 4)} {rng.choice((2025, 2026))}"]
        )
    return rows


def budget_rows(rng: random.Random) -> list[list[str]]:
    rows = [["Item", "Cost (£)"]]
    total = 0
    for item in ("Customer data platform", "Testing software", "Agency support", "Staff training", "Paid social"):
        cost = rng.randint(4, 90) * 1000
        total += cost
        rows.append([item, f"{cost:,}"])
    rows.append(["Total", f"{total:,}"])
    return rows


def action_rows(rng: random.Random, n: int) -> list[list[str]]:
    actions = (
        "Audit checkout journey",
        "Improve mobile page speed",
        "Launch A/B tests",
        "Add guest checkout",
        "Show delivery dates",
        "Display reviews",
        "Set up live chat",
        "Build CRM segments",
        "Dynamic email blocks",
        "Abandoned basket flow",
        "Re-marketing audiences",
        "Frequency caps",
        "Monthly KPI review",
        "Staff training",
        "Consent audit",
        "Quarterly report",
    )
    owners = ("Digital manager", "Web developer", "CRM executive", "Analyst", "Content lead", "Agency")
    rows = [["No.", "Action", "Owner", "Timing", "Budget (£)"]]
    for i in range(n):
        rows.append(
            [
                str(i + 1),
                actions[i % len(actions)],
                rng.choice(owners),
                f"Month {rng.randint(1, 12)}",
                f"{rng.randint(1, 40) * 500:,}",
            ]
        )
    return rows


def risk_rows(rng: random.Random) -> list[list[str]]:
    rows = [["Risk", "Likelihood", "Impact", "Mitigation"]]
    for risk, mit in (
        ("Data breach", "Consent audit"),
        ("Intrusive messages", "Frequency caps"),
        ("Poor data quality", "Data cleansing"),
    ):
        rows.append([risk, rng.choice(("Low", "Medium", "High")), rng.choice(("Medium", "High")), mit])
    return rows


def gantt(document, rng: random.Random, size: float):
    tasks = ("Audit", "Speed fixes", "A/B testing", "CRM build", "Email flows", "Re-marketing", "Review")
    rows = [["Activity"] + [f"M{m}" for m in range(1, 13)]]
    spans = []
    for t in tasks:
        start = rng.randint(1, 9)
        end = min(12, start + rng.randint(1, 4))
        spans.append((start, end))
        rows.append([t] + [""] * 12)
    table = fill_table(document, rows, borders="grid", header_fill="D9D9D9", size=size)
    for r, (start, end) in enumerate(spans, start=1):
        for m in range(start, end + 1):
            shade(table.cell(r, m), "4F81BD")
    return table


# --- the report ------------------------------------------------------------------------------------------------
def heading_text(style: int, part: str, with_title: bool) -> str:
    t, letter = part[0], part[1]
    title = PART_TITLES[part]
    label = {
        0: f"Task {t} ({letter})",
        1: f"{t}{letter} –",
        2: f"Task {t}: Part {letter.upper()}",
        3: f"TASK {t}({letter.upper()})",
        4: f"Q{t}.{letter}",
        5: f"Task {t} ({letter})",
    }[style]
    if style == 1:
        return f"{label} {title}"  # "1b –" always carries its title
    if style == 3:
        return f"{label} {title.upper()}" if with_title else label
    if with_title:
        return f"{label}: {title}" if style in (0, 5) else f"{label} {title}"
    return label


def build(index: int) -> tuple[bytes, Truth]:
    rng = random.Random(38_000 + index)
    fake = Faker("en_GB")
    fake.seed_instance(38_000 + index)
    w = Writer(rng, fake)
    style = index % len(LAYOUTS)
    layout = LAYOUTS[style]
    with_title = rng.random() < 0.7

    document = docx.Document()
    font = rng.choice(("Calibri", "Arial", "Times New Roman", "Georgia", "Verdana"))
    size = rng.choice((10.5, 11, 11.5, 12, 13, 14)) if style != 5 else rng.choice((10.5, 11, 12))
    spacing = rng.choice((1.0, 1.15, 1.5, 2.0)) if style not in (3, 5) else rng.choice((1.0, 1.15))
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.paragraph_format.line_spacing = spacing
    normal.paragraph_format.space_after = Pt(rng.choice((0, 6, 8)))
    table_size = rng.choice((9, 10, 10.5))
    section = document.sections[0]
    margin = Cm(rng.choice((1.8, 2.0, 2.54, 3.0)))
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)

    candidate = f"{rng.randint(100000, 999999)}"
    hp = section.header.paragraphs[0]
    hp.text = (
        f"Candidate number: {candidate}" if style % 2 == 0 else f"CIM 2206 Mastering Digital Channels | {candidate}"
    )
    hp.runs[0].font.size = Pt(rng.choice((10, 11, 12)))
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if style % 3 else WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp, "Page " if style % 2 else "")

    # cover page
    cover = document.add_paragraph()
    cover.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = cover.add_run("CIM Level 6 Diploma in Professional Digital Marketing")
    run.bold = True
    run.font.size = Pt(18)
    for line in (
        "Mastering Digital Channels (2206)",
        f"Personalisation report for {w.org}",
        f"Candidate number: {candidate}",
        fake.date_between("-1y", "today").strftime("%d %B %Y"),
    ):
        p = document.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # table captions planned for the list of tables
    captions: list[str] = []

    def caption(text: str) -> None:
        captions.append(text)
        label = f"Table {len(captions)}: {text}"
        p = document.add_paragraph(label, style="Caption")
        p.runs[0].font.size = Pt(rng.choice((9, 10)))

    # list of tables (typed) for some layouts: planned titles filled afterwards
    lot_placeholder = None
    if style in (3, 4) or (style == 0 and index % 4 == 0):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        h = document.add_paragraph("List of Tables", style="Heading 1")
        lot_placeholder = h

    # start Task 1 on a new page
    if lot_placeholder is not None:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    else:
        document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # sizes
    factor = {
        "1a": rng.uniform(0.55, 0.85),
    }
    for members in LIMIT_GROUPS.values():
        f = rng.choice((rng.uniform(0.6, 0.8), rng.uniform(0.9, 1.0), rng.uniform(1.0, 1.12)))
        for m in members:
            factor[m] = f
    capacity = 420 * (11 / size) ** 2 / spacing
    if style in (0, 2):
        capacity *= 0.8  # a table inside 1a takes part of the side
    targets = {"1a": int(min(430, capacity * 0.75) * factor["1a"])}
    limits = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
    for group, members in LIMIT_GROUPS.items():
        split = rng.uniform(0.42, 0.58)
        total = limits[group] * factor[members[0]]
        targets[members[0]] = int(total * split)
        targets[members[1]] = int(total * (1 - split))

    part_words = {p: 0 for p in PARTS}
    headings: dict[str, str] = {}

    def task_heading(t: str) -> None:
        text = {
            0: f"Task {t}",
            1: f"Task {t}",
            2: f"Task {t}: {['Personalisation report', 'Conversion plan', 'Implementation and risk'][int(t) - 1]}",
            3: f"TASK {t}",
            4: f"Question {t}",
            5: f"Task {t}",
        }[style]
        if style in (1, 4):
            p = document.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(size + 4)
        else:
            document.add_paragraph(text, style="Heading 1")

    def part_heading(part: str) -> None:
        text = heading_text(style, part, with_title)
        headings[part] = text
        if style in (1, 4):
            p = document.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(size + 2)
            if style == 4:
                r.underline = True
        elif style == 3:
            p = document.add_paragraph(text, style="Heading 2")
        else:
            document.add_paragraph(text, style="Heading 2")

    def sub_heading(text: str) -> None:
        if style in (1, 4):
            p = document.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(size)
        else:
            document.add_paragraph(text, style="Heading 3")

    def body(part: str, text: str, list_style: str | None = None) -> None:
        if list_style:
            document.add_paragraph(text, style=list_style)
        else:
            document.add_paragraph(text)
        part_words[part] += count(text)

    def write_words(part: str, target: int, allow_list: bool = True) -> None:
        while part_words[part] < target:
            remaining = target - part_words[part]
            if allow_list and remaining > 120 and rng.random() < 0.12:
                ls = rng.choice(("List Bullet", "List Number"))
                for _ in range(rng.randint(3, 4)):
                    body(part, w.sentence(part), ls)
                continue
            text = w.paragraph(part, 2 if remaining < 60 else 3, 6)
            body(part, text)

    def tables_for(part: str) -> None:
        """The tables a layout sets inside a part (not counted)."""
        if style == 0:  # borderless grids
            if part == "1a":
                fill_table(document, facts_rows(w, rng), borders="none", header_fill=None, size=table_size)
                caption("Key facts")
            elif part == "2a":
                fill_table(document, action_rows(rng, 8), borders="none", header_fill=None, size=table_size)
                caption("Action plan laid out as a grid")
            elif part == "2b":
                fill_table(document, kpi_rows(rng), borders="none", header_fill=None, size=table_size)
                caption("Targets for personalised content")
        elif style == 1:  # horizontal rules only
            if part == "1c":
                fill_table(document, kpi_rows(rng), borders="rules", header_fill=None, size=table_size)
                caption("Segment KPIs")
            elif part == "2a":
                fill_table(document, action_rows(rng, 10), borders="rules", header_fill=None, size=table_size)
                caption("Conversion action plan")
            elif part == "3b":
                fill_table(document, risk_rows(rng), borders="rules", header_fill=None, size=table_size)
                caption("Risk register")
        elif style == 2:  # shaded header rows, KPI table
            if part == "1a":
                fill_table(document, facts_rows(w, rng), borders="grid", header_fill="1F3864", size=table_size)
                caption("Organisation at a glance")
            elif part == "2a":
                fill_table(document, kpi_rows(rng), borders="grid", header_fill="BDD7EE", size=table_size)
                caption("KPI targets")
            elif part == "3a":
                fill_table(
                    document, budget_rows(rng), borders="grid", header_fill="BDD7EE", size=table_size, bold_last=True
                )
                caption("Implementation budget")
        elif style == 3:  # long table with a repeated header row
            if part == "2a":
                fill_table(
                    document,
                    action_rows(rng, rng.randint(30, 42)),
                    borders="grid",
                    header_fill="D9D9D9",
                    size=table_size,
                    repeat=True,
                )
                caption("Detailed action plan")
            elif part == "3b":
                fill_table(document, risk_rows(rng), borders="grid", header_fill="D9D9D9", size=table_size)
                caption("Risk assessment")
        elif style == 4:  # small fact tables beside the text, budget with totals
            if part == "1a":
                fill_table(
                    document,
                    facts_rows(w, rng),
                    borders="grid",
                    header_fill="E2EFD9",
                    size=table_size,
                    width_cm=6.5,
                    align="right",
                    floating=True,
                )
                caption("Fact file")
            elif part == "1c":
                rows = [["Segment", "Profile"], ["Age", "25-34"], ["Device", "Mobile"], ["Visits", "6 a month"]]
                fill_table(
                    document,
                    rows,
                    borders="grid",
                    header_fill="E2EFD9",
                    size=table_size,
                    width_cm=6.0,
                    align="right",
                    floating=True,
                )
                caption("Segment profile")
            elif part == "3a":
                fill_table(
                    document,
                    budget_rows(rng),
                    borders="rules",
                    header_fill=None,
                    size=table_size,
                    bold_last=True,
                    width_cm=9.0,
                )
                caption("Budget with totals")
        elif style == 5:  # Gantt chart on a landscape page
            if part == "2b":
                caption("Twelve-month Gantt chart")
            elif part == "2a":
                fill_table(document, kpi_rows(rng), borders="grid", header_fill="FCE4D6", size=table_size)
                caption("KPI dashboard")

    for t in ("1", "2", "3"):
        task_heading(t)
        for part in [p for p in PARTS if p[0] == t]:
            part_heading(part)
            target = targets[part]
            subs = SUBHEADS.get(part, [])
            use_subs = part != "1a" and style in (1, 2, 5) and rng.random() < 0.7
            if part == "1a":
                half = target // 2
                write_words(part, half, allow_list=False)
                tables_for(part)
                write_words(part, target, allow_list=False)
                continue
            chunks = len(subs) if use_subs else 1
            for i in range(chunks):
                if use_subs:
                    sub_heading(subs[i])
                write_words(part, int(target * (i + 1) / chunks * 0.6) if i == 0 else int(target * (i + 1) / chunks))
                if i == 0:
                    if style == 5 and part == "2b":
                        new = document.add_section(WD_SECTION.NEW_PAGE)
                        new.orientation = WD_ORIENT.LANDSCAPE
                        new.page_width, new.page_height = Cm(29.7), Cm(21.0)
                        gantt(document, rng, table_size)
                        tables_for(part)
                        back = document.add_section(WD_SECTION.NEW_PAGE)
                        back.orientation = WD_ORIENT.PORTRAIT
                        back.page_width, back.page_height = Cm(21.0), Cm(29.7)
                    else:
                        tables_for(part)
            write_words(part, target)

    # reference list
    refs = document.add_paragraph("References", style="Heading 1")
    refs.paragraph_format.page_break_before = style in (2, 3)
    for ref in REFERENCES:
        document.add_paragraph(ref)

    # fill the list of tables
    if lot_placeholder is not None:
        anchor = lot_placeholder
        page = 3
        for i, cap in enumerate(captions, start=1):
            p = Paragraph(parse_xml(f"<w:p {nsdecls('w')}/>"), anchor._parent)
            anchor._p.addnext(p._p)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15))
            p.add_run(f"Table {i}: {cap}\t{page}")
            anchor = p
            page += rng.randint(1, 3)

    # heading colours a candidate sets
    if style == 2:
        for name in ("Heading 1", "Heading 2"):
            document.styles[name].font.color.rgb = RGBColor(0x1F, 0x38, 0x64)

    buffer = io.BytesIO()
    document.save(buffer)
    group_words = {g: sum(part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()}
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
    return buffer.getvalue(), truth
