"""What the blind189 to blind191 pools showed once they became development data (stop 42): Danish and Norwegian
bodies' words ("Datatilsynet", "Statistisk sentralbyrå", "Konkurrence- og Forbrugerstyrelsen", a compound's first part
shared with the next word), Danish legal forms ("amba", "ApS"), Singapore's "binte" and "d/o", Hebrew "bar" before a
surname, an abbreviation with a hyphen ("ISOC-IL"), Hebrew gershayim as quotation marks, a firm's name holding a
bracketed year ("Cold Storage Singapore (1983) Pte Ltd"), and a town after "in" where something happened ("trended in
Trondheim (2015).").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.crosscheck import looks_like_author
from marker.checks.references.entries import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds

HANSEN = "Hansen, K. (2019) Merkevarer i praksis. Oslo: Gyldendal."
HANSEN_ARGUES = "Hansen (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Consent banners changed (Datatilsynet, 2022).", "Datatilsynet"),
        ("Household spending fell (Statistisk sentralbyrå, 2017).", "Statistisk sentralbyrå"),
        ("Statistisk sentralbyrå (2017) reports that spending fell.", "Statistisk sentralbyrå"),
        ("Fees must be shown (Konkurrence- og Forbrugerstyrelsen (KFST), 2017).", "Konkurrence- og Forbrugerstyrelsen"),
        ("Forbrukerrådet (2021) warns against hidden fees.", "Forbrukerrådet"),
        ("Dairy exports grew (Arla Foods amba, 2018).", "Arla Foods amba"),
        ("Prices rose (Nurul Huda binte Jaafar and Xu, 2018b).", "Nurul Huda binte Jaafar"),
        ("Prices rose (Kavitha d/o Ramasamy and Tan, 2024, p. 69).", "Kavitha d/o Ramasamy"),
        ("Prices rose (bar Yochai and Gurevich, 2012).", "bar Yochai"),
        ("bar Yochai (2023) argues that trust is earned.", "bar Yochai"),
        ("Trust in apps grew (Israeli Internet Association (ISOC-IL), 2025, p. 174).", "Israeli Internet Association"),
        ("Israeli Internet Association (ISOC-IL) (2019) reports that trust grew.", "Israeli Internet Association"),
        ("Prices rose (Cold Storage Singapore (1983) Pte Ltd, 2019).", "Cold Storage Singapore (1983) Pte Ltd"),
    ],
)
def test_nordic_bodies_patronymics_and_firms_are_read_whole(sentence: str, author: str) -> None:
    assert [c.authors[0] for c in find_citations(sentence)] == [author]


def test_a_ministry_named_with_a_shared_compound_part_is_read_when_listed() -> None:
    ministry = "Kommunal- og distriktsdepartementet"
    found = find_citations(f"Rural broadband was funded ({ministry}, 2024).")
    assert [(c.authors, c.weak) for c in found] == [((ministry,), True)]
    listed = f"{ministry} (2024) Distriktsmeldingen. Oslo: Regjeringen."
    report = _check([f"Rural broadband was funded ({ministry}, 2024).", HANSEN_ARGUES], [HANSEN, listed])
    assert _kinds(report) == []


@pytest.mark.parametrize("name", ["Statistisk sentralbyrå", "DR Nyheder", "Datatilsynet", "Arla Foods amba"])
def test_nordic_bodies_and_firms_look_like_authors_with_no_list(name: str) -> None:
    assert looks_like_author(name)


def test_a_year_in_a_firms_name_is_no_citation() -> None:
    assert find_citations("Cold Storage Singapore (1983) Pte Ltd runs 48 supermarkets.") == []
    entry = parse_entry("Cold Storage Singapore (1983) Pte Ltd (2019) Annual review. Singapore: Cold Storage.")
    assert (entry.authors, entry.year) == (("Cold Storage Singapore (1983) Pte Ltd",), "2019")


@pytest.mark.parametrize(
    ("sentence", "weak"),
    [
        ("The #17mai hashtag trended in Trondheim (2015).", True),
        ("The campaign launched in Tromsø (2019).", True),
        ("This is discussed in Bedford (2019).", False),  # a work's verb before "in": the work of Bedford
        ("A fuller account is in Preston (2019).", False),
        ("As argued in Smith (2019), loyalty is local.", False),
    ],
)
def test_a_town_after_in_is_where_something_happened(sentence: str, weak: bool) -> None:
    assert [c.weak for c in find_citations(sentence)] == [weak]


def test_hebrew_gershayim_hold_a_quotation() -> None:
    sentence = "As one textbook puts it, ״spending on holiday vouchers has grown every year since 2015״ (Hansen, 2019)."
    report = _check([sentence], [HANSEN])
    assert _kinds(report) == ["quotation_without_page"]
