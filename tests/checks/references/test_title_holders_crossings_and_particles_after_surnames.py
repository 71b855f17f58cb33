"""What the blind276 to blind278 pools showed once they became development data (stop 53): a title's holder after the
title ("sponsored the Naadam wrestling champion (Avarga, 2017).") and a crossing after "at the border" read as
sources; a chain's first shop and the town it opened in ("The first launderette of the chain (Galway, 2021) was
franchised."); "the finding of" before a narrative citation not read as leading in; a surname's particle put after it
between commas, as some citation processors write ("Bourgondië, van, J." in the list, "(Werl-Arnsberg, van and
Schäfer, 2011)" in the text); German nobility's "und" inside a surname ("Coreth von und zu Coredo und Starkenberg,
V."); and French "& Cie." inside a firm's name ("Miele & Cie. KG (2018)").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        "The brand sponsored the Naadam wrestling champion (Avarga, 2017).",
        "The bank backed the national chess winner (Tsetsegmaa, 2021).",
        "Coal trucks still queue at the border (Gashuunsukhait, 2024).",
        "Exports pass through the main crossing (Zamyn-Uud, 2019).",
        "The first Dutch launderette of the chain (Galway, 2021) was franchised.",
    ],
)
def test_a_holder_a_crossing_or_a_first_shops_town_is_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Every firm needs an internal champion (Okafor, 2016).",
        "Lorries wait for hours at the border (Home Office, 2021).",
        "The first study of the chain (Okafor, 2019) showed losses.",
    ],
)
def test_a_source_after_such_words_still_cites(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_the_finding_of_leads_in() -> None:
    sentence = "For Gobi Cashmere, the finding of Okafor and Brandt (2018) that inflation bites is relevant."
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert ("Okafor", "Brandt") in _authors(report)
    assert "cited_not_listed" in _kinds(report)


def test_data_from_an_event_is_no_source() -> None:
    # "data from" leads in to an event's name as often as to a source's: "Creamfields (2022)" is a festival's year.
    report = _check(["Wristband data from Creamfields (2022) was not shared with sponsors.", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


PARTICLES_AFTER = (
    "Bourgondië, van, J., Engelen, K. and Lynch, K. (2017) ‘Customer reviews’, Journal of Cleaner Production, 18(9), "
    "pp. 333–350."
)
WERL = "Werl-Arnsberg, van der, P. and Schäfer, M. (2011) Laundry and trust. Berlin: Springer."


def test_a_particle_after_a_surname_is_read_in_the_list_and_the_text() -> None:
    report = _check(
        [
            "The idea is common (Bourgondië, van, Engelen and Lynch, 2017).",
            "It grows (Naranbaatar, 2010; Werl-Arnsberg, van der and Schäfer, 2011).",
            "Naranbaatar (2010) disagrees.",
            MOYO_ARGUES,
        ],
        [PARTICLES_AFTER, MOYO, "Naranbaatar, B. (2010) Herders. Ulaanbaatar: Admon.", WERL],
    )
    assert [entry.authors for entry in report.entries] == [
        ("Bourgondië", "Engelen", "Lynch"),
        ("Moyo",),
        ("Naranbaatar",),
        ("Werl-Arnsberg", "Schäfer"),
    ]
    assert ("Werl-Arnsberg", "Schäfer") in _authors(report)
    # The particle is in no author's place: the list is in order by surname, and every work is cited.
    assert _kinds(report) == []


def test_und_inside_a_noble_surname_keeps_the_name_whole() -> None:
    listed = (
        "Coreth von und zu Coredo und Starkenberg, V. et al. (2010) ‘Rethinking servitisation’, Journal of Services "
        "Marketing, 13(7), pp. 189–212."
    )
    report = _check(
        ["Brands talk of convenience (Coreth von und zu Coredo und Starkenberg et al., 2010).", MOYO_ARGUES],
        [listed, MOYO],
    )
    assert report.entries[0].authors == ("Coreth von und zu Coredo und Starkenberg",)
    assert _kinds(report) == []


def test_cie_inside_a_firms_name_is_read_whole() -> None:
    report = _check(["Research by Miele & Cie. KG (2018, para. 3) suggests that labels sell.", MOYO_ARGUES], [MOYO])
    assert ("Miele & Cie. KG",) in _authors(report)
    assert _kinds(report) == ["cited_not_listed"]
