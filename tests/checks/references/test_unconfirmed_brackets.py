"""A bracket that matches no reference-list entry and holds only a name and a year ("(Saniderm, 2015)" after a
product, "(Nor'easter, 2014)" after a storm, "(Mendenhall, 2019)" after a glacier) is as often a thing of that year
as a source. Such brackets are not warned about one by one: one "check this" note lists them all. A warning of its own
goes to a citation that something marks as a source: several authors joined as Harvard joins them with a page or
cited again, a second citation of the same work, a listed work in the same bracket, a narrative citation, a source's
name by what it is (a research firm, a trade magazine, a firm's legal form), or a name after a lead-in. Two names of a
year cited once, each reading as an author's, are named first in the note, as looking like a citation: on held-out
rounds 82 to 84 such a pair was a takeover, a match or a wedding in 207 brackets and a source the list lacked in 42.

The examples are made up, of the shapes the development pools showed.
"""

from __future__ import annotations

import pytest

from marker.checks.references.data.build_surnames import (
    census_surnames,
    folded_given_names,
    folded_surnames,
    given_names_only,
)
from marker.checks.references.names import could_name_an_author, is_a_known_surname, names_a_person_in_full
from marker.web.candidate.report import report_page
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


def _unlisted(report: object) -> list[tuple[str | None, bool]]:
    """Each "cited but not listed" problem's author and whether it is worded as certain."""
    return [(p.author, p.certain) for p in report.problems if p.kind == "cited_not_listed"]  # type: ignore[attr-defined]


def _unconfirmed(report: object) -> list[str]:
    return [report.citations[i].text for i in report.unconfirmed]  # type: ignore[attr-defined]


def _looks_cited(report: object) -> list[str]:
    """The citations the note names first, as looking like citations."""
    return [report.citations[i].text for i in report.looks_cited]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Aftercare sales doubled once the film launched (Saniderm, 2015).", "(Saniderm, 2015)"),
        ("Bookings fell for a month (Nor'easter, 2014).", "(Nor'easter, 2014)"),
        ("Viewers tried the recipes at home (Great British Menu, 2019).", "(Great British Menu, 2019)"),
        ("Suppliers display the crest proudly (Royal Warrant, 2012).", "(Royal Warrant, 2012)"),
        ("Fish counters now show the blue label (MSC, 2013).", "(MSC, 2013)"),
        # Given names (storms are named so), a capital, two words one of which makes a place, a show or a club.
        ("Cancellations spiked after the last major landfall (Andrew, 1992).", "(Andrew, 1992)"),
        ("Bookings fell in the capital (Lima, 2019).", "(Lima, 2019)"),
        ("Catches fell (El Niño, 2017).", "(El Niño, 2017)"),
        ("Crowds returned to the park (Magic Kingdom, 2021).", "(Magic Kingdom, 2021)"),
        ("Cruisers were rewarded (Pinnacle Club, 2019).", "(Pinnacle Club, 2019)"),
        # Two sets of letters, two names not joined as authors are, neither reading as an author's; a Māori place.
        ("Trading moved to the new exchanges (LSE and AIX, 2018).", "(LSE and AIX, 2018)"),
        ("Silk came from the old factory (Yodgorlik, Margilan, 2019).", "(Yodgorlik, Margilan, 2019)"),
        ("Walkers came for the long trail (Te Araroa, 2020).", "(Te Araroa, 2020)"),
        # Just before a narrative citation, which is no work of its bracket.
        ("Backpackers flocked to the old factory (Fabrika, 2016). Moyo (2019) noted that.", "(Fabrika, 2016)"),
    ],
)
def test_a_name_and_a_year_alone_is_listed_in_the_one_note(sentence: str, text: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _unconfirmed(report) == [text]
    [note] = [f for f in report.findings() if f.code == "reference_unconfirmed"]
    assert note.severity == "info"
    assert note.message.startswith("Check this: a bracket names something with a year but matches no entry")
    assert f"{text} in Task 1 (a)" in note.message
    assert report.to_dict()["unconfirmed"] == [
        {"citation": report.unconfirmed[0], "text": text, "part": "1a", "looks_cited": False}
    ]


# Family names no list holds, by their shapes; the authors of the texts marketing students cite; bodies' words.
PEOPLE_AND_BODIES = [
    "Okafor", "Müller", "van Dijk", "Ni Mhurchu", "Khodjaev", "Hakobyan", "Oakes-Bramley", "Al-Harthi", "Kapferer",
    "Food Standards Agency",
]  # fmt: skip


@pytest.mark.parametrize("author", PEOPLE_AND_BODIES)
def test_a_persons_or_a_bodys_name_alone_in_its_bracket_is_in_the_note(author: str) -> None:
    """Alone in its bracket, a surname or a body's name credits a place, a storm or a ride of that year as often as it
    cites ("(Mendenhall, 2019)" after a glacier): the note names it, for the candidate to check."""
    report = _check([f"Loyalty is built locally ({author}, 2019).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _unconfirmed(report) == [f"({author}, 2019)"]


@pytest.mark.parametrize("author", PEOPLE_AND_BODIES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Loyalty is built locally ({author}, 2019; Moyo, 2019).",  # among listed works
        "Loyalty is built locally (Moyo, 2019; {author}, 2019).",
        "Loyalty is built locally ({author}, 2019; {author}, 2022).",  # with another work of its own author
        "Loyalty is built locally (see {author}, 2019).",  # led in as only sources are
        "Loyalty is built locally (e.g. {author}, 2019).",
    ],
)
def test_a_persons_or_a_bodys_name_among_sources_or_led_in_is_worth_a_warning_of_its_own(
    sentence: str, author: str
) -> None:
    report = _check([sentence.format(author=author), MOYO_ARGUES], [MOYO])
    twice = [author] if "2022" in sentence else []
    assert sorted(name for name, _certain in _unlisted(report)) == sorted([author, *twice])
    assert all(not certain for _name, certain in _unlisted(report))
    assert report.unconfirmed == ()


@pytest.mark.parametrize("author", PEOPLE_AND_BODIES)
def test_a_persons_or_a_bodys_name_beside_a_things_is_in_the_note(author: str) -> None:
    """ "(Harambe, 2016; Marius, 2014)" names a gorilla and a giraffe, though "Marius" is a surname too: a bracket
    of several works reads as a citation's only where another of its works is listed or reads as a source."""
    report = _check([f"Loyalty is built locally (Meatopia, 2015; {author}, 2019).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _unconfirmed(report) == ["Meatopia, 2015", f"{author}, 2019"]
    report = _check([f"Loyalty is built locally (Meatopia, 2015; {author}, 2019; Moyo, 2019)."], [MOYO])
    assert sorted(name for name, _certain in _unlisted(report)) == sorted(["Meatopia", author])


@pytest.mark.parametrize("author", PEOPLE_AND_BODIES)
def test_names_that_only_read_as_authors_side_by_side_are_in_the_note(author: str) -> None:
    """ "(Chichester, 1967; Knox-Johnston, 1969)" dates two voyages: names of a year that read as authors' and no
    more, side by side, are no more a sign of sources than each alone."""
    report = _check([f"Loyalty is built locally ({author}, 2019; Steckel, 2008).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _unconfirmed(report) == [f"{author}, 2019", "Steckel, 2008"]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Shoppers read labels (Kantar, 2020).", "Kantar"),
        ("Shoppers read labels (Ipsos Sverige, 2024).", "Ipsos Sverige"),
        ("Grocery prices rose (The Grocer, 2021).", "The Grocer"),
        ("Shoppers read labels (Lapland Hotels Oy, 2020).", "Lapland Hotels Oy"),
        ("Fares fell (easyJet plc, 2019).", "easyJet plc"),
    ],
)
def test_a_sources_name_by_what_it_is_is_worth_a_warning_of_its_own_alone(sentence: str, author: str) -> None:
    """A research firm, a trade magazine or a firm by its legal form is a source wherever it stands (a web site's
    address alone is not: ``test_a_sites_address_cited_once_alone_is_in_the_note``)."""
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == [(author, False)]
    assert report.unconfirmed == ()
    assert not [f for f in report.findings() if f.code == "reference_unconfirmed"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Cited again, with a page, or beside a listed work in one bracket.
        ["Aftercare sales doubled (Saniderm, 2015).", "Healing times fell too (Saniderm, 2015)."],
        ["Aftercare sales doubled (Saniderm, 2015, p. 4).", MOYO_ARGUES],
        ["Aftercare sales doubled (Saniderm, 2015; Moyo, 2019)."],
        # The work a second-hand citation was read in.
        ["Sellers stay away (see Okafor, 2008, cited in Saniderm, 2015).", MOYO_ARGUES],
    ],
)
def test_what_marks_a_bracket_as_a_source_gives_it_a_warning_of_its_own(paragraphs: list[str]) -> None:
    report = _check(paragraphs, [MOYO])
    assert [author for author, _certain in _unlisted(report)] == ["Saniderm"]
    assert report.unconfirmed == ()


def test_the_note_counts_every_bracket_and_names_the_first_eight() -> None:
    things = ["Saniderm", "Meatopia", "Rungis", "Jabugo", "Stoneybatter", "Heinola", "Gippsland", "Tamworth", "Ubud"]
    sentence = " ".join(f"Sales rose again ({thing}, {2010 + n})." for n, thing in enumerate(things))
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    [note] = [f for f in report.findings() if f.code == "reference_unconfirmed"]
    assert note.message.startswith("Check this: 9 brackets name something with a year but match no entry")
    assert "(Tamworth, 2017) in Task 1 (a); and 1 more." in note.message
    assert "Ubud" not in note.message


def test_the_note_names_what_looks_like_a_citation_first_then_the_other_brackets() -> None:
    sentences = ["Sales rose again (Saniderm, 2015).", "Shoppers read labels (Okafor and Smith, 2018).", MOYO_ARGUES]
    report = _check(sentences, [MOYO])
    assert _unlisted(report) == []
    assert _unconfirmed(report) == ["(Saniderm, 2015)", "(Okafor and Smith, 2018)"]
    assert _looks_cited(report) == ["(Okafor and Smith, 2018)"]
    [note] = [f for f in report.findings() if f.code == "reference_unconfirmed"]
    assert note.message == (
        "Check this: (Okafor and Smith, 2018) in Task 1 (a) looks like a citation, but no entry in the reference "
        "list matches it. Another bracket names something with a year but matches no entry in the reference list: "
        "(Saniderm, 2015) in Task 1 (a). It may name a place, an event or a product of that year rather than a "
        "source. If any of them cites a source, add the source to the list."
    )
    assert [item["looks_cited"] for item in report.to_dict()["unconfirmed"]] == [False, True]


def test_no_note_without_a_reference_list_or_where_every_bracket_is_listed() -> None:
    report = _check(["Aftercare sales doubled (Saniderm, 2015)."], [])
    assert report.unconfirmed == ()
    assert [p.kind for p in report.problems] == ["no_reference_list"]
    listed = "Saniderm (2015) Aftercare guide. Available at: https://example.com (Accessed: 1 May 2024)."
    report = _check(["Aftercare sales doubled (Saniderm, 2015)."], [listed])
    assert report.unconfirmed == () and _unlisted(report) == []


def test_the_candidate_sees_the_note_under_references() -> None:
    report = _check(["Aftercare sales doubled once the film launched (Saniderm, 2015).", MOYO_ARGUES], [MOYO])
    data = {
        "schema": "marker.check-report/1",
        "references": report.to_dict(),
        "findings": [f.to_dict() for f in report.findings()],
    }
    page = report_page(data)
    assert page.problems == []
    assert page.unconfirmed_note.startswith("Check this: a bracket names something with a year")
    assert "(Saniderm, 2015)" in page.unconfirmed_note
    # Not "no problems" alone, which would tell the candidate to look no further.
    assert page.no_problems_line.startswith("No definite problems were found with your references, but some")


def test_known_family_names_and_what_is_left_out() -> None:
    assert is_a_known_surname("Okafor") and is_a_known_surname("O'Sullivan") and is_a_known_surname("MÜLLER".title())
    # Capitals read as letters: "REACH" is a regulation, though "Reach" is a family name.
    assert is_a_known_surname("Reach") and not is_a_known_surname("REACH")
    assert not is_a_known_surname("Saniderm")
    assert could_name_an_author("Abu Zaid") and could_name_an_author("García Márquez")
    assert not could_name_an_author("Sustainable Travel Finland")
    # A place's name with a family name's ending, one word twice, and letters are no family names by their shapes.
    assert not could_name_an_author("Nebraska") and not could_name_an_author("Half-Half")
    assert not could_name_an_author("SKOV")


def test_the_family_names_file_is_built_from_the_census_and_faker_in_the_latin_script() -> None:
    census = ["SMITH          1.006  1.006      1", "", "O'BRIEN        0.050  5.000    300"]
    assert list(census_surnames(census)) == ["SMITH", "O'BRIEN"]
    assert folded_surnames(["SMITH", "Müller", "王", "Smith", " Nguyễn "]) == ["muller", "nguyen", "smith"]


def test_a_given_name_is_left_out_unless_it_is_as_common_a_surname() -> None:
    # Ranks as the census gives them: "PAUL" the 2nd surname, "MICHAEL" the 603rd and the 4th man's name, "LI" the
    # 604th surname and the 1,746th woman's name, "IAN" no surname of the census at all.
    census = ["SMITH", "PAUL", *(f"FILLER{n}" for n in range(600)), "MICHAEL", "LI", *(f"MORE{n}" for n in range(9000))]
    given = {"paul": 13, "michael": 4, "li": 1746, "ian": 263}
    assert given_names_only(census, given) == {"michael", "ian"}
    assert folded_surnames(["Smith", "Paul", "Michael", "Li", "Ian"], {"michael", "ian"}) == ["li", "paul", "smith"]


def test_several_names_are_a_sure_citation_only_where_each_reads_as_an_authors() -> None:
    report = _check(
        ["The spring festival draws first-time visitors (Silk, Rose and Spices, 2019).", MOYO_ARGUES], [MOYO]
    )
    assert _unlisted(report) == []
    assert _looks_cited(report) == ["(Silk, Rose and Spices, 2019)"]
    report = _check(["Loyalty is built locally (Okafor, Banda and Smith, 2019).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == [("Okafor", True)]
    # Two, each an author's, are as often a pair of that year: a match, a merger.
    report = _check(["Title matches once ran for months (Okafor and Smith, 1984).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _looks_cited(report) == ["(Okafor and Smith, 1984)"]
    # Two names cited once, one of them no name a list of family names holds: a pair of that year as often as two
    # authors ("(Husqvarna and Gardena, 2007)", a takeover), so the one note names it.
    report = _check(["Trade grew fastest in the north (Kimaro and Mushi, 2016).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert len(report.unconfirmed) == 1 and _looks_cited(report) == []
    # Cited again, or with a page, the pair is surely a source the list lacks.
    report = _check(["Trade grew fastest in the north (Kimaro and Mushi, 2016, p. 4).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == [("Kimaro", True)]


@pytest.mark.parametrize(
    "sentence", ["Buyers flew in for the fair (Watches and Stories, 2023).", "(Games and Waves, 2019)."]
)
def test_names_joined_as_authors_that_are_plurals_of_plain_words_name_things(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert len(report.unconfirmed) == 1


@pytest.mark.parametrize(("authors", "first"), [("Banks and Rivers", "Banks"), ("Kimaro, Mushi and Banks", "Kimaro")])
def test_surnames_that_are_plurals_or_no_words_joined_as_authors_look_like_a_citation(authors: str, first: str) -> None:
    report = _check([f"Loyalty is local ({authors}, 2019).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _looks_cited(report) == [f"({authors}, 2019)"]
    assert report.citations[report.looks_cited[0]].authors[0] == first


@pytest.mark.parametrize(
    "sentence",
    [
        "The farm sold out at the county fair (Kent and East Fair, 2018).",
        "Its perry took the top prize (Grand Three Counties and North Silver, 2021).",
        "Crowds were the largest yet (European Cup, Turin and Milan, 2006).",
    ],
)
def test_names_joined_as_authors_that_end_on_a_plain_or_an_events_word_name_things(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert len(report.unconfirmed) == 1


@pytest.mark.parametrize(
    ("authors", "first"),
    [
        ("García Márquez and Silva", "García Márquez"),
        ("Fáilte Ireland, Tourism Northern Ireland and VisitBritain", "Fáilte Ireland"),
    ],
)
def test_several_words_of_a_person_or_a_body_joined_as_authors_look_like_a_citation(authors: str, first: str) -> None:
    report = _check([f"Visitors stay longer in the west ({authors}, 2019).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _looks_cited(report) == [f"({authors}, 2019)"]
    assert report.citations[report.looks_cited[0]].authors[0] == first


def test_a_source_by_what_it_is_joined_to_another_is_worth_a_warning_of_its_own() -> None:
    """A consultancy's name is a source's wherever it stands, with another name after it or not."""
    report = _check(["Visitors stay longer in the west (Deloitte and Oxford Economics, 2019).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == [("Deloitte", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair is still made by the same workshop (Børge Mogensen and Fredericia, 1958).",
        "The lamp is sold under licence (Poul Henningsen and Louis Poulsen, 1958).",
        "The kettle made the brand (Michael Graves and Alessi, 1985).",
    ],
)
def test_a_person_named_in_full_among_joined_names_is_credited_not_cited(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert len(report.unconfirmed) == 1


def test_given_names_are_known_but_for_the_commonest_surnames() -> None:
    assert names_a_person_in_full("Børge Mogensen")
    assert names_a_person_in_full("Hans J. Wegner")
    assert not names_a_person_in_full("Thomas Cook")  # "Thomas" is among the commonest surnames
    assert not names_a_person_in_full("García Márquez")
    assert not names_a_person_in_full("Klint")


def test_the_given_names_file_leaves_out_the_commonest_surnames() -> None:
    census = ["SMITH", "THOMAS", *(f"NAME{n}" for n in range(600)), "ARNE"]
    assert folded_given_names(["Thomas", "Arne", "Søren", "Thomas", "太郎"], census) == ["arne", "søren"]


def test_names_the_report_writes_about_joined_in_a_bracket_date_what_happened_to_them() -> None:
    """ "(Morrison and Booker, 2018)" after a report that writes about Morrison dates a merger; the same bracket in a
    report that names neither outside its citations reads as two authors."""
    merger = "Wholesale grew after the deal (Morrison and Booker, 2018)."
    report = _check(["Morrison's loyalty scheme holds most shoppers.", merger, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert len(report.unconfirmed) == 1
    assert _looks_cited(report) == []
    report = _check(["Loyalty schemes hold most shoppers.", merger, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _looks_cited(report) == ["(Morrison and Booker, 2018)"]


def test_a_name_cited_elsewhere_is_not_written_about() -> None:
    report = _check(["Loyalty pays (Okafor, 2019; Moyo, 2019).", "Trust is local (Okafor and Banda, 2016).",
                     MOYO_ARGUES], [MOYO])  # fmt: skip
    # A name in another citation is not the report's own prose: beside a listed work, Okafor gets a warning of its
    # own; the pair, cited once, looks like a citation in the note.
    assert _unlisted(report) == [("Okafor", False)]
    assert _looks_cited(report) == ["(Okafor and Banda, 2016)"]


def test_one_authors_work_and_several_authors_work_of_a_year_are_two_works_each_cited_once() -> None:
    """ "(Okafor, 1980)" and "(Okafor and Banda, 1980)" are two works, not one cited twice: neither is sure."""
    report = _check(["Rivals drew crowds (Okafor and Banda, 1980).", "The final sold out (Okafor, 1980).",
                     MOYO_ARGUES], [MOYO])  # fmt: skip
    assert _unlisted(report) == []
    assert _unconfirmed(report) == ["(Okafor and Banda, 1980)", "(Okafor, 1980)"]
    assert _looks_cited(report) == ["(Okafor and Banda, 1980)"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The wedding filled every hotel in the town (Edward and Sophie, 1999).",  # two given names
        "The new group closed a third of the stores (Kwiksave and Somerfield, 1998).",  # two firms
        "Sales doubled after the deal (Tetley and Zantrex, 2000).",  # a surname and a brand
    ],
)
def test_two_names_cited_once_that_are_not_both_family_names_are_in_the_note(sentence: str) -> None:
    """Two names joined as authors, cited once, look like a citation only where each reads as an author's: a
    wedding, a merger or a deal of that year is written the same way, and only its names tell it from a source."""
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert len(report.unconfirmed) == 1 and _looks_cited(report) == []
    report = _check(["Sales doubled after the deal (Tetley and Okafor, 2000).", MOYO_ARGUES], [MOYO])
    assert _unlisted(report) == []
    assert _looks_cited(report) == ["(Tetley and Okafor, 2000)"]
