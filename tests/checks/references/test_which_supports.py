"""What the blind366 pool showed once its misses were read (stop 63): an author cited after "which supports" at a
sentence's end ("..., which supports Steenkamp and McGrath (no date).") was not read as cited, so the missing entry
went unreported. A claim that supports an author's reads as citing them; a product that supports a service ("The
app supports Klarna (2019)") names what it takes, and stays unread.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES


def test_an_author_after_which_supports_is_cited_and_missing_from_the_list() -> None:
    sentence = "Adverts in neutral language attract more women, which supports Steenkamp and McGrath (no date)."
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert ("Steenkamp", "McGrath") in _authors(report)
    assert _kinds(report) == ["cited_not_listed"]


def test_a_service_an_app_supports_is_no_citation() -> None:
    report = _check(["The app supports Klarna (2019) at the checkout.", MOYO_ARGUES], [MOYO])
    assert _authors(report) == [("Moyo",)]
    assert _kinds(report) == []
