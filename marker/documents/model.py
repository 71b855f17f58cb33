"""One document model for DOCX and PDF: an ordered list of blocks, each with its page where known."""

from __future__ import annotations

from dataclasses import dataclass
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
    bold, which documents without heading styles use as headings. ``page`` is 1-based, None when unknown.
    """

    kind: BlockKind
    text: str
    page: int | None = None
    level: int | None = None
    bold: bool = False
    style: str = ""


@dataclass(frozen=True)
class Document:
    """A read document: its blocks in order and its page count with where that figure came from."""

    name: str
    format: DocumentFormat
    blocks: tuple[Block, ...]
    pages: int | None
    pages_source: PagesSource | None
