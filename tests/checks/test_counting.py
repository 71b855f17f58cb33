"""Words are counted as Word counts them, over what the rubric's policy includes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marker.checks import count_words, word_spans
from marker.checks.counting import is_counted, policy_summary
from marker.checks.regions import APPENDIX, REFERENCE_LIST
from marker.documents.model import Block, BlockKind
from marker.rubric.model import WordCountPolicy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("e-commerce", 1),
        ("(Chaffey, 2019)", 2),
        ("growth – and decline", 4),  # a dash between spaces is a word to Word
        ("10\u00a0per cent", 3),  # a no-break space still separates words
        ("line one\nline two\tend", 5),
        ("Harlow: Pearson.", 2),
    ],
)
def test_words_are_runs_between_whitespace(text: str, expected: int) -> None:
    assert count_words(text) == expected


_NO_CJK = st.text(alphabet=st.characters(blacklist_categories=("Zs", "Cc", "Zl", "Zp")), min_size=1).filter(
    lambda token: (
        not re.search(
            r"[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff"
            r"\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef\U00016fe0-\U00016fff\U00020000-\U0003134f]",
            token,
        )
    )
)


@given(st.lists(_NO_CJK, max_size=30))
def test_joining_words_with_spaces_counts_each_once(tokens: list[str]) -> None:
    """Outside East Asian scripts, a word is a run between spaces, whatever its characters."""
    text = "  ".join(tokens)
    assert count_words(text) == len(tokens)
    assert [text[start:end] for start, end in word_spans(text)] == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counts taken in Word (office-wordcount's validation set): Korean syllables, East Asian punctuation
        # and full-width letters are a word each, as Han characters and kana are.
        ("안녕하세요", 5),
        ("Hello、World。", 4),
        ("「こんにちは」", 7),
        ("ＡＢＣＤＥ", 5),
        ("東京2024オリンピック", 9),
        ("Hello 世界", 3),
        ("市场营销是一个过程。", 10),
        ("我喜欢 digital marketing。", 6),
        ("デジタルマーケティングの戦略", 14),  # katakana and kanji alike
        ("한빛 뷰티 launched", 5),
        ("「個人化」は重要です、", 11),
        ("Tokyo\u3000Osaka", 2),  # the ideographic space is a space
        ("赛莱斯汀, a brand", 6),  # a comma against a character is the character's, as after an English word
        ("Tmall (天猫) grew", 4),
        ("天猫 - grew", 4),  # a dash between spaces is a word, as in English
    ],
)
def test_east_asian_characters_count_one_word_each_as_word_does(text: str, expected: int) -> None:
    assert count_words(text) == expected
    assert len(word_spans(text)) == expected


def test_default_policy_counts_body_and_lists_but_not_headings_tables_or_references() -> None:
    policy = WordCountPolicy()
    assert is_counted(Block(BlockKind.PARAGRAPH, "x"), "1a", policy)
    assert is_counted(Block(BlockKind.LIST_ITEM, "x"), "1a", policy)
    for kind in (BlockKind.HEADING, BlockKind.TABLE, BlockKind.CAPTION, BlockKind.FOOTNOTE, BlockKind.TEXT_BOX):
        assert not is_counted(Block(kind, "x"), "1a", policy), kind
    assert not is_counted(Block(BlockKind.PARAGRAPH, "x"), REFERENCE_LIST, policy)
    assert not is_counted(Block(BlockKind.PARAGRAPH, "x"), APPENDIX, policy)
    assert not is_counted(Block(BlockKind.PARAGRAPH, "x", bold=True), "1a", policy, as_heading=True)


def test_a_policy_that_counts_tables_counts_them() -> None:
    assert is_counted(Block(BlockKind.TABLE, "x"), "1a", WordCountPolicy(tables=True))


def test_policy_summary_names_what_is_left_out_when_the_rubric_gives_no_statement() -> None:
    summary = policy_summary(WordCountPolicy())
    assert "tables" in summary["excludes"] and "body" in summary["includes"]
    assert "does not include" in str(summary["statement"]) and "reference list" in str(summary["statement"])


@pytest.mark.parametrize(
    "line",
    [
        "Word count: 1,482",
        "Word Count – 1482 words",
        "(Word count: 1,640 words)",
        "Total word count = 4,622",
        "Task 2 word count: 1,702",
        "Words: 1,390",
        "Word count (excluding references): 1,455",
        "1,482 words",
        "(1 640 words)",
        "Number of words: approx. 1,500",
        "(Word count 1b & 1c: 940 words)",
        "Word count for Task 2a + 2b: 1,640",
    ],
)
def test_a_line_that_only_declares_a_word_count_is_not_counted(line: str) -> None:
    policy = WordCountPolicy()
    assert not is_counted(Block(BlockKind.PARAGRAPH, line), "1c", policy)
    assert is_counted(Block(BlockKind.PARAGRAPH, line), "1c", WordCountPolicy(word_count_lines=True))


@pytest.mark.parametrize(
    "text",
    [
        "Total sales rose to 1,482 units in 2023.",
        "Words matter: 1,482 customers replied to the survey and most of them asked for clearer prices.",
        "2019 revenue",
        "The word count of product pages fell to 300 words on average after the redesign.",
        "Word count 2 shows growth in 2019.",
    ],
)
def test_sentences_with_a_count_in_them_are_still_counted(text: str) -> None:
    assert is_counted(Block(BlockKind.PARAGRAPH, text), "1c", WordCountPolicy())


def test_the_policy_summary_names_word_count_lines_among_what_is_left_out() -> None:
    assert "word_count_lines" in policy_summary(WordCountPolicy())["excludes"]
