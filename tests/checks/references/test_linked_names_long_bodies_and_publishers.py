"""What the blind129 to blind131 pools showed once they became development data (stop 37): Iban names linked to the
father's by "anak" ("Jimbun anak Tawai"), a full given name that opens the next person's linked name ("Jalong, Megat
Iskandar bin Salleh"), Malay names of five words, bodies' names longer than nine words ("Bureau of National
Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan") in the text and wrapped
over two lines of a list, places of four words and Vietnamese, Malay and Russian publishing houses where a title
should be ("Hà Nội: NXB Đại học Kinh tế Quốc dân", "Kuala Lumpur: Dewan Bahasa dan Pustaka"), and a sale named by
its kind opening a sentence ("The 11.11 sale (Uzum, 2020) doubled traffic").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds

BUREAU = "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan"


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("Prices rose (Rosalind anak Jalong, Low and Sulaiman, 2019).", ("Rosalind anak Jalong", "Low", "Sulaiman")),
        ("Jimbun anak Tawai and Harun (2019, p. 41) argue that trust is local.", ("Jimbun anak Tawai", "Harun")),
        ("Lim and Peter anak Jugah (2019) argue that trust is local.", ("Lim", "Peter anak Jugah")),
        (f"Radio still reaches most people ({BUREAU}, 2021).", (BUREAU,)),
        ("National Agency of Perspective Projects of the Republic of Uzbekistan (2020) found that it grew.",
         ("National Agency of Perspective Projects of the Republic of Uzbekistan",)),
    ],
)  # fmt: skip
def test_names_linked_by_anak_and_long_bodies_are_read_whole(sentence: str, authors: tuple[str, ...]) -> None:
    [citation] = find_citations(sentence)
    assert citation.authors == authors


def test_a_long_run_of_lower_case_words_is_no_bodys_name() -> None:
    # Past nine words, only a body's capitalised name with its small words is read as one author.
    sentence = "Prices rose (the shops that sell most of the goods that people in the city buy every week, 2019)."
    assert find_citations(sentence) == []


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Margaret anak Bansa and Jimbun anak Tawai (2016) ‘Longhouse retail’, Borneo Review, 3(2), pp. 1–9.",
         ("Margaret anak Bansa", "Jimbun anak Tawai")),
        ("Rosalind anak Jalong, Megat Iskandar bin Salleh and Mohamed Noor, N. (2014) Pembelian dalam talian. "
         "Kuching: UNIMAS Press.", ("Rosalind anak Jalong", "Megat Iskandar bin Salleh", "Mohamed Noor")),
        ("Dhillon, A.K. and Sharifah Nor Aini Mohamed Noor (2020) ‘TikTok Shop in Brunei’, The Star, 2 May.",
         ("Dhillon", "Sharifah Nor Aini Mohamed Noor")),
    ],
)  # fmt: skip
def test_malay_and_iban_names_written_whole_are_people_of_the_list(entry: str, authors: tuple[str, ...]) -> None:
    parsed = parse_entry(entry)
    assert parsed.authors == authors
    assert not parsed.organisation


def test_a_bodys_long_name_wrapped_over_two_lines_opens_its_own_entry() -> None:
    text = (
        "Aliyev, R. (2019) Bazaar brands. Available at: https://example.uz/a (Accessed: 1 May 2024).\n"
        "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of\n"
        "the Republic of Kazakhstan (2013) Statistical yearbook. Available at: https://stat.gov.kz/y "
        "(Accessed: 2 May 2024)."
    )
    entries = split_entries(text)
    assert len(entries) == 2
    assert parse_entry(entries[1]).authors == (BUREAU,)


@pytest.mark.parametrize(
    "entry",
    [
        "Nguyen, H. et al. (2023). Hà Nội: NXB Đại học Kinh tế Quốc dân.",
        "Nguyễn, T.T. and Trần, T.Q.T. (2011). Ho Chi Minh City: Vingroup JSC.",
        "Khoo, B. and Harun, N.I. (2015). Kuala Lumpur: Dewan Bahasa dan Pustaka.",
        "Sharipova, Z. et al. (2001). Almaty: Juridicheskaya literatura.",
    ],
)
def test_a_place_and_a_publishing_house_where_the_title_goes_leave_the_entry_incomplete(entry: str) -> None:
    author = entry.split(",", 1)[0]
    report = _check([f"{author} (2020) argues that it is so."], [entry])
    assert "incomplete_entry" in _kinds(report)


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("The 11.11 sale (Uzum, 2020) doubled traffic.", False),
        # A verb of saying after the bracket: the sentence reports what a source says.
        ("The campaign (Rossi, 2019) shows that people care.", True),
    ],
)
def test_a_sale_opening_a_sentence_is_named_by_its_bracket(sentence: str, cited: bool) -> None:
    menon = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
    report = _check([sentence, "Menon (2019) argues that loyalty is local."], [menon])
    assert (len(_cited(report)) == 2) is cited


def test_a_title_after_another_ends_no_entry() -> None:
    # "Tan Sri Dr." opens a name: the stop after "Dr" ends no sentence, so no entry is cut there.
    text = (
        "Nur Izzati binti Mohd Zain (2017) Extending UTAUT2. Shah Alam: UiTM Press.\n"
        "Tan Sri Dr. Munir Majid (2025) ‘Maxis posts record profit on festive\n"
        "demand’, Utusan Malaysia, 26 April."
    )
    assert [parse_entry(entry).authors for entry in split_entries(text)] == [
        ("Nur Izzati binti Mohd Zain",),
        ("Tan Sri Dr. Munir Majid",),
    ]
