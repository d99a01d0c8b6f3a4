"""Hand the generated pages' HTML blocks to MkDocs without Python-Markdown parsing them.

A generated page is Markdown whose bulk is raw HTML blocks (clause cards, tables, redlines).
Python-Markdown passes such a block through unchanged, but only after reading it with an
HTML parser, and MkDocs reads the whole page with another, for the ids it may link to.
:func:`stash` takes the blocks out before the page is converted, leaving one placeholder
paragraph for each run of them (runs with only blank lines between share one); :meth:`Stash.restore` puts them back into the converted
HTML, where Python-Markdown would have put them. :meth:`Stash.anchor_ids` and
:meth:`Stash.links` read the blocks' ids and in-site links with regular expressions, so
that MkDocs' anchor validation still sees them.

Only what Python-Markdown certainly passes through is taken: a run of lines that starts at
the beginning of a line after a blank line (or the start of the text) with an HTML
block-level element, ends with that element's closing tag at the end of a line and is
followed by a blank line (or the end of the text); elements that follow one another with
no blank line between form one run. A block that asks for Markdown inside (``markdown="1"``) is left in
place. Source text in these blocks is escaped, so a literal ``<div`` is never text.
"""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass, field
from functools import lru_cache

BLOCK_TAGS = ("address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figure",
              "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "nav", "ol", "p", "section",
              "table", "ul")
"""Block-level elements a run may start with (each has a closing tag)."""

_START = re.compile(rf"<({'|'.join(BLOCK_TAGS)})(?=[\s>])")
_MARKDOWN_INSIDE = re.compile(r"""\smarkdown\s*=\s*["']?(?:1|block|span)\b""")
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*/?>")
_ATTRIBUTE = re.compile(r"""\s+([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_PLACEHOLDER = re.compile(r"(?:<p>)?phblock([0-9a-f]+)x(\d+)x(?:</p>)?(\n?)")


@lru_cache(maxsize=None)
def _tag_edges(tag: str) -> re.Pattern:
    """An element's opening tags (``<div``) and closing tags (``</div>``), in order."""
    return re.compile(rf"<(/?){tag}(?=[\s>/])\s*>?")


@dataclass
class Stash:
    """The HTML blocks taken out of one page, and the placeholders standing for them."""

    nonce: str = field(default_factory=lambda: secrets.token_hex(8))
    blocks: list[str] = field(default_factory=list)
    _scanned: tuple[set[str], list[str]] | None = field(default=None, repr=False, compare=False)

    def placeholder(self, index: int) -> str:
        # Letters and digits only: no Markdown extension changes it, and no source can guess it.
        return f"phblock{self.nonce}x{index}x"

    def restore(self, converted: str) -> str:
        """The converted page with each placeholder paragraph replaced by its blocks."""
        if not self.blocks:
            return converted
        count = 0

        def block(match: re.Match) -> str:
            nonlocal count
            if match.group(1) != self.nonce:
                return match.group()
            count += 1
            # Python-Markdown follows a raw block with an empty line unless it ends the page.
            return self.blocks[int(match.group(2))] + match.group(3) * 2

        restored = _PLACEHOLDER.sub(block, converted)
        if count != len(self.blocks):
            raise ValueError(f"{len(self.blocks) - count} of {len(self.blocks)} HTML blocks lost their place "
                             "in the converted page")
        return restored

    def anchor_ids(self) -> set[str]:
        """What MkDocs counts as anchors in the blocks: every ``id``, and ``name`` on ``<a>``."""
        return self._scan()[0]

    def links(self) -> list[str]:
        """The ``href`` of every ``<a>`` in the blocks, unescaped, in order."""
        return self._scan()[1]

    def _scan(self) -> tuple[set[str], list[str]]:
        if self._scanned is None:
            self._scanned = anchors_and_links(self.blocks)
        return self._scanned


def anchors_and_links(blocks: list[str]) -> tuple[set[str], list[str]]:
    """The anchors in HTML ``blocks`` (as :meth:`Stash.anchor_ids`) and their links (as :meth:`Stash.links`)."""
    ids: set[str] = set()
    links: list[str] = []
    for block in blocks:
        for tag in _TAG.finditer(block):
            attributes = tag.group(2)
            if "=" not in attributes:
                continue
            is_link = tag.group(1).lower() == "a"
            if not is_link and "id" not in attributes.lower():
                continue  # no attribute named id: most tags hold only a class
            for attribute in _ATTRIBUTE.finditer(attributes):
                name = attribute.group(1).lower()
                if name == "id" or (is_link and name == "name"):
                    ids.add(_value(attribute))
                elif is_link and name == "href":
                    links.append(_value(attribute))
    return ids, links


def _value(attribute: re.Match) -> str:
    raw = next((g for g in attribute.groups()[1:] if g is not None), "")
    return html.unescape(raw)


def _element_end(lines: list[str], start: int) -> int | None:
    """The line where the element opening ``lines[start]`` closes, if it closes at that line's end."""
    tag = _START.match(lines[start]).group(1)  # type: ignore[union-attr]
    depth = 0
    for index in range(start, len(lines)):
        line = lines[index]
        for edge in _tag_edges(tag).finditer(line):
            depth += -1 if edge.group(1) else 1
            if depth == 0:
                # Closed: the element must end the line (Python-Markdown reads what follows as Markdown).
                return index if edge.group(0).endswith(">") and not line[edge.end():].strip() else None
    return None


def _run_end(lines: list[str], start: int) -> int | None:
    """The last line of the run of elements starting at ``lines[start]``, if it can be taken whole."""
    end = _element_end(lines, start)
    while end is not None and end + 1 < len(lines) and lines[end + 1].strip():
        if not _START.match(lines[end + 1]):
            return None
        end = _element_end(lines, end + 1)
    return end


def stash(markdown: str) -> tuple[str, Stash]:
    """``markdown`` with its top-level HTML blocks replaced by placeholders, and the blocks."""
    kept = Stash()
    lines = markdown.split("\n")
    out: list[str] = []
    last = -1  # where in `out` the last placeholder is
    index = 0
    while index < len(lines):
        line = lines[index]
        if (index == 0 or not lines[index - 1].strip()) and _START.match(line):
            end = _run_end(lines, index)
            if end is not None:
                block = "\n".join(lines[index:end + 1])
                if not _MARKDOWN_INSIDE.search(block):
                    if last >= 0 and not any(between.strip() for between in out[last + 1:]):
                        # Only blank lines since the last placeholder: Python-Markdown would join the two
                        # paragraphs with a line break, which restore() puts after a block as it is.
                        kept.blocks[-1] += "\n\n" + block
                    else:
                        last = len(out)
                        out.append(kept.placeholder(len(kept.blocks)))
                        kept.blocks.append(block)
                    index = end + 1
                    continue
        out.append(line)
        index += 1
    return "\n".join(out), kept
