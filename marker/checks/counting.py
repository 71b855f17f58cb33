"""Counting words as Microsoft Word does, and deciding which blocks a word-count policy counts.

Word counts runs of characters between whitespace: "e-commerce" is one word, "(Chaffey, 2019)" two, and a
dash standing between spaces one. Each East Asian character is a word of its own: Chinese and Japanese
characters, Korean syllables, and East Asian punctuation and full-width forms (、。「」！ＡＢＣ). Those rules
follow counts taken in Word itself (the validation set of the office-wordcount project: "안녕하세요" is five
words, "Hello、World。" four, "ＡＢＣＤＥ" five). The policy says which kinds of content a limit covers; the figure with
everything included is kept beside it so a person can see what the policy left out.
"""

from __future__ import annotations

import re

from marker.checks.regions import APPENDIX, FRONT_MATTER, REFERENCE_LIST
from marker.documents.model import Block, BlockKind
from marker.documents.structure import is_word_count_line
from marker.rubric.model import WordCountPolicy

# Han (with its radicals, compatibility forms and extensions), kana, Bopomofo, Hangul syllables and jamo, and
# the East Asian symbol, punctuation and full-width blocks; U+3000, the ideographic space, is a space.
_CJK = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3001-\u303f\u3040-\u30ff\u3100-\u318f\u31a0-\u31ff\u3200-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff01-\uffef"
    "\U00016fe0-\U00016fff\U00020000-\U0003134f"
)
# \s covers Unicode whitespace, the no-break space included: Word splits words there too. A CJK character is
# a word on its own; any other run of non-space characters (up to the next CJK character) is one word.
_WORD = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")
_PLAIN_WORD = re.compile(r"\S+")
_CJK_CHARACTER = re.compile(rf"[{_CJK}]")
_ONLY_PUNCTUATION = re.compile(r"[^\w\s]+$")

# The policy flag that decides each block kind; paragraphs are "body".
_KIND_FLAG: dict[BlockKind, str] = {
    BlockKind.HEADING: "headings",
    BlockKind.PARAGRAPH: "body",
    BlockKind.LIST_ITEM: "list_items",
    BlockKind.TABLE: "tables",
    BlockKind.CAPTION: "captions",
    BlockKind.CONTENTS: "contents",
    BlockKind.FOOTNOTE: "footnotes",
    BlockKind.TEXT_BOX: "text_boxes",
    BlockKind.HEADER_FOOTER: "headers_footers",
}
_REGION_FLAG: dict[str, str] = {
    REFERENCE_LIST: "reference_list",
    APPENDIX: "appendices",
    FRONT_MATTER: "cover_page",
}


def count_words(text: str) -> int:
    """The number of words in a text, as Word's word count gives it (runs of non-whitespace)."""
    # str.split() splits on exactly the characters \s matches, and is several times faster than the regex;
    # only text with characters beyond Latin-1 can hold CJK characters.
    if text.isascii() or not _CJK_CHARACTER.search(text):
        return len(text.split())
    return len(_cjk_text_words(text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """The character span of each word of a text, in order (for finding where a limit is reached)."""
    if text.isascii() or not _CJK_CHARACTER.search(text):
        return [match.span() for match in _PLAIN_WORD.finditer(text)]
    return _cjk_text_words(text)


def _cjk_text_words(text: str) -> list[tuple[int, int]]:
    """The spans of the words of a text holding East Asian characters: each character one, and every other run
    between spaces one, but for ASCII punctuation against a character ("赛莱斯汀," and "(天猫)"), which belongs
    to it as a comma or a bracket belongs to an English word."""
    spans = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if (
            not _CJK_CHARACTER.match(word)
            and _ONLY_PUNCTUATION.match(word)
            and ((start > 0 and _CJK_CHARACTER.match(text, start - 1)) or _CJK_CHARACTER.match(text, end))
        ):
            continue
        spans.append((start, end))
    return spans


def is_counted(block: Block, region: str | None, policy: WordCountPolicy, *, as_heading: bool = False) -> bool:
    """Whether the policy counts this block's words. ``as_heading`` marks a bold paragraph used as a heading."""
    if region in _REGION_FLAG and not getattr(policy, _REGION_FLAG[region]):
        return False
    if as_heading:
        return policy.headings
    if not policy.word_count_lines and block.kind is BlockKind.PARAGRAPH and is_word_count_line(block.text):
        return False
    return bool(getattr(policy, _KIND_FLAG[block.kind]))


def policy_summary(policy: WordCountPolicy) -> dict[str, object]:
    """The policy as the report shows it: its statement and the kinds of content it includes and excludes."""
    flags = {name: getattr(policy, name) for name in (*_KIND_FLAG.values(), "citations", "quotations")}
    flags.update({name: getattr(policy, name) for name in (*_REGION_FLAG.values(), "word_count_lines")})
    included = [name for name, on in flags.items() if on]
    excluded = [name for name, on in flags.items() if not on]
    statement = policy.statement or _default_statement(included, excluded)
    return {"statement": statement, "includes": included, "excludes": excluded}


def _default_statement(included: list[str], excluded: list[str]) -> str:
    """A sentence for a policy whose rubric gives none."""

    def words(names: list[str]) -> str:
        return ", ".join(name.replace("_", " ") for name in names) or "nothing"

    return f"The word count includes {words(included)}; it does not include {words(excluded)}."
