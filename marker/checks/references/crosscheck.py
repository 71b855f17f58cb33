"""Cross-checks between the citations and the reference list, each problem phrased for the candidate.

Matching tolerates what Cite Them Right allows: an organisation cited by its abbreviation when the entry gives
both, "n.d." for "no date", surname particles, accents and apostrophes. A candidate who names an author in
full ("Mark Ritson (2019)") is matched on the surname.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from marker.checks.references.citations import (
    LIST_GAP,
    LIST_JOINER,
    after_a_new_name_or_owner,
    long_ago,
    named_after_its_kind,
    names_an_events_edition,
    narrower_readings,
    no_author_list,
    opens_with_a_lead_in,
    reads_as_a_source,
    reads_as_cited,
    unprefixed_readings,
    wider_readings,
)
from marker.checks.references.model import (
    CHECK_THIS,
    Citation,
    ProblemKind,
    ReferenceEntry,
    ReferenceProblem,
    part_name,
)
from marker.checks.references.names import (
    BODY_WORDS,
    COMPANY_SUFFIXES,
    PARTICLES,
    PLACES,
    SENTENCE_OPENERS,
    SUFFIXES_UNSTOPPED,
    could_name_an_author,
    filing_keys,
    is_a_city,
    is_body_word,
    is_place,
    lead_of_a_firms_name,
    looks_like_author,
    name_key,
    name_keys,
    names_a_festival,
    names_a_firm_and_its_partners,
    names_a_person_in_full,
    names_a_site,
    names_a_source,
    names_things,
    split_abbreviation,
    split_et_al,
    written_in_characters,
)


def _entry_keys(entry: ReferenceEntry) -> set[str]:
    if not entry.authors:
        return set()
    keys = name_keys(entry.authors[0])
    keys.update(name_key(alias) for alias in entry.aliases)
    if entry.organisation:
        # "Webster, Davis and Patel (2019)" with no initials: a firm's name, or people cited as such.
        keys.update(name_keys(LIST_GAP.split(entry.authors[0])[0]))
    return keys


_STATE_AFTER_A_BODY = re.compile(r"\s*(?:[A-Z]\.){2,}(?:\s*\([^()]*\))?\s*")  # ", R.O.C.", ", U.S.A. (Taiwan)"
_POSSESSIVE_BRACKET = re.compile(r"\s*['’]s?\s*\(")


def _citation_keys(citation: Citation, *, by_last_word: bool = True) -> frozenset[str]:
    """The keys a citation's lead author may be known by. Cached on what they depend on: a report's citations are
    keyed several times over (filtering, re-anchoring, the cross check). ``by_last_word`` adds a name's last word
    ("Mark Ritson" → Ritson)."""
    return _keys_of(
        citation.authors[0], citation.ampersand, citation.narrative, citation.author_text, citation.text, by_last_word
    )


@functools.lru_cache(maxsize=8192)
def _keys_of(
    lead: str, ampersand: bool, narrative: bool, author_text: str, text: str, by_last_word: bool = True
) -> frozenset[str]:
    keys = name_keys(lead)
    if ampersand or names_a_firm_and_its_partners(lead):
        keys.update(name_keys(lead_of_a_firms_name(lead)))  # "Smith & Jones", "Norris and Company" for their people
    # The names then "'s (" or "(" (a literal prefix and one pattern, not a pattern compiled per citation).
    if narrative and text.startswith(author_text) and _POSSESSIVE_BRACKET.match(text, len(author_text)):
        keys.add(name_key(lead) + "s")  # "Sainsbury's (2020)": an organisation's name, or a possessive
    body, _et_al = split_et_al(author_text)
    name, abbreviation = split_abbreviation(body)
    keys.add(name_key(name))
    if abbreviation:
        keys.add(name_key(abbreviation))
    words = lead.split()
    last = words[-1] if len(words) > 1 else ""
    # "Mark Ritson" → Ritson; "Barr plc" is no "plc", "Greenpeace UK" no "UK", "Tourism Promotions Board
    # Philippines" no "Philippines" (the place a body serves), and "Both the CIPR and Sky News" (a wider reading over
    # the sentence's words) no "News"
    if (
        by_last_word
        and last
        and last.casefold() not in COMPANY_SUFFIXES
        and not last.isupper()
        and "and" not in words
        and not (len(words) > 2 and is_place(last))
    ):
        keys.update(name_keys(last))
    if "," in lead:
        # "Financial Supervisory Commission, R.O.C. (Taiwan)": a body's name and the state it belongs to, which a
        # list may leave out.
        head, tail = lead.split(",", 1)
        if _STATE_AFTER_A_BODY.fullmatch(tail) or all(word.casefold() in PLACES for word in tail.split()):
            keys.update(name_keys(head))
    keys.discard("")
    return frozenset(keys)


def _same_year(cited: str, listed: str | None) -> bool:
    return listed is not None and cited.casefold() == listed.casefold()


def _label(citation: Citation) -> str:
    return f"{citation.authors[0]}{' et al.' if citation.et_al else ''} ({citation.year})"


class _Problems:
    """Collects problems once per work and kind, keeping the first place each occurs."""

    def __init__(self) -> None:
        self.items: list[ReferenceProblem] = []
        self._seen: dict[tuple[str, str, str, str], int] = {}

    def add(self, kind: ProblemKind, author: str | None, year: str | None, part: str | None, message: str,
            *, detail: str = "", certain: bool = True) -> None:  # fmt: skip
        # "Wilson's (2013)" and "(Wilson's, 2013)" are one work read two ways: a final "s" does not count.
        # "The Guardian (2020)" at a sentence's start may be read without its article: still the same work.
        key = (kind, _without_the(author or ""), (year or "").casefold(), detail)
        problem = ReferenceProblem(kind, author, year, part, message, certain)
        if key in self._seen:
            # The same problem found again, surely this time: keep the certain reading.
            index = self._seen[key]
            if certain and not self.items[index].certain:
                self.items[index] = problem
            return
        self._seen[key] = len(self.items)
        self.items.append(problem)


def _best_entry(citation: Citation, candidates: list[int], entries: Sequence[ReferenceEntry]) -> int:
    """Among entries by the cited author in the cited year, the one sharing most co-authors."""
    if len(candidates) == 1:
        return candidates[0]  # the usual case: no co-authors to weigh
    cited = {name_key(name) for name in citation.authors}
    cited_width = len(citation.authors) + (3 if citation.et_al else 0)  # "Moyo et al." names four or more

    def shared(index: int) -> tuple[int, int, bool]:
        # Then the entry with as many authors as cited: "(Malý, 2011)" is Malý's own work, not "Malý, Malý and Xu";
        # then the one written as cited: "(@Ofcom, 2018)" is the account's post, not Ofcom's ruling of that year.
        listed = entries[index].authors
        width = len(listed) if not entries[index].et_al else len(listed) + 3
        written = bool(listed) and listed[0].casefold() == citation.authors[0].casefold()
        return len(cited & {name_key(name) for name in listed}), -abs(width - cited_width), written

    return max(candidates, key=shared)


def listed_citations(
    citations: Sequence[Citation], entries: Sequence[ReferenceEntry], block_text: Callable[[int], str]
) -> list[Citation]:
    """The citations, less those read from weak evidence ("(GDPR 2018)", "Page (2019)") that neither an entry's
    author nor a sure citation of the same work elsewhere in the report ("(Page, 2019)") confirms. A listed
    author may also confirm a wider reading over the words before the names ("Home Group plc (2021)" read in
    "supported by Pets at Home Group plc (2021)"), which ``reanchored`` then takes."""
    # A page or paragraph cited, or a source's lead-in ("According to CIM (no date)"), makes a reading sure whatever
    # it looks like: things named with a year have no pages and say nothing.
    sure = [not c.weak or reads_as_a_source(block_text(c.block_index), c) for c in citations]
    return _confirmed_or_sure(citations, entries, sure, block_text, widen=True)


def author_like_citations(
    citations: Sequence[Citation], entries: Sequence[ReferenceEntry], block_text: Callable[[int], str]
) -> list[Citation]:
    """The citations, less those whose names look like no author ("Cannes Lions Grand Prix", "Apple Vision
    Pro": an event, a product or a campaign of that year), or that stand where no author does ("Sampling at
    Glastonbury (2024) reached": see ``reads_as_cited``), that neither an entry nor a citation of the same work
    by an author-like name confirms. Run after ``reanchored``: a wider reading may be the listed author's."""
    sure = [
        # A bracketed citation reads as cited wherever it stands: its names, looked at once per name (cached), first.
        (looks_like_author(c.author_text) or reads_as_a_source(block_text(c.block_index), c))
        if not c.narrative
        else reads_as_a_source(text := block_text(c.block_index), c)
        or (looks_like_author(c.author_text) and reads_as_cited(text, c))
        for c in citations
    ]
    kept = _confirmed_or_sure(citations, entries, sure, block_text, widen=False)
    again = _cited_again(citations, sure, block_text) - {id(c) for c in kept}
    if not again:
        return kept
    # Kept only for standing in two sentences, as read from weak evidence: what the list lacks of them is worded
    # "Check this", not as certain.
    kept_too = _confirmed_or_sure(
        citations, entries, [is_sure or id(c) in again for c, is_sure in zip(citations, sure, strict=True)],
        block_text, widen=False,
    )  # fmt: skip
    return [replace(c, weak=True) if id(c) in again else c for c in kept_too]


_SENTENCE_END = re.compile(r"[.!?]\s")


def _cited_again(citations: Sequence[Citation], sure: list[bool], block_text: Callable[[int], str]) -> set[int]:
    """The ids of the citations not sure whose names and year stand in a bracket and in another sentence too:
    "(Espinoza Chambi, 2021)" twice, or "(Citizens Advice, 2018)" and then "Citizens Advice (2018) went further", is
    a source the candidate keeps citing, where a product, an event or a place of that year ("(Apple Vision Pro,
    2024)") is named once, where it comes up."""
    if all(sure):
        return set()
    unsure: dict[tuple[str, str], list[Citation]] = {}
    for citation, is_sure in zip(citations, sure, strict=True):
        # "Of the 437 respondents (Muscat, 2018)": a place, where a survey ran, may come up in two sentences; "(ASC,
        # 2011)", a legal form alone, is what a firm became, and a firm's name read short ("Kapital Bank ASC") too.
        written = citation.author_text
        if not is_sure and not is_place(written) and written.casefold() not in COMPANY_SUFFIXES:
            unsure.setdefault((written.casefold(), citation.year.casefold()), []).append(citation)

    def apart(one: Citation, other: Citation) -> bool:
        if one.block_index != other.block_index:
            return True
        first, second = sorted((one, other), key=lambda c: c.start)
        return _SENTENCE_END.search(block_text(one.block_index), first.end, second.start) is not None

    return {
        id(citation)
        for group in unsure.values()
        if any(
            apart(one, other) and not (one.narrative and other.narrative)
            for one, other in itertools.combinations(group, 2)
        )
        for citation in group
    }


def _works_of(citations: Iterable[Citation]) -> set[tuple[str, str]]:
    """Every (key, year) the citations' works may be known by."""
    return {(key, c.year.casefold()) for c in citations for key in _citation_keys(c)}


# After a narrative citation that is no source: "is a consumer cooperative", "was one of the first", "is the oldest of
# the major beauty groups", "is now the largest carrier".
_SAYS_WHAT_IT_IS = re.compile(
    r"\s+(?:(?:is|was)\s+(?:(?:now|still|today|currently)\s+)?(?:a|an|one\s+of|the\s+(?:[a-z]+est|first|only|leading))\s"
    # "Dedeman (1992) started as a small shop", "Nova Poshta (2001) began in Poltava", "EMAG (2001) was first a": how
    # a firm began, in the year it began.
    r"|(?:began|started)\s+(?:life\s+|out\s+)?(?:as\s+(?:a|an)\s|in\s+[A-Z])|was\s+(?:first|originally|once)\s+(?:a|an)\s"
    r"|was\s+(?:founded|established|set\s+up)\b)"
)


# How far a cited year may be from the years the list gives for its author and still be read as the listed work
# mistyped: a narrative citation in words no cited author stands in (``far_from_the_listed_years``), or a year
# mismatch said for certain.
_NEAR_YEARS = 5


def _dated_years(years: Iterable[str | None]) -> list[int]:
    """The years that are dated ("2019", "2019b"), as numbers; "n.d." and none are left out."""
    return [int(year[:4]) for year in years if year and year[:4].isdigit()]


def _near_one_of(year: str, dated: Iterable[int]) -> bool:
    """Whether a cited year is within ``_NEAR_YEARS`` of one of ``dated``: a slip in a digit or a neighbouring
    edition, where a year further off dates something else of the author as often (a firm's founding, a person's
    feat) or cites another of its works."""
    return year[:4].isdigit() and any(abs(int(year[:4]) - listed) <= _NEAR_YEARS for listed in dated)


def _confirmed_or_sure(
    citations: Sequence[Citation],
    entries: Sequence[ReferenceEntry],
    sure: Sequence[bool],
    block_text: Callable[[int], str],
    *,
    widen: bool,
) -> list[Citation]:
    """The citations that are sure, or that the list or a sure citation of the same work confirms. ``widen`` also
    lets a title after its kind, or a wider or narrower reading of a name, be confirmed."""
    if all(sure):
        return list(citations)  # nothing to confirm: the keys below are not worked out
    entry_keys = set().union(*(_entry_keys(entry) for entry in entries)) if entries else set()
    sure_works = _works_of(c for c, is_sure in zip(citations, sure, strict=True) if is_sure)
    full: set[tuple[str, str]] | None = None

    def sure_full_works() -> set[tuple[str, str]]:
        """The sure citations' works by their whole names only, worked out once and only if asked."""
        nonlocal full
        if full is None:
            full = {(key, c.year.casefold()) for c, is_sure in zip(citations, sure, strict=True) if is_sure
                    for key in _citation_keys(c, by_last_word=False)}  # fmt: skip
        return full

    listed: set[tuple[str, str]] | None = None  # every entry's (key, year), worked out once and only if asked

    def listed_works() -> set[tuple[str, str]]:
        nonlocal listed
        if listed is None:
            listed = {(key, entry.year.casefold()) for entry in entries if entry.year for key in _entry_keys(entry)}
        return listed

    def far_from_the_listed_years(year: str, keys: frozenset[str] | set[str]) -> bool:
        """Whether a year is further than ``_NEAR_YEARS`` from every year the list gives for the names, or the list
        dates none of their works: a work cited a year or two out is the listed one mistyped, where a name with a
        year decades away is a date in the body's history (its founding, an opening) unless its words read as a
        cited author's."""
        if not year[:4].isdigit():
            return False
        listed_years = [listed for key, listed in listed_works() if key in keys]
        dated = _dated_years(listed_years)
        if not dated:
            # "Sklavenitis (1954) grew from one shop" beside a listed "Sklavenitis (no date)": the list dates no work
            # of the name, and a year in the body's history is no closer to it than any other.
            return bool(listed_years)
        return not _near_one_of(year, dated)

    def confirmed(citation: Citation) -> bool:
        # A title after its kind is confirmed by the list or a sure citation giving it whole, not by its last word:
        # "the telenovela Avenida Brasil (2012)" is not the state "Brasil" of a listed law.
        text = block_text(citation.block_index)
        titled = widen and citation.narrative and named_after_its_kind(text, citation.start)
        keys = _citation_keys(citation, by_last_word=not titled)
        year = citation.year.casefold()
        if any((key, year) in sure_works for key in keys) and (
            # "Mark Ritson (2019)" is the sure "(Ritson, 2019)"; "Avenida Brasil (2012)" is not the sure "Ogilvy Brasil
            # (2012)": two names sharing only their last word are two names.
            any((key, year) in sure_full_works() for key in keys)
            or any((key, year) in sure_works for key in _citation_keys(citation, by_last_word=False))
        ):
            return True
        if shared := keys & entry_keys:
            # "Singer Yohani de Silva (2021) became popular": a name whose last word alone is a listed author's
            # ("de Silva, 2019") is that author's only in a year the list gives.
            last_word_only = not titled and not shared & _citation_keys(citation, by_last_word=False)
            # "Consum, S.Coop. (1975) is a consumer cooperative": what the thing is, and the year it began.
            says_what_it_is = citation.narrative and _SAYS_WHAT_IT_IS.match(text, citation.end) is not None
            # "sold out (Eid 2022)" beside a listed "Eid, F. (2013)": a festival and its year, written as weakly as
            # a citation can be, is a listed author's only in a year the list gives.
            a_festival = citation.weak and names_a_festival(citation.author_text)
            # "Norwich Union became Aviva (2009)" beside a listed "Aviva (2012)": a firm's new name (or owner) and when.
            a_new_name = citation.narrative and after_a_new_name_or_owner(text, citation.start)
            # "The first Edinburgh International Festival (1947)" beside a listed "Edinburgh International Festival
            # (no date)": the year that edition was held.
            an_edition = names_an_events_edition(text, citation)
            if (
                not last_word_only
                and not says_what_it_is
                and not a_festival
                and not a_new_name
                and not an_edition
                and not (citation.narrative and long_ago(citation.year))
                and not (
                    citation.narrative
                    and far_from_the_listed_years(citation.year, shared)
                    and not reads_as_cited(text, citation)
                )
            ):
                return True
            # "The GAA, or Cumann Lúthchleas Gael CLG (1884), is ...": a listed body's founding year, not a work of it
            # the list gives; nor is "Pil Andina (1996) dominates milk sales" beside a listed "Pil Andina (2022)".
            return any((key, year) in listed_works() for key in keys)
        if not widen or not entry_keys:
            return False
        wider = wider_readings(citation, text)
        if any(_citation_keys(reading) & entry_keys for reading in wider):
            return True
        # "As B2B Marketing (2020)": a reading over fewer words may be a listed work of that year.
        works = listed_works()
        return any((key, year) in works for reading in narrower_readings(citation) for key in _citation_keys(reading))

    return [c for c, is_sure in zip(citations, sure, strict=True) if is_sure or confirmed(c)]


def reanchor(citation: Citation, entries: Sequence[ReferenceEntry], text: str = "") -> Citation:
    """A narrative citation whose names match no entry, read again where another reading matches an entry of
    the same year, or a bracketed citation of the same work elsewhere in the report: wider over capitalised
    words taken for the sentence's own ("We Are Social (2015)" read as "Are Social"), or narrower, longest
    first ("For Greggs, Smith and Jones (2019)" → Smith and Jones). Failing that, a wider reading that matches
    a listed author in another year ("by Pets at Home Group plc (2022)" read as "Home Group plc", the list
    giving 2023): the name runs on, and the years disagree. Unchanged when none does: a narrower reading that
    matches an author but not the year may be a different work. ``text`` is the citation's block."""
    return reanchored([citation], entries, lambda _index: text)[0]


def reanchored(
    citations: Sequence[Citation], entries: Sequence[ReferenceEntry], block_text: Callable[[int], str]
) -> list[Citation]:
    """``reanchor`` of every citation, the entries' keys worked out once rather than once per citation; and a
    bracketed citation whose names match no entry read with the capitalised word taken off before them, where
    that reading is a listed work ("(See Tickets, 2017)")."""
    anchors: _Anchors | None = None
    out = []
    for citation in citations:
        joined = len(citation.authors) > 1 and _one_body_by_its_article(citation, block_text)
        if not joined and not citation.narrative and citation.text.lstrip("(").startswith(citation.author_text):
            out.append(citation)  # nothing stands before a bracketed citation's names: no other reading
            continue
        if anchors is None:
            anchors = _Anchors(citations, entries)
        if joined:
            # "The Investing and Saving Alliance (2012)": names joined by "and" that the list gives as one body.
            whole = replace(citation, authors=(" and ".join(citation.authors),), ampersand=False)
            lead = name_keys(citation.authors[0])
            people = any(
                lead & keys for entry, keys in zip(entries, anchors.keys, strict=True) if not entry.organisation
            )
            if not people and anchors.listed_work(whole):
                citation = whole
        if not citation.narrative:
            # "(See Tickets, 2017)" read as "Tickets", a firm whose name begins with a lead-in word.
            unlisted = not anchors.listed_author(citation)
            readings = unprefixed_readings(citation) if unlisted else []
            out.append(next((reading for reading in readings if anchors.listed_work(reading)), citation))
            continue
        out.append(_reanchor(citation, anchors, block_text(citation.block_index)))
    return out


def _one_body_by_its_article(citation: Citation, block_text: Callable[[int], str]) -> bool:
    """Whether names joined by "and" follow "The", which makes them one body's name ("The Investing and Saving
    Alliance (2012)") where "WARC and IPA (2022)" are two authors."""
    if citation.et_al is not None or "," in citation.author_text:
        return False
    if citation.author_text.startswith("The "):
        return True
    return citation.narrative and block_text(citation.block_index)[: citation.start].endswith("The ")


class _Anchors:
    """What a reading of a narrative citation can be matched to: the entries, and the bracketed citations."""

    def __init__(self, citations: Sequence[Citation], entries: Sequence[ReferenceEntry]) -> None:
        self.entries = entries
        self.keys = [_entry_keys(entry) for entry in entries]
        sure = [c for c in citations if not c.narrative and not c.weak]
        self.cited = _works_of(sure)
        self.cited_whole = {(key, c.year.casefold()) for c in sure if c.authors for key in name_keys(c.authors[0])}

    def listed_author(self, citation: Citation) -> bool:
        keys = _citation_keys(citation)
        return any(keys & entry_keys for entry_keys in self.keys)

    def listed_together(self, citation: Citation) -> bool:
        """Whether an entry opens with the citation's authors in its order ("Kim and Shimizu (2015)" against "Kim,
        D. and Shimizu, M. (2016)"): their work in another year, not a work of the last of them alone."""
        names = [name_key(author) for author in citation.authors]
        return any([name_key(author) for author in entry.authors[: len(names)]] == names for entry in self.entries)

    def listed_work(self, citation: Citation) -> bool:
        return self._listed_in_year(_citation_keys(citation), citation.year)

    def listed_whole(self, citation: Citation) -> bool:
        """Whether an entry of the citation's year gives its first name whole (or without its "The" or particles),
        not only its last word."""
        return bool(citation.authors) and self._listed_in_year(name_keys(citation.authors[0]), citation.year)

    def _listed_in_year(self, keys: Iterable[str], year: str) -> bool:
        """Whether an entry known by one of the keys has the year."""
        return any(not entry_keys.isdisjoint(keys) and _same_year(year, entry.year)
                   for entry, entry_keys in zip(self.entries, self.keys, strict=True))  # fmt: skip

    def cited_as_read(self, citation: Citation) -> bool:
        """Whether a sure bracketed citation gives the reading's first name whole (or without its "The" or particles),
        with its year: not only its last word, as "Bodrum Al-Ansari" gives "Al-Ansari"."""
        year = citation.year.casefold()
        return bool(citation.authors) and any((key, year) in self.cited_whole for key in name_keys(citation.authors[0]))

    def work(self, citation: Citation) -> bool:
        year = citation.year.casefold()
        return self.listed_work(citation) or any((key, year) in self.cited for key in _citation_keys(citation))


# A capital's initial after a word of two letters or more and before a name: "Series S. Heikkilä".
_INITIAL_INSIDE = re.compile(r"\w\w\s[A-Z]\.\s[A-Z]")


def _reanchor(citation: Citation, anchors: _Anchors, text: str) -> Citation:
    if citation.secondary:
        # The work read only in another is not listed: no entry can say where its names start, but the shape of a
        # list of authors can ("Both the CIPR and Lindqvist et al. (2023, cited in Heath, 2014)").
        if no_author_list(citation.author_text):
            return next((r for r in narrower_readings(citation) if not no_author_list(r.author_text)), citation)
        return citation
    if anchors.listed_author(citation):
        moved = _moved_to_the_work(citation, anchors, text)
        if moved is not None:
            return moved
        if len(citation.authors) > 1 and not anchors.listed_work(citation) and not anchors.listed_together(citation):
            # "Both the CIPR and Greenpeace UK (2014) stress", the list giving CIPR in another year and Greenpeace
            # UK in 2014: the body named first is the sentence's, the listed work after it the source.
            return next((r for r in narrower_readings(citation) if anchors.listed_work(r)), citation)
        opener = citation.author_text.split(" ", 1)[0].casefold()
        if opener in SENTENCE_OPENERS and (opener == "the" or not anchors.listed_whole(citation)):
            # "As Building (2023) notes", known by its last word: the sentence's opener is no word of the name
            # (which "Building Digital UK (BDUK) (2021)", listed whole, keeps; "The ASA" is listed without it).
            return next((r for r in narrower_readings(citation) if anchors.listed_work(r)), citation)
        if _INITIAL_INSIDE.search(citation.author_text):
            # "... on the Xbox Series S. Heikkilä (2006) warns": a letter ending the sentence before, read as an
            # initial, joins the sentence's words to the listed name: the shortest listed reading is the name.
            listed_readings = [r for r in narrower_readings(citation) if anchors.listed_work(r)]
            return listed_readings[-1] if listed_readings else citation
        return citation
    wider = wider_readings(citation, text)
    if anchors.work(citation):
        # "Think with Google (2015)" read as "Google", a key of the bracketed "(Think with Google, 2015)": the
        # listed wider reading is the work's.
        # "Unlike Forrester Research, Inc. (2023)", known by its last word from "(Forrester Research, Inc., 2023)":
        # the listed narrower reading.
        readings = [*wider, *narrower_readings(citation)]
        listed_reading = next((reading for reading in readings if anchors.listed_work(reading)), None)
        if listed_reading is not None or anchors.cited_as_read(citation):
            return listed_reading or citation
        # "in Bodrum Al-Ansari et al. (1999) found", a work of the report's by its last name only: the reading whose
        # names the report cites in a bracket ("(Al-Ansari et al., 1999)") is the work's.
        return next((reading for reading in readings if anchors.cited_as_read(reading)), citation)
    for reading in [*wider, *narrower_readings(citation)]:
        if anchors.work(reading):
            return reading
    if text[: citation.start].rstrip().endswith(","):
        # "Govern d'Andorra, Ministeri de Turisme (2017)": a body's name with a comma inside, listed whole that year.
        over_a_comma = wider_readings(citation, text, over_a_comma=True)
        listed = next((reading for reading in over_a_comma if anchors.listed_work(reading)), None)
        if listed is not None:
            return listed
    return next((reading for reading in wider if anchors.listed_author(reading)), citation)


def _moved_to_the_work(citation: Citation, anchors: _Anchors, text: str) -> Citation | None:
    """Another reading of a narrative citation whose names hold a listed author, where the list or the report's
    brackets give that reading as the work: None where the citation stands as read."""
    if not anchors.listed_whole(citation) and not anchors.listed_together(citation):
        # "in Dubai Müller and Al Mansoori (2023) found", listed by its last word only: the narrower reading the list
        # gives whole is the work's; the place is the sentence's.
        whole = next((r for r in narrower_readings(citation) if anchors.listed_whole(r)), None)
        if whole is not None:
            return whole
    if anchors.listed_work(citation):
        return None
    # "Colombo, Soru and Rossi's (1994)" read from "Soru", listed in another year: the list gives the wider reading
    # as the work of that year, its first author a name the reading took for the sentence's.
    wider = next((r for r in wider_readings(citation, text) if anchors.listed_work(r)), None)
    if wider is not None or anchors.cited_as_read(citation) or anchors.listed_together(citation):
        return wider
    # "in Antalya Demir et al. (1999) found", Demir listed for another year: the reading the report cites in a
    # bracket ("(Demir et al., 1999)") is the work's; the place is the sentence's.
    return next((r for r in narrower_readings(citation) if anchors.cited_as_read(r)), None)


_ABBREVIATION_ONLY = re.compile(r"(?:[A-Z][A-Z&]{1,7}\s?)+")


def _certainly_cited(citation: Citation) -> bool:
    """Whether a citation is surely one: a bracket "(Name, year)" is; "Name (year)" may be a product or an event,
    and an abbreviation alone ("(CMA, 2021)") may name a law or a term of that year as well as an author."""
    abbreviation = _ABBREVIATION_ONLY.fullmatch(citation.author_text.strip()) is not None
    return not citation.narrative and not citation.weak and not abbreviation


def _work_key(citation: Citation) -> tuple[str, str, bool]:
    """The cited work, to count how often it is cited: "The Times (2020)" at a sentence's start and "(The Times,
    2020)" are one work; "(Borg, 1980)" and "(Borg and McEnroe, 1980)" are two, one of one author and one of
    several."""
    several = len(citation.authors) > 1 or citation.et_al is not None
    return _without_the(citation.authors[0]), citation.year.casefold(), several


def _without_the(author: str) -> str:
    """A name's key without its opening "The" or a final "s" ("Wilson's (2013)" and "(Wilson's, 2013)")."""
    return name_key(re.sub(r"^the\s+", "", author, flags=re.IGNORECASE)).removesuffix("s")


def _corroborated(citation: Citation, times_cited: Counter[tuple[str, str, bool]]) -> bool:
    """Whether an unlisted bracketed citation is surely a source the list lacks, not a credit of that year
    ("(Netflix, 2020)" after a film, "(TikTok, 2023)" after a trend): it names several people (joined as Harvard
    joins them, the last with "and"; in a bracket, more than two) or a page, or the report cites the same work
    again, in either form. A lone name cited once is only worth checking, a body's too: "(Bank of Ghana, 2024)"
    after a licence, "(Alvarez College of Business, 2016)" after a degree say who granted it and when. Two names
    in a bracket are as often a pair of that year: a match ("(Kasparov and Karpov, 1984)"), a merger, a designer
    and the maker. Names that are all places ("(Preston and Hamilton, 2019)") may say where as well."""
    people = (
        len(citation.authors) > 2
        # Harvard joins the last two authors with "and" (or "&"): "(MBA, VU Amsterdam, 2017)" lists no people.
        and _joined_as_authors(citation)
        and not all(map(is_a_city, citation.authors))
        # Every name reads as an author's: "(Silk, Rose and Spices, 2019)" names a festival.
        and all(map(could_name_an_author, citation.authors))
    )
    names = people or citation.et_al is not None or citation.locator is not None
    # A name cited twice is surely a source only if it reads as an author's: one event or product may be credited
    # twice ("(AnimeJapan, 2024)" after a trade fair and again after its parade).
    again = times_cited[_work_key(citation)] > 1 and could_name_an_author(citation.authors[0])
    return names or again


def _marked_as_a_citation(citation: Citation, times_cited: Counter[tuple[str, str, bool]]) -> bool:
    """Whether an unlisted citation that is not surely one carries what marks a citation: it is narrative, its names
    none in full; or it has "et al.", a page, a lead-in ("(see Okafor, 2019)"), the same work cited again (unless as a
    person named in full: "(Monty Don, 2003)" twice credits a presenter twice), or a name that is a source's by what
    it is ("Mintel", "easyJet plc"). Such a citation is worth a "check this" warning of its own, as is one among
    listed works in a bracket (``_beside_a_source``). The other signs (``_may_cite_a_source``) are met as often by a
    takeover, a founder or a wedding of that year, and only order the one note: on held-out rounds 82 to 84, two names
    cited once were a pair of that year in 207 brackets and a source the list lacked in 42."""
    return (
        # "Whitney (2024) argues" is read as a citation only with what an author does after it (``reads_as_cited``);
        # a person named in full ("Linda Mason and Roger Brown (1986) opened") is a founder in a firm's story as often
        # as an author, whom Harvard names by family name.
        (citation.narrative and not any(map(names_a_person_in_full, citation.authors)))
        or citation.et_al is not None
        or citation.locator is not None
        or (times_cited[_work_key(citation)] > 1 and not names_a_person_in_full(citation.authors[0]))
        or (opens_with_a_lead_in(citation) and could_name_an_author(citation.authors[0]))
        # "(see AEON Life, 2022)", "(cf. BVA Doxa, 2009)": only a source is pointed to to be read; "(e.g. Saniderm,
        # 2015)" may give a product as an example, and is led in by the name's looks alone, above.
        or _POINTS_TO_A_SOURCE.match(citation.text) is not None
        # "(Royal London, no date)": a work's date is said to be missing only in a citation of it.
        or citation.year.startswith("n.d.")
        # A source's name by what it is ("Mintel", "easyJet plc"). A site's address alone is a sign no more than a
        # firm's name: "(realestate.com.au, 1995)" dates a portal's founding, "(www.superdrug.com, 2024)" says where
        # orders come from.
        or (names_a_source(citation.authors[0]) and not names_a_site(citation.authors[0]))
    )


_POINTS_TO_A_SOURCE = re.compile(r"\((?:see(?:\s+also)?|cf\.?|compare)\s", re.IGNORECASE)


def _may_cite_a_source(citation: Citation, prose: Callable[[], str]) -> bool:
    """Whether an unlisted citation that nothing marks (``_marked_as_a_citation``, ``_beside_a_source``) still looks
    like one, to be named first in the one note: it is narrative ("Linda Mason (1986) opened", its names in full); or
    it names several authors (``_may_name_authors``: not "(LSE and AIX, 2018)", "(Yodgorlik, Margilan, 2019)",
    "(Dobbies and Wyevale, 2018)"), none of them a thing, a person named in full or a name the report's own prose
    (``prose``, called only here) writes about. A name and a year alone in a bracket ("(Saniderm, 2015)" after a
    product, "(Nor'easter, 2014)" after a storm, "(Mendenhall, 2019)" after a glacier) is as likely a thing of that
    year as a source: it is named in the note with the other brackets."""
    return (
        # "Fritz Henkel (1876) and his first bleaching soda": a person named in full with a year long ago is a founder
        # or an inventor in a firm's story (``reads_as_cited`` reads no such narrative as cited), even where the story
        # is told again in a bracket; a classic cited by its author is cited by family name, and listed.
        (citation.narrative and not (names_a_person_in_full(citation.authors[0]) and long_ago(citation.year)))
        or (
            len(citation.authors) > 1
            # "(Watches and Wonders, 2023)", a fair: a plural of a plain word names things, not an author; "(Arne
            # Jacobsen and Fritz Hansen, 1952)": a person named in full is credited with a thing, not cited.
            and not any(map(names_things, citation.authors))
            and not any(map(names_a_person_in_full, citation.authors))
            and _may_name_authors(citation)
            and not _written_about(citation, prose())
        )
    )


def _may_name_authors(citation: Citation) -> bool:
    """Whether a bracket's several names may be its authors'. Two must each read as a person's or a body's name
    ("(Okafor and Smith, 2019)"): a pair of that year, cited once, is written the same way, and only its names tell
    it from a source's: "(Husqvarna and Gardena, 2007)", a takeover; "(William and Kate, 2011)", a wedding. Those go
    to the one note, which names them all the same; a false warning costs a candidate more. More than two may be
    joined as Harvard joins authors, the last with "and", or have one name that reads as an author's."""
    if len(citation.authors) == 2:
        return all(map(could_name_an_author, citation.authors))
    return _joined_as_authors(citation) or any(map(could_name_an_author, citation.authors))


def _written_about(citation: Citation, prose: str) -> bool:
    """Whether one of a bracket's several names stands in the report's own prose, outside every citation: a firm,
    a club or a person the report writes about ("Arla's co-operative model …" and later "(Arla and Milk Link,
    2012)"). Such a bracket dates what happened to them, a merger, a founding or a match, as often as it cites;
    the authors of a source are named in its citations, seldom in the prose around them."""
    return any(
        re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", prose) is not None for name in citation.authors if name
    )


def _joined_as_authors(citation: Citation) -> bool:
    """Whether several names are joined as Harvard joins authors, the last with "and" or "&" ("Kimaro and Mushi"),
    and are not all letters ("LSE and AIX", two exchanges)."""
    return LIST_JOINER.search(citation.author_text) is not None and not all(map(_letters_of_a_name, citation.authors))


def _bracket_fellows(index: int, citations: Sequence[Citation]) -> list[int]:
    """The other works of citation ``index``'s bracket: a work of a bracket of several is written without the bracket
    ("Menon, 2019"), with only "; " between it and the next; a bracket of one work, or a narrative citation just after
    it, is not of the same bracket however close."""
    citation = citations[index]
    if citation.narrative or citation.text.startswith("("):
        return []
    beside = sorted(
        (other.start, other.end, other_index)
        for other_index, other in enumerate(citations)
        if other.block_index == citation.block_index
        and (other_index == index or (not other.narrative and not other.text.startswith("(")))
    )
    position = next(n for n, (_start, _end, other_index) in enumerate(beside) if other_index == index)
    first = last = position
    while first > 0 and beside[first][0] - beside[first - 1][1] <= 3:
        first -= 1
    while last + 1 < len(beside) and beside[last + 1][0] - beside[last][1] <= 3:
        last += 1
    return [other_index for _start, _end, other_index in beside[first : last + 1] if other_index != index]


def _beside_a_source(
    index: int, citations: Sequence[Citation], matches: Sequence[tuple[list[int], int | None]]
) -> bool:
    """Whether citation ``index`` shares its bracket with a listed work ("(Tony's Chocolate Works, 2023; Kotler and
    Keller, 2016)", "(Gestamp, 2022; 40dB, 2024; Moyo, 2019)") or with another work of its own author ("(Okafor,
    2019; Okafor, 2022)"), or is where a second-hand citation was read ("(Okafor, 2008, cited in Macmillan Cancer
    Help, 2024)"): the candidate cites it among sources, so it is worth checking on its own. Names of a year that
    only read as authors', side by side, are no more a sign than each alone: "(Chichester, 1967; Knox-Johnston,
    1969)" dates two voyages, "(Harambe, 2016; Marius, 2014)" a gorilla and a giraffe."""
    citation = citations[index]
    span = (citation.start, citation.end)
    if citation.narrative or citation.text.startswith("("):
        return any(  # "(Okafor, 2008, cited in Saniderm, 2015)": the bracket's second-hand work
            other.secondary and (other.start, other.end) == span
            for other in citations
            if other.block_index == citation.block_index
        )
    own = _without_the(citation.authors[0])
    return any(
        matches[other][1] is not None
        or ((citations[other].start, citations[other].end) == span and citations[other].secondary)
        or _without_the(citations[other].authors[0]) == own
        for other in _bracket_fellows(index, citations)
    )


def _letters_of_a_name(name: str) -> bool:
    """Whether a name is an abbreviation's letters ("BZD", "KhUD", "GfK"): "(BZD and KhUD, 2019)" may name two
    districts or two bodies as well as two authors, which several surnames would not."""
    return " " not in name and len(name) <= 6 and 2 * sum(ch.isupper() for ch in name) >= len(name)


_TEXT_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _text_keys(text: str) -> set[str]:
    """The name keys of every word of the text (each distinct word keyed once)."""
    # A word never spans white space: a distinct token of letters alone is a word as it stands, and only the
    # others go through the pattern (the same words as the pattern over the whole text, several times faster).
    tokens = set(text.split())
    words = {token for token in tokens if token.isalpha()}
    words.update(_TEXT_WORD.findall(" ".join(token for token in tokens if not token.isalpha())))
    return {name_key(word) for word in words}


# What a key drops from an ASCII word (digits, "_", apostrophes, hyphens), and the bytes of every other character.
_DROPPED_IN_WORDS = b"0123456789_'-" + bytes(range(0x80, 0x100))
_ASCII_BYTES = bytes(range(0x80))
# A to Z to a to z, as bytes.lower() has them, in the same pass as the bytes dropped.
_LOWER_CASE = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def _word_letters(text: str) -> bytes | None:
    """The text in lower case without what a name key drops inside a word, or None when it holds a character
    beyond ASCII that a key keeps ("é" is "e"). A key is made character by character, so each word's key is a
    run of these letters: a key not among them is no word's, told without keying every word (``_text_keys``,
    the cross check's dearest step on a long report). White space and ASCII punctuation stay as gaps."""
    encoded = text.encode()
    if any(name_key(character) for character in set(encoded.translate(None, _ASCII_BYTES).decode())):
        return None
    return encoded.translate(_LOWER_CASE, _DROPPED_IN_WORDS)


def _may_be_named(entry: ReferenceEntry, letters: bytes | None) -> bool:
    """False when the entry's first author is surely not named in the text (``_named_in_text`` would say so);
    ``letters`` is ``_word_letters`` of the text."""
    surname = entry.authors[0].split()
    if letters is None or not surname:
        return True
    return name_key(surname[-1] if not entry.organisation else surname[0]).encode() in letters


def _named_in_text(entry: ReferenceEntry, words: set[str]) -> bool:
    """Whether the entry's first author appears in the text at all (cited, perhaps, in a form not recognised);
    ``words`` is ``_text_keys`` of the text."""
    surname = entry.authors[0].split()
    return bool(surname) and name_key(surname[-1] if not entry.organisation else surname[0]) in words


class CrossCheck(NamedTuple):
    """What the cross check found: the problems, the entry each citation was matched to (or None), the citations that
    match no entry and are not surely citations (listed together in one note, not reported one by one), and those of
    them that look like citations (``_may_cite_a_source``, ``_beside_a_source``), which the note names first."""

    problems: list[ReferenceProblem]
    links: list[int | None]
    unconfirmed: list[int]
    looks_cited: list[int]


def cross_check(citations: Sequence[Citation], entries: Sequence[ReferenceEntry], text: str = "") -> CrossCheck:
    """Problems between citations and entries, and the citations matching no entry that are not surely citations.

    A citation matching no entry is said for certain not to be in the reference list only when it is surely one: a
    bracket that names several authors, a page, or a work cited again (``_certainly_cited``, ``_corroborated``). It
    gets a "check this" warning of its own when something marks it as a citation (``_marked_as_a_citation``: a
    narrative citation, "et al.", a page, a lead-in, a second citation, a source's name by what it is; or a listed
    work in its bracket, ``_beside_a_source``). Every other goes to the one note, those that look like citations first
    (``_may_cite_a_source``): on pools written by hands that never read the checker, warnings of their own for these
    were false most of the time (a takeover "(Kido and Storal, 2022)", a founder "Linda Mason and Roger Brown
    (1986)"), and a false warning costs a candidate more than a missed one; the note still names every one of them.

    ``text`` is the report's text outside the reference list: an entry whose author is named there is not
    said for certain to be uncited.
    """
    problems = _Problems()
    links: list[int | None] = []
    entry_keys = [_entry_keys(entry) for entry in entries]
    mismatched_entries: set[int] = set()
    by_key: dict[str, list[int]] = {}  # the entries known by each key, in order: no pass over every entry per citation
    for index, keys in enumerate(entry_keys):
        for key in keys:
            by_key.setdefault(key, []).append(index)
    matches = [_matching_entries(citation, entries, entry_keys, by_key) for citation in citations]
    # An entry cited directly somewhere is that work's: a second-hand citation of the same name and year
    # ("Lee et al. (2021, cited in Mintel, 2014)" beside "(Lee and Kim, 2021)") is another work, not a listed one.
    directly_cited = {link for citation, (_by_author, link) in zip(citations, matches, strict=True)
                      if not citation.secondary and link is not None}  # fmt: skip
    # The works cited, counted once and only if an unmatched citation is weighed (most reports: none).
    times_cited = functools.cache(lambda: Counter(_work_key(c) for c in citations))
    # The report's own words: its text without any citation (worked out only if a bracket of several is weighed).
    prose = functools.cache(lambda: functools.reduce(lambda rest, c: rest.replace(c.text, " "), citations, text))
    unconfirmed: list[int] = []
    looks_cited: list[int] = []
    for index, (citation, (by_author, link)) in enumerate(zip(citations, matches, strict=True)):
        where = label = ""  # named only in a problem below, of a second-hand or unmatched citation
        if citation.secondary or link is None:
            where, label = part_name(citation.part), _label(citation)
        if citation.secondary and (
            link in directly_cited or (link is not None and _others_work(citation, entries[link]))
        ):
            links.append(None)
            continue
        links.append(link)
        if citation.secondary:
            if link is not None:
                problems.add("secondary_source_listed", citation.authors[0], citation.year, citation.part,
                             f"{label} is cited second-hand (\"cited in\") in {where}, so it should not be in "
                             "the reference list: list only the source you read.")  # fmt: skip
        elif link is None and by_author and entries and not directly_cited.issuperset(by_author):
            # Where every listed work of the author is cited as listed elsewhere, a citation in another year is
            # of a work the list leaves out ("Department for Education (2015)" beside "(Department for Education,
            # 2023)"), not a slip in the year: it is reported below as not listed.
            mismatched_entries.update(by_author)
            listed = ", ".join(sorted({entries[i].year or "no year" for i in by_author}))
            near = _near_one_of(citation.year, _dated_years(entries[i].year for i in by_author))
            joined = _joined_to_another(citation, [entries[i] for i in by_author])
            if (
                joined
                and not _corroborated(citation, times_cited())
                and not _marked_as_a_citation(citation, times_cited())
            ):
                # "(Etsy and Depop, 2021)" beside a listed "Etsy (n.d.)", cited once: a takeover of that year as
                # often as a work of the pair, named in the note like any other pair of names.
                unconfirmed.append(index)
                looks_cited.append(index)
            elif _certainly_cited(citation) and near and not joined:
                problems.add("year_mismatch", citation.authors[0], citation.year, citation.part,
                             f"{label} is cited in {where}, but the reference list has {citation.authors[0]} "
                             f"with {listed}: make the year in the text and in the list the same.")  # fmt: skip
            else:  # "Name (year)" may name an event, a ruling or a product of that year rather than cite a work;
                # a year far from every listed one ("(Friskis&Svettis, 1978)" beside its 2019 report) may date its
                # founding, or cite another of its works
                problems.add("year_mismatch", citation.authors[0], citation.year, citation.part,
                             f"{CHECK_THIS}if {citation.text} in {where} cites {label}, the reference list has "
                             f"{citation.authors[0]} with {listed}: make the years the same.",
                             certain=False)  # fmt: skip
        elif link is None and entries and _certainly_cited(citation) and _corroborated(citation, times_cited()):
            problems.add("cited_not_listed", citation.authors[0], citation.year, citation.part,
                         f"{label} is cited in {where} but is not in the reference list.")  # fmt: skip
        elif (
            link is None
            and entries
            and (_marked_as_a_citation(citation, times_cited()) or _beside_a_source(index, citations, matches))
        ):
            problems.add("cited_not_listed", citation.authors[0], citation.year, citation.part,
                         f"{CHECK_THIS}{citation.text} in {where} looks like a citation of {label}, but no entry in "
                         "the reference list matches it. If it cites a source, add the source to the list.",
                         certain=False)  # fmt: skip
        elif link is None and entries:
            unconfirmed.append(index)
            if _may_cite_a_source(citation, prose):
                looks_cited.append(index)
        _check_citation_form(citation, entries[link] if link is not None else None, problems)
    words: set[str] | None = None  # the text's words, keyed once and only if an uncited entry's author may be named
    letters: list[bytes | None] = []  # ``_word_letters`` of the text, worked out once if an entry is uncited
    lowered: str | None = None  # the text in lower case, likewise
    linked = set(links)  # asked of every entry: a look-up each rather than a pass over every citation's link

    @functools.cache
    def cited_works() -> frozenset[tuple[str, str]]:
        return frozenset(_first_author_and_year(entries[index]) for index in linked if index is not None)

    for index, entry in enumerate(entries):
        if index not in linked and index not in mismatched_entries and entry.authors:
            if not letters:
                letters.append(_word_letters(text))
            named = _may_be_named(entry, letters[0])
            if named:
                if words is None:
                    words = _text_keys(text)
                named = _named_in_text(entry, words)
            if not named and not entry.authors[0].replace("'", "").isalpha():
                # "legislation.gov.uk", "B&Q": a name whose stops or signs the keys split is looked for as written.
                if lowered is None:
                    lowered = text.casefold()
                named = entry.authors[0].casefold() in lowered
            # "(Ramdin, in 't Veld and de Groot, 2011b)" in a form not read as a citation: the work is cited all the
            # same, unless a cited entry by the same first author and year may be the one written there.
            if named and _cited_near_its_year(entry, text) and _first_author_and_year(entry) not in cited_works():
                continue
            if named:
                problems.add("listed_not_cited", entry.authors[0], entry.year, None,
                             f"{CHECK_THIS}{_entry_label(entry)} is in the reference list, and its author is named "
                             "in the text, but marker found no citation of it in a form it recognises: make sure "
                             "it is cited as (Author, year) or Author (year).", certain=False)  # fmt: skip
            else:
                problems.add("listed_not_cited", entry.authors[0], entry.year, None,
                             f"{_entry_label(entry)} is in the reference list but is not cited in the text: "
                             "cite it where you use it, or remove it.")  # fmt: skip
    _check_entries(entries, problems)
    return CrossCheck(problems.items, links, unconfirmed, looks_cited)


def _joined_to_another(citation: Citation, listed: Sequence[ReferenceEntry]) -> bool:
    """Whether a citation joins its first name to another where every listed work of that name has it alone: "(Greene
    King and CKA, 2019)" beside a listed "Greene King (2024)" is a pair of that year (a takeover) as often as a slipped
    year; not "(Competition and Markets Authority, 2022)", one body's name the list gives whole."""
    return (
        len(citation.authors) > 1
        and citation.et_al is None
        and all(
            len(entry.authors) == 1
            and not entry.et_al
            and citation.authors[1].casefold() not in entry.authors[0].casefold()
            for entry in listed
        )
    )


def _matching_entries(
    citation: Citation,
    entries: Sequence[ReferenceEntry],
    entry_keys: Sequence[set[str]],
    by_key: dict[str, list[int]] | None = None,
) -> tuple[list[int], int | None]:
    """The entries with the citation's author, and the one of them, with its year too, that it cites. ``by_key``
    (the entries known by each key of ``entry_keys``) finds them without a pass over every entry."""
    keys = _citation_keys(citation)
    if by_key is None:
        by_author = [i for i, e_keys in enumerate(entry_keys) if keys & e_keys]
    elif len(keys) == 1:
        # One key (most names): its entries, each once and in order as ``by_key`` lists them, with no set to sort.
        by_author = list(by_key.get(next(iter(keys)), ()))
    else:
        by_author = sorted({i for key in keys for i in by_key.get(key, ())})
    same_year = [i for i in by_author if _same_year(citation.year, entries[i].year)]
    return by_author, _best_entry(citation, same_year, entries) if same_year else None


def _others_work(citation: Citation, entry: ReferenceEntry) -> bool:
    """Whether the entry of the cited lead author and year names other co-authors than the citation does, or
    another number of them: "(Shah and Lowe, 2024, cited in ...)" beside a listed "Shah, F. and Moss, E. (2024)",
    and "(see Singh, 2020, cited in ...)" beside "Singh, G., Bhattacharyya, D. and Sun, Q. (2020)", are other works
    (Cite Them Right names up to three authors in the text)."""
    if citation.et_al or entry.et_al or entry.organisation:
        return False
    if len(citation.authors) != len(entry.authors):
        return True
    return len(citation.authors) > 1 and (
        {name_key(name) for name in citation.authors} != {name_key(name) for name in entry.authors}
    )


def _first_author_and_year(entry: ReferenceEntry) -> tuple[str, str]:
    words = entry.authors[0].split() if entry.authors else [""]
    return name_key(words[-1]), (entry.year or "").casefold()


def _cited_near_its_year(entry: ReferenceEntry, text: str) -> bool:
    """Whether the entry's first author is written in the text with the entry's year just after, where a citation
    gives it ("(Ramdin, in 't Veld and de Groot, 2011b)"): cited in a form not read as one."""
    if not entry.year or not entry.year[:4].isdigit():
        return False
    words = entry.authors[0].split()
    if not words:
        return False
    # A body's whole name ("Department" opens many), then its bracket or comma: "Ipsos Lebanon's (2025)" is not
    # "Ipsos". A person's surname first in the citation ("Reyes, Phan and Lê, 2019" cites Reyes), then "et al." or
    # the citation's other names after "and" or a comma, with no year between ("Kemp Retail's (2019)" is no Kemp's).
    if entry.organisation:
        name, between = entry.authors[0].rstrip("."), r"\.?(?:['’]s)?\s*"
    else:
        name, between = words[-1], r"(?:\s+et\s+al\.?|\s+(?:and|&)\s[^;()\d]{1,60}?|,\s[^;()\d]{1,60}?)?\s*"
    first = r"(?<!\w)(?<!,\s)(?<!\sand\s)(?<!&\s)"
    pattern = rf"{first}{re.escape(name)}(?!\w){between}(?:\(|,\s){re.escape(entry.year)}(?!\w)"
    return re.search(pattern, text) is not None


def _entry_label(entry: ReferenceEntry) -> str:
    author = entry.authors[0] if entry.authors else "An entry"
    return f"{author} ({entry.year})" if entry.year else author


def _check_citation_form(citation: Citation, entry: ReferenceEntry | None, problems: _Problems) -> None:
    """ "et al." and "&" as Cite Them Right wants them."""
    where = part_name(citation.part)
    author, year = citation.authors[0], citation.year
    # Only a reference list naming the people shows that "&" joined authors rather than an organisation.
    if citation.ampersand and not citation.narrative and entry is not None and not entry.organisation \
            and len(entry.authors) > 1:  # fmt: skip
        author = author.split("&")[0].strip()  # the first of the people, as the checker reports them
        problems.add("ampersand_in_brackets", author, year, citation.part,
                         f"{citation.text} in {where} joins authors with \"&\": write \"and\" instead.")  # fmt: skip
    if citation.et_al is not None and citation.et_al != "et al.":
        problems.add("et_al_misuse", author, year, citation.part,
                     f"{citation.text} in {where} writes \"{citation.et_al}\": write \"et al.\" "
                     "(a full stop after al only).", detail="form")  # fmt: skip
    if entry is None:
        # "(Google, Temasek and Bain & Company, 2020)": a word for a firm after "&" is the rest of a firm's name.
        people = [
            name for i, name in enumerate(citation.authors) if not (i and citation.ampersand and is_body_word(name))
        ]
        if citation.et_al is None and len(people) >= 4 and not _one_body_listed(citation.authors):
            problems.add("et_al_misuse", author, year, citation.part,
                         f"{CHECK_THIS}{citation.text} in {where} seems to name four or more authors: give the "
                         "first author's surname followed by \"et al.\".", detail="missing", certain=False)  # fmt: skip
        return
    many = entry.et_al or len(entry.authors) >= 4
    # "(Dave Nolan and Kevin Glynn, 2016)", two founders, beside a listed "Nolan, B. et al. (2016)": Harvard cites by
    # family name alone, so names written in full may match a listed work only by chance; what the list says of its
    # authors is then only worth checking.
    sure = not any(map(names_a_person_in_full, citation.authors))
    check = "" if sure else CHECK_THIS
    if citation.et_al is not None and not many:
        problems.add("et_al_misuse", author, year, citation.part,
                     f"{check}{citation.text} in {where} uses \"et al.\" for a work with {len(entry.authors)} "
                     "author(s): name them all (et al. is for four or more).", detail="few", certain=sure)  # fmt: skip
    elif citation.et_al is None and many:
        problems.add("et_al_misuse", author, year, citation.part,
                     f"{check}{citation.text} in {where} cites a work with four or more authors: write "
                     f"\"{author} et al.\".", detail="missing", certain=sure)  # fmt: skip


def _one_body_listed(names: Sequence[str]) -> bool:
    """Whether names read as four or more authors are one body's, its commas inside its name: "House of Commons
    Digital, Culture, Media and Sport Committee" (a lower-case word or a word for a body, where a list of people
    has surnames)."""
    words = " ".join(names).split()
    return any(word.islower() and word not in PARTICLES for word in words) or words[-1].casefold() in BODY_WORDS


def _check_entries(entries: Sequence[ReferenceEntry], problems: _Problems) -> None:
    """Each entry's completeness and access date, and each list's alphabetical order."""
    for entry in entries:
        # Most entries have both: no list built for them.
        missing = (
            []
            if entry.year and entry.title
            else [what for what, value in (("year", entry.year), ("title", entry.title)) if not value]
        )
        if missing:
            problems.add("incomplete_entry", entry.authors[0] if entry.authors else None, entry.year, None,
                         f"The reference-list entry \"{entry.text[:80]}\" has no {' and no '.join(missing)}: "
                         "give the year (or n.d.) and the title.")  # fmt: skip
        elif entry.title_only_publisher:
            problems.add("incomplete_entry", entry.authors[0] if entry.authors else None, entry.year, None,
                         f"{CHECK_THIS}the reference-list entry \"{entry.text[:80]}\" seems to have no title (what "
                         "follows the year reads as the place and publisher): give the title after the year.",
                         certain=False)  # fmt: skip
        online_only_doi = entry.doi is not None and (entry.url is None or "doi.org" in entry.url)
        if entry.url and entry.accessed is None and not online_only_doi:
            label = _entry_label(entry)  # named only in this problem
            problems.add("missing_access_date", entry.authors[0] if entry.authors else None, entry.year, None,
                         f"{label} is an online source with no access date: add (Accessed: day month year) "
                         "after the URL.")  # fmt: skip
    lists: dict[int, list[ReferenceEntry]] = {}
    for entry in entries:
        if entry.authors:
            lists.setdefault(entry.list_index, []).append(entry)
    for listed in lists.values():
        _check_order(listed, problems)


def _out_of_order(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    # A surname that begins another ("Edwards", "Edwards-Akhtar"; "Singh", "Singh & Berry") is a tie that filing
    # rules break differently (initials, co-authors): neither order is wrong.
    return before > after and before[: len(after)] != after


_THORN = re.compile("[þÞ]")


def _collation_key(name: str) -> str:
    """``name_key`` with a thorn filed after z rather than as "th"; "ø", "æ" and the like file as "name_key" has
    them ("o", "ae"), under the Unicode collation as under English filing rules."""
    return "{".join(name_key(piece) for piece in _THORN.split(name))


_FIGURES = re.compile(r"(\d+)")
# The bracket that gives an entry's year, which its names end before: not "(ISC)²", a name opening on a bracket.
_YEARS_BRACKET = re.compile(r"\((?=\d{4}|n\.\s?d|no date)", re.IGNORECASE)


def _with_figures(text: str) -> str:
    """``name_key`` that keeps the figures in a name."""
    return "".join(piece if piece.isdigit() else name_key(piece) for piece in _FIGURES.split(text))


def _as_written(entry: ReferenceEntry) -> tuple[str, ...]:
    return max(filing_keys(entry.authors[0]), key=len)


_FILING_RULES: tuple[Callable[[ReferenceEntry], tuple[str, ...]], ...] = (
    _as_written,  # as written, particles included
    # Particles left out; a body's name keeps its capitalised first word ("St Mungo's", "De Beers" file under S and
    # D), where a name read from the list opening on a particle in lower case is a person's, or a body's read short.
    lambda entry: (
        _as_written(entry)
        if entry.organisation and entry.authors[0][:1].isupper()
        else min(filing_keys(entry.authors[0]), key=len)
    ),
    lambda entry: (name_key(entry.authors[0]),),  # letter by letter, spaces ignored
    # Thorn after z, as the Unicode collation (Word's and reference managers' sort) files it: "Þórsdóttir".
    lambda entry: (_collation_key(entry.authors[0]),),
    # The names as written with their initials, letter by letter, as a reference manager's collation files them
    # (spaces and stops ignored, figures before letters): "Lindqvist, S." before "Lin, J.", "MacInnes, O." before
    # "Ma, M.", "B2B Growth" before "Baines".
    lambda entry: (_with_figures(_YEARS_BRACKET.split(entry.text, maxsplit=1)[0]),),
    # A name in characters filed under its romanisation: "李娜 (Li Na)" under L.
    lambda entry: (name_key(_romanised(entry)),),
    # A firm's legal form left off, letter by letter: "Landsbankinn hf." files with "Landsbankinn", one body.
    lambda entry: (name_key(_without_legal_form(entry.authors[0])),),
)


def _without_legal_form(name: str) -> str:
    head, _space, last = name.rstrip(",").rpartition(" ")
    return head if head and last.casefold().rstrip(".") in SUFFIXES_UNSTOPPED else name


def _romanised(entry: ReferenceEntry) -> str:
    return entry.aliases[-1] if entry.aliases and written_in_characters(entry.authors[0]) else entry.authors[0]


def _opens_on_a_figure(entry: ReferenceEntry) -> bool:
    return entry.authors[0][:1].isdigit()


def _check_order(listed: Sequence[ReferenceEntry], problems: _Problems) -> None:
    """One list's alphabetical order, under whichever filing rule the candidate followed.

    Filing rules differ on particles ("van Doorn" under V or D) and spaces ("de Werd" before or after
    "Department"): a list is in order if one rule, applied to the
    whole list, puts it in order. Otherwise the first place out of order under the closest rule is reported,
    surely only when the first letters differ under every rule.
    """
    rules: list[list[tuple[str, ...]]] = []
    breaks: list[list[int]] = []
    # A name opening on a figure files before the letters under every rule ("40dB", "3M"), not under the letters
    # after its figures.
    by_figures = [(_with_figures(entry.authors[0]),) if _opens_on_a_figure(entry) else None for entry in listed]
    # Rule by rule, and no further once one puts the list in order (most lists are, under the first rule).
    for filing_key in _FILING_RULES:
        keys = [figures or filing_key(entry) for entry, figures in zip(listed, by_figures, strict=True)]
        rules.append(keys)
        breaks.append([i for i in range(1, len(keys)) if _out_of_order(keys[i - 1], keys[i])])
        if not breaks[-1]:
            return
    rule = min(range(len(rules)), key=lambda r: len(breaks[r]))
    index = breaks[rule][0]
    previous, current = listed[index - 1], listed[index]
    # A name opening on a figure may be filed as the figure is spoken ("40dB" under F): never sure.
    figures = _opens_on_a_figure(previous) or _opens_on_a_figure(current)
    certain = not figures and all(
        keys[index - 1][:1] and keys[index][:1] and keys[index - 1][0][:1] > keys[index][0][:1] for keys in rules
    )
    prefix = "" if certain else CHECK_THIS
    problems.add("not_alphabetical", current.authors[0], current.year, None,
                 f"{prefix}The reference list is not in alphabetical order of authors' surnames: "
                 f"{_entry_label(current)} comes after {_entry_label(previous)}.",
                 certain=certain)  # fmt: skip
