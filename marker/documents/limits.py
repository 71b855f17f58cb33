"""How much an untrusted file may ask of the server before reading it is refused or stopped."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """Limits for reading one uploaded file.

    ``max_bytes`` bounds the upload itself; ``max_uncompressed_bytes`` and ``max_entries`` bound what a DOCX
    (a zip archive) may expand to, checked from the archive's directory before anything is decompressed;
    ``max_compression_ratio`` catches single entries that expand absurdly. ``timeout_s`` and ``memory_mb``
    apply to ``read_document_isolated``, which reads in a child process. ``layout_timeout_s`` bounds the
    LibreOffice page layout of a DOCX, which runs after the read, outside its time limit: when it runs out,
    the pages come from what the file itself records.
    """

    max_bytes: int = 20 * MIB
    max_pages: int = 300
    max_uncompressed_bytes: int = 200 * MIB
    max_entries: int = 2000
    max_compression_ratio: float = 200.0
    timeout_s: float = 20.0
    memory_mb: int = 1024
    layout_timeout_s: float = 60.0


DEFAULT_LIMITS = ReadLimits()
