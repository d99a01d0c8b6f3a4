"""Read a policy document into raw lines: plain text, Word (``.docx``) or PDF.

Each format is reduced to the same thing, a list of :class:`RawLine`: a line of a text
file, a paragraph or table row of a Word document, a line of a PDF page's extracted
text. What the format says about a line's role (a Word heading style or a Markdown ``#``
heading, a bulleted or numbered list and its level) travels with it as hints; the text itself
is not changed here, except that Word's bold, italic and hyperlinks become Markdown and a
Markdown heading loses its ``#`` marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Format = Literal["text", "markdown", "docx", "pdf"]

SUFFIXES: dict[str, Format] = {".txt": "text", ".text": "text", ".md": "markdown", ".docx": "docx", ".pdf": "pdf"}


class ReadError(Exception):
    """The file cannot be read as a policy document; the message says why and what to do."""


@dataclass(frozen=True)
class RawLine:
    """One line of the source as read, with what the format says about it."""

    line: int
    """1-based position in the source: the line of a text file or of a PDF's extracted text,
    the paragraph or table row of a Word document. The report refers to lines by it."""
    text: str
    """The text, leading indentation kept; Word table cells are separated by tabs."""
    page: int = 1
    heading: int | None = None
    """Word heading level: 0 for the Title style, 1 for Heading 1 and so on."""
    list_level: int | None = None
    """Nesting of a Word list paragraph, 0 for the outermost level."""
    bullet: bool = False
    """A Word bulleted-list paragraph (the bullet character is not part of the text)."""
    number: str | None = None
    """The number Word's automatic numbering prints before the paragraph, e.g. ``1.2.``."""
    bold: bool = False
    """Every character of the paragraph is bold (the bold is then not written as ``**``)."""
    tracked: bool = False
    """A Word paragraph holding tracked changes (insertions are read, deletions left out)."""
    text_box: bool = False
    """A paragraph of a Word text box, read after the paragraph the box is anchored in."""
    note: bool = False
    """A Word footnote's or endnote's text, put after the body (its mark, ``[1]``, stays in the text)."""


@dataclass(frozen=True)
class Source:
    """A document read into lines."""

    path: Path
    format: Format
    lines: list[RawLine]
    wrapped: bool
    """Paragraphs are broken into lines at the page margin and must be joined up again."""
    page_furniture: tuple[str, ...] = ()
    """Text of a Word document's page headers and footers, which is not imported."""

    @property
    def pages(self) -> int:
        """How many pages the source has (1 when the format does not say)."""
        return max((line.page for line in self.lines), default=1)


def read_source(path: Path) -> Source:
    """Read ``path`` by its suffix: ``.txt``/``.md`` as UTF-8 text, ``.docx``, ``.pdf``.

    Raises:
        ReadError: the file is missing, of an unsupported type or cannot be parsed.
    """
    path = Path(path)
    if not path.is_file():
        raise ReadError(f"{path}: no such file")
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(SUFFIXES))
        raise ReadError(f"{path}: cannot read '{path.suffix or 'no suffix'}' files; use one of {known} "
                        "(save a .doc file as .docx in Word first)")
    if kind == "docx":
        from .read_docx import read_docx

        lines, furniture = read_docx(path)
        return Source(path, kind, lines, wrapped=False, page_furniture=tuple(furniture))
    if kind == "pdf":
        return Source(path, kind, _read_pdf(path), wrapped=True)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start}); save it as UTF-8") from e
    lines = _aligned_cells(text_lines(text))
    if kind == "markdown":
        lines = markdown_lines(lines)
    return Source(path, kind, lines, wrapped=looks_wrapped(lines))


_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_DELIMITER = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?\|?\s*$")


def markdown_lines(lines: list[RawLine]) -> list[RawLine]:
    """``lines`` of a Markdown file as Word's would come: each heading (``#``, or text underlined
    with ``===`` or ``---``) with its level as a hint and its marks taken off, and a table's rows
    with their cells separated by tabs. Lines that hold no words, a heading's underline, a
    table's ``|---|---|`` line and a ``***`` or ``---`` rule, are read as blank lines. A single level-1 heading that comes before every
    other is the document's title (as Word's Title style), and level 2 is then the first level
    of the sections."""
    headings: dict[int, tuple[int, str]] = {}
    underlines: set[int] = set()
    for k, line in enumerate(lines):
        atx = _ATX_HEADING.match(line.text)
        setext = _SETEXT_UNDERLINE.match(line.text)
        if atx and atx.group(2):
            headings[k] = len(atx.group(1)), atx.group(2)
        elif setext and k > 0 and lines[k - 1].text.strip() and k - 1 not in headings and k - 1 not in underlines:
            headings[k - 1] = (1 if setext.group(1)[0] == "=" else 2), lines[k - 1].text.strip()
            underlines.add(k)
    levels = [level for level, _ in headings.values()]
    titled = levels.count(1) == 1 and levels[0] == 1
    out = []
    for k, line in enumerate(lines):
        row = _PIPE_ROW.match(line.text)
        if k in headings:
            level, text = headings[k]
            out.append(RawLine(line.line, text, line.page, heading=level - 1 if titled else level))
        elif k in underlines or _PIPE_DELIMITER.match(line.text) or _THEMATIC_BREAK.match(line.text):
            out.append(RawLine(line.line, "", line.page))
        elif row:
            out.append(RawLine(line.line, "\t".join(cell.strip() for cell in row.group(1).split("|")), line.page))
        else:
            out.append(line)
    return out


# Two or more gaps of three spaces or more between words, on two lines or more one after the
# other: a table laid out in columns ("Version   Date   Author"), whose cells are then separated
# by tabs as a Word table's are. One such line alone is more likely justified text.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _aligned_cells(lines: list[RawLine]) -> list[RawLine]:
    """``lines`` with the gaps between the columns of a table laid out in spaces made tabs."""
    rows = [len(_COLUMN_GAP.findall(line.text)) >= 2 for line in lines]
    out = []
    for k, line in enumerate(lines):
        in_table = rows[k] and ((k > 0 and rows[k - 1]) or (k + 1 < len(rows) and rows[k + 1]))
        out.append(RawLine(line.line, _COLUMN_GAP.sub("\t", line.text), line.page) if in_table else line)
    return out


def text_lines(text: str) -> list[RawLine]:
    """The lines of a plain text; a form feed (as ``pdftotext`` writes) starts a new page."""
    lines: list[RawLine] = []
    page = 1
    # Lines end where str.splitlines ends them, except at a form feed: there it would end a
    # line, the page count would never see it, and lines would be numbered unlike an editor does.
    rows = re.split("\r\n|[\n\r\v\x1c\x1d\x1e\x85\u2028\u2029]", text)
    if rows and rows[-1] == "":
        rows.pop()
    for number, line in enumerate(rows, start=1):
        page += line.count("\f")
        lines.append(RawLine(number, line.replace("\f", "").rstrip(), page))
    return lines


def looks_wrapped(lines: list[RawLine]) -> bool:
    """Whether a text was hard-wrapped at a margin, as text copied out of a PDF is.

    A text with one paragraph per line has lines of every length, ending sentences; a wrapped
    one has most of its lines ending close to one width, in the middle of a sentence.
    """
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if len(texts) < 6 or max(map(len, texts)) > 130:
        return False
    width = max(map(len, texts))
    near_margin = [text for text in texts if len(text) >= 0.75 * width]
    mid_sentence = [text for text in near_margin if not re.search(r"[.!?:;][\"”’')]*$", text)]
    return len(near_margin) >= 0.4 * len(texts) and len(mid_sentence) >= 0.5 * len(near_margin)


def _read_pdf(path: Path) -> list[RawLine]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as e:
        raise ReadError(f"{path}: cannot read the PDF ({e})") from e
    if not any(text.strip() for text in pages):
        raise ReadError(f"{path}: the PDF has no text layer (a scan?); run it through OCR or use the Word original")
    lines: list[RawLine] = []
    for page_number, text in enumerate(pages, start=1):
        for line in text.splitlines():
            lines.append(RawLine(len(lines) + 1, _clean_pdf_line(line), page_number))
    return lines


def _clean_pdf_line(line: str) -> str:
    # pypdf gives private-use bullet glyphs of Symbol/Wingdings fonts as U+F0B7 and similar.
    line = re.sub("[\uf0a7\uf0b7\uf0d8\uf076\uf0fc]", "•", line)
    return line.replace("\u00a0", " ").rstrip()
