"""A zip of scripts (Moodle's "Download all submissions" or a plain zip) becomes one line per file."""

from __future__ import annotations

import io
import zipfile

import pytest

from marker.marking import BatchLimits, UnsafeArchive, candidate_from_path, read_batch

DOCX = b"PK\x03\x04 pretend docx " + b"x" * 200


def make_zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_moodle_folders_give_candidate_numbers_and_names() -> None:
    data = make_zip(
        {
            "Jane Doe_123456_assignsubmission_file_/Report final.docx": DOCX,
            "John Smith_654321_assignsubmission_file_/john.pdf": b"%PDF-1.4 pretend",
        }
    )
    items = read_batch(data)
    assert [(i.candidate_number, i.candidate_name, i.ok) for i in items] == [
        ("123456", "Jane Doe", True),
        ("654321", "John Smith", True),
    ]
    assert items[0].data == DOCX


def test_moodle_flat_names_without_folders() -> None:
    assert candidate_from_path("Anne-Marie O'Neil_77_assignsubmission_file_my report.docx") == (
        "77",
        "Anne-Marie O'Neil",
    )


def test_plain_names_take_the_first_long_number() -> None:
    assert candidate_from_path("cohort/CIM1234567 - task report.docx") == ("CIM1234567", "")
    assert candidate_from_path("98765432/report.docx") == ("98765432", "")
    assert candidate_from_path("report v2.docx") == ("", "")


def test_every_file_gets_a_line_with_the_reason_it_cannot_be_used() -> None:
    data = make_zip(
        {
            "Jane Doe_123456_assignsubmission_file_/notes.txt": b"hello",
            "Jane Doe_123456_assignsubmission_onlinetext_/onlinetext.html": b"<p>hi</p>",
            "report without number.docx": DOCX,
            "inner.zip": make_zip({"a.docx": DOCX}),
            "__MACOSX/._x.docx": b"junk",
        }
    )
    reasons = {i.filename: i.error for i in read_batch(data)}
    assert reasons["Jane Doe_123456_assignsubmission_file_/notes.txt"] == "“notes.txt” is not a DOCX or PDF file."
    assert "not a DOCX or PDF" in str(reasons["Jane Doe_123456_assignsubmission_onlinetext_/onlinetext.html"])
    assert reasons["report without number.docx"] == "No candidate number was found in its name or folder."
    assert "zip inside the zip" in str(reasons["inner.zip"])
    assert not any("MACOSX" in name for name in reasons)


def test_a_path_that_climbs_out_is_refused() -> None:
    items = read_batch(make_zip({"../../etc/123456.docx": DOCX, "/abs/123457.docx": DOCX}))
    assert all(i.error and "outside" in i.error for i in items)
    assert all(i.data is None for i in items)


def test_two_scripts_for_one_candidate_are_both_held_back() -> None:
    data = make_zip(
        {
            "Jane Doe_123456_assignsubmission_file_/a.docx": DOCX,
            "Jane Doe_123456_assignsubmission_file_/b.docx": DOCX,
        }
    )
    items = read_batch(data)
    assert all(not i.ok and "more than one script" in str(i.error) for i in items)


def test_a_zip_bomb_entry_is_refused_by_its_ratio() -> None:
    data = make_zip({"123456.docx": b"\0" * 2_000_000}, zipfile.ZIP_DEFLATED)
    (item,) = read_batch(data)
    assert item.error is not None and "compressed far more" in item.error


def test_an_oversized_file_is_refused() -> None:
    (item,) = read_batch(make_zip({"123456.pdf": b"%PDF" + b"1" * 5000}), BatchLimits(max_file_bytes=1000))
    assert item.error is not None and "larger than" in item.error


def test_too_many_entries_or_too_much_data_refuses_the_whole_zip() -> None:
    data = make_zip({f"{100000 + n}.docx": DOCX for n in range(5)})
    with pytest.raises(UnsafeArchive, match="at most 3"):
        read_batch(data, BatchLimits(max_entries=3))
    with pytest.raises(UnsafeArchive, match="unpacks to"):
        read_batch(data, BatchLimits(max_total_bytes=500))


def test_not_a_zip() -> None:
    with pytest.raises(UnsafeArchive, match="not a zip"):
        read_batch(b"%PDF-1.4 this is not a zip")


def test_an_entry_larger_than_it_declares_is_refused() -> None:
    # Rewrite the declared size in both headers so the entry claims 10 bytes but unpacks to 200.
    data = bytearray(make_zip({"123456.docx": b"y" * 200}))
    size = (200).to_bytes(4, "little")
    data = bytearray(bytes(data).replace(size + size, (10).to_bytes(4, "little") * 2))
    (item,) = read_batch(bytes(data))
    assert not item.ok and item.data is None and item.error
