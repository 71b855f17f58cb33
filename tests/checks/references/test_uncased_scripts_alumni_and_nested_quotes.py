"""What the blind177 to blind179 pools showed once they became development data (stop 41): authors named in scripts
with no capitals (Devanagari, Gurmukhi, Urdu), in citations and as entries on lines of their own; the university
and year after a college ("an alumnus of SRCC (Delhi University, 2024)"), after an ethics committee, and a place
and year after a sentence's subject by its kind with its place before it ("The Dubai outlet (Karama, 2015)"); a
message quoted as what did something ("‘...’ doubled click-throughs"); a quotation opening on a quoted term; a
French body in sentence case with an adjective after its first word; a firm's "Inc." after a comma; a paper's
number or an edition where the title goes.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    ("sentence", "entry", "author"),
    [
        ("Trust is local (श्रीवास्तव, 2019, p. 116).", "श्रीवास्तव (2019) ‘भरोसा [Trust]’, Hindustan, 3 May.", "श्रीवास्तव"),
        ("رضوی (2018) argues that trust is local.", "رضوی (2018) ‘اعتماد [Trust]’, Inquilab, 3 May.", "رضوی"),
        ("Trust is local (ਅਜੀਤ, 2020).", "ਅਜੀਤ (2020) ‘ਭਰੋਸਾ [Trust]’, Ajit, 19 July.", "ਅਜੀਤ"),
        ("Trust is local (अमर उजाला, 2022).", "अमर उजाला (2022) ‘भरोसा [Trust]’, 2 May.", "अमर उजाला"),
    ],
)
def test_names_in_scripts_with_no_capitals_are_authors(sentence: str, entry: str, author: str) -> None:
    report = _check([sentence], [entry])
    assert [c.authors for c in report.citations] == [(author,)]
    assert _kinds(report) == []


def test_entries_in_scripts_with_no_capitals_open_lines_of_one_paragraph() -> None:
    listed = f"{MENON}\nगुप्ता (2014) ‘यूपीआई [UPI]’, Dainik Jagran, 3 May.\nਅਜੀਤ (2020) ‘ਭਰੋਸਾ [Trust]’, Ajit, 19 July."
    report = _check([MENON_ARGUES, "UPI grew (गुप्ता, 2014; ਅਜੀਤ, 2020)."], [listed])
    assert [e.authors[0] for e in report.entries] == ["Menon", "गुप्ता", "ਅਜੀਤ"]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The author is an alumnus of SRCC (Delhi University, 2024).",
        "The survey was approved by the ethics committee (Panjab University, 2015).",
        "The Dubai outlet (Karama, 2015) targets expatriate families.",
        "Mathur (2008) reports that “Eid Mubarak – a special offer for you” doubled click-throughs.",
    ],
)
def test_a_degrees_university_a_committees_body_a_subjects_place_and_a_sent_message_need_nothing(
    sentence: str,
) -> None:
    sentences = [sentence, MENON_ARGUES, "Festive emails work (Mathur, 2008)."]
    report = _check(sentences, ["Mathur, A. (2008) Festive email. Delhi: Sage.", MENON])
    assert _kinds(report) == []


def test_a_quotation_opening_on_a_quoted_term_still_needs_a_page() -> None:
    sentence = "Marketers are told that ‘'Buy Canadian' messaging lifts sales only where it is local’ (Menon, 2019)."
    report = _check([sentence], [MENON])
    assert _kinds(report) == ["quotation_without_page"]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("In the Prairies, Office québécois de la langue française (2020) found that firms adapt.",
         "Office québécois de la langue française"),
        ("For Howard, the lesson from Tokio Marine Holdings, Inc. (2025) is that points matter.",
         "Tokio Marine Holdings"),
    ],
)  # fmt: skip
def test_a_body_in_sentence_case_and_a_firm_with_its_form_after_a_comma_are_cited(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _cited(report)[0] == ((author,), sentence[sentence.index("(") + 1 : sentence.index(")")])
    assert _kinds(report) == ["cited_not_listed"]


def test_a_particle_and_a_surname_after_a_verb_are_not_a_bodys_name() -> None:
    found = find_citations("Riley PLC relied on del Rosario (2020) for the figures.")
    assert [(c.authors, c.year) for c in found] == [(("del Rosario",), "2020")]


@pytest.mark.parametrize(
    "entry",
    [
        "Srisuk, N. (2006). 24-E-068. Tokyo: Mitsubishi Research Institute.",
        "Nakamura, Y. (2011) 6th Canadian edn. Toronto: Pearson Canada.",
    ],
)
def test_a_papers_number_or_an_edition_where_the_title_goes_is_no_title(entry: str) -> None:
    author, year = entry.split(",", 1)[0], entry[entry.index("(") + 1 : entry.index(")")]
    report = _check([f"Channels matter ({author}, {year})."], [entry])
    assert _kinds(report) == ["incomplete_entry"]
