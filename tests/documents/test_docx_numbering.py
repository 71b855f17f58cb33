"""Word's automatic numbering: a numbered heading is read with the label the page shows before it, so a part
numbered by Word ("(b)", "1.2", "Task 1") is found as a typed one is; list items keep their text alone."""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.oxml import parse_xml

from marker.checks import check_parsed
from marker.documents import read_document
from marker.documents.docx_numbering import _format
from marker.documents.model import BlockKind, Document
from marker.rubric import default_library

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbered_headings(levels: list[tuple[str, str]], *, start_override: int | None = None) -> WordDocument:
    """A document whose Heading 1 and Heading 2 are numbered by one multilevel list (levels 0 and 1 given as
    (format, text)); list id 7 points at it, optionally with a start override for level 0."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:pStyle w:val="Heading{index + 1}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for index, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="70">{lvls}</w:abstractNum>')
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
        if start_override is not None
        else ""
    )
    num = parse_xml(f'<w:num xmlns:w="{W}" w:numId="7"><w:abstractNumId w:val="70"/>{override}</w:num>')
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    for level in (1, 2):
        ppr = document.styles[f"Heading {level}"].element.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level - 1}"/><w:numId w:val="7"/></w:numPr>'))
    return document


def _read(document: WordDocument) -> Document:
    out = io.BytesIO()
    document.save(out)
    return read_document(out.getvalue(), "numbered.docx", layout="never")


def test_headings_numbered_by_word_are_read_with_their_labels_and_lists_keep_their_text() -> None:
    document = _numbered_headings([("decimal", "Task %1"), ("lowerLetter", "(%2)")])
    for task in ("Developments", "Conversion"):
        document.add_heading(task, 1)
        for title in ("Overview", "Plans"):
            document.add_heading(title, 2)
            document.add_paragraph("Some words here.")
    document.add_paragraph("A numbered point", style="List Number")
    headings = [block.text for block in _read(document).blocks if block.kind is BlockKind.HEADING]
    assert headings == [
        "Task 1 Developments", "(a) Overview", "(b) Plans", "Task 2 Conversion", "(a) Overview", "(b) Plans",
    ]  # fmt: skip
    items = [block.text for block in _read(document).blocks if block.kind is BlockKind.LIST_ITEM]
    assert items == ["A numbered point"]


def test_decimal_outline_numbers_restart_below_a_new_top_level_and_honour_a_start_override() -> None:
    document = _numbered_headings([("decimal", "%1"), ("decimal", "%1.%2")], start_override=3)
    document.add_heading("Third", 1)
    document.add_heading("Inner", 2)
    document.add_heading("Inner again", 2)
    document.add_heading("Fourth", 1)
    document.add_heading("Inner", 2)
    headings = [block.text for block in _read(document).blocks if block.kind is BlockKind.HEADING]
    assert headings == ["3 Third", "3.1 Inner", "3.2 Inner again", "4 Fourth", "4.1 Inner"]


def test_parts_numbered_by_word_are_found_and_counted() -> None:
    document = _numbered_headings([("decimal", "Task %1:"), ("decimal", "%1%2")])
    body = {}
    for task, parts in (("1", "abc"), ("2", "ab"), ("3", "ab")):
        document.add_heading("Report", 1)
        for index, letter in enumerate(parts):
            document.add_heading(f"Section {index}", 2)  # Word shows "1a Section 0", "1b Section 1", ...
            text = " ".join(["word"] * (10 + index))
            document.add_paragraph(text)
            body[task + letter] = len(text.split())
    # The level-2 label "%1%2" is decimal: make it a letter, as candidates' lists do.
    numbering = document.part.numbering_part.element
    for fmt in numbering.iter(f"{{{W}}}numFmt"):
        lvl = fmt.getparent()
        if lvl.get(f"{{{W}}}ilvl") == "1" and lvl.getparent().get(f"{{{W}}}abstractNumId") == "70":
            fmt.set(f"{{{W}}}val", "lowerLetter")
    library = default_library()
    rubric = library.get("cim-2206")
    report = check_parsed(_read(document), rubric, library.verbs_for(rubric))
    assert {part.part.id: part.words for part in report.parts if part.found} == body


def test_number_formats_as_word_shows_them() -> None:
    assert [_format(n, "lowerLetter") for n in (1, 2, 26, 27, 28)] == ["a", "b", "z", "aa", "bb"]
    assert [_format(n, "upperRoman") for n in (1, 4, 9, 14)] == ["I", "IV", "IX", "XIV"]
    assert _format(3, "lowerRoman") == "iii" and _format(7, "decimalZero") == "07" and _format(2, "ordinal") == "2nd"


def test_a_numbered_heading_left_empty_shows_its_number_alone_and_heads_its_part() -> None:
    document = _numbered_headings([("decimal", "%1"), ("decimal", "%1.%2")])
    document.add_heading("Personalisation report", 1)
    document.add_heading("", 2)  # the candidate typed nothing: Word shows "1.1"
    document.add_paragraph("The firm sells online and in stores.")
    document.add_heading("", 2)
    document.add_paragraph("Personalisation is changing fast.")
    read = _read(document)
    assert [(block.kind, block.text) for block in read.blocks[:3]] == [
        (BlockKind.HEADING, "1 Personalisation report"),
        (BlockKind.HEADING, "1.1"),
        (BlockKind.PARAGRAPH, "The firm sells online and in stores."),
    ]
    library = default_library()
    rubric = library.get("cim-2206")
    report = check_parsed(read, rubric, library.verbs_for(rubric))
    found = {part.part.id: part.words for part in report.parts if part.found}
    assert found == {"1a": 7, "1b": 4}
