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
from tests.checks.references.test_lists_and_lead_ins import _kinds, _told_unlisted
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
    assert "cited_not_listed" in _told_unlisted(unlisted)


def test_letters_that_spell_no_more_of_the_sentence_keep_it_out() -> None:
    # Once the letters are spelled, the words before them are the sentence's, not the name's.
    report = _check(["Fees rose, according to the Office for National Statistics (ONS) (2020).", MOYO_ARGUES], [MOYO])
    assert ("Office for National Statistics",) in _authors(report)


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        # Letters that are more than the name's capitals let in no words of the sentence before the name.
        (
            "Welsh Women's Aid could learn from Welsh Charity Commission (OWCC) (2011), who showed that donors stay.",
            ("Welsh Charity Commission",),
        ),
        ("A similar point is made by Pacific Forum (SPF) (2020a): parents reward loyalty schemes.", ("Pacific Forum",)),
        # A firm's owner in a bracket is no body's letters.
        ("Data from Seamark (Teledyne FLIR) (2018) show that marine brands compete on ecosystems.", ("Seamark",)),
    ],
)
def test_what_the_letters_do_not_spell_stays_out(sentence: str, cited: tuple[str, ...]) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert cited in _authors(report)


def test_a_burmese_name_may_end_on_bi() -> None:
    # "bi" joins a Cameroonian surname's parts in lower case; "Bi" ending a Burmese name is no particle.
    report = _check(["Sales rose (State Peace Council, 2004; Daw Khin Bi, 2018)."], [
        "Daw Khin Bi (2018) Beverage brands in Yangon. Yangon: Myanmar Book Centre.",
        "State Peace Council (2004) Trade rules. Yangon: SPC.",
    ])  # fmt: skip
    assert ("Daw Khin Bi",) in _authors(report)
    assert _kinds(report) == []
