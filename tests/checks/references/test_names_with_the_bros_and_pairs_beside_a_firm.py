"""A firm's name with "and the" inside ("Wool and the Gang Ltd") is one name; "Bros." runs a listed name on ("Warner
Bros. Discovery, Inc."); two firms' names cited once beside a listed work of the first in another year are a takeover
as often as a slipped year, and go to the note.

The examples are made up, of the shapes held-out rounds 82 and 83 showed once read.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from marker.checks.references.model import ReferenceProblem
from tests.checks.references.test_issue_14_forms import _check
from tests.corpus.references.documents import TruthProblem
from tests.corpus.references.scoring import Scores, _score_problems

WOOL = (
    "Wool and the Gang Ltd (no date) Impact report. Available at: https://www.woolandthegang.com/impact "
    "(Accessed: 19 February 2025)."
)
ARIAS = "Arias, B. (2020) Making and belonging. London: Kogan Page."


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "This echoes Wool and the Gang Ltd (no date), who found that makers post often.",
            "Wool and the Gang Ltd (no date)",
        ),
        ("Makers post often (Arias, 2020; Wool and the Gang Ltd, no date).", "Wool and the Gang Ltd, no date"),
        ("Makers post often (Wool and the Gang Ltd, no date).", "(Wool and the Gang Ltd, no date)"),
    ],
)
def test_a_name_with_and_the_inside_is_one_firms(sentence: str, text: str) -> None:
    report = _check([sentence, "Arias (2020) agrees."], [ARIAS, WOOL])
    [wool] = [c for c in report.citations if "Wool" in c.text]
    assert (wool.text, wool.authors, wool.year) == (text, ("Wool and the Gang Ltd",), "n.d.")
    assert report.problems == ()


def test_a_list_of_authors_is_still_split_at_and() -> None:
    report = _check(["Makers post often (Arias and Gang, 2020)."], [ARIAS])
    assert report.citations[0].authors == ("Arias", "Gang")


WARNER = (
    "Warner Bros. Discovery, Inc. (2021) Sustainability.\nAvailable at: https://www.wbd.com/impact "
    "(Accessed: 3 March 2024)."
)


@pytest.mark.parametrize(
    "before",
    [
        "Arias, B. (2020) Making and belonging. London: Kogan Page.",
        "Arias, B. (2020) Making and belonging. New York: Harper & Bros.",  # "Bros." ending a publisher still ends
    ],
)
def test_bros_runs_a_listed_name_on_in_lines_of_one_paragraph(before: str) -> None:
    report = _check(
        ["Streaming changed what parents expect (Warner Bros. Discovery, Inc., 2021). Arias (2020) agrees."],
        [f"{before}\n{WARNER}"],
    )
    assert [(entry.authors[0], entry.year) for entry in report.entries] == [
        ("Arias", "2020"),
        ("Warner Bros. Discovery, Inc", "2021"),
    ]
    assert report.problems == ()


ETSY = "Etsy (n.d.) Seller handbook. Available at: https://www.etsy.com/seller-handbook (Accessed: 3 March 2024)."
BRIGHT = "Bright Horizons (2022) Annual report. Available at: https://www.brighthorizons.com (Accessed: 3 March 2024)."


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("Nurseries changed hands (Bright Horizons and Kidsunlimited, 2012). Fees are low.", BRIGHT),
        ("Resale grew after the deal (Etsy and Okafor, 2021). Fees are low.", ETSY),
    ],
)
def test_two_names_cited_once_beside_a_listed_work_of_the_first_alone_are_in_the_note(
    sentence: str, listed: str
) -> None:
    report = _check([sentence], [listed])
    assert [p.kind for p in report.problems] == []
    [noted] = [report.citations[i].text for i in report.unconfirmed]
    assert noted.startswith("(") and " and " in noted
    assert list(report.looks_cited) == list(report.unconfirmed)


def test_a_pair_with_a_page_beside_a_listed_work_of_the_first_is_still_a_year_to_check() -> None:
    report = _check(["Resale grew after the deal (Etsy and Okafor, 2021, p. 4)."], [ETSY])
    assert [(p.kind, p.author, p.certain) for p in report.problems] == [("year_mismatch", "Etsy", False)]


def test_the_scorer_takes_a_second_hand_source_listed_for_a_listed_work_not_cited() -> None:
    """A listed work cited only second-hand is "listed, not cited" by the truth and "a second-hand source in the list"
    by the checker: the same finding, with the same remedy."""
    truth = SimpleNamespace(name="r.docx", problems=[TruthProblem(kind="listed_not_cited", lead="Wambui", year="2013")])
    scores = Scores()
    found = ReferenceProblem("secondary_source_listed", "Wambui", "2013", "2a", "Wambui (2013) is cited second-hand.")
    _score_problems(truth, SimpleNamespace(problems=(found,)), scores)  # type: ignore[arg-type]
    assert (scores.problem("all").tp, scores.problem("all").fp, scores.problem("all").fn) == (1, 0, 0)
    other = ReferenceProblem("secondary_source_listed", "Okafor", "2013", "2a", "Okafor (2013) is cited second-hand.")
    scores = Scores()
    _score_problems(truth, SimpleNamespace(problems=(other,)), scores)  # type: ignore[arg-type]
    assert (scores.problem("all").tp, scores.problem("all").fp, scores.problem("all").fn) == (0, 1, 1)


GAMBLING_ACT = (
    "Gambling Act 2005, c. 19. Available at: https://www.legislation.gov.uk/ukpga/2005/19 (Accessed: 3 March 2024)."
)


@pytest.mark.parametrize(
    "sentence",
    ["Venues need a licence (Gambling Act 2005, section 7).", "Refunds are due (Consumer Rights Act 2015, s. 49)."],
)
def test_a_laws_section_does_not_make_it_a_source_the_list_lacks(sentence: str) -> None:
    """A law's section is its own, not a page of a work: the law is named, and is a source only where the list
    gives it."""
    report = _check([sentence, "Arias (2020) agrees."], [ARIAS])
    assert report.problems == ()
    assert [c.authors for c in report.citations] == [("Arias",)]
    listed = _check(
        ["Venues need a licence (Gambling Act 2005, section 7).", "Arias (2020) agrees."], [ARIAS, GAMBLING_ACT]
    )
    assert (listed.citations[0].authors, listed.citations[0].locator) == (("Gambling Act",), "section 7")
    assert listed.problems == ()


def test_a_section_of_a_work_the_list_lacks_is_still_worth_a_warning() -> None:
    report = _check(["Venues need a licence (Okafor 2005, section 7).", "Arias (2020) agrees."], [ARIAS])
    assert [(p.kind, p.author, p.certain) for p in report.problems] == [("cited_not_listed", "Okafor", False)]


NOLAN = "Nolan, B. et al. (2016) Marketing: an introduction. Hoboken: Pearson."


def test_names_in_full_matched_to_a_listed_work_by_chance_get_only_a_form_problem_to_check() -> None:
    """ "(Dave Nolan and Kevin Glynn, 2016)", two founders, beside a listed "Nolan, B. et al. (2016)": Harvard cites
    by family name, so what the list says of the work's authors is only worth checking."""
    report = _check(["The brand was started by two friends (Dave Nolan and Kevin Glynn, 2016)."], [NOLAN])
    assert [(p.kind, p.certain) for p in report.problems] == [("et_al_misuse", False)]
    assert report.problems[0].message.startswith("Check this: (Dave Nolan and Kevin Glynn, 2016) in Task 1 (a)")
    # By family names, the same citation's missing "et al." is said for certain.
    report = _check(["Premiums rise with age (Nolan and Glynn, 2016)."], [NOLAN])
    assert [(p.kind, p.certain) for p in report.problems] == [("et_al_misuse", True)]
