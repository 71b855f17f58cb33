"""Reading a zip of scripts, including the one Moodle's "Download all submissions" produces.

A zip is untrusted: entries are counted, sizes are checked both as declared and as actually read (a declared
size can lie), the compression ratio is bounded (zip bombs), and names that climb out of the folder, are
absolute or are links are refused. Every entry that could be a script becomes a ``BatchItem``: either its
bytes or the reason it cannot be used, so the tutor gets a line for every file.

Unpacked entries are streamed into spooled temporary files (on disk past a small size, unlinked from the
start), so a batch costs memory for one script at a time, not for the whole cohort.
"""

from __future__ import annotations

import io
import re
import stat
import tempfile
import weakref
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import IO

from marker.errors import MarkerError

SCRIPT_SUFFIXES = (".docx", ".pdf")
# Moodle names each submission "<Full name>_<participant id>_assignsubmission_<plugin>_" (a folder, when
# "Download submissions in folders" is on) or prefixes each file with it (when it is off).
_MOODLE_NAME = re.compile(r"^(?P<name>.+?)_(?P<id>\d+)_assign(?:submission|feedback)_(?P<plugin>[a-z]+)_(?P<rest>.*)$")
_CANDIDATE_NUMBER = re.compile(r"(?<![0-9A-Za-z])([A-Za-z]{0,3}\d{4,})(?![0-9])")
_IGNORED = ("__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini")
_MIB = 1024 * 1024
# An unpacked entry stays in memory up to this size, then moves to an (already unlinked) temporary file.
_SPOOL_IN_MEMORY_BYTES = 64 * 1024


class UnsafeArchive(MarkerError):
    """The zip cannot be opened safely (not a zip, too many entries, too large when unpacked)."""


@dataclass(frozen=True)
class BatchLimits:
    """How much a zip may hold; the defaults suit a cohort of a few hundred scripts."""

    max_entries: int = 500
    max_file_bytes: int = 25 * _MIB
    max_total_bytes: int = 200 * _MIB
    max_ratio: float = 200.0

    @classmethod
    def for_upload(cls, max_file_mb: int, max_total_mb: int = 200, max_entries: int = 500) -> BatchLimits:
        """The limits from the settings: largest script, most a zip may unpack to, most files in it."""
        return cls(max_entries=max_entries, max_file_bytes=max_file_mb * _MIB, max_total_bytes=max_total_mb * _MIB)


@dataclass(frozen=True)
class BatchItem:
    """One file of a batch: the candidate it belongs to and its unpacked bytes, or why it cannot be checked."""

    filename: str
    candidate_number: str
    candidate_name: str
    spool: IO[bytes] | None = field(default=None, repr=False, compare=False)
    error: str | None = None

    def __post_init__(self) -> None:
        if self.spool is not None:
            # Whoever drops the item frees its spool: callers need not close each one.
            weakref.finalize(self, self.spool.close)

    @property
    def data(self) -> bytes | None:
        """The file's bytes, read from its spool when asked (one script in memory at a time)."""
        if self.spool is None:
            return None
        self.spool.seek(0)
        return self.spool.read()

    @property
    def ok(self) -> bool:
        """Whether this file can go on to be checked."""
        return self.error is None and self.spool is not None

    def close(self) -> None:
        """Free the spooled bytes (also done when the item is garbage collected)."""
        if self.spool is not None:
            self.spool.close()


def candidate_from_path(path: str) -> tuple[str, str]:
    """The candidate number and name a file's path gives ("" when it gives none).

    Moodle's folder or file prefix wins; otherwise the first run of four or more digits (with an optional
    short letter prefix, as in "CIM1234567") in the file name or its folder.
    """
    parts = PurePosixPath(path).parts
    for part in parts:
        match = _MOODLE_NAME.match(part)
        if match:
            return match.group("id"), match.group("name").strip()
    for part in reversed(parts):
        found = _CANDIDATE_NUMBER.search(PurePosixPath(part).stem if part == parts[-1] else part)
        if found:
            return found.group(1), ""
    return "", ""


def read_batch(zip_bytes: bytes, limits: BatchLimits | None = None) -> list[BatchItem]:
    """Every script in a zip with its candidate, or the reason it cannot be used; raises UnsafeArchive."""
    limits = limits or BatchLimits()
    try:
        archive = zipfile.ZipFile(io.BytesIO(zip_bytes))
    except UnicodeDecodeError as exc:
        raise UnsafeArchive(
            "The zip marks its file names as UTF-8 but they are not; make the zip again (for example with your "
            "system's own Compress or Send to zip) and upload that."
        ) from exc
    except (zipfile.BadZipFile, ValueError) as exc:
        raise UnsafeArchive("This file is not a zip archive that can be opened.") from exc
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > limits.max_entries or len(archive.infolist()) > 2 * limits.max_entries:
            raise UnsafeArchive(
                f"The zip holds {len(infos)} files; at most {limits.max_entries} can be uploaded at once."
            )
        declared = sum(info.file_size for info in infos)
        if declared > limits.max_total_bytes:
            raise UnsafeArchive(
                f"The zip unpacks to {declared // (1024 * 1024)} MB; at most "
                f"{limits.max_total_bytes // (1024 * 1024)} MB can be uploaded at once."
            )
        items = [_read_entry(archive, info, limits) for info in infos if not _ignored(info.filename)]
    return _flag_duplicates(items)


def _ignored(name: str) -> bool:
    return any(marker in name for marker in _IGNORED) or PurePosixPath(name).name.startswith("~$")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: BatchLimits) -> BatchItem:
    name = info.filename.replace("\\", "/")
    shown = PurePosixPath(name).name or name
    number, person = candidate_from_path(name)

    def refused(reason: str) -> BatchItem:
        return BatchItem(filename=name, candidate_number=number, candidate_name=person, error=reason)

    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or re.match(r"^[A-Za-z]:", name):
        return refused("Its path leads outside the zip's folder, so it was not opened.")
    if stat.S_ISLNK(info.external_attr >> 16):
        return refused("It is a link, not a file.")
    if info.flag_bits & 0x1:
        return refused("It is encrypted; upload it without a password.")
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return refused("It is a zip inside the zip; upload it on its own.")
    if suffix not in SCRIPT_SUFFIXES:
        return refused(f"“{shown}” is not a DOCX or PDF file.")
    if info.file_size > limits.max_file_bytes:
        return refused(f"It is larger than {limits.max_file_bytes // (1024 * 1024)} MB.")
    if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
        return refused("It is compressed far more than a real document would be, so it was not opened.")
    if not number:
        return refused("No candidate number was found in its name or folder.")
    try:
        spool = _read_limited(archive, info, min(limits.max_file_bytes, max(info.file_size, 0)))
    except UnicodeDecodeError:
        # The entry's own header marks its name as UTF-8 but holds other bytes (the directory disagreed).
        return refused("Its name inside the zip is not valid UTF-8, so it was not opened.")
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        return refused(f"It could not be unpacked ({type(exc).__name__}).")
    if spool is None:
        return refused("It is larger than its entry in the zip says, so it was not opened.")
    return BatchItem(filename=name, candidate_number=number, candidate_name=person, spool=spool)


def _read_limited(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> IO[bytes] | None:
    """The entry unpacked into a spooled temporary file, or None when it unpacks to more than ``limit``."""
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY_BYTES, prefix="marker-batch-")  # noqa: SIM115
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(64 * 1024):
                size += len(chunk)
                if size > limit:
                    spool.close()
                    return None
                spool.write(chunk)
    except BaseException:
        spool.close()
        raise
    return spool


def _flag_duplicates(items: list[BatchItem]) -> list[BatchItem]:
    """A candidate with two scripts cannot be marked from the batch: say so on each of their files."""
    scripts: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        if item.ok:
            scripts[item.candidate_number].append(index)
    result = list(items)
    for number, indexes in scripts.items():
        if len(indexes) < 2:
            continue
        names = ", ".join(PurePosixPath(items[i].filename).name for i in indexes)
        for i in indexes:
            items[i].close()
            result[i] = replace(
                items[i],
                spool=None,
                error=f"Candidate {number} has more than one script in the zip ({names}); "
                "upload the one to mark on its own.",
            )
    return result
