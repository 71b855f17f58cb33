"""What the blind282 to blind284 pools showed once they became development data (stop 53): an event's official thing
named in a bracket ("made the official match ball (Al Rihla, 2022)"), a chain's numbered site and its town ("The
group's 50th site (Malmö, 2004)") and a bracket of towns and years ("Expansion went north (Leeds, 2016; Glasgow,
2018)") read as sources; and Dutch "die" opening a surname ("die Witte, D." in the list, "(e.g. die Witte, Smith and Ó
Conaill, 2023)" in the text) not read as a name.

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
        "Sialkot made the official match ball (Al Rihla, 2022).",
        "It became the official song (Waka Waka, 2010).",
        "The group's 50th site (Malmö, 2004) was its first in Skåne.",
        "Its 100th store (Hamburg, 2022) opened in spring.",
        "Expansion went north (Leeds, 2016; Glasgow, 2018).",
    ],
)
def test_an_official_thing_a_numbered_site_or_towns_are_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "unlisted"),
    [
        ("Unemployment rose, according to the official statistics (Okafor, 2021).", 1),
        ("The firm's 50th store (Okafor, 2019) was studied.", 1),
        ("Prices rose (Leeds, 2016; Okafor, 2018).", 2),
        ("Prices rose (Ipsos, 2008; Jordan, 2020).", 2),
    ],
)
def test_sources_beside_such_words_still_cite(sentence: str, unlisted: int) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _told_unlisted(report) == ["cited_not_listed"] * unlisted


def test_dutch_die_opens_a_surname_in_the_list_and_the_text() -> None:
    listed = "die Witte, D., Smith, B. and Ó Conaill, D. (2023) ‘Customer reviews’, Journal of Services, 1(2), pp. 3–4."
    report = _check(["Reviews now shape choice (e.g. die Witte, Smith and Ó Conaill, 2023).", MOYO_ARGUES],
                    [listed, MOYO])  # fmt: skip
    assert report.entries[0].authors == ("die Witte", "Smith", "Ó Conaill")
    assert ("die Witte", "Smith", "Ó Conaill") in _authors(report)
    assert _kinds(report) == []


def test_die_after_and_opens_the_second_authors_surname() -> None:
    listed = "Nielsen, K. and die Pelser, J. (2010) Storage and the move. Leiden: Brill."
    report = _check(["Downsizers search on their phones (Nielsen and die Pelser, 2010, p. 153).", MOYO_ARGUES],
                    [MOYO, listed])  # fmt: skip
    assert ("Nielsen", "die Pelser") in _authors(report)
    assert _kinds(report) == []


def test_a_sentences_die_before_a_name_is_no_particle() -> None:
    report = _check(["Heritage brands die Okafor (2019) says.", MOYO_ARGUES], [MOYO])
    assert ("Okafor",) in _authors(report)
