"""Scores the reference checker against the corpus truth: per citation form and per problem kind.

A found citation is right when it lies over a planted citation (same paragraph, overlapping characters) and
gives its first author and year. Entries are right when they give the first author and year of the entry
planted in that block. Problems are right when kind, first author and year agree (``not_alphabetical`` and
``no_reference_list`` by kind alone, as they name no single work).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from marker.checks.references import ReferenceReport, check_references
from marker.documents.model import Document
from tests.corpus.references.documents import CorpusDocument, TruthCitation

_KIND_ONLY = {"not_alphabetical", "no_reference_list"}
# A listed work cited only second-hand ("Wambui (2013, cited in Kotler and Keller, 2016)") is not cited as read: the
# truth plants "listed, not cited", and "a second-hand source in the list" says the same of it, with the same remedy.
_SAME_FINDING = {("listed_not_cited", "secondary_source_listed")}


def key(name: str) -> str:
    """Name comparison for scoring: case, accents, spaces and punctuation ignored. Letters of other scripts are
    kept ("李娜", "Шевченко"): without them every name in Han characters would have the same, empty key."""
    plain = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("ß", "ss").replace("ł", "l"))
    folded = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return "".join(ch for ch in folded if "a" <= ch <= "z" or (not ch.isascii() and _other_scripts_letter(ch)))


@functools.lru_cache(maxsize=4096)
def _other_scripts_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.category(ch) != "Lm" and not unicodedata.name(ch, "LATIN").startswith("LATIN")


# A name in another script and its romanisation: "李娜 (Li Na)", "国家统计局 (National Bureau of Statistics)".
_ROMANISED = re.compile(r"(?P<name>.*[^\x00-\u024f\s])\s*\((?P<gloss>[A-Z][^()\d]*)\)$")


def lead_keys(lead: str) -> set[str]:
    """The ways a first author may be given: as written, without its abbreviation, without its particles, in its
    own script or its romanisation alone."""
    keys = {key(lead)}
    if romanised := _ROMANISED.fullmatch(lead):
        keys.update((key(romanised.group("name")), key(romanised.group("gloss"))))
    # "(CIM)", "(IAB UK)", "(CCI Algérie-France)", "(ISOC-IL)", "(IC3)"
    body = re.sub(r"\s*\([A-Z][A-Za-z&.-]*\d?(?: [A-Z][\w&.-]*)?\)$", "", lead)
    keys.add(key(body))
    if re.search(r"['’]s$", body):
        keys.add(key(body[:-2]))  # "Sainsbury's (2020)" reads as well as a possessive of Sainsbury
    # An organisation named like a list of people ("Webster, Davis and Patel", "Coates & Sanders") may be
    # read as that list, whose first name is then the first author.
    first = re.split(r",\s|\s(?:and|&)\s", body)[0]
    keys.add(key(first))
    # "Young & Co.'s Brewery, P.L.C." read without its legal form after the comma, as it is cited.
    keys.add(key(body.split(", ")[0]))
    if first.startswith("The "):
        keys.add(key(first[4:]))  # "The RealReal, Inc." read as "RealReal, Inc.", its first name "RealReal"
    words = body.split()
    if len(words) > 1 and words[0] == "The":
        keys.add(key(" ".join(words[1:])))  # "The Co-operative Group" may be cited as "Co-operative Group"
    while len(words) > 1 and words[0].islower():
        words = words[1:]
        keys.add(key(" ".join(words)))
    return keys


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass
class Scores:
    citations: dict[str, Tally] = field(default_factory=dict)
    entries: Tally = field(default_factory=Tally)
    problems: dict[str, Tally] = field(default_factory=dict)
    certain_false: int = 0
    certain_true: int = 0  # true problems worded as certain: what "check this" wording costs shows here
    misses: list[str] = field(default_factory=list)

    def citation(self, form: str) -> Tally:
        return self.citations.setdefault(form, Tally())

    def problem(self, kind: str) -> Tally:
        return self.problems.setdefault(kind, Tally())


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _score_citations(doc: CorpusDocument, report: ReferenceReport, scores: Scores) -> None:
    unmatched: list[TruthCitation] = list(doc.citations)
    texts = {i: block.text for i, block in enumerate(doc.document.blocks)}
    for citation in report.citations:
        found = next(
            (t for t in unmatched if t.block == citation.block_index
             and _overlaps(citation.start, citation.end, t.start, t.end)
             and t.year.casefold() == citation.year.casefold()
             and bool(citation.authors) and key(citation.authors[0]) in lead_keys(t.lead)),
            None,
        )  # fmt: skip
        if found is not None:
            unmatched.remove(found)
            for form in found.forms | {"all"}:
                scores.citation(form).tp += 1
            continue
        over = [t for t in doc.citations if t.block == citation.block_index
                and _overlaps(citation.start, citation.end, t.start, t.end)]  # fmt: skip
        decoys = [d for d in doc.decoys if d.block == citation.block_index
                  and _overlaps(citation.start, citation.end, d.start, d.end)]  # fmt: skip
        forms = set().union(*(t.forms for t in over)) if over else {f"not a citation: {d.kind}" for d in decoys[:1]}
        for form in (forms or {"not a citation: other"}) | {"all"}:
            scores.citation(form).fp += 1
        scores.misses.append(f"{doc.name} extra {citation.authors} {citation.year!r}: {citation.text!r}")
    for truth in unmatched:
        for form in truth.forms | {"all"}:
            scores.citation(form).fn += 1
        scores.misses.append(
            f"{doc.name} missed {truth.lead} {truth.year}: {texts[truth.block][truth.start : truth.end]!r}"
        )


def _score_entries(doc: CorpusDocument, report: ReferenceReport, scores: Scores) -> None:
    truth = list(doc.entries)
    for entry in report.entries:
        found = next((t for t in truth if t.block == entry.block_index and entry.year == t.year
                      and bool(entry.authors) and key(entry.authors[0]) in lead_keys(t.lead)), None)  # fmt: skip
        if found is None:
            scores.entries.fp += 1
            scores.misses.append(f"{doc.name} entry read as {entry.authors[:1]} {entry.year}: {entry.text[:90]!r}")
        else:
            truth.remove(found)
            scores.entries.tp += 1
    scores.entries.fn += len(truth)
    scores.misses.extend(f"{doc.name} entry missed {t.lead} {t.year}" for t in truth)


def _score_problems(doc: CorpusDocument, report: ReferenceReport, scores: Scores) -> None:
    truth = list(doc.problems)
    for problem in report.problems:
        certain = getattr(problem, "certain", True)

        def same(t: object, problem: object = problem) -> bool:
            kind, lead, year = t.kind, t.lead, t.year  # type: ignore[attr-defined]
            if kind != problem.kind and (kind, problem.kind) not in _SAME_FINDING:  # type: ignore[attr-defined]
                return False
            if kind in _KIND_ONLY:
                return True
            author = problem.author or ""  # type: ignore[attr-defined]
            return key(author) in lead_keys(lead or "") and (problem.year or "") == (year or "")  # type: ignore[attr-defined]

        found = next((t for t in truth if same(t)), None)
        if found is None:
            scores.problem(problem.kind).fp += 1
            scores.problem("all").fp += 1
            scores.certain_false += certain
            scores.misses.append(f"{doc.name} false {'certain ' if certain else ''}{problem.kind}: {problem.message}")
        else:
            truth.remove(found)
            scores.problem(problem.kind).tp += 1
            scores.problem("all").tp += 1
            scores.certain_true += certain
    for t in truth:
        scores.problem(t.kind).fn += 1
        scores.problem("all").fn += 1
        scores.misses.append(f"{doc.name} missed problem {t.kind} {t.lead} {t.year}")


Checker = Callable[[Document, tuple[str | None, ...]], ReferenceReport]


def score(docs: Iterable[CorpusDocument], checker: Checker = check_references) -> Scores:
    """Runs the checker over the documents and tallies it against their truth."""
    scores = Scores()
    for doc in docs:
        report = checker(doc.document, doc.regions)
        _score_citations(doc, report, scores)
        _score_entries(doc, report, scores)
        _score_problems(doc, report, scores)
    return scores


def table(scores: Scores, title: str) -> str:
    """The scores as a plain-text table."""
    lines = [title, f"{'measure':44} {'tp':>5} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6} {'F1':>6}"]

    def row(name: str, tally: Tally) -> None:
        p, r, f = tally.scores()
        lines.append(f"{name:44} {tally.tp:5} {tally.fp:4} {tally.fn:4} {p:6.3f} {r:6.3f} {f:6.3f}")

    for form in sorted(scores.citations, key=lambda f: (f != "all", f.startswith("not a"), f)):
        row(f"citation: {form}", scores.citations[form])
    row("entries: first author + year", scores.entries)
    for kind in sorted(scores.problems, key=lambda k: (k != "all", k)):
        row(f"problem: {kind}", scores.problems[kind])
    lines.append(f"false problems marked certain: {scores.certain_false}")
    lines.append(f"true problems marked certain: {scores.certain_true} of {scores.problem('all').tp}")
    return "\n".join(lines)


def counts(scores: Scores) -> Counter[str]:
    return Counter({form: tally.tp + tally.fn for form, tally in scores.citations.items()})
