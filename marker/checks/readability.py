"""Readability of a part: Flesch reading ease and the Flesch–Kincaid grade, with a plain explanation.

Sentences are counted as textstat (MIT) counts them, in a copy of its few lines here: importing textstat
pulls in NLTK and SciPy, a second and about 95 MB per process for two regular expressions. Syllables come
from pyphen's English hyphenation patterns because textstat's own English syllable counter downloads the
CMU dictionary on first use, and a server checking scripts must not reach out to the network.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyphen

# Below this many words the formulas say more about chance than about the writing.
MIN_WORDS = 50

# Flesch's own bands, with what they mean for a professional report.
_BANDS: tuple[tuple[float, str, str], ...] = (
    (90, "Very easy", "short sentences and everyday words; simpler than a professional report needs"),
    (80, "Easy", "conversational; consider whether the analysis is developed enough"),
    (70, "Fairly easy", "clear and direct, like a good briefing note"),
    (60, "Plain English", "easy for a senior manager to read quickly"),
    (50, "Fairly difficult", "typical of a professional report; check long sentences still read clearly"),
    (30, "Difficult", "dense, academic prose; shorter sentences would help a busy reader"),
    (float("-inf"), "Very difficult", "very long sentences or many long words; split sentences up"),
)


@dataclass(frozen=True)
class Readability:
    """How hard a part is to read. ``grade_level`` is the Flesch–Kincaid (US school) grade."""

    flesch_reading_ease: float
    grade_level: float
    explanation: str

    def to_dict(self) -> dict[str, object]:
        return {
            "flesch_reading_ease": self.flesch_reading_ease,
            "grade_level": self.grade_level,
            "explanation": self.explanation,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Readability:
        return cls(
            flesch_reading_ease=float(data.get("flesch_reading_ease") or 0.0),
            grade_level=float(data.get("grade_level") or 0.0),
            explanation=str(data.get("explanation") or ""),
        )


@lru_cache(maxsize=1)
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_GB")


@lru_cache(maxsize=50_000)
def _syllables(word: str) -> int:
    """Syllables in one lower-case word: hyphenation points plus one."""
    return len(_hyphenator().positions(word.replace("’", "'"))) + 1


# Letters, with apostrophes inside a word ("don't"); digits and punctuation are not words to read.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _words(text: str) -> Counter[str]:
    """The passage's words, lower case, with how often each occurs (only their number and syllables are used).

    The same words as ``_WORD.findall(text.lower())``, several times faster: a word never spans white space, so
    the passage's distinct tokens are looked at once each, and a token that is all letters is one word as it
    stands; only the others (punctuation, digits, apostrophes) go through the pattern.
    """
    words: Counter[str] = Counter()
    for token, count in Counter(text.lower().split()).items():
        if token.isalpha():
            words[token] += count
        else:
            for word in _WORD.findall(token):
                words[word] += count
    return words


# textstat 0.7.13's count_sentences: runs of text up to an end mark, less those of two words or fewer, whose
# words are counted after dropping punctuation but for the apostrophes of contractions.
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
_WORD_CHARACTER = re.compile(r"\w")


def sentence_count(text: str) -> int:
    """Sentences in a passage as textstat counts them (0 for an empty one, else at least 1)."""
    if not text:
        return 0
    sentences = _SENTENCE.findall(text)
    short = sum(1 for sentence in sentences if _is_short(sentence))
    return max(1, len(sentences) - short)


def _is_short(sentence: str) -> bool:
    """textstat's test of a sentence of two words or fewer,
    ``len(_PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", sentence)).split()) <= 2``, without
    rewriting the sentence: removing characters within white-space-separated tokens leaves as words exactly
    the tokens that hold a word character (an apostrophe it keeps is always followed by a letter of its token),
    and a sentence is long once three are seen."""
    head = sentence.split(None, 3)  # most sentences: three words first, and the rest is not split at all
    if len(head) <= 2:
        return True
    first, second, third = head[0], head[1], head[2]
    if (
        (first.isalnum() or _WORD_CHARACTER.search(first))
        and (second.isalnum() or _WORD_CHARACTER.search(second))
        and (third.isalnum() or _WORD_CHARACTER.search(third))
    ):
        return False
    seen = 0
    for token in sentence.split():
        if token.isalnum() or _WORD_CHARACTER.search(token):
            seen += 1
            if seen == 3:
                return False
    return True


def readability(text: str) -> Readability | None:
    """The readability of a passage, or None when it is too short to judge."""
    words = _words(text)
    total = sum(words.values())
    if total < MIN_WORDS:
        return None
    sentences = max(1, sentence_count(text))
    syllables = sum(_syllables(word) * count for word, count in words.items())
    words_per_sentence = total / sentences
    syllables_per_word = syllables / total
    ease = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word
    grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
    name, meaning = next((name, meaning) for floor, name, meaning in _BANDS if ease >= floor)
    explanation = f"{name}: {meaning} ({words_per_sentence:.0f} words a sentence on average)."
    return Readability(round(ease, 1), round(max(grade, 0.0), 1), explanation)
