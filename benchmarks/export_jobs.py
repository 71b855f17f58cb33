"""What a tutor waits for with "All feedback (zip of DOCX)": the button's request, then the file ready, via the job.

Run by hand (prints numbers, asserts nothing):

    PYTHONPATH=. /work/main/.venv/bin/python benchmarks/export_jobs.py [--scripts 100] [--runs 5] [--threads 2]

One fresh app on a temporary SQLite database, upload folder and job queue (Huey's SQLite storage, the
single-machine default), with the embedded worker ``marker serve`` starts, and an assessment (rubric cim-2206)
of ``--scripts`` scripts, each with a final first marking (a mark and a comment for every part, an overall
comment). A signed-in tutor presses the button as a browser would (a CSRF POST), then polls the status page (as
its refresh does, here every 250 ms) until it offers the download, and downloads it. Each run is a fresh
request (the previous file is replaced). It times:
  * the request (POST → the redirect to the status page): what the tutor waits for before a page;
  * request → the status page says "Ready": the job's queueing, build and storing, seen through the web;
  * request → the zip downloaded: the whole path;
  * for comparison, the same zip built in this process with no request and no job (what the old GET did inside
    the request), once per run after the job runs.
Medians over the runs, with the machine's load average before and after (a shared machine: read them together).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
COMMENT = "Applies the model to the case with relevant examples; the evaluation could weigh the options further. "


def csrf(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def seed(app: object, settings: object, scripts: int) -> int:
    """An assessment of ``scripts`` finally marked scripts and its tutor; the assessment's id."""
    from marker.extensions import db
    from marker.service import assessments
    from marker.service.checking import rubric_library
    from marker.service.uow import UnitOfWork
    from marker.store.models import Marking, PartMark, Submission, User

    db.create_all()
    tutor = User(username="tess", display_name="Tess")
    tutor.set_password("pw-Benchmark-1")
    tutor.set_roles(["tutor"])
    db.session.add(tutor)
    db.session.commit()
    rubric = rubric_library(settings).get("cim-2206")  # type: ignore[arg-type]
    assessment = assessments.create_assessment(
        UnitOfWork(db.session, settings),  # type: ignore[arg-type]
        rubric,
        title="Benchmark",
        cohort="Now",
        deadline=None,
        retention_days=30,
        actor=tutor,
    )
    for n in range(scripts):
        submission = Submission(
            assessment=assessment,
            candidate_number=f"{100000 + n}",
            candidate_name=f"Candidate {n}",
            original_name="report.docx",
            checksum="0" * 64,
            check_state="checked",
        )
        marks = [PartMark(part_id=p.id, mark=p.max_marks * 2 // 3, comment=COMMENT * 2) for p in rubric.parts]
        total = sum(row.mark or 0 for row in marks)
        db.session.add(submission)
        db.session.add(
            Marking(
                submission=submission,
                marker_id=tutor.id,
                role="first",
                status="final",
                rubric_hash=assessment.rubric_hash,
                overall_comment=COMMENT * 4,
                part_marks=marks,
                total=total,
                grade=rubric.grade_for(total),
            )
        )
    db.session.commit()
    assessment_id: int = assessment.id
    db.session.remove()
    return assessment_id


def build_inline(app: object, assessment_id: int) -> float:
    """Seconds to build the feedback zip directly, as the tutor sees it (no request, no queue)."""
    from marker.extensions import db
    from marker.service.results import feedback_zip
    from marker.store.models import Assessment, User
    from marker.store.rubrics import rubric_of

    with app.app_context():  # type: ignore[attr-defined]
        assessment = db.session.get(Assessment, assessment_id)
        tutor = db.session.query(User).filter_by(username="tess").one()
        start = time.perf_counter()
        feedback_zip(tutor, assessment, rubric_of(assessment))
        seconds = time.perf_counter() - start
        db.session.remove()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scripts", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2, help="the embedded worker's threads")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marker-bench-") as folder:
        root = Path(folder)
        os.environ.update(
            MARKER_DATABASE_URL=f"sqlite:///{root / 'db.sqlite3'}",
            MARKER_UPLOAD_DIR=str(root / "uploads"),
            MARKER_SECRET_KEY="benchmark",
            MARKER_QUEUE_URL=f"sqlite:///{root / 'queue.sqlite3'}",
            MARKER_LIBREOFFICE="never",
        )
        from marker import create_app
        from marker.config import load_settings
        from marker.extensions import db
        from marker.jobs import jobs_of
        from marker.jobs.worker import start_embedded

        settings = load_settings(root / "instance")
        app = create_app(settings=settings)
        with app.app_context():
            assessment_id = seed(app, settings, args.scripts)
        print(f"{args.scripts} finally marked scripts (rubric cim-2206), {args.threads} worker threads, SQLite queue")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")
        worker = start_embedded(jobs_of(app), threads=args.threads)
        assert worker is not None
        runs: list[dict[str, float]] = []
        try:
            client = app.test_client()
            token = csrf(client.get("/login").get_data(as_text=True))
            client.post("/login", data={"username": "tess", "password": "pw-Benchmark-1", "csrf_token": token})
            page = f"/tutor/assessments/{assessment_id}"
            token = csrf(client.get(page).get_data(as_text=True))
            for _ in range(args.runs):
                start = time.perf_counter()
                response = client.post(f"{page}/feedback.zip", data={"csrf_token": token})
                request_s = time.perf_counter() - start
                assert response.status_code == 302, response.status_code
                status_url = response.headers["Location"]
                while 'id="export-download"' not in (html := client.get(status_url).get_data(as_text=True)):
                    assert "could not be built" not in html, html
                    time.sleep(0.25)  # resolution only: the page itself refreshes every 2 s
                ready_s = time.perf_counter() - start
                download = client.get(f"{status_url}/download")
                done_s = time.perf_counter() - start
                assert download.status_code == 200
                sheets = len(zipfile.ZipFile(io.BytesIO(download.get_data())).namelist())
                assert sheets == args.scripts, sheets
                inline_s = build_inline(app, assessment_id)
                runs.append(
                    {
                        "request": request_s,
                        "ready": ready_s,
                        "done": done_s,
                        "inline": inline_s,
                        "bytes": len(download.data),
                    }
                )
        finally:
            worker.stop()
        with app.app_context():
            db.engine.dispose()
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print(f"median of {args.runs} runs (zip of {args.scripts} DOCX sheets, {median['bytes'] / 1024:.0f} KB):")
    print(f"  button request (POST → status page redirect): {median['request'] * 1000:.0f} ms")
    print(f"  request → status page offers the download:    {median['ready']:.2f} s")
    print(f"  request → zip downloaded:                     {median['done']:.2f} s")
    print(f"  the same zip built in process (no web, no job): {median['inline']:.2f} s")
    each = ", ".join(f"{run['done']:.2f} s" for run in runs)
    print(f"  all runs, request → downloaded: {each}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
