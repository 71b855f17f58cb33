"""What the blind150 to blind152 pools showed once they became development data (stop 39): surnames opening on the
Arabic "ul", "ud" and "ur" as Pakistani names are filed ("ul Haq, M."), sources led in by "as per" or held to a view
("is of the view that"), a work with no date, a show that "drew record" ratings, an interviewee's one-word post and
employer, a name sharing only its last word with a listed author of another year, quotations after "According to X
(2019),", bodies' names in Spanish with "para el", abbreviations of two words ("(IAB Argentina)") and Pakistan's
single-member company form ("SMC-Pvt. Ltd.").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."
UL_HAQ = "ul Haq, M. and Abbasi, S. (2009) Branding in Lahore. Karachi: Oxford University Press."
UD_DIN = "ud Din, Z. (2014) ‘Mobile wallets in Quetta’, Journal of Islamic Marketing, 5(2), pp. 1–9."


@pytest.mark.parametrize(
    "sentence",
    [
        "Cash on delivery still dominates (ul Haq and Abbasi, 2009; ud Din, 2014).",
        "ul Haq and Abbasi (2009) argue that cash on delivery still dominates, as ud Din (2014) found.",
        "Keeping this in view, as ud Din (2014) notes, ul Haq and Abbasi (2009) found that cash still dominates.",
    ],
)
def test_surnames_opening_on_ul_and_ud_are_read_whole(sentence: str) -> None:
    report = _check([sentence], [UD_DIN, UL_HAQ])
    assert (("ul Haq", "Abbasi"), "2009") in _cited(report)
    assert any(c.authors[0] == "ud Din" for c in report.citations)
    assert "listed_not_cited" not in _kinds(report)
    assert [e.authors[0] for e in report.entries] == ["ud Din", "ul Haq"]


def test_a_surname_opening_on_ul_filed_after_others_keeps_its_particle() -> None:
    report = _check(
        ["Trust is local (Bukhari and ul Haq, 2011)."], ["Bukhari, A. and ul Haq, M. (2011) Trust. Lahore: Ferozsons."]
    )
    assert _cited(report) == [(("Bukhari", "ul Haq"), "2011")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Abbasi (2019) is of the view that cash on delivery still dominates.", "Abbasi"),
        ("Rizvi and Sadiq (2019) are of the opinion that trust is the main barrier.", "Rizvi"),
        ("As per Aishath Shifaza (2024), Odel can use short-form video.", "Aishath Shifaza"),
        ("Khan (2016) drew on Porter to show that rivalry is fierce.", "Khan"),
        ("Khan (2016) drew a sharp distinction between loyalty and habit.", "Khan"),
        ("The lawn season sets the tone for the year (Synergy Dentsu, no date).", "Synergy Dentsu"),
    ],
)
def test_unlisted_sources_in_these_places_are_reported(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert [(p.kind, p.author) for p in report.problems] == [("cited_not_listed", author)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A show's ratings, not an author's argument.
        "Humsafar (2016) drew record TRPs.",
        # Of no view: what a thing is.
        "Acme (2019) is of little use to rural shoppers.",
        # A person's post and employer, and the year.
        "Dhammika Perera (Chairman, Hayleys, 2023) announced a new export strategy.",
        "One buyer (CEO, Dialog, 2022) said prices matter.",
    ],
)
def test_things_and_posts_named_with_a_year_are_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


def test_a_name_sharing_only_its_last_word_with_a_listed_author_of_another_year_is_no_citation() -> None:
    de_silva = "de Silva, K. (2019) Retail in Colombo. Colombo: Vijitha Yapa."
    report = _check(
        [
            "de Silva (2019) argues that retail is changing.",
            "Singer Yohani de Silva (2021) became popular after the song.",
        ],
        [de_silva],
    )
    assert _cited(report) == [(("de Silva",), "2019")]
    assert _kinds(report) == []


def test_the_same_name_in_brackets_in_another_year_is_still_a_year_mismatch() -> None:
    de_silva = "de Silva, K. (2019) Retail in Colombo. Colombo: Vijitha Yapa."
    report = _check(["Retail is changing (de Silva, 2021)."], [de_silva])
    assert "year_mismatch" in _kinds(report)


QUOTED = (
    "‘Paid search builds trust faster than traditional media in Sri Lanka and remittances shape spending during "
    "festive seasons’"
)


@pytest.mark.parametrize(
    "sentence",
    [
        f"According to Liyanage (2019), {QUOTED}, which applies directly to Singer.",
        f"According to Joint Apparel Association Forum (JAAF) (2021), {QUOTED}, which applies to exporters.",
        f"In the words of Lebbe (2022), {QUOTED}, and that holds in Kandy.",
    ],
)
def test_quotations_after_a_source_and_a_comma_need_a_page(sentence: str) -> None:
    entries = [
        "Joint Apparel Association Forum (JAAF) (2021) Apparel exports. Colombo: JAAF.",
        "Lebbe, M. (2022) Retail in Kandy. Colombo: Sarasavi.",
        "Liyanage, S. (2019) Digital marketing. Colombo: Sarasavi.",
    ]
    report = _check([sentence], entries)
    assert "quotation_without_page" in _kinds(report)


def test_a_quoted_slogan_after_a_source_and_a_comma_is_no_quotation() -> None:
    entries = ["Liyanage, S. (2019) Digital marketing. Colombo: Sarasavi."]
    report = _check([f"According to Liyanage (2019), {QUOTED} is the slogan Dialog used."], entries)
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        (
            "Comisión para el Mercado Financiero (CMF) (2010) observed that younger shoppers use WhatsApp.",
            "Comisión para el Mercado Financiero",
        ),
        (
            "Growth was strong (Interactive Advertising Bureau Argentina (IAB Argentina), 2010).",
            "Interactive Advertising Bureau Argentina",
        ),
        (
            "It is pertinent to mention that Bazaar Technologies SMC-Pvt. Ltd. (2025) found loyalty is weak.",
            "Bazaar Technologies SMC-Pvt. Ltd.",
        ),
        ("Gul Ahmed positions itself as ‘desi’ (The Express Tribune, 2010).", "The Express Tribune"),
    ],
)
def test_bodies_and_papers_are_read_whole_with_no_list(sentence: str, author: str) -> None:
    report = _check([sentence], [])
    assert [c.authors[0] for c in report.citations] == [author]
    assert _kinds(report) == ["no_reference_list"]
