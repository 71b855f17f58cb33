"""A web worker starts lean: the heavy libraries are imported when first used, not by ``create_app``.

The readers (lxml, pypdf with Pillow and fontTools, pypdfium2) run in the warm reader's children; spaCy loads
with the first quotation checked; python-docx, fpdf2 and matplotlib with the first export or plot.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ["spacy", "textstat", "nltk", "scipy", "matplotlib", "fpdf", "docx", "PIL", "fontTools", "pypdf", "pypdfium2"]


def test_create_app_imports_none_of_the_heavy_libraries(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from marker import create_app\n"
        f"create_app({{'INSTANCE_PATH': {str(tmp_path)!r}}})\n"
        f"print(json.dumps(sorted(name for name in {HEAVY!r} if name in sys.modules)))\n"
    )
    env = {**os.environ, "MARKER_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", "MARKER_SECRET_KEY": "test"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
