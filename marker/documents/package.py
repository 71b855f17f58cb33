"""Opening a DOCX package safely: the archive is vetted before any entry is decompressed, XML is parsed
without DTDs, entities or network access.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree

from marker.documents.errors import UnreadableDocument
from marker.documents.limits import ReadLimits

_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


class Package:
    """A vetted DOCX archive: read parts by name, follow relationships."""

    def __init__(self, data: bytes, limits: ReadLimits) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except Exception as error:  # BadZipFile and friends: the archive's directory is damaged
            raise UnreadableDocument("corrupt") from error
        _vet_archive(infos, limits)
        self._sizes = {info.filename: info.file_size for info in infos}
        self._limits = limits
        self._relationships: dict[str, dict[str, tuple[str, str]]] = {}

    def has(self, name: str) -> bool:
        """Whether the package holds a part of that name."""
        return name in self._sizes

    def read_bytes(self, name: str) -> bytes:
        """The bytes of one part, never more than the directory declared for it."""
        try:
            with self._zip.open(name) as entry:
                # zipfile stops at the declared size (and the CRC check catches a lie), so this is bounded.
                return entry.read(self._sizes[name] + 1)
        except Exception as error:  # CRC mismatch, truncated data, bad compression
            raise UnreadableDocument("corrupt") from error

    def read_xml(self, name: str) -> etree._Element:
        """Parse one XML part, refusing DOCTYPEs and entity declarations outright."""
        data = self.read_bytes(name)
        head = data
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            # A UTF-16 part would hide "<!DOCTYPE" from a byte search.
            head = data.decode("utf-16", errors="replace").encode("utf-8")
        if _DOCTYPE.search(head):
            raise UnreadableDocument("doctype")
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as error:
            raise UnreadableDocument("corrupt") from error

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """The relationships of a part: id -> (type's last segment, target part name); each read only once."""
        if part not in self._relationships:
            self._relationships[part] = self._read_relationships(part)
        return dict(self._relationships[part])

    def _read_relationships(self, part: str) -> dict[str, tuple[str, str]]:
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(rels_name):
            return {}
        result: dict[str, tuple[str, str]] = {}
        for rel in self.read_xml(rels_name).iter(f"{{{REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            result[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], name)
        return result


def _vet_archive(infos: list[zipfile.ZipInfo], limits: ReadLimits) -> None:
    """Refuse archives that would expand beyond the limits, judged from the directory alone."""
    if len(infos) > limits.max_entries:
        raise UnreadableDocument("zip_bomb")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnreadableDocument("encrypted")
        total += info.file_size
        if total > limits.max_uncompressed_bytes:
            raise UnreadableDocument("zip_bomb")
        # Small entries compress well legitimately (repetitive XML); only big, absurdly compressed ones count.
        if info.file_size > 1024 * 1024 and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1):
            raise UnreadableDocument("zip_bomb")
