"""Reading in a child process: same result, same errors, and a stop at the time and memory limits."""

from __future__ import annotations

import docx
import pytest

from marker.documents import ReadLimits, UnreadableDocument, read_document, read_document_isolated
from tests.documents.builders import save


def report() -> bytes:
    document = docx.Document()
    document.add_heading("Task 1 (a) Organisation overview", 1)
    for n in range(200):
        document.add_paragraph(f"Paragraph {n} about customer journeys across digital channels.")
    return save(document)


def test_isolated_read_gives_the_same_document() -> None:
    data = report()
    assert read_document_isolated(data, "r.docx", layout="never") == read_document(data, "r.docx", layout="never")


def test_errors_cross_back_with_their_code_and_message() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), "old.doc")
    assert caught.value.code == "legacy_doc"
    assert caught.value.message.startswith("This file is a Word 97-2003 .doc")


def test_a_read_that_takes_too_long_is_stopped() -> None:
    # Starting a fresh interpreter alone takes longer than this limit.
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(report(), "r.docx", limits=ReadLimits(timeout_s=0.01), layout="never")
    assert caught.value.code == "timeout"


def test_a_read_that_needs_too_much_memory_is_stopped() -> None:
    # 64 MB of address space is less than the reader's libraries map, so any real work fails.
    with pytest.raises(UnreadableDocument) as caught:
        read_document_isolated(report(), "r.docx", limits=ReadLimits(memory_mb=64), layout="never")
    assert caught.value.code == "too_much_memory"
