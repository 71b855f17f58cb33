"""The fingerprint index: no text kept, entries deleted per script, a plain form to store, and candidate pairs."""

from __future__ import annotations

import json

import numpy as np

from marker.similarity import FingerprintIndex, Fingerprints, SimilaritySettings
from tests.similarity.builders import make_script, prepared, prose

SHARED = prose(700, 80)


def indexed(count: int = 6, settings: SimilaritySettings | None = None) -> FingerprintIndex:
    index = FingerprintIndex(settings)
    for n in range(count):
        script = prepared(make_script([prose(n, 300)] + ([SHARED] if n < 2 else [])), f"s{n}")
        index.add(script.script_id, script.cohort, len(script.words), script.fingerprints)
    return index


def test_the_index_keeps_hashes_and_positions_not_text() -> None:
    index = indexed()
    stored = json.dumps(index.to_dict())
    for word in prose(0, 300).split()[:40]:
        if len(word) > 3:
            assert f'"{word.strip(".").lower()}"' not in stored.lower()
    rows = list(index.rows())
    assert rows and all(isinstance(h, int) and 0 <= h < 2**63 and isinstance(p, int) for _, h, p in rows)


def test_deleting_a_script_removes_every_entry_it_had() -> None:
    index = indexed()
    assert index.candidate_pairs() == [("s0", "s1", index.candidate_pairs()[0][2])]
    assert index.remove("s1") is True
    assert all(script_id != "s1" for script_id, _, _ in index.rows())
    assert "s1" not in index and len(index) == 5
    assert index.candidate_pairs() == []
    assert index.remove("s1") is False


def test_a_cohort_past_retention_is_deleted_whole() -> None:
    index = indexed()
    extra = prepared(make_script([prose(50, 200)]), "old1", cohort="2020")
    index.add("old1", "2020", len(extra.words), extra.fingerprints)
    assert index.remove_cohort("2020") == 1
    assert index.cohorts() == ["2025"]


def test_the_rows_rebuild_the_same_index() -> None:
    index = indexed()
    again = FingerprintIndex.from_rows(list(index.script_rows()), list(index.rows()))
    assert again.candidate_pairs() == index.candidate_pairs()
    assert list(again.rows()) == list(index.rows())
    from_dict = FingerprintIndex.from_dict(json.loads(json.dumps(index.to_dict())))
    assert from_dict.candidate_pairs() == index.candidate_pairs()


def test_stored_fingerprints_of_other_sizes_are_refused() -> None:
    data = indexed(2).to_dict()
    try:
        FingerprintIndex.from_dict(data, SimilaritySettings(ngram=4))
    except ValueError as error:
        assert "re-index" in str(error)
    else:
        raise AssertionError("fingerprints of another n-gram size were accepted")


def test_adding_scripts_one_by_one_gives_the_same_pairs_as_adding_them_at_once() -> None:
    whole = indexed(8)
    one_by_one = FingerprintIndex()
    for script in whole.scripts():
        one_by_one.add(script.script_id, script.cohort, script.words, script.fingerprints)
        one_by_one.candidate_pairs()  # forces the postings to be merged now, script by script
    assert one_by_one.candidate_pairs() == whole.candidate_pairs()
    assert one_by_one.candidates_for("s0") == [("s1", whole.candidate_pairs()[0][2])]


def test_a_fingerprint_held_by_30_percent_of_a_cohort_is_boilerplate() -> None:
    index = FingerprintIndex()
    common = np.array([11, 22, 33], dtype=np.uint64)
    for n in range(20):
        own = np.array([1000 + n * 10 + k for k in range(5)], dtype=np.uint64)
        held = common[: 3 if n < 6 else (2 if n < 8 else 0)]  # 33 in 6 of 20 (30 %), 11 and 22 in 8
        hashes = np.concatenate([held, own])
        index.add(f"s{n}", "2025", 100, Fingerprints(hashes, np.arange(len(hashes), dtype=np.int64)))
    assert index.common_hashes("2025").tolist() == [11, 22, 33]
    index.remove("s0")  # 33 now in 5 of 19 (26 %)
    assert index.common_hashes("2025").tolist() == [11, 22]
    assert index.candidate_pairs() == []  # the boilerplate proposes no pair


def test_one_fingerprint_only_two_scripts_hold_proposes_them_but_one_of_three_does_not() -> None:
    index = FingerprintIndex()
    for n, held in enumerate(([7], [7], [8], [8], [8], [])):
        hashes = np.array([*held, 100 + n], dtype=np.uint64)
        index.add(f"s{n}", "2025", 100, Fingerprints(hashes, np.arange(len(hashes), dtype=np.int64)))
    assert index.candidate_pairs() == [("s0", "s1", 1)]
    assert index.candidates_for("s1") == [("s0", 1)]
    assert index.candidates_for("s2") == []
