"""Pool 42: CIM 2206 reports full of text that lines up without being a table.

Glossaries and definition lists with hanging indents, paragraphs numbered by hand with a tab after the number
(1.1, 1.2), checklists with tick boxes, contents pages with right-aligned page numbers and no leader dots,
key-fact lists in two short columns made with one tab, declaration and signature blocks on the cover, pull
quotes and side notes beside the text, and a two-column section or two. Truth is counted while writing, under
the rubric's word-count policy: glossary entries, typed numbers, checklist items and typed pull quotes count;
tick boxes, contents, the cover, text boxes, tables, headers, footers, word-count lines and references do not.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from faker import Faker

from tests.corpus.layouts.generate import LIMIT_GROUPS, PART_TITLES, Truth, count

DESCRIPTION = (
    "Reports full of text that lines up without a table: hanging-indent glossaries, hand-numbered paragraphs "
    "with tabs, tick-box checklists, tab-aligned contents and key facts, declaration blocks, pull quotes and "
    "side notes, two-column sections"
)
REPORTS = 28

PARTS = ("1a", "1b", "1c", "2a", "2b", "3a", "3b")
GROUP_MAX = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
TASK_NAMES = {"1": "Personalisation report", "2": "Conversion action plan", "3": "Implementation and risks"}
WORD_NUMBERS = {"1": "One", "2": "Two", "3": "Three"}

SOURCES = (
    ("Chaffey and Ellis-Chadwick", 2019, "Digital Marketing. 7th edn. Harlow: Pearson."),
    ("Chaffey and Smith", 2017, "Digital Marketing Excellence. 5th edn. Abingdon: Routledge."),
    ("Kotler and Keller", 2016, "Marketing Management. 15th edn. Harlow: Pearson."),
    ("Ryan", 2020, "Understanding Digital Marketing. 5th edn. London: Kogan Page."),
    ("Kingsnorth", 2019, "Digital Marketing Strategy. 2nd edn. London: Kogan Page."),
    ("Strauss and Frost", 2016, "E-Marketing. 7th edn. Abingdon: Routledge."),
    ("Peppers and Rogers", 2016, "Managing Customer Experience and Relationships. 3rd edn. Hoboken: Wiley."),
    ("McKinsey", 2021, "The value of getting personalization right. New York: McKinsey & Company."),
    ("Gartner", 2020, "Personalization in marketing: hype cycle. Stamford: Gartner."),
    ("Econsultancy", 2019, "Conversion Rate Optimization Report. London: Econsultancy."),
    ("Smart Insights", 2022, "The RACE Planning Framework. Leeds: Smart Insights."),
    ("Ash, Ginty and Page", 2012, "Landing Page Optimization. 2nd edn. Indianapolis: Wiley."),
    ("ICO", 2021, "Guide to the UK General Data Protection Regulation. Wilmslow: ICO."),
    ("Deloitte", 2020, "Connecting with meaning: hyper-personalising the customer experience. London: Deloitte."),
)

SEGMENTS = (
    "young urban professionals",
    "budget-conscious families",
    "returning loyalty members",
    "first-time online buyers",
    "small business owners",
    "active retirees",
)

SENTENCES = (
    "{org} serves around {n} customers across {city} and the wider region through its website, app and stores.",
    "Personalisation at {org} is still at an early stage, relying mostly on basic email segmentation {cite}.",
    "Tailored offers can lift conversion rates by as much as {pct}% when they are based on behaviour {cite}.",
    "The {segment} segment accounts for {pct}% of online revenue and visits the site {m} times a month.",
    "{narr} argue{s} that relevance, not volume, decides whether a customer reads a message at all.",
    "As {narr} note{s}, “customers expect brands to remember them across every channel they use”.",
    "A single customer view would let {org} join web, store and call-centre data in one profile {cite}.",
    "Dynamic content on the home page could show {segment} the ranges they browsed most recently.",
    "Abandoned-basket emails sent within an hour recover roughly {pct}% of lost orders {cite}.",
    "Machine learning now makes real-time recommendations affordable for mid-sized firms {cite}.",
    "Privacy rules under UK GDPR mean that every data point used must have a clear lawful basis {cite}.",
    "Competitors such as {rival} already personalise their apps, which raises what customers expect.",
    "The marketing team of {staff} people would need new skills in analytics and testing to do this well.",
    "Testing each change with a controlled A/B split keeps decisions grounded in evidence {cite}.",
    "Mobile traffic now makes up {pct}% of sessions, yet the mobile conversion rate lags the desktop one.",
    "Loyalty data shows that members spend {pct}% more per order than customers who are not members.",
    "{narr} recommend{s} starting with a few high-value journeys rather than personalising everything at once.",
    "Re-marketing across social and display channels should be capped to avoid customer fatigue {cite}.",
    "Budget for the first year is estimated at £{money}, covering software, training and agency support.",
    "Progress will be tracked monthly against clear KPIs such as conversion rate and average order value.",
    "Voice search and conversational interfaces are likely to shape personalisation over the next five years.",
    "Customers in {city} respond best to local offers linked to events and the weather {cite}.",
    "Senior managers will need a business case that links personalisation to revenue and retention {cite}.",
    "A poorly governed programme risks showing the wrong offer to the wrong person at the wrong time.",
    "The content team can build modular blocks so that one email template serves several segments.",
    "Consent must be refreshed at least once a year, and the preference centre made easy to find {cite}.",
    "Over-personalisation can feel intrusive, so {org} should explain why a customer sees a given offer.",
    "Integration with the existing CRM platform is the biggest technical hurdle for the project {cite}.",
)

GLOSSARY = (
    ("Personalisation", "tailoring content, offers and experiences to an individual using data about them"),
    ("Segmentation", "dividing a market into groups of customers with similar needs or behaviour"),
    ("Conversion rate", "the share of visitors who complete a desired action such as a purchase"),
    ("Re-marketing", "showing messages to people who have already visited a website or used an app"),
    ("Single customer view", "one joined-up record of a customer across all channels and systems"),
    ("A/B testing", "comparing two versions of a page or message to see which performs better"),
    ("First-party data", "information a firm collects directly from its own customers with their consent"),
    ("Customer lifetime value", "the total profit a customer is expected to bring over the relationship"),
    ("Dynamic content", "parts of a page or email that change according to who is viewing them"),
    ("Marketing automation", "software that sends messages triggered by customer behaviour or dates"),
    ("Recommendation engine", "a system that suggests products based on past behaviour of similar users"),
    ("Consent management", "recording and honouring what each customer has agreed to receive"),
)

CHECKS = (
    "Confirm the lawful basis for every data field used in targeting",
    "Map the five highest-value customer journeys on web and app",
    "Set baseline conversion rates before any change goes live",
    "Brief the content team on modular email templates",
    "Agree frequency caps for re-marketing on social and display",
    "Test the preference centre on mobile and desktop",
    "Train customer service staff to answer questions about data use",
    "Schedule a monthly review of KPIs with the senior team",
    "Check that recommendation rules exclude out-of-stock products",
    "Document who owns each segment and each automated journey",
)

SUBHEADINGS = {
    "1a": ("Organisation information", "Specific background"),
    "1b": ("Current developments", "Future developments"),
    "1c": ("The target segment", "Personalising the channels"),
    "2a": ("Objectives", "Actions and timing"),
    "2b": ("Personalised content", "Re-marketing"),
    "3a": ("People and skills", "Technology and process"),
    "3b": ("Risk evaluation", "Mitigation"),
}


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    sizes: tuple[float, ...]
    spacings: tuple[float, ...]
    margins_cm: tuple[float, ...]


LAYOUTS = (
    Layout("glossary-hanging", "Calibri", (11, 12), (1.15, 1.5), (2.54, 2.0)),
    Layout("numbered-tab-paragraphs", "Arial", (10.5, 11), (1.15, 1.5), (2.54, 2.2)),
    Layout("checklist-tickboxes", "Times New Roman", (12, 12.5), (1.5, 2.0), (2.54, 3.0)),
    Layout("key-facts-pull-quotes", "Georgia", (10.5, 11), (1.0, 1.15), (2.0, 2.54)),
    Layout("two-column-sections", "Cambria", (11, 12), (1.0, 1.15), (1.8, 2.54)),
    Layout("declaration-definitions", "Segoe UI", (10.5, 11), (1.0, 1.15), (2.54, 2.2)),
    Layout("side-notes-margin", "Calibri", (12, 12.5), (1.5, 2.0), (2.54, 2.0)),
)


class Writer:
    """Sentences for one report, from its own random generator."""

    def __init__(self, rng: random.Random, fake: Faker, org: str, city: str, segment: str) -> None:
        self.rng = rng
        self.fake = fake
        self.org = org
        self.city = city
        self.segment = segment
        self.rival = fake.company().replace(",", "")
        self.staff = rng.randint(6, 40)
        self.used: set[int] = set()
        self.deck: list[str] = []
        self.plural = False

    def cite(self) -> str:
        index = self.rng.randrange(len(SOURCES))
        self.used.add(index)
        author, year, _ = SOURCES[index]
        return f"({author}, {year})"

    def narr(self) -> str:
        index = self.rng.randrange(len(SOURCES))
        self.used.add(index)
        author, year, _ = SOURCES[index]
        self.plural = " and " in author
        return f"{author} ({year})"

    def sentence(self) -> str:
        if not self.deck:
            self.deck = list(SENTENCES)
            self.rng.shuffle(self.deck)
        template = self.deck.pop()
        narr = self.narr() if "{narr}" in template else ""
        text = template.format(
            org=self.org,
            city=self.city,
            segment=self.segment,
            rival=self.rival,
            staff=self.staff,
            n=f"{self.rng.randint(12, 900) * 1000:,}",
            pct=self.rng.randint(4, 48),
            m=self.rng.randint(2, 9),
            money=f"{self.rng.randint(40, 400) * 1000:,}",
            cite=self.cite() if "{cite}" in template else "",
            narr=narr,
            s="" if narr and self.plural else "s",
        )
        return text[0].upper() + text[1:]

    def paragraph(self, limit: int) -> str:
        """A paragraph of about 50 to 120 words and never more than ``limit`` words unless one sentence is."""
        goal = min(limit, self.rng.randint(50, 120))
        sentences: list[str] = []
        words = 0
        while words < goal:
            sentence = self.sentence()
            if sentences and words + count(sentence) > limit:
                break
            sentences.append(sentence)
            words += count(sentence)
        return " ".join(sentences)


class Report:
    """One report being written, with each part's counted words."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.rng = random.Random(4200 + index)
        fake = Faker("en_GB")
        fake.seed_instance(4200 + index)
        self.layout = LAYOUTS[index % len(LAYOUTS)]
        layout = self.layout
        self.size = self.rng.choice(layout.sizes)
        self.spacing = self.rng.choice(layout.spacings)
        self.margin = self.rng.choice(layout.margins_cm)
        self.org = fake.company().replace(",", "")
        self.city = fake.city()
        self.candidate = fake.name()
        self.writer = Writer(self.rng, fake, self.org, self.city, self.rng.choice(SEGMENTS))
        self.words = dict.fromkeys(PARTS, 0)
        self.headings: dict[str, str] = {}
        self.part = ""
        self.document = docx.Document()
        self._setup()

    # --- document setup ---------------------------------------------------------------------------------------
    def _setup(self) -> None:
        document = self.document
        normal = document.styles["Normal"]
        normal.font.name = self.layout.font
        normal.font.size = Pt(self.size)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), self.layout.font)
        normal.paragraph_format.line_spacing = self.spacing
        normal.paragraph_format.space_after = Pt(self.rng.choice((0, 6, 8)))
        for level, bump in ((1, 5), (2, 3), (3, 1)):
            style = document.styles[f"Heading {level}"]
            style.font.name = self.layout.font
            style.font.size = Pt(self.size + bump)
            style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F) if self.rng.random() < 0.6 else RGBColor(0, 0, 0)
            style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:ascii"), self.layout.font)
            style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), self.layout.font)
        section = document.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(self.margin)
        section.top_margin = section.bottom_margin = Cm(self.rng.choice((2.0, 2.54)))

    @property
    def text_width_cm(self) -> float:
        return 21.0 - 2 * self.margin

    def header_footer(self, header_text: str, page_numbers: bool = True) -> None:
        section = self.document.sections[0]
        header = section.header.paragraphs[0]
        header.text = header_text
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in header.runs:
            run.font.size = Pt(9)
        if page_numbers:
            footer = section.footer.paragraphs[0]
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            footer.add_run("Page ")
            footer._p.append(
                parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
            )

    # --- writing --------------------------------------------------------------------------------------------
    def counted(self, text: str, words: int | None = None) -> None:
        self.words[self.part] += count(text) if words is None else words

    def body(self, text: str, style: str | None = None):
        paragraph = self.document.add_paragraph(text, style=style)
        self.counted(text)
        return paragraph

    def uncounted(self, text: str, style: str | None = None):
        return self.document.add_paragraph(text, style=style)

    def manual_heading(self, text: str, size: float, *, caps: bool = False, underline: bool = False):
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(text.upper() if caps else text)
        run.bold = True
        run.font.size = Pt(size)
        run.underline = underline
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(6)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def subheading(self, text: str) -> None:
        if self.style_headings:
            self.document.add_paragraph(text, style="Heading 3")
        else:
            paragraph = self.document.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = self.rng.random() < 0.5
            run.italic = not run.bold
            paragraph.paragraph_format.keep_with_next = True

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def text_box(self, paragraph, lines: list[str], *, width: int = 150, left: int = 310, border: bool = True):
        """A DrawingML text box anchored in ``paragraph`` at the right margin, text wrapping round it: its
        text is not counted. ``left`` is unused (the box is aligned right)."""
        inner = "".join(
            f'<w:p><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:rPr><w:i/><w:sz w:val="19"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
            for line in lines
        )
        height = 22 + 13 * sum(1 + len(line) // max(12, width // 5) for line in lines)
        cx, cy = width * 12700, height * 12700
        self.shape_id = getattr(self, "shape_id", 0) + 1
        line = (
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="1F3A5F"/></a:solidFill></a:ln>'
            if border
            else ("<a:ln><a:noFill/></a:ln>")
        )
        xml = (
            f"<w:r {nsdecls('w', 'wp', 'a')} "
            f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>'
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251659264 + self.shape_id}" behindDoc="0" locked="0" layoutInCell="1" '
            f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{100 + self.shape_id}" '
            f'name="Text Box {self.shape_id}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="F2F5F9"/></a:solidFill>{line}</wps:spPr>'
            f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            f'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            f"</wp:anchor></w:drawing></w:r>"
        )
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, parse_xml(xml))

    # --- a part ---------------------------------------------------------------------------------------------
    def fill(self, target: int, extras, *, subheadings: bool = True) -> None:
        """Paragraphs and the layout's extras for the current part until it holds about ``target`` words."""
        subs = SUBHEADINGS[self.part]
        use_subs = subheadings and self.rng.random() < 0.5 and target > 250
        extras = list(extras)
        first = True
        while self.words[self.part] < target - 12:
            remaining = target - self.words[self.part]
            if use_subs and first:
                self.subheading(subs[0])
            elif use_subs and subs[1] and self.words[self.part] > target * 0.5:
                self.subheading(subs[1])
                subs = (subs[0], "")
            if extras and not first and remaining > 90 and self.rng.random() < 0.45:
                extras.pop(0)(remaining - 30)
            else:
                self.paragraph(self.writer.paragraph(max(remaining, 14)))
            first = False

    def paragraph(self, text: str) -> None:
        self.body(text)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the layouts -------------------------------------------------------------------------------------------------
class Builder(Report):
    style_headings = True

    def part_label(self, part: str) -> str:
        raise NotImplementedError

    def task_heading(self, task: str) -> None:
        """Most layouts carry no separate task heading."""

    def part_heading(self, part: str) -> None:
        text = self.part_label(part)
        self.document.add_paragraph(text, style="Heading 2")
        self.headings[part] = text

    def extras(self, part: str) -> list:
        return []

    def cover(self) -> None:
        for _ in range(self.rng.randint(3, 6)):
            self.document.add_paragraph()
        title = self.document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run("CIM Level 6 Diploma in Professional Digital Marketing")
        run.bold = True
        run.font.size = Pt(self.size + 6)
        for line in ("Mastering Digital Channels (2206)", f"Personalisation report for {self.org}"):
            paragraph = self.document.add_paragraph(line)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.document.add_paragraph()
        self.declaration()
        self.page_break()

    def declaration(self) -> None:
        for label, value in (
            ("Candidate name:", self.candidate),
            ("CIM membership number:", str(self.rng.randint(1000000, 9999999))),
            ("Centre number:", str(self.rng.randint(10000, 99999))),
            ("Date:", f"{self.rng.randint(1, 28)} {self.rng.choice(('June', 'July'))} 2024"),
        ):
            paragraph = self.document.add_paragraph(f"{label}\t{value}")
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))

    def contents(self, entries: list[tuple[str, int]]) -> None:
        self.manual_heading("Contents", self.size + 4)
        width = Cm(self.text_width_cm)
        for text, page in entries:
            paragraph = self.document.add_paragraph(f"{text}\t{page}")
            paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)
            if text.startswith(" "):
                paragraph.paragraph_format.left_indent = Cm(0.6)
        self.page_break()

    def contents_entries(self) -> list[tuple[str, int]]:
        pages = {"1a": 3, "1b": 4, "1c": 5, "2a": 7, "2b": 8, "3a": 10, "3b": 11}
        entries: list[tuple[str, int]] = []
        for part in PARTS:
            if part.endswith("a"):
                entries.append((f"Task {part[0]}: {TASK_NAMES[part[0]]}", pages[part]))
            entries.append((f"   ({part[1]}) {PART_TITLES[part]}", pages[part]))
        entries.append(("References", 13))
        return entries

    def word_count_line(self, group: str) -> None:
        total = sum(self.words[part] for part in LIMIT_GROUPS[group])
        paragraph = self.uncounted(f"Word count: {total:,}")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.runs[0].italic = True

    def before_part(self, part: str) -> None:
        """Hook: section breaks and the like."""

    def after_part(self, part: str) -> None:
        """Hook."""

    def references(self) -> None:
        if self.style_headings:
            self.document.add_paragraph("References", style="Heading 1")
        else:
            self.manual_heading("References", self.size + 2)
        used = sorted(self.writer.used | {0}, key=lambda i: SOURCES[i][0])
        for index in used:
            author, year, rest = SOURCES[index]
            paragraph = self.document.add_paragraph(f"{author} ({year}) {rest}")
            paragraph.paragraph_format.left_indent = Cm(1.0)
            paragraph.paragraph_format.first_line_indent = Cm(-1.0)

    def overview(self, target: int) -> None:
        self.fill(target, [])

    def build(self) -> tuple[bytes, Truth]:
        rng = self.rng
        targets = {"1a": rng.randint(190, 290)}
        if self.spacing >= 1.5:
            targets["1a"] = rng.randint(130, 175) if self.spacing >= 2.0 else rng.randint(150, 210)
        for group, parts in LIMIT_GROUPS.items():
            kind = rng.choices(("under", "near", "over"), weights=(3, 4, 3))[0]
            factor = {"under": rng.uniform(0.55, 0.8), "near": rng.uniform(0.88, 1.0), "over": rng.uniform(1.02, 1.12)}
            total = int(GROUP_MAX[group] * factor[kind])
            first = int(total * rng.uniform(0.4, 0.58))
            targets[parts[0]], targets[parts[1]] = first, total - first
        self.start()
        for part in PARTS:
            self.before_part(part)
            if part.endswith("a"):
                self.task_heading(part[0])
            self.part = part
            self.part_heading(part)
            if part == "1a":
                self.overview(targets[part])
            else:
                self.fill(targets[part], self.extras(part))
            self.after_part(part)
        self.references()
        self.finish()
        out = io.BytesIO()
        self.document.save(out)
        groups = {group: sum(self.words[p] for p in parts) for group, parts in LIMIT_GROUPS.items()}
        truth = Truth(
            name="",
            seed=self.index,
            layout=self.layout.name,
            split="",
            part_words=dict(self.words),
            group_words=groups,
            words_all=sum(self.words.values()),
            headings=dict(self.headings),
        )
        return out.getvalue(), truth

    def start(self) -> None:
        self.cover()

    def finish(self) -> None:
        """Hook: appendices."""

    # --- shared extras ----------------------------------------------------------------------------------------
    def glossary(self, budget: int, *, bold_terms: bool = True, dash: bool = False, indent_cm: float = 4.0) -> None:
        self.subheading(self.rng.choice(("Key terms", "Glossary of terms", "Definitions")))
        entries = self.rng.sample(GLOSSARY, self.rng.randint(3, 5))
        for term, meaning in entries:
            if budget <= 10:
                break
            meaning = meaning[0].upper() + meaning[1:]
            if self.rng.random() < 0.4:
                meaning += f" {self.writer.cite()}"
            meaning += "."
            paragraph = self.document.add_paragraph()
            separator = " – " if dash else "\t"
            run = paragraph.add_run(term)
            run.bold = bold_terms
            paragraph.add_run(separator + meaning)
            fmt = paragraph.paragraph_format
            fmt.left_indent = Cm(indent_cm)
            fmt.first_line_indent = Cm(-indent_cm)
            fmt.space_after = Pt(3)
            if not dash:
                fmt.tab_stops.add_tab_stop(Cm(indent_cm))
            words = count(term + separator + meaning)
            self.counted("", words)
            budget -= words

    def checklist(self, budget: int, *, glyph: bool = False) -> None:
        self.subheading(self.rng.choice(("Implementation checklist", "Launch checklist", "Readiness checks")))
        for item in self.rng.sample(CHECKS, self.rng.randint(4, 7)):
            if budget <= 8:
                break
            done = self.rng.random() < 0.3
            paragraph = self.document.add_paragraph()
            fmt = paragraph.paragraph_format
            fmt.left_indent = Cm(1.0)
            fmt.first_line_indent = Cm(-1.0)
            fmt.space_after = Pt(2)
            fmt.tab_stops.add_tab_stop(Cm(1.0))
            if glyph:
                box = paragraph.add_run("☑" if done else "☐")
                box.font.name = "Segoe UI Symbol"
            else:
                paragraph._p.append(
                    parse_xml(
                        f'<w:r {nsdecls("w")}><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
                        f'<w:sym w:font="Wingdings" w:char="{"F0FE" if done else "F0A8"}"/></w:r>'
                    )
                )
            text = item + ("." if self.rng.random() < 0.5 else "")
            paragraph.add_run("\t" + text)
            self.counted(text)
            budget -= count(text)

    def key_facts(self, budget: int, tab_cm: float) -> None:
        rng = self.rng
        facts = [
            ("Organisation", self.org),
            ("Type", rng.choice(("Private limited company", "Family-owned retailer", "Public limited company"))),
            ("Founded", str(rng.randint(1952, 2012))),
            ("Headquarters", self.city),
            ("Employees", f"{rng.randint(80, 4000):,}"),
            ("Turnover", f"£{rng.randint(8, 420)} million"),
            ("Customers", f"{rng.randint(40, 900) * 1000:,}"),
            ("Competitors", f"{self.writer.rival} and {self.writer.fake.company().replace(',', '')}"),
        ]
        for label, value in facts[: rng.randint(5, 8)]:
            if budget <= 4:
                break
            colon = ":" if rng.random() < 0.5 else ""
            paragraph = self.document.add_paragraph()
            paragraph.add_run(label + colon).bold = rng.random() < 0.6
            paragraph.add_run("\t" + value)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm))
            paragraph.paragraph_format.space_after = Pt(0)
            words = count(f"{label}{colon}\t{value}")
            self.counted("", words)
            budget -= words

    def typed_pull_quote(self) -> None:
        """A pull quote typed as an ordinary, indented paragraph: counted."""
        quote = f"“{self.writer.sentence().rstrip('.')}.”"
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(quote)
        run.italic = True
        run.font.size = Pt(self.size + 2)
        run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        fmt = paragraph.paragraph_format
        fmt.left_indent = fmt.right_indent = Cm(1.5)
        fmt.space_before = fmt.space_after = Pt(10)
        self.counted(quote)


class GlossaryHanging(Builder):
    """Heading 1 tasks, Heading 2 'Part (b) title' parts, a contents page with right-aligned page numbers and no
    leaders, glossaries with a tab and a hanging indent in the answers."""

    def part_label(self, part: str) -> str:
        title = f" {PART_TITLES[part]}" if self.index % 2 == 0 or part == "1a" else ""
        return f"Part ({part[1]}){title}"

    def task_heading(self, task: str) -> None:
        self.document.add_paragraph(f"Task {task}: {TASK_NAMES[task]}", style="Heading 1")

    def start(self) -> None:
        self.cover()
        self.contents(self.contents_entries())
        self.header_footer(f"{self.org} – Mastering Digital Channels")

    def extras(self, part: str) -> list:
        if part in ("1b", "3a", "2b"):
            return [lambda budget: self.glossary(budget, bold_terms=self.rng.random() < 0.7)]
        return []

    def after_part(self, part: str) -> None:
        if part in ("1c", "2b", "3b") and self.index % 3 != 1:
            self.word_count_line({"1c": "task1-bc", "2b": "task2-ab", "3b": "task3-ab"}[part])


class NumberedParagraphs(Builder):
    """Manual bold headings '1(b) Title'; every body paragraph typed '1.4<tab>text' with a hanging indent
    (the typed number is a word); a declaration block on the cover."""

    style_headings = False

    def part_label(self, part: str) -> str:
        return f"{part[0]}({part[1]}) {PART_TITLES[part]}"

    def part_heading(self, part: str) -> None:
        text = self.part_label(part)
        self.manual_heading(text, self.size + 2, underline=self.index % 2 == 1)
        self.headings[part] = text

    def start(self) -> None:
        self.cover()
        self.numbers = {"1": 0, "2": 0, "3": 0}
        self.header_footer(f"Candidate: {self.candidate}")

    def paragraph(self, text: str) -> None:
        task = self.part[0]
        self.numbers[task] += 1
        typed = f"{task}.{self.numbers[task]}\t{text}"
        paragraph = self.body(typed)
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(1.27)
        fmt.first_line_indent = Cm(-1.27)
        fmt.tab_stops.add_tab_stop(Cm(1.27))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if self.index % 2 else None

    def after_part(self, part: str) -> None:
        if part in ("1c", "2b", "3b"):
            self.word_count_line({"1c": "task1-bc", "2b": "task2-ab", "3b": "task3-ab"}[part])


class ChecklistTickboxes(Builder):
    """Caps bold 'TASK 1 B' headings, tick-box checklists (Wingdings symbols, then a tab) in plans and
    implementation, a real table in the action plan, a side note in a text box."""

    style_headings = False

    def part_label(self, part: str) -> str:
        label = f"TASK {part[0]} {part[1].upper()}"
        return label if self.index % 2 else f"{label} – {PART_TITLES[part].upper()}"

    def part_heading(self, part: str) -> None:
        text = self.part_label(part)
        self.manual_heading(text, self.size + 2)
        self.headings[part] = text

    def start(self) -> None:
        self.cover()
        self.header_footer("CIM 2206 Mastering Digital Channels", page_numbers=True)

    def extras(self, part: str) -> list:
        if part == "2a":
            return [self.action_table, lambda budget: self.checklist(budget)]
        if part == "3a":
            return [lambda budget: self.checklist(budget)]
        if part == "1c":
            return [self.side_note]
        return []

    def action_table(self, budget: int) -> None:
        rows = [("Action", "Owner", "Timing", "KPI")]
        for action in ("Audit customer data", "Launch welcome journey", "A/B test product pages", "Re-target"):
            rows.append(
                (
                    action,
                    self.rng.choice(("CRM lead", "Web team", "Agency")),
                    f"Month {self.rng.randint(1, 9)}",
                    f"+{self.rng.randint(2, 15)}% CVR",
                )
            )
        table = self.document.add_table(rows=len(rows), cols=4)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        caption = self.uncounted(f"Table 1: Action plan for {self.org}")
        caption.runs[0].italic = True

    def side_note(self, budget: int) -> None:
        text = self.writer.paragraph(min(budget, 90))
        paragraph = self.body(text)
        self.text_box(
            paragraph, ["Note:", self.writer.sentence()], width=140, left=int(self.text_width_cm * 28.35) - 140
        )


class KeyFactsPullQuotes(Builder):
    """'Task One – Part A: Title' Heading 2 parts, key facts in two short columns with one tab in the overview,
    pull quotes in text boxes repeating the text (not counted)."""

    def part_label(self, part: str) -> str:
        title = f": {PART_TITLES[part]}" if self.index % 3 != 2 else ""
        return f"Task {WORD_NUMBERS[part[0]]} – Part {part[1].upper()}{title}"

    def start(self) -> None:
        self.cover()
        self.header_footer(f"{self.candidate} | {self.org}")

    def overview(self, target: int) -> None:
        self.subheading("Organisation name and key facts")
        self.key_facts(target // 2, tab_cm=self.rng.choice((3.5, 4.0, 4.5)))
        self.subheading("Specific background")
        self.fill(target, [], subheadings=False)

    def extras(self, part: str) -> list:
        if part in ("1b", "2b", "3b"):
            return [self.pull_quote]
        return []

    def pull_quote(self, budget: int) -> None:
        text = self.writer.paragraph(min(budget, 110))
        paragraph = self.body(text)
        sentence = text.split(". ")[0].rstrip(".")
        self.text_box(
            paragraph, [f"“{sentence}.”"], width=160, left=int(self.text_width_cm * 28.35) - 160, border=False
        )


class TwoColumnSections(Builder):
    """A contents page with right-aligned numbers, 'Task 2 (a) – Title' headings, one task set in two columns
    after a continuous section break, pull quotes typed as indented paragraphs (counted)."""

    def part_label(self, part: str) -> str:
        return f"Task {part[0]} ({part[1]}) – {PART_TITLES[part]}"

    def start(self) -> None:
        self.cover()
        self.contents(self.contents_entries())
        self.header_footer(f"Mastering Digital Channels – {self.org}")
        self.columns_task = "2" if self.index % 2 == 0 else "3"

    def set_columns(self, number: int) -> None:
        self.document.add_section(WD_SECTION.CONTINUOUS)
        sect_pr = self.document.sections[-1]._sectPr
        for old in sect_pr.findall(qn("w:cols")):
            sect_pr.remove(old)
        sect_pr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{number}" w:space="567"/>'))

    def before_part(self, part: str) -> None:
        if part == f"{self.columns_task}a":
            self.set_columns(2)
        if part.endswith("a") and part[0] == str(int(self.columns_task) + 1):
            self.set_columns(1)

    def references(self) -> None:
        if self.columns_task == "3":
            self.set_columns(1)
        super().references()

    def extras(self, part: str) -> list:
        return [lambda budget: self.typed_pull_quote()] if part in ("1b", "2a", "3a") else []


class DeclarationDefinitions(Builder):
    """Heading 1 'Task 1' then Heading 2 'Task 1.b' parts (title sometimes), a cover declaration with a
    signature line, definitions with a bold term and a dash on a hanging indent, an automatic numbered list."""

    def part_label(self, part: str) -> str:
        title = f" {PART_TITLES[part]}" if self.index % 2 else ""
        return f"Task {part[0]}.{part[1]}{title}"

    def task_heading(self, task: str) -> None:
        self.document.add_paragraph(f"Task {task}", style="Heading 1")

    def declaration(self) -> None:
        super().declaration()
        paragraph = self.document.add_paragraph("Signature:\t____________________")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
        self.document.add_paragraph()
        statement = self.document.add_paragraph(
            "Declaration: I confirm that this assignment is my own work and that all sources used have been "
            "acknowledged in the text and in the reference list."
        )
        statement.runs[0].font.size = Pt(9)

    def start(self) -> None:
        self.cover()
        self.contents(self.contents_entries())
        self.header_footer(f"CIM 2206 – {self.candidate}")

    def extras(self, part: str) -> list:
        if part in ("1b", "2b"):
            return [lambda budget: self.glossary(budget, dash=True, indent_cm=1.0)]
        if part in ("3a", "2a"):
            return [self.numbered_steps]
        return []

    def numbered_steps(self, budget: int) -> None:
        self.subheading(self.rng.choice(("Implementation steps", "Key steps")))
        for item in self.rng.sample(CHECKS, self.rng.randint(3, 6)):
            if budget <= 10:
                break
            text = f"{item} {self.writer.cite()}." if self.rng.random() < 0.4 else f"{item}."
            self.body(text, style="List Number")
            budget -= count(text)


class SideNotesMargin(Builder):
    """'Task 1' manual headings with 'Part (b) – Title' beneath, side notes in text boxes beside the text,
    checklists with typed tick-box glyphs, a real risk table, an appendix after the references."""

    style_headings = False

    def part_label(self, part: str) -> str:
        return f"Part ({part[1]}) – {PART_TITLES[part]}" if self.index % 2 == 0 or part == "1a" else f"Part ({part[1]})"

    def task_heading(self, task: str) -> None:
        self.manual_heading(f"Task {task}", self.size + 4, caps=self.index % 3 == 0)

    def part_heading(self, part: str) -> None:
        text = self.part_label(part)
        self.manual_heading(text, self.size + 1.5)
        self.headings[part] = text

    def start(self) -> None:
        self.cover()
        self.header_footer(f"{self.org}", page_numbers=True)

    def extras(self, part: str) -> list:
        if part in ("1b", "2a", "3a"):
            return [self.side_note]
        if part in ("2b", "3b"):
            return [lambda budget: self.checklist(budget, glyph=True)] + ([self.risk_table] if part == "3b" else [])
        return []

    def side_note(self, budget: int) -> None:
        text = self.writer.paragraph(min(budget, 100))
        paragraph = self.body(text)
        self.text_box(
            paragraph, ["Side note", self.writer.sentence()], width=130, left=int(self.text_width_cm * 28.35) - 130
        )

    def risk_table(self, budget: int) -> None:
        table = self.document.add_table(rows=4, cols=3)
        table.style = "Table Grid"
        for r, row in enumerate(
            (
                ("Risk", "Likelihood", "Impact"),
                ("Data breach", "Low", "High"),
                ("Customer annoyance", "Medium", "Medium"),
                ("Skills gap", "High", "Medium"),
            )
        ):
            for c, value in enumerate(row):
                table.cell(r, c).text = value

    def finish(self) -> None:
        self.page_break()
        self.manual_heading("Appendix 1: Customer journey notes", self.size + 2)
        for _ in range(2):
            self.uncounted(self.writer.paragraph(80))


BUILDERS = (
    GlossaryHanging,
    NumberedParagraphs,
    ChecklistTickboxes,
    KeyFactsPullQuotes,
    TwoColumnSections,
    DeclarationDefinitions,
    SideNotesMargin,
)


def build(index: int) -> tuple[bytes, Truth]:
    return BUILDERS[index % len(BUILDERS)](index).build()
