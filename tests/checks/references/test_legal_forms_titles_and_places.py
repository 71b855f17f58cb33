"""A firm's legal form after its comma ("S.A.B. de C.V."), a brand joined by "&" ("Selva &Co"), a firm named by a
word that opens sentences ("Per S.A."), names written before a year with no comma, a telenovela's or a series'
title after its kind, and a narrative citation read with the place before it.

Shapes the blind60 to blind62 pools showed once they became development data (stop 30); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds


def test_a_mexican_firms_legal_form_after_its_comma_is_part_of_its_name() -> None:
    report = _check(
        [
            "Unlike the European studies, Grupo Norteño, S.A.B. de C.V. (2020a, para. 26) shows that instalments "
            "shape price.",
            "Premium beer grows (Meio Digital, 2020; Grupo Norteño, S.A.B. de C.V., 2020b).",
            "Loyalty apps work (Fomento Andino, S.A.B. de C.V. (FASA), 2025).",
        ],
        [
            "Fomento Andino, S.A.B. de C.V. (FASA) (2025) Annual report 2025. Monterrey: FASA.",
            "Grupo Norteño, S.A.B. de C.V. (2020a) Report. Mexico City: Grupo Norteño.",
            "Grupo Norteño, S.A.B. de C.V. (2020b) Informe anual. Mexico City: Grupo Norteño.",
            "Meio Digital (2020) Report. São Paulo: Meio Digital.",
        ],
    )
    assert _cited(report) == [
        (("Grupo Norteño, S.A.B. de C.V.",), "2020a"),
        (("Meio Digital",), "2020"),
        (("Grupo Norteño, S.A.B. de C.V.",), "2020b"),
        (("Fomento Andino, S.A.B. de C.V.",), "2025"),
    ]
    assert _kinds(report) == []


def test_a_brand_joined_by_an_ampersand_and_a_firm_named_by_an_opener_are_read_whole() -> None:
    report = _check(
        [
            "Selva &Co Holding S.A. (2022) concluded that cash on delivery still matters.",
            "Our team agreed with Per S.A. (2016, pp. 93–96) that service shapes reputation.",
            "As Diageo plc (1995) notes, heritage sells.",
        ],
        [
            "Diageo plc (1995) Annual report. London: Diageo.",
            "Per S.A. (2016) Relatório anual. São Paulo: Per.",
            "Selva &Co Holding S.A. (2022) Relatório. São Paulo: Selva.",
        ],
    )
    assert [c.authors for c in report.citations] == [("Selva &Co Holding S.A.",), ("Per S.A.",), ("Diageo plc",)]
    assert _kinds(report) == []


def test_names_of_several_words_before_a_year_with_no_comma_need_the_list() -> None:
    # A guide's or an award's edition reads the same as a body cited without its comma: only the list tells them
    # apart. People written so are still read, and a listed body is confirmed.
    report = _check(
        [
            "All shortlisted hotels are rated five stars (Gault Travel Guide 2023).",
            "Trust matters (Okafor 2019) and loyalty follows (Okafor and Lind 2020).",
            "Stars are audited (Hotel Stars Union 2021).",
        ],
        [
            "Hotel Stars Union (2021) Criteria 2020–2025. Brussels: HSU.",
            "Okafor, T. (2019) Trust. London: Sage.",
            "Okafor, T. and Lind, K. (2020) Loyalty. London: Sage.",
        ],
    )
    assert _cited(report) == [
        (("Okafor",), "2019"),
        (("Okafor", "Lind"), "2020"),
        (("Hotel Stars Union",), "2021"),
    ]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Product placement in the telenovela Avenida Portugal (2012) made the brand famous overnight.",
        "The series La Casa de las Flores (2018) used the brand's products in several scenes.",
    ],
)
def test_a_title_after_its_kind_is_no_citation(sentence: str) -> None:
    # The state listed for its law ("Portugal (1996)") does not make the title ending in its name a citation.
    report = _check(
        [sentence],
        ["Okafor, T. (2019) Trust. London: Sage.", "Portugal (1996) Lei n.º 24/96. Lisboa: Assembleia da República."],
    )
    assert report.citations == ()


def test_a_title_after_its_kind_is_cited_where_the_list_gives_it_whole() -> None:
    report = _check(
        ["The documentary Mar Azul (2021) shows how nets are lost."],
        ["Mar Azul (2021) Directed by A. Lima. Available at: https://www.example.org/mar (Accessed: 2 May 2023)."],
    )
    assert _cited(report) == [(("Mar Azul",), "2021")]


def test_a_place_before_a_narrative_citation_is_left_where_the_report_cites_the_work_in_a_bracket() -> None:
    report = _check(
        [
            "Unlike in Europe, in Antalya Demir et al. (1999) found that evening pushes are opened more.",
            "Evening pushes work (Demir et al., 1999).",
        ],
        ["Demir, A. (2005) Tourism. Ankara: Nobel."],
    )
    assert _cited(report) == [(("Demir",), "1999"), (("Demir",), "1999")]
    # Demir is listed for 2005: the work of 1999 is the one to check, once, not a second "Antalya Demir".
    assert [p.kind for p in report.problems] == ["year_mismatch"]


def test_a_body_cited_with_and_without_its_article_stays_as_written() -> None:
    report = _check(
        [
            "Open rates peak on Fridays (The Leaf Shop, no date).",
            "Recent guidance from The Leaf Shop (no date, para. 22) says so.",
        ],
        ["Okafor, T. (2019) Trust. London: Sage."],
    )
    assert [c.year for c in report.citations] == ["n.d.", "n.d."]
    assert all(c.authors[0].endswith("Leaf Shop") for c in report.citations)


def test_a_place_before_names_the_list_gives_whole_is_the_sentences() -> None:
    # "Müller" is listed for 2023: the place before the names ("in Dubai ...") is no part of the first author.
    report = _check(
        ["Unlike in Europe, in Dubai Müller and Al Mansoori (2023) found that late bookings rise."],
        ["Müller, K. and Al Mansoori, S. (2023) Late bookings. Dubai: Motivate."],
    )
    assert _cited(report) == [(("Müller", "Al Mansoori"), "2023")]
    assert _kinds(report) == []


def test_a_listed_name_ending_as_a_possessive_does_is_given_back_whole() -> None:
    report = _check(
        ["Pho 4U's (2017, para. 20) argued that family values dominate Tết advertising."],
        ["Pho 4U's (2017) Tết greeting [Instagram]. Available at: https://www.instagram.com/p (Accessed: 5 May 2023)."],
    )
    assert _kinds(report) == []
    assert report.citations[0].authors[0].startswith("Pho 4U")
