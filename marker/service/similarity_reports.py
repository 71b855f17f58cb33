"""An assessment's similarity report: computed by a job from the stored index and kept, so no page waits for it.

The check job queues ``compare_cohort`` once a script's fingerprints are stored; ``refresh_report`` (the job)
compares the cohort, or, for a large one, only the scripts indexed since, and keeps the result (ids, percentages
and character offsets, no text) with the stamps of the scripts it saw. ``cohort_report`` answers the pages.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from marker.service.similarity_index import (
    ScriptLoader,
    compared_assessments,
    keep_index,
    kept_index,
    settings_of,
    stamps_of,
)
from marker.service.uow import UnitOfWork
from marker.store.models import (
    CHECK_QUEUED,
    CHECK_RUNNING,
    Assessment,
    SimilarityReportRow,
    Submission,
    utcnow,
)

if TYPE_CHECKING:
    # The comparison's numpy core is imported when a comparison runs, not when a web worker starts.
    from marker.similarity import PairSimilarity, SimilarityReport, SimilaritySettings

_REPORT_CACHE_SIZE = 8


# A cohort this small is compared on the spot when its stored report is out of date (well under a second); a
# larger one waits for the job, and its pages show the last report meanwhile.
INLINE_SCRIPTS = 40
_reports: OrderedDict[tuple[Any, ...], SimilarityReport] = OrderedDict()


def _compare(
    uow: UnitOfWork, assessment: Assessment, assessments: list[Assessment], stamps: dict[str, str]
) -> SimilarityReport:
    from marker.similarity import compare_index

    settings = settings_of(assessment)
    index = kept_index(uow, assessments, settings, stamps)
    loader = ScriptLoader(uow, settings)
    loader.preload({script_id for pair in index.candidate_pairs(str(assessment.id)) for script_id in pair[:2]})
    report = compare_index(index, loader, cohort=str(assessment.id))
    keep_index(assessments, settings, index, stamps)
    return report


def _settings_key(assessment: Assessment) -> list[int]:
    settings = settings_of(assessment)
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
    from marker.similarity import compare_indexed

    full = int(kept.data.get("full_size", 0))
    drift = int(kept.data.get("drift", 0))
    changed = {sid for sid, stamp in stamps.items() if kept.stamps.get(sid) != stamp}
    drift += len(changed) + len(set(kept.stamps) - set(stamps))
    if full < INCREMENTAL_MIN or drift > INCREMENTAL_SHARE * full:
        return None
    settings = settings_of(assessment)
    base = report_from_data(kept.data, settings, set(stamps) - changed)
    index = kept_index(uow, assessments, settings, stamps)
    loader = ScriptLoader(uow, settings)
    cohort = str(assessment.id)
    pairs = {frozenset((p.a, p.b)): p for p in base.pairs}
    # Only the changed scripts' candidate pairs are aligned, from the index as loaded (its boilerplate worked
    # out once), with every script they need read in one query a chunk.
    for pair in compare_indexed(index, sorted(changed), loader, prepare=loader.preload):
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
    settings = settings_of(assessment)
    assessments = compared_assessments(uow, assessment, today)
    stamps = stamps_of(uow, assessments)
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
    stamps = stamps_of(uow, assessments)
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
