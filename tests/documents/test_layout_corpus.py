"""Accuracy on the generated layout corpus (tests/corpus/layouts): documents built from templates in nine
layouts (two with Word's automatic hyphenation), whose words per part and pages are known by construction.

Tuning was done on the dev half; this asserts on the test half. Every layout's first test report runs here
(the PDFs are converted by LibreOffice once and cached under tests/corpus/layouts/.cache);
``benchmarks/layout_accuracy.py`` prints the whole table.
"""

from __future__ import annotations

import os

import pytest

from marker.documents.layout import soffice_path
from tests.corpus.layouts.evaluate import score
from tests.corpus.layouts.generate import LAYOUTS, SEEDS, Truth, ensure_corpus, layout_for

if soffice_path() is None:
    if os.environ.get("MARKER_REQUIRE_LIBREOFFICE") == "1":
        raise RuntimeError("LibreOffice (soffice) is required here but not installed")
    pytest.skip("LibreOffice is not installed (it makes the corpus's PDFs)", allow_module_level=True)

pytestmark = pytest.mark.slow

# One test-half report per layout: seeds are odd in the test half, and ``layout_for`` picks the layout.
TEST_SEEDS = sorted({layout_for(seed).name: seed for seed in reversed(SEEDS) if seed % 2}.values())


@pytest.fixture(scope="module")
def corpus() -> dict[int, Truth]:
    return {truth.seed: truth for truth in ensure_corpus(TEST_SEEDS)}


def test_the_subset_covers_every_layout() -> None:
    assert {layout_for(seed).name for seed in TEST_SEEDS} == {layout.name for layout in LAYOUTS}


@pytest.mark.parametrize("seed", TEST_SEEDS, ids=lambda seed: layout_for(seed).name)
def test_docx_parts_found_and_words_per_limit_group_within_one_percent(corpus: dict[int, Truth], seed: int) -> None:
    result = score(corpus[seed], "docx", layout="never")
    assert result.missing == ()
    assert all(abs(error) <= 1.0 for error in result.group_error_pct.values()), result.group_error_pct


@pytest.mark.parametrize("seed", TEST_SEEDS, ids=lambda seed: layout_for(seed).name)
def test_pdf_parts_found_words_within_two_percent_and_pages_exact(corpus: dict[int, Truth], seed: int) -> None:
    result = score(corpus[seed], "pdf")
    assert result.missing == ()
    assert all(abs(error) <= 2.0 for error in result.group_error_pct.values()), result.group_error_pct
    assert (result.pages, result.pages_source) == (corpus[seed].pages, "pdf")
