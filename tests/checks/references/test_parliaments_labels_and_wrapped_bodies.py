"""Houses of parliaments and parties, a country's dotted abbreviation before a body, a label's letter ending the
sentence before a narrative citation, a firm's "and" in its own language, and a body's name wrapped over two lines
of the reference list.

Shapes the blind45 to blind47 pools showed once they became development data (stop 29); the examples here are
made up, of the same shape.
"""

from __future__ import annotations

import pytest

from marker.checks.references import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds


@pytest.mark.parametrize(
    "name",
    ["House of Commons", "House of Lords", "Seanad Éireann", "Senedd Cymru", "The Green Party", "Scottish Assembly"],
)
def test_a_house_of_parliament_or_a_party_is_cited_with_no_list_to_confirm_it(name: str) -> None:
    report = _check([f"Fact-checks rarely slow a rumour ({name}, 2010)."], [])
    assert _cited(report) == [((name,), "2010")]


def test_a_countrys_dotted_abbreviation_opens_the_body_it_names() -> None:
    report = _check(
        [
            "As U.S. Congress (2003) put it, consent comes first.",
            "U.S. Bureau of Labor Statistics (2024, pp. 5–6) counts the jobs.",
            "Opt-outs must be honoured (U.S. Congress, 2003).",
        ],
        [],
    )
    assert _cited(report) == [
        (("U.S. Congress",), "2003"),
        (("U.S. Bureau of Labor Statistics",), "2024"),
        (("U.S. Congress",), "2003"),
    ]


def test_a_body_of_a_government_in_its_own_language_is_cited() -> None:
    report = _check(["Tax credits favour studios (Gouvernement du Québec, 2021a)."], [])
    assert _cited(report) == [(("Gouvernement du Québec",), "2021a")]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "Screenshots are in Appendix D. Gallagher and Fitzgerald (2022) call such a line a hook.",
            ("Gallagher", "Fitzgerald"),
        ),
        ("Pricing pages are in Appendix B. van der Berg et al. (2024) warn that trials mislead.", ("van der Berg",)),
    ],
)
def test_a_labels_letter_ends_the_sentence_before_a_narrative_citation(sentence: str, cited: tuple[str, ...]) -> None:
    # Listed or not, the label ("Appendix D.") is no part of the names: the warning names the source alone.
    report = _check([sentence], ["Okoro, T. (2020) Pricing. London: Sage."])
    assert _cited(report) == [(cited, report.citations[0].year)]
    assert any("Appendix" not in problem.message and cited[0] in problem.message for problem in report.problems)


def test_a_firms_and_in_its_own_language_stays_inside_its_name() -> None:
    name = "Kaya Gıda Sanayi ve Ticaret A.Ş."
    report = _check(
        [f"{name} (2023, pp. 20–26) opened forty cafés.", f"Franchising grew ({name}, 2023)."],
        [f"{name} (2023) Faaliyet raporu 2023. Istanbul: Kaya Gıda."],
    )
    assert _cited(report) == [((name,), "2023"), ((name,), "2023")]
    assert not {"cited_not_listed", "listed_not_cited"} & set(_kinds(report))


def test_an_english_verb_between_a_brand_and_a_firm_is_the_sentences() -> None:
    report = _check(["Spotify uses Acme Ltd (2020) as a supplier."], [])
    assert [citation.authors for citation in report.citations] in ([], [("Acme Ltd",)])


LIST_WITH_A_WRAPPED_COMMITTEE = """Fairbrother, I. and Hussain, S. (2019) ‘Beyond the doorstep’, Public Relations
Review, 53(1), pp. 811–828.
House of Commons Public Administration and Constitutional Affairs
Committee (2016) Who decides? (Sixth Report of Session 2015-16, HC 1289). London: House
of Commons.
Ofcom (2020) Online nation. London: Ofcom."""


def test_a_bodys_name_wrapped_before_its_kind_opens_one_entry() -> None:
    entries = [parse_entry(text) for text in split_entries(LIST_WITH_A_WRAPPED_COMMITTEE)]
    assert [(entry.authors, entry.year) for entry in entries] == [
        (("Fairbrother", "Hussain"), "2019"),
        (("House of Commons Public Administration and Constitutional Affairs Committee",), "2016"),
        (("Ofcom",), "2020"),
    ]


def test_the_wrapped_committee_is_cited_and_in_order() -> None:
    name = "House of Commons Public Administration and Constitutional Affairs Committee"
    report = _check(
        [f"Trust fell after the vote ({name}, 2016). Fairbrother and Hussain (2019) and Ofcom (2020) agree."],
        [LIST_WITH_A_WRAPPED_COMMITTEE],
    )
    assert _kinds(report) == []
