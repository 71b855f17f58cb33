"""What the blind288 to blind290 pools showed once they became development data (stop 54): a place named just after the
word for its kind ("Pass rates vary widely by centre (Goodmayes, 2019)", "Learner rules differ between states
(Queensland, 2011)"), where a new thing opened ("The firm opened its first micro-market (Galway, 2022)") and a
campaign's cry ("(THINK!, 2000)") and the maker of a project or a trial a sentence opens on ("The Moho Nord project
(TotalEnergies, 2017) is important") read as sources, as did a city or a state alone beside a year after a claim
("(Swindon, 2022)", "(Queensland, 2011)"); and a name with an ʻokina typed as an opening quote ("Hau‘ofa")
was not read at all, so its citations went missing and its entries were reported as never cited.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.names import is_a_place_of_any_size
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


@pytest.mark.parametrize(
    "sentence",
    [
        # A town of a few thousand people, a state whose name is a given name too, a province, an Irish county.
        "Pass rates vary widely by centre (Goodmayes, 2019).",
        "Learner rules differ between states (Victoria, 2007).",
        "Learner rules differ between states (Queensland, 2011).",
        "Uptake differs by province (Oost-Vlaanderen, 2022).",
        "Wash prices vary by county (Co. Kildare, 2021).",
        "Footfall is highest in one suburb (Finglas, 2008).",
        "The firm opened its first micro-market (Galway, 2022).",
        "The chain opened a new drive-through (Swindon, 2022).",
        "The government's road-safety brand is well known (THINK!, 2000).",
        "The Moho Nord project (TotalEnergies, 2017) is important for the port.",
        "The electric van trial (Mercedes eSprinter, 2006) cut fuel costs.",
    ],
)
def test_a_place_after_its_kind_or_an_opening_and_a_cry_are_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A person after the word for places, and a place's name with no such word before it, still cite.
        "Pass rates vary widely by centre (Okafor, 2019).",
        "Learner rules differ between states (Okafor and Brandt, 2011).",
        "Young drivers pay the most for cover (Penrith, 2024).",
        "Mobile banking is the main channel in urban areas (Murphy, 2018).",
        "Mobile banking is the main channel in most cities (Murphy, 2018).",
        "The firm opened its first micro-market (Okafor, 2022).",
        # What a source says about a project, and an idea by its kind, are cited.
        "The pilot project (Okafor, 2017) shows that trust grows.",
        "The Nordic welfare model (Okafor, 1990) is widely used.",
    ],
)
def test_people_and_unplaced_names_still_cite(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_a_cry_the_list_names_is_cited() -> None:
    think = "THINK! (2000) Slow down. London: Department for Transport."
    report = _check(["The campaign's tone is blunt (THINK!, 2000).", MOYO_ARGUES], [MOYO, think])
    assert ("THINK!",) in _authors(report)
    assert _kinds(report) == []


def test_places_of_every_size_and_kind_are_known_and_surnames_are_not() -> None:
    for place in ("Goodmayes", "Queensland", "Tasmania", "Oost-Vlaanderen", "Co. Kildare", "County Cork", "Tutong"):
        assert is_a_place_of_any_size(place), place
    for surname in ("Okafor", "Chaudhry", "Nguyen"):
        assert not is_a_place_of_any_size(surname), surname


HAUOFA = "Hau‘ofa, E. and Martin, P. (2010) ‘Our sea of islands’, The Contemporary Pacific, 6(1), pp. 147–161."


@pytest.mark.parametrize(
    "sentence",
    [
        "Remittances fund most school fees (Hau‘ofa and Martin, 2010).",
        "Hau‘ofa and Martin (2010) found that remittances fund most school fees.",
        "Remittances fund most school fees (Moyo, 2019; Hau‘ofa and Martin, 2010, p. 150).",
    ],
)
def test_an_okina_typed_as_an_opening_quote_is_a_letter_of_the_name(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [HAUOFA, MOYO])
    assert ("Hau‘ofa", "Martin") in _authors(report)
    assert _kinds(report) == []


def test_a_year_that_differs_is_reported_with_the_name_as_written() -> None:
    report = _check(["Remittances fund most school fees (Hau‘ofa and Martin, 2011).", MOYO_ARGUES], [HAUOFA, MOYO])
    assert _kinds(report) == ["year_mismatch"]
    assert "Hau‘ofa" in report.problems[0].message


def test_an_opening_quote_after_a_space_still_opens_a_quotation() -> None:
    report = _check(["Candidates call it ‘safe driver’ pricing (Moyo, 2019, p. 4).", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose fastest in the south-west (Swindon, 2022).",
        "Learner rules are strict (Queensland, 2011).",
        "Wine tourism grew by a third (Tehran, 2019).",
    ],
)
def test_a_city_or_a_state_alone_after_a_claim_is_no_source(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A town of 30,000 people, or a city whose name is a surname as often, is read as the surname it may be.
        "Trust grows slowly (Morley, 2019).",
        "Trust grows slowly (Hamilton, 2019).",
        "Trust grows slowly (Okafor, 2019).",
    ],
)
def test_surnames_that_are_towns_still_cite(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_a_city_the_list_names_as_an_author_is_cited() -> None:
    swindon = "Swindon, K. (2022) Used cars and their buyers. London: Kogan Page."
    report = _check(["Prices rose fastest in the south-west (Swindon, 2022).", MOYO_ARGUES], [MOYO, swindon])
    assert ("Swindon",) in _authors(report)
    assert _kinds(report) == []


def test_places_named_with_their_kind_are_no_source_but_a_bodys_part_is() -> None:
    # Read once blind291 to blind293 had their tables: a place's kind after its name ("Miri Division") says where,
    # however small the place; "and" joining two such places made a false problem worded as certain.
    report = _check(
        ["The bank opened mobile branches in the north (Miri Division and Limbang Division, 2024).", MOYO_ARGUES],
        [MOYO],
    )
    assert _kinds(report) == []
    report = _check(["Trust grows (Statistics Division, 2019).", MOYO_ARGUES], [MOYO])
    assert _told_unlisted(report) == ["cited_not_listed"]


LINGGI = "anak Linggi, L. et al. (2015) ‘Rural customers and ecotourism’, Asian Academy of Management Journal, 22(3)."


@pytest.mark.parametrize(
    "sentence",
    [
        "Parents expect a seamless experience (anak Linggi et al., 2015, pp. 114–116).",
        "anak Linggi et al. (2015) found that parents expect a seamless experience.",
    ],
)
def test_an_iban_surname_opening_on_anak_is_cited(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [LINGGI, MOYO])
    assert ("anak Linggi",) in _authors(report)
    assert _kinds(report) == []
