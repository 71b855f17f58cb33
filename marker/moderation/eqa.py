"""The external quality assurance (EQA) pack: one zip with everything an external moderator asks for.

It holds the sample's scripts, every marking of every script (all markers' marks and comments, nothing left
out), the agreed marks with their rationale, the agreement statistics with their readings, the plots, and
the audit trail. Built from plain data, so the web layer only gathers the rows and the stored files.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from marker.moderation.model import ScriptMarks
from marker.moderation.sample import SampleChoice
from marker.moderation.statistics import AgreementReport
from marker.rubric.model import Rubric

# Without a time given, zip entries carry a fixed one (the same pack is then the same bytes, for tests).
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class AuditLine:
    """One audit-trail entry as the pack lists it."""

    at: str
    actor: str
    action: str
    subject: str
    details: str


@dataclass(frozen=True)
class ScriptFile:
    """A stored script: the name the candidate gave it and its bytes."""

    name: str
    data: bytes


_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?%?")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A number (-2.5, +1.2, 40%) is a number to a spreadsheet, never a formula: it stays as it is, so the EQA can
    # calculate with it. Any other cell starting with these would run as a formula: a comment must stay text.
    if (isinstance(value, int | float) and not isinstance(value, bool)) or _NUMBER.fullmatch(text):
        return text
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def safe_name(name: str) -> str:
    """A file name safe inside a zip: no folders, no odd characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE_NAME.sub("_", base).strip("._")
    return cleaned or "script"


def _markings_rows(rubric: Rubric, scripts: Sequence[ScriptMarks]) -> list[list[object]]:
    rows: list[list[object]] = []
    for script in scripts:
        for marking in script.markings:
            for part in rubric.parts:
                rows.append(
                    [
                        script.label,
                        marking.role,
                        marking.marker,
                        marking.status,
                        part.id,
                        marking.marks.get(part.id),
                        part.max_marks,
                        marking.comments.get(part.id, ""),
                        marking.rationale.get(part.id, ""),
                    ]
                )
            rows.append(
                [
                    script.label,
                    marking.role,
                    marking.marker,
                    marking.status,
                    "total",
                    marking.marks_total(),
                    rubric.total_marks,
                    marking.overall_comment,
                    marking.grade or "",
                ]
            )
    return rows


def _statistics_rows(report: AgreementReport) -> list[list[object]]:
    rows: list[list[object]] = []
    for scope in (report.overall, *report.parts):
        for measure in scope.measures:
            value = "" if measure.value is None else f"{measure.value:.4f}"
            rows.append([scope.label, measure.name, value, measure.question, measure.reading])
    return rows


def _marker_rows(report: AgreementReport) -> list[list[object]]:
    rows: list[list[object]] = []
    for scope in (report.overall, *report.parts):
        for summary in scope.markers:
            rows.append(
                [
                    scope.label,
                    summary.marker,
                    summary.scripts,
                    f"{summary.mean:.2f}",
                    "" if summary.sd is None else f"{summary.sd:.2f}",
                    "" if summary.mean_difference is None else f"{summary.mean_difference:+.2f}",
                    summary.tendency,
                ]
            )
    return rows


README = (
    "sample.csv       the moderation sample and why each script is in it\r\n"
    "scripts/         the sampled scripts as submitted\r\n"
    "markings.csv     every marking of every script: marks and comments per part, all markers\r\n"
    "agreed.csv       the agreed marks per part with the rationale (the released marking)\r\n"
    "statistics.csv   agreement statistics, each with the question it answers and its reading\r\n"
    "markers.csv      each marker's mean, spread and mean difference from the other markers\r\n"
    "plots/           first against second marker, and the Bland-Altman plot (SVG)\r\n"
    "audit.csv        the audit trail of the assessment\r\n"
)


def _script_files(
    sample: Sequence[SampleChoice], scripts: Sequence[ScriptMarks], files: Mapping[str, ScriptFile]
) -> list[tuple[str, bytes]]:
    """The sampled scripts' files under unique names (candidate number, then the file's own name)."""
    sampled = {choice.script_id for choice in sample}
    named: list[tuple[str, bytes]] = []
    used: set[str] = set()
    for script in scripts:
        stored = files.get(script.script_id)
        if script.script_id in sampled and stored is not None:
            name = f"scripts/{safe_name(script.label)}-{safe_name(stored.name)}"
            while name in used:
                name = name + "_"
            used.add(name)
            named.append((name, stored.data))
    return named


def _agreed_rows(rubric: Rubric, scripts: Sequence[ScriptMarks]) -> list[list[object]]:
    rows: list[list[object]] = []
    for script in scripts:
        agreed = script.by_role("agreed")
        if agreed is None:
            continue
        for part in rubric.parts:
            rows.append(
                [script.label, part.id, agreed.marks.get(part.id), agreed.rationale.get(part.id, ""), agreed.marker]
            )
        rows.append([script.label, "total", agreed.marks_total(), agreed.grade or "", agreed.marker])
    return rows


def eqa_pack(
    *,
    title: str,
    rubric: Rubric,
    sample: Sequence[SampleChoice],
    scripts: Sequence[ScriptMarks],
    files: Mapping[str, ScriptFile],
    report: AgreementReport,
    plots: Mapping[str, str],
    audit: Sequence[AuditLine],
    made_at: datetime | None = None,
) -> bytes:
    """The zip's bytes. ``files`` maps a sampled script id to its stored file; ``plots`` a file stem to SVG text;
    every entry is dated ``made_at`` (when the pack was made), so an EQA sees when it was drawn up."""
    heading = (
        f"External quality assurance pack: {title}\r\n"
        f"Rubric: {rubric.title} (version {rubric.version}, {rubric.content_hash[:12]})\r\n\r\n"
    )
    members: list[tuple[str, bytes]] = [
        ("README.txt", (heading + README).encode()),
        ("sample.csv", _csv(["script", "reason"], [[choice.label, choice.reason] for choice in sample])),
        *_script_files(sample, scripts, files),
        (
            "markings.csv",
            _csv(
                ["script", "role", "marker", "status", "part", "mark", "max", "comment", "rationale or grade"],
                _markings_rows(rubric, scripts),
            ),
        ),
        (
            "agreed.csv",
            _csv(["script", "part", "agreed mark", "rationale or grade", "recorded by"], _agreed_rows(rubric, scripts)),
        ),
        (
            "statistics.csv",
            _csv(["scope", "measure", "value", "question it answers", "reading"], _statistics_rows(report)),
        ),
        (
            "markers.csv",
            _csv(["scope", "marker", "scripts", "mean", "sd", "mean difference", "tendency"], _marker_rows(report)),
        ),
        *((f"plots/{safe_name(stem)}.svg", svg.encode()) for stem, svg in plots.items()),
        (
            "audit.csv",
            _csv(
                ["at", "actor", "action", "subject", "details"],
                [[line.at, line.actor, line.action, line.subject, line.details] for line in audit],
            ),
        ),
    ]
    buffer = io.BytesIO()
    stamp = made_at.timetuple()[:6] if made_at is not None else _ZIP_TIME
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp), data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
