"""A generated corpus of CIM 2206 reports in many layouts, with the truth known by construction.

Each report answers the 2206 brief (three tasks, parts 1a 1b 1c 2a 2b 3a 3b) with text built from sentence
templates filled in by Faker (seeded, so a seed always gives the same report). The generator writes the DOCX
with python-docx (plus a little raw WordprocessingML for footnotes and text boxes) and records, as it writes,
how many words each part has under the rubric's counting policy (body paragraphs, list items, citations and
quotations count; headings, tables, captions, text boxes, footnotes, headers and footers, the cover page, the
contents page and the reference list do not). Words are counted as Word counts them: runs between spaces.

PDFs are the DOCX converted by LibreOffice headless; the page count of that PDF is the truth for pages (the
same renderer lays out the DOCX when marker runs LibreOffice). Converting is slow, so generated files are
cached under ``.cache/<hash of this file>/`` (ignored by git): ``ensure_corpus`` only converts what is missing.

Seeds 0-41 take the first seven layouts in turn; each later layout (automatic hyphenation) has six seeds of its
own after those, so adding a layout leaves the earlier reports as they were. Run
``python -m tests.corpus.layouts.generate`` to build the whole corpus (54 reports, 9 layouts).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt
from faker import Faker

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LIMIT_GROUPS = {"task1-bc": ("1b", "1c"), "task2-ab": ("2a", "2b"), "task3-ab": ("3a", "3b")}
LIMIT_MAX = {"task1-bc": 1500, "task2-ab": 1750, "task3-ab": 1500}
PART_TITLES = {
    "1a": "Organisation overview",
    "1b": "Current and future developments in personalisation",
    "1c": "Personalising digital channels for one target segment",
    "2a": "Action plan to maximise conversion rates",
    "2b": "Personalised content and re-marketing",
    "3a": "Managing and implementing personalisation",
    "3b": "Three risks of implementing personalisation",
}
TASK_TITLES = {"1": "Personalisation report", "2": "Conversion plan", "3": "Implementation and risk"}


@dataclass(frozen=True)
class Layout:
    """How a report looks: fonts, spacing, how headings are made and which extras it carries."""

    name: str
    font: str
    body_pt: float
    line_spacing: float
    headings: str  # "styles" (Heading 1/2), "bold" (bold Normal paragraphs), "numbered" (1.2 Task 1 (b) ...),
    # "manual" (bold, larger, no style), "task-letter" (TASK 1 heading then "(a) ..." headings)
    tables: bool = False
    text_boxes: bool = False
    footnotes: bool = False
    contents: bool = False
    header_footer: bool = False
    cover: bool = True
    hanging_references: bool = False  # reference-list entries with a hanging indent, as Word users make them
    justified: bool = False  # body paragraphs and reference entries justified
    # Word's automatic hyphenation (w:autoHyphenation, text in en-GB): words broken at line ends in the PDF,
    # where Word counts them whole; the DOCX's text is unchanged.
    hyphenated: bool = False


LAYOUTS = (
    Layout("styles-11-single", "Calibri", 11, 1.0, "styles", tables=True, header_footer=True),
    Layout("bold-13-1.5", "Calibri", 13, 1.5, "bold", tables=True),
    Layout("numbered-12-double", "Cambria", 12, 2.0, "numbered", header_footer=True),
    Layout("contents-footnotes-12-1.15", "Arial", 12, 1.15, "styles", contents=True, footnotes=True),
    Layout("textboxes-11-1.5", "Calibri", 11, 1.5, "task-letter", tables=True, text_boxes=True),
    Layout("manual-12-double", "Times New Roman", 12, 2.0, "manual", header_footer=True, footnotes=True),
    Layout("tables-13-single", "Arial", 13, 1.0, "styles", tables=True, contents=True, header_footer=True),
    Layout(
        "hyphenated-justified-11-single",
        "Calibri",
        11,
        1.0,
        "styles",
        header_footer=True,
        justified=True,
        hyphenated=True,
        hanging_references=True,
    ),
    Layout("hyphenated-12-1.5", "Cambria", 12, 1.5, "bold", tables=True, hyphenated=True),
)
_TAKEN_IN_TURN = 7  # the layouts of seeds 0-41, one per seed in turn; each later layout has six seeds of its own
_SEEDS_IN_TURN = 42
SEEDS = range(_SEEDS_IN_TURN + 6 * (len(LAYOUTS) - _TAKEN_IN_TURN))


@dataclass
class Truth:
    """What a generated report holds, counted while it was written."""

    name: str
    seed: int
    layout: str
    split: str
    part_words: dict[str, int] = field(default_factory=dict)
    group_words: dict[str, int] = field(default_factory=dict)
    words_all: int = 0
    pages: int | None = None
    headings: dict[str, str] = field(default_factory=dict)


# --- text ------------------------------------------------------------------------------------------------------
_SENTENCES = (
    "{org} serves {n} customers across {city} and the wider region through its website, app and stores.",
    "Personalisation at {org} is still at an early stage of maturity, relying on basic email segmentation.",
    "Research by {author} ({year}) shows that tailored offers can lift conversion rates by {pct}%.",
    "The {segment} segment accounts for {pct}% of online revenue and visits the site {n2} times a month.",
    "As {author} ({year}, p. {page}) notes, “relevance is the currency of attention in digital channels”.",
    "A recommendation engine would use browsing history, purchase data and location to profile each visitor.",
    "Customers increasingly expect consistent, efficient experiences across mobile, e-commerce and social media.",
    "The firm's competitors, including {rival} and {rival2}, already offer real-time product recommendations.",
    "Artificial intelligence and machine learning allow offers to be adjusted within milliseconds of a click.",
    "Privacy regulation such as the GDPR limits how first-party data may be collected, stored and processed.",
    "Conversion could be improved by simplifying checkout, adding saved baskets and sending timely reminders.",
    "Re-marketing on social platforms would target visitors who abandoned a basket worth more than £{money}.",
    "The action plan sets SMART objectives: raise the conversion rate from {pct_low}% to {pct_high}% by {year2}.",
    "Dynamic content blocks in emails would show products that similar customers bought in the last {n2} days.",
    "A cross-functional team of {n2} staff, led by the head of e-commerce, would manage the workflow.",
    "The budget of £{money} covers software licences, data integration, training and an external agency.",
    "The first risk is that over-personalised messages feel intrusive and damage trust (Smith, {year}).",
    "Data quality is a second risk: duplicate or outdated records lead to irrelevant, off-putting offers.",
    "A third risk is dependence on a single technology supplier whose pricing could rise after launch.",
    "Staff need training in analytics so that insight from dashboards informs weekly campaign decisions.",
    "Loyalty members in {city} responded well to a pilot that offered flexible delivery and exclusive previews.",
    "Measuring success requires clear KPIs such as click-through rate, average order value and churn.",
    "According to {author} and {author2} ({year}), customer journeys are now fragmented across many touchpoints.",
    "Content should be mapped to each stage of the journey, from awareness through to advocacy and referral.",
    "The team would test subject lines, images and calls to action using A/B and multivariate experiments.",
)
_AUTHORS = ("Chaffey", "Ellis-Chadwick", "Kotler", "Ryan", "Jobber", "Kingsnorth", "Hanlon", "Sharp", "Smith")
_SEGMENTS = ("young professionals", "busy parents", "retired travellers", "students", "small businesses")
_SUBHEADINGS = (
    "Customer base", "Current maturity", "Key developments", "Segment profile", "Objectives", "Channels",
    "Timeline", "Content plan", "Re-marketing approach", "Resources", "Governance", "Risk one: intrusion",
    "Risk two: data quality", "Risk three: supplier dependence", "Measurement",
)  # fmt: skip


class Writer:
    """Sentences and paragraphs from the templates, filled in with seeded Faker values."""

    def __init__(self, seed: int) -> None:
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed)
        self.random = random.Random(seed)
        self.org = self.fake.company()

    def sentence(self) -> str:
        r = self.random
        low = r.randint(1, 4)
        return r.choice(_SENTENCES).format(
            org=self.org,
            n=f"{r.randint(20, 900) * 1000:,}",
            n2=r.randint(2, 12),
            city=self.fake.city(),
            author=r.choice(_AUTHORS),
            author2=r.choice(_AUTHORS),
            year=r.randint(2012, 2019),
            year2=r.randint(2020, 2022),
            page=r.randint(3, 300),
            pct=r.randint(5, 60),
            pct_low=low,
            pct_high=low + r.randint(1, 3),
            segment=r.choice(_SEGMENTS),
            rival=self.fake.company(),
            rival2=self.fake.company(),
            money=f"{r.randint(5, 900) * 100:,}",
        )

    def paragraph(self, words: int) -> str:
        """A paragraph of roughly ``words`` words (whole sentences, at least one)."""
        sentences = [self.sentence()]
        while count(" ".join(sentences)) < words - 8:
            sentences.append(self.sentence())
        return " ".join(sentences)


def count(text: str) -> int:
    """Words as Word counts them: runs of characters between whitespace."""
    return len(text.split())


# --- DOCX ------------------------------------------------------------------------------------------------------
class ReportBuilder:
    """Writes one report with python-docx, counting each part's words under the 2206 policy as it goes."""

    def __init__(self, layout: Layout, writer: Writer) -> None:
        self.layout = layout
        self.writer = writer
        self.document = docx.Document()
        self.part: str | None = None
        self.part_words: dict[str, int] = {}
        self.words_all = 0
        self.footnotes: list[str] = []
        self.text_boxes = 0
        normal = self.document.styles["Normal"]
        normal.font.name = layout.font
        normal.font.size = Pt(layout.body_pt)
        normal.paragraph_format.line_spacing = layout.line_spacing
        normal.paragraph_format.space_after = Pt(6)
        rfonts = normal.element.rPr.find(f"{{{W}}}rFonts")
        for attribute in ("eastAsia", "cs"):
            rfonts.set(f"{{{W}}}{attribute}", layout.font)
        for level in (1, 2, 3):
            style = self.document.styles[f"Heading {level}"]
            style.font.name = layout.font
        if layout.hyphenated:
            self.hyphenate()

    def hyphenate(self) -> None:
        """Turn on Word's automatic hyphenation (in settings.xml, where Word's schema places it: after the
        default tab stop) and set the text's language to en-GB, whose hyphenation patterns break the words."""
        settings = self.document.settings.element
        auto = parse_xml(f'<w:autoHyphenation xmlns:w="{W}"/>')
        tab_stop = settings.find(f"{{{W}}}defaultTabStop")
        if tab_stop is not None:
            tab_stop.addnext(auto)
        else:
            settings.insert(0, auto)
        defaults = self.document.styles.element.find(f"{{{W}}}docDefaults")
        lang = defaults.find(f".//{{{W}}}rPrDefault/{{{W}}}rPr/{{{W}}}lang") if defaults is not None else None
        if lang is not None:
            lang.set(f"{{{W}}}val", "en-GB")
            lang.set(f"{{{W}}}eastAsia", "en-GB")

    # Counted content -------------------------------------------------------------------------------------------
    def body(self, text: str, style: str | None = None) -> None:
        paragraph = self.document.add_paragraph(text, style=style)
        if self.layout.justified:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        self._count(text)
        if self.layout.footnotes and self.writer.random.random() < 0.25:
            self._footnote(paragraph)

    def _count(self, text: str, counted: bool = True) -> None:
        words = count(text)
        self.words_all += words
        if counted and self.part is not None:
            self.part_words[self.part] = self.part_words.get(self.part, 0) + words

    # Content not counted ----------------------------------------------------------------------------------------
    def reference_entry(self, text: str) -> None:
        """One reference-list entry, a paragraph of its own (hanging indent and justified as the layout says)."""
        paragraph = self.document.add_paragraph(text)
        if self.layout.hanging_references:
            paragraph.paragraph_format.left_indent = Cm(1.27)
            paragraph.paragraph_format.first_line_indent = Cm(-1.27)
        if self.layout.justified:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        self._count(text, counted=False)

    def front_matter(self) -> None:
        """What the layout puts before the report's text: running header and footer, a cover page."""
        if self.layout.header_footer:
            self.header_footer()
        if self.layout.cover:
            self.cover()

    def header_footer(self) -> None:
        """A running header naming the organisation and a centred "Page N" footer."""
        section = self.document.sections[0]
        header_text = f"{self.writer.org} – CIM 2206 assignment"
        section.header.paragraphs[0].text = header_text
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Page ")
        _page_field(footer)
        self._count(header_text, counted=False)

    def cover(self) -> None:
        """A centred cover page: qualification, unit, candidate, CIM number, organisation; then a page break."""
        for text in (
            "CIM Level 6 Diploma in Professional Digital Marketing",
            "Mastering Digital Channels (2206)",
            f"Candidate: {self.writer.fake.name()}",
            f"CIM number: {self.writer.random.randint(100000, 999999)}",
            f"Organisation: {self.writer.org}",
        ):
            self.document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._count(text, counted=False)
        self.page_break()

    def heading(self, text: str, level: int, *, part_heading: bool = False) -> None:
        self._count(text, counted=False)
        mode = self.layout.headings
        if mode in ("styles", "numbered", "task-letter"):
            self.document.add_heading(text, level)
        elif mode == "bold":
            run = self.document.add_paragraph().add_run(text)
            run.bold = True
        else:  # manual: bold and larger, in Normal style
            run = self.document.add_paragraph().add_run(text)
            run.bold = True
            run.font.size = Pt(self.layout.body_pt + (4 if level == 1 else 2))

    def table(self) -> None:
        r = self.writer.random
        rows = r.randint(3, 5)
        table = self.document.add_table(rows=rows, cols=3)
        table.style = "Table Grid"
        header = ("Objective", "Action and channel", "Measure of success")
        for col, text in enumerate(header):
            table.cell(0, col).text = text
            self._count(text, counted=False)
        for row in range(1, rows):
            for col in range(3):
                # Long cells wrap over several lines, as in real action plans.
                text = " ".join(self.writer.sentence().split()[: r.randint(4, 16)])
                table.cell(row, col).text = text
                self._count(text, counted=False)
        caption = f"Table {r.randint(1, 9)}: Summary of the plan for {self.writer.org}"
        self.document.add_paragraph(caption, style="Caption")
        self._count(caption, counted=False)

    def text_box(self) -> None:
        text = " ".join(self.writer.sentence().split()[:14])
        self._count(text, counted=False)
        self.text_boxes += 1
        box_id = 100 + self.text_boxes
        xml = (
            f'<w:p xmlns:w="{W}" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5000000" cy="700000"/>'
            f'<wp:docPr id="{box_id}" name="Text Box {box_id}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="700000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
            "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline>"
            "</w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>"
        )
        self.document.element.body.append(parse_xml(xml))
        # python-docx appends after sectPr; move the section properties back to the end.
        body = self.document.element.body
        sect = body.find(f"{{{W}}}sectPr")
        if sect is not None:
            body.remove(sect)
            body.append(sect)

    def _footnote(self, paragraph: docx.text.paragraph.Paragraph) -> None:
        note = " ".join(self.writer.sentence().split()[:12])
        self.footnotes.append(note)
        self._count(note, counted=False)
        run = parse_xml(
            f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{len(self.footnotes)}"/></w:r>'
        )
        paragraph._p.append(run)

    def page_break(self) -> None:
        self.document.add_page_break()

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        data = buffer.getvalue()
        return _with_footnotes(data, self.footnotes) if self.footnotes else data


def _with_footnotes(data: bytes, notes: list[str]) -> bytes:
    """Add a footnotes part holding ``notes`` (ids 1..n) to a DOCX."""
    body = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
    )
    for index, note in enumerate(notes, start=1):
        body += (
            f'<w:footnote w:id="{index}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {note}</w:t></w:r>'
            "</w:p></w:footnote>"
        )
    part = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">{body}</w:footnotes>'
    rel = (
        '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/>'
    )
    override = (
        '<Override PartName="/word/footnotes.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            elif info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", override.encode() + b"</Types>")
            target.writestr(info, content)
        target.writestr("word/footnotes.xml", part)
    return out.getvalue()


def _part_heading(layout: Layout, part_id: str, number: int, form: int) -> str:
    task, letter = part_id[0], part_id[1]
    title = PART_TITLES[part_id]
    if layout.headings == "task-letter":
        return f"({letter}) {title}"
    forms = (
        f"Task {task} ({letter}) {title}",
        f"Task {task}{letter} – {title}",
        f"{task}({letter}) {title}",
        f"Task {task} ({letter}): {title}",
    )
    heading = forms[form % len(forms)]
    if layout.headings == "numbered":
        heading = f"{number}. {heading}" if form % 2 else f"{task}.{ord(letter) - 96} {heading}"
    return heading


def build_report(seed: int, layout: Layout) -> tuple[bytes, Truth]:
    """One report: its DOCX bytes and what it holds."""
    writer = Writer(seed)
    r = writer.random
    builder = ReportBuilder(layout, writer)
    name = f"r{seed:02d}-{layout.name}"
    truth = Truth(name=name, seed=seed, layout=layout.name, split="test" if seed % 2 else "dev")
    builder.front_matter()
    if layout.contents:
        builder.document.add_paragraph("Contents")
        builder._count("Contents", counted=False)
        for page, part_id in enumerate(PART_TITLES, start=3):
            entry = f"Task {part_id[0]} ({part_id[1]}) {PART_TITLES[part_id]}"
            text = f"{entry} {'.' * 20} {page}" if seed % 2 else f"{entry}\t{page}"
            builder.document.add_paragraph(text)
            builder._count(text, counted=False)
        builder.page_break()
    # Word targets per limit group: some reports under, some inside the tolerance, some over.
    targets: dict[str, int] = {"1a": r.randint(180, 320)}
    for group, parts in LIMIT_GROUPS.items():
        total = int(LIMIT_MAX[group] * r.uniform(0.7, 1.2))
        first = int(total * r.uniform(0.4, 0.6))
        targets[parts[0]], targets[parts[1]] = first, total - first
    number = 0
    form = r.randint(0, 3)
    for task in "123":
        number += 1
        if layout.headings == "task-letter" or (layout.headings in ("styles", "manual") and seed % 3 == 0):
            heading = f"TASK {task} – {TASK_TITLES[task].upper()}"
            builder.part = None
            builder.heading(heading, 1)
            level = 2
        else:
            level = 1
        for part_id in (p for p in PART_TITLES if p[0] == task):
            heading = _part_heading(layout, part_id, number, form)
            builder.part = None
            builder.heading(heading, level)
            truth.headings[part_id] = heading
            builder.part = part_id
            _fill_part(builder, layout, part_id, targets[part_id], level)
            number += 1
            if part_id == "1a":
                builder.part = None
                builder.page_break()
        builder.part = None
        if seed % 2 == 0 or task == "3":
            builder.heading("References", level)
            for _ in range(r.randint(3, 6)):
                author = r.choice(_AUTHORS)
                entry = (
                    f"{author}, {writer.fake.first_name()[0]}. ({r.randint(2010, 2019)}) "
                    f"{writer.fake.catch_phrase()}. London: {writer.fake.company()}."
                )
                builder.reference_entry(entry)
        if task != "3":
            builder.page_break()
    truth.part_words = dict(builder.part_words)
    truth.group_words = {
        group: sum(builder.part_words.get(p, 0) for p in parts) for group, parts in LIMIT_GROUPS.items()
    }
    truth.words_all = builder.words_all
    return builder.save(), truth


def _fill_part(builder: ReportBuilder, layout: Layout, part_id: str, target: int, level: int) -> None:
    r = builder.writer.random
    written = 0
    extras_done = False
    while written < target:
        room = target - written
        choice = r.random()
        if choice < 0.12 and room > 60:
            sub = r.choice(_SUBHEADINGS)
            previous = builder.part
            builder.part = None
            builder.heading(sub, min(level + 1, 3))
            builder.part = previous
            continue
        if choice < 0.25 and room > 40:
            for _ in range(r.randint(2, 4)):
                item = builder.writer.sentence()
                builder.body(item, style="List Bullet")
                written += count(item)
            continue
        text = builder.writer.paragraph(min(room, r.randint(60, 140)))
        builder.body(text)
        written += count(text)
        if not extras_done and part_id not in ("1a",) and written > target / 2:
            extras_done = True
            if layout.tables:
                builder.table()
            if layout.text_boxes:
                builder.text_box()


def _page_field(paragraph: docx.text.paragraph.Paragraph) -> None:
    for xml in (
        f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r xmlns:w="{W}"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r xmlns:w="{W}"><w:t>1</w:t></w:r>',
        f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


# --- corpus on disk ------------------------------------------------------------------------------------------
def corpus_hash() -> str:
    """Identifies this generator's output: its own source and the Faker version."""
    import faker

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(faker.VERSION.encode())
    return digest.hexdigest()[:16]


def corpus_dir() -> Path:
    return CACHE / corpus_hash()


def layout_for(seed: int) -> Layout:
    if seed < _SEEDS_IN_TURN:
        return LAYOUTS[seed % _TAKEN_IN_TURN]
    return LAYOUTS[_TAKEN_IN_TURN + (seed - _SEEDS_IN_TURN) // 6]


def ensure_corpus(seeds: range | list[int] = SEEDS, *, pdf: bool = True) -> list[Truth]:
    """Generate (or take from the cache) the reports for these seeds; convert missing PDFs with LibreOffice."""
    folder = corpus_dir()
    folder.mkdir(parents=True, exist_ok=True)
    truths: list[Truth] = []
    to_convert: list[Path] = []
    for seed in seeds:
        layout = layout_for(seed)
        name = f"r{seed:02d}-{layout.name}"
        truth_file = folder / f"{name}.json"
        docx_file = folder / f"{name}.docx"
        if not truth_file.exists() or not docx_file.exists():
            data, truth = build_report(seed, layout)
            docx_file.write_bytes(data)
            truth_file.write_text(json.dumps(asdict(truth), indent=1))
        if pdf and not (folder / f"{name}.pdf").exists():
            to_convert.append(docx_file)
        truths.append(Truth(**json.loads(truth_file.read_text())))
    if to_convert:
        convert_to_pdf(to_convert, folder)
    for truth in truths:
        pdf_file = folder / f"{truth.name}.pdf"
        if truth.pages is None and pdf_file.exists():
            truth.pages = pdf_page_count(pdf_file)
            (folder / f"{truth.name}.json").write_text(json.dumps(asdict(truth), indent=1))
    return truths


def convert_to_pdf(files: list[Path], folder: Path) -> None:
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is needed to make the corpus's PDFs")
    with tempfile.TemporaryDirectory(prefix="marker-corpus-") as profile:
        subprocess.run(
            [
                program,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, files),
            ],
            check=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60 + 30 * len(files),
        )


def pdf_page_count(pdf: Path) -> int:
    # The /Count of the page tree: the PDF's structure, not the text reader under test.
    match = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf.read_bytes())
    counts = [int(a or b) for a, b in match]
    if counts:
        return max(counts)
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def main() -> None:
    truths = ensure_corpus()
    print(f"{len(truths)} reports in {corpus_dir()}")


if __name__ == "__main__":
    main()
