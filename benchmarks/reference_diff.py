"""The reference checker against an earlier commit's, on the same generated reports (run by hand).

    PYTHONPATH=. python benchmarks/reference_diff.py --against COMMIT --halves dev,blind50-more [--cache DIR]

A change to the reference checker that mends one half can spoil another, and a full run of the accuracy benchmark
over every development half says only that a total moved. This script says where: for each half it prints one
line of scores for the checker at COMMIT and one for the working tree's (reference problems tp/fp/fn, false ones
worded as certain, true ones worded as certain, citations tp/fp/fn, entries tp/fp/fn), then every report whose
problems differ, with the problems only the earlier checker gave (-) and only the current one gives (+).

The earlier checker is ``marker/checks/references`` as COMMIT holds it (read with ``git show``), imported under
another name beside the current one; the rest of ``marker`` (the document model, the region labels) is the
working tree's for both. ``--cache`` keeps each half's built reports (pickled), so a second comparison of the
same halves skips the build, which takes most of the time; delete the directory when the corpus code changes.

Use it on development halves only: the differences it lists on a half are that half's misses, and a held-out
half's are read only once a newer round of pools is written (``reference_accuracy.py`` prints tables alone).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from marker.checks.references import ReferenceReport, check_references
from marker.documents.model import Document
from tests.corpus.references.documents import HALVES, CorpusDocument, corpus
from tests.corpus.references.scoring import Scores, score

PACKAGE = "marker/checks/references"
Checker = Callable[[Document, tuple[str | None, ...]], ReferenceReport]


def earlier_checker(commit: str, into: Path) -> Checker:
    """``check_references`` as ``commit`` wrote it, imported from a copy under ``into`` as its own package: its
    modules, and the data files beside them ("data/subdivisions.txt")."""
    names = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", f"{commit}:{PACKAGE}"], check=True, capture_output=True, text=True
    ).stdout.split("\n")
    package = into / "earlier_references"
    package.mkdir()
    for name in filter(None, names):
        source = subprocess.run(
            ["git", "show", f"{commit}:{PACKAGE}/{name}"], check=True, capture_output=True, text=True
        ).stdout
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".py"):
            source = source.replace("marker.checks.references", "earlier_references")
        (package / name).write_text(source)
    sys.path.insert(0, str(into))
    return importlib.import_module("earlier_references").check_references


def reports_of(half: str, cache: Path | None) -> list[CorpusDocument]:
    path = cache / f"{half}.pkl" if cache else None
    if path and path.exists():
        with path.open("rb") as file:
            return pickle.load(file)
    docs = corpus(half)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.with_suffix(".tmp").open("wb") as file:
            pickle.dump(docs, file)
        os.replace(path.with_suffix(".tmp"), path)
    return docs


def remembering(checker: Checker, into: dict[str, ReferenceReport]) -> Checker:
    """The checker, keeping each report by its document's name so that the differences need no second run."""

    def check(document: Document, regions: tuple[str | None, ...]) -> ReferenceReport:
        report = checker(document, regions)
        into[document.name] = report
        return report

    return check


def score_line(scores: Scores) -> str:
    problems, citations, entries = scores.problem("all"), scores.citation("all"), scores.entries
    return (
        f"problems {problems.tp}/{problems.fp}/{problems.fn} certain-false {scores.certain_false} "
        f"certain-true {scores.certain_true} | citations {citations.tp}/{citations.fp}/{citations.fn} "
        f"| entries {entries.tp}/{entries.fp}/{entries.fn}"
    )


def problems_of(report: ReferenceReport) -> set[tuple[str, str | None, str | None, bool]]:
    return {(problem.kind, problem.author, problem.year, problem.certain) for problem in report.problems}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", required=True, help="the commit whose reference checker to compare with")
    parser.add_argument(
        "--halves", required=True, help="development halves, comma-separated (reference_accuracy.py --help says which)"
    )
    parser.add_argument("--cache", type=Path, help="a directory to keep the built reports in between runs")
    args = parser.parse_args()
    halves = args.halves.split(",")
    unknown = [half for half in halves if half not in HALVES]
    if unknown:
        parser.error(f"no such half: {', '.join(unknown)}")
    with tempfile.TemporaryDirectory() as temporary:
        earlier = earlier_checker(args.against, Path(temporary))
        for half in halves:
            docs = reports_of(half, args.cache)
            before: dict[str, ReferenceReport] = {}
            after: dict[str, ReferenceReport] = {}
            print(f"{half:16} {args.against[:8]:>8} {score_line(score(docs, remembering(earlier, before)))}")
            print(f"{half:16} {'now':>8} {score_line(score(docs, remembering(check_references, after)))}")
            for doc in docs:
                old, new = problems_of(before[doc.document.name]), problems_of(after[doc.document.name])
                if old != new:
                    print(f"    {doc.name}: -{sorted(old - new, key=str)} +{sorted(new - old, key=str)}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
