"""What the blind267 to blind269 pools showed once they became development data (stop 52): a body's name in its own
language, with lower-case words no rule for sentence case knows ("Koninklijke Nederlandse Maatschappij tot
bevordering der Tandheelkunde (KNMT) (2016)"), longer than nine words ("Commission Nationale de contrôle de la
protection des Données à caractère Personnel (CNDP)"), or with an accented capital its letters write without the
accent ("Conseil Économique, Social et Environnemental (CESE)"), read only from its last words. The letters after such
a name spell all its capitals, and so hold its lower-case words in it.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_kalenjin_and_luo_names_sites_and_platforms import _authors
from tests.checks.references.test_lists_and_lead_ins import _kinds
from tests.checks.references.test_reiterates_consultants_and_an_article_after_by import MOYO, MOYO_ARGUES

NAMES = [
    ("Koninklijke Nederlandse Vereniging tot bevordering der Pharmacie", "KNVP"),
    ("Agence Nationale de contrôle de la sécurité des Aliments à usage Professionnel", "ANAP"),
    ("Conseil Économique, Social et Régional", "CESR"),
]


@pytest.mark.parametrize(("name", "letters"), NAMES)
@pytest.mark.parametrize(
    "frame",
    [
        "{name} ({letters}) (2016) argues that pharmacists sell more when they advise.",
        "As {name} ({letters}) (2016) argues, pharmacists sell more when they advise.",
        "Pharmacists sell more when they advise ({name} ({letters}), 2016).",
    ],
)
def test_a_name_its_letters_spell_is_read_whole(frame: str, name: str, letters: str) -> None:
    sentence = frame.format(name=name, letters=letters)
    listed = f"{name} ({letters}) (2016) Advice at the counter. Utrecht: {letters}."
    report = _check([sentence], [listed])
    assert (name,) in _authors(report)
    assert _kinds(report) == []
    unlisted = _check([sentence, MOYO_ARGUES], [MOYO])
    assert (name,) in _authors(unlisted)
    assert "cited_not_listed" in _kinds(unlisted)


def test_letters_that_spell_no_more_of_the_sentence_keep_it_out() -> None:
    # Once the letters are spelled, the words before them are the sentence's, not the name's.
    report = _check(["Fees rose, according to the Office for National Statistics (ONS) (2020).", MOYO_ARGUES], [MOYO])
    assert ("Office for National Statistics",) in _authors(report)
