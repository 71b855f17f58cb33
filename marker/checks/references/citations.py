"""In-text citations in Cite Them Right Harvard, and the variants students really write.

Every bracket in a paragraph is a candidate. A bracket whose content starts with a year is a narrative
citation when a name stands just before it ("Harris (2015)", "Harris's (2015) study"); any other bracket is
a parenthetical citation when every piece of it reads as names, years and page locators
("(Harris, 2015; Jones and Smith, 2016, p. 4)"). Anything else in brackets ("(Figure 3)", "(n = 45)",
"(12 March 2024)", "(Q3 2022)") is left alone, because one of its pieces is none of these.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from marker.checks.references.model import Citation
from marker.checks.references.names import (
    ACCENTED_CAPITALS,
    AND_IN_OTHER_LANGUAGES,
    AREA_WORDS,
    COMPANY_SUFFIXES,
    CONNECTORS,
    DASHES,
    DUTCH_ARTICLES,
    EVENT_WORDS,
    FATHERS_NAME_ENDINGS,
    FESTIVALS,
    FIRMS_FORM_AFTER_A_YEAR,
    LAW_WORDS,
    LINKS_IN_OTHER_LANGUAGES,
    NOT_AUTHORS,
    OPENING_ONLY_PARTICLES,
    ORGANISATION_WORDS,
    PARTICLES,
    PATRONYMIC_LINKS,
    SENTENCE_OPENERS,
    SURNAME_JOINERS,
    body_word_opens,
    capitals_unaccented,
    is_a_city,
    is_a_place_of_any_size,
    is_a_place_or_a_village,
    is_a_town,
    is_author_text,
    is_body_then_place,
    is_body_word,
    is_body_word_in_lower_case,
    is_gaelic_infix,
    is_half_of_a_place,
    is_hyphened_term,
    is_lone_letter,
    is_name_word,
    is_numbered_name_word,
    is_place,
    is_region,
    joins_one_persons_names,
    letters_spell,
    links_a_fathers_name,
    looks_like_author,
    name_its_letters_stand_for,
    names_a_firm_and_its_partners,
    names_a_survey,
    names_places_alone,
    one_body_listing_its_fields,
    opens_with_dutch_in,
    slavic_body_name,
    split_abbreviation,
    split_author_list,
    split_et_al,
    without_romanisations,
    written_in_characters,
)
from marker.checks.references.quotations import CLAUSE_WORDS

FIRST_YEAR, LAST_YEAR = 1600, 2035
# Bikram Sambat years run 56 or 57 ahead of the Gregorian ("Letho (2069)" is a Nepali source of 2012): read only where
# the list gives them.
_LAST_BIKRAM_SAMBAT_YEAR = 2099
# Not a decade ("a song by Magool (1970s)"): a year's letter tells one author's works of that year apart.
_YEAR = r"(?:c\.\s*)?(?P<year>\d{4})(?!(?<=0)s\b)(?P<suffix>[a-z])?(?![\w–-])"
_NO_DATE = r"(?P<nodate>n\.\s?d\.?|no\s+date|n/d|nd\b)(?:\s?(?P<nodate_suffix>[a-z])\b)?"
_LOCATOR = (
    r"(?:(?:pp?|pgs?|pages?|paras?|paragraphs?|ch|chap|chapter|sec|section|slides?|fig|figure|table|vol|col"
    r"|loc|min)\.?\s*[\divxlc]+(?:\.\d+)*(?:\s*[-–—]\s*[\divxlc]+(?:\.\d+)*)?)"
)
_YEAR_PIECE = re.compile(
    rf"^(?:{_YEAR}|{_NO_DATE})(?:\s*[:,]?\s*(?P<loc>{_LOCATOR}|\d+(?:\s*[-–—]\s*\d+)?))?\.?$", re.IGNORECASE
)
_LOCATOR_PIECE = re.compile(rf"^{_LOCATOR}$", re.IGNORECASE)
_STATUTE_NUMBER = re.compile(r"\d{4}:\d")
# A number with no "p." or "para.": a page range, or a count written in thousands ("(Census 2021: 519,562)": a
# figure from the census, which no page is).
_BARE_NUMBER = re.compile(r"^\d+(?:\s*[-–—]\s*\d+)?$|^\d{1,3}(?:,\s?\d{3})+$")
_SUFFIX_PIECE = re.compile(r"^[a-z]$")
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}$")
_AUTHOR_YEAR = re.compile(rf"^(?P<author>.*?[^\s,])\s+(?P<rest>(?:{_YEAR}|{_NO_DATE}).*)$", re.IGNORECASE)
_JOINED_LAST = re.compile(r"\sand\s|&|\bet\s?al\b|\bund\b|\bet\b|\bjr\b", re.IGNORECASE)
_CITED_IN = re.compile(r"^(?:as\s+)?(?:cited|quoted|referenced|reported)\s+(?:in|by)\s+(?P<rest>.+)$", re.I)
# What may lead in to a bracket's first work ("see", "e.g.", "according to"), in the order _PREFIX tries them.
_PREFIX_ALTERNATIVES = (
    r"(?:data|figures|statistics)\s+from", r"refer\s+to", "see", "also", r"e\.\s?g\.", "eg", r"cf\.?", r"i\.\s?e\.",
    r"for\s+example", r"for\s+instance", "as", "argued", "noted", "suggested", "discussed", "shown", "outlined",
    # "to" and "by" only in lower case: "(To Vima, 2016)" cites a Greek newspaper by its article and name, "(By Miles
    # Ltd, 2016)" a firm; "source" only in lower case or before a colon: "(Source Global Research, 2023)" cites a firm.
    "described", "defined", "cited", "quoted", "adapted", "according", "based", "(?-i:by)", "(?-i:to)", "from", "on",
    "in",
    "such", "including", "following", "after", "(?-i:sources?)", r"sources?(?=:)", "reported", "with", "and",
    r"drawing\s+on", r"building\s+on",
    "echoing", "summarised", "summarized", "developed", "original", "compare", "compared", "consistent", "contrast",
    "contrasted", "agreeing", "disagreeing", "line", "along", "together", "unlike", "like", "similar", "similarly",
    "especially", "notably", "particularly",
)  # fmt: skip
# A lead-in word joined to a name by "and" or "&" is a surname itself: "(Such and van Buren, 2019)"; one in capitals
# is a name's first word: "(see LINE Taiwan Limited, 2017)", "(AS Watson Group, 2020)".
_PREFIX = re.compile(
    r"^(?:(?-i:(?![A-Z]{2,}\b))(?:" + "|".join(_PREFIX_ALTERNATIVES) + r")(?=[\s,:]|$)(?!\s+(?:and|&)\s)[,:]?\s*)+",
    re.IGNORECASE,
)
# The first words _PREFIX can open with, each up to the white space, comma or colon after it, in lower case: the
# words alone, and those the patterns open with ("e.g.", "i. e.", "for example" and "refer to" open with "e.", "i.",
# "for" and "refer").
# A piece whose first word in ASCII is none of them holds no prefix, and the pattern (a word at a time, in either
# case) is not tried on it.
_PREFIX_HEADS = frozenset(word for word in _PREFIX_ALTERNATIVES if word.isalpha()) | {
    "data", "figures", "statistics", "refer", "e.g.", "e.", "cf", "cf.", "i.e.", "i.", "for", "drawing", "building",
    "to", "by", "source", "sources",
}  # fmt: skip
_WORD_END = re.compile(r"[\s,:]")
# A surname's particle written after it, then "and" and the last author: "van and Schäfer".
_ONE_PARTICLE = "(?:" + "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True)) + ")"
_PARTICLE_THEN_AND = re.compile(rf"{_ONE_PARTICLE}(?:\s+{_ONE_PARTICLE})?\s+(?:and|&)\s+(?P<rest>\S.*)")
_IGNORED_PIECES = frozenset({"online", "[online]", "no page", "n.p.", "np", "unpaginated"})
_BETWEEN_SECONDARY = re.compile(r"^[\s,]*(?:as\s+)?(?:cited|quoted|referenced)\s+(?:in|by)[\s:]*$", re.I)
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
# Words before a place that say where, not whose: "(near Prague, 2013)", "(outside Dhaka, 2019)".
_WHERE_WORDS = frozenset({"near", "around", "outside", "inside", "across", "beyond", "north", "south", "east", "west"})
_NO_BRANDS_FIRST_WORD = _WHERE_WORDS | SENTENCE_OPENERS
# "innocent drinks", "foodpanda Bangladesh", "a2i": a brand written in lower case, its country or figures after it.
_LOWER_NAME = re.compile(r"[a-z][a-z'’&-]*[a-z0-9][a-z0-9'’&-]*(?: [a-z][a-z'’&-]+){0,2}(?: [A-Z][a-z]+)?")
_SENTENCE_END = frozenset({"Ltd.", "Inc.", "Co.", "Corp.", "St.", "plc.", "e.V."})
_DOTTED_PLACES = frozenset({"U.S.", "U.K.", "E.U.", "U.N."})


@dataclass
class _Work:
    """A cited work while its bracket is being read."""

    author_text: str
    year: str
    narrative: bool
    locator: str | None = None
    secondary: bool = False
    extra: dict[str, int] = field(default_factory=dict)
    weak: bool = False  # "(GDPR 2018)": an acronym and a year with no comma may name a law, not cite a work
    one_body: bool = False  # "(Department of Forestry, Fisheries and the Environment, 2019)": its commas are its own


def _year_of(found: re.Match[str]) -> str | None:
    """The year a year piece gives ("2016a", "n.d."), or None for a number that cannot be a year."""
    if found.group("nodate"):
        return "n.d." + (found.group("nodate_suffix") or "")  # "no date a", "n.d.b": two undated works
    year = int(found.group("year"))
    if not FIRST_YEAR <= year <= _LAST_BIKRAM_SAMBAT_YEAR:
        return None
    return found.group("year") + (found.group("suffix") or "").lower()


# A word of letters in any script, perhaps elided ("l'Économie") or joined by a hyphen ("Haut-Commissariat").
_WORD_OF_LETTERS = r"[^\W\d_]+(?:['’-][^\W\d_]+)?"
# A name in sentence case: a capital, then up to a dozen words of letters ("Autorité de la concurrence").
_SENTENCE_CASE_BODY = re.compile(rf"(?=[^\W\d_a-z][^\W\d_]){_WORD_OF_LETTERS}(?:\s+{_WORD_OF_LETTERS}){{2,12}}")
_SHORT_SENTENCE_CASE_BODY = re.compile(rf"(?=[^\W\d_a-z][^\W\d_]){_WORD_OF_LETTERS}(?:\s+{_WORD_OF_LETTERS}){{1,7}}")
# What runs on after a comma inside a body's name in its own language: "des Finances et de la Souveraineté ...".
_SENTENCE_CASE_REST = re.compile(rf"{_WORD_OF_LETTERS}(?:\s+{_WORD_OF_LETTERS}){{1,12}}")
# The rest of a body's name after a comma inside it: "Fisheries and the Environment", "the Environment and Water".
# In other languages too: "Industrie en Toerisme" ("Ministerie van Handel, Industrie en Toerisme").
_REST_OF_A_BODY = re.compile(
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|the|of|for|&))*\s+(?:and|&|en|et|und|y|e|i|og|och)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*"
)


# A body's abbreviation after its name in a bracket's piece: "Haut-Commissariat au Plan (HCP)".
_ITS_ABBREVIATION = re.compile(r"\s+\([A-Z][A-Za-z&]{1,9}\)$")


# A compound's first part whose second part it shares with the next word ("Kommunal- og distriktsdepartementet",
# "Konkurrence- og Forbrugerstyrelsen"): read as a word of letters.
_SUSPENDED_HYPHEN = re.compile(rf"(\w)-(?=\s+(?:{'|'.join(sorted(AND_IN_OTHER_LANGUAGES))})\s)")


def _sentence_case_body(piece: str) -> bool:
    """Whether a bracket's piece names a body in sentence case in its own language ("Autorité de la concurrence"):
    one of that language's small words in it, and no English "and" joining two authors; perhaps with its
    abbreviation after it ("Haut-Commissariat au Plan (HCP)")."""
    piece = _SUSPENDED_HYPHEN.sub(r"\1", _ITS_ABBREVIATION.sub("", piece))
    words = piece.split()
    if "and" in words:
        return False
    links = any(word in LINKS_IN_OTHER_LANGUAGES for word in words[1:])
    if links:
        return _SENTENCE_CASE_BODY.fullmatch(piece) is not None
    # No small word, but a word for a body in any of its languages: "Agropur coopérative", "Crnogorska komercijalna
    # banka AD".
    return (
        any(word[:1].islower() for word in words[1:])
        and any(is_body_word(word) for word in words)
        and _SHORT_SENTENCE_CASE_BODY.fullmatch(piece) is not None
    )


def _author_ok(text: str) -> bool:
    body, _form = split_et_al(text)
    return is_author_text(body)


def _several_words_no_people(name: str) -> bool:
    """Whether names written before a year with no comma are several words that list no people: not "Smith and
    Jones", "Smith et al.", "van Dijk"."""
    body, et_al = split_et_al(name)
    words = body.split()
    return len(words) > 1 and not et_al and not LIST_JOINER.search(body) and words[0].casefold() not in PARTICLES


def _fields_alone(piece: str) -> bool:
    """Whether names joined by "and" are each one word that marks a body ("(Industries and Commerce, 2019)" after a
    Government Order): a department's fields, not people; kept if the list names them. Not "&", which joins a
    firm's or a paper's name ("Mail & Guardian")."""
    if "&" in piece:
        return False
    names = split_author_list(piece)[0]
    return len(names) > 1 and all(" " not in name and is_body_word(name) for name in names)


_FIRMS_YEAR = re.compile(rf"\s\(\d{{4}}\)(?={FIRMS_FORM_AFTER_A_YEAR.pattern})")
_FIRM_WITH_A_YEAR = re.compile(rf"(?P<name>[^()]+?)\s\(\d{{4}}\)(?:{FIRMS_FORM_AFTER_A_YEAR.pattern})")
_NAME_THEN_BRACKETED_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,4})\s\((?P<other>[A-Z][^()]{1,80})\)"
)


def _a_brand_and_its_firm(piece: str) -> bool:
    """Whether a piece is a brand's name and, in brackets, its firm's name with the firm's legal form ("Mobily
    (Etihad Etisalat Co.)"), or a firm's name with its legal form and its brand in brackets ("Koba Colombia S.A.S.
    (Tiendas D1)"), or a paper's name and its country ("La República (Perú)")."""
    found = _NAME_THEN_BRACKETED_NAME.fullmatch(piece)
    if found is None:
        return False
    name, other = found.group("name"), found.group("other")
    return (
        other.split()[-1].casefold() in COMPANY_SUFFIXES
        or name.split()[-1].casefold() in COMPANY_SUFFIXES
        or is_place(other)
    )


def _a_numbered_name_then_its_year(number: str, following: str) -> bool:
    """Whether a number after a name with no comma is the name's, when a year follows after a comma: a later "year"
    before an earlier one ("Vision 2030, 2013"; one author's works run from the earliest) or one long ago ("K6
    1818, 2017"); not "Smith 2019, 2020", two works."""
    year = _YEAR_PIECE.match(following)
    if year is None or not number.isdigit() or not following[:4].isdigit():
        return False
    return int(following[:4]) < int(number) or long_ago(number)


def _a_firms_form_then_year(queue: list[str]) -> bool:
    """Whether the pieces still to read open with a firm's legal form and then a year: ", Inc., 2023"."""
    return (
        len(queue) > 1
        and queue[0].strip().casefold() in COMPANY_SUFFIXES
        and _YEAR_PIECE.match(queue[1].strip()) is not None
    )


def _a_number_in_the_name(piece: str) -> bool:
    """Whether a bracket's name holds a figure ("Channel 4", "Interviewee 12"), not in the letters it gives in
    brackets ("FBI Internet Crime Complaint Center (IC3)") nor in a firm's name with its legal form after it
    ("Integrity360 Ltd", "Smarttech247 Group plc"): a firm's report."""
    body, _letters = split_abbreviation(piece)
    words = body.split()
    if len(words) > 1 and words[-1].casefold() in COMPANY_SUFFIXES:
        return False
    return any(ch.isdigit() for ch in body)


def _parse_pieces(pieces: list[str], seed: str | None) -> list[_Work] | None:
    """Read one bracket segment's comma-separated pieces into works; None when it is not a citation."""
    works: list[_Work] = []
    pending: list[str] = []
    weak = False
    no_comma = False  # the last name read ran on to its year with no comma between ("SFS 2008:486")
    narrative_seed = seed
    first = True
    queue = list(pieces)
    while queue:
        piece = queue.pop(0).strip()
        if first and narrative_seed is None:
            # Only a piece opening with one of _PREFIX_HEADS is tried (one of letters and digits is its first word).
            head = piece if piece.isalnum() else _WORD_END.split(piece, 1)[0]
            unprefixed = (
                piece
                if (head.isascii() and head.lower() not in _PREFIX_HEADS) or opens_with_dutch_in(piece.split())
                else _PREFIX.sub("", piece)
            )
            if not unprefixed:
                continue  # "(for example, Pulizzi, 2014)": the prefix is a piece of its own
            # "(see also van Dam, 2012)": a name may begin with its particle.
            lead = unprefixed.split(" ", 1)[0]
            # "(e.g. @bootsuk, 2025)", "(Source: iSmash, 2019)": or a handle, or a brand in camel case.
            piece = (
                unprefixed
                if unprefixed[:1].isupper()
                or unprefixed[:1] == "@"
                or lead.casefold() in PARTICLES | OPENING_ONLY_PARTICLES
                or is_name_word(lead.rstrip(","))
                or is_numbered_name_word(lead.rstrip(","))  # "(see 21vek.by, 2018)"
                or (is_lone_letter(lead) and " " in unprefixed)  # "(e.g. i News, 2017)"
                else piece
            )
        first = False
        # Letters and digits alone ("Harris", "2019"): no white space or stop, which the initials, "cited in" and
        # name-then-year patterns all need (no character is both a letter or digit and white space).
        plain = piece.isalnum()
        # An initial after a name ("(Smith, J., 2019)") is left out; one first in the bracket, dotted, is a surname
        # ("(K.C., 2015)", "(B.K. and Riyaz, 2013)": Nepali surnames written as their initials).
        initials = not plain and _INITIALS.match(piece) and (pending or not _DOTTED_SURNAME.match(piece))
        if not piece or piece.casefold() in _IGNORED_PIECES or initials:
            continue
        cited = None if plain else _CITED_IN.match(piece)
        if cited:
            if not works or pending:
                return None
            for work in works:
                work.secondary = True
            queue.insert(0, cited.group("rest"))
            continue
        year_piece = _YEAR_PIECE.match(piece)
        if year_piece:
            year = _year_of(year_piece)
            if year is None:
                return None
            if pending:
                authors = ", ".join(pending)
                one_body = len(pending) == 1 and "," in pending[0]
                pending = []
                works.append(_Work(authors, year, narrative=False, weak=weak, one_body=one_body and weak))
                weak = False
            elif narrative_seed is not None and not works:
                works.append(_Work(narrative_seed, year, narrative=True))
            elif works:
                last = works[-1]
                # "(Wimbledon 2011, 2014)": a year after a doubtful name's first is as doubtful; "(Smith, 2019, 2020)"
                # as sure.
                works.append(
                    _Work(last.author_text, year, narrative=last.narrative, secondary=last.secondary, weak=last.weak)
                )
            else:
                return None
            if year[:4].isdigit() and int(year[:4]) > LAST_YEAR:
                works[-1].weak = True  # a Bikram Sambat year ("Letho (2069)"): kept if the list gives it
            if _STATUTE_NUMBER.match(piece) and (no_comma or works[-1].narrative):
                # "(SFS 2008:486)", "Marknadsföringslagen (2008:486)": a statute's number, year and serial joined by a
                # colon, not a year and its page; kept if the list names it. "(Smith, 2008:45)" gives a page.
                works[-1].weak = True
            elif year_piece.group("loc"):
                works[-1].locator = year_piece.group("loc").strip()
            no_comma = False
            continue
        if works and not pending:
            last = works[-1]
            if _SUFFIX_PIECE.match(piece) and last.year[:4].isdigit():
                works.append(_Work(last.author_text, last.year[:4] + piece, last.narrative, None, last.secondary))
                continue
            if _LOCATOR_PIECE.match(piece) or _BARE_NUMBER.match(piece):
                last.locator = piece if last.locator is None else f"{last.locator}, {piece}"
                continue
        author_year = None if plain else _AUTHOR_YEAR.match(piece)
        if author_year and queue and _a_numbered_name_then_its_year(author_year.group("rest"), queue[0].strip()):
            weak = True  # "(Vision 2030, 2013)", "(K6 1818, 2017)": a name's number, then the year; kept if listed
            pending.append(piece)
            continue
        if author_year and queue and _YEAR_PIECE.match(queue[0].strip()) and _LAW_YEAR.search(piece):
            # "(Consumer Rights Act 2015, 2015)": the law's name holds its year; the year after the comma is the
            # citation's.
            weak = True
            pending.append(piece)
            continue
        if author_year and pending and not _JOINED_LAST.search(author_year.group("author")):
            # "(Silver, Great Taste 2016)": names after a comma run on to a year with no "and" before the last, as
            # no list of authors does ("Smith, Jones and Brown 2019"): an award and its event, not a citation.
            return None
        if author_year and _author_ok(author_year.group("author")):
            # "(GDPR 2018)", "(DMA Code 2020)": with no comma, an abbreviation or a law's name may be no author; and
            # a name of several words may be a guide's, an award's or a ranking's edition ("rated five stars (Forbes
            # Travel Guide 2024)"). A list of people ("Smith and Jones 2019", "van Dijk et al. 2019") is read; one
            # word alone ("(Naadam 2019)" after a holiday) as often names an event or a season of that year, and is
            # kept where the list or a sure citation names it ("Smith 2019" then reads as cited).
            author = author_year.group("author")
            weak = _doubtful_name(author) or _several_words_no_people(author) or len(author.split()) == 1
            no_comma = True
            pending.append(author_year.group("author"))
            queue.insert(0, author_year.group("rest"))
            continue
        if _author_ok(piece):
            # "(Channel 4, 2020)", "(Interviewee 12, 2022)": a number in a name is a firm's or a title's, or no
            # author's at all; kept if the list names it.
            # A word of letters alone holds no digit (asked of most names): no look at each character.
            weak = weak or (not piece.isalpha() and _a_number_in_the_name(piece))
            # "(Pre-alpha, 2019)": a word of the language, not a name; kept if the list names it ("Co-op").
            weak = weak or ("-" in piece and is_hyphened_term(piece))  # "The Co-operative Group" is a name
            weak = weak or (not pending and _fields_alone(piece))
            weak = weak or piece.endswith("!")  # "(THINK!, 2000)": a campaign's or a brand's cry; kept if listed
            pending.append(piece)
            continue
        if pending and all(word.casefold() in PARTICLES for word in piece.split()):
            continue  # "(Gilbride-Lyons and Bourgondië, van, 2007)": a surname's particle, written after it
        if pending and (after_particle := _PARTICLE_THEN_AND.fullmatch(piece)) is not None:
            queue.insert(0, after_particle.group("rest"))  # "(Werl-Arnsberg, van and Schäfer, 2011)": the same,
            continue  # then the last author
        if (
            not pending
            and queue
            and _YEAR_PIECE.match(queue[0].strip())
            and (firm := _FIRM_WITH_A_YEAR.fullmatch(piece)) is not None
            and _author_ok(firm.group("name"))
        ):
            pending.append(piece)  # "(Cold Storage Singapore (1983) Pte Ltd, 2019)": the year is the firm's name's
            continue
        if not pending and queue and _YEAR_PIECE.match(queue[0].strip()) and name_its_letters_stand_for(piece):
            pending.append(piece)  # "(CBL (Centraal Bureau Levensmiddelenhandel), 2018)": a body's letters and name
            continue
        if not pending and queue and _YEAR_PIECE.match(queue[0].strip()) and _a_brand_and_its_firm(piece):
            # "(Mobily (Etihad Etisalat Co.), 2022)": a brand, its firm's legal name in brackets; kept if listed.
            weak = True
            pending.append(piece)
            continue
        if queue and _YEAR_PIECE.match(queue[0].strip()) and is_author_text(split_et_al(piece)[0], strict=False):
            # "(Page and Mitera, 2025)": a surname that is also a word, before ", year". One such word alone may be
            # a term ("(GDPR, 2018)", "(KPI, 2022)"): kept if the list or a sure citation names it.
            weak = weak or (not pending and len(split_author_list(split_et_al(piece)[0])[0]) == 1)
            pending.append(piece)
            continue
        if not pending and queue and is_author_text(piece, strict=False) and _authors_then_year(queue):
            # "(Page, Fletcher and Pearce, 2025a)": a surname that is also a word, first in a list of authors.
            pending.append(piece)
            continue
        if pending and (
            # "(Department of Forestry, Fisheries and the Environment, 2019)": the piece after the comma is no
            # author's name alone.
            (queue and _YEAR_PIECE.match(queue[0].strip()) and _REST_OF_A_BODY.fullmatch(piece))
            # "(Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique, 2023)": a
            # body's name in its own language runs on after a comma.
            or (piece.split(" ", 1)[0] in LINKS_IN_OTHER_LANGUAGES and _SENTENCE_CASE_REST.fullmatch(piece))
        ):
            pending[-1] = f"{pending[-1]}, {piece}"  # one body's name, its comma and all; kept if the list names it
            weak = True
            continue
        if not pending and queue and _YEAR_PIECE.match(queue[0].strip()) and _sentence_case_body(piece):
            # "(Commissariat à la protection de la vie privée du Canada, 2016)": French bodies capitalise their first
            # word only; kept if the list names it.
            weak = True
            pending.append(piece)
            continue
        if (
            queue
            and (_YEAR_PIECE.match(queue[0].strip()) or _a_firms_form_then_year(queue))
            and _LOWER_NAME.fullmatch(piece)
            and not pending
            and piece.split()[0] not in PARTICLES
            and not (piece.split()[-1][:1].isupper() and piece.split()[0] in _NO_BRANDS_FIRST_WORD)
        ):
            # "(innocent drinks, 2023)", "(eharmony, Inc., 2023)": a brand written in lower case, or a phrase; kept
            # if the list names it.
            weak = True
            pending.append(piece)
            continue
        return None
    if pending or not works:
        return None  # names without a year: "(NPS)", "(UK GDPR)", "(Harris)"
    return works


def _authors_then_year(pieces: list[str]) -> bool:
    """Whether the pieces name more authors and then a year: the rest of a list of authors."""
    for index, piece in enumerate(pieces):
        if _YEAR_PIECE.match(piece.strip()):
            return index > 0
        if not _author_ok(piece.strip()):
            return False
    return False


_YEAR_AND = re.compile(r"(\d{4}[a-z]?|n\.d\.)\s+(?:and|&)\s+(?=[A-Z])")


def _split_pieces(segment: str) -> list[str]:
    """Comma pieces of a segment, keeping "(CIM)" whole and splitting "2015 and Jones" after a year."""
    if "and" in segment or "&" in segment:  # what the pattern's joining word needs
        segment = _YEAR_AND.sub(r"\1, ", segment)
    if "(" not in segment and ")" not in segment:
        return segment.split(",")  # no bracket: every comma parts pieces, as the loop below would find
    pieces: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in segment:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            pieces.append("".join(current))
            current = []
        else:
            current.append(ch)
    pieces.append("".join(current))
    return pieces


def _brackets(text: str) -> list[tuple[int, int]]:
    """Outermost bracket spans (open index, close index) in text, allowing one level of nesting."""
    spans: list[tuple[int, int]] = []
    if "(" not in text:
        return spans  # most blocks: nothing opens
    depth, opened = 0, -1
    # The brackets in order, each found by a search for its own character (a scan of the text in C, not a match
    # object per bracket); a closing one before the first opening one closes nothing.
    next_open = text.find("(")
    next_close = text.find(")", next_open)
    while next_open >= 0 or next_close >= 0:
        if next_open >= 0 and (next_close < 0 or next_open < next_close):
            if depth == 0:
                opened = next_open
            depth += 1
            next_open = text.find("(", next_open + 1)
            continue
        if depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((opened, next_close))
        next_close = text.find(")", next_close + 1)
    return spans


_TOKEN = re.compile(r"[^\s,]+|,")


_NAME_ENDING_SUFFIXES = COMPANY_SUFFIXES | {"corp", "corp."}
_SENTENCE_PREPOSITIONS = frozenset({"for", "in", "at", "with", "from", "like", "unlike", "to", "within", "across",
                                    "during", "after", "before", "since", "despite", "beyond", "among", "amongst",
                                    "outside", "throughout", "besides", "alongside", "on", "through", "via", "under",
                                    "over", "around", "towards", "toward", "against", "upon", "amid"})  # fmt: skip


# Words of a sentence, never of a body's name between its capitalised words.
_FUNCTION_WORDS = _SENTENCE_PREPOSITIONS | {
    "by", "as", "than", "per", "about", "into", "onto", "and", "or", "but", "nor", "a", "an", "the", "is", "are",
    "was", "were", "be", "that", "which",
}  # fmt: skip


# French and Italian articles and prepositions elided onto the next word: "l'informatique", "dell'economia".
_ELISION = re.compile(r"(?:[ldjmnst]|qu|dell|dall|nell|sull|all)['’](?=[^\W\d_])")


def _lower_case_word(word: str) -> bool:
    """Whether ``word`` is a word of letters in lower case, perhaps after an elided article ("l'informatique")."""
    word = _ELISION.sub("", word, count=1)
    return word.isalpha() and word.islower()


def _opens_a_sentence_case_body(recent: Sequence[tuple[str, int]], index: int, linked: bool = False) -> bool:
    """Whether the words before ``recent[index]``, back over lower-case words and another language's small words
    only, reach a capitalised word for a body that opens the name, with a small word of that language among them,
    the word itself one or one after it (``linked``): "Institut de la statistique du Québec", "Fédération des caisses
    Desjardins du Québec", "Office québécois de la langue française"; not "Riley PLC relied on del Rosario", whose
    lower-case words before "del" hold none."""
    foreign = linked or recent[index][0] in LINKS_IN_OTHER_LANGUAGES
    for back in range(index - 1, max(index - 9, -1), -1):
        word = recent[back][0]
        if word in LINKS_IN_OTHER_LANGUAGES:
            foreign = True
            continue
        if _lower_case_word(word) and word not in _FUNCTION_WORDS:
            continue
        return foreign and word[:1].isupper() and is_body_word(word) and word.casefold() not in SENTENCE_OPENERS
    return False


def _opens_a_slavic_body(recent: Sequence[tuple[str, int]], index: int, kept: Sequence[tuple[str, int]]) -> bool:
    """Whether ``recent[index]``, a lower-case word, lies in a Czech or Slovak body's name in sentence case: back over
    lower-case words to a capitalised one, and on over the words kept after it ("Česká marketingová společnost",
    "Úrad na ochranu osobných údajov Slovenskej republiky")."""
    back = index - 1
    while back >= max(index - 8, 0) and recent[back][0].isalpha() and recent[back][0].islower():
        if recent[back][0] in _FUNCTION_WORDS:
            return False
        back -= 1
    if back < 0 or not recent[back][0][:1].isupper() or recent[back][0].casefold() in SENTENCE_OPENERS:
        return False
    after = []
    for word, _start in reversed(kept):
        if not word.isalpha():
            break
        after.append(word)
    return slavic_body_name([word for word, _start in recent[back : index + 1]] + after)


def _small_words_then_lower_case(kept: Sequence[tuple[str, int]]) -> bool:
    """Whether the words kept after a lower-case word (nearest last) open on another language's small words and then
    a lower-case word: "québécois" before "de la langue française" is inside a body's name; "on" before "del
    Rosario", a particle and a surname, is not."""
    linked = False
    for word, _start in reversed(kept):
        if word in LINKS_IN_OTHER_LANGUAGES:
            linked = True
            continue
        return linked and word.islower()
    return False


def _list_commas(kept: list[tuple[str, int]]) -> list[int]:
    """Where the commas of a run of names stand, less those before a firm's suffix: "Hasbro, Inc.", "The Hongkong and
    Shanghai Hotels, Limited" are one firm's name, and the one between a body and its country."""
    commas = [
        i for i, (token, _start) in enumerate(kept)
        if token == "," and not (i + 1 < len(kept) and kept[i + 1][0].casefold() in COMPANY_SUFFIXES)
    ]  # fmt: skip
    if commas and 0 < len(kept) - commas[-1] - 1 <= 5:  # a country's name, or "Federal Government of Somalia"
        # "Department of Census and Statistics, Sri Lanka (2023)": a body and the country it serves, one author,
        # after whatever the sentence put first ("Writing about Bo, Ministry of Commerce and Industry, Liberia").
        words = [token for token, _start in kept]
        body = words[commas[-2] + 1 if len(commas) > 1 else 0 : commas[-1]]
        if is_body_then_place(" ".join(body), " ".join(words[commas[-1] + 1 :])):
            return commas[:-1]
    return commas


def _never() -> bool:
    return False


def _a_participle(word: str) -> bool:
    """Whether a capitalised word opening a phrase is a participle ("Writing on Eritrea, ..."); not "According",
    which brings in the authors themselves."""
    return word.endswith("ing") and word.isalpha() and word != "According"


def _outside_author_list(
    kept: list[tuple[str, int]],
    verb_follows: bool,
    word_before: str = "",
    says: Callable[[], bool] = _never,
    in_an_opening_phrase: Callable[[], bool] = _never,
) -> int:
    """How many leading tokens of a run of names before a bracket belong to the sentence, not the author list.

    A list of authors joins its names by commas with one "and" before the last, so a comma-separated piece
    with its own "and" ends an earlier list ("For Ball, Williams and Smith, Coleman and Green (1986) found"),
    and a company's suffix ends a company's name ("Richardson Inc. Bhatia (2019)"). A sentence that opens
    with a preposition and whose bracket is followed by the verb puts the preposition's object before the
    first comma: in "For Parkes-Smith, Szołtysik and Erdmann (1998) found", the finding is not Parkes-Smith's.
    ``word_before`` is the word just before the run, which may be that preposition ("During Clearing, ...").
    A participle's phrase does the same when a verb of saying follows (``says``): "Looking at Harbour Mall, Duval
    and Rakoto (1999) add", not "Applying the framework of Vidal, de Castro and Prat (2005) to Consum".
    """
    cut = 0
    commas = _list_commas(kept)
    for comma in commas:
        # An "and" between two names of the piece, not one opening it ("as do Evans (2020) and de Wit, Li and Ma").
        if any(token in {"and", "&"} for token, _start in kept[cut + 1 : comma]):
            cut = comma + 1
    for index, (token, _start) in enumerate(kept[:-1]):
        following = kept[index + 1][0]
        if following == "," and index + 2 < len(kept):
            following = kept[index + 2][0]  # "Capcom Co., Ltd.": a suffix after a comma runs the name on as well
        if following in {"&", "de"} or following.casefold() in _NAME_ENDING_SUFFIXES or following[:1] == "(":
            # "Becker Automation GmbH & Co. KG", "On-Pack Recycling Label Ltd (OPRL)", "Grupo Bimbo, S.A.B. de C.V.":
            # the name runs on.
            continue
        if token == "Co." and index > 0 and kept[index - 1][0] == "&":
            continue  # "Abu Ghazaleh & Co. Consulting": "& Co." is inside a firm's name, which runs on
        # A legal form in capitals opening the run ends no firm's name: it opens one, as some countries write it
        # ("SARL Ibrahim & Fils", "SPA Cevital"); one in lower case or with stops ends a sentence ("... its
        # subsidiary as a d.o.o. As Marković (2010) shows").
        opens_a_name = index == cut and token.isupper() and "." not in token
        # After a surname's particle the word is the surname: "de Sa", "da Ag" (no firm's form follows "de").
        after_a_particle = index > 0 and kept[index - 1][0] in PARTICLES
        # After "&" a capitalised word opens the name's next part: "Hotel Splendid Conference & Spa Resort" (not SpA).
        after_an_ampersand = index > 0 and kept[index - 1][0] == "&" and token.istitle()
        if (
            index >= cut
            and not opens_a_name
            and not after_a_particle
            and not after_an_ampersand
            and token.casefold() in _NAME_ENDING_SUFFIXES
        ):
            cut = index + 1 + (kept[index + 1][0] == ",")
    opener = kept[0][0] if kept else ""
    phrase_opener = False
    if word_before[:1].isupper() and (opener[:1].isupper() or opener in CONNECTORS):
        opener = word_before  # "During Clearing, ...", "In the case of Revolut, ..." (see ``_opening_word``)
        # "Looking at IBL, Li Kwong Ken and Sooklall (2023) adds": a participle and its preposition open the
        # sentence as a preposition does; "According to" brings in the authors themselves.
        phrase_opener = _a_participle(opener) and says()
    opens_with_a_phrase = opener[:1].isupper() and (opener.casefold() in _SENTENCE_PREPOSITIONS or phrase_opener)
    if cut == 0 and commas and verb_follows and opens_with_a_phrase:
        cut = commas[0] + 1
    if cut == 0 and commas:
        # "Writing about France, Barth, Dawson and Kapur (2018) found", "as in Mauritius, Ah-Kiow, Jugnauth and
        # Ramkalawan (2017)": a place is no author of the list after it.
        place = [token.casefold() for token, _start in kept[: commas[0]] if not token.islower()]
        # "Writing on Eritrea, Seid and Gebreslassie (2024)": a participle and its preposition ("on" may sit inside
        # a name, and so is kept with the names) before the place.
        participle = len(place) > 1 and place[0].endswith("ing") and kept[1][0] in CONNECTORS
        if participle:
            place = place[1:]
        # "Writing on Gbarnga, Jobe and Adeyemi (2012) observed": what the participle's preposition governs ends at
        # the comma, a place marker knows or not, where a verb of saying has the list after it as its subject.
        governs = participle and _a_participle(kept[0][0]) and verb_follows and says()
        # "West, Wilson and Condron (1984) argue", "Jordan, Harding and Galle's (2022) research": a place's one word
        # opening the sentence, with no preposition before it ("the West", "In Jordan"), is a surname.
        alone = len(place) == 1 and not word_before
        if (place and is_region(place) and not alone) or governs:
            cut = commas[0] + 1
    # "In a study of consumers in Tuzla, Lefèvre and Mitreski (2018) found": a sentence opening with a preposition's
    # phrase ends it at the comma, and the list after is the verb's subject; the name "in" governs before the comma
    # is a place, whatever the place (not "the analysis in Geraghty, von Beyme and Gatenby (1996) indicates", nor
    # Dutch "in 't Veld, ...").
    lead = 1 if kept and kept[0][0] in _WHERE_PREPOSITIONS else 0
    governed = bool(lead) or word_before in _WHERE_PREPOSITIONS
    where = kept[lead : commas[0]] if commas else []
    if (
        cut == 0
        and verb_follows
        and governed
        and 0 < len(where) <= 2
        and all(token[:1].isupper() for token, _start in where)
        and in_an_opening_phrase()
    ):
        cut = commas[0] + 1
    return cut


_WHERE_PREPOSITIONS = frozenset({"in", "across", "throughout", "within", "outside"})


# The words a law's name opens on before "of" or "on", as laws are named in English translation.
_A_LAWS_FIRST_WORDS = frozenset(
    {"Law", "Decree", "Sub-Decree", "Regulation", "Ordinance", "Directive", "Resolution", "Proclamation", "Prakas"}
)


def _doubtful_name(author_text: str) -> bool:
    """Whether names before "(year)" may well be no author: an abbreviation alone ("PECR (2003)", "the GDPR
    (2018)") or a law ("Consumer Rights Act (2015)"). Such a reading is kept only if the reference list names it."""
    return _doubt_about_name(author_text) is not None


def _doubt_about_name(author_text: str) -> str | None:
    """Why names before "(year)" may well be no author: "abbreviation", "law", "numbered", "handle", "exclaimed",
    "term", or None."""
    words = split_et_al(author_text)[0].split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not words:
        return None
    if len(words) > 1 and _LAW_YEAR.search(" ".join(words[-2:])):
        words = words[:-1]  # "Equality Act 2010 (2010)"
    last = words[-1]
    if last == last.capitalize() and last.casefold() in LAW_WORDS:  # "Act", not "act" nor "ACT"
        return "law"
    if len(words) > 2 and words[0] in _A_LAWS_FIRST_WORDS and words[1] in {"of", "on", "No.", "concerning"}:
        # "Law of Georgia on Personal Data Protection (2023)", "Law on Advertising (2003)", "The Sub-Decree on Digital
        # Payments (2024)"
        return "law"
    if "v" in words[1:-1] or "v." in words[1:-1]:
        return "law"  # "Castlegate Homes v Carbery (2020)": a court case, cited only where the list gives it
    # "Channel 4 (2020)", "Jet2 plc (2021)"; not a figure in the body's letters ("... Center (IC3) (2023)").
    if any(ch.isdigit() for word in words if word[:1] != "(" for ch in word):
        return "numbered"
    if any(_account_or_site(word) for word in words if word.casefold() not in PATRONYMIC_LINKS):
        return "handle"  # "site_admin (2020)", "asos.com (2023)": an account or a site, cited only if listed
    if last.endswith("!") and len(last) > 1:
        return "exclaimed"  # "THINK! (2000)", "Yahoo! (2019)": a campaign's or a brand's cry, cited only if listed
    if len(words) == 1 and is_hyphened_term(last):
        return "term"  # "Phase 1 (Pre-alpha, 2019)": a word of the language, cited only if listed ("Co-op")
    if len(words) == 1 and last.endswith(".") and len(last) > 2 and not _INITIAL.fullmatch(last):
        return "abbreviation"  # "(Stb. 2010, 19)", "(BGBl. 2018, 123)": a gazette's issue, cited only if listed
    return "abbreviation" if all(_ACRONYM.fullmatch(word) for word in words) else None


def _account_or_site(word: str) -> bool:
    """An account's name with an underscore, not after "@" or Reddit's "u/" (those are surely accounts), or a site's
    address in lower case."""
    return ("_" in word and word[:2].casefold() != "u/" and word[:1] != "@") or (
        word.islower() and "." in word and word not in COMPANY_SUFFIXES  # "Festi hf.": a firm's form, not a site
    )


_AN_ARTICLE_BEFORE = re.compile(r"\b(?i:an?)\s+$")
_RULES_VERB = re.compile(r"\s+(?:\w+ly\s+|also\s+|still\s+)?(?:appl(?:y|ies|ied)|sets?)\b", re.IGNORECASE)


def _abbreviation_writes(text: str, start: int, closed: int) -> bool:
    """Whether what follows an abbreviation's "(year)" makes it an author: a reporting verb ("DCMS (2021) found
    that") or, after a possessive, a word for a work ("GWI's (2018) findings"). A law or a standard named by its
    initials governs, applies or requires; it does not find, argue or report, and has no findings. After "a" or
    "an" the abbreviation is a noun, or the end of a longer name ("The Diary of a CEO (no date) defines")."""
    if _AN_ARTICLE_BEFORE.search(text, max(start - 4, 0), start):
        return False
    if _LETTERS_LEAD_IN.search(text, max(start - 30, 0), start):
        return True  # "Drawing on AAMI (2018), this report assumes": the words before it name a source
    after = text[closed + 1 :]
    if _verb_after(after):
        return _RULES_VERB.match(after) is None  # "PECR (2003) applies to", "PAS (2019) sets out": what rules do
    following = _NEXT_WORD.match(after)
    return (
        following is not None
        and following.group(1).casefold() in _WORK_NOUNS
        and _POSSESSIVE_END.search(text[: text.rfind("(", 0, closed)].rstrip()) is not None
    )


# Words that name what follows them as a source read: "according to", "drawing on", "data from".
_LETTERS_LEAD_IN = re.compile(
    r"\b(?:according\s+to|drawing\s+on|building\s+on|relying\s+on|based\s+on|citing|cited\s+in|quoting"
    r"|(?:data|figures|research|findings|statistics|reports?|surveys?)\s+(?:from|by|of))\s+$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# A law's name ending in its year: "Consumer Rights Act 2015", "Food Information Regulations 2014".
_LAW_YEAR = re.compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in LAW_WORDS)) + r")\s+\d{4}$")

_POSSESSIVE_END = re.compile(r"['’]s?$")


def _names_a_thing(before: str, after: str) -> bool:
    """ "Share a Coke (2011) campaign", "the Cannes Lions (2022) festival": a name whose bracket is followed by
    a noun for an event, a campaign or a product names that thing, not an author. A possessive ("Porter's
    (1985) model") is an author's."""
    following = _NEXT_WORD.match(after)
    return (
        following is not None
        and following.group(1).casefold() in EVENT_WORDS
        and not _POSSESSIVE_END.search(before.rstrip())
    )


_TAIL = 80  # how far before a name or a bracket the patterns anchored there look
_AFTER_AN_AWARD = re.compile(r"\b(?i:gold|silver|bronze|platinum|grand\s+prix)(?:\s+[A-Z][\w'’-]*){0,2}\s*$")
_AFTER_AN_EVENT = re.compile(
    r"(?:[A-Z][\w'’-]*\s+(?P<name>[A-Z][a-z]+)|[’'”\"]\s+(?:campaign|advert|ad|commercial|slogan|tagline|jingle|strapline))\s*$"
)
_TREND_WORDS = ("trend", "trends", "meme", "memes", "challenge", "craze", "fad", "hashtag")
_AFTER_A_TREND = re.compile(r"\b(?:" + "|".join(_TREND_WORDS) + r")\s*$", re.I)
# A match ends where the text does but for white space, on the last three letters of one of those words in either
# case ("ſ" is an "s" to a case-blind pattern), and starts no further back than the longest word: the pattern is tried
# there only, not at every place in the 80 characters before a bracket (see ``_after_a_trend``).
_TREND_ENDS = frozenset(word[-3:] for word in _TREND_WORDS)  # "ſ" is "s" to casefold() too, and one letter
_TREND_LENGTH = max(len(word) for word in _TREND_WORDS)
_WHEN_WORDS = re.compile(r"\b(?:during|around|throughout|ahead of|after)(?:\s+the)?\s*$", re.I)
_WHERE_WORD = re.compile(r"\bat(?:\s+the)?\s*$", re.I)
# "Kalleh was founded in Amol (1991)": where something began, and when.
_BEGAN_IN = re.compile(
    r"\b(?:founded|established|set\s+up|started|opened|launched|born|based|headquartered|incorporated|tested|piloted|"
    r"trialled|trialed)\s+in\s*$",
    re.I,
)
# "Zambeef was founded by Carl Irwin and Francis Grogan (1994)": the founders and the year they began, not authors.
_FOUNDED_BY = re.compile(r"\b(?:founded|co-founded|established|set\s+up|started|owned)\s+by\s*$", re.I)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A plural noun and a word bringing in its examples ("films such as", "brands like", "apps including"): the
# noun says what kind of thing the names after it are. Only producers of sources make them cited authors.
# The example's name may begin before the words read as a name ("Campaigns such as Like a Girl (2014)", "events such
# as the Dam tot Damloop (1985)"), and an article may stand before it ("events such as the Great North Run").
# The examples may come after others of the same kind, each with its year: "titles such as This War of Mine (2014)
# and Frostpunk (2018)".
_EXAMPLES_OF = re.compile(
    r"\b([A-Za-z]+s|media|people)\s+(?:such\s+as|like|including|e\.\s?g\.,?)(?:\s+(?:the|an?))?"
    r"(?:\s+[^()\n]{1,40}?\s\((?:1[6-9]|20)\d\d\)(?:,|\s+(?:and|or)|,\s+(?:and|or)))*"
    r"(?:\s+[A-Z][\w'’-]*\s+[a-z]{1,3})?\s*$",
    re.I,
)
_SOURCE_KINDS = _words(
    """authors writers researchers scholars academics commentators theorists thinkers experts analysts critics
    economists psychologists sociologists consultants consultancies practitioners marketers strategists gurus
    studies sources reports papers articles surveys texts textbooks books works publications journals reviews
    bodies organisations organizations agencies institutes institutions firms companies associations charities
    regulators governments departments others people media outlets newspapers websites blogs commentaries
    analyses findings models frameworks theories definitions"""
)
# A title given as an example of such a kind: "films such as The Social Dilemma", "shows like Clarkson's Farm".
_EXAMPLE_NAMED = re.compile(
    r"\b([A-Za-z]+s|media|people)\s+(?:such\s+as|like|including)\s+"
    r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|the|and|&|a|an|in|on|at|to|for)\s+)*)*[A-Z][\w'’&.-]*\s*$"
)
# A quoted span ending just before a bracket: "‘Wake Me Up’ (Avicii, 2013)". The opening mark follows a space, a
# bracket or a dash; inside, a closing mark may only be an apostrophe within a word ("Don’t").
_QUOTED_BEFORE = re.compile(r"(?:^|[\s(\[—–-])[‘“'\"«„‚](?P<quoted>(?:[^‘“’”'\"«»„‚\n]|[’'](?=\w)){1,100})[’”'\"»]\s*$")
_CLOSING_MARKS = frozenset("’”'\"»")
# Times have no makers either: "national moments such as Koningsdag (Het Financieele Dagblad, 2021)" cites the claim.
_KINDS_OF_TIME = _words("moments occasions holidays days dates seasons periods times weekends months")
_KINDS_OF_PLACE = _words(
    """cities towns villages countries nations states regions provinces districts counties markets capitals
    economies islands areas"""
)
_EXAMPLE_WORDS = ("such", "like", "including")  # one must be in the text for _EXAMPLE_NAMED to match
_EXAMPLE_HINTS = ("such", "like", "including", "e.g", "e. g")  # and for _EXAMPLES_OF, in any case
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CAMEL_CASE_NAME = re.compile(r"[a-z]{1,4}[A-Z]")  # "tvN", "eBay", "iHeartMedia"
_ONE_MAKER = re.compile(r"\band\b|\bet al\b")  # what a credit holds none of: its maker is one
_NAME_AND_YEAR = re.compile(r"[^,\d;]+,\s*(?:1[6-9]|20)\d\d[a-z]?")  # "Lavazza (Torino, 1895)": old years too


# Longer words title case leaves in lower case ("Freed from Desire", "Bridge over Troubled Water"); any other
# word of four letters or more in a title is capitalised.
_MINOR_TITLE_WORDS = frozenset({"from", "into", "onto", "over", "than", "upon", "with", "like"})


def _ends_in_quoted_title(before: str) -> bool:
    """Whether text ends in a quoted title, every main word capitalised ("‘Don’t Stop Me Now’", "‘Love Island x
    Boots’"): a song, an advert, a campaign or a slogan. A quotation from a source is a phrase or a sentence."""
    if before.rstrip()[-1:] not in _CLOSING_MARKS:
        return False  # the pattern below is tried at every place in the text: most brackets follow no quotation
    found = _QUOTED_BEFORE.search(before)
    if found is None:
        return False
    quoted = found.group("quoted").strip()
    words = _TITLE_WORD.findall(quoted)
    if not words or len(words) > 10 or quoted[-1:] in ".?!,;:":
        return False
    if before[: found.start()].rpartition(" ")[2].casefold() in _MADE_THING_KINDS:
        return True  # "the telethon «Yedyni novyny»": a title in sentence case after its kind
    return all(
        word[0].isupper() for word in words if (len(word) >= 4 and word not in _MINOR_TITLE_WORDS) or word is words[0]
    )


_SENTENCE_STOPS = frozenset({".", "!", "?", ":", ""})  # "": the text starts there
_LAST_WORD = re.compile(r"(?<![\w'’.-])([A-Z][\w'’&+-]*)\s*$")


# A product's name with a lower-case letter and no figure ("Python", "XGBoost", not "Q3" nor "NPS"), then its version.
_VERSIONED_NAME = re.compile(r"(?:^|\s)[A-Z][A-Za-z+#-]*[a-z][A-Za-z+#-]*\s+v?\d+(?:\.\d+)+$")


# Not the days: "Black Friday", "Cyber Monday" and "Good Friday" are events.
_MONTHS = _words("january february march april may june july august september october november december")


def _ends_in_proper_name(before: str) -> bool:
    """Whether text ends on a capitalised word that is no abbreviation: "The Traitors", "Outlander", "Bauma".
    A claim's citation follows the claim's last word ("... than price (Smith, 2019)"); one name and a year just
    after a name say who made the thing named, where or when ("The Traitors (BBC, 2019)", "shown at Bauma
    (Munich, 2019)"). An abbreviation is a place or a body where a claim holds ("in the UK (ONS, 2021)")."""
    kept = before.rstrip()
    if kept[-1:].isdigit() and _VERSIONED_NAME.search(kept) is not None:
        return True  # "written in Python 3.10 (Jupyter, 2019)": a product's version, then who made it and when
    # The word holds no white space, so it lies in the last run without any: the pattern is tried from there
    # rather than at every place (searched in ``before`` itself, so that its look-behind sees the gap before it).
    found = _LAST_WORD.search(before, len(kept) - len(kept.rsplit(None, 1)[-1])) if kept else None
    if found is None:
        return False
    if found.group(1).endswith(("'", "’")):
        # A short quoted name ("'Vorsprung durch Technik' (Audi UK, 1982)") is credited; a quotation's passage
        # ("‘... such as Mailchimp’ (Smith, 2019)") is followed by its citation.
        quoted = _QUOTED_BEFORE.search(before)
        return quoted is not None and len(_TITLE_WORD.findall(quoted.group("quoted"))) < CLAUSE_WORDS
    if found.group(1).casefold() in SENTENCE_OPENERS and before[: found.start(1)].rstrip()[-1:] in _SENTENCE_STOPS:
        return False  # "Research (YouGov, 2016) shows": a sentence's first word, capitalised as the sentence is
    if found.group(1) in _SEQUEL_NUMBERS:
        return True  # "Kingdom Come: Deliverance II (Warhorse, 2025)": a sequel's number ends its title
    if found.group(1).casefold() in _MONTHS:
        return False  # "purchases that would otherwise happen in January (Mintel, 2017)": a claim's time, cited
    last = found.group(1).casefold()
    if last in _NAMES_NO_ONE_MAKES and _LOWER_CASE_WORD_BEFORE.search(before, 0, found.start(1)):
        # "campaigns that respect Tamazight (Bensalem, 2019)", "especially during Ramadan (INTT, 2012)", "performs
        # better on Facebook (Veiga, 2021)": a language, a festival or a platform named in passing has no maker, so
        # the bracket cites the claim that ends on it.
        return False
    if kept.rsplit(None, 1)[0].endswith(("and", "or")) and _A_LIST_OF_NAMES.search(kept) is not None:
        return False  # "switch between Vodacom, Movitel and Tmcel (Mussa, 2007)": a claim ends on names it lists
    # An abbreviation, or its plural ("for SMEs (Ethiopian Investment Commission, 2008)"): a common noun ends the
    # claim. Not a counted plural: "recruited in 46 LGAs (South-South, 1995)" says where they lie.
    letters = found.group(1)
    if len(letters) > 2 and letters.endswith("s") and not _A_FIGURE_BEFORE.search(before, 0, found.start(1)):
        letters = letters[:-1]
    return not (letters.isupper() and len(letters) <= 5)


_A_FIGURE_BEFORE = re.compile(r"\d\s+$")


_LOWER_CASE_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z][\w'’-]*\s+$")
_NAMES_NO_ONE_MAKES = FESTIVALS | _words(
    """arabic darija tamazight berber kabyle french english spanish portuguese swahili kiswahili hindi urdu bengali
    bangla tamil telugu marathi gujarati punjabi māori maori samoan tongan creole kriolu changana afrikaans zulu
    xhosa yoruba igbo hausa amharic somali tagalog filipino malay mandarin cantonese welsh gaelic german italian
    turkish persian farsi kurdish russian ukrainian polish romanian hungarian greek hebrew khmer lao thai vietnamese
    burmese indonesian japanese korean mongolian kazakh uzbek nepali sinhala pashto dari tigrinya oromo kinyarwanda
    lingala wolof shona setswana malagasy dutch flemish swedish danish norwegian finnish icelandic czech slovak
    serbian croatian bulgarian albanian armenian georgian estonian latvian lithuanian maltese catalan basque
    galician irish quechua guarani aymara
    christmas easter carnival carnaval
    facebook instagram tiktok youtube whatsapp linkedin twitter snapchat pinterest wechat telegram"""
)
# Three or more names listed at a claim's end: "between Vodacom, Movitel and Tmcel".
_A_LIST_OF_NAMES = re.compile(
    r"(?:^|\s)[A-Z][\w'’&+-]*,\s(?:[A-Z][\w'’&+-]*,\s)*[A-Z][\w'’&+-]*,?\s(?:and|or)\s[A-Z][\w'’&+-]*$"
)
# Where a claim holds, at its end: "... particularly in rural Ireland", "across Nigeria".
_IN_A_COUNTRY = re.compile(
    r"\b(?:in|across|throughout|within|outside|of|from)\s+(?:(?:rural|urban|northern|southern|eastern|western|central|"
    r"the)\s+)*(?:(?P<other>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+and\s+)?(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)$"
)


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s+$")
_COUNTRIES_BY_KIND = frozenset({"kingdom", "republic", "emirates", "sultanate", "federation", "commonwealth", "union"})
_AN_EVENTS_VERB = re.compile(
    r"\b(?:began|begun|begin|begins|start(?:s|ed)?|launch(?:es|ed)?|open(?:s|ed)|held|founded|established|based|"
    r"headquartered|tested|piloted|trial(?:l?ed)|rolled\s+out|went\s+live|took\s+place|ran|built|listed|sold)\b"
)


def _a_place_or_city(name: str) -> bool:
    """Whether a name is a place the gazetteer knows (a country, a continent, a region) or a city of 100,000 people."""
    return is_place(name) or is_a_city(name)


def _a_claim_ends_in_a_country(tail: str, content: str) -> bool:
    """ "Consumers are loyal, particularly in rural Ireland (Krishnamurthy, 2007)": a claim ending on the country or
    city where it holds is cited like any other claim, unless the bracket names a place too ("launched in Kenya
    (Nairobi, 2019)")."""
    found = _IN_A_COUNTRY.search(tail.rstrip())
    if found is None:
        return False
    place = found.group("place")
    # "... for each region of the Kingdom (Kantar, 2021)": a country called by its kind, as its people call it; "in
    # Thessaloniki": a city of 100,000 people or more, though no capital.
    if not _a_place_or_city(place) and not (place.casefold() in _COUNTRIES_BY_KIND and " the " in found.group(0)):
        return False
    if found.group("other") is not None and not _a_place_or_city(found.group("other")):
        return False  # "in Monterrey and Guadalajara": two places; "in Tiffany and Tokyo" is not
    if _CAPITALISED_BEFORE.search(tail, 0, found.start()):
        return False  # "Emily in Paris (Netflix, 2020)": the place ends a title, and the bracket credits its maker
    if _AN_EVENTS_VERB.search(tail, max(found.start() - 40, 0), found.start()):
        return False  # "5G trials began in Erbil (Korek, 2024)": who ran what happened there, and when
    name = content.split(",", 1)[0].strip()
    return is_half_of_a_place(name) or (not is_place(name) and not is_region(name.casefold().split()))


_SEQUEL_NUMBERS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})


# "Marcus Rashford's partnership with Shein (2021)": the year says when a deal was struck, not who wrote.
_A_DEAL_WITH = re.compile(
    r"\b(?:partnership|partnerships|collaboration|collab|deal|tie-up|merger|sponsorship|contract|agreement)\s+"
    r"(?:with|between|of|by)\s+$",
    re.IGNORECASE,
)
# "Memes based on Oppenheimer (2023)": things made from a film, a show or a brand of that year.
_MADE_FROM = re.compile(
    r"\b(?:memes?|posts?|videos?|ads|adverts?|advertisements?|merch|merchandise|costumes?|games?|parod(?:y|ies)|"
    r"remix(?:es)?|spin-offs?|filters?|recipes?|flavours?|flavors?|designs?|collections?|ranges?|tie-ins?|"
    r"promotions?|trends?|content)\s+(?:based\s+on|inspired\s+by|themed\s+(?:on|around)|referencing)\s+$",
    re.IGNORECASE,
)

# "A cover of Despacito (2017)", "a remake of Dune (2021)": a version of a song, a film or a show of that year.
_A_VERSION_OF = re.compile(
    r"\b(?:covers?|remix(?:es)?|remakes?|parod(?:y|ies)|sequel|prequel|renditions?|performances?|screenings?|"
    r"trailers?|episodes?|soundtrack|lyrics|spin-offs?)\s+of\s+$",
    re.IGNORECASE,
)
# "The site appeared in Countryfile (2020)", "featured on Dragons' Den (2019)": a programme it was seen in.
_APPEARED_IN = re.compile(
    r"\b(?:appeared|appears|appearing|appearance|appearances|featured|featuring|starred|starring|aired)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)


# The words all the patterns above end on, before the name: most names follow none of them.
_MADE_WITH_OR_BY_ENDINGS = frozenset({"by", "with", "between", "of", "on", "in", "around", "referencing"})


def _made_with_or_by_a_name(text: str, name_start: int) -> bool:
    """Whether the words before a narrative citation's names say a thing was made by, with or from what they
    name ("'Freed from Desire' by Gala (1996)", "partnership with Shein (2021)", "memes based on Oppenheimer
    (2023)", "a cover of Despacito (2017)", "appeared in Countryfile (2020)"): a maker, a partner, a source or a
    programme of that year, and a citation only if the reference list names it."""
    start = max(name_start - _TAIL, 0)
    before = text[start:name_start]
    if before.endswith(" The "):  # "'Mr Brightside' by The Killers (2004)": the name is read without its article
        name_start -= 4
        before = before[:-4]
    last = before.rsplit(None, 1)[-1:]
    if not last or (last[0].isascii() and last[0].lower() not in _MADE_WITH_OR_BY_ENDINGS):
        return False  # the patterns are tried at every place in the window: ask first whether any can end here
    return (
        _made_by_after_a_title(before)
        or _A_DEAL_WITH.search(text, start, name_start) is not None
        or _MADE_FROM.search(text, start, name_start) is not None
        or _A_VERSION_OF.search(text, start, name_start) is not None
        or _APPEARED_IN.search(text, start, name_start) is not None
    )


# Words saying which one of a recurring thing is meant: "the last Census (2021)", "The latest Budget (2024)".
_WHICH_ONE = re.compile(
    r"(?:^|\s)(?i:the)\s+(?:most\s+recent|last|latest|previous|next|first|recent|current|upcoming)\s+$"
)


def _a_thing_after_the(before: str, author_text: str, after: str) -> bool:
    """Whether one capitalised word follows a lower-case "the" ("the success of the Clubcard (1995)") or "the"
    and a word saying which one ("The last Census (2011) shows"): a thing of that year, not an author; a body's
    name ("the Guardian (2019)") is an author's, and so is one whose work follows ("the latest Ofcom (2023)
    report")."""
    if " " in author_text:
        return an_events_edition(before, author_text, after)
    if author_text.casefold() in ORGANISATION_WORDS or author_text.isupper():
        return False
    if before.endswith(" the "):
        return True
    return _which_one_and_no_work(before, after)


def an_events_edition(before: str, author_text: str, after: str) -> bool:
    """Whether an event's name of several words follows "the" and a word saying which edition: "The first Edinburgh
    International Festival (1947) set the model" gives the year it was held, not a source (unless its work follows,
    "the latest Retail Week Awards (2024) report")."""
    return author_text.rsplit(" ", 1)[-1].casefold() in EVENT_WORDS and _which_one_and_no_work(before, after)


def names_an_events_edition(text: str, citation: Citation) -> bool:
    """``an_events_edition`` for a narrative citation in its block's ``text``."""
    before = text[max(citation.start - _TAIL, 0) : citation.start]
    return citation.narrative and an_events_edition(before, citation.author_text, text[citation.end :])


def _which_one_and_no_work(before: str, after: str) -> bool:
    following = _NEXT_WORD.match(after)
    return _WHICH_ONE.search(before) is not None and not (
        following is not None and following.group(1).casefold() in _WORK_NOUNS
    )


# Kinds of made thing whose name may follow their word in apposition: "the film The Social Network (2010)", "the
# song Sweet Caroline (1969)". Nothing of these kinds writes what a report cites (a podcast, a book or a video may
# be cited by its title, so they are not among them).
_MADE_THING_KINDS = EVENT_WORDS | _words(
    """film films movie movies documentary documentaries show shows programme programmes program song songs album
    albums single track tracks novel play musical game games character mascot telenovela telenovelas novela novelas
    sitcom soap drama dramas anime manga telethon"""
)
# The title's own article may be another language's: "the series La Casa de las Flores (2018)"; the kind may follow
# its genre's letters ("the BL series 2gether").
_KIND_BEFORE = re.compile(
    r"(?:^|\s)(?i:the|a|an|its|their|his|her|our)\s+(?:\d{4}\s+|[A-Z]{2,4}\s+)?([a-z]+)\s+"
    r"(?:(?:The|La|El|Los|Las|Le|Les|Il|Lo|Die|Der|Das|De|Het|O|Os|As)\s+)?$"
)


def words_before(text: str, start: int) -> str:
    """The words just before a name starting at ``start``: the few that tell what the name is."""
    return text[max(start - 40, 0) : start]


def named_after_its_kind(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a word for the kind of thing it names, in apposition ("the
    film The Social Network (2010) shows"): a title, not an author."""
    found = _KIND_BEFORE.search(words_before(text, start))
    return found is not None and found.group(1) in _MADE_THING_KINDS


def _a_title_after_its_kind(text: str, opened: int) -> bool:
    """Whether the words just before a bracket are a title of up to four words after its kind ("the drama Parizaad",
    "the film The Social Network", "the BL series 2gether")."""
    end = opened  # where the words before the bracket end, found without copying all the text before it
    while end and text[end - 1].isspace():
        end -= 1
    if _MADE_THING_KINDS.isdisjoint(text[max(end - 100, 0) : end].casefold().split()):
        return False  # most brackets: no word for a made thing before them, and no title after one
    words = list(_NON_SPACE_RUN.finditer(text, max(end - 60, 0), end))[-4:]
    for index in range(len(words) - 1, -1, -1):
        if not words[index].group(0)[:1].isupper() and not words[index].group(0)[:1].isdigit():
            return False  # a title's words are capitalised or open on a figure ("2gether"); "the campaign worked"
        if named_after_its_kind(text, words[index].start()):
            return True
    return False


_NON_SPACE_RUN = re.compile(r"(?<!\S)\S+")


# A role or a title held, after a noun and "as": "Galway's year as European Capital of Culture (2020)".
_AS_A_ROLE = re.compile(r"\b[a-z][\w'’]*\s+as\s+$")
_NOT_A_ROLE = frozenset({"such", "so", "just", "same", "well", "much", "soon", "long", "far"})


def _a_role_after_as(before: str, after: str) -> bool:
    """Whether a name follows a noun and "as" and no reporting verb follows its bracket ("her year as European
    Capital of Culture (2020) was cut short"): a role or title held that year, not a source; "brands must adapt,
    as Jobber (2016) argues" is a citation."""
    found = _AS_A_ROLE.search(before)
    if found is None or found.group(0).split()[0] in _NOT_A_ROLE:
        return False
    return not _verb_after(after)


_BY_AFTER_A_CLOSING_MARK = re.compile(r"[’”'\"],?\s+(?:[a-z]+\s+)?by\s+$")


def _made_by_after_a_title(before: str) -> bool:
    """Whether the text before a narrative citation's names ends on a quoted title and "by" ("‘Freed from Desire’
    by Gala (1996)", "‘Bohemian Rhapsody’, sung by Queen (1975)"): the name says who made the thing, and is a
    citation only if the reference list names it."""
    found = _BY_AFTER_A_CLOSING_MARK.search(before)
    return found is not None and _ends_in_quoted_title(before[: found.start() + 1])


def _credits_a_title(before: str) -> bool:
    """Whether a bracket holding a name and a year and nothing more (no page, no "see", no second work) follows
    a quoted title ("‘Tear Jerker’ (John Lewis, 2019)"), or a title given as an example of a kind of thing that
    does not write ("films such as The Social Dilemma (Netflix, 2020)"): it credits the work to its maker, and
    is a citation only if the reference list names it."""
    if _ends_in_quoted_title(before):
        return True
    kind = _kind_of_the_examples(before)
    # "smaller cities such as Hail and Jazan (Krishnamurthy, 2007)": places have no makers; the claim is cited.
    return kind is not None and kind not in _SOURCE_KINDS | _KINDS_OF_PLACE | _KINDS_OF_TIME


def _places_or_times_given_as_examples(before: str) -> bool:
    """Whether text ends on places or times given as examples of their kind ("smaller cities such as Hail and Jazan",
    "national moments such as Koningsdag"): a bracket after them cites the claim, as after a country's name ("in
    rural Ireland")."""
    kind = _kind_of_the_examples(before)
    if kind in _KINDS_OF_PLACE:
        return True
    # "holidays such as Meskel and Eid. Irreecha (Bishoftu, 2022)": the examples end with their sentence; the name
    # after is the next sentence's subject, and the bracket says where and when it was held.
    return kind in _KINDS_OF_TIME and _SENTENCE_ENDS_INSIDE.search(before) is None


# A full stop after a word of two lower-case letters or more, then a capital: a sentence ends ("Eid. Irreecha"), not
# an abbreviation ("St. Lucia").
_SENTENCE_ENDS_INSIDE = re.compile(r"[a-z]{2}\.\s+[A-Z]")


def _kind_of_the_examples(before: str) -> str | None:
    """The kind, in lower case, of the names that text ends on as its examples ("films such as The Social Dilemma":
    "films"), or None."""
    for word in _EXAMPLE_WORDS:  # asked of every credit: a loop is twice as fast as any() over a generator here
        if word in before:
            break
    else:
        return None
    example = _EXAMPLE_NAMED.search(before)
    return example.group(1).casefold() if example is not None else None


# The last word of an event's name ("The Hotel Show", "Spring Fair"); "show" is no event word after a bracket, where
# it is a verb ("Smith (2019) show").
_EVENT_HEADS = EVENT_WORDS | {"show", "fair", "exhibition", "expo", "conference", "congress", "congreso", "forum",
                              "symposium", "convention"}  # fmt: skip


_GRADES = frozenset({"gold", "silver", "bronze", "platinum", "prix"})


def _after_an_award(before: str) -> bool:
    # The pattern below is tried at every place in the text: most brackets follow no award (asked of every
    # bracket with works: a loop is twice as fast as any() over a generator here).
    for word in before.rsplit(None, 3)[-3:]:
        if word.casefold() in _GRADES:
            return _AFTER_AN_AWARD.search(before) is not None
    return False


def _after_an_event(before: str, last: str) -> bool:
    """Whether an event's name or a quoted advert's word ends ``before``; ``last`` is its last word, in lower case."""
    if last not in _EVENT_HEADS:
        return False  # the pattern below is tried at every place in the text: most brackets follow no event
    found = _AFTER_AN_EVENT.search(before)
    return found is not None and (found.group("name") is None or found.group("name").casefold() in _EVENT_HEADS)


# Three names or more listed as Harvard lists authors, and a year: "(Whitfield, MacLeod and Mackenzie, 2023)".
_THREE_NAMES_AND_A_YEAR = re.compile(
    r"(?P<names>[A-Z][\w'’-]+(?:,\s[A-Z][\w'’-]+)+\s(?:and|&)\s[A-Z][\w'’-]+),\s(?:19|20)\d\d[a-z]?"
)


def _three_people(content: str) -> bool:
    """Whether a bracket lists three people or more and a year, as it cites them: after an event's name ("for the Hay
    Festival (Whitfield, MacLeod and Mackenzie, 2023)") they wrote about it; places are where it was held ("(Leeds,
    York and Hull, 2019)")."""
    found = _THREE_NAMES_AND_A_YEAR.fullmatch(content)
    return found is not None and not any(map(is_place, LIST_GAP.split(found.group("names"))))


_NO_COMMA_TITLE = re.compile(r"[A-Z][^,;()]*\s(?:19|20)\d\d")
_ENDS_IN_NAME = re.compile(r"(?:[^:;\s]\s+|^)[A-Z][\w'’-]*\s*$")  # "... SMART. Liverpool (European Capital of ...)"
_ABBREVIATION_BEFORE = re.compile(r"\b([A-Z][A-Z&]{1,7})\s*$")
_NOT_INITIALS = frozenset({"of", "and", "the", "for", "in", "on", "&"})


def _expands_abbreviation(before: str, content: str) -> bool:
    """Whether a bracket's name, given with a year and nothing more, spells out the abbreviation just before it
    ("IFE (International Food & Drink Event, 2017)"): it says what the abbreviation stands for and when, not who
    wrote."""
    if not before.rstrip()[-1:].isupper():
        return False
    found = _ABBREVIATION_BEFORE.search(before)
    if found is None:
        return False
    name = content.split(",")[0].split()
    initials = iter("".join(word[0] for word in name if word.casefold() not in _NOT_INITIALS).upper())
    letters = found.group(1).replace("&", "")
    # In order, though a word may give no letter ("IFE": International Food & Drink Event).
    if name[0][:1] == letters[:1] and all(letter in initials for letter in letters):
        return True
    # Or a word gives a syllable ("FIKIN": Foire Internationale de KINshasa): every letter in order in the name,
    # the first of each of its first two words among them.
    spelled = iter(" ".join(name).upper())
    return (
        len(name) > 2
        and name[0][:1] == letters[:1]
        and name[1][:1].upper() == letters[1:2]
        and all(letter in spelled for letter in letters)
    )


_A_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _glosses_a_term(tail: str, content: str) -> bool:
    """Whether a bracket's capitals, given with a year and nothing more, are the initials of a term the sentence
    before it spells out in common words: "Annual recurring revenue passed $1 billion (ARR, 2024)" gives the
    measure's short name and its year. A body's name is written in capitals ("the Office for National Statistics
    (ONS, 2023)"), so a run of initials with a word in lower case among them names no author."""
    letters = content.partition(",")[0]
    if " " in letters:  # "a clean air zone (Birmingham CAZ, 2020)": a place's, named by the place and the letters
        place, _space, letters = letters.rpartition(" ")
        if not letters.isupper() or not is_a_place_of_any_size(place):
            return False
    if not 3 <= len(letters) <= 6 or not letters.isupper():
        return False
    sentence = re.split(r"[.!?;:]\s", tail)[-1]
    words = [word for word in _A_WORD.findall(sentence) if word.casefold() not in _NOT_INITIALS]
    for first in range(len(words) - len(letters) + 1):
        term = words[first : first + len(letters)]
        if "".join(word[0] for word in term).upper() == letters and any(word.islower() for word in term[1:]):
            return True
    return False


def _a_city_after_an_event(last: str, content: str) -> bool:
    """Whether a bracket names a city of 100,000 people or more, and a year, just after an event's or a campaign's
    word (``last``, the last word before it, in lower case): "UNICEF's vaccination campaign (Goma, 2019)" says where
    it ran."""
    if last not in _EVENT_HEADS:
        return False
    name = content.rpartition(",")[0].strip()
    return " " not in name and is_a_city(name)


def _after_a_trend(text: str, start: int, tail: str) -> bool:
    """``_AFTER_A_TREND`` over ``tail``, the text from ``start`` to a bracket; searched in ``text`` itself, so that
    its "\\b" sees the character before the place it is tried at."""
    kept = tail.rstrip()
    if kept[-3:].casefold() not in _TREND_ENDS:
        return False
    return _AFTER_A_TREND.search(text, start + max(len(kept) - _TREND_LENGTH, 0), start + len(tail)) is not None


def _ends_on(pattern: re.Pattern[str], tail: str, longest: int) -> bool:
    """Whether ``pattern``, one of some words (the longest ``longest`` characters) and then white space to the end,
    matches ``tail``: tried only where such a word could start, not at every place in the 80 characters before a
    bracket (its "\\b" still sees the character before)."""
    return pattern.search(tail, max(len(tail.rstrip()) - longest, 0)) is not None


def _ends_in_a_firms_or_public_bodys_word(content: str) -> bool:
    """Whether a credit's name ends on a firm's legal form ("Aviva plc") or a public body's word ("U.S. Census
    Bureau"): such a source is cited, whatever name stands before the bracket."""
    # "(Communications Regulatory Authority (CRA), 2022)": the name's word, not the letters after it.
    name = split_abbreviation(content.rpartition(",")[0])[0].split()
    return bool(name) and (
        name[-1].casefold().strip(".") in COMPANY_SUFFIXES
        # "particularly in the Midwest (U.S. Census Bureau, 2016)": a public body's figures are cited too.
        or name[-1].casefold() in _PUBLIC_BODY_ENDINGS
    )


_PUBLIC_BODY_ENDINGS = frozenset({"bureau", "office", "ministry", "department", "agency", "authority", "statistics"})


_CAPTION_WORDS = ("Table", "Fig", "Chart", "Graph", "Exhibit")
_CAPTION_START = re.compile(
    r"(?:^|[.!?]\s+)(?:Table|Figure|Fig\.|Chart|Graph|Exhibit)\s+\d{1,2}[a-z]?\s*[:.]\s+[^.!?:]*$"
)
_SENTENCE_CLOSES = re.compile(r"\s*(?:\.(?:\s|$)|$)")


def _ends_a_caption(text: str, opened: int, tail: str) -> bool:
    """Whether the bracket opening at ``opened`` ends a table's or a figure's caption ("Figure 2: the customer
    journey for Moo Free (Great Britain, 2020)."): a caption's last bracket gives where its figures come from."""
    for word in _CAPTION_WORDS:  # most brackets follow no caption: the pattern is tried only where it may match
        if word in tail:
            break
    else:
        return False
    closed = text.find(")", opened)
    return _SENTENCE_CLOSES.match(text, closed + 1) is not None and _CAPTION_START.search(tail) is not None


_AT_A_NAME = re.compile(r"\bat\s+(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*\s*$")
_COLLEGE = re.compile(r"\b(?:College|School|Faculty)\s+of\b")


# A degree named as a credential: "an MBA", "her degree in Marketing Management".
_A_DEGREE = (
    r"(?:an?\s+|the\s+|her\s+|his\s+|their\s+)?(?:MBA|MSc|MA|BA|BSc|BBA|DBA|PhD|LLM|MPhil|EMBA|degree|diploma|"
    r"doctorate|master's|bachelor's|masters|licenciatura|maestría)(?:\s+in\s+[A-Z]?[\w-]+(?:\s+[A-Z][\w-]+){0,3})?"
)
# A degree someone holds, took or is taking, just before the bracket: "holds an MBA", "completed her MSc in
# Marketing", "is studying for an MBA".
_AFTER_A_DEGREE = re.compile(
    r"\b(?:holds?|held|earned|completed|took|gained|obtained|did|studied\s+for|studying\s+for|graduated\s+with|"
    r"pursuing|enrolled\s+(?:on|in|for))\s+"
    # Degrees listed in turn, each with its own bracket: "holds a BBA (UT Austin, 2003) and an MBA (Rice, 2009)".
    rf"(?:{_A_DEGREE}\s*\([^()]{{1,80}}\)\s*(?:,\s*(?:and\s+)?|and\s+))*"
    rf"{_A_DEGREE}\s*$"
)
# One of them is in every match of ``_AFTER_A_DEGREE``: found by substring scans before the pattern is tried.
_DEGREE_VERBS = ("hold", "held", "earned", "completed", "took", "gained", "obtained", "did", "stud", "graduated",
                 "pursuing", "enrolled")  # fmt: skip
# And one of these, in every match of ``_A_DEGREE`` ("MA" in "MBA" and "EMBA", "Sc" in "MSc" and "BSc").
_DEGREE_WORDS = ("MA", "BA", "Sc", "Ph", "LLM", "degree", "diploma", "doctorate", "master", "bachelor", "licenciatura",
                 "maestría")  # fmt: skip


def _after_a_degree(tail: str) -> bool:
    for verb in _DEGREE_VERBS:  # a plain loop: faster than any() over a generator here
        if verb in tail:
            # "provided" holds "did": the pattern is tried only where a degree's word is there too.
            for degree in _DEGREE_WORDS:
                if degree in tail:
                    return _AFTER_A_DEGREE.search(tail) is not None
            return False
    return ("alumn" in tail or "graduate" in tail) and _AN_ALUMNUS_OF.search(tail) is not None


# "an alumnus of SRCC (Delhi University, 2024)": the college's university and the year of the degree taken there.
_AN_ALUMNUS_OF = re.compile(
    r"\b(?:alumn(?:us|a|i|ae)|graduate)\s+of\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,5}\s*$"
)
# "approved by the ethics committee (Panjab University, 2015)": the committee's institution and when it approved.
_AN_ETHICS_BODY = re.compile(r"\b(?:ethics|research\s+ethics|institutional\s+review)\s+(?:committee|board)\s*$", re.I)


_ABBREVIATION_AND_YEAR = re.compile(r"[A-Z][A-Za-z]{1,7},\s*(?:19|20)\d\d[a-z]?")
_LETTERS_AND_YEAR = re.compile(r"[A-Z]{2,}[A-Za-z]{0,6},\s*(?:19|20)\d\d[a-z]?")  # "ETCCPA, 2019", "EIC, 2020"
_A_LAW_BEFORE = re.compile(
    r"\b(?:law|act|code|decree|regulation|regulations|statute|directive|ordinance|bill)\s*$", re.IGNORECASE
)
_LONGEST_LAW_WORD = len("regulations")
# A licence or a body named by its kind: "The licence (EIC, 2019)" gives who issued it and when, "monitored by the
# regulator (ETCCPA, 2019)" which regulator and since when. Not "commission": "OTA commission (TurkStat, 2024)" is a
# claim about a fee, cited.
_A_LICENCE_OR_BODY_BEFORE = re.compile(
    r"\b(?:licen[cs]e|permit|certificate|concession|regulator|watchdog|ministry|authority|agency|supervisor)\s*$",
    re.IGNORECASE,
)
_LONGEST_LICENCE_OR_BODY_WORD = len("certificate")
# A product's base or code after its owner: "its platform", "Volkswagen's electric platform", "their new architecture".
_A_PRODUCTS_BASE_BEFORE = re.compile(
    r"(?:\b(?:its|their)|\w['’]s)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:platform|architecture|chassis|codename|code\s+name|powertrain|engine\s+family)\s*$"
)
# A season, a fast, a feast or a festival named by its kind: "during the fasting season (Hudade, 2015)", "The harvest
# festival (Seú, 2019)". Not a season alone nor holidays: "how buyers follow a season (de Burgh, 2016)" and "families
# plan holidays (McAllister, 2020)" are claims, cited; nor the weather's seasons, which have no names: "during the
# rainy season (LTA, 2005)" cites LTA.
_A_SEASON_BEFORE = re.compile(
    # "the fast", "during the Ramadan fast", "Lent": not "grows fast (Nunes Júnior, 2023)" nor "money was lent".
    r"\b(?:(?:fasting|harvest|pilgrimage)\s+season|festival|feast|(?:the|a|during)\s+(?:[\w'’-]+\s+)?fast|(?-i:Lent))"
    r"\s*$",
    re.IGNORECASE,
)
# The words a season's or a launched thing's pattern ends on: the patterns are tried only after one of them.
_SEASON_WORDS = _words("season fast feast festival lent")
_LAUNCHED_KINDS = _words(
    "line range brand sub-brand product flavour flavor variant label model app card collection edition format series"
)
# A thing a firm launched, named by its kind: "launched a new yogurt line (Teos, 2022)" names the line and the year it
# came out, not who wrote about it.
_WHAT_WAS_LAUNCHED = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|introduc(?:es|ed|ing|e)|unveil(?:s|ed|ing)?|releas(?:es|ed|ing|e)|debut(?:s|ed)?|"
    r"roll(?:s|ed|ing)?\s+out)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(map(re.escape, _LAUNCHED_KINDS)))})\s*$",
    re.IGNORECASE,
)


# A title's holder by the title, after "the": "sponsored the Naadam wrestling champion (Avarga, 2017)" names who held
# it and when ("an internal champion (Kotter, 1996)" cites).
_A_TITLE_HOLDER_BEFORE = re.compile(
    r"\bthe\s+(?:[\w'’-]+\s+){0,3}?(?:champion|winner|title-?holder|medallist|medalist|laureate|runner-up)\s*$",
    re.IGNORECASE,
)
_TITLE_HOLDER_WORDS = _words("champion winner titleholder title-holder medallist medalist laureate runner-up")
# A border or a crossing where something happens: "Coal trucks still queue at the border (Gashuunsukhait, 2024)" names
# the crossing and the year.
_AT_A_CROSSING_BEFORE = re.compile(
    r"\b(?:at|through|via|across)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:border|crossing|checkpoint|frontier)\s*$",
    re.IGNORECASE,
)
_CROSSING_WORDS = _words("border crossing checkpoint frontier")
# A fair or an event by its kind, where a firm went, or a prize by its kind, which it won: "exhibited at the
# electronics fair (IFA Berlin, 2023)", "sponsored a stall at a summer event (Carnaval, 2023)", "was awarded the top
# prize (Leone d'Oro, 2022)" name the fair, the event or the prize and its year. A conference's word is not among
# them: papers are given there.
_FAIR_AND_PRIZE_WORDS = _words(
    "fair show expo exhibition convention event festival carnival parade gala prize award trophy medal"
)
_AT_A_FAIR_OR_WON_A_PRIZE = re.compile(
    r"\b(?:at|to|in|from|awarded|won|wins|took|takes|received|receives|given)\s+(?:the|a|an|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(sorted(_FAIR_AND_PRIZE_WORDS))})\s*$",
    re.IGNORECASE,
)


def _names_the_thing_before(tail: str, last: str, content: str) -> bool:
    """Whether a credit of one maker (no "and", "et al." or "&") names the thing just named by its kind: "the fasting
    season (Hudade, 2015)", "launched a new yogurt line (Teos, 2022)", "the wrestling champion (Avarga, 2017)", "at
    the border (Gashuunsukhait, 2024)"; not "the festive season (Lynch et al., 2016)", which cites. The patterns are
    tried only after the right last word (``last``, in lower case): most brackets follow none."""
    if last in _SEASON_WORDS:
        pattern = _A_SEASON_BEFORE
    elif last in _LAUNCHED_KINDS:
        pattern = _WHAT_WAS_LAUNCHED
    elif last in _FAIR_AND_PRIZE_WORDS:
        pattern = _AT_A_FAIR_OR_WON_A_PRIZE
    elif last in _TITLE_HOLDER_WORDS or last in _CROSSING_WORDS:
        if _ends_in_a_firms_or_public_bodys_word(content):
            return False  # "delays at the border (Home Office, 2021)": a public body's figures are cited
        pattern = _A_TITLE_HOLDER_BEFORE if last in _TITLE_HOLDER_WORDS else _AT_A_CROSSING_BEFORE
    else:
        return False
    return _of_one_maker(content) and pattern.search(tail) is not None


def _of_one_maker(content: str) -> bool:
    """Whether a credit names one maker: no "and", "et al." or "&" ("the festive season (Lynch et al., 2016)" cites)."""
    return _ONE_MAKER.search(content) is None and "&" not in content


_CLOSING_TITLE_MARKS = ("》", "〉", "」", "』")
_COMMITTEE_WORDS = frozenset({"committee", "board"})


_SENT_TO_WORKS = re.compile(r"(?:see|cf\.|e\.\s?g\.|for\s+(?:example|instance))[\s,]", re.IGNORECASE)


# "in", a one-word name and a year alone in a bracket.
_IN_A_TOWN = re.compile(r"in\s+(?P<town>[^\W\d_][\w'’-]*),\s*\d{4}")


def _annotates(text: str, opened: int, content: str) -> bool:
    """Whether the bracket opening at ``opened`` (its ``content`` stripped) says when, where or by whom something
    named before it was made or held rather than citing a source: its works are then citations only if the
    reference list names them."""
    tail = text[max(opened - _TAIL, 0) : opened]
    kept = tail.rstrip()  # stripped once, not in each of the four tests that read it
    last = kept.rpartition(" ")[2].casefold()  # the word just before the bracket
    if _SENT_TO_WORKS.match(content) or " et al" in content:
        return False  # "local brands like Hall Ltd (for example Căpățână et al., 2022)": the claim's sources
    if content[:2] == "in" and (where := _IN_A_TOWN.fullmatch(content)) is not None and is_a_town(where.group("town")):
        return True  # "Busy Bees opened its hundredth setting (in Galway, 2024)": where and when, not whose work
    credit = _NAME_AND_YEAR.fullmatch(content) is not None  # a name and a year, nothing more
    if credit and content[-1].isalpha():
        return False  # "in Buchanan (Jaber, 2016b)": a letter after the year tells apart works in a reference list
    if credit and _ends_a_caption(text, opened, tail):
        return False  # "Table 4: key market figures for Ryanair (Huang, 2016).": the caption's source
    name = content.rpartition(",")[0].strip() if credit else ""  # a credit's name without its year, split once
    return (
        # "《狂飙》 (The Knockout, 2023)": a title in Chinese or Japanese title marks, then its English title and year.
        kept.endswith(_CLOSING_TITLE_MARKS)
        # "The ‘girl dinner’ trend (TikTok, 2023)": where and when a trend ran.
        or _after_a_trend(text, max(opened - _TAIL, 0), tail)
        # "‘Don’t Stop Me Now’ (Queen, 1978)", "films such as The Social Dilemma (Netflix, 2020)": a work's maker.
        or (credit and _credits_a_title(tail))
        # "The Traitors (BBC, 2019)", "shown at Bauma (Munich, 2019)": one maker, place or holder just after a name.
        or (
            credit
            # "Crash Landing on You (tvN, 2019)": a maker's name may start in lower case, a capital after it.
            and (content[:1].isupper() or _CAMEL_CASE_NAME.match(content) is not None)
            and not (("and" in content or "et al" in content) and _ONE_MAKER.search(content))  # what it needs first
            and _ends_in_proper_name(tail)
            and not _ends_in_a_firms_or_public_bodys_word(content)  # "Evans-Kaur (Aviva plc, 2022)": a firm's report
            and not _a_claim_ends_in_a_country(tail, content)
            and not _places_or_times_given_as_examples(tail)
        )
        # "a Gold Lion (Cannes, 2022)", "The Hotel Show (Olympia, 2019)", "the ‘Compare the Meerkat’ campaign (VCCP,
        # 2009)": where and when an award was won or an event held, or who made an advert.
        or _after_an_award(tail)
        or (_after_an_event(tail, last) and not _three_people(content))
        or (credit and _a_city_after_an_event(last, content))
        # "Coventry (UK City of Culture 2021)": with no comma, a bracket just after a name gives a title it holds.
        or (
            "," not in content  # as the pattern says (a credit has one): not tried at every place of most brackets
            and _NO_COMMA_TITLE.fullmatch(content) is not None
            and _ENDS_IN_NAME.search(text, 0, opened) is not None
        )
        # "IFE (International Food & Drink Event, 2017)": what the abbreviation before it stands for.
        or (credit and _expands_abbreviation(tail, content))
        # "Annual recurring revenue passed $1 billion (ARR, 2024)": a term's short name and the year of its figure.
        or (credit and _glosses_a_term(tail, content))
        # "The BL series 2gether (GMMTV, 2020)": a title just after its kind, then who made it and when.
        or (credit and _a_title_after_its_kind(text, opened))
        # "holds an MBA (INCAE, 2024)": where and when a degree was taken, after it.
        or (credit and _after_a_degree(tail))
        # "approved by the ethics committee (Panjab University, 2015)": the committee's institution, and when.
        or (credit and last in _COMMITTEE_WORDS and _AN_ETHICS_BODY.search(tail) is not None)
        # "The consumer law (LDC, 1997)": a law's short name and the year it was passed, after the word for it; "the
        # regulator (ETCCPA, 2019)", "the licence (EIC, 2019)": a body's letters and a year, after its kind.
        or (
            credit
            and _ABBREVIATION_AND_YEAR.fullmatch(content) is not None
            and (
                _ends_on(_A_LAW_BEFORE, tail, _LONGEST_LAW_WORD)
                # Letters, not a surname: "the UK regulator (Tranter, 2018)" cites Tranter.
                or (
                    _LETTERS_AND_YEAR.fullmatch(content) is not None
                    and _ends_on(_A_LICENCE_OR_BODY_BEFORE, tail, _LONGEST_LICENCE_OR_BODY_WORD)
                )
            )
        )
        # "Local law (Concordat, 1801) gives two extra holidays": a law's name and a year before ``_LONG_AGO``, after
        # the word for it; a source on a law is seldom that old ("Consumer law (Howells, 2005)" cites).
        or (
            credit
            and long_ago(content.rpartition(",")[2].strip())
            and _of_one_maker(content)
            and _ends_on(_A_LAW_BEFORE, tail, _LONGEST_LAW_WORD)
        )
        # "Engineers refer to it by its platform (MEB, 2019)": a product's base or code named by its kind after its
        # owner, then that base's letters and year.
        or (
            credit
            and content[1:2].isupper()  # two capitals open the letters: most names have one
            and _LETTERS_AND_YEAR.fullmatch(content) is not None
            and _A_PRODUCTS_BASE_BEFORE.search(tail) is not None
        )
        # "the fasting season (Hudade, 2015)", "launched a new yogurt line (Teos, 2022)": the name of the thing just
        # named by its kind, and its year.
        or (credit and _names_the_thing_before(tail, last, content))
        # "my BBA at UTSA (Carlos Alvarez College of Business, 2016)": the college of the university just named,
        # and the year of a degree there.
        or (credit and _COLLEGE.search(content) is not None and _AT_A_NAME.search(tail) is not None)
        # "The cooperative (Aavin, 1981) buys milk": the name and year of the thing a sentence opens on by its kind.
        or (credit and _names_the_sentences_subject(text, opened, tail, last, content))
        # "The first Nando's in the UK (Ealing, 1992) set the template": where and when a sentence's first shop, site
        # or branch opened.
        or (
            credit
            and "first" in tail
            and _THE_FIRST_IN_A_PLACE.search(text, max(opened - _TAIL, 0), opened) is not None
        )
        # "The first Dutch launderette of the chain (Galway, 2021) was franchised", "The first franchise opened abroad
        # (Valencia, 2019)", "The firm opened its first micro-market (Galway, 2022)", "The estate made its first wine
        # (Montalcino, 2018)": the town or the village where a shop or a site opened or a firm first made a thing.
        or (
            credit
            and (
                ("first" in tail and _THE_FIRST_OF_ITS_OWNER.search(text, max(opened - _TAIL, 0), opened) is not None)
                or ("opened" in tail and _OPENED_THEN.search(tail) is not None)
                or (("first" in tail or "opened" in tail) and _OPENED_ITS_FIRST.search(tail) is not None)
            )
            and _of_one_maker(content)
            and is_a_place_or_a_village(name)
        )
        # "The brand's first express tunnel was built on a busy arterial road (Phoenix, 2019).", "A flagship site
        # opened with a free-wash week (Houston, 2016).": where the new site a sentence opens on was opened or built.
        or (
            credit
            and ("opened" in tail or "built" in tail or "followed" in tail)
            and _A_NEW_SITE_OPENED.search(text, max(opened - _TAIL, 0), opened) is not None
            and _of_one_maker(content)
            and is_a_place_or_a_village(name)
        )
        # "Pass rates vary widely by centre (Goodmayes, 2019)", "later added a junior centre (Perth, 2022)": a site's
        # place, a town of any size; "Learner rules differ between states (Queensland, 2011)", "held in a different
        # village (Bevagna, 2019)": one of the places just named by their kind, a village too. A source is a person or
        # a body.
        or (
            credit
            and (last in _SITE_WORDS or last in _PLACE_WORDS)
            and _of_one_maker(content)
            and (
                (last in _SITE_WORDS and is_a_place_of_any_size(name))
                or (
                    last in _PLACE_WORDS
                    and _ONE_OF_THE_PLACES.search(kept) is not None
                    and is_a_place_or_a_village(name)
                )
            )
        )
        # "Prices rose fastest in the south-west (Swindon, 2022)", "(Queensland, 2011)", "opened branches in the north
        # (Miri Division and Limbang Division, 2024)" after a claim: cities, states or provinces alone beside a year
        # say where as often as who; "(Hamilton, 2019)", a surname as often, cites.
        or (credit and names_places_alone(name))
        # "New boutiques followed quickly (Liège, 2017; Liège, 2018)": places alone, each beside its year.
        or (";" in content and _places_each_beside_a_year(content, last))
        # "Bloww opened its first Amsterdam site (Utrechtsestraat, 2021).": where and when a shop or a site opened.
        or (credit and "opened" in tail and _OPENED_A_SITE.search(tail) is not None and _of_one_maker(content))
        # "Sialkot made the official match ball (Al Rihla, 2022)": the name of an event's official thing, and its year.
        or (credit and "official" in tail and _names_an_official_thing(tail, content))
        # "Ambev was born from two rival brewers (Brahma and Antarctica, 1999)": the things just counted, by name.
        or (credit and last.endswith("s") and _names_the_counted_things(tail, content))
        # "followed the agreement (Juba Peace Agreement, 2020)", "at the fair (Frankfurt Book Fair, 2019)": the name of
        # the thing just named by its kind, which it ends on; "the agency (Environment Agency, 2020)", a body, cites.
        or (
            credit
            and last.isalpha()
            and name.rpartition(" ")[2].casefold() == last
            and kept.rpartition(" ")[2].islower()  # the kind's word, not the name: "ONS (ONS, 2021) says" cites
            and _of_one_maker(content)
            and not _ends_in_a_firms_or_public_bodys_word(content)
        )
        # "Via Varejo was renamed twice (Via, 2021; Grupo Casas Bahia, 2023)": the new names and when.
        or _after_renamed(tail)
        # "METU (ODTÜ, 1956) runs an MBA": the sentence's subject by its letters, then its other letters and year.
        or (credit and kept[-1:].isupper() and _another_abbreviation_of_the_subject(text, opened, tail, content))
        # "The chain changed hands (Whataburger, 2019)", "was acquired (Fonterra, 2021)": the new owner, and when.
        or (credit and kept.endswith(_OWNER_CHANGE_ENDINGS) and _A_CHANGE_OF_OWNER.search(tail) is not None)
        # "book through airnewzealand.co.nz (Mobile, 2023)": which version of the site just named, and when.
        or (credit and "." in last[:-1] and _WEB_ADDRESS_BEFORE.search(tail) is not None)
    )


def _places_each_beside_a_year(content: str, last: str) -> bool:
    """Whether each work of a bracket is a place alone and a year (``names_places_alone``), or each is the same
    place, however small, with another year, or each is a place however small just after the word for such places
    (``last``, the word before the bracket, in lower case): "(Liège, 2017; Liège, 2018)", "(Mons, 2019; Mons, 2022)",
    "grew fastest in two provinces (Siena, 2022; Perugia, 2020)". One author's works are written "(Mons, 2019,
    2022)"."""
    works = [work.strip() for work in content.split(";")]
    if not all(_NAME_AND_YEAR.fullmatch(work) is not None for work in works):
        return False
    places = {work.rpartition(",")[0].strip() for work in works}
    if len(places) == 1 or last in _PLACE_WORDS or last in _SITE_WORDS:
        return all(map(is_a_place_of_any_size, places))
    return all(map(names_places_alone, places))


# A sentence that opens on the first thing its owner had, just before a bracket: "The first Dutch launderette of the
# chain", "Its first store of the group".
_THE_FIRST_OF_ITS_OWNER = re.compile(
    r"(?:^|[.!?]\s+)(?:The|Its|Their|Our|His|Her)\s+first\s+[^.()]{0,40}?\s+of\s+(?:the|its|their)\s+[\w'’-]+\s*$"
)
# "the official", up to two words, then the thing: "the official match ball", "the official song".
_THE_OFFICIAL_THING = re.compile(r"\bthe\s+official\s+(?:[\w-]+\s+){0,2}?(?P<thing>[\w-]+)\s*$", re.IGNORECASE)
# What official sources give: "the official statistics (ONS, 2021)" cites them.
_OFFICIAL_SOURCES = _words(
    """statistics figures data estimates estimate guidance advice report reports rate rates count counts numbers
    position line view definition account record records source sources website site page pages list register
    forecast forecasts survey census"""
)


def _names_an_official_thing(tail: str, content: str) -> bool:
    """Whether a credit of one maker names the official thing just before it ("the official match ball (Al Rihla,
    2022)"), not an official source's figures ("the official statistics (ONS, 2021)")."""
    found = _THE_OFFICIAL_THING.search(tail)
    return (
        found is not None
        and found.group("thing").casefold() not in _OFFICIAL_SOURCES
        and _of_one_maker(content)
        and not _ends_in_a_firms_or_public_bodys_word(content)
    )


# The words for a shop or a branch, which both the site rules below end on.
_SHOP_WORDS = _words(
    "store shop site branch outlet restaurant cafe café clinic studio salon showroom boutique launderette"
)


def _and_plurals(words: frozenset[str]) -> frozenset[str]:
    """Nouns and their plurals ("city" "cities", "branch" "branches", "campus" "campuses"), made once rather than a
    plural made singular at every bracket."""
    return words | frozenset(map(_plural, words))


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "es" if noun.endswith(("ch", "sh", "s", "x")) else noun + "s"


# A site's word just before a bracket whose name is a place: "The group's 50th site (Malmö, 2004)", "by centre".
_SITE_WORDS = _and_plurals(
    _SHOP_WORDS
    | _words("hotel unit location facility depot warehouse centre center campus office hub school port harbour harbor")
)
# The words for places of one kind: "between states", "per county".
_PLACE_WORDS = _and_plurals(
    AREA_WORDS | _words("suburb town city country territory village hamlet neighbourhood neighborhood")
)
# Such a word after one that picks out one place or sets places side by side ("by region", "between states", "in
# each county", "a new town"), not after one that describes ("in urban areas", "in most cities", where a claim ends).
_ONE_OF_THE_PLACES = re.compile(
    r"\b(?:by|per|between|each|every|one|a|an|the|this|that|its|their|our|new|another|other|neighbouring|home|"
    r"different|same|nearby)\s+"
    r"(?:[\w-]+\s+)?[\w-]+$",
    re.IGNORECASE,
)
# "opened" and the first or a new thing of any kind, or what a firm first made, up to four words, just before a
# bracket: "opened its first micro-market", "opened a new drive-through", "made its first wine".
_OPENED_ITS_FIRST = re.compile(
    r"\b(?:opened\s+(?:its|their|our|his|her|a|an|the)\s+(?:first|new|\d+(?:st|nd|rd|th))"
    r"|(?:made|built|produced|bottled|sold|launched|released|held|hosted|ran)\s+(?:its|their)\s+first)"
    r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*$"
)


# A sentence opening on a new or a first thing, perhaps its owner's, that was opened or built, then up to 60
# characters of where: "The brand's first express tunnel was built on a busy arterial road", "A flagship site opened
# with a free-wash week", "The franchisee's third location opened near a new housing estate".
_A_NEW_SITE_OPENED = re.compile(
    r"(?:^|[.!?]\s+)(?:The|Its|Their|Our|A|An)\s+(?:[\w'’-]+['’]s\s+)?"
    r"(?:first|second|third|fourth|fifth|new|flagship|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:opened|was\s+opened|was\s+built|followed)\b[^.!?()]{0,60}$"
)
# "opened", perhaps with an adverb, just before a bracket: "The first franchise opened abroad (Valencia, 2019)".
_OPENED_THEN = re.compile(r"\bopened\s+(?:abroad|overseas|there|locally|nearby|later|next)?\s*$")
_OWNER_CHANGE_ENDINGS = ("hands", "owner", "owners", "ownership", "sold", "bought", "acquired", "over")
# A sentence that opens on its first thing in a place, just before a bracket: "The first Nando's in the UK", "Its first
# store in Dublin".
_THE_FIRST_IN_A_PLACE = re.compile(
    r"(?:^|[.!?]\s+)(?:The|Its|Their|Our|His|Her)\s+first\s+[^.()]{0,40}\s+in\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?\s*$"
)
# "opened", then a shop, a site or a branch by its kind, perhaps with a place and "first" or "new" before it, just
# before a bracket: "opened its first Amsterdam site", "opened a new flagship store".
_OPENED_A_SITE = re.compile(
    r"\bopened\s+(?:its|their|our|his|her|a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_SHOP_WORDS | {'flagship', 'barbershop'}))})s?\s*$"
)
_A_CHANGE_OF_OWNER = re.compile(
    r"\b(?:changed\s+(?:hands|owners?|ownership)|(?:was|were)\s+(?:sold|bought|acquired|taken\s+over))\s*$"
)
# A web address just before a bracket: "airnewzealand.co.nz", "www.gov.uk/", "https://example.org"; not "e.g.", nor
# a firm named by its address and written with a capital ("studies of JD.com (Japan Fair Trade Commission, 2020)").
_WEB_ADDRESS_BEFORE = re.compile(r"(?:^|\s)(?:https?://)?[a-z\d][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?\s*$")


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
# A count, up to two words that describe, and a plural noun, just before the bracket: "two rival brewers".
_COUNTED_THINGS = re.compile(
    r"\b(?P<count>two|both|three|four)\s+(?:[a-z-]+\s+){0,2}(?P<things>[a-z]+s)\s*$", re.IGNORECASE
)
_RENAMED = frozenset({"renamed", "rebranded", "rebadged", "relaunched"})


def _after_renamed(before: str) -> bool:
    """Whether "renamed", "rebranded", "rebadged" or "relaunched" is one of the last two words of ``before``
    ("renamed twice", "was relaunched")."""
    end = before[-30:]
    if "ename" not in end and "ebrand" not in end and "ebadge" not in end and "elaunch" not in end:
        return False  # most brackets: no such word, found by four substring scans rather than a split
    return any(word in _RENAMED for word in end.casefold().split()[-2:])


_LONE_ABBREVIATION_OPENS = re.compile(r"(?:^|[.!?]\s+)(?P<letters>[A-ZÀ-Þ]{2,8})\s*$")
_ABBREVIATION_AND_ITS_YEAR = re.compile(r"(?P<letters>[A-ZÀ-Þ][A-ZÀ-Þ-]{1,8}),\s*(?:19|20)\d\d")


def _names_the_counted_things(tail: str, content: str) -> bool:
    """Whether a bracket of names and a year names as many things as the plural just before it counts: "two rival
    brewers (Brahma and Antarctica, 1999)"; not sources counted ("two studies (Smith and Jones, 2019)")."""
    window = max(len(tail) - 60, 0)
    near = tail[window:].lower()
    if "two" not in near and "both" not in near and "three" not in near and "four" not in near:
        return False  # most brackets: no count before them (no other letter matches these case-blind)
    found = _COUNTED_THINGS.search(tail, window)
    if found is None or found.group("things").casefold() in _SOURCE_KINDS:
        return False  # "two studies (Smith and Jones, 2019)", "both authors (...)": sources, cited
    names = split_author_list(content.rsplit(",", 1)[0])[0]
    return len(names) == _COUNTS[found.group("count").casefold()]


def _another_abbreviation_of_the_subject(text: str, opened: int, tail: str, content: str) -> bool:
    """Whether a sentence opens on a body's letters and the bracket just after gives other letters and a year, then
    the sentence goes on: "METU (ODTÜ, 1956) runs", its name's letters in another language and its founding."""
    subject = _LONE_ABBREVIATION_OPENS.search(tail)
    other = _ABBREVIATION_AND_ITS_YEAR.fullmatch(content)
    if subject is None or other is None or other.group("letters") == subject.group("letters"):
        return False
    return _LOWER_WORD_AFTER.match(text, text.find(")", opened)) is not None


# A sentence opening on a thing by its kind, just before the bracket: "The cooperative", "The startup body", "The 11.11
# sale".
# "The Dubai outlet": the kind's place may come before it.
_THE_KIND_OPENING = re.compile(r"(?:^|[.!?]\s+)The\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:[a-z\d.-]+\s+){0,2}[a-z-]+\s*$")
# Or on a work by its maker: "Zdob și Zdub's song".
_OWNED_KIND_OPENING = re.compile(r"(?:^|[.!?]\s+)[A-Z][^.!?()]{0,40}?['’]s\s+(?:[a-z\d.-]+\s+){0,2}[a-z-]+\s*$")
_LOWER_WORD_AFTER = re.compile(r"\)\s+[a-z]")
_A_DEED_AFTER = re.compile(r"\)\s+[a-z]+ed\b")  # "(Eupen, 2010) added": a past deed, not "is" nor "suggests"
_ROUTE_WORDS = frozenset({"route", "routes", "service", "ferry", "flight", "link", "line"})
_A_ROUTE_OPENING = re.compile(r"(?:^|[.!?]\s+)The\s+[A-Z][\w'’]*(?:\s?[–-]\s?[A-Z][\w'’]*)+\s+[a-z]+\s*$")
# Bodies and things made or held that a bracket may name with their year, not concepts: "The legal services market
# (Gartner, 2019) is growing" and "The wantok system (SP Brewery Ltd, 2020) gives" cite what they say.
_NAMED_KINDS = _words(
    """cooperative co-operative company firm bank insurer brand chain retailer supermarket startup start-up body
    agency authority regulator ministry council board association federation union society club team charity
    foundation trust institute college university school hospital licence license permit certificate festival
    fair carnival show exhibition expo event tournament league airline carrier operator network station channel
    newspaper magazine app wallet platform label plant factory mill brewery distillery winery hotel resort
    restaurant cafe store shop flagship showroom boutique mall outlet franchise subsidiary venture scheme programme
    program fund prize award truck car van pickup suv motorbike motorcycle scooter aircraft jet laptop console
    handset project trial pilot deal agreement accord treaty pact ceasefire mission"""
)


def _names_the_sentences_subject(text: str, opened: int, tail: str, last: str, content: str) -> bool:
    """Whether a credit of one maker (no "and", "et al." or "&") between a sentence's opening subject, a thing by its
    kind, and its verb names that thing and its year: "The cooperative (Aavin, 1981) buys milk", "The startup body
    (Kerala Startup Mission, 2006) funds incubators", "The Moho Nord project (TotalEnergies, 2017) is important",
    "The electric van trial (Mercedes eSprinter, 2006) cut fuel costs"; not "The report (Mintel, 2020) shows", a
    work, nor "The legal services market (Gartner, 2019) is growing", a claim, which cite. ``last`` is the word just
    before the bracket, in lower case: the patterns are tried only after a kind's word."""
    named = (
        "The" in tail
        and (
            last in _NAMED_KINDS
            or last in EVENT_WORDS
            or last in _SITE_WORDS  # "The Tel Aviv hub (Sarona, 2016) remains the busiest": a site's name
            # "The factory expansion (Eupen, 2010) added 120 jobs": where it happened, whatever the thing's kind, when
            # what follows is a deed; "The theory (Morley, 2019) is widely used" cites.
            or (
                _A_DEED_AFTER.match(text, text.find(")", opened)) is not None
                and is_a_place_of_any_size(content.rpartition(",")[0].strip())
            )
        )
        and _THE_KIND_OPENING.search(tail) is not None
    ) or (
        # "The Cardiff–Anglesey route (PSO, 2019) is subsidised": a route by its ends, then what runs it and since when.
        last in _ROUTE_WORDS and _A_ROUTE_OPENING.search(tail) is not None
    )
    # "Zdob și Zdub's song (Eurovision, 2022) was used": where a maker's work was shown, and when.
    if not named and (last not in _MADE_THING_KINDS or _OWNED_KIND_OPENING.search(tail) is None):
        return False
    closed = text.find(")", opened)
    return (
        _LOWER_WORD_AFTER.match(text, closed) is not None
        and _of_one_maker(content)
        and not _verb_after(text[closed + 1 :])  # "The campaign (Rossi, 2019) shows that": what a source says
    )


def _names_a_time(before: str, verb_follows: bool) -> bool:
    """ "during Wimbledon (2023)", "around the Coronation (2023)", "at Glastonbury (2019)": a name after a word of
    time, or of place with no verb after the bracket, is an event of that year, not an author; "founded in Amol
    (1991)" a place and the year something began there, "founded by Carl Irwin (1994)" its founder."""
    return (
        _WHEN_WORDS.search(before) is not None
        or _BEGAN_IN.search(before, max(len(before) - 40, 0)) is not None
        or _FOUNDED_BY.search(before, max(len(before) - 40, 0)) is not None
        or (not verb_follows and _WHERE_WORD.search(before) is not None)
    )


def _inflected(stems: str) -> frozenset[str]:
    return frozenset(form for stem in stems.split()
                     for form in (stem, stem + "s", stem + "es", stem + "d", stem + "ed", stem[:-1] + "ies",
                                  stem[:-1] + "ied", stem + stem[-1] + "ed"))  # fmt: skip


# What an author does in a narrative citation ("Smith (2019) argues"); an event, a film or a festival in the
# same place does something else ("Glastonbury (2024) sold out").
_REPORTING_VERBS = _inflected(
    """argue suggest show note state report claim observe explain clarify describe define identify highlight
    emphasise emphasize stress propose conclude warn recommend contend maintain point demonstrate indicate reveal
    examine explore discuss outline assert believe acknowledge agree disagree criticise criticize question
    challenge add write say predict estimate calculate measure analyse analyze compare distinguish develop
    introduce offer provide present advocate caution remind call frame refer use apply build extend support
    confirm echo recognise recognize find consider regard view see focus characterise characterize categorise
    categorize classify summarise summarize list map model test survey study investigate track record
    document detail illustrate underline underscore reinforce accept concede insist doubt dispute reject
    coin term label treat deem posit theorise theorize hypothesise hypothesize predict forecast project
    quantify rank rate evaluate assess review critique interview sample poll publish release cite quote
    mention attribute link associate relate connect contrast differentiate divide separate group segment
    establish opine imply assume remark reckon notice reiterate restate reaffirm affirm elaborate speculate
    articulate conceptualise conceptualize advise urge infer deduce lament"""
) | _words("""found shown said wrote written thought held put seen draws drew drawn
    goes went takes took taken sets set puts built clear right correct critical sceptical skeptical explicit
    adamant careful keen""")  # not "saw": "Veganuary (2019) saw 600 launches" is an event's year
_CITED_VERBS = _inflected("cite quote reference criticise criticize challenge")
# What follows a narrative name when it is a cited author: a colon, "who", "whose" and a work ("Frankel (2008), whose
# races drew crowds" is a horse's), a reporting verb after an adverb or an auxiliary.
_AFTER_NAME = re.compile(
    r"^\s*(?::|,?\s*(?:who|for\s+whom|whose\s+(?:[\w-]+\s+)?(?:study|studies|work|research|findings?|survey|report|"
    r"paper|book|model|framework|analysis|data|argument|view|review|article|evidence))\b|"
    r"(?P<which>,\s*which\s+)?(?:(?:\w+ly|also|further|likewise|later|earlier|first|too|then|even|long|since|"
    r"already|often|still|never|always|just|again|once|"
    r"has|have|had|would|will|can|could|may|might|did|does|do|goes\s+on\s+to|went\s+on\s+to|not|"
    r"(?P<copula>is|was|are|were|being|been))\s+)*(?P<word>[A-Za-z]+))"
)
# Words before a narrative name that make it a cited author whatever follows it.
_LEAD_IN = re.compile(
    r"(?:\b(?:according|contrary|similar|prior|thanks)\s+to|\bas|\bby|\bsee|\bcf\.?|\be\.\s?g\.?|\bfollowing|"
    r"\b(?:drawing|building|based|relying|reflecting)\s+on|\blearn(?:s|ed|t|ing)?\s+from|\bciting|\bcited\s+in|"
    r"\bquoting|\bunlike|\blike|"
    r"\b(?:in\s+line|consistent|agrees?|disagrees?|concurs?)\s+with|\bechoing|\b(?:which|this)\s+supports?|\bper|"
    r"\bwhile|\bwhilst|\bwhereas|"
    r"\b(?:clear|evident|apparent)\s+from|\brefer(?:s|red|ring)?\s+to|\b(?:argued|said|claimed),\s+with|"
    r"\bfollow(?:s|ed)?|"
    r"\b(?:\w+ed|shown|seen|found|written|set\s+out|given)\s+(?:in|by)|"
    r"\b(?:work|research|study|studies|findings?|evidence|analysis|model|framework|lens|view|argument|definition|"
    r"theory|concept|paper|review|writing|writings|ideas?|advice|guidance|recommendations?|lessons?|insights?|"
    r"takeaways?|interviews?|surveys?|reports?)\s+(?:of|from|by|in)|\b(?:I|we)\s+(?:read|reread|re-read)|"
    r"\bwhen\s+reading)\s*$",
    re.IGNORECASE,
)
# What follows a possessive name when it is an author's work: "Porter's (1985) model".
_WORK_NOUNS = _words(
    """model framework study studies research view views argument arguments findings finding definition theory
    concept concepts work works analysis survey report data paper review matrix typology hierarchy ladder
    scale approach perspective claim point observation observations conclusion conclusions recommendation
    recommendations idea ideas notion distinction classification taxonomy method methods criteria principles
    rules law laws seminal influential well-known widely classic original own recent earlier later
    landmark pioneering groundbreaking famous updated revised early account description critique
    interpretation assessment evaluation estimate estimates figures index measure metrics insight insights
    categories dimensions stages factors elements pillars forces ps cs mix loop funnel wheel grid map
    diamond cycle curve pyramid triangle theories suggestion reading guidance advice toolkit handbook guide
    article blog segmentation"""
)


# Words after a name that are no noun of its: "Specsavers’ (2024) is still used", "Nike's (2020) also ran".
_NOT_NOUNS = _words(
    """is was are were be been being has have had will would can could may might must should shall did does do
    also still then too even already often never always just again once not further likewise later earlier first
    long since"""
)


def _a_noun(word: str) -> bool:
    return word.casefold() not in _NOT_NOUNS and not word.endswith("ly")


# An English word in lower case just before a name: the name is not read short ("from ICAEW", not "Crowe UK ICAEW";
# not "Ngân hàng Nhà nước Việt Nam", whose lower-case words are the name's own).
_A_LOWER_CASE_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z][a-z'’-]*\s+$")
# A framework's name then "analysis of": what follows is the firm the candidate analysed ("SWOT analysis of Tesco").
_FRAMEWORK_APPLIED = re.compile(r"\b[A-Z]{3,}\s+analys[ie]s\s+(?:of|for)\s+$")


# Before it, a year beside a name in running text more often says when a firm or a brand began than which work
# a report cites, unless the list or a sure citation names the work.
_LONG_AGO = 1900


def long_ago(year: str) -> bool:
    """Whether a citation's year is before ``_LONG_AGO``: a founding year or a birth, more often than a work."""
    return year[:4].isdigit() and int(year[:4]) < _LONG_AGO


def lettered_year(year: str) -> bool:
    """Whether a year has a letter after it ("2019b"): it tells apart two works of one author in a reference list,
    which two things named with their year never need."""
    return year[:4].isdigit() and year[4:5].isalpha()


# A possessive just before a citation's bracket: "Porter's (1985)", "Jones' (2019)".
_POSSESSIVE_BEFORE_YEAR = re.compile(r"['’]s?\s*\(")


def reads_as_cited(text: str, citation: Citation) -> bool:
    """Whether a narrative citation reads as a cited author by what surrounds it in its block's text: a word
    that leads in to a citation before it ("according to", "as", "by", "drawing on"), or after it a reporting
    verb ("argues", "found"), a colon or "who", or, after a possessive, a word for a work ("model"). A name in
    any other place ("Sampling at Glastonbury (2024) reached", "a nod to Barbie (2023).") may be anything of
    that year, and is a citation only where the list or a bracketed citation confirms it. Bracketed citations,
    "et al.", second-hand citations and those giving a page always read as cited."""
    if not citation.narrative or citation.et_al or citation.secondary or "cited" in citation.text or citation.locator:
        return True  # "Waltham (2010, cited in Mintel, 2025)", "Vinck (1976, para. 9)": where read, or which page
    if text[citation.start : citation.end] != citation.text:
        return True
    if lettered_year(citation.year):
        return True  # "a point Barry and Damps (2008a) makes": see ``lettered_year``
    if long_ago(citation.year):
        return False  # "Huari (1882) claims to be the oldest beer": a maker's founding year; a classic is listed
    before = text[max(citation.start - _TAIL, 0) : citation.start]  # the words just before; not the whole block
    if before.endswith(" The "):
        before = before[:-4]  # "as observed by The Times of India (2020)": the name is read without its article
    hinted = any(word in before.casefold() for word in _EXAMPLE_HINTS)
    examples = _EXAMPLES_OF.search(before) if hinted else None
    if examples is not None and examples.group(1).casefold() not in _SOURCE_KINDS:
        return False  # "Films such as Wonka (2023)": an example of a kind of thing that does not write
    if _FRAMEWORK_APPLIED.search(before):
        return False  # "Table 2: SWOT analysis of Tesco (2022)": the firm analysed, not a source
    if _after_a_titles_colon(before, citation.author_text):
        return False  # "Monster Hunter: World (2018)", "Black Myth: Wukong (2024)": a title's second half
    if _LAW_BEFORE_ITS_NAME.search(before):
        return False  # "la loi Évin (1991)", "la Ley Sinde (2011)": a law named after its minister
    if _TITLE_WORD_BEFORE_AS.search(before):
        return False  # "Burna Boy's Twice as Tall (2020) won": a title's words, not the lead-in "as"
    if before.rstrip().endswith("by") and (
        _AN_ADVERTS_MAKER.search(before) or _A_DEALS_BUYER.search(before) or _A_HORSES_SIRE.search(before)
    ):
        # "The 'Mā te wā' spot was created by Contagion (2018)": who made an advert, and when; "The takeover by
        # Comcast (2018) changed": who bought, and when; "a filly by Dubawi (2002)": a horse's sire, and its year.
        return False
    if _LEAD_IN.search(before):
        return True
    if an_events_edition(before, citation.author_text, text[citation.end :]):
        return False  # "The first Edinburgh International Festival (1947) set the model": an edition's year
    if _OWNED_BY_A_NOUN.search(before):
        return False  # "The Fernheim cooperative's Ausstellung (1998) drew visitors": the cooperative's show
    if _RUNS_ON.search(before):
        return False  # "Save to Invest (2020)", "Donoghue v Stevenson (1932)": the name starts further back
    after = text[citation.end :]
    following = _NEXT_WORD.match(after)
    # "Porter's (1985) model", "Lloyd-Hughes and Rooij's (2011) guidance says": a work, or a thing of the author's
    # that says what a source says.
    if (
        following is not None
        and _POSSESSIVE_BEFORE_YEAR.search(citation.text)
        and (
            following.group(1).casefold() in _WORK_NOUNS
            or (_a_noun(following.group(1)) and _verb_after(after[following.end() :]))
            # "Kerwick's (2018) fan engagement framework": a work named by the words before its noun.
            or _A_WORK_AFTER_ITS_KIND.match(after) is not None
        )
    ):
        return True
    return _verb_after(after)  # an organisation's name may end in "'s" too: "Watson's (2016) stress that"


# Up to two words in lower case, then a word for a theory or a model: "fan engagement framework", "brand equity model".
_A_WORK_AFTER_ITS_KIND = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+){1,2}(?:model|framework|theory|typology|taxonomy|matrix|ladder|hierarchy|scale|"
    r"approach|concept|definition|classification|method)\b"
)
# An advert, a thing of a campaign or its song, then who made it: "The 'Mā te wā' spot was created by", "the ads
# were shot by", "The campaign song was by".
_AN_ADVERTS_MAKER = re.compile(
    r"\b(?:spot|ad|advert|advertisement|commercial|campaign|jingle|logo|mascot|billboard|poster|livery|ident|"
    r"packaging|film|video|song|track|anthem|soundtrack|tune)s?\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:is|was|are|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:(?:created|made|produced|designed|directed|shot|animated|devised|conceived|developed|written|sung|"
    r"performed|recorded)\s+)?by\s+$",
    re.IGNORECASE,
)
# A horse, then "by" and its sire, as pedigrees are written: "a filly by", "The colt, by", "a Group-winning mare by".
_A_HORSES_SIRE = re.compile(
    r"\b(?:colt|filly|fillies|foal|yearling|mare|stallion|gelding|horse|two-year-old|three-year-old)s?,?\s+by\s+$",
    re.IGNORECASE,
)
# A deal, then who made it: "The takeover by", "the £1bn acquisition of the studio by".
_A_DEALS_BUYER = re.compile(
    r"\b(?:takeover|take-over|acquisition|purchase|buyout|buy-out|bid|merger|rescue|bailout|bail-out|sale|stake|"
    r"investment)\s+(?:[\w'’£$€.-]+\s+){0,4}?by\s+$",
    re.IGNORECASE,
)
# A common noun's possessive just before a name: what is named is that thing's ("the brand's Ausstellung"), not a
# source ("Porter's (1985) model" has the author's name before "'s").
_OWNED_BY_A_NOUN = re.compile(r"(?:^|\s)[a-z][a-z-]+['’]s\s+$")
# The words for a law in French, Portuguese, Spanish and Italian, which come before the name it is known by.
_LAW_BEFORE_ITS_NAME = re.compile(r"\b(?i:loi|lei|ley|legge|décret|decreto)\s+$")
# A capitalised word mid-sentence, then "as": "Twice as Tall", "Same as Ever".
_TITLE_WORD_BEFORE_AS = re.compile(r"[^.!?:;\s]\s+[A-Z][\w'’-]*\s+as\s+$")
_TITLE_BEFORE_COLON = re.compile(r"(?:^|[\s(])((?:[A-Z][\w'’&-]*|\d+)(?:\s+(?:[A-Z][\w'’&-]*|\d+|of|the|and))*):\s*$")


def _after_a_titles_colon(before: str, author_text: str) -> bool:
    """Whether one capitalised word stands after a title's first half and its colon: "Final Fantasy XIV: Endwalker
    (2021)" names a game, not its maker. "Source: Mintel (2020)" and "Figure 2: Ofcom (2021)" stay sources."""
    if " " in author_text.strip():
        return False
    title = _TITLE_BEFORE_COLON.search(before)
    if title is None:
        return False
    first = title.group(1).split()[0].casefold()
    return first not in NOT_AUTHORS and first not in SENTENCE_OPENERS and first not in _SOURCE_KINDS


# Words before a name that make it a source, whatever the name looks like ("The findings of Liverpool Echo
# (2024)", "In the opinion of Kick It Out (2019)"): things made or held have no findings or opinions.
_SOURCE_LEAD_IN = re.compile(
    r"(?:\baccording\s+to|\bas\s+per|\b(?:adapted|taken|reproduced)\s+from|\bin\s+the\s+(?:opinion|view|words)\s+of|\b(?:position|stance)\s+of|"
    r"\b(?:point|argument|case|claim)\s+(?:was\s+)?made\s+by|\ba\s+point\s+(?:that|which)|"
    # "As mentioned by ANCOM (2015)", "As it was demonstrated by NBU (2014)": what a source said, and by whom.
    r"\bas\s+(?:it\s+(?:was|has\s+been|is)\s+)?(?:mentioned|noted|argued|stated|highlighted|reported|suggested|"
    r"claimed|observed|pointed\s+out|emphasi[sz]ed|explained|demonstrated|discussed|described|concluded|found|"
    r"underlined|stressed|recommended|proposed)\s+by|"
    r"\b(?:work|research|study|studies|findings|evidence|argument|paper|review|writings?|conclusions?|advice|guidance|"
    r"recommendations?)\s+(?:of|from|by))"
    # "a point that The Chartered Institute of Marketing (2016) also made": the name is read without its article.
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)
# After a name: "Fairclough (2011) is one of the few studies", "GWI (2019) was the first report to".
_SOURCE_AFTER = re.compile(  # matched at the bracket's end
    r"\s+(?:is|was|remains)\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}(?:study|studies|papers?|reports?|"
    r"sources?|reviews?|surveys?|articles?|books?|texts?|authors?|researchers?|writers?)\b"
    # "Deliveroo (2020) gave evidence that", "Key Note (2021) looked at 785 UK retailers".
    r"|\s+(?:gives|gave|provides|provided|presents|presented|offers|offered)\s+(?:evidence|data|figures)\b"
    r"|\s+(?:looks|looked)\s+at\s+[\d,]+\s"
    # "Travel Manitoba (2011) came to much the same conclusion": a conclusion is a source's.
    r"|\s+(?:came|comes|come|reached|reaches|reach)\s+(?:to\s+)?(?:much\s+)?(?:the\s+same|a\s+similar|similar|"
    r"the\s+opposite)\s+conclusions?\b"
    # "di Stefano, Pereira and Moloney (2015) makes the point that": an author's point, not a thing's making.
    r"|\s+(?:makes|made|make)\s+(?:the|a|this|that|an?\s+\w+)\s+(?:point|case|argument|observation)\b"
    # "Wagle (2015) were among the first to argue that": the first to say something, not to launch something.
    r"|\s+(?:is|was|are|were)\s+(?:among\s+|one\s+of\s+)?the\s+first\s+to\s+(?:argue|show|note|suggest|find|report|"
    r"claim|propose|identify|observe|point\s+out|describe|examine|study|explore|document|question|warn|link|measure)\b"
)
# "Coca-Cola HBC Srbija (2020) concluded that": a finding or an argument is a source's, not a product's. Asked of
# names of several words: one word read before the year may be the end of a longer name ("Securities and Exchange
# Commission, Nigeria (2013) concludes", "McDonald's Holdings Company (Japan), Ltd. (2023) concluded").
_FINDS_THAT = re.compile(
    # "Which? Trusted Traders (no date b), for instance, maintained that": an aside may stand before the verb.
    r"(?:,\s+(?:for\s+(?:instance|example)|however|though|by\s+contrast|in\s+contrast|instead|too),)?"
    r"\s+(?:also\s+)?(?:found|finds|concluded|concludes|argued|argues|contended|contends|posited|posits|asserted|"
    r"asserts|maintained|maintains|suggest|suggests|suggested|argue|find|conclude|note|notes|noted|observe|observes|"
    r"observed|claim|claims|claimed|report|reports|reported|state|states|stated|contend|posit|assert|maintain|"
    r"explain|explains|explained|propose|proposes|proposed|believe|believes|believed|emphasise|emphasises|"
    r"emphasised|emphasize|emphasizes|emphasized|stress|stresses|stressed|submit|submits|submitted|warn|warns|"
    r"warned|points?\s+out|pointed\s+out)\s+that\b"
    # "Mott MacDonald (2025) found little evidence that": what evidence a study found is a source's.
    r"|\s+(?:also\s+)?(?:found|finds)\s+(?:little|no|some|strong|clear|mixed|limited|new|further)\s+evidence\s+"
    r"(?:that|of|for)\b"
    # "Superdrug Online Doctor (2021) questioned whether": a doubt raised is a source's, not a thing's.
    r"|\s+(?:also\s+)?(?:questions|questioned|asks|asked|doubts|doubted|wonders|wondered)\s+whether\b"
)


_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
# Verbs of saying, not of showing: "As Wonka (2023) shows" may be a film's showing.
_SAYS_AFTER = re.compile(
    r"\s+(?:also\s+|rightly\s+|correctly\s+)?(?:points?\s+out|pointed\s+out|not(?:es?|ed)|argu(?:es?|ed)|"
    r"explain(?:s|ed)?|observ(?:es?|ed)|stat(?:es?|ed)|puts?\s+it|claim(?:s|ed)?|warn(?:s|ed)?|conclud(?:es?|ed)|"
    r"stress(?:es|ed)?|emphasi[sz](?:es|e|ed)|makes?\s+clear|made\s+clear|remind(?:s|ed)?|says|say|said)\b"
)


# A bracket sending the reader to a work: "(see Abi Nader, 2020b)", "(see also ...)", "(cf. ...)".
_SEE_A_SOURCE = re.compile(r"\(?(?:see|cf\.)\s", re.IGNORECASE)
# Letters joined by a hyphen or an apostrophe.
_LETTERS_JOINED = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_A_YEAR_OR_NO_DATE = re.compile(rf"{_YEAR}|{_NO_DATE}", re.IGNORECASE)


def _segment_beside(text: str, citation: Citation, *, after_it: bool) -> str:
    """The segment of a bracket of several beside a citation's, across the semicolon after it (``after_it``) or
    before it, brackets inside it kept whole ("Instituto Hondureño del Café (IHCAFE), 2003")."""
    depth = 0
    if after_it:
        for index in range(citation.end + 1, len(text)):
            char = text[index]
            depth += (char == "(") - (char == ")")
            if depth < 0 or (char == ";" and depth == 0):
                return text[citation.end + 1 : index]
        return text[citation.end + 1 :]
    end = text.rindex(";", 0, citation.start)
    for index in range(end - 1, -1, -1):
        char = text[index]
        depth += (char == ")") - (char == "(")
        if depth < 0 or (char == ";" and depth == 0):
            return text[index + 1 : end]
    return text[:end]


def _a_place_or_town(name: str) -> bool:
    """Whether a name before a year in a bracket is a place's or a town's ("Leeds", "Malmö")."""
    name = name.strip()
    return bool(name) and (is_place(name) or is_a_town(name))


def _a_works_segment(segment: str) -> bool:
    """Whether a segment of a bracket split at its semicolons reads as one work's, after any lead-in ("see", "from"):
    a name whose first word is no plain word in lower case ("al-Mawali", "eBay", "a2i", "bdnews24.com", "@ofcom") or
    is a surname's particle, and a year or "no date"; not an aside ("shortlisted again in 2023")."""
    rest = segment.strip()
    if (lead_in := _PREFIX.match(rest)) is not None:
        rest = rest[lead_in.end() :]
    first = rest.split(" ", 1)[0]
    plain_word = first.islower() and _LETTERS_JOINED.fullmatch(first) is not None  # "shortlisted", not "Ó", "a2i"
    opens = bool(first) and (not plain_word or first.casefold() in PARTICLES)
    return opens and _A_YEAR_OR_NO_DATE.search(rest) is not None


def _an_authors_segment(segment: str) -> bool:
    """Whether the name before the year in a segment of a bracket of several looks like an author's."""
    rest = segment.strip(" ()")
    if (lead_in := _PREFIX.match(rest)) is not None:
        rest = rest[lead_in.end() :]
    year = _A_YEAR_OR_NO_DATE.search(rest)
    name = rest[: year.start()].strip(" ,") if year is not None else ""
    return bool(name) and looks_like_author(name)


def opens_with_a_lead_in(citation: Citation) -> bool:
    """Whether a bracketed citation opens with a word that points to a source ("(see Porter, 1985)", "(e.g. Kantar,
    2018)", "(Source: Mintel, 2020)"): a credit of a thing's year ("(Jumbo, 1882)") is not led in."""
    return not citation.narrative and _PREFIX.match(citation.text.removeprefix("(")) is not None


def reads_as_a_source(text: str, citation: Citation) -> bool:
    """Whether what surrounds a citation makes its name a source whatever the name looks like ("The findings
    of Liverpool Echo (2024)", "Wrexham AFC (2020) is one of the few studies"): a page or paragraph cited, a
    lead-in only sources take, or after the name a word for a study; a work read in another ("X, 2008, cited
    in Macmillan Cancer Support, 2024"), or one of several in a bracket ("(Ipsos, 2008; Tony's Chocolonely,
    2023)"). ``text`` is the citation's block."""
    opener = citation.author_text.split(" ", 1)[0]
    if opener.casefold() in SENTENCE_OPENERS and (citation.narrative or opener != "The"):
        # "As B2B Marketing (2020, p. 167)": a reading that took in the sentence's first word. In a bracket, "The"
        # opens the name itself: "(Taylor, 2018; The Crown Estate, 2018)".
        return False
    if citation.narrative and citation.author_text.casefold() in COMPANY_SUFFIXES:
        return False  # "Digicel (Trinidad & Tobago) Limited's (2010) study": a firm's form alone, its name read short
    # A bare number after the year is no page ("(Stb. 2010, 19)": a gazette's year and issue), and a law's section is
    # its own ("(Gambling Act 2005, section 7)"): a law is a source only where the list gives it.
    if (
        (
            citation.locator
            and not _BARE_NUMBER.match(citation.locator)
            and _doubt_about_name(citation.author_text) != "law"
        )
        or citation.secondary
        or "cited in" in citation.text
        # "(Synergy Dentsu, no date)": a work with no date is a source; a thing is named with the year it was made.
        # Not a narrative reading, whose names may be read short ("... (Japan), Ltd. (no date)" as "Ltd.").
        or (citation.year.startswith("n.d.") and not citation.narrative)
    ):
        return True
    if not citation.narrative:
        # "(see Emaar Properties, 2015)": only a source is sent to; "(Seznam Zprávy, 2005b)": see ``lettered_year``.
        sent_to = _SEE_A_SOURCE.match(citation.text) is not None and _SEE_A_SOURCE.match(citation.author_text) is None
        if sent_to or lettered_year(citation.year):
            return True
        # One segment of a bracket of several works, followed or led by a semicolon; not of a thing's new names, nor
        # a census or a survey by its name ("(Censos 2011; Censos 2021)": two censuses, where the figures come from).
        after_it = text[citation.end : citation.end + 1] == ";"
        if not (after_it or text[: citation.start].rstrip().endswith(";")):
            return False
        # "(BETT Awards 2022; shortlisted again in 2023)": an aside after the semicolon is no other work.
        inside = not citation.text.endswith(")") if after_it else not citation.text.startswith("(")
        beside = _segment_beside(text, citation, after_it=after_it)
        if inside and not _a_works_segment(beside):
            return False
        if inside and not looks_like_author(citation.author_text) and not _an_authors_segment(beside):
            # "(Recruiter Awards 2024; CIPD People Management Awards 2024)": prizes and their years, one beside the
            # other, and no author among them; a bracket of works lists at least one name an author's looks like.
            return False
        if _a_place_or_town(citation.author_text) and _a_place_or_town(beside.strip(" ()").rpartition(",")[0]):
            return False  # "Expansion went north (Leeds, 2016; Glasgow, 2018)": where and when, not two sources
        if citation.weak and names_a_survey(citation.author_text):
            return False
        return not _after_renamed(text[: text.rfind("(", 0, citation.start)])
    if text[citation.start : citation.end] != citation.text:
        return False
    if _SOURCE_LEAD_IN.search(text, max(citation.start - _TAIL, 0), citation.start):
        return True
    if (
        lettered_year(citation.year)
        and ". " not in citation.author_text  # "classes C and D. As Santos Filho (1999a)": a sentence's end inside
        and _A_LOWER_CASE_WORD_BEFORE.search(text, max(citation.start - 40, 0), citation.start)
    ):
        return True  # "the lesson from ICAEW (2016a) is": a lettered year, after the sentence's own words, is a work's
    if citation.year.startswith("n.d.") and _LEAD_IN.search(text, max(citation.start - _TAIL, 0), citation.start):
        return True  # "following RSPCA (no date)": a thing named with a lead-in has a year; a work may have none
    if _AS_BEFORE.search(text, max(citation.start - 4, 0), citation.start) and _SAYS_AFTER.match(text, citation.end):
        return True  # "As Chester Zoo (2020) points out, ...": only a source points out, notes or argues
    if _USED_BEFORE.search(text, max(citation.start - 12, 0), citation.start) and _TO_SHOW_AFTER.match(
        text, citation.end
    ):
        return True  # "we used Garza (2024a) to show that": a source used to make a point
    if (
        _POSSESSIVE_BEFORE_YEAR.search(citation.text)
        and _A_SOURCES_CASE.match(text, citation.end)
        # Not after a lower-case word of another language: "Ngân hàng Nhà nước Việt Nam's (2011)" is the end of a
        # body's name, read short.
        and text[: citation.start].rstrip().rpartition(" ")[2].isascii()
    ):
        return True  # "Ada Health’s (2022) argument that": an argument or a finding is a source's, not a thing's
    words = citation.author_text.split()
    # Not "Co. KG": the end of "Becker Automation GmbH & Co. KG (2015) found that" is no name of its own.
    several = len(words) > 1 and not all(word.casefold() in COMPANY_SUFFIXES for word in words[1:])
    if several and _FINDS_THAT.match(text, citation.end):
        return True
    if _A_PERSON_WHO_FOUND.match(text, citation.end) and not _RUNS_ON.search(text, 0, citation.start):
        return True  # "This agrees with Lemlem Tekle (2013), who found that": a person who found, the author
    # "The Labour Force Survey (2021) is the only source for ...": a survey is where figures come from, not who wrote.
    return _SOURCE_AFTER.match(text, citation.end) is not None and not names_a_survey(citation.author_text)


# After a name and its bracket, a person who found or argued something. Not after a name that runs on from before
# it ("Pets at Home Group plc (2015), who found": the name starts further back).
_A_PERSON_WHO_FOUND = re.compile(
    r",\s+who\s+(?:also\s+)?(?:found|finds|argued|argues|showed|shows|suggested|suggests|noted|notes|concluded|"
    r"concludes|reported|reports|observed|observes|claimed|claims|contended|contends|stressed|stresses|warned|warns|"
    r"wrote|writes|described|describes|explained|explains)\b"
)


# After a possessive name, what only a source makes: not "model", "data" or "range", which a product or a firm has;
# a framework only where it explains ("Ruiz Olabuénaga’s (2016) framework explains why"), as a firm's does not.
_A_SOURCES_CASE = re.compile(
    r"\s+(?:(?:earlier|later|recent|own|influential|seminal|widely\s+cited)\s+)?(?:arguments?|findings?|conclusions?|"
    r"observations?|recommendations?|contention|assertion|critique|literature\s+review|research|study|survey|"
    r"analysis|framework\s+(?:explains|suggests|predicts|helps\s+(?:to\s+)?explain))\b"
)
_USED_BEFORE = re.compile(r"\b(?:used|use|uses|using|drew\s+on|draw\s+on|cited|cite)\s+$")
_TO_SHOW_AFTER = re.compile(
    r"\s+to\s+(?:show|argue|support|illustrate|demonstrate|justify|evidence|make\s+the\s+case|back\s+up)\b"
)


# A name read from after a joining word that follows a capitalised word mid-sentence: the whole name runs on
# ("Save to Invest"), or is a legal case ("Cadbury v Nestlé").
_RUNS_ON = re.compile(
    r"[^.!?:;\s]\s+[A-Z][\w'’-]*\s+(?:to|at|of|on|for|in|with|v|v\.|vs|vs\.)\s+$|\bv\.?\s+$"
    # A model's name: its maker, a number, then the word read as a name ("The Fendt 1000 Vario (2015) set").
    r"|[^.!?:;\s]\s+[A-Z][\w'’-]*\s+\d+(?:[.,]\d+)*\s+$"
    # At a sentence's start, a verb and "to" ("Save to Invest (2020) set targets"); not a lead-in ("Thanks to").
    r"|(?:^|[.!?:;]\s+)(?!(?:According|Thanks|Contrary|Similar|Prior|Due|Owing|Close|Next|Relative|Compared|Back|"
    r"Up|Down|Further|Pursuant|Subject|Turning|Returning|Going|Moving|Looking|Referring|Listening)\b)"
    r"[A-Z][a-z]+(?<!ing)(?<!ed)\s+to\s+$"
)


def _verb_after(after: str) -> bool:
    # Over other authors of the same sentence ("Smith (2019) and Jones (2020) argue") and an aside ("Smith
    # (2019), for example, argues").
    after = re.sub(r"^(?:\s*(?:,|and|&)\s*[A-Z][^().;]{0,80}\([^()]*\))+", "", after)
    after = re.sub(r"^\s*,\s*[^,.;]{1,30},", " ", after)
    after = _IN_THEIR_STUDY.sub(" ", after, count=1)  # "Oyelaran (2025) in their study of banks in Takoradi found"
    found = _AFTER_NAME.match(after)
    if found is None:
        return False
    word = (found.group("word") or "").casefold()
    if found.group("which") and found.group("copula"):
        return False  # "Share a Coke (2013), which was built around": what a thing is, not what a source says
    passive = found.group("copula") and (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES)
    if found.group("copula") and word == "of":
        return _OF_THE_VIEW.match(after, found.end()) is not None  # "ul Haq (2019) is of the view that"
    if passive and word not in _CITED_VERBS:
        return False  # "Wonka (2023) was widely discussed": done to the thing named, not by an author
    if passive:
        return True  # "Boots UK (2023) is often quoted": what is done to an author
    needed = _WHAT_MUST_FOLLOW.get(word)
    if needed is not None:
        return needed.match(after, found.end()) is not None
    return not word or word in _REPORTING_VERBS


# Past participles not ending in "-ed", after "is" or "was": "The Bhutan Innovation Forum (2019) was held in Thimphu".
_IRREGULAR_PARTICIPLES = frozenset({"shown", "seen", "written", "drawn", "found", "held", "built", "run", "set", "put"})
# A source's own study named between its name and what it found: "in their study of deposit money banks in Takoradi".
_IN_THEIR_STUDY = re.compile(
    r"^\s+in\s+(?:their|his|her|its)\s+(?:\w+\s+)?(?:study|survey|paper|research|review|report|analysis|work|book|"
    r"article)\b[^,.;()]{0,80}?\s+(?=\w+\s+that\b)"
)
# Verbs that are an author's only with certain words after them, and those words: "IMF (2019) made clear that", not
# "made £10m"; "Nair (2024) proved that", not "proved popular"; "Hammami (2023) reached the same conclusion", "gives
# the example of", not "Barbie (2023) reached $1bn"; "Kotler (2017) goes further", not "Hall Group (2017) went viral";
# "Khan (2019) drew on", "drew attention to", "draws a distinction", not "Humsafar (2016) drew record TRPs".
_WHAT_MUST_FOLLOW = {
    form: after
    for forms, after in (
        ("make makes made", re.compile(r"\s+(?:it\s+)?clear\b")),
        ("prove proves proved", re.compile(r"\s+that\b")),
        (
            "reach reaches reached give gives gave given",
            re.compile(
                r"\s+(?:much\s+)?(?:(?:a|an|the|this|that|their|his|her|its)\s+)?(?:\w+\s+){0,2}?"
                r"(?:conclusions?|verdict|view|finding|examples?|definition|account|overview|reasons?|evidence)\b"
            ),
        ),
        # "Kotler (1967) introduced the concept", "Lee (2020) extends this work", not "Royal Ascot (2022) introduced a
        # new dress code" nor "Azerai Kep (2013) extended the group's style": an idea, or work on one.
        (
            "introduce introduces introduced extend extends extended",
            re.compile(
                r"\s+(?:it|them)\b|\s+(?:(?:a|an|the|this|that|these|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,3}?"
                r"(?:concepts?|terms?|idea|notion|models?|framework|theory|construct|typology|distinction|matrix|scale|"
                r"phrase|label|method|classification|definition|dimensions|stages|principles|work|research|findings|"
                r"analysis|argument|debate|literature|view|study|studies)\b"
            ),
        ),
        # "Kotler (2017) adds that", "added, however,", not "Sky Studios Elstree (2022) added thirteen sound stages".
        (
            "add adds added",
            re.compile(
                r"\s*[,:]|\s+(?:\w+ly\s+)?(?:that|to|further|weight|another|a\s+(?:further|caveat|note|point|warning|"
                r"rider|qualification|dimension|layer|nuance))\b"
            ),
        ),
        # "Ahmed (2021) takes a different view", "took issue with", not "Contactless (2007) took a decade".
        (
            "take takes took taken",
            re.compile(
                r"\s+(?:(?:a|an|the|this|that|their|his|her|its)\s+)?(?:\w+\s+){0,2}?"
                r"(?:view|position|stance|line|approach|perspective|standpoint|tack|issue|opposite|example)\b"
            ),
        ),
        (
            "go goes went gone",
            re.compile(r"\s+(?:\w+ly\s+)?(?:further|farther|beyond|so\s+far|as\s+far|a\s+step|one\s+step|back|on\b)"),
        ),
        (
            "draw draws drew drawn",
            re.compile(
                r"\s+(?:\w+ly\s+)?(?:on|upon|from|together|attention|parallels?|conclusions?|lessons?|comparisons?|"
                r"insights?|(?:a|the|an)\s+(?:\w+\s+)?(?:distinction|parallel|conclusion|comparison|line|link|lesson|"
                r"picture|contrast))\b"
            ),
        ),
    )
    for form in forms.split()
}
_OF_THE_VIEW = re.compile(r"\s+(?:the\s+)?(?:view|opinion)\b")


# "(vfa)", "(vzbv)": some German bodies write their abbreviation in lower case.
# "(M)" too: "Bintang Snacks (M) Sdn. Bhd.", a Malaysian firm's country; "(iGA)".
_BRACKETED_ABBREVIATION = re.compile(
    rf"\([a-z]?[A-Z{ACCENTED_CAPITALS}][A-Za-z{ACCENTED_CAPITALS}&.]{{0,12}}\d?(?:-[A-Z]{{1,4}})?"
    r"(?: [A-Z][A-Za-zÀ-ÿ&.-]{1,24}){0,2}\)|\([a-z][a-z\d]{1,5}\)"
)
# A bracket of two or three capitalised words, split by white space into tokens: "(IAB UK)", "(EC Directive)".
_SPLIT_BRACKET = re.compile(r"\([a-z]?[A-Z][A-Za-z&.]{1,12}")
_INITIAL = re.compile(r"[A-Z]\.")
_BRACKETED_YEAR = re.compile(r"\(\d{4}\)")
_DOTTED_SURNAME = re.compile(r"[A-Z]\.[A-Z]\.(?=[\s,]|$)")  # "K.C.", "B.K."


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether what starts at ``start`` opens its block or follows the end of a sentence."""
    return not (before := text[:start].rstrip()) or before.endswith((".", "!", "?"))


# A firm's legal name in brackets after its brand's: "Mango (Punto Fa, S.L.) (2016)".
_BRACKETED_LEGAL_NAME = re.compile(r"\([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3},? (?P<form>[\w.]+)\)$")


def _legal_name_at_end(text: str) -> int | None:
    """Where a firm's legal name in brackets, its legal form last, ends ``text`` ("Mango (Punto Fa, S.L.)"); None
    if it does not (not "U Kyaw Lin (Lin Jia Le)", a person's other name)."""
    if not text.endswith(")"):
        return None
    found = _BRACKETED_LEGAL_NAME.search(text, max(text.rfind("(", 0, len(text) - 1), 0))
    return found.start() if found is not None and found.group("form").casefold() in COMPANY_SUFFIXES else None


def _firms_legal_name(tokens: list[tuple[str, int]], index: int) -> tuple[str, int]:
    """The tokens from ``index`` that make a firm's legal name in brackets, its form last, as one ("(Punto Fa,
    S.L.)"), and how many they are; the token alone, and 1, when they make none."""
    for end in range(index + 1, min(index + 6, len(tokens))):
        if tokens[end][0].endswith(")"):
            name = " ".join(word for word, _start in tokens[index : end + 1]).replace(" ,", ",")
            if _legal_name_at_end(name) == 0:
                return name, end + 1 - index
            break
    return tokens[index][0], 1


def _bracketed_words_joined(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tokens, with a bracket of two or three capitalised words taken as one ("(IAB UK)")."""
    if not any(token[:1] == "(" and token[-1:] != ")" for token, _start in tokens):
        return tokens  # most runs of words before a bracket hold no other bracket
    joined: list[tuple[str, int]] = []
    index = 0
    while index < len(tokens):
        token, start = tokens[index]
        if _SPLIT_BRACKET.fullmatch(token):
            for width in (2, 3):
                words = [word for word, _start in tokens[index : index + width]]
                if len(words) == width and _BRACKETED_ABBREVIATION.fullmatch(" ".join(words)):
                    joined.append((" ".join(words), start))
                    index += width
                    break
            else:
                name, width = _firms_legal_name(tokens, index)
                joined.append((name, start))
                index += width
            continue
        joined.append((token, start))
        index += 1
    return joined


def _a_body_word_opens_the_name(tokens: Sequence[tuple[str, int]], index: int) -> bool:
    """Whether the capitalised words and small words of a name just before ``tokens[index]`` (back to the first
    word that is neither) hold a capitalised word for a body before a small word: "Society for the Prevention of
    Cruelty"; not a firm's form ("from PJSC to JSC": a change of form)."""
    small_word = False
    for word, _start in reversed(tokens[max(index - 10, 0) : index]):
        if word in CONNECTORS:
            small_word = True
            continue
        if not word[:1].isupper() or word.casefold() in SENTENCE_OPENERS:
            return False
        if small_word and word.casefold() in ORGANISATION_WORDS:
            return True
    return False


# A name closing on an apostrophe, as Luo names after "ng" ("Ochieng'", "Onyang'") and Mayan names with a glottal stop
# ("Tz'ib'", "K'oy'") are written, with no quotation opened before it in its sentence: the apostrophe is the name's,
# not the close of a quoted title ("'Sing' (2016)").
_A_NAME_CLOSING_ON_AN_APOSTROPHE = re.compile(r"(?:^|[\s(])[A-Z](?:[a-z]*ng|[a-z]*['’][a-z]+)['’]$")
_A_QUOTATION_OPENS = re.compile(r"(?:^|[\s(\[])['‘]\w")


def _ends_in_a_name_closing_on_an_apostrophe(head: str) -> bool:
    if _A_NAME_CLOSING_ON_AN_APOSTROPHE.search(head, max(len(head) - 40, 0)) is None:
        return False
    sentence = head[max(head.rfind(". "), len(head) - 200, 0) :]
    return _A_QUOTATION_OPENS.search(sentence) is None


def _narrative_authors(
    before: str, *, lenient: bool = False, verb_follows: bool = False, says: Callable[[], bool] = _never
) -> tuple[str, int] | None:
    """The name written just before a narrative citation's bracket, and where it starts; None if none.

    ``lenient`` also takes capitalised words that are usually no name ("Lord", "Page", "May"): such a reading
    is weak, and kept only if the reference list names it. ``verb_follows`` says the bracket is followed by a
    word of the same sentence (so the names before it are its subject); ``says``, asked when it matters, whether
    the word is a verb of what an author does ("adds", "found").
    """
    end = len(before.rstrip())
    head = before[:end]
    if head.endswith(("”", '"')) or (
        head.endswith(("'", "’"))
        and not head[:-1].endswith(("s", "z", "x"))
        and not _ends_in_a_name_closing_on_an_apostrophe(head)
    ):
        return None  # a quoted slogan or title ("‘Just Do It’ (1988)"), not a name; "Jones’ (2019)" is
    for possessive in ("'s", "’s", "'", "’"):
        if head.endswith(possessive):
            head = head[: -len(possessive)]
            break
    # Names sit just before the bracket: look at the last 200 characters, not the whole paragraph. Only their last
    # 14 tokens are looked at, read from the last 100 characters first: when those give more than 14, the first
    # (perhaps cut short) is not among the last 14, which are the same tokens (a run without white space or comma,
    # or a comma, is read the same from any place before it).
    window = max(len(head) - 200, 0)
    tokens = [(found.group(0), found.start()) for found in _TOKEN.finditer(head, max(len(head) - 100, window))]
    if len(tokens) <= 14 and len(head) - 100 > window:
        tokens = [(found.group(0), found.start()) for found in _TOKEN.finditer(head, window)]
    kept: list[tuple[str, int]] = []
    recent = _bracketed_words_joined(tokens[-15:])[-14:]
    word_before = ""
    spelled_from: int | None = None  # where lower-case words spelled past by a name's letters begin
    for index in range(len(recent) - 1, -1, -1):
        token, start = recent[index]
        at_end = not kept
        is_et_al = token.casefold().strip(".") in {"et", "al", "et.al"}
        # "(ONS)" just before the year's bracket, or "(Europe)" inside a firm's name: "Acme (Europe) Ltd (2021)".
        is_abbreviation = (
            # "Mango (Punto Fa, S.L.) (2016)": the brand's firm, by its legal name, just before the year.
            (at_end and _legal_name_at_end(token) == 0)
            or (
                _BRACKETED_ABBREVIATION.fullmatch(token) is not None
                and (
                    at_end
                    or kept[-1][0].casefold() in COMPANY_SUFFIXES
                    # "(EC Directive) Regulations"
                    or (kept[-1][0][:1].isupper() and kept[-1][0].casefold() in LAW_WORDS)
                    # "Human Tissue (Authorisation) (Scotland) Act 2019": a law's brackets, one after the other.
                    or (kept[-1][0][:1] == "(" and any(word.casefold() in LAW_WORDS for word, _start in kept))
                    # "PricewaterhouseCoopers (PwC) Indonesia (2008)": the letters of the name just before it;
                    # "International Institute for Population Sciences (IIPS) & ICF (2019)": before another author.
                    or (
                        (kept[-1][0][:1].isupper() or kept[-1][0] in {"&", "and"})
                        and _abbreviates(token, recent[:index])
                    )
                )
            )
        )
        # "Health and Safety at Work etc. Act 1974 (1974)": "etc." and "at" between capitalised words of a law's
        # name are inside it.
        in_a_law = (
            token in {"etc.", "at"}
            and bool(kept)
            and kept[-1][0][:1].isupper()
            and any(word[:1].isupper() and word.casefold() in LAW_WORDS for word, _start in kept)
        )
        # "U.S. Bureau of Labor Statistics (2024)": a country's dotted abbreviation opens a body's name.
        place_before_name = token in _DOTTED_PLACES and bool(kept) and kept[-1][0][:1].isupper()
        # "Zulkifli b. Mohd Nor (2020)": the link between a person's own names and the father's, whose "b." ends
        # no sentence.
        fathers = (
            bool(kept)
            and index > 0
            and (
                links_a_fathers_name(recent[index - 1][0], token, kept[-1][0])
                # "N'Guessan épouse Yao (2019)", "Traoré dit Kader (2021)": a woman's own and married names, or a
                # name and its nickname, one person's.
                or (len(token) > 2 and joins_one_persons_names(token, kept[-1][0])
                    and recent[index - 1][0][:1].isupper())
            )
        )  # fmt: skip
        sentence_end = (
            token.endswith(".")
            and token not in _SENTENCE_END
            and not fathers
            # "Khin Myo Thant, B.K. and Ghimire (2013)": a surname written as its initials, in a list of names.
            and not (_DOTTED_SURNAME.fullmatch(token) and kept and kept[-1][0] in {",", "and", "&"})
            # "J.D. Power (2019) showed": initials that open their sentence cannot also end the one before.
            and not (_DOTTED_SURNAME.fullmatch(token) and kept and _opens_a_sentence(head, start))
            and token.casefold() not in COMPANY_SUFFIXES  # "Grupo Bimbo, S.A.B. de C.V. (2020)"
            and not _INITIAL.fullmatch(token)
            and not in_a_law
            and not place_before_name
        )
        if sentence_end and not at_end and not is_et_al:
            break
        if place_before_name:
            kept.append((token, start))  # and the name opens with it: "... in the U.S. Congress (2003)"
            word_before = recent[index - 1][0] if index > 0 else ""
            break
        gaelic = index > 0 and is_gaelic_infix(recent[index - 1][0], token)
        law_year = at_end and index > 0 and _LAW_YEAR.search(f"{recent[index - 1][0]} {token}") is not None
        # "Virgin Media O2 (2022)", "Channel 4 (2019)": read, but weak (``_doubtful_name``) unless listed.
        numbered = is_numbered_name_word(token)
        # "Medicines and Healthcare products Regulatory Agency (MHRA) (2015)": a lower-case word between capitalised
        # words of a name that ends on a word for a body.
        inside_a_body = (
            token.isalpha()
            and token.islower()
            and token not in _FUNCTION_WORDS  # "Data from The Guardian (2024)": the sentence's words
            and bool(kept)
            and kept[-1][0][:1].isupper()
            and index > 0
            and recent[index - 1][0][:1].isupper()
            and recent[index - 1][0].casefold() not in SENTENCE_OPENERS | {"i"}  # "The consultancy", "I read"
            and (
                any(word.casefold() in ORGANISATION_WORDS for word, _start in kept)
                # "Národná banka Slovenska": a word for a body in another language, in lower case inside the name.
                or (is_body_word(token) and token not in ORGANISATION_WORDS)
            )
        )
        # "boohoo group plc (2024)", "daa plc (2022)": a firm's name in lower case before its form, back to a small
        # word of the sentence.
        lower_case_firm = (
            token.isalpha()
            and token.islower()
            and token not in _FUNCTION_WORDS
            and 0 < len(kept) < 4
            and kept[0][0].casefold() in COMPANY_SUFFIXES
            and all(word.islower() for word, _start in kept)
        )
        # "Royal Society for the Prevention of Cruelty to Animals (2013)": "to" between capitalised words of a name
        # that a word for a body opens.
        to_inside_a_body = (
            token == "to"
            and bool(kept)
            and kept[-1][0][:1].isupper()
            and index > 0
            and recent[index - 1][0][:1].isupper()
            and _a_body_word_opens_the_name(recent, index)
        )
        # "TAB Gıda Sanayi ve Ticaret A.Ş. (2023)", "Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen
        # (IQWiG)", "Freiwillige Selbstkontrolle für die Arzneimittelindustrie e.V.": the small words of a body's name
        # in its own language, before its legal form or after the word that makes it a body.
        in_a_foreign_body = (
            token in LINKS_IN_OTHER_LANGUAGES
            and (token != "die" or (index > 0 and recent[index - 1][0] in LINKS_IN_OTHER_LANGUAGES))
            and bool(kept)
            and (kept[-1][0][:1].isupper() or kept[-1][0] in LINKS_IN_OTHER_LANGUAGES)
            and index > 0
            and (recent[index - 1][0][:1].isupper() or recent[index - 1][0] in LINKS_IN_OTHER_LANGUAGES)
            and (
                any(w.casefold() in COMPANY_SUFFIXES for w, _s in kept)
                or body_word_opens(recent[:index])
                or _opens_a_sentence_case_body(recent, index)
                # "Magyar Kereskedelmi és Iparkamara (MKIK)": the word that makes it a body ends the name.
                or any(is_body_word(word) for word, _start in kept if word[:1] != "(")
            )
        )
        # "Institut de la statistique du Québec (ISQ) (2010)", "Office de la protection du consommateur (2014)": a body
        # named in its own language in sentence case, its lower-case words between its first word and the year.
        in_a_sentence_case_body = (
            _lower_case_word(token)
            and token not in _FUNCTION_WORDS
            and _opens_a_sentence_case_body(recent, index, linked=_small_words_then_lower_case(kept))
        )
        # "Česká marketingová společnost (2005)", "Úrad na ochranu osobných údajov Slovenskej republiky (2011)": a
        # Czech or Slovak body's name, in lower case after its first word but for its places.
        in_a_slavic_body = (
            token.isalpha()
            and token.islower()
            and token not in _FUNCTION_WORDS
            and not in_a_sentence_case_body
            and _opens_a_slavic_body(recent, index, kept)
        )
        # "Sveriges riksdag (2010)", "Tietosuojavaltuutetun toimisto (2022)": a body's name in sentence case, ending on
        # its word for a body.
        ends_on_a_body_word = (
            at_end
            and index > 0
            and is_body_word_in_lower_case(token)
            and recent[index - 1][0][:1].isupper()
            and recent[index - 1][0].casefold() not in SENTENCE_OPENERS | {"i"}
        )
        # "set out by i News (2017)": a lone lower-case letter opening a title's name.
        # "Comisión Nacional de los Mercados y la Competencia (CNMC)": a surname's joining word before a particle.
        letter = (
            is_lone_letter(token)
            and bool(kept)
            and (kept[-1][0][:1].isupper() or (token in SURNAME_JOINERS and kept[-1][0] in PARTICLES))
        )
        # "A.P. Moller - Maersk A/S (2025)": a dash between capitalised names joins one firm's name.
        dash = (
            token in DASHES
            and bool(kept)
            and kept[-1][0][:1].isupper()
            and index > 0
            and recent[index - 1][0][:1].isupper()
        )
        # "Cold Storage Singapore (1983) Pte Ltd (2019)": a year in brackets inside a firm's name, before its form.
        firms_year = (
            bool(kept) and _BRACKETED_YEAR.fullmatch(token) is not None and (kept[-1][0].casefold() in COMPANY_SUFFIXES)
        )
        # "Koninklijke Nederlandse Maatschappij tot bevordering der Tandheelkunde (KNMT) (2016)": lower-case words
        # inside a name whose letters, after it, still have capitals to spell before them.
        still_spelled = _lower_case_word(token) and len(kept) > 1 and _letters_still_to_spell(kept)
        joins = (
            token == "," or token in {"and", "&"} or is_et_al or is_abbreviation or gaelic or law_year or numbered
            or firms_year
            or in_a_law or letter or inside_a_body or in_a_foreign_body or in_a_sentence_case_body or dash or fathers
            or ends_on_a_body_word or in_a_slavic_body or to_inside_a_body or lower_case_firm
        )  # fmt: skip
        # "How do Smith and Jones (2019) define", "as do Evans and Li (2020)": the verb, not the Portuguese particle
        # ("do Nascimento").
        english_do = token == "do" and index > 0 and recent[index - 1][0].casefold() in _ASKING_DO
        named = joins or (is_name_word(token) and not english_do)
        if still_spelled and not named and spelled_from is None:
            spelled_from = len(kept)  # the first word only the letters let in
        if named or still_spelled:
            kept.append((token, start))
            continue
        word_before = token
        break
    if spelled_from is not None and not _letters_spell_the_name(kept):
        # "learn from Scottish Charity Regulator (OSCR) (2011)": the letters are more than the name's capitals, so the
        # lower-case words they let in are the sentence's.
        word_before = kept[spelled_from][0]
        kept = kept[:spelled_from]
    kept.reverse()
    # "every day, and Schäfer, dos Reis and de la Fuente (2017)": the sentence's "and" opens no author list.
    while kept and kept[0][0] in {",", "and", "&"}:
        kept = kept[1:]
    if verb_follows and word_before[:1].islower() and any(token == "," for token, _start in kept):
        # "In the case of Revolut, Huang and Eze (2013) suggest": the sentence's opening preposition governs the
        # first name after its phrase, as in "For Greggs, Smith and Jones (2019) found".
        first_name = next((start for token, start in kept if token not in CONNECTORS), kept[0][1])
        word_before = _opening_word(head, first_name, word_before)
    opening: Callable[[], bool] = (
        functools.partial(_clause_opens_with_a_preposition, head, kept[0][1]) if kept else _never
    )
    kept = kept[_outside_author_list(kept, verb_follows, word_before, says, opening) :]
    # A comma only joins a list of authors ("Harris, Jones and Smith") or a firm's suffix to its name ("Hasbro,
    # Inc."); otherwise the name starts after it.
    commas = _list_commas(kept)
    if commas and not any(token in {"and", "&"} for token, _start in kept[commas[-1] :]):
        before_comma = " ".join(token for token, _start in kept[: commas[-1]])
        after_comma = " ".join(token for token, _start in kept[commas[-1] + 1 :])
        # "Ministerio de Agricultura, Pesca y Alimentación (2015)": one body's name, its fields after the comma.
        fields = one_body_listing_its_fields(split_author_list(f"{before_comma}, {after_comma}")[0])
        # "Ministère de l'Économie, de l'Innovation et de l'Énergie (2019)": a body's name in its own language runs
        # on after a comma with one of that language's small words.
        runs_on = after_comma.split(" ", 1)[0] in LINKS_IN_OTHER_LANGUAGES and any(
            is_body_word(word) for word in before_comma.split()
        )
        if (
            not is_body_then_place(before_comma, after_comma)
            and not fields
            and not runs_on
            and not _spelled_out_by_its_letters(kept)
        ):
            kept = kept[commas[-1] + 1 :]
    # A sentence's opening word is no name ("However"); "i" in lower case is a title's letter ("i News"), not "I".
    while kept and (kept[0][0] in {",", "and", "&", "of", "for", "the", "in", "on"}
                    or (kept[0][0].casefold().strip(",") in SENTENCE_OPENERS
                        and not _opener_kept(kept, lenient)
                    and not is_lone_letter(kept[0][0]))):  # fmt: skip
        kept = kept[1:]
    if (
        len(kept) > 2
        and _INITIAL.fullmatch(kept[0][0])
        and any(token in {"and", "&", ","} for token, _start in kept)
        and not any(_INITIAL.fullmatch(token) for token, _start in kept[1:])
    ):
        # "... young people on X. Asante, Szymańska and de Mello (2017)": a list giving no other author an
        # initial gives none to the first; the letter ends the sentence before ("X", the platform).
        kept = kept[1:]
    if len(kept) > 2 and kept[0][0].casefold() in NOT_AUTHORS and _INITIAL.fullmatch(kept[1][0]):
        # "... are in Appendix D. Gallagher and Fitzgerald (2022)": a label and its letter end the sentence before.
        kept = kept[2:]
    if not kept:
        return None
    start = kept[0][1]
    author_text = head[start:].strip()
    body, _abbr = split_abbreviation(split_et_al(author_text)[0])
    # "CBL (Centraal Bureau Levensmiddelenhandel) (2018)": a body's letters, then the name they stand for.
    body = name_its_letters_stand_for(body) or body
    body = _FIRMS_YEAR.sub("", body)  # "Cold Storage Singapore (1983) Pte Ltd": read without its name's year
    # "Mango (Punto Fa, S.L.)": the brand's name is read, its firm's legal name after it left out.
    if legal_name := _legal_name_at_end(body):
        body = body[:legal_name].rstrip()
    # With its letters, a name may hold lower-case words they spell past ("tot bevordering der Tandheelkunde (KNMT)").
    spelled = f"{body} ({_abbr})" if _abbr else body
    if not body or not is_author_text(spelled, strict=not lenient):
        return None
    return author_text, start


# A body's letters alone in a bracket, one word: "(KNMT)", "(IVBAM)", "(CESE)"; not "(Teledyne FLIR)", a firm's owner.
_LETTERS_IN_BRACKETS = re.compile(rf"\([A-Z{ACCENTED_CAPITALS}][A-Za-z{ACCENTED_CAPITALS}&.-]{{1,11}}\)")


def _letters_still_to_spell(kept: Sequence[tuple[str, int]]) -> bool:
    """Whether the names kept so far, read back from a year (nearest first), open on a bracketed abbreviation of three
    letters or more whose last letters the capitals of the words after it spell, and not yet all of them: "(KNMT)"
    after "Maatschappij tot bevordering der Tandheelkunde" still needs "K" and "N"."""
    last = kept[0][0]
    if _LETTERS_IN_BRACKETS.fullmatch(last) is None:
        return False
    letters = capitals_unaccented(last)
    capitals = "".join(capitals_unaccented(token) for token, _start in reversed(kept[1:]))
    return len(letters) > 2 and 0 < len(capitals) < len(letters) and letters.endswith(capitals)


def _letters_spell_the_name(kept: Sequence[tuple[str, int]]) -> bool:
    """Whether the names kept, read back from a year (nearest first) and opening on a body's letters, hold capitals that
    spell those letters exactly, less the sentence's opening words and lower-case words before the name."""
    words = [token for token, _start in reversed(kept[1:])]
    while words and (words[0].casefold() in SENTENCE_OPENERS or not words[0][:1].isupper()):
        words = words[1:]
    return letters_spell(kept[0][0], words)


def _spelled_out_by_its_letters(kept: Sequence[tuple[str, int]]) -> bool:
    """Whether names read before a year end on a bracketed abbreviation whose letters are the capitals of all the
    words before it, over a comma: "Instituto do Vinho, do Bordado e do Artesanato da Madeira (IVBAM)" is one body's
    name, not a list."""
    last = kept[-1][0] if kept else ""
    if _LETTERS_IN_BRACKETS.fullmatch(last) is None:
        return False
    # "As Conseil Économique, Social et Environnemental (CESE)": the sentence's opener is read off later.
    words = [token for token, _start in kept[:-1]]
    while words and words[0].casefold() in SENTENCE_OPENERS:
        words = words[1:]
    return letters_spell(last, words)


def _abbreviates(bracketed: str, before: Sequence[tuple[str, int]]) -> bool:
    """Whether a bracketed abbreviation gives the capitals of the words just before it, in order: "(PwC)" after
    "PricewaterhouseCoopers", "(BSP)" after "Bangko Sentral ng Pilipinas"."""
    letters = [ch for ch in bracketed if ch.isupper()]
    capitals: list[str] = []
    for word, _start in reversed(before[-6:]):
        capitals[:0] = [ch for ch in word if ch.isupper()]
        if len(capitals) >= len(letters):
            return len(letters) > 1 and capitals == letters
    return False


# Sentence openers that also open bodies' names ("Building Societies Association", "Research Councils UK", "Work
# Foundation"), the last words such names end on, and openers of titles that ask a question ("What Car?").
_BODY_OPENERS = frozenset({"Building", "Research", "Work"})
_BODY_ENDS = ORGANISATION_WORDS | {"uk"}
_QUESTION_OPENERS = frozenset({"What", "Which", "Who"})


_MEMBERS = ("ers", "ists", "ants", "ents")  # "Marketers", "Journalists", "Accountants", "Students"


def _opener_kept(kept: list[tuple[str, int]], lenient: bool) -> bool:
    """Whether a sentence opener starting a run of names belongs to them: it opens a body's name (capitalised words
    after it, the last a word for a body) or a title asking a question; or a lenient reading keeps a capitalised
    one ("Lord", "Page", "May"), though not before a lone letter, a title's ("Following i (2018)", read as "I" where
    the list gives the newspaper "i"; "The i Paper" is one name)."""
    first, rest = kept[0][0], kept[1:]
    if rest and first in _QUESTION_OPENERS and kept[-1][0].endswith("?"):
        return True
    # "Building Societies Association (BSA)": the body's letters after it leave its last word before them.
    last = kept[-2][0] if len(kept) > 2 and kept[-1][0].startswith("(") else kept[-1][0]
    if rest and first in _BODY_OPENERS and rest[0][0][:1].isupper() and last.casefold() in _BODY_ENDS:
        return True
    if rest and first.endswith(_MEMBERS) and first.isalpha() and rest[0][0].istitle() and is_body_word(rest[0][0]):
        return True  # "Marketers Association of Zimbabwe (2017)": the members a body is named after
    if len(rest) == 1 and first[:1].isupper() and rest[0][0].casefold() in COMPANY_SUFFIXES:
        return True  # "agreed with Via S.A. (2016)": a legal form after it makes the opener the firm's name
    if first == "An" and rest and _AFTER_IRISH_AN.match(rest[0][0]):
        # "An Post (2013)", "An Bord Bia": English writes "A" before a consonant, so this "An" is the Irish name's.
        return True
    if rest and rest[0][0] == "," and first.casefold() in _TITLES_THAT_ARE_SURNAMES:
        return True  # "Lord, Dass-Jones and Ritter (2016)": a title takes no comma after it; a surname in a list does
    if rest and first.casefold() in _FUNCTION_OPENERS:
        return False  # "As May Poot and Johnson-Ortiz (2004)": a conjunction or preposition opens no name before others
    return lenient and first[:1].isupper() and not (rest and len(rest[0][0]) == 1 and first != "The")


# A word sounded with a consonant, which English "An" never stands before (not "H", nor letters read by name, "An
# MBA").
_AFTER_IRISH_AN = re.compile(r"[BCDFGJKLMNPQRSTVWXYZ][a-záéíóú]")
# Titles among the sentence openers that are surnames too ("Lord", "Lady", "Sir").
_TITLES_THAT_ARE_SURNAMES = frozenset({"lord", "lady", "sir", "dame"})
# Sentence openers that are conjunctions or prepositions, which no name of several words starts with.
_FUNCTION_OPENERS = frozenset({
    "as", "in", "however", "while", "whilst", "although", "though", "when", "where", "since", "because", "if",
    "whereas", "according", "following", "like", "unlike", "but", "yet", "so", "thus", "hence", "with", "without",
    "by", "from", "to", "of", "on", "at", "per", "via", "within", "among", "between", "despite", "during", "after",
    "before",
})  # fmt: skip


_ASKING_DO = frozenset({"how", "why", "what", "where", "when", "which", "who", "as", "so", "nor", "than"})
_PHRASE_ENDS = frozenset({"of", "for", "at", "with", "in", "on", "to", "from", "like", "about"})
_CLAUSE_BREAK = re.compile(r"[.!?:;,]\s")


def _clause_opens_with_a_preposition(head: str, names_start: int) -> bool:
    """Whether the clause holding the names starting at ``names_start`` opens with a preposition ("In a study of
    Gen Z consumers in ..."), back to the sentence's start or the last comma or other break."""
    lead = head[max(names_start - 120, 0) : names_start]
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if not breaks and names_start > 120:
        return False
    words = lead[breaks[-1].end() :].split() if breaks else lead.split()
    return bool(words) and words[0][:1].isupper() and words[0].casefold() in _SENTENCE_PREPOSITIONS


def _opening_word(head: str, names_start: int, word_before: str) -> str:
    """The first word of the sentence holding the names starting at ``names_start`` when no comma or other break
    stands between it and them; else ``word_before``."""
    lead = head[max(names_start - 80, 0) : names_start]
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if breaks and lead[breaks[-1].start()] == ",":
        return word_before
    words = lead[breaks[-1].end() :].split() if breaks else ([] if names_start > 80 else lead.split())
    # "In the case of Revolut, ...": a short phrase of lower-case words ending on a preposition; not "In my own
    # business I have seen what D'Amato, Mutasa and Rahman (2022) describe", where a clause stands between.
    phrase = words[1:]
    while phrase and phrase[-1] in {"the", "a", "an"}:
        phrase = phrase[:-1]  # "In the context of the Grand Bargain, ...": the phrase ends on its preposition
    ends = phrase[-1] in _PHRASE_ENDS or phrase[-2:] == ["such", "as"] if phrase else False
    if not (words and words[0][:1].isupper() and len(phrase) <= 6 and ends):
        return word_before
    # "For a live-service title like Valheim, ...": a hyphened word of the phrase is one of its words; "For the
    # Caribbean part of the Kingdom, ...": an adjective of a place, capitalised, is one too (not "I").
    plain = all(
        word.replace("-", "").isalpha() and (word.islower() or (word[1:].islower() and word[:1].isupper()))
        for word in phrase
    )
    return words[0] if plain else word_before


# Not Dutch "in" before an article, which opens a surname ("Sedney and in 't Veld").
_CONNECTOR = re.compile(rf"\s(?:of|for|the|on|in(?!\s+(?:{'|'.join(sorted(DUTCH_ARTICLES))})\s+[A-Z]))\s")


def _common_word_inside(body: str) -> bool:
    """Whether a lower-case word other than "and" or a particle stands inside names ("Medicines and Healthcare
    products Regulatory Agency"): the whole is one body's name."""
    words = body.split()
    return any(
        word.isalpha() and word.islower() and word != "and" and word not in PARTICLES
        and word not in PATRONYMIC_LINKS  # "Yeoh and Farah Nadia bte Rahman"
        and word not in FATHERS_NAME_ENDINGS  # "Bakyt kyzy and Iskakova"
        and not is_gaelic_infix(words[index - 1], word)  # "Mac an tSaoi"
        and not joins_one_persons_names(word, words[index + 1])  # "Puig i Ferrer and Lopes Rodrigues"
        and not (words[index - 1] in PARTICLES and words[index + 1] in PARTICLES)  # "Bredow and von und zu Aufseß"
        and not opens_with_dutch_in(words[index:])  # "Sedney and in 't Veld"
        # "Nielsen and die Pelser": a surname opening on Dutch "die" after "and"
        and not (word in OPENING_ONLY_PARTICLES and words[index - 1] == "and" and words[index + 1][:1].isupper())
        for index, word in enumerate(words[1:-1], start=1)
    )  # fmt: skip


_COMMA_OR_AND = re.compile(r",|\band\b")
_AND_BEFORE_A_COMMA = re.compile(r"(?:\band\b|&)[^,]*,")


def _citation(work: _Work, text: str, start: int, end: int, block_index: int, part: str | None) -> Citation:
    author_text = work.author_text.strip()
    body, et_al = split_et_al(author_text)
    name, abbreviation = split_abbreviation(body)
    if work.one_body:
        names, ampersand = [body], "&" in body  # read as one body's name, its commas and all (``_parse_pieces``)
    elif abbreviation:
        # An organisation giving its abbreviation is one author, "and" or not ("Data and Marketing Association").
        names, ampersand = [name], "&" in name
    elif _legal_name_at_end(body):
        names, ampersand = [body], "&" in body  # "Mango (Punto Fa, S.L.)": a brand, its firm's legal name after it
    elif (
        "," not in body
        and not body.isalpha()
        and (_CONNECTOR.search(body) or _common_word_inside(body) or _LAW_YEAR.search(body))
    ):
        # "Department for Travel and Tourism": a lowercase connector makes the whole a name, "and" included, and so
        # does a law's year ("Privacy and Electronic Communications (EC Directive) Regulations 2003"). A name of
        # letters alone ("Harris") is one word, with neither (no letter is white space): not looked at.
        names, ampersand = [body], "&" in body
    elif names_a_firm_and_its_partners(body):
        # "(Shakespeare and Company, 1919)" is a bookshop, not Shakespeare and one "Company"; the cross-check splits
        # it again if the reference list has the people (``checker._people_of``).
        names, ampersand = [body], "&" in body
    elif body.count(",") == 1 and is_body_then_place(*body.split(",")):
        names, ampersand = [body], "&" in body  # "Ministry of Education, Singapore": one body and its country
    elif body.rpartition(",")[2].strip().casefold() in COMPANY_SUFFIXES and _AND_BEFORE_A_COMMA.search(body):
        # "The Hongkong and Shanghai Hotels, Limited": a firm's suffix after the comma ends one firm's name, "and"
        # and all ("Forrester Research, Inc." is read below: its suffix is left out).
        names, ampersand = [body], "&" in body
    elif "&" in body and not _COMMA_OR_AND.search(body):
        # Cite Them Right joins authors with "and", so "&" is most often part of one organisation's name
        # ("Barnes & Noble"); the cross-check splits it again if the reference list has the people.
        names, ampersand = [body], True
    else:
        names, ampersand = split_author_list(body)
        if one_body_listing_its_fields(names):
            names = [body]
        # "Forrester Research, Inc.": a firm's suffix after a comma is no second author (its entry lists the firm).
        if len(names) > 1:  # a first name is always kept: one alone needs no look
            names = [name for i, name in enumerate(names) if not (i and name.casefold() in COMPANY_SUFFIXES)] or names
        if len(names) > 2 and _CONNECTOR.search(f" {names[0]} ") and all(" " not in name for name in names[1:]):
            # "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media": one department's portfolios.
            names = [body]
    authors = tuple(names)
    if et_al:
        authors = authors[:1]
    return Citation(
        text=text[start:end], authors=authors, year=work.year, narrative=work.narrative, part=part,
        block_index=block_index, start=start, end=end, author_text=author_text, locator=work.locator,
        secondary=work.secondary, et_al=et_al, ampersand=ampersand, weak=work.weak,
    )  # fmt: skip


_YEAR_FIRST = re.compile(rf"(?:{_YEAR}|{_NO_DATE})", re.IGNORECASE)
_WORD_FOLLOWS = re.compile(r"\s+[a-z]")
# "The product placement in A Dal (2019)": a capital "A" inside a sentence opens a title, whose last word is no author.
_A_TITLES_ARTICLE_BEFORE = re.compile(r"[^.!?:;\s]\s+A\s+$")


def _a_town_after_in(text: str, named: tuple[str, int], verb_follows: bool) -> bool:
    """Whether a narrative citation's one-word name is a town of 30,000 people or more just after "in", with no word
    of the sentence after its bracket and no verb of a work's before ("The #17mai hashtag trended in Trondheim
    (2015)."): where and when something happened, not whose work it is ("as discussed in Bedford (2019)."); a
    citation only if the list names it."""
    name, start = named
    if verb_follows or " " in name:
        return False
    found = _IN_BEFORE.search(text, max(start - 30, 0), start)
    if found is None:
        return False
    verb = found.group("verb").casefold()
    return verb not in _A_WORKS_VERBS and verb not in _REPORTING_VERBS and is_a_town(name)


# "in" and the word before it: "trended in", "discussed in".
_IN_BEFORE = re.compile(r"(?P<verb>[\w'’-]*)\s+in\s+$")
# What is said of a work before "in" ("as discussed in Bedford (2019)"), beside the reporting verbs.
# "A fuller account is in Preston (2019).": where a work says something is, as well.
_A_WORKS_VERBS = _words(
    """discussed described cited outlined explained reported noted found shown quoted summarised summarized reviewed
    presented published appears appeared argued suggested stated defined detailed documented explored examined
    analysed analyzed identified highlighted proposed set seen given made included covered raised is are was were"""
)
# "was renamed Odido (2023)", "shortened its name to Bol (2018)", "Norwich Union became Aviva (2009)": a firm's or a
# brand's new name and when it came; "Greene King was bought by CK Asset Holdings (2019)": its new owner and when.
_A_NEW_NAME_OR_OWNER_BEFORE = re.compile(
    r"\b(?:renamed|rebranded|rebadged|became|(?:its|their|the)\s+name\s+(?:was\s+changed\s+)?(?:to|as))"
    r"(?:\s+(?:to|as))?\s+$"
    r"|\b(?:(?:bought|acquired|purchased|taken\s+over)\s+by|sold\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def after_a_new_name_or_owner(text: str, name_start: int) -> bool:
    """Whether the name starting at ``name_start`` follows words that give a firm's new name or new owner."""
    return _A_NEW_NAME_OR_OWNER_BEFORE.search(text, max(name_start - 40, 0), name_start) is not None


# A works' or a shop's kind, then where it is: "Nissan's plant at Sunderland (1986)", "a gigafactory in Grünheide
# (2022)": the place, and when the site opened, not a source.
_A_SITE_BEFORE = re.compile(
    r"\b(?:plant|factory|gigafactory|assembly\s+line|facility|depot|warehouse|distribution\s+centre|refinery|mill|"
    r"brewery|distillery|showroom|flagship|store|superstore|headquarters|HQ|campus)\s+(?:at|in|near|outside)\s+$",
    re.IGNORECASE,
)
# How a made thing fared, then its name: "The success of Serial (2014) proved that", "the launch of Threads (2023)": a
# podcast's, a product's or a show's fortune and its year, not a source's finding.
_A_THINGS_FORTUNE_BEFORE = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+)?(?:success|popularity|launch|relaunch|release|premiere|debut|arrival|failure|flop|"
    r"collapse|reboot|finale|sell-out\s+run)\s+of\s+$",
    re.IGNORECASE,
)
# A title in another language opening on its capitalised article and running on in lower case, just before a name
# that opens on a particle: "El vuelo de la Victoria", "La reina del Sur", "Il nome della Rosa". Not English "As",
# "O" or "Die" ("As noted by de la Torre (2019)").
_A_TITLE_OPENS_BEFORE = re.compile(
    r"(?:^|\s)(?:El|La|Los|Las|Lo|Il|Le|Les|Un|Una|Um|Uma|Der|Das|Het)\s+(?:[^\W\d_A-Z]+\s+){1,3}$"
)
_A_CLAUSE_THEN_A_NAME = re.compile(r"[^,]+,\s+and\s+(?P<name>[^,]+)")
_THING_THEN_WORD = re.compile(r"\s+[a-z][\w-]*\s+[a-z]")


def find_citations(text: str, *, block_index: int = 0, part: str | None = None) -> list[Citation]:
    """Every in-text citation in one block's text, in reading order, one per cited work."""
    if text.isascii():
        return _find_citations(text, block_index, part)
    if "‘" in text and (read := _AN_OKINA_TYPED_AS_A_QUOTE.sub("’", text)) != text:
        # "(Martin and Hau‘ofa, 2010)": an ʻokina typed as an opening quote between two letters is a letter of the
        # name, not a quotation's start. Read as an apostrophe, one character for one, and given back as written.
        return [_as_written(c, read, text) for c in find_citations(read, block_index=block_index, part=part)]
    plain, places, _glosses = without_romanisations(text)
    if not places:
        found = _find_citations(text, block_index, part)
    else:
        # "(李娜 (Li Na), Deng and 刘洋 (Liu Yang), 2025)": read without the romanisations, whose brackets would open
        # and close inside the citation's; found where the text has them.
        found = [
            replace(c, text=text[places[c.start] : places[c.end - 1] + 1], start=places[c.start],
                    end=places[c.end - 1] + 1)
            for c in _find_citations(plain, block_index, part)
        ]  # fmt: skip
    # "Mini-programs (小程序, 2017)": the term in Chinese and the year it came. Cite Them Right romanises an author
    # written in characters, so a name in them alone is a citation only if the reference list names it.
    return [
        replace(c, weak=True)
        if not c.weak and written_in_characters(c.authors[0]) and f"{c.authors[0]} (" not in c.text
        else c
        for c in found
    ]


_AN_OKINA_TYPED_AS_A_QUOTE = re.compile(r"(?<=[^\W\d_])‘(?=[^\W\d_])")


def _as_written(citation: Citation, read: str, text: str) -> Citation:
    """A citation found in ``read`` (``text`` with some characters replaced, one for one) with its text and names as
    ``text`` writes them."""
    start, end = citation.start, citation.end

    def written(name: str) -> str:
        at = read.find(name, start, end) if name else -1
        return name if at < 0 else text[at : at + len(name)]

    return replace(
        citation,
        text=text[start:end],
        authors=tuple(map(written, citation.authors)),
        author_text=written(citation.author_text),
    )


def _find_citations(text: str, block_index: int, part: str | None) -> list[Citation]:
    found: list[Citation] = []
    for opened, closed in _brackets(text):
        content = text[opened + 1 : closed]
        stripped = content.strip()
        if _YEAR_FIRST.match(stripped):
            if FIRMS_FORM_AFTER_A_YEAR.match(text, closed + 1) and stripped[:1].isdigit():
                continue  # "Cold Storage Singapore (1983) Pte Ltd": the year is the firm's name's
            after = text[closed + 1 :]
            verb_follows = _WORD_FOLLOWS.match(after) is not None
            # "In Naidoo and Boolell’s (2001) analysis, ...": names owning a thing are the sentence's subject only
            # where a verb follows the thing ("Within Quit Victoria, Horomona and Leota’s (2021) framework helps").
            owned = _POSSESSIVE_END.search(text[max(opened - 4, 0) : opened].rstrip()) is not None
            subject = _THING_THEN_WORD.match(after) is not None if owned else verb_follows
            # Asked only of a run of names after a participle's phrase (see ``_outside_author_list``).
            says: Callable[[], bool] = functools.partial(_verb_after, after) if subject and not owned else _never
            named = _narrative_authors(text[:opened], verb_follows=subject, says=says)
            weak = named is None
            if named is None:
                named = _narrative_authors(text[:opened], lenient=True, verb_follows=subject, says=says)
            if named is None:
                continue
            if (clause := _A_CLAUSE_THEN_A_NAME.fullmatch(named[0])) is not None:
                # "invest in Instagram Reels, and Pirrò (2020) found": two names take no comma before "and"; the
                # comma ends a clause, and the name after "and" is the sentence's new subject.
                named = (clause.group("name"), named[1] + clause.start("name"))
            doubt = _doubt_about_name(named[0])
            writes = doubt == "abbreviation" and _abbreviation_writes(text, named[1], closed)
            near = words_before(text, named[1])
            weak = (
                weak
                or (doubt is not None and not writes)
                or _names_a_thing(text[:opened], after)
                or _names_a_time(text[: named[1]], verb_follows)
                or _ends_in_quoted_title(text[max(opened - _TAIL, 0) : opened])  # "‘Love Island x Boots’ (2023)"
                or _made_with_or_by_a_name(text, named[1])
                or _a_thing_after_the(near, named[0], after)
                or named_after_its_kind(text, named[1])
                or _a_role_after_as(near, after)
                or _A_TITLES_ARTICLE_BEFORE.search(text, max(named[1] - 40, 0), named[1]) is not None
                or after_a_new_name_or_owner(text, named[1])
                or _A_SITE_BEFORE.search(text, max(named[1] - 40, 0), named[1]) is not None
                or _A_THINGS_FORTUNE_BEFORE.search(text, max(named[1] - 50, 0), named[1]) is not None
                # "Product placement in El vuelo de la Victoria (2017)": a title in Spanish, its article capitalised.
                or (
                    named[0][:1].islower()
                    and _A_TITLE_OPENS_BEFORE.search(text, max(named[1] - 40, 0), named[1]) is not None
                )
                or _a_town_after_in(text, named, verb_follows)
            )
            # "Vargo and Lusch (2004; 2008)": a narrative bracket lists years with either separator.
            works = _parse_pieces(_split_pieces(content.replace(";", ",")), seed=named[0])
            # "Page (2009, cited in Mintel, 2025)": naming the source it was read in makes it surely a citation.
            weak = weak and not any(work.secondary for work in works or ())
            for work in works or ():
                work.weak = work.weak or weak
            if works:
                found.extend(_citation(w, text, named[1], closed + 1, block_index, part) for w in works)
            continue
        segments = _top_level_segments(content)
        offset = opened + 1
        single = len(segments) == 1
        before = len(found)
        annotates: bool | None = None  # asked once, and only of a bracket that holds works
        for segment in segments:
            works = _parse_pieces(_split_pieces(segment), seed=None)
            if works and annotates is None:
                annotates = _annotates(text, opened, stripped)
            if annotates:
                for work in works or ():
                    work.weak = True
            seg_offset = offset
            offset += len(segment) + 1
            if not works:
                continue
            if single:
                start, end = opened, closed + 1
            else:  # the segment's own place, worked out only for a bracket of several
                start, end = seg_offset + len(segment) - len(segment.lstrip()), seg_offset + len(segment.rstrip())
            found.extend(_citation(w, text, start, end, block_index, part) for w in works)
        if len(found) == before and "(" in content:
            # "(a view shared by Hussain (2020))": an aside that is no citation may hold one.
            shift = opened + 1
            found.extend(
                replace(c, start=c.start + shift, end=c.end + shift)
                for c in _find_citations(content, block_index, part)
            )
    return _mark_cited_in(text, found)


def _top_level_segments(content: str) -> list[str]:
    """A bracket's content split at the semicolons outside any inner bracket: "(... messaging (IBISWorld, 2020;
    Thompson, 2022).)" is one aside holding a citation, not two works."""
    if "(" not in content:
        return content.split(";")
    segments, depth, start = [], 0, 0
    for index, char in enumerate(content):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char == ";" and depth == 0:
            segments.append(content[start:index])
            start = index + 1
    segments.append(content[start:])
    return segments


def _mark_cited_in(text: str, citations: list[Citation]) -> list[Citation]:
    """Marks as secondary the works named just before "cited in" another citation: "Waltham (2010), cited in"."""
    result = list(citations)
    for index in range(len(result) - 1):
        current, following = result[index], result[index + 1]
        if following.start > current.end and _BETWEEN_SECONDARY.match(text[current.end : following.start]):
            for earlier in range(index, -1, -1):
                if result[earlier].start != current.start:
                    break
                result[earlier] = replace(result[earlier], secondary=True)
    return result


_NAME_GAP = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s+")


def narrower_readings(citation: Citation) -> list[Citation]:
    """Shorter readings of a narrative citation's names, longest first: "For Greggs, Smith and Jones (2019)"
    may cite Smith and Jones. The reference list decides between them (see the checker)."""
    if not citation.narrative:
        return []
    author_text = citation.author_text
    body_name, comma, place = author_text.rpartition(",")
    # "Department of Tourism, Government of Kerala (2024)": a body and the place it serves, read shorter only to
    # a body and that place ("In Dubai Ministry of Economy, UAE"), never to a piece of either.
    served = bool(comma) and is_body_then_place(body_name, place)
    readings = []
    for found in _NAME_GAP.finditer(author_text):
        rest = author_text[found.end() :]
        if served and (found.start() >= len(body_name) or not is_body_then_place(*rest.rsplit(",", 1))):
            continue
        body, _et_al = split_et_al(rest)
        # Lenient: a reading is taken only where the list names it ("As B2B Marketing (2020)" → B2B Marketing).
        # A name in lower case is read only where capitals inside its first word make it one ("easyJet plc").
        named = rest[:1].isupper() or (rest[:1].islower() and not rest.split(None, 1)[0].islower())
        if not named or not is_author_text(split_abbreviation(body)[0], strict=False):
            continue
        if rest.casefold().rstrip(".") in _NAME_ENDING_SUFFIXES and _ends_a_firms_name(author_text, found):
            continue  # "Kapital Bank ASC (2011)" is never "ASC" alone: a firm's legal form ends its name
        shift = found.end()
        work = _Work(rest, citation.year, narrative=True, locator=citation.locator, secondary=citation.secondary)
        text = citation.text[shift:]
        narrowed = _citation(work, text, 0, len(text), citation.block_index, citation.part)
        readings.append(replace(narrowed, start=citation.start + shift, end=citation.end))
    return readings


def _ends_a_firms_name(author_text: str, gap: re.Match[str]) -> bool:
    """Whether the words after ``gap`` (a legal form's letters) run on from a word of a name just before them, with
    nothing between: "Kapital Bank ASC"; not "The ASA", "In the context of Shanghai, ASA" nor "the CIPR and ASA",
    where the letters may be a body's."""
    before = author_text[: gap.start()].split()
    return (
        not gap.group().strip()
        and bool(before)
        and before[-1][:1].isupper()
        and not before[-1].endswith(",")
        and before[-1].casefold() not in SENTENCE_OPENERS
    )


LIST_JOINER = re.compile(r"\s(?:and|&)\s")  # the word joining the last name of a list of authors
LIST_GAP = re.compile(r",\s|\s(?:and|&)\s")  # what stands between two names of a list of authors


def no_author_list(author_text: str) -> bool:
    """Whether names cannot be one Harvard list of authors, which joins its names by commas with one "and" before
    the last, and gives "et al." after the first name only: "CIPR and Lindqvist et al.", "CIPR and Ní Bhriain and
    Dubois", "CIPR and Verčič, Mac an tSaoi and di Stefano" each hold a name of the sentence before the list."""
    body, et_al = split_et_al(author_text)
    joiners = list(LIST_JOINER.finditer(body))
    if et_al is not None:
        return bool(joiners)
    return len(joiners) > 1 or (bool(joiners) and "," in body[joiners[0].end() :])


def unprefixed_readings(citation: Citation) -> list[Citation]:
    """A bracketed citation's names read with the capitalised lead-in word taken off them: "(See Tickets, 2017)"
    may cite See Tickets. The reference list decides (see the checker)."""
    if citation.narrative:
        return []
    lead = citation.text[: citation.text.find(citation.author_text)].lstrip("(").strip()
    if not lead[:1].isupper() or " " in lead or not citation.author_text:
        return []
    work = _Work(f"{lead} {citation.author_text}", citation.year, narrative=False, locator=citation.locator,
                 secondary=citation.secondary)  # fmt: skip
    reading = _citation(work, citation.text, 0, len(citation.text), citation.block_index, citation.part)
    return [replace(reading, start=citation.start, end=citation.end)]


# A word before a narrative citation's names that a wider name may take in: a capitalised word ("Dr.", "We"),
# or a joining word, number or lower-case word inside a name ("Pets at Home", "Bank of England", "Think with
# Google", "Channel 4 News", "The i Paper", "Medicines and Healthcare products Regulatory Agency").
# A capitalised word with a comma after it is an earlier name of a list ("Whitmore, Fernández and Şahin (2011)" read
# as "Fernández and Şahin" after "Both the CIPR and").
_WORD_BEFORE = re.compile(r"([A-Z][\w'’.+-]*,?|\d{1,3}|[a-z]+|&)\s+$")


def wider_readings(citation: Citation, text: str, *, over_a_comma: bool = False) -> list[Citation]:
    """Readings of a narrative citation's names that take in up to two capitalised words just before them, the
    nearest first: "We Are Social and Meltwater (2015)" read without "We", taken for the sentence's subject.
    ``over_a_comma`` also takes in words before a comma, which only a listed name can confirm ("Govern d'Andorra,
    Ministeri de Turisme (2017)": a government and its ministry). ``text`` is the citation's block."""
    if not citation.narrative or text[citation.start : citation.end] != citation.text:
        return []
    readings = []
    start = citation.start
    for _ in range(4):
        # The word and the white space after it lie in the last run without white space before ``start``, and after
        # it: the pattern is tried from there rather than at every place of the block before (searched in the text
        # itself, up to ``start``, so that the places are the same).
        kept = text[:start].rstrip()
        found = _WORD_BEFORE.search(text, len(kept) - len(kept.rsplit(None, 1)[-1]) if kept else 0, start)
        if not found:
            break
        if found.group(1).endswith(",") and not over_a_comma and not LIST_JOINER.search(citation.author_text):
            break  # "Fernández, Şahin": no list of authors without "and" before its last name
        start = found.start()
        if not found.group(1)[:1].isupper():
            continue  # "Pets at Home Group Plc": a joining word inside a name starts no reading
        author_text = text[start : citation.start] + citation.author_text
        work = _Work(author_text, citation.year, narrative=True, locator=citation.locator, secondary=citation.secondary)
        readings.append(_citation(work, text, start, citation.end, citation.block_index, citation.part))
    return readings
