"""What the blind210 to blind215 pools showed once they became development data (stop 45): "a point that X (year)
also made" and "as mentioned by X (year)" before a name; how a firm began, in the year it began ("Dedeman (1992)
started as a small shop"); "to" inside a body's name that a word for a body opens; a bracket that sends the reader
to works ("(for example Căpățână et al., 2022)") after a firm's name; a claim ending on a country after "from"; a
place's one word opening a list of authors; bodies known by words the checker did not know ("Enterprise",
"Education", "Nation", Romanian "Consiliul", "Parlamentul", "Autoritatea", "Ziarul"); a body's word after a rule's
word ("Food Standards Scotland"); a place written with its own language's marks ("McDonald's România").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.entries import parse_entry, split_entries
from marker.checks.references.names import looks_like_author
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds

MOYO = "Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta."
MOYO_ARGUES = "Moyo (2019) argues that loyalty is local."


def _unlisted(sentence: str) -> list[tuple[str, ...]]:
    """The authors of the citations found in ``sentence`` beside a listed, cited work."""
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    return [c.authors for c in report.citations if c.authors != ("Moyo",)]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Early bookers spend more on board – a point that BBC News (2025) also made about ferries.", ("BBC News",)),
        ("Early bookers spend more – a point that Nolan, Jones and Ng (2025) also made.", ("Nolan", "Jones", "Ng")),
        ("As mentioned by ANCOM (2015), outsourcing firms need a strong employer brand.", ("ANCOM",)),
        ("As it was demonstrated by NBU (2014), banks could use personalisation.", ("NBU",)),
        ("It could be argued, following RSPCA (no date), that vet nurses are central.", ("RSPCA",)),
        (
            "Paid search raises retention; Travel Manitoba (2011) came to much the same conclusion.",
            ("Travel Manitoba",),
        ),
        ("IDP Connect’s (2022) research shows that agents matter.", ("IDP Connect",)),
    ],
)
def test_what_only_a_source_does_makes_a_name_a_source(sentence: str, authors: tuple[str, ...]) -> None:
    assert _unlisted(sentence) == [authors]


def test_a_point_also_made_gives_a_problem_when_unlisted() -> None:
    report = _check(["Fares matter most – a point that BBC News (2025) also made.", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == ["cited_not_listed"]


DEDEMAN = (
    "Dedeman (2021) Annual report 2021. Bacău: Dedeman. Available at: https://dedeman.ro/r (Accessed: 2 May 2024)."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dedeman (1992) started as a small shop in Bacău and is now the biggest DIY retailer.",
        "Dedeman (2001) began in Bacău with one store.",
        "Dedeman (2001) was first a small shop for builders.",
        "Dedeman (2003) was founded by two brothers.",
    ],
)
def test_how_a_listed_firm_began_is_no_work_of_that_year(sentence: str) -> None:
    report = _check([sentence, "Dedeman (2021) reports that sales rose."], [DEDEMAN])
    assert [c.year for c in report.citations] == ["2021"]
    assert _kinds(report) == []


def test_a_listed_firm_that_argues_in_another_year_is_still_cited() -> None:
    report = _check(
        ["Dedeman (2019) argues that DIY is growing.", "Dedeman (2021) reports that sales rose."], [DEDEMAN]
    )
    assert [c.year for c in report.citations] == ["2019", "2021"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Claims are often vague; however, Royal Society for the Prevention of Cruelty to Animals (2013) found "
            "the opposite.",
            "Royal Society for the Prevention of Cruelty to Animals",
        ),
        (
            "Buyers underestimate costs (Royal Society for the Prevention of Cruelty to Animals, 2013).",
            "Royal Society for the Prevention of Cruelty to Animals",
        ),
    ],
)
def test_to_inside_a_bodys_name_keeps_the_name_whole(sentence: str, name: str) -> None:
    assert [c.authors for c in find_citations(sentence)] == [(name,)]


def test_to_after_a_verb_opens_no_name() -> None:
    assert [c.authors for c in find_citations("Owners switched to Animals (2013) found in stores.")] == [("Animals",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shoppers favour local brands like Hall Ltd (for example Căpățână et al., 2022).",
        "Shoppers favour local brands like Hall Ltd (see Bălan, 2022).",
        "Agents still influence most applications from Vietnam (Andrews, 2020), but they can mis-sell.",
    ],
)
def test_a_bracket_after_a_name_that_cites_the_claim_reads_as_cited(sentence: str) -> None:
    (citation,) = find_citations(sentence)
    assert not citation.weak


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Plans sold well. Jordan, Harding and Galle's (2022) research shows that they work.",
         ("Jordan", "Harding", "Galle")),
        ("In Jordan, Harding and Galle (2022) found that plans work.", ("Harding", "Galle")),
        ("Across Jordan, Harding and Galle (2022) found that plans work.", ("Harding", "Galle")),
    ],
)  # fmt: skip
def test_a_places_word_opening_a_sentence_before_a_list_is_a_surname(sentence: str, authors: tuple[str, ...]) -> None:
    (citation,) = find_citations(sentence)
    assert citation.authors == authors


@pytest.mark.parametrize(
    ("name", "looks"),
    [
        ("Scottish Enterprise", True),
        ("Crimson Education", True),
        ("KC Overseas Education", True),
        ("Consiliul Concurenței", True),
        ("Parlamentul României", True),
        ("Autoritatea Națională pentru Protecția Consumatorilor (ANPC)", True),
        ("Ziarul Financiar", True),
        ("Purcari Wineries", True),
        ("Food Standards Scotland", True),
        ("McDonald's România", True),
        # A law or a standard named with a place is still no author.
        ("Scotland Act", False),
        ("IAB Gold Standard", False),
    ],
)
def test_bodies_known_by_their_kind(name: str, looks: bool) -> None:
    assert looks_like_author(name) is looks


def test_research_after_the_end_of_a_body_named_in_its_own_language_is_not_read_short() -> None:
    """ "Ngân hàng Nhà nước Việt Nam" (the State Bank of Vietnam) ends on the country's name; read from its capitals
    only, the place's research is no source."""
    assert _unlisted("Ngân hàng Nhà nước Việt Nam's (2011) research shows that data rules matter.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Digicel (Trinidad & Tobago) Limited's (2010) study of buyers showed that word of mouth travels.",
        "Building on the work of Digicel (Trinidad & Tobago) Limited (2010), this report argues for festivals.",
    ],
)
def test_a_firms_form_alone_is_no_source_read_short(sentence: str) -> None:
    """A bracket inside a firm's name cuts the reading short at its form: "Limited" alone names no one."""
    assert _unlisted(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("According to boohoo group plc (2024, p. 289), click-and-collect raises footfall.", ("boohoo group plc",)),
        ("The evidence is mixed: daa plc (2022) found that early bookers spend more.", ("daa plc",)),
        ("daa plc's (2022) survey of 548 travellers found that green claims fail.", ("daa plc",)),
        ("Green claims fail (daa plc, 2022).", ("daa plc",)),
    ],
)
def test_a_firm_named_in_lower_case_before_its_form_is_read_whole(sentence: str, authors: tuple[str, ...]) -> None:
    assert _unlisted(sentence) == [authors]


def test_the_sentences_small_word_before_a_firms_form_is_no_name() -> None:
    assert [c.authors for c in find_citations("We sold shares to the plc (2020) last year.")] == [("plc",)]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        # A change of a firm's form: "to" between two forms joins no body's name.
        ("The firm changed from PJSC to JSC (2019) after the new law.", [("JSC",)]),
        # A sentence's word before a capitalised firm's name is no part of it.
        ("Prices rose (formerly Naivas Supermarket Ltd, 2023).", []),
    ],
)
def test_small_words_that_join_no_name(sentence: str, authors: list[tuple[str, ...]]) -> None:
    assert [c.authors for c in find_citations(sentence)] == authors


def test_an_acts_title_wrapped_before_its_statute_book_stays_one_entry() -> None:
    """ "... Business" then "Practices Act, S.S. 2013, c. C-30.2.": the Act's title runs on to the next line, where
    the statute book's letters and year look like "Surname, I. year"; read as a new entry, the list fell out of
    order (a certain, false problem)."""
    block = (
        "Abacus Data (2011) Attitudes to reconciliation. Available at: https://www.abacus.ca/x "
        "(Accessed: 2 September 2023).\n"
        "Government of Saskatchewan (2013) The Consumer Protection and Business\n"
        "Practices Act, S.S. 2013, c. C-30.2. Available at: https://laws.gov.sk.ca/x (Accessed: 27 October 2023).\n"
        "Haché, T. (2017) Acadian marketing. Moncton: Perce-Neige."
    )
    entries = split_entries(block)
    assert [parse_entry(entry).authors for entry in entries] == [
        ("Abacus Data",),
        ("Government of Saskatchewan",),
        ("Haché",),
    ]
