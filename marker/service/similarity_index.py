"""The similarity index in the database: a checked script's fingerprints (never its text), and the scripts rebuilt
to compare from what the marking page already keeps (issue 17).

What is stored per script is its winnowed fingerprints (hash and word position) and which character spans of its
text are compared. The text is the one the marking page keeps (``Submission.check_segments``: the found parts'
blocks), rebuilt by ``stored_text``; the compared spans are taken in that text when the script is checked, so the
words found again from it are exactly the ones fingerprinted. A script whose parts were not found has no stored
text and so nothing compared. A cohort is compared with itself and with the earlier assessments of the same
rubric (by rubric id, so a revised rubric still finds last year's scripts) whose retention has not ended.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, scoped_session

from marker.service.errors import NotFound
from marker.service.uow import UnitOfWork
from marker.store.models import (
    Assessment,
    Fingerprint,
    SimilarityScript,
    Submission,
    utcnow,
)
from marker.store.retention import retention_ends
from marker.store.rubrics import rubric_of

if TYPE_CHECKING:
    # The comparison's numpy core is imported when a comparison runs, not when a web worker starts.
    from marker.checks import CheckReport
    from marker.rubric.model import Rubric
    from marker.similarity import FingerprintIndex, ScriptText, SimilaritySettings

log = logging.getLogger(__name__)

BLOCK_SEPARATOR = "\n\n"  # as marker.similarity.script joins a document's blocks


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


def settings_of(assessment: Assessment) -> SimilaritySettings:
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

    What a script's cached text is looked up by (its spans, when it was indexed, its assessment and rubric) is
    read without the submission itself, whose stored segments are read only when the text is not cached: a
    comparison whose scripts are cached reads a few small columns per script. ``preload`` fetches that for many
    scripts in one query a chunk, so a comparison costs a fixed number of statements.
    """

    def __init__(self, uow: UnitOfWork, settings: SimilaritySettings) -> None:
        self.uow = uow
        self.settings = settings
        # submission id → (compared spans, indexed at, assessment id, rubric hash)
        self._meta: dict[int, tuple[list[list[int]], str, int, str]] = {}
        self._segments: dict[int, dict[str, Any] | None] = {}  # preloaded, for scripts not cached

    def _query(self, ids: list[int]) -> None:
        for submission_id, spans, indexed_at, assessment_id, rubric_hash in self.uow.session.execute(
            select(
                SimilarityScript.submission_id,
                SimilarityScript.spans,
                SimilarityScript.indexed_at,
                Submission.assessment_id,
                Assessment.rubric_hash,
            )
            .join(Submission, Submission.id == SimilarityScript.submission_id)
            .join(Assessment, Assessment.id == Submission.assessment_id)
            .where(SimilarityScript.submission_id.in_(ids))
        ):
            self._meta[submission_id] = (spans, indexed_at.isoformat(), assessment_id, rubric_hash)

    def _key(self, submission_id: int) -> tuple[Any, ...]:
        _spans, indexed_at, _assessment_id, rubric_hash = self._meta[submission_id]
        return (submission_id, indexed_at, self.settings.ngram, self.settings.window, rubric_hash)

    def preload(self, script_ids: set[str]) -> None:
        ids = sorted(int(script_id) for script_id in script_ids if int(script_id) not in self._meta)
        for at in range(0, len(ids), 500):  # IN lists kept short for every database
            self._query(ids[at : at + 500])
        # The stored text only of the scripts not cached, also in one query a chunk.
        missing = sorted(
            submission_id
            for submission_id in (int(script_id) for script_id in script_ids)
            if submission_id in self._meta and self._key(submission_id) not in _texts
        )
        for at in range(0, len(missing), 500):
            for submission_id, segments in self.uow.session.execute(
                select(Submission.id, Submission.check_segments).where(Submission.id.in_(missing[at : at + 500]))
            ):
                self._segments[submission_id] = segments

    def submission(self, script_id: str) -> Submission:
        found = self.uow.session.get(Submission, int(script_id))
        if found is None:
            raise NotFound("There is no such script.")
        return found

    def __call__(self, script_id: str) -> ScriptText:
        from marker.similarity import prepare_text

        submission_id = int(script_id)
        if submission_id not in self._meta:
            self._query([submission_id])
        if submission_id in self._meta:
            spans, indexed_at, assessment_id, rubric_hash = self._meta[submission_id]
        else:  # not indexed (or no longer): nothing of it is compared
            submission = self.submission(script_id)
            spans, indexed_at = [], ""
            assessment_id, rubric_hash = submission.assessment_id, submission.assessment.rubric_hash
        key = (submission_id, indexed_at, self.settings.ngram, self.settings.window, rubric_hash)
        if key in _texts:
            _texts.move_to_end(key)
            return _texts[key]
        if submission_id in self._segments:
            segments = self._segments.pop(submission_id)
        else:
            segments = self.uow.session.scalar(select(Submission.check_segments).where(Submission.id == submission_id))
        assessment = self.uow.session.get(Assessment, assessment_id)
        assert assessment is not None
        script = prepare_text(
            stored_text(segments or {}),
            [(int(a), int(b)) for a, b in spans],
            script_id=script_id,
            cohort=str(assessment_id),
            brief=_brief(lambda: rubric_of(assessment), rubric_hash, self.settings.ngram),
            settings=self.settings,
        )
        if indexed_at:
            _remember(key, script)
        return script


# Scripts made ready to compare are kept per process (a worker comparing one cohort after another reads each
# stored text once), up to this many words in all: about 40 bytes a word, so some 240 MB at most. Adding a script
# aligns it with its candidates, a share of the cohort that grows with it (about 80 at 500 scripts), so a cache
# smaller than the cohort rebuilds most of them each time: at 1,000 scripts of 5,000 words the comparison job
# took a median 403 ms with 2,000,000 words and 142 ms with 6,000,000 (benchmarks/similarity_job.py), with the
# same peak memory, which the whole cohort's comparison (holding every script at once) sets anyway.
TEXT_CACHE_WORDS = 6_000_000
_texts: OrderedDict[tuple[Any, ...], ScriptText] = OrderedDict()
_text_words = [0]


def _remember(key: tuple[Any, ...], script: ScriptText) -> None:
    _texts[key] = script
    _text_words[0] += len(script.words)
    while _text_words[0] > TEXT_CACHE_WORDS and len(_texts) > 1:
        _key, dropped = _texts.popitem(last=False)
        _text_words[0] -= len(dropped.words)


def stamps_of(uow: UnitOfWork, assessments: list[Assessment]) -> dict[str, str]:
    """Every indexed script of these assessments, with when it was indexed: what a report was computed from."""
    return {
        str(submission_id): indexed_at.isoformat()
        for submission_id, indexed_at in uow.session.execute(
            select(SimilarityScript.submission_id, SimilarityScript.indexed_at).where(
                SimilarityScript.assessment_id.in_([a.id for a in assessments])
            )
        )
    }
