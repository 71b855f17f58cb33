"""Reading an uploaded file in this process: size check, format by content, then the format's reader."""

from __future__ import annotations

from marker.documents.docx import read_docx
from marker.documents.errors import UnreadableDocument
from marker.documents.layout import LAYOUT_MODES, apply_libreoffice_pages
from marker.documents.limits import DEFAULT_LIMITS, ReadLimits
from marker.documents.model import Document
from marker.documents.pdf import read_pdf
from marker.documents.sniff import sniff_format


def read_document(data: bytes, name: str, *, limits: ReadLimits = DEFAULT_LIMITS, layout: str = "auto") -> Document:
    """Read a DOCX or PDF into a Document, raising UnreadableDocument for anything that is not a readable report.

    ``layout="auto"`` (or ``"cold"``) lays a DOCX out with LibreOffice when ``soffice`` is installed, for real
    page numbers (under ``limits.layout_timeout_s``; see ``apply_libreoffice_pages``), ``"warm"`` through the
    process's warm LibreOffice server where one is configured; ``layout="never"`` keeps to what the DOCX itself
    records. Untrusted input belongs in
    ``read_document_isolated``, which runs this under a time and memory limit.
    """
    if layout not in LAYOUT_MODES:
        raise ValueError(f"layout must be one of {', '.join(LAYOUT_MODES)}, not {layout!r}")
    if len(data) > limits.max_bytes:
        raise UnreadableDocument(
            "too_large",
            f"This file is {len(data) / 1048576:.1f} MB; the limit is {limits.max_bytes / 1048576:.0f} MB. "
            "Compress the images in it (or remove them) and check it again.",
        )
    kind = sniff_format(data)
    try:
        if kind == "pdf":
            return read_pdf(data, name, limits)
        document = read_docx(data, name, limits)
        if layout != "never":
            document = apply_libreoffice_pages(document, data, limits, layout)
        return document
    except (UnreadableDocument, MemoryError):
        raise
    except RecursionError as error:
        raise UnreadableDocument("corrupt") from error
