"""The root of marker's errors: every error meant for a person carries a message written for them."""

from __future__ import annotations


class MarkerError(Exception):
    """An error with a message a person can act on; the CLI prints it, the web shows it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
