"""What the blind225 to blind227 pools showed once they became development data (stop 47): a listed body named
with the year it began, in words no cited author stands in ("Lácteos Sur (1996) dominates milk sales", "Older
rivals such as Banco Norte (1923) moved into mobile banking late"), which is a work of that body only in a year
the list gives; and a listed body whose name is its letters, a dash and the name spelt out, holding an "and"
("FDL – Development Bank of Latin America and the Caribbean"), which is one body, not two writing together.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds

DAIRY = "Lácteos Sur (2022) Nuestra historia. Available at: https://www.example.com/historia (Accessed: 2 May 2024)."
DAIRY_CITED = "Yoghurt sales rose after the relaunch (Lácteos Sur, 2022)."
BANK = "Banco Norte (2025) Informe anual 2024. Quito: Banco Norte."
BANK_CITED = "Remittances reach rural branches first (Banco Norte, 2025)."


@pytest.mark.parametrize(
    ("sentence", "entry", "cited"),
    [
        ("Lácteos Sur (1996) dominates milk sales in the highlands.", DAIRY, DAIRY_CITED),
        ("Lácteos Sur (1996) grew out of the state dairy plants of three cities.", DAIRY, DAIRY_CITED),
        ("Banco Norte (1906) is the country's largest private bank.", BANK, BANK_CITED),
        ("Older rivals such as Banco Norte (1923) moved into mobile banking late.", BANK, BANK_CITED),
    ],
)
def test_a_listed_bodys_founding_year_in_words_no_author_stands_in_is_no_citation(
    sentence: str, entry: str, cited: str
) -> None:
    report = _check([cited, sentence], [entry])
    assert len(report.citations) == 1
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A year the list does not give, in words a cited author stands in: still read, and told as another work.
        ("Lácteos Sur (2019) reports that yoghurt sales doubled.", ["cited_not_listed"]),
        ("According to Lácteos Sur (2019), yoghurt sales doubled.", ["cited_not_listed"]),
        ("Lácteos Sur (2019, p. 4) notes that yoghurt sales doubled.", ["cited_not_listed"]),
        # A year the list gives is a work of the body's wherever it stands.
        ("Lácteos Sur (2022) dominates the chilled aisle's shelf space.", []),
    ],
)
def test_a_listed_bodys_work_in_another_year_is_still_read_where_an_author_stands(
    sentence: str, kinds: list[str]
) -> None:
    report = _check([DAIRY_CITED, sentence], [DAIRY])
    assert len(report.citations) == 2
    assert _kinds(report) == kinds


CAF = (
    "FDL – Development Bank of Latin America and the Caribbean (2012) Boletín estadístico 2012. "
    "Available at: https://www.example.com/boletin (Accessed: 4 May 2024)."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prepaid customers switch operator as soon as a cheaper bundle appears "
        "(FDL – Development Bank of Latin America and the Caribbean, 2012).",
        "FDL – Development Bank of Latin America and the Caribbean (2012) shows that prepaid customers switch quickly.",
        "Remittances arrive through agents "
        "(Ruiz, 2019; FDL – Development Bank of Latin America and the Caribbean, 2012).",
    ],
)
def test_a_listed_bodys_letters_and_its_name_spelt_out_are_one_author(sentence: str) -> None:
    entries = [CAF, "Ruiz, P. (2019) Remesas. La Paz: Plural."]
    report = _check([sentence, "Agents matter (Ruiz, 2019)."], entries)
    assert ("FDL – Development Bank of Latin America and the Caribbean",) in _authors(report)
    assert _kinds(report) == []


def test_two_bodies_joined_by_and_without_a_dash_are_still_two_authors() -> None:
    entries = ["Ofcom and Ruiz (2020) Joint review. London: Ofcom."]
    report = _check(["Prices fell (Ofcom and Ruiz, 2020)."], entries)
    assert _authors(report) == [("Ofcom", "Ruiz")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lácteos Sur (2021) thinks segmentation splits the market by age and income.",
        "Lácteos Sur (2023) is useful here because it shows how quickly a recall spreads.",
    ],
)
def test_a_listed_bodys_year_mistyped_by_a_year_or_two_is_still_told(sentence: str) -> None:
    report = _check([sentence], [DAIRY])
    assert _authors(report) == [("Lácteos Sur",)]
    assert _kinds(report) == ["year_mismatch"]


@pytest.mark.parametrize(
    ("cited_year", "certain"), [("2021", True), ("2024", True), ("2026", True), ("2017", False), ("1978", False)]
)
def test_a_year_far_from_every_listed_one_is_a_mismatch_worth_checking_not_certain(
    cited_year: str, certain: bool
) -> None:
    """ "(Banco Norte, 1978)" beside the bank's 2025 report may date its founding or cite another of its works; a
    year within five of a listed one is a slip in the year, said for certain."""
    report = _check([f"Branches opened in every province (Banco Norte, {cited_year})."], [BANK])
    assert [(p.kind, p.year, p.certain) for p in report.problems] == [("year_mismatch", cited_year, certain)]
