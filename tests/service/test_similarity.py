"""Similarity in the application: scripts are fingerprinted when their check is stored (through the check job),
a cohort is compared with itself and its earlier cohort, planted copies show up with their passage, independent
scripts do not, and fingerprints go with the script (replacement, withdrawal, erasure, retention)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import pytest
from sqlalchemy import func, select

from marker.checks.report import check_parsed
from marker.documents.model import Document
from marker.service import (
    assessments,
    check_jobs,
    people,
    scripts,
    similarity,
    similarity_index,
    similarity_reports,
    submissions,
)
from marker.service.errors import AccessDenied, Refused
from marker.service.uow import UnitOfWork
from marker.similarity import DEFAULT_THRESHOLD_PCT
from marker.similarity.script import script_text
from marker.store.models import (
    Assessment,
    Fingerprint,
    SimilarityReportRow,
    SimilarityScript,
    Submission,
    User,
    utcnow,
)
from tests.similarity.builders import make_script, prose, rubric
from tests.similarity.corpus import Corpus, build_corpus

COPIED = prose(500, 120)


@dataclass
class Documents:
    """Documents the fake file reader hands the check job, by the bytes "uploaded"."""

    by_key: dict[bytes, Document]

    def add(self, key: str, document: Document) -> bytes:
        data = f"%PDF-1.4 script {key}".encode()
        self.by_key[data] = document
        return data


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch) -> Documents:
    """The check job's file reading replaced by generated documents: the rest of the job path runs as it is."""
    found = Documents({})

    def check_upload(settings: object, data: bytes, name: str, rubric_: object) -> object:
        return check_parsed(found.by_key[data], rubric())

    monkeypatch.setattr(check_jobs, "check_upload", check_upload)
    return found


def _assessment(uow: UnitOfWork, tutor: User, cohort: str) -> Assessment:
    return assessments.create_assessment(
        uow, rubric(), title=f"2206 {cohort}", cohort=cohort, deadline=None, retention_days=365, actor=tutor
    )


def _add(uow: UnitOfWork, documents: Documents, assessment: Assessment, number: str, document: Document,
         tutor: User) -> Submission:  # fmt: skip
    data = documents.add(f"{assessment.id}-{number}", document)
    return submissions.add_submission(
        uow, assessment, rubric(), data, f"{number}.pdf", candidate_number=number, actor=tutor
    )


def _fingerprints(uow: UnitOfWork, submission_id: int) -> int:
    return int(
        uow.session.scalar(
            select(func.count()).select_from(Fingerprint).where(Fingerprint.submission_id == submission_id)
        )
        or 0
    )


def _small_cohort(uow: UnitOfWork, documents: Documents, tess: User) -> dict[str, Submission]:
    current = _assessment(uow, tess, "2025")
    return {
        "ann": _add(uow, documents, current, "101", make_script([prose(1, 400), COPIED, prose(2, 400)]), tess),
        "bob": _add(uow, documents, current, "102", make_script([prose(3, 300), COPIED]), tess),
        "cat": _add(uow, documents, current, "103", make_script([prose(4, 500)]), tess),
    }


def test_the_default_threshold_is_the_comparisons(uow: UnitOfWork, make_user: Callable[..., User]) -> None:
    assessment = _assessment(uow, make_user("tess", "tutor"), "2025")
    assert assessment.similarity_threshold_pct == DEFAULT_THRESHOLD_PCT


def test_a_checked_script_is_fingerprinted_once_and_no_text_is_indexed(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    ann = found["ann"]
    assert ann.check_state == "checked"
    count = _fingerprints(uow, ann.id)
    assert count > 100
    entry = uow.session.get(SimilarityScript, ann.id)
    assert entry is not None and entry.words > 900 and entry.rubric_id == "cim-2206"
    # A second delivery of the job (queued again, run again) replaces the entry rather than adding to it.
    with uow.transaction():
        check_jobs.queue_check(uow, ann)
    assert _fingerprints(uow, ann.id) == count
    # What is stored are numbers: no word of the script is in the index.
    stored = [entry.words, entry.spans, *uow.session.scalars(select(Fingerprint.hash).limit(50))]
    assert "sit" not in str(stored).lower() and not re.search(r"[a-z]{3}", str(stored))


def test_the_stored_text_gives_back_the_fingerprinted_words(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    ann = _small_cohort(uow, documents, tess)["ann"]
    settings = similarity_index.settings_of(ann.assessment)
    rebuilt = similarity_index.ScriptLoader(uow, settings)(str(ann.id))
    stored = uow.session.scalars(
        select(Fingerprint.hash).where(Fingerprint.submission_id == ann.id).order_by(Fingerprint.position)
    ).all()
    assert [int(h) for h in rebuilt.fingerprints.hashes.tolist()] == list(stored)
    assert COPIED.rstrip(".") in rebuilt.text


def test_a_copied_passage_is_shown_side_by_side_and_an_independent_script_is_not_flagged(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    ann, bob, cat = found["ann"], found["bob"], found["cat"]
    overlaps = similarity.overlaps(uow, tess, ann.assessment)
    assert overlaps[bob.id].other is not None and overlaps[bob.id].other.submission_id == ann.id
    assert overlaps[bob.id].flagged and overlaps[bob.id].pct > overlaps[ann.id].pct > 0
    assert overlaps[cat.id].other is None and not overlaps[cat.id].flagged
    view = similarity.side_by_side(uow, tess, bob, ann.id)
    assert view.a.label.candidate_number == "102" and view.b.label.candidate_number == "101"
    for side in (view.a, view.b):
        assert side.pieces is not None
        marked = [piece for piece in side.pieces if piece.passage == 1]
        assert [piece.text for piece in marked] == [COPIED.rstrip(".")]
    rows = similarity.pairs_csv(uow, tess, ann.assessment).splitlines()
    assert rows[0].startswith("candidate_a,") and len(rows) == 2 and "103" not in rows[1]


def test_only_the_assessments_tutors_and_moderators_see_it(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    stranger = make_user("sam", "tutor")
    with pytest.raises(AccessDenied):
        similarity.overlaps(uow, stranger, found["ann"].assessment)
    with pytest.raises(AccessDenied):
        similarity.side_by_side(uow, stranger, found["bob"], found["ann"].id)
    with pytest.raises(AccessDenied):
        similarity.pairs_csv(uow, stranger, found["ann"].assessment)


def test_the_threshold_is_set_per_assessment_within_range(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    assessment = found["ann"].assessment
    for wrong in (0, 0.5, 101, None):
        with pytest.raises(Refused):
            similarity.set_threshold(uow, assessment, wrong, actor=tess)
    similarity.set_threshold(uow, assessment, 99, actor=tess)
    assert similarity.flagged_pairs(uow, tess, assessment) == []
    assert not similarity.overlaps(uow, tess, assessment)[found["bob"].id].flagged


def test_a_replaced_script_is_indexed_afresh(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    bob = found["bob"]
    data = documents.add("bob-again", make_script([prose(9, 400)]))
    scripts.replace_script(uow, bob, rubric(), data, "again.pdf", actor=tess, today=date.today())
    assert bob.check_state == "checked" and _fingerprints(uow, bob.id) > 0
    overlaps = similarity.overlaps(uow, tess, bob.assessment)
    assert overlaps[bob.id].other is None and overlaps[found["ann"].id].other is None


def test_withdrawing_or_erasing_a_script_removes_its_fingerprints(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    admin = make_user("ada", "admin")
    found = _small_cohort(uow, documents, tess)
    ann, bob = found["ann"], found["bob"]
    ann_id, bob_id = ann.id, bob.id
    assert _fingerprints(uow, ann_id) > 0 and _fingerprints(uow, bob_id) > 0
    people.erase_candidate(uow, "101", actor=admin)
    assert _fingerprints(uow, ann_id) == 0
    assert uow.session.get(SimilarityScript, ann_id) is None
    scripts.withdraw_script(uow, bob, "left the course", actor=tess)
    assert _fingerprints(uow, bob_id) == 0
    assert uow.session.get(SimilarityScript, bob_id) is None
    assert uow.session.scalar(select(func.count()).select_from(Fingerprint)) == _fingerprints(uow, found["cat"].id)


def test_retention_purge_removes_an_earlier_cohorts_fingerprints_from_the_comparison(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    admin = make_user("ada", "admin")
    earlier = _assessment(uow, tess, "2024")
    old = _add(uow, documents, earlier, "901", make_script([prose(5, 500), COPIED]), tess)
    found = _small_cohort(uow, documents, tess)
    cat = found["cat"]
    current = cat.assessment
    # Reused from the earlier cohort: the earlier script is compared with, and named by its cohort.
    overlaps = similarity.overlaps(uow, tess, current)
    pair = similarity.side_by_side(uow, tess, found["bob"], old.id)
    assert pair.b.label.assessment_title == "2206 2024" and pair.b.pieces is not None
    assert old.id in {o.other.submission_id for o in overlaps.values() if o.other is not None} or pair.pct > 0
    old_id = old.id
    with uow.transaction():
        earlier.deadline = date.today() - timedelta(days=400)
        earlier.created_at = utcnow() - timedelta(days=400)
    people.purge_expired(uow, today=date.today(), actor=admin)
    assert _fingerprints(uow, old_id) == 0 and uow.session.get(SimilarityScript, old_id) is None
    assert all(
        o.other is None or o.other.submission_id != old_id for o in similarity.overlaps(uow, tess, current).values()
    )


def test_another_cohorts_script_is_not_shown_to_someone_outside_its_assessment(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    owner = make_user("olga", "tutor")
    tess = make_user("tess", "tutor")
    earlier = _assessment(uow, owner, "2024")
    old = _add(uow, documents, earlier, "901", make_script([prose(5, 500), COPIED]), owner)
    found = _small_cohort(uow, documents, tess)
    view = similarity.side_by_side(uow, tess, found["bob"], old.id)
    assert view.b.pieces is None and not view.b.label.visible
    assert "901" not in view.b.label.text and "2024" in view.b.label.text
    assert view.a.pieces is not None and any(piece.passage for piece in view.a.pieces)


@lru_cache(maxsize=1)
def _corpus() -> Corpus:
    return build_corpus(rubric(), 17, current=12, earlier=4)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def test_planted_copies_in_a_generated_cohort_are_found_with_their_passage(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    corpus = _corpus()
    tess = make_user("tess", "tutor")
    earlier = _assessment(uow, tess, corpus.earlier)
    current = _assessment(uow, tess, corpus.current)
    ids = {}
    for script_id, document in corpus.documents.items():
        assessment = earlier if corpus.cohorts[script_id] == corpus.earlier else current
        ids[script_id] = _add(uow, documents, assessment, script_id, document, tess).id
    flagged = {
        frozenset((pair.a.submission_id, pair.b.submission_id)) for pair in similarity.flagged_pairs(uow, tess, current)
    }
    planted = [case for case in corpus.cases if case.kind == "verbatim" and case.words >= 50]
    assert planted
    for case in planted:
        assert frozenset((ids[case.source], ids[case.target])) in flagged, case
        target = uow.session.get(Submission, ids[case.target])
        view = similarity.side_by_side(uow, tess, target, ids[case.source])
        assert view.a.pieces is not None
        highlighted = _words(" ".join(piece.text for piece in view.a.pieces if piece.passage))
        text = script_text(corpus.documents[case.target])
        planted_words = _words(" ".join(text[a:b] for a, b in case.target_spans))
        shared = sum(1 for word in set(planted_words) if word in set(highlighted))
        assert shared >= 0.9 * len(set(planted_words)), case
    # Independent pairs (every pair but the planted ones) are not flagged at the default threshold.
    planted_pairs = {frozenset(ids[s] for s in pair) for pair in corpus.case_pairs()}
    assert flagged and flagged <= planted_pairs


def test_recheck_indexes_scripts_checked_before_the_index_was_kept(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    ann = found["ann"]
    with uow.transaction():
        similarity_index.forget_script(uow.session, ann.id)  # as after upgrading: checked, text kept, not indexed
    assert _fingerprints(uow, ann.id) == 0
    assert check_jobs.recheck_without_text(uow) == 1
    assert _fingerprints(uow, ann.id) > 0
    assert check_jobs.recheck_without_text(uow) == 0


def test_the_check_job_keeps_the_cohorts_report_and_pages_use_it_while_the_index_is_unchanged(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents, monkeypatch: pytest.MonkeyPatch
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    assessment = found["ann"].assessment
    kept = uow.session.get(SimilarityReportRow, assessment.id)
    assert kept is not None and set(kept.stamps) == {str(s.id) for s in found.values()}
    assert similarity_reports.refresh_report(uow, assessment.id) == "current"  # a repeated job compares nothing
    assert "sit" not in str(kept.data)  # ids, percentages and offsets, no text
    # The kept report answers the pages: no comparison runs for them.
    similarity_reports._reports.clear()
    monkeypatch.setattr(similarity_reports, "_compare", lambda *args: pytest.fail("compared again"))
    assert similarity.overlaps(uow, tess, assessment)[found["bob"].id].flagged


def test_a_large_cohorts_page_shows_the_kept_report_without_scripts_gone_since_and_asks_for_a_new_one(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents, monkeypatch: pytest.MonkeyPatch
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    assessment = found["ann"].assessment
    scripts.withdraw_script(uow, found["ann"], "left the course", actor=tess)

    class Queue:
        def __init__(self) -> None:
            self.comparisons: list[int] = []

        def compare_cohort(self, assessment_id: int) -> None:
            self.comparisons.append(assessment_id)

        def check_submission(self, submission_id: int) -> None:
            check_jobs.run_check(paged, submission_id)

    queue = Queue()
    monkeypatch.setattr(similarity_reports, "INLINE_SCRIPTS", 1)
    similarity_reports._reports.clear()
    paged = UnitOfWork(uow.session, uow.settings, jobs=queue)  # type: ignore[arg-type]
    answer = similarity_reports.cohort_report(paged, assessment)
    assert not answer.current and queue.comparisons == [assessment.id]
    assert {s.script_id for s in answer.report.scripts} == {str(found["bob"].id), str(found["cat"].id)}
    assert answer.report.pairs == ()  # the withdrawn script's pair is gone with it
    assert similarity.overlaps(paged, tess, assessment)[found["bob"].id].other is None
    # A script replaced since is left out of the kept report too (its passages were in its old text), and its
    # pair is compared on the spot when asked for.
    cat = found["cat"]
    data = documents.add("cat-again", make_script([prose(4, 500), COPIED]))
    scripts.replace_script(paged, cat, rubric(), data, "again.pdf", actor=tess, today=date.today())
    assert cat.check_state == "checked" and queue.comparisons[-1] == assessment.id  # asked for, not yet run
    similarity_reports._reports.clear()
    stale = similarity_reports.cohort_report(paged, assessment)
    assert not stale.current and str(cat.id) not in {s.script_id for s in stale.report.scripts}
    view = similarity.side_by_side(paged, tess, cat, found["bob"].id)
    assert [piece.text for piece in view.a.pieces or () if piece.passage] == [COPIED.rstrip(".")]
    assert similarity_reports.refresh_report(uow, assessment.id) == "compared"
    assert similarity_reports.cohort_report(paged, assessment).current


def test_a_large_cohorts_kept_report_is_brought_up_to_date_by_comparing_only_the_new_script(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents, monkeypatch: pytest.MonkeyPatch
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    assessment = found["ann"].assessment
    monkeypatch.setattr(similarity_reports, "INCREMENTAL_MIN", 3)  # as if three scripts were a large cohort
    monkeypatch.setattr(similarity_reports, "INCREMENTAL_SHARE", 0.5)
    full_compares = []
    real_compare = similarity_reports._compare
    monkeypatch.setattr(similarity_reports, "_compare", lambda *args: full_compares.append(1) or real_compare(*args))
    dan = _add(uow, documents, assessment, "104", make_script([prose(7, 300), COPIED]), tess)
    assert full_compares == []  # only dan was compared with the others
    kept = uow.session.get(SimilarityReportRow, assessment.id)
    assert kept is not None and kept.data["drift"] == 1 and str(dan.id) in kept.stamps
    assessments = similarity_index.compared_assessments(uow, assessment)
    whole = real_compare(uow, assessment, assessments, similarity_index.stamps_of(uow, assessments))
    as_kept = similarity_reports.report_from_data(kept.data, whole.settings, set(kept.stamps))
    assert {frozenset((p.a, p.b)): round(p.pct, 3) for p in as_kept.pairs} == {
        frozenset((p.a, p.b)): round(p.pct, 3) for p in whole.pairs
    }
    assert len(whole.pairs) == 3  # ann, bob and dan share the passage: each pair of the three
    assert {s.script_id: s.best_with for s in as_kept.scripts} == {s.script_id: s.best_with for s in whole.scripts}
    # One more change passes the share: the whole cohort is compared again.
    _add(uow, documents, assessment, "105", make_script([prose(8, 300)]), tess)
    assert full_compares == [1]
    assert uow.session.get(SimilarityReportRow, assessment.id).data["drift"] == 0


def test_the_workers_copy_of_the_index_follows_additions_replacements_and_deletions(
    uow: UnitOfWork, make_user: Callable[..., User], documents: Documents
) -> None:
    tess = make_user("tess", "tutor")
    found = _small_cohort(uow, documents, tess)
    assessment = found["ann"].assessment
    assessments = similarity_index.compared_assessments(uow, assessment)
    settings = similarity_index.settings_of(assessment)
    copy = similarity_index.kept_index(uow, assessments, settings, similarity_index.stamps_of(uow, assessments))
    similarity_index.keep_index(assessments, settings, copy, similarity_index.stamps_of(uow, assessments))
    scripts.withdraw_script(uow, found["ann"], "left", actor=tess)
    data = documents.add("bob-again", make_script([prose(9, 400)]))
    scripts.replace_script(uow, found["bob"], rubric(), data, "again.pdf", actor=tess, today=date.today())
    dan = _add(uow, documents, assessment, "104", make_script([prose(7, 300), COPIED]), tess)
    stamps = similarity_index.stamps_of(uow, assessments)
    updated = similarity_index.kept_index(uow, assessments, settings, stamps)
    fresh = similarity_index.load_index(uow, assessments, settings)
    assert {s.script_id for s in updated.scripts()} == {s.script_id for s in fresh.scripts()} == set(stamps)
    assert str(dan.id) in stamps and str(found["ann"].id) not in stamps
    for script in fresh.scripts():
        mine = updated.script(script.script_id)
        assert mine.words == script.words
        assert mine.fingerprints.hashes.tolist() == script.fingerprints.hashes.tolist()
