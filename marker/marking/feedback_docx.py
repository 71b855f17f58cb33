"""The feedback sheet as a Word document a tutor downloads and passes to the candidate."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from marker.marking.feedback import Feedback, PartFeedback

if TYPE_CHECKING:
    # python-docx is imported when a sheet is made, not when a web worker starts.
    from docx.document import Document as DocxDocument


def feedback_docx(feedback: Feedback) -> bytes:
    """The feedback sheet as DOCX bytes: candidate, parts with marks, bands, comments and findings, result."""
    from docx import Document as new_document
    from docx.shared import Pt

    doc = new_document()
    _a4(doc)
    doc.core_properties.title = f"Feedback: {feedback.assessment_title or feedback.rubric_title}"
    doc.core_properties.author = feedback.marker_name or "marker"
    doc.add_heading("Feedback", level=0)

    details = doc.add_table(rows=0, cols=2)
    details.style = "Table Grid"
    for label, value in _details(feedback):
        row = details.add_row().cells
        row[0].text = label
        row[1].text = value

    for part in feedback.parts:
        _add_part(doc, feedback, part)

    if feedback.limits:
        doc.add_heading("Word and page limits", level=1)
        for sentence in feedback.limits:
            doc.add_paragraph(sentence, style="List Bullet")
    if feedback.references:
        doc.add_heading("Referencing", level=1)
        for message in feedback.references:
            doc.add_paragraph(message, style="List Bullet")

    doc.add_heading("Overall comment", level=1)
    doc.add_paragraph(feedback.overall_comment or "No overall comment.")

    doc.add_heading("Result", level=1)
    result = doc.add_paragraph()
    run = result.add_run(result_line(feedback))
    run.bold = True
    run.font.size = Pt(13)

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _a4(doc: DocxDocument) -> None:
    from docx.shared import Mm

    """A4 with 2.5 cm margins: python-docx's default template is US Letter, which UK printers do not hold."""
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)


def result_line(feedback: Feedback) -> str:
    """The one line that gives the result: total out of the maximum and grade, or the outcome."""
    if feedback.scheme == "achievement":
        return f"Outcome: {feedback.grade or 'not decided'}"
    total = "–" if feedback.total is None else str(feedback.total)
    return f"Total: {total} / {feedback.total_marks}    Grade: {feedback.grade or '–'}"


def part_result(part: PartFeedback) -> str:
    """A part's mark out of its maximum (or its outcome), with its band."""
    if part.outcome is not None or part.criteria:
        return part.outcome or "Not decided"
    mark = "–" if part.mark is None else str(part.mark)
    band = f"    Band: {part.band}" if part.band else ""
    return f"Mark: {mark} / {part.max_marks}{band}"


def _details(feedback: Feedback) -> list[tuple[str, str]]:
    rows = [
        ("Candidate", " ".join(x for x in (feedback.candidate_number, feedback.candidate_name) if x)),
        ("Assessment", feedback.assessment_title or feedback.rubric_title),
        ("Qualification", feedback.qualification),
    ]
    if feedback.cohort:
        rows.append(("Cohort", feedback.cohort))
    if feedback.marker_name:
        rows.append(("Marker", feedback.marker_name))
    if feedback.marked_on is not None:
        rows.append(("Date", feedback.marked_on.strftime("%d %B %Y")))
    return rows


def _add_part(doc: object, feedback: Feedback, part: PartFeedback) -> None:
    heading = f"{part.label}: {part.title}" if part.title else part.label
    doc.add_heading(heading, level=1)  # type: ignore[attr-defined]
    para = doc.add_paragraph()  # type: ignore[attr-defined]
    para.add_run(part_result(part)).bold = True
    if part.descriptor:
        doc.add_paragraph(part.descriptor, style="Intense Quote")  # type: ignore[attr-defined]
    for criterion in part.criteria:
        state = {True: "Achieved", False: "Not yet achieved", None: "Not decided"}[criterion.achieved]
        doc.add_paragraph(f"{criterion.code} {criterion.text}: {state}", style="List Bullet")  # type: ignore[attr-defined]
    if part.comment:
        doc.add_paragraph(part.comment)  # type: ignore[attr-defined]
    for note in part.inline_comments:
        doc.add_paragraph(note, style="List Bullet")  # type: ignore[attr-defined]
    for finding in part.findings:
        doc.add_paragraph(finding, style="List Bullet")  # type: ignore[attr-defined]
