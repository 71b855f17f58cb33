"""What the blind141 to blind143 pools showed once they became development data (stop 38): a quoted term inside a
quotation ("‘The 'Buy Irish' message still resonates ...’"), a quoted example named as one after it or before it
("..., a typical festival message", "the tagline ‘...’"), a body whose name starts in lower case and gives its
abbreviation ("e-Commerce Association of Bangladesh (e-CAB)"), a brand in lower case among other works in a bracket,
Irish names written without the fada ("O Dalaigh"), a body of bodies ("Irish League of Credit Unions"), a claim ending
on the country where it holds ("... in rural Ireland (Krishnamurthy, 2007)") and a listed body's founding year ("The
GAA, or Cumann Lúthchleas Gael CLG (1884), is ...").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.entries import split_entries
from marker.checks.references.quotations import find_quotations
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _unlisted_authors

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "sentence",
    [
        "Menon (2019) is blunt: 'The 'Shop Local' message still works with older shoppers and sponsorship of county "
        "teams creates strong recall'.",
        "Menon (2019) is blunt: “The 'Shop Local' message still works with older shoppers and sponsorship of county "
        "teams creates strong recall”.",
        "As one author puts it, ‘The 'Shop Local' message still works with older shoppers and the diaspora is a large "
        "market for food brands’ (Menon, 2019).",
        "This is summed up as follows: 'Local-language content builds goodwill even among people with only 'a few "
        "words' and bank exits changed how students choose a bank' (Menon, 2019).",
    ],
)
def test_a_quotation_holding_a_quoted_term_still_needs_its_page(sentence: str) -> None:
    [quotation] = find_quotations(sentence)
    assert sentence[quotation.start : quotation.end].endswith(("recall'", "recall”", "brands’", "bank'"))
    report = _check([sentence], [MENON])
    assert _kinds(report) == ["quotation_without_page"]


def test_a_quoted_term_alone_inside_marks_is_still_no_quotation() -> None:
    assert find_quotations("Menon (2019) says the 'Shop Local' line worked.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank's SMS said “Eid Mubarak! Get 20% cashback on every order today”, a typical festival message "
        "(Menon, 2019).",
        "Menon (2019) gives the example of the tagline “Eid Mubarak! Get 20% cashback on every order today”.",
    ],
)
def test_a_quoted_example_named_as_one_needs_no_page(sentence: str) -> None:
    report = _check([sentence], [MENON])
    assert _kinds(report) == []


def test_a_sources_words_the_writer_then_comments_on_still_need_a_page() -> None:
    report = _check(
        ["Menon (2019) wrote that “app-store ratings shape install rates more than paid search does”, a line the "
         "client liked."],
        [MENON],
    )  # fmt: skip
    assert _kinds(report) == ["quotation_without_page"]


def test_as_before_a_name_that_is_also_a_month_is_no_part_of_it() -> None:
    [citation, _source] = find_citations("As May Poot and Johnson-Ortiz (2004, cited in Menon, 2019) note, fees rose.")
    assert citation.authors == ("May Poot", "Johnson-Ortiz")


ECAB = (
    "e-Commerce Association of Bangladesh (e-CAB) (2022) Online shopping in Dhaka. Available at: "
    "https://example.org/ecab (Accessed: 16 October 2023)."
)


def test_an_entry_of_a_body_in_lower_case_with_its_abbreviation_is_found_run_on_after_another() -> None:
    earlier = (
        "Bangladesh Knitwear Association (no date) Exports. Available at: https://example.org/x (Accessed: 1 May 2024)."
    )
    run_on = f"{earlier} {ECAB}"
    assert split_entries(run_on) == [earlier, ECAB]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cash on delivery still dominates (e-Commerce Association of Bangladesh (e-CAB), 2022).",
        "e-Commerce Association of Bangladesh (e-CAB) (2022, p. 4) found that cash on delivery still dominates.",
        "Cash on delivery still dominates (Menon, 2019; e-Commerce Association of Bangladesh (e-CAB), 2022).",
    ],
)
def test_a_listed_body_in_lower_case_with_its_abbreviation_is_cited(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [ECAB, MENON])
    assert (("e-Commerce Association of Bangladesh (e-CAB)",), "2022") in _cited(report)
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Research (Menon, 2019; foodpanda Bangladesh, 2013) shows that delivery apps grew.",
         "foodpanda Bangladesh"),
        ("Brands grew fastest on the islands (Congreso de la Unión, 2010).", "Congreso de la Unión"),
        ("Credit unions are trusted more than banks (Irish League of Credit Unions, 2014).",
         "Irish League of Credit Unions"),
        ("Sponsorship creates strong recall in rural counties (O Dalaigh, 2011).", "O Dalaigh"),
        ("Sponsorship creates strong recall in rural counties (Ni Mhurchu, 2024).", "Ni Mhurchu"),
        ("Vodafone Ireland (2018) reckons that sponsorship creates strong recall.", "Vodafone Ireland"),
        ("Consumers are loyal to local brands, particularly in rural Ireland (Krishnamurthy, 2007).", "Krishnamurthy"),
    ],
)  # fmt: skip
def test_an_unlisted_source_of_these_shapes_is_reported(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _unlisted_authors(report) == [("cited_not_listed", author)]


@pytest.mark.parametrize(
    "sentence",
    [
        "5G trials began in Erbil (Korek, 2024).",
        "Emily in Paris (Netflix, 2020) is often discussed as product placement.",
        "The app was launched in Kenya (Nairobi, 2019).",
    ],
)
def test_who_ran_an_event_in_a_place_or_made_a_title_is_no_source(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


def test_a_listed_bodys_founding_year_is_neither_a_citation_nor_a_wrong_year() -> None:
    report = _check(
        ["The GAA, or Cumann Lúthchleas Gael CLG (1884), is the largest sports body in Ireland.",
         "Sponsorship creates strong recall (Cumann Lúthchleas Gael CLG, 2013)."],
        ["Cumann Lúthchleas Gael CLG (2013) Visitor attitudes survey 2013. Available at: https://example.org/gaa "
         "(Accessed: 26 September 2022)."],
    )  # fmt: skip
    assert _cited(report) == [(("Cumann Lúthchleas Gael CLG",), "2013")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("block", "entries"),
    [
        ("Bintang Snacks Sdn.\nBhd. (2019) Annual report 2019. Kuala Lumpur: Bintang Snacks.",
         ["Bintang Snacks Sdn. Bhd. (2019) Annual report 2019. Kuala Lumpur: Bintang Snacks."]),
        ("Rossmann Supermarkety Drogeryjne Polska sp.\nz o.o. (2015) Raport roczny. Łódź: Rossmann.",
         ["Rossmann Supermarkety Drogeryjne Polska sp. z o.o. (2015) Raport roczny. Łódź: Rossmann."]),
        # "& Co." may end a publisher's name, and so an entry.
        ("Smith, J. (2019) Title. London: Macmillan & Co.\nJones, K. (2020) Another. Leeds: Pub.",
         ["Smith, J. (2019) Title. London: Macmillan & Co.", "Jones, K. (2020) Another. Leeds: Pub."]),
    ],
)  # fmt: skip
def test_a_stop_that_ends_no_sentence_ends_no_entry_at_a_lines_end(block: str, entries: list[str]) -> None:
    assert split_entries(block) == entries
