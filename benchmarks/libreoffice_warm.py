"""Warm LibreOffice (unoserver, one per worker process) against LibreOffice started per document (run by hand).

    cd <checkout> && PYTHONPATH=$PWD .venv/bin/python benchmarks/libreoffice_warm.py [--runs 15] [--cold-runs 7]

On a generated 5,000-word DOCX report (seven parts, as benchmarks/check_speed.py makes it) it times:
  * the conversion to PDF alone: ``layout.convert_to_pdf`` cold (``soffice --convert-to pdf``, a fresh profile
    each time) and warm (the warm server, after its start, which is timed apart);
  * the path users take: ``check_upload`` (isolated read, then the layout, then the checks) with
    MARKER_LIBREOFFICE=cold and =warm.
Medians of sequential runs, conversions (or checks) per second as 1 / median, and the machine's load average
(os.getloadavg) before and after, since the machine is shared. Needs `make office-server` for the warm side.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_speed import report_docx

from marker.config import load_settings
from marker.documents import office_server
from marker.documents.layout import convert_to_pdf, soffice_path
from marker.rubric import default_library
from marker.service.checking import check_upload


def times(function: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        out.append(time.perf_counter() - start)
    return out


def show(label: str, seconds: list[float], unit: str) -> float:
    median = statistics.median(seconds)
    print(
        f"{label}: median {median * 1000:.0f} ms over {len(seconds)} runs (min {min(seconds) * 1000:.0f}, "
        f"max {max(seconds) * 1000:.0f}) = {1 / median:.2f} {unit}/s"
    )
    return median


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="warm runs")
    parser.add_argument("--cold-runs", type=int, default=7, help="cold runs (seconds each)")
    args = parser.parse_args()
    program = soffice_path()
    settings = load_settings()
    if program is None or not settings.office_python.is_file():
        sys.exit(f"needs LibreOffice and unoserver's Python ({settings.office_python}): make office-server")
    data = report_docx()
    rubric = default_library().get("cim-2206")
    print(f"5,000-word DOCX, {len(data):,} bytes; {os.cpu_count()} cores; load average before: {load()}")

    def cold() -> None:
        pdf, problem = convert_to_pdf(program, data, 120, warm=False)
        assert pdf is not None, problem

    office_server.configure(settings.office_python, settings.layout_memory_mb)
    server = office_server.configured_server()
    assert server is not None

    def warm() -> None:
        pdf, problem = convert_to_pdf(program, data, 120, warm=True)
        assert pdf is not None, problem

    cold_median = show("conversion, cold (soffice per document)", times(cold, args.cold_runs), "conversions")
    start = time.perf_counter()
    warm()
    print(f"warm server start + first conversion: {(time.perf_counter() - start) * 1000:.0f} ms (once per worker)")
    warm_median = show("conversion, warm (unoserver)", times(warm, args.runs), "conversions")
    assert server.starts == 1, "the warm runs restarted the server"
    print(f"warm conversions per second / cold: {cold_median / warm_median:.1f}×")

    cold_settings = dataclasses.replace(settings, layout_with_libreoffice=True, libreoffice_mode="cold")
    warm_settings = dataclasses.replace(settings, layout_with_libreoffice=True, libreoffice_mode="warm")

    def check(chosen: object) -> Callable[[], object]:
        def run() -> None:
            report = check_upload(chosen, data, "report.docx", rubric)  # type: ignore[arg-type]
            assert report.document.pages_source == "libreoffice"

        return run

    check_cold = show("check_upload, cold", times(check(cold_settings), args.cold_runs), "checks")
    check_warm = show("check_upload, warm", times(check(warm_settings), args.runs), "checks")
    print(f"check_upload warm / cold: {check_cold / check_warm:.1f}× faster; load average after: {load()}")
    office_server.stop_warm_offices()


if __name__ == "__main__":
    main()
