"""What the blind180 to blind182 pools showed once they became development data (stop 41): Swedish and Finnish
bodies' names in sentence case ("Sveriges riksdag", "Tietosuojavaltuutetun toimisto"), their forms ("Paulig Ab",
"... ry") and a firm's arm in a Nordic country named in its own language ("Ipsos Sverige"); Swedish and Finnish
quotation marks ("”...”", "»...»"); a quoted saying that labels what follows it ("“...” branding"); a public body's
figures cited after a place ("in the Midwest (U.S. Census Bureau, 2016)"); "reached much the same conclusion".

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _told_unlisted

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Sveriges riksdag (2010) states that marketing must be identifiable.", "Sveriges riksdag"),
        ("Cookie banners changed (Tietosuojavaltuutetun toimisto, 2022).", "Tietosuojavaltuutetun toimisto"),
        ("Coffee brands premiumise (Paulig Ab, 2010).", "Paulig Ab"),
        ("Agencies self-regulate (Suomen Markkinointiliitto MARK ry, 2023).", "Suomen Markkinointiliitto MARK ry"),
        ("Trust in banks fell (Ipsos Sverige, 2024).", "Ipsos Sverige"),
        ("Loyalty apps work, particularly in the Midwest (U.S. Census Bureau, 2016).", "U.S. Census Bureau"),
        ("Returns fall as budgets grow; Lewandowski (2019) reached much the same conclusion.", "Lewandowski"),
    ],
)
def test_nordic_bodies_and_firms_and_a_public_bodys_figures_are_cited(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _cited(report)[0][0] == (author,)
    assert _told_unlisted(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "”Personalisation builds advocacy faster than price campaigns do” (Menon, 2019).",
        "Members say »personalisation builds advocacy faster than price campaigns do» (Menon, 2019).",
    ],
)
def test_swedish_and_finnish_quotation_marks_hold_a_quotation(sentence: str) -> None:
    report = _check([sentence], [MENON])
    assert _kinds(report) == ["quotation_without_page"]


def test_a_quoted_saying_that_labels_a_kind_of_thing_needs_no_page() -> None:
    report = _check(["Menon (2019) found that “we likkle but we tallawah” branding resonates with buyers."], [MENON])
    assert _kinds(report) == []


def test_an_accounting_standard_after_a_figure_is_no_source_unless_listed() -> None:
    report = _check(["Net profit fell to 257 mio euro (IFRS, 2020).", MENON_ARGUES], [MENON])
    assert _kinds(report) == []
    listed = "IFRS (2020) IFRS 16 Leases. London: IFRS Foundation."
    report = _check(["Net profit fell (IFRS, 2020).", MENON_ARGUES], [listed, MENON])
    assert _cited(report) == [(("IFRS",), "2020"), (("Menon",), "2019")]
