"""Direct quotations and their sentences, found with spaCy's tokenizer, sentencizer and Matcher.

spaCy is loaded once per process, blank English with the rule-based sentencizer: no downloaded model and no
network. Only blocks that hold both a quotation mark and a citation are parsed, which keeps the check cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))
QUOTE_CHARACTERS = frozenset("“”\"‘’'")
MIN_QUOTED_WORDS = 4  # shorter quoted phrases are usually terms or slogans, not quotations needing a page

_nlp: Any = None
_matcher: Any = None


def language() -> Any:
    """The process's one spaCy pipeline (blank English + sentencizer), created on first use."""
    global _nlp, _matcher
    if _nlp is None:
        import spacy
        from spacy.matcher import Matcher

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        matcher = Matcher(nlp.vocab)
        for opening, closing in _QUOTE_PAIRS:
            inside = {"ORTH": {"NOT_IN": [opening, closing, "\n"]}, "OP": "+"}
            matcher.add("QUOTE", [[{"ORTH": opening}, inside, {"ORTH": closing}]])
        _nlp, _matcher = nlp, matcher
    return _nlp


@dataclass(frozen=True)
class Quotation:
    """A quoted passage and the sentence it is in, as character offsets into the block's text."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int


def find_quotations(text: str) -> list[Quotation]:
    """Direct quotations of at least MIN_QUOTED_WORDS words, each with its sentence's bounds."""
    doc = language()(text)
    quotations = []
    for _match_id, start, end in _matcher(doc):
        opening, closing = doc[start], doc[end - 1]
        # An opening mark follows a space or a bracket and touches the first quoted word; a closing mark
        # touches the last quoted word. This tells quotations from apostrophes ("Harris’s", "students’").
        if start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text not in "([:":
            continue
        if opening.whitespace_ or doc[end - 2].whitespace_:
            continue
        words = [token for token in doc[start + 1 : end - 1] if token.is_alpha]
        if len(words) < MIN_QUOTED_WORDS:
            continue
        # A quotation may hold a full stop, so its sentence runs from the opening's to the closing's.
        quotations.append(Quotation(opening.idx, closing.idx + 1, opening.sent.start_char, closing.sent.end_char))
    return quotations
