"""The ``policy-handbook`` command: checks and tools for policy officers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .load.loader import load_corpus
from .load.problems import CorpusError
from .schema import write_schemas

DEFAULT_SOURCE = "source_policies"


def _load(directory: Path):
    try:
        return load_corpus(directory)
    except CorpusError as e:
        click.echo(e.report(), err=True)
        sys.exit(1)


@click.group()
@click.version_option(package_name="policy-handbook")
def main() -> None:
    """Compare, harmonise and publish staff policies kept as YAML."""


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=DEFAULT_SOURCE)
@click.option("--strict", is_flag=True, help="Also fail on warnings (unmapped or unaccounted clauses).")
def validate(directory: Path, strict: bool) -> None:
    """Check every policy file in DIRECTORY without building the site.

    Exits with status 1 and lists every problem as file:line:column when any is found.
    Warnings (a clause mapped to no topic, a replaced clause nobody accounts for) are listed
    too; they fail the check only with --strict, as they fail `mkdocs build --strict`.
    """
    from .analyse.advice import advisories

    corpus = _load(directory)
    warnings = advisories(corpus)
    for message in warnings:
        click.echo(f"warning: {message}", err=True)
    versions = sum(len(d.versions) for d in corpus.documents.values())
    click.echo(f"OK: {len(corpus.bodies)} bodies, {len(corpus.documents)} documents, {versions} versions, "
               f"{len(corpus.clauses())} clauses, {len(corpus.topics)} topics"
               + (f"; {len(warnings)} warning{'s' if len(warnings) != 1 else ''}." if warnings else "."))
    click.echo("To build: `mkdocs build` or `properdocs build`. Zensical runs no MkDocs plugin: run "
               "`policy-handbook generate` and build the folder it writes.")
    if strict and warnings:
        sys.exit(1)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=DEFAULT_SOURCE)
@click.option("--top", default=3, show_default=True, help="How many topics to suggest per clause.")
@click.option("--clause", "clause_refs", multiple=True, metavar="DOCUMENT/VERSION#CLAUSE",
              help="Suggest for these clauses, mapped or not (repeatable). Default: every unmapped clause.")
def suggest(directory: Path, top: int, clause_refs: tuple[str, ...]) -> None:
    """List the most likely topics for each unmapped clause, with scores.

    Nothing is changed: accept a suggestion by adding it to the clause's `topics:` in its file.
    """
    from .analyse.suggest import suggest_topics
    from .corpus import ClauseRef

    corpus = _load(directory)
    targets = None
    if clause_refs:
        targets = []
        for text in clause_refs:
            try:
                located = corpus.clause(ClauseRef.parse(text))
            except ValueError as e:
                raise click.BadParameter(str(e), param_hint="--clause") from None
            if located is None:
                raise click.BadParameter(f"'{text}' names no clause", param_hint="--clause")
            targets.append(located)
    suggestions = suggest_topics(corpus, targets, top=top)
    if not suggestions:
        click.echo("Every clause maps to a topic or is marked not_a_rule: nothing to suggest.")
        return
    for located, ranked in suggestions:
        where = corpus.files[located.document.id]
        number = f" ({located.clause.number})" if located.clause.number else ""
        click.echo(f"{where}: {located.version.id}#{located.clause.id}{number}")
        for s in ranked:
            click.echo(f"    {s.score:.3f}  {s.topic}: {corpus.topics[s.topic].title}")
    click.echo(f"{len(suggestions)} clause(s). Add the right topic to each clause's `topics:`; nothing was changed.")


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=f"{DEFAULT_SOURCE}/schema")
def schema(directory: Path) -> None:
    """Write the JSON Schemas of the YAML files into DIRECTORY."""
    for path in write_schemas(directory):
        click.echo(f"wrote {path}")


from .importer.command import import_command  # noqa: E402

main.add_command(import_command)

from .pdf_command import pdf_command  # noqa: E402
main.add_command(pdf_command)

from .receipt_command import verify_receipt  # noqa: E402
main.add_command(verify_receipt)

from .generate_command import generate_command  # noqa: E402
main.add_command(generate_command)

from .explain_command import explain  # noqa: E402
main.add_command(explain)

from .receipts.command import receipts  # noqa: E402
main.add_command(receipts)
