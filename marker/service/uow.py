"""The unit of work: one session and the settings, and the one rule for commits.

A use case that changes state runs its whole change inside ``with uow.transaction():``. The change commits when
the block ends and is rolled back whole when anything in it raises, so no caller commits and nothing is ever
half-saved. Reads need no transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session, scoped_session

from marker.config import Settings


class JobQueue(Protocol):
    """Where use cases send long work (``marker.jobs`` implements it; the app factory and the worker wire it)."""

    def check_submission(self, submission_id: int) -> None:
        """Check a stored script (its row is committed, in state ``queued``)."""

    def unpack_batch(self, batch_id: int) -> None:
        """Add every file of a stored zip of scripts (its row is committed, in state ``queued``)."""

    def build_export(self, export_id: int) -> None:
        """Build a requested export (feedback zip, EQA pack; its row is committed, in state ``queued``)."""

    def compare_cohort(self, assessment_id: int) -> None:
        """Compare an assessment's indexed scripts for similarity and keep the report (idempotent)."""


@dataclass
class UnitOfWork:
    """What every use case needs: the database session, the settings it runs under and the job queue.

    Without a queue (``jobs=None``: a command, a test) long work runs in place, before the use case returns.
    """

    session: Session | scoped_session[Any]
    settings: Settings
    jobs: JobQueue | None = None
    _after_commit: list[Callable[[], None]] = field(default_factory=list, repr=False)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Commit the block's changes together, or none of them; then run what was waiting for the commit."""
        try:
            yield
            self.session.commit()
        except BaseException:
            self._after_commit.clear()
            self.session.rollback()
            raise
        waiting, self._after_commit[:] = list(self._after_commit), []
        for action in waiting:
            action()

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the current transaction commits (a job is queued only for rows that exist)."""
        self._after_commit.append(action)
