"""The independent reference pools blind3 and blind4: the same seeds build the same reports, whose truth agrees
with their text.

These tests read only the corpus, never the checker's results on it: the pools are for measuring, not tuning.
"""

from __future__ import annotations

import functools
from collections import Counter

import pytest

from marker.checks.regions import REFERENCE_LIST
from tests.corpus.references import blind3_text, blind4_text
from tests.corpus.references.documents import HALVES, PROBLEM_KINDS, CorpusDocument, _Builder

pytestmark = pytest.mark.slow  # building 60 reports with citeproc-py takes several seconds

POOLS = {"blind3": blind3_text, "blind4": blind4_text}


@functools.cache
def _build(pool: str, seeds: tuple[int, ...]) -> list[CorpusDocument]:
    return [_Builder(seed, pool).build() for seed in seeds]


@pytest.fixture(scope="module", params=sorted(POOLS))
def pool(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def docs(pool: str) -> list[CorpusDocument]:
    return _build(pool, tuple(HALVES[pool])[:30])


def _written_year(year: str) -> str:
    """The year as the style writes it: "n.d." as "no date", a suffix after it ("no date a")."""
    return year.replace("n.d.", "no date ").strip() if year.startswith("n.d.") else year


def _fingerprint(doc: CorpusDocument) -> tuple[object, ...]:
    return (doc.name, [b.text for b in doc.document.blocks], doc.regions,
            [(c.block, c.start, c.end, c.lead, c.year, sorted(c.forms)) for c in doc.citations],
            doc.entries, doc.problems, doc.decoys)  # fmt: skip


def test_the_pool_seeds_are_held_apart_from_every_other_half(pool: str) -> None:
    assert len(HALVES[pool]) == 100 and len(HALVES[f"{pool}-more"]) == 300
    ours = set(HALVES[pool]) | set(HALVES[f"{pool}-more"])
    for half, seeds in HALVES.items():
        if not half.startswith(pool):
            assert not ours & set(seeds), half


def test_the_same_seed_builds_the_same_report(pool: str, docs: list[CorpusDocument]) -> None:
    again = [_Builder(seed, pool).build() for seed in tuple(HALVES[pool])[:8]]
    assert [_fingerprint(d) for d in again] == [_fingerprint(d) for d in docs[:8]]
    assert _fingerprint(docs[0]) != _fingerprint(docs[1])


def test_every_truth_citation_names_its_author_and_year_in_its_own_block(docs: list[CorpusDocument]) -> None:
    for doc in docs:
        for citation in doc.citations:
            block = doc.document.blocks[citation.block]
            assert doc.regions[citation.block] not in (None, REFERENCE_LIST)
            assert 0 <= citation.start < citation.end <= len(block.text)
            written = block.text[citation.start : citation.end].casefold()
            assert citation.lead.casefold() in written, (doc.name, citation.lead, written)
            assert _written_year(citation.year).casefold() in written, (doc.name, citation.year, written)


def test_every_entry_is_in_the_reference_list_and_starts_with_its_author(docs: list[CorpusDocument]) -> None:
    for doc in docs:
        for entry in doc.entries:
            assert doc.regions[entry.block] == REFERENCE_LIST
            text = doc.document.blocks[entry.block].text
            assert entry.lead.casefold() in text.casefold()
            assert f"({_written_year(entry.year)})" in text


def test_every_planted_problem_names_a_work_of_the_report(docs: list[CorpusDocument]) -> None:
    for doc in docs:
        leads = {w.lead for w in doc.works}
        years = {(w.lead, w.year) for w in doc.works}
        for problem in doc.problems:
            assert problem.kind in PROBLEM_KINDS
            if problem.kind in ("not_alphabetical", "no_reference_list"):
                assert problem.lead is None
                continue
            assert problem.lead in leads, (doc.name, problem)
            if problem.kind != "year_mismatch":  # the mismatch names the wrong year, which no work has
                assert (problem.lead, problem.year) in years, (doc.name, problem)
        if any(p.kind == "no_reference_list" for p in doc.problems):
            assert REFERENCE_LIST not in doc.regions and not doc.entries


def test_plain_decoys_hold_no_citation(pool: str, docs: list[CorpusDocument]) -> None:
    for doc in docs:
        for decoy in doc.decoys:
            block = doc.document.blocks[decoy.block].text
            assert 0 <= decoy.start < decoy.end <= len(block)
            if decoy.kind in POOLS[pool].NOT_CITATIONS:
                assert not [c for c in doc.citations if c.block == decoy.block and c.start < decoy.end
                            and decoy.start < c.end], (doc.name, decoy.kind)  # fmt: skip


def test_the_pool_plants_every_problem_form_and_decoy_kind(pool: str, docs: list[CorpusDocument]) -> None:
    forms = Counter(f for d in docs for c in d.citations for f in c.forms)
    for form in ("parenthetical", "parenthetical-multiple", "parenthetical-organisation", "narrative-1",
                 "narrative-2", "narrative-3", "narrative-et-al", "narrative-organisation", "narrative-possessive",
                 "locator-page", "locator-paragraph", "secondary", "sentence-start", "mid-sentence", "paragraph-end",
                 "quotation", "near-quote"):  # fmt: skip
        assert forms[form] > 0, form
    kinds = {p.kind for d in docs for p in d.problems}
    more = {p.kind for d in _build(pool, tuple(HALVES[pool])[30:60]) for p in d.problems}
    assert kinds | more == set(PROBLEM_KINDS)
    decoys = {d.kind for doc in docs for d in doc.decoys}
    assert set(POOLS[pool].NOT_CITATIONS) <= decoys
