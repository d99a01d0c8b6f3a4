"""Read a Word document (``.docx``) into raw lines, with python-docx.

Paragraph styles give the hints: ``Title`` and ``Heading N`` mark headings, ``List
Bullet``/``List Number`` (``… 2``, ``… 3`` one level deeper each) and Word's own
numbering (``numPr``: a numbering definition and a level, ``ilvl``) mark list paragraphs.
Numbers Word prints automatically are not in the paragraph's text; they are worked out
from the numbering definitions, level by level, as Word would print them: lists that share a
definition continue each other's numbers unless a list restarts them (``w:lvlOverride`` with
``w:startOverride``, Word's "Restart at 1") or redefines a level.

No text Word shows is left behind: paragraphs and runs inside content controls (``w:sdt``),
fields, smart tags and tracked insertions are read like any other, and tables in table cells
too; tracked deletions are left out, as Word shows the document with its changes accepted, and
the paragraphs that hold tracked changes are marked so the report can say so. A text box's
paragraphs follow the paragraph it is anchored in. Footnotes and
endnotes keep their mark in the text (``[1]``) and their text at the end, under ``Notes``.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from .read import RawLine, ReadError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""Largest total size of a .docx's parts once decompressed (a 20,000-paragraph policy is about 10 MB)."""

MAX_RATIO = 200
"""Largest compression ratio of a part over 1 MB: Word's XML compresses about 10:1, a zip bomb 1000:1."""

MAX_PARTS = 5000
"""Most parts (files inside the zip) a .docx may have."""
_STYLE_LEVEL = re.compile(r"^List (?:Bullet|Number|Continue)(?: (\d))?$")


def read_docx(path: Path) -> tuple[list[RawLine], list[str]]:
    """Every paragraph and table row of the document body, in order; and the lines of text of
    the page headers and footers, which are not part of the body."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from lxml import etree

    check_package(path)
    try:
        document = docx.Document(str(path))
        numbering = _Numbering(document)
        styles = _Styles()
        notes = _Notes(document)
        lines: list[RawLine] = []

        def read(container, boxed: bool) -> None:
            for block in _blocks(container):
                if block.tag == f"{_W}tbl":
                    for row in Table(block, document._body).rows:
                        lines.append(RawLine(len(lines) + 1, "\t".join(_row_cells(row, notes)), text_box=boxed))
                    continue
                line = _paragraph_line(Paragraph(block, document._body), len(lines) + 1, numbering, styles, notes)
                lines.append(replace(line, text_box=boxed))
                for box in _text_boxes(block):
                    read(box, True)

        read(document.element.body, False)
        if notes.marks:
            lines.append(RawLine(len(lines) + 1, "Notes", heading=1))
            for mark, text in notes.texts():
                lines.append(RawLine(len(lines) + 1, f"[{mark}] {text}", note=True))
        furniture = _page_furniture(document)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError) as e:
        raise ReadError(f"{path}: not a Word .docx file, or a damaged one ({e}); open it in Word and save it "
                        "again as a .docx") from e
    return lines, furniture


def _page_furniture(document) -> list[str]:
    """The distinct lines of text in the document's page headers and footers, in order."""
    found: list[str] = []
    for section in document.sections:
        for part in (section.first_page_header, section.header, section.even_page_header,
                     section.first_page_footer, section.footer, section.even_page_footer):
            if part.is_linked_to_previous:
                continue
            for block in part._element.iter(f"{_W}p"):
                text = " ".join(_plain_text(block, part).split())
                if text and text not in found:
                    found.append(text)
    return found


def check_package(path: Path) -> None:
    """Refuse a .docx that would unpack to too much (a zip bomb) or that declares XML entities.

    Sizes are taken from the zip's directory before anything is decompressed; Python's zipfile
    never returns more bytes than a part declares. Word never writes a DOCTYPE, and entities
    declared in one could expand a few bytes into gigabytes, so a part with one is refused.
    """
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
            if len(parts) > MAX_PARTS:
                raise ReadError(f"{path}: the file holds {len(parts):,} parts (a Word document has a few dozen); "
                                "open it in Word and save it again as a .docx")
            total = sum(part.file_size for part in parts)
            if total > MAX_UNPACKED_BYTES:
                raise ReadError(f"{path}: the file would unpack to {total:,} bytes, over the limit of "
                                f"{MAX_UNPACKED_BYTES:,}; save the policy text alone as a .docx")
            for part in parts:
                ratio = part.file_size / max(part.compress_size, 1)
                if part.file_size > 1024 * 1024 and ratio > MAX_RATIO:
                    raise ReadError(f"{path}: part {part.filename} would unpack {ratio:,.0f} times larger than it "
                                    f"is stored (the limit is {MAX_RATIO}); this is not a file Word writes")
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    data = package.read(part).replace(b"\x00", b"")
                    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
                        raise ReadError(f"{path}: part {part.filename} declares a DOCTYPE or XML entities, which "
                                        "Word never writes; open the file in Word and save it again as a .docx")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError, RuntimeError,
            zlib.error) as e:
        raise ReadError(f"{path}: not a Word .docx file, or a damaged one ({e}); open it in Word and save it "
                        "again as a .docx") from e


class _Styles:
    """What paragraphs and runs take from their styles, looked up once per style.

    python-docx finds a style by scanning every style of the document, for every paragraph
    and run that asks: with 20,000 paragraphs that scan was nearly all of the import's time.
    """

    def __init__(self) -> None:
        self._paragraph: dict[str | None, tuple[str, tuple[str, int | None] | None]] = {}
        self._run: dict[str | None, tuple[bool, bool]] = {}

    def paragraph(self, paragraph) -> tuple[str, tuple[str, int | None] | None]:
        """The paragraph style's name, and the numbering it gives (definition id, level)."""
        style_id = paragraph._p.style
        if style_id not in self._paragraph:
            style = paragraph.style
            sources = []
            while style is not None:
                sources.append(style.element.pPr)
                style = style.base_style
            self._paragraph[style_id] = (paragraph.style.name if paragraph.style is not None else "",
                                         _numbering_of(sources))
        return self._paragraph[style_id]

    def run(self, run) -> tuple[bool, bool]:
        """Whether the run's character style makes it bold, italic."""
        style_id = run._r.style
        if style_id not in self._run:
            style = run.style
            self._run[style_id] = (bool(style is not None and style.font.bold),
                                   bool(style is not None and style.font.italic))
        return self._run[style_id]


_CONTAINERS = frozenset(f"{_W}{tag}" for tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "fldSimple",
                                                  "smartTag", "bdo", "dir"))
"""Elements whose content Word shows as if it stood in their place: content controls, custom
XML, tracked insertions and moves, simple fields, smart tags, text direction."""
_REMOVED = frozenset(f"{_W}{tag}" for tag in ("del", "moveFrom"))
"""Tracked deletions, and the old place of moved text: not shown once changes are accepted."""
_TRACKED = frozenset({f"{_W}ins", f"{_W}moveTo"}) | _REMOVED


def _blocks(element):
    """The paragraphs (``w:p``) and tables (``w:tbl``) in ``element``, in document order, also
    those inside content controls."""
    for child in element:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _text_boxes(paragraph):
    """The text boxes (``w:txbxContent``) anchored in a paragraph, once each: Word writes a
    drawing's text box twice, as a drawing and, under ``mc:Fallback``, as an older shape."""
    for box in paragraph.iter(f"{_W}txbxContent"):
        if not any(a.tag in (f"{_MC}Fallback", f"{_W}txbxContent") for a in box.iterancestors()):
            yield box


def _row_cells(row, notes: "_Notes") -> list[str]:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
            continue
        seen.add(id(cell._tc))
        cells.append(_cell_text(cell._tc, row, notes))
    return cells


def _cell_text(tc, parent, notes: "_Notes") -> str:
    """A table cell's text: its paragraphs', and the cells' of a table inside it, in order."""
    parts = []
    for block in _blocks(tc):
        if block.tag == f"{_W}p":
            parts.append(_plain_text(block, parent, notes).strip())
        else:
            parts += [_cell_text(cell, parent, notes) for row in block.findall(f"{_W}tr")
                      for cell in row.findall(f"{_W}tc")]
    return " ".join(part for part in parts if part)


def _plain_text(p, parent, notes: "_Notes | None" = None) -> str:
    """The text Word shows of paragraph element ``p``, without formatting (see :func:`_spans`)."""
    from docx.text.paragraph import Paragraph

    return "".join(text for text, *_ in _spans(Paragraph(p, parent), None, notes))


class _Notes:
    """Footnotes and endnotes: the mark each is given where it is referred to (1, 2… in the
    order of the references), and their text."""

    def __init__(self, document) -> None:
        from lxml import etree

        self.marks: dict[tuple[str, str], int] = {}
        self._texts: dict[tuple[str, str], str] = {}
        for kind in ("footnote", "endnote"):
            for rel in document.part.rels.values():
                if rel.reltype.endswith(f"/{kind}s") and not rel.is_external:
                    root = etree.fromstring(rel.target_part.blob)
                    for note in root.iter(f"{_W}{kind}"):
                        words = "".join(_note_text(node) for node in note.iter(f"{_W}t", f"{_W}tab", f"{_W}br")
                                        if not any(a.tag in _REMOVED for a in node.iterancestors()))
                        self._texts[(kind, note.get(f"{_W}id", ""))] = " ".join(words.split())

    def mark(self, reference) -> str:
        """The mark for a ``w:footnoteReference`` or ``w:endnoteReference``."""
        key = (reference.tag[len(_W):].replace("Reference", ""), reference.get(f"{_W}id", ""))
        return str(self.marks.setdefault(key, len(self.marks) + 1))

    def texts(self) -> list[tuple[int, str]]:
        """(mark, text) of every note referred to, in the order of their marks."""
        return [(mark, self._texts.get(key, "")) for key, mark in self.marks.items()]


def _note_text(node) -> str:
    return (node.text or "") if node.tag == f"{_W}t" else " "


def _paragraph_line(paragraph, number: int, numbering: "_Numbering", styles: _Styles, notes: _Notes) -> RawLine:
    style, style_num = styles.paragraph(paragraph)
    heading = _heading_level(style)
    text, all_bold = _markdown(paragraph, styles, notes)
    num = _numbering_of([paragraph._p.pPr]) or style_num
    level, bullet, printed = None, False, None
    # Headings may be numbered too (a multilevel list linked to the heading styles).
    if num is not None or (heading is None and _STYLE_LEVEL.match(style)):
        level = _list_level(style, num)
        # The level of the numbering definition: ``w:ilvl``, 0 when it is left out (as the
        # ``List Number 2`` style does: its own one-level list, indented), not the nesting.
        ilvl = num[1] if num is not None and num[1] is not None else 0
        fmt = numbering.format_of(num[0], ilvl) if num else None
        if fmt is None:
            bullet = "Bullet" in style
            if "Number" in style:
                printed = numbering.count(f"style:{style}", 0, ("decimal", "%1."))
        elif fmt[0] == "bullet":
            bullet = True
        elif fmt[0] != "none":
            printed = numbering.count(num[0], ilvl, fmt)
    if heading is not None:
        level, bullet = None, False
    if all_bold and level is None:
        text = text[2:-2]  # a bold paragraph is a heading candidate; structure decides
    return RawLine(number, text, heading=heading, list_level=level, bullet=bullet, number=printed,
                   bold=all_bold and level is None and heading is None,
                   tracked=any(node.tag in _TRACKED for node in paragraph._p.iter()))


def _heading_level(style: str) -> int | None:
    if style == "Title":
        return 0
    match = re.fullmatch(r"Heading (\d)", style)
    return int(match.group(1)) if match else None


def _numbering_of(sources: list) -> tuple[str, int | None] | None:
    """The first numbering (definition id, level) of these paragraph properties, nearest first."""
    for ppr in sources:
        if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
            ilvl = ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else None
            return str(ppr.numPr.numId.val), ilvl
    return None


def _list_level(style: str, num: tuple[str, int | None] | None) -> int:
    if num is not None and num[1] is not None:
        return num[1]
    match = _STYLE_LEVEL.match(style)
    return int(match.group(1)) - 1 if match and match.group(1) else 0


def _markdown(paragraph, styles: _Styles, notes: _Notes) -> tuple[str, bool]:
    """The paragraph as Markdown (bold, italic, links), and whether all of it is bold."""
    spans = list(_spans(paragraph, styles, notes))
    visible = [s for s in spans if s[0].strip()]
    all_bold = bool(visible) and all(s[1] for s in visible)
    if all_bold:
        spans = [(t, False, i, u) for t, _, i, u in spans]
    text = "".join(_span_markdown(group) for group in _merge(spans))
    text = re.sub(r"\s*\n\s*", " ", text).strip()  # a manual line break inside a paragraph
    return (f"**{text}**" if all_bold else text), all_bold


def _spans(paragraph, styles: _Styles | None, notes: _Notes | None, element=None, url: str | None = None):
    """(text, bold, italic, link) of each run Word shows in ``paragraph``, in order: inside links,
    content controls, fields and tracked insertions too, but not tracked deletions; a footnote's
    or endnote's reference is its mark, ``[1]`` (not read with no ``notes``: page headers and
    footers, which are not imported). With no ``styles``, bold and italic are not read."""
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    for child in paragraph._p if element is None else element:
        if child.tag == f"{_W}r":
            run = Run(child, paragraph)
            for reference in child.iter(f"{_W}footnoteReference", f"{_W}endnoteReference") if notes else ():
                yield f"[{notes.mark(reference)}]", False, False, None
            if styles is None:
                yield run.text, False, False, url
            else:
                yield run.text, _bold(run, styles), _italic(run, styles), url
        elif child.tag == f"{_W}hyperlink":
            address = Hyperlink(child, paragraph).address or ""
            link = address if re.match(r"^(https?://|mailto:)", address) else None
            yield from _spans(paragraph, styles, notes, child, link)
        elif child.tag in _CONTAINERS:
            yield from _spans(paragraph, styles, notes, child, url)


def _bold(run, styles: _Styles) -> bool:
    bold = run.bold
    return bool(bold or (bold is None and styles.run(run)[0]))


def _italic(run, styles: _Styles) -> bool:
    italic = run.italic
    return bool(italic or (italic is None and styles.run(run)[1]))


def _merge(spans: list[tuple[str, bool, bool, str | None]]) -> list[tuple[str, bool, bool, str | None]]:
    """Join neighbouring spans of the same formatting: Word splits runs at random places."""
    merged: list[tuple[str, bool, bool, str | None]] = []
    for span in spans:
        if merged and merged[-1][1:] == span[1:]:
            merged[-1] = (merged[-1][0] + span[0],) + span[1:]
        else:
            merged.append(span)
    return merged


def _span_markdown(span: tuple[str, bool, bool, str | None]) -> str:
    text, bold, italic, url = span
    core = text.strip()
    if not core:
        return text
    lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    if url:
        core = f"[{core}]({url})"
    if italic:
        core = f"*{core}*"
    if bold:
        core = f"**{core}**"
    return lead + core + tail


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


class _Numbering:
    """Word's numbering definitions, and counters to print list numbers as Word would."""

    def __init__(self, document) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._abstract_of: dict[str, str] = {}
        self._counters: dict[str, list[int]] = {}
        self._restarts: dict[str, dict[int, int]] = {}
        """Per list (``w:num``), the levels ``w:startOverride`` restarts, and their first numbers."""
        self._started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for node in root.iter(f"{_W}abstractNum"):
            abstract[node.get(f"{_W}abstractNumId", "")] = {
                int(lvl.get(f"{_W}ilvl", "0")): _level(lvl) for lvl in node.iter(f"{_W}lvl")}
        for node in root.iter(f"{_W}num"):
            ref = node.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            num_id, abstract_id = node.get(f"{_W}numId", ""), ref.get(f"{_W}val", "")
            self._abstract_of[num_id] = abstract_id
            levels = dict(abstract.get(abstract_id, {}))
            # A list that restarts another (Word's "Restart at 1") or redefines a level.
            for override in node.iter(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                redefined = override.find(f"{_W}lvl")
                if redefined is not None:
                    levels[ilvl] = _level(redefined)
                    self._restarts.setdefault(num_id, {})[ilvl] = levels[ilvl].start
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    self._restarts.setdefault(num_id, {})[ilvl] = int(start.get(f"{_W}val", "1"))
            self._levels[num_id] = levels

    def format_of(self, num_id: str, level: int) -> tuple[str, str] | None:
        """(numFmt, lvlText) of a list level, or None when the document does not define it."""
        found = self._levels.get(num_id, {}).get(level)
        return (found.fmt, found.text) if found else None

    def count(self, num_id: str, level: int, fmt: tuple[str, str]) -> str:
        """Advance the list's counter at ``level`` and return the number as printed."""
        key = self._abstract_of.get(num_id, num_id)
        levels = self._levels.get(num_id, {})
        counters = self._counters.setdefault(key, [])
        restarts = self._restarts.get(num_id, {})
        if restarts and num_id not in self._started:
            self._started.add(num_id)
            first = min(restarts)
            if first < len(counters):
                del counters[first:]
        while len(counters) <= level:
            depth = len(counters)
            counters.append(restarts.get(depth, levels[depth].start if depth in levels else 1) - 1)
        counters[level] += 1
        del counters[level + 1:]
        printed = fmt[1] or "%1."
        for depth, value in enumerate(counters):
            depth_fmt = levels[depth].fmt if depth in levels else "decimal"
            printed = printed.replace(f"%{depth + 1}", _format_number(value, depth_fmt))
        return printed


def _level(lvl) -> _Level:
    return _Level(_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""), int(_val(lvl, "start", "1")))


def _val(node, tag: str, default: str) -> str:
    child = node.find(f"{_W}{tag}")
    return child.get(f"{_W}val", default) if child is not None else default


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    result = ""
    for number, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= number:
            result += letters
            value -= number
    return result
