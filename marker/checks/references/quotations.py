"""Direct quotations and their sentences, found with spaCy's tokenizer and rule-based sentencizer.

spaCy is loaded once per process, blank English with the sentencizer: no downloaded model and no network.
Only blocks that hold a citation and an opening quotation mark are parsed, which keeps the check cheap. The
quotation marks are found by scanning the tokens: a spaCy Matcher did the same job about 7 ms per paragraph
slower (measured on the 5,000-word speed report), which alone broke the speed budget.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

# German and Czech low-high marks ("„...“", "‚...‘"), Dutch single ones ("‚...’"), Hungarian, Polish and Romanian ones
# ("„...”"), guillemets (Swedish and Finnish "»...»" too), Swedish and Finnish "”...”", and the corner brackets of
# Japanese and Korean text ("「...」"), Hebrew gershayim used as quotation marks ("״...״"), as well as English ones:
# each opening mark's closing marks.
_CLOSING = {"“": "”", '"': '"', "‘": "’", "'": "'", "„": "“”", "‚": "‘’", "«": "»", "»": "«»", "”": "”", "「": "」",
            "『": "』", "״": "״"}  # fmt: skip
QUOTE_CHARACTERS = frozenset("“”\"‘’'„‚«»「」『』״")
MIN_QUOTED_WORDS = 4  # shorter quoted phrases are usually terms or slogans, not quotations needing a page
# An opening mark after a space or bracket, touching a word or a quoted term's mark ("‘'Buy Canadian' messaging
# ...’"): blocks without one are not parsed at all. "« Le mot »": French spacing inside guillemets.
_MAY_QUOTE = re.compile(r"(?:^|[\s(\[:])(?:[“”\"‘'„‚«»「『״]|«\s)[“\"‘']?\w")

_SENTENCE_STOP = re.compile(r"[.!?][)\]’”\"']*\s+")

_nlp: Any = None
# Per token: offset, length, whether a space follows, whether it is alphabetic, whether it is punctuation.
_ATTRIBUTES = ["IDX", "LENGTH", "SPACY", "IS_ALPHA", "IS_PUNCT"]


def language() -> Any:
    """The process's one spaCy pipeline (blank English + sentencizer), created on first use."""
    global _nlp
    if _nlp is None:
        import spacy

        nlp: Any = spacy.blank("en")
        # Hebrew gershayim used as quotation marks ("״...״") are split off words as the other marks are.
        tokenizer: Any = nlp.tokenizer
        tokenizer.prefix_search = spacy.util.compile_prefix_regex([*nlp.Defaults.prefixes, "״"]).search
        tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, "״"]).search
        nlp.add_pipe("sentencizer")
        _nlp = nlp
    return _nlp


@dataclass(frozen=True)
class Quotation:
    """A quoted passage and the sentence it is in, as character offsets into the block's text."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    introduced: bool = True  # opens its sentence or follows "that", a colon or a reporting verb


def find_quotations(text: str) -> list[Quotation]:
    """Direct quotations of at least MIN_QUOTED_WORDS words, each with its sentence's bounds."""
    if not _may_close(text):
        return []  # nor then in the part parsed below, which ends where the text does: no mark to look for
    first_mark = _first_mark(text)
    if not first_mark:
        return []
    # Parse only from a little before the first opening mark: sentences before it cannot matter.
    offset = max(text.rfind(".", 0, max(first_mark.start() - 300, 0)) + 1, 0)
    nlp = language()
    parsed = text[offset:]
    if not _may_close(parsed):
        return []  # no opening mark with its closing mark far enough after it: nothing to tokenize
    # Tokens only, and their attributes as plain integers in one call: spaCy's sentencizer and building its
    # Token objects one by one cost more than the tokenizer itself. The sentences are found as the
    # sentencizer finds them (``_sentence_starts``).
    # By column, not by row: one list per attribute rather than a list per token (thousands of small lists, each
    # an allocation the garbage collector counts, cost more than the tokenizer in a process holding spaCy).
    columns = _token_columns(nlp, parsed)
    offsets, lengths, spaces, alphas, _puncts = columns
    starts: list[int] = []  # found when a quotation is: most blocks with a mark hold none

    def sentence_of(position: int) -> tuple[int, int]:
        if not starts:
            starts.extend(_sentence_starts(columns, parsed, nlp.get_pipe("sentencizer").punct_chars) or [0])
        at = max(bisect.bisect_right(starts, position) - 1, 0)
        end = starts[at + 1] if at + 1 < len(starts) else len(text) - offset
        return offset + starts[at], offset + end

    quotations = []
    # Open marks, the outermost first: at most a quotation and one quoted term inside it ("‘The ‘Buy Irish’ message
    # still resonates ...’"), each as (index of its token, mark).
    open_marks: list[tuple[int, str]] = []
    for index in _mark_tokens(offsets, lengths, parsed):
        idx, space = offsets[index], spaces[index]
        mark = parsed[idx]
        before = index - 1 if index > 0 else None
        # An opening mark follows a space or a bracket and touches the first quoted word; a closing mark
        # touches the last quoted word. This tells quotations from apostrophes ("Harris’s", "students’").
        # Guillemets may stand apart from the words they hold, as French sets them ("« Le mot »").
        opens = (
            before is None or spaces[before] or parsed[offsets[before] : offsets[before] + lengths[before]] in "([:"
        ) and (not space or mark == "«")
        closes = before is not None and (not spaces[before] or mark == "»")
        closed = _closed_by(open_marks, mark) if closes else None
        if closed is not None:
            opening = open_marks[closed][0]
            words = sum(alphas[opening + 1 : index])
            if closed == 1 and words < MIN_QUOTED_WORDS:
                del open_marks[1:]  # a quoted term inside a quotation ("'Buy Irish'"): the quotation runs on
                continue
            del open_marks[:]  # a quotation inside an unclosed mark ("the '90s") is read alone, as it always was
            if words >= MIN_QUOTED_WORDS:
                opening_idx = offsets[opening]
                # A quotation may hold a full stop, so its sentence runs from the opening's to the closing's.
                first, last = sentence_of(opening_idx), sentence_of(idx)
                # The sentencizer does not end a sentence before an opening quotation mark ("... (Smith,
                # 2019). ‘Brands ...’"): the quotation's sentence starts after the lead-in's last full stop.
                start = first[0]
                for stop in _SENTENCE_STOP.finditer(text, start, offset + opening_idx):
                    start = stop.end()
                lead_in = text[start : offset + opening_idx]
                after = text[offset + idx + 1 :]
                introduced = (
                    (
                        _introduces(lead_in)
                        or _adverbial_before_closing_clause(lead_in, after)
                        or (
                            words >= CLAUSE_WORDS
                            and _CITED_AT_SENTENCE_END.match(after) is not None
                            and (words > _LONGEST_LINE or _A_KIND_OF_TEXT_BEFORE.search(lead_in) is None)
                        )
                    )
                    and not _named_by_what_follows(after)
                    and not _called_something(lead_in, after)
                    and (words >= CLAUSE_WORDS or _PASSIVE_NAMING.search(lead_in) is None)
                )
                quotations.append(Quotation(offset + opening_idx, offset + idx + 1, start, last[1], introduced))
        elif opens and mark in _CLOSING:
            del open_marks[1:]  # a third mark open at once replaces the second, as one open mark was replaced before
            open_marks.append((index, mark))
    return quotations


def quoted_sentences_start_after(text: str) -> int:
    """A place in ``text`` that every quotation ``find_quotations`` finds there starts its sentence after: the last
    sentence stop (``_SENTENCE_STOP``) that ends before the first opening mark, or -1 (the text's length when no mark
    opens a quotation). Found without parsing: a quotation opens on one of the marks, and its sentence starts after the
    last such stop before it, or later."""
    first = _first_opening(text) if _may_close(text) else None
    if first is None:
        return len(text)  # no quotation at all, as ``find_quotations`` finds first
    # Backwards from the mark, each stop's character in turn, rather than every stop of the text before it: a stop's
    # match takes no other stop's character, so the last place one matches is the last match's start.
    stop = max(text.rfind(".", 0, first), text.rfind("!", 0, first), text.rfind("?", 0, first))
    while stop >= 0 and _SENTENCE_STOP.match(text, stop, first) is None:
        stop = max(text.rfind(".", 0, stop), text.rfind("!", 0, stop), text.rfind("?", 0, stop))
    return stop


def _closed_by(open_marks: list[tuple[int, str]], mark: str) -> int | None:
    """Which open mark ``mark`` closes: the inner one, or else the outer one (the inner then opened nothing, as in
    "the '90s"); None if neither."""
    for position in range(len(open_marks) - 1, -1, -1):
        if mark in _CLOSING[open_marks[position][1]]:
            return position
    return None


def _first_mark(text: str) -> re.Match[str] | None:
    """``_MAY_QUOTE``'s first match, tried from the character before the first opening mark rather than at every
    place in a long paragraph (``_first_opening``'s searches are faster than a pattern's character class tried at
    every place up to it)."""
    first = _first_opening(text)
    return _MAY_QUOTE.search(text, max(first - 1, 0)) if first is not None else None


def _first_opening(text: str) -> int | None:
    """Where the first opening mark stands, found by a substring search per mark (a C scan each); None if none."""
    openings = [at for at in [text.find(mark) for mark in _CLOSING] if at >= 0]
    return min(openings) if openings else None


def _token_columns(nlp: Any, text: str) -> list[list[int]]:
    """The tokens' ``_ATTRIBUTES``, one list each. spaCy reads a leading space as a special case, and then caches
    no word of the text after it (every later call tokenizes them all again): a text that starts with one space
    (the parsed text usually starts after a full stop) is tokenized without it and the space's token put back in
    front, with the attributes tokenizing it whole gives (compared on 87,317 texts of the reference corpus)."""
    if text[:1] == " " and text[1:2] and not text[1].isspace():
        offsets, lengths, spaces, alphas, puncts = nlp.make_doc(text[1:]).to_array(_ATTRIBUTES).T.tolist()
        return [[0, *(offset + 1 for offset in offsets)], [1, *lengths], [0, *spaces], [0, *alphas], [0, *puncts]]
    return list(nlp.make_doc(text).to_array(_ATTRIBUTES).T.tolist())


def _may_close(text: str) -> bool:
    """Whether some opening mark has its closing mark after it with room for MIN_QUOTED_WORDS words between: the
    first opening mark of a kind and the last closing mark of that kind are at least as far apart as any pair."""
    for opening, closings in _CLOSING.items():
        first = text.find(opening)
        if first >= 0 and any(text.rfind(closing) - first > MIN_QUOTED_WORDS for closing in closings):
            return True
    return False


def _mark_tokens(offsets: list[int], lengths: list[int], text: str) -> list[int]:
    """The indexes, in order, of the tokens that are a quotation mark alone: found from the marks in the text
    (a few) rather than by looking at every token. ``offsets`` and ``lengths`` are the tokens'."""
    # Each mark's places by a substring search per mark (a C scan each): a pattern's class of the six marks tried at
    # every place of the text took three times as long.
    places = []
    for mark in QUOTE_CHARACTERS:
        at = text.find(mark)
        while at >= 0:
            places.append(at)
            at = text.find(mark, at + 1)
    found = []
    for place in sorted(places):
        index = bisect.bisect_left(offsets, place)
        if index < len(offsets) and offsets[index] == place and lengths[index] == 1:
            found.append(index)
    return found


def _sentence_starts(columns: list[list[int]], text: str, punct_chars: set[str] | frozenset[str]) -> list[int]:
    """The offsets of the tokens that start sentences, exactly as spaCy's Sentencizer marks them: the first
    token, and each token after an end mark (one of ``punct_chars``) that is neither punctuation nor a mark.
    ``columns`` are the tokens' attributes (``_ATTRIBUTES``), one list each."""
    offsets, lengths, _spaces, _alphas, puncts = columns
    if not offsets:
        return []
    starts = [offsets[0]]
    seen_period = False
    # spaCy's marks are single characters: a token is one only if it is one character long (no slice).
    single = _all_single(frozenset(punct_chars))
    for idx, length, punct in zip(offsets, lengths, puncts, strict=True):
        is_mark = (length == 1 and text[idx] in punct_chars) if single else text[idx : idx + length] in punct_chars
        if seen_period and not punct and not is_mark:
            starts.append(idx)
            seen_period = False
        elif is_mark:
            seen_period = True
    return starts


@functools.lru_cache(maxsize=4)
def _all_single(marks: frozenset[str]) -> bool:
    """Whether every mark is one character (the sentencizer's marks are the same at every call: asked once)."""
    return all(len(mark) == 1 for mark in marks)


# Words after which a quotation is someone's words being reported, not a term or an example being named.
# Not "as": "described as ‘...’", "known as ‘...’" name a term; a reported "As Smith notes, ‘...’" ends on its verb.
_INTRODUCER_WORDS = """that says say said states state stated writes write wrote notes note noted argues argue argued
    claims claim claimed explains explain explained observes observe observed suggests suggest suggested
    puts put warns warn warned concludes conclude concluded insists insist insisted adds add added
    remarks remark remarked describes describe described defines define defined calls call called"""
_INTRODUCERS = frozenset(_INTRODUCER_WORDS.split())


# Verbs that make the quoted words the subject being described: "‘Last chance to save’ is a typical subject line".
_COPULAS = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:is|was|are|were|remains|remained|became|has become|sounds|reads)\b")


# Kinds of short text a report quotes as an example rather than as a source's words.
KINDS_OF_TEXT = (
    r"(?:messages?|slogans?|taglines?|straplines?|headlines?|captions?|greetings?|jingles?|mottos?|hashtags?"
    r"|catchphrases?|subject\s+lines?)"
)
# Lines and posts, named after or before the quoted words as KINDS_OF_TEXT are.
_POSTED_TEXT = r"(?:lines?|tweets?|posts?|notifications?|texts?|wording)"
# Words set after the quoted words that say what kind of text they are, and end there: "‘Eid Mubarak! Get 20%
# cashback’, a typical festival message (Miah, 2018)"; not "‘...’, a line the client liked", the source's words.
_A_KIND_OF_TEXT_AFTER = re.compile(
    rf",\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{KINDS_OF_TEXT}|(?:opening\s+|push\s+)?lines?"
    rf"|{_POSTED_TEXT}|adverts?|examples?)\s*[(.,;]"
)


# The kind of text just before the quoted words, which then name an example of it up to a line's length: "Customers
# remembered the line “Pay your electricity bill with Fawry in 2 minutes” (Wassef, 2022)"; a longer passage is a
# source's words whatever it is called ("likes to quote the line ‘...’ (McIlroy, 2011)").
_LONGEST_LINE = 12
_A_KIND_OF_TEXT_BEFORE = re.compile(
    rf"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{KINDS_OF_TEXT}|{_POSTED_TEXT}|SMS)\s*$",
    re.IGNORECASE,
)


# Verbs that make the quoted words a thing that did something: "reports that ‘Eid Mubarak – a special offer for you’
# doubled click-throughs" (a message sent, not a source's words).
_PERFORMED = re.compile(
    r"\s+(?:doubled|tripled|halved|lifted|raised|increased|boosted|drove|outperformed|beat|improved|generated"
    r"|cut|reduced|lowered)\s+(?:the\s+|its\s+|their\s+)?[a-z]"
)


# A noun the quoted words name a kind of: "found that “we likkle but we tallawah” branding resonates".
_LABELS_WHAT_FOLLOWS = re.compile(
    r"\s+(?:branding|campaigns?|messaging|slogans?|positioning|strategy|approach|trend|movement|mindset|mantra|ethos)\b"
)


def _named_by_what_follows(after: str) -> bool:
    """Whether the words after a quotation's closing mark describe the quoted words (an example, a slogan, a
    subject line) or say what they did, rather than continue a reported quotation."""
    return (
        _COPULAS.match(after) is not None
        or _A_KIND_OF_TEXT_AFTER.match(after) is not None
        or _PERFORMED.match(after) is not None
        or _LABELS_WHAT_FOLLOWS.match(after) is not None
    )


_NAMING_VERBS = frozenset(
    {"call", "calls", "called", "label", "labels", "labelled", "labeled", "term", "terms", "termed", "dub", "dubbed"}
)
_A_KIND_FOLLOWS = re.compile(r"\s*(?:an?|the)\s")


# "what gets called ‘games as a service’", "the so-called ‘whales’", "a practice known as ‘live ops’": a term
# named as the trade names it, with no one whose words they are (a short one: a clause so led in is still quoted);
# "Kotler (2019) calls it ‘...’" names its speaker.
_PASSIVE_NAMING = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|gets?|got|often|now|commonly|widely|sometimes)\s+(?:\w+ly\s+)?"
    r"(?:called|termed|dubbed|labell?ed)|\bknown\s+as|\bso-called)\s*$",
    re.IGNORECASE,
)


def _called_something(lead_in: str, after: str) -> bool:
    """Whether the quoted words are what a source would call something ("X (2015) would call ‘...’ a classic
    scarcity message"): the quoted words are an example being named, not words quoted from the source."""
    words = lead_in.split()
    return bool(words) and words[-1].casefold() in _NAMING_VERBS and _A_KIND_FOLLOWS.match(after) is not None


# A quoted passage this long, its citation's bracket just after it and then the sentence's end, is quoted from
# that source whatever leads in to it ("Marketing is described as ‘...’ (Smith, 2019)."): a quoted slogan, term
# or subject line is shorter.
CLAUSE_WORDS = 8
# A bracket may hold one more: "(Serbian Marketing Association (SEMA), 2022)".
_IN_A_BRACKET = r"(?:[^()]|\([^()]*\))*"
_CITED_AT_SENTENCE_END = re.compile(
    rf"\s*\({_IN_A_BRACKET}?(?:\b(?:19|20)\d\d[a-z]?\b|\bn\.\s?d\.|\bno\s+date\b){_IN_A_BRACKET}\)\s*(?:[.;!?,]|$)"
)  # "(Boateng, n.d.)"

# What follows a quotation that ends its sentence: perhaps its citation, then the sentence's stop.
ENDS_SENTENCE = re.compile(rf"\s*(?:\({_IN_A_BRACKET}\)\s*)?(?:[.;!?]|$)")


def _adverbial_before_closing_clause(lead_in: str, after: str) -> bool:
    """ "Put another way, ‘...’ (Smith, 2019).": a lead-in ending on a comma, and the quoted words then end the
    sentence, stand as the sentence's own clause: a quotation. Followed by more of the sentence, the quoted
    words are in apposition ("One subject line, ‘...’, lifted opens") and name an example."""
    return lead_in.rstrip().endswith(",") and ENDS_SENTENCE.match(after) is not None


def _introduces(lead_in: str) -> bool:
    """Whether the text from the sentence's start to a quotation introduces a quotation."""
    stripped = lead_in.strip()
    if not stripped or stripped.endswith(":"):
        return True
    last = stripped.rstrip(",").split()[-1].casefold()
    # "According to Liyanage (2019), ‘...’", "In the words of Lebbe (2022), ‘...’": a source named, then its words.
    if stripped.endswith("),") and _SOURCE_THEN_ITS_WORDS.search(stripped):
        return True
    return last in _INTRODUCERS or (last == "it" and len(stripped.split()) > 1)


# A sentence opening on a lead-in only a source takes, its source (perhaps with its abbreviation: "Joint Apparel
# Association Forum (JAAF)"), the year in brackets and a comma ending the lead-in.
_SOURCE_THEN_ITS_WORDS = re.compile(
    r"^(?:according\s+to|in\s+the\s+words\s+of|as\s+per|to\s+quote|quoting)\s(?:[^()]|\([^()]{1,15}\)){1,120}"
    r"\((?:\d{4}[a-z]?|n\.\s?d\.|no\s+date)(?:,\s*(?:p|pp|para)\.\s*[\d–-]+)?\),$",
    re.IGNORECASE,
)
