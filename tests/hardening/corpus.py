"""A corpus of hostile and broken files, built here (never downloaded), each with the outcome it must get.

Every entry names the file, its bytes, and what reading it must give: the ``UnreadableDocument`` code
(``"empty"``, ``"zip_bomb"``, ...) or ``OK`` when the file is odd but readable (a PDF with an owner password
only, a 250-page PDF). The corpus is used by the hardening tests (reader, ``marker check``, web upload) and by
``benchmarks/hostile_files.py``, which times each file through ``marker check``.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from fpdf import FPDF

from marker.documents.limits import DEFAULT_LIMITS, MIB
from tests.documents.builders import docx_with_body, make_pdf, p

OK = "ok"


@dataclass(frozen=True)
class HostileFile:
    """One corpus file: ``expected`` is an UnreadableDocument code, or OK for a file that must be read."""

    name: str
    data: bytes
    expected: str
    why: str


# Time budgets for reading corpus files in tests, so that no outcome depends on how busy the machine is. The
# file that must run out of time gets a budget far below what it needs (its 18 MB content stream took 16.5 s
# on a loaded 2-core box; finishing within 0.5 s would take a machine thirty times faster); every other file
# gets one that no machine under test load comes near (LibreOffice alone has taken 2.8 s of a 3 s budget).
MUST_TIME_OUT_BUDGET_S = 0.5
GENEROUS_BUDGET_S = 120.0


def budget_for(item: HostileFile) -> float:
    """The time limit to read this corpus file under in a test."""
    return MUST_TIME_OUT_BUDGET_S if item.expected == "timeout" else GENEROUS_BUDGET_S


# --- valid starting points ------------------------------------------------------------------------------------


@cache
def good_docx() -> bytes:
    """A small, valid report as DOCX: headings and paragraphs, the shape the mutations start from."""
    body = "".join(
        [
            p("Task 1 (a) Organisation overview", "Heading1"),
            p("Acme Ltd sells garden tools online and through 40 stores across the United Kingdom."),
            p("Task 1 (b) Digital channels", "Heading1"),
            p("Search, social media and email bring most visitors (Chaffey and Ellis-Chadwick, 2019)."),
            p("References", "Heading1"),
            p("Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson."),
        ]
    )
    return docx_with_body(body)


@cache
def good_pdf(pages: int = 2) -> bytes:
    """A valid text PDF with a heading and a paragraph on each page."""
    return make_pdf(
        [
            [
                (f"Task {n} (a) Section {n}", 16, True),
                ("Acme Ltd sells garden tools online and in stores. " * 5, 11, False),
            ]
            for n in range(1, pages + 1)
        ]
    )


# --- OLE2 compound files (legacy .doc, password-protected OOXML, .xls) -----------------------------------------

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal but well-formed OLE2 compound file (version 3, 512-byte sectors) holding these streams.

    Streams are padded to 4096 bytes so they live in ordinary sectors and no mini stream is needed. This is
    the container of Word 97-2003 documents and of password-protected DOCX files.
    """
    padded = {name: data.ljust(4096, b"\0") for name, data in streams.items()}
    assert len(padded) <= 3, "one directory sector holds the root and three streams"
    data_sectors: list[bytes] = []
    fat = [_FAT, _END]  # sector 0 is the FAT, sector 1 the directory
    starts: dict[str, int] = {}
    for name, data in padded.items():
        starts[name] = 2 + len(data_sectors)
        chunks = [data[i : i + 512].ljust(512, b"\0") for i in range(0, len(data), 512)]
        for index in range(len(chunks)):
            fat.append(starts[name] + index + 1 if index + 1 < len(chunks) else _END)
        data_sectors.extend(chunks)
    assert len(fat) <= 128
    fat_sector = b"".join(struct.pack("<I", entry) for entry in fat + [_FREE] * (128 - len(fat)))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(encoded), kind, 1, _FREE, right, child)
            + b"\0" * 16  # class id
            + b"\0" * 4  # state bits
            + b"\0" * 16  # creation and modification times
            + struct.pack("<IQ", start, size)
        )

    names = list(padded)
    entries = [entry("Root Entry", 5, 1 if names else _FREE, _FREE, _END, 0)]
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else _FREE
        entries.append(entry(name, 2, _FREE, right, starts[name], len(streams[name])))
    directory = b"".join(entries).ljust(512, b"\0")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<I", 0)  # DIFAT[0]: the FAT is sector 0
        + struct.pack("<I", _FREE) * 108
    )
    assert len(header) == 512
    return header + fat_sector + directory + b"".join(data_sectors)


# --- zip archives -----------------------------------------------------------------------------------------------


def zip_of(entries: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip archive of these entries."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def docx_entries() -> dict[str, bytes]:
    """The entries of the valid DOCX, to be edited and zipped again."""
    with zipfile.ZipFile(io.BytesIO(good_docx())) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def docx_with(**replacements: bytes) -> bytes:
    """The valid DOCX with some entries replaced (``word_document_xml=...`` names ``word/document.xml``)."""
    entries = docx_entries()
    for key, data in replacements.items():
        entries[_entry_name(key)] = data
    return zip_of(entries)


def _entry_name(key: str) -> str:
    known = {
        "word_document_xml": "word/document.xml",
        "word_styles_xml": "word/styles.xml",
        "content_types": "[Content_Types].xml",
        "document_rels": "word/_rels/document.xml.rels",
        "package_rels": "_rels/.rels",
    }
    return known[key]


def _patch_directory(data: bytes, name: str, *, file_size: int | None = None, flag_bits: int | None = None) -> bytes:
    """Rewrite one entry's central-directory record: a lying size, an encryption flag."""
    encoded = name.encode()
    at = data.find(b"PK\x01\x02", data.rfind(b"PK\x05\x06") - 200000 if len(data) > 200000 else 0)
    out = bytearray(data)
    while at != -1:
        name_length = struct.unpack_from("<H", out, at + 28)[0]
        if bytes(out[at + 46 : at + 46 + name_length]) == encoded:
            if file_size is not None:
                struct.pack_into("<I", out, at + 24, file_size)
            if flag_bits is not None:
                struct.pack_into("<H", out, at + 8, flag_bits)
                local = struct.unpack_from("<I", out, at + 42)[0]
                struct.pack_into("<H", out, local + 6, flag_bits)
            return bytes(out)
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{name} not in the archive")


def _deflate_zeros(size: int) -> bytes:
    """A zip entry's worth of zeros, compressed in chunks so building a bomb does not need its full size."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * MIB
    parts = [compressor.compress(chunk) for _ in range(size // MIB)]
    parts.append(compressor.flush())
    return b"".join(parts)


def ratio_bomb() -> bytes:
    """A DOCX whose document.xml is 64 MiB of zeros squeezed into a few kilobytes."""
    entries = docx_entries()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            if name != "word/document.xml":
                archive.writestr(name, data)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as entry:
            for _ in range(64):
                entry.write(b"\0" * MIB)
    return out.getvalue()


def total_size_bomb() -> bytes:
    """A DOCX of many modest entries that together expand past the uncompressed limit."""
    entries = docx_entries()
    blob = bytes(range(256)) * 4096  # 1 MiB that compresses only about 100:1, under the per-entry ratio
    count = DEFAULT_LIMITS.max_uncompressed_bytes // len(blob) + 2
    for index in range(count):
        entries[f"word/media/filler{index}.bin"] = blob
    return zip_of(entries)


def many_entries() -> bytes:
    """A DOCX with more archive entries than any report has."""
    entries = docx_entries()
    for index in range(DEFAULT_LIMITS.max_entries + 1):
        entries[f"customXml/item{index}.xml"] = b"<a/>"
    return zip_of(entries)


# --- PDF surgery ------------------------------------------------------------------------------------------------


def _pdf_raw(objects: list[bytes], *, root: int = 1, xref: bool = True, extra_trailer: bytes = b"") -> bytes:
    """A PDF from numbered object bodies (1-based), with a correct cross-reference table unless told."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        extra_trailer,
        start,
    )
    return bytes(out)


def _stream(content: bytes, *, compress: bool = False, declared: int | None = None) -> bytes:
    data = zlib.compress(content) if compress else content
    flt = b" /Filter /FlateDecode" if compress else b""
    return (
        b"<< /Length %d%s >>\nstream\n" % (declared if declared is not None else len(data), flt) + data + b"\nendstream"
    )


def pdf_with_content(content: bytes, *, compress: bool = False) -> bytes:
    """A one-page PDF whose page draws ``content`` with Helvetica as /F1."""
    return _pdf_raw(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content, compress=compress),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def huge_content_stream() -> bytes:
    """A one-page PDF whose content stream is about 18 MB of text operators (under the upload limit)."""
    line = b"BT /F1 11 Tf 72 700 Td (Acme sells garden tools online) Tj ET\n"
    return pdf_with_content(line * (18 * MIB // len(line)))


def compressed_stream_bomb() -> bytes:
    """A one-page PDF whose content stream inflates from about 300 KB to 300 MB."""
    body = zlib.compressobj(9)
    pieces = [body.compress(b" " * MIB) for _ in range(300)]
    data = b"".join(pieces) + body.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return _pdf_raw(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            stream,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def page_tree_loop() -> bytes:
    """A PDF whose page tree contains itself."""
    return _pdf_raw(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]
    )


def deeply_nested_pdf() -> bytes:
    """A PDF whose catalog holds an array nested 100,000 deep (a recursion attack on the parser)."""
    return _pdf_raw([b"<< /Type /Catalog /Pages 2 0 R /Junk " + b"[" * 100_000 + b"]" * 100_000 + b" >>"])


def broken_xref(data: bytes) -> bytes:
    """A PDF whose cross-reference offsets all point to the wrong place (readers must rebuild them)."""
    return re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m.group(1)) + 7), data)


def xref_garbage(data: bytes) -> bytes:
    """A PDF whose cross-reference table and trailer are overwritten with junk, and every object mangled."""
    cut = data.rfind(b"xref")
    mangled = data[:cut].replace(b" obj", b" jbo").replace(b"endobj", b"endjbo")
    return mangled + b"xref\n0 zz\ngarbage garbage\ntrailer\n<< /Size -4 /Root 99 0 R >>\nstartxref\n999999999\n%%EOF\n"


def image_only_pdf() -> bytes:
    """A scanned report: one page with an image and no text layer."""
    pdf = FPDF()
    pdf.add_page()
    png = _png(64, 64)
    pdf.image(io.BytesIO(png), x=10, y=10, w=180)
    return bytes(pdf.output())


def blank_pdf(pages: int) -> bytes:
    """A PDF of empty pages."""
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
    return bytes(pdf.output())


def encrypted_pdf(*, user_password: str, owner_password: str = "owner-secret", aes: bool = False) -> bytes:
    """A text PDF protected with fpdf2's encryption (RC4, or AES-128 when ``aes``)."""
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.set_encryption(
        owner_password=owner_password,
        user_password=user_password,
        encryption_method=EncryptionMethod.AES_128 if aes else EncryptionMethod.RC4,
    )
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Task 1 (a) Organisation overview", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Acme Ltd sells garden tools online and in stores. " * 10)
    return bytes(pdf.output())


def long_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` pages with a line of text on each (cheap to build, real page count)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", "", 11)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 10, f"Page {number}: Acme Ltd sells garden tools.")
    return bytes(pdf.output())


def _png(width: int, height: int) -> bytes:
    raw = b"".join(b"\0" + bytes((x * 4) % 256 for x in range(width)) for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


# --- hostile XML -------------------------------------------------------------------------------------------------

XXE_FILE = (
    b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)
XXE_NETWORK = XXE_FILE.replace(b"file:///etc/passwd", b"http://127.0.0.1:9/secret")
BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10))
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
EXTERNAL_DTD = (
    b'<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
)


def _with_doctype(xml: bytes) -> bytes:
    return xml.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>', 1)


def deeply_nested_docx(depth: int) -> bytes:
    """A DOCX whose body is a table nested ``depth`` deep (a recursion attack on the reader)."""
    inner = p("deep")
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
    return docx_with_body(inner + p("After the table"))


# --- the corpus -----------------------------------------------------------------------------------------------


def _builders() -> list[tuple[str, Callable[[], bytes], str, str]]:
    elf = b"\x7fELF\x02\x01\x01" + b"\0" * 9 + b"\x02\x00\x3e\x00" + bytes(range(256)) * 8
    exe = b"MZ\x90\x00\x03" + b"\0" * 55 + b"\x80\0\0\0" + b"\0" * 64 + b"PE\0\0" + bytes(range(256)) * 8
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(range(256)) * 4 + b"\xff\xd9"
    gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00" + b"\0" * 20
    types_xlsx = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sheet.main+xml"/></Types>'
    )
    docx = good_docx
    pdf = good_pdf
    wrong_rels = docx_entries()["_rels/.rels"].replace(b"word/document.xml", b"word/missing.xml")
    utf16_doctype = _with_doctype(docx_entries()["word/document.xml"]).decode("utf-8")
    utf16_doctype = utf16_doctype.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return [
        # empty and not documents at all
        ("empty.docx", lambda: b"", "empty", "a zero-byte upload"),
        ("empty.pdf", lambda: b"", "empty", "a zero-byte upload"),
        ("zeros.docx", lambda: b"\0" * 4096, "empty", "a file of NUL bytes (a failed save)"),
        ("spaces.pdf", lambda: b"   \r\n\t  \n", "not_a_document", "whitespace only"),
        ("program.docx", lambda: elf, "not_a_document", "a Linux executable renamed"),
        ("setup.pdf", lambda: exe, "not_a_document", "a Windows executable renamed"),
        ("run.docx", lambda: b"#!/bin/sh\nrm -rf /\n", "not_a_document", "a shell script renamed"),
        ("photo.docx", lambda: _png(8, 8), "not_a_document", "a PNG image renamed"),
        ("scan.pdf", lambda: jpeg, "not_a_document", "a JPEG image renamed"),
        ("anim.docx", lambda: gif, "not_a_document", "a GIF image renamed"),
        ("page.docx", lambda: b"<html><body><h1>Task 1</h1></body></html>", "not_a_document", "HTML saved as .docx"),
        ("report.docx", lambda: b"{\\rtf1\\ansi Task 1}", "not_a_document", "a Rich Text file renamed"),
        ("notes.pdf", lambda: b"Task 1 (a) Organisation overview\n" * 20, "not_a_document", "plain text renamed"),
        ("archive.docx", lambda: zlib.compress(good_docx()), "not_a_document", "compressed data, not a zip"),
        ("plain.docx", lambda: zip_of({"readme.txt": b"hello"}), "not_a_document", "a zip that is not Word's"),
        ("sheet.docx", lambda: zip_of({"[Content_Types].xml": types_xlsx}), "not_a_document", "an Excel file"),
        (
            "slides.docx",
            lambda: zip_of({"[Content_Types].xml": types_xlsx.replace(b"spreadsheetml.sheet", b"presentationml.pres")}),
            "not_a_document",
            "a PowerPoint file",
        ),
        (
            "essay.docx",
            lambda: zip_of({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a/>"}),
            "not_a_document",
            "an OpenDocument text renamed",
        ),
        # OLE2 compound files
        (
            "legacy.doc",
            lambda: compound_file({"WordDocument": b"\xec\xa5" + b"x" * 600, "1Table": b"t"}),
            "legacy_doc",
            "a Word 97-2003 document",
        ),
        (
            "legacy.docx",
            lambda: compound_file({"WordDocument": b"\xec\xa5", "1Table": b"t"}),
            "legacy_doc",
            "a .doc renamed .docx",
        ),
        (
            "locked.docx",
            lambda: compound_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x99" * 5000}),
            "encrypted",
            "a password-protected DOCX (Word wraps it in a compound file)",
        ),
        ("budget.docx", lambda: compound_file({"Workbook": b"\x09\x08"}), "not_a_document", "an Excel 97 file"),
        (
            "ole-junk.docx",
            lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 100,
            "not_a_document",
            "a compound-file header and junk",
        ),
        # zip bombs and hostile archives
        ("bomb-ratio.docx", ratio_bomb, "zip_bomb", "64 MiB of zeros in a few kilobytes"),
        ("bomb-total.docx", total_size_bomb, "zip_bomb", "entries adding up past the uncompressed limit"),
        (
            "bomb-lying-size.docx",
            lambda: _patch_directory(good_docx(), "word/document.xml", file_size=0xFFFFFFF0),
            "zip_bomb",
            "a directory declaring a 4 GiB entry",
        ),
        ("bomb-entries.docx", many_entries, "zip_bomb", "more entries than the limit"),
        (
            "bomb-types.docx",
            lambda: docx_with(content_types=b"<Types>" + b" " * (2 * MIB) + b"</Types>"),
            "zip_bomb",
            "an oversized [Content_Types].xml",
        ),
        (
            "zip-encrypted.docx",
            lambda: _patch_directory(good_docx(), "word/document.xml", flag_bits=0x1),
            "encrypted",
            "a zip with password-protected entries",
        ),
        # DOCTYPEs and external entities
        ("xxe-file.docx", lambda: docx_with(word_document_xml=XXE_FILE), "doctype", "an entity reading /etc/passwd"),
        ("xxe-network.docx", lambda: docx_with(word_document_xml=XXE_NETWORK), "doctype", "an entity fetching a URL"),
        ("laughs.docx", lambda: docx_with(word_document_xml=BILLION_LAUGHS), "doctype", "billion laughs"),
        ("external-dtd.docx", lambda: docx_with(word_document_xml=EXTERNAL_DTD), "doctype", "an external DTD"),
        (
            "xxe-styles.docx",
            lambda: docx_with(word_styles_xml=_with_doctype(docx_entries()["word/styles.xml"])),
            "doctype",
            "an entity in styles.xml",
        ),
        (
            "xxe-rels.docx",
            lambda: docx_with(document_rels=_with_doctype(docx_entries()["word/_rels/document.xml.rels"])),
            "doctype",
            "an entity in the document's relationships",
        ),
        (
            "xxe-package-rels.docx",
            lambda: docx_with(package_rels=_with_doctype(docx_entries()["_rels/.rels"])),
            "doctype",
            "an entity in the package relationships",
        ),
        (
            "xxe-utf16.docx",
            lambda: docx_with(word_document_xml=b"\xff\xfe" + utf16_doctype.encode("utf-16-le")),
            "doctype",
            "a DOCTYPE hidden in UTF-16",
        ),
        # truncated and corrupt DOCX
        ("cut-half.docx", lambda: docx()[: len(docx()) // 2], "corrupt", "a DOCX cut in half"),
        ("cut-end.docx", lambda: docx()[:-30], "corrupt", "a DOCX missing its end of directory"),
        ("cut-start.docx", lambda: docx()[:100], "corrupt", "only the first 100 bytes of a DOCX"),
        ("crc.docx", lambda: _flip_entry_byte(docx(), "word/document.xml"), "corrupt", "a damaged entry (CRC)"),
        (
            "bad-xml.docx",
            lambda: docx_with(word_document_xml=b"<w:document><w:body><w:p>unclosed"),
            "corrupt",
            "malformed XML",
        ),
        (
            "wrong-main-rel.docx",
            lambda: zip_of({**docx_entries(), "_rels/.rels": wrong_rels}),
            OK,
            "a relationship to a missing main part (read from word/document.xml)",
        ),
        (
            "no-document.docx",
            lambda: zip_of({k: v for k, v in docx_entries().items() if k != "word/document.xml"}),
            "not_a_document",
            "a Word package without its document part",
        ),
        ("stored-junk.docx", lambda: _junk_method(docx()), "corrupt", "an unknown compression method"),
        ("deep-tables.docx", lambda: deeply_nested_docx(3000), "corrupt", "tables nested 3000 deep"),
        # PDFs: damaged, hostile, encrypted, image-only, long
        ("cut-half.pdf", lambda: pdf()[: len(pdf()) // 2], "corrupt", "a PDF cut in half"),
        ("header-only.pdf", lambda: b"%PDF-1.7\n", "corrupt", "a PDF header and nothing else"),
        ("junk-after-header.pdf", lambda: b"%PDF-1.4\n" + bytes(range(256)) * 64, "corrupt", "a header then noise"),
        ("xref-shifted.pdf", lambda: broken_xref(pdf()), OK, "wrong cross-reference offsets (rebuilt on reading)"),
        ("xref-garbage.pdf", lambda: xref_garbage(pdf()), "corrupt", "a destroyed cross-reference table"),
        ("page-loop.pdf", page_tree_loop, "corrupt", "a page tree containing itself"),
        ("deep-arrays.pdf", deeply_nested_pdf, "corrupt", "arrays nested 100,000 deep"),
        ("huge-stream.pdf", huge_content_stream, "timeout", "an 18 MB content stream"),
        ("stream-bomb.pdf", compressed_stream_bomb, "no_text_layer", "a content stream inflating to 300 MB"),
        ("image-only.pdf", image_only_pdf, "no_text_layer", "a scan: an image and no text"),
        ("blank.pdf", lambda: blank_pdf(3), "no_text_layer", "three empty pages"),
        ("locked-rc4.pdf", lambda: encrypted_pdf(user_password="open-sesame"), "encrypted", "a user password (RC4)"),
        (
            "locked-aes.pdf",
            lambda: encrypted_pdf(user_password="open-sesame", aes=True),
            "encrypted",
            "a user password (AES-128)",
        ),
        ("owner-only.pdf", lambda: encrypted_pdf(user_password=""), OK, "encrypted with no user password"),
        ("owner-only-aes.pdf", lambda: encrypted_pdf(user_password="", aes=True), OK, "AES, no user password"),
        ("long-250.pdf", lambda: long_pdf(250), OK, "250 pages: long but within the page limit"),
        ("long-400.pdf", lambda: long_pdf(400), "too_many_pages", "400 pages"),
        # over the size limit
        ("huge.pdf", lambda: pdf() + b"\n%" + b"x" * (DEFAULT_LIMITS.max_bytes + 1), "too_large", "over 20 MB"),
        ("huge.docx", lambda: docx() + b"\0" * (DEFAULT_LIMITS.max_bytes + 1), "too_large", "over 20 MB"),
    ]


def _flip_entry_byte(data: bytes, name: str) -> bytes:
    """Change one byte inside an entry's compressed data, so the CRC check fails."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    local = info.header_offset
    name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
    at = local + 30 + name_length + extra_length + info.compress_size // 2
    return data[:at] + bytes([data[at] ^ 0x55]) + data[at + 1 :]


def _junk_method(data: bytes) -> bytes:
    """Mark every entry as compressed with method 99 (which nothing implements)."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at != -1:
            struct.pack_into("<H", out, at + offset, 99)
            at = data.find(signature, at + 4)
    return bytes(out)


@cache
def hostile_corpus() -> tuple[HostileFile, ...]:
    """Every corpus file, built once per process."""
    return tuple(HostileFile(name, build(), expected, why) for name, build, expected, why in _builders())


def corpus_ids() -> list[str]:
    """The corpus file names, for test ids (without building anything)."""
    return [name for name, _build, _expected, _why in _builders()]
