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
def validate(directory: Path) -> None:
    """Check every policy file in DIRECTORY without building the site.

    Exits with status 1 and lists every problem as file:line:column when any is found.
    """
    corpus = _load(directory)
    versions = sum(len(d.versions) for d in corpus.documents.values())
    click.echo(f"OK: {len(corpus.bodies)} bodies, {len(corpus.documents)} documents, {versions} versions, "
               f"{len(corpus.clauses())} clauses, {len(corpus.topics)} topics.")


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=f"{DEFAULT_SOURCE}/schema")
def schema(directory: Path) -> None:
    """Write the JSON Schemas of the YAML files into DIRECTORY."""
    for path in write_schemas(directory):
        click.echo(f"wrote {path}")
