"""Soak: the app under gunicorn with several workers, 8 clients posting checks and saving marks for a minute.

Run by hand: ``.venv/bin/python benchmarks/soak.py [--seconds 60] [--clients 8] [--workers 4]
[--database-url URL]``. Everything stays on 127.0.0.1: a temporary database (SQLite unless
``--database-url`` names another, whose tables are then dropped and created) and upload folder, a gunicorn on
a free port, and ``--clients`` threads, each signed in as its own tutor with its own script to mark. Each
client loops: post the candidate pre-submission check of a 7-part report, then open its marking page and save
a draft. Prints throughput, p50/p95 latency per kind of request and the error count (any unexpected status or
failed connection). Targets (issue 9): 0 errors, p95 <= 1 s, >= 15 checks/s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests

from tests.hardening.server import Browser, running_server, token_on, version_on
from tests.web.candidate.builders import make_docx as candidate_report
from tests.web.tutor.scripts_for_tests import make_docx as tutor_script

PASSWORD = "soak-Secret-123"


def prepare(database_url: str, upload_dir: Path, clients: int) -> list[tuple[str, int]]:
    """Create the tables, one tutor and one script per client; return (username, submission id) pairs."""
    os.environ.update(
        {
            "MARKER_DATABASE_URL": database_url,
            "MARKER_UPLOAD_DIR": str(upload_dir),
            "MARKER_SECRET_KEY": "soak-secret",
            "MARKER_LIBREOFFICE": "never",
        }
    )
    from marker import create_app
    from marker.extensions import db
    from marker.store.models import AssessmentMember, User
    from marker.web.tutor import services

    app = create_app({"INSTANCE_PATH": str(upload_dir.parent / "instance")})
    people: list[tuple[str, int]] = []
    with app.app_context():
        db.drop_all()
        db.create_all()
        tutors = []
        for index in range(clients):
            user = User(username=f"tutor{index}", display_name=f"Tutor {index}")
            user.set_password(PASSWORD)
            user.set_roles(["tutor"])
            db.session.add(user)
            tutors.append(user)
        db.session.commit()
        rubric = services.rubric_library().get("cim-2206")
        assessment = services.create_assessment(
            rubric, title="Soak", cohort="Nov 2026", deadline=None, retention_days=365, actor=tutors[0]
        )
        for user in tutors[1:]:
            db.session.add(AssessmentMember(assessment_id=assessment.id, user_id=user.id, role="tutor"))
        db.session.commit()
        for index, user in enumerate(tutors):
            submission = services.add_submission(
                assessment, rubric, tutor_script(), f"s{index}.docx", candidate_number=f"9{index:05d}", actor=user
            )
            people.append((user.username, submission.id))
        db.session.commit()
        db.session.remove()
        db.engine.dispose()
    return people


class Tally:
    """Latencies per kind of request and errors, shared by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []

    def timed(self, kind: str, expected: int, call: object) -> requests.Response | None:
        start = time.perf_counter()
        try:
            response = call()  # type: ignore[operator]
        except requests.RequestException as error:
            with self.lock:
                self.errors.append(f"{kind}: {type(error).__name__}")
            return None
        elapsed = time.perf_counter() - start
        with self.lock:
            self.latencies[kind].append(elapsed)
            if response.status_code != expected:
                self.errors.append(f"{kind}: HTTP {response.status_code}")
        return response


def client_loop(url: str, username: str, submission_id: int, until: float, tally: Tally, report: bytes) -> None:
    browser = Browser(url)
    browser.sign_in(username, PASSWORD)
    mark_url = f"/tutor/submissions/{submission_id}/mark"
    check_token = token_on(browser.get("/check/").text)
    round_number = 0
    while time.monotonic() < until:
        round_number += 1
        tally.timed(
            "check",
            200,
            lambda: browser.post(
                "/check/",
                data={"csrf_token": check_token, "rubric": "cim-2206"},
                files={"document": ("report.docx", report)},
            ),
        )
        page = tally.timed("open marking", 200, lambda: browser.get(mark_url))
        if page is None or page.status_code != 200:
            continue
        mark = round_number % 5
        data = {f"mark-{part}": str(mark) for part in ("1a", "1b", "1c", "2a", "2b", "3a", "3b")}
        data.update(
            {
                "csrf_token": token_on(page.text),
                "version": version_on(page.text),
                "action": "save",
                "overall_comment": f"Round {round_number}",
            }
        )
        tally.timed("save marks", 302, lambda data=data: browser.post(mark_url, data=data))
    browser.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marker-soak-") as folder:
        root = Path(folder)
        database_url = args.database_url or f"sqlite:///{root / 'soak.sqlite3'}"
        people = prepare(database_url, root / "uploads", args.clients)
        env = {
            "MARKER_LOGIN_RATE_LIMIT": "100000 per minute",
            "MARKER_CHECK_RATE_LIMIT": "100000 per minute",
        }
        report = candidate_report()
        tally = Tally()
        with running_server(
            env, root / "server.log", workers=args.workers, threads=args.threads, app="marker:create_app()"
        ) as server:
            print(
                f"gunicorn: {args.workers} workers x {args.threads} threads on {server.url}; {args.clients} clients; "
                f"{os.cpu_count()} CPUs; database {database_url.split(':', 1)[0]}; report {len(report)} bytes"
            )
            until = time.monotonic() + args.seconds
            started = time.monotonic()
            threads = [
                threading.Thread(target=client_loop, args=(server.url, name, sid, until, tally, report))
                for name, sid in people
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
            log_tail = server.log.read_text()[-2000:] if tally.errors else ""
    everything = [value for values in tally.latencies.values() for value in values]
    print(f"ran {elapsed:.1f} s")
    for kind, values in tally.latencies.items():
        print(
            f"{kind:13} {len(values):6d} requests {len(values) / elapsed:7.2f}/s   "
            f"p50 {statistics.median(values) * 1000:7.1f} ms   p95 {percentile(values, 0.95) * 1000:7.1f} ms   "
            f"max {max(values) * 1000:7.1f} ms"
        )
    print(
        f"{'all':13} {len(everything):6d} requests {len(everything) / elapsed:7.2f}/s   "
        f"p50 {statistics.median(everything) * 1000:7.1f} ms   p95 {percentile(everything, 0.95) * 1000:7.1f} ms"
    )
    print(f"errors: {len(tally.errors)}" + (f"  (first: {tally.errors[:5]})" if tally.errors else ""))
    if log_tail:
        print("server log tail:\n" + log_tail)


if __name__ == "__main__":
    main()
