"""A PDF's lines with their font facts, from pdfium (through pypdfium2): the text engine for PDFs.

pdfium reads text as a viewer lays it out: it puts spaces where words are separated by position rather than
by space characters, keeps letters placed one by one together, and reads only what lies inside each page's
crop box. For every character it gives the font size and name (so weight) and the position, from which
each line's size, weight and place on the page are taken. Tables and boxes are found in the same pass
(``pdf_boxes``). It is also many times faster than a pure-Python parser.
"""

from __future__ import annotations

import ctypes
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from marker.documents.pdf_boxes import Region, regions_of_page

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_NO_UNICODE = "\ufffd"
# A dense A4 page holds about 5,000 characters. A page with many times that is not a report's page: the
# file goes to pypdf's extraction, under the read's time and memory limits, rather than a character-by-
# character walk here.
MAX_PAGE_CHARS = 60_000


class _TooMuchText(Exception):
    """A page holds more characters than a report's page can."""


@dataclass
class RawLine:
    """One line as pdfium gave it: its text, letters in bold and not, letters per font size, start point."""

    text: list[str] = field(default_factory=list)
    bold_chars: int = 0
    plain_chars: int = 0
    size_chars: Counter[float] = field(default_factory=Counter)
    x: float | None = None
    y: float | None = None
    end_x: float | None = None  # where the line's last letter starts: how far across the page the line reaches
    hyphen_apart: bool = False  # ends in a hyphen drawn apart from its word, as LibreOffice draws those it adds


def available() -> bool:
    """Whether pypdfium2 is installed."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def page_count(data: bytes) -> int | None:
    """The number of pages pdfium finds (repairing what a viewer repairs), None when it cannot open the file
    (damaged beyond repair, or protected by a password)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except Exception:
        return None
    try:
        return len(document)
    finally:
        document.close()


def extract(data: bytes, page_count: int) -> tuple[list[list[RawLine]], list[list[Region]]] | None:
    """Each page's lines and regions, or None when pdfium cannot read the file, or any page of it, or a page
    holds more text than a report's page can (the caller falls back to pypdf)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # pdfium refuses what pypdf may still repair
        return None
    pages: list[list[RawLine]] = []
    regions: list[list[Region]] = []
    try:
        if len(document) != page_count:
            return None  # the two parsers disagree about the file: trust neither's text layout
        for index in range(page_count):
            page = document[index]
            try:
                pages.append(_page_lines(page))
                regions.append(regions_of_page(page))
            finally:
                page.close()
    except MemoryError:
        raise
    except Exception:  # a page pdfium cannot read (or one too full of text): pypdf reads the file instead
        return None
    finally:
        document.close()
    return pages, regions


def _page_lines(page: Any) -> list[RawLine]:
    import pypdfium2.raw as pdfium_c

    # pdfium is asked six things about every character of the page: the functions, their output arguments and
    # the rounding of sizes are looked up once here rather than once a character (a third of the read).
    get_unicode, is_generated, has_map_error, get_text_object = _per_character_functions()
    get_font_size = pdfium_c.FPDFText_GetFontSize
    get_font_info = pdfium_c.FPDFText_GetFontInfo
    get_char_origin = pdfium_c.FPDFText_GetCharOrigin
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        count = pdfium_c.FPDFText_CountChars(raw)
        if count > MAX_PAGE_CHARS:
            raise _TooMuchText
        lines = [RawLine()]
        x = ctypes.c_double()
        y = ctypes.c_double()
        x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
        name = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        flags_ref = ctypes.byref(flags)
        bold_by_name: dict[bytes, bool] = {}
        rounded: dict[float, float] = {}
        last_object: int | None = None  # the text object of the last character asked about its font
        size = 0.0
        bold = False
        broke = True  # a line was just started: a line break here starts no other
        line = lines[-1]
        append = line.text.append
        needs_origin = True  # the line's start point is not known yet
        # Letters of the current run (same line, same text object, so same size and weight), added to the
        # line's counts when the run ends: one addition a run rather than three a character.
        run = 0
        last_letter = -1  # the index of the line's last letter so far: its origin is asked once, at the line's end
        previous_letter = -1
        line_start = -1  # the index of the line's first character: each index after it gives one of its characters
        shuffled = False  # a text object of the line starts left of the letter before it: see ``_in_reading_order``

        def ended(line: RawLine) -> None:
            if run:
                _count_run(line, size, bold, run)
            if last_letter >= 0 and get_char_origin(raw, last_letter, x_ref, y_ref):
                line.end_x = x.value
            if shuffled and line_start >= 0:
                line.text = _in_reading_order(raw, line.text, line_start, size)
            if line.text[-1:] == ["-"] and previous_letter >= 0 and get_unicode(raw, last_letter) == 45:
                apart = get_text_object(raw, last_letter) != get_text_object(raw, previous_letter)
                _hyphen_at_end(line, apart, is_generated(raw, last_letter - 1) == 1)

        for index in range(count):
            code = get_unicode(raw, index)
            if code == 13 or code == 10:
                if not broke:
                    ended(line)
                    last_letter, line_start, shuffled, run = -1, -1, False, 0
                    line = RawLine()
                    lines.append(line)
                    append = line.text.append
                    needs_origin = True
                broke = True
                continue
            if code == 2:
                # pdfium's mark for a hyphen ending a line, typed, soft or added by automatic hyphenation
                # alike, given instead of the line break: kept, the line ended here, and the reader joins the
                # word across the lines, with the hyphen or without (see ``hyphen_apart``).
                append("-")
                line.hyphen_apart = last_letter >= 0 and get_text_object(raw, index) != get_text_object(
                    raw, last_letter
                )
                if line_start < 0:
                    line_start = index
                ended(line)
                last_letter, line_start, shuffled, run = -1, -1, False, 0
                line = RawLine()
                lines.append(line)
                append = line.text.append
                needs_origin = True
                broke = True
                continue
            broke = False
            if line_start < 0:
                line_start = index
            char = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF else _NO_UNICODE
            if char.isspace() or is_generated(raw, index) == 1:
                append(char)
                continue
            previous_letter, last_letter = last_letter, index
            if has_map_error(raw, index) == 1:
                # The font gives this glyph no Unicode meaning: pdfium passes on its code, which reads as a
                # plausible letter. Marked, so the page is reported rather than counted as if it were text.
                char = _NO_UNICODE
            append(char)
            # A character's font and size are its text object's: asked again only when the object changes.
            text_object = get_text_object(raw, index)
            if text_object != last_object or text_object is None:
                if run:
                    _count_run(line, size, bold, run)
                    run = 0
                last_object = text_object
                if previous_letter >= 0 and not shuffled:
                    shuffled = _starts_behind(raw, previous_letter, index)
                raw_size = get_font_size(raw, index)
                found_size = rounded.get(raw_size)
                if found_size is None:
                    found_size = rounded[raw_size] = round(raw_size, 1)
                size = found_size
                get_font_info(raw, index, name, 128, flags_ref)
                font = name.value
                found_bold = bold_by_name.get(font)
                if found_bold is None:
                    found_bold = bold_by_name[font] = _BOLD_FONT.search(font.decode("latin-1")) is not None
                bold = found_bold
            run += 1
            if needs_origin and get_char_origin(raw, index, x_ref, y_ref):
                line.x, line.y = x.value, y.value
                needs_origin = False
        ended(line)
        return _inside_crop_box(page, lines)
    finally:
        textpage.close()


def _hyphen_at_end(line: RawLine, apart: bool, space_generated: bool) -> None:
    """A line ending in a hyphen pdfium did not mark as one (``apart``: drawn in a text object of its own, not
    its word's). In justified text pdfium may put a space before such a hyphen, where the line was stretched
    (``space_generated``): the word was not broken there, so the space is dropped."""
    line.hyphen_apart = apart
    if apart and space_generated and line.text[-2:-1] == [" "]:
        del line.text[-2]


def _count_run(line: RawLine, size: float, bold: bool, letters: int) -> None:
    """Add a run of letters of one size and weight to its line's counts."""
    line.size_chars[size] += letters
    if bold:
        line.bold_chars += letters
    else:
        line.plain_chars += letters


def _starts_behind(raw: Any, previous: int, index: int) -> bool:
    """Whether a character lies left of the letter before it on the same line: glyphs a PDF writer drew apart
    from their word (LibreOffice draws letters its font lacks, "ư" and "ơ" in "Dương", from a fallback font
    after the rest of the line), which pdfium then gives at the line's end."""
    import pypdfium2.raw as pdfium_c

    before_x, before_y, x, y = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    if not pdfium_c.FPDFText_GetCharOrigin(raw, previous, ctypes.byref(before_x), ctypes.byref(before_y)):
        return False
    if not pdfium_c.FPDFText_GetCharOrigin(raw, index, ctypes.byref(x), ctypes.byref(y)):
        return False
    return x.value < before_x.value - 0.5 and abs(y.value - before_y.value) < 2.0


def _in_reading_order(raw: Any, text: list[str], start: int, size: float) -> list[str]:
    """A line's characters (from index ``start``) ordered by where they stand, left to right; a space pdfium
    put where a glyph drawn apart now stands (no gap left around it) is dropped."""
    import pypdfium2.raw as pdfium_c

    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    boxes: list[tuple[float, float, int, str]] = []
    for offset, char in enumerate(text):
        refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
        if not pdfium_c.FPDFText_GetCharBox(raw, start + offset, *refs):
            return text
        boxes.append((left.value, right.value, offset, char))
    boxes.sort(key=lambda box: (box[0], box[2]))
    kept: list[str] = []
    for position, (*_, char) in enumerate(boxes):
        if char.isspace():
            before = next((b for b in reversed(boxes[:position]) if not b[3].isspace()), None)
            after = next((b for b in boxes[position + 1 :] if not b[3].isspace()), None)
            if before is not None and after is not None and after[0] - before[1] < 0.15 * (size or 10.0):
                continue
        kept.append(char)
    return kept


@functools.cache
def _per_character_functions() -> tuple[Any, Any, Any, Any]:
    """pdfium's FPDFText_GetUnicode, _IsGenerated, _HasUnicodeMapError and _GetTextObject with plain C types
    (the text page as a void pointer, the object's address as an int, None for none): a third cheaper a call
    than through pypdfium2's typed pointers, and the object compares as a number."""
    import pypdfium2.raw as pdfium_c

    def plain(function: Any, result: Any) -> Any:
        prototype = ctypes.CFUNCTYPE(result, ctypes.c_void_p, ctypes.c_int)
        address = ctypes.cast(function, ctypes.c_void_p).value
        if address is None:
            raise OSError("pdfium function without an address")
        return prototype(address)

    return (
        plain(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint),
        plain(pdfium_c.FPDFText_IsGenerated, ctypes.c_int),
        plain(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int),
        plain(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p),
    )


def _inside_crop_box(page: Any, lines: list[RawLine]) -> list[RawLine]:
    """The lines that start inside the page's crop box: what a viewer shows. Pages cut from one shared
    content stream (each cropping a part of it) would otherwise each hold all of its text."""
    import pypdfium2.raw as pdfium_c

    # The page's visible box (crop box within media box), with boxes inherited from the page tree applied;
    # pypdfium2's get_cropbox() reads only the page's own entry and falls back to US Letter.
    box = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page.raw, ctypes.byref(box)):
        return lines
    left, bottom, right, top = box.left, box.bottom, box.right, box.top
    return [
        line
        for line in lines
        if line.x is None or line.y is None or (left - 2 <= line.x <= right + 2 and bottom - 2 <= line.y <= top + 2)
    ]
