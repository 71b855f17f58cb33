"""Readability counts sentences as textstat does, without importing textstat (NLTK and SciPy) in the server."""

from __future__ import annotations

import random
import re
import subprocess
import sys

import pytest

from marker.checks.readability import _SENTENCE, _WORD, _is_short, _words, readability, sentence_count

PASSAGES = [
    "",
    "One.",
    "Short one. Another short. This sentence has five words.",
    "Email works best. It's true that we've tried! Isn't it? Yes... no?! The 'term' matters: a lot.",
    "Dr. Smith said e.g. the U.K. market grew 3.5% in 2019 (Smith, 2019, p. 12). Really it did.",
    "“Customers notice when the message fits,” said the manager. ‘Quoted’ words — and dashes – too.",
    "no end mark at all in this passage of several words",
    "Numbers 1, 2 and 3. 4. 5. Then words again to finish the passage properly here.",
    "Área² ½ snake_case O’Brien’s don’t\u00a0nbsp\ttab -- ... ’t ' 're x'y 42nd Ⅳ café-bar.",
]


def _mixed(seed: int) -> str:
    pieces = ["word", "it's", "don't", "'quoted'", "end.", "stop!", "ask?", "e.g.", "3.5", "(Smith,", "2019)", "—", "x",
              "’s", "'t", "_", "²", "O’Brien’s", "'", "-", "a_b", "\u00a0", "\t\n", "Ⅳ"]  # fmt: skip
    rng = random.Random(seed)
    return " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 80)))


def test_sentences_are_counted_as_textstat_counts_them() -> None:
    textstat = pytest.importorskip("textstat")
    for text in PASSAGES + [_mixed(seed) for seed in range(300)]:
        assert sentence_count(text) == textstat.sentence_count(text), text


def test_words_and_short_sentences_are_those_of_the_plain_formulas() -> None:
    # The fast forms (``_words`` by distinct token, ``_is_short`` without rewriting) against the formulas they
    # replace: the pattern over the whole passage, and textstat's punctuation removal.
    non_contraction_apostrophe = re.compile(r"\'(?!" + r"[tsd]|ve|ll|re" + ")")
    punctuation = re.compile(r"[^\w\s\']")
    for text in PASSAGES + [_mixed(seed) for seed in range(300)]:
        assert sorted(_words(text).elements()) == sorted(_WORD.findall(text.lower())), text
        for sentence in _SENTENCE.findall(text):
            plain = len(punctuation.sub("", non_contraction_apostrophe.sub("", sentence)).split()) <= 2
            assert _is_short(sentence) == plain, sentence


def test_a_check_of_readability_imports_neither_textstat_nor_nltk() -> None:
    # In a fresh interpreter: this test process may have imported textstat for the test above.
    code = (
        "import sys\n"
        "from marker.checks.readability import readability\n"
        "assert readability('The plan is clear and the budget is small. ' * 20) is not None\n"
        "print(sorted(m for m in ('textstat', 'nltk', 'scipy') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_readability_of_a_plain_passage() -> None:
    result = readability("The plan is clear and the budget is small. " * 20)
    assert result is not None
    assert result.grade_level < 6
