"""Comparing scripts: the shared passage, its spans in both texts, the percentages, across cohorts, one at a time."""

from __future__ import annotations

from marker.similarity import (
    FingerprintIndex,
    PairSimilarity,
    compare_index,
    compare_indexed,
    compare_new_script,
    compare_pair,
    compare_scripts,
)
from marker.similarity.render import render_csv, render_text
from tests.similarity.builders import make_script, prepared, prose

COPIED = prose(500, 120)


def cohort() -> dict[str, object]:
    scripts = {
        "ann": prepared(make_script([prose(1, 400), COPIED, prose(2, 400)]), "ann"),
        "bob": prepared(make_script([prose(3, 300), COPIED]), "bob"),
        "cat": prepared(make_script([prose(4, 500)]), "cat"),
        "old": prepared(make_script([prose(5, 500), COPIED]), "old", cohort="2024"),
    }
    return scripts


def test_a_copied_passage_is_found_with_its_spans_in_both_scripts() -> None:
    scripts = cohort()
    report = compare_scripts(list(scripts.values()), cohort="2025")
    pair = report.pair("ann", "bob")
    assert pair is not None and len(pair.passages) == 1
    passage = pair.passages[0]
    a, b = scripts[pair.a], scripts[pair.b]
    assert a.text[passage.a_start : passage.a_end] == COPIED.rstrip(".")
    assert b.text[passage.b_start : passage.b_end] == COPIED.rstrip(".")
    assert passage.a_words == passage.b_words == len(COPIED.split())


def test_each_script_gets_its_highest_overlap_and_with_whom() -> None:
    report = compare_scripts(list(cohort().values()), cohort="2025")
    best = {s.script_id: (s.best_with, round(s.best_pct)) for s in report.scripts}
    assert set(best) == {"ann", "bob", "cat"}  # the earlier cohort is compared with, not reported on
    assert best["cat"] == (None, 0)
    assert best["bob"][1] > best["ann"][1] > 0  # the same passage is a larger share of a shorter script
    assert best["bob"][0] in {"ann", "old"}


def test_an_earlier_cohort_is_compared_but_its_own_pairs_are_not_repeated() -> None:
    scripts = cohort()
    older = prepared(make_script([prose(6, 300), COPIED]), "older", cohort="2024")
    report = compare_scripts([*scripts.values(), older], cohort="2025")
    assert report.pair("ann", "old") is not None
    assert report.pair("old", "older") is None


def test_the_threshold_lists_pairs_and_csv_rows() -> None:
    report = compare_scripts(list(cohort().values()), cohort="2025")
    assert report.flagged(100.0) == []
    rows = report.csv_rows(1.0)
    assert rows[0][:4] == ("script_a", "cohort_a", "script_b", "cohort_b")
    assert {frozenset(row[0:3:2]) for row in rows[1:]} == {
        frozenset(("ann", "bob")),
        frozenset(("ann", "old")),
        frozenset(("bob", "old")),
    }
    assert render_csv(report, 1.0).splitlines()[0].startswith("script_a,cohort_a")
    text = render_text(report, cohort())
    assert "ann" in text and "passage" in text


def test_adding_one_script_compares_it_with_the_indexed_cohort() -> None:
    scripts = cohort()
    index = FingerprintIndex()
    for script in scripts.values():
        index.add(script.script_id, script.cohort, len(script.words), script.fingerprints)
    newcomer = prepared(make_script([prose(7, 200), COPIED]), "dan")
    summary, pairs = compare_new_script(index, newcomer, scripts.__getitem__)
    assert {frozenset((p.a, p.b)) for p in pairs} == {frozenset(("dan", other)) for other in ("ann", "bob", "old")}
    assert summary.script_id == "dan" and summary.best_pct > 30
    # The same pairs as comparing the whole cohort again.
    everyone = {**scripts, "dan": newcomer}
    full = compare_index(index, everyone.__getitem__)
    assert full.pair("dan", "bob") is not None


def test_a_script_already_indexed_is_compared_as_the_whole_cohorts_comparison_compares_it() -> None:
    scripts = cohort()
    scripts["dan"] = prepared(make_script([prose(7, 200), COPIED]), "dan")
    index = FingerprintIndex()
    for script in scripts.values():
        index.add(script.script_id, script.cohort, len(script.words), script.fingerprints)
    asked: list[set[str]] = []
    pairs = compare_indexed(index, ["dan", "gone"], scripts.__getitem__, prepare=asked.append)
    assert asked == [{"dan", "ann", "bob", "old"}]  # every script it loads, told once beforehand
    full = compare_index(index, scripts.__getitem__)

    def sides(pair: PairSimilarity) -> frozenset[tuple[str, float, tuple[tuple[int, int], ...]]]:
        # a pair as each script's percentage and spans: the whole comparison may name the two the other way round
        return frozenset({
            (pair.a, round(pair.a_pct, 6), tuple((q.a_start, q.a_end) for q in pair.passages)),
            (pair.b, round(pair.b_pct, 6), tuple((q.b_start, q.b_end) for q in pair.passages)),
        })  # fmt: skip

    assert {sides(p) for p in pairs} == {sides(p) for p in full.pairs if "dan" in (p.a, p.b)}
    assert all(p.a == "dan" for p in pairs) and len(pairs) == 3


def test_kept_alignment_sides_follow_a_change_of_boilerplate() -> None:
    # Sides are kept per script and boilerplate: once COPIED is boilerplate (held by enough scripts) no pair may
    # still share it through a side masked before.
    scripts = cohort()
    before = compare_scripts(list(scripts.values()), cohort="2025")
    assert before.pair("ann", "bob") is not None
    more = {f"x{i}": prepared(make_script([prose(20 + i, 200), COPIED]), f"x{i}") for i in range(5)}
    after = compare_scripts([*scripts.values(), *more.values()], cohort="2025")
    assert after.pair("ann", "bob") is None
    assert compare_scripts(list(scripts.values()), cohort="2025").pair("ann", "bob") == before.pair("ann", "bob")


def test_a_whole_script_handed_in_again_is_a_full_overlap() -> None:
    document = make_script([prose(8, 400), prose(9, 400)])
    again = make_script([prose(8, 400), prose(9, 400)], cover="Candidate 999999")
    report = compare_scripts([prepared(document, "first", "2024"), prepared(again, "second")], cohort="2025")
    (summary,) = report.scripts
    assert summary.best_with == "first" and summary.best_pct > 99


def test_two_scripts_side_by_side_give_the_passage_spans_in_each() -> None:
    scripts = cohort()
    index = FingerprintIndex()
    for script in scripts.values():
        index.add(script.script_id, script.cohort, len(script.words), script.fingerprints)
    pair = compare_pair(index, scripts["bob"], scripts["ann"])
    assert pair is not None and (pair.a, pair.b) == ("bob", "ann")
    (passage,) = pair.passages
    assert scripts["bob"].text[passage.a_start : passage.a_end] == scripts["ann"].text[passage.b_start : passage.b_end]
    assert compare_pair(index, scripts["ann"], scripts["cat"]) is None
