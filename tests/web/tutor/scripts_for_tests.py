"""Scripts and zips for the tutor web tests, built with python-docx (nothing binary is checked in)."""

from __future__ import annotations

import io
import zipfile

import docx

CIM_PARTS = (
    ("Task 1 (a) Organisation overview", "Acme Ltd sells outdoor gear to families across the UK."),
    ("Task 1 (b) Developments in personalisation", "Personalisation is growing (Chaffey and Ellis-Chadwick, 2019)."),
    ("Task 1 (c) Personalising channels", "Email can be personalised for the family segment."),
    ("Task 2 (a) Action plan", "The plan covers search and social media (Smith, 2018)."),
    ("Task 2 (b) Personalised content", "Content is tailored with re-marketing."),
    ("Task 3 (a) Managing personalisation", "A governance group should lead the work."),
    ("Task 3 (b) Risks", "Three risks are data protection, cost and skills."),
)
REFERENCES = ("Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",)


def make_docx(parts: tuple[tuple[str, str], ...] = CIM_PARTS, *, words: int = 0) -> bytes:
    """A report with a heading and a paragraph per part (``words`` extra words in each), and references."""
    document = docx.Document()
    document.add_heading("Mastering Digital Channels", level=0)
    for heading, text in parts:
        document.add_heading(heading, level=1)
        document.add_paragraph(text + (" word" * words))
    document.add_heading("References", level=1)
    for entry in REFERENCES:
        document.add_paragraph(entry)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def moodle_zip(people: dict[str, str], extra: dict[str, bytes] | None = None) -> bytes:
    """A zip laid out as Moodle's "Download all submissions" (in folders): {participant id: full name}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, name in people.items():
            archive.writestr(f"{name}_{number}_assignsubmission_file_/{name.split()[0]} report.docx", make_docx())
        for path, data in (extra or {}).items():
            archive.writestr(path, data)
    return buffer.getvalue()
