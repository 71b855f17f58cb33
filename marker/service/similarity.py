"""Similarity in the application: index a checked script's fingerprints, compare a cohort, show a pair (issue 17).

The pure core (``marker.similarity``) fingerprints and compares; this module keeps its index in the database and
answers the pages. What is stored is fingerprints (hash and word position) and, per script, which character
spans of its text are compared: never the text. The text a side-by-side view shows is the one the marking page
already keeps (``Submission.check_segments``: the parts' blocks), rebuilt by ``stored_text``; the compared
spans are taken in that text when the script is checked, so the words found again from it are exactly the ones
fingerprinted. A script whose parts were not found has no stored text and so nothing compared.

A cohort is compared with itself and with the earlier cohorts of the same rubric (by rubric id, so a revised
rubric still finds last year's scripts) whose retention has not ended. Tutors and moderators of the assessment
see the results; another cohort's script is named and shown only to people who belong to its assessment too.
Nothing here reads or shows a mark.
"""

from __future__ import annotations

import csv
import io
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, scoped_session

from marker.service.access import member_roles, require_assessment, require_script
from marker.service.errors import NotFound, Refused
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.models import (
    CHECK_QUEUED,
    CHECK_RUNNING,
    Assessment,
    Fingerprint,
    SimilarityReportRow,
    SimilarityScript,
    Submission,
    User,
    utcnow,
)
from marker.store.retention import retention_ends
from marker.store.rubrics import rubric_of

if TYPE_CHECKING:
    # The comparison's numpy core is imported when a comparison runs, not when a web worker starts.
    from marker.checks import CheckReport
    from marker.rubric.model import Rubric
    from marker.similarity import FingerprintIndex, PairSimilarity, ScriptText, SimilarityReport, SimilaritySettings

log = logging.getLogger(__name__)

BLOCK_SEPARATOR = "\n\n"  # as marker.similarity.script joins a document's blocks
THRESHOLD_MIN, THRESHOLD_MAX = 1.0, 100.0
READERS = ("tutor", "moderator")
_REPORT_CACHE_SIZE = 8


# --- the stored text -------------------------------------------------------------------------------------------
def stored_blocks(segments: Mapping[str, Any]) -> list[tuple[int, str]]:
    """The blocks the marking page keeps (every found part's), as (block index, text) in document order."""
    blocks: dict[int, str] = {}
    for item in segments.values():
        for index, _kind, text, _counted, _words in item.get("blocks", []):
            blocks[int(index)] = str(text)
    return sorted(blocks.items())


def stored_text(segments: Mapping[str, Any]) -> str:
    """A script's text as its similarity spans refer to it: its stored blocks joined by blank lines."""
    return BLOCK_SEPARATOR.join(text for _index, text in stored_blocks(segments))


def _block_offsets(blocks: list[tuple[int, str]]) -> dict[int, int]:
    offsets, at = {}, 0
    for index, text in blocks:
        offsets[index] = at
        at += len(text) + len(BLOCK_SEPARATOR)
    return offsets


@dataclass(frozen=True)
class IndexEntry:
    """What the index keeps of one script: compared words, compared spans of its stored text, fingerprints."""

    words: int
    spans: list[tuple[int, int]]
    hashes: list[int]
    positions: list[int]


_brief_cache: dict[tuple[str, int], frozenset[int]] = {}


def _brief(rubric: Rubric | Callable[[], Rubric], key: str, ngram: int) -> frozenset[int]:
    """The brief's n-gram hashes of a rubric snapshot (``key``: its content hash), worked out once per process;
    ``rubric`` may be a function giving it, called only when they are not known yet (a snapshot costs a parse)."""
    from marker.similarity import brief_hashes

    if (key, ngram) not in _brief_cache:
        if len(_brief_cache) > 32:
            _brief_cache.clear()
        _brief_cache[(key, ngram)] = brief_hashes(rubric() if callable(rubric) else rubric, ngram)
    return _brief_cache[(key, ngram)]


def fingerprint_report(report: CheckReport, rubric: Rubric, rubric_key: str) -> IndexEntry:
    """The index entry of a script just checked, from its check report (the document is not read again).

    The compared spans are found in the whole document (``compared_spans``, reusing the check's segmentation and
    references), then moved into the stored text: spans in blocks the marking page does not keep are left out.
    """
    from marker.service.checking import stored_segments
    from marker.similarity import SimilaritySettings, compared_spans, prepare_text

    settings = SimilaritySettings()
    document = report.document
    whole: list[int] = []
    at = 0
    for each in document.blocks:
        whole.append(at)
        at += len(each.text) + len(BLOCK_SEPARATOR)
    blocks = stored_blocks(stored_segments(report))
    kept = _block_offsets(blocks)
    spans: list[tuple[int, int]] = []
    block = 0
    for start, end in compared_spans(document, rubric, segmentation=report.segmentation, references=report.references):
        while block + 1 < len(whole) and whole[block + 1] <= start:
            block += 1  # spans come in document order, each inside one block
        if block in kept:
            shift = kept[block] - whole[block]
            spans.append((start + shift, end + shift))
    text = BLOCK_SEPARATOR.join(text for _index, text in blocks)
    script = prepare_text(
        text, spans, script_id="", cohort="", brief=_brief(rubric, rubric_key, settings.ngram), settings=settings
    )
    return IndexEntry(
        words=len(script.words),
        spans=spans,
        hashes=[int(value) for value in script.fingerprints.hashes.tolist()],
        positions=[int(value) for value in script.fingerprints.positions.tolist()],
    )


def store_entry(session: Session | scoped_session[Any], submission: Submission, entry: IndexEntry) -> None:
    """Put a script's entry in the index, replacing what was there (a job run twice leaves one entry)."""
    from marker.similarity import SimilaritySettings

    settings = SimilaritySettings()
    forget_script(session, submission.id)
    session.execute(
        insert(SimilarityScript).values(
            submission_id=submission.id,
            assessment_id=submission.assessment_id,
            rubric_id=submission.assessment.rubric_id,
            words=entry.words,
            spans=[list(span) for span in entry.spans],
            ngram=settings.ngram,
            window=settings.window,
            indexed_at=utcnow(),
        )
    )
    if entry.hashes:
        session.execute(
            insert(Fingerprint),
            [
                {"submission_id": submission.id, "hash": value, "position": position}
                for value, position in zip(entry.hashes, entry.positions, strict=True)
            ],
        )


def forget_script(session: Session | scoped_session[Any], submission_id: int) -> None:
    """Take a script out of the index (its file is replaced; deletion cascades on its own)."""
    session.execute(delete(Fingerprint).where(Fingerprint.submission_id == submission_id))
    session.execute(delete(SimilarityScript).where(SimilarityScript.submission_id == submission_id))


# --- the index of an assessment ---------------------------------------------------------------------------------
def compared_assessments(uow: UnitOfWork, assessment: Assessment, today: date | None = None) -> list[Assessment]:
    """The assessment and the earlier ones of the same rubric still within retention (earliest first)."""
    today = today or date.today()
    found = uow.session.scalars(
        select(Assessment)
        .where(Assessment.rubric_id == assessment.rubric_id, Assessment.purged_at.is_(None))
        .order_by(Assessment.created_at, Assessment.id)
    ).all()
    return [
        other
        for other in found
        if other.id == assessment.id
        or ((other.created_at, other.id) < (assessment.created_at, assessment.id) and retention_ends(other) >= today)
    ]


def _settings(assessment: Assessment) -> SimilaritySettings:
    from marker.similarity import SimilaritySettings

    return SimilaritySettings(threshold_pct=assessment.similarity_threshold_pct)


def load_index(
    uow: UnitOfWork,
    assessments: list[Assessment],
    settings: SimilaritySettings,
    into: FingerprintIndex | None = None,
    only: set[str] | None = None,
) -> FingerprintIndex:
    """The stored index of these assessments' scripts (fingerprints made with other sizes are left out).

    What ``FingerprintIndex.from_rows`` does, with the rows read straight into arrays: a cohort of 200 scripts
    has some 300,000 fingerprints, and a Python tuple per row would cost seconds. With ``into`` and ``only``,
    just those scripts are read and added to an index already loaded.
    """
    import numpy as np

    from marker.similarity import FingerprintIndex, Fingerprints

    ids = [assessment.id for assessment in assessments]
    usable = [
        SimilarityScript.assessment_id.in_(ids),
        SimilarityScript.ngram == settings.ngram,
        SimilarityScript.window == settings.window,
    ]
    if only is not None:
        usable.append(SimilarityScript.submission_id.in_(sorted(int(script_id) for script_id in only)))
    connection = uow.session.connection()
    scripts = connection.execute(
        select(SimilarityScript.submission_id, SimilarityScript.assessment_id, SimilarityScript.words)
        .where(*usable)
        .order_by(SimilarityScript.submission_id)
    ).all()
    rows = connection.execute(
        select(Fingerprint.submission_id, Fingerprint.hash, Fingerprint.position)
        .join(SimilarityScript, SimilarityScript.submission_id == Fingerprint.submission_id)
        .where(*usable)
        .order_by(Fingerprint.submission_id, Fingerprint.position)
    ).all()
    # fromiter over the rows' values: np.array() on Row objects probes each for array protocols, slowly.
    table = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=3 * len(rows)).reshape(-1, 3)
    owners, hashes, positions = table[:, 0], table[:, 1].astype(np.uint64), table[:, 2]
    index = into if into is not None else FingerprintIndex(settings)
    for submission_id, assessment_id, words in scripts:
        lo, hi = np.searchsorted(owners, [submission_id, submission_id + 1])
        index.add(str(submission_id), str(assessment_id), int(words), Fingerprints(hashes[lo:hi], positions[lo:hi]))
    return index


# The worker keeps the indexes it compared lately and brings them up to date from the stamps (reading only the
# scripts indexed since), so a comparison after one script was added does not read the whole index again.
_INDEX_CACHE_SIZE = 4
_indexes: OrderedDict[tuple[Any, ...], tuple[FingerprintIndex, dict[str, str]]] = OrderedDict()
_indexes_lock = threading.Lock()


def kept_index(
    uow: UnitOfWork, assessments: list[Assessment], settings: SimilaritySettings, stamps: dict[str, str]
) -> FingerprintIndex:
    """The stored index of these assessments, as of ``stamps``, from this process's copy when it has one.

    The copy is private to the caller until it returns (a lock): comparisons add to the index they are given.
    """
    key = (tuple(sorted(a.id for a in assessments)), settings.ngram, settings.window)
    with _indexes_lock:
        found = _indexes.pop(key, None)
    if found is None:
        index = load_index(uow, assessments, settings)
    else:
        index, seen = found
        stale = {sid for sid in set(seen) | set(stamps) if seen.get(sid) != stamps.get(sid)}
        for script_id in stale:
            index.remove(script_id)
        load_index(uow, assessments, settings, into=index, only=stale & set(stamps))
    return index


def keep_index(
    assessments: list[Assessment], settings: SimilaritySettings, index: FingerprintIndex, stamps: dict[str, str]
) -> None:
    """Hand an index back for the next comparison of these assessments (see ``kept_index``)."""
    key = (tuple(sorted(a.id for a in assessments)), settings.ngram, settings.window)
    with _indexes_lock:
        _indexes[key] = (index, dict(stamps))
        while len(_indexes) > _INDEX_CACHE_SIZE:
            _indexes.popitem(last=False)


class ScriptLoader:
    """Rebuilds indexed scripts' ``ScriptText`` from what is stored (the marking page's text and the spans).

    ``preload`` fetches many scripts in two queries, so a comparison costs a fixed number of statements.
    """

    def __init__(self, uow: UnitOfWork, settings: SimilaritySettings) -> None:
        self.uow = uow
        self.settings = settings
        self._spans: dict[int, tuple[list[list[int]], str]] = {}

    def preload(self, script_ids: set[str]) -> None:
        ids = sorted(int(script_id) for script_id in script_ids)
        for at in range(0, len(ids), 500):  # IN lists kept short for every database
            chunk = ids[at : at + 500]
            self.uow.session.scalars(select(Submission).where(Submission.id.in_(chunk))).all()
            for submission_id, spans, indexed_at in self.uow.session.execute(
                select(SimilarityScript.submission_id, SimilarityScript.spans, SimilarityScript.indexed_at).where(
                    SimilarityScript.submission_id.in_(chunk)
                )
            ):
                self._spans[submission_id] = (spans, indexed_at.isoformat())

    def submission(self, script_id: str) -> Submission:
        found = self.uow.session.get(Submission, int(script_id))
        if found is None:
            raise NotFound("There is no such script.")
        return found

    def __call__(self, script_id: str) -> ScriptText:
        from marker.similarity import prepare_text

        submission = self.submission(script_id)
        if submission.id not in self._spans:
            entry = self.uow.session.get(SimilarityScript, submission.id)
            self._spans[submission.id] = (entry.spans, entry.indexed_at.isoformat()) if entry else ([], "")
        spans, indexed_at = self._spans[submission.id]
        assessment = submission.assessment
        key = (submission.id, indexed_at, self.settings.ngram, self.settings.window, assessment.rubric_hash)
        if key in _texts:
            _texts.move_to_end(key)
            return _texts[key]
        script = prepare_text(
            stored_text(submission.check_segments or {}),
            [(int(a), int(b)) for a, b in spans],
            script_id=script_id,
            cohort=str(assessment.id),
            brief=_brief(lambda: rubric_of(assessment), assessment.rubric_hash, self.settings.ngram),
            settings=self.settings,
        )
        if indexed_at:
            _remember(key, script)
        return script


# Scripts made ready to compare are kept per process (a worker comparing one cohort after another reads each
# stored text once), up to this many words in all: about 40 bytes a word, so some 80 MB.
TEXT_CACHE_WORDS = 2_000_000
_texts: OrderedDict[tuple[Any, ...], ScriptText] = OrderedDict()
_text_words = [0]


def _remember(key: tuple[Any, ...], script: ScriptText) -> None:
    _texts[key] = script
    _text_words[0] += len(script.words)
    while _text_words[0] > TEXT_CACHE_WORDS and len(_texts) > 1:
        _key, dropped = _texts.popitem(last=False)
        _text_words[0] -= len(dropped.words)


# A cohort this small is compared on the spot when its stored report is out of date (well under a second); a
# larger one waits for the job, and its pages show the last report meanwhile.
INLINE_SCRIPTS = 40
_reports: OrderedDict[tuple[Any, ...], SimilarityReport] = OrderedDict()


def _stamps(uow: UnitOfWork, assessments: list[Assessment]) -> dict[str, str]:
    """Every indexed script of these assessments, with when it was indexed: what a report was computed from."""
    return {
        str(submission_id): indexed_at.isoformat()
        for submission_id, indexed_at in uow.session.execute(
            select(SimilarityScript.submission_id, SimilarityScript.indexed_at).where(
                SimilarityScript.assessment_id.in_([a.id for a in assessments])
            )
        )
    }


def _compare(
    uow: UnitOfWork, assessment: Assessment, assessments: list[Assessment], stamps: dict[str, str]
) -> SimilarityReport:
    from marker.similarity import compare_index

    settings = _settings(assessment)
    index = kept_index(uow, assessments, settings, stamps)
    loader = ScriptLoader(uow, settings)
    loader.preload({script_id for pair in index.candidate_pairs(str(assessment.id)) for script_id in pair[:2]})
    report = compare_index(index, loader, cohort=str(assessment.id))
    keep_index(assessments, settings, index, stamps)
    return report


def _settings_key(assessment: Assessment) -> list[int]:
    settings = _settings(assessment)
    return [settings.ngram, settings.window]


# A kept report of a cohort of INCREMENTAL_MIN scripts or more is brought up to date script by script (only the
# scripts indexed since are compared with the others) until the index has changed by INCREMENTAL_SHARE of the
# scripts the last full comparison saw; then the whole cohort is compared again. The cohort's boilerplate (a
# share of its scripts) is found afresh by each full comparison, so it drifts by no more than that share between
# them; a small cohort, whose boilerplate moves with every script, is always compared whole.
INCREMENTAL_MIN = 50
INCREMENTAL_SHARE = 0.05


def _compare_changed(
    uow: UnitOfWork,
    assessment: Assessment,
    assessments: list[Assessment],
    kept: SimilarityReportRow,
    stamps: dict[str, str],
) -> tuple[SimilarityReport, dict[str, int]] | None:
    """The kept report brought up to date by comparing only the scripts indexed since (added or replaced) with
    the others, pairs of scripts gone since dropped; None when too much changed to do it this way."""
    from marker.similarity import compare_new_script

    full = int(kept.data.get("full_size", 0))
    drift = int(kept.data.get("drift", 0))
    changed = {sid for sid, stamp in stamps.items() if kept.stamps.get(sid) != stamp}
    drift += len(changed) + len(set(kept.stamps) - set(stamps))
    if full < INCREMENTAL_MIN or drift > INCREMENTAL_SHARE * full:
        return None
    settings = _settings(assessment)
    base = report_from_data(kept.data, settings, set(stamps) - changed)
    index = kept_index(uow, assessments, settings, stamps)
    loader = ScriptLoader(uow, settings)
    cohort = str(assessment.id)
    pairs = {frozenset((p.a, p.b)): p for p in base.pairs}
    for script_id in sorted(changed):
        if script_id not in index:
            continue
        _summary, found = compare_new_script(index, loader(script_id), loader)
        for pair in found:
            if cohort in (pair.a_cohort, pair.b_cohort):
                pairs.setdefault(frozenset((pair.a, pair.b)), pair)
    scripts = [[s.script_id, s.cohort, s.words, None, 0.0] for s in index.scripts(cohort)]
    report = report_from_data({"scripts": scripts, "pairs": _pair_rows(pairs.values())}, settings, set(stamps))
    keep_index(assessments, settings, index, stamps)
    return report, {"full_size": full, "drift": drift}


def _pair_rows(pairs: Iterable[PairSimilarity]) -> list[list[Any]]:
    return [
        [p.a, p.b, p.a_cohort, p.b_cohort, p.a_pct, p.b_pct,
         [[q.a_start, q.a_end, q.b_start, q.b_end, q.a_words, q.b_words] for q in p.passages]]
        for p in pairs
    ]  # fmt: skip


def report_data(report: SimilarityReport) -> dict[str, Any]:
    """A report in the plain form kept in ``similarity_report.data``: ids, percentages and offsets, no text."""
    return {
        "scripts": [[s.script_id, s.cohort, s.words, s.best_with, s.best_pct] for s in report.scripts],
        "pairs": _pair_rows(report.pairs),
    }


def report_from_data(data: Mapping[str, Any], settings: SimilaritySettings, alive: set[str]) -> SimilarityReport:
    """A kept report, without the scripts no longer indexed (withdrawn, erased, replaced since)."""
    from marker.similarity import PairSimilarity, Passage, ScriptSimilarity, SimilarityReport

    pairs = tuple(
        PairSimilarity(str(a), str(b), str(ac), str(bc), float(ap), float(bp), tuple(Passage(*q) for q in passages))
        for a, b, ac, bc, ap, bp, passages in data.get("pairs", [])
        if str(a) in alive and str(b) in alive
    )
    best: dict[str, tuple[float, str]] = {}
    for pair in pairs:
        for mine, other, pct in ((pair.a, pair.b, pair.a_pct), (pair.b, pair.a, pair.b_pct)):
            if pct > best.get(mine, (0.0, ""))[0]:
                best[mine] = (pct, other)
    scripts = tuple(
        ScriptSimilarity(str(sid), str(cohort), int(words), best.get(str(sid), (0.0, ""))[1] or None,
                         best.get(str(sid), (0.0, ""))[0])
        for sid, cohort, words, _with, _pct in data.get("scripts", [])
        if str(sid) in alive
    )  # fmt: skip
    return SimilarityReport(scripts, pairs, settings)


@dataclass(frozen=True)
class CohortReport:
    """An assessment's comparison as a page gets it: ``current`` is False while a newer one is being computed."""

    report: SimilarityReport
    current: bool


def cohort_report(uow: UnitOfWork, assessment: Assessment, today: date | None = None) -> CohortReport:
    """The comparison of an assessment's scripts with each other and with earlier cohorts (no access check).

    The report the job kept, while no compared script was indexed, replaced or deleted since; else a small cohort
    is compared on the spot, and a large one gets the kept report (without scripts gone since) while a job
    computes the new one. Reports are also kept per process, by the same key.
    """
    settings = _settings(assessment)
    assessments = compared_assessments(uow, assessment, today)
    stamps = _stamps(uow, assessments)
    key = (assessment.id, settings.ngram, settings.window, tuple(sorted(stamps.items())))
    if key in _reports:
        _reports.move_to_end(key)
        return CohortReport(_reports[key], True)
    kept = uow.session.get(SimilarityReportRow, assessment.id)
    if kept is not None and kept.stamps == stamps:
        report = report_from_data(kept.data, settings, set(stamps))
    elif len(stamps) <= INLINE_SCRIPTS or uow.jobs is None:
        report = _compare(uow, assessment, assessments, stamps)
    else:
        dispatch_compare(uow, assessment.id)
        if kept is None:
            return CohortReport(report_from_data({}, settings, set()), False)
        # Only scripts unchanged since: a replaced script's passages were found in its old text.
        unchanged = {sid for sid, stamp in stamps.items() if kept.stamps.get(sid) == stamp}
        return CohortReport(report_from_data(kept.data, settings, unchanged), False)
    _reports[key] = report
    while len(_reports) > _REPORT_CACHE_SIZE:
        _reports.popitem(last=False)
    return CohortReport(report, True)


def dispatch_compare(uow: UnitOfWork, assessment_id: int) -> None:
    """Have an assessment compared afresh: as a job when there is a queue, else here."""
    if uow.jobs is not None:
        uow.jobs.compare_cohort(assessment_id)
    else:
        refresh_report(uow, assessment_id)


def refresh_report(uow: UnitOfWork, assessment_id: int, today: date | None = None) -> str:
    """Compare an assessment and keep the report (the job): ``compared``, or ``current`` when the kept report
    still matches the index, ``waiting`` while some of its scripts are being checked (the last check's job
    compares them all), ``skipped`` when the assessment is gone."""
    assessment = uow.session.get(Assessment, assessment_id)
    if assessment is None or assessment.purged_at is not None:
        return "skipped"
    if uow.session.scalar(
        select(func.count())
        .select_from(Submission)
        .where(Submission.assessment_id == assessment_id, Submission.check_state.in_((CHECK_QUEUED, CHECK_RUNNING)))
    ):
        return "waiting"
    assessments = compared_assessments(uow, assessment, today)
    stamps = _stamps(uow, assessments)
    kept = uow.session.get(SimilarityReportRow, assessment_id)
    if kept is not None and kept.stamps == stamps:
        return "current"
    updated = None
    if kept is not None and kept.data.get("settings") == _settings_key(assessment):
        updated = _compare_changed(uow, assessment, assessments, kept, stamps)
    if updated is None:
        updated = _compare(uow, assessment, assessments, stamps), {"full_size": len(stamps), "drift": 0}
    report, state = updated
    with uow.transaction():
        kept = uow.session.get(SimilarityReportRow, assessment_id)
        if kept is None:
            kept = SimilarityReportRow(assessment_id=assessment_id)
            uow.session.add(kept)
        data = report_data(report) | {"settings": _settings_key(assessment)} | state
        kept.stamps, kept.data, kept.computed_at = stamps, data, utcnow()
    return "compared"


# --- what people see -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScriptLabel:
    """How a compared script is named to one person: fully when they belong to its assessment, else only its
    cohort (another cohort's candidates are not theirs to see)."""

    submission_id: int
    visible: bool
    same_cohort: bool
    candidate_number: str
    candidate_name: str
    assessment_title: str
    cohort: str

    @property
    def text(self) -> str:
        if not self.visible:
            return f"a script of {self.assessment_title} ({self.cohort})"
        name = f"{self.candidate_number} {self.candidate_name}".strip()
        return name if self.same_cohort else f"{name}, {self.assessment_title} ({self.cohort})"


def _label(user: User, submission: Submission, assessment: Assessment) -> ScriptLabel:
    other = submission.assessment
    visible = bool(member_roles(user, other).intersection(READERS)) and other.purged_at is None
    return ScriptLabel(
        submission_id=submission.id,
        visible=visible,
        same_cohort=other.id == assessment.id,
        candidate_number=submission.candidate_number if visible else "",
        candidate_name=submission.candidate_name if visible else "",
        assessment_title=other.title,
        cohort=other.cohort,
    )


@dataclass(frozen=True)
class Overlap:
    """A script's highest overlap: the share of its compared words, with whom, and whether it is flagged."""

    pct: float
    words: int
    other: ScriptLabel | None
    flagged: bool


def overlaps(uow: UnitOfWork, user: User, assessment: Assessment, today: date | None = None) -> dict[int, Overlap]:
    """Each indexed script of the assessment: its highest overlap with another script (tutors, moderators)."""
    require_assessment(user, assessment, *READERS)
    report = cohort_report(uow, assessment, today).report
    loader = ScriptLoader(uow, report.settings)
    found = {}
    for script in report.scripts:
        other = _label(user, loader.submission(script.best_with), assessment) if script.best_with else None
        found[int(script.script_id)] = Overlap(
            pct=script.best_pct,
            words=script.words,
            other=other,
            flagged=other is not None and script.best_pct >= assessment.similarity_threshold_pct,
        )
    return found


@dataclass(frozen=True)
class FlaggedPair:
    """A pair at or over the assessment's threshold, named for one person."""

    a: ScriptLabel
    b: ScriptLabel
    a_pct: float
    b_pct: float
    shared_words: int
    passages: int

    @property
    def pct(self) -> float:
        return max(self.a_pct, self.b_pct)


def flagged_pairs(uow: UnitOfWork, user: User, assessment: Assessment, today: date | None = None) -> list[FlaggedPair]:
    """The pairs sharing at least the assessment's threshold of either script, most similar first; the
    assessment's own script first in each pair."""
    require_assessment(user, assessment, *READERS)
    report = cohort_report(uow, assessment, today).report
    loader = ScriptLoader(uow, report.settings)
    pairs = []
    for pair in report.flagged(assessment.similarity_threshold_pct):
        a, b, a_pct, b_pct = pair.a, pair.b, pair.a_pct, pair.b_pct
        if pair.a_cohort != str(assessment.id):
            a, b, a_pct, b_pct = b, a, b_pct, a_pct
        pairs.append(
            FlaggedPair(
                a=_label(user, loader.submission(a), assessment),
                b=_label(user, loader.submission(b), assessment),
                a_pct=a_pct,
                b_pct=b_pct,
                shared_words=pair.shared_words,
                passages=len(pair.passages),
            )
        )
    return pairs


CSV_HEADER = (
    "candidate_a",
    "name_a",
    "candidate_b",
    "name_b",
    "assessment_b",
    "cohort_b",
    "pct_of_a",
    "pct_of_b",
    "shared_words",
    "passages",
)


def pairs_csv(uow: UnitOfWork, user: User, assessment: Assessment, today: date | None = None) -> str:
    """The pairs at or over the threshold as CSV (no text of the scripts, no marks)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for pair in flagged_pairs(uow, user, assessment, today):
        writer.writerow(
            (
                pair.a.candidate_number,
                pair.a.candidate_name,
                pair.b.candidate_number if pair.b.visible else "[another assessment]",
                pair.b.candidate_name,
                pair.b.assessment_title,
                pair.b.cohort,
                f"{pair.a_pct:.1f}",
                f"{pair.b_pct:.1f}",
                pair.shared_words,
                pair.passages,
            )
        )
    return out.getvalue()


@dataclass(frozen=True)
class Piece:
    """A stretch of a script's text: inside shared passage ``passage`` (numbered from 1) or outside any."""

    text: str
    passage: int | None = None


@dataclass(frozen=True)
class Side:
    """One script of a side-by-side view; ``pieces`` is None when its text is not this person's to see."""

    label: ScriptLabel
    pct: float
    words: int
    pieces: tuple[Piece, ...] | None


@dataclass(frozen=True)
class SideBySide:
    """Two scripts with their shared passages, numbered alike on both sides."""

    a: Side
    b: Side
    passages: tuple[tuple[int, int, int], ...]  # (number, words in a, words in b)
    threshold_pct: float

    @property
    def pct(self) -> float:
        return max(self.a.pct, self.b.pct)


def highlighted(text: str, spans: list[tuple[int, int, int]]) -> tuple[Piece, ...]:
    """A text cut into pieces at the given passages ((start, end, number)); overlapping spans are clipped."""
    pieces: list[Piece] = []
    at = 0
    for start, end, number in sorted(spans):
        start = max(start, at)
        if start >= end:
            continue
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], number))
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return tuple(pieces)


def side_by_side(
    uow: UnitOfWork, user: User, submission: Submission, other_id: int, today: date | None = None
) -> SideBySide:
    """A script and one it shares passages with, side by side (tutors and moderators of the script's assessment)."""
    require_script(user, submission, *READERS)
    assessment = submission.assessment
    found = cohort_report(uow, assessment, today)
    pair = found.report.pair(str(submission.id), str(other_id))
    loader = ScriptLoader(uow, found.report.settings)
    if not found.current and pair is None:
        pair = _compare_two(uow, assessment, submission.id, other_id, loader, today)
    if pair is None:
        raise NotFound("These two scripts share no passage.")
    mine, theirs = loader(str(submission.id)), loader(str(other_id))
    other = loader.submission(str(other_id))
    flipped = pair.a != str(submission.id)
    numbered = list(enumerate(pair.passages, start=1))
    a_spans = [((p.b_start, p.b_end) if flipped else (p.a_start, p.a_end)) + (n,) for n, p in numbered]
    b_spans = [((p.a_start, p.a_end) if flipped else (p.b_start, p.b_end)) + (n,) for n, p in numbered]
    a_pct, b_pct = (pair.b_pct, pair.a_pct) if flipped else (pair.a_pct, pair.b_pct)
    b_label = _label(user, other, assessment)
    return SideBySide(
        a=Side(_label(user, submission, assessment), a_pct, len(mine.words), highlighted(mine.text, a_spans)),
        b=Side(b_label, b_pct, len(theirs.words), highlighted(theirs.text, b_spans) if b_label.visible else None),
        passages=tuple((n, p.b_words, p.a_words) if flipped else (n, p.a_words, p.b_words) for n, p in numbered),
        threshold_pct=assessment.similarity_threshold_pct,
    )


def _compare_two(
    uow: UnitOfWork, assessment: Assessment, a: int, b: int, loader: ScriptLoader, today: date | None
) -> PairSimilarity | None:
    """Two scripts compared on the spot (the kept report predates one of them), the cohort's boilerplate left out."""
    from marker.similarity import compare_pair

    index = load_index(uow, compared_assessments(uow, assessment, today), loader.settings)
    if str(a) not in index or str(b) not in index:
        return None
    return compare_pair(index, loader(str(a)), loader(str(b)))


def set_threshold(uow: UnitOfWork, assessment: Assessment, value: float | None, *, actor: User) -> None:
    """Change the share of a script's words two scripts must share to be listed (tutors and moderators)."""
    require_assessment(actor, assessment, *READERS)
    if value is None or not THRESHOLD_MIN <= value <= THRESHOLD_MAX:
        raise Refused(f"The threshold is a percentage from {THRESHOLD_MIN:g} to {THRESHOLD_MAX:g}.")
    old = assessment.similarity_threshold_pct
    with uow.transaction():
        assessment.similarity_threshold_pct = float(value)
        record_event(
            actor=actor,
            action="assessment.similarity_threshold",
            subject=assessment,
            assessment=assessment,
            old={"threshold_pct": old},
            new={"threshold_pct": float(value)},
        )
