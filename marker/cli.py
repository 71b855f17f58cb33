"""The `marker` command: check documents, manage rubrics, users and retention.

Each command calls the same core functions the web views call; errors meant for a person become one line on
standard error and exit code 2.
"""

from __future__ import annotations

import click


@click.group()
def main() -> None:
    """marker: assignment marking assistant and rubric engine."""
