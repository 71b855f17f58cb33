"""The check report as a file a candidate keeps: DOCX or PDF, built from the report's JSON form.

The exports read the contract dictionary (``CheckReport.to_dict()``, see check-report-contract.md), typed by
``StoredReport``, rather than the report object, so a report that was shown on a page and posted back (signed)
can be rendered again without the uploaded file or any stored state. Both formats are built from one outline,
so they say the same things in the same order as the page and ``marker check``'s text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from marker.checks.references.model import UNCONFIRMED_FINDING, ReferenceProblem
from marker.checks.stored import LimitSummary, PartSummary, StoredReferences, StoredReport
from marker.errors import MarkerError

if TYPE_CHECKING:
    # python-docx and fpdf2 (with Pillow and fontTools) are imported when a report is exported, not when a
    # web worker starts: most workers never export one.
    from fpdf import FPDF

ExportFormat = Literal["docx", "pdf"]
MEDIA_TYPES: dict[ExportFormat, str] = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}

STATUS_WORDS: dict[str, str] = {
    "within": "Within the limit",
    "within_tolerance": "Over the limit but within the tolerance",
    "over": "Over the limit",
    "missing": "Not found",
    "unknown": "Could not be measured",
}


class ExportError(MarkerError):
    """A report that cannot be exported (an unknown format, or not a check report at all)."""


@dataclass(frozen=True)
class Section:
    """One headed section of the exported report: paragraphs, then an optional table, then bullet points."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    table_header: tuple[str, ...] = ()
    table_rows: tuple[tuple[str, ...], ...] = ()
    bullets: tuple[str, ...] = ()
    subsections: tuple[Section, ...] = field(default_factory=tuple)


def _text(value: Any, default: str = "") -> str:
    return default if value is None else str(value)


def _figure(value: Any) -> str:
    # null in the contract means "could not be determined"; say so rather than print "None". Thousands are
    # separated as in ``marker check``'s text ("1,654").
    if value is None:
        return "not known"
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _quantity(value: Any, unit: str) -> str:
    """A figure with its unit, singular for one ("1 page", "1,500 words")."""
    return f"{_figure(value)} {unit.removesuffix('s') if value == 1 else unit}"


def _stored(report: Mapping[str, Any] | StoredReport) -> StoredReport:
    return report if isinstance(report, StoredReport) else StoredReport.from_dict(report)


def limit_row(limit: LimitSummary, labels: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """One limit as the row a person reads: parts, count, limit, tolerance, status."""
    labels = labels or {}
    tolerance = f"{limit.tolerance_pct:g}%" if limit.tolerance_pct else "none"
    return (
        ", ".join(labels.get(part, part) for part in limit.parts),
        _quantity(limit.actual, limit.unit),
        _quantity(limit.max, limit.unit),
        tolerance,
        STATUS_WORDS.get(limit.status, limit.status),
    )


def verb_lines(part: PartSummary) -> list[str]:
    """What the part's command verbs ask for, one line per verb ("Appraise: provide a ... critique ...").

    The Level interpretation leads because it says what the answer must do; the short definition follows.
    """
    lines = []
    for verb in part.verbs:
        name = verb.name.strip().capitalize()
        definition = (verb.definition or "").strip()
        interpretation = (verb.interpretation or "").strip()
        asks = interpretation or definition
        line = f"{name}: {asks}" if asks else name
        if interpretation and definition and definition != interpretation:
            line = f"{line} In short: {definition}"
        lines.append(line)
    return lines


def readability_line(part: PartSummary) -> str | None:
    """Flesch reading ease and grade level with their one-line explanation, or None when not measured."""
    readability = part.readability
    if readability is None:
        return None
    line = f"Flesch reading ease {readability.flesch_reading_ease:g}, grade level {readability.grade_level:g}."
    explanation = readability.explanation.strip()
    return f"{line} {explanation}" if explanation else line


# How to put a problem right, for the kinds whose message does not already say so (those that do end with
# ": <what to do>").
FIXES: dict[str, str] = {
    "cited_not_listed": "Add the full reference to your reference list, or correct the author or year cited.",
    "no_reference_list": "Add a heading “References” after your last task and list every work you cite.",
}

_IN_TEXT_KINDS = ("year_mismatch", "et_al_misuse", "ampersand_in_brackets")


def _concerns(problem: ReferenceProblem, references: StoredReferences) -> str:
    """The citation or reference-list entry a problem is about, as written in the report."""
    if not problem.author:
        return ""
    in_text = problem.kind.startswith("cited") or problem.kind in _IN_TEXT_KINDS
    year_matters = problem.kind != "year_mismatch"

    def matches(authors: tuple[str, ...], year: str | None) -> bool:
        return bool(authors) and authors[0] == problem.author and (year == problem.year or not year_matters)

    citations = [
        citation.text
        for citation in references.citations
        if matches(citation.authors, citation.year) and problem.part in (None, citation.part)
    ]
    entries = [entry.text for entry in references.entries if matches(entry.authors, entry.year)]
    found = (citations + entries) if in_text else (entries + citations)
    return found[0].strip() if found else ""


def problem_line(problem: ReferenceProblem, references: StoredReferences | None = None) -> str:
    """A reference problem with the citation or entry it concerns and how to fix it."""
    message = problem.message.strip()
    concerns = _concerns(problem, references or StoredReferences())
    fix = FIXES.get(problem.kind, "") if ": " not in message else ""
    line = [message]
    if concerns and concerns not in message:
        line.append(f"It concerns: {concerns}")
    if fix and fix not in message:
        line.append(f"How to fix it: {fix}")
    return " ".join(line)


def report_outline(data: Mapping[str, Any] | StoredReport) -> list[Section]:
    """The report as headed sections, in the order of the page: limits, parts, references, per part, notes."""
    report = _stored(data)
    if not report.is_check_report:
        raise ExportError("This is not a check report, so it cannot be downloaded. Check your file again.")
    sections = [
        Section(
            heading="About this check",
            paragraphs=(
                f"File: {report.file_name} ({report.file_format.upper()}, {_figure(report.pages)} pages).",
                f"Assessment brief: {report.rubric_title} ({report.rubric_id}).",
                "This is a pre-submission check, not a mark: it counts, it does not judge.",
            ),
        ),
        Section(
            heading="Parts found",
            table_header=("Part", "Heading found", "Words", "All words", "Pages"),
            table_rows=tuple(_part_row(part) for part in report.parts),
            bullets=tuple(_missing_lines(report.parts)),
        ),
        Section(
            heading="Word and page limits",
            table_header=("Counts", "Your count", "Limit", "Tolerance", "Result"),
            table_rows=tuple(limit_row(limit, report.part_labels()) for limit in report.limits),
            paragraphs=tuple(_policy_paragraphs(report)),
        ),
        _references_section(report.references, unconfirmed_note(report)),
        Section(heading="Each part", subsections=tuple(_part_section(part) for part in report.parts if part.found)),
    ]
    findings = [f"{item.severity.capitalize()}: {item.message}" for item in report.findings]
    if findings:
        sections.append(Section(heading="Everything the check found", bullets=tuple(findings)))
    return sections


def _policy_paragraphs(report: StoredReport) -> Iterable[str]:
    statement = report.word_count_policy.strip()
    if statement:
        yield f"What was counted: {statement}"


def _part_row(part: PartSummary) -> tuple[str, ...]:
    if not part.found:
        return (part.name, "Not found", "0", "0", "–")
    return (part.name, part.heading or "", _figure(part.words), _figure(part.words_all_content), _figure(part.pages))


def _missing_lines(parts: Iterable[PartSummary]) -> Iterable[str]:
    for part in parts:
        if part.found:
            continue
        suggestion = (part.suggested_heading or "").strip()
        line = f"{part.name} was not found."
        yield f"{line} Add a heading such as “{suggestion}” before it." if suggestion else line


def no_reference_problems_line(unconfirmed_note: str) -> str:
    """What to say where no reference problem was found; where the note lists brackets to check, "no problems" alone
    would tell the candidate to look no further."""
    if unconfirmed_note:
        return (
            "No definite problems were found with your references, but some citations match no entry in the list: "
            "check the note that follows."
        )
    return "No problems were found with your references."


def _references_section(references: StoredReferences, unconfirmed_note: str = "") -> Section:
    problems = tuple(problem_line(problem, references) for problem in references.problems)
    summary = (
        f"{len(references.citations)} citations in the text; {len(references.entries)} entries in the reference list."
    )
    none_found = () if problems else (no_reference_problems_line(unconfirmed_note),)
    # Brackets that match no entry and that nothing marks as sources come after the problems, in one note.
    to_check = (Section(heading="To check", paragraphs=(unconfirmed_note,)),) if unconfirmed_note else ()
    return Section(heading="References", paragraphs=(summary, *none_found), bullets=problems, subsections=to_check)


def unconfirmed_note(report: StoredReport) -> str:
    """The note listing the citations that match no entry and that nothing marks as sources, or ""."""
    return next((f.message for f in report.findings if f.code == UNCONFIRMED_FINDING), "")


def _part_section(part: PartSummary) -> Section:
    paragraphs = [f"Heading: {part.heading or ''}. Words: {_figure(part.words)}."]
    readability = readability_line(part)
    if readability:
        paragraphs.append(f"Readability: {readability}")
    verbs = verb_lines(part)
    if verbs:
        paragraphs.append("What the command verb asks for:")
    title = " ".join(piece for piece in (part.name, part.title) if piece)
    return Section(heading=title, paragraphs=tuple(paragraphs), bullets=tuple(verbs))


def export_report(report: Mapping[str, Any] | StoredReport, export_format: str) -> bytes:
    """The report as a DOCX or PDF file's bytes."""
    if export_format == "docx":
        return report_docx(report)
    if export_format == "pdf":
        return report_pdf(report)
    raise ExportError(f"A report can be downloaded as DOCX or PDF, not {export_format!r}.")


def export_filename(report: Mapping[str, Any] | StoredReport, export_format: ExportFormat) -> str:
    """A download name from the checked file's name: ``report.docx`` gives ``report-check.pdf``."""
    name = _stored(report).file_name or "report"
    stem = name.rsplit(".", 1)[0] if "." in name else name
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem).strip("-")[:60] or "report"
    return f"{safe}-check.{export_format}"


def report_docx(report: Mapping[str, Any] | StoredReport) -> bytes:
    """The check report as DOCX bytes."""
    from docx import Document as new_document

    outline = report_outline(report)
    doc = new_document()
    doc.core_properties.title = "Pre-submission check"
    doc.core_properties.author = "marker"
    doc.add_heading("Pre-submission check", level=0)
    for section in outline:
        _docx_section(doc, section, level=1)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _docx_section(doc: Any, section: Section, level: int) -> None:
    doc.add_heading(section.heading, level=level)
    for paragraph in section.paragraphs:
        doc.add_paragraph(paragraph)
    if section.table_rows:
        table = doc.add_table(rows=1, cols=len(section.table_header))
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, section.table_header, strict=True):
            cell.text = label
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in section.table_rows:
            for cell, value in zip(table.add_row().cells, row, strict=True):
                cell.text = value
    for bullet in section.bullets:
        doc.add_paragraph(bullet, style="List Bullet")
    for subsection in section.subsections:
        _docx_section(doc, subsection, level=level + 1)


# fpdf2's built-in fonts are Latin-1 only; typographic punctuation is mapped so no word is lost to a "?".
_LATIN1_REPLACEMENTS = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "-", "\u00a0": " "}
)


def _latin1(text: str) -> str:
    return text.translate(_LATIN1_REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


def report_pdf(report: Mapping[str, Any] | StoredReport) -> bytes:
    """The check report as PDF bytes (A4)."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    outline = report_outline(report)
    pdf = FPDF(format="A4")
    pdf.set_title("Pre-submission check")
    pdf.set_author("marker")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Pre-submission check", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for section in outline:
        _pdf_section(pdf, section, size=14)
    return bytes(pdf.output())


def _pdf_section(pdf: FPDF, section: Section, size: int) -> None:
    from fpdf.enums import XPos, YPos

    pdf.ln(3)
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 7, _latin1(section.heading), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    for paragraph in section.paragraphs:
        pdf.multi_cell(0, 5, _latin1(paragraph), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if section.table_rows:
        pdf.ln(1)
        with pdf.table(text_align="LEFT", line_height=5) as table:
            header = table.row()
            for label in section.table_header:
                header.cell(_latin1(label))
            for values in section.table_rows:
                row = table.row()
                for value in values:
                    row.cell(_latin1(value))
    for bullet in section.bullets:
        pdf.multi_cell(0, 5, _latin1(f"- {bullet}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for subsection in section.subsections:
        _pdf_section(pdf, subsection, size=12)
