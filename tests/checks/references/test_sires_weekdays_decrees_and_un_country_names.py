"""What the blind279 to blind281 pools showed once they became development data (stop 53): a horse's sire after "by" ("a
filly by Dubawi (2002)") read as a cited author; "whose" after a name ("rose with Frankel (2008), whose races drew
crowds") and "introduced" or "extended" with no idea after them ("Royal Ascot (2022) introduced a new dress code")
read as an author's; a weekday before a price's year ("(Saturday, 1998)") and a law named "Sub-Decree on ..." read as
authors; a name's number read as a year ("(K6 1818, 2017)", "(Vision 2030, 2013)") and a second year after a doubtful
name ("(Wimbledon 2011, 2014)") surer than its first; a body's name ending on a country as the UN writes it
("Ministry of Information, Culture and Tourism, Lao PDR") read short; and a claim ending on a language ("answer in
Khmer (Ollier, 2021)") read as a maker's credit.

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
        "Buyers competed hard for a filly by Dubawi (2002) in the first session.",
        "The colt, by Frankel (2008), topped the sale.",
        "Interest in the sport rose with Enable (2014), whose races drew crowds of their own.",
        "Royal Ascot (2022) introduced a new dress code for the Queen Anne Enclosure.",
        "Azerai Can Tho and Azerai Kep (2013) extended the group's riverside style.",
        "Premier Enclosure tickets were priced at €63 (Saturday, 1998).",
        "The Sub-Decree on Digital Payments (2024) set up the rules.",
        "The airline resumed Phnom Penh–Siem Reap flights (K6 1818, 2017).",
    ],
)
def test_a_sire_a_thing_done_a_weekday_a_decree_or_a_flight_is_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Horses were studied by Okafor (2008), whose study found that crowds grew.",
        "Okafor (1967) introduced the concept of the marketing mix.",
        "Okafor and Brandt (2020) extend Porter's framework to services.",
        "Okafor (2020) extends it to hotels.",
        "Okafor (2021), who surveyed racegoers, found the opposite.",
    ],
)
def test_an_author_after_such_words_still_cites(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == ["cited_not_listed"]


LAO_MINISTRY = (
    "Ministry of Information, Culture and Tourism, Lao PDR (2015) Mekong tourism plan. Vientiane: Ministry of "
    "Information, Culture and Tourism, Lao PDR."
)


def test_a_body_ending_on_a_country_as_the_un_writes_it_is_read_whole() -> None:
    report = _check(
        [
            "Ministry of Information, Culture and Tourism, Lao PDR’s (2015, p. 12) research shows that visitors stay.",
            "Visitors arrive by rail (Ministry of Information, Culture and Tourism, Lao PDR, 2015).",
            MOYO_ARGUES,
        ],
        [LAO_MINISTRY, MOYO],
    )
    assert ("Ministry of Information, Culture and Tourism, Lao PDR",) in _authors(report)
    assert ("Lao PDR",) not in _authors(report)
    assert _kinds(report) == []


def test_a_claim_ending_on_a_language_is_cited() -> None:
    report = _check(["Brand trust rises when firms answer in Khmer (Okafor, 2021).", MOYO_ARGUES], [MOYO])
    assert ("Okafor",) in _authors(report)
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_a_number_in_a_name_before_its_year_is_the_names() -> None:
    listed = "Vision 2030 (2013) National transformation programme. Riyadh: Vision 2030."
    report = _check(["Most users are under 35 (Vision 2030, 2013).", MOYO_ARGUES], [MOYO, listed])
    assert ("Vision 2030",) in _authors(report)
    assert _kinds(report) == []


def test_a_second_year_after_a_doubtful_name_is_as_doubtful() -> None:
    report = _check(["Tickets sold out (Wimbledon 2011, 2014).", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


def test_two_years_of_one_author_are_still_two_works() -> None:
    report = _check(["Loyalty grows (Okafor, 2019, 2020).", MOYO_ARGUES], [MOYO])
    assert [c.year for c in report.citations if c.authors == ("Okafor",)] == ["2019", "2020"]
    assert _told_unlisted(report) == ["cited_not_listed", "cited_not_listed"]


def test_a_government_named_in_full_is_still_an_author() -> None:
    listed = "United Republic of Tanzania (2020) Household budget survey. Dodoma: National Bureau of Statistics."
    report = _check(["A survey by United Republic of Tanzania (2020) found that prices rose.", MOYO_ARGUES],
                    [MOYO, listed])  # fmt: skip
    assert ("United Republic of Tanzania",) in _authors(report)
    assert _kinds(report) == []
