"""What the blind255 to blind257 pools showed once they became development data (stop 51): a measure's short name
and year read as a citation ("Annual recurring revenue passed $1 billion (ARR, 2024)"); a brand written in lower case
before its legal form ("eharmony, Inc.") and a brand followed by its firm's legal name in brackets ("Mango (Punto
Fa, S.L.)") lost from the text and from a wrapped list; names opening on a figure ("40dB", "B2B Marketing") or a
bracket ("(ISC)²") filed under the wrong letters; and a possessive name whose framework explains, not read as a
source.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "Annual recurring revenue passed $1 billion (ARR, 2024).",
        "Net promoter score rose to 42 after the relaunch (NPS, 2023).",
        "Customer lifetime value doubled for subscribers (CLV, 2022).",
        # Not spelled out, a measure's short name is no author either.
        "Revenue grew by a third in a year (CAGR, 2023).",
    ],
)
def test_a_terms_short_name_and_year_glosses_the_sentence(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Office for National Statistics reported slower growth (ONS, 2023).",
        "Annual spending on security rose again (NCSC, 2024).",
    ],
)
def test_a_bodys_letters_and_year_are_still_a_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert len(_authors(report)) == 2
    assert _told_unlisted(report) == ["cited_not_listed"]


EHARMONY = (
    "eharmony, Inc. (2023) Shareholder letter Q4 2023. Available at: https://www.example.com/letter "
    "(Accessed: 28 May 2024). eharmony, Inc. (no date) Press centre. Available at: https://www.example.com/press "
    "(Accessed: 25 June 2023)."
)


def test_entries_of_a_brand_in_lower_case_with_its_legal_form_are_split() -> None:
    entries = split_entries(EHARMONY)
    assert [entry.split(" (", 1)[0] for entry in entries] == ["eharmony, Inc.", "eharmony, Inc."]


def test_a_brand_in_lower_case_with_its_legal_form_is_cited_from_the_list() -> None:
    report = _check(
        [
            "Paying users fell in the second half (eharmony, Inc., 2023, p. 4).",
            "Matching is sold as science (Moyo, 2019; eharmony, Inc., no date).",
        ],
        [EHARMONY, MOYO],
    )
    assert [authors[0].casefold() for authors in _authors(report)] == ["eharmony", "moyo", "eharmony"]
    assert _kinds(report) == []


MANGO_LIST = (
    "Laboral Kutxa (2019) The Guggenheim effect. Available at:\n"
    "https://www.example.com/guggenheim (Accessed: 5 September 2025).\n"
    "Mango (Punto Fa, S.L.) (2017) Worker-owner commitment.\n"
    "Available at: https://www.example.com/mango (Accessed: 24 December 2025)."
)


def test_a_brand_then_its_firms_legal_name_opens_an_entry_on_a_wrapped_line() -> None:
    entries = split_entries(MANGO_LIST)
    assert [entry.split(" (", 1)[0] for entry in entries] == ["Laboral Kutxa", "Mango"]
    assert entries[1].startswith("Mango (Punto Fa, S.L.) (2017)")


def test_a_brand_then_its_firms_legal_name_is_cited_in_every_form() -> None:
    report = _check(
        [
            "Mango (Punto Fa, S.L.) (2017) found that bilingual campaigns lower costs.",
            "Regional pride shapes how buyers judge it (Mango (Punto Fa, S.L.), 2017, p. 24).",
            "Savings banks kept their customers (Laboral Kutxa, 2019).",
        ],
        [MANGO_LIST],
    )
    assert _authors(report) == [("Mango (Punto Fa, S.L.)",), ("Mango (Punto Fa, S.L.)",), ("Laboral Kutxa",)]
    assert _kinds(report) == []


def test_a_brand_then_its_firms_legal_name_not_listed_is_flagged() -> None:
    report = _check(["Mango (Punto Fa, S.L.) (2016) found that bilingual campaigns lower costs."], [MOYO])
    assert _authors(report) == [("Mango (Punto Fa, S.L.)",)]
    assert "cited_not_listed" in _kinds(report)


@pytest.mark.parametrize(
    "names",
    [
        # A figure files before the letters ("B2B" before "BAE"), and a name opening on a bracket under its first
        # letter ("(ISC)²" under I): one rule, the figures kept, must put both in order.
        ["Anderson, K.", "B2B Marketing", "BAE Systems Digital Intelligence", "Eze, O.", "(ISC)²", "Kelly, R."],
        ["Eze, O.", "IBM Security", "(ISC)²", "Kelly, R."],
    ],
)
def test_names_with_figures_or_a_bracket_in_order_are_not_flagged(names: list[str]) -> None:
    entries = [f"{name} (2020) Title {index}. London: Sage." for index, name in enumerate(names)]
    report = _check(["Security buyers research early (Moyo, 2019)."], [*entries, MOYO])
    assert "not_alphabetical" not in _kinds(report)


def test_a_name_opening_on_a_figure_filed_under_later_letters_is_flagged_as_doubtful() -> None:
    entries = [
        "Autoritat Catalana de Protecció de Dades (2020) Memòria 2020. Barcelona: APDCAT.",
        "40dB (2020) Supermarkets: consumer panel. Madrid: 40dB.",
        "Egaña, G. (2020) Basque diaspora brands. Bilbao: Deusto.",
    ]
    report = _check(["Panels are cheap (40dB, 2020; Egaña, 2020)."], entries)
    problems = [problem for problem in report.problems if problem.kind == "not_alphabetical"]
    assert len(problems) == 1
    assert not problems[0].certain


def test_a_name_opening_on_figures_among_several_works_is_flagged_when_not_listed() -> None:
    report = _check(["Loyal customers reward local brands (Gestamp, 2022; 40dB, 2024; Moyo, 2019)."], [MOYO])
    assert ("40dB",) in _authors(report)
    assert _kinds(report).count("cited_not_listed") == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "However, Ruiz Olabuénaga’s (2016) framework explains why food tourism lifts sales.",
        "More recently, Cáritas Española's (2022) framework suggests that trust matters.",
    ],
)
def test_a_possessive_name_whose_framework_explains_is_a_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert len(_authors(report)) == 2
    assert _kinds(report) == ["cited_not_listed"]


def test_a_firms_framework_that_does_not_explain_is_no_source() -> None:
    report = _check(["Google Cloud's (2019) framework lets teams ship faster.", MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_a_persons_other_name_in_brackets_is_no_firms_legal_name() -> None:
    report = _check(
        ["In the Myanmar context, Aye and U Kyaw Lin (Lin Jia Le) (2011) showed that tea brands compete.", MOYO_ARGUES],
        [
            "Aye, A.Z. and U Kyaw Lin (Lin Jia Le) (2011) ‘Brand loyalty in Bago’, Telecommunications Policy, 27(3), "
            "pp. 380–392.",
            MOYO,
        ],
    )
    assert "cited_not_listed" not in _kinds(report)


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        (
            "Fraud losses rose again (FBI Internet Crime Complaint Center (IC3), 2023).",
            "FBI Internet Crime Complaint Center",
        ),
        (
            "The FBI Internet Crime Complaint Center (IC3) (2023) reported that losses rose.",
            "FBI Internet Crime Complaint Center",
        ),
        ("Managed detection is growing fastest (Integrity360 Ltd, 2023).", "Integrity360 Ltd"),
        ("Mid-market firms buy services first (Smarttech247 Group plc, 2018).", "Smarttech247 Group plc"),
    ],
)
def test_a_figure_in_a_bodys_letters_or_before_a_legal_form_leaves_a_sure_citation(sentence: str, author: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [(author,), ("Moyo",)]
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_a_figure_in_a_name_without_a_legal_form_is_still_cited_only_if_listed() -> None:
    report = _check(["Viewing fell on weeknights (Channel 4, 2018).", MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []
