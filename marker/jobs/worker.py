"""Running jobs: a Huey consumer, plus a thread that hands back the jobs of workers that died.

``run_worker`` is ``marker worker`` (the main thread, with Huey's signal handling: Ctrl+C or SIGTERM finish the
jobs in hand, then stop). ``start_embedded`` is what ``marker serve`` starts beside the web server on one machine:
the same consumer in background threads, without taking over the server's signals.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from huey.consumer import Consumer

from marker.jobs.queue import Jobs

log = logging.getLogger(__name__)


class _EmbeddedConsumer(Consumer):  # type: ignore[misc]
    """A consumer that leaves signal handling to the process it runs in (the web server's Ctrl+C)."""

    def _set_signal_handlers(self) -> None:
        pass


def _recover_forever(jobs: Jobs, stop: threading.Event) -> None:
    # Half the lease: a dead worker's job waits at most one and a half leases before another worker takes it.
    interval = min(max(jobs.settings.job_lease_s / 2, 0.2), 30.0)
    while True:
        try:
            jobs.recover()
        except Exception:  # the database may be briefly away; the next round tries again
            log.warning("recovering stale jobs failed", exc_info=True)
        if stop.wait(interval):
            return


def _consumer_options(jobs: Jobs, threads: int | None) -> dict[str, Any]:
    return {
        "workers": threads or jobs.settings.worker_threads,
        "worker_type": "thread",
        "periodic": False,
        "max_delay": 1.0,  # an idle worker looks for new jobs at least every second
    }


def start_recovery(jobs: Jobs) -> threading.Event:
    """Start the thread that re-queues dead workers' jobs; set the returned event to stop it."""
    stop = threading.Event()
    threading.Thread(target=_recover_forever, args=(jobs, stop), name="marker-recover", daemon=True).start()
    return stop


def run_worker(jobs: Jobs, threads: int | None = None) -> None:
    """Consume jobs until stopped by a signal (``marker worker``)."""
    if jobs.immediate:
        raise ValueError("the queue runs jobs at once (MARKER_QUEUE_URL=immediate): there is nothing to consume")
    stop = start_recovery(jobs)
    try:
        jobs.huey.create_consumer(**_consumer_options(jobs, threads)).run()
    finally:
        stop.set()


class EmbeddedWorker:
    """Jobs consumed in background threads of this process; ``stop`` lets the jobs in hand finish."""

    def __init__(self, jobs: Jobs, threads: int | None = None) -> None:
        self._consumer = _EmbeddedConsumer(jobs.huey, **_consumer_options(jobs, threads))
        self._consumer.start()
        self._recovery = start_recovery(jobs)

    def stop(self) -> None:
        self._recovery.set()
        self._consumer.stop(graceful=True)


def start_embedded(jobs: Jobs, threads: int | None = None) -> EmbeddedWorker | None:
    """Start consuming jobs in background threads of this process (``marker serve``); None in immediate mode."""
    if jobs.immediate:
        return None
    return EmbeddedWorker(jobs, threads)
