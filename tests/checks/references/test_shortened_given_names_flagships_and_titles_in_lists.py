"""What the blind264 to blind266 pools showed once they became development data (stop 52): a firm named with a
shortened given name ("Fred. Olsen, S.A.") opening a line of a reference list read as the end of the entry before
and a person "Olsen, S.A.", which put the list out of order in words marked certain; a firm's name ending on its own
stop, repeated as its publisher on a line of its own, read as an entry with no year (certain, too); a store named by
where and when it opened after the word for it ("The Copenhagen flagship (Amagertorv, 1911)"); "Lord" dropped as a
title where a comma shows it is a surname in a list ("Lord, Dass-Jones and Ritter (2016)"); and a Spanish person's
two surnames joined by "de la" not read as a person's ("(Pérez de la Rosa, 2008)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES

# A reference list laid out as one block of lines, as a PDF's text or a pasted list gives it.
WRAPPED_LIST = (
    "Carvalho, H. (2023) Rethinking air connectivity and demand. London: Sage.\n"
    "Chas. Berg, S.A. (2019) Investor presentation FY2019. Chas. Berg, S.A. Available at:\n"
    "https://www.example.es/investors (Accessed: 3 May 2024).\n"
    "Costa, R. (2011) Island tourism. Funchal: Editora Atlântico.\n"
    "Teide Park, S.A. (2012) Hotel loyalty programmes: a Macaronesian perspective.\n"
    "Teide Park, S.A. Available at: https://www.example.es/loyalty\n"
    "(Accessed: 26 April 2026)."
)
CITING_ALL = [
    "Chas. Berg, S.A. (2019) described the islands as remote but well connected.",
    "Air links matter (Carvalho, 2023; Costa, 2011), and loyalty schemes pay (Teide Park, S.A., 2012).",
]


def test_a_shortened_given_name_opens_an_entry_on_its_own_line() -> None:
    report = _check(CITING_ALL, [WRAPPED_LIST])
    assert [entry.authors[0] for entry in report.entries] == ["Carvalho", "Chas. Berg", "Costa", "Teide Park"]
    assert _kinds(report) == []


def test_a_list_out_of_order_is_still_flagged_past_a_shortened_given_name() -> None:
    out_of_order = WRAPPED_LIST.replace("Carvalho, H. (2023)", "Dias, H. (2023)")
    report = _check(
        [CITING_ALL[0], "Air links matter (Dias, 2023; Costa, 2011; Teide Park, S.A., 2012)."], [out_of_order]
    )
    assert "not_alphabetical" in _kinds(report)


def test_a_line_that_ends_an_entry_without_a_stop_still_carries_on_past_a_stop() -> None:
    # After "Harlow:" the entry is not over: "Pearson." on the next line is its publisher, then the next entry opens.
    listed = (
        "Dube, S. (2020) Township retail. Harlow:\nPearson. Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta."
    )
    report = _check([MOYO_ARGUES, "Spaza shops adapt (Dube, 2020)."], [listed])
    assert [entry.authors for entry in report.entries] == [("Dube",), ("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Aarhus flagship (Strøget, 1921) is still trading.",
        "The London showroom (Mayfair, 1898) draws trade buyers every spring.",
    ],
)
def test_a_store_named_by_where_it_opened_is_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "Lord, Dass-Jones and Ritter (2016) reported that brand archives are under-used.",
            ("Lord", "Dass-Jones", "Ritter"),
        ),
        (
            "Following Lady, Okafor and Brandt (2019), this report treats Instagram as a shop window.",
            ("Lady", "Okafor", "Brandt"),
        ),
        ("Buyers compare prices across channels (Pérez de la Rosa, 2008).", ("Pérez de la Rosa",)),
        ("Buyers compare prices across channels (Núñez del Campo, 2015).", ("Núñez del Campo",)),
    ],
)
def test_surnames_are_read_whole_and_flagged_when_not_listed(sentence: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert cited in _authors(report)
    assert "cited_not_listed" in _told_unlisted(report)


def test_a_title_before_a_name_is_still_no_surname() -> None:
    report = _check(["Lord Okafor (2016) reported that apprentices stay longer.", MOYO_ARGUES], [MOYO])
    assert ("Okafor",) in _authors(report)


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        # A bracketed abbreviation whose letters are the capitals of every word before it, over a comma: one body.
        (
            "Instituto do Queijo, do Mel e do Pão da Beira (IQMPB) (2017) argues that regional labels sell abroad.",
            ("Instituto do Queijo, do Mel e do Pão da Beira",),
        ),
        # "and" inside a bracket within a body's name joins no authors.
        (
            "Fees rose faster than footfall (Guild of (Cutlers and Silversmiths) Retailers, 2012).",
            ("Guild of (Cutlers and Silversmiths) Retailers",),
        ),
    ],
)
def test_a_bodys_name_is_read_whole_over_its_commas_and_brackets(sentence: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert cited in _authors(report)
    assert "cited_not_listed" in _told_unlisted(report)
