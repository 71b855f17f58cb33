"""One document model for DOCX and PDF: an ordered list of blocks, each with its page where known."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

DocumentFormat = Literal["docx", "pdf"]
PagesSource = Literal["pdf", "docx-rendered", "docx-breaks", "docx-metadata", "libreoffice", "estimate"]


class BlockKind(StrEnum):
    """What a block is, which decides whether its words count and whether it can start a part."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    CAPTION = "caption"
    CONTENTS = "contents"
    FOOTNOTE = "footnote"
    TEXT_BOX = "text_box"
    HEADER_FOOTER = "header_footer"


@dataclass(frozen=True)
class Block:
    """A unit of a document's content in reading order.

    ``level`` is the heading level (1 = top) for headings; ``bold`` marks a paragraph written entirely in
    bold, which documents without heading styles use as headings; ``emphasised`` one written entirely in
    italics or underlined (DOCX), which candidates use for sub-headings. ``page`` is 1-based, None when unknown.
    ``lead`` is the text in bold that opens a paragraph going on in plain type: a run-in heading ("Part b –
    Personalising digital channels." and the answer after it) as often as a term being defined.
    """

    kind: BlockKind
    text: str
    page: int | None = None
    level: int | None = None
    bold: bool = False
    style: str = ""
    emphasised: bool = False
    lead: str = ""


TextQualityCode = Literal["no_spaces", "letter_spaced", "unmapped_glyphs", "duplicated_page_text"]


@dataclass(frozen=True)
class TextWarning:
    """Pages whose extracted text cannot be trusted for counting, and why (``code``)."""

    code: TextQualityCode
    pages: tuple[int, ...]

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "pages": list(self.pages)}


@dataclass(frozen=True)
class Document:
    """A read document: its blocks in order and its page count with where that figure came from.

    ``text_quality`` lists pages whose text came out unusable (a PDF's words run together, letters spaced
    out, glyphs without Unicode, the same text on several pages), so counts from them are not trusted
    silently. ``pages_note`` says why the pages come from where they do when the better source failed
    (LibreOffice timed out, say). ``saved_pages`` is the page count the word processor saved in the file.
    ``layout_pdf`` is the PDF LibreOffice made when it laid a DOCX's pages out (kept with a checked script as
    "the script as submitted"); it takes no part in comparisons.
    """

    name: str
    format: DocumentFormat
    blocks: tuple[Block, ...]
    pages: int | None
    pages_source: PagesSource | None
    text_quality: tuple[TextWarning, ...] = ()
    pages_note: str | None = None
    saved_pages: int | None = None
    layout_pdf: bytes | None = field(default=None, repr=False, compare=False)
