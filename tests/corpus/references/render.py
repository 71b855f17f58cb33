"""Cite Them Right Harvard as citeproc-py renders it: reference-list entries and in-text citations.

The style is the CSL file that ships with citeproc-py (``harvard-cite-them-right``, Cite Them Right 12th
edition, CC BY-SA 3.0 like every CSL style). Narrative citations ("Jones et al. (2016, p. 4)") are not a
CSL citation form that citeproc-py implements (it has no suppress-author), so two styles are derived from
the same file by replacing only its citation layout: one renders the author part alone, the other the year
and locator alone, both with the style's own macros. Nothing here writes a citation by hand.
"""

from __future__ import annotations

import copy
import functools
import io
import os
import warnings
from collections.abc import Sequence
from typing import Any

import citeproc
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
from citeproc.source.json import CiteProcJSON
from lxml import etree

STYLE_PATH = os.path.join(os.path.dirname(citeproc.__file__), "data", "styles", "harvard-cite-them-right.csl")
_CSL = "{http://purl.org/net/xbiblio/csl}"

# Citation layouts of the derived styles, built from the style's own macros.
_LAYOUTS = {
    "full": None,
    "bare": '<layout xmlns="http://purl.org/net/xbiblio/csl" delimiter="; "><group delimiter=", ">'
    '<group delimiter=", "><text macro="author-short"/><text macro="year-date"/></group>'
    '<group><label variable="locator" form="short" suffix=" "/><text variable="locator"/></group></group></layout>',
    "author": '<layout xmlns="http://purl.org/net/xbiblio/csl"><text macro="author-short"/></layout>',
    "year": '<layout xmlns="http://purl.org/net/xbiblio/csl" delimiter="; "><group delimiter=", ">'
    '<text macro="year-date"/>'
    '<group><label variable="locator" form="short" suffix=" "/><text variable="locator"/></group></group></layout>',
}


@functools.cache
def style(name: str = "full") -> CitationStylesStyle:
    """The Cite Them Right style, or one derived from it with another citation layout."""
    with open(STYLE_PATH, "rb") as handle:
        tree = etree.parse(handle)
    layout = _LAYOUTS[name]
    if layout is not None:
        citation = tree.getroot().find(f"{_CSL}citation")
        assert citation is not None
        old = citation.find(f"{_CSL}layout")
        assert old is not None
        citation.replace(old, etree.fromstring(layout))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL features it does not implement
        return CitationStylesStyle(io.BytesIO(etree.tostring(tree)), locale="en-GB", validate=False)


def _bibliography(records: Sequence[dict[str, Any]], name: str) -> CitationStylesBibliography:
    return CitationStylesBibliography(style(name), CiteProcJSON([copy.deepcopy(r) for r in records]), formatter.plain)


def _item(record: dict[str, Any], locator: tuple[str, str] | None) -> CitationItem:
    if locator is None:
        return CitationItem(record["id"])
    return CitationItem(record["id"], locator=Locator(*locator))


def cite(records: Sequence[dict[str, Any]], name: str = "full",
         locators: Sequence[tuple[str, str] | None] | None = None) -> str:  # fmt: skip
    """One citation of the given works (several in one bracket when more than one) in a style's layout."""
    bibliography = _bibliography(records, name)
    locators = locators or [None] * len(records)
    citation = Citation([_item(record, locator) for record, locator in zip(records, locators, strict=True)])
    bibliography.register(citation)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return str(bibliography.cite(citation, lambda item: None))


def bibliography(records: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """The reference list as (record id, entry text), in the order the style sorts it."""
    rendered = _bibliography(records, "full")
    for record in records:
        rendered.register(Citation([CitationItem(record["id"])]))
    rendered.sort()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        texts = [str(entry) for entry in rendered.bibliography()]
    return list(zip(rendered.keys, texts, strict=True))
