"""What the blind246 to blind248 pools showed once they became development data (stop 50): a thing of a year that
"took" a while ("Contactless (2007) took a decade to become the normal way to pay") read as an author who takes a
view; a firm named by its founder's joined initials ("J.D. Power (2019) showed") cut to its surname, the initials
taken for the end of the sentence before; a source's arm named in its country's own name ("GfK Hellas") and a claim
ending in a city that is no capital ("particularly in Thessaloniki (Cyprus Tourism Organisation, 2025)") doubted as
no author or as where something was held; and a firm's founding year ("Sklavenitis (1954) grew from one shop")
taken for a work of the firm the list gives only undated.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations
from marker.checks.references.names import looks_like_author
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "Contactless (2007) took a decade to become the normal way to pay.",
        "Chip and PIN (2006) took two years to reach every till.",
        "Faster Payments (2008) takes under two hours to settle most transfers.",
    ],
)
def test_a_thing_that_took_a_while_is_no_author(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kowalczyk (2021) takes a different view, arguing that branches still matter.",
        "Kowalczyk (2021) took issue with this reading of the data.",
        "Kowalczyk (2021) takes a more critical view of loyalty schemes.",
        "Kowalczyk (2021) took the view that branches still matter.",
    ],
)
def test_an_author_who_takes_a_view_is_still_cited(sentence: str) -> None:
    # With no list, nothing but the words after the name says it is an author's.
    report = _check([sentence], [])
    assert _authors(report) == [("Kowalczyk",)]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("J.D. Power (2019, pp. 108–110) showed that switching incentives win accounts.", ("J.D. Power",)),
        ("Switching rose. J.D. Power (2019) showed that incentives win accounts.", ("J.D. Power",)),
        ("A.T. Kearney (2020) found that most switchers were young.", ("A.T. Kearney",)),
    ],
)
def test_joined_initials_opening_a_sentence_are_the_name_s(sentence: str, authors: tuple[str, ...]) -> None:
    report = _check([sentence], [])
    assert _authors(report) == [authors]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        # Initials after a word of the sentence may end it ("the firm is an S.L."), as a firm's legal form does.
        ("Its legal name is Punto Fa, S.L. Zara (1975) opened its first shop in A Coruña.", ("Zara",)),
        ("In 2016 E.C. Moyo (2019) counted 643 branches.", ("Moyo",)),
    ],
)
def test_initials_after_the_sentence_s_words_still_end_it(sentence: str, authors: tuple[str, ...]) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == authors


@pytest.mark.parametrize("name", ["GfK Hellas", "Ipsos Hellas", "Kantar Cymru"])
def test_a_firm_s_arm_named_by_its_country_s_own_name_looks_like_an_author(name: str) -> None:
    assert looks_like_author(name)


def test_a_firm_s_arm_in_its_country_s_own_name_is_cited_after_a_lead_in() -> None:
    report = _check(["Loyalty schemes are used mainly for discounts, a view also shared by GfK Hellas (2018)."], [])
    assert _authors(report) == [("GfK Hellas",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sponsorship builds goodwill, particularly in Thessaloniki (Cyprus Tourism Organisation, 2025).",
        "Sponsorship builds goodwill, particularly in Preston (Cyprus Tourism Organisation, 2025).",
    ],
)
def test_a_claim_ending_in_a_city_is_cited_like_any_other(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert ("Cyprus Tourism Organisation",) in _authors(report)
    assert _told_unlisted(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Where a thing is held, or who made it, is still no citation.
        "The Limassol Wine Festival was first held in Limassol (Cyprus, 1961).",
        "The series Emily in Paris (Netflix, 2020) made the city a brand.",
    ],
)
def test_a_city_s_bracket_that_says_where_or_who_made_it_is_still_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]


SKLAVENITIS = (
    "Sklavenitis (no date) Our history. Available at: https://www.sklavenitis.gr/en/history "
    "(Accessed: 26 December 2023)."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sklavenitis (1954) grew from one shop into the largest Greek supermarket chain.",
        "Sklavenitis (1954) became the country's largest grocer.",
    ],
)
def test_a_founding_year_beside_an_undated_entry_is_no_work(sentence: str) -> None:
    report = _check([sentence, "Promotions drive footfall (Sklavenitis, no date)."], [SKLAVENITIS])
    assert _kinds(report) == []


def test_a_dated_citation_of_an_undated_entry_still_disagrees_with_the_list() -> None:
    # The candidate cites a year the list does not give: the same source, its date in doubt.
    report = _check(
        ["Sklavenitis (2019) argues that promotions drive footfall.", "Shoppers trade down (Sklavenitis, no date)."],
        [SKLAVENITIS],
    )
    assert ("Sklavenitis",) in _authors(report)
    assert _kinds(report) != []
