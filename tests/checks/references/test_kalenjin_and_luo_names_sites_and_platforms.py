"""What the blind216 to blind218 pools showed once they became development data (stop 46): Kalenjin surnames opened
by "arap" (son of) in lower case; Luo names written with an apostrophe after "ng"; a claim ending on an
abbreviation's plural ("for SMEs"); a works or a store and the year it opened ("the plant at Sunderland (1986)"); a
product's platform by its letters and year ("its platform (MEB, 2019)"); a person's whole name followed by ", who
found"; and a second-hand citation of another number of authors than the listed work of the same name and year.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references import find_citations
from marker.checks.references.entries import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


def _authors(report: object) -> list[tuple[str, ...]]:
    """The authors of a report's citations, in reading order."""
    return [c.authors for c in report.citations]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("arap Rotich, K. (2018) Tea marketing in Kericho. Nairobi: EAEP.", ("arap Rotich",)),
        (
            "arap Rotich, K., Chebet, L. and Wafula, S. (2015) ‘Mobile money in Eldoret’, Journal of African "
            "Business, 4(2), pp. 1–9.",
            ("arap Rotich", "Chebet", "Wafula"),
        ),
        (
            "Selam Tesfaye and arap Rotich, K. (2021a) ‘Coffee brands abroad’, Journal of African Business, 6(1), "
            "pp. 10–19.",
            ("Selam Tesfaye", "arap Rotich"),
        ),
    ],
)
def test_arap_opens_a_listed_surname(entry: str, authors: tuple[str, ...]) -> None:
    assert parse_entry(entry).authors == authors


@pytest.mark.parametrize(
    "sentence",
    [
        "Tea exporters gain from a single origin story (arap Rotich, 2018).",
        "As arap Rotich (2018) argues, tea exporters gain from a single origin story.",
        "Tea exporters gain from a single origin story (Chebet and arap Rotich, 2018).",
    ],
)
def test_a_citation_of_a_surname_opened_by_arap_matches_its_entry(sentence: str) -> None:
    entry = (
        "arap Rotich, K. (2018) Tea marketing in Kericho. Nairobi: EAEP."
        if "Chebet" not in sentence
        else "Chebet, L. and arap Rotich, K. (2018) Tea marketing in Kericho. Nairobi: EAEP."
    )
    report = _check([sentence], [entry])
    assert _kinds(report) == []
    assert report.links == (0,)


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("As Nyang' (2013) argues, agents matter more than adverts.", ("Nyang",)),
        ("Akinyi and Nyang' (2016) show that agents matter more than adverts.", ("Akinyi", "Nyang")),
        ("Wekesa, Akinyi and Onyang' (2011) found that agents matter.", ("Wekesa", "Akinyi", "Onyang")),
    ],
)
def test_a_luo_name_ending_in_an_apostrophe_is_read_as_a_name(sentence: str, authors: tuple[str, ...]) -> None:
    assert [c.authors for c in find_citations(sentence)] == [authors]


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign used the song 'Sing' (2016) on radio.",
        "Its slogan 'Keep Going Strong' (2019) ran for years.",
    ],
)
def test_a_quoted_title_ending_in_ng_stays_a_title(sentence: str) -> None:
    assert find_citations(sentence) == []


def test_a_luo_name_matches_its_entry() -> None:
    entry = "Akinyi, P. and Nyang', J. (2016) ‘Agents and trust’, Journal of African Business, 2(1), pp. 5–9."
    report = _check(["Akinyi and Nyang' (2016) show that agents matter more than adverts."], [entry])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Loyalty schemes raise awareness for SMEs (Tanzania Investment Centre, 2011), and rivals copy them.",
        "Trust in charities fell among NGOs (Charity Commission, 2019).",
        "Finance is cheaper for EVs (Mintel, 2022), and buyers know it.",
    ],
)
def test_a_claim_ending_on_an_abbreviations_plural_is_cited(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_a_counted_plural_of_an_abbreviation_before_a_region_stays_no_citation() -> None:
    report = _check(["Agents were recruited in 46 LGAs (South-South, 1995).", MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Toyota's plant at Burnaston (1992) still builds hybrids.",
        "Nissan opened a factory in Sunderland (1986) to reach European buyers.",
        "The flagship store in Leeds (2019) closed after three years.",
    ],
)
def test_a_site_and_the_year_it_opened_is_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("As discussed in Bedford (2019), loyalty is local.", ("Bedford",)),
        ("Looking at Porter (1985), rivalry is intense.", ("Porter",)),
    ],
)
def test_a_name_after_in_or_at_without_a_site_is_still_read(sentence: str, author: tuple[str, ...]) -> None:
    assert [c.authors for c in find_citations(sentence)] == [author]


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers know it by its platform (MQB, 2012) rather than by its name.",
        "Volkswagen's modular electric platform (MEB, 2019) underpins the range.",
    ],
)
def test_a_platforms_letters_and_year_after_its_owner_are_no_citation(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


def test_letters_after_the_platform_without_an_owner_still_cite() -> None:
    report = _check(["Advertising on the platform (IAB, 2022) grew fast.", MOYO_ARGUES], [MOYO])
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_a_whole_name_followed_by_who_found_is_a_source() -> None:
    report = _check(["This agrees with Selam Tesfaye (2014), who found that price matters.", MOYO_ARGUES], [MOYO])
    assert ("Selam Tesfaye",) in _authors(report)
    assert _kinds(report) == ["cited_not_listed"]


THREE_AUTHORS = "Rao, G., Bose, D. and Lin, Q. (2020) ‘Offer-holders’, Higher Education Quarterly, 3(2), pp. 11–19."


@pytest.mark.parametrize(
    ("cited", "entry"),
    [
        ("(see Rao, 2020, cited in Moyo, 2019)", THREE_AUTHORS),
        ("Rao and Bose (2020, cited in Moyo, 2019)", "Rao, G. (2020) Offer-holders. London: Sage."),
    ],
)
def test_a_second_hand_citation_of_another_number_of_authors_is_another_work(cited: str, entry: str) -> None:
    report = _check([f"Agents drive intake {cited}.", MOYO_ARGUES], [entry, MOYO])
    assert "secondary_source_listed" not in _kinds(report)


def test_a_second_hand_citation_of_the_listed_authors_is_still_listed_second_hand() -> None:
    report = _check(
        ["Agents drive intake (Rao, 2020, cited in Moyo, 2019).", MOYO_ARGUES],
        ["Rao, G. (2020) Offer-holders. London: Sage.", MOYO],
    )
    assert "secondary_source_listed" in _kinds(report)


def test_who_found_after_a_name_that_runs_on_reads_no_shorter_name() -> None:
    report = _check(["This is supported by Pets at Home Group plc (2015), who found that data goes unused."], [])
    assert ("Home Group plc",) not in _authors(report)
