"""Normalised words, n-gram hashes and winnowing: what a copy keeps matching through, and MOSS's guarantee."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from marker.similarity.fingerprints import fingerprint, ngram_hashes, winnow, word_hash, words_of


def test_case_punctuation_and_numbers_do_not_hide_a_copy() -> None:
    first = words_of("Sales rose by 23% in 2019, the CEO said.")
    second = words_of("sales ROSE by 41% in 2021 -- the ceo said")
    assert first.hashes.tolist() == second.hashes.tolist()


def test_words_keep_their_character_spans_in_the_text() -> None:
    text = "Only  these, words."
    found = words_of(text)
    assert [text[s:e] for s, e in zip(found.starts.tolist(), found.ends.tolist(), strict=True)] == [
        "Only", "these", "words",
    ]  # fmt: skip


def test_words_of_given_spans_leave_the_rest_out() -> None:
    text = "keep this (Smith, 2019) and this"
    found = words_of(text, [(0, 10), (23, len(text))])
    assert [text[s:e] for s, e in zip(found.starts.tolist(), found.ends.tolist(), strict=True)] == [
        "keep", "this", "and", "this",
    ]  # fmt: skip


def test_word_hashes_are_stable_across_processes_and_fit_a_signed_bigint() -> None:
    # A fixed value: stored fingerprints must stay comparable after a restart (Python's hash() is salted).
    assert word_hash("marketing") == int.from_bytes(
        __import__("hashlib").blake2b(b"marketing", digest_size=8).digest(), "little"
    )
    grams = ngram_hashes(words_of(" ".join(f"w{i} word{i}x" for i in range(50))).hashes, 5)
    assert len(grams) and int(grams.max()) < 2**63


def test_winnowing_keeps_the_rightmost_minimum_of_each_window_once() -> None:
    # The paper's example (Schleimer et al. 2003, figure 2), windows of 4: fingerprints 17 17 8 39 17.
    hashes = np.array([77, 72, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 72, 42, 17, 98], dtype=np.uint64)
    positions = winnow(hashes, 4).tolist()
    assert [int(hashes[p]) for p in positions] == [17, 17, 8, 39, 17]
    assert positions == [3, 6, 8, 11, 15]
    assert positions == sorted(set(positions))


def test_fewer_words_than_a_window_still_give_one_fingerprint() -> None:
    found = fingerprint(words_of("one two three four five six"), 5, 6)
    assert len(found) == 1


@settings(max_examples=40, deadline=None)
@given(
    prefix=st.lists(st.integers(0, 10_000), max_size=30),
    shared=st.lists(st.integers(0, 10_000), min_size=10, max_size=40),
    suffix=st.lists(st.integers(0, 10_000), max_size=30),
    other=st.lists(st.integers(20_000, 30_000), max_size=30),
)
def test_any_shared_run_of_ngram_plus_window_minus_one_words_shares_a_fingerprint(
    prefix: list[int], shared: list[int], suffix: list[int], other: list[int]
) -> None:
    a = words_of(" ".join(f"w{x}" for x in prefix + shared + suffix).replace("w", "a"))
    b = words_of(" ".join(f"w{x}" for x in other + shared).replace("w", "a"))
    first, second = fingerprint(a, 5, 6), fingerprint(b, 5, 6)
    assert set(first.hashes.tolist()) & set(second.hashes.tolist())


def test_no_ngram_spans_left_out_text() -> None:
    text = "one two three four (Smith, 2019) five six seven eight nine"
    found = words_of(text, [(0, 19), (32, len(text))])
    assert found.breaks.tolist() == [False] * 4 + [True] + [False] * 4
    assert len(fingerprint(found, 3, 1)) == 2 + 3  # n-grams within each side only: 2 before, 3 after
    joined = words_of("one two\n\nthree", [(0, 7), (9, 14)])
    assert not joined.breaks.any()  # paragraphs next to each other are one run of text


def test_words_of_gives_each_word_its_offsets_and_normalised_hash_as_a_word_by_word_scan_does() -> None:
    # words_of splits whole spans at once; this is the plain scan it must agree with, on awkward text.
    import random
    import re

    from marker.similarity.fingerprints import normalise_word, word_hash, words_of

    rng = random.Random(17)
    alphabet = [*"abcXYZ éßİ_-'’ 0123\n\t.,;", "ﬁ", "Ǆ", "٣", "①"]
    for _trial in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, 2 * rng.randint(0, 3)) // 2 * 2))
        spans = list(zip(cuts[0::2], cuts[1::2], strict=True)) or [(0, len(text))]
        scanned = [(begin, m) for begin, end in spans for m in re.finditer(r"[^\W_]+", text[begin:end])]
        words = words_of(text, spans)
        offsets = [(begin + m.start(), begin + m.end()) for begin, m in scanned]
        assert [(int(a), int(b)) for a, b in zip(words.starts, words.ends, strict=True)] == offsets
        assert words.hashes.tolist() == [word_hash(normalise_word(m.group())) for _begin, m in scanned]
