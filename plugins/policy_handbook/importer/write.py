"""Write documents and versions as YAML in the project's house style.

The style of ``source_policies/documents/*.yml``: a ``yaml-language-server`` header, keys in
the model's order, defaults left out, block lists indented under their key, a blank line
between sections, clause text as folded ``>-`` block scalars wrapped at about 90 columns,
and ids that look like numbers or dates quoted. Every text is checked by parsing it back:
what is written reads back as exactly the model it came from, or nothing is written.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import yaml

from ..model import Document, Version

HEADER = "# yaml-language-server: $schema=../schema/document.schema.json\n"
WIDTH = 90
FOLDED_KEYS = frozenset({"text"})
"""Keys of a clause (a mapping with an ``id``) whose strings are always folded block scalars."""
BLANK_LINE_BETWEEN = frozenset({"sections"})


class WriteError(Exception):
    """The YAML written would not read back as what was meant (a bug: please report it)."""


def document_yaml(document: Document) -> str:
    """The whole file of ``document``."""
    text = HEADER + "".join(line + "\n" for line in _mapping(_data(document), 0))
    loaded = yaml.safe_load(text)
    if Document.model_validate(loaded) != document:
        raise WriteError(f"the YAML of document {document.id} does not read back as the document")
    return text


def append_version(file_text: str, version: Version) -> str:
    """``file_text`` (a document file) with ``version`` added at the end of its ``versions``.

    Everything already in the file, comments and layout included, is kept as it is.
    """
    root = yaml.compose(file_text)
    keys = [(k, v) for k, v in root.value] if isinstance(root, yaml.MappingNode) else []
    position = next((i for i, (k, _) in enumerate(keys) if k.value == "versions"), None)
    if position is None or not isinstance(keys[position][1], yaml.SequenceNode) or keys[position][1].flow_style:
        raise WriteError("the file has no block list of `versions:` to add to")
    sequence = keys[position][1]
    lines = file_text.splitlines(keepends=True)
    insert_at = keys[position + 1][0].start_mark.line if position + 1 < len(keys) else len(lines)
    while insert_at > 0 and not lines[insert_at - 1].strip():
        insert_at -= 1
    first_item_line = lines[sequence.value[0].start_mark.line]
    dash = first_item_line.index("-") if sequence.value else 2
    block = "".join(line + "\n" for line in _item(_data(version), dash))
    head = "".join(lines[:insert_at])
    if head and not head.endswith("\n"):
        head += "\n"
    result = head + "\n" + block + "".join(lines[insert_at:])
    _check_append(file_text, result, version)
    return result


def _check_append(before: str, after: str, version: Version) -> None:
    old, new = yaml.safe_load(before), yaml.safe_load(after)
    same_rest = {k: v for k, v in old.items() if k != "versions"} == {k: v for k, v in new.items() if k != "versions"}
    if (not same_rest or new["versions"][:-1] != old["versions"]
            or Version.model_validate(new["versions"][-1]) != version):
        raise WriteError(f"adding version {version.id} would change the file in other ways")


def _data(model: Document | Version) -> dict[str, Any]:
    return model.model_dump(mode="python", exclude_defaults=True)


# --- emitter --------------------------------------------------------------------------------


def _mapping(data: dict[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for key, value in _ordered(data).items():
        if isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            lines += _mapping(value, indent + 2)
        elif isinstance(value, list):
            lines += _list(key, value, indent)
        else:
            lines += _scalar(key, value, indent, folded=key in FOLDED_KEYS and "id" in data)
    return lines


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """A clause's keys in the corpus's order: ``id``, ``number`` and ``bullet`` before the text."""
    if "id" not in data or "text" not in data:
        return data
    head = {key: data[key] for key in ("id", "number", "bullet") if key in data}
    return {**head, **{key: value for key, value in data.items() if key not in head}}


def _list(key: str, values: list[Any], indent: int) -> list[str]:
    pad = " " * indent
    if not values:
        return [f"{pad}{key}: []"]
    if not any(isinstance(v, (dict, list)) for v in values):
        flow = f"{pad}{key}: [{', '.join(_inline(v) for v in values)}]"
        if len(flow) <= WIDTH:
            return [flow]
        return [f"{pad}{key}:"] + [f"{pad}  - {_inline(v)}" for v in values]
    lines = [f"{pad}{key}:"]
    for i, value in enumerate(values):
        if i and key in BLANK_LINE_BETWEEN:
            lines.append("")
        lines += _item(value, indent + 2)
    return lines


def _item(value: dict[str, Any], dash: int) -> list[str]:
    """A mapping as an item of a block list whose dashes are at column ``dash``."""
    lines = _mapping(value, dash + 2)
    lines[0] = " " * dash + "- " + lines[0][dash + 2:]
    return lines


def _scalar(key: str, value: Any, indent: int, *, folded: bool = False) -> list[str]:
    pad = " " * indent
    if not isinstance(value, str):
        return [f"{pad}{key}: {_inline(value)}"]
    if not folded and "\n" not in value:
        one_line = f"{pad}{key}: {_inline(value)}"
        if len(one_line) <= WIDTH:
            return [one_line]
    body = _folded(value, indent + 2)
    if body is None:
        return [f"{pad}{key}: {_quoted(value)}"]
    return [f"{pad}{key}: >-"] + body


def _inline(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value if _plain_ok(value) else _quoted(value)


def _plain_ok(text: str) -> bool:
    """Whether ``text`` can be written unquoted and read back as the same string."""
    if not text or text != text.strip() or "\n" in text or re.search(r"[\x00-\x1f\x7f]", text):
        return False
    if text[0] in "-?:,[]{}#&*!|>'\"%@`" or ": " in text or " #" in text or text.endswith(":"):
        return False
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _folded(text: str, indent: int) -> list[str] | None:
    """The lines of ``text`` as the body of a ``>-`` scalar, or None when folding cannot
    represent it exactly (leading or trailing spaces, tabs, an indented line)."""
    if not text or text != text.strip() or re.search(r"[\t\r\x00-\x08\x0b-\x1f\x7f\u2028\u2029\x85]", text):
        return None
    pad = " " * indent
    lines: list[str] = []
    for piece in re.split(r"(\n+)", text):
        if piece.startswith("\n"):
            lines += [""] * len(piece)  # folding reads n empty lines as n line breaks
            continue
        if piece != piece.strip():
            return None
        lines += [pad + line for line in _wrap(piece, WIDTH - indent)]
    body = "".join(line + "\n" for line in lines)
    try:
        loaded = yaml.safe_load("k: >-\n" + body)
    except yaml.YAMLError:
        return None
    return lines if loaded == {"k": text} else None


def _wrap(text: str, width: int) -> list[str]:
    """Greedy wrap at single spaces only: folding turns each line break back into one space."""
    words = re.split(r"(?<=\S) (?=\S)", text)
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines
