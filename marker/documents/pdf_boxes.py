"""Where a PDF page draws tables and boxes: regions enclosed by ruled lines or a drawn rectangle.

A PDF keeps no trace of a table or a text box, only the lines drawn around them; the rubrics' word-count
policies leave tables and text boxes out, so their text has to be recognised by those lines. A region is a
group of touching path objects (found with pypdfium2, which gives each path's bounds in page space) that
either forms a grid (at least two horizontal and two vertical rules: a table) or is one rectangle large
enough to hold text (a text box; a shape's fill and outline, drawn as two paths of the same bounds, count as
one). Single rules (a footnote separator, an underline) enclose nothing, and a
frame around most of the page (a page border) is not a box around some of its text, though a grid filling the
page (a long table) is a table.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
from dataclasses import dataclass
from typing import Any

from marker.documents.model import BlockKind

_THIN = 2.5  # a path this thin (points) in one direction is a rule
_THICK_BORDER = 6.0  # Word draws a paragraph's or a cell's borders up to 6 points wide
_TOUCH = 3.0  # rules this close belong to one table
_MIN_BOX = 12.0  # a rectangle smaller than this in either direction holds no text
_MAX_PAGE_SHARE = 0.6  # a region covering more of the page than this is a page border or background
_MAX_PATHS = 5000  # a page with more paths than this is a drawing, not a report page with a table


@dataclass(frozen=True)
class Region:
    """A table or box on a page, in PDF page coordinates (origin bottom left)."""

    kind: BlockKind
    left: float
    bottom: float
    right: float
    top: float
    # A table of one cell: a frame with no rule inside it (its sides may be double), as a bordered paragraph is.
    one_cell: bool = False
    # A table ruled only across, known by its rows of shaded cells (``_banded_tables``), which shading behind
    # text run by run can look like: told apart by where its text starts.
    ruled_across: bool = False

    def holds(self, x: float, y: float) -> bool:
        """Whether a point (a line's start on its baseline) lies inside, with a little slack."""
        return self.left - 2 <= x <= self.right + 2 and self.bottom - 2 <= y <= self.top + 2


def page_regions(data: bytes, page_count: int) -> list[list[Region]]:
    """The tables and boxes of each page; empty lists when pypdfium2 cannot open the file."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # optional: without it, tables in PDFs are counted as text
        return [[] for _ in range(page_count)]
    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # pdfium refuses what pypdf repaired: no regions, the text is still read
        return [[] for _ in range(page_count)]
    regions: list[list[Region]] = []
    try:
        for index in range(min(page_count, len(document))):
            page = document[index]
            try:
                regions.append(regions_of_page(page.raw))
            finally:
                page.close()
    except Exception:  # a damaged page: leave the rest without regions rather than fail the read
        pass
    finally:
        document.close()
    regions.extend([] for _ in range(page_count - len(regions)))
    return regions


def regions_of_page(page: Any) -> list[Region]:
    """The tables and boxes of one page (pdfium's page handle: a pypdfium2 page's ``raw``)."""
    import pypdfium2.raw as pdfium_c

    path_type, form_type = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    width, height = pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page)
    bounds: list[tuple[float, ...]] = []
    # The page's paths and those of the forms it draws (not of forms within forms), asked of pdfium directly:
    # pypdfium2's get_objects() builds a Python object for every object of the page, text included.
    count_objects, get_object, get_type, count_form_objects, get_form_object, get_bounds = _functions()
    page_address = ctypes.cast(page, ctypes.c_void_p).value
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    outputs = (ctypes.addressof(left), ctypes.addressof(bottom), ctypes.addressof(right), ctypes.addressof(top))

    def add(path: int) -> bool:
        if len(bounds) >= _MAX_PATHS:
            return False
        if not get_bounds(path, *outputs):
            raise OSError("pdfium cannot place a path")
        bounds.append((left.value, bottom.value, right.value, top.value))
        return True

    count = count_objects(page_address)
    if count < 0:
        raise OSError("pdfium cannot count the page's objects")
    for index in range(count):
        obj = get_object(page_address, index)
        if not obj:
            raise OSError("pdfium cannot give a page object")
        kind = get_type(obj)
        if kind == path_type:
            if not add(obj):
                return []
        elif kind == form_type:
            inner = count_form_objects(obj)
            if inner < 0:
                raise OSError("pdfium cannot count a form's objects")
            for inner_index in range(inner):
                part = get_form_object(obj, inner_index)
                if not part:
                    raise OSError("pdfium cannot give a form's object")
                if get_type(part) == path_type and not add(part):
                    return []
    return _regions(bounds, width * height)


@functools.cache
def _functions() -> tuple[Any, ...]:
    """pdfium's page-object functions with plain C types (pages, objects and outputs as addresses, ints):
    asked once or twice for every object of every page, the cheapest ctypes conversion matters."""
    import pypdfium2.raw as pdfium_c

    pointer, number = ctypes.c_void_p, ctypes.c_int
    prototypes = (
        (pdfium_c.FPDFPage_CountObjects, number, (pointer,)),
        (pdfium_c.FPDFPage_GetObject, pointer, (pointer, number)),
        (pdfium_c.FPDFPageObj_GetType, number, (pointer,)),
        (pdfium_c.FPDFFormObj_CountObjects, number, (pointer,)),
        (pdfium_c.FPDFFormObj_GetObject, pointer, (pointer, ctypes.c_ulong)),
        (pdfium_c.FPDFPageObj_GetBounds, number, (pointer, pointer, pointer, pointer, pointer)),
    )
    return tuple(plain_c_function(function, result, arguments) for function, result, arguments in prototypes)


def plain_c_function(function: Any, result: Any, arguments: tuple[Any, ...]) -> Any:
    """A pdfium function called through ctypes with the given plain C types (addresses as ints rather than
    pypdfium2's typed pointers): the cheapest ctypes conversion, for functions asked per object or per letter.

    The call keeps the GIL: these functions return in a fraction of a microsecond, less than releasing the GIL
    and taking it back costs (a tenth of the call), and no other thread could use it meanwhile.
    """
    return ctypes.PYFUNCTYPE(result, *arguments)(_address_of(function))


def unchecked_c_function(function: Any, result: Any) -> Any:
    """A pdfium function called through ctypes without argument types (keeping the GIL, as ``plain_c_function``
    does): ctypes then passes a Python int as a C int and a ctypes object (a pointer such as a text page's
    ``raw``, a ``byref``) as it is, sparing the conversion of every argument (a quarter of the call). For the
    functions asked about every letter or line; their callers must pass pointers as ctypes objects, never as
    ints (an int would be passed as 32 bits)."""
    return ctypes.PYFUNCTYPE(result)(_address_of(function))


def _address_of(function: Any) -> int:
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        raise OSError("pdfium function without an address")
    return address


def _regions(bounds: list[tuple[float, ...]], page_area: float) -> list[Region]:
    """Group touching paths and keep the groups that enclose text."""
    groups: list[list[tuple[float, ...]]] = []
    for box in bounds:
        if (box[2] - box[0]) * (box[3] - box[1]) > _MAX_PAGE_SHARE * page_area:
            # A page colour or a background filling the page: behind every box, it would join them all into one.
            continue
        touching = [group for group in groups if any(_touch(box, other) for other in group)]
        merged = [box]
        for group in touching:
            merged.extend(group)
            groups.remove(group)
        groups.append(merged)
    regions = _banded_tables(groups) + _ruled_across_tables(groups)
    for group in groups:
        left, bottom, right, top = _bounds(group)
        horizontals, verticals = _horizontals(group), _verticals(group)
        # A frame around most of the page is a border, unless rules inside it make a grid: a long table
        # running over a whole page. Rules hugging the frame's edges (a double border's second line) are the
        # frame's own, not a grid's.
        inner_grid = _inner_rules(horizontals, bottom, top) and _inner_rules(verticals, left, right)
        if (right - left) * (top - bottom) > _MAX_PAGE_SHARE * page_area and not inner_grid:
            continue
        boxes = [b for b in group if b[2] - b[0] >= _MIN_BOX and b[3] - b[1] >= _MIN_BOX]
        if len(horizontals) >= 2 and len(verticals) >= 2:
            # The table is where its rules are: shading touching it (a shaded paragraph under the table, drawn
            # line by line) is no part of it.
            left, bottom, right, top = _bounds([b for b in group if min(b[2] - b[0], b[3] - b[1]) <= _THIN])
            one_cell = not _inner_rules(horizontals, bottom, top) and not _inner_rules(verticals, left, right)
            regions.append(Region(BlockKind.TABLE, left, bottom, right, top, one_cell))
        elif boxes and len(group) <= _MAX_BOX_PATHS and all(_same_bounds(b, boxes[0]) for b in group):
            # One rectangle, or one shape whose fill and outline are drawn as paths of (nearly) the same bounds.
            regions.append(Region(BlockKind.TEXT_BOX, left, bottom, right, top))
        elif _thick_frame(group, (left, bottom, right, top)):
            # A shaded one-cell table with thick borders (a case study's box): four borders wider than a rule.
            regions.append(Region(BlockKind.TABLE, left, bottom, right, top, True))
    return regions


def _thick_frame(group: list[tuple[float, ...]], bounds: tuple[float, float, float, float]) -> bool:
    """Whether a group is a fill (drawn once or twice) inside four borders wider than a rule and no wider than
    Word draws them, one along each of its edges."""
    if len(group) > 6:  # four borders and a fill drawn at most twice; a chart's thousand bars are none
        return False
    left, bottom, right, top = bounds
    edges = [b for b in group if _THIN < min(b[2] - b[0], b[3] - b[1]) <= _THICK_BORDER]
    fills = [b for b in group if b not in edges]
    if len(edges) != 4 or not fills or len(fills) > 2 or not all(_same_bounds(f, fills[0]) for f in fills):
        return False
    near = _TOUCH + _THICK_BORDER
    return (
        sum(abs(b[1] - bottom) <= near and b[2] - b[0] > b[3] - b[1] for b in edges) == 1
        and sum(abs(b[3] - top) <= near and b[2] - b[0] > b[3] - b[1] for b in edges) == 1
        and sum(abs(b[0] - left) <= near and b[3] - b[1] > b[2] - b[0] for b in edges) == 1
        and sum(abs(b[2] - right) <= near and b[3] - b[1] > b[2] - b[0] for b in edges) == 1
    )


def _ruled_across_tables(groups: list[list[tuple[float, ...]]]) -> list[Region]:
    """The tables ruled only across, with no shading (Word's "Plain Table" styles, or borders removed but for
    the rows'): three rules or more of one width, each a row's height or less from the next, found among the
    groups and taken out of them. A heading's rule (a paragraph's bottom border) has a paragraph or more of text
    between it and the next, further apart than a table's rows."""
    rules = sorted(
        (group for group in groups if len(group) == 1 and _horizontals(group) and _wide(group[0])),
        key=lambda group: -group[0][1],
    )
    tables: list[Region] = []
    used: set[int] = set()  # the rules' groups taken into a table, by identity
    for rule in rules:
        if id(rule) in used:
            continue
        stack = [rule]
        for other in rules:
            if other is rule or id(other) in used or not _same_width(stack[0], other):
                continue
            if 0 < stack[-1][0][1] - other[0][1] <= _MAX_ROW:
                stack.append(other)
        if len(stack) >= _MIN_RULES_ACROSS:
            used.update(id(group) for group in stack)
            tables.append(Region(BlockKind.TABLE, *_bounds([group[0] for group in stack]), ruled_across=True))
    groups[:] = [group for group in groups if id(group) not in used]
    return tables


def _wide(path: tuple[float, ...]) -> bool:
    return path[2] - path[0] >= _MIN_RULE_WIDTH


_MIN_RULES_ACROSS = 3
_MAX_ROW = 48.0  # points between one row's rule and the next at most: three lines of 12-point text
_MIN_RULE_WIDTH = 72.0  # points: a table's rules run an inch at least


_MAX_BOX_PATHS = 3
_MIN_BANDED_LINES = 3  # rows of cells and rules, together, that a table ruled only across has at least


def _banded_tables(groups: list[list[tuple[float, ...]]]) -> list[Region]:
    """The tables ruled only across, found among the groups and taken out of them: a table styled with rules
    above, below and under its header and its rows shaded in bands ("Light Shading" in Word) has no vertical
    rule, and its rules and bands do not touch where a row is left white. A row is known by its cells: shaded
    rectangles of one height side by side, which neither a shaded paragraph (one per line, stacked) nor a text
    box (one rectangle) draws. The groups above, below and between such rows, as wide as the table and no
    further from it than a row is tall, are its other rows and rules."""
    tables: list[list[tuple[float, ...]]] = []
    for group in list(groups):
        if group in groups and _cells_side_by_side(group) and len(_verticals(group)) < 2:
            groups.remove(group)
            table = list(group)
            row = max(b[3] - b[1] for b in _cells(table))
            grown = True
            while grown:
                grown = False
                for other in list(groups):
                    if _same_width(table, other) and _vertical_gap(table, other) <= row + _TOUCH:
                        groups.remove(other)
                        table.extend(other)
                        grown = True
            tables.append(table)
    regions = []
    for table in tables:
        rows = len({(round(b[1]), round(b[3])) for b in table if b[3] - b[1] > _THIN})
        if len(_horizontals(table)) + rows >= _MIN_BANDED_LINES:
            regions.append(Region(BlockKind.TABLE, *_bounds(table), ruled_across=True))
        else:  # a band of a heading beside its label: not a table, weighed below as before
            groups.append(table)
    return regions


def _cells_side_by_side(group: list[tuple[float, ...]]) -> bool:
    """Whether two shaded rectangles of a group share their top and bottom and meet side by side: cells of a row.

    Each is compared only with those whose left edge lies where it ends (found by bisection on the left edges):
    a chart's bars or a drawing may put thousands of rectangles in one group, and every pair would be millions."""
    cells = sorted(set(_cells(group)))
    lefts = [cell[0] for cell in cells]
    for a in cells:
        start, stop = bisect.bisect_left(lefts, a[2] - _TOUCH), bisect.bisect_right(lefts, a[2] + _TOUCH)
        if any(b is not a and abs(a[1] - b[1]) <= 1 and abs(a[3] - b[3]) <= 1 for b in cells[start:stop]):
            return True
    return False


def _cells(group: list[tuple[float, ...]]) -> list[tuple[float, ...]]:
    return [b for b in group if b[2] - b[0] >= _MIN_BOX and b[3] - b[1] > _THIN]


def _horizontals(group: list[tuple[float, ...]]) -> list[float]:
    """Where a group's horizontal rules run (their middles, from the bottom of the page)."""
    return [(b[1] + b[3]) / 2 for b in group if b[3] - b[1] <= _THIN and b[2] - b[0] > _THIN]


def _verticals(group: list[tuple[float, ...]]) -> list[float]:
    """Where a group's vertical rules run (their middles, from the left of the page)."""
    return [(b[0] + b[2]) / 2 for b in group if b[2] - b[0] <= _THIN and b[3] - b[1] > _THIN]


def _bounds(paths: list[tuple[float, ...]]) -> tuple[float, float, float, float]:
    """Left, bottom, right and top of the rectangle holding every path."""
    return min(b[0] for b in paths), min(b[1] for b in paths), max(b[2] for b in paths), max(b[3] for b in paths)


def _same_width(a: list[tuple[float, ...]], b: list[tuple[float, ...]]) -> bool:
    a_left, _, a_right, _ = _bounds(a)
    b_left, _, b_right, _ = _bounds(b)
    return abs(a_left - b_left) <= _TOUCH and abs(a_right - b_right) <= _TOUCH


def _vertical_gap(a: list[tuple[float, ...]], b: list[tuple[float, ...]]) -> float:
    _, a_bottom, _, a_top = _bounds(a)
    _, b_bottom, _, b_top = _bounds(b)
    return max(b_bottom - a_top, a_bottom - b_top, 0.0)


def _inner_rules(positions: list[float], low: float, high: float) -> bool:
    """Whether any rule lies inside a region's extent rather than along its edges."""
    return any(low + _MIN_BOX < position < high - _MIN_BOX for position in positions)


def _same_bounds(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all(abs(x - y) <= _TOUCH for x, y in zip(a, b, strict=True))


def _touch(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] - _TOUCH <= b[2] and b[0] - _TOUCH <= a[2] and a[1] - _TOUCH <= b[3] and b[1] - _TOUCH <= a[3]
