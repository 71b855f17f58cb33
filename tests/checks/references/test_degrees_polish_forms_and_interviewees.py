"""What the blind135 to blind137 pools showed once they became development data (stop 37): Indonesian degrees written
after a name in a list ("Dharmawan, I.G.N., S.E., Ak."), the Polish limited company "sp. z o.o." in the text and
wrapped over two lines of a list, an interviewee's post and town with a year ("(Marketing Manager, Sumy, 2023)") and
a title in guillemets after its kind ("the telethon «Yedyni novyny» (United News, 2022)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
WEDEL = "E. Wedel sp. z o.o. (2019) Raport roczny 2019. Warszawa: E. Wedel."


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Wulandari, R., Suartana, I.W. and Dharmawan, I.G.N., S.E., Ak. (2013) Pemasaran digital. Clayton: Monash "
         "University Publishing.", ("Wulandari", "Suartana", "Dharmawan")),
        ("Hidayat, R., S.Kom., M.M. (2020) Strategi merek. Jakarta: Salemba Empat.", ("Hidayat",)),
        # A surname written as initials is still a person of the list.
        ("Smith, J., K.C., R. and Lee, M. (2018) Remittances. Kathmandu: Sajha.", ("Smith", "K.C.", "Lee")),
    ],
)  # fmt: skip
def test_degrees_after_a_name_are_the_persons_not_another_author(entry: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(entry).authors == authors


def test_three_authors_with_degrees_need_no_et_al() -> None:
    entry = "Wulandari, R., Suartana, I.W. and Dharmawan, I.G.N., S.E., Ak. (2013) Pemasaran. Bali: Udayana Press."
    report = _check(["Mobile wallets grew fast (Wulandari, Suartana and Dharmawan, 2013)."], [entry])
    assert "et_al_misuse" not in _kinds(report)


@pytest.mark.parametrize(
    "sentence",
    [
        "E. Wedel sp. z o.o. (2019) notes that chocolate gifts peak before Christmas.",
        "Chocolate gifts peak before Christmas (E. Wedel sp. z o.o., 2019).",
    ],
)
def test_a_polish_limited_company_is_one_author(sentence: str) -> None:
    report = _check([sentence], [WEDEL])
    assert _cited(report) == [(("E. Wedel sp. z o.o.",), "2019")]
    assert _kinds(report) == []


def test_sp_z_o_o_wrapped_over_two_lines_stays_one_entry() -> None:
    text = (
        "Śliwińska, A. (2021) Marka. Warszawa: PWN.\n"
        "Rossmann Supermarkety Drogeryjne Polska sp.\n"
        "z o.o. (2015) Drivers of game launches. Polkowice: Rossmann."
    )
    entries = split_entries(text)
    assert [parse_entry(entry).authors for entry in entries] == [
        ("Śliwińska",),
        ("Rossmann Supermarkety Drogeryjne Polska sp. z o.o.",),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "One respondent (Marketing Manager, Sumy, 2023) said the same.",
        "A second view (Brand Director, Lviv, 2024) was more cautious.",
        "The brand sponsored the telethon «Yedyni novyny» (United News, 2022).",
    ],
)
def test_an_interviewee_and_a_titles_maker_are_no_sources(sentence: str) -> None:
    report = _check([sentence, "Menon (2019) argues that loyalty is local."], [MENON])
    assert _cited(report) == [(("Menon",), "2019")]
    assert _kinds(report) == []


def test_two_people_one_named_manager_are_still_authors() -> None:
    report = _check(["Prices rose (Smith and Manager, 2019)."], [MENON])
    assert (("Smith", "Manager"), "2019") in _cited(report)
    # Two names cited once get a warning of their own only where each reads as an author's, which "Manager" does
    # not: the bracket is in the one "check this" note.
    assert "cited_not_listed" not in _kinds(report)
    assert [report.citations[index].text for index in report.unconfirmed] == ["(Smith and Manager, 2019)"]
