"""Passage-level precision and recall on a generated corpus, as the PAN plagiarism-detection evaluations
measure them (Potthast et al. 2010): characters of planted passages found, characters flagged that were not.

    PYTHONPATH=. python -m tests.similarity.evaluation dev     # the half used for tuning
    PYTHONPATH=. python -m tests.similarity.evaluation test    # the half the tests assert on

Recall of a case is the share of its characters, in both scripts, that detections of that pair cover; precision
is the share of detected characters, in both scripts, that lie in a planted case of that pair.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass

from marker.rubric import default_library
from marker.rubric.model import Rubric
from marker.similarity import (
    SimilarityReport,
    SimilaritySettings,
    brief_hashes,
    compare_scripts,
    prepare_script,
)
from marker.similarity.script import ScriptText
from tests.similarity.corpus import Corpus, build_corpus

SEEDS = {"dev": 2206, "test": 1722}
Spans = Iterable[tuple[int, int]]


def union(spans: Spans) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def length(spans: Spans) -> int:
    return sum(end - start for start, end in union(spans))


def overlap(first: Spans, second: Spans) -> int:
    total = 0
    for a_start, a_end in union(first):
        for b_start, b_end in union(second):
            total += max(0, min(a_end, b_end) - max(a_start, b_start))
    return total


@dataclass(frozen=True)
class Evaluation:
    recall: dict[str, float]  # macro recall per group of cases
    precision_micro: float
    precision_macro: float
    detected_chars: int
    independent_flagged: list[tuple[str, str, float]]
    independent_with_passages: int
    independent_pairs: int
    reused_pct: float
    reused_best_with: str | None
    case_recalls: list[tuple[str, int, float]]


def rubric_2206() -> Rubric:
    return default_library().get("cim-2206")


def prepare(corpus: Corpus, rubric: Rubric, settings: SimilaritySettings) -> list[ScriptText]:
    brief = brief_hashes(rubric, settings.ngram)
    return [
        prepare_script(document, rubric, script_id=script_id, cohort=corpus.cohorts[script_id], brief=brief,
                       settings=settings)
        for script_id, document in corpus.documents.items()
    ]  # fmt: skip


def compare(
    corpus: Corpus, scripts: list[ScriptText], rubric: Rubric, settings: SimilaritySettings
) -> SimilarityReport:
    return compare_scripts(scripts, settings=settings, cohort=corpus.current)


def evaluate(corpus: Corpus, report: SimilarityReport) -> Evaluation:
    detections: dict[frozenset[str], dict[str, list[tuple[int, int]]]] = {}
    for pair in report.pairs:
        found = detections.setdefault(frozenset((pair.a, pair.b)), {pair.a: [], pair.b: []})
        found[pair.a] += [(p.a_start, p.a_end) for p in pair.passages]
        found[pair.b] += [(p.b_start, p.b_end) for p in pair.passages]
    truth: dict[frozenset[str], dict[str, list[tuple[int, int]]]] = {}
    case_recalls = []
    groups: dict[str, list[float]] = {"verbatim>=50": [], "verbatim": [], "edited": [], "all": []}
    for case in corpus.cases:
        key = frozenset((case.source, case.target))
        planted = truth.setdefault(key, {case.source: [], case.target: []})
        planted[case.source] += case.source_spans
        planted[case.target] += case.target_spans
        if case.kind == "reused":
            continue
        found = detections.get(key, {case.source: [], case.target: []})
        hit = overlap(case.source_spans, found[case.source]) + overlap(case.target_spans, found[case.target])
        recall = hit / (length(case.source_spans) + length(case.target_spans))
        case_recalls.append((case.kind, case.words, recall))
        groups[case.kind].append(recall)
        groups["all"].append(recall)
        if case.kind == "verbatim" and case.words >= 50:
            groups["verbatim>=50"].append(recall)
    true_chars = all_chars = 0
    per_detection = []
    for key, found in detections.items():
        planted = truth.get(key, {})
        for script_id, spans in found.items():
            for span in spans:
                inside = overlap([span], planted.get(script_id, []))
                per_detection.append(inside / max(span[1] - span[0], 1))
            true_chars += overlap(spans, planted.get(script_id, []))
            all_chars += length(spans)
    case_pairs = set(truth)
    independent_flagged = [(p.a, p.b, p.pct) for p in report.flagged() if frozenset((p.a, p.b)) not in case_pairs]
    with_passages = sum(1 for key in detections if key not in case_pairs)
    current = [i for i, c in corpus.cohorts.items() if c == corpus.current]
    everyone = list(corpus.cohorts)
    compared = {frozenset((a, b)) for a in current for b in everyone if a != b}
    reused = next((case for case in corpus.cases if case.kind == "reused"), None)
    summary = next((s for s in report.scripts if reused is not None and s.script_id == reused.target), None)
    return Evaluation(
        recall={name: sum(values) / len(values) for name, values in groups.items() if values},
        precision_micro=true_chars / all_chars if all_chars else 1.0,
        precision_macro=sum(per_detection) / len(per_detection) if per_detection else 1.0,
        detected_chars=all_chars,
        independent_flagged=independent_flagged,
        independent_with_passages=with_passages,
        independent_pairs=len(compared - case_pairs),
        reused_pct=summary.best_pct if summary is not None else 0.0,
        reused_best_with=summary.best_with if summary is not None else None,
        case_recalls=case_recalls,
    )


def run(half: str, settings: SimilaritySettings | None = None) -> tuple[Corpus, SimilarityReport, Evaluation]:
    settings = settings or SimilaritySettings()
    rubric = rubric_2206()
    corpus = build_corpus(rubric, SEEDS[half])
    report = compare(corpus, prepare(corpus, rubric, settings), rubric, settings)
    return corpus, report, evaluate(corpus, report)


def main(argv: list[str]) -> None:
    half = argv[0] if argv else "dev"
    corpus, report, found = run(half)
    print(
        f"{half}: {len(corpus.documents)} scripts, {len(corpus.cases)} cases, {len(report.pairs)} pairs with passages"
    )
    for name, value in found.recall.items():
        print(f"  recall {name:13} {value:.3f}")
    print(
        f"  precision micro {found.precision_micro:.3f}  macro {found.precision_macro:.3f}"
        f"  ({found.detected_chars} chars)"
    )
    print(f"  independent pairs flagged at {report.settings.threshold_pct}%: {found.independent_flagged}")
    print(f"  independent pairs with any passage: {found.independent_with_passages} of {found.independent_pairs}")
    print(f"  reused script: {found.reused_pct:.1f}% with {found.reused_best_with}")
    for kind, words, recall in found.case_recalls:
        print(f"    {kind:8} {words:4} words  recall {recall:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
