"""Record proposed mappings in a document file, editing its YAML text in place.

``policy-handbook suggest --write`` gives each unmapped clause its best proposal as two
lines at the clause's indentation, after its text::

    - id: personal-use-of-devices
      text: >-
        Employees may use their own devices …
      topics: [personal-use-working-time]
      mapping: proposed

(or ``not_a_rule: definition`` instead of ``topics``). Every other byte of the file, comments
and line endings (LF or CRLF) included, is kept. Blank lines after a block text stay where they
are: after the added lines, or, for a text that keeps them as part of its value (``|+``,
``>+``), before. Where the text ends the file with no line break, the lines go before
``text:``, so that none is added (after a block text it would be part of the text). The result
is parsed back: it must read as the same data plus exactly the keys added, or nothing is
written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml


class MappingWriteError(Exception):
    """The proposals cannot be added to the file without changing it in other ways."""


@dataclass(frozen=True)
class Proposal:
    """The mapping proposed for one clause of one version."""

    version: str
    clause: str
    topic: str | None = None
    not_a_rule: str | None = None

    def lines(self) -> list[str]:
        """The YAML lines to add, without indentation."""
        head = f"topics: [{self.topic}]" if self.topic is not None else f"not_a_rule: {self.not_a_rule}"
        return [head, "mapping: proposed"]


@dataclass(frozen=True)
class Recorded:
    """Where a proposal was written: the first line (1-based) of the lines added."""

    proposal: Proposal
    line: int


def record_proposals(text: str, proposals: list[Proposal]) -> tuple[str, list[Recorded]]:
    """``text`` (a document file) with each proposal added to its clause.

    Raises:
        MappingWriteError: a clause is not in the file, already has a mapping, or the edit
            would change anything else.
    """
    root = yaml.compose(text)
    nodes = _clause_nodes(root)
    lines = text.splitlines(keepends=True)
    inserts: list[tuple[int, list[str], Proposal, int]] = []
    for proposal in proposals:
        node = nodes.get((proposal.version, proposal.clause))
        if node is None:
            raise MappingWriteError(f"clause '{proposal.clause}' of version '{proposal.version}' is not in the file")
        if node.flow_style:
            raise MappingWriteError(f"clause '{proposal.clause}' of version '{proposal.version}' is written on one "
                                    f"line ({{id: …, text: …}}); write it one key a line, as the other clauses are")
        keys = {k.value: (k, v) for k, v in node.value}
        for key in ("topics", "not_a_rule", "mapping"):
            if key in keys and not (key == "topics" and _empty_list(keys[key][1])):
                raise MappingWriteError(f"clause '{proposal.clause}' of version '{proposal.version}' already has "
                                        f"`{key}:`; remove it first")
        if "topics" in keys:  # `topics: []`: its line is replaced
            key, value = keys["topics"]
            if key.start_mark.line != value.end_mark.line:
                raise MappingWriteError(f"clause '{proposal.clause}': write `topics: []` on one line")
            column = key.start_mark.column
            at, remove = key.start_mark.line, 1
        else:
            column = node.value[0][0].start_mark.column
            at, remove = _insert_at(*keys.get("text", node.value[0]), column, lines), 0
        pad = " " * column
        newline = _newline(lines, at)
        inserts.append((at, [pad + line + newline for line in proposal.lines()], proposal, remove))
    recorded: list[Recorded] = []
    shift = 0
    for at, new, proposal, remove in sorted(inserts, key=lambda i: i[0]):
        recorded.append(Recorded(proposal, at + shift + 1))
        shift += len(new) - remove
    for at, new, _, remove in sorted(inserts, key=lambda i: -i[0]):
        if at > 0 and at <= len(lines) and not lines[at - 1].endswith(("\n", "\r")):
            lines[at - 1] += _newline(lines, at)
        lines[at:at + remove] = new
    result = "".join(lines)
    _check(text, result, proposals)
    return result, recorded


def _empty_list(node: yaml.Node) -> bool:
    return isinstance(node, yaml.SequenceNode) and not node.value


def _insert_at(key: yaml.Node, value: yaml.Node, column: int, lines: list[str]) -> int:
    """The index of the line the proposal goes before: the line after ``value`` and the blank
    lines that are not part of it, or, where ``value`` ends the file without a line break, the
    line of ``key`` (a line break after a block scalar would be part of it)."""
    end = value.end_mark.line if value.end_mark.column == 0 else value.end_mark.line + 1
    if not lines[end - 1].endswith(("\n", "\r")):
        starts_line = not lines[key.start_mark.line][:key.start_mark.column].strip()
        return key.start_mark.line if starts_line and key.start_mark.column == column else end
    header = _BLOCK_HEADER.match(lines[value.start_mark.line], value.start_mark.column)
    if not isinstance(value, yaml.ScalarNode) or value.style not in ("|", ">") or header is None:
        return end
    if "+" in header.group(0):  # the trailing blank lines are part of the value
        return end
    indent = _block_indent(header, value.start_mark.line, column, lines)
    while end > value.start_mark.line + 1 and _empty_line(lines[end - 1], indent):
        end -= 1
    return end


# A block scalar's header: `|` or `>`, then a chomping indicator and an indentation indicator
# in either order.
_BLOCK_HEADER = re.compile(r"[|>](?:([1-9])([+-])?|([+-])([1-9])?)?(?=[ \t\r\n]|$)")


def _block_indent(header: re.Match, line: int, column: int, lines: list[str]) -> int:
    """The indentation of a block scalar's lines (``column``: that of the mapping it is in), as
    PyYAML's scanner finds it."""
    increment = header.group(1) or header.group(4)
    if increment:
        return column + int(increment)
    widest = 0
    for text in lines[line + 1:]:
        body = text.rstrip("\r\n")
        spaces = len(body) - len(body.lstrip(" "))
        widest = max(widest, spaces)
        if spaces < len(body):
            break
    return max(column + 1, widest)


def _empty_line(line: str, indent: int) -> bool:
    """Whether a line within a block scalar is an empty line (a line of more spaces than its
    indentation is text)."""
    body = line.rstrip("\r\n")
    return not body.strip(" ") and len(body) <= indent


def _newline(lines: list[str], at: int) -> str:
    """The line break the file uses where a line is added before index ``at``."""
    for line in (lines[at - 1:at] if at > 0 else []) + lines[:1]:
        stripped = line.rstrip("\r\n")
        if stripped != line:
            return line[len(stripped):]
    return "\n"


def _clause_nodes(root: yaml.Node) -> dict[tuple[str, str], yaml.MappingNode]:
    """Every clause mapping of the file, by (version id, clause id)."""
    found: dict[tuple[str, str], yaml.MappingNode] = {}
    for version in _items(_get(root, "versions")):
        version_id = _scalar(_get(version, "id"))
        stack = list(_items(_get(version, "sections")))
        while stack:
            section = stack.pop()
            stack += _items(_get(section, "sections"))
            clauses = list(_items(_get(section, "clauses")))
            while clauses:
                clause = clauses.pop()
                clauses += _items(_get(clause, "items"))
                clause_id = _scalar(_get(clause, "id"))
                if version_id and clause_id and isinstance(clause, yaml.MappingNode):
                    found[(version_id, clause_id)] = clause
    return found


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _scalar(node: yaml.Node | None) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _check(before: str, after: str, proposals: list[Proposal]) -> None:
    """``after`` must read as ``before`` plus exactly the proposed keys."""
    expected = yaml.safe_load(before)
    wanted = {(p.version, p.clause): p for p in proposals}
    for version in expected.get("versions", []):
        for clause in _walk(version.get("sections", [])):
            proposal = wanted.get((version.get("id"), clause.get("id")))
            if proposal is None:
                continue
            clause.pop("topics", None)
            if proposal.topic is not None:
                clause["topics"] = [proposal.topic]
            else:
                clause["not_a_rule"] = proposal.not_a_rule
            clause["mapping"] = "proposed"
    try:
        actual = yaml.safe_load(after)
    except yaml.YAMLError as e:
        raise MappingWriteError(f"the edited file would not be valid YAML ({e})") from None
    if actual != expected:
        raise MappingWriteError("adding the proposals would change the file in other ways")


def _walk(sections: list) -> list[dict]:
    found = []
    for section in sections or []:
        stack = list(section.get("clauses", []) or [])
        while stack:
            clause = stack.pop()
            found.append(clause)
            stack += clause.get("items", []) or []
        found += _walk(section.get("sections", []))
    return found
