"""``policy-handbook verify-receipt``: check an acknowledgement receipt's fingerprint."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from .load.loader import load_corpus
from .load.problems import CorpusError
from .receipt import MAX_RECEIPT_BYTES, Known, ReceiptError, example_text, known_from_corpus, known_from_site, parse_receipt, verify
from .render.acknowledge import FINGERPRINTS

DEFAULT_SOURCE = Path("source_policies")


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(1)


def _read(path: Path, what: str, limit: int | None = None) -> str:
    try:
        if limit is not None and path.stat().st_size > limit:
            _fail(f"{path} is not {what}: it is {path.stat().st_size:,} bytes long (a receipt is under 1 KB; "
                  f"the limit is {limit:,}).")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        _fail(f"{path} is not {what}: it is not UTF-8 text.")
    except OSError as e:
        _fail(f"cannot read {path}: {e.strerror or e}.")


def _known_from_site(site: Path) -> tuple[Known, str]:
    path = site / FINGERPRINTS
    if not path.is_file():
        _fail(f"{path} does not exist: is {site} a handbook built by policy-handbook, with a policy of a "
              "'handbook project' body? Build it with `mkdocs build`, or check against the sources with --source.")
    try:
        return known_from_site(_read(path, "a list of fingerprints")), f"the site at {site}"
    except ReceiptError as e:
        _fail(f"{path}: {e}.")


def _known_from_source(source: Path) -> tuple[Known, str]:
    try:
        corpus = load_corpus(source)
    except CorpusError as e:
        _fail(e.report())
    return known_from_corpus(corpus), f"the policy sources in {source}"


@click.command("verify-receipt")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--site", "site", type=click.Path(file_okay=False, path_type=Path),
              help="Check against the fingerprints of this built site (its acknowledge/fingerprints.json).")
@click.option("--source", "source", type=click.Path(path_type=Path),
              help=f"Recompute the fingerprint from these policy sources [default: {DEFAULT_SOURCE}].")
def verify_receipt(file: Path, site: Path | None, source: Path | None) -> None:
    """Check that an acknowledgement receipt's fingerprint is that of the version it names.

    FILE is the receipt (JSON) that an acknowledgement page gave the reader. Prints
    "valid: matches DOCUMENT VERSION" and exits 0, or says what does not match and exits 1.
    """
    if site is not None and source is not None:
        raise click.UsageError("give --site or --source, not both")
    try:
        receipt = parse_receipt(_read(file, "a receipt", MAX_RECEIPT_BYTES))
    except ReceiptError as e:
        _fail(f"{file} is not a receipt: {e}.\nA receipt is the JSON file an acknowledgement page downloads, "
              f"for example:\n{example_text()}")
    known, where = _known_from_site(site) if site is not None else _known_from_source(source or DEFAULT_SOURCE)
    verdict = verify(receipt, known, where)
    click.echo(verdict.message)
    sys.exit(0 if verdict.valid else 1)
