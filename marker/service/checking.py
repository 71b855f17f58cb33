"""The rubric library and the document check, as the settings configure them: one way in for web, CLI and jobs."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marker.config import Settings
from marker.errors import MarkerError
from marker.rubric import RubricLibrary
from marker.rubric.model import CommandVerbSet, Rubric

if TYPE_CHECKING:
    # The check pipeline (document readers, spaCy, textstat) is imported when a check runs, not before:
    # listing rubrics or starting a web worker does not pay for it.
    from marker.checks import CheckReport
    from marker.checks.report import PartSegment
    from marker.documents import ReadLimits


@lru_cache(maxsize=8)
def _library(rubrics_dir: Path, verbs_dir: Path) -> RubricLibrary:
    return RubricLibrary.load(rubrics_dir, verbs_dir)


def rubric_library(settings: Settings, *, reload: bool = False) -> RubricLibrary:
    """The rubric library of the configured folders, loaded once per process (``reload`` after edits on disk)."""
    if reload:
        _library.cache_clear()
    return _library(settings.rubrics_dir, settings.command_verbs_dir)


def verb_set_for(settings: Settings, rubric: Rubric) -> CommandVerbSet | None:
    """The command verbs a rubric names, or None when its set is not loaded (pages then show ids only)."""
    try:
        return rubric_library(settings).verbs_for(rubric)
    except MarkerError:
        return None


def read_limits(settings: Settings) -> ReadLimits:
    """The limits an uploaded file is read under: size, pages, time and memory."""
    from marker.documents import ReadLimits
    from marker.documents.limits import MIB

    return ReadLimits(
        max_bytes=settings.max_upload_mb * MIB,
        max_pages=settings.max_pages,
        timeout_s=settings.check_timeout_s,
        memory_mb=settings.check_memory_mb,
        layout_timeout_s=settings.layout_timeout_s,
    )


def check_upload(settings: Settings, data: bytes, name: str, rubric: Rubric) -> CheckReport:
    """The check report of a file, read in a child process under the settings' limits, laid out as the settings
    say (MarkerError when it cannot be checked). The web, the command line and jobs all check through here."""
    from marker.checks import check_document

    layout = settings.layout_mode()
    if layout == "warm":
        from marker.documents.office_server import configure

        configure(settings.office_python, settings.layout_memory_mb)
    return check_document(
        data,
        name,
        rubric,
        verb_set_for(settings, rubric),
        limits=read_limits(settings),
        isolated=True,
        layout=layout,
    )


def stored_segments(report: CheckReport) -> dict[str, Any]:
    """The parts' text as the marking view shows it, in the JSON form kept with a submission."""
    return {
        part_id: {
            "heading": segment.heading,
            "heading_index": segment.heading_index,
            "blocks": [[b.index, b.kind, b.text, b.counted, b.words] for b in segment.blocks],
            "limit_reached": list(segment.limit_reached) if segment.limit_reached else None,
            "max_reached": list(segment.max_reached) if segment.max_reached else None,
        }
        for part_id, segment in report.segments.items()
    }


def segments_of(stored: Mapping[str, Any]) -> dict[str, PartSegment]:
    """The segments kept by ``stored_segments``, as the check built them."""
    from marker.checks.report import PartSegment, SegmentBlock

    def point(value: Any) -> tuple[int, int] | None:
        return (int(value[0]), int(value[1])) if value else None

    return {
        part_id: PartSegment(
            part_id=part_id,
            heading=item.get("heading"),
            heading_index=item.get("heading_index"),
            blocks=tuple(
                SegmentBlock(int(index), str(kind), str(text), bool(counted), int(words))
                for index, kind, text, counted, words in item.get("blocks", [])
            ),
            limit_reached=point(item.get("limit_reached")),
            max_reached=point(item.get("max_reached")),
        )
        for part_id, item in stored.items()
    }
