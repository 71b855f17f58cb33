"""What the blind192 to blind197 pools showed once they became development data (stop 43): an exchange rate with its
year ("(ZAR/USD, 2018)"), a participant in the candidate's own research by the letter or number that hides who they
are ("(Interviewee B, Sandton, 2015)"), censuses named in their own language in a bracket of several ("(Censos 2011;
Censos 2021)"), "noticed that" after an author, a Greek newspaper's article ("To Vima"), Khoekhoe clicks in names
("Chauke-!Gawaseb"), Portuguese legal forms ("S.G.P.S., S.A.", "Unipessoal Lda.", "Ramirez & C.ª"), given names'
particles among initials ("Pires, F. de P."), a city cut short where the title goes ("TP. Hồ Chí Minh: NXB Trẻ"), a
firm joined by "&" counted as one author, and a surname spelt like a legal form after its particle ("de Sa").

The examples are made up, of the same shapes.
"""

from __future__ import annotations

import pytest

from marker.checks.references.citations import find_citations
from marker.checks.references.crosscheck import looks_like_author
from marker.checks.references.entries import parse_entry
from tests.checks.references.test_issue_14_forms import _check
from tests.checks.references.test_lists_and_lead_ins import _kinds, _looks_cited

MOYO = "Moyo, T. (2019) Retail in Southern Africa. Cape Town: Juta."
MOYO_ARGUES = "Moyo (2019) argues that loyalty is local."


@pytest.mark.parametrize(
    "sentence",
    [
        "At the time R19 bought one US dollar (ZAR/USD, 2018).",
        "The real weakened against the euro (EUR/BRL 2015).",
        "A brand manager (Interviewee B, Sandton, 2015) disagreed.",
        "One owner (Respondent 12, 2021) said prices matter most.",
        "Younger shoppers said the same (Focus Group 2, 2023).",
        "Lisbon's population fell between the two censuses (Censos 2011; Censos 2021).",
        "The count fell (Recensement 2019; Zensus 2022).",
    ],
)
def test_rates_participants_and_censuses_are_no_citations(sentence: str) -> None:
    report = _check([sentence, MOYO_ARGUES], [MOYO])
    assert [c.authors[0] for c in report.citations] == ["Moyo"]
    assert _kinds(report) == []


@pytest.mark.parametrize("name", ["ZAR/USD", "EUR/BRL", "Interviewee B", "Respondent 12", "Participant P3"])
def test_rates_and_participants_do_not_look_like_authors(name: str) -> None:
    assert not looks_like_author(name)


@pytest.mark.parametrize("name", ["Statistics South Africa", "Ipsos/BBC", "Interviewee Research Ltd", "Participant"])
def test_bodies_beside_them_still_look_like_authors(name: str) -> None:
    # Neither a pair of currencies' codes nor a participant's label: a body, two firms, a firm, one word.
    assert looks_like_author(name)


def test_a_listed_census_is_still_cited() -> None:
    census = "Instituto Nacional de Estatística (2021) Censos 2021. Lisboa: INE."
    report = _check(["The population fell (Instituto Nacional de Estatística, 2021; Moyo, 2019)."], [census, MOYO])
    assert [c.authors[0] for c in report.citations] == ["Instituto Nacional de Estatística", "Moyo"]
    assert _kinds(report) == []


def test_an_unlisted_author_cited_with_several_others_is_still_reported() -> None:
    report = _check(["Prices rose (Moyo, 2019; Dlamini, 2020)."], [MOYO])
    assert _kinds(report) == ["cited_not_listed"]


def test_an_author_who_noticed_something_is_cited() -> None:
    report = _check(["Lipszyc (2017) noticed that brands collect more first-party data.", MOYO_ARGUES], [MOYO])
    assert [c.authors[0] for c in find_citations("Lipszyc (2017) noticed that data matter.")] == ["Lipszyc"]
    assert _kinds(report) == ["cited_not_listed"]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Readership fell (To Vima, 2016, pp. 232–237).", "To Vima"),
        ("Prices rose (Chauke-!Gawaseb, 2015; Moyo, 2019).", "Chauke-!Gawaseb"),
        ("Chauke-!Gawaseb (2015) argues that prices rose.", "Chauke-!Gawaseb"),
        ("Mostert-!Gawaseb’s (2002) study shows that prices rose.", "Mostert-!Gawaseb"),
        ("Prices rose (ǂHoa-ǁAes, 2019).", "ǂHoa-ǁAes"),
    ],
)
def test_a_greek_article_and_khoekhoe_clicks_are_part_of_the_name(sentence: str, author: str) -> None:
    assert find_citations(sentence)[0].authors[0] == author


def test_to_in_lower_case_still_leads_in() -> None:
    assert [c.authors[0] for c in find_citations("This is close (to Smith, 2019).")] == ["Smith"]


@pytest.mark.parametrize(
    ("entry", "author"),
    [
        ("Corticeira Amorim, S.G.P.S., S.A. (2023) Relatório anual. Mozelos: Corticeira Amorim.",
         "Corticeira Amorim, S.G.P.S., S.A."),
        ("Maria Mendes Consultoria, Unipessoal Lda. (2016) Relatório. Porto: MMC.",
         "Maria Mendes Consultoria, Unipessoal Lda"),
    ],
)  # fmt: skip
def test_portuguese_firms_two_forms_are_one_body(entry: str, author: str) -> None:
    parsed = parse_entry(entry)
    assert (parsed.authors, parsed.organisation) == ((author,), True)


def test_a_person_with_initials_like_a_form_is_still_a_person() -> None:
    parsed = parse_entry("Smith, S.A. (2016) Retail. London: Kogan Page.")
    assert (parsed.authors, parsed.organisation) == (("Smith",), False)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Corticeira Amorim, S.G.P.S., S.A. (2023) reports that cork sells.",
         "Corticeira Amorim, S.G.P.S., S.A. (2023) Relatório anual. Mozelos: Corticeira Amorim."),
        ("Maria Mendes Consultoria, Unipessoal Lda. (2016) argues that brands travel.",
         "Maria Mendes Consultoria, Unipessoal Lda. (2016) Relatório. Porto: MMC."),
        ("Fábrica de Conservas Ramirez & C.ª (Filhos), S.A. (2011) reports that tins sell.",
         "Fábrica de Conservas Ramirez & C.ª (Filhos), S.A. (2011) Sobre nós. Matosinhos: Ramirez."),
    ],
)  # fmt: skip
def test_listed_portuguese_firms_are_cited_whole(text: str, entry: str) -> None:
    report = _check([text, MOYO_ARGUES], [entry, MOYO])
    assert len(report.citations) == 2
    assert _kinds(report) == []


def test_a_city_cut_short_is_no_title() -> None:
    assert parse_entry("Lâm, N.T. (1999). TP. Hồ Chí Minh: NXB Trẻ.").title_only_publisher
    entry = parse_entry("Lâm, N.T. (1999). Marketing căn bản. TP. Hồ Chí Minh: NXB Trẻ.")
    assert (entry.title, entry.title_only_publisher) == ("Marketing căn bản", False)
    assert parse_entry("Smith, J. (2019). AI. London: Routledge.").title == "AI"


@pytest.mark.parametrize(
    ("entry", "authors", "et_al"),
    [
        ("Pires, F. de P., Nunes da Rocha, A.R. and Nunes de Matos, H. (2005) Why it matters. Coimbra: Actual.",
         ("Pires", "Nunes da Rocha", "Nunes de Matos"), False),
        ("Machado, M. do C. dos S. et al. (2010) Rethinking wine tourism. Lisboa: Sílabo.", ("Machado",), True),
        ("Smith, J. and de Souza, P. (2019) Retail. London: Sage.", ("Smith", "de Souza"), False),
    ],
)  # fmt: skip
def test_initials_keep_their_given_names_particles(entry: str, authors: tuple[str, ...], et_al: bool) -> None:
    parsed = parse_entry(entry)
    assert (parsed.authors, parsed.et_al) == (authors, et_al)


def test_three_authors_with_particles_need_no_et_al() -> None:
    entry = "Pires, F. de P., Nunes da Rocha, A.R. and Nunes de Matos, H. (2005) Why it matters. Coimbra: Actual."
    report = _check(["Prices rose (Pires, Nunes da Rocha and Nunes de Matos, 2005)."], [entry])
    assert _kinds(report) == []


def test_a_firm_joined_by_an_ampersand_is_one_author_when_counting() -> None:
    # Three authors, no misused "et al.": cited once, only the one note names the unlisted work.
    report = _check(["Growth is fast (Google, Temasek and Bain & Company, 2020).", MOYO_ARGUES], [MOYO])
    assert _kinds(report) == []
    assert _looks_cited(report) == ["Google"]
    report = _check(["Sales grew (Smith, Jones, Brown and Lee, 2019).", MOYO_ARGUES], [MOYO])
    assert sorted(_kinds(report)) == ["cited_not_listed", "et_al_misuse"]


@pytest.mark.parametrize(
    ("sentence", "authors"),
    [
        ("As de Sa, Lee and Kim (2017) show, prices rose.", ("de Sa", "Lee", "Kim")),
        ("Following de Sa and Azevedo Cardoso (2012), prices rose.", ("de Sa", "Azevedo Cardoso")),
        ("de Sa et al. (2021) note that prices rose.", ("de Sa",)),
        ("Richardson Inc. Bhatia (2019) argues that prices rose.", ("Bhatia",)),
    ],
)
def test_a_surname_spelt_like_a_legal_form_after_its_particle_is_a_surname(
    sentence: str, authors: tuple[str, ...]
) -> None:
    assert find_citations(sentence)[0].authors == authors
