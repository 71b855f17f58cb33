"""Files that are not readable reports: each gets a stable code and a message for the candidate."""

from __future__ import annotations

import io
import struct
import zipfile

import docx
import pytest
from fpdf import FPDF
from PIL import Image

from marker.documents import ReadLimits, UnreadableDocument, read_document, sniff_format
from marker.documents.sniff import OLE2_MAGIC
from tests.documents.builders import docx_with_body, make_pdf, p, rewrite, save


def code_of(data: bytes, limits: ReadLimits | None = None) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        read_document(data, "upload", limits=limits or ReadLimits(), layout="never")
    assert caught.value.message  # every refusal says something a person can act on
    return caught.value.code


def small_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Hello.")
    return save(document)


def ole2(*stream_names: str) -> bytes:
    return OLE2_MAGIC + b"\x00" * 504 + b"".join(name.encode("utf-16-le") + b"\x00\x00" for name in stream_names)


def test_format_is_judged_by_content_not_name() -> None:
    assert sniff_format(small_docx()) == "docx"
    assert sniff_format(make_pdf([[("Text.", 11, False)]])) == "pdf"
    assert read_document(small_docx(), "report.pdf", layout="never").format == "docx"


def test_empty_file() -> None:
    assert code_of(b"") == "empty"


def test_plain_text_and_rtf_are_not_documents() -> None:
    assert code_of(b"Just some text pasted into a file.") == "not_a_document"
    with pytest.raises(UnreadableDocument, match=r"\.rtf"):
        sniff_format(b"{\\rtf1\\ansi Hello}")


def test_other_zip_files_are_not_documents() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert code_of(buffer.getvalue()) == "not_a_document"


def test_legacy_doc_is_told_to_save_as_docx() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_document(ole2("Root Entry", "WordDocument", "1Table"), "report.docx")
    assert caught.value.code == "legacy_doc"
    assert caught.value.message == (
        "This file is a Word 97-2003 .doc; save it as .docx (File > Save As) and check it again."
    )


def test_password_protected_docx_is_encrypted() -> None:
    assert code_of(ole2("Root Entry", "EncryptionInfo", "EncryptedPackage")) == "encrypted"


def test_truncated_docx_is_corrupt() -> None:
    data = small_docx()
    assert code_of(data[: len(data) // 2]) == "corrupt"


def test_docx_with_a_damaged_entry_is_corrupt() -> None:
    data = bytearray(small_docx())
    index = data.find(b"word/document.xml") + len("word/document.xml") + 40  # into the compressed data
    data[index : index + 30] = b"\xff" * 30
    assert code_of(bytes(data)) == "corrupt"


def test_docx_with_broken_xml_is_corrupt() -> None:
    data = rewrite(small_docx(), {"word/document.xml": lambda xml: xml[: len(xml) // 2]})
    assert code_of(data) == "corrupt"


def test_zip_bomb_is_refused_before_decompressing() -> None:
    data = rewrite(small_docx(), {}, extra={"word/media/bomb.bin": "\x00" * (30 * 1024 * 1024)})
    assert len(data) < 1024 * 1024
    assert code_of(data) == "zip_bomb"
    assert code_of(data, ReadLimits(max_uncompressed_bytes=10 * 1024 * 1024, max_compression_ratio=1e9)) == "zip_bomb"


def test_too_many_entries_is_a_zip_bomb() -> None:
    data = rewrite(small_docx(), {}, extra={f"word/media/{n}.txt": "x" for n in range(50)})
    assert code_of(data, ReadLimits(max_entries=40)) == "zip_bomb"


def test_entry_sizes_that_lie_are_caught() -> None:
    data = bytearray(small_docx())
    # Shrink document.xml's declared size in the central directory: reading stops short and fails its CRC.
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/document.xml"))
    data[central + 24 : central + 28] = struct.pack("<I", 10)
    assert code_of(bytes(data)) == "corrupt"


def test_xml_with_a_doctype_is_refused() -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]>'
    data = rewrite(small_docx(), {"word/document.xml": lambda xml: bomb + xml[xml.index("?>") + 2 :]})
    assert code_of(data) == "doctype"


def test_encrypted_pdf_with_a_user_password() -> None:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Hidden words.")
    assert code_of(bytes(pdf.output())) == "encrypted"


def test_pdf_with_only_an_owner_password_is_read() -> None:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Readable words.")
    document = read_document(bytes(pdf.output()), "r.pdf")
    assert [b.text for b in document.blocks] == ["Readable words."]


def test_image_only_pdf_says_there_is_no_text_layer() -> None:
    image = Image.new("RGB", (200, 100), "white")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=100)
    with pytest.raises(UnreadableDocument) as caught:
        read_document(bytes(pdf.output()), "scan.pdf")
    assert caught.value.code == "no_text_layer"
    assert "scanned" in caught.value.message


def test_truncated_pdf_is_corrupt() -> None:
    assert code_of(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog") == "corrupt"


def test_too_many_pages() -> None:
    pdf = make_pdf([[("Page text.", 11, False)]] * 4)
    assert code_of(pdf, ReadLimits(max_pages=3)) == "too_many_pages"
    broken = docx_with_body(p("a") + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' * 5)
    assert code_of(broken, ReadLimits(max_pages=3)) == "too_many_pages"


def test_too_large() -> None:
    with pytest.raises(UnreadableDocument, match="the limit is 1 MB") as caught:
        read_document(small_docx() + b"\x00" * (1024 * 1024), "big.docx", limits=ReadLimits(max_bytes=1024 * 1024))
    assert caught.value.code == "too_large"
