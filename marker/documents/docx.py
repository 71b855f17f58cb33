"""Reading a DOCX into a Document by walking its XML once with lxml.

python-docx is not used for reading: it skips content inside insertions, smart tags and content controls,
and re-scans the body for each paragraph. The walk here keeps what a reader of the printed document sees:
runs inside ``w:ins``, ``w:smartTag``, ``w:sdt``, hyperlinks and field results; it drops deleted text, field
codes, hidden runs (``w:vanish``) and the VML fallback copy of text boxes (``mc:Fallback``), so text boxes
count once. Text boxes, footnotes, endnotes and headers/footers become blocks of their own kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from marker.documents.docx_numbering import Numbering
from marker.documents.docx_styles import Styles, is_off
from marker.documents.errors import UnreadableDocument
from marker.documents.limits import ReadLimits
from marker.documents.model import Block, BlockKind, Document, PagesSource
from marker.documents.package import REL_NS, Package
from marker.documents.structure import refine_blocks

W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
EXTENDED_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"

# Containers whose content is read as if it were not there.
_TRANSPARENT = ("ins", "smartTag", "hyperlink", "customXml", "fldSimple", "moveTo", "bdo", "dir", "sdtContent")
# Containers whose content was removed in tracked changes.
_REMOVED = ("del", "moveFrom")


@dataclass
class _Paragraph:
    """What walking one paragraph found."""

    text: list[str] = field(default_factory=list)
    bold_chars: int = 0
    plain_chars: int = 0
    emphasised_chars: int = 0  # letters set in italics or underlined by the run's own formatting
    lead: list[str] = field(default_factory=list)  # the text in bold before the first letter that is not
    start: tuple[int, int] | None = None  # (rendered breaks, hard breaks) before the first text
    text_boxes: list[str] = field(default_factory=list)
    boxes_before: int = 0  # how many of them stand before the paragraph's first text
    contents: bool = False


@dataclass
class _Pending:
    """A block waiting for the page source to be chosen: both candidate page counters are kept."""

    kind: BlockKind
    text: str
    rendered: int
    hard: int
    level: int | None = None
    bold: bool = False
    style: str = ""
    emphasised: bool = False
    lead: str = ""


class _Walker:
    """Walks body-like XML (body, table cells, text boxes, notes, headers) in document order."""

    def __init__(self, w: str, styles: Styles, numbering: Numbering | None = None) -> None:
        self.w = w
        self.styles = styles
        self.numbering = numbering  # the body's walker only: notes, boxes and headers keep no list counters
        self.rendered = 0
        self.hard = 0
        self.fields: list[list[str | bool]] = []  # [instruction, in_result] per open complex field
        self.toc_depth = 0  # > 0 inside a Table of Contents content control
        self.blocks: list[_Pending] = []
        self.note_pages: dict[tuple[str, str], tuple[int, int]] = {}
        self._tag = {name: f"{{{w}}}{name}" for name in _NAMES}

    # --- block level -------------------------------------------------------------------------------------
    def walk_blocks(self, container: etree._Element) -> None:
        """Emit blocks for the block-level children of a body, cell, note or header."""
        t = self._tag
        for child in container:
            tag = child.tag
            if tag == t["p"]:
                self._emit_paragraph(child)
            elif tag == t["tbl"]:
                self._emit_table(child)
            elif tag == t["sdt"]:
                toc = self._is_toc_sdt(child)
                self.toc_depth += toc
                content = child.find(t["sdtContent"])
                if content is not None:
                    self.walk_blocks(content)
                self.toc_depth -= toc
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self.walk_blocks(choice)
            elif isinstance(tag, str) and tag.startswith("{") and tag.split("}", 1)[1] in ("customXml", "ins"):
                self.walk_blocks(child)

    def _is_toc_sdt(self, sdt: etree._Element) -> int:
        gallery = sdt.find(f"{self._tag['sdtPr']}/{{{self.w}}}docPartObj/{{{self.w}}}docPartGallery")
        if gallery is None:
            return 0
        return int("table of contents" in gallery.get(f"{{{self.w}}}val", "").lower())

    def _emit_paragraph(self, p: etree._Element) -> None:
        w = self.w
        ppr = p.find(self._tag["pPr"])
        style_id = None
        outline = None
        list_at: tuple[str, int | None] | None = None
        page_break_before: bool | None = None
        section_break = False
        if ppr is not None:
            style_el = ppr.find(self._tag["pStyle"])
            style_id = style_el.get(f"{{{w}}}val") if style_el is not None else None
            outline_el = ppr.find(self._tag["outlineLvl"])
            if outline_el is not None:
                outline = _int(outline_el.get(f"{{{w}}}val"))
            num_id = ppr.find(f"{self._tag['numPr']}/{self._tag['numId']}")
            if num_id is not None:
                level_el = ppr.find(f"{self._tag['numPr']}/{{{w}}}ilvl")
                list_at = (
                    num_id.get(f"{{{w}}}val", "0"),
                    _int(level_el.get(f"{{{w}}}val")) if level_el is not None else None,
                )
            pbb = ppr.find(self._tag["pageBreakBefore"])
            page_break_before = not is_off(pbb, w) if pbb is not None else None
            sect = ppr.find(self._tag["sectPr"])
            if sect is not None:
                sect_type = sect.find(self._tag["type"])
                kind = sect_type.get(f"{{{w}}}val", "nextPage") if sect_type is not None else "nextPage"
                section_break = kind != "continuous"
        style = self.styles.paragraph(style_id)
        if page_break_before is None:
            page_break_before = style.page_break_before
        if page_break_before and self.blocks:  # Word ignores a break before the first paragraph
            self.hard += 1
        found = _Paragraph(contents=self.toc_depth > 0 or self._in_toc_field())
        self._walk_inline(p, found, style.bold)
        text = "".join(found.text).strip()
        start = found.start or (self.rendered, self.hard)
        # A shape before the paragraph's text (a part's label in a circle, a heading in a banner anchored to the
        # paragraph under it) is read before it, as it stands on the page.
        for box in found.text_boxes[: found.boxes_before]:
            self.blocks.append(_Pending(BlockKind.TEXT_BOX, box, start[0], start[1], style="text box"))
        level = style.heading_level
        if outline is not None:
            level = outline + 1 if outline < 9 else None
        if not text and level is not None and not (found.contents or style.contents):
            # A numbered heading left empty shows its number alone ("1.2"), which heads the part as typed would.
            label = self._list_label(list_at, style_id, wanted=True)
            if label:
                self.blocks.append(
                    _Pending(BlockKind.HEADING, label, start[0], start[1], level=level, style=style.name)
                )
        elif text:
            if found.contents or style.contents:
                kind = BlockKind.CONTENTS
            elif level is not None:
                kind = BlockKind.HEADING
            elif style.caption:
                kind = BlockKind.CAPTION
            elif (list_at is not None and list_at[0] != "0") or style.list_item:
                kind = BlockKind.LIST_ITEM
            else:
                kind = BlockKind.PARAGRAPH
            label = self._list_label(list_at, style_id, wanted=kind == BlockKind.HEADING)
            if label is not None:
                # The number Word shows before a numbered heading ("1.2", "(b)"); a list item's is no word.
                text = f"{label} {text}"
            self.blocks.append(
                _Pending(
                    kind=kind,
                    text=text,
                    rendered=start[0],
                    hard=start[1],
                    level=level if kind == BlockKind.HEADING else None,
                    bold=found.bold_chars > 0 and found.plain_chars == 0,
                    style=style.name,
                    emphasised=found.emphasised_chars > 0
                    and found.emphasised_chars == found.bold_chars + found.plain_chars,
                    lead="".join(found.lead).strip() if found.bold_chars and found.plain_chars else "",
                )
            )
        else:
            self._list_label(list_at, style_id, wanted=False)  # an empty numbered paragraph still counts
        for box in found.text_boxes[found.boxes_before :]:
            self.blocks.append(_Pending(BlockKind.TEXT_BOX, box, start[0], start[1], style="text box"))
        if section_break:
            self.hard += 1

    def _list_label(self, list_at: tuple[str, int | None] | None, style_id: str | None, *, wanted: bool) -> str | None:
        """Count a paragraph in its automatic list (its own numbering, else its style's); give its label when
        ``wanted``."""
        if self.numbering is None:
            return None
        if list_at is None:
            list_at = self.styles.numbering(style_id)
        if list_at is None or list_at[0] == "0":
            return None
        num_id, level = list_at
        style = style_id or self.styles.default_paragraph
        if not wanted:
            self.numbering.count(num_id, level, style)
            return None
        return self.numbering.next_label(num_id, level, style)

    def _emit_table(self, tbl: etree._Element) -> None:
        start = (self.rendered, self.hard)
        boxes: list[str] = []
        rows = self._table_rows(tbl, boxes)
        text = "\n".join("\t".join(cell for cell in row if cell) for row in rows if any(row)).strip()
        if text:
            self.blocks.append(_Pending(BlockKind.TABLE, text, start[0], start[1], style="table"))
        for box in boxes:
            self.blocks.append(_Pending(BlockKind.TEXT_BOX, box, start[0], start[1], style="text box"))

    def _table_rows(self, tbl: etree._Element, boxes: list[str]) -> list[list[str]]:
        """The text of a table's cells, row by row; nested tables are flattened into their cell."""
        t = self._tag
        rows: list[list[str]] = []
        for tr in _children(tbl, t["tr"], self._wrappers):
            cells: list[str] = []
            for tc in _children(tr, t["tc"], self._wrappers):
                parts: list[str] = []
                for item in _children_any(tc, (t["p"], t["tbl"]), self._wrappers):
                    if item.tag == t["tbl"]:
                        nested = self._table_rows(item, boxes)
                        parts.append(" ".join(" ".join(row) for row in nested))
                        continue
                    found = _Paragraph(contents=self.toc_depth > 0 or self._in_toc_field())
                    self._walk_inline(item, found, self.styles.paragraph(_style_id(item, self.w)).bold)
                    parts.append("".join(found.text).strip())
                    boxes.extend(found.text_boxes)
                cells.append(" ".join(part for part in parts if part))
            rows.append(cells)
        return rows

    @property
    def _wrappers(self) -> tuple[str, ...]:
        t = self._tag
        return (t["sdt"], t["sdtContent"], t["customXml"], t["ins"])

    # --- inline level ------------------------------------------------------------------------------------
    def _in_toc_field(self) -> bool:
        return any(str(entry[0]).lstrip().upper().startswith("TOC") for entry in self.fields)

    def _walk_inline(self, element: etree._Element, found: _Paragraph, para_bold: bool) -> None:
        t = self._tag
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == t["r"]:
                self._walk_run(child, found, para_bold)
                continue
            local = tag.rsplit("}", 1)[-1]
            if tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._walk_inline(choice, found, para_bold)
            elif local in _REMOVED or local == "pPr":
                continue
            elif local == "sdt":
                content = child.find(t["sdtContent"])
                if content is not None:
                    self._walk_inline(content, found, para_bold)
            elif local in _TRANSPARENT:
                if local == "fldSimple" and child.get(f"{{{self.w}}}instr", "").lstrip().upper().startswith("TOC"):
                    found.contents = True
                self._walk_inline(child, found, para_bold)

    def _walk_run(self, run: etree._Element, found: _Paragraph, para_bold: bool) -> None:
        t = self._tag
        w = self.w
        rpr = run.find(t["rPr"])
        bold = para_bold
        emphasised = False
        if rpr is not None:
            vanish = rpr.find(t["vanish"])
            if vanish is not None and not is_off(vanish, w):
                return
            italic = rpr.find(t["i"])
            underline = rpr.find(t["u"])
            emphasised = (italic is not None and not is_off(italic, w)) or (
                underline is not None and underline.get(f"{{{w}}}val", "single") != "none"
            )
            b = rpr.find(t["b"])
            if b is not None:
                bold = not is_off(b, w)
            else:
                rstyle = rpr.find(t["rStyle"])
                if rstyle is not None and self.styles.character_bold(rstyle.get(f"{{{w}}}val", "")):
                    bold = True
        for child in run:
            tag = child.tag
            if tag == t["t"]:
                if self.fields and not self.fields[-1][1]:
                    continue  # text inside a field's instruction part is not shown
                value = child.text or ""
                if value:
                    self._add_text(found, value, bold)
                    if emphasised:
                        found.emphasised_chars += len(value.strip())
            elif tag == t["tab"]:
                self._add_text(found, "\t", bold, counts=False)
            elif tag == t["br"]:
                if child.get(f"{{{w}}}type") == "page":
                    self.hard += 1
                else:
                    self._add_text(found, "\n", bold, counts=False)
            elif tag == t["cr"]:
                self._add_text(found, "\n", bold, counts=False)
            elif tag == t["noBreakHyphen"]:
                self._add_text(found, "-", bold)
            elif tag == t["lastRenderedPageBreak"]:
                self.rendered += 1
            elif tag == t["fldChar"]:
                self._field_char(child.get(f"{{{w}}}fldCharType", ""), found)
            elif tag == t["instrText"]:
                if self.fields:
                    self.fields[-1][0] = str(self.fields[-1][0]) + (child.text or "")
                    if self._in_toc_field():
                        found.contents = True
            elif tag in (t["footnoteReference"], t["endnoteReference"]):
                kind = "footnote" if tag == t["footnoteReference"] else "endnote"
                self.note_pages[(kind, child.get(f"{{{w}}}id", ""))] = (self.rendered, self.hard)
            elif tag in (t["drawing"], t["pict"], f"{{{MC}}}AlternateContent", t["object"]):
                boxes = self._text_boxes(child)
                found.text_boxes.extend(boxes)
                if found.start is None:
                    found.boxes_before += len(boxes)

    def _add_text(self, found: _Paragraph, value: str, bold: bool, counts: bool = True) -> None:
        if counts and found.start is None:
            found.start = (self.rendered, self.hard)
        found.text.append(value)
        if counts:
            letters = len(value.strip())
            if bold:
                found.bold_chars += letters
            else:
                found.plain_chars += letters
        if not found.plain_chars:
            found.lead.append(value)

    def _field_char(self, kind: str, found: _Paragraph) -> None:
        if kind == "begin":
            self.fields.append(["", False])
        elif kind == "separate" and self.fields:
            self.fields[-1][1] = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _text_boxes(self, element: etree._Element) -> list[str]:
        """The text of the text boxes in a drawing, reading only the preferred (mc:Choice) copy."""
        if element.tag == f"{{{MC}}}AlternateContent":
            choice = element.find(f"{{{MC}}}Choice")
            return self._text_boxes(choice) if choice is not None else []
        boxes: list[str] = []
        txbx = self._tag["txbxContent"]
        for content in element.iter(txbx):
            if _inside_fallback(content, element) or _has_ancestor(content, txbx, element):
                continue
            inner = _Walker(self.w, self.styles)
            inner.walk_blocks(content)
            # Page breaks inside a text box do not move the body's pages.
            text = "\n".join(block.text for block in inner.blocks).strip()
            if text:
                boxes.append(text)
        return boxes


_NAMES = (
    "p", "tbl", "tr", "tc", "sdt", "sdtPr", "sdtContent", "pPr", "pStyle", "outlineLvl", "numPr", "numId",
    "pageBreakBefore", "sectPr", "type", "r", "rPr", "vanish", "b", "i", "u", "rStyle", "t", "tab", "br", "cr",
    "noBreakHyphen", "lastRenderedPageBreak", "fldChar", "instrText", "footnoteReference",
    "endnoteReference", "drawing", "pict", "object", "txbxContent", "customXml", "ins",
)  # fmt: skip


def _children(parent: etree._Element, tag: str, wrappers: tuple[str, ...]) -> list[etree._Element]:
    return _children_any(parent, (tag,), wrappers)


def _children_any(parent: etree._Element, tags: tuple[str, ...], wrappers: tuple[str, ...]) -> list[etree._Element]:
    """Children with one of ``tags``, looking through content controls and similar wrappers."""
    result: list[etree._Element] = []
    for child in parent:
        if child.tag in tags:
            result.append(child)
        elif child.tag in wrappers:
            result.extend(_children_any(child, tags, wrappers))
    return result


def _inside_fallback(element: etree._Element, stop: etree._Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag == f"{{{MC}}}Fallback":
            return True
    return False


def _has_ancestor(element: etree._Element, tag: str, stop: etree._Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag == tag:
            return True
    return False


def _style_id(p: etree._Element, w: str) -> str | None:
    style = p.find(f"{{{w}}}pPr/{{{w}}}pStyle")
    return style.get(f"{{{w}}}val") if style is not None else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def read_docx(data: bytes, name: str, limits: ReadLimits) -> Document:
    """Read a DOCX (already sniffed) into a Document; pages from Word's own records (see ``_choose_pages``)."""
    package = Package(data, limits)
    main_part = _main_part(package)
    root = package.read_xml(main_part)
    w = root.tag.split("}", 1)[0].lstrip("{") if root.tag.startswith("{") else W_TRANSITIONAL
    if w not in (W_TRANSITIONAL, W_STRICT):
        raise UnreadableDocument("not_a_document")
    rels = package.relationships(main_part)
    by_type: dict[str, list[str]] = {}
    for kind, target in rels.values():
        by_type.setdefault(kind, []).append(target)
    styles_root = _optional_xml(package, by_type.get("styles", []))
    styles = Styles(styles_root, w)
    numbering = Numbering(lambda: _optional_xml(package, by_type.get("numbering", [])), w)

    walker = _Walker(w, styles, numbering)
    body = root.find(f"{{{w}}}body")
    if body is None:
        raise UnreadableDocument("corrupt")
    walker.walk_blocks(body)
    body_blocks = walker.blocks

    saved = _saved_page_count(package)
    pages, source, use = _choose_pages(walker, saved)
    if pages is not None and pages > limits.max_pages:
        raise UnreadableDocument("too_many_pages", _too_many_pages_message(pages, limits))
    blocks = [_finish(block, use, pages) for block in body_blocks]
    blocks.extend(_notes(package, by_type, "footnotes", "footnote", w, styles, walker, use, pages))
    blocks.extend(_notes(package, by_type, "endnotes", "endnote", w, styles, walker, use, pages))
    blocks.extend(_headers_footers(package, by_type, w, styles))
    return Document(
        name=name,
        format="docx",
        blocks=refine_blocks(blocks),
        pages=pages,
        pages_source=source,
        saved_pages=saved,
    )


def _too_many_pages_message(pages: int, limits: ReadLimits) -> str:
    return (
        f"This file has {pages} pages; reports over {limits.max_pages} pages are not checked. Check that "
        "you uploaded your report and not another file."
    )


def _main_part(package: Package) -> str:
    for kind, target in package.relationships("").values():
        if kind == "officeDocument" and package.has(target):
            return target
    if package.has("word/document.xml"):
        return "word/document.xml"
    raise UnreadableDocument("not_a_document")


def _optional_xml(package: Package, targets: list[str]) -> etree._Element | None:
    for target in targets:
        if package.has(target):
            return package.read_xml(target)
    return None


def _choose_pages(walker: _Walker, saved: int | None) -> tuple[int | None, PagesSource | None, str]:
    """Pick the page source: Word's rendered breaks, then the saved page count when the typed page breaks do not
    contradict it, then the typed breaks (a lower bound, since text also flows onto new pages)."""
    if walker.rendered:
        return walker.rendered + 1, "docx-rendered", "rendered"
    if saved is not None and saved >= walker.hard + 1:
        return saved, "docx-metadata", "hard" if walker.hard + 1 == saved else "metadata"
    if walker.hard:
        return walker.hard + 1, "docx-breaks", "hard"
    return None, None, "none"


def _saved_page_count(package: Package) -> int | None:
    target = next(
        (t for kind, t in package.relationships("").values() if kind == "extended-properties"), "docProps/app.xml"
    )
    if not package.has(target):
        return None
    pages = package.read_xml(target).find(f"{{{EXTENDED_PROPERTIES}}}Pages")
    value = _int(pages.text.strip() if pages is not None and pages.text else None)
    return value if value is not None and value > 0 else None


def _finish(block: _Pending, use: str, pages: int | None) -> Block:
    if use == "rendered":
        page: int | None = block.rendered + 1
    elif use == "hard":
        page = block.hard + 1
    elif use == "metadata" and pages == 1:
        page = 1
    else:
        page = None
    return Block(
        block.kind,
        block.text,
        page=page,
        level=block.level,
        bold=block.bold,
        style=block.style,
        emphasised=block.emphasised,
        lead=block.lead,
    )


def _notes(
    package: Package,
    by_type: dict[str, list[str]],
    rel_type: str,
    kind: str,
    w: str,
    styles: Styles,
    body: _Walker,
    use: str,
    pages: int | None,
) -> list[Block]:
    """Footnotes or endnotes as FOOTNOTE blocks, each on the page of its reference where known."""
    root = _optional_xml(package, by_type.get(rel_type, []))
    if root is None:
        return []
    blocks: list[Block] = []
    for note in root.iter(f"{{{w}}}{kind}"):
        if note.get(f"{{{w}}}type", "normal") != "normal":
            continue  # separators and continuation notices
        walker = _Walker(w, styles)
        walker.walk_blocks(note)
        text = " ".join(block.text for block in walker.blocks).strip()
        if not text:
            continue
        where = body.note_pages.get((kind, note.get(f"{{{w}}}id", "")))
        page = None
        if where is not None:
            page = _finish(_Pending(BlockKind.FOOTNOTE, text, where[0], where[1]), use, pages).page
        blocks.append(Block(BlockKind.FOOTNOTE, text, page=page, style=kind))
    return blocks


def _headers_footers(package: Package, by_type: dict[str, list[str]], w: str, styles: Styles) -> list[Block]:
    """Each distinct header and footer once, as HEADER_FOOTER blocks with no page."""
    blocks: list[Block] = []
    seen: set[str] = set()
    for rel_type in ("header", "footer"):
        for target in by_type.get(rel_type, []):
            if not package.has(target):
                continue
            walker = _Walker(w, styles)
            walker.walk_blocks(package.read_xml(target))
            text = "\n".join(block.text for block in walker.blocks).strip()
            if text and text not in seen:
                seen.add(text)
                blocks.append(Block(BlockKind.HEADER_FOOTER, text, style=rel_type))
    return blocks


__all__ = ["REL_NS", "read_docx"]
