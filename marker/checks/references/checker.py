"""The reference check of a whole document: citations by part, the reference lists, and their problems."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from marker.checks.references.citations import LIST_JOINER, find_citations
from marker.checks.references.crosscheck import author_like_citations, cross_check, listed_citations, reanchored
from marker.checks.references.entries import parse_entry, split_entries
from marker.checks.references.model import (
    CHECK_THIS,
    Citation,
    ReferenceEntry,
    ReferenceProblem,
    ReferenceReport,
    part_name,
)
from marker.checks.references.names import (
    COMPANY_SUFFIXES,
    DASHES,
    ENDS_IN_A_LAWS_YEAR,
    is_author_text,
    is_body_then_place,
    is_name_word,
    names_a_firm_and_its_partners,
    split_author_list,
)
from marker.checks.references.quotations import (
    CLAUSE_WORDS,
    ENDS_SENTENCE,
    KINDS_OF_TEXT,
    QUOTE_CHARACTERS,
    Quotation,
    find_quotations,
    quoted_sentences_start_after,
)
from marker.checks.regions import APPENDIX, REFERENCE_LIST, is_appendix_heading, is_reference_list_heading
from marker.documents.model import Block, BlockKind, Document
from marker.errors import MarkerError

_NO_CITATIONS = frozenset({BlockKind.HEADER_FOOTER, BlockKind.CONTENTS})
# Blocks that are never a reference list's entries wherever they fall: a DOCX's footnotes come after the last
# paragraph and a PDF's at the foot of a page, and a PDF gives a page's text boxes after its text, so
# segmentation may place them inside the list.
_OUTSIDE_LIST = frozenset({BlockKind.FOOTNOTE, BlockKind.HEADER_FOOTER, BlockKind.TEXT_BOX})


class RegionsMismatch(MarkerError):
    """The region labels given do not line up with the document's blocks (a programming error upstream)."""


def _is_heading(block: Block) -> bool:
    return block.kind == BlockKind.HEADING or (block.bold and len(block.text.split()) <= 8)


def label_regions(document: Document) -> list[str | None]:
    """Labels without a rubric: blocks under a "References"/"Bibliography" heading, the rest None."""
    labels: list[str | None] = []
    inside, level = False, 0
    for block in document.blocks:
        text = block.text.strip()
        if _is_heading(block) and is_reference_list_heading(text):
            inside, level = True, block.level or 1
        elif inside and _is_heading(block) and not _is_list_subheading(block, level):
            inside = False
        if inside:
            labels.append(REFERENCE_LIST)
        elif _is_heading(block) and is_appendix_heading(text):
            labels.append(APPENDIX)
        else:
            labels.append(None)
    return labels


def _is_list_subheading(block: Block, level: int) -> bool:
    """A heading inside a reference list ("Books", "Websites") that does not end it."""
    if is_appendix_heading(block.text):
        return False
    if block.kind == BlockKind.HEADING:
        return block.level is not None and block.level > level
    return False


def _part_of(region: str | None) -> str | None:
    return None if region is None or region.startswith("@") else region


def _is_entry_text(block: Block) -> bool:
    """Whether a block in a reference list holds entries (not its heading or a "Books" subheading)."""
    text = block.text.strip()
    if not text or block.kind == BlockKind.HEADING or is_reference_list_heading(text):  # the pattern last
        return False
    # The comma first: entries have one, and are then told without splitting their words.
    return not ("," not in text and len(text.split()) <= 3 and not any(ch.isdigit() for ch in text))


def check_references(document: Document, block_regions: Sequence[str | None]) -> ReferenceReport:
    """Checks a document's Harvard referencing; ``block_regions[i]`` labels block i (a part id or a region)."""
    if len(block_regions) != len(document.blocks):
        raise RegionsMismatch(
            f"The reference check was given {len(block_regions)} region labels for "
            f"{len(document.blocks)} blocks of {document.name}."
        )
    citations: list[Citation] = []
    entries: list[ReferenceEntry] = []
    quotation_problems: list[ReferenceProblem] = []
    quoted_blocks: list[int] = []
    list_index, previous_region = -1, None
    # A note or running line placed in a list is read as text outside it, and neither ends nor splits the list.
    placed = [region == REFERENCE_LIST and block.kind in _OUTSIDE_LIST
              for block, region in zip(document.blocks, block_regions, strict=True)]  # fmt: skip
    block_regions = [None if outside else region for outside, region in zip(placed, block_regions, strict=True)]
    for index, (block, region) in enumerate(zip(document.blocks, block_regions, strict=True)):
        if region == REFERENCE_LIST:
            if previous_region != REFERENCE_LIST:
                list_index += 1
            if _is_entry_text(block):
                entries.extend(_list_entries(document, block, index, list_index, entries))
        if not placed[index]:
            previous_region = region
    names_in_capitals = _names_read_in_capitals(entries)
    stand_ins = _stand_ins_for_listed_bodies(entries)
    for index, (block, region) in enumerate(zip(document.blocks, block_regions, strict=True)):
        if region == REFERENCE_LIST or block.kind in _NO_CITATIONS or "(" not in block.text:
            continue  # every citation has a bracket: most paragraphs have none, and give nothing to look at
        found = _find_citations(block.text, index, _part_of(region), names_in_capitals, stand_ins)
        citations.extend(found)
        # Only a citation without a locator can leave a quotation without a page: parse no other block.
        if any(c.locator is None for c in found) and any(mark in block.text for mark in QUOTE_CHARACTERS):
            quoted_blocks.append(index)  # six searches above, not a set of the text
    citations = listed_citations(citations, entries, lambda index: document.blocks[index].text)
    if entries:
        citations = reanchored(citations, entries, lambda index: document.blocks[index].text)
    # Quotations are checked against the citations the list confirmed or that are sure, as the list reads them:
    # "In the words of The Diary of a CEO (2022), ‘...’" is a listed podcast's, however weakly its name reads.
    by_block: dict[int, list[Citation]] = {}
    for citation in citations:
        by_block.setdefault(citation.block_index, []).append(citation)
    for index in quoted_blocks:
        near = by_block.get(index, [])
        if any(not c.locator for c in near):
            quotation_problems.extend(_quotations_without_page(document.blocks[index].text, near))
    citations = author_like_citations(citations, entries, lambda index: document.blocks[index].text)
    if not entries:
        problems = [_no_reference_list(citations)]
        return ReferenceReport(tuple(citations), (), tuple(problems + quotation_problems), (None,) * len(citations))
    text = "\n".join([block.text for block, region in zip(document.blocks, block_regions, strict=True)
                      if region != REFERENCE_LIST])  # fmt: skip
    checked = cross_check(citations, entries, text)
    citations = [_people_of(citation, entries[link] if link is not None else None)
                 for citation, link in zip(citations, checked.links, strict=True)]  # fmt: skip
    return ReferenceReport(
        tuple(citations),
        tuple(entries),
        tuple(checked.problems + quotation_problems),
        tuple(checked.links),
        tuple(checked.unconfirmed),
        tuple(checked.looks_cited),
    )


def _names_read_in_capitals(entries: Sequence[ReferenceEntry]) -> dict[str, str]:
    """Listed organisations whose names are written in lower case ("innocent drinks", "boohoo") or with marks or
    figures no name holds ("Etisalat by e&", "Current±", "11 bit studios S.A."), each with the same name in
    capitals, its marks as letters: such a name is read as a citation's author only where the list gives it."""
    names = {}
    for entry in entries:
        if not (entry.organisation and entry.authors):
            continue
        name = entry.authors[0]
        if name[:1].islower():
            # A lone letter opening a longer name stays ("i News" is read as it is; "I News" would open with a
            # pronoun); the newspaper "i" alone is read as "I".
            words = name.split(" ")
            # A colon or slash inside a word ("m:tel") ends no name: read as a letter.
            names[name] = " ".join(
                word if len(word) == 1 and len(words) > 1 else word[:1].upper() + _INNER_MARKS.sub("x", word[1:])
                for word in words
            )
        elif not is_author_text(name) and not ENDS_IN_A_LAWS_YEAR.search(name):  # a law is read as written
            words = name.split(" ")
            # A name that is only names, commas and dashes ("Department of Forestry, Fisheries and the Environment",
            # "A.P. Moller - Maersk A/S") is read as it stands, where the list names it.
            if any(not is_name_word(word.rstrip(",")) and word not in DASHES for word in words):
                names[name] = " ".join(
                    word if is_name_word(word) else _AS_LETTERS.sub("x", word).capitalize() for word in words
                )
    return names


_INNER_MARKS = re.compile(r"[:/]")
# Marks, and figures ("11 bit studios S.A."), which open no name the text is read for.
_AS_LETTERS = re.compile(r"[^\w'’.-]|\d")


def _whole_words_replaced(replacements: dict[str, str]) -> Callable[[str], str]:
    """A function replacing each key where it stands as whole words, in one pass, the longest first ("i News" is
    read whole before "i" alone could be; "I" in "IKEA" stays)."""
    keys = sorted(replacements, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(key) for key in keys) + r")(?![\w-])")
    return lambda text: pattern.sub(lambda found: replacements[found.group(0)], text)


def _stand_ins_for_listed_bodies(entries: Sequence[ReferenceEntry]) -> dict[str, str]:
    """Listed bodies' names of more than one word ("Department of Health, Victoria", "PT Telkom Indonesia (Persero)
    Tbk", "Kementerian Komunikasi dan Informatika"), each with a stand-in of the same length that reads as one
    name: where the text gives such a name whole before a citation's year, the list says where the name starts,
    which its commas, brackets, initials and small words in other languages do not."""
    names = {entry.authors[0] for entry in entries if entry.organisation and entry.authors}
    stand_ins = {}
    for number, name in enumerate(sorted(name for name in names if _read_in_pieces(name))):
        mark = _number_in_letters(number)
        if len(name) > len(mark) + 1:
            stand_ins[name] = "X" + "x" * (len(name) - len(mark) - 1) + mark
    return stand_ins


def _read_in_pieces(name: str) -> bool:
    """Whether a body's name holds what may end a name read from the text (a comma, a bracket, a full stop, a dash,
    a word in lower case). Not names joined by "and" or "&": "Acme and IPA" may be two bodies writing together, as
    the text cites them, and "We Are Social and Meltwater" the list's two authors."""
    if " " not in name:
        return False
    # "Consumer Insurance (Disclosure and Representations) Act 2012": an "and" inside a law's bracket joins no bodies.
    if LIST_JOINER.search(_FIRM_PARTNERS.sub("", _IN_BRACKETS.sub("", name))):
        if any(word in DASHES for word in name.split(" ")):
            return True  # "CAF – Development Bank of Latin America and the Caribbean": one body, its name spelt out
        # "Securities and Exchange Commission, Nigeria": one body and the country it serves, read in pieces.
        before, comma, after = name.rpartition(",")
        return bool(comma) and is_body_then_place(before, after)
    if (
        not name[:1].isupper()
        and not any(word.casefold() in COMPANY_SUFFIXES for word in name.split())
        and not _HAS_A_BRACKET.search(name)
    ):
        # A name in lower case is read in pieces only where it gives its legal form ("dm-drogerie markt GmbH + Co. KG")
        # or its abbreviation ("e-Commerce Association of Bangladesh (e-CAB)").
        return False
    words = name.split(" ")
    # A full stop inside the name ends a sentence where the text is read: "Saudi Arabia. Bureau of Experts".
    return any(mark in name for mark in ",()") or any(
        word[:1].islower() or "." in word.rstrip(".") or word in DASHES or (word.endswith(".") and i < len(words) - 1)
        for i, word in enumerate(words)
    )


_HAS_A_BRACKET = re.compile(r"\s\([^()]+\)$")
_IN_BRACKETS = re.compile(r"\([^()]*\)")
# "GmbH & Co. KG", "Miele & Cie.", "GmbH + Co. KG", "Ramirez & C.ª", "Ferreira & Cia.": a firm's partners in its
# legal form (Portuguese and Spanish "companhia", "compañía" cut short), not a list's last author.
_FIRM_PARTNERS = re.compile(r"\s[&+]\s(?:Co\.|Cie\.|Cia\.|C\.ª|C\.ia)")


def _number_in_letters(number: int) -> str:
    """ "q", "rq", "sq"...: a different ending of letters for each stand-in, ending on a letter no stand-in's "x"s
    run into."""
    letters = "q"
    while number:
        number, digit = divmod(number, 20)
        letters = "abcdefghijklmnoprstu"[digit] + letters
    return letters


# Where a listed name is followed by its year: "(2019)", "'s (2019)", ", 2019", ", no date", its abbreviation
# between ("Bangko Sentral ng Pilipinas (BSP) (2022)"). A name running on ("Department of Health and Social Care")
# is not the listed one.
_BEFORE_A_YEAR = r"(?=(?:\s*\([^()]{1,15}\))?(?:(?:['’]s?)?\s*\(|,\s*(?:\d{4}|n\.\s?d\.|no\s+date|forthcoming)))"


def _stand_ins_replaced(stand_ins: dict[str, str]) -> Callable[[str], str]:
    names = sorted(stand_ins, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names) + r")" + _BEFORE_A_YEAR)

    def stand_in(found: re.Match[str]) -> str:
        name = found.group(0)
        return name if _serves_the_body_before(found.string, found.start(), name) else stand_ins[name]

    return lambda text: pattern.sub(stand_in, text)


def _serves_the_body_before(text: str, start: int, name: str) -> bool:
    """Whether a listed name at ``start`` ends a longer body's name, after its comma: "Department of Tourism,
    Government of Kerala (2024)" cites the department, not the listed government."""
    if not text.endswith(", ", 0, start):
        return False
    words = text[max(start - 80, 0) : start - 2].split()
    return any(
        words[-count][:1].isupper() and is_body_then_place(" ".join(words[-count:]), name)
        for count in range(2, min(len(words), 6) + 1)
    )


def _find_citations(
    text: str,
    index: int,
    part: str | None,
    names_in_capitals: dict[str, str],
    stand_ins: dict[str, str],
) -> list[Citation]:
    """The citations of one block; a listed name in lower case or with marks no name holds is read as if in
    capitals, and a listed body's name given whole before a year as one name (same length, so the same places),
    each given back as written."""
    if not names_in_capitals and not stand_ins:
        return find_citations(text, block_index=index, part=part)  # a list with no such name: no block looked through
    named = {name: capitals for name, capitals in names_in_capitals.items() if name in text}
    standing = {name: stand_in for name, stand_in in stand_ins.items() if name in text}
    if not named and not standing:  # most blocks: the text as it is
        return find_citations(text, block_index=index, part=part)
    read = _stand_ins_replaced(standing)(text) if standing else text
    read = _whole_words_replaced(named)(read) if named else read
    if read == text:
        return find_citations(text, block_index=index, part=part)
    back = {capitals: name for name, capitals in named.items()}
    back |= {stand_in: name for name, stand_in in standing.items()}
    # A name ending as a possessive does ("Pizza 4P's") is read without its "'s": given back without it too.
    back |= {capitals[:-2]: name[:-2] for capitals, name in back.items() if capitals.endswith(("'s", "’s"))}
    as_written = _whole_words_replaced(back)

    found = [replace(c, text=text[c.start : c.end], author_text=as_written(c.author_text),
                     authors=tuple(as_written(author) for author in c.authors))
             for c in find_citations(read, block_index=index, part=part)]  # fmt: skip
    return [_without_a_letter_before(c, text, named) for c in found]


# A capital and a full stop before a name: an initial, or a sentence's last letter ("on X.").
_LETTER_BEFORE = re.compile(r"[A-Z]\.\s+")


def _without_a_letter_before(citation: Citation, text: str, named: dict[str, str]) -> Citation:
    """A narrative citation read as a capital's initial and a listed name written in lower case ("X. e& (2019)",
    "X. flynas (2013)"), read as the name alone: such a name takes no initial, and the letter ends the sentence
    before ("on X.", the platform)."""
    if not citation.narrative or len(citation.authors) != 1:
        return citation
    letter = _LETTER_BEFORE.match(citation.author_text)
    if letter is None:
        return citation
    name = citation.author_text[letter.end() :]
    if name not in named or not name[:1].islower():
        return citation
    start = citation.start + letter.end()
    return replace(citation, text=text[start : citation.end], start=start, author_text=name, authors=(name,))


def _list_entries(
    document: Document, block: Block, index: int, list_index: int, earlier: list[ReferenceEntry]
) -> list[ReferenceEntry]:
    """The entries of one block of a reference list. A PDF block that starts a page may carry on the entry that
    ended the page before ("https://...", "pp. 13–42."): its first line then joins that entry, as a wrapped
    line does inside a block (the entry is taken off ``earlier`` and given back joined)."""
    last = earlier[-1] if earlier and earlier[-1].list_index == list_index else None
    if last is not None and _new_page(document.blocks[last.block_index], block):
        joined = split_entries(f"{last.text}\n{block.text}")
        if joined[0] != last.text:
            earlier.pop()
            first = parse_entry(joined[0], block_index=last.block_index, list_index=list_index)
            return [first] + [parse_entry(text, block_index=index, list_index=list_index) for text in joined[1:]]
    return [parse_entry(text, block_index=index, list_index=list_index) for text in split_entries(block.text)]


def _new_page(before: Block, block: Block) -> bool:
    return before.page is not None and block.page is not None and block.page > before.page


def _people_of(citation: Citation, entry: ReferenceEntry | None) -> Citation:
    """ "(Smith & Jones, 2019)" or "(Norris and Company, 1989)" read as one organisation, split into its people when
    the list has them."""
    if entry is None or entry.organisation or len(citation.authors) != 1:
        return citation
    if not (citation.ampersand or names_a_firm_and_its_partners(citation.authors[0])):
        return citation
    names, _ampersand = split_author_list(citation.authors[0])
    return replace(citation, authors=tuple(names))


def _no_reference_list(citations: Sequence[Citation]) -> ReferenceProblem:
    if citations:
        message = (
            f'The report cites {len(citations)} source(s) but has no reference list: add a "References" '
            "heading at the end with a Harvard entry for every source you cite."
        )
    else:
        message = (
            "The report has no reference list and cites no sources: acknowledge the sources you used with "
            "Harvard citations and a reference list."
        )
    return ReferenceProblem("no_reference_list", None, None, None, message)


_ENDS_BEFORE = re.compile(r"[.!?]")
_SENTENCE_GAP = re.compile(r"[.!?;]\s")
_WORD = re.compile(r"\w")


def _said_by_the_subject(text: str, quotation: Quotation, near: Sequence[Citation]) -> bool:
    """ "Smith (2019) describes the goal as ‘... a clause of eight words or more ...’": a long quoted passage in a
    sentence whose cited author, named before it, is its subject is that author's words, however it is led in."""
    if _words_in(text[quotation.start : quotation.end]) < CLAUSE_WORDS:
        return False
    lead_in = text[: quotation.start]
    if _EXAMPLE_LEAD_IN.search(lead_in, max(len(lead_in) - 40, 0)):
        return False  # "... subject lines such as ‘We miss you – here’s a free class’": examples, not its words
    if not ENDS_SENTENCE.match(text, quotation.end):
        return False  # "Smith (2019) tested the line ‘...’ against a plain one": a thing named, not words quoted
    return any(c.narrative and c.end <= quotation.start and not _SENTENCE_GAP.search(text, c.end, quotation.start)
               for c in near)  # fmt: skip


# "such as", or the kind of text just before it: "Ruiz (2022) gives the example of the tagline ‘...’".
_EXAMPLE_LEAD_IN = re.compile(
    rf"\b(?:such\s+as|like|e\.\s?g\.,?|for\s+example,?|including|{KINDS_OF_TEXT})\s*$", re.IGNORECASE
)


def _words_in(quoted: str) -> int:
    """Words with a letter in them: a dash or a figure standing alone is no word."""
    return sum(1 for word in quoted.split() if any(ch.isalpha() for ch in word))


def _named_in_passing(text: str, quotation: Quotation, near: Sequence[Citation]) -> bool:
    """ "The SMS would say ‘Just landed in Leeds’ to drive footfall (Smith, 2019).": short quoted words that the
    sentence goes on past before its citation, with no citation leading in to them, are the candidate's example;
    a source's words have their citation before them or just after their closing mark."""
    if _words_in(text[quotation.start : quotation.end]) >= CLAUSE_WORDS:
        return False
    return all(c.start > quotation.end and _WORD.search(text, quotation.end, c.start) for c in near)


def _quotations_without_page(text: str, citations: Sequence[Citation]) -> list[ReferenceProblem]:
    """Direct quotations whose citation gives no page (or paragraph) number."""
    # A citation is near a quotation only if it ends inside the quotation's sentence or comes after the quotation:
    # where every citation ends before any quotation's sentence can start, the block is not parsed at all.
    start_after = quoted_sentences_start_after(text)
    if all(c.end <= start_after + 1 for c in citations):
        return []
    problems = []
    for quotation in find_quotations(text):
        if any(c.start <= quotation.start and quotation.end <= c.end for c in citations):
            continue  # "(Î.S. „Combinatul de Vinuri Cricova”, 2010)": marks inside a citation are its author's name's
        # The quotation's sentence may start inside a citation's names: the sentencizer ends one at "et al.".
        near = [
            c for c in citations
            if (quotation.sentence_start < c.end and c.start < quotation.sentence_end)
            # Its bracket just after the closing mark, not the next sentence's citation ("‘...’. Smith (2019) found",
            # "‘Great product, awful delivery.’ Smith (2019) found").
            or (quotation.end <= c.start <= quotation.end + 3 and "(" in text[quotation.end : c.start + 1]
                and not _ENDS_BEFORE.search(text, quotation.end, c.start))
        ]  # fmt: skip
        if not near or any(c.locator for c in near):
            continue
        if not quotation.introduced and not _said_by_the_subject(text, quotation, near):
            continue  # a quoted term or example inside a phrase ("the subject line '...' worked"), not a quotation
        if _named_in_passing(text, quotation, near):
            continue
        cited = min(near, key=lambda c: abs(c.start - quotation.end))
        problems.append(
            ReferenceProblem(
                "quotation_without_page",
                cited.authors[0],
                cited.year,
                cited.part,
                f"{CHECK_THIS}if {text[quotation.start : quotation.end][:60]} in {part_name(cited.part)} quotes "
                f"{cited.authors[0]} ({cited.year}), give the page number, e.g. "
                f"({cited.authors[0]}, {cited.year}, p. 12).",
                certain=False,  # a quoted slogan, term or example needs no page, and it can read the same
            )
        )
    return problems
