"""Every layout pool (tests/corpus/layouts/pools/) holds together: its reports are DOCX files python-docx opens,
the same for the same index, and their truth names the brief's seven parts with each limit group the sum of its
parts. What marker reads from them is measured by benchmarks/layout_accuracy.py --pool, not asserted here:
a held-out pool's results are reported, never tuned on."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from tests.corpus.layouts.generate import LIMIT_GROUPS, count
from tests.corpus.layouts.pools import checked_truth, load_pool, pool_names


def _document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


@pytest.mark.parametrize("name", pool_names())
def test_a_pool_builds_the_same_report_for_the_same_index_with_truth_that_holds_together(name: str) -> None:
    pool = load_pool(name)
    assert pool.REPORTS >= 24 and pool.DESCRIPTION.strip()
    for index in (0, pool.REPORTS - 1):
        data, truth = pool.build(index)
        again, truth_again = pool.build(index)
        assert truth == truth_again
        assert _document_xml(data) == _document_xml(again)
        checked_truth(truth, f"{name} {index}")
        assert truth.layout and truth.seed == index
        assert all(words > 0 for words in truth.part_words.values())
        text = "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)
        assert count(text) >= sum(truth.group_words.values())  # the counted words are in the body's text
        assert set(truth.headings) == {part for parts in LIMIT_GROUPS.values() for part in parts} | {"1a"}
        assert all(heading.strip() in text or heading.strip() == "" for heading in truth.headings.values())


def test_every_pool_has_at_least_six_layouts() -> None:
    for name in pool_names():
        pool = load_pool(name)
        layouts = {pool.build(index)[1].layout for index in range(pool.REPORTS)}
        assert len(layouts) >= 6, name
