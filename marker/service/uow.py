"""The unit of work: one session and the settings, and the one rule for commits.

A use case that changes state runs its whole change inside ``with uow.transaction():``. The change commits when
the block ends and is rolled back whole when anything in it raises, so no caller commits and nothing is ever
half-saved. Reads need no transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, scoped_session

from marker.config import Settings


@dataclass
class UnitOfWork:
    """What every use case needs: the database session and the settings it runs under."""

    session: Session | scoped_session[Any]
    settings: Settings

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Commit the block's changes together, or none of them."""
        try:
            yield
            self.session.commit()
        except BaseException:
            self.session.rollback()
            raise
