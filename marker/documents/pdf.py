"""Reading a PDF into a Document: lines with their font facts, then blocks.

pypdf opens the file (damage, encryption, page count). Each line's text, font size, weight and position
come from pdfium (``pdf_pdfium``), or, where pdfium cannot read the file, from a visitor on pypdf's text
extraction. Text is normalised (ligatures, soft hyphens, words hyphenated at line ends); running headers and
footers (lines repeated at the top or bottom of most pages) are taken out of the body and given once as
HEADER_FOOTER blocks; lines inside ruled tables or drawn boxes (``pdf_boxes``) become TABLE and TEXT_BOX
blocks, small lines at a page's foot FOOTNOTE blocks and "Table 3: ..." lines CAPTION blocks, so a word-count
policy can leave them out. Headings come from font size and weight relative to the body text: lines set
larger than the body text are headings by size (largest = level 1), short lines in bold at body size are
headings a level below those (``bold=True``). Pages whose text cannot be trusted are listed in the
Document's ``text_quality``.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import operator
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from pypdf import PasswordType, PdfReader

from marker.documents import pdf_pdfium
from marker.documents.errors import UnreadableDocument
from marker.documents.limits import ReadLimits
from marker.documents.model import Block, BlockKind, Document
from marker.documents.pdf_boxes import Region, page_regions
from marker.documents.structure import (
    CAPTION_START,
    is_caption,
    is_contents_entry,
    is_source_line,
    is_word_count_line,
    reads_as_emphasised_heading,
    refine_blocks,
)
from marker.documents.text_quality import page_warnings, unswap_utf16

# pypdf logs every repair it makes to a damaged PDF ("EOF marker not found", ...) and, with logging not set up,
# Python prints those on stderr: `marker check` promises one line there, and the result already says what matters.
_PYPDF_LOG = logging.getLogger("pypdf")
_PYPDF_LOG.addHandler(logging.NullHandler())
_PYPDF_LOG.propagate = False

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_SOFT_HYPHEN = "\u00ad"
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# Bullets as text, or as a symbol font's private-use glyph (Word's default bullet comes out as U+F0B7).
_BULLETS = "•●▪■◦‣∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8"
# A letter or roman numeral followed by a number is a locator that wrapped to the line's start ("p. 305)",
# "c. 1990"), not a list item.
_LIST_START = re.compile(
    rf"^(?:[{_BULLETS}–\-*]\s|[{_BULLETS}]|\(?(?:\d{{1,2}}[.)]\s|(?:[a-z]|[ivx]{{1,4}})[.)]\s(?!\d)))"
)
# A bullet is list formatting, not a word: Word's count leaves it out.
_BULLET_MARK = re.compile(rf"^[{_BULLETS}]\s*")
_SAME_X = 1.5  # points within which two lines start at the same place
# Points from a list's number to its text in Word's default lists: a quarter of an inch (18), 0.63 cm (17.86).
_HANGING_INDENT = (17.5, 18.4)
_HEADING_START = re.compile(
    r"^\W{0,2}(?:\d{1,2}(?:\.\d{1,2})*\.?\s*\(?[a-z]?\)?\.?(?:\s|$)|\(?[a-z]\)\s|"
    r"(?:task|part|question|section|appendix)\s*\d)",
    re.IGNORECASE,
)
# A web address or DOI a line ends inside (after a slash, dot, hyphen or query character), and a next line that
# carries it on: a first run of text with a slash, dot, digit or query character in it, which a word has not.
_URL_END = re.compile(r"(?:https?://|www\.|doi:)\S*[/.\-_?=&#%~]$", re.IGNORECASE)
_URL_CLOSING = frozenset("/.-_?=&#%~")  # what ``_URL_END`` ends in (bar a final line break): checked first
_URL_GOES_ON = re.compile(r"[\w%~+:-]*[/.?=&#_%\d][\w%~+:/.?=&#-]*(?:\s|$)")
# A note's number (then a space or its first letter) or mark; not a year or a figure ("2016, p. 112)", "12%").
# A note's number opens its first line, or stands alone on a line above it: a superscript raised far enough
# (LibreOffice sets Word's 10-point note text with its number 4 points up) is read as a line of its own.
_NOTE_START = re.compile(r"^(?:\d{1,3}(?=\s|[^\W\d_]|$)|[*†‡§])")
_SPACES = re.compile(r"[ \t]+")
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_SHORT_LINE_WORDS = 5
# "... | Page 10", "... 3 of 12", and a number set apart by a bar or a dash ("Miller and Murphy | 4").
_ENDS_IN_PAGE_NUMBER = re.compile(
    r"\bpage\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|\b\d{1,4}\s*(?:of|/)\s*\d{1,4}$|\s[|·•–—]\s*\d{1,4}$"
)
_OPEN_ENDS = (",", ";", "&", "-", "–", "—")  # a paragraph that stops on these carries on
_EDGE_LINES = 2  # lines at the top and bottom of a page that may be running headers or footers
_SECTION_RUN = 3  # pages in a row at whose edge the same line stands: a running line of a section
HEADING_SIZE_RATIO = 1.15
MAX_HEADING_WORDS = 20


@dataclass(slots=True)
class _Line:
    """One line of a page as the visitor saw it."""

    parts: list[str] = field(default_factory=list)
    bold_chars: int = 0
    plain_chars: int = 0
    size_chars: dict[float, int] = field(default_factory=dict)  # letters by font size
    y: float | None = None
    x: float | None = None
    end_x: float | None = None  # where the last letter starts, when the text engine tells (pdfium does)
    box: BlockKind | None = None  # TABLE or TEXT_BOX when the line lies inside ruled lines or a drawn box
    region: Region | None = None  # the table or box it lies in
    figure: bool = False  # a label of a chart or diagram (``_figure_labels``); ``box`` is TEXT_BOX then
    # Set once by ``finish`` when the page has been read: the later passes ask for them many times per line.
    text: str = ""  # the line's normalised text
    soft_hyphenated: bool = False  # ends in a soft hyphen: a word the layout broke, to be joined without it
    hyphen_apart: bool = False  # ends in a hyphen drawn apart from its word (pdfium tells): see ``_Hyphens``
    size: float = 0.0
    bold: bool = False
    heading: bool = False  # set by ``read_pdf`` once the body size is known
    bold_lead: int = 0  # letters in bold before the first that is not (pdfium tells)
    italic_chars: int = 0  # letters in an italic font (pdfium tells)
    # where a list's number's last character, and the text after it, start (pdfium tells)
    number_end_x: float | None = None
    after_number_x: float | None = None
    cells: list[tuple[float, float]] | None = None  # pieces standing apart, as a table's cells (pdfium tells)
    _key: str | None = None

    def finish(self) -> None:
        """Fix the line's text, size, weight and ending from what the visitor collected (the page has been read)."""
        parts = self.parts
        joined = parts[0] if len(parts) == 1 else "".join(parts)
        self.text = _normalise(joined)
        self.soft_hyphenated = joined.rstrip(" ").endswith(_SOFT_HYPHEN)
        self.size = _most_letters(self.size_chars)
        self.bold = self.bold_chars > 0 and self.plain_chars == 0

    @property
    def key(self) -> str:
        """The line's identity for spotting running headers (see ``_key``), computed on first use."""
        if self._key is None:
            # A shape's text runs as its own words: the labels of parts drawn in shapes at the pages' tops ("1.1",
            # "1.2") are no page numbers. A page number drawn in a shape is caught as one (``_PAGE_NUMBER``).
            self._key = self.text.lower().strip() if self.box is BlockKind.TEXT_BOX else _key(self.text)
        return self._key


class _PageVisitor:
    """Collects lines with font facts from pypdf's ``visitor_text`` callbacks."""

    def __init__(self) -> None:
        self.lines: list[_Line] = [_Line()]
        # Whether a font is bold, by its font dictionary's identity (pypdf passes the same dictionary for every
        # piece set in that font); the entry keeps the dictionary alive, so its id cannot be reused meanwhile.
        self._bold: dict[int, tuple[Any, bool]] = {}

    def __call__(self, text: str, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        if not text:
            return
        if "\n" not in text:
            self._add(text, cm, tm, font_dict, font_size)
            return
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                self.lines.append(_Line())
            if piece:
                self._add(piece, cm, tm, font_dict, font_size)

    def _add(self, piece: str, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        line = self.lines[-1]
        line.parts.append(piece)
        letters = len(piece.strip())
        if not letters:
            return
        try:
            scale = math.hypot(float(tm[2]), float(tm[3])) * math.hypot(float(cm[2]), float(cm[3]))
            size = round(float(font_size) * (scale or 1.0), 1)
            y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
            x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
        except (TypeError, ValueError, IndexError):
            size, y, x = 0.0, None, None
        line.size_chars[size] = line.size_chars.get(size, 0) + letters
        if line.y is None:
            line.y = y
            line.x = x
        known = self._bold.get(id(font_dict))
        if known is None:
            font = str(font_dict.get("/BaseFont", "")) if hasattr(font_dict, "get") else ""
            known = (font_dict, _BOLD_FONT.search(font) is not None)
            self._bold[id(font_dict)] = known
        if known[1]:
            line.bold_chars += letters
        else:
            line.plain_chars += letters


def _most_letters(size_chars: dict[float, int]) -> float:
    """The size most letters (of a line, or of the document) are set in: the first counted of equals, as
    ``Counter.most_common`` gives it; 0 where there are no letters."""
    if len(size_chars) == 1:
        for size in size_chars:
            return size
    return max(size_chars.items(), key=_COUNT)[0] if size_chars else 0.0


_COUNT = operator.itemgetter(1)


def _normalise(text: str) -> str:
    # Ligatures and soft hyphens are never ASCII, and most lines have no run of spaces or tabs to fold: the
    # checks first spare the slow per-character translation and the regex on nearly every line.
    if not text.isascii():
        text = unswap_utf16(text).translate(_LIGATURES).replace(_SOFT_HYPHEN, "")
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    text = text.strip()
    if len(text) >= _DOUBLED_LETTERS and text[0] == text[1]:  # most lines fail here, at once
        text = _undoubled(text)
    return text


_DOUBLED_LETTERS = 8  # a word of four letters drawn twice over


def _undoubled(text: str) -> str:
    """A line drawn twice over itself (a shape's text with a shadow, a bold faked by striking twice) comes out
    with each letter doubled ("TTaasskk 33 ((aa))"): each word of it is read once. A word of real text is never
    its letters doubled throughout, and a line of them with a word of four letters or more even less."""
    words = text.split(" ")
    if any(len(word) % 2 or word[::2] != word[1::2] for word in words):
        return text
    if not any(len(word) >= _DOUBLED_LETTERS and word[::2].isalpha() for word in words):
        return text
    return " ".join(word[::2] for word in words)


def read_pdf(data: bytes, name: str, limits: ReadLimits, *, engine: str = "pdfium") -> Document:
    """Read a PDF (already sniffed) into a Document with real pages.

    pypdf opens the file (damage, encryption, page count; pdfium where pypdf cannot parse a file a viewer
    repairs, see ``_open_either``); the text comes from pdfium (``engine="pdfium"``,
    see ``pdf_pdfium``) when pypdfium2 is installed and can open the file, else from pypdf's own extraction.
    """
    with warnings.catch_warnings():
        # pypdf warns about the many small faults of real-world PDFs; they are not ours to raise.
        warnings.simplefilter("ignore")
        with_pdfium = engine == "pdfium" and pdf_pdfium.available()
        reader, page_count = _open_either(data, limits, with_pdfium)
        # No page's stored content outweighs the whole file: a small file needs no look at its pages' streams.
        small = len(data) <= _MAX_CONTENT_BYTES
        use_pdfium = with_pdfium and (reader is None or small or not _oversized_pages(reader))
        extracted = pdf_pdfium.extract(data, page_count) if use_pdfium else None
        if extracted is not None:
            pages = [_lines_from_pdfium(page) for page in extracted[0]]
            page_boxes = extracted[1]
        elif reader is None:
            raise UnreadableDocument("corrupt")
        else:
            pages = _extract_lines(reader)
            page_boxes = page_regions(data, len(pages))
    if not any(any(ch.isalnum() for line in page for ch in line.text) for page in pages):
        raise UnreadableDocument("no_text_layer")
    body_size = _body_size(pages)
    margin = _left_margin(pages, body_size)
    if margin is not None:
        for page in pages:
            page[:] = [line for line in page if not _line_number(line, page, margin)]
    carried: list[_Level] = []
    # the text's right edge before any line is put in a table or box (the column below leaves those out)
    whole = _text_column(pages, body_size)
    right = None if whole is None else whole[0] + whole[1]
    for page, regions in zip(pages, page_boxes, strict=True):
        if regions:
            _place_in_regions(page, regions, body_size)
        carried = _borderless_tables(page, carried, right)
    running = _running_lines(pages, body_size)
    if margin is not None:
        for page in pages:
            _figure_labels(page, running, body_size, margin)
    column = _text_column(pages, body_size)
    if column is not None:
        for page in pages:
            _headings_in_place(page, running, body_size, column)
    gaps = _body_gaps(pages, body_size)
    line_gap = _line_pitch(gaps)  # the distance between lines of one paragraph; 0 means unknown
    break_gap = _paragraph_break(gaps, body_size, line_gap)
    for page in pages:
        _shapes_in_place(page, break_gap)
    blocks: list[Block] = []
    heading_sizes: set[float] = set()
    for page in pages:
        for line in page:
            line.heading = _is_heading_line(line, body_size)
        _unmark_large_paragraphs(page)
        heading_sizes.update(line.size for line in page if line.heading and line.size >= body_size * HEADING_SIZE_RATIO)
    full_width = _full_width(column)
    for page in pages:
        _mark_italic_headings(page, body_size, line_gap, break_gap, full_width)
        if full_width is not None:
            _unmark_lead_in_lines(page, full_width)
    sizes = sorted(heading_sizes, reverse=True)
    hyphens = _Hyphens(pages)
    last_body: int | None = None  # the index in ``blocks`` of the previous page's last body block
    ended_full = False  # whether the previous page's last body line ran to the right margin
    ended_apart = False  # whether it ended in a hyphen drawn apart from its word
    notes: list[str] = []  # the footnotes at the foot of the page before
    for number, page in enumerate(pages, start=1):
        # Every line kept by ``_extract_lines`` has text; only running lines need leaving out.
        body = [line for line in page if line.key not in running] if running else page
        body, notes = _split_footnotes(body, body_size, note_open=bool(notes))
        page_blocks = _page_blocks(body, number, sizes, line_gap, body_size, break_gap, hyphens)
        if page_blocks and last_body is not None and _carries_on(blocks[last_body], page_blocks[0], ended_full):
            blocks[last_body] = _joined_over_page(blocks[last_body], page_blocks.pop(0), hyphens, ended_apart)
        if page_blocks:
            last_body = len(blocks) + len(page_blocks) - 1
        if body:
            ended_full = full_width is not None and body[-1].end_x is not None and body[-1].end_x >= full_width
            ended_apart = body[-1].hyphen_apart
        blocks.extend(page_blocks)
        blocks.extend(Block(BlockKind.FOOTNOTE, note, page=number, style="footnote") for note in notes)
    seen: set[str] = set()
    for page in pages if running else ():
        for line in page:
            if line.key in running and line.key not in seen:
                seen.add(line.key)
                blocks.append(Block(BlockKind.HEADER_FOOTER, line.text, style="running"))
    quality = page_warnings([" ".join(line.text for line in page) for page in pages])
    return Document(
        name=name,
        format="pdf",
        blocks=refine_blocks(blocks),
        pages=len(pages),
        pages_source="pdf",
        text_quality=quality,
    )


_MAX_CONTENT_BYTES = 2 * 1024 * 1024


def _oversized_pages(reader: PdfReader) -> bool:
    """Whether a page's content stream is larger (as stored) than any report page's: such a file is read by
    pypdf under the read's time and memory limits, where pdfium would spend them all at once in C."""
    try:
        for page in reader.pages:
            contents = page.get("/Contents")
            contents = contents.get_object() if contents is not None else None
            streams = contents if isinstance(contents, list) else [contents]
            total = 0
            for stream in streams:
                stream = stream.get_object() if stream is not None else None
                # The stored (still compressed) bytes: pypdf keeps them as ``_data`` and drops /Length.
                total += len(getattr(stream, "_data", b"") or b"")
            if total > _MAX_CONTENT_BYTES:
                return True
    except Exception:  # a damaged page tree: let pypdf's own extraction decide what it can read
        return True
    return False


def _lines_from_pdfium(raw_lines: list[pdf_pdfium.RawLine]) -> list[_Line]:
    lines = []
    for raw in raw_lines:
        # The fields in their order (parts, letters in bold and not, by size, start, end): made for every line of
        # the document, the line costs half as much again with its fields named.
        line = _Line([raw.text], raw.bold_chars, raw.plain_chars, raw.size_chars, raw.y, raw.x, raw.end_x)
        line.hyphen_apart = raw.hyphen_apart
        line.bold_lead = raw.bold_lead
        line.italic_chars = raw.italic_chars
        line.number_end_x, line.after_number_x = raw.number_end_x, raw.after_number_x
        line.cells = raw.cells
        line.finish()
        if line.text:
            lines.append(line)
    return lines


def _open_either(data: bytes, limits: ReadLimits, with_pdfium: bool) -> tuple[PdfReader | None, int]:
    """The PDF opened by pypdf, with its page count; or, for a file pypdf cannot parse that pdfium repairs as
    a viewer does (a missing or broken cross-reference table, say), no reader and pdfium's page count: a file
    every PDF viewer opens is not "damaged" to the candidate who made it."""
    try:
        reader = _open(data, limits)
    except UnreadableDocument as error:
        count = pdf_pdfium.page_count(data) if with_pdfium and error.code == "corrupt" else None
        if not count:
            raise
        _refuse_too_many_pages(count, limits)
        return None, count
    return reader, len(reader.pages)


def _refuse_too_many_pages(count: int, limits: ReadLimits) -> None:
    if count > limits.max_pages:
        raise UnreadableDocument(
            "too_many_pages",
            f"This file has {count} pages; reports over {limits.max_pages} pages are not checked. Check that "
            "you uploaded your report and not another file.",
        )


def _open(data: bytes, limits: ReadLimits) -> PdfReader:
    """The PDF opened by pypdf, refused when it is damaged, encrypted, empty or too long."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as error:  # unsupported or broken encryption: the candidate can still fix it
                raise UnreadableDocument("encrypted") from error
            if opened == PasswordType.NOT_DECRYPTED:
                raise UnreadableDocument("encrypted")
        count = len(reader.pages)
    except UnreadableDocument:
        raise
    except Exception as error:  # pypdf raises many types for damaged files
        raise UnreadableDocument("corrupt") from error
    _refuse_too_many_pages(count, limits)
    if count == 0:
        raise UnreadableDocument("corrupt")
    return reader


def _extract_lines(reader: PdfReader) -> list[list[_Line]]:
    """Each page's lines from pypdf's text extraction (when pdfium is not available or cannot open the file)."""
    pages: list[list[_Line]] = []
    for page in reader.pages:
        visitor = _PageVisitor()
        try:
            page.extract_text(visitor_text=visitor)
        except (MemoryError, RecursionError):
            raise
        except Exception:  # one damaged page should not lose the others; it reads as empty
            visitor = _PageVisitor()
        lines = []
        for line in visitor.lines:
            line.finish()
            if line.text:
                lines.append(line)
        pages.append(lines)
    return pages


def _split_footnotes(lines: list[_Line], body_size: float, *, note_open: bool) -> tuple[list[_Line], list[str]]:
    """Take the footnotes off the foot of a page: the lines below the last body line, set smaller than the body
    text, from the first that starts with a note's number. Lines that do not start so are the previous note's
    continuation. Before the first note they carry on a note from the page before when that page ended in one
    (``note_open``: a long note runs over the page break) and they start at the margin; otherwise they are body
    text set smaller (a paragraph pasted from elsewhere, an indented quotation)."""
    if not body_size:
        return lines, []
    # A text box or a table drawn after the notes (a box anchored on the page, LibreOffice draws it last) ends
    # the page's lines without being its foot: the notes are looked for before it.
    last = len(lines)
    while last > 0 and lines[last - 1].box is not None:
        last -= 1
    end = last
    while end > 0 and 0 < lines[end - 1].size < body_size * _NOTE_SIZE_RATIO and lines[end - 1].box is None:
        end -= 1
    if end < last and not (note_open and _at_margin(lines[end], lines)):
        # No note carried on here: an indented line is a quotation set smaller, not the rest of a note.
        end = next((index for index in range(end, last) if _NOTE_START.match(lines[index].text)), last)
    if end == last or end == 0:
        return lines, []
    notes: list[str] = []
    for line in lines[end:last]:
        if notes and not _NOTE_START.match(line.text):
            notes[-1] += " " + line.text
        else:
            notes.append(line.text)
    return lines[:end] + lines[last:], notes


# Notes are set smaller than the body, if only a little: Word's footnote text is 10 points under a body of 10.5.
_NOTE_SIZE_RATIO = 0.97


def _at_margin(line: _Line, lines: list[_Line]) -> bool:
    """Whether a line starts at the page's left margin (the leftmost start of its lines), not indented."""
    starts = [other.x for other in lines if other.x is not None]
    return line.x is None or not starts or line.x <= min(starts) + _INDENTED


_INDENTED = 6.0  # points in from the left margin at which a line is indented


def _key(text: str) -> str:
    """A line's identity for spotting running headers: case ignored, and numbers too in short lines
    ("Page 3 of 9") and in lines ending in a page's number ("Ronald Mann | CIM 2206 | Page 10"), so that page
    numbers repeat while numbered body lines stay distinct."""
    lowered = text.lower().strip()
    if len(lowered.split()) <= _SHORT_LINE_WORDS or _ENDS_IN_PAGE_NUMBER.search(lowered):
        return _DIGITS.sub("#", lowered)
    return lowered


def _running_lines(pages: list[list[_Line]], body_size: float) -> set[str]:
    """Lines at the top or bottom of more than half the pages, of the odd or the even pages, or of three pages
    in a row: running headers and footers.

    Two repeats suffice for lines set smaller than the body text (headers usually are); body-sized lines
    need three, so that a short two-page document does not lose a repeated body line. A page number ("Page 2",
    "2 of 9") at a page's edge giving that page's number is a running line however often it comes.
    """
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    by_side: tuple[Counter[str], Counter[str]] = (Counter(), Counter())  # on even pages, on odd pages
    small: set[str] = set()
    numbers: set[str] = set()
    streaks: dict[str, int] = {}  # pages in a row, up to this one, that a line has been on
    longest: Counter[str] = Counter()
    for number, page in enumerate(pages, start=1):
        edges = _edge_lines(page)
        keys = {line.key for line in edges}
        counts.update(keys)
        by_side[number % 2].update(keys)
        streaks = {key: streaks.get(key, 0) + 1 for key in keys}
        for key, streak in streaks.items():
            longest[key] = max(longest[key], streak)
        small.update(line.key for line in edges if body_size and line.size < body_size * 0.95)
        numbers.update(
            line.key for line in edges if (found := _PAGE_NUMBER.match(line.text)) and int(found.group(1)) == number
        )
    # Odd and even pages may carry headers of their own (a book's mirrored layout): a line on more than half
    # the pages of one side is running too. So is one on a run of pages: a section's own header ("Task 2").
    sides = (len(pages) // 2, (len(pages) + 1) // 2)
    running = numbers | {
        key
        for key, count in counts.items()
        if (
            count * 2 > len(pages)
            or any(by_side[side][key] * 2 > sides[side] for side in (0, 1))
            or longest[key] >= _SECTION_RUN
        )
        and (count >= 3 or (count >= 2 and key in small))
    }
    return running | _in_running_bands(pages, running, counts) | _standing_lines(pages)


def _standing_lines(pages: list[list[_Line]]) -> set[str]:
    """Lines near a page's top or bottom that stand at one height, word for word, on more than half the pages
    (three at least): a header or footer of three lines or more, whose inner lines are not at the page's very
    edge. Body text never repeats in place like that."""
    if len(pages) < _MIN_STANDING_PAGES:
        return set()
    placed: Counter[tuple[str, int]] = Counter()
    for page in pages:
        near = page[:_NEAR_EDGE] + page[-_NEAR_EDGE:] if len(page) > 2 * _NEAR_EDGE else page
        placed.update({(line.key, round(line.y)) for line in near if line.y is not None})
    return {key for (key, _), count in placed.items() if count >= _MIN_STANDING_PAGES and count * 2 > len(pages)}


_NEAR_EDGE = 5  # lines from a page's top or bottom among which a header's or footer's inner lines stand
_MIN_STANDING_PAGES = 3


def _in_running_bands(pages: list[list[_Line]], running: set[str], counts: Counter[str]) -> set[str]:
    """Lines in the margin the running lines stand in, on two pages or more: a header of its own on each
    section's first page (Word's "different first page"), which no count of pages shows to be running, and
    the second line of a header that wraps.

    The margin runs from the outermost running line to where the body begins (or ends) on the pages that
    carry one, taken at its furthest over those pages: body text never stands there. ``y`` grows up the page.
    """
    top = _margin(pages, running, top=True)
    bottom = _margin(pages, running, top=False)
    heights: dict[str, list[float | None]] = {}
    for page in pages:
        for line in _edge_lines(page):
            if line.key not in running and counts[line.key] >= 2:
                heights.setdefault(line.key, []).append(line.y)
    return {
        key
        for key, found in heights.items()
        if all(
            y is not None and ((top and top[0] < y <= top[1] + 1) or (bottom and bottom[1] - 1 <= y < bottom[0]))
            for y in found
        )
    }


def _edge_lines(page: list[_Line]) -> list[_Line]:
    """The lines at a page's top and bottom that may be running headers or footers."""
    return page[:_EDGE_LINES] + page[-_EDGE_LINES:]


def _margin(pages: list[list[_Line]], running: set[str], *, top: bool) -> tuple[float, float] | None:
    """The top (or bottom) margin as (the body's furthest reach into it, the outermost running line's height),
    from the pages whose first (or last) line is running; None when no page has one."""
    body: list[float] = []
    outer: list[float] = []
    for page in pages:
        lines = page if top else page[::-1]
        if not lines or lines[0].key not in running or lines[0].y is None:
            continue
        outer.append(lines[0].y)
        first_body = next((line for line in lines if line.key not in running), None)
        if first_body is not None and first_body.y is not None:
            body.append(first_body.y)
    if not body or not outer:
        return None
    return (max(body), max(outer)) if top else (min(body), min(outer))


def _place_in_regions(page: list[_Line], regions: list[Region], body_size: float) -> None:
    """Mark the lines that lie in a table or a text box (``_Line.box``), except where the region is what Word
    draws around or behind ordinary paragraphs:

    * shading: a filled rectangle whose text starts at its left edge. A text box keeps its text inset from
      its edges (Word's internal margin, a tenth of an inch), as a table's cells do; the shading of a paragraph
      or a run (a pasted web page's grey, a coloured band behind a heading) starts where the text starts. The
      text is the body's. A table with rules (or a frame) down its sides is a table whatever its inset; one
      ruled only across is known by its shaded cells, which shading run by run can look like.
    * a bordered heading: a frame of one cell holding a short line in bold or larger type (or two, a title
      wrapped), a banner such as "Task 2: Action plan" made with a paragraph's borders. It is a heading.
    * a bordered paragraph: a frame of one cell whose text starts where the page's other text starts, the frame
      drawn out beyond the text on both sides (``_bordered_paragraph``). Its text is the body's.
    """
    held: list[list[_Line]] = [[] for _ in regions]
    for line in page:
        if line.x is not None and line.y is not None:
            # A line running on past the region's right edge only starts beside it: a title beside a label's
            # circle, whose letters start where the circle ends.
            end = line.x if line.end_x is None else line.end_x
            index = next(
                (at for at, region in enumerate(regions) if region.holds(line.x, line.y) and region.holds(end, line.y)),
                None,
            )
            if index is not None:
                held[index].append(line)
    inside = {id(line) for lines in held for line in lines}
    outside = [line for line in page if id(line) not in inside]
    for region, lines in zip(regions, held, strict=True):
        if region.ruled_across:  # a caption standing on the top rule is above the table, not in it
            lines = [line for line in lines if line.y is not None and line.y <= region.top]
        if not lines:
            continue
        shaded = region.kind is BlockKind.TEXT_BOX or region.ruled_across
        if shaded and min(line.x or 0.0 for line in lines) - region.left < _SHADING_INSET:
            continue
        if region.kind is BlockKind.TEXT_BOX and _in_the_flow(lines, page):
            continue
        if region.one_cell and (_banner_heading(lines, body_size) or _bordered_paragraph(region, lines, outside)):
            continue
        for line in lines:
            line.box = region.kind
            line.region = region


def _borderless_tables(page: list[_Line], carried: list[_Level], right: float | None) -> list[_Level]:
    """Mark the lines of tables drawn without rules. A row is a line, or lines standing level, whose pieces
    stand apart further than words do (``_Line.cells``). Two rows or more, one under another, with their cells
    in the same columns are a table, with the lines of cells wrapped between and under them. A line of a
    paragraph (starting in one column and running into the next) ends a table, and so does a gap taller than a
    row's. Columns typed with tabs look the same on the page and are taken as the table they show; a list's
    number set apart by a tab ("1.<tab>Text") is no cell. Rows standing with a table found by its rules (a
    header row above its top rule, as Word's "List Table" styles draw it) are that table's.

    ``carried`` are the rows of a table that ran to the foot of the page before: lines at this page's top (under
    its running lines) in their columns carry it on. Returns the rows of a table running to this page's foot."""
    if not carried and not any(line.cells for line in page):
        return []  # no line of pieces apart: no row, and most pages are so
    placed = sorted(
        (
            line
            for line in page
            if line.y is not None
            and line.x is not None
            and (
                line.box is None or (line.box is BlockKind.TABLE and not (line.region is None or line.region.one_cell))
            )
        ),
        key=lambda line: -(line.y or 0.0),
    )
    order = {id(line): index for index, line in enumerate(page)}
    levels: list[_Level] = []
    for line in placed:
        # A row pdfium gave as several lines comes as lines near one another in the page's order; a line of
        # another column of text standing level with it comes far from it.
        level = next(
            (
                level
                for level in reversed(levels[-_ORDER_NEAR:])
                if abs((level.lines[0].y or 0.0) - (line.y or 0.0)) <= _LEVEL
                and any(abs(order[id(other)] - order[id(line)]) <= _ORDER_NEAR for other in level.lines)
            ),
            None,
        )
        if level is None:
            levels.append(_Level(line))
        else:
            level.add(line)
    table: list[_Level] = []
    rows: list[_Level] = []
    if carried:
        top = next((at for at, level in enumerate(levels[: _EDGE_LINES + 1]) if level.carries_on(None, carried)), None)
        if top is not None:
            table, rows = [levels[top]], [*carried, *([levels[top]] if levels[top].row else [])]
            levels = levels[top + 1 :]
    running_on: list[_Level] = []
    for at, level in enumerate([*levels, None]):
        if level is not None and table and level.beside(rows):
            continue  # a line of a column of text beside the table: neither the table's nor its end
        if level is not None and table and level.carries_on(table[-1], rows):
            table.append(level)
            if level.row:
                rows.append(level)
            continue
        # lines after the last row are no table's unless wrapped in its cells (or carrying on a row overleaf)
        while table and table[-1] not in rows and not (table[-1].wrapped_under(table[-2]) if table[1:] else carried):
            table.pop()
        # text in two columns side by side reads as rows of prose, line after line: no table; nor does a list of
        # terms each with its definition beside it, set with a tab to a hanging indent
        if (
            len(rows) >= _TABLE_ROWS
            and table
            and sum(row.prose for row in rows) * 2 <= len(rows)
            and not _definitions(rows, right)
        ):
            lines = [line for member in table for line in member.lines]
            # rows found in a ruled table join it (a header row above its top rule); others make a table
            region = next((line.region for line in lines if line.region is not None), None) or Region(
                BlockKind.TABLE,
                min(line.x or 0.0 for line in lines),
                min(line.y or 0.0 for line in lines),
                max(line.end_x or line.x or 0.0 for line in lines),
                max((line.y or 0.0) + line.size for line in lines),
            )
            for line in lines:
                if line.box is None:
                    line.box, line.region = BlockKind.TABLE, region
            # a table whose last line stands among the page's last lines (its footer's) may go on overleaf
            running_on = rows if at >= len(levels) - _EDGE_LINES else []
        table, rows = ([level], [level]) if level is not None and level.row else ([], [])
    return running_on


def _definitions(rows: list[_Level], right: float | None) -> bool:
    """Whether rows of two cells are a glossary's entries ("Term<tab>Its definition", wrapped to a hanging
    indent): in most of them the second cell is a line of prose, running on to the text's right margin. A
    table's second column holds figures or a few words as often, and a glossary set as a two-column table reads
    the same on the page as one set with tabs: both are taken as text."""
    if right is None or any(len(row.cells) != 2 for row in rows):
        return False
    running = sum(
        width >= _PROSE_FILL * (right - start) and width >= _PROSE_WIDTH * row.size
        for row in rows
        for start, width in [(row.cells[1][0], row.cells[1][1] - row.cells[1][0])]
    )
    return running * 2 >= len(rows)


_TABLE_ROWS = 2
_PROSE_WIDTH = 15.0  # font sizes: a cell at least this wide, running to the margin, holds a line of prose
_ORDER_NEAR = 3  # lines in the page's order within which the lines of one row come
_NUMBER_LABEL = re.compile(
    rf"^(?:[{_BULLETS}–\-*]|\(?(?:\d{{1,3}}(?:\.\d{{1,2}}){{0,3}}|[a-z]|[ivx]{{1,4}})[.):]?|page)$", re.IGNORECASE
)
_PROSE_FILL = 0.75  # of the way to the next cell's start: a cell reaching this far is a line of prose
_ROW_GAP = 3.5  # font sizes between one line of a table and the next, at most (a row's own spacing included)
_COLUMN_SLACK = 3.0  # points within which two cells stand in one column (by start, last letter or middle)


class _Level:
    """The lines standing level on a page (one, or a table's row that pdfium gave as several lines), with
    their pieces left to right: first letter's and last letter's starts."""

    def __init__(self, line: _Line) -> None:
        self.lines = [line]
        self.cells: list[tuple[float, float]] = []
        self.row = False
        self.prose = False
        self._take(line)

    def add(self, line: _Line) -> None:
        self.lines.append(line)
        self._take(line)

    def _take(self, line: _Line) -> None:
        x = line.x or 0.0
        self.cells = sorted([*self.cells, *(line.cells or [(x, x if line.end_x is None else line.end_x)])])
        first = min(self.lines, key=lambda line: line.x or 0.0).text.split(maxsplit=1)[0]
        # A row has cells apart, unless only a mark or number stands apart from its item: a list's ("1.<tab>Text",
        # "☐<tab>Task") or a heading's ("1.2<tab>Title"), or a page's number from its running line.
        # A row's cells come as one line (a table is drawn row by row); lines of columns of text side by side
        # (drawn column by column) stand level but apart.
        self.row = any(line.cells for line in self.lines) and (
            len(self.cells) > 2 or (len(self.cells) == 2 and len(first) > 1 and _NUMBER_LABEL.match(first) is None)
        )
        # cells of prose: each but the last filling its column to where the next starts, as the lines of text
        # in columns side by side do (a table's entries are shorter than their columns, but for wrapped ones)
        self.prose = all(
            last - first_x >= _PROSE_FILL * (next_first - first_x)
            for (first_x, last), (next_first, _) in itertools.pairwise(self.cells)
        )

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)

    def carries_on(self, last: _Level | None, rows: list[_Level]) -> bool:
        """Whether this level, under the table's ``last`` (None at a page's top), carries the table on: a row
        with its cells in the rows' columns, or a cell's wrapped line standing in one column."""
        if last is not None and self.below(last) > _ROW_GAP * max(self.size, last.size):
            return False
        if self.row:
            return any(self.in_columns_of(row) for row in rows)
        starts = sorted({cell[0] for row in rows for cell in row.cells})
        for first, end in self.cells:
            column = next((at for at, start in enumerate(starts) if abs(start - first) <= _COLUMN_SLACK), None)
            if column is None or (column < len(starts) - 1 and end >= starts[column + 1]):
                return False
        return True

    def beside(self, rows: list[_Level]) -> bool:
        """Whether all this level's text stands left or right of the rows' cells."""
        left = min(row.cells[0][0] for row in rows) - _COLUMN_SLACK
        right = max(row.cells[-1][1] for row in rows) + _COLUMN_SLACK
        return all(last < left or first > right for first, last in self.cells)

    def below(self, other: _Level) -> float:
        return (other.lines[0].y or 0.0) - (self.lines[0].y or 0.0)

    def wrapped_under(self, above: _Level) -> bool:
        """Whether this one-piece level is a cell's text wrapped under the level above: a line's pitch below
        it, starting where one of its cells but the first starts (a line under the first column may be the
        text's own)."""
        first = self.cells[0][0]
        return (
            len(self.cells) == 1
            and self.below(above) < _NEXT_LINE * self.size
            and any(abs(start - first) <= _COLUMN_SLACK for start, _ in above.cells[1:])
        )

    def in_columns_of(self, row: _Level) -> bool:
        """Whether two rows' cells stand in the same columns: as many cells, the first in line and each after
        it right of the other's cell before; or two cells or more in line (by start, last letter or middle)."""
        mine, theirs = self.cells, row.cells
        if (
            len(mine) == len(theirs)
            and abs(mine[0][0] - theirs[0][0]) <= _COLUMN_SLACK
            and all(
                mine[index][0] > theirs[index - 1][1] and theirs[index][0] > mine[index - 1][1]
                for index in range(1, len(mine))
            )
        ):
            return True
        matched = sum(
            any(
                abs(first - other_first) <= _COLUMN_SLACK
                or abs(last - other_last) <= _COLUMN_SLACK
                or abs(first + last - other_first - other_last) <= 2 * _COLUMN_SLACK
                for other_first, other_last in theirs
            )
            for first, last in mine
        )
        return matched >= 2


def _bordered_paragraph(region: Region, lines: list[_Line], outside: list[_Line]) -> bool:
    """Whether a frame of one cell is a paragraph's borders rather than a table's. Word draws a paragraph's
    borders outside its text, at the border's spacing: the text starts where the text beside it starts (the
    lines outside any region that start there), and the frame reaches past that text's right edge as well. A
    cell's text is inset from its frame; a table set out so that its text lines up with the page's (Word
    2010's tables) ends short of the page's right margin."""
    start = min(line.x for line in lines if line.x is not None)
    if start - region.left < _BORDER_SPACING:
        return False
    column = [
        line.end_x
        for line in outside
        if line.x is not None and line.end_x is not None and abs(line.x - start) <= _SAME_START
    ]
    return bool(column) and region.right - max(column) >= _BORDER_REACH


_BORDER_SPACING = 1.0  # points from a paragraph's border to its text, at the least
_SAME_START = 1.0  # lines starting this close (points) start at one margin
# Points a paragraph's border reaches past where the last letter of the page's widest line starts: the border's
# spacing and the letter's width. A table lined up with the page's text ends that letter's width, less its
# cell margin, short of it.
_BORDER_REACH = 4.0


def _shapes_in_place(page: list[_Line], break_gap: float) -> None:
    """Move the text of each drawn box to where it stands on the page. LibreOffice draws shapes and text boxes
    after the page's text, so their lines come last; a part's heading drawn in a rounded box, a banner or a
    shape the text wraps around belongs before the text under it or beside it. A box's lines go before the
    first line that stands under the box or beside it (``_next_to``) when they read as a heading (a few words
    with no closing stop); other boxes (a quotation or a figure called out) go before that line's paragraph,
    which they do not cut in two."""
    index = 0
    while index < len(page):
        line = page[index]
        region = line.region
        if line.box is not BlockKind.TEXT_BOX or region is None:
            index += 1
            continue
        end = index
        while end < len(page) and page[end].region is region:
            end += 1
        target = next((at for at in range(index) if _next_to(page[at], region)), None)
        if target is None:
            index = end
            continue
        if not _reads_as_heading(page[index:end]):
            while target > 0 and _carries_on_line(page[target - 1], page[target], break_gap):
                target -= 1
        page[target:end] = page[index:end] + page[target:index]
        index = end


def _figure_labels(page: list[_Line], running: set[str], body_size: float, margin: float) -> None:
    """Mark the labels of charts and diagrams as text in a box (``_Line.figure``): three lines or more in a row,
    each a few words with no closing stop, in plain type no larger than the body's, and none starting where
    the body's lines start or as a list's item does: a chart's ticks, legend and data labels, the words in a
    journey map's shapes, a table without rules. Headings (in bold or larger) and the text's own lines break a
    run."""
    run: list[_Line] = []
    for line in [*page, None]:
        if line is not None and _label_like(line, running, body_size, margin):
            run.append(line)
            continue
        if len(run) >= _FIGURE_LABELS and not _runs_as_text(run):
            for label in run:
                label.box = BlockKind.TEXT_BOX
                label.figure = True
        run = []


def _runs_as_text(run: list[_Line]) -> bool:
    """Whether short lines are a narrow column's text rather than a figure's labels: most of them follow the
    line before as text does (starting where it starts, a line's height under it, and some words long). A
    chart's ticks are a word each; its legend and a diagram's labels stand side by side or apart."""
    follows = sum(
        upper.x is not None
        and lower.x is not None
        and upper.y is not None
        and lower.y is not None
        and abs(upper.x - lower.x) <= _SAME_START
        and _NEXT_LINE_LOW * lower.size < upper.y - lower.y < _NEXT_LINE * lower.size
        and min(_width(upper), _width(lower)) >= _TEXT_WIDTH * lower.size
        for upper, lower in itertools.pairwise(run)
    )
    return follows * 2 >= len(run) - 1


def _width(line: _Line) -> float:
    return 0.0 if line.x is None or line.end_x is None else line.end_x - line.x


_NEXT_LINE_LOW = 0.9  # font sizes: lines of text stand at least this far apart
_TEXT_WIDTH = 4.0  # font sizes: a line of a column's text runs at least this far to its last letter


def _label_like(line: _Line, running: set[str], body_size: float, margin: float) -> bool:
    text = line.text
    return (
        line.box is None
        and line.x is not None
        and abs(line.x - margin) > _SAME_START
        and (not line.bold or not any(character.isalpha() for character in text))  # bold data labels too
        and line.size <= body_size
        and 0 < len(text.split()) <= _FIGURE_LABEL_WORDS
        and not text.endswith((".", "!", "?", ",", ";", ":"))
        and _LIST_START.match(text) is None
        and line.key not in running
    )


_FIGURE_LABELS = 3
_FIGURE_LABEL_WORDS = 5


def _left_margin(pages: list[list[_Line]], body_size: float) -> float | None:
    """Where most of the body's lines start (to the nearest point), None for a document without body lines."""
    starts = Counter(round(line.x) for page in pages for line in page if line.size == body_size and line.x is not None)
    return float(starts.most_common(1)[0][0]) if starts else None


def _line_number(line: _Line, page: list[_Line], margin: float) -> bool:
    """Whether a line is a number Word's line numbering sets in the margin: a number alone, ending left of where
    the body's lines start, level with a line of text that starts there. It is no word of the text."""
    if line.x is None or line.y is None or line.box is not None or not line.text.isdigit() or len(line.text) > 4:
        return False
    end = line.x if line.end_x is None else line.end_x
    if end >= margin - _LINE_NUMBER_GAP:
        return False
    return any(
        other is not line
        and other.y is not None
        and other.x is not None
        and abs(other.y - line.y) <= _LEVEL
        and other.x >= margin - 1
        for other in page
    )


_LINE_NUMBER_GAP = 6.0  # points between a line number's last digit's start and the text (Word sets 0.25 inch)
_LEVEL = 1.5  # points: lines whose baselines are this close stand level


def _text_column(pages: list[list[_Line]], body_size: float) -> tuple[float, float] | None:
    """Where the body's lines start and how wide the widest runs (to its last letter's start), None when the
    text engine gives no line ends."""
    body = [line for page in pages for line in page if line.size == body_size and line.box is None]
    starts = [line.x for line in body if line.x is not None]
    ends = [line.end_x for line in body if line.end_x is not None]
    if not starts or not ends or max(ends) <= min(starts):
        return None
    return min(starts), max(ends) - min(starts)


def _headings_in_place(page: list[_Line], running: set[str], body_size: float, column: tuple[float, float]) -> None:
    """Move headings drawn out of the text's order to where they stand. A shape's text that pdfium finds no box
    around (a ribbon, an arrow, a rounded box drawn as curves) comes where LibreOffice drew it, before or after
    the page's text. On a page whose body lines (at the body's size, not bold, across most of the column) run
    down the page in order, a run of lines that stands between two of them elsewhere than the order puts it, and reads
    as a heading, goes before the first body line under it. Other lines out of order are left where they are:
    a quotation called out beside a paragraph would cut it in two."""
    left, width = column
    anchors: list[tuple[int, float]] = []  # (index, height) of the body lines
    for index, line in enumerate(page):
        if (
            line.box is None
            and line.size == body_size
            and not line.bold
            and line.x is not None
            and line.end_x is not None
            and line.y is not None
            and line.end_x - line.x >= _ANCHOR_SHARE * width
            and line.x - left <= (1 - _ANCHOR_SHARE) * width
        ):
            anchors.append((index, line.y))
    if len(anchors) < 2 or any(lower >= upper for (_, upper), (_, lower) in itertools.pairwise(anchors)):
        return
    anchor_at = dict(anchors)
    # Runs of lines out of order, each with the body line it belongs before: consecutive in the text and bound
    # for the same place (a heading wrapped over two lines), not two headings drawn one after the other.
    strays: list[tuple[int, list[_Line]]] = []
    last_stray = -2
    for index, line in enumerate(page):
        y = line.y
        if y is None or index in anchor_at or line.box is not None or line.key in running:
            continue
        if _in_order(index, y, anchors):
            continue
        if anchors[-1][1] > y:
            continue  # under every body line: a footer, a note
        # Before the first line of the page under it that is not out of order itself (a body line or a heading).
        target = next(
            (
                at
                for at, other in enumerate(page)
                if other.y is not None and other.y < y and other.key not in running and _in_order(at, other.y, anchors)
            ),
            None,
        )
        if target is None:
            continue
        if index == last_stray + 1 and strays[-1][0] == target:
            strays[-1][1].append(line)
        else:
            strays.append((target, [line]))
        last_stray = index
    # A heading drawn over a paragraph's lines (its shape's text set off from the shape) goes before the paragraph.
    heights = [height for _, height in anchors]
    pitch = min((upper - lower for upper, lower in itertools.pairwise(heights) if upper > lower), default=0.0)
    for number, (target, run) in enumerate(strays):
        while (
            target - 1 in anchor_at
            and target in anchor_at
            and anchor_at[target - 1] - anchor_at[target] < _SAME_PARAGRAPH * pitch
        ):
            target -= 1
        strays[number] = (target, run)
    moves = [(page[target], run) for target, run in strays if _reads_as_heading(run)]
    moved = {id(line) for _, run in moves for line in run}
    page[:] = [line for line in page if id(line) not in moved]
    for anchor, run in moves:
        at = next(index for index, line in enumerate(page) if line is anchor)
        page[at:at] = run


def _in_order(index: int, y: float, anchors: list[tuple[int, float]]) -> bool:
    """Whether a line (at ``index``, height ``y``) stands between the body lines that the text's order puts it
    between (``anchors``: their indexes and heights, in order)."""
    above = next((height for at, height in reversed(anchors) if at < index), None)
    below = next((height for at, height in anchors if at > index), None)
    return (above is None or above > y) and (below is None or below < y)


_ANCHOR_SHARE = 0.6  # of the column's width: a body line this wide is a line of a paragraph across the page
_SAME_PARAGRAPH = 1.35  # line pitches: lines closer than this are one paragraph's (as ``_paragraph_break``)


def _reads_as_heading(lines: list[_Line]) -> bool:
    """Whether lines read as a heading: a few words with a letter among them and no closing stop, or a section's
    number alone ("1.2")."""
    text = " ".join(line.text for line in lines).strip()
    if _SECTION_NUMBER.match(text):
        return True
    return (
        0 < len(text.split()) <= MAX_HEADING_WORDS
        and not text.endswith((".", "!", "?"))
        and any(character.isalpha() for character in text)
    )


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}$")


def _next_to(line: _Line, region: Region) -> bool:
    """Whether a line of the page's text stands under a box (below its top, their widths overlap) or beside it
    (level with it and no further from it than the text wraps around a shape)."""
    if line.box is not None or line.y is None or line.x is None or line.y >= region.top:
        return False
    end = line.x if line.end_x is None else line.end_x
    if line.x <= region.right and end >= region.left:
        return True
    beside = line.y >= region.bottom - _BESIDE
    return beside and (0 <= line.x - region.right <= _BESIDE or 0 <= region.left - end <= _BESIDE)


_BESIDE = 36.0  # points: text wrapped around a shape stands this close to it at most (Word leaves 0.13 inch)


def _carries_on_line(previous: _Line, line: _Line, break_gap: float) -> bool:
    """Whether a line carries on the paragraph of the line before it: body lines closer than a paragraph break."""
    return (
        previous.box is None
        and previous.y is not None
        and line.y is not None
        and previous.size == line.size
        and 0 < previous.y - line.y < break_gap
    )


def _in_the_flow(lines: list[_Line], page: list[_Line]) -> bool:
    """Whether a box's lines are the page's own text running behind a shape (a watermark, a background): in the
    text's order they come between lines outside the box, starting where those start and a line's height from
    them, above and below. A text box's text comes on its own, inset from the lines around it."""
    positions = {id(line): index for index, line in enumerate(page)}
    held = sorted(positions[id(line)] for line in lines)
    if held != list(range(held[0], held[-1] + 1)) or held[0] == 0 or held[-1] == len(page) - 1:
        return False
    return _carries_on_text(page[held[0] - 1], page[held[0]]) and _carries_on_text(page[held[-1]], page[held[-1] + 1])


def _carries_on_text(upper: _Line, lower: _Line) -> bool:
    """Whether a line stands right under another and starts near where it starts (a list's indent apart at
    most): the next line of the same text."""
    if upper.x is None or lower.x is None or upper.y is None or lower.y is None:
        return False
    size = max(upper.size, lower.size)
    return abs(upper.x - lower.x) <= _NEXT_LINE * size and 0 < upper.y - lower.y < _NEXT_LINE * size


_NEXT_LINE = 2.5  # font sizes: a line of text follows the one above it closer than this (double spacing is 2.3)


# Points between a region's left edge and its text below which the region is shading behind the text: a text
# box's internal margin is 7.2 points (0.1 inch) in Word and LibreOffice.
_SHADING_INSET = 2.0


def _banner_heading(lines: list[_Line], body_size: float) -> bool:
    """Whether a frame's lines are one heading: a line or two (a title wrapped), all bold or larger."""
    text = " ".join(line.text for line in lines)
    return (
        len(lines) <= _BANNER_LINES
        and all(line.bold or _set_larger(line, body_size) for line in lines)
        and 0 < len(text.split()) <= MAX_HEADING_WORDS
        and CAPTION_START.match(text) is None
        and any(character.isalpha() for character in text)
    )


_BANNER_LINES = 2


def _body_size(pages: list[list[_Line]]) -> float:
    """The font size most of the text is set in."""
    sizes: dict[float, int] = {}
    for page in pages:
        for line in page:
            for size, letters in line.size_chars.items():
                sizes[size] = sizes.get(size, 0) + letters
    return _most_letters(sizes)


def _body_gaps(pages: list[list[_Line]], body_size: float) -> list[float]:
    """The gaps between consecutive body-text lines; closer than 0.8 of the font size are sub- or superscripts."""
    return [
        previous.y - line.y
        for page in pages
        for previous, line in itertools.pairwise(page)
        if previous.y is not None
        and line.y is not None
        and previous.size == line.size == body_size
        and previous.y - line.y >= 0.8 * body_size
    ]


_GAPS_FOR_PITCH = 20


def _line_pitch(gaps: list[float]) -> float:
    """The distance between lines of one paragraph: the smallest gap between body lines that recurs (a fifth
    as often as the commonest, three times at least). A few lines set closer, a sidebar's or a table's at the
    body's size, do not make every line of a report set at 1.5 spacing a paragraph of its own."""
    if len(gaps) < _GAPS_FOR_PITCH:
        return min(gaps, default=0.0)  # too few lines to tell a recurring gap from a stray one
    counts = Counter(round(gap * 2) / 2 for gap in gaps)
    commonest = max(counts.values())
    recurring = min(gap for gap, count in counts.items() if count >= min(commonest, max(3, commonest / 5)))
    # The exact smallest gap of that pitch, as the rounded value stands for gaps up to a quarter point off.
    return min(gap for gap in gaps if gap >= recurring - 0.25)


def _paragraph_break(gaps: list[float], body_size: float, usual_gap: float) -> float:
    """The gap above which a body line starts a new paragraph, from the gaps between body lines
    (``_body_gaps``) and the smallest of them, the distance between lines of one paragraph.

    1.35 line pitches by default. Paragraphs set with space after them (6 pt after 1.5 or double line spacing,
    say) can sit closer than that: when the gaps show a second, wider pitch that recurs (the pitch plus the
    space between paragraphs), the break lies halfway between the two.
    """
    if not usual_gap or not body_size:
        return 0.0
    default = usual_gap * 1.35
    wider = Counter(round(gap * 2) / 2 for gap in gaps if usual_gap + 0.25 * body_size <= gap <= usual_gap * 1.6)
    if not wider:
        return default
    # The first counted of the commonest, as most_common(1) gives it, without the heapq import that costs a
    # reading child (forked from a warm reader that never needed it) a millisecond on every read.
    spaced, count = max(wider.items(), key=_COUNT)
    return min(default, (usual_gap + spaced) / 2) if count >= 3 else default


def _set_larger(line: _Line, body_size: float) -> bool:
    """Whether a line is set larger than the body text by as much as a heading is."""
    return bool(body_size) and line.size >= body_size * HEADING_SIZE_RATIO


def _is_heading_line(line: _Line, body_size: float) -> bool:
    larger = _set_larger(line, body_size)
    if not larger and not line.bold:
        # A part's label in bold before its title in plain ("Task 1 (a)  Organisation overview") heads the part;
        # any other line neither set larger nor in bold is the body text's, whatever it says.
        return _is_bold_label_line(line)
    text = line.text
    if line.box is not None or CAPTION_START.match(text):
        return False
    if len(text.split()) > MAX_HEADING_WORDS or is_contents_entry(text):
        return False
    if not any(c.isalpha() for c in text):
        # A figure in bold or larger type is no heading, but a section's number alone ("1.2") heads a section.
        return _SECTION_NUMBER.match(text) is not None
    if larger:
        return True
    return line.bold and not text.endswith((".", ",", ";")) and len(text.split()) <= 15


def _unmark_large_paragraphs(page: list[_Line]) -> None:
    """Unmark the lines marked as headings for their size alone that run on, in one size, longer than a heading
    is: a paragraph pasted in a larger type than the body's, whose every line is larger than the body text."""
    start = 0
    while start < len(page):
        end = start
        while end < len(page) and page[end].heading and not page[end].bold and page[end].size == page[start].size:
            end += 1
        if end > start and sum(len(line.text.split()) for line in page[start:end]) > MAX_HEADING_WORDS:
            for line in page[start:end]:
                line.heading = False
        start = max(end, start + 1)


def _unmark_lead_in_lines(page: list[_Line], full_width: float) -> None:
    """Unmark a line marked as a heading that is a paragraph's first line set larger or in bold (a pull-out
    opening): it runs to the right margin mid-sentence, and the body line under it carries the sentence on
    from a small letter."""
    for line, after in itertools.pairwise(page):
        if (
            line.heading
            and not after.heading
            and line.end_x is not None
            and line.end_x >= full_width
            and line.y is not None
            and after.y is not None
            and 0 < line.y - after.y < _NEXT_LINE * line.size
            and not line.text.endswith((".", ":", "!", "?"))
            and after.text[:1].islower()
        ):
            line.heading = False


def _mark_italic_headings(
    page: list[_Line], body_size: float, usual_gap: float, break_gap: float, full_width: float | None
) -> None:
    """Mark as headings the short lines set wholly in italics that stand apart from the lines above and below
    them, as a sub-heading does: space around them, or the line above ending a paragraph short of the margin
    and the line itself too. An italic line inside a paragraph (a book's title wrapped onto a line of its own
    in a reference list) follows a line that ran to the margin, and stays text."""
    if not usual_gap:
        return
    for index, line in enumerate(page):
        if line.heading or not _all_italic(line):
            continue
        if (
            line.box is not None
            or not reads_as_emphasised_heading(line.text, len(line.text.split()))
            or (body_size and line.size < body_size)
        ):
            continue
        above = page[index - 1] if index else None
        below = page[index + 1] if index + 1 < len(page) else None
        if (above is not None and _all_italic(above)) or (below is not None and _all_italic(below)):
            continue  # a quotation or a title set in italics over several lines
        apart_above = above is None or above.heading or _breaks_between(above, line, usual_gap, break_gap)
        apart_below = below is not None and _breaks_between(line, below, usual_gap, break_gap)
        if not apart_above and above is not None:
            apart_above = _ends_short(above, full_width)
        if not apart_below and below is not None:
            apart_below = _ends_short(line, full_width)
        if apart_above and apart_below:
            line.heading = True


def _all_italic(line: _Line) -> bool:
    return 0 < line.italic_chars == line.bold_chars + line.plain_chars


def _ends_short(line: _Line, full_width: float | None) -> bool:
    """Whether a line stops short of the right margin, as a paragraph's last line does."""
    return full_width is not None and line.end_x is not None and line.end_x < full_width


def _is_bold_label_line(line: _Line) -> bool:
    if line.bold_lead < 2 or line.box is not None:
        return False
    text = line.text
    label = _HEADING_START.match(text)
    # The bold letters are the label's (give or take its brackets), and the rest is a short title.
    return (
        label is not None
        and line.bold_lead >= sum(c.isalnum() for c in label.group().strip())
        and len(text.split()) <= 15
        and not text.endswith((".", ",", ";", ":"))
    )


def _automatic_number(line: _Line) -> bool:
    """Whether a list item's number, letter or bullet ("3.", "10.", "b)", "ii.", Word's second-level "o") is one
    Word numbers the list with (not a word of its count) rather than one the candidate typed (a word), judged on
    the item's first line.

    Word sets an automatic number, then a tab to the item's hanging indent, a quarter of an inch (0.63 cm in a
    metric Word) from where the number starts, whatever the number's width and the font: "1." and "10." alike
    have their text 18 points on. Typed with a space, the text starts where the number's own width ends it
    (12 to 24 points on, by font and size), and only by chance at 18 points, with a space's width after it.
    ``_wrapped_under`` judges items set otherwise by their second line; there a number typed with a tab to a
    hanging indent is taken for an automatic one (Word makes what is typed so an automatic list as it is typed).
    """
    if line.after_number_x is None or line.number_end_x is None or line.x is None:
        return False
    return (
        _HANGING_INDENT[0] <= line.after_number_x - line.x <= _HANGING_INDENT[1]
        and line.after_number_x - line.number_end_x >= 0.3 * line.size
    )


def _wrapped_under(number: tuple[str, _Line, bool], x: float, first: str) -> str:
    """The first line of a numbered list item (``first``, its text as kept) once its second line, starting at
    ``x``, shows where the item wraps: under its text, as an automatic number's hanging indent sets it (the
    number is no word), or back under the number, as a typed number's paragraph does (the number is one)."""
    marker, opening, dropped = number
    assert opening.x is not None and opening.after_number_x is not None
    if dropped and abs(x - opening.x) <= _SAME_X:
        return marker + first
    if not dropped and opening.after_number_x - opening.x > _SAME_X and abs(x - opening.after_number_x) <= _SAME_X:
        return first.removeprefix(marker)
    return first


def _bold_lead(line: _Line, text: str) -> str:
    """The text in bold that opens a line (``text``, its text as drawn), or the whole line when it is all bold: a
    run-in heading if the paragraph goes on in plain type."""
    if line.bold:
        return text
    if line.bold_lead < 2:
        return ""
    letters = 0
    for index, character in enumerate(text):
        if not character.isspace():
            letters += 1
            if letters == line.bold_lead:
                return text[: index + 1]
    return ""


def _page_blocks(
    lines: list[_Line],
    page: int,
    heading_sizes: list[float],
    usual_gap: float,
    body_size: float = 0.0,
    break_gap: float = 0.0,
    hyphens: _Hyphens | None = None,
) -> list[Block]:
    """Group a page's lines into blocks: headings, contents entries, list items and paragraphs.

    Each line's ``heading`` flag must already be set (``read_pdf`` does it once for the whole document);
    ``hyphens`` decides how words hyphenated at line ends are joined (from the page's own words if not given).
    """
    if hyphens is None:
        hyphens = _Hyphens([lines])
    blocks: list[Block] = []
    current: list[str] = []
    current_kind = BlockKind.PARAGRAPH
    current_bold = False
    current_lead = ""
    # the open list item's number, the line it opens and whether it was taken off (see ``_automatic_number``),
    # until the item's second line says how it wraps
    number: tuple[str, _Line, bool] | None = None
    previous: _Line | None = None

    def flush() -> None:
        nonlocal current
        if current:
            lead = "" if current_bold else current_lead
            blocks.append(Block(current_kind, " ".join(current), page=page, bold=current_bold, lead=lead))
        current = []

    for line in lines:
        text = line.text
        if line.box is not None:
            last = blocks[-1] if blocks and not current else None
            if (
                last is not None
                and last.kind == line.box
                and previous is not None
                and previous.box == line.box
                and previous.region is line.region  # one table or box (a figure's labels have none)
            ):
                # A cell's word hyphenated at the line's end is joined as in the body; other lines stay lines.
                joined = hyphens.join(last.text, text, previous.hyphen_apart)
                text = joined if joined is not None else f"{last.text}\n{text}"
                blocks[-1] = Block(line.box, text, page=page, style=last.style)
            else:
                flush()
                style = "table" if line.box == BlockKind.TABLE else "figure" if line.figure else "box"
                blocks.append(Block(line.box, text, page=page, style=style))
            previous = line
            continue
        if is_caption(text) or (not current and blocks and is_source_line(text, blocks[-1].kind)):
            flush()
            blocks.append(Block(BlockKind.CAPTION, text, page=page))
            previous = None
            continue
        if is_contents_entry(text):
            flush()
            blocks.append(Block(BlockKind.CONTENTS, text, page=page))
            previous = None
            continue
        if is_word_count_line(text):
            # "(Word count: 1,482)" under a task's last paragraph: a paragraph of its own, whatever the spacing.
            flush()
            blocks.append(Block(BlockKind.PARAGRAPH, text, page=page))
            previous = None
            continue
        if (
            not line.heading
            and not current
            and previous is not None
            and previous.heading
            and blocks
            and blocks[-1].kind == BlockKind.HEADING
            and _title_under_label(previous, line, usual_gap, body_size)
        ):
            # A part's label on one line and its title in capitals, set in plain type, on the next ("2A" then
            # "ACTION PLAN TO MAXIMISE CONVERSION RATES"): one heading.
            last = blocks[-1]
            blocks[-1] = Block(BlockKind.HEADING, f"{last.text} {text}", page, last.level, last.bold)
            previous = line
            continue
        if line.heading:
            level = heading_sizes.index(line.size) + 1 if line.size in heading_sizes else len(heading_sizes) + 1
            last = blocks[-1] if blocks and not current else None
            if (
                last is not None
                and last.kind == BlockKind.HEADING
                and last.level == level
                and previous
                and _heading_continues(previous, line, usual_gap, body_size)
            ):
                # A heading wrapped over two lines.
                wrapped = hyphens.join(last.text, text, previous.hyphen_apart) or f"{last.text} {text}"
                blocks[-1] = Block(BlockKind.HEADING, wrapped, page, level, last.bold)
            else:
                flush()
                blocks.append(Block(BlockKind.HEADING, text, page=page, level=level, bold=line.bold))
            previous = line
            continue
        # A number opening a line after a dash or comma carries on a range or a list ("pp. 9–" then "24."):
        # it is no list item's number.
        # So does one inside brackets left open ("(White, 2014a, para." then "14) note that").
        list_start = (
            _LIST_START.match(text) is not None or (text.startswith("o ") and _automatic_number(line))
        ) and not (current and text[:1].isdigit() and (current[-1].endswith(_OPEN_ENDS) or _open_brackets(current)))
        new_block = (
            not current or list_start or previous is None or _breaks_between(previous, line, usual_gap, break_gap)
        )
        if new_block:
            flush()
            current_kind = BlockKind.LIST_ITEM if list_start else BlockKind.PARAGRAPH
            current_bold = line.bold
            # The lead is counted over the line as drawn (a bullet is a letter pdfium may give in bold), and both
            # are kept without the bullet.
            current, current_lead = [text], _bold_lead(line, text)
            number = None
            if list_start:
                current, current_lead = [_BULLET_MARK.sub("", text)], _BULLET_MARK.sub("", current_lead)
                if line.after_number_x is not None and (found := pdf_pdfium.LIST_NUMBER.match(text)):
                    drop = _automatic_number(line)
                    number = (found.group(), line, drop)
                    if drop:
                        current = [text[found.end() :]]
                        current_lead = current_lead.removeprefix(found.group())
        else:
            current_bold = current_bold and line.bold
            assert previous is not None
            if number is not None and len(current) == 1 and line.x is not None:
                current[0] = _wrapped_under(number, line.x, current[0])
                number = None
            if previous.soft_hyphenated:
                current[-1] += text  # a word the layout hyphenated: the soft hyphen was dropped
            elif current[-1].endswith(("-", "–")) and current[-1][-2:-1].isdigit() and text[:1].isdigit():
                current[-1] += text  # a range of numbers broken after its dash ("pp. 9–" then "24.")
            elif (joined := hyphens.join(current[-1], text, previous.hyphen_apart)) is not None:
                current[-1] = joined
            else:
                current.append(text)
        previous = line
    flush()
    return blocks


def _carries_on(previous: Block, first: Block, ended_full: bool = False) -> bool:
    """Whether a page's first block is the rest of the paragraph the page before ended with: the next page opens
    in lower case or with a number (a reference's "pp. 13–42."), or the paragraph stopped inside brackets (a
    citation's "(Euromonitor, 1989; Department for"), after a comma, semicolon or dash, or the next page opens
    with a year's bracket ("Kelly et al." then "(1994), who ..."), or the paragraph stopped without ending its
    sentence on a line that ran to the right margin (``ended_full``: "... than large ones. Komsta and")."""
    if previous.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return False
    opening, text = first.text[:1], previous.text.rstrip()
    if first.kind == BlockKind.LIST_ITEM and opening.isdigit() and _open_brackets([text]):
        return True  # "(Cabinet Office (2002, para." then a page opening "22) that ...": no list's number
    if first.kind != BlockKind.PARAGRAPH or _HEADING_START.match(first.text):
        return False  # "Task 2 (a) ...", "2.1 ...": a heading typed as a plain line starts something new
    if opening.islower() or opening.isdigit() or _open_brackets([text]) or text.endswith(_OPEN_ENDS):
        return True
    if opening == "(" and first.text[1:2].isdigit():
        return True  # a year's bracket: "Kelly et al." then "(1994), who show ..."
    return ended_full and not text.endswith((".", "!", "?", ":", "”", "’", '"'))


def _full_width(column: tuple[float, float] | None) -> float | None:
    """How far across the page a line must reach to have run to the right margin (0.85 of the text's width:
    a long word that did not fit leaves a line of left-aligned text that much short), from the text's column
    (``_text_column``); None when the text engine gives no line ends."""
    if column is None:
        return None
    left, width = column
    return left + 0.85 * width


def _open_brackets(pieces: list[str]) -> bool:
    """Whether text (in pieces) leaves a bracket open: more "(" than ")"."""
    return sum(piece.count("(") - piece.count(")") for piece in pieces) > 0


class _Hyphens:
    """How a word hyphenated at a line's end joins the next line: "mar-" + "keting" is "marketing" when the
    layout broke the word (automatic hyphenation), "well-" + "known" is "well-known" when the hyphen is the
    word's own. Either way it is one word; the difference shows in names ("Kot-" + "ler (2019)" is Kotler).

    The text does not say which: LibreOffice puts a plain hyphen (U+002D) where it breaks a word, and pdfium
    marks typed and added hyphens ending a line alike (U+0002, ``FPDFText_IsHyphen``). So the document's own
    words decide: the word written whole elsewhere ("marketing") and never with a hyphen there ("mar-keting")
    was broken by the layout; written with the hyphen elsewhere and never whole, the hyphen is its own. When
    the document shows neither or both, a hyphen drawn apart from its word (LibreOffice draws the hyphens it
    adds as text objects of their own, a typed one with its word; pdfium tells, ``hyphen_apart``) was added by
    the layout; otherwise the hyphen is kept. A capital after the break ("Ellis-" + "Chadwick") keeps it:
    hyphenation breaks words, and a word's second half does not start with a capital.
    """

    _WORD = re.compile(r"[^\W\d_]+")
    _TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
    _LAST = re.compile(r"([^\W\d_]+)-$")

    def __init__(self, pages: list[list[_Line]]) -> None:
        self._pages = pages
        self._words: tuple[set[str], set[str]] | None = None

    def _vocabulary(self) -> tuple[set[str], set[str]]:
        """The words the document writes whole and the pairs it writes with a hyphen inside a line ("well-known",
        "e-commerce"), case folded; gathered when first asked (most lines end without a hyphen)."""
        if self._words is None:
            whole: set[str] = set()
            hyphened: set[str] = set()
            for page in self._pages:
                for line in page:
                    for token in self._TOKEN.findall(line.text):
                        if "-" not in token:
                            whole.add(token.casefold())
                            continue
                        pieces = token.casefold().split("-")
                        whole.update(pieces)
                        hyphened.update(f"{a}-{b}" for a, b in itertools.pairwise(pieces))
            self._words = (whole, hyphened)
        return self._words

    def join(self, before: str, after: str, apart: bool = False) -> str | None:
        """``before`` (a line's text, or a paragraph's so far) and ``after`` (the next line's) joined into one word
        when ``before`` ends in a word and a hyphen and ``after`` starts with a letter; None otherwise. ``apart``:
        the hyphen was drawn apart from its word. A web address broken at a line's end (after a slash, say) is
        joined too."""
        if (
            before[-2:].rstrip("\n")[-1:] in _URL_CLOSING
            and _may_hold_url(before)
            and _URL_END.search(before)
            and _URL_GOES_ON.match(after)
        ):
            return before + after
        if not after[:1].isalpha():
            return None
        if before.endswith(" -") and before[-3:-2].isalpha():
            # Justified text read without pdfium's help: the gap before a hyphen the layout added reads as a
            # space ("integ -" then "ration"). Only a word the document writes whole is taken for one: a spaced
            # hyphen is otherwise a dash between words.
            whole = after[:1].islower() and self._written(before[:-2] + "-", after) is True
            return before[:-2] + after if whole else None
        if not (before.endswith("-") and before[-2:-1].isalpha()):
            return None
        return before[:-1] + after if self.broken(before, after, apart) else before + after

    def broken(self, before: str, after: str, apart: bool) -> bool:
        """Whether the layout broke the word (the hyphen is to go), rather than the hyphen being the word's."""
        if not after[:1].islower():
            return False
        written = self._written(before, after)
        return apart if written is None else written

    def _written(self, before: str, after: str) -> bool | None:
        """How the document writes the word broken after ``before``'s closing hyphen: True whole, False with the
        hyphen, None when it shows neither or both."""
        left, right = self._LAST.search(before), self._WORD.match(after)
        if left is None or right is None:
            return None
        first, second = left.group(1).casefold(), right.group(0).casefold()
        words, pairs = self._vocabulary()
        whole = first + second in words
        hyphened = f"{first}-{second}" in pairs
        return None if whole == hyphened else whole


def _may_hold_url(text: str) -> bool:
    """Whether ``text`` may hold the start ``_URL_END`` looks for: "http://", "https://" and "doi:" (in any case)
    have a colon, "www." any case of its w's (no other letter is a "w" to a case-blind pattern). Most lines end
    in a full stop, one of a web address's endings: this spares them the pattern's search from every letter."""
    return ":" in text or "www." in text.lower()


def _joined_over_page(previous: Block, first: Block, hyphens: _Hyphens | None = None, apart: bool = False) -> Block:
    """A paragraph broken by a page break, as one block; its page is the last it reaches, as a part's pages
    run to it. ``apart``: the page's last line ended in a hyphen drawn apart from its word (see ``_Hyphens``)."""
    text = previous.text
    joined = (hyphens or _Hyphens([])).join(text, first.text, apart)
    text = joined if joined is not None else f"{text} {first.text}"
    return replace(previous, text=text, page=first.page, bold=previous.bold and first.bold)


def _heading_continues(previous: _Line, line: _Line, usual_gap: float, body_size: float) -> bool:
    """Whether a heading line carries on the heading above it (a wrapped heading) rather than starting another.

    A wrapped heading's next line follows at the heading's line pitch; a new heading has space before it. The
    pitch is the body's, scaled to the heading's size (1.1 of it allows for rounding). A line that starts the
    way headings are numbered ("1(b) …", "(a) …", "Task 2 …") starts a heading of its own.
    """
    if _HEADING_START.match(line.text):
        return False
    if previous.y is None or line.y is None or not usual_gap or not body_size:
        return True
    gap = previous.y - line.y
    pitch = usual_gap * max(line.size, previous.size) / body_size
    return 0 < gap <= pitch * 1.1 + 0.5


def _title_under_label(label: _Line, line: _Line, usual_gap: float, body_size: float) -> bool:
    """Whether a line in capitals is the title of the bare label on the heading line above ("PART B", "2A")."""
    label_match = _HEADING_START.match(label.text)
    text = line.text
    letters = [c for c in text if c.isalpha()]
    return (
        label_match is not None
        and len(label.text.split()) <= _LABEL_WORDS
        and len(letters) >= 3
        and all(c.isupper() for c in letters)
        and len(text.split()) <= MAX_HEADING_WORDS
        and not text.endswith((".", ",", ";", ":"))
        and _heading_continues(label, line, usual_gap, body_size)
    )


_LABEL_WORDS = 3


def _breaks_between(previous: _Line, line: _Line, usual_gap: float, break_gap: float) -> bool:
    """Whether a paragraph ends between two lines by the space between them; a line the engine gave no
    position carries on the paragraph."""
    return previous.y is not None and line.y is not None and not _same_paragraph(previous, line, usual_gap, break_gap)


def _same_paragraph(previous: _Line, line: _Line, usual_gap: float, break_gap: float = 0.0) -> bool:
    """Whether a line carries on the paragraph of the line above (``break_gap``: see ``_paragraph_break``)."""
    assert previous.y is not None and line.y is not None
    gap = previous.y - line.y
    if gap <= 0:
        return False  # a new column or a jump back up the page
    return usual_gap == 0 or gap <= (break_gap or usual_gap * 1.35)
