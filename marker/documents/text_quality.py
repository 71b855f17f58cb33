"""Telling when a PDF page's extracted text cannot be counted: warnings instead of silent under-counts.

A PDF may place each word (or each letter) by position instead of separating words with spaces, give its
glyphs no Unicode meaning, or (pages cropped from one shared content stream) hold the same text on several
pages. Counting such text gives figures far from Word's; the checks say which pages are affected instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marker.documents.model import TextQualityCode, TextWarning

_PRIVATE_OR_REPLACEMENT = re.compile(r"[\ue000-\uf8ff\ufffd]|\(cid:\d+\)")
_BULLET_GLYPHS = frozenset("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8")
# ASCII bytes that are letters or digits (str.isalnum), and those that are not 0-9 or a-z: deleted by
# bytes.translate, the counts and keys below take a C pass over a page instead of one Python call a character
_ALNUM_BYTES = bytes(code for code in range(128) if chr(code).isalnum())
_NOT_KEY_BYTES = bytes(code for code in range(128) if not ("0" <= chr(code) <= "9" or "a" <= chr(code) <= "z"))
_MIN_TOKENS = 30  # pages with fewer words say too little to judge
_LONG_TOKEN = 25  # characters: no English word in a report is longer (bar URLs)
_DUPLICATE_MIN_CHARS = 200
# A contents page's dot leaders ("Overview........MS-2") are layout, not words run together.
_LEADER = re.compile(r"(?:\.\s?){3,}|…{2,}|_{3,}|(?:-\s?){3,}|(?:·\s?){3,}")


def unswap_utf16(text: str) -> str:
    """Text whose producer wrote each UTF-16 character's two bytes the wrong way round, put right.

    "Multicolor" then comes out as "䴀甀氀琀椀挀漀氀漀爀": every character is U+XX00 with XX a printable ASCII
    character, read as CJK and counted as one word each. A line made only of such characters (six or more) is
    not Chinese or Japanese text (a few common ones have that form, as 一 and 开 do, but never whole lines of
    them); other text is returned unchanged.
    """
    swapped = 0
    for ch in text:
        code = ord(ch)
        if code < 0x80 and ch in " \t\r\n":
            continue
        if code & 0xFF or not 0x20 <= code >> 8 <= 0x7E:
            return text
        swapped += 1
    if swapped < 6:
        return text
    return "".join(chr(ord(ch) >> 8) if ord(ch) > 0xFF else ch for ch in text)


def page_warnings(page_texts: Sequence[str]) -> tuple[TextWarning, ...]:
    """The text-quality warnings for a document, from each page's text (1-based pages in the warnings)."""
    found: dict[TextQualityCode, list[int]] = {}
    seen: dict[str, int] = {}
    for number, text in enumerate(page_texts, start=1):
        for code in _problems(text):
            found.setdefault(code, []).append(number)
        key = _page_key(text)
        if len(key) >= _DUPLICATE_MIN_CHARS:
            if key in seen:
                pages = found.setdefault("duplicated_page_text", [])
                pages.extend(page for page in (seen[key], number) if page not in pages)
            else:
                seen[key] = number
    return tuple(TextWarning(code, tuple(sorted(pages))) for code, pages in found.items())


def _page_key(text: str) -> str:
    """The page's text lowercased with all but 0-9 and a-z left out: equal for pages that hold the same text."""
    return text.lower().encode("ascii", "ignore").translate(None, _NOT_KEY_BYTES).decode("ascii")


def _letters(text: str) -> int:
    """How many letters and digits (``str.isalnum``) the text holds."""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ALNUM_BYTES))
    return sum(map(str.isalnum, text))  # True counts 1


def _problems(text: str) -> list[TextQualityCode]:
    problems: list[TextQualityCode] = []
    if "..." in text or "…" in text or "___" in text or "---" in text or "·" in text:
        text = _LEADER.sub(" ", text)
    tokens = text.split()
    if "http" in text or "www." in text:
        tokens = [token for token in tokens if not token.startswith(("http", "www."))]
    letters = _letters(text)
    if not text.isascii():
        odd = sum(1 for match in _PRIVATE_OR_REPLACEMENT.finditer(text) if match.group() not in _BULLET_GLYPHS)
        if odd and odd >= max(3, 0.02 * (letters + odd)):
            problems.append("unmapped_glyphs")
    if len(tokens) < _MIN_TOKENS and letters < 400:
        if tokens and letters >= 200 and sum(len(t) for t in tokens if len(t) > _LONG_TOKEN) > 0.5 * letters:
            problems.append("no_spaces")  # a page of text in a handful of "words"
        return problems
    # The tokens' lengths are taken in one C pass; the Python passes below run only on the rare pages that
    # hold a long token, or more one-character tokens than the letter-spaced test can let by.
    lengths = list(map(len, tokens))
    long_chars = 0
    if max(lengths, default=0) > _LONG_TOKEN:
        long_chars = sum(length for length in lengths if length > _LONG_TOKEN)
    if letters and long_chars > 0.3 * letters:
        problems.append("no_spaces")
    if lengths.count(1) > 0.4 * len(tokens):
        single = sum(1 for token in tokens if len(token) == 1 and token.isalpha() and token not in "aAI")
        if single > 0.4 * len(tokens):
            problems.append("letter_spaced")
    return problems
