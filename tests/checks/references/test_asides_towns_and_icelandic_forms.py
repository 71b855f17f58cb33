"""What the blind249 to blind251 pools showed once they became development data (stop 50): an aside after a
semicolon taken for a second work, so that "(BETT Awards 2022; shortlisted again in 2023)" read as a bracket of
sources; a town after "in" in a bracket ("opened its hundredth setting (in Galway, 2024)") read as an author;
Icelandic and Faroese firms' legal forms ("Festi hf.", "Bakkafrost P/F") read as the end of a sentence or as a
web address, and their bodies' words ("Samtök", "Hagstova") as no body's; a list that files a firm with and without
its legal form together ("Landsbankinn hf.", "Landsbankinn") flagged as out of order; and "as Winter (2012)
noted" dropped where "as Winter (2012) notes" was read.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations
from marker.checks.references.names import looks_like_author
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES

MINTEL = "Mintel (2021) Tutoring in the UK: market report 2021. London: Mintel Group."


@pytest.mark.parametrize(
    "sentence",
    [
        "The group lists its prizes on its homepage (BETT Awards 2022; shortlisted again in 2023).",
        "The school lists its prizes (Tes Schools Awards 2023; highly commended in 2024).",
    ],
)
def test_an_aside_after_a_semicolon_is_no_second_work(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Fees rose (Kantar Retail 2022; Mintel, 2021).",
        "Fees rose (Mintel, 2021; Kantar Retail 2022).",
        "Fees rose (Kantar Retail 2022; see also Mintel, 2021).",
    ],
)
def test_a_work_without_a_comma_beside_another_work_is_still_cited(sentence: str) -> None:
    report = _check([sentence], [MINTEL])
    assert ("Kantar Retail",) in _authors(report)
    assert _kinds(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        # The segment beside holds a bracket of its own, or opens on a particle in lower case.
        (
            "Buyers respond (Hübner, 2008; Bundesministerium für Ernährung und Landwirtschaft (BMEL), 2015; GS1 "
            "Germany GmbH, 2022).",
            [("Hübner",), ("Bundesministerium für Ernährung und Landwirtschaft",), ("GS1 Germany GmbH",)],
        ),
        (
            "Farms lack branding (al-Mawali and Alshehhi, 2010b; BBK B.S.C., 2017).",
            [("al-Mawali", "Alshehhi"), ("BBK B.S.C.",)],
        ),
        # The segment beside follows a lead-in, or names a brand in lower case with figures or stops.
        (
            "The figures use market data (from Federation of Small Businesses (FSB), 2020; Sprout Social, 2025).",
            [("Federation of Small Businesses",), ("Sprout Social",)],
        ),
        ("Apps drive share of voice (Nederlandse Spoorwegen, 2015; a.s.r., 2022).", [("Nederlandse Spoorwegen",)]),
        # A capital outside ASCII opens a name as well.
        (
            "Farm shop customers spend more (Ó Dónaill, Tregenza and de la Haye, 2015; Hafod Dairy, 2024).",
            [("Ó Dónaill", "Tregenza", "de la Haye"), ("Hafod Dairy",)],
        ),
    ],
)
def test_works_beside_a_segment_with_brackets_or_a_particle_are_cited(
    sentence: str, authors: list[tuple[str, ...]]
) -> None:
    report = _check([sentence], [])
    assert _authors(report) == authors


@pytest.mark.parametrize(
    "sentence",
    [
        "Busy Bees opened its hundredth setting (in Galway, 2024).",
        "The chain opened a new nursery (in Reading, 2020).",
    ],
)
def test_a_town_after_in_says_where_not_who(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_a_town_after_in_that_the_list_gives_is_still_cited() -> None:
    entry = "Reading, T. (2020) Nursery marketing. London: Sage."
    report = _check(["Nurseries sell on trust (in Reading, 2020)."], [entry])
    assert _authors(report) == [("Reading",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Festi hf. (no date, para. 21) claims that loyalty follows price.", ("Festi hf.",)),
        ("Loyalty follows price (Íslandsbanki hf., 2012, p. 263).", ("Íslandsbanki hf.",)),
        (
            "Growth was strong, as Ölgerðin Egill Skallagrímsson hf. (2014) shows.",
            ("Ölgerðin Egill Skallagrímsson hf.",),
        ),
        ("Exports rose (Bakkafrost P/F, 2019).", ("Bakkafrost P/F",)),
        ("Prices rose (see Síminn hf., no date).", ("Síminn hf.",)),
    ],
)
def test_icelandic_and_faroese_legal_forms_are_part_of_the_name(sentence: str, authors: tuple[str, ...]) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == authors
    assert not citation.weak


def test_an_icelandic_firm_s_work_matches_its_entry() -> None:
    entry = "Hagar hf. (2015) Annual report 2015. Reykjavík: Hagar hf."
    report = _check(
        ["Hagar hf. (2015, para. 27) argues that discounters win.", "Shoppers trade down (Hagar hf., 2015)."], [entry]
    )
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "name",
    ["Samtök ferðaþjónustunnar", "Samkeppniseftirlitið", "Ferðamálastofa", "Hagstova Føroya", "Hagstofa Íslands"],
)
def test_icelandic_and_faroese_bodies_look_like_authors(name: str) -> None:
    assert looks_like_author(name)


def test_hungary_by_its_own_name_is_still_an_author() -> None:
    # Cite Them Right files a country's laws under the country: "Magyarország (2008) 2008. évi XLVIII. törvény".
    report = _check(["Advertising to children is restricted (Magyarország, 2008)."], [])
    assert _authors(report) == [("Magyarország",)]


def test_a_site_in_lower_case_is_still_doubted() -> None:
    [citation] = find_citations("The site asos.com (2023) shows the range.")
    assert citation.weak


LANDSBANKINN = [
    "Baum, T. (2013) Craft beer and place branding. London: Routledge.",
    "Icelandic Competition Authority (2018) Annual report 2018. Reykjavík: Icelandic Competition Authority.",
    "Iceland Review (2018) ‘Arctic tourism in North Iceland’, Iceland Review, 3 May.",
    "Landsbankinn hf. (no date) Our brand. Available at: https://www.landsbankinn.com/brand (Accessed: 1 May 2024).",
    "Landsbankinn (no date) About us. Available at: https://www.landsbankinn.com/about (Accessed: 1 May 2024).",
    "Pétursson, S. (2021) Skyr as a national brand. PhD thesis. University of Akureyri.",
]
CITING_THEM = [
    "Brands travel (Baum, 2013; Icelandic Competition Authority, 2018; Iceland Review, 2018).",
    "Banks sell trust (Landsbankinn hf., no date; Landsbankinn, no date; Pétursson, 2021).",
]


def test_a_firm_filed_with_and_without_its_legal_form_is_in_order() -> None:
    report = _check(CITING_THEM, LANDSBANKINN)
    assert "not_alphabetical" not in _kinds(report)


def test_a_list_out_of_order_is_still_flagged() -> None:
    swapped = [LANDSBANKINN[-1], *LANDSBANKINN[:-1]]
    report = _check(CITING_THEM, swapped)
    assert "not_alphabetical" in _kinds(report)


@pytest.mark.parametrize(
    "sentence",
    [
        "B2B buyers value reliability over price, as Winter (2012) noted.",
        "B2B buyers value reliability over price, as Winter (2012) argued.",
        "B2B buyers value reliability over price, as Winter (2012) pointed out.",
    ],
)
def test_a_name_that_is_a_word_is_cited_after_as_and_a_verb_of_saying_in_the_past(sentence: str) -> None:
    report = _check([sentence], [])
    assert _authors(report) == [("Winter",)]


def test_a_claim_ending_in_a_continent_is_still_cited() -> None:
    report = _check(["Traceability helps salmon brands charge more in Asia (Forbrukertilsynet, 2009)."], [])
    assert _authors(report) == [("Forbrukertilsynet",)]
