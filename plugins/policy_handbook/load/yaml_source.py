"""Read one YAML file safely, remembering where every value came from.

PyYAML keeps the last of two equal keys without a word, which would make a clause vanish;
here a repeated key is a problem. Dates stay strings so that the schema, not the YAML
parser, decides whether ``2017-13-01`` is a date (and reports it with its line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

Path_ = tuple[Any, ...]
"""A location inside a document: keys and list indexes from the root."""

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SCALARS = yaml.constructor.SafeConstructor()


@dataclass
class SourceFile:
    """A parsed YAML file: its data, and the line and column of every value and key."""

    path: Path
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def position(self, location: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of ``location``, or of its nearest known ancestor."""
        table = self.keys if key else self.values
        loc = tuple(location)
        while loc:
            if loc in table:
                return table[loc]
            if loc in self.values:
                return self.values[loc]
            loc = loc[:-1]
        return self.values.get((), (1, 1))

    def problem(self, location: Path_, message: str, advice: str = "", *, key: bool = False) -> Problem:
        line, column = self.position(location, key=key)
        return Problem(self.path, line, column, message, advice)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, source: SourceFile):
        self.source = source
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.source.values[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, path + (i,)) for i, child in enumerate(node.value)]
        if node.tag == _TIMESTAMP:
            return node.value
        return _SCALARS.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_seen: dict[Any, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                line, column = _mark(key_node)
                self.problems.append(
                    Problem(self.source.path, line, column, "merge keys (`<<`) are not supported",
                            "write the keys out in full so each clause reads on its own")
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                line, column = _mark(key_node)
                self.problems.append(
                    Problem(self.source.path, line, column, "a key must be plain text", "use a simple word as the key")
                )
                continue
            key = key_node.value if key_node.tag == _TIMESTAMP else _SCALARS.construct_object(key_node)
            line, column = _mark(key_node)
            if key in first_seen:
                first_line = first_seen[key][0]
                self.problems.append(
                    Problem(self.source.path, line, column,
                            f"duplicate key '{key}' (first given on line {first_line})",
                            "keep one of them: YAML would silently use only the last")
                )
                continue
            first_seen[key] = (line, column)
            self.source.keys[path + (key,)] = (line, column)
            result[key] = self.build(value_node, path + (key,))
        return result


def read_yaml(path: Path) -> tuple[SourceFile | None, list[Problem]]:
    """Parse ``path``. Returns the file (None when it cannot be parsed) and its problems."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        before = raw[: e.start]
        line = before.count(b"\n") + 1
        column = e.start - (before.rfind(b"\n") + 1) + 1
        return None, [Problem(path, line, column, f"the file is not UTF-8 (byte 0x{raw[e.start]:02x})",
                              "save it as UTF-8 (in Word or Notepad: Save As, Encoding: UTF-8)")]
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(filter(None, [e.context, e.problem]))
        if e.context_mark is not None and mark is not None and e.context_mark.line != mark.line:
            what += f" (the construct began on line {e.context_mark.line + 1})"
        return None, [Problem(path, line, column, f"YAML syntax error: {what}",
                              "check the indentation and quoting around this line; text containing ': ' or "
                              "starting with a quote, '*', '&' or '-' needs to be quoted or written as a `|` block")]
    except yaml.YAMLError as e:
        return None, [Problem(path, 1, 1, f"YAML could not be read: {e}", "check the file is valid YAML")]
    source = SourceFile(path, None)
    if node is None:
        return source, [Problem(path, 1, 1, "the file is empty", "add the document's content or delete the file")]
    builder = _Builder(source)
    try:
        source.data = builder.build(node, ())
    except yaml.constructor.ConstructorError as e:
        mark = e.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [Problem(path, line, column, f"value cannot be read: {e.problem}", "quote it as text")]
    return source, builder.problems
