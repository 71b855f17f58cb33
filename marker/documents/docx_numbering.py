"""Word's automatic numbering: the label a numbered paragraph shows ("1.2", "(b)", "Task 1:").

A heading numbered by a multilevel list holds no number in its text: Word draws it from ``numbering.xml``.
Candidates number tasks and parts that way ("Task 1" before a task's title, "(a)" before a part's), so the
reader puts the label back in front of a heading's text, as the page shows it. Counters follow Word's rules
closely enough for headings: one set per abstract numbering (lists naming it share it), a level's counter
starts at its ``w:start`` (or a ``w:startOverride`` of the list), and counting at one level restarts the
levels below it unless ``w:lvlRestart`` says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

_LEVELS = 9


@dataclass(frozen=True)
class _Level:
    start: int
    format: str
    text: str
    restart: int | None  # w:lvlRestart: 0 never restarts; None restarts after any higher level
    legal: bool  # w:isLgl: every number in the label shown in decimal
    style: str | None  # w:pStyle: the paragraph style this level belongs to


class Numbering:
    """The numbering part of a DOCX, with the counters of one walk through the body.

    The part is read only when a numbered heading needs its label: most reports number list items only, whose
    labels are never shown in the text. Until then the numbered paragraphs are noted, and counted on reading.
    """

    def __init__(self, load: Callable[[], etree._Element | None], w: str) -> None:
        self._w = w
        self._load: Callable[[], etree._Element | None] | None = load
        self._pending: list[tuple[str, int | None, str | None]] = []
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self._counters: dict[str, list[int | None]] = {}
        self._overridden: set[str] = set()

    def count(self, num_id: str, level: int | None, style_id: str | None) -> None:
        """Count a numbered paragraph whose label is not wanted (a list item)."""
        if self._load is not None:
            self._pending.append((num_id, level, style_id))
        else:
            self.next_label(num_id, level, style_id)

    def next_label(self, num_id: str, level: int | None, style_id: str | None) -> str | None:
        """Count one more paragraph of list ``num_id`` at ``level`` (None: the level its style ``style_id`` has
        in the list) and give the label Word shows before it (None for a bullet, an empty label or a list the
        file does not define)."""
        if self._load is not None:
            root, self._load = self._load(), None
            if root is not None:
                self._read(root)
            pending, self._pending = self._pending, []
            for item in pending:
                self.next_label(*item)
        if level is None:
            level = self._level_of_style(num_id, style_id)
        return self._advance(num_id, level)

    def _read(self, root: etree._Element) -> None:
        w = self._w
        for abstract in root.iter(f"{{{w}}}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iter(f"{{{w}}}lvl"):
                level = _int(lvl.get(f"{{{w}}}ilvl"))
                if level is not None and 0 <= level < _LEVELS:
                    levels[level] = self._level(lvl)
            self._abstract[abstract.get(f"{{{w}}}abstractNumId", "")] = levels
        for num in root.iter(f"{{{w}}}num"):
            abstract_id = self._val(num.find(f"{{{w}}}abstractNumId"))
            if abstract_id is None:
                continue
            overrides: dict[int, int] = {}
            for override in num.iter(f"{{{w}}}lvlOverride"):
                level = _int(override.get(f"{{{w}}}ilvl"))
                start = _int(self._val(override.find(f"{{{w}}}startOverride")))
                if level is not None and start is not None:
                    overrides[level] = start
            self._lists[num.get(f"{{{w}}}numId", "")] = (abstract_id, overrides)

    def _val(self, element: etree._Element | None) -> str | None:
        return None if element is None else element.get(f"{{{self._w}}}val")

    def _level(self, lvl: etree._Element) -> _Level:
        w = self._w
        restart = _int(self._val(lvl.find(f"{{{w}}}lvlRestart")))
        legal = lvl.find(f"{{{w}}}isLgl")
        return _Level(
            start=_int(self._val(lvl.find(f"{{{w}}}start"))) or 0,
            format=self._val(lvl.find(f"{{{w}}}numFmt")) or "decimal",
            text=self._val(lvl.find(f"{{{w}}}lvlText")) or "",
            restart=restart,
            legal=legal is not None and legal.get(f"{{{w}}}val", "true") not in ("0", "false", "off"),
            style=self._val(lvl.find(f"{{{w}}}pStyle")),
        )

    def _level_of_style(self, num_id: str, style_id: str | None) -> int:
        """The level a style's numbering puts its paragraphs at: the level naming the style, else the first."""
        entry = self._lists.get(num_id)
        if entry is None or style_id is None:
            return 0
        levels = self._abstract.get(entry[0], {})
        return next((index for index, level in sorted(levels.items()) if level.style == style_id), 0)

    def _advance(self, num_id: str, level: int) -> str | None:
        entry = self._lists.get(num_id)
        if entry is None:
            return None
        abstract_id, overrides = entry
        levels = self._abstract.get(abstract_id)
        if not levels or level not in levels:
            return None
        counters = self._counters.setdefault(abstract_id, [None] * _LEVELS)
        if num_id not in self._overridden:
            self._overridden.add(num_id)
            for index, start in overrides.items():
                if 0 <= index < _LEVELS:
                    counters[index] = start - 1
        current = counters[level]
        counters[level] = levels[level].start if current is None else current + 1
        for deeper in range(level + 1, _LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and restart - 1 <= level):
                counters[deeper] = None
        this = levels[level]
        if this.format in ("bullet", "none") or not this.text:
            return None
        label = this.text
        for index in range(_LEVELS):
            placeholder = f"%{index + 1}"
            if placeholder not in label:
                continue
            shown = levels.get(index)
            value = counters[index]
            if value is None:
                value = shown.start if shown is not None else 1
            number_format = "decimal" if this.legal or shown is None else shown.format
            label = label.replace(placeholder, _format(value, number_format))
        return label.strip() or None


def _format(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter"):
        letters = _letters(value)
        return letters if number_format == "lowerLetter" else letters.upper()
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    return str(value)


def _letters(value: int) -> str:
    """Word's letters: a to z, then aa to zz (the letter repeated), and so on."""
    if value <= 0:
        return str(value)
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if value <= 0:
        return str(value)
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    result = []
    for amount, numeral in numerals:
        count, value = divmod(value, amount)
        result.append(numeral * count)
    return "".join(result)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
