"""The check report as text for a person at a terminal (``marker check --format text``).

It follows the web page's order: the file, the parts, the limits, the references, then every finding.
"""

from __future__ import annotations

from collections.abc import Sequence

from marker.checks.report import CheckReport

_STATUS = {
    "within": "within",
    "within_tolerance": "over, within tolerance",
    "over": "OVER",
    "missing": "not found",
    "unknown": "could not be measured",
}


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Rows laid out in columns; the columns in ``right`` (numbers) are right-aligned."""
    widths = [max(len(str(row[col])) for row in (header, *rows)) for col in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [
            str(cell).rjust(widths[col]) if col in right else str(cell).ljust(widths[col])
            for col, cell in enumerate(row)
        ]
        return "  ".join(cells).rstrip()

    return [line(header), line(["-" * width for width in widths]), *(line(row) for row in rows)]


def _figure(value: object) -> str:
    return "?" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def render_text(report: CheckReport) -> str:
    """A readable report: tables of parts and limits, a references summary and the findings."""
    data = report.to_dict()
    file = data["file"]
    count = file["pages"]
    plural = "" if count == 1 else "s"
    pages = "pages unknown" if count is None else f"{count} page{plural} ({file['pages_source']})"
    lines = [
        f"{file['name']} ({file['format']}, {pages})",
        f"Checked against {data['rubric']['id']}: {data['rubric']['title']}",
        "",
        "Parts",
    ]
    part_rows = []
    for part in data["parts"]:
        ease = part["readability"]["flesch_reading_ease"] if part["readability"] else None
        part_rows.append(
            [
                part["id"],
                "yes" if part["found"] else "NO",
                _figure(part["words"]),
                _figure(part["words_all_content"]),
                _figure(part["pages"]),
                "–" if ease is None else f"{ease:.0f}",
                part["heading"] or f"(add “{part['suggested_heading']}”)",
            ]
        )
    header = ["Part", "Found", "Words", "All words", "Pages", "Reading ease", "Heading"]
    lines += _table(header, part_rows, right=frozenset({2, 3, 4, 5}))
    lines += ["", "Limits" if data["limits"] else "Limits: none set by this rubric."]
    limit_rows = []
    for limit in data["limits"]:
        tolerance = f" (+{limit['tolerance_pct']}%)" if limit.get("tolerance_pct") else ""
        limit_rows.append(
            [
                limit["id"],
                ", ".join(limit["parts"]),
                f"{limit['max']:,} {limit['unit'].rstrip('s') if limit['max'] == 1 else limit['unit']}{tolerance}",
                _figure(limit["actual"]),
                _STATUS.get(limit["status"], limit["status"]),
            ]
        )
    if limit_rows:
        lines += _table(["Limit", "Parts", "Maximum", "Actual", "Status"], limit_rows, right=frozenset({3}))
    document = data["document"]
    lines += [
        "",
        f"Whole document: {_figure(document['words_counted'])} words counted, {_figure(document['words_all'])} in all.",
        f"What was counted: {data['word_count_policy']}",
    ]
    references = data["references"]
    lines += [
        "",
        f"References: {len(references['citations'])} citations, {len(references['entries'])} entries in the "
        f"reference list, {len(references['problems'])} problems.",
    ]
    lines += ["", "Findings" if data["findings"] else "Findings: none."]
    for finding in data["findings"]:
        where = f"[{finding['part']}] " if finding["part"] else ""
        lines.append(f"  {finding['severity'].upper():7} {where}{finding['message']}")
    return "\n".join(lines) + "\n"
