"""Property-based tests: random bytes and mutated real documents fed to the readers.

The only outcomes allowed are a Document or UnreadableDocument with one of its documented codes: never
another exception (a trace on the candidate's page), never a hang. The readers run in this process (so a
failure shows its trace) except in the last test, which goes through the isolated reader the web uses.
"""

from __future__ import annotations

import io
import typing
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marker.documents import Document, ReadLimits, UnreadableDocument, read_document, read_document_isolated
from marker.documents.errors import UnreadableCode
from tests.hardening.corpus import good_docx, good_pdf, pdf_with_content, zip_of

CODES = set(typing.get_args(UnreadableCode))
LIMITS = ReadLimits(timeout_s=5.0)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PLAIN_PDF = pdf_with_content(
    b"BT /F1 16 Tf 72 760 Td (Task 1 \\(a\\) Organisation overview) Tj ET\n"
    b"BT /F1 11 Tf 72 730 Td (Acme Ltd sells garden tools online and in 40 stores.) Tj ET\n"
    b"BT /F1 11 Tf 72 716 Td (Search and email bring most visitors \\(Chaffey, 2019\\).) Tj ET\n"
)


def _docx_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(good_docx())) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


DOCX_PARTS = _docx_parts()


def assert_allowed(data: bytes, name: str) -> Document | UnreadableDocument:
    """Read the bytes; only a Document or a documented UnreadableDocument may come out."""
    try:
        document = read_document(data, name, limits=LIMITS, layout="never")
    except UnreadableDocument as error:
        assert error.code in CODES
        assert error.message and "Traceback" not in error.message
        return error
    assert isinstance(document, Document)
    assert document.format in ("docx", "pdf")
    assert document.pages is None or document.pages >= 0
    assert all(isinstance(block.text, str) for block in document.blocks)
    return document


def mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (position, bytes removed, bytes inserted) edits, positions taken modulo the current length."""
    out = bytearray(data)
    for position, removed, inserted in edits:
        at = position % (len(out) + 1)
        out[at : at + removed] = inserted
    return bytes(out)


EDITS = st.lists(
    st.tuples(st.integers(min_value=0, max_value=10**7), st.integers(0, 64), st.binary(max_size=32)),
    min_size=1,
    max_size=8,
)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_give_a_report_or_the_documented_error(data: bytes) -> None:
    assert_allowed(data, "random.docx")


@FUZZ
@given(st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]), st.binary())
def test_random_bytes_behind_a_real_signature_give_a_report_or_the_documented_error(head: bytes, tail: bytes) -> None:
    assert_allowed(head + tail, "signed.pdf")


@FUZZ
@given(EDITS)
def test_a_mutated_pdf_gives_a_report_or_the_documented_error(edits: list[tuple[int, int, bytes]]) -> None:
    assert_allowed(mutate(PLAIN_PDF, edits), "mutated.pdf")


@FUZZ
@given(EDITS)
def test_a_mutated_fpdf_report_gives_a_report_or_the_documented_error(edits: list[tuple[int, int, bytes]]) -> None:
    assert_allowed(mutate(good_pdf(), edits), "mutated.pdf")


@FUZZ
@given(EDITS)
def test_a_mutated_docx_archive_gives_a_report_or_the_documented_error(edits: list[tuple[int, int, bytes]]) -> None:
    assert_allowed(mutate(good_docx(), edits), "mutated.docx")


XML_NOISE = st.one_of(
    st.binary(max_size=32),
    st.sampled_from(
        [b"<", b">", b"</w:p>", b"<w:p>", b"<w:tbl><w:tr><w:tc>", b"&amp;", b"&#0;", b"\xff\xfe", b'w:val="-1"']
    ),
)


@FUZZ
@given(
    st.sampled_from(["word/document.xml", "word/styles.xml", "[Content_Types].xml", "_rels/.rels", "docProps/app.xml"]),
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=10**6), st.integers(0, 16), XML_NOISE), min_size=1, max_size=6
    ),
)
def test_a_docx_with_mutated_xml_inside_a_sound_archive_gives_a_report_or_the_documented_error(
    part: str, edits: list[tuple[int, int, bytes]]
) -> None:
    """Mutations inside the XML reach the parser and the walker, not just the zip's CRC check."""
    parts = dict(DOCX_PARTS)
    parts[part] = mutate(parts[part], edits)
    assert_allowed(zip_of(parts), "mutated.docx")


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(["pdf", "docx"]), EDITS)
def test_the_isolated_reader_answers_mutated_files_the_same_way(kind: str, edits: list[tuple[int, int, bytes]]) -> None:
    data = mutate(PLAIN_PDF if kind == "pdf" else good_docx(), edits)
    expected = assert_allowed(data, f"mutated.{kind}")
    try:
        got: Document | UnreadableDocument = read_document_isolated(
            data, f"mutated.{kind}", limits=LIMITS, layout="never"
        )
    except UnreadableDocument as error:
        got = error
    if isinstance(expected, UnreadableDocument):
        assert isinstance(got, UnreadableDocument) and got.code == expected.code
    else:
        assert got == expected
