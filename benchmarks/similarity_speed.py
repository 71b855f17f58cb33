"""Speed and memory of the similarity check on a generated cohort (run by hand; prints numbers, asserts nothing).

    PYTHONPATH=. .venv/bin/python benchmarks/similarity_speed.py [--scripts 200] [--words-per-part 740]

Target (issue 17): a cohort of 2,000 scripts of 5,000 words indexed and compared in at most 10 minutes on 2
cores, with memory that does not grow with the square of the cohort; adding one script to an indexed cohort in
at most 1 s. The cohort is the generated 2206 corpus of the tests (``tests/similarity/corpus.py``: independent
scripts with boilerplate, cited quotations, planted copies), scaled up. Stages, each timed on its own:

  generate  building the Document objects (stands in for reading the files, which the check job has done)
  prepare   segment + reference check + compared words + fingerprints, per script
  index     adding every script's fingerprints, sorting the postings, finding the boilerplate
  pairs     candidate pairs from shared fingerprints (boilerplate found and left out)
  align     exact alignment of every candidate pair
  add one   one new script: prepare it, add it, compare it with the indexed cohort (median of several)

Peak RSS (``ru_maxrss``) and the load average (``os.getloadavg()``) are printed: the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time

from marker.similarity import FingerprintIndex, SimilarityReport, brief_hashes, compare_new_script, prepare_script
from marker.similarity.compare import _Comparer, _summaries
from marker.similarity.script import ScriptText
from tests.similarity.corpus import build_corpus
from tests.similarity.evaluation import evaluate, rubric_2206


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scripts", type=int, default=200)
    parser.add_argument("--words-per-part", type=int, default=740, help="740 gives about 5,000 words a script")
    parser.add_argument("--new", type=int, default=5, help="scripts added one at a time after the cohort")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")
    rubric = rubric_2206()
    index = FingerprintIndex()
    settings = index.settings
    brief = brief_hashes(rubric, settings.ngram)

    started = time.perf_counter()
    corpus = build_corpus(rubric, 4242, current=args.scripts + args.new, earlier=0, part_words=args.words_per_part)
    generate = time.perf_counter() - started
    ids = list(corpus.documents)
    cohort_ids, new_ids = ids[: args.scripts], ids[args.scripts :]
    print(f"generate: {generate:.1f} s for {len(ids)} scripts; RSS {rss_mb():.0f} MB")

    scripts: dict[str, ScriptText] = {}
    per_script = []
    for script_id in cohort_ids:
        t0 = time.perf_counter()
        scripts[script_id] = prepare_script(
            corpus.documents[script_id], rubric, script_id=script_id, cohort="now", brief=brief, settings=settings
        )
        per_script.append(time.perf_counter() - t0)
    prepare = sum(per_script)
    words = [len(s.words) for s in scripts.values()]
    prints = [len(s.fingerprints) for s in scripts.values()]
    print(
        f"prepare: {prepare:.1f} s (median {statistics.median(per_script) * 1000:.0f} ms a script; median "
        f"{statistics.median(words):,.0f} compared words, {statistics.median(prints):,.0f} fingerprints)"
    )

    t0 = time.perf_counter()
    for script in scripts.values():
        index.add(script.script_id, script.cohort, len(script.words), script.fingerprints)
    index.common_hashes("now")  # sorts the postings and finds the boilerplate
    index_time = time.perf_counter() - t0
    t0 = time.perf_counter()
    pairs = index.candidate_pairs("now")
    pairs_time = time.perf_counter() - t0
    print(f"index: {index_time:.2f} s; pairs: {pairs_time:.2f} s for {len(pairs):,} candidate pairs; "
          f"{len(index.common_hashes('now')):,} boilerplate fingerprints; RSS {rss_mb():.0f} MB")  # fmt: skip

    comparer = _Comparer(index, scripts.__getitem__)
    per_pair = []
    found = []
    t0 = time.perf_counter()
    for a, b, _shared in pairs:
        t1 = time.perf_counter()
        if (pair := comparer.pair(a, b)) is not None:
            found.append(pair)
        per_pair.append(time.perf_counter() - t1)
    align = time.perf_counter() - t0
    median_pair = statistics.median(per_pair) * 1000 if per_pair else 0.0
    print(f"align: {align:.1f} s for {len(pairs):,} pairs (median {median_pair:.1f} ms), {len(found)} share passages")
    total = prepare + index_time + pairs_time + align
    print(f"indexed and compared: {total:.1f} s (prepare + index + pairs + align); peak RSS {rss_mb():.0f} MB")
    # The planted cases whose scripts are all in the indexed cohort, measured as the tests measure them.
    corpus.cases = [c for c in corpus.cases if c.source in scripts and c.target in scripts]
    report = SimilarityReport(tuple(_summaries(index, found, list(scripts))), tuple(found), settings)
    quality = evaluate(corpus, report)
    recall = ", ".join(f"{name} {value:.3f}" for name, value in quality.recall.items())
    print(f"quality at this size ({len(corpus.cases)} cases): recall {recall}; "
          f"precision {quality.precision_micro:.3f}; independent pairs with a passage "
          f"{quality.independent_with_passages}, flagged {len(quality.independent_flagged)}")  # fmt: skip

    adds = []
    for script_id in new_ids:
        t0 = time.perf_counter()
        script = prepare_script(
            corpus.documents[script_id], rubric, script_id=script_id, cohort="now", brief=brief, settings=settings
        )
        _summary, _new_pairs = compare_new_script(index, script, scripts.__getitem__)
        adds.append(time.perf_counter() - t0)
        scripts[script_id] = script
    if adds:
        print(f"add one: median {statistics.median(adds) * 1000:.0f} ms, max {max(adds) * 1000:.0f} ms "
              f"over {len(adds)} scripts")  # fmt: skip
    print(f"peak RSS {rss_mb():.0f} MB; load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
