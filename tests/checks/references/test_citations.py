"""Reading in-text citations: the forms Cite Them Right allows, the variants students write, and non-citations."""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations


def _works(text: str) -> list[tuple[str, str]]:
    return [(citation.authors[0], citation.year) for citation in find_citations(text)]


def test_parenthetical_citation_gives_authors_year_and_offsets() -> None:
    text = "Loyalty matters (Chaffey and Ellis-Chadwick, 2019, p. 45)."
    [citation] = find_citations(text, block_index=3, part="1b")
    assert citation.authors == ("Chaffey", "Ellis-Chadwick")
    assert (citation.year, citation.locator, citation.narrative) == ("2019", "p. 45", False)
    assert text[citation.start : citation.end] == citation.text == "(Chaffey and Ellis-Chadwick, 2019, p. 45)"
    assert (citation.block_index, citation.part) == (3, "1b")


def test_narrative_citation_includes_possessive_and_et_al() -> None:
    [first, second] = find_citations("Harris's (2015) study and Kotler et al.'s (2019) model agree.")
    assert (first.authors, first.narrative, first.text) == (("Harris",), True, "Harris's (2015)")
    assert (second.authors, second.et_al) == (("Kotler",), "et al.")


def test_one_bracket_citing_several_works_gives_one_citation_each() -> None:
    assert _works("(Lemon and Verhoef, 2016; Edelman, 2010; Campbell, 2016a, 2019)") == [
        ("Lemon", "2016"), ("Edelman", "2010"), ("Campbell", "2016a"), ("Campbell", "2019"),
    ]  # fmt: skip


def test_organisation_with_and_without_its_abbreviation() -> None:
    full, short = find_citations("(Chartered Institute of Marketing (CIM), 2019) and later (CIM, 2019).")
    assert full.authors == ("Chartered Institute of Marketing",)
    assert short.authors == ("CIM",)


def test_no_date_is_read_as_n_d() -> None:
    assert _works("Statista (n.d.) and (Patagonia, no date)") == [("Statista", "n.d."), ("Patagonia", "n.d.")]


def test_secondary_citation_marks_the_work_not_read() -> None:
    waltham, seeberg = find_citations("(Waltham, 2010, cited in Seeberg, 2013, p. 10)")
    assert (waltham.authors, waltham.secondary) == (("Waltham",), True)
    assert (seeberg.authors, seeberg.secondary, seeberg.locator) == (("Seeberg",), False, "p. 10")


def test_narrative_secondary_citation_across_two_brackets() -> None:
    strong, barry = find_citations("Strong (1925), cited in Barry (1987), traces AIDA to sales training.")
    assert strong.secondary and not barry.secondary


@pytest.mark.parametrize("surname", ["van Doorn", "O'Brien", "O’Brien", "Evans-Smith", "Sørensen", "de Chernatony"])
def test_surname_particles_and_punctuation(surname: str) -> None:
    assert _works(f"As {surname} (2020) shows, and again ({surname}, 2021).") == [(surname, "2020"), (surname, "2021")]


def test_locators_in_all_their_forms() -> None:
    found = find_citations("(Ryan, 2016, pp. 12–14) (Ryan, 2016, p.12) (Ryan, 2016, para. 4) Ryan (2016, p. 12)")
    assert [c.locator for c in found] == ["pp. 12–14", "p.12", "para. 4", "p. 12"]


def test_variants_are_kept_as_written_for_the_checks() -> None:
    ampersand, no_stop, stop_first = find_citations("(Ryan & Jones, 2012) (Brodie et al 2011) (Kotler et. al, 2019)")
    assert ampersand.ampersand
    assert (no_stop.et_al, stop_first.et_al) == ("et al", "et. al")


@pytest.mark.parametrize(
    "text",
    [
        "significant (p < 0.05)",
        "(n = 45)",
        "(Figure 3)",
        "(see Table 2)",
        "(12 March 2024)",
        "(1998–2001)",
        "(2021 figures)",
        "(up 14% on 2020)",
        "(Q3 2022)",
        "(NPS)",
        "(UK GDPR)",
        "(Article 22)",
        "in 2019 the NHS",
        "Amazon's 2018 results",
        "(ISO 9001)",
        "(March 2021)",
        "(see Appendix 2)",
    ],
)
def test_never_taken_for_a_citation(text: str) -> None:
    assert find_citations(f"The figures were clear {text} last year.") == []
