"""What text a DOCX yields: what a reader of the printed document sees, each word once."""

from __future__ import annotations

import docx

from marker.documents import BlockKind, read_document
from tests.documents.builders import docx_with_body, p, save


def texts(data: bytes) -> list[tuple[str, str]]:
    return [(block.kind.value, block.text) for block in read_document(data, "r.docx", layout="never").blocks]


def test_plain_paragraphs_and_tables_come_in_document_order() -> None:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Channel"
    table.cell(0, 1).text = "Reach"
    table.cell(1, 0).text = "Email"
    table.cell(1, 1).text = "12,000"
    document.add_paragraph("After the table.")
    assert texts(save(document)) == [
        ("paragraph", "Before the table."),
        ("table", "Channel\tReach\nEmail\t12,000"),
        ("paragraph", "After the table."),
    ]


def test_tracked_insertions_count_and_deletions_do_not() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Customers </w:t></w:r>'
        '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">really </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">never </w:delText></w:r></w:del>'
        "<w:r><w:t>buy.</w:t></w:r></w:p>"
    )
    assert texts(docx_with_body(body)) == [("paragraph", "Customers really buy.")]


def test_moved_text_counts_once() -> None:
    body = (
        '<w:p><w:moveFrom w:id="1" w:author="A"><w:r><w:t xml:space="preserve">Moved </w:t></w:r></w:moveFrom>'
        '<w:r><w:t xml:space="preserve">text </w:t></w:r>'
        '<w:moveTo w:id="2" w:author="A"><w:r><w:t>moved</w:t></w:r></w:moveTo></w:p>'
    )
    assert texts(docx_with_body(body)) == [("paragraph", "text moved")]


def test_field_codes_are_hidden_and_field_results_shown() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">See page </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>4</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t xml:space="preserve"> of 9</w:t></w:r></w:fldSimple></w:p>'
    )
    assert texts(docx_with_body(body)) == [("paragraph", "See page 4 of 9")]


def test_hidden_text_is_left_out() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Shown </w:t></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">secret notes to self </w:t></w:r>'
        '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>words.</w:t></w:r></w:p>'
    )
    assert texts(docx_with_body(body)) == [("paragraph", "Shown words.")]


def test_smart_tags_and_content_controls_keep_their_text() -> None:
    body = (
        '<w:p><w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t xml:space="preserve">London </w:t></w:r>'
        "</w:smartTag>"
        '<w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">Ada '
        "Lovelace</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        '<w:sdt><w:sdtPr><w:alias w:val="Block"/></w:sdtPr><w:sdtContent>'
        + p("A whole paragraph in a control.")
        + "</w:sdtContent></w:sdt>"
        '<w:customXml w:element="x">' + p("Custom XML paragraph.") + "</w:customXml>"
    )
    assert texts(docx_with_body(body)) == [
        ("paragraph", "London Ada Lovelace"),
        ("paragraph", "A whole paragraph in a control."),
        ("paragraph", "Custom XML paragraph."),
    ]


TEXT_BOX = (
    '<w:p><w:r><w:t xml:space="preserve">Body text. </w:t></w:r><w:r><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
    "<w:txbxContent>" + p("Key insight: mobile first.") + p("Second line.") + "</w:txbxContent>"
    "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
    + p("Key insight: mobile first.")
    + p("Second line.")
    + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r><w:r><w:t>More body.</w:t></w:r></w:p>"
)


def test_text_box_counted_once_not_again_through_its_fallback_copy() -> None:
    blocks = texts(docx_with_body(TEXT_BOX))
    assert blocks == [
        ("paragraph", "Body text. More body."),
        ("text_box", "Key insight: mobile first.\nSecond line."),
    ]
    words = sum(len(text.split()) for _, text in blocks)
    assert words == 4 + 6


def _shape(text: str, placed: str = "anchor") -> str:
    """A run holding a drawn shape (``placed``: anchor or inline) whose text box holds ``text``."""
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:{placed}><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{p(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
        f"</a:graphic></wp:{placed}></w:drawing></mc:Choice></mc:AlternateContent></w:r>"
    )


def test_a_shape_before_a_paragraphs_text_is_read_before_it() -> None:
    body = (
        "<w:p>" + _shape("Task 1 (b)", "inline") + "</w:p>"  # a heading in a banner, alone in its paragraph
        "<w:p>" + _shape("1c") + '<w:r><w:t xml:space="preserve">The answer starts here.</w:t></w:r></w:p>'
    )
    assert texts(docx_with_body(body)) == [
        ("text_box", "Task 1 (b)"),
        ("text_box", "1c"),
        ("paragraph", "The answer starts here."),
    ]


def test_vml_only_text_box_is_read() -> None:
    body = (
        "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        + p("Old style box.")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    assert texts(docx_with_body(body)) == [("text_box", "Old style box.")]


def test_breaks_tabs_and_special_hyphens() -> None:
    body = (
        "<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>line two</w:t><w:tab/><w:t>after tab e</w:t>"
        "<w:noBreakHyphen/><w:t>mail</w:t><w:softHyphen/><w:t>ing</w:t></w:r></w:p>"
    )
    assert texts(docx_with_body(body)) == [("paragraph", "Line one\nline two\tafter tab e-mailing")]


def test_nested_table_is_flattened_into_its_cell() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Outer"
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "in1"
    inner.cell(0, 1).text = "in2"
    blocks = read_document(save(document), "r.docx", layout="never").blocks
    assert [(b.kind, b.text) for b in blocks] == [(BlockKind.TABLE, "Outer\tin1 in2")]
