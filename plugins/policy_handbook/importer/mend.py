"""Mend what printing does to a text, and turn raw lines into paragraphs.

* Running headers and footers (the same line at the top or bottom of many pages) and page
  numbers are removed. In a text without page breaks, numbers alone on their lines counting
  up (``1``, ``2``, ``3``) are page numbers only when a page's worth of lines lies between
  them; closer together they are section numbers, and each is joined to the line after it
  (``1`` / ``Introduction`` is the heading ``1 Introduction``).
* Lines broken at the page margin (PDF, or text copied out of one) are joined into
  paragraphs; a word hyphenated at a line end is joined up (``organi-`` / ``sation``), but
  a hyphen the text itself has (``Linked-In``, ``work-related`` when the document writes it
  so elsewhere) is kept. Hyphens inside a line are never touched (``gender -reassignment``).
* A clause split by a page break is joined back up: ``… just as they would do`` / ``- so in
  a similar situation offline.`` (the stray bullet the break left is dropped).
* Underline tags (``<u>…</u>``, which mark hyperlinks in text exported from Word) are removed.

Every change is recorded as a :class:`Change`, so the report can list it for checking.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Literal

from .draft import short
from .furniture import SENTENCE_END, is_document_footer, repeated_running_lines
from .markers import Marker, parse_line, parse_text
from .read import RawLine, Source

ChangeKind = Literal["page-break join", "line join", "hyphenation join", "header/footer removed",
                     "page number removed", "document footer removed", "markup removed"]


@dataclass(frozen=True)
class Change:
    """One change made to the text, for the officer to check against the original."""

    kind: ChangeKind
    line: int
    detail: str
    end_line: int | None = None

    @property
    def where(self) -> str:
        """``line 3`` or ``lines 3–5``."""
        if self.end_line is None or self.end_line == self.line:
            return f"line {self.line}"
        return f"lines {self.line}–{self.end_line}"


@dataclass
class Para:
    """A paragraph: one or more raw lines joined, with the first line's hints."""

    first: RawLine
    text: str
    last_line: int
    gap_before: bool = False
    """A blank line or a page break separates it from the paragraph before."""

    @property
    def line(self) -> int:
        """The source line the paragraph starts on."""
        return self.first.line

    @property
    def marker(self) -> Marker:
        """The marker the paragraph starts with (the first line's indentation and hints kept)."""
        indent = self.first.text[: len(self.first.text) - len(self.first.text.lstrip())]
        return parse_line(replace(self.first, text=indent + self.text))


@dataclass
class Mended:
    """A mended document: its paragraphs and the changes made to get them."""

    paras: list[Para]
    changes: list[Change]
    joined_lines: int = 0
    """Lines joined into the line before them when paragraphs were unwrapped (PDF)."""


_PAGE_NUMBER = re.compile(r"^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+|[-–—]\s*\d+\s*[-–—])$", re.I)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
# Fewer non-blank lines than this between two numbers alone on their lines, and they are no
# page numbers: a printed page holds 40 or more lines of a policy, a section often a handful.
_PAGE_LINES = 15
_UNDERLINE = re.compile(r"</?u>", re.I)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence or a lead-in does (``.``, ``!``, ``?``, ``:``, ``;``)."""
    return bool(SENTENCE_END.search(text.rstrip()))


def mend(source: Source) -> Mended:
    """The paragraphs of ``source``, with headers, footers, page breaks and hyphenation mended."""
    changes: list[Change] = []
    lines = _drop_furniture(source.lines, source.pages, changes, printed=source.format != "docx")
    if source.pages == 1:
        lines = _join_section_numbers(lines, changes)
    lines = [_strip_markup(line, changes) for line in lines]
    vocabulary = " ".join(line.text for line in lines).lower()
    if source.wrapped:
        paras, joined = _unwrap(lines, vocabulary, changes)
    else:
        paras, joined = _one_per_line(lines), 0
    return Mended(_join_page_breaks(paras, vocabulary, changes), changes, joined)


# --- headers, footers, page numbers ---------------------------------------------------------


def _drop_furniture(lines: list[RawLine], pages: int, changes: list[Change], *, printed: bool = True
                    ) -> list[RawLine]:
    """``lines`` without page numbers, running heads and footers. ``printed``: the text was
    taken from printed pages, so running heads repeated in it and numbers alone on their lines
    may be the pages' (not so in Word, whose headers, footers and page numbers are not part of
    the body)."""
    drop: dict[int, Change] = {}
    for line in lines:
        if is_document_footer(line.text):
            drop[line.line] = Change("document footer removed", line.line, f"“{line.text.strip()}”")
    if pages > 1:
        edges = _page_edges(lines)
        on_pages: dict[str, set[int]] = {}
        for line in edges:
            on_pages.setdefault(_shape(line.text), set()).add(line.page)
        needed = max(2, (pages + 1) // 2)
        for line in edges:
            text = line.text.strip()
            if line.line in drop:
                continue
            if _PAGE_NUMBER.match(text):
                drop[line.line] = Change("page number removed", line.line, f"“{text}”")
            elif len(on_pages[_shape(text)]) >= needed:
                drop[line.line] = Change("header/footer removed", line.line,
                                         f"“{text}” (repeats on {len(on_pages[_shape(text)])} pages)")
        for line in _numbered_pages(edges):
            drop.setdefault(line.line, Change("page number removed", line.line, f"“{line.text.strip()}”"))
    else:
        numbers = [line for line in lines if _PAGE_NUMBER.match(line.text.strip())]
        numbers += _bare_page_numbers(lines) if printed else []
        for line in numbers:
            drop[line.line] = Change("page number removed", line.line, f"“{line.text.strip()}”")
        near = {n.line + d for n in numbers for d in range(-3, 4)}
        repeated = Counter(_shape(line.text) for line in lines if line.line in near and line.text.strip())
        for line in lines:
            shape = _shape(line.text)
            if line.line in near and line.line not in drop and shape and repeated[shape] >= 2 and len(shape) <= 100:
                drop[line.line] = Change("header/footer removed", line.line,
                                         f"“{line.text.strip()}” (repeats next to page numbers)")
    if printed:
        text_of = {line.line: line.text.strip() for line in lines}
        for number, why in repeated_running_lines([line for line in lines if line.line not in drop]).items():
            drop[number] = Change("header/footer removed", number, f"“{text_of[number]}” ({why})")
    changes.extend(sorted(drop.values(), key=lambda c: c.line))
    return [line for line in lines if line.line not in drop]


def _page_edges(lines: list[RawLine]) -> list[RawLine]:
    """The first two and last two non-blank lines of every page."""
    by_page: dict[int, list[RawLine]] = {}
    for line in lines:
        if line.text.strip():
            by_page.setdefault(line.page, []).append(line)
    edges: list[RawLine] = []
    for page_lines in by_page.values():
        edges += page_lines[:2] + [line for line in page_lines[-2:] if line not in page_lines[:2]]
    return edges


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _numbered_pages(edges: list[RawLine]) -> list[RawLine]:
    """Bare numbers at page edges that go up with the pages (printed page = page + offset)."""
    bare = [line for line in edges if _BARE_NUMBER.match(line.text.strip())]
    offsets = Counter(int(line.text) - line.page for line in bare)
    if not offsets:
        return []
    offset, count = offsets.most_common(1)[0]
    return [line for line in bare if int(line.text) - line.page == offset] if count >= 2 else []


def _consecutive_bare_numbers(lines: list[RawLine]) -> list[RawLine]:
    """Lines that are just a number, when there are several and they count up by one."""
    bare = [line for line in lines if _BARE_NUMBER.match(line.text.strip())]
    values = [int(line.text) for line in bare]
    if len(bare) >= 2 and all(b == a + 1 for a, b in zip(values, values[1:])):
        return bare
    return []


def _bare_page_numbers(lines: list[RawLine]) -> list[RawLine]:
    """The numbers alone on their lines that count up, in a text without page breaks, when they
    are as far apart as pages: at least ``_PAGE_LINES`` non-blank lines on every page they mark.
    When the last number ends the text (two lines of footer at most after it), the numbers are
    at the foot of their pages: then the lines before the first number are a page, and the last
    page, before the last number, may be short. Numbers closer together are section numbers
    (``1`` / ``Introduction``), kept for :func:`_join_section_numbers`."""
    bare = _consecutive_bare_numbers(lines)
    if not bare:
        return []
    position = {line.line: k for k, line in enumerate(line for line in lines if line.text.strip())}
    at = [-1] + [position[line.line] for line in bare] + [len(position)]
    counts = [b - a - 1 for a, b in zip(at, at[1:])]
    pages = counts[:-2] if counts[-1] <= 2 else counts[1:-1]
    return bare if min(pages) >= _PAGE_LINES else []


def _join_section_numbers(lines: list[RawLine], changes: list[Change]) -> list[RawLine]:
    """``lines``, their page numbers gone, with each number alone on its line (of numbers
    counting up) joined to the next line of text when the two read as a numbered line: ``1`` /
    ``Introduction`` is the heading ``1 Introduction``. The joined line keeps the next line's
    line number and hints; blank lines between the two go."""
    numbers = {line.line for line in _consecutive_bare_numbers(lines)}
    texts = [line for line in lines if line.text.strip()]
    joined: dict[int, RawLine] = {}
    skip: set[int] = set()
    for number, after in zip(texts, texts[1:]):
        label, text = number.text.strip(), after.text.strip()
        line = replace(after, text=after.text[: len(after.text) - len(after.text.lstrip())] + f"{label} {text}")
        if number.line not in numbers or parse_line(line).label != label:
            continue
        joined[after.line] = line
        skip.update(range(number.line, after.line))
        changes.append(Change("line join", number.line, f"section number “{label}” alone on its line joined to "
                              f"“{short(text, 41)}” (the numbers alone on their lines are too close together for page "
                              "numbers)", after.line))
    return [joined.get(line.line, line) for line in lines if line.line not in skip]


def _strip_markup(line: RawLine, changes: list[Change]) -> RawLine:
    tags = _UNDERLINE.findall(line.text)
    if not tags:
        return line
    text = _UNDERLINE.sub("", line.text)
    underlined = re.findall(r"<u>(.*?)</u>", line.text, re.I)
    shown = "; ".join(f"“{u}”" for u in underlined) or f"{len(tags)} tag(s)"
    changes.append(Change("markup removed", line.line, f"underline tags <u>…</u> around {shown} "
                          "(a hyperlink in the original? add the link as [text](https://…))"))
    return replace(line, text=text)


# --- paragraphs -----------------------------------------------------------------------------


def _one_per_line(lines: list[RawLine]) -> list[Para]:
    paras: list[Para] = []
    gap = False
    for line in lines:
        if not line.text.strip():
            gap = True
            continue
        gap = gap or bool(paras and paras[-1].first.page != line.page)
        paras.append(Para(line, line.text.strip(), line.line, gap_before=gap))
        gap = False
    return paras


def _unwrap(lines: list[RawLine], vocabulary: str, changes: list[Change]) -> tuple[list[Para], int]:
    lengths = sorted(len(line.text.strip()) for line in lines if line.text.strip())
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    paras: list[Para] = []
    previous: RawLine | None = None
    joined = 0
    gap = False
    for line in lines:
        if not line.text.strip():
            gap, previous = True, None
            continue
        if previous is not None and _wrapped_on(previous, line, width):
            para = paras[-1]
            para.text = _join(para.text, line.text.strip(), (previous.line, line.line), vocabulary, changes)
            para.last_line = line.line
            if previous.page != line.page:
                changes.append(Change("page-break join", previous.line, _joined_detail(previous.text, line.text),
                                      line.line))
            joined += 1
        else:
            paras.append(Para(line, line.text.strip(), line.line,
                              gap_before=gap or bool(previous and previous.page != line.page)))
        gap, previous = False, line
    return paras, joined


def _wrapped_on(before: RawLine, line: RawLine, width: int) -> bool:
    """Whether ``line`` continues the paragraph whose last line is ``before``."""
    if parse_text(line.text).kind is not None:
        return False
    text, after = before.text.strip(), line.text.strip()
    if len(text) >= 0.75 * width:
        return True
    return not ends_sentence(text) and after[:1].islower()


def _join(text: str, after: str, lines: tuple[int, int], vocabulary: str, changes: list[Change]) -> str:
    """``text`` and ``after`` (from source ``lines``) joined with a space, or across a hyphenated word."""
    hyphen = re.search(r"(\w+)-$", text)
    if hyphen is None or not after[:1].isalnum():
        return f"{text} {after}"
    head, tail = hyphen.group(1), re.match(r"\w*", after).group(0)
    # Only a word broken before a lower-case letter can be typographic hyphenation ("organi-sation");
    # "Linked-In" and "2016-17" keep theirs, and so does "work-related" if the text writes it so elsewhere.
    keep = not after[0].islower() or (_occurs(f"{head}-{tail}", vocabulary) and not _occurs(head + tail, vocabulary))
    word = f"{head}-{tail}" if keep else head + tail
    reason = "kept the hyphen" if keep else "removed the hyphen"
    detail = f"“{head}-” + “{tail}” → “{word}” ({reason})"
    changes.append(Change("hyphenation join", lines[0], detail, lines[1]))
    return text + after if keep else text[:-1] + after


def _occurs(word: str, vocabulary: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", vocabulary) is not None


# --- page breaks ----------------------------------------------------------------------------


def _join_page_breaks(paras: list[Para], vocabulary: str, changes: list[Change]) -> list[Para]:
    result: list[Para] = []
    for i, para in enumerate(paras):
        after = paras[i + 1] if i + 1 < len(paras) else None
        if result and _continues(result[-1], para, after):
            before = result[-1]
            rest = para.marker.rest if para.marker.kind == "bullet" else para.text
            kind: ChangeKind = "page-break join" if para.gap_before else "line join"
            detail = _joined_detail(before.text, para.text)
            if para.marker.kind == "bullet":
                detail += f" (dropped the stray “{para.text[: len(para.text) - len(rest)].strip()}” before it)"
            before.text = _join(before.text, rest, (before.last_line, para.line), vocabulary, changes)
            changes.append(Change(kind, before.last_line, detail, para.last_line))
            before.last_line = para.last_line
            continue
        result.append(para)
    return result


def _continues(before: Para, para: Para, after: Para | None) -> bool:
    """Whether ``para`` is the rest of ``before``, cut off by a page break or a stray line break.

    It is when ``before`` stops mid-sentence and ``para`` goes on in lower case. A lower-case
    bullet continues a numbered clause only when it is alone at that level (``- 3.2. …`` /
    ``- so in a similar …`` / ``- 3.3. …``); a list of lower-case bullets is a list.
    """
    if before.first.heading is not None or para.first.heading is not None or ends_sentence(before.text):
        return False
    mark, prior = para.marker, before.marker
    if not prior.rest:
        return False
    if mark.kind == "bullet":
        if prior.kind != "number" or mark.indent != prior.indent or para.first.bullet:
            return False
        if after is not None and after.marker.kind == "bullet" and after.marker.indent == mark.indent:
            return False
    elif mark.kind is not None:
        return False
    return mark.rest[:1].islower()


def _joined_detail(before: str, after: str) -> str:
    head = before.strip()[-40:]
    tail = after.strip()[:40]
    return f"joined “…{head}” and “{tail}…”"
