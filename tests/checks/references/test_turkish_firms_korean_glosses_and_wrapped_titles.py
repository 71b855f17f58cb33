"""What the blind198 to blind200 pools showed once they became development data (stop 43): Turkish firms' legal forms
("San. ve Tic. A.Ş.", "Ltd. Şti.") and bodies' words ("Bakanlığı", "Kurumu", "Konfederasyonu"), Korean names in
Hangul with their English names in square brackets ("통계청 [Statistics Korea]", "(주)오뚜기 [Ottogi Co., Ltd.]")
opening a line of the list, a title wrapped onto a line that opens in lower case, and a listed firm's founding year
("is the oldest of").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.crosscheck import looks_like_author
from marker.checks.references.entries import parse_entry, split_entries
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds

DEMIR = "Demir, A. (2019) Pazarlama. İstanbul: Beta."
DEMIR_ARGUES = "Demir (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    ("entry", "author"),
    [
        ("Mavi Giyim San. ve Tic. A.Ş. (2006) Faaliyet raporu. İstanbul: Mavi.", "Mavi Giyim San. ve Tic. A.Ş."),
        ("Koska Helvacısı Ltd. Şti. (2013) Hakkımızda. İstanbul: Koska.", "Koska Helvacısı Ltd. Şti"),
    ],
)
def test_turkish_firms_are_listed_with_their_forms(entry: str, author: str) -> None:
    parsed = parse_entry(entry)
    assert (parsed.authors, parsed.organisation) == ((author,), True)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Eti Gıda San. ve Tic. A.Ş. (2018, p. 79) reports that biscuits sell.",
         "Eti Gıda San. ve Tic. A.Ş. (2018) Hakkımızda. İstanbul: Eti."),
        ("Koska Helvacısı Ltd. Şti. (2013, para. 20) says that halva sells.",
         "Koska Helvacısı Ltd. Şti. (2013) Hakkımızda. İstanbul: Koska."),
    ],
)  # fmt: skip
def test_listed_turkish_firms_are_cited_whole(text: str, entry: str) -> None:
    report = _check([text, DEMIR_ARGUES], [DEMIR, entry])
    assert len(report.citations) == 2
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("KONDA Araştırma ve Danışmanlık (2015) argues that trust fell.", "KONDA Araştırma ve Danışmanlık"),
        ("Shops closed (Türkiye Esnaf ve Sanatkârları Konfederasyonu, 2021).",
         "Türkiye Esnaf ve Sanatkârları Konfederasyonu"),
        ("Kişisel Verileri Koruma Kurumu (2023) requires consent.", "Kişisel Verileri Koruma Kurumu"),
    ],
)  # fmt: skip
def test_turkish_bodies_are_read_whole(sentence: str, author: str) -> None:
    assert find_citations(sentence)[0].authors == (author,)
    assert looks_like_author(author)


def test_korean_names_with_english_names_in_square_brackets_open_entries() -> None:
    block = (
        "Yun, J. (2010) ‘Marketing to the diaspora’, Journal of Retailing, 41(5), pp. 795–818.\n"
        "통계청 [Statistics Korea] (2019) Survey on payment 2019. Sejong: 통계청 [Statistics Korea].\n"
        "(주)오뚜기 [Ottogi Co., Ltd.] (2023) 회사소개 [Company introduction]. Anyang: Ottogi."
    )
    entries = [parse_entry(text) for text in split_entries(block)]
    authors = [entry.authors[0] for entry in entries]
    assert authors == ["Yun", "통계청 [Statistics Korea]", "(주)오뚜기 [Ottogi Co., Ltd.]"]


def test_a_korean_body_cited_with_its_english_name_is_listed() -> None:
    entry = "통계청 [Statistics Korea] (2019) Survey on payment 2019. Sejong: 통계청 [Statistics Korea]."
    report = _check(["Payments went mobile (통계청 [Statistics Korea], 2019).", DEMIR_ARGUES], [DEMIR, entry])
    assert [c.authors[0] for c in report.citations] == ["통계청 [Statistics Korea]", "Demir"]
    assert _kinds(report) == []


def test_a_title_wrapped_onto_a_line_in_lower_case_carries_on() -> None:
    block = (
        "Korea Legislation Research Institute (2018b) Guidelines for processing\n"
        "pseudonymised information (2016). Available at: https://www.example.kr/guide (Accessed: 13 August 2023).\n"
        "Korea Legislation Research Institute (2018c) Online shopping trends."
    )
    assert len(split_entries(block)) == 2


def test_a_brand_in_lower_case_still_opens_an_entry_after_a_finished_one() -> None:
    block = "Smith, J. (2019) Title. London: Sage\ninnocent drinks (2023) Our story. London: innocent."
    assert len(split_entries(block)) == 2


def test_a_listed_firms_founding_year_is_no_citation() -> None:
    listed = "Amorepacific (2002) Newsroom. Available at: https://www.example.kr (Accessed: 23 November 2023)."
    report = _check(
        ["Amorepacific (1945) is the oldest of the major beauty groups.", "Sales grew (Amorepacific, 2002)."],
        [listed],
    )
    assert [c.year for c in report.citations] == ["2002"]
    assert _kinds(report) == []
