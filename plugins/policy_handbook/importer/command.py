"""``policy-handbook import``: add a body's policy, or a new version of one, from a document.

The file written is checked with the corpus loader before it is written (in a copy of the
source folder) and again after; nothing is overwritten without ``--force``, and every file
written is named in the output.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import get_args

import click

from ..corpus import Corpus
from ..load.loader import DOCUMENTS_DIR, load_corpus
from ..load.problems import CorpusError
from ..placeholders import ATTRIBUTION_NOTE, PLACEHOLDERS, SOURCE_NOTE, find_placeholders
from ..model import Attribution, Document, DocumentKind, SourceRef, Version
from .draft import Note
from .ids import cut_at_word, slug, unique
from .pipeline import Imported, import_file
from .read import ReadError
from .write import WriteError, append_version, document_yaml

DEFAULT_SOURCE = "source_policies"


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--body", "body_id", required=True, metavar="ID", help="Id of the body in bodies.yml.")
@click.option("--document", "document_id", metavar="ID",
              help="Id of the document. One already in the corpus gets a new draft version; "
                   "default for a new document: the body's id and the title.")
@click.option("--version", "version_label", metavar="LABEL",
              help="Label of the version, e.g. '2024 revision'; its id is made from it.")
@click.option("--title", help="Title of the document (default: from its title page, else the file name).")
@click.option("--source-title", metavar="TEXT",
              help="Title of the source the version is taken from [default: --title, else the title on its "
                   "title page, else the document's title].")
@click.option("--source-url", metavar="URL", help="Address the source was published at.")
@click.option("--kind", type=click.Choice(get_args(DocumentKind)), help="Kind of a new document [default: policy].")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False),
              help="Write here instead of source_policies/documents/.")
@click.option("--source-dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_SOURCE,
              show_default=True, help="The policy folder.")
@click.option("--start-at", metavar="LINE",
              help="Skip what comes before this line: its number (as the report counts lines) or its "
                   "exact text, e.g. to leave out a committee report the policy is appended to.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def import_command(file: Path, body_id: str, document_id: str | None, version_label: str | None,
                   title: str | None, source_title: str | None, source_url: str | None, kind: str | None,
                   out: Path | None, source_dir: Path, start_at: str | None, force: bool) -> None:
    """Import FILE (.txt, .md, .docx or .pdf) as a draft in the project's YAML format.

    Prints a report of what was found and changed, writes the YAML, and validates it.
    """
    corpus = _load(source_dir)
    if body_id not in corpus.bodies:
        known = ", ".join(sorted(corpus.bodies)) or "none yet"
        raise click.ClickException(f"unknown body '{body_id}' — use a body from {source_dir / 'bodies.yml'} "
                                   f"({known}), or add the body there first")
    existing = corpus.documents.get(document_id) if document_id else None
    if existing is not None and existing.body != body_id:
        raise click.ClickException(f"document '{existing.id}' belongs to '{existing.body}', not '{body_id}'")
    previous = _latest(existing) if existing else None
    try:
        imported = import_file(file, start_at=start_at, title=title or (existing.title if existing else None),
                               previous=previous)
    except ReadError as e:
        raise click.ClickException(str(e)) from None
    if not imported.report.counts["clauses"]:
        raise click.ClickException(f"found no clauses in {file}; is it the policy itself (not a scan)?")
    if existing is not None:
        source = _source(file, source_title or title or imported.draft.title or existing.title, source_url)
        target, inside, text, summary = _new_version(corpus, existing, imported, version_label, source)
    else:
        target, inside, text, summary = _new_document(corpus, source_dir, body_id, document_id, imported, file,
                                                      version_label, title, kind, source_title, source_url)
    if out is not None:
        if existing is not None and _is_within(out, source_dir / DOCUMENTS_DIR) and not _same_file(out, target):
            raise click.ClickException(f"document '{existing.id}' is kept in {target}; a second file for it in "
                                       f"{source_dir / DOCUMENTS_DIR} would not validate: leave out --out")
        target = out
    if target.exists() and not force and not (existing is not None and _same_file(target, corpus.files[existing.id])):
        raise click.ClickException(f"{target} already exists; pass --force to overwrite it")
    if existing is not None and kind is not None and kind != existing.kind:
        imported.report.notes.append(Note(1, f"--kind {kind} ignored: the document exists, as a {existing.kind}"))
    click.echo(imported.report.render())
    checked = _check(source_dir, inside, text, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {target}: {summary}.")
    if _is_within(target, source_dir / DOCUMENTS_DIR):
        checked = _load(source_dir)
    click.echo(f"Validation: OK: {_counts(checked)}.")
    placeholders = find_placeholders(target, text)
    if placeholders:
        click.echo(f"Before publishing, edit these fields of {target} (a strict build fails until you do):")
        for found in placeholders:
            click.echo(f"  line {found.line}: {_field_at(text, found.line)} — {_PLACEHOLDER_ADVICE[found.phrase]}")
    click.echo("Next: check the decisions above against the original, map the clauses to topics "
               f"(policy-handbook suggest --write {source_dir}), then build the handbook (mkdocs build --strict).")


_PLACEHOLDER_ADVICE = {
    PLACEHOLDERS[0]: "if the document names the body, replace the note with where it does (or delete it); "
                     "if not, set `basis: inferred` and say why",
    PLACEHOLDERS[1]: "once you have checked the draft against the original, replace the note with what you "
                     "checked (or delete it)",
}


def _field_at(text: str, line: int) -> str:
    """``attribution.note`` or ``source.note``: the key whose value is at ``line``, under its parent."""
    keys: list[str] = []
    indent = None
    for previous in reversed(text.splitlines()[:line]):
        match = re.match(r"^(\s*)(?:- )?([A-Za-z_]+):(?:\s|$)", previous)
        if match and (indent is None or len(match.group(1)) < indent):
            keys.insert(0, match.group(2))
            indent = len(match.group(1))
            if len(keys) == 2:
                break
    return ".".join(keys) or f"line {line}"


def _load(directory: Path) -> Corpus:
    try:
        return load_corpus(directory)
    except CorpusError as e:
        click.echo(e.report(), err=True)
        click.echo("Fix these problems in the policy folder first.", err=True)
        sys.exit(1)


def _latest(document: Document) -> Version:
    """The version no other version supersedes (the last listed, if several)."""
    superseded = {v.supersedes for v in document.versions}
    heads = [v for v in document.versions if v.id not in superseded]
    return (heads or document.versions)[-1]


def _label_id(label: str) -> str:
    """The id a version label makes ("2025 revision" → ``2025-revision``)."""
    return slug(label, words=6, fallback="draft")


def _version_id(label: str | None, taken: set[str]) -> tuple[str, str]:
    if label is None:
        return unique("draft", taken), "Imported draft"
    return unique(_label_id(label), taken), label


def _source(file: Path, title: str, url: str | None = None) -> SourceRef:
    return SourceRef(title=title, file=file.name, url=url, note=SOURCE_NOTE.format(file=file.name))


def _new_document(corpus: Corpus, source_dir: Path, body_id: str, document_id: str | None, imported: Imported,
                  file: Path, version_label: str | None, title: str | None, kind: str | None,
                  source_title: str | None = None, source_url: str | None = None) -> tuple[Path, str, str, str]:
    chosen = title or imported.draft.title
    if chosen is None:
        chosen = file.stem
        imported.report.notes.append(Note(1, f"no title found: used the file name “{chosen}”; pass --title"))
    doc_id = document_id or cut_at_word(slug(f"{body_id} {chosen}", words=12, fallback=body_id), 76)
    if doc_id in corpus.documents:
        raise click.ClickException(f"document '{doc_id}' already exists in {corpus.files[doc_id]}; pass "
                                   f"--document {doc_id} to add a version to it, or --document NEW-ID")
    version_id, label = _version_id(version_label, set())
    version = Version(id=version_id, label=label, status="draft", cover=imported.cover,
                      source=_source(file, source_title or chosen, source_url), sections=imported.sections)
    document = Document(id=doc_id, body=body_id, title=chosen, kind=kind or "policy",
                        attribution=Attribution(basis="stated", note=ATTRIBUTION_NOTE),
                        versions=[version])
    name = f"{doc_id}.yml"
    text = _render(lambda: document_yaml(document))
    return source_dir / DOCUMENTS_DIR / name, name, text, f"new document {doc_id}, version {version_id}, " \
                                                          f"{imported.report.counts['clauses']} clauses"


def _new_version(corpus: Corpus, document: Document, imported: Imported, version_label: str | None,
                 source: SourceRef) -> tuple[Path, str, str, str]:
    previous = _latest(document)
    if version_label is not None:
        wanted = _label_id(version_label)
        for version in document.versions:
            if version.id == wanted or version.label.casefold().split() == version_label.casefold().split():
                raise click.ClickException(
                    f"document '{document.id}' already has version '{version.label}' (id {version.id}, at "
                    f"{corpus.where(document.id, version.id)}): to import a corrected copy of it, delete that "
                    f"version from the file first; to add a new version, pass another --version, e.g. "
                    f"--version \"{version_label} revision\"")
    version_id, label = _version_id(version_label, {v.id for v in document.versions})
    version = Version(id=version_id, label=label, status="draft", supersedes=previous.id,
                      source=source, cover=imported.cover,
                      sections=imported.sections)
    path = corpus.files[document.id]
    text = _render(lambda: append_version(path.read_text(encoding="utf-8"), version))
    return path, path.name, text, f"added version {version_id} (draft, supersedes {previous.id}) to " \
                                  f"{document.id}, {imported.report.counts['clauses']} clauses"


def _render(make) -> str:
    try:
        return make()
    except WriteError as e:
        raise click.ClickException(str(e)) from None


def _check(source_dir: Path, name: str, text: str, target: Path) -> Corpus:
    """Validate ``text`` as ``documents/name`` of a copy of the corpus, before writing it."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "source"
        shutil.copytree(source_dir, copy)
        (copy / DOCUMENTS_DIR / name).write_text(text, encoding="utf-8")
        try:
            return load_corpus(copy)
        except CorpusError as e:
            report = e.report().replace(str(copy / DOCUMENTS_DIR / name), str(target))
            report = report.replace(str(copy), str(source_dir))
            click.echo(report, err=True)
            click.echo("Nothing was written: the import would not validate (please report this).", err=True)
            sys.exit(1)


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _counts(corpus: Corpus) -> str:
    versions = sum(len(d.versions) for d in corpus.documents.values())
    return (f"{len(corpus.bodies)} bodies, {len(corpus.documents)} documents, {versions} versions, "
            f"{len(corpus.clauses())} clauses")
