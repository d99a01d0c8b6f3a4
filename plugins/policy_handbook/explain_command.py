"""``policy-handbook explain``: how the analysis reads a text, for an officer who doubts a page."""

from __future__ import annotations

import click


@click.group("explain")
def explain() -> None:
    """Show how the handbook reads a text, and the words that decided it."""


from .explain_change import explain_change  # noqa: E402

explain.add_command(explain_change)
