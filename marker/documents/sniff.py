"""Deciding what an uploaded file is from its content (never its name), and refusing what is not a report."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

from marker.documents.errors import UnreadableDocument

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_MAIN_DOCUMENT_CONTENT = b"wordprocessingml.document.main+xml"
_MACRO_DOCUMENT_CONTENT = b"ms-word.document.macroEnabled.main+xml"
_TEMPLATE_CONTENT = b"wordprocessingml.template.main+xml"


def sniff_format(data: bytes) -> Literal["docx", "pdf"]:
    """Say whether ``data`` is a DOCX or a PDF, or raise UnreadableDocument saying what it is instead."""
    if not data:
        raise UnreadableDocument("empty")
    # Readers accept a PDF header anywhere in the first kilobyte (some tools prepend junk).
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(OLE2_MAGIC):
        raise _ole2_error(data)
    if data.startswith(ZIP_MAGICS):
        _check_word_package(data)
        return "docx"
    if data.lstrip().startswith(b"{\\rtf"):
        raise UnreadableDocument(
            "not_a_document",
            "This file is a Rich Text (.rtf) document; save it as .docx (File > Save As) and check it again.",
        )
    if not data.strip(b"\x00"):
        raise UnreadableDocument("empty")
    raise UnreadableDocument("not_a_document")


def _ole2_error(data: bytes) -> UnreadableDocument:
    """Name the kind of an OLE2 compound file: a password-protected DOCX, a legacy .doc, or something else."""
    # Stream names are stored UTF-16LE in the compound file's directory; finding them is enough to tell
    # the kinds apart without a full OLE2 parser.
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return UnreadableDocument("encrypted")
    if "WordDocument".encode("utf-16-le") in data:
        return UnreadableDocument("legacy_doc")
    return UnreadableDocument(
        "not_a_document",
        "This file is an old Microsoft Office file (Excel, PowerPoint or similar), not a report. Save your "
        "report as .docx or PDF and check it again.",
    )


def _check_word_package(data: bytes) -> None:
    """Make sure a zip archive is a Word document (not a spreadsheet, presentation or plain zip)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" not in names:
                raise UnreadableDocument("not_a_document")
            info = archive.getinfo("[Content_Types].xml")
            if info.file_size > 1024 * 1024:
                raise UnreadableDocument("zip_bomb")
            types = archive.read(info)
    except UnreadableDocument:
        raise
    except Exception as error:  # BadZipFile, zlib.error, EOFError...: a damaged archive has many faces
        raise UnreadableDocument("corrupt") from error
    if not any(kind in types for kind in (_MAIN_DOCUMENT_CONTENT, _MACRO_DOCUMENT_CONTENT, _TEMPLATE_CONTENT)):
        if b"spreadsheetml" in types or b"presentationml" in types:
            raise UnreadableDocument(
                "not_a_document",
                "This file is an Excel or PowerPoint file, not a report. Save your report as .docx or PDF and "
                "check it again.",
            )
        raise UnreadableDocument("not_a_document")
