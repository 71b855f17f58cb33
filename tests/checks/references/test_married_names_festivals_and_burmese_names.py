"""What the blind144 to blind146 pools showed once they became development data (stop 38): a West African woman's own
and married names and a name with its nickname ("N'Guessan épouse Yao", "Traoré dit Kader"), what was held where and
when ("(SIAO, Ouagadougou, 2022)"), a festival and its year ("(Eid al-Fitr, 2021)"), a brand written with a colon
("m:tel") and Burmese names, which hold no surname, written whole and joined by "and" ("Zeyar Nyunt and Saw Kapi").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.entries import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _looks_cited, _noted

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("N'Guessan épouse Yao, A. (2019) Le mobile money à Abidjan. Abidjan: NEI-CEDA.", ("N'Guessan épouse Yao",)),
        ("Koné ép. Traoré, R. (2010) Le karité. Ouagadougou: Presses Africaines.", ("Koné ép. Traoré",)),
        ("Traoré dit Kader, A.K., Tremblay, G. and Diarra, M. (2012) Banques et PME. Paris: L'Harmattan.",
         ("Traoré dit Kader", "Tremblay", "Diarra")),
    ],
)  # fmt: skip
def test_a_married_name_or_a_nickname_is_one_authors_surname_in_the_list(entry: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(entry).authors == authors


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Mobile money grew fastest in Abidjan (N'Guessan épouse Yao, 2019).", ("N'Guessan épouse Yao",)),
        ("N'Guessan épouse Yao (2019) argues that mobile money grew fastest in Abidjan.", ("N'Guessan épouse Yao",)),
        ("N'Guessan épouse Yao's (2019) model shows how mobile money grew.", ("N'Guessan épouse Yao",)),
        ("Traoré dit Kader (2021) argues that shea cooperatives earn more.", ("Traoré dit Kader",)),
        ("Shea cooperatives earn more (Ndiaye épouse Fall, 2019; Diop, 2020).", ("Ndiaye épouse Fall",)),
    ],
)  # fmt: skip
def test_a_married_name_or_a_nickname_is_cited_whole(sentence: str, authors: tuple[str, ...]) -> None:
    assert find_citations(sentence)[0].authors == authors


def test_a_listed_married_name_cited_whole_is_matched() -> None:
    report = _check(
        ["Mobile money grew fastest in Abidjan (N'Guessan épouse Yao, 2019).", MENON_ARGUES],
        [MENON, "N'Guessan épouse Yao, A. (2019) Le mobile money à Abidjan. Abidjan: NEI-CEDA."],
    )
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The fair drew 400 exhibitors (SIAO, Ouagadougou, 2022).",
        "Sales of sweets rise before Ramazanski bajram (Eid al-Fitr, 2021).",
    ],
)
def test_what_was_held_where_and_when_and_a_festival_are_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _cited(report) == [(("Menon",), "2019")]
    assert _kinds(report) == []


def test_three_authors_the_last_named_like_a_city_are_still_cited() -> None:
    report = _check(["Fees rose (Sow, Diop and Lima, 2019).", MENON_ARGUES], [MENON])
    assert _kinds(report) == []
    assert _noted(report) == _looks_cited(report) == ["Sow"]


def test_a_listed_brand_written_with_a_colon_is_cited() -> None:
    report = _check(
        [
            "Prepaid bundles sell best (m:tel, 2012).",
            "m:tel (2012) argues that prepaid bundles sell best.",
            MENON_ARGUES,
        ],
        [MENON, "m:tel (2012) Annual report 2012. Available at: https://example.org/mtel (Accessed: 1 May 2024)."],
    )
    assert _cited(report).count((("m:tel",), "2012")) == 2
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Zeyar Nyunt and Saw Kapi (2014) Tea-leaf traders go online. Available at: https://example.org/tea "
         "(Accessed: 1 May 2024).", ("Zeyar Nyunt", "Saw Kapi")),
        ("Thida Thazin Chaw and Hnin Ei Ei (2012) Mobile money in Mandalay. Yangon: Seikku Cho Cho.",
         ("Thida Thazin Chaw", "Hnin Ei Ei")),
        # Firms named after people, one word each side, stay one author.
        ("Marks and Spencer (2020) Annual report 2020. London: Marks and Spencer.", ("Marks and Spencer",)),
    ],
)  # fmt: skip
def test_names_written_whole_and_joined_are_people(entry: str, authors: tuple[str, ...]) -> None:
    parsed = parse_entry(entry)
    assert parsed.authors == authors
    assert parsed.organisation is (len(authors) == 1)
