"""``policy-handbook explain``: how the analysis reads a text, for an officer who doubts a page."""

from __future__ import annotations

import json

import click


@click.group()
def explain() -> None:
    """Show how the handbook reads a text, and which words decided."""


@explain.command()
@click.argument("text")
@click.option("--lead-in", "lead_in", metavar="TEXT",
              help="The sentence a list item continues, e.g. \"Employees must not:\".")
@click.option("--title", metavar="TEXT",
              help="The title of the clause's document, which can add to the scope, e.g. \"Filming council meetings\".")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def stance(text: str, lead_in: str | None, title: str | None, as_json: bool) -> None:
    """Print the stance, strength, scope and qualifier proposed for TEXT, and the deciding words.

    The scope terms come from a fixed vocabulary (council equipment, personal equipment,
    working time, outside working time, personal accounts, official accounts, unless
    authorised, meetings); see README "How stances are read". A document's title can add
    to them: every rule of a protocol for meetings holds at meetings, and every rule of a
    channel's house rules, moderation policy or community guidelines on the body's own accounts.
    """
    from .analyse.stance import in_document, propose_stance

    if not text.strip():
        raise click.BadParameter("give the clause's text, e.g. \"Staff must not use council email.\"",
                                 param_hint="TEXT")
    own = propose_stance(text, lead_in or None)
    reading = in_document(own, title)
    from_title = [term for term in reading.scope if term not in own.scope]
    if as_json:
        click.echo(json.dumps({
            "stance": reading.stance,
            "strength": reading.strength,
            "scope": list(reading.scope),
            "scope_from_title": from_title,
            "qualifier": reading.qualifier,
            "cue": reading.cue,
            "cues": list(reading.cues),
            "summary": reading.describe(),
        }, ensure_ascii=False))
        return
    rows = [
        ("stance", reading.stance),
        ("strength", reading.strength),
        ("scope", ", ".join(reading.scope) or "(none stated)"),
        *([("from title", ", ".join(from_title))] if from_title else []),
        ("qualifier", reading.qualifier or "(none)"),
        ("decided by", "; ".join(f"“{cue}”" for cue in reading.cues) or "(no rule words: informative)"),
        ("summary", reading.describe()),
    ]
    for label, value in rows:
        click.echo(f"{label + ':':<12}{value}")


from .explain_change import explain_change  # noqa: E402

explain.add_command(explain_change)
