"""Time the hostile-file corpus through `marker check`, as a person would run it, and print the slowest.

Run by hand: ``.venv/bin/python benchmarks/hostile_files.py [--jobs N]``. Each file is checked by a fresh
``marker check`` process (so the numbers include starting Python and loading the rubric library); the first
line prints that start-up cost alone. Files are run one at a time unless --jobs says otherwise.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hardening.corpus import OK, HostileFile, hostile_corpus

MARKER = Path(sys.executable).parent / "marker"


def run_check(path: Path) -> tuple[float, int, str]:
    """Seconds taken, exit code and the first line of stderr for one `marker check`."""
    start = time.perf_counter()
    done = subprocess.run([str(MARKER), "check", str(path)], capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    return elapsed, done.returncode, (done.stderr.splitlines() or [""])[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=1, help="files checked at once")
    args = parser.parse_args()
    corpus = hostile_corpus()
    with tempfile.TemporaryDirectory(prefix="marker-hostile-") as folder:
        paths = {}
        for item in corpus:
            paths[item.name] = Path(folder) / item.name
            paths[item.name].write_bytes(item.data)
        baseline = run_check(paths["empty.pdf"])[0]
        print(f"start-up (marker check of an empty file): {baseline:.2f} s")

        def one(item: HostileFile) -> tuple[HostileFile, tuple[float, int, str]]:
            return item, run_check(paths[item.name])

        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(one, corpus))
    wrong = 0
    for item, (elapsed, code, line) in sorted(results, key=lambda pair: -pair[1][0]):
        expected_exit = 0 if item.expected == OK else 2
        flag = "" if code == expected_exit else "  <-- unexpected exit code"
        wrong += bool(flag)
        print(f"{elapsed:7.2f} s  exit {code}  {item.name:24} {item.expected:15} {line[:70]}{flag}")
    slowest_item, (slowest, _code, _line) = max(results, key=lambda pair: pair[1][0])
    total = sum(elapsed for _item, (elapsed, _c, _l) in results)
    print(
        f"\n{len(results)} files, {total:.1f} s in all; slowest {slowest_item.name}: {slowest:.2f} s "
        f"({slowest - baseline:.2f} s beyond start-up); unexpected exit codes: {wrong}"
    )


if __name__ == "__main__":
    main()
