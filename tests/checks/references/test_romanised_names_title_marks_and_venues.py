"""What the blind174 to blind176 pools showed once they became development data (stop 41): names written in their own
script and then romanised in brackets ("李娜 (Li Na)"), in citations and in list entries, which may be names in full
among "Surname, I." authors; a term in Chinese characters with a year after its English name; an English title after a
title in Chinese title marks; an event's city and venue; a bank's publisher named in characters; a paper's series
and number where its title goes; and bodies' words the checker lacked (a consumer panel, an administration, a French
"mouvement" or "groupe"), a Kabyle "Ait" surname, a source named by its letters after "drawing on", and a
state's place given as a special administrative region.

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _cited, _kinds, _told_unlisted

LI_NA = "李娜 (Li Na), Deng, V.W. and 刘洋 (Liu Yang) (2025) ‘Livestream trust’, Chinese Marketing, 3(2), pp. 1–9."
GALLET = "Gallet, A. and 吕佳 (Lü Jia) (2020) ‘Cross-border e-commerce’, Asia Pacific Business Review, 6(1), pp. 2–8."
BANK = "招商银行 (China Merchants Bank) (no date) Cards. Available at: https://cmb.example (Accessed: 1 May 2024)."
MENON = "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books."
MENON_ARGUES = "Menon (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    ("sentence", "entry", "authors"),
    [
        ("Trust builds slowly (李娜 (Li Na), Deng and 刘洋 (Liu Yang), 2025).", LI_NA, ("李娜", "Deng", "刘洋")),
        ("李娜 (Li Na), Deng and 刘洋 (Liu Yang) (2025) found that trust grows.", LI_NA, ("李娜", "Deng", "刘洋")),
        ("Trust builds slowly (Gallet and 吕佳 (Lü Jia), 2020, p. 6).", GALLET, ("Gallet", "吕佳")),
        ("Cards still matter (招商银行 (China Merchants Bank), no date).", BANK, ("招商银行",)),
    ],
)
def test_a_name_in_its_own_script_with_its_romanisation_is_one_name(
    sentence: str, entry: str, authors: tuple[str, ...]
) -> None:
    report = _check([sentence], [entry])
    assert [c.authors for c in report.citations] == [authors]
    assert report.citations[0].text.endswith(")")
    assert sentence.find(report.citations[0].text) >= 0  # found where the text has it, romanisations and all
    assert _kinds(report) == []


def test_a_romanised_name_heads_a_list_entry_among_people_named_by_initials() -> None:
    report = _check(["Trust builds slowly (Li Na, Deng and Liu Yang, 2025)."], [LI_NA])
    assert [e.authors for e in report.entries] == [("李娜", "Deng", "刘洋")]
    assert _kinds(report) == []  # the romanisation alone names the first author too


def test_entries_opening_with_names_in_characters_are_told_apart_and_filed_by_their_romanisations() -> None:
    listed = f"{BANK}\n{LI_NA}\nMenon, R. (2019) Marketing in Kerala. Kochi: DC Books."
    report = _check(["Cards matter (招商银行 (China Merchants Bank), no date).", MENON_ARGUES], [listed])
    assert [e.authors[0] for e in report.entries] == ["招商银行", "李娜", "Menon"]
    assert _kinds(report) == ["listed_not_cited"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mini-programs (小程序, 2017) let brands sell inside WeChat.",
        "The hit drama 《狂飙》 (The Knockout, 2023) created a wave of product placement.",
        "The Salon de l'Agriculture (Paris, Porte de Versailles, 2018) is a key event for food brands.",
    ],
)
def test_a_term_in_characters_a_title_after_title_marks_and_a_venue_are_no_sources(sentence: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert _kinds(report) == []


def test_a_name_in_characters_alone_is_a_citation_where_the_list_names_it() -> None:
    entry = "小红书 (2023) Brand partners. Available at: https://xhs.example (Accessed: 1 May 2024)."
    report = _check(["Seeding works (小红书, 2023).", MENON_ARGUES], [MENON, entry])
    assert _cited(report) == [(("小红书",), "2023"), (("Menon",), "2019")]
    assert _kinds(report) == []


@pytest.mark.parametrize(
    "entry",
    [
        "Chou, M.-H. (2009). Beijing: 机械工业出版社 [China Machine Press].",
        "Stavropoulos, A. (2008). North Ryde, NSW: McGraw-Hill Education (Australia).",
        "Jia, J. and Lin, D. (2011). Working paper 2011-30. Singapore: Lee Kuan Yew School of Public Policy.",
        "Pietri, O. (2008). Document de travail 21-04. Cergy: ESSEC Business School.",
    ],
)
def test_a_publisher_or_a_papers_number_where_the_title_goes_is_no_title(entry: str) -> None:
    author = entry.split(",", 1)[0]
    report = _check([f"Channels matter ({author}, {entry[entry.index('(') + 1 : entry.index(')')]})."], [entry])
    assert _kinds(report) == ["incomplete_entry"]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Foreign brands lose share (e.g. Kantar Worldpanel, 2025).", "Kantar Worldpanel"),
        ("Imports grew (General Administration of Customs of the People's Republic of China, 2016).",
         "General Administration of Customs of the People's Republic of China"),
        ("Loyalty apps lifted share of voice (L'Oréal Groupe, 2005).", "L'Oréal Groupe"),
        ("Mouvement des entreprises de France (MEDEF) (2016) makes the point that content sells.",
         "Mouvement des entreprises de France"),
        ("The Nutri-Score changes baskets (Ait Ahmed, 2017).", "Ait Ahmed"),
        ("Meituan is typical: Census and Statistics Department, Hong Kong SAR (2023) showed that guanxi matters.",
         "Census and Statistics Department, Hong Kong SAR"),
        ("Drawing on AAMI (2018), this report assumes that partnerships work.", "AAMI"),
        ("Richardson PLC could learn from Huynh and Lefebvre (2017), where it is shown that sales decide.", "Huynh"),
    ],
)  # fmt: skip
def test_bodies_and_people_cited_but_not_listed_are_reported(sentence: str, author: str) -> None:
    report = _check([sentence, MENON_ARGUES], [MENON])
    assert [c.authors[0] for c in report.citations][:1] == [author]
    assert _told_unlisted(report) == ["cited_not_listed"]


def test_entries_opening_on_two_names_in_characters_or_a_name_and_its_english_name_open_lines() -> None:
    listed = (
        "Menon, R. (2019) Marketing in Kerala. Kochi: DC Books.\n"
        "謝明勳 (Hsieh Ming-Hsun) and 邱欣怡 (Chiu Hsin-Yi) (2023) 數位金融 [Digital finance]. Taipei: Sage.\n"
        "全家便利商店 FamilyMart (2017) ‘Lucky bags are back’, Facebook."
    )
    sentences = [MENON_ARGUES, "Seniors bank online (謝明勳 (Hsieh Ming-Hsun) and 邱欣怡 (Chiu Hsin-Yi), 2023).",
                 "Lucky bags sell out (全家便利商店 FamilyMart, 2017)."]  # fmt: skip
    report = _check(sentences, [listed])
    assert [e.year for e in report.entries] == ["2019", "2023", "2017"]
    assert "cited_not_listed" not in _kinds(report)
