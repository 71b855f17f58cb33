"""The errors moderation raises, each with a message a moderator can act on."""

from __future__ import annotations

from marker.errors import MarkerError


class ModerationError(MarkerError):
    """Something a moderator asked for cannot be done as asked."""


class AllocationError(ModerationError):
    """An allocation would break a rule (the same person twice on a script, too few markers)."""


class InvalidAgreedMarks(ModerationError):
    """Agreed marks that are missing, out of range, or lack the rationale moderation needs.

    ``problems`` maps a part id (or ``""`` for the whole marking) to what is wrong with it, so a form can show
    every problem at once rather than the first.
    """

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("The agreed marks are not complete: " + "; ".join(self.problems.values()))
