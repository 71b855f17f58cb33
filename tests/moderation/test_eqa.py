"""The EQA pack holds the sample's scripts, every marking, the agreed marks, statistics, plots and audit."""

from __future__ import annotations

import csv
import io
import zipfile

from marker.moderation.eqa import AuditLine, ScriptFile, eqa_pack, safe_name
from marker.moderation.sample import SampleChoice
from marker.moderation.statistics import agreement_statistics
from tests.moderation.builders import cohort, marking, rubric, script


def _pack() -> zipfile.ZipFile:
    scripts = cohort(6)
    scripts[0] = script(
        scripts[0].script_id,
        *scripts[0].markings,
        marking("mo", "agreed", (12, 25, 25), rationale={"1b": "Application shown."}),
    )
    scripts[1] = script(
        scripts[1].script_id,
        marking("ann", "first", (5, 5, 5), comments={"1a": "=HYPERLINK(evil)"}),
        marking("bea", "second", (6, 6, 6), comments={"1a": "Second view"}),
    )
    data = eqa_pack(
        title="Mastering Digital Channels, cohort A",
        rubric=rubric(),
        sample=[SampleChoice(scripts[0].script_id, scripts[0].label, "Fail")],
        scripts=scripts,
        files={s.script_id: ScriptFile("../../report final.docx", b"PK-bytes") for s in scripts},
        report=agreement_statistics(rubric(), scripts),
        plots={"scatter": "<svg/>", "bland-altman": "<svg/>"},
        audit=[AuditLine("2026-11-23 10:00", "Mo", "agreed_marks", "marking 1", "{}")],
    )
    return zipfile.ZipFile(io.BytesIO(data))


def _rows(archive: zipfile.ZipFile, name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))


def test_pack_contains_only_the_sampled_scripts_under_safe_names() -> None:
    archive = _pack()
    scripts = [name for name in archive.namelist() if name.startswith("scripts/")]
    assert scripts == ["scripts/C1000-report_final.docx"]
    assert archive.read(scripts[0]) == b"PK-bytes"
    assert {"README.txt", "sample.csv", "markings.csv", "agreed.csv", "statistics.csv", "audit.csv"} <= set(
        archive.namelist()
    )
    assert "plots/scatter.svg" in archive.namelist()


def test_every_marking_and_comment_is_in_the_pack_and_formulas_are_defused() -> None:
    rows = _rows(_pack(), "markings.csv")
    comments = {(row[0], row[1], row[4]): row[7] for row in rows[1:]}
    assert comments[("C1001", "second", "1a")] == "Second view"
    assert comments[("C1001", "first", "1a")] == "'=HYPERLINK(evil)"
    assert {row[1] for row in rows[1:]} == {"first", "second", "agreed"}


def test_agreed_marks_and_statistics_are_listed_with_their_reading() -> None:
    archive = _pack()
    agreed = _rows(archive, "agreed.csv")
    assert ["C1000", "1b", "25", "Application shown.", "mo"] in agreed
    statistics = _rows(archive, "statistics.csv")
    assert statistics[0] == ["scope", "measure", "value", "question it answers", "reading"]
    assert any(row[1].startswith("ICC(2,1)") for row in statistics)
    assert _rows(archive, "audit.csv")[1][2] == "agreed_marks"


def test_safe_name_strips_folders_and_odd_characters() -> None:
    assert safe_name("..\\..\\etc/passwd") == "passwd"
    assert safe_name("My report (final).docx") == "My_report_final_.docx"
    assert safe_name("...") == "script"


def test_numbers_stay_numbers_and_text_that_looks_like_a_formula_does_not() -> None:
    from marker.moderation.eqa import _cell

    assert [_cell(value) for value in (-2.5, 3, "-2.5", "+1.2", "40%", 0)] == ["-2.5", "3", "-2.5", "+1.2", "40%", "0"]
    assert _cell("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0"
    assert _cell("=SUM(A1)") == "'=SUM(A1)" and _cell("@x") == "'@x"
    statistics = _rows(_pack(), "markers.csv")
    assert not any(cell.startswith("'") for row in statistics[1:] for cell in row)


def test_zip_entries_carry_the_time_the_pack_was_made() -> None:
    from datetime import datetime

    data = eqa_pack(
        title="t",
        rubric=rubric(),
        sample=[],
        scripts=[],
        files={},
        report=agreement_statistics(rubric(), []),
        plots={},
        audit=[],
        made_at=datetime(2026, 12, 2, 9, 30, 14),
    )
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert {info.date_time for info in archive.infolist()} == {(2026, 12, 2, 9, 30, 14)}
