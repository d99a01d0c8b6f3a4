"""``policy-handbook add-body``: add a council or other public body to ``bodies.yml``.

The entry is appended to the file's list as text, so comments and layout stay as they are;
the result is validated with the rest of the corpus before it is written.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import get_args

import click
import yaml

from .load.loader import BODIES_FILE, load_corpus
from .load.problems import CorpusError
from .model import BodyKind


def _quoted(text: str) -> str:
    """``text`` as a YAML scalar: plain when it reads back unchanged, else double-quoted."""
    try:
        if yaml.safe_load(f"k: {text}") == {"k": text} and text == text.strip():
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)


def body_entry(fields: dict[str, str], dash: int) -> str:
    """A body as an item of the ``bodies:`` list whose dashes are at column ``dash``."""
    pad = " " * (dash + 2)
    lines = [f"{' ' * dash}- {key}: {_quoted(value)}" if i == 0 else f"{pad}{key}: {_quoted(value)}"
             for i, (key, value) in enumerate(fields.items())]
    return "".join(line + "\n" for line in lines)


def append_body(text: str, fields: dict[str, str]) -> str:
    """``text`` (bodies.yml) with a body added at the end of its ``bodies:`` list."""
    root = yaml.compose(text)
    bodies = next((v for k, v in root.value if k.value == "bodies"), None) if isinstance(root, yaml.MappingNode) \
        else None
    if not isinstance(bodies, yaml.SequenceNode) or bodies.flow_style or not bodies.value:
        raise click.ClickException("bodies.yml has no block list of `bodies:` to add to")
    lines = text.splitlines(keepends=True)
    dash = bodies.value[0].start_mark.column - 2
    end = bodies.end_mark.line if bodies.end_mark.column == 0 else bodies.end_mark.line + 1
    while end > 0 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1  # blank lines and comments after the last body stay after the new one
    head = "".join(lines[:end])
    if head and not head.endswith("\n"):
        head += "\n"
    return head + body_entry(fields, dash) + "".join(lines[end:])


@click.command("add-body")
@click.argument("body_id", metavar="ID")
@click.option("--name", required=True, help="The body's name, e.g. 'Example County Borough Council'.")
@click.option("--kind", required=True, type=click.Choice(get_args(BodyKind)), help="What kind of body it is.")
@click.option("--description", help="What kind of body it is, in words (required for kind 'other').")
@click.option("--website", help="The body's website.")
@click.option("--source-dir", type=click.Path(path_type=Path, file_okay=False), default="source_policies",
              show_default=True, help="The policy folder.")
def add_body(body_id: str, name: str, kind: str, description: str | None, website: str | None,
             source_dir: Path) -> None:
    """Add the body ID to bodies.yml, so its documents can be imported."""
    path = source_dir / BODIES_FILE
    if not path.is_file():
        raise click.ClickException(f"{path} does not exist; is {source_dir} the policy folder?")
    fields = {"id": body_id, "name": name, "kind": kind}
    fields.update({k: v for k, v in (("description", description), ("website", website)) if v})
    text = append_body(path.read_text(encoding="utf-8"), fields)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "source"
        shutil.copytree(source_dir, copy)
        (copy / BODIES_FILE).write_text(text, encoding="utf-8")
        try:
            load_corpus(copy)
        except CorpusError as e:
            click.echo(e.report().replace(str(copy), str(source_dir)), err=True)
            click.echo("Nothing was written.", err=True)
            sys.exit(1)
    path.write_text(text, encoding="utf-8")
    click.echo(f"Added {body_id} ({name}, {kind}) to {path}.")
