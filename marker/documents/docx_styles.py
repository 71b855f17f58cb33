"""What a DOCX's styles say about its paragraphs: heading level (outline level, then name through the
``basedOn`` chain), contents (TOC styles), captions, lists and bold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_TOC_NAME = re.compile(r"^(?:toc\s*[1-9]|toc heading|table of figures|index\s*[1-9])$", re.IGNORECASE)


def is_off(element: etree._Element | None, w: str) -> bool:
    """Whether an OOXML on/off property element is absent or explicitly switched off."""
    if element is None:
        return True
    return element.get(f"{{{w}}}val", "true").lower() in ("0", "false", "off", "none")


@dataclass(frozen=True)
class ParagraphStyle:
    """What a paragraph style (with everything it is based on) means for reading."""

    name: str
    heading_level: int | None  # 1 = top; None for body text
    contents: bool
    caption: bool
    list_item: bool
    bold: bool
    page_break_before: bool


@dataclass
class _RawStyle:
    name: str
    kind: str
    based_on: str | None
    outline: int | None
    num_id: str | None  # the automatic numbering the style gives its paragraphs ("0": none), and at which level
    num_level: int | None
    bold: bool | None
    page_break_before: bool

    @property
    def numbered(self) -> bool:
        return self.num_id is not None and self.num_id != "0"


class Styles:
    """The styles part of a DOCX, resolved on demand and cached per style id.

    Only the style elements are indexed up front; a style's properties are read when a paragraph or run first
    names it (or a style based on it), because a styles part often holds hundreds of styles and a document
    uses a handful.
    """

    def __init__(self, root: etree._Element | None, w: str) -> None:
        self._w = w
        self._elements: dict[str, etree._Element] = {}
        self._raw: dict[str, _RawStyle] = {}
        self._resolved: dict[str, ParagraphStyle] = {}
        self._char_bold: dict[str, bool] = {}
        self._numbering: dict[str, tuple[str, int | None] | None] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        style_id_attr, type_attr, default_attr = f"{{{w}}}styleId", f"{{{w}}}type", f"{{{w}}}default"
        for style in root.iter(f"{{{w}}}style"):
            style_id = style.get(style_id_attr, "")
            self._elements[style_id] = style  # a later duplicate id wins, as it always has
            if style.get(type_attr, "paragraph") == "paragraph" and style.get(default_attr) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def _raw_style(self, style_id: str) -> _RawStyle:
        """The properties of one style element, read once."""
        raw = self._raw.get(style_id)
        if raw is not None:
            return raw
        w = self._w
        style = self._elements[style_id]
        name_el = style.find(f"{{{w}}}name")
        based_el = style.find(f"{{{w}}}basedOn")
        ppr = style.find(f"{{{w}}}pPr")
        rpr = style.find(f"{{{w}}}rPr")
        outline = None
        num_id_value: str | None = None
        num_level: int | None = None
        page_break_before = False
        if ppr is not None:
            outline_el = ppr.find(f"{{{w}}}outlineLvl")
            if outline_el is not None:
                outline = _int(outline_el.get(f"{{{w}}}val"))
            num_id = ppr.find(f"{{{w}}}numPr/{{{w}}}numId")
            if num_id is not None:
                num_id_value = num_id.get(f"{{{w}}}val", "0")
                level_el = ppr.find(f"{{{w}}}numPr/{{{w}}}ilvl")
                num_level = _int(level_el.get(f"{{{w}}}val")) if level_el is not None else None
            page_break_before = not is_off(ppr.find(f"{{{w}}}pageBreakBefore"), w)
        bold = None
        if rpr is not None and rpr.find(f"{{{w}}}b") is not None:
            bold = not is_off(rpr.find(f"{{{w}}}b"), w)
        raw = _RawStyle(
            name=name_el.get(f"{{{w}}}val", style_id) if name_el is not None else style_id,
            kind=style.get(f"{{{w}}}type", "paragraph"),
            based_on=based_el.get(f"{{{w}}}val") if based_el is not None else None,
            outline=outline,
            num_id=num_id_value,
            num_level=num_level,
            bold=bold,
            page_break_before=page_break_before,
        )
        self._raw[style_id] = raw
        return raw

    def _chain(self, style_id: str) -> list[_RawStyle]:
        """The style and the styles it is based on, nearest first (cycles cut)."""
        chain: list[_RawStyle] = []
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen and current in self._elements and len(chain) < 20:
            seen.add(current)
            raw = self._raw_style(current)
            chain.append(raw)
            current = raw.based_on
        return chain

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        """The resolved meaning of a paragraph style id (the default style when None)."""
        key = style_id or self.default_paragraph or ""
        if key in self._resolved:
            return self._resolved[key]
        chain = self._chain(key)
        level: int | None = None
        for raw in chain:
            if raw.outline is not None:
                # Outline level 9 is Word's "body text": an explicit statement that this is no heading.
                level = raw.outline + 1 if raw.outline < 9 else None
                break
            match = _HEADING_NAME.match(raw.name.strip())
            if match:
                level = int(match.group(1))
                break
        names = [raw.name.strip() for raw in chain]
        bold = next((raw.bold for raw in chain if raw.bold is not None), False)
        resolved = ParagraphStyle(
            name=ui_name(chain[0].name) if chain else (style_id or "Normal"),
            heading_level=level,
            contents=any(_TOC_NAME.match(name) for name in names),
            caption=any(name.lower() == "caption" for name in names),
            list_item=any(raw.numbered for raw in chain) or any("list" in name.lower() for name in names[:1]),
            bold=bold,
            page_break_before=any(raw.page_break_before for raw in chain),
        )
        self._resolved[key] = resolved
        return resolved

    def numbering(self, style_id: str | None) -> tuple[str, int | None] | None:
        """The automatic numbering a paragraph style gives (list id and level, if the style names one), through
        its chain; None when it gives none ("0" switches numbering off)."""
        key = style_id or self.default_paragraph or ""
        if key not in self._numbering:
            found = next((raw for raw in self._chain(key) if raw.num_id is not None), None)
            num_id = found.num_id if found is not None else None
            self._numbering[key] = (
                None if found is None or num_id is None or num_id == "0" else (num_id, found.num_level)
            )
        return self._numbering[key]

    def character_bold(self, style_id: str) -> bool:
        """Whether a character style (through its chain) makes text bold."""
        if style_id not in self._char_bold:
            chain = self._chain(style_id)
            self._char_bold[style_id] = bool(next((raw.bold for raw in chain if raw.bold is not None), False))
        return self._char_bold[style_id]


def ui_name(name: str) -> str:
    """The name Word shows for a built-in style ("heading 1" is stored, "Heading 1" is shown)."""
    lowered = name.lower()
    if lowered.startswith("toc "):
        return "TOC " + name[4:]
    if lowered in ("normal", "title", "subtitle", "caption") or _HEADING_NAME.match(name):
        return name[0].upper() + name[1:]
    return name


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
