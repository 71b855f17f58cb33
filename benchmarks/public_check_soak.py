"""Soak of the public candidate check under gunicorn: throughput, latency, errors and each worker's peak memory.

Run by hand from the repository root (prints numbers, asserts nothing):

    PYTHONPATH=. /work/main/.venv/bin/python benchmarks/public_check_soak.py [--seconds 60] [--clients 8]
        [--workers 3] [--threads 2]

It starts the real app (``marker:create_app()``, as the README serves it) under gunicorn on 127.0.0.1 with a
temporary SQLite database and upload folder and the default settings but for the check rate limit (raised, or
the soak would measure the limiter). Then ``--clients`` threads, each a candidate's browser, fetch the form for
its CSRF token and post, in turn, a 5,000-word PDF and a 5,000-word DOCX carrying Word's own layout
(``w:lastRenderedPageBreak`` agreeing with the saved page count, so no LibreOffice runs) to ``/check/``, the
path a candidate takes: upload, read in an isolated child under time and memory limits, check, report page.

Issue 15's targets: >= 15 checks/s, p95 <= 1 s for both kinds, 0 errors (any status but 200, a page without
the report, or a failed connection), and each web worker's peak RSS <= 250 MB. The first check of each kind
by each client is a warm-up (it loads spaCy in a worker) and is reported apart. Peak RSS is the kernel's high
water mark (VmHWM) of each worker at the end; PSS (what a worker costs once shared pages are split among the
processes sharing them) is sampled every 0.2 s. The machine's load average is printed before and after.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import requests  # noqa: E402
from check_speed import AUTHORS, PARTS, paragraphs, report_docx  # noqa: E402

from tests.hardening.server import running_server, token_on  # noqa: E402

# The report page names the parts it found; an error page does not.
_REPORT_MARK = "Task 3 (b)"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" ({os.cpu_count()} CPUs)"


def with_word_layout(data: bytes, lines_per_page: int = 46, chars_per_line: int = 95) -> bytes:
    """The DOCX with page breaks as Word records them when it saves (``w:lastRenderedPageBreak`` in the first
    run of each paragraph that begins a page) and the page count in docProps/app.xml agreeing with them."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    pieces = re.split(r"(<w:p[ >].*?</w:p>)", xml, flags=re.S)
    lines, pages = 0, 1
    for index, piece in enumerate(pieces):
        if not piece.startswith("<w:p"):
            continue
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", piece))
        needed = max(1, -(-len(text) // chars_per_line)) + 1
        if lines + needed > lines_per_page and lines > 0 and "<w:r>" in piece:
            pieces[index] = piece.replace("<w:r>", "<w:r><w:lastRenderedPageBreak/>", 1)
            pages, lines = pages + 1, 0
        lines += needed
    parts["word/document.xml"] = "".join(pieces).encode("utf-8")
    app = parts["docProps/app.xml"].decode("utf-8")
    if "<Pages>" in app:
        app = re.sub(r"<Pages>\d*</Pages>", f"<Pages>{pages}</Pages>", app)
    else:
        app = app.replace("</Properties>", f"<Pages>{pages}</Pages></Properties>")
    parts["docProps/app.xml"] = app.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


def cited_report_pdf(citations_per_part: int = 9) -> bytes:
    """The DOCX's report as a PDF (same parts, words, citations, quotations and reference list)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6.5, "Candidate 123456 - Mastering Digital Channels", new_x="LMARGIN", new_y="NEXT")
    used = 0
    for title, words in PARTS:
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for text in paragraphs(words, used, citations_per_part):
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        used += citations_per_part
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "References", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for name in sorted(AUTHORS[:used]):
        pdf.multi_cell(0, 6.5, f"{name}, A. (2019) A book about channels. London: Kogan Page.", new_x="LMARGIN",
                       new_y="NEXT")  # fmt: skip
        pdf.ln(3)
    return bytes(pdf.output())


def documents() -> dict[str, tuple[str, bytes]]:
    """The two uploads, checked in this process first: the DOCX must not need LibreOffice."""
    from marker.documents import read_document
    from marker.documents.layout import pages_confirmed

    docx_data = with_word_layout(report_docx(citations_per_part=9))
    document = read_document(docx_data, "report.docx", layout="never")
    assert pages_confirmed(document), (document.pages_source, document.pages, document.saved_pages)
    words = sum(len(block.text.split()) for block in document.blocks)
    pdf_data = cited_report_pdf()
    pdf_document = read_document(pdf_data, "report.pdf")
    pdf_words = sum(len(block.text.split()) for block in pdf_document.blocks)
    print(
        f"uploads: DOCX {len(docx_data):,} bytes, {words:,} words, {document.pages} pages as Word laid it out "
        f"(source {document.pages_source}); PDF {len(pdf_data):,} bytes, {pdf_words:,} words, "
        f"{pdf_document.pages} pages; both with about 60 citations, quotations and a 60-entry reference list"
    )
    return {"docx": ("report.docx", docx_data), "pdf": ("report.pdf", pdf_data)}


def prepare(folder: Path) -> dict[str, str]:
    """The server's environment, with its database created by ``marker upgrade-db`` as the README says."""
    env = {
        "MARKER_DATABASE_URL": f"sqlite:///{folder / 'soak.sqlite3'}",
        "MARKER_UPLOAD_DIR": str(folder / "uploads"),
        "MARKER_SECRET_KEY": "soak-secret",
        "MARKER_CHECK_RATE_LIMIT": "1000000 per minute",
    }
    (folder / "uploads").mkdir()
    subprocess.run(
        [sys.executable, "-m", "marker.cli", "upgrade-db"],
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
    )
    return env


class Tally:
    """Latencies per kind and errors, shared by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.warmup: list[float] = []
        self.errors: list[str] = []

    def add(self, kind: str, seconds: float, error: str | None, *, warmup: bool) -> None:
        with self.lock:
            if error:
                self.errors.append(f"{kind}: {error}")
            elif warmup:
                self.warmup.append(seconds)
            else:
                self.latencies[kind].append(seconds)


def check_once(session: requests.Session, url: str, token: str, upload: tuple[str, bytes]) -> str | None:
    """Post one check; the error, or None when the report came back."""
    try:
        response = session.post(
            f"{url}/check/",
            data={"csrf_token": token, "rubric": "cim-2206"},
            files={"document": upload},
            # A new connection a check: kept-alive connections stay with the worker that accepted them, and
            # eight of them could all land on one worker (two threads) while the others idled.
            headers={"Connection": "close"},
            timeout=120,
        )
    except requests.RequestException as error:
        return type(error).__name__
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    if _REPORT_MARK not in response.text:
        return "no report on the page"
    return None


def client(url: str, uploads: dict[str, tuple[str, bytes]], start: threading.Event, until: list[float],
           tally: Tally, turn: int) -> None:  # fmt: skip
    session = requests.Session()
    token = token_on(session.get(f"{url}/check/", timeout=60).text)
    for kind, upload in uploads.items():  # warm-up: one of each
        began = time.perf_counter()
        error = check_once(session, url, token, upload)
        tally.add(kind, time.perf_counter() - began, error, warmup=True)
    start.wait()
    kinds = list(uploads)
    while time.monotonic() < until[0]:
        kind = kinds[turn % len(kinds)]
        turn += 1
        began = time.perf_counter()
        error = check_once(session, url, token, uploads[kind])
        tally.add(kind, time.perf_counter() - began, error, warmup=False)
    session.close()


def children_of(pid: int) -> list[int]:
    """A process's children, from every one of its threads (a threaded worker forks from any)."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError), open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
    return found


def status_kb(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and of its children it has reaped (utime, stime, cutime, cstime)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def tree(pid: int) -> list[int]:
    """A process and all its descendants."""
    out, pending = [], [pid]
    while pending:
        current = pending.pop()
        out.append(current)
        pending.extend(children_of(current))
    return out


def tree_cpu(pid: int) -> float:
    return sum(cpu_seconds(member) for member in tree(pid))


class Memory:
    """Samples every 0.2 s the workers (the gunicorn master's children), each worker's warm reader (its
    long-lived child running ``marker.documents.warm_reader``) and the reading children (all the others)."""

    def __init__(self, master: int) -> None:
        self.master = master
        self.peak_pss: dict[int, int] = defaultdict(int)
        self.hwm: dict[int, int] = {}
        self.readers: dict[int, int] = {}  # warm reader: peak RSS
        self.readers_pss: dict[int, int] = defaultdict(int)
        self.peak_child_rss = 0
        self.children_seen: set[int] = set()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def sample(self) -> None:
        for worker in children_of(self.master):
            self.peak_pss[worker] = max(self.peak_pss[worker], pss_kb(worker))
            hwm = status_kb(worker, "VmHWM")
            if hwm:
                self.hwm[worker] = hwm
            for child in children_of(worker):
                if self.is_warm_reader(child):
                    self.readers[child] = max(self.readers.get(child, 0), status_kb(child, "VmHWM"))
                    self.readers_pss[child] = max(self.readers_pss[child], pss_kb(child))
                    grandchildren = children_of(child)
                else:
                    grandchildren = [child]
                for reading in grandchildren:
                    self.children_seen.add(reading)
                    self.peak_child_rss = max(self.peak_child_rss, status_kb(reading, "VmRSS"))

    @staticmethod
    def is_warm_reader(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                return b"marker.documents.warm_reader" in handle.read()
        except OSError:
            return False

    def run(self) -> None:
        while not self.stop.is_set():
            self.sample()
            self.stop.wait(0.2)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--kinds", default="docx,pdf", help="which uploads the clients post: docx, pdf or both")
    args = parser.parse_args()
    print(f"load average before: {load()}")
    uploads = {kind: upload for kind, upload in documents().items() if kind in args.kinds.split(",")}
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="marker-public-soak-") as folder:
        env = prepare(Path(folder))
        with running_server(
            env, Path(folder) / "server.log", workers=args.workers, threads=args.threads, app="marker:create_app()"
        ) as server:
            print(
                f"gunicorn: {args.workers} workers x {args.threads} threads (gthread) on {server.url}; "
                f"{args.clients} clients; code from {ROOT}"
            )
            memory = Memory(server.process.pid)
            memory.thread.start()
            start, until = threading.Event(), [float("inf")]
            threads = [
                threading.Thread(target=client, args=(server.url, uploads, start, until, tally, turn))
                for turn in range(args.clients)
            ]
            for thread in threads:
                thread.start()
            while len(tally.warmup) + len(tally.errors) < len(uploads) * args.clients and any(
                t.is_alive() for t in threads
            ):
                time.sleep(0.1)
            print(
                f"warm-up: {len(tally.warmup)} checks, slowest {max(tally.warmup, default=0) * 1000:.0f} ms; "
                f"load average {load()}"
            )
            server_cpu_before = tree_cpu(server.process.pid)
            own = os.times()
            started = time.monotonic()
            until[0] = started + args.seconds
            start.set()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
            server_cpu = tree_cpu(server.process.pid) - server_cpu_before
            own_after = os.times()
            client_cpu = (own_after.user - own.user) + (own_after.system - own.system)
            memory.stop.set()
            memory.thread.join()
            memory.sample()
            log_tail = server.log.read_text()[-3000:] if tally.errors else ""
    everything = [value for values in tally.latencies.values() for value in values]
    print(f"ran {elapsed:.1f} s")
    for kind, values in sorted(tally.latencies.items()):
        print(
            f"  {kind:5} {len(values):5d} checks {len(values) / elapsed:6.2f}/s   "
            f"p50 {statistics.median(values) * 1000:6.0f} ms   p95 {percentile(values, 0.95) * 1000:6.0f} ms   "
            f"max {max(values) * 1000:6.0f} ms"
        )
    if everything:
        verdict = "meets" if len(everything) / elapsed >= 15 and percentile(everything, 0.95) <= 1 else "MISSES"
        print(
            f"  all   {len(everything):5d} checks {len(everything) / elapsed:6.2f}/s   "
            f"p50 {statistics.median(everything) * 1000:6.0f} ms   p95 {percentile(everything, 0.95) * 1000:6.0f} ms"
            f"   (target >= 15/s, p95 <= 1 s: {verdict})"
        )
    print(f"errors: {len(tally.errors)}" + (f"  (first: {tally.errors[:5]})" if tally.errors else ""))
    if everything:
        per_check = server_cpu / len(everything)
        cores = os.cpu_count() or 1
        print(
            f"server CPU (gunicorn, workers, warm readers, reading children): {server_cpu:.1f} s = "
            f"{per_check * 1000:.0f} ms a check; the clients used {client_cpu:.1f} s. On {cores} cores given "
            f"to the server alone that is at most {cores / per_check:.1f} checks/s (an estimate: this machine is "
            "shared, so the measured rate above is what it managed beside the other work)"
        )
    for worker in sorted(memory.hwm):
        hwm_mb, pss_mb = memory.hwm[worker] / 1024, memory.peak_pss[worker] / 1024
        verdict = "meets" if hwm_mb <= 250 else "MISSES"
        print(f"  worker {worker}: peak RSS {hwm_mb:.0f} MB (target <= 250 MB: {verdict}); peak PSS {pss_mb:.0f} MB")
    for reader in sorted(memory.readers):
        print(
            f"  warm reader {reader}: peak RSS {memory.readers[reader] / 1024:.0f} MB, "
            f"peak PSS {memory.readers_pss[reader] / 1024:.0f} MB"
        )
    print(
        f"  reading children seen by the sampler: {len(memory.children_seen)}, largest RSS "
        f"{memory.peak_child_rss / 1024:.0f} MB"
    )
    print(f"load average after: {load()}")
    if log_tail:
        print("server log tail:\n" + log_tail)


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
