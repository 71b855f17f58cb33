"""What the reference checker finds: in-text citations, reference-list entries, problems, and the report."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from marker.checks.findings import Finding

EntryKind = Literal["book", "journal", "web", "report", "chapter", "other"]
ProblemKind = Literal[
    "cited_not_listed",
    "listed_not_cited",
    "year_mismatch",
    "missing_access_date",
    "not_alphabetical",
    "incomplete_entry",
    "no_reference_list",
    "et_al_misuse",
    "ampersand_in_brackets",
    "quotation_without_page",
    "secondary_source_listed",
]

_Frozen = TypeVar("_Frozen")


def _filled_at_once(cls: type[_Frozen]) -> type[_Frozen]:
    """A frozen dataclass given an ``__init__`` that gives the instance its dict at once. The one dataclasses
    writes sets each field through ``object.__setattr__``, a wrapper made and called per field (1.4 µs for a
    citation's 14 fields against 0.3 µs), and a report makes one per citation and per entry. The same
    parameters, defaults and fields, in the same order; a class whose ``__init__`` does more is left as it is."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields
    ):
        return cls
    parameters = ", ".join(
        f.name if f.default is dataclasses.MISSING else f"{f.name}=_defaults[{index}]" for index, f in enumerate(fields)
    )
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    namespace: dict[str, Any] = {"_defaults": [f.default for f in fields], "_set": object.__setattr__}
    exec(f"def __init__(self, {parameters}):\n    _set(self, '__dict__', {{{values}}})", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = cls.__init__.__annotations__
    setattr(cls, "__init__", init)  # noqa: B010
    return cls


@_filled_at_once
@dataclass(frozen=True)
class Citation:
    """One cited work in the text: "(Harris, 2015; Jones, 2016)" gives two citations over the same bracket.

    ``authors`` are as written (only the first for "et al."); ``author_text`` is the whole name text
    ("Chartered Institute of Marketing (CIM)"); ``secondary`` marks the original work of a "cited in"
    citation, which the candidate did not read and must not list.
    """

    text: str
    authors: tuple[str, ...]
    year: str
    narrative: bool
    part: str | None
    block_index: int
    start: int
    end: int
    author_text: str = ""
    locator: str | None = None
    secondary: bool = False
    et_al: str | None = None  # "et al." as written ("et al", "et. al"), None when not used
    ampersand: bool = False
    weak: bool = False  # read from weak evidence ("(GDPR 2018)"): kept only if the reference list names it

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "authors": list(self.authors),
            "year": self.year,
            "narrative": self.narrative,
            "part": self.part,
            "block_index": self.block_index,
            "start": self.start,
            "end": self.end,
            "locator": self.locator,
            "secondary": self.secondary,
            "et_al": self.et_al is not None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Citation:
        """A citation read back from ``to_dict()`` (``et_al`` comes back as "et al." when it was used)."""
        return cls(
            text=str(data.get("text") or ""),
            authors=tuple(str(author) for author in data.get("authors") or ()),
            year=str(data.get("year") or ""),
            narrative=bool(data.get("narrative")),
            part=data.get("part"),
            block_index=int(data.get("block_index") or 0),
            start=int(data.get("start") or 0),
            end=int(data.get("end") or 0),
            locator=data.get("locator"),
            secondary=bool(data.get("secondary")),
            et_al="et al." if data.get("et_al") else None,
        )


@_filled_at_once
@dataclass(frozen=True)
class ReferenceEntry:
    """One entry of a reference list, parsed: ``authors`` are surnames or one organisation's name.

    ``et_al`` says the entry itself wrote "et al." (Cite Them Right does for four or more authors);
    ``aliases`` holds an organisation's abbreviation; ``list_index`` numbers the separate lists of a report.
    """

    text: str
    authors: tuple[str, ...]
    year: str | None
    kind: EntryKind
    title: str | None = None
    url: str | None = None
    doi: str | None = None
    accessed: str | None = None
    block_index: int = 0
    list_index: int = 0
    et_al: bool = False
    organisation: bool = False
    aliases: tuple[str, ...] = ()
    title_only_publisher: bool = False  # what stands as the title reads as "Place: Publisher"

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "authors": list(self.authors),
            "year": self.year,
            "kind": self.kind,
            "title": self.title,
            "url": self.url,
            "doi": self.doi,
            "accessed": self.accessed,
            "block_index": self.block_index,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReferenceEntry:
        """An entry read back from ``to_dict()``; an unknown kind reads as ``other``."""
        kind = data.get("kind")
        return cls(
            text=str(data.get("text") or ""),
            authors=tuple(str(author) for author in data.get("authors") or ()),
            year=data.get("year"),
            kind=kind if kind in ("book", "journal", "web", "report", "chapter", "other") else "other",
            title=data.get("title"),
            url=data.get("url"),
            doi=data.get("doi"),
            accessed=data.get("accessed"),
            block_index=int(data.get("block_index") or 0),
        )


@dataclass(frozen=True)
class ReferenceProblem:
    """Something wrong with the referencing, naming the work and the part of the report it is in.

    ``certain`` is False when marker may have misread the text (a name it could not tell from an ordinary
    noun, a citation in a form it did not recognise): the message then asks the candidate to check, since a
    false warning in feedback costs more than a missed one.
    """

    kind: ProblemKind
    author: str | None
    year: str | None
    part: str | None
    message: str
    certain: bool = True

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "author": self.author, "year": self.year, "part": self.part,
                "message": self.message, "certain": self.certain}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReferenceProblem:
        """A problem read back from ``to_dict()``; one stored before ``certain`` existed counts as certain."""
        return cls(
            kind=data.get("kind") or "cited_not_listed",
            author=data.get("author"),
            year=data.get("year"),
            part=data.get("part"),
            message=str(data.get("message") or ""),
            certain=bool(data.get("certain", True)),
        )


@dataclass(frozen=True)
class ReferenceReport:
    """The reference check of one document; ``links[i]`` is the entry citation i was matched to, or None.

    ``unconfirmed`` holds the citations that match no entry and are not surely citations: a name and a year in a
    bracket and no more ("(Saniderm, 2015)" after a product, "(Nor'easter, 2014)" after a storm), a founder named in
    full with a year, two names of a year ("(Kido and Storal, 2022)", a takeover). They are not problems one by one;
    one finding lists them together for the candidate to check, first those of ``looks_cited``, which look like
    citations (two names that each read as an author's, a narrative citation naming a person in full).
    """

    citations: tuple[Citation, ...]
    entries: tuple[ReferenceEntry, ...]
    problems: tuple[ReferenceProblem, ...]
    links: tuple[int | None, ...] = ()
    unconfirmed: tuple[int, ...] = ()
    looks_cited: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The contract's ``references`` object (marker.check-report/1), with the added keys."""
        citations = []
        for index, citation in enumerate(self.citations):
            item = citation.to_dict()
            item["entry"] = self.links[index] if index < len(self.links) else None
            citations.append(item)
        return {
            "citations": citations,
            "entries": [entry.to_dict() for entry in self.entries],
            "problems": [problem.to_dict() for problem in self.problems],
            "unconfirmed": [
                {
                    "citation": index,
                    "text": self.citations[index].text,
                    "part": self.citations[index].part,
                    "looks_cited": index in self.looks_cited,
                }
                for index in self.unconfirmed
            ],
        }

    def findings(self) -> list[Finding]:
        """Every problem as a finding: ``reference_<kind>``; a missing list with citations is an error."""
        findings = []
        for problem in self.problems:
            severity: Literal["error", "warning", "info"] = "warning" if problem.certain else "info"
            if problem.kind == "no_reference_list" and self.citations:
                severity = "error"
            findings.append(Finding(severity, f"reference_{problem.kind}", problem.message, problem.part))
        if self.unconfirmed:
            findings.append(Finding("info", UNCONFIRMED_FINDING, self._unconfirmed_message()))
        return findings

    def _unconfirmed_message(self) -> str:
        """One note for every unconfirmed citation: those that look like citations first, then the other brackets,
        each naming where it is (the first several of each, and how many more)."""
        looks_cited = [i for i in self.unconfirmed if i in self.looks_cited]
        others = [i for i in self.unconfirmed if i not in self.looks_cited]
        sentences = []
        if looks_cited:
            one = len(looks_cited) == 1
            sentences.append(
                f"{self._named(looks_cited)} {'looks' if one else 'look'} like {'a citation' if one else 'citations'}, "
                f"but no entry in the reference list matches {'it' if one else 'them'}."
            )
        if others:
            if len(others) == 1:
                sentences.append(
                    f"{'Another bracket' if looks_cited else 'a bracket'} names something with a year but matches no "
                    f"entry in the reference list: {self._named(others)}. It may name a place, an event or a product "
                    "of that year rather than a source."
                )
            else:
                sentences.append(
                    f"{len(others)} {'other ' if looks_cited else ''}brackets name something with a year but match no "
                    f"entry in the reference list: {self._named(others)}. They may name places, events or products "
                    "of those years rather than sources."
                )
        several = len(self.unconfirmed) > 1
        sentences.append(
            "If any of them cites a source, add the source to the list."
            if several
            else "If it cites a source, add the source to the list."
        )
        return CHECK_THIS + " ".join(sentences)

    def _named(self, indices: Sequence[int]) -> str:
        """The first several of these citations and where each is, and how many more."""
        shown = [f"{self.citations[i].text} in {part_name(self.citations[i].part)}" for i in indices[:8]]
        more = len(indices) - len(shown)
        return "; ".join(shown) + (f"; and {more} more" if more else "")


CHECK_THIS = "Check this: "
# The code of the one finding that lists the citations matching no entry that nothing marks as sources.
UNCONFIRMED_FINDING = "reference_unconfirmed"


_PART_ID = re.compile(r"^(\d+)\s*([a-z]?)$", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def part_name(part: str | None) -> str:
    """How a message names where a thing is: "2a" → "Task 2 (a)"; unknown places → "the report".

    Cached: the cross check names the part of every citation twice, from the few parts a rubric has."""
    if part is None:
        return "the report"
    found = _PART_ID.match(part)
    if not found:
        return part
    task, letter = found.groups()
    return f"Task {task} ({letter.lower()})" if letter else f"Task {task}"
