"""What the blind234 to blind236 pools showed once they became development data (stop 48): a firm's new owner
and the year it bought it ("Greene King was bought by CK Asset Holdings (2019)") and where and when a chain's first
shop opened ("The first Nando's in the UK (Ealing, 1992)"), both read as citations missing from the list; firms
named with initials or a lone capital and their legal form ("(J D Wetherspoon plc, 2024)", "(Pret A Manger (Europe)
Ltd, 2025)"); a source's "lens"; "Building Societies Association (BSA) (2019)" read without its first word; a
surname opening on a capital of Latin Extended-B ("Ǯavaxišvili"); a body's name filed under its second word
("St Mungo's" under M); and an entry whose title is the name of the site it is on ("Savills Research" on
savills.co.uk), which has no title.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import MOYO, MOYO_ARGUES, _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted


@pytest.mark.parametrize(
    "sentence",
    [
        "Greene King was bought by CK Asset Holdings (2019) for £4.6bn.",
        "The chain was acquired by Bain Capital (2021), which closed a third of its sites.",
        "Pizza Express was sold to Hony Capital (2014) for £900m.",
        "The first Nando's in the UK (Ealing, 1992) set the template for the chain.",
        "Its first store in Dublin (Grafton, 2004) sold out of sandwiches by noon.",
    ],
)
def test_owners_and_first_openings_with_a_year_are_no_citations(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


def test_a_listed_owner_in_another_year_is_not_its_work() -> None:
    listed = "CK Asset Holdings (2023) Annual report 2022. Hong Kong: CK Asset Holdings."
    sentence = "Greene King was bought by CK Asset Holdings (2019) for £4.6bn."
    report = _check([sentence, "As CK Asset Holdings (2023) reports, pubs remain profitable."], [listed])
    assert _authors(report) == [("CK Asset Holdings",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A citation's lead-in or a verb of saying after the name is a source's, and a study's year is no opening.
        "As CK Asset Holdings (2019) argues, pubs remain profitable.",
        "The first study of pub loyalty (Haldane, 2019) found that regulars stay.",
        "The first store in Dublin drew crowds, as chains expect (Haldane, 2019).",
        "Commissions squeeze the margins of independent restaurants (J D Wetherspoon plc, 2024).",
        "Delivery commissions squeeze margins (Pret A Manger (Europe) Ltd, 2025).",
        "Applying the service-quality lens of Nair (2021) to Brakes, it appears that meal deals work.",
    ],
)
def test_sources_beside_those_shapes_still_cite(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert len(_authors(report)) == 2
    assert _told_unlisted(report) == ["cited_not_listed"]


@pytest.mark.parametrize("sentence", ["Growth stalled (Plan B, 2019).", "Certification spread fast (B Corp, 2020)."])
def test_a_lone_capital_without_a_legal_form_still_names_no_author(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]


def test_a_body_opening_on_a_participle_is_read_whole_before_its_letters() -> None:
    sentence = (
        "In Ireland, builders sell a lifestyle. Building Societies Association (BSA) (2019) contends that fees matter."
    )
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert ("Building Societies Association",) in _authors(report)


def test_a_surname_opening_on_a_latin_extended_b_capital_is_read() -> None:
    entry = parse_entry(
        "Ǯavaxišvili, T. (2015) The story of our spring [YouTube video]. "
        "Available at: https://www.youtube.com/watch?v=707491510."
    )
    assert entry.authors == ("Ǯavaxišvili",)
    assert entry.year == "2015"
    assert entry.title == "The story of our spring [YouTube video]"


MINTEL = "Mintel (no date) Estate agents - UK Q2 2018. Available at: https://www.mintel.com/r (Accessed: 2 May 2024)."
ST_MUNGOS = "St Mungo's (2017) Residential market survey. London: St Mungo's."
NI_BHRIAIN = "Ní Bhriain, A. (2023) Consumer trust and housing. Dublin: Gill."
WHITEHEAD = "Whitehead, C. (2018) Information and sustainable housing. London: Routledge."


def test_a_body_opening_on_st_files_under_s() -> None:
    cites = ["Mintel (no date) and St Mungo's (2017) agree, as do Ní Bhriain (2023) and Whitehead (2018)."]
    report = _check(cites, [MINTEL, ST_MUNGOS, NI_BHRIAIN, WHITEHEAD])
    assert _kinds(report) == ["not_alphabetical"]
    assert "Ní Bhriain (2023) comes after St Mungo's (2017)" in report.problems[0].message


def test_a_persons_particle_may_still_be_left_out_in_filing() -> None:
    entries = [
        "Jones, A. (2019) Housing markets. London: Routledge.",
        "de Jong, P. (2020) Portals and agents. Amsterdam: Elsevier.",
        "Kowalczyk, T. (2021) Brand and price. London: EG Books.",
    ]
    report = _check(["Jones (2019), de Jong (2020) and Kowalczyk (2021) agree."], entries)
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "entry",
    [
        "Brennan, O. (2019). Savills Research. Available at: https://www.savills.co.uk/research/3603 "
        "(Accessed: 19 June 2023).",
        "Byrne, M. and Kowalczyk, T. (2019). Daft.ie. Available at: https://www.daft.ie/research/3100 "
        "(Accessed: 12 January 2024).",
        "Jones, J. (2014). LaingBuisson. Available at: https://www.laingbuisson.com/reports/12 (Accessed: 2 May 2020).",
    ],
)
def test_a_sites_own_name_where_the_title_goes_is_no_title(entry: str) -> None:
    parsed = parse_entry(entry)
    assert parsed.title_only_publisher
    author = parsed.authors[0]
    report = _check([f"{author} ({parsed.year}) argues that portals shape demand."], [entry])
    assert _kinds(report) == ["incomplete_entry"]
    assert not report.problems[0].certain


@pytest.mark.parametrize(
    "entry",
    [
        "Tesco (2023) Tesco Clubcard. Available at: https://www.tesco.com/clubcard (Accessed: 2 May 2024).",
        "Wikipedia (2024) PureGym. Available at: https://en.wikipedia.org/wiki/PureGym (Accessed: 2 May 2024).",
        # An address written without its scheme is read as one with it.
        "Wikipedia (2024) PureGym. Available at: www.en.wikipedia.org/wiki/PureGym (Accessed: 2 May 2024).",
        "Savills (2023) Savills Research: UK residential outlook. Available at: https://www.savills.co.uk/r "
        "(Accessed: 2 May 2024).",
    ],
)
def test_a_page_titled_with_the_sites_name_and_more_has_a_title(entry: str) -> None:
    assert not parse_entry(entry).title_only_publisher
