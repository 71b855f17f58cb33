"""Comparing a cohort: candidate pairs from the index, exact alignment of each, and the report.

``compare_index`` is the one function that compares; ``compare_scripts`` wraps it for scripts held in memory
(the CLI, the tests), ``compare_new_script`` compares one script added to an indexed cohort and
``compare_indexed`` scripts an index already holds (the job, after the stored index was brought up to date). Scripts are
fetched through ``load`` when a pair needs them, so the caller decides where texts live (files, the database);
the index itself holds no text. A run keeps each script it loaded (with its n-grams) until it ends: memory
grows with the number of scripts compared, once each.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np

from marker.similarity.align import AlignmentSide, BoolArray, alignment_side, shared_passages, words_in_passages
from marker.similarity.fingerprints import HashArray, ngram_hashes
from marker.similarity.index import FingerprintIndex
from marker.similarity.model import PairSimilarity, ScriptSimilarity, SimilarityReport, SimilaritySettings
from marker.similarity.script import ScriptText

LoadScript = Callable[[str], ScriptText]


def masked_words(script: ScriptText, common: HashArray, settings: SimilaritySettings) -> BoolArray:
    """The words no seed may use: those in the brief's wording or in n-grams of the cohort's boilerplate.

    Only some n-grams of a boilerplate phrase are fingerprints, so masked n-grams no more than a window apart
    are joined: the words between them lie inside the same phrase.
    """
    n = settings.ngram
    masked = script.brief_words.copy()
    grams = ngram_hashes(script.words.hashes, n)
    if not len(grams) or not len(common):
        return masked
    hits = np.isin(grams, common)
    positions = np.flatnonzero(hits)
    for start, end in zip(positions[:-1].tolist(), positions[1:].tolist(), strict=True):
        if end - start <= settings.window:
            hits[start:end] = True
    for offset in range(n):
        masked[offset : offset + len(grams)] |= hits
    return masked


# Scripts made ready to align are kept per process, by the script object (a caller that keeps its scripts, as the
# service's text cache does, hands back the same object) and the boilerplate they were masked with: adding one
# script to a cohort rarely changes its boilerplate, so the next comparison reuses its candidates' sides instead
# of masking and sorting each again. Up to this many words in all (about 25 bytes a word), as many as the
# service keeps texts of (marker.service.similarity_index.TEXT_CACHE_WORDS): a side is of no use without its text.
SIDE_CACHE_WORDS = 6_000_000
_sides: OrderedDict[tuple[int, bytes, SimilaritySettings], AlignmentSide] = OrderedDict()
_side_words = [0]
_sides_lock = threading.Lock()


def _kept_side(key: tuple[int, bytes, SimilaritySettings], script: ScriptText) -> AlignmentSide | None:
    with _sides_lock:
        found = _sides.get(key)
        if found is None or found.script is not script:  # an id reused by a newer object
            return None
        _sides.move_to_end(key)
        return found


def _keep_side(key: tuple[int, bytes, SimilaritySettings], side: AlignmentSide) -> None:
    with _sides_lock:
        dropped = _sides.pop(key, None)
        if dropped is not None:
            _side_words[0] -= len(dropped.script.words)
        _sides[key] = side
        _side_words[0] += len(side.script.words)
        while _side_words[0] > SIDE_CACHE_WORDS and len(_sides) > 1:
            _key, dropped = _sides.popitem(last=False)
            _side_words[0] -= len(dropped.script.words)


class _Comparer:
    """One comparison run: loads scripts and their masks once each."""

    def __init__(self, index: FingerprintIndex, load: LoadScript) -> None:
        self.index = index
        self.load = load
        self.settings = index.settings
        self.common = index.all_common_hashes()
        self.common_key = hashlib.blake2b(np.ascontiguousarray(self.common).tobytes(), digest_size=16).digest()
        self.sides: dict[str, AlignmentSide] = {}

    def side(self, script_id: str) -> AlignmentSide:
        if script_id not in self.sides:
            script = self.load(script_id)
            key = (id(script), self.common_key, self.settings)
            side = _kept_side(key, script)
            if side is None:
                masked = masked_words(script, self.common, self.settings)
                side = alignment_side(script, masked, self.settings.seed_words)
                _keep_side(key, side)
            self.sides[script_id] = side
        return self.sides[script_id]

    def pair(self, a_id: str, b_id: str) -> PairSimilarity | None:
        a_side, b_side = self.side(a_id), self.side(b_id)
        a, b = a_side.script, b_side.script
        passages = shared_passages(a_side, b_side, self.settings)
        if not passages:
            return None
        a_pct = 100.0 * words_in_passages(a, [(p.a_start, p.a_end) for p in passages]) / max(len(a.words), 1)
        b_pct = 100.0 * words_in_passages(b, [(p.b_start, p.b_end) for p in passages]) / max(len(b.words), 1)
        return PairSimilarity(a.script_id, b.script_id, a.cohort, b.cohort, a_pct, b_pct, tuple(passages))


def _summaries(index: FingerprintIndex, pairs: Sequence[PairSimilarity], ids: Sequence[str]) -> list[ScriptSimilarity]:
    best: dict[str, tuple[float, str]] = {}
    for pair in pairs:
        for mine, other, pct in ((pair.a, pair.b, pair.a_pct), (pair.b, pair.a, pair.b_pct)):
            if pct > best.get(mine, (0.0, ""))[0]:
                best[mine] = (pct, other)
    summaries = []
    for script_id in ids:
        indexed = index.script(script_id)
        pct, other = best.get(script_id, (0.0, ""))
        summaries.append(ScriptSimilarity(script_id, indexed.cohort, indexed.words, other or None, pct))
    return summaries


def compare_index(index: FingerprintIndex, load: LoadScript, *, cohort: str | None = None) -> SimilarityReport:
    """Compare a cohort (or every indexed script) with itself and with every other indexed script."""
    comparer = _Comparer(index, load)
    pairs = []
    for a_id, b_id, _shared in index.candidate_pairs(cohort):
        found = comparer.pair(a_id, b_id)
        if found is not None:
            pairs.append(found)
    ids = [s.script_id for s in index.scripts(cohort)]
    return SimilarityReport(tuple(_summaries(index, pairs, ids)), tuple(pairs), index.settings)


def compare_scripts(
    scripts: Sequence[ScriptText],
    *,
    settings: SimilaritySettings | None = None,
    cohort: str | None = None,
) -> SimilarityReport:
    """Index scripts held in memory and compare them (all of them, or those of ``cohort`` with all)."""
    index = FingerprintIndex(settings)
    by_id = {}
    for script in scripts:
        index.add(script.script_id, script.cohort, len(script.words), script.fingerprints)
        by_id[script.script_id] = script
    return compare_index(index, by_id.__getitem__, cohort=cohort)


def compare_new_script(
    index: FingerprintIndex, script: ScriptText, load: LoadScript
) -> tuple[ScriptSimilarity, list[PairSimilarity]]:
    """Add one script to an indexed cohort and compare it with every indexed script that shares with it."""
    index.add(script.script_id, script.cohort, len(script.words), script.fingerprints)

    def load_any(script_id: str) -> ScriptText:
        return script if script_id == script.script_id else load(script_id)

    comparer = _Comparer(index, load_any)
    pairs = [
        found
        for other, _shared in index.candidates_for(script.script_id)
        if (found := comparer.pair(script.script_id, other)) is not None
    ]
    return _summaries(index, pairs, [script.script_id])[0], pairs


def compare_indexed(
    index: FingerprintIndex,
    script_ids: Sequence[str],
    load: LoadScript,
    prepare: Callable[[set[str]], None] | None = None,
) -> list[PairSimilarity]:
    """Compare scripts already indexed (just added) with every indexed script that shares with them, as
    ``compare_index`` would: candidates from the index's fingerprints, its boilerplate worked out once.

    ``prepare`` is told every script the comparison will load before any is, so a caller can fetch them together.
    Pairs come per script in the order given, each as (that script, the other).
    """
    wanted = {script_id: index.candidates_for(script_id) for script_id in script_ids if script_id in index}
    if prepare is not None:
        prepare(set(wanted) | {other for found in wanted.values() for other, _shared in found})
    comparer = _Comparer(index, load)
    return [
        pair
        for script_id, found in wanted.items()
        for other, _shared in found
        if (pair := comparer.pair(script_id, other)) is not None
    ]


def compare_pair(index: FingerprintIndex, a: ScriptText, b: ScriptText) -> PairSimilarity | None:
    """Two scripts side by side: their shared passages as spans in each text (the cohort's boilerplate from
    ``index`` left out), or None when they share none."""
    scripts = {a.script_id: a, b.script_id: b}
    return _Comparer(index, scripts.__getitem__).pair(a.script_id, b.script_id)
