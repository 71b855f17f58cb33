"""What the blind261 to blind263 pools showed once they became development data (stop 52): an award named with
what it is given for ("a King's Award for Enterprise (2023) recognised the firm") read as a body, since "Enterprise"
is a word bodies end on; a law's name and the year it was made, long ago, in a bracket after the word for it
("Local law (Concordat, 1801)") read as a source; and a French body's name in sentence case lost at an elided
article ("Commission nationale de l'informatique et des libertés (CNIL) (2014) conclude that").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "A King's Award for Enterprise (2022) recognised the firm's research spending.",
        "The Queen's Award for Enterprise (2019) recognised the brand's export growth.",
        "A Prize for Marketing (2021) recognised the founders' first campaign.",
        "Civil law (Napoleon, 1804) still shapes how family firms are handed on.",
        "The old statute (Navigation, 1651) fixed which ships could carry colonial goods.",
    ],
)
def test_an_award_for_something_or_an_old_law_is_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A body whose name holds "for" and a body's word is still one: only awards are given for something.
        "The Campaign for Better Transport (2020) found that rural buses keep tourists coming.",
        # A classic source of long ago is still cited in a bracket, after any word but a law's.
        "Prices settle where supply meets demand (Ricardo, 1817).",
        # A recent source on a law cites, even just after the word "law".
        "Consumer law (Howells and Weatherill, 2005) protects buyers of holiday homes.",
    ],
)
def test_what_cites_still_does(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert "cited_not_listed" in _told_unlisted(report)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Commission nationale de l'informatique et des libertés (CNIL) (2014) conclude that consent banners "
            "cut sign-ups.",
            "Commission nationale de l'informatique et des libertés",
        ),
        (
            "In 2019, Conseil national de l'ordre des pharmaciens (2019) warned that online sales need a licence.",
            "Conseil national de l'ordre des pharmaciens",
        ),
        (
            "Agence nationale de l'habitat (2021) argue that grants for insulation lift renovation sales.",
            "Agence nationale de l'habitat",
        ),
    ],
)
def test_a_body_in_sentence_case_is_read_past_an_elided_article(sentence: str, name: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert (name,) in _authors(report)
    assert "cited_not_listed" in _kinds(report)
