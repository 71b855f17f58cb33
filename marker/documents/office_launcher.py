"""Starts unoserver under LibreOffice's Python and ends it, with everything it started, when marker goes away.

Run by ``office_server.OfficeServer`` as a script with the Python that can import ``uno`` (Debian's
/usr/bin/python3 with python3-uno, from a venv holding unoserver), never imported by marker itself: it uses the
standard library only.

    python office_launcher.py <marker pid> <memory MB> <unoserver arguments...>

It leads its own process group (the caller starts it in a new session), limits the address space it and its
children may map (RLIMIT_AS, inherited by unoserver and soffice.bin), and starts unoserver. Then it watches: when
the marker process that started it is gone (killed with -9, say: its own exit handler never ran) or unoserver has
ended (LibreOffice crashed), it kills its whole process group, itself included, so no LibreOffice outlives either.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time

_WATCH_S = 0.25


def main(argv: list[str]) -> int:
    owner = int(argv[1])
    memory_mb = int(argv[2])
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    server = subprocess.Popen([sys.executable, "-m", "unoserver.server", *argv[3:]], stdin=subprocess.DEVNULL)
    while True:
        if os.getppid() != owner or server.poll() is not None:
            os.killpg(0, signal.SIGKILL)
        time.sleep(_WATCH_S)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
