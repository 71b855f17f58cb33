"""The check report as a file a candidate keeps: DOCX or PDF, built from the report's JSON form.

The exports read the contract dictionary (``CheckReport.to_dict()``, see check-report-contract.md) rather than
the report object, so a report that was shown on a page and posted back (signed) can be rendered again without
the uploaded file or any stored state. Both formats are built from one outline, so they say the same things in
the same order as the page and ``marker check``'s text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from docx import Document as new_document
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from marker.errors import MarkerError

ExportFormat = Literal["docx", "pdf"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("docx", "pdf")
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


def part_labels(report: Mapping[str, Any]) -> dict[str, str]:
    """Each part's label ("Task 1 (a)") by id, for sentences a candidate reads."""
    return {str(part.get("id")): _text(part.get("label") or part.get("id")) for part in report.get("parts") or ()}


def limit_row(limit: Mapping[str, Any], labels: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """One limit as the row a person reads: parts, count, limit, tolerance, status."""
    labels = labels or {}
    unit = _text(limit.get("unit"), "words")
    tolerance = limit.get("tolerance_pct")
    tolerance_text = f"{tolerance:g}%" if isinstance(tolerance, int | float) and tolerance else "none"
    return (
        ", ".join(labels.get(str(part), str(part)) for part in limit.get("parts", ())),
        _quantity(limit.get("actual"), unit),
        _quantity(limit.get("max"), unit),
        tolerance_text,
        STATUS_WORDS.get(_text(limit.get("status")), _text(limit.get("status"))),
    )


def verb_lines(part: Mapping[str, Any]) -> list[str]:
    """What the part's command verbs ask for, one line per verb ("Appraise: provide a ... critique ...").

    The Level interpretation leads because it says what the answer must do; the short definition follows.
    """
    verbs = part.get("verbs") or ()
    if isinstance(verbs, Mapping):
        verbs = [verbs]
    lines = []
    for verb in verbs:
        if not isinstance(verb, Mapping):
            lines.append(_text(verb).capitalize())
            continue
        name = _text(verb.get("name") or verb.get("id")).strip().capitalize()
        definition = _text(verb.get("definition")).strip()
        interpretation = _text(verb.get("interpretation")).strip()
        asks = interpretation or definition
        line = f"{name}: {asks}" if asks else name
        if interpretation and definition and definition != interpretation:
            line = f"{line} In short: {definition}"
        lines.append(line)
    return lines


def readability_line(part: Mapping[str, Any]) -> str | None:
    """Flesch reading ease and grade level with their one-line explanation, or None when not measured."""
    readability = part.get("readability")
    if not isinstance(readability, Mapping) or readability.get("flesch_reading_ease") is None:
        return None
    ease = readability.get("flesch_reading_ease")
    grade = readability.get("grade_level")
    line = f"Flesch reading ease {ease}, grade level {_figure(grade)}."
    explanation = _text(readability.get("explanation")).strip()
    return f"{line} {explanation}" if explanation else line


# How to put a problem right, for the kinds whose message does not already say so (those that do end with
# ": <what to do>").
FIXES: dict[str, str] = {
    "cited_not_listed": "Add the full reference to your reference list, or correct the author or year cited.",
    "no_reference_list": "Add a heading “References” after your last task and list every work you cite.",
}


def _concerns(problem: Mapping[str, Any], references: Mapping[str, Any]) -> str:
    """The citation or reference-list entry a problem is about, as written in the report."""
    explicit = _text(problem.get("text") or problem.get("citation") or problem.get("entry")).strip()
    if explicit or not problem.get("author"):
        return explicit
    author, year = problem.get("author"), problem.get("year")
    kind = _text(problem.get("kind"))
    in_text = kind.startswith("cited") or kind in ("year_mismatch", "et_al_misuse", "ampersand_in_brackets")
    pools = ("citations", "entries") if in_text else ("entries", "citations")
    for pool in pools:
        for item in references.get(pool) or ():
            authors = item.get("authors") or ()
            if authors and authors[0] == author and (item.get("year") == year or kind == "year_mismatch"):
                if pool == "citations" and problem.get("part") not in (None, item.get("part")):
                    continue
                return _text(item.get("text")).strip()
    return ""


def problem_line(problem: Mapping[str, Any], references: Mapping[str, Any] | None = None) -> str:
    """A reference problem with the citation or entry it concerns and how to fix it."""
    message = _text(problem.get("message")).strip()
    concerns = _concerns(problem, references or {})
    fix = _text(problem.get("fix")).strip() or (
        FIXES.get(_text(problem.get("kind")), "") if ": " not in message else ""
    )
    line = [message]
    if concerns and concerns not in message:
        line.append(f"It concerns: {concerns}")
    if fix and fix not in message:
        line.append(f"How to fix it: {fix}")
    return " ".join(line)


def report_outline(report: Mapping[str, Any]) -> list[Section]:
    """The report as headed sections, in the order of the page: limits, parts, references, per part, notes."""
    if report.get("schema") != "marker.check-report/1":
        raise ExportError("This is not a check report, so it cannot be downloaded. Check your file again.")
    file = report.get("file") or {}
    rubric = report.get("rubric") or {}
    parts: Sequence[Mapping[str, Any]] = report.get("parts") or ()
    sections = [
        Section(
            heading="About this check",
            paragraphs=(
                f"File: {_text(file.get('name'))} ({_text(file.get('format')).upper()}, "
                f"{_figure(file.get('pages'))} pages).",
                f"Assessment brief: {_text(rubric.get('title'))} ({_text(rubric.get('id'))}).",
                "This is a pre-submission check, not a mark: it counts, it does not judge.",
            ),
        ),
        Section(
            heading="Parts found",
            table_header=("Part", "Heading found", "Words", "All words", "Pages"),
            table_rows=tuple(_part_row(part) for part in parts),
            bullets=tuple(_missing_lines(parts)),
        ),
        Section(
            heading="Word and page limits",
            table_header=("Counts", "Your count", "Limit", "Tolerance", "Result"),
            table_rows=tuple(limit_row(limit, part_labels(report)) for limit in report.get("limits") or ()),
            paragraphs=tuple(_policy_paragraphs(report)),
        ),
        _references_section(report.get("references") or {}),
        Section(heading="Each part", subsections=tuple(_part_section(part) for part in parts if part.get("found"))),
    ]
    findings = [
        f"{_text(item.get('severity')).capitalize()}: {_text(item.get('message'))}"
        for item in report.get("findings") or ()
    ]
    if findings:
        sections.append(Section(heading="Everything the check found", bullets=tuple(findings)))
    return sections


def _policy_paragraphs(report: Mapping[str, Any]) -> Iterable[str]:
    statement = _text(report.get("word_count_policy")).strip()
    if statement:
        yield f"What was counted: {statement}"


def _part_row(part: Mapping[str, Any]) -> tuple[str, ...]:
    if not part.get("found"):
        return (_text(part.get("label") or part.get("id")), "Not found", "0", "0", "–")
    return (
        _text(part.get("label") or part.get("id")),
        _text(part.get("heading")),
        _figure(part.get("words")),
        _figure(part.get("words_all_content")),
        _figure(part.get("pages")),
    )


def _missing_lines(parts: Iterable[Mapping[str, Any]]) -> Iterable[str]:
    for part in parts:
        if part.get("found"):
            continue
        suggestion = _text(part.get("suggested_heading")).strip()
        line = f"{_text(part.get('label') or part.get('id'))} was not found."
        yield f"{line} Add a heading such as “{suggestion}” before it." if suggestion else line


def _references_section(references: Mapping[str, Any]) -> Section:
    citations = references.get("citations") or ()
    entries = references.get("entries") or ()
    problems = [problem_line(problem, references) for problem in references.get("problems") or ()]
    summary = f"{len(citations)} citations in the text; {len(entries)} entries in the reference list."
    if not problems:
        return Section(heading="References", paragraphs=(summary, "No problems were found with your references."))
    return Section(heading="References", paragraphs=(summary,), bullets=tuple(problems))


def _part_section(part: Mapping[str, Any]) -> Section:
    paragraphs = [f"Heading: {_text(part.get('heading'))}. Words: {_figure(part.get('words'))}."]
    readability = readability_line(part)
    if readability:
        paragraphs.append(f"Readability: {readability}")
    verbs = verb_lines(part)
    if verbs:
        paragraphs.append("What the command verb asks for:")
    title = " ".join(_text(piece) for piece in (part.get("label") or part.get("id"), part.get("title")) if piece)
    return Section(heading=title, paragraphs=tuple(paragraphs), bullets=tuple(verbs))


def export_report(report: Mapping[str, Any], export_format: str) -> bytes:
    """The report as a DOCX or PDF file's bytes."""
    if export_format == "docx":
        return report_docx(report)
    if export_format == "pdf":
        return report_pdf(report)
    raise ExportError(f"A report can be downloaded as DOCX or PDF, not {export_format!r}.")


def export_filename(report: Mapping[str, Any], export_format: ExportFormat) -> str:
    """A download name from the checked file's name: ``report.docx`` gives ``report-check.pdf``."""
    name = _text((report.get("file") or {}).get("name"), "report")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem).strip("-")[:60] or "report"
    return f"{safe}-check.{export_format}"


def report_docx(report: Mapping[str, Any]) -> bytes:
    """The check report as DOCX bytes."""
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


def report_pdf(report: Mapping[str, Any]) -> bytes:
    """The check report as PDF bytes (A4)."""
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
