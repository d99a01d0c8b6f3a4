"""Read one YAML file safely, remembering where every value came from.

The file is read event by event (PyYAML's parser, libyaml when available) into plain
Python values, without PyYAML's composer or constructor, so that:

- a repeated key is a problem (PyYAML keeps the last of two equal keys without a word,
  which would make a clause vanish);
- tags (``!!int``, ``!anything``), anchors (``&name``) and aliases (``*name``) are refused:
  policy files need none, and refusing aliases defeats alias bombs ("billion laughs");
- nesting deeper than :data:`MAX_DEPTH` is refused with a message, not a RecursionError;
- files larger than :data:`MAX_FILE_BYTES` are refused before they are parsed;
- dates stay strings, so that the schema, not the YAML parser, decides whether
  ``2017-13-01`` is a date (and reports it with its line).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (AliasEvent, CollectionStartEvent, DocumentStartEvent, MappingEndEvent,
                         MappingStartEvent, NodeEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent)

from .problems import Problem

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_DEPTH = 64
"""Deepest nesting of lists and mappings a policy file may use (the bundled documents need 15)."""

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Largest policy file read (the largest bundled document is under 150 KB)."""

MAX_DIGITS = 1000
"""Longest number, in characters, read as a number (Python refuses to print an integer of over 4,300 digits)."""

Path_ = tuple[Any, ...]
"""A location inside a document: keys and list indexes from the root."""

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_SCALARS = yaml.constructor.SafeConstructor
_NO_TAGS = "policy files need no tags, anchors or aliases"


@dataclass
class SourceFile:
    """A parsed YAML file: its data, and the line and column of every value and key."""

    path: Path
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    digest: str = ""
    """A digest of the file's bytes: equal digests, equal content."""

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


class _Stop(Exception):
    """The file cannot be read any further; the problem is already recorded."""


_DISCARD = object()
"""Stands for the key of a value that is read but not kept (a repeated or unusable key)."""


@dataclass
class _Open:
    """A mapping or list whose end has not been reached yet."""

    path: Path_
    value: dict | list
    key: Any = None
    expecting_key: bool = True
    is_key: bool = False
    kept: bool = True
    """False inside a value that is read but not kept: its positions are not recorded."""
    seen: dict = field(default_factory=dict)


def _short_tag(tag: str) -> str:
    return "!!" + tag.rsplit(":", 1)[-1] if tag.startswith("tag:yaml.org,2002:") else tag


class _Reader:
    """Builds plain values from parser events, recording positions and problems."""

    def __init__(self, source: SourceFile, lines: int):
        self.source = source
        self.constructor = _SCALARS()
        self.lines = max(1, lines)
        self.problems: list[Problem] = []
        self.refused = False

    def at(self, mark: Any) -> tuple[int, int]:
        """1-based line and column of a parser mark, kept inside the file."""
        if mark is None:
            return 1, 1
        line = mark.line + 1
        return (line, mark.column + 1) if line <= self.lines else (self.lines, 1)

    def add(self, mark: Any, message: str, advice: str, *, refuse: bool = False) -> None:
        line, column = self.at(mark)
        self.problems.append(Problem(self.source.path, line, column, message, advice))
        self.refused = self.refused or refuse

    def read(self, events) -> Any:
        stack: list[_Open] = []
        root: list[Any] = []
        documents = 0
        values = self.source.values
        for event in events:
            kind = type(event)
            if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent or kind is AliasEvent:
                if event.anchor is not None or event.tag is not None or kind is AliasEvent:
                    self._check_node(event)
                top = stack[-1] if stack else None
                as_key = top is not None and top.expecting_key and type(top.value) is dict
                if as_key and kind is ScalarEvent:
                    self._key(top, event)
                    continue
                if top is None:
                    path, kept = (), True
                elif as_key:
                    path, kept = top.path + (_DISCARD,), False
                elif type(top.value) is list:
                    path, kept = top.path + (len(top.value),), top.kept
                else:
                    path, kept = top.path + (top.key,), top.kept and top.key is not _DISCARD
                if kept:
                    values[path] = self.at(event.start_mark)
                if kind is ScalarEvent or kind is AliasEvent:
                    value = self._scalar(event) if kind is ScalarEvent else None
                    self._deliver(stack, root, value, as_key)
                    continue
                if len(stack) >= MAX_DEPTH:
                    self.add(event.start_mark, f"the file nests lists and keys more than {MAX_DEPTH} levels deep",
                             "policy files need far fewer levels: check the indentation and brackets around "
                             "this line", refuse=True)
                    raise _Stop
                if as_key:
                    self.add(event.start_mark, "a key must be plain text", "use a simple word as the key")
                stack.append(_Open(path, {} if kind is MappingStartEvent else [], is_key=as_key, kept=kept))
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop()
                self._deliver(stack, root, done.value, done.is_key)
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self.add(event.start_mark, "a second YAML document starts here (`---`)",
                             "a policy file holds one document: remove the `---` line, or split the file",
                             refuse=True)
                    raise _Stop
        return root[0] if root else None

    def _check_node(self, event: NodeEvent) -> None:
        if isinstance(event, AliasEvent):
            self.add(event.start_mark, f"YAML aliases (`*{event.anchor}`) are not allowed",
                     f"{_NO_TAGS}: write the value out in full where it is used", refuse=True)
            return
        if event.anchor is not None:
            self.add(event.start_mark, f"YAML anchors (`&{event.anchor}`) are not allowed",
                     f"{_NO_TAGS}: remove `&{event.anchor}` and write each value out in full", refuse=True)
        if event.tag is not None and not (isinstance(event, CollectionStartEvent) and event.implicit):
            self.add(event.start_mark, f"YAML tags such as `{_short_tag(event.tag)}` are not allowed",
                     f"{_NO_TAGS}: remove `{_short_tag(event.tag)}` (and quote the value if it is text)",
                     refuse=True)

    def _key(self, top: _Open, event: ScalarEvent) -> None:
        line, column = self.at(event.start_mark)
        top.expecting_key = False
        key = event.value
        if key == "<<" and event.implicit[0]:
            self.add(event.start_mark, "merge keys (`<<`) are not supported",
                     "write the keys out in full so each clause reads on its own")
            top.key = _DISCARD
            return
        if key in top.seen:
            self.add(event.start_mark, f"duplicate key '{key}' (first given on line {top.seen[key][0]})",
                     "keep one of them: YAML would silently use only the last")
            top.key = _DISCARD
            return
        top.seen[key] = (line, column)
        top.key = key
        if top.kept:
            self.source.keys[top.path + (key,)] = (line, column)

    def _scalar(self, event: ScalarEvent) -> Any:
        if event.tag is not None or not event.implicit[0]:
            return event.value  # quoted: text (a tagged value is refused already)
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag is _STR or tag == _STR or tag == _TIMESTAMP:
            return event.value
        if len(event.value) > MAX_DIGITS:
            self.add(event.start_mark, f"this number is too long to read ({len(event.value):,} characters)",
                     "quote it if it is text: policy files hold no long numbers", refuse=True)
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark)
        return _SCALARS.yaml_constructors[tag](self.constructor, node)

    @staticmethod
    def _deliver(stack: list[_Open], root: list[Any], value: Any, was_key: bool) -> None:
        if not stack:
            root.append(value)
            return
        top = stack[-1]
        if was_key:
            top.key, top.expecting_key = _DISCARD, False
        elif type(top.value) is list:
            top.value.append(value)
        else:
            if top.key is not _DISCARD:
                top.value[top.key] = value
            top.expecting_key = True


def _character(character: Any) -> str:
    code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
    return f"#x{code:04x}"


def _char_index(text: str, position: int) -> int:
    """libyaml counts a reader error's position in UTF-8 bytes, PyYAML's own reader in characters."""
    if _Loader is yaml.SafeLoader:
        return position
    return len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))


def _line_and_column(text: str, index: int) -> tuple[int, int]:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def read_bytes(path: Path) -> tuple[bytes | None, list[Problem]]:
    """The bytes of ``path``, or None and the problem: it cannot be read, or is over the size limit
    (checked before reading)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Problem(path, 1, 1, f"the file is too large ({size:,} bytes; the limit is "
                                  f"{MAX_FILE_BYTES:,})", "split it into one file per document")]
        return path.read_bytes(), []
    except OSError as e:
        return None, [Problem(path, 1, 1, f"the file cannot be read ({e.strerror or e})",
                              "check that it is a file you may read")]


def read_yaml(path: Path, raw: bytes | None = None) -> tuple[SourceFile | None, list[Problem]]:
    """Parse ``path`` (or ``raw``, its bytes when already read). Returns the file (None when it
    cannot be used) and its problems."""
    if raw is None:
        raw, problems = read_bytes(path)
        if raw is None:
            return None, problems
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
    source = SourceFile(path, None, digest=hashlib.blake2b(raw, digest_size=20).hexdigest())
    reader = _Reader(source, len(raw.splitlines()))
    loader = None
    try:
        loader = _Loader(text)
        data = reader.read(iter(loader.get_event, None))
    except _Stop:
        return None, reader.problems
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, column = reader.at(mark)
        what = " ".join(filter(None, [e.context, e.problem]))
        if e.context_mark is not None and mark is not None and e.context_mark.line != mark.line:
            what += f" (the construct began on line {e.context_mark.line + 1})"
        return None, reader.problems + [Problem(
            path, line, column, f"YAML syntax error: {what}",
            "check the indentation and quoting around this line; text containing ': ' or "
            "starting with a quote, '*', '&' or '-' needs to be quoted or written as a `|` block")]
    except yaml.reader.ReaderError as e:
        line, column = _line_and_column(text, _char_index(text, e.position))
        return None, reader.problems + [Problem(
            path, min(line, reader.lines), column, f"the file holds a control character ({_character(e.character)})",
            "delete it: it is invisible in most editors, so retype the text around this place")]
    except yaml.YAMLError as e:
        return None, reader.problems + [Problem(path, 1, 1, f"YAML could not be read: {e}",
                                                "check the file is valid YAML")]
    finally:
        if loader is not None:
            loader.dispose()
    if reader.refused:
        return None, reader.problems
    if data is None and not reader.problems:
        return source, [Problem(path, 1, 1, "the file is empty", "add the document's content or delete the file")]
    source.data = data
    source.values.setdefault((), (1, 1))
    return source, reader.problems
