"""Pool 40: CIM 2206 reports that line figures and plans up in columns without rules.

Written by an independent hand from the pool brief, without reading marker's readers. The reports carry borderless
Word tables, banded list-style tables with no vertical rules, tables with only a coloured header row, columns typed
as paragraphs with tab stops and leader dots, two-column fact lists made with tabs, KPI and budget grids of numbers
without borders, and a few ordinary ruled tables among them. Truth is counted while each paragraph is written:
tables, captions, headings, headers, footers, the cover, word-count lines and the reference list are not counted;
body paragraphs, list items and tab-aligned paragraphs (typed body text) are.
"""

from __future__ import annotations

import io
import random

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports that line figures and plans up in columns without rules: borderless tables, banded list tables, "
    "header-row-only tables, tab-stop columns with leader dots, tab fact lists, borderless KPI and budget grids"
)
REPORTS = 28

LAYOUTS = (
    "borderless_kpi_grids",
    "banded_list_tables",
    "coloured_header_row",
    "leader_dot_columns",
    "tab_fact_lists",
    "mixed_ruled_and_plain",
    "decimal_tab_budget",
)

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
LIMITS = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
TASK_TITLES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}

CITES = (
    "(Chaffey and Ellis-Chadwick, 2019)",
    "(Chaffey and Smith, 2017)",
    "(Kotler and Keller, 2016)",
    "(Ryan, 2016)",
    "(Kingsnorth, 2019)",
    "(Lemon and Verhoef, 2016)",
    "(Dahiya, 2020)",
    "(Tiago and Veríssimo, 2014)",
    "(Strauss and Frost, 2014)",
    "(Jobber and Ellis-Chadwick, 2020)",
)
REFERENCES = (
    "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing: strategy, implementation and practice. 7th edn. "
    "Harlow: Pearson.",
    "Chaffey, D. and Smith, P.R. (2017) Digital marketing excellence. 5th edn. Abingdon: Routledge.",
    "Dahiya, R. (2020) 'Personalisation in online retail', Journal of Retailing, 96(2), pp. 120-134.",
    "Jobber, D. and Ellis-Chadwick, F. (2020) Principles and practice of marketing. 9th edn. London: McGraw-Hill.",
    "Kingsnorth, S. (2019) Digital marketing strategy. 2nd edn. London: Kogan Page.",
    "Kotler, P. and Keller, K.L. (2016) Marketing management. 15th edn. Harlow: Pearson.",
    "Lemon, K.N. and Verhoef, P.C. (2016) 'Understanding customer experience throughout the customer journey', "
    "Journal of Marketing, 80(6), pp. 69-96.",
    "Ryan, D. (2016) Understanding digital marketing. 4th edn. London: Kogan Page.",
    "Strauss, J. and Frost, R. (2014) E-marketing. 7th edn. Harlow: Pearson.",
    "Tiago, M.T. and Veríssimo, J.M. (2014) 'Digital marketing and social media', Business Horizons, 57(6), "
    "pp. 703-708.",
)

SECTORS = ("home furnishings", "outdoor clothing", "pet supplies", "craft beer", "cycling equipment", "skincare")
SEGMENTS = ("young professionals", "families with young children", "retired active buyers", "students")

GENERIC = (
    "{org} trades in {sector} and reported revenue of £{rev} million last year, with {online}% of sales online.",
    "Customers now expect each touchpoint to recognise them and to remember what they did last time {cite}.",
    "The website receives about {visits} visits a month, yet only {conv}% of sessions end in a purchase.",
    "Email remains the strongest channel for repeat orders, returning £{roi} for every pound spent {cite}.",
    "Personalisation is defined as tailoring content, offers and timing to what is known about an individual {cite}.",
    "The {segment} segment makes up {share}% of active customers and buys {freq} times a year on average.",
    "Competitors such as {rival} already show recommended products on every page and in every basket email.",
    'As one author puts it, "relevance earns attention, and attention earns the sale" {cite}.',
    "Data held in the CRM is patchy, because store and online purchases are recorded in separate systems.",
    "A single customer view would let the team see browsing, purchases and service contacts together {cite}.",
    "Mobile visits have grown to {mobile}% of traffic, so every personalised element must work on a small screen.",
    "The GDPR requires a lawful basis for processing, and consent must be as easy to withdraw as to give {cite}.",
    "Testing each change against a control group shows whether it lifts conversion or only moves it around.",
    "Budget constraints mean the plan has to prove its value within the first two quarters of the year.",
    "Staff in marketing and IT will need training so that the tools are used well rather than merely installed.",
    "Social media data adds interests and life events that purchase history alone cannot reveal {cite}.",
    "Trust is the foundation of any data exchange, so the value to the customer must be made obvious {cite}.",
    "Search data shows that {segment} often compare prices on two or three sites before they decide.",
    "The customer journey is rarely linear, and most buyers move between channels several times {cite}.",
    "Store staff can add to the picture by recording preferences at the till, with the customer's agreement.",
    "A content calendar keeps messages consistent, so that personalised offers do not contradict each other.",
    "Marketing automation reduces the manual work of sending the right message at the right moment {cite}.",
    "Reviews and ratings from similar customers act as social proof and reduce the perceived risk of buying.",
    "The board has asked for evidence of return on investment before the second phase is approved.",
    "Benchmarks from the sector suggest that a conversion rate of around {convt}% is realistic {cite}.",
    "Location data can tailor offers to the nearest store, for example by showing local stock levels.",
    "Loyalty members spend more per visit than other customers, which makes them a natural first audience.",
    "Customer lifetime value gives a better guide to spending than the margin on a single order {cite}.",
    "Clear dashboards help managers see which personalised elements work and which should be retired.",
    "Accessibility matters too, because personalised pages must still work with screen readers and large text.",
)
TOPICAL = {
    "1a": (
        "{org} was founded in {year} and employs {staff} people across {stores} stores and a central warehouse.",
        "Its mission is to make good {sector} affordable and easy to buy in whatever way the customer prefers.",
        "The main digital channels are the website, an app launched in {applaunch}, email and three social networks.",
        "Its value proposition rests on range, friendly advice and free delivery on orders over £{threshold}.",
    ),
    "1b": (
        "Rule-based personalisation, such as a welcome email after sign-up, is where most firms in the sector began "
        "{cite}.",
        "Predictive models now estimate each visitor's next purchase and reorder the home page to match {cite}.",
        "Voice assistants and conversational chat are likely to become the next personalised touchpoints {cite}.",
        "The loss of third-party cookies pushes firms towards first-party data collected with clear consent.",
        "Real-time personalisation changes the page within the session, rather than in the next campaign {cite}.",
    ),
    "1c": (
        "The {segment} segment values convenience and tends to browse on mobile during the evening.",
        "For this segment the home page could lead with bundles that match their most recent browsing {cite}.",
        "Push notifications timed to their usual visiting hours would keep the brand in mind without annoying them.",
        "Their journey often starts on social media, so retargeted adverts should continue the same story.",
    ),
    "2a": (
        "The first action is to audit the checkout, where {abandon}% of baskets are currently abandoned {cite}.",
        "Each action has an owner, a deadline and a measure, so that progress can be reviewed every month.",
        "Conversion rate optimisation works best as a cycle of research, hypothesis, test and learning {cite}.",
        "A SMART objective is to raise the conversion rate from {conv}% to {convt}% within twelve months.",
    ),
    "2b": (
        "A returning visitor who viewed a product three times would see it again with reviews from similar buyers.",
        "Re-marketing emails sent within an hour of abandonment recover far more baskets than next-day emails {cite}.",
        "Dynamic display adverts can show the exact items left behind, with a reminder of free delivery.",
        "Frequency caps stop re-marketing from following customers around the web until they resent it {cite}.",
    ),
    "3a": (
        "A phased roll-out starting with email lets the team learn before committing to the full platform {cite}.",
        "Governance should sit with a steering group that meets monthly and reports to the board each quarter.",
        "The recommended platform integrates with the existing e-commerce system through a standard interface.",
        "Change management matters as much as technology, because habits in the team take time to shift {cite}.",
    ),
    "3b": (
        "The first risk is a data breach, which would damage trust and could bring a fine from the regulator {cite}.",
        "The second risk is that personalisation feels intrusive, the so-called creepiness factor {cite}.",
        "The third risk is poor data quality, which leads to irrelevant offers and wasted budget.",
        "Each risk can be reduced, though none can be removed entirely, so it must be monitored over time.",
    ),
}
SUBHEADS = {
    "1a": ("Background", "Products and channels", "Customers"),
    "1b": ("Where personalisation stands today", "Emerging developments", "Implications for the firm"),
    "1c": ("Segment profile", "Channel by channel", "Expected outcomes"),
    "2a": ("Objectives", "Actions and timing", "Measuring progress"),
    "2b": ("Personalised content", "Re-marketing", "Illustrative journey"),
    "3a": ("Resources", "Governance and roll-out", "Justification"),
    "3b": ("Data security", "Customer perception", "Data quality"),
}
BULLETS = (
    "Collect preferences at sign-up with a short, optional form",
    "Link store loyalty cards to online accounts {cite}",
    "Show recently viewed products on the home page",
    "Send a browse-abandonment email within two hours",
    "Test subject lines with a ten per cent control group",
    "Review consent records every quarter",
    "Train staff on the new dashboard in week three",
    "Report conversion by segment to the board monthly",
    "Cap re-marketing adverts at five a week per person",
    "Publish a plain-English privacy notice on every form",
)


class Writer:
    """Makes sentences for one report from its own random stream."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.org = fake.company().replace(",", "")
        self.rival = fake.company().replace(",", "")
        self.city = fake.city()
        self.used: set[str] = set()
        self.values = {
            "org": self.org,
            "rival": self.rival,
            "sector": rng.choice(SECTORS),
            "segment": rng.choice(SEGMENTS),
            "rev": f"{rng.randint(12, 240)}.{rng.randint(1, 9)}",
            "online": str(rng.randint(22, 71)),
            "visits": f"{rng.randint(80, 990)},000",
            "conv": f"{rng.randint(11, 29) / 10:.1f}",
            "convt": f"{rng.randint(31, 45) / 10:.1f}",
            "roi": str(rng.randint(28, 42)),
            "share": str(rng.randint(14, 38)),
            "freq": str(rng.randint(2, 7)),
            "mobile": str(rng.randint(55, 78)),
            "year": str(rng.randint(1968, 2012)),
            "staff": f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
            "stores": str(rng.randint(12, 140)),
            "applaunch": str(rng.randint(2015, 2019)),
            "threshold": str(rng.choice((30, 40, 50, 75))),
            "abandon": str(rng.randint(61, 79)),
        }

    def fill(self, template: str) -> str:
        return template.format(cite=self.rng.choice(CITES), **self.values)

    def sentence(self, part: str) -> str:
        pool = TOPICAL[part] if self.rng.random() < 0.5 else GENERIC
        return self.fill(self.rng.choice(pool))

    def paragraph(self, part: str, words: int) -> str:
        out: list[str] = []
        while sum(count(s) for s in out) < words:
            sentence = self.sentence(part)
            for _ in range(6):
                if sentence not in self.used:
                    break
                sentence = self.sentence(part)
            self.used.add(sentence)
            out.append(sentence)
        return " ".join(out)


# --- raw WordprocessingML helpers ------------------------------------------------------------------------------
def _borders(table, spec: dict[str, str]) -> None:
    """Set the table's borders: side -> 'none' or 'single:SIZE:COLOUR'."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    inner = []
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        value = spec.get(side, "none")
        if value == "none":
            inner.append(f'<w:{side} w:val="nil"/>')
        else:
            _, size, colour = value.split(":")
            inner.append(f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{colour}"/>')
    tbl_pr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{''.join(inner)}</w:tblBorders>"))


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _cell_bottom(cell, size: int, colour: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(
        parse_xml(
            f'<w:tcBorders {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="0" '
            f'w:color="{colour}"/></w:tcBorders>'
        )
    )


def _page_field(paragraph, prefix: str) -> None:
    if prefix:
        paragraph.add_run(prefix)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


# --- the report ------------------------------------------------------------------------------------------------
class Report:
    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(40_000 + index * 7919)
        fake = Faker("en_GB")
        fake.seed_instance(40_000 + index)
        self.w = Writer(self.rng, fake)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        self.doc = docx.Document()
        self.part: str | None = None
        self.words = {p: 0 for p in PARTS}
        self.headings: dict[str, str] = {}
        rng = self.rng
        self.font = rng.choice(("Calibri", "Arial", "Times New Roman", "Georgia", "Verdana", "Cambria"))
        self.size = rng.choice((10.5, 11, 11, 12, 12, 13, 14))
        self.spacing = rng.choice((1.0, 1.15, 1.15, 1.5, 1.5, 2.0))
        self.margin = rng.choice((1.8, 2.0, 2.54, 2.54, 3.0))
        self.accent = rng.choice(("1F4E79", "2E74B5", "833C0B", "375623", "7030A0", "C00000"))
        self.with_title = rng.random() < 0.6
        self.small = rng.choice((10, 10.5, 11, 12))

    # -- setup
    def setup(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.name = self.font
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        normal.font.size = Pt(self.size)
        normal.paragraph_format.line_spacing = self.spacing
        normal.paragraph_format.space_after = Pt(self.rng.choice((0, 6, 8, 10)))
        for name in ("Heading 1", "Heading 2", "Heading 3"):
            style = self.doc.styles[name]
            style.font.name = self.font
            style.font.color.rgb = RGBColor.from_string(self.accent)
        self.doc.styles["Heading 1"].font.size = Pt(self.size + 5)
        self.doc.styles["Heading 2"].font.size = Pt(self.size + 2.5)
        self.doc.styles["Heading 3"].font.size = Pt(self.size)
        section = self.doc.sections[0]
        section.page_height = Cm(29.7)
        section.page_width = Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(self.margin))

    def header_footer(self, section) -> None:
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.text = f"Candidate number: {self.candidate}"
        header.alignment = self.rng.choice((WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT))
        footer = section.footer.paragraphs[0]
        footer.alignment = self.rng.choice((WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT))
        _page_field(footer, self.rng.choice(("", "Page ")))
        hf_size = Pt(self.rng.choice((10, 11, 12)))
        hf_spacing = self.rng.choice((1.0, 1.15, 1.5))
        for paragraph in (header, footer):
            paragraph.paragraph_format.line_spacing = hf_spacing
            for run in paragraph.runs:
                run.font.size = hf_size

    # -- counted and uncounted paragraphs
    def body(self, text: str, style: str | None = None):
        paragraph = self.doc.add_paragraph(text, style=style)
        assert self.part is not None
        self.words[self.part] += count(text)
        return paragraph

    def plain(self, text: str, style: str | None = None):
        return self.doc.add_paragraph(text, style=style)

    def heading_para(self, text: str, level: int):
        """A heading as this layout makes it (level 1 task, 2 part, 3 sub-heading)."""
        kind = self.heading_kind
        if kind == "styles":
            return self.doc.add_heading(text, level=level)
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = level < 3
        run.italic = level == 3
        run.font.size = Pt(self.size + {1: 4, 2: 2, 3: 0}[level])
        if kind == "underlined" and level == 2:
            run.underline = True
        if level < 3:
            run.font.color.rgb = RGBColor.from_string(self.accent)
        paragraph.paragraph_format.space_before = Pt(12 if level < 3 else 6)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def part_label(self, part: str) -> str:
        task, letter = part[0], part[1]
        title = PART_TITLES[part]
        style = self.label_style
        if style == "task_part":
            label = f"Task {task} Part ({letter})"
            return f"{label}: {title}" if self.with_title else label
        if style == "short":
            return f"{part}. {title}" if self.with_title else f"{part}."
        if style == "dash":
            return f"Task {task} - ({letter}) {title}" if self.with_title else f"Task {task} - ({letter})"
        if style == "part_of":
            label = f"Part {letter.upper()} of Task {task}"
            return f"{label}: {title}" if self.with_title else label
        if style == "tee":
            return f"T{task}({letter}) {title}" if self.with_title else f"T{task}({letter})"
        return f"Task {task}: Part ({letter}) {title}" if self.with_title else f"Task {task}: Part ({letter})"

    def task_heading(self, task: str) -> None:
        form = self.rng.choice(("Task {t}: {title}", "TASK {t}", "Task {t} - {title}", "Task {t}"))
        self.heading_para(form.format(t=task, title=TASK_TITLES[task]), 1)

    def start_part(self, part: str) -> None:
        text = self.part_label(part)
        self.heading_para(text, 2)
        self.headings[part] = text
        self.part = part

    # -- column material
    def caption(self, text: str) -> None:
        paragraph = self.plain(text, style="Caption")
        paragraph.paragraph_format.keep_with_next = False

    def table(self, rows: list[list[str]], kind: str) -> None:
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if kind == "ruled":
            table.style = self.doc.styles["Table Grid"]
        else:
            table.style = self.doc.styles["Table Grid"]
            _borders(table, {})
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                paragraph = cell.paragraphs[0]
                paragraph.paragraph_format.space_after = Pt(2)
                paragraph.paragraph_format.line_spacing = 1.0
                if c > 0 and value[:1] in "£0123456789-+":
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for run in paragraph.runs:
                    run.font.size = Pt(min(self.size, 11) - 0.5)
                    if r == 0:
                        run.bold = True
                if kind == "banded":
                    if r == 0:
                        _cell_bottom(cell, 8, self.accent)
                    elif r % 2 == 1:
                        _shade(cell, "DEEAF6")
                if kind == "header_row" and r == 0:
                    _shade(cell, self.accent)
                    for run in paragraph.runs:
                        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if kind == "banded":
            _borders(table, {"top": f"single:4:{self.accent}", "bottom": f"single:4:{self.accent}"})
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def tab_block(self, rows: list[tuple[str, str]], leader: bool, align: str = "right") -> None:
        """Two columns typed as paragraphs with one tab stop (counted: it is body text)."""
        section = self.doc.sections[-1]
        width = section.page_width - section.left_margin - section.right_margin
        for label, value in rows:
            paragraph = self.body(f"{label}\t{value}")
            paragraph.paragraph_format.space_after = Pt(0)
            stops = paragraph.paragraph_format.tab_stops
            if align == "right":
                stops.add_tab_stop(
                    width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES
                )
            elif align == "decimal":
                stops.add_tab_stop(
                    int(width * 0.8), WD_TAB_ALIGNMENT.DECIMAL, WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES
                )
            else:
                stops.add_tab_stop(Cm(5.5), WD_TAB_ALIGNMENT.LEFT)
        self.doc.paragraphs[-1].paragraph_format.space_after = Pt(8)

    def multi_tab_block(self, rows: list[list[str]]) -> None:
        """Three or four columns typed with tab stops (counted)."""
        for r, row in enumerate(rows):
            paragraph = self.body("\t".join(row))
            paragraph.paragraph_format.space_after = Pt(0)
            stops = paragraph.paragraph_format.tab_stops
            for i in range(1, len(row)):
                stops.add_tab_stop(Cm(4.5 + (i - 1) * 3.6), WD_TAB_ALIGNMENT.LEFT)
            if r == 0:
                for run in paragraph.runs:
                    run.bold = True
        self.doc.paragraphs[-1].paragraph_format.space_after = Pt(8)

    # -- data for columns
    def kpi_rows(self) -> list[list[str]]:
        rng = self.rng
        rows = [["Metric", "Baseline", "Target", "By"]]
        for metric in rng.sample(
            [
                "Conversion rate",
                "Basket abandonment",
                "Email open rate",
                "Repeat purchase rate",
                "App sessions",
                "Average order value",
                "Click-through rate",
                "Opt-in rate",
            ],
            rng.randint(3, 5),
        ):
            if metric == "Average order value":
                base = rng.randint(35, 90)
                rows.append([metric, f"£{base}", f"£{base + rng.randint(4, 15)}", f"Q{rng.randint(1, 4)}"])
            elif metric == "App sessions":
                base = rng.randint(20, 90)
                rows.append([metric, f"{base},000", f"{base + rng.randint(5, 30)},000", f"Q{rng.randint(1, 4)}"])
            elif metric in ("Conversion rate", "Click-through rate"):
                base = rng.randint(8, 45) / 10
                rows.append([metric, f"{base:.1f}%", f"{base * rng.uniform(1.1, 1.4):.1f}%", f"Q{rng.randint(1, 4)}"])
            else:
                base = rng.randint(100, 600) / 10
                rows.append([metric, f"{base:.1f}%", f"{base * rng.uniform(1.05, 1.3):.1f}%", f"Q{rng.randint(1, 4)}"])
        return rows

    def budget_rows(self) -> list[list[str]]:
        rng = self.rng
        rows = [["Item", "Q1", "Q2", "Total"]]
        for item in rng.sample(
            [
                "Personalisation platform",
                "CRM integration",
                "Paid social",
                "Paid search",
                "Email software",
                "Staff training",
                "A/B testing tool",
                "Agency support",
            ],
            rng.randint(3, 6),
        ):
            q1, q2 = rng.randint(2, 40) * 500, rng.randint(2, 40) * 500
            rows.append([item, f"£{q1:,}", f"£{q2:,}", f"£{q1 + q2:,}"])
        return rows

    def plan_rows(self) -> list[list[str]]:
        rng = self.rng
        rows = [["Action", "Owner", "Deadline", "Measure"]]
        actions = [
            "Audit checkout",
            "Launch welcome series",
            "Add product reviews",
            "Segment email list",
            "Test home page banners",
            "Set up cart emails",
            "Install heat mapping",
        ]
        owners = ["Digital manager", "CRM lead", "UX designer", "Content team", "Agency"]
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct"]
        for action in rng.sample(actions, rng.randint(3, 6)):
            rows.append([action, rng.choice(owners), f"{rng.choice(months)} 2020", f"{rng.randint(2, 20)}% uplift"])
        return rows

    def risk_rows(self) -> list[list[str]]:
        rng = self.rng
        rows = [["Risk", "Likelihood", "Impact", "Mitigation"]]
        for risk, mitigation in (
            ("Data breach", "Encryption and access audit"),
            ("Intrusive feel", "Preference centre"),
            ("Poor data quality", "Monthly cleansing"),
        ):
            rows.append([risk, rng.choice(("Low", "Medium", "High")), rng.choice(("Medium", "High")), mitigation])
        return rows

    def facts(self) -> list[tuple[str, str]]:
        v = self.w.values
        return [
            ("Founded", v["year"]),
            ("Head office", self.w.city),
            ("Sector", v["sector"].capitalize()),
            ("Employees", v["staff"]),
            ("Revenue", f"£{v['rev']}m"),
            ("Online share", f"{v['online']}%"),
            ("Stores", v["stores"]),
        ][: self.rng.randint(4, 7)]

    # -- a column element as this layout makes it
    def columns(self, part: str, number: int) -> None:
        rng = self.rng
        data = {
            "1a": self.kpi_rows,
            "1b": self.kpi_rows,
            "1c": self.kpi_rows,
            "2a": self.plan_rows,
            "2b": self.budget_rows,
            "3a": self.budget_rows,
            "3b": self.risk_rows,
        }[part]()
        name = {
            "1a": "Key figures",
            "1b": "Indicators",
            "1c": "Segment targets",
            "2a": "Action plan",
            "2b": "Campaign budget",
            "3a": "Implementation budget",
            "3b": "Risk assessment",
        }[part]
        layout = self.layout
        if layout == "borderless_kpi_grids":
            kind = "plain"
        elif layout == "banded_list_tables":
            kind = "banded" if rng.random() < 0.8 else "plain"
        elif layout == "coloured_header_row":
            kind = "header_row" if rng.random() < 0.8 else "ruled"
        elif layout == "mixed_ruled_and_plain":
            kind = rng.choice(("ruled", "plain", "header_row", "banded"))
        elif layout == "leader_dot_columns":
            kind = "tabs_leader" if rng.random() < 0.7 else "plain"
        elif layout == "tab_fact_lists":
            kind = "tabs_multi" if rng.random() < 0.6 else "plain"
        else:
            kind = "tabs_decimal" if part in ("2b", "3a") or rng.random() < 0.4 else "banded"
        caption = f"Table {number}: {name}"
        above = rng.random() < 0.5
        if kind.startswith("tabs"):
            if rng.random() < 0.5:
                self.caption(caption)
            if kind == "tabs_leader":
                self.tab_block([(row[0], row[-1]) for row in data[1:]], leader=True)
            elif kind == "tabs_decimal":
                self.tab_block([(row[0], row[-1]) for row in data[1:]], leader=rng.random() < 0.5, align="decimal")
            else:
                self.multi_tab_block(data)
            return
        if above:
            self.caption(caption)
        self.table(data, kind)
        if not above:
            self.caption(caption)

    # -- parts
    def write_part(self, part: str, target: int) -> None:
        rng = self.rng
        self.start_part(part)
        use_columns = part != "1a" and rng.random() < 0.75
        use_sub = rng.random() < 0.45
        use_list = rng.random() < 0.45
        if part == "1a" and self.layout in ("tab_fact_lists", "leader_dot_columns", "decimal_tab_budget"):
            self.body(self.w.paragraph("1a", rng.randint(30, 50)))
            self.tab_block(
                self.facts(),
                leader=self.layout == "leader_dot_columns",
                align="left" if self.layout == "tab_fact_lists" else "right",
            )
        elif part == "1a" and rng.random() < 0.5:
            self.body(self.w.paragraph("1a", rng.randint(30, 50)))
            self.table(
                [["Fact", "Detail"], *[[a, b] for a, b in self.facts()]],
                "plain" if self.layout != "coloured_header_row" else "header_row",
            )
        n_paras = max(2, target // rng.randint(85, 140))
        column_at = rng.randint(1, n_paras - 1) if use_columns else -1
        sub_at = rng.randint(1, n_paras - 1) if use_sub else -1
        list_at = rng.randint(1, n_paras - 1) if use_list else -1
        for i in range(n_paras):
            if i == sub_at:
                self.heading_para(rng.choice(SUBHEADS[part]), 3)
            if i == list_at:
                style = rng.choice(("List Bullet", "List Number"))
                for bullet in rng.sample(BULLETS, rng.randint(3, 5)):
                    self.body(self.w.fill(bullet), style=style)
            if i == column_at:
                self.table_no += 1
                self.columns(part, self.table_no)
            remaining = target - self.words[part]
            if remaining < 25:
                break
            per = remaining if i == n_paras - 1 else max(25, remaining // (n_paras - i))
            self.body(self.w.paragraph(part, per))

    def build(self) -> tuple[bytes, Truth]:
        rng = self.rng
        self.setup()
        self.heading_kind = {
            "borderless_kpi_grids": "styles",
            "banded_list_tables": "bold",
            "coloured_header_row": "styles",
            "leader_dot_columns": "underlined",
            "tab_fact_lists": "bold",
            "mixed_ruled_and_plain": "styles",
            "decimal_tab_budget": rng.choice(("bold", "styles")),
        }[self.layout]
        self.label_style = rng.choice(("task_part", "short", "dash", "part_of", "tee", "colon"))
        self.candidate = f"{rng.randint(100000, 999999)}"
        self.table_no = 0
        self.header_footer(self.doc.sections[0])

        # cover page
        for _ in range(rng.randint(3, 7)):
            self.plain("")
        cover = [
            ("CIM Level 6 Digital Diploma in Professional Marketing", 16),
            ("Mastering Digital Channels (2206)", 20),
            (f"Assignment: {self.w.org}", 14),
            (f"Candidate number: {self.candidate}", 12),
            (rng.choice(("July 2019", "December 2019", "March 2020")), 12),
        ]
        for text, size in cover:
            paragraph = self.plain("")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(text)
            run.font.size = Pt(size)
            run.bold = size >= 16
        if rng.random() < 0.5:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

        # sizes
        density = 480 * (11 / self.size) ** 2 / self.spacing * ((21 - 2 * self.margin) / 16)
        sizes = {"1a": int(density * rng.uniform(0.45, 0.7))}
        for group, parts in LIMIT_GROUPS.items():
            kind = rng.random()
            factor = (
                rng.uniform(1.02, 1.1)
                if kind < 0.3
                else rng.uniform(0.9, 1.0)
                if kind < 0.75
                else (rng.uniform(0.55, 0.8))
            )
            total = int(LIMITS[group] * factor)
            share = rng.uniform(0.4, 0.6)
            sizes[parts[0]] = int(total * share)
            sizes[parts[1]] = total - sizes[parts[0]]

        word_lines = rng.random() < 0.35
        for task in ("1", "2", "3"):
            if task != "1" and rng.random() < 0.5:
                self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            self.task_heading(task)
            for part in (p for p in PARTS if p[0] == task):
                self.write_part(part, sizes[part])
            if word_lines:
                group = f"task{task}-" + ("bc" if task == "1" else "ab")
                total = sum(self.words[p] for p in LIMIT_GROUPS[group])
                line = self.plain(f"Word count: {total:,}")
                line.runs[0].italic = True

        self.part = None
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        self.heading_para(rng.choice(("References", "Reference list", "Bibliography")), 1)
        for ref in REFERENCES:
            paragraph = self.plain(ref)
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)
        if self.layout in ("borderless_kpi_grids", "decimal_tab_budget") and rng.random() < 0.6:
            self.heading_para("Appendix 1: Detailed budget", 1)
            self.table(self.budget_rows(), "plain")

        out = io.BytesIO()
        self.doc.save(out)
        truth = Truth(
            name="",
            seed=self.index,
            layout=self.layout,
            split="",
            part_words=dict(self.words),
            group_words={g: sum(self.words[p] for p in parts) for g, parts in LIMIT_GROUPS.items()},
            headings=dict(self.headings),
        )
        return out.getvalue(), truth


def build(index: int) -> tuple[bytes, Truth]:
    """Report ``index`` of the pool as DOCX bytes and its truth."""
    return Report(index).build()
