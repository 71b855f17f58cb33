"""`marker worker` whose checks stall after they start: the crash test kills it with SIGKILL mid-job.

Run as ``python tests/jobs/stalling_worker.py FLAG``: when a check starts, FLAG is written (so the test knows the
job is claimed and running) and the check then waits forever, as a worker stuck in a long conversion would.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import marker.service.check_jobs
from marker.cli import main


def _stall(*args: object, **kwargs: object) -> None:
    Path(sys.argv[1]).write_text("checking")
    while True:
        time.sleep(60)


if __name__ == "__main__":
    marker.service.check_jobs.check_upload = _stall  # type: ignore[assignment]
    main(["worker", "--threads", "1"])
