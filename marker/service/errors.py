"""The application layer's refusals; the web turns them into 403 / 404 pages, the CLI into one line."""

from __future__ import annotations

from marker.errors import MarkerError


class AccessDenied(MarkerError):
    """The person may not see or do this."""


class NotFound(MarkerError):
    """There is no such thing (or it has been purged)."""


class UploadRefused(MarkerError):
    """An upload that cannot be added to the assessment (duplicate candidate, wrong type)."""


class StaleMarking(MarkerError):
    """The marking changed (another tab, another person) since this copy of the page was opened."""


class MarkingClosed(MarkerError):
    """The marking is final, or belongs to someone else; it cannot be edited here."""


class Refused(MarkerError):
    """A change that would break a rule the person can see (the last tutor, an unknown role, yourself)."""
