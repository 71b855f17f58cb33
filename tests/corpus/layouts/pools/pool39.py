# ruff: noqa: E501
"""Layout pool 39: CIM 2206 reports whose tables come from Word's table style gallery and Insert Table.

Plain tables with no borders or with rules across only, grid and list tables with banded rows and coloured header
rows, bold first columns, borders removed by hand; figures, plans, budgets and KPIs set out in one or two small
tables per part. Truth is counted while each paragraph is written: body paragraphs and list items only.
"""

from __future__ import annotations

import io
import random

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports whose figures, plans, budgets and KPIs sit in tables from Word's gallery: plain tables with no "
    "borders or rules across only, grid and list tables with banded rows and coloured header rows, bold first "
    "columns, borders removed by hand; one or two small tables per part"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")

# name, font, body size, line spacing, margins (cm), heading scheme, table scheme
LAYOUTS = (
    ("plain-grid-heading-styles", "Calibri", 11, 1.15, 2.54, "task_paren", "plain"),
    ("grid-banded-accent-header", "Arial", 10.5, 1.5, 2.0, "compact", "grid"),
    ("rules-across-bold-labels", "Times New Roman", 12, 2.0, 2.54, "task_colon", "rules"),
    ("borderless-bold-first-column", "Georgia", 11, 1.0, 1.8, "part_paren", "borderless"),
    ("caps-task-part-list-tables", "Verdana", 10.5, 1.15, 2.2, "caps", "list"),
    ("large-type-medium-shading", "Calibri", 14, 1.5, 2.54, "task_dash", "shading"),
    ("numbered-kpi-mixed-gallery", "Cambria", 12, 1.0, 3.0, "numeric", "mixed"),
)

AUTHORS = (
    ("Chaffey and Ellis-Chadwick", 2019, "Digital Marketing", "7th edn. Harlow: Pearson"),
    ("Kotler and Keller", 2016, "Marketing Management", "15th edn. Harlow: Pearson"),
    ("Ryan", 2020, "Understanding Digital Marketing", "5th edn. London: Kogan Page"),
    ("Kingsnorth", 2019, "Digital Marketing Strategy", "2nd edn. London: Kogan Page"),
    ("Smith", 2020, "PR Smith's SOSTAC Guide", "London: PR Smith"),
    ("Hanlon", 2022, "Digital Marketing: Strategic Planning and Integration", "2nd edn. London: Sage"),
    ("Jobber and Ellis-Chadwick", 2020, "Principles and Practice of Marketing", "9th edn. London: McGraw-Hill"),
    ("Deloitte", 2021, "Connecting with meaning: personalisation", "London: Deloitte Insights"),
    ("McKinsey", 2021, "The value of getting personalization right", "New York: McKinsey & Company"),
    ("Ofcom", 2023, "Online Nation", "London: Ofcom"),
)

SECTORS = (
    ("outdoor clothing retailer", "jackets"),
    ("independent coffee roaster", "subscriptions"),
    ("regional gym chain", "memberships"),
    ("garden centre group", "plants"),
    ("pet food brand", "food boxes"),
    ("boutique hotel group", "room nights"),
    ("bicycle retailer", "e-bikes"),
    ("homeware retailer", "furniture"),
)

SEGMENTS = ("young professionals", "busy parents", "retired hobbyists", "students", "first-time buyers")


class Writer:
    """Sentences as a candidate writes them, about one organisation."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.org = fake.company().replace(",", "")
        self.city = fake.city()
        self.sector, self.product = rng.choice(SECTORS)
        self.segment = rng.choice(SEGMENTS)
        self.cited: set[int] = set()

    def cite(self) -> str:
        i = self.rng.randrange(len(AUTHORS))
        self.cited.add(i)
        a, y, _, _ = AUTHORS[i]
        return f"({a}, {y})"

    def cite_narrative(self) -> str:
        i = self.rng.randrange(len(AUTHORS))
        self.cited.add(i)
        a, y, _, _ = AUTHORS[i]
        return f"{a} ({y})"

    def sentence(self, part: str) -> str:
        r = self.rng
        o, p, s = self.org, self.product, self.segment
        n = r.randint(12, 95)
        common = [
            f"{o} currently sells {p} through its website, a mobile app and {r.randint(3, 40)} stores in and around {self.city}.",
            f"According to {self.cite_narrative()}, customers now expect brands to recognise them on every channel.",
            f"Personalisation is defined as tailoring content and offers to an individual's data and context {self.cite()}.",
            f"The {s} segment makes up around {n}% of online revenue, yet its conversion rate is only {r.randint(1, 4)}.{r.randint(0, 9)}%.",
            f"This matters because a returning visitor is worth roughly {r.randint(2, 6)} times a new one {self.cite()}.",
            "As a result, the team should focus on the moments where data already exists rather than buying more of it.",
            f"First-party data from the loyalty scheme, which has {r.randint(8, 140)},000 members, is the main asset here.",
            "However, the e-commerce platform still treats every visitor the same way, whatever their history.",
            f'One industry study puts it plainly: "personalisation done well lifts revenue by 5 to 15 per cent" {self.cite()}.',
            f"In practice, this means the {s} should see {p} that match their last visit and their location.",
            f"Competitors have already moved in this direction, and {o} risks looking dated if it does not follow.",
            f"The marketing team of {r.randint(3, 12)} people has the skills for email but limited experience of testing.",
        ]
        by_task = {
            "1": [
                f"Looking ahead, artificial intelligence will make real-time recommendations affordable for a firm the size of {o} {self.cite()}.",
                f"The loss of third-party cookies pushes {o} towards consented first-party data and contextual targeting.",
                f"Voice search and conversational interfaces are likely to become a further touchpoint within three years {self.cite()}.",
                f"For the {s}, mobile is the first channel: {n}% of their sessions start on a smartphone.",
                f"Dynamic content blocks in email can change the hero image according to past browsing {self.cite()}.",
            ],
            "2": [
                f"The plan follows the SOSTAC structure, moving from situation to control over {r.randint(6, 18)} months {self.cite()}.",
                f"Abandoned basket emails sent within one hour recover a meaningful share of lost sales {self.cite()}.",
                f"Re-marketing on social media will show the exact {p} a visitor viewed, capped at three impressions a day.",
                "Landing pages will be tested with A/B experiments, changing one element at a time.",
                f"The target is to raise the conversion rate from {r.randint(1, 2)}.{r.randint(0, 9)}% to {r.randint(3, 4)}.{r.randint(0, 9)}% by the end of the year.",
            ],
            "3": [
                "Implementation needs a clear owner, and a cross-functional team reporting to the marketing director.",
                f"Data protection under UK GDPR is the first risk, since consent must be explicit and recorded {self.cite()}.",
                f"A second risk is the so-called creepiness factor, where customers feel watched rather than helped {self.cite()}.",
                f"Staff will need training, and the budget of about £{r.randint(20, 90)},000 must be phased over two years.",
                "Technology integration is a third risk because the CRM and the website do not yet share a customer ID.",
            ],
        }
        pool = common + by_task[part[0]]
        return r.choice(pool)

    def paragraph(self, part: str, limit: int) -> str:
        sentences: list[str] = []
        words = 0
        for _ in range(self.rng.randint(3, 6)):
            sentence = self.sentence(part)
            if sentences and words + count(sentence) > limit:
                break
            sentences.append(sentence)
            words += count(sentence)
        return " ".join(sentences)

    def item(self, part: str) -> str:
        r = self.rng
        items = [
            f"Send a welcome series of three emails to new {self.segment} subscribers.",
            f"Show recently viewed {self.product} on the home page for returning visitors.",
            "Use location data to promote the nearest store and its opening hours.",
            f"Review consent wording with the data protection officer {self.cite()}.",
            "Test two subject lines and two hero images every month.",
            f"Retarget basket abandoners within {r.randint(1, 24)} hours on Instagram and Facebook.",
            "Report conversion, average order value and unsubscribe rate each week.",
            "Train the customer service team to read the single customer view.",
        ]
        return r.choice(items)


# --- tables -------------------------------------------------------------------------------------------------------


def _borders(table, spec: dict[str, str]) -> None:
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    inner = "".join(
        f'<w:{edge} w:val="{val}" w:sz="{4 if val != "nil" else 0}" w:space="0" w:color="auto"/>'
        if val != "nil"
        else f'<w:{edge} w:val="nil"/>'
        for edge, val in spec.items()
    )
    tbl_pr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{inner}</w:tblBorders>"))


def _look(table, first_row=True, first_col=False, banded=True) -> None:
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblLook")):
        tbl_pr.remove(old)
    tbl_pr.append(
        parse_xml(
            f'<w:tblLook {nsdecls("w")} w:val="04A0" w:firstRow="{int(first_row)}" w:lastRow="0" '
            f'w:firstColumn="{int(first_col)}" w:lastColumn="0" w:noHBand="{int(not banded)}" w:noVBand="1"/>'
        )
    )


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


ALL_NIL = {e: "nil" for e in ("top", "left", "bottom", "right", "insideH", "insideV")}


def table_data(w: Writer, part: str, k: int) -> tuple[str, list[list[str]]]:
    r = w.rng
    months = ["Month 1-2", "Month 3-4", "Month 5-6", "Month 7-9", "Month 10-12"]
    if part == "1a":
        return "Key facts about " + w.org, [
            ["Item", "Detail"],
            ["Sector", w.sector.capitalize()],
            ["Founded", str(r.randint(1950, 2015))],
            ["Turnover", f"£{r.randint(3, 90)}.{r.randint(0, 9)}m"],
            ["Employees", str(r.randint(40, 900))],
            ["Online share of sales", f"{r.randint(15, 60)}%"],
        ]
    if part in ("1b", "1c"):
        if k == 0:
            return "Current and emerging personalisation tools", [
                ["Development", "Now", "In 3 years", "Relevance"],
                ["Product recommendations", "Basic", "AI-driven", "High"],
                ["Email dynamic content", "Partial", "Full", "High"],
                ["Chatbots", "None", "Pilot", "Medium"],
                ["Location offers", "None", "App-based", "Medium"],
            ]
        return f"Profile of the {w.segment} segment", [
            ["Attribute", "Value"],
            ["Share of customers", f"{r.randint(10, 45)}%"],
            ["Average order value", f"£{r.randint(25, 180)}"],
            ["Preferred channel", r.choice(["Mobile app", "Instagram", "Email", "Website"])],
            ["Visits per month", str(r.randint(2, 9))],
        ]
    if part == "2a":
        if k == 0:
            rows = [["Action", "Owner", "Timing", "Cost"]]
            for i, act in enumerate(
                ["Audit checkout", "A/B test landing pages", "Launch basket emails", "Add reviews"]
            ):
                rows.append(
                    [act, r.choice(["Digital lead", "CRM manager", "Web team"]), months[i], f"£{r.randint(1, 15)},000"]
                )
            return "Action plan", rows
        return "Conversion KPIs", [
            ["KPI", "Baseline", "Target"],
            ["Conversion rate", f"{r.randint(1, 2)}.{r.randint(0, 9)}%", f"{r.randint(3, 4)}.{r.randint(0, 9)}%"],
            ["Basket abandonment", f"{r.randint(65, 80)}%", f"{r.randint(50, 64)}%"],
            ["Average order value", f"£{r.randint(30, 60)}", f"£{r.randint(61, 90)}"],
        ]
    if part == "2b":
        if k == 0:
            return "Content by stage of the journey", [
                ["Stage", "Content", "Channel"],
                ["Awareness", "Style guide video", "YouTube"],
                ["Consideration", "Recently viewed items", "Website"],
                ["Purchase", "Basket reminder", "Email"],
                ["Loyalty", "Birthday offer", "App"],
            ]
        return "Re-marketing budget", [
            ["Channel", "Monthly budget", "Frequency cap"],
            ["Meta", f"£{r.randint(1, 6)},{r.randint(100, 900)}", "3 a day"],
            ["Google Display", f"£{r.randint(1, 6)},{r.randint(100, 900)}", "5 a day"],
            ["Email", f"£{r.randint(200, 900)}", "2 a week"],
        ]
    if part == "3a":
        if k == 0:
            return "Implementation timeline", [
                ["Phase", "Activity", "Months"],
                ["1", "Data audit and consent review", "1-2"],
                ["2", "CRM and website integration", "3-6"],
                ["3", "Pilot with one segment", "7-9"],
                ["4", "Roll-out and review", "10-12"],
            ]
        return "Implementation budget", [
            ["Item", "Year 1", "Year 2"],
            ["Software licences", f"£{r.randint(10, 40)},000", f"£{r.randint(10, 40)},000"],
            ["Training", f"£{r.randint(2, 9)},000", f"£{r.randint(1, 5)},000"],
            ["Agency support", f"£{r.randint(5, 25)},000", f"£{r.randint(5, 25)},000"],
            ["Total", f"£{r.randint(40, 80)},000", f"£{r.randint(20, 60)},000"],
        ]
    return "Risk register", [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        ["Data breach", "Low", "High", "Encryption and access control"],
        ["Customer distrust", "Medium", "High", "Clear privacy notice"],
        ["Integration failure", "Medium", "Medium", "Phased testing"],
    ]


class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(39_000 + index)
        fake = Faker("en_GB")
        fake.seed_instance(39_000 + index)
        self.fake = fake
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.name, self.font, self.size, self.spacing, self.margin, self.scheme, self.tables = self.layout
        self.w = Writer(self.rng, fake)
        self.doc = docx.Document()
        self.words = {p: 0 for p in PARTS}
        self.headings: dict[str, str] = {}
        self.table_no = 0
        self.candidate = str(self.rng.randint(100000, 999999))

    # styles ----------------------------------------------------------------------------------------------------
    def setup(self) -> None:
        d = self.doc
        normal = d.styles["Normal"]
        normal.font.name = self.font
        normal.font.size = Pt(self.size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        normal.paragraph_format.line_spacing = self.spacing
        normal.paragraph_format.space_after = Pt(6 if self.spacing < 1.5 else 0)
        for name, size in (("Heading 1", self.size + 5), ("Heading 2", self.size + 2), ("Heading 3", self.size)):
            st = d.styles[name]
            st.font.name = self.font
            st.font.size = Pt(size)
            if self.rng.random() < 0.5:
                st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        sec = d.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(self.margin))
        # header with the candidate number, footer with the page number
        hp = sec.header.paragraphs[0]
        hp.text = f"Candidate number: {self.candidate}"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in hp.runs:
            run.font.size = Pt(self.rng.choice((10.5, 11, 12)))
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.paragraph_format.line_spacing = self.rng.choice((1.0, 1.15, 1.5))
        if self.rng.random() < 0.5:
            fp.add_run("Page ")
        fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

    # headings --------------------------------------------------------------------------------------------------
    def task_heading(self, task: str) -> None:
        titles = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}
        s = self.scheme
        if s == "compact":
            return  # no separate task headings: "1(a) ..." stands alone
        if s == "caps":
            text = f"TASK {task}"
        elif s == "numeric":
            text = f"{task}. {titles[task]}"
        elif s == "task_colon":
            text = f"Task {task}: {titles[task]}"
        else:
            text = f"Task {task}" + (f" – {titles[task]}" if self.rng.random() < 0.5 else "")
        if s in ("task_colon",):
            p = self.doc.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(self.size + 4)
            p.paragraph_format.space_before = Pt(12)
        else:
            self.doc.add_heading(text, level=1)

    def part_heading(self, part: str, with_title: bool) -> None:
        t, letter = part[0], part[1]
        title = PART_TITLES[part]
        s = self.scheme
        if s == "task_paren":
            text = f"Task {t} ({letter})"
        elif s == "compact":
            text = f"{t}({letter})"
        elif s == "task_colon":
            text = f"Task {t}{letter}:"
        elif s == "part_paren":
            text = f"Part {t} ({letter})"
        elif s == "caps":
            text = f"TASK {t} – PART {letter.upper()}"
        elif s == "task_dash":
            text = f"Task {t} ({letter})"
        else:
            text = f"Part {t}{letter}"
        if with_title:
            sep = {"task_dash": " – ", "caps": ": ", "task_colon": " "}.get(s, " ")
            text = f"{text}{sep}{title.upper() if s == 'caps' else title}"
        self.headings[part] = text
        if s == "task_colon":
            p = self.doc.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(self.size + 2)
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
        elif s == "compact":
            self.doc.add_heading(text, level=1)
        else:
            self.doc.add_heading(text, level=2)

    def sub_heading(self, text: str) -> None:
        if self.scheme == "task_colon":
            p = self.doc.add_paragraph()
            run = p.add_run(text)
            run.italic = True
            run.bold = True
            run.font.size = Pt(self.size)
            p.paragraph_format.keep_with_next = True
        elif self.scheme == "compact":
            self.doc.add_heading(text, level=2)
        else:
            self.doc.add_heading(text, level=3)

    # body ------------------------------------------------------------------------------------------------------
    def body(self, part: str, limit: int) -> int:
        text = self.w.paragraph(part, limit)
        self.doc.add_paragraph(text)
        n = count(text)
        self.words[part] += n
        return n

    def bullets(self, part: str) -> int:
        r = self.rng
        style = r.choice(("List Bullet", "List Number", "typed"))
        n = 0
        for i in range(r.randint(3, 5)):
            item = self.w.item(part)
            if style == "typed":
                item = f"{i + 1}. {item}"
                self.doc.add_paragraph(item)
            else:
                self.doc.add_paragraph(item, style=style)
            n += count(item)
        self.words[part] += n
        return n

    def caption(self, title: str) -> None:
        self.table_no += 1
        text = f"Table {self.table_no}: {title}"
        style = "Caption"
        p = self.doc.add_paragraph(text, style=style)
        p.paragraph_format.keep_with_next = True

    def table(self, part: str, k: int) -> None:
        title, rows = table_data(self.w, part, k)
        scheme = self.tables
        if scheme == "mixed":
            scheme = self.rng.choice(("plain", "grid", "rules", "borderless", "list", "shading"))
        caption_above = self.rng.random() < 0.6
        if caption_above:
            self.caption(title)
        first_col_bold = False
        if scheme == "plain":
            t = self.doc.add_table(rows=len(rows), cols=len(rows[0]), style="Table Grid")
            _look(t, banded=False)
        elif scheme == "grid":
            t = self.doc.add_table(
                rows=len(rows),
                cols=len(rows[0]),
                style=self.rng.choice(("Light Grid Accent 1", "Medium Grid 1 Accent 5")),
            )
            _look(t, first_col=True, banded=True)
        elif scheme == "rules":
            t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
            _borders(
                t,
                {
                    "top": "single",
                    "bottom": "single",
                    "insideH": "single",
                    "left": "nil",
                    "right": "nil",
                    "insideV": "nil",
                },
            )
            _look(t, banded=False)
        elif scheme == "borderless":
            t = self.doc.add_table(rows=len(rows), cols=len(rows[0]), style="Table Grid")
            _borders(t, ALL_NIL)
            _look(t, first_col=True, banded=False)
            first_col_bold = True
        elif scheme == "list":
            t = self.doc.add_table(
                rows=len(rows),
                cols=len(rows[0]),
                style=self.rng.choice(("Light List Accent 1", "Medium List 2 Accent 1")),
            )
            _look(t, banded=True)
        else:
            t = self.doc.add_table(
                rows=len(rows),
                cols=len(rows[0]),
                style=self.rng.choice(("Medium Shading 1 Accent 1", "Light Shading Accent 2")),
            )
            _look(t, first_col=self.rng.random() < 0.5, banded=True)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_fill = self.rng.choice(("D9E2F3", "1F3864", "E2EFD9")) if scheme in ("plain", "rules") else None
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                cell = t.cell(i, j)
                cell.text = value
                para = cell.paragraphs[0]
                para.paragraph_format.line_spacing = 1.0
                para.paragraph_format.space_after = Pt(0)
                for run in para.runs:
                    run.font.size = Pt(min(self.size, 11) - 1)
                    if i == 0 and scheme in ("plain", "rules", "borderless"):
                        run.bold = True
                    if j == 0 and first_col_bold:
                        run.bold = True
                    if i == 0 and header_fill == "1F3864":
                        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                if i == 0 and header_fill:
                    _shade(cell, header_fill)
        if not caption_above:
            self.caption(title)
        else:
            spacer = self.doc.add_paragraph()
            spacer.paragraph_format.space_after = Pt(0)

    def write_part(self, part: str, target: int, with_title: bool) -> None:
        self.part_heading(part, with_title)
        r = self.rng
        n_tables = 1 if part == "1a" else r.choice((1, 1, 2))
        table_at = sorted(r.sample(range(1, 6), n_tables))
        subs = part != "1a" and r.random() < 0.5
        written = 0
        step = 0
        k = 0
        sub_titles = ["Context", "Evidence", "Recommendations", "Next steps", "Measurement"]
        while written < target:
            remaining = target - written
            if subs and step in (0, 3) and remaining > 120:
                self.sub_heading(sub_titles[step // 3 + (0 if part < "2" else 2)])
            if step in table_at:
                self.table(part, k)
                k += 1
                table_at = [a for a in table_at if a != step]
            if part != "1a" and step == 2 and remaining > 80 and r.random() < 0.6:
                written += self.bullets(part)
            else:
                written += self.body(part, max(remaining, 20))
            step += 1
        for _ in table_at:
            self.table(part, k)
            k += 1

    def build(self) -> tuple[bytes, Truth]:
        self.setup()
        r = self.rng
        doc = self.doc
        # cover page
        if r.random() < 0.75:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run("CIM Level 6 – Mastering Digital Channels")
            run.bold = True
            run.font.size = Pt(self.size + 6)
            for line in (
                f"Assignment for {self.w.org}",
                f"Candidate number: {self.candidate}",
                f"Submitted {self.fake.date_between(start_date='-2y', end_date='today').strftime('%B %Y')}",
            ):
                q = doc.add_paragraph(line)
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        with_title = r.random() < 0.6
        factor = r.choice((0.62, 0.8, 0.92, 0.97, 1.02, 1.07, 1.13))
        targets = {"1a": r.randint(150, 210) if self.spacing >= 1.5 or self.size >= 13 else r.randint(230, 340)}
        for group, (a, b) in LIMIT_GROUPS.items():
            total = int({"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}[group] * factor * r.uniform(0.95, 1.0))
            share = r.uniform(0.4, 0.6)
            targets[a] = int(total * share)
            targets[b] = total - targets[a]
        for task in ("1", "2", "3"):
            self.task_heading(task)
            for part in PARTS:
                if part[0] == task:
                    self.write_part(part, targets[part], with_title)
                    if part == "1a" and r.random() < 0.5:
                        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            group = {"1": "task1-bc", "2": "task2-ab", "3": "task3-ab"}[task]
            if r.random() < 0.5:
                total = sum(self.words[p] for p in LIMIT_GROUPS[group])
                q = doc.add_paragraph(f"Word count: {total:,}")
                q.runs[0].italic = True
        # reference list
        if r.random() < 0.5:
            doc.add_page_break()
        doc.add_heading("References", level=1)
        for i in sorted(self.w.cited, key=lambda i: AUTHORS[i][0]):
            a, y, title, pub = AUTHORS[i]
            doc.add_paragraph(f"{a} ({y}) {title}. {pub}.")
        buf = io.BytesIO()
        doc.save(buf)
        part_words = dict(self.words)
        group_words = {g: sum(part_words[p] for p in members) for g, members in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=self.name,
            split="",
            part_words=part_words,
            group_words=group_words,
            words_all=sum(part_words.values()),
            headings=dict(self.headings),
        )
        return buf.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    return Report(index).build()
