"""Reading candidates' reports: DOCX and PDF into one Document model, safely.

``read_document`` reads in this process; ``read_document_isolated`` reads untrusted uploads in a child
process under a time and memory limit. Anything that is not a readable report raises UnreadableDocument
with a stable ``code`` and a message for the candidate.
"""

from __future__ import annotations

from marker.documents.errors import UnreadableDocument
from marker.documents.isolation import read_document_isolated
from marker.documents.limits import ReadLimits
from marker.documents.model import Block, BlockKind, Document
from marker.documents.reader import read_document
from marker.documents.sniff import sniff_format

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
