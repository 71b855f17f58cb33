"""Exact passage alignment of two scripts: the passages they share, as character spans in each.

Seed and extend, as in sequence alignment: every n-gram two scripts share is a seed; seeds on the same diagonal
(consecutive in both scripts) join into runs of identical words; runs close to each other (at most ``gap``
words apart in one script and ``long_gap`` in the other, in any order) join into one passage, which finally
grows over identical words at its ends. Joining in any order keeps a passage whole when sentences were
reordered, and joining across gaps keeps it whole when words were swapped for synonyms or a sentence was
inserted. Seeds inside the brief's wording or the cohort's boilerplate are not used.

difflib's SequenceMatcher was considered and not used: it finds matches in one order only (reordered
sentences are lost) and its cost grows with the product of the scripts' lengths. Seeds compare every n-gram
of the two scripts (not only the fingerprints), by 63-bit hash: a false match is about one in 10**18 per
pair of n-grams, so the passages are exact, not an estimate from a sample.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from marker.similarity.fingerprints import HashArray, crossing, ngram_hashes
from marker.similarity.model import Passage, SimilaritySettings
from marker.similarity.script import ScriptText

BoolArray = npt.NDArray[np.bool_]
# A phrase repeated more often than this inside one script says nothing about where a copy lies.
_MAX_REPEATS = 4


@dataclass
class _Run:
    """Consecutive shared words: ``[a_start, a_end)`` in a, ``[b_start, b_end)`` in b (word indexes)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass
class _Cluster:
    runs: list[_Run]
    a_start: int
    a_end: int
    b_start: int
    b_end: int

    def joins(self, run: _Run, gap: int, long_gap: int) -> bool:
        a_apart = max(run.a_start - self.a_end, self.a_start - run.a_end)
        b_apart = max(run.b_start - self.b_end, self.b_start - run.b_end)
        # Close in both scripts, or close in one and a little further in the other (a sentence inserted).
        return min(a_apart, b_apart) <= gap and max(a_apart, b_apart) <= long_gap

    def add(self, run: _Run) -> None:
        self.runs.append(run)
        self.a_start, self.a_end = min(self.a_start, run.a_start), max(self.a_end, run.a_end)
        self.b_start, self.b_end = min(self.b_start, run.b_start), max(self.b_end, run.b_end)


def seed_mask(word_count: int, masked_words: BoolArray, n: int) -> BoolArray:
    """Which n-grams may seed: those with no masked word (brief wording, boilerplate) in them."""
    grams = word_count - n + 1
    if grams <= 0:
        return np.zeros(0, dtype=np.bool_)
    if not masked_words.any():
        return np.ones(grams, dtype=np.bool_)
    touched: BoolArray = np.asarray(np.lib.stride_tricks.sliding_window_view(masked_words, n).any(axis=1))
    return ~touched


@dataclass(frozen=True, eq=False)
class AlignmentSide:
    """A script made ready to align, once per comparison run: its n-grams, which may seed, sorted by hash."""

    script: ScriptText
    grams: HashArray
    seeds: BoolArray
    sorted_positions: npt.NDArray[np.int64]
    sorted_grams: HashArray


def alignment_side(script: ScriptText, masked: BoolArray, n: int) -> AlignmentSide:
    """Prepare a script to align; ``masked`` flags its words that may not seed (brief wording, boilerplate)."""
    grams = ngram_hashes(script.words.hashes, n)
    seeds = seed_mask(len(script.words), masked, n) & ~crossing(script.words.breaks, n)
    usable = np.flatnonzero(seeds)
    order = np.argsort(grams[usable], kind="stable")
    return AlignmentSide(script, grams, seeds, usable[order], grams[usable][order])


def _seeds(a: AlignmentSide, b: AlignmentSide) -> tuple[list[int], list[int]]:
    """Every (i, j) where a's n-gram i equals b's n-gram j, both allowed to seed."""
    a_index = np.flatnonzero(a.seeds)
    left = np.searchsorted(b.sorted_grams, a.grams[a_index], side="left")
    right = np.searchsorted(b.sorted_grams, a.grams[a_index], side="right")
    hit = right > left
    seeds_a: list[int] = []
    seeds_b: list[int] = []
    for i, lo, hi in zip(a_index[hit].tolist(), left[hit].tolist(), right[hit].tolist(), strict=True):
        if hi - lo > _MAX_REPEATS:
            continue
        for j in b.sorted_positions[lo:hi].tolist():
            seeds_a.append(i)
            seeds_b.append(j)
    return seeds_a, seeds_b


def _runs(seeds_a: list[int], seeds_b: list[int], n: int) -> list[_Run]:
    """Seeds on one diagonal, one word apart, joined into runs of identical words."""
    if not seeds_a:
        return []
    a = np.array(seeds_a, dtype=np.int64)
    b = np.array(seeds_b, dtype=np.int64)
    diagonal = a - b
    order = np.lexsort((a, diagonal))
    a, b, diagonal = a[order], b[order], diagonal[order]
    breaks = np.flatnonzero((diagonal[1:] != diagonal[:-1]) | (a[1:] != a[:-1] + 1)) + 1
    starts = np.r_[0, breaks]
    ends = np.r_[breaks, len(a)] - 1
    return [
        _Run(int(a[s]), int(a[e]) + n, int(b[s]), int(b[e]) + n)
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True)
    ]


def _extend(cluster: _Cluster, a_hashes: HashArray, b_hashes: HashArray, limit: int) -> None:
    """Grow a passage's first and last runs over identical words, ``limit`` words at most: masked words (a
    stock phrase, the brief) could not seed, but where the copy runs on through them they are part of it. The
    limit keeps a passage from running on into a boilerplate paragraph that happens to follow it in both."""
    first = min(cluster.runs, key=lambda run: run.a_start)
    stop = max(first.a_start - limit, 0)
    while first.a_start > stop and first.b_start > 0 and a_hashes[first.a_start - 1] == b_hashes[first.b_start - 1]:
        first.a_start, first.b_start = first.a_start - 1, first.b_start - 1
    last = max(cluster.runs, key=lambda run: run.a_end)
    stop = min(last.a_end + limit, len(a_hashes))
    while last.a_end < stop and last.b_end < len(b_hashes) and a_hashes[last.a_end] == b_hashes[last.b_end]:
        last.a_end, last.b_end = last.a_end + 1, last.b_end + 1
    cluster.a_start, cluster.a_end = min(r.a_start for r in cluster.runs), max(r.a_end for r in cluster.runs)
    cluster.b_start, cluster.b_end = min(r.b_start for r in cluster.runs), max(r.b_end for r in cluster.runs)


def _covered(intervals: list[tuple[int, int]]) -> int:
    """How many words a set of word intervals covers (overlaps counted once)."""
    total, reach = 0, -1
    for start, end in sorted(intervals):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


def shared_passages(a_side: AlignmentSide, b_side: AlignmentSide, settings: SimilaritySettings) -> list[Passage]:
    """The passages two scripts share, in a's order (sides from ``alignment_side``)."""
    a, b = a_side.script, b_side.script
    n = settings.seed_words
    if not len(a_side.grams) or not len(b_side.grams):
        return []
    seeds_a, seeds_b = _seeds(a_side, b_side)
    runs = sorted(_runs(seeds_a, seeds_b, n), key=lambda run: (run.a_start, run.b_start))
    clusters: list[_Cluster] = []
    open_clusters: list[_Cluster] = []
    for run in runs:
        # Only clusters ending near this run's start can take it; the others are closed for good.
        open_clusters = [c for c in open_clusters if run.a_start - c.a_end <= settings.long_gap]
        home = next((c for c in open_clusters if c.joins(run, settings.gap, settings.long_gap)), None)
        if home is None:
            home = _Cluster([], run.a_start, run.a_end, run.b_start, run.b_end)
            clusters.append(home)
            open_clusters.append(home)
        home.add(run)
    passages = []
    for cluster in clusters:
        # Judged on the words that seeded it, before it grows over masked words (which any script may share).
        a_words = _covered([(r.a_start, r.a_end) for r in cluster.runs])
        b_words = _covered([(r.b_start, r.b_end) for r in cluster.runs])
        if min(a_words, b_words) < settings.min_passage_words:
            continue
        _extend(cluster, a.words.hashes, b.words.hashes, settings.gap)
        passages.append(
            Passage(
                a_start=int(a.words.starts[cluster.a_start]),
                a_end=int(a.words.ends[cluster.a_end - 1]),
                b_start=int(b.words.starts[cluster.b_start]),
                b_end=int(b.words.ends[cluster.b_end - 1]),
                a_words=cluster.a_end - cluster.a_start,
                b_words=cluster.b_end - cluster.b_start,
            )
        )
    return passages


def words_in_passages(script: ScriptText, spans: list[tuple[int, int]]) -> int:
    """How many of a script's compared words lie in the given character spans (overlaps counted once)."""
    if not spans or not len(script.words):
        return 0
    inside = np.zeros(len(script.words), dtype=np.bool_)
    for start, end in spans:
        first = int(np.searchsorted(script.words.starts, start, side="left"))
        last = int(np.searchsorted(script.words.ends, end, side="right"))
        inside[first:last] = True
    return int(inside.sum())
