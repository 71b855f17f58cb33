"""Adding one script to an indexed cohort through the job path and the stored index (run by hand; prints numbers).

    PYTHONPATH=. .venv/bin/python benchmarks/similarity_job.py [--scripts 200] [--new 7] [--words-per-part 740]

Issue 17 asks that adding one script to an indexed cohort take at most 1 s. ``benchmarks/similarity_speed.py``
measures that on the in-memory index; this one goes through what the application does: the upload is stored,
the check job claims it, checks it (the file reading is replaced by the generated Document, so the time is the
check's and the index's, not LibreOffice's), fingerprints it and writes its fingerprints in the result's
transaction; then the new script is compared with the cohort as the pages do, from the stored index in the
database (``load_index`` + ``compare_new_script`` with texts rebuilt from the stored segments), and the whole
cohort's report is computed afresh (what the scripts list does when a script has changed).

The database is a temporary SQLite file, or MARKER_BENCH_DATABASE_URL (PostgreSQL). Medians over ``--new``
scripts; the load average (``os.getloadavg()``) is printed before and after: the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TIMES: dict[str, list[float]] = {}


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """The function, with each call's duration added to TIMES[name]."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            TIMES.setdefault(name, []).append(time.perf_counter() - started)

    return wrapper


def ms(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scripts", type=int, default=200)
    parser.add_argument("--new", type=int, default=7)
    parser.add_argument("--words-per-part", type=int, default=740, help="740 gives about 5,000 words a script")
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions of the comparison jobs")
    parser.add_argument(
        "--cache-words", type=int, default=0, help="size the per-process text and alignment caches (words each)"
    )
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")

    workdir = Path(tempfile.mkdtemp(prefix="marker-bench-"))
    os.environ.setdefault("MARKER_SECRET_KEY", "benchmark")
    os.environ["MARKER_DATABASE_URL"] = os.environ.get("MARKER_BENCH_DATABASE_URL") or f"sqlite:///{workdir}/b.db"
    os.environ["MARKER_UPLOAD_DIR"] = str(workdir / "uploads")
    os.environ["MARKER_QUEUE_URL"] = "immediate"
    os.environ["MARKER_LIBREOFFICE"] = "never"

    from marker import create_app
    from marker.checks.report import check_parsed
    from marker.extensions import db
    from marker.service import assessments, check_jobs, similarity_index, similarity_reports, submissions
    from marker.service.uow import UnitOfWork
    from marker.store.models import User
    from tests.similarity.corpus import build_corpus
    from tests.similarity.evaluation import rubric_2206

    if args.cache_words:
        from marker.similarity import compare

        similarity_index.TEXT_CACHE_WORDS = args.cache_words
        compare.SIDE_CACHE_WORDS = args.cache_words
    rubric = rubric_2206()
    corpus = build_corpus(rubric, 4242, current=args.scripts + args.new, earlier=0, part_words=args.words_per_part)
    documents = {f"{script_id}".encode(): document for script_id, document in corpus.documents.items()}

    def check_upload(_settings: object, data: bytes, _name: str, _rubric: object) -> object:
        return check_parsed(documents[data], rubric)

    check_jobs.check_upload = timed("check", check_upload)  # type: ignore[assignment]
    similarity_index.fingerprint_report = timed("fingerprint", similarity_index.fingerprint_report)  # type: ignore[assignment]
    similarity_index.store_entry = timed("store", similarity_index.store_entry)  # type: ignore[assignment]

    app = create_app({"INSTANCE_PATH": str(workdir / "instance")})
    with app.app_context():
        db.drop_all()
        db.create_all()

        class Worker:
            """Runs check jobs at once, and keeps the comparison jobs to run (and time) on their own."""

            def __init__(self) -> None:
                self.comparisons: list[int] = []

            def check_submission(self, submission_id: int) -> None:
                check_jobs.run_check(uow, submission_id)

            def unpack_batch(self, batch_id: int) -> None:
                raise NotImplementedError

            def compare_cohort(self, assessment_id: int) -> None:
                self.comparisons.append(assessment_id)

        worker = Worker()
        uow = UnitOfWork(db.session, app.config["MARKER_SETTINGS"], jobs=worker)
        tutor = User(username="bench", display_name="Bench")
        tutor.set_password("benchmark-password")
        tutor.set_roles(["tutor"])
        db.session.add(tutor)
        db.session.commit()
        assessment = assessments.create_assessment(
            uow, rubric, title="Bench", cohort="2026", deadline=None, retention_days=365, actor=tutor
        )

        def add(script_id: str) -> int:
            return submissions.add_submission(
                uow, assessment, rubric, script_id.encode(), f"{script_id}.pdf", candidate_number=script_id,
                actor=tutor,
            ).id  # fmt: skip

        def rss() -> str:
            return f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"

        ids = list(corpus.documents)
        started = time.perf_counter()
        for script_id in ids[: args.scripts]:
            add(script_id)
        print(
            f"cohort: {args.scripts} scripts through the check job in {time.perf_counter() - started:.1f} s; "
            f"fingerprint {ms(TIMES['fingerprint'])}, store {ms(TIMES['store'])}"
        )
        started = time.perf_counter()
        outcome = similarity_reports.refresh_report(uow, assessment.id)
        kept = similarity_reports.cohort_report(uow, assessment)
        print(
            f"comparison job, whole cohort from the stored index (cold): {time.perf_counter() - started:.1f} s "
            f"({outcome}), {len(kept.report.pairs)} pairs share passages; {rss()}"
        )

        TIMES.clear()
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
        job, compare, page = [], [], []
        for script_id in ids[args.scripts :]:
            started = time.perf_counter()
            add(script_id)
            job.append(time.perf_counter() - started)
            started = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            outcome = similarity_reports.refresh_report(uow, assessment.id)
            if profiler is not None:
                profiler.disable()
            compare.append(time.perf_counter() - started)
            db.session.expire_all()
            started = time.perf_counter()
            found = similarity_reports.cohort_report(uow, assessment)
            page.append(time.perf_counter() - started)
            assert found.current, "the page should find the kept report current"
            print(f"  added {script_id}: job {job[-1] * 1000:.0f} ms, comparison job {compare[-1] * 1000:.0f} ms "
                  f"({outcome})")  # fmt: skip
        print(f"add one script, the check job (store, claim, check, fingerprint, write): {ms(job)}")
        print(
            f"  of which check {ms(TIMES['check'])}; fingerprint {ms(TIMES['fingerprint'])}; store {ms(TIMES['store'])}"
        )
        print(f"  then the comparison job (this script with the cohort, from the stored index): {ms(compare)}")
        print(f"  then the scripts list's report (kept report read back): {ms(page)}")
        print(
            f"one added script, both jobs: median {(statistics.median(job) + statistics.median(compare)) * 1000:.0f} ms"
        )
        print(f"index: {args.scripts + args.new} scripts; {rss()}")
        if profiler is not None:
            import pstats

            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
