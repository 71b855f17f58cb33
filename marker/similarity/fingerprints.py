"""Words, word n-gram hashes and winnowed fingerprints of a text.

Text is normalised before hashing so that trivial differences do not hide a copy: case is folded, punctuation
dropped, and every word holding a digit becomes one placeholder (a copied passage with its numbers changed still
matches). Each word is hashed with BLAKE2b (stable across processes and machines, unlike ``hash()``, so stored
fingerprints stay comparable), each run of ``n`` words gets a polynomial hash of its words' hashes, and
winnowing (Schleimer, Wilkerson and Aiken 2003, the method of MOSS) keeps the rightmost smallest hash of every
``window`` consecutive n-grams. Winnowing guarantees that any run of at least ``window + n - 1`` shared words
yields at least one shared fingerprint, while keeping only about ``2 / (window + 1)`` of the n-grams.

Hashes are 63-bit non-negative integers so that they fit a signed 64-bit database column (PostgreSQL bigint).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from itertools import accumulate

import numpy as np
import numpy.typing as npt

HashArray = npt.NDArray[np.uint64]
PositionArray = npt.NDArray[np.int64]

# Letters and digits; apostrophes and hyphens split words ("e-commerce" → "e", "commerce") the same way in
# every script, which is all a comparison needs.
_WORD = re.compile(r"[^\W_]+")
_AROUND_WORDS = re.compile(r"([^\W_]+)")  # split keeps the words (the group) between the separators
_HAS_DIGIT = re.compile(r"\d")
NUMBER = "#"  # every word with a digit in it: "2019", "45%", "3rd"
_MASK_63 = np.uint64((1 << 63) - 1)
_MULTIPLIER = 0x100000001B3  # the FNV-1 64-bit prime: an odd multiplier that mixes well modulo 2**64
_MAX_CACHE = 500_000
_word_hashes: dict[str, int] = {}


def normalise_word(word: str) -> str:
    """The form a word is compared in: case folded, and any word holding a digit made the number placeholder."""
    return NUMBER if _HAS_DIGIT.search(word) else word.casefold()


def word_hash(word: str) -> int:
    """A normalised word's stable 64-bit hash (cached: a cohort's vocabulary is small next to its length)."""
    found = _word_hashes.get(word)
    if found is None:
        if len(_word_hashes) >= _MAX_CACHE:  # a long-running worker must not grow without bound
            _word_hashes.clear()
        found = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")
        _word_hashes[word] = found
    return found


# Words as written → the hash of their normalised form: rebuilding a stored script's words (every comparison of a
# script whose text is not cached) then costs one dictionary look-up a word.
_raw_hashes: dict[str, int] = {}


def _raw_hash(word: str) -> int:
    if len(_raw_hashes) >= _MAX_CACHE:
        _raw_hashes.clear()
    found = _raw_hashes[word] = word_hash(normalise_word(word))
    return found


@dataclass(frozen=True, eq=False)
class Words:
    """The words of a text that take part in the comparison: their hashes and their character spans.

    ``breaks`` flags each word that follows left-out text (a citation, a quotation, a heading, the cover
    page): no n-gram spans a break, or the words either side of a removed quotation would make n-grams that
    every script quoting it shares.
    """

    hashes: HashArray
    starts: PositionArray
    ends: PositionArray
    breaks: npt.NDArray[np.bool_]

    def __len__(self) -> int:
        return len(self.hashes)


def words_of(text: str, spans: list[tuple[int, int]] | None = None) -> Words:
    """The words of ``text`` (or only of the given character spans of it), normalised and hashed.

    Each span is split around its words in one call (separators and words alternate, so the words' offsets are
    running sums of the pieces' lengths) and the words hashed through the cache: no Python step per word but a
    dictionary look-up, as stored scripts are rebuilt this way on every comparison that does not have them cached.
    """
    hashes: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    breaks: list[int] = []
    previous_end = 0
    for begin, end in spans if spans is not None else [(0, len(text))]:
        if text[previous_end:begin].strip():
            breaks.append(len(hashes))  # the next word follows left-out text
        previous_end = end
        pieces = _AROUND_WORDS.split(text[begin:end])
        if len(pieces) < 2:
            continue
        words = pieces[1::2]
        # offsets[k] is where piece k starts; words are the odd pieces
        offsets = list(accumulate(map(len, pieces), initial=begin))
        starts.extend(offsets[1::2][: len(words)])
        ends.extend(offsets[2::2])
        found = list(map(_raw_hashes.get, words))
        if None in found:
            found = [_raw_hash(word) if value is None else value for word, value in zip(words, found, strict=True)]
        hashes.extend(found)  # type: ignore[arg-type]
    flags = np.zeros(len(hashes), dtype=np.bool_)
    flags[[b for b in breaks if 0 < b < len(hashes)]] = True
    return Words(
        np.array(hashes, dtype=np.uint64), np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64), flags
    )


def crossing(breaks: npt.NDArray[np.bool_], n: int) -> npt.NDArray[np.bool_]:
    """Which n-grams span a break (a word after the first follows left-out text)."""
    count = len(breaks) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.bool_)
    found = np.zeros(count, dtype=np.bool_)
    for offset in range(1, n):
        found |= breaks[offset : offset + count]
    return found


def ngram_hashes(word_hashes: HashArray, n: int) -> HashArray:
    """The hash of every run of ``n`` consecutive words (63-bit); empty when there are fewer than ``n`` words."""
    count = len(word_hashes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    # Array arithmetic on uint64 wraps modulo 2**64 silently, which is what a polynomial hash wants.
    combined = word_hashes[:count].copy()
    for offset in range(1, n):
        combined = combined * np.uint64(_MULTIPLIER) + word_hashes[offset : offset + count]
    result: HashArray = combined & _MASK_63
    return result


def text_ngram_hashes(text: str, n: int) -> set[int]:
    """Every n-gram hash of a text, as a set (for wording every script may share, such as the brief's)."""
    return {int(value) for value in ngram_hashes(words_of(text).hashes, n)}


def winnow(hashes: HashArray, window: int) -> PositionArray:
    """The positions winnowing selects: the rightmost smallest hash of each window of ``window`` hashes."""
    if len(hashes) == 0:
        return np.zeros(0, dtype=np.int64)
    if len(hashes) <= window:
        reverse = hashes[::-1]
        return np.array([len(hashes) - 1 - int(np.argmin(reverse))], dtype=np.int64)
    windows = np.lib.stride_tricks.sliding_window_view(hashes, window)
    # argmin returns the first smallest; on the reversed window that is the rightmost one, as the paper's
    # robust winnowing asks (a repeated smallest hash is then recorded once, not once per window).
    rightmost = window - 1 - np.argmin(windows[:, ::-1], axis=1)
    positions: PositionArray = np.unique(np.arange(len(windows), dtype=np.int64) + rightmost)
    return positions


@dataclass(frozen=True, eq=False)
class Fingerprints:
    """A script's winnowed fingerprints: n-gram hashes and the word position each n-gram starts at."""

    hashes: HashArray
    positions: PositionArray

    def __len__(self) -> int:
        return len(self.hashes)


def fingerprint(words: Words, n: int, window: int, masked: npt.NDArray[np.bool_] | None = None) -> Fingerprints:
    """Winnowed fingerprints of a script's words, leaving out n-grams that span a break or touch a ``masked``
    word.

    The masked words are the brief's wording: an n-gram half in it ("the brief asks us to provide") is as
    common as the brief itself. Winnowing runs over every n-gram first and the left-out ones are dropped after,
    so the selection around the brief's wording is the same in every script.
    """
    grams = ngram_hashes(words.hashes, n)
    positions = winnow(grams, window)
    if len(positions):
        left_out = crossing(words.breaks, n)
        if masked is not None and masked.any():
            left_out |= np.asarray(np.lib.stride_tricks.sliding_window_view(masked, n).any(axis=1))
        positions = positions[~left_out[positions]]
    return Fingerprints(grams[positions], positions)
