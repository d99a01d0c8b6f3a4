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
    from .analyse.status import BuildDateError, build_date

    corpus = _load(directory)
    try:
        build_date()
    except BuildDateError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    warnings = advisories(corpus)
    for message in warnings:
        click.echo(f"warning: {message}", err=True)
    versions = sum(len(d.versions) for d in corpus.documents.values())
    counts = (f"{len(corpus.bodies)} bodies, {len(corpus.documents)} documents, {versions} versions, "
              f"{len(corpus.clauses())} clauses, {len(corpus.topics)} topics")
    counted = f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
    if strict and warnings:
        click.echo(f"Not ready to publish: {counts}; {counted}, each listed above with its file and line. "
                   "Fix them and run `policy-handbook validate --strict` again: `mkdocs build --strict` "
                   "fails on the same warnings.", err=True)
        sys.exit(1)
    click.echo(f"OK: {counts}" + (f"; {counted}." if warnings else "."))
    click.echo("To build: `mkdocs build` or `properdocs build`. Zensical runs no MkDocs plugin: run "
               "`policy-handbook generate` and build the folder it writes.")


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=DEFAULT_SOURCE)
@click.option("--top", default=3, show_default=True, help="How many proposals to list per clause.")
@click.option("--clause", "clause_refs", multiple=True, metavar="DOCUMENT/VERSION#CLAUSE",
              help="Suggest for these clauses, mapped or not (repeatable). Default: every unmapped clause.")
@click.option("--write", is_flag=True,
              help="Record the best proposal for each unmapped clause in its file, as `mapping: proposed`.")
def suggest(directory: Path, top: int, clause_refs: tuple[str, ...], write: bool) -> None:
    """List the most likely topics (or reasons to state no rule) for each unmapped clause.

    Without --write nothing is changed. With --write the best proposal is added to each
    unmapped clause, each list item and its lead-in included (`topics: [id]` or
    `not_a_rule: reason`, with `mapping: proposed`); accept it by deleting the
    `mapping: proposed` line, or correct it.
    """
    from .analyse.suggest import suggest_topics
    from .corpus import ClauseRef

    corpus = _load(directory)
    targets = None
    if clause_refs:
        if write:
            raise click.BadParameter("--write records proposals for every unmapped clause; leave out --clause",
                                     param_hint="--write")
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
            name = corpus.topics[s.topic].title if s.topic else "states no rule"
            click.echo(f"    {s.score:.3f}  {s.label}: {name}")
    if not write:
        click.echo(f"{len(suggestions)} clause(s). Add the right topic to each clause's `topics:` (or run "
                   "`policy-handbook suggest --write`); nothing was changed.")
        return
    _write_proposals(corpus, suggestions)


def _write_proposals(corpus, suggestions) -> None:
    from .mapping_writer import MappingWriteError, Proposal, record_proposals

    by_file: dict[Path, list[Proposal]] = {}
    for located, ranked in suggestions:
        best = ranked[0]
        by_file.setdefault(corpus.files[located.document.id], []).append(
            Proposal(located.version.id, located.clause.id, best.topic, best.not_a_rule))
    edited, refused = {}, []
    for path, proposals in by_file.items():
        try:
            # As bytes, so that CRLF line endings are kept.
            edited[path] = record_proposals(path.read_bytes().decode("utf-8"), proposals)
        except MappingWriteError as e:
            refused.append(f"{path}: {e}")
    if refused:  # all files or none, so that a second run starts from where the first did
        for message in refused:
            click.echo(message, err=True)
        click.echo(f"Nothing was written: {len(refused)} of {len(by_file)} file(s) cannot take their proposals "
                   "as they are. Fix them and run `policy-handbook suggest --write` again.", err=True)
        sys.exit(1)
    written = 0
    for path, (text, recorded) in edited.items():
        path.write_bytes(text.encode("utf-8"))
        for entry in recorded:
            p = entry.proposal
            what = f"topics: [{p.topic}]" if p.topic else f"not_a_rule: {p.not_a_rule}"
            click.echo(f"{path}:{entry.line}: {p.version}#{p.clause}: {what} (mapping: proposed)")
        written += len(recorded)
    click.echo(f"Recorded {written} proposed mapping(s) as `mapping: proposed`. Check each: delete the "
               "`mapping: proposed` line to accept it, or correct `topics:` / `not_a_rule:` first.")


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

from .body_command import add_body  # noqa: E402
main.add_command(add_body)

from .generate_command import generate_command  # noqa: E402
main.add_command(generate_command)

from .explain_command import explain  # noqa: E402
main.add_command(explain)

from .receipts.command import receipts  # noqa: E402
main.add_command(receipts)
