"""``policy-handbook explain change OLD NEW``: is a change of wording editorial or substantive, and why."""

from __future__ import annotations

import json

import click

from .analyse.classify import ChangeVerdict, classify_change
from .text import to_plain


def describe(verdict: ChangeVerdict) -> str:
    """The verdict in words, one reason a line."""
    if not verdict.changed:
        return "No change: the two texts are identical."
    head = ("Substantive: this change can alter what the rule requires."
            if verdict.substantive else "Editorial: this change cannot alter what the rule requires.")
    lines = [head]
    for reason in verdict.reasons:
        weight = "substantive" if reason.substantive else "editorial"
        lines.append(f"  - {reason.category} ({weight}): {reason.explanation}")
    return "\n".join(lines)


@click.command("change")
@click.argument("old")
@click.argument("new")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: kind, changed and reasons.")
def explain_change(old: str, new: str, as_json: bool) -> None:
    """Say whether changing OLD into NEW is editorial or substantive, and why.

    Editorial: punctuation, case, spelling variants, contractions (don't / do not) and
    numbering. Anything else is substantive: negation, negating prefixes (authorised /
    unauthorised), modal verbs (must / should / may), numbers, dates, times, durations,
    named bodies and roles, and any other change of words. Markdown marks are ignored.
    """
    verdict = classify_change(to_plain(old), to_plain(new))
    if as_json:
        click.echo(json.dumps(verdict.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(describe(verdict))
