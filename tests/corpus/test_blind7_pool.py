"""The seventh held-out reference pool, blind7: its seeds, its works, three reports whose truth agrees with their text.

These tests read only the corpus, never the checker's results on it: the pool is for measuring, not tuning.
"""

from __future__ import annotations

import functools
import random
import re

from marker.checks.regions import REFERENCE_LIST
from tests.corpus.references import blind7_text, render, text
from tests.corpus.references.blind7_works import Blind7WorkFactory
from tests.corpus.references.documents import HALVES, POOLS, PROBLEM_KINDS, CorpusDocument, _Builder, _collate

# Three seeds that between them plant a missing access date, a quotation without a page, a work listed but not
# cited, a year mismatch, a list out of order and no problem at all.
SEEDS = (11002, 11003, 11010)
_SLOT = re.compile(r"\{\w+(:[^{}]*)?\}")


@functools.cache
def _docs() -> tuple[CorpusDocument, ...]:
    return tuple(_Builder(seed, "blind7").build() for seed in SEEDS)


def _fingerprint(doc: CorpusDocument) -> tuple[object, ...]:
    return (doc.name, [b.text for b in doc.document.blocks], doc.regions, doc.citations, doc.entries, doc.problems,
            doc.decoys)  # fmt: skip


def _written_year(year: str) -> str:
    """The year as the style writes it: "n.d." as "no date", a suffix after it ("no date a")."""
    return year.replace("n.d.", "no date ").strip() if year.startswith("n.d.") else year


def test_blind7_is_wired_with_seeds_of_its_own() -> None:
    assert POOLS["blind7"].text is blind7_text and POOLS["blind7"].works is Blind7WorkFactory
    assert len(HALVES["blind7"]) == 100 and len(HALVES["blind7-more"]) == 300
    ours = set(HALVES["blind7"]) | set(HALVES["blind7-more"])
    for half, seeds in HALVES.items():
        if not half.startswith("blind7"):
            assert not ours & set(seeds), half
    assert text.NARRATIVE_START["blind7"] is blind7_text.NARRATIVE_START
    assert text.QUOTE_FRAMES["blind7"] is blind7_text.QUOTE_FRAMES
    assert text.SUBJECT_LINES["blind7"] is blind7_text.SUBJECT_LINES
    assert all(text.NOT_CITATIONS[kind]["blind7"] is frames for kind, frames in blind7_text.NOT_CITATIONS.items())


def test_the_decoy_frames_cite_nothing_and_every_placeholder_is_filled() -> None:
    known = set(blind7_text.values(random.Random(1))) | {"B", "A", "R", "T", "Y", "Y2", "n", "q", "d"}
    assert len(blind7_text.NOT_CITATIONS) >= 30
    for kind, frames in blind7_text.NOT_CITATIONS.items():
        assert len(frames) >= 2, kind
        for frame in frames:
            names = {m.group(0).strip("{}").split(":")[0] for m in _SLOT.finditer(frame)}
            assert not names & {"N", "P", "Q", "C", "C2", "O"}, (kind, frame)
            assert names <= known, (kind, frame, names - known)
    for frame in blind7_text.QUOTE_FRAMES + blind7_text.SCARE_FRAMES + blind7_text.SUBJECT_FRAMES:
        assert "{Q}" in frame and ("{P}" in frame) != ("{N}" in frame), frame  # cites once, by one slot


def test_the_works_are_varied_and_their_dates_hold_together() -> None:
    factory = Blind7WorkFactory(11000)
    works = [factory.make() for _ in range(400)]
    kinds = {"book", "chapter", "journal", "web", "report", "company-report", "government", "legislation", "body",
             "news", "trade-press", "podcast", "video", "social", "thesis", "conference"}  # fmt: skip
    assert {w.kind for w in works} >= kinds
    assert len({w.record.get("title") for w in works}) >= 150
    assert len({w.record["id"] for w in works}) == 400
    assert max(w.authors for w in works if w.kind == "journal") >= 6
    assert any(w.year == "n.d." for w in works) and any(w.organisation for w in works)
    assert any(w.record.get("edition") for w in works if w.kind == "book")
    assert any("non-dropping-particle" in w.record["author"][0] for w in works if not w.organisation)
    assert any(not w.lead.isascii() for w in works)  # names from many cultures: "Yılmaz", "Østergaard"
    leads = {w.lead for w in works if w.organisation}
    assert any(lead[:1].islower() for lead in leads) and any(lead.startswith("The ") for lead in leads)
    assert any("&" in lead for lead in leads) and any("," in lead for lead in leads)
    for work in works:
        assert work.lead and (work.year == "n.d.") == ("issued" not in work.record)
        if "accessed" in work.record and "issued" in work.record:
            issued = work.record["issued"]["date-parts"][0]
            accessed = work.record["accessed"]["date-parts"][0]
            assert accessed[: len(issued)] >= issued, (work.record["id"], issued, accessed)
    for work in works[:80]:  # the lead is how the style writes the first author
        assert render.cite([work.record], "author").casefold().startswith(work.lead.casefold()), work.record
    for kind in ("book", "journal"):  # the builder asks for these by name
        assert factory.make(kind).kind == kind
    again = Blind7WorkFactory(11000)
    assert [again.make().record for _ in range(20)] == [w.record for w in works[:20]]


def test_the_same_seed_builds_the_same_report() -> None:
    docs = _docs()
    assert _fingerprint(_Builder(SEEDS[0], "blind7").build()) == _fingerprint(docs[0])
    assert _fingerprint(docs[0]) != _fingerprint(docs[1])


def test_every_truth_citation_is_written_in_its_block() -> None:
    for doc in _docs():
        assert doc.citations
        for citation in doc.citations:
            assert doc.regions[citation.block] not in (None, REFERENCE_LIST)
            written = doc.document.blocks[citation.block].text[citation.start : citation.end]
            assert citation.lead.casefold() in written.casefold(), (doc.name, citation.lead, written)
            assert _written_year(citation.year) in written, (doc.name, citation.year, written)
        for block in doc.document.blocks:  # every placeholder filled
            assert not _SLOT.search(block.text), (doc.name, block.text)


def test_the_planted_problems_are_in_the_text() -> None:
    docs = _docs()
    kinds = {p.kind for d in docs for p in d.problems}
    assert {"year_mismatch", "missing_access_date", "listed_not_cited", "quotation_without_page"} <= kinds
    assert any(not d.problems for d in docs)
    for doc in docs:
        entries: dict[tuple[str | None, str | None], str] = {
            (e.lead, e.year): doc.document.blocks[e.block].text for e in doc.entries
        }
        cited = {(c.lead, c.year) for c in doc.citations}
        for problem in doc.problems:
            assert problem.kind in PROBLEM_KINDS
            key = (problem.lead, problem.year)
            if problem.kind == "year_mismatch":  # cited with a year that no entry of that author has
                assert key in cited and key not in entries
                assert any(lead == problem.lead for lead, _ in entries)
            if problem.kind == "listed_not_cited":
                assert key in entries and key not in cited
            if problem.kind == "missing_access_date" and len(set(entries.values())) == len(entries):
                assert "Available at:" in entries[key] and "Accessed" not in entries[key]  # online, no access date
            if problem.kind == "quotation_without_page":
                quoted = [c for c in doc.citations if "quotation" in c.forms and (c.lead, c.year) == key]
                written = [doc.document.blocks[c.block].text[c.start : c.end] for c in quoted]
                assert any("p." not in w and "para." not in w for w in written), written
        if not any(p.kind == "not_alphabetical" for p in doc.problems) and len(doc.entries) > 1:
            firsts = [doc.document.blocks[e.block].text for e in doc.entries]
            if len(set(firsts)) == len(firsts):  # one block per entry
                assert firsts == sorted(firsts, key=_collate)


def test_decoys_are_in_the_text_and_are_not_citations() -> None:
    kinds: set[str] = set()
    for doc in _docs():
        for decoy in doc.decoys:
            block = doc.document.blocks[decoy.block].text
            assert 0 <= decoy.start < decoy.end <= len(block) and block[decoy.start : decoy.end].strip()
            kinds.add(decoy.kind)
            if decoy.kind in blind7_text.NOT_CITATIONS:
                overlapping = [
                    c for c in doc.citations if c.block == decoy.block and c.start < decoy.end and decoy.start < c.end
                ]
                assert not overlapping, (doc.name, decoy.kind, block[decoy.start : decoy.end])
    assert len(kinds & set(blind7_text.NOT_CITATIONS)) >= 25
