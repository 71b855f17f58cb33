"""Layout pools: CIM 2206 reports written by other hands, in layouts of their own, with truth by construction.

The generated corpus beside this package (``tests/corpus/layouts/generate.py``) was written together with the
reader it measures. A pool here is written from ``tests/corpus/layouts/POOL_BRIEF.md`` by a hand that has not
read marker's readers (``marker/documents``) or the checks, so what the reader makes of it is evidence about
documents the project has not seen. A pool is a module of this package with:

- ``DESCRIPTION``: one line saying what the pool's reports look like;
- ``REPORTS``: how many reports it makes;
- ``build(index) -> tuple[bytes, Truth]``: report ``index`` (0 to ``REPORTS - 1``) as DOCX bytes and its truth,
  the same bytes for the same index every time (seeded).

``ensure_pool`` writes the DOCX files and their truth under ``.cache/pools/<pool>-<hash>/`` (ignored by git),
converts them to PDF with LibreOffice and takes each PDF's page count as the truth for pages, as the generated
corpus does. ``benchmarks/layout_accuracy.py --pool NAME`` scores them.

``pool1`` to ``pool3``, ``pool7``, ``pool8``, ``pool11`` and ``pool12``, ``pool14`` to ``pool26``, ``pool28``,
``pool30`` to ``pool33``, ``pool37``, ``pool38``, ``pool41`` and ``pool42`` were measured once and then read and
tuned on (development data; ``pool18``, ``pool20``, ``pool25``, ``pool28``, ``pool30`` to ``pool33``, ``pool37`` and
``pool38`` held out for a while); ``pool4`` to ``pool6``, ``pool9``, ``pool10``, ``pool13``, ``pool27``, ``pool29``,
``pool34`` to ``pool36``, ``pool39``, ``pool40`` and ``pool43`` onwards are HELD OUT: report their
tables, never read what the reader misses in them.
Tuning on a held-out pool needs a new pool from another hand first.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from dataclasses import asdict
from pathlib import Path
from types import ModuleType

from tests.corpus.layouts.generate import CACHE, LIMIT_GROUPS, Truth, convert_to_pdf, pdf_page_count

HERE = Path(__file__).resolve().parent


def pool_names() -> list[str]:
    """Every pool module in this package, sorted."""
    return sorted(path.stem for path in HERE.glob("*.py") if not path.stem.startswith("_"))


def load_pool(name: str) -> ModuleType:
    if name not in pool_names():
        raise ValueError(f"no layout pool named {name!r}; there are: {', '.join(pool_names()) or 'none'}")
    return importlib.import_module(f"{__name__}.{name}")


def pool_dir(name: str) -> Path:
    """The cache folder of a pool's files: changes whenever the pool's module or the shared builder does."""
    digest = hashlib.sha256((HERE / f"{name}.py").read_bytes())
    digest.update((HERE.parent / "generate.py").read_bytes())
    return CACHE / "pools" / f"{name}-{digest.hexdigest()[:12]}"


def checked_truth(truth: Truth, name: str) -> Truth:
    """The truth as the pool recorded it, refused if it does not hold together: seven parts, each limit group
    the sum of its parts."""
    parts = {"1a", "1b", "1c", "2a", "2b", "3a", "3b"}
    if set(truth.part_words) != parts:
        raise ValueError(f"{name}: truth has parts {sorted(truth.part_words)}, not the brief's seven")
    for group, members in LIMIT_GROUPS.items():
        if truth.group_words.get(group) != sum(truth.part_words[part] for part in members):
            raise ValueError(f"{name}: truth for {group} is not the sum of its parts' words")
    return truth


def ensure_pool(name: str, *, pdf: bool = True) -> tuple[Path, list[Truth]]:
    """Build (or take from the cache) every report of a pool, with PDFs unless ``pdf`` is false."""
    module = load_pool(name)
    folder = pool_dir(name)
    folder.mkdir(parents=True, exist_ok=True)
    truths: list[Truth] = []
    to_convert: list[Path] = []
    for index in range(module.REPORTS):
        truth_file = folder / f"{name}-{index:02d}.json"
        if truth_file.exists():
            truth = Truth(**json.loads(truth_file.read_text()))
        else:
            data, truth = module.build(index)
            truth = checked_truth(truth, f"{name} report {index}")
            truth.name = f"{name}-{index:02d}"
            truth.split = name
            (folder / f"{truth.name}.docx").write_bytes(data)
            truth_file.write_text(json.dumps(asdict(truth), indent=1))
        if pdf and not (folder / f"{truth.name}.pdf").exists():
            to_convert.append(folder / f"{truth.name}.docx")
        truths.append(truth)
    if to_convert:
        convert_to_pdf(to_convert, folder)
    for truth in truths:
        pdf_file = folder / f"{truth.name}.pdf"
        if truth.pages is None and pdf_file.exists():
            truth.pages = pdf_page_count(pdf_file)
            (folder / f"{truth.name}.json").write_text(json.dumps(asdict(truth), indent=1))
    return folder, truths
