"""What the blind375, blind376 and blind377 pools showed once they became development data (stop 65): a title given as
the second of two examples of its kind, each with its year ("titles such as This War of Mine (2014) and Frostpunk
(2018)"), is no citation; a short term the trade names ("what gets called ‘games as a service’") is no quotation,
though a citation follows it; a code before a firm's legal form ("(5G SA, 2019)", a network's standalone mode) is no
firm's name; and a firm named as who rescued or invested ("its rescue by Coupang (2023)") is no author.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import MOYO, MOYO_ARGUES, _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Survival titles such as This War of Mine (2014) and Frostpunk (2018) built the studio's name.",
        "Games like Worms (1995), Lemmings (1991) and Darkwood (2017) still sell.",
        "Shows such as The Crown (2016) or Bridgerton (2020) drive subscriptions.",
    ],
)
def test_later_examples_of_a_kind_each_with_its_year_are_no_citations(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_later_sources_given_as_examples_still_cite() -> None:
    report = _check(["Scholars such as Porter (1985) and Kotler (2019) argue that rivalry shapes strategy."], [])
    assert ("Kotler",) in _authors(report)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Many players are tired of what gets called",
        "Studios now avoid the so-called",
        "The studio adopted what is known as",
    ],
)
def test_a_short_term_named_as_the_trade_names_it_is_no_quotation(lead_in: str) -> None:
    report = _check([f"{lead_in} ‘games as a service’ (Moyo, 2019)."], [MOYO])
    assert "quotation_without_page" not in _kinds(report)


def test_a_term_a_named_source_calls_something_is_still_checked_as_its_words() -> None:
    report = _check(["Moyo (2019) calls it ‘the slow end of ownership’ (Moyo, 2019)."], [MOYO])
    assert "quotation_without_page" in _kinds(report)


def test_a_code_before_a_legal_form_is_no_firms_name() -> None:
    report = _check(["Vodafone Spain launched standalone 5G in Madrid (5G SA, 2019).", MOYO_ARGUES], [MOYO])
    assert "cited_not_listed" not in _kinds(report)
    assert len(report.unconfirmed) == 1  # still named in the one note of brackets matching no entry


def test_a_firm_by_its_legal_form_still_gets_a_warning_of_its_own() -> None:
    report = _check(["Fibre reached most of Madrid by 2019 (Telefónica SA, 2019).", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The marketplace's listing and its rescue by Coupang (2023) are a warning to the sector.",
        "A minority stake by Kering (2021) gave the brand a new owner.",
    ],
)
def test_a_firm_named_as_who_rescued_or_invested_is_no_author(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


def test_a_work_by_its_author_is_still_a_citation() -> None:
    report = _check(["The point was argued by Coupang (2023) in its annual report."], [])
    assert ("Coupang",) in _authors(report)
