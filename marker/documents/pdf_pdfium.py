"""A PDF's lines with their font facts, from pdfium (through pypdfium2): the text engine for PDFs.

pdfium reads text as a viewer lays it out: it puts spaces where words are separated by position rather than
by space characters, keeps letters placed one by one together, and reads only what lies inside each page's
crop box. It gives each character's font size and name (so weight) and position, from which each line's
size, weight and place on the page are taken. Tables and boxes are found in the same pass (``pdf_boxes``).

Asking pdfium about every character through ctypes cost ten times pypdfium2's bare text extraction, so a page
is read a run at a time (``lines_by_run``: its text in one call, a few questions per run of letters), and a
character at a time (``_lines_by_character``, the reference) only where that reading's assumptions fail.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from marker.documents.pdf_boxes import Region, plain_c_function, regions_of_page, unchecked_c_function

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC_FONT = re.compile(r"italic|oblique", re.IGNORECASE)
_BOLD, _ITALIC = 1, 2  # a font's style: bits of one int, looked up once per font


def _font_style(name: str) -> int:
    return (_BOLD if _BOLD_FONT.search(name) else 0) | (_ITALIC if _ITALIC_FONT.search(name) else 0)


_NO_UNICODE = "\ufffd"
# A dense A4 page holds about 5,000 characters. A page with many times that is not a report's page: the
# file goes to pypdf's extraction, under the read's time and memory limits, rather than a character-by-
# character walk here.
MAX_PAGE_CHARS = 60_000


class _TooMuchText(Exception):
    """A page holds more characters than a report's page can."""


@dataclass(slots=True)
class RawLine:
    """One line as pdfium gave it: its text, letters in bold and not, letters per font size, start point."""

    text: str = ""
    bold_chars: int = 0
    plain_chars: int = 0
    size_chars: dict[float, int] = field(default_factory=dict)  # a plain dict: cheaper to make than a Counter
    x: float | None = None
    y: float | None = None
    end_x: float | None = None  # where the line's last letter starts: how far across the page the line reaches
    hyphen_apart: bool = False  # ends in a hyphen drawn apart from its word, as LibreOffice draws those it adds
    bold_lead: int = 0  # letters in bold before the first that is not: a label set in bold ("Task 1 (a)")
    italic_chars: int = 0
    # for a line that opens with a list's number ("1.", "(2)"): where its last character and the text after it
    # start (see ``pdf._automatic_number``)
    number_end_x: float | None = None
    after_number_x: float | None = None
    # for a line whose text objects stand apart, further than words do (a borderless table's row, columns set
    # with tabs): each piece's first letter's and last letter's starts, left to right; None for one piece
    cells: list[tuple[float, float]] | None = None


# four characters or more standing alone, one space apart: letters of words set with expanded spacing
_LETTER_SPACED = re.compile(r"(?<!\S)\S(?: \S){3,}(?!\S)")
_WORD_GAP = 0.2  # font sizes: a gap between letters standing apart wider than the narrowest by this is a word's
_CELL_GAP = 2.0  # font sizes from one piece's last letter's start to the next's first: cells, not words


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
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # pdfium refuses what pypdf may still repair
        return None
    pages: list[list[RawLine]] = []
    regions: list[list[Region]] = []
    try:
        if len(document) != page_count:
            return None  # the two parsers disagree about the file: trust neither's text layout
        by_run = not _right_to_left(document)
        for index in range(page_count):
            # pdfium's own page handle, closed here before the document: pypdfium2's page and text page objects
            # (finalizers, parent links) cost as much Python as a page's reading by runs saves.
            page = pdfium_c.FPDF_LoadPage(document.raw, index)
            if not page:
                return None  # a page pdfium cannot load: pypdf reads the file instead
            try:
                pages.append(_page_lines(page, by_run=by_run))
                regions.append(regions_of_page(page))
            finally:
                pdfium_c.FPDF_ClosePage(page)
    except MemoryError:
        raise
    except Exception:  # a page pdfium cannot read (or one too full of text): pypdf reads the file instead
        return None
    finally:
        document.close()
    return pages, regions


def _page_lines(page: Any, *, by_run: bool = True) -> list[RawLine]:
    """The lines inside the crop box of a page (pdfium's page handle): read a run at a time (``by_run``, see
    ``lines_by_run``) where the page allows it, else a character at a time."""
    import pypdfium2.raw as pdfium_c

    raw = pdfium_c.FPDFText_LoadPage(page)
    if not raw:
        raise OSError("pdfium cannot read the page's text")
    try:
        count = pdfium_c.FPDFText_CountChars(raw)
        if count > MAX_PAGE_CHARS:
            raise _TooMuchText
        lines = lines_by_run(raw, count) if by_run else None
        if lines is None:
            lines = _lines_by_character(raw, count)
        return _inside_crop_box(page, lines)
    finally:
        pdfium_c.FPDFText_ClosePage(raw)


def _right_to_left(document: Any) -> bool:
    """Whether the document asks viewers to read it right to left (its viewer preferences' /Direction R2L):
    pdfium then reorders each line's neutral characters, and a text object's letters may not stay together."""
    import pypdfium2.raw as pdfium_c

    buffer = ctypes.create_string_buffer(16)
    length = pdfium_c.FPDF_VIEWERREF_GetName(document.raw, b"Direction", buffer, len(buffer))
    return length > 0 and buffer.value.strip().upper() == b"R2L"


class _CannotReadByRun(Exception):
    """The page breaks an assumption of ``lines_by_run``: it is read a character at a time instead."""


# Breaks between lines in pdfium's text: generated line breaks, and the mark of a hyphen ending a line (U+FFFE
# in the text, code 2 from FPDFText_GetUnicode), with the line breaks after it. One character class first, so
# that the search skips to the next break in C rather than trying a match at every character.
_LINE_BREAK = re.compile("[\r\n\ufffe][\r\n]*")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, ..., their presentation forms) and the
# right-to-left marks: pdfium reverses the order of such stretches of a line, so a text object's letters may no
# longer lie together.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def lines_by_run(raw: Any, count: int) -> list[RawLine] | None:
    """The text page's lines, as ``_lines_by_character`` reads them, from pdfium's text in one call and a few
    questions per run of letters instead of six per character; None for a page it cannot read so (the caller
    reads it a character at a time).

    What it relies on (pdfium's text page, ``core/fpdftext/cpdf_textpage.cpp``): the text pdfium gives at once
    holds one character per character index unless a control character was left out (the lengths then differ);
    only spaces and line breaks are generated, so every other character is a letter of a text object; and a
    text object's letters follow one another, bar right-to-left text (left to the character reading), so the
    runs of a line are found by asking a few letters their object. Whether a glyph has no Unicode meaning is asked
    once per font and character on the page (where it first stands): a font that gave one code a letter's meaning
    and left another code, whose number is that letter's, without one would be read differently (no such font is
    known). ``benchmarks/pdf_run_reading.py`` compares both readings on the corpora.
    """
    text = _page_text(raw, count)
    if text is None or (not text.isascii() and _RIGHT_TO_LEFT.search(text)):
        return None
    try:
        return _RunReader(raw, text).lines()
    except _CannotReadByRun:
        return None


def _line_breaks(text: str) -> list[tuple[int, int]]:
    """Where each break between lines (``_LINE_BREAK``) starts and ends. Most pages hold only pdfium's own
    breaks, "\\r\\n", found then by plain search rather than by the pattern's test of every character (breaks
    right after one another come apart, one at a time: a break right after another starts no line either way).
    """
    rest = text.replace("\r\n", "")
    if "\ufffe" not in text and "\r" not in rest and "\n" not in rest:
        breaks = []
        end = text.find("\r\n")
        while end >= 0:
            breaks.append((end, end + 2))
            end = text.find("\r\n", end + 2)
        return breaks
    return [(match.start(), match.end()) for match in _LINE_BREAK.finditer(text)]


def _page_text(raw: Any, count: int) -> str | None:
    """The page's text with one character per character index, code 2 (a hyphen ending a line) as U+FFFE and
    characters that are no code point as U+FFFD; None when pdfium's text does not match its characters."""
    import pypdfium2.raw as pdfium_c

    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    if pdfium_c.FPDFText_GetText(raw, 0, count, buffer) != count + 1:
        return None  # a control character pdfium leaves out of its text, or a character beyond 16 bits
    text = ctypes.string_at(buffer, 2 * count).decode("utf-16-le", "surrogatepass")
    if len(text) != count:
        return None
    if "\ufffe" in text:
        # pdfium's text has U+FFFE for a hyphen ending a line (code 2), and for a glyph of code 0, which pdfium
        # otherwise leaves out of its text (the lengths then differ): make sure it is the hyphen
        get_unicode = _per_character_functions()[0]
        start = text.find("\ufffe")
        while start >= 0:
            if get_unicode(raw, start) != 2:
                return None
            start = text.find("\ufffe", start + 1)
    if not text.isascii() and _SURROGATE.search(text):
        text = _SURROGATE.sub(_NO_UNICODE, text)
    return text


# A list's number or letter ("1.", "(2)", "b)", "iii."), or Word's second-level bullet "o", and the spaces after it,
# opening a line: where it ends is asked of pdfium here, and ``pdf`` takes it off an automatic list's item.
LIST_NUMBER = re.compile(r"(?:\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})[.)]|o)\s+(?=\S)")
_NUMBER_OPENERS = frozenset("(0123456789abcdefghijklmnopqrstuvwxyz")


class _RunReader:
    """One text page read a line and a run of letters at a time (see ``lines_by_run``)."""

    def __init__(self, raw: Any, text: str) -> None:
        import pypdfium2.raw as pdfium_c

        self.raw = raw  # the text page, passed as this pointer object to the functions without argument types
        self.text = text
        _, self.is_generated, self.has_map_error, self.get_text_object = _per_character_functions()
        self.get_font, self.get_font_size, self.get_char_origin = _per_run_functions()
        self.get_font_info = pdfium_c.FPDFText_GetFontInfo
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.x_ref, self.y_ref = ctypes.byref(self.x), ctypes.byref(self.y)
        self.rounded: dict[float, float] = {}
        self.style_by_font: dict[int, int] = {}
        # each font's runs on the page (fonts live as long as the page): line, its first index, run's first and last
        self.runs_by_font: dict[int, list[tuple[RawLine, int, int, int]]] = {}
        self.shuffled: list[tuple[RawLine, int, float]] = []  # lines to put in reading order: line, start, size
        # lines whose last letter is a hyphen: line, that letter, whether the letter before it (there is one) lies
        # in another text object (see ``_hyphen_at_end``)
        self.hyphen_ends: list[tuple[RawLine, int, bool]] = []
        self.spaced: list[tuple[RawLine, int]] = []  # lines with letters standing apart, and where each starts
        self.get_char_box = pdfium_c.FPDFText_GetCharBox
        # carried from line to line, as the character reading does: the last run's object, size and weight
        self.last_object: int | None = None
        self.font = 0  # the last run's object's font
        self.size = 0.0
        self.style = 0

    def lines(self) -> list[RawLine]:
        text = self.text
        lines = [RawLine()]
        start = 0
        for end, after in _line_breaks(text):
            hyphen = text[end] == "\ufffe"
            if hyphen or end > start:  # a line break right after another (or at the top) starts no line
                self.fill(lines[-1], start, end, hyphen)
                lines.append(RawLine())
            start = after
        self.fill(lines[-1], start, len(text), False)
        self.mark_unmapped()
        for line, start, size in self.shuffled:
            line.text = _in_reading_order(self.raw, line.text, start, size)
        for line, last, apart in self.hyphen_ends:
            if line.text[-1:] == "-":
                _hyphen_at_end(line, apart, apart and self.is_generated(self.raw, last - 1) == 1)
        for line, start in self.spaced:
            line.text = self.unspaced(line.text, start)
        return lines

    def unspaced(self, text: str, start: int) -> str:
        """A line's text (from ``start`` on the page) with the spaces pdfium put between the letters of words set
        with expanded letter spacing ("T A S K 1 ( B )", a heading in spaced small capitals) taken out. Only
        spaces pdfium made, between characters standing alone, go: those no wider than the narrowest such gap
        by a fifth of the type's size. Wider gaps are the words'."""
        if self.text[start : start + len(text)] != text.removesuffix("-"):
            return text  # put in reading order since: leave it
        raw = self.raw
        drop: set[int] = set()
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        refs = [ctypes.byref(value) for value in (left, right, bottom, top)]
        for found in _LETTER_SPACED.finditer(text):
            gaps = []
            for index in range(found.start() + 1, found.end(), 2):  # each space between two characters
                if self.is_generated(raw, start + index) != 1 or not self.get_char_box(raw, start + index - 1, *refs):
                    continue
                end_before = right.value
                if self.get_char_box(raw, start + index + 1, *refs):
                    gaps.append((index, left.value - end_before, self.get_font_size(raw, start + index + 1)))
            if gaps:
                narrowest = min(gap for _, gap, _ in gaps)
                drop.update(index for index, gap, size in gaps if gap <= narrowest + _WORD_GAP * size)
        return "".join(character for index, character in enumerate(text) if index not in drop)

    def fill(self, line: RawLine, start: int, end: int, hyphen: bool) -> None:
        """Give ``line`` the characters from ``start`` to ``end`` (and a hyphen ending it) with their facts."""
        text = self.text
        segment = text[start:end]
        line.text = segment + "-" if hyphen else segment
        if _LETTER_SPACED.search(segment):
            self.spaced.append((line, start))
        letters_from = segment.lstrip()
        if not letters_from:
            return
        first = end - len(letters_from)
        last = first + len(letters_from.rstrip()) - 1
        raw = self.raw
        get_text_object = self.get_text_object
        first_object = get_text_object(raw, first)
        last_object = get_text_object(raw, last)
        if not first_object or not last_object:
            raise _CannotReadByRun  # a letter of no text object: each is then a run of its own
        if first_object == last_object:
            # one run, the line's letters: its characters less its spaces (a printable line has no other space)
            letters = len(segment) - segment.count(" ") if segment.isprintable() else sum(map(len, segment.split()))
            self.add_run(line, start, first, last, letters, first_object)
            shuffled = False
            if text[last] == "-" and letters > 1:
                self.hyphen_ends.append((line, last, False))  # its letters all lie in one object
        else:
            shuffled = self.add_runs(line, start, first, last, first_object, last_object)
        if hyphen:  # whether pdfium's mark of a hyphen ending the line lies in another object than the last letter
            line.hyphen_apart = get_text_object(raw, end) != last_object
        x, get_char_origin, x_ref, y_ref = self.x, self.get_char_origin, self.x_ref, self.y_ref
        if get_char_origin(raw, first, x_ref, y_ref):
            line.x, line.y = x.value, self.y.value
        if get_char_origin(raw, last, x_ref, y_ref):
            line.end_x = x.value
        if (
            letters_from[:1] in _NUMBER_OPENERS
            and (number := LIST_NUMBER.match(letters_from))
            and get_char_origin(raw, first + len(number.group().rstrip()) - 1, x_ref, y_ref)
        ):
            line.number_end_x = x.value
            if get_char_origin(raw, first + number.end(), x_ref, y_ref):
                line.after_number_x = x.value
        if shuffled:
            self.shuffled.append((line, start, self.size))

    def add_runs(self, line: RawLine, start: int, first: int, last: int, first_object: int, last_object: int) -> bool:
        """Add the runs of a line whose first and last letters lie in different objects; whether a run starts
        left of the letter before it (the line is then put in reading order)."""
        text = self.text
        letters = [index for index in range(first, last + 1) if not text[index].isspace()]
        shuffled = False
        previous_last = -1
        runs = self.runs(letters, first_object, last_object)
        for run_first, run_last, count, text_object in runs:
            if previous_last >= 0 and not shuffled:  # every run but the first starts a new text object
                shuffled = _starts_behind(self.raw, previous_last, run_first)
            self.add_run(line, start, run_first, run_last, count, text_object)
            previous_last = run_last
        if text[last] == "-":  # the letter before it lies in the last run, or ends the run before
            self.hyphen_ends.append((line, last, runs[-1][2] == 1))
        line.cells = self.cells(runs)
        return shuffled

    def cells(self, runs: list[tuple[int, int, int, int]]) -> list[tuple[float, float]] | None:
        """The pieces of a line of several runs that stand apart further than words do, left to right (see
        ``RawLine.cells``); None when they all run on as one piece."""
        raw, get_char_origin, x, x_ref, y_ref = self.raw, self.get_char_origin, self.x, self.x_ref, self.y_ref
        spans: list[tuple[float, float]] = []
        for run_first, run_last, _, _ in runs:
            if not get_char_origin(raw, run_first, x_ref, y_ref):
                return None
            first_x = x.value
            if not get_char_origin(raw, run_last, x_ref, y_ref):
                return None
            spans.append((first_x, x.value))
        spans.sort()
        gap = _CELL_GAP * self.size
        cells = [spans[0]]
        for first_x, last_x in spans[1:]:
            if first_x - cells[-1][1] > gap:
                cells.append((first_x, last_x))
            else:
                cells[-1] = (cells[-1][0], max(cells[-1][1], last_x))
        return cells if len(cells) > 1 else None

    def add_run(self, line: RawLine, start: int, first: int, last: int, letters: int, text_object: int) -> None:
        """Count a run's letters by size and weight (its object's font and size, asked when the object is not the
        last run's) and keep it with its font for ``mark_unmapped``."""
        if text_object == self.last_object:
            font = self.font
        else:
            font = self.get_font(text_object)
            if not font:
                raise _CannotReadByRun
            self.last_object, self.font = text_object, font
            raw_size = self.get_font_size(self.raw, first)
            size = self.rounded.get(raw_size)
            if size is None:
                size = self.rounded[raw_size] = round(raw_size, 1)
            self.size = size
            style = self.style_by_font.get(font)
            if style is None:
                name = ctypes.create_string_buffer(128)
                self.get_font_info(self.raw, first, name, 128, None)
                style = self.style_by_font[font] = _font_style(name.value.decode("latin-1"))
            self.style = style
        _count_run(line, self.size, self.style, letters)
        runs = self.runs_by_font.get(font)
        if runs is None:
            runs = self.runs_by_font[font] = []
        runs.append((line, start, first, last))

    def runs(self, letters: list[int], first_object: int, last_object: int) -> list[tuple[int, int, int, int]]:
        """The runs of a line's letters (indices): first and last letter, how many, text object. Each run's
        end is found by asking letters at doubling distances, then halving (a text object's letters lie
        together)."""
        asked = {0: first_object, len(letters) - 1: last_object}

        def object_of(position: int) -> int:
            found = asked.get(position)
            if found is None:
                found = asked[position] = self.get_text_object(self.raw, letters[position])
                if not found:
                    raise _CannotReadByRun
            return found

        runs: list[tuple[int, int, int, int]] = []
        end = len(letters) - 1
        low = 0
        while True:
            text_object = object_of(low)
            if object_of(end) == text_object:
                runs.append((letters[low], letters[end], end - low + 1, text_object))
                break
            same, step = low, 1
            while low + step < end and object_of(low + step) == text_object:
                same, step = low + step, step * 2
            other = min(low + step, end)
            while other - same > 1:
                middle = (same + other) // 2
                if object_of(middle) == text_object:
                    same = middle
                else:
                    other = middle
            runs.append((letters[low], letters[same], same - low + 1, text_object))
            low = other
        if len({run[3] for run in runs}) != len(runs):
            raise _CannotReadByRun  # an object's letters do not lie together after all
        return runs

    def mark_unmapped(self) -> None:
        """Replace the letters that have no Unicode meaning in their font by U+FFFD, asking pdfium about each
        character of a font once on the page (where it first stands), before lines are put in reading order."""
        text, has_map_error, raw = self.text, self.has_map_error, self.raw
        for runs in self.runs_by_font.values():
            # the font's runs one after another, and where each starts in that string
            joined = "".join([text[first : last + 1] for _, _, first, last in runs])
            starts = list(itertools.accumulate((last + 1 - first for _, _, first, last in runs), initial=0))
            unmapped = set()
            for char, found in _first_places(joined):
                run = bisect.bisect_right(starts, found) - 1
                if has_map_error(raw, runs[run][2] + found - starts[run]) == 1:
                    unmapped.add(char)
            if unmapped:
                # the run's letters as the page's text has them (runs of other fonts lie elsewhere on the line)
                marked = dict.fromkeys(map(ord, unmapped), _NO_UNICODE)
                for line, start, first, last in runs:
                    before, after = first - start, last + 1 - start
                    line.text = line.text[:before] + line.text[before:after].translate(marked) + line.text[after:]


# The ASCII characters that are not white space, and how long an ASCII text must be for ``_first_places`` to
# search for each of them rather than go through the text's characters.
_ASCII_PRINTING = tuple(chr(code) for code in range(128) if not chr(code).isspace())
_SEARCH_FROM = 500


def _first_places(text: str) -> list[tuple[str, int]]:
    """Each character of ``text`` bar white space, with the index where it first stands."""
    if len(text) >= _SEARCH_FROM and text.isascii():
        # A page's text in one font: one search in C for each ASCII character costs a fraction of hashing each
        # of the text's thousands of characters into a set.
        places = zip(_ASCII_PRINTING, map(text.find, _ASCII_PRINTING), strict=True)
        return [(char, found) for char, found in places if found >= 0]
    return [(char, text.index(char)) for char in set(text) if not char.isspace()]


def _lines_by_character(raw: Any, count: int) -> list[RawLine]:
    """The text page's lines, asking pdfium about every character: the reference reading, kept for the pages
    ``lines_by_run`` cannot read."""
    import pypdfium2.raw as pdfium_c

    # pdfium is asked six things about every character of the page: the functions, their output arguments and
    # the rounding of sizes are looked up once here rather than once a character (a third of the read).
    get_unicode, is_generated, has_map_error, get_text_object = _per_character_functions()
    get_font_size = pdfium_c.FPDFText_GetFontSize
    get_font_info = pdfium_c.FPDFText_GetFontInfo
    get_char_origin = pdfium_c.FPDFText_GetCharOrigin
    lines = [RawLine()]
    x = ctypes.c_double()
    y = ctypes.c_double()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    flags_ref = ctypes.byref(flags)
    style_by_name: dict[bytes, int] = {}
    rounded: dict[float, float] = {}
    last_object: int | None = None  # the text object of the last character asked about its font
    size = 0.0
    style = 0
    broke = True  # a line was just started: a line break here starts no other
    line = lines[-1]
    chars: list[str] = []  # the line's characters so far, its text when it ends
    append = chars.append
    needs_origin = True  # the line's start point is not known yet
    # Letters of the current run (same line, same text object, so same size and weight), added to the
    # line's counts when the run ends: one addition a run rather than three a character.
    run = 0
    last_letter = -1  # the index of the line's last letter so far: its origin is asked once, at the line's end
    previous_letter = -1
    line_start = -1  # the index of the line's first character: each index after it gives one of its characters
    shuffled = False  # a text object of the line starts left of the letter before it: see ``_in_reading_order``

    def ended(line: RawLine) -> None:
        line.text = "".join(chars)
        if run:
            _count_run(line, size, style, run)
        if last_letter >= 0 and get_char_origin(raw, last_letter, x_ref, y_ref):
            line.end_x = x.value
        if shuffled and line_start >= 0:
            line.text = _in_reading_order(raw, line.text, line_start, size)
        if line.text[-1:] == "-" and previous_letter >= 0 and get_unicode(raw, last_letter) == 45:
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
                chars = []
                append = chars.append
                needs_origin = True
            broke = True
            continue
        if code == 2:
            # pdfium's mark for a hyphen ending a line, typed, soft or added by automatic hyphenation
            # alike, given instead of the line break: kept, the line ended here, and the reader joins the
            # word across the lines, with the hyphen or without (see ``hyphen_apart``).
            append("-")
            line.hyphen_apart = last_letter >= 0 and get_text_object(raw, index) != get_text_object(raw, last_letter)
            if line_start < 0:
                line_start = index
            ended(line)
            last_letter, line_start, shuffled, run = -1, -1, False, 0
            line = RawLine()
            lines.append(line)
            chars = []
            append = chars.append
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
                _count_run(line, size, style, run)
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
            found_style = style_by_name.get(font)
            if found_style is None:
                found_style = style_by_name[font] = _font_style(font.decode("latin-1"))
            style = found_style
        run += 1
        if needs_origin and get_char_origin(raw, index, x_ref, y_ref):
            line.x, line.y = x.value, y.value
            needs_origin = False
    ended(line)
    return lines


def _hyphen_at_end(line: RawLine, apart: bool, space_generated: bool) -> None:
    """A line ending in a hyphen pdfium did not mark as one (``apart``: drawn in a text object of its own, not
    its word's). In justified text pdfium may put a space before such a hyphen, where the line was stretched
    (``space_generated``): the word was not broken there, so the space is dropped."""
    line.hyphen_apart = apart
    if apart and space_generated and line.text[-2:-1] == " ":
        line.text = line.text[:-2] + line.text[-1:]


def _count_run(line: RawLine, size: float, style: int, letters: int) -> None:
    """Add a run of letters of one size and style (``_font_style``) to its line's counts."""
    line.size_chars[size] = line.size_chars.get(size, 0) + letters
    if style & _BOLD:
        line.bold_chars += letters
        if not line.plain_chars:
            line.bold_lead += letters
    else:
        line.plain_chars += letters
    if style & _ITALIC:
        line.italic_chars += letters


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


def _in_reading_order(raw: Any, text: str, start: int, size: float) -> str:
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
    return "".join(kept)


@functools.cache
def _per_run_functions() -> tuple[Any, Any, Any]:
    """pdfium's FPDFTextObj_GetFont (a text object's font as an int, None for none), FPDFText_GetFontSize and
    FPDFText_GetCharOrigin: asked once or twice a line, they are a good part of its time. The last two are
    called without argument types (``unchecked_c_function``): the text page as its ``raw`` pointer, the index
    as an int, the outputs as ``byref`` objects."""
    import pypdfium2.raw as pdfium_c

    get_font = plain_c_function(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, (ctypes.c_void_p,))
    get_font_size = unchecked_c_function(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
    get_origin = unchecked_c_function(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
    return get_font, get_font_size, get_origin


@functools.cache
def _per_character_functions() -> tuple[Any, Any, Any, Any]:
    """pdfium's FPDFText_GetUnicode, _IsGenerated, _HasUnicodeMapError and _GetTextObject, called without
    argument types (``unchecked_c_function``: the text page as its ``raw`` pointer, the index as an int), the
    object's address given as an int (None for none), so that it compares as a number."""
    import pypdfium2.raw as pdfium_c

    return (
        unchecked_c_function(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint),
        unchecked_c_function(pdfium_c.FPDFText_IsGenerated, ctypes.c_int),
        unchecked_c_function(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int),
        unchecked_c_function(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p),
    )


def _inside_crop_box(page: Any, lines: list[RawLine]) -> list[RawLine]:
    """The lines that start inside the crop box of a page (pdfium's page handle): what a viewer shows. Pages
    cut from one shared content stream (each cropping a part of it) would otherwise each hold all of its text."""
    import pypdfium2.raw as pdfium_c

    # The page's visible box (crop box within media box), with boxes inherited from the page tree applied;
    # pypdfium2's get_cropbox() reads only the page's own entry and falls back to US Letter.
    box = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page, ctypes.byref(box)):
        return lines
    left, bottom, right, top = box.left, box.bottom, box.right, box.top
    return [
        line
        for line in lines
        if line.x is None or line.y is None or (left - 2 <= line.x <= right + 2 and bottom - 2 <= line.y <= top + 2)
    ]
