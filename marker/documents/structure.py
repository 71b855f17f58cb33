"""Reading structure from text where the file's markup says nothing: contents pages and bold-line headings.

Shared by the DOCX and PDF readers. Decisions (for segmentation):

* A contents entry (a line ending in a page number after dot leaders, or after a tab when two or more such
  lines follow each other) becomes a CONTENTS block, whatever its style, so it is never taken for a heading.
  So does a short line between two entries: the first line of an entry wrapped over two.
  A "Contents" / "Table of contents" title right before contents entries is CONTENTS too.
* A paragraph that opens as a caption does ("Table 3: ...", "Figure 1. ...") and is short becomes a CAPTION,
  however the candidate styled it; so does a short "Source: ..." or "Note: ..." line under a caption or table.
* In a document that has no heading from styles or outline levels at all, a short line written entirely in
  bold becomes a HEADING with ``bold=True`` and ``level=None``. In documents that do use heading styles,
  bold lines stay PARAGRAPH blocks with ``bold=True``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from marker.documents.model import Block, BlockKind

_DOTTED_ENTRY = re.compile(r"^\S.*?(?:\.\s*){3,}\s*(?:\d{1,3}|[ivxlc]{1,6})\s*$|^\S.*?…+\s*\d{1,3}\s*$", re.I)
_TAB_ENTRY = re.compile(r"^\S[^\t]*\t+\s*(?:\d{1,3}|[ivxlc]{1,6})\s*$", re.IGNORECASE)
# "Table 3: ...", "Figure 1. ...", "Table 1.1 Channel plan": a caption, whatever style (if any) the candidate gave
# it. The number is read whole: "Table 1.1 summarises ..." opens a sentence, not "Table 1." and a caption.
CAPTION_START = re.compile(
    r"^(?:table|figure|fig\.|chart|exhibit|diagram)\s*\d+(?:\.\d+)*(?!\.?\d)(?:\s*[:.\-–—]|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
MAX_CAPTION_WORDS = 25
# "Source: company data (2023)", "Note: costs exclude VAT": the last line of a caption, under a table or figure.
_SOURCE_LINE = re.compile(r"^(?:sources?|notes?)\s*:", re.IGNORECASE)
_CONTENTS_TITLE = re.compile(r"^\s*(?:table\s+of\s+)?contents\s*:?\s*$", re.IGNORECASE)
_REWRITABLE = (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM)
# A line of its own declaring a count ("Word count: 1,482", "(Total words: 1 640)", "1,482 words") tells the
# tutor a figure; it is not part of the answer whose words it counts.
_WORD_COUNT_LINE = re.compile(
    r"\(?\s*(?:(?:total|task\s*\w+|part\s*\w+|section\s*\w+|question\s*\w+)\s*[:\-\u2013\u2014]?\s*)?"
    r"(?:word\s*count|no\.?\s+of\s+words|number\s+of\s+words|words?(?:\s+(?:used|total|count))?|total)"
    # the parts it counts: "Word count 1b & 1c: 940 words", "Word count for Task 2a + 2b: 1,640"
    r"(?:\s+(?:for\s+)?(?:(?:task|part)\s*)?\d[a-z]?(?:\s*(?:&|and|\+|,|/)\s*(?:(?:task|part)\s*)?\d[a-z]?)*)?"
    r"\s*(?:\([^)]{0,40}\)\s*)?[:=\-\u2013\u2014]?\s*(?:approx(?:imately|\.)?\s*|c\.\s*|~\s*)?"
    r"(?:\d{1,3}(?:[,.\s\u202f]\d{3})+|\d+)\s*(?:words)?\s*(?:\([^)]{0,40}\))?\s*\)?\.?"
    r"|\(?\s*(?:\d{1,3}(?:[,.\s\u202f]\d{3})+|\d+)\s+words\s*\)?\.?",
    re.IGNORECASE,
)
MAX_BOLD_HEADING_WORDS = 15
MAX_BOLD_HEADING_CHARS = 120
MAX_EMPHASISED_HEADING_WORDS = 12
# A line in italics that ends as a sentence, a clause, a bracket or a quotation ends, or opens a quotation, is
# text set in italics (a quotation, a title, an example). A closing colon does not rule a line out: "Key
# findings:" alone on its line labels what follows, as the same line in bold does.
_EMPHASISED_TEXT_ENDS = (".", "!", "?", ",", ";", ")", '"', "”", "'", "’")
_QUOTE_OPENINGS = ('"', "“", "'", "‘")


def is_contents_entry(text: str) -> bool:
    """Whether a line looks like a contents entry with dot leaders ("Task 1 ........ 3")."""
    stripped = text.strip()
    # Both forms end in a page number (digits or roman numerals) after three dots or an ellipsis; checking
    # that first spares the regex on nearly every line of body text, so it is cheap to ask of every line.
    if not stripped[-1:].isalnum() or ("…" not in stripped and stripped.count(".") < 3):
        return False
    return bool(_DOTTED_ENTRY.match(stripped))


def _is_tab_entry(text: str) -> bool:
    """Whether a line looks like a contents entry ending in a tab and a page number ("Task 1<tab>3")."""
    if "\t" not in text:
        return False
    stripped = text.strip()
    return stripped[-1:].isalnum() and bool(_TAB_ENTRY.match(stripped))


def is_caption(text: str) -> bool:
    """Whether a short paragraph is a table's or figure's caption typed as text ("Table 1: KPIs")."""
    return CAPTION_START.match(text) is not None and len(text.split()) <= MAX_CAPTION_WORDS


def reads_as_emphasised_heading(text: str, words: int) -> bool:
    """Whether a line set wholly in italics or underlined reads as a sub-heading (``words``: its word count):
    short, with letters, and neither ending as text ends nor opening a quotation. Both readers ask it; where
    the line stands (apart from the text around it, or a paragraph of its own) is theirs to judge."""
    stripped = text.strip()
    return (
        0 < words <= MAX_EMPHASISED_HEADING_WORDS
        and any(character.isalpha() for character in stripped)
        and not stripped.endswith(_EMPHASISED_TEXT_ENDS)
        and not stripped.startswith(_QUOTE_OPENINGS)
    )


def is_word_count_line(text: str) -> bool:
    """Whether a paragraph only declares a word count ("Word count: 1,482", "(1,640 words)")."""
    return len(text) <= 80 and _WORD_COUNT_LINE.fullmatch(text.strip()) is not None


def is_source_line(text: str, after: BlockKind | None) -> bool:
    """Whether a short line giving a source or a note ends the caption of the table or figure just above it
    (``after``: the kind of the block before it)."""
    return (
        after in (BlockKind.CAPTION, BlockKind.TABLE)
        and _SOURCE_LINE.match(text) is not None
        and len(text.split()) <= MAX_CAPTION_WORDS
    )


def refine_blocks(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """Mark contents entries and typed captions, then (in documents without heading styles) promote short bold
    lines."""
    result = list(blocks)
    _mark_contents(result)
    for index, block in enumerate(result):
        if block.kind == BlockKind.PARAGRAPH and (
            is_caption(block.text) or (index and is_source_line(block.text, result[index - 1].kind))
        ):
            result[index] = replace(block, kind=BlockKind.CAPTION)
    if not any(block.kind == BlockKind.HEADING for block in result):
        for index, block in enumerate(result):
            if block.kind == BlockKind.PARAGRAPH and block.bold and _short_line(block.text):
                result[index] = replace(block, kind=BlockKind.HEADING, level=None)
    return tuple(result)


def _mark_after_contents_title(blocks: list[Block]) -> None:
    """Mark as CONTENTS the lines under a "Contents" title on its page that each carry a page number and end as
    no sentence does: a typed contents list whose page numbers a PDF gives apart from their entries ("1 Task 1 –
    part b", the number of the entry above), which no dot leaders or tabs show to be one."""
    for index, block in enumerate(blocks):
        # A title marked already heads entries the rules above found.
        if block.kind not in _REWRITABLE or block.page is None or not _CONTENTS_TITLE.match(block.text):
            continue
        following = index + 1
        entries_are_headings = following < len(blocks) and blocks[following].kind is BlockKind.HEADING
        seen: set[str] = set()
        # The report's own headings may follow on the page: the first set as a heading where the entries are
        # not, or repeating an entry, ends the list.
        while following < len(blocks) and _numbered_entry(blocks[following], block.page):
            entry = blocks[following]
            key = " ".join(_PAGE_NUMBER_AROUND.sub("", entry.text).split()).casefold()
            heading = entry.kind is BlockKind.HEADING and not entries_are_headings
            if key in seen or (heading and following > index + 1):
                break
            seen.add(key)
            blocks[following] = replace(entry, kind=BlockKind.CONTENTS, level=None)
            following += 1
        if following > index + 1:
            blocks[index] = replace(block, kind=BlockKind.CONTENTS, level=None)


def _numbered_entry(block: Block, page: int) -> bool:
    text = block.text.strip()
    return (
        block.kind in _REWRITABLE
        and block.page == page
        and (any(character.isdigit() for character in text) or _ROMAN_PAGE.match(text) is not None)
        and not text.endswith((".", "!", "?"))
        and len(text.split()) <= _MAX_ENTRIES_WORDS
    )


_MAX_ENTRIES_WORDS = 80  # entries run together into one line in a PDF, a few of them at most


_ROMAN_PAGE = re.compile(r"^[ivxlc]{1,6}$", re.IGNORECASE)
# A page number before an entry (the entry above's, in a PDF) or after its dot leaders or tab.
_PAGE_NUMBER_AROUND = re.compile(r"^\s*\d{1,3}\s+|\s*(?:\.{2,}|…+|\t)\s*\S+\s*$")


def _short_line(text: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped) <= MAX_BOLD_HEADING_CHARS
        and len(stripped.split()) <= MAX_BOLD_HEADING_WORDS
        and "\n" not in stripped
        and not stripped.endswith((".", ",", ";"))
    )


def _mark_contents(blocks: list[Block]) -> None:
    tab_like = [block.kind in _REWRITABLE and _is_tab_entry(block.text) for block in blocks]
    for index, block in enumerate(blocks):
        if block.kind not in _REWRITABLE:
            continue
        neighbours = (index > 0 and tab_like[index - 1]) or (index + 1 < len(blocks) and tab_like[index + 1])
        if is_contents_entry(block.text) or (tab_like[index] and neighbours):
            blocks[index] = replace(block, kind=BlockKind.CONTENTS, level=None)
    for index in range(1, len(blocks) - 1):
        block = blocks[index]
        # An entry wrapped over two lines: its first line ends in no page number, between two entries.
        if (
            block.kind in _REWRITABLE
            and blocks[index - 1].kind == BlockKind.CONTENTS
            and blocks[index + 1].kind == BlockKind.CONTENTS
            and _short_line(block.text)
        ):
            blocks[index] = replace(block, kind=BlockKind.CONTENTS, level=None)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            following is not None
            and following.kind == BlockKind.CONTENTS
            and block.kind in _REWRITABLE
            and _CONTENTS_TITLE.match(block.text)
        ):
            blocks[index] = replace(block, kind=BlockKind.CONTENTS, level=None)
    _mark_after_contents_title(blocks)
