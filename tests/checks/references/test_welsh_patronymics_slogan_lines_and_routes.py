"""What the blind171 to blind173 pools showed once they became development data (stop 40): Welsh "ferch" (daughter
of) opening a surname ("ferch Ieuan"), an ʿayn after an Arabic article ("ʿAbd al-ʿAzīz"), a firm's "& Comp." and
"p.l.c." forms, a route named by its ends and the scheme that funds it ("The Cardiff–Anglesey route (PSO, 2019)"),
and a long advertising line quoted after its kind ("the line “...”"), which names an example and needs no page.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    ("sentences", "entry", "author"),
    [
        (
            ["Bilingual signs build trust (ferch Ieuan, 2017)."],
            "ferch Ieuan, R. (2017) Bilingual branding in Ceredigion. Cardiff: University of Wales Press.",
            "ferch Ieuan",
        ),
        (
            ["Bowen and ferch Dafydd (2013) argue that heritage sells."],
            "Bowen, T. and ferch Dafydd, L. (2013) Heritage and the visitor economy. Bangor: Gwasg Bangor.",
            "Bowen",
        ),
        (
            ["Word of mouth matters most (ʿAbd al-ʿAzīz, 2023)."],
            "ʿAbd al-ʿAzīz, M. (2023) E-WOM and brand equity in Egypt. Amman: Dar Al-Masira.",
            "ʿAbd al-ʿAzīz",
        ),
        (
            ["Wafer sales rose (Josef Manner & Comp. AG, 2015)."],
            "Josef Manner & Comp. AG (2015) Über uns [About us]. Available at: https://www.manner.example/about "
            "(Accessed: 2 May 2024).",
            "Josef Manner & Comp. AG",
        ),
        (
            ["Irn-Bru keeps its lead (A.G. BARR p.l.c., 2010)."],
            "A.G. BARR p.l.c. (2010) Annual report 2010. Cumbernauld: A.G. BARR.",
            "A.G. BARR p.l.c.",
        ),
    ],
)
def test_patronymics_arabic_articles_and_firms_forms_are_read_whole(
    sentences: list[str], entry: str, author: str
) -> None:
    report = _check(sentences, [entry])
    assert [c.authors[0] for c in report.citations] == [author]
    assert _kinds(report) == []


def test_a_route_by_its_ends_and_its_scheme_is_no_source() -> None:
    report = _check(["The Cardiff–Anglesey route (PSO, 2019) is subsidised.", MENON_ARGUES], [MENON])
    assert _kinds(report) == []


def test_a_long_line_quoted_after_its_kind_needs_no_page() -> None:
    sentence = "Customers remembered the line “Pay your electricity bill with Fawry in 2 minutes” (Menon, 2019)."
    report = _check([sentence], [MENON])
    assert _kinds(report) == []


def test_a_long_passage_quoted_without_its_kind_still_needs_a_page() -> None:
    sentence = (
        "Marketing is described as ‘the management process responsible for identifying needs profitably’ (Menon, 2019)."
    )
    report = _check([sentence], [MENON])
    assert _kinds(report) == ["quotation_without_page"]


def test_a_passage_longer_than_a_line_is_a_sources_words_whatever_it_is_called() -> None:
    sentence = (
        "Our director likes to quote the line ‘National press coverage has less effect on regional ticket sales than "
        "local radio’ (Menon, 2019)."
    )
    report = _check([sentence], [MENON])
    assert _kinds(report) == ["quotation_without_page"]
