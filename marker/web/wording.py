"""Words for numbers on the pages: "1 page", "2 pages"."""

from __future__ import annotations


def plural(count: int | None, word: str, many: str | None = None) -> str:
    """The count with the word in the form it takes ("1 tutor", "2 tutors", "0 scripts")."""
    number = count or 0
    return f"{number} {word if number == 1 else (many or word + 's')}"
