"""What the blind243 to blind245 pools showed once they became development data (stop 49): a price's kind and the
year it held, written as a bracket after the price ("A 250g pack sells for £2.37 (RRP, 2016)"), flagged as a body
missing from the list; the firm "Source Global Research" cut to "Global Research", its first word read as the
lead-in "Source:"; and a body cited by its letters with a lettered year ("the lesson from ICAEW (2016a) is"), which
only a work has, dropped as a thing named with its year where the report has no list.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES

SOURCE = (
    "Source Global Research (2023) The UK professional services market in 2023. Available at: "
    "https://www.sourceglobalresearch.com/uk-2023 (Accessed: 3 March 2024)."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A 250g pack sells for £2.37 (RRP, 2016).",
        "The console launched at $499 (MSRP, 2020).",
        "Its card charges 29.9% (APR, 2024).",
    ],
)
def test_a_price_s_kind_and_its_year_is_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Marketing is still seen as a support function (see Source Global Research, 2023).",
        "Marketing is still seen as a support function (see Source Global Research, 2023; Moyo, 2019).",
        "Firms buy advice on brand (Source Global Research, 2023; Moyo, 2019).",
    ],
)
def test_a_firm_named_source_is_cited_whole(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO, SOURCE])
    assert ("Source Global Research",) in _authors(report)
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Costs rose by a fifth (Source: ONS, 2019).",
        "Costs rose by a fifth (source: ONS, 2019).",
        "Costs rose by a fifth (Sources: ONS, 2019).",
        "Costs rose by a fifth (sources ONS, 2019).",
    ],
)
def test_source_as_a_lead_in_is_still_no_part_of_the_name(sentence: str) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == ("ONS",)


def test_a_lettered_year_after_the_sentence_s_own_words_is_a_work_s() -> None:
    report = _check(["For Crowe UK, the lesson from ICAEW (2016a) is that marketing is a support function."], [])
    assert _authors(report) == [("ICAEW",)]


def test_a_plain_year_after_the_sentence_s_own_words_needs_more() -> None:
    # The same sentence with a plain year may name a thing of that year; with no list, nothing confirms it.
    report = _check(["For Crowe UK, the lesson from ICAEW (2016) is that marketing is a support function."], [])
    assert _authors(report) == []


def test_a_sentence_s_end_inside_a_lettered_citation_still_needs_the_list() -> None:
    # "D." ends the sentence before; the lettered year does not make "D. As Santos Filho" a sure name.
    text = "Trust is highest in the classes C and D. As Santos Filho (1999a) explain, buyers expect fast answers."
    report = _check([text], ["Santos Filho, J.C. (1999a) Consumidores negros. São Paulo: FGV."])
    assert _kinds(report) == []


def test_a_firm_s_legal_form_alone_is_no_reading_of_its_name() -> None:
    # "(ASC, 2011)" elsewhere names the firm's new legal form; it does not make "ASC" the cited author.
    paragraphs = [
        "The company re-registered as an open joint-stock company (ASC, 2011).",
        "Kapital Bank ASC (2011, para. 18) emphasise that cashback campaigns increase advocacy.",
    ]
    report = _check(paragraphs, [MOYO])
    assert ("Kapital Bank ASC",) in _authors(report)
    assert ("ASC",) not in _authors(report)


@pytest.mark.parametrize(
    "sentence",
    [
        # After a place and its comma, or a list's "and", the letters are a body's, as the list gives them.
        "In the context of Shanghai, ASA (2019, p. 329) note that shoppers expect values.",
        "Both the CIPR and ASA (2019) stress that a holding statement buys time.",
    ],
)
def test_a_body_s_letters_like_a_legal_form_are_still_read_alone(sentence: str) -> None:
    report = _check([sentence], ["ASA (2019) Luxury consumption statistics 2019. London: ASA."])
    assert _kinds(report) == []


def test_a_lettered_year_after_another_language_s_lower_case_word_still_needs_the_list() -> None:
    # "nước" is the body's own word: the name may be read short, so the lettered year alone does not make it sure.
    text = "Ngân hàng Nhà nước Việt Nam's (2024b) research on consumers shows that brands that ignore Zalo lose."
    assert _authors(_check([text], [])) == []
