"""Reading candidates' reports: DOCX and PDF into one Document model, safely.

``read_document`` reads in this process; ``read_document_isolated`` reads untrusted uploads in a child
process under a time and memory limit. Anything that is not a readable report raises UnreadableDocument
with a stable ``code`` and a message for the candidate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from marker.documents.errors import UnreadableDocument
from marker.documents.isolation import read_document_isolated
from marker.documents.limits import ReadLimits
from marker.documents.model import Block, BlockKind, Document
from marker.documents.sniff import sniff_format

if TYPE_CHECKING:
    from marker.documents.reader import read_document


def __getattr__(name: str) -> Any:
    # The readers (lxml, pypdf with Pillow and fontTools, pypdfium2: some 30 MB) are imported on first use: a
    # web worker reads every upload in a child of its warm reader and never needs them itself.
    if name == "read_document":
        from marker.documents.reader import read_document

        return read_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Block",
    "BlockKind",
    "Document",
    "ReadLimits",
    "UnreadableDocument",
    "read_document",
    "read_document_isolated",
    "sniff_format",
]
