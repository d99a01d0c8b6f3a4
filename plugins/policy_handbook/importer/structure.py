"""Find the headings, clauses and lists in a document's paragraphs.

* A title page (the short lines and cover-table rows before the first heading, and before
  any numbered line) becomes the version's cover; one of its lines is the title.
* A heading is a Word heading, or a short line that is not a sentence and has text after it:
  ``1. Introduction``, ``6.1 Personal accountability``, ``Use of social media at work``, ``Who
  may apply``, an ALL CAPS line, ``APPENDIX 1`` (whose title may follow on the next line),
  ``Section 2 – Responsibilities`` and ``Part 3: Monitoring`` (sections 2 and 3). ``6.1`` nests
  under ``6``, and clauses ``2.1`` and ``2.2`` under a heading ``2.0``; Word headings nest by level.
* A numbered line is a clause (``3.15``, ``1.1.``), also when it looks like a heading but the
  next line is numbered at the same level (a heading numbered ``2.0`` is one still); a number
  alone on its line takes the next line's text. A roman, letter or bracketed item (``i.``,
  ``(a)``, ``(1)``) under a numbered subsection is numbered after it (``6.3 i``); after a
  clause ending with ``:`` it is one of that clause's items.
* A line ending with ``:`` (or running straight into a list) followed by bullets is a lead-in:
  the bullets become its items, nested by indentation (Word: by list level, numbered lists
  too: a ``List Number 2`` paragraph is an item of the ``List Number`` paragraph before it).
  Bullets under a heading are clauses.
  A line that looks like a heading but ends on a word a phrase cannot end on (``on``, ``the``,
  ``and``, ``their``…) and runs straight into bullets is such a lead-in, not a heading
  (``5.2 The policy also covers what employees write on``); a heading that is a question word's
  phrase (``Who this policy applies to``) stays a heading.
* A plain paragraph after a numbered clause that ends with ``:`` (a quotation, say) is a
  further paragraph of that clause; any other plain paragraph is an unnumbered clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import CoverEntry
from .draft import Draft, DraftClause, DraftSection, Note, short
from .contents import contents_lists
from .markers import Marker, is_date
from .mend import Para, ends_sentence

# A line using one of these words reads as a sentence ("Monitoring will consist of checking"),
# not as a heading ("What to do if you find inappropriate content").
_SENTENCE_WORDS = frozenset("is are was were be been will would must should shall may might can could "
                            "has have had cannot".split())
_APPENDIX = re.compile(r"^((?i:appendix|annexe?|schedule)\s+(?:\d{1,2}|[A-Z]|[IVX]{1,5}))(?=$|[\s:.,–—-])"
                       r"\s*(?:[:.,–—-]\s*)?(.*)$")
# "Section 2 – Responsibilities", "Part 3: Monitoring": a heading whose number follows a word.
_NAMED_NUMBER = re.compile(r"^(?:section|part|chapter)\s+(\d{1,2})(?:\s*[:.–—-])?\s+(\S.*)$", re.I)
_DOCUMENT_WORDS = re.compile(r"\b(polic(y|ies)|guid(ance|e|elines)|procedures?|protocol|code|standards?|"
                             r"strategy|appendix|annexe?|schedule)\b", re.I)
_VALID_ROMAN = re.compile(r"^\(?(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})[.)]?$")
# A phrase does not end on a preposition, an article, a conjunction or a possessive: a line ending
# on one is a sentence running on ("… what employees write on", then bullets), not a heading.
_UNFINISHED_ENDINGS = frozenset("on in of to with for about by from at into onto as than such including like "
                                "a an the and or but nor that their your our his her its my".split())
# "Who this policy applies to", "What to report on": a question word's phrase may end on a preposition.
_PHRASE_STARTS = frozenset("who whom whose what which where when how why".split())
# "Who may apply", "How we will handle your request": an indirect question heads its answer, but a
# longer line opening with "When" or "Where" is a sentence's condition ("When you post … you must").
_QUESTION_PHRASE_WORDS = 7
_QUESTION_WORDS = frozenset("what who whom whose why how when where which can could do does did is are am was were "
                            "should shall may might must will would have has".split())


@dataclass(frozen=True)
class _Heading:
    number: str | None
    title: str | None
    appendix: str | None = None
    level: int | None = None
    dated: bool = False
    """A date heading a dated item (``4. August 2022``): it nests in the section it is in."""
    named: str | None = None
    """The heading as printed, when its number follows a word (``Section 2 – Responsibilities``)."""

    @property
    def by_look_alone(self) -> bool:
        """Found by its look only: not a Word heading, an appendix or a date."""
        return self.level is None and self.appendix is None and not self.dated


def _words(text: str) -> list[str]:
    """The words of ``text``, without quotes, brackets, commas or emphasis around them."""
    return [w.strip("“”\"'‘’(),*_") for w in text.split()]


def plain(text: str) -> str:
    """``text`` without Markdown emphasis markers around it."""
    return re.sub(r"^[*_]+|[*_]+$", "", text.strip()).strip()


def heading_like(text: str, *, bold: bool = False) -> bool:
    """Whether a line reads as a heading: short, no final punctuation, capitalised, no verb
    of a sentence (``will``, ``must``…) unless it is in capitals or bold, or a short question
    word's phrase (``Who may apply``, ``What can be changed``)."""
    text = plain(text)
    letter = re.search(r"[^\W\d_]", text)
    if not text or len(text) > 120 or len(text.split()) > 16 or letter is None or letter.group().islower():
        return False
    if text.endswith("?"):
        return is_question_heading(text)
    if ends_sentence(text) or text.endswith(","):
        return False
    words = [w.lower() for w in _words(text)]
    if text.upper() == text or bold or not set(words) & _SENTENCE_WORDS:
        return True
    return words[0] in _PHRASE_STARTS and len(words) <= _QUESTION_PHRASE_WORDS and "," not in text


def is_question_heading(text: str) -> bool:
    """A short question that heads the text answering it: ``What is social media?``."""
    text = plain(text)
    words = text.split()
    return (text.endswith("?") and 2 <= len(words) <= 12 and text.count("?") == 1
            and words[0].lower().strip("*_") in _QUESTION_WORDS)


def structure(paras: list[Para], *, title: str | None = None) -> Draft:
    """Sections, clauses and cover of a document's paragraphs. Nothing is dropped but a
    contents list (each of its lines is noted): a paragraph that fits no pattern becomes a
    clause and is listed in ``Draft.unclassified``."""
    draft = Draft(sections=[])
    dropped = contents_lists(paras)
    for entry in dropped:
        where = f" (the heading is on line {entry.heading_line})" if entry.heading_line else ""
        draft.notes.append(Note(entry.line, f"contents list: left out “{short(entry.text)}”{where}"))
    left_out = {entry.line for entry in dropped}
    paras = [para for para in paras if para.line not in left_out]
    start = _front_matter(paras, draft, title)
    builder = _Builder(draft)
    for i in range(start, len(paras)):
        builder.add(paras[i], paras[i + 1] if i + 1 < len(paras) else None)
    builder.finish()
    for section in draft.walk_sections():
        if section.is_heading and not section.clauses and not section.sections:
            name = section.title or section.appendix or section.number
            draft.unclassified.append(Note(section.line, f"heading “{name}” has no text under it"))
    return draft


# --- title page -----------------------------------------------------------------------------


def _front_matter(paras: list[Para], draft: Draft, title: str | None) -> int:
    """Take the title page off the front of ``paras``; returns where the body starts."""
    end = 0
    while end < len(paras) - 1 and _title_page_line(paras[end]):
        end += 1
    if end == 0:
        return 0
    last = paras[end - 1]
    following = paras[end + 1] if end + 1 < len(paras) else None
    if (last.first.heading != 0 and _heading(last, paras[end]) is not None
            and _heading(paras[end], following) is None):
        end -= 1  # the heading of the first section (a heading followed by another is not one)
    front = paras[:end]
    chosen = _choose_title(front, title)
    for para in front:
        if para is chosen:
            draft.title, draft.title_line = plain(para.text), para.line
            continue
        label, text = _cover_cells(para)
        if text:
            draft.cover.append((para.line, CoverEntry(label=label, text=text)))
    return end


def _cover_cells(para: Para) -> tuple[str | None, str]:
    """A cover-table row's label and text (a row with an empty first cell has no label)."""
    row = para.first.text if para.last_line == para.line else para.text
    if "\t" not in row:
        return None, plain(para.text)
    cells = [cell.strip() for cell in row.split("\t")]
    text = " ".join(cell for cell in cells[1:] if cell)
    return (cells[0] or None, text) if text else (None, cells[0])


def _same_text(para: Para, title: str | None, *, exact: bool = False) -> bool:
    """Whether the paragraph reads ``title`` (ignoring case unless ``exact``)."""
    if title is None:
        return False
    text, wanted = " ".join(plain(para.text).split()), " ".join(title.split())
    return text == wanted if exact else text.lower() == wanted.lower()


def _title_page_line(para: Para) -> bool:
    if para.first.heading == 0:
        return True
    if para.first.heading is not None or para.marker.kind in ("bullet", "sub") or para.first.list_level is not None:
        return False
    if "\t" in para.first.text:
        return True
    if para.marker.kind == "number" or _NAMED_NUMBER.match(plain(para.text)):
        return False  # numbered: the body has begun
    if heading_like(para.text, bold=para.first.bold):
        return True
    # A date, a year, a reference: short, not a sentence, not starting in lower case.
    text = para.text
    letter = re.search(r"[^\W\d_]", text)
    return (len(text) <= 40 and not ends_sentence(text)
            and (letter is None or not letter.group().islower()))


def _choose_title(front: list[Para], title: str | None) -> Para | None:
    """The title-page line that is the document's title: the one equal to ``title`` when
    given, else a Word Title naming a kind of document ("… Policy"), else the last line
    naming one, else a Word Title, else the last line that is no sentence (one without a date
    or reference number first), else the last line of the title page. A line reading as a
    sentence (``Policy owner is the Head of HR``) is taken only when every line does."""
    candidates = [p for p in front if "\t" not in p.first.text and re.search(r"[^\W\d_]", p.text)]
    if title is not None:
        found = [p for p in candidates if _same_text(p, title, exact=True)] or \
            [p for p in candidates if _same_text(p, title)]
        return found[-1] if found else None
    styled = [p for p in candidates if p.first.heading == 0]
    phrases = [p for p in candidates if not _reads_as_sentence(p.text)]
    named = [p for p in phrases if _DOCUMENT_WORDS.search(p.text)]
    # "Example Council" in Word's Title style above "Social Media Policy": the policy's name wins.
    styled_named = [p for p in styled if _DOCUMENT_WORDS.search(p.text)]
    undated = [p for p in phrases if not re.search(r"\d", p.text)]
    return (styled_named or named[-1:] or styled or undated[-1:] or phrases[-1:] or candidates[-1:] or [None])[0]


def _reads_as_sentence(text: str) -> bool:
    """Whether a title-page line reads as a sentence: it ends with a full stop, or has a verb of
    a sentence in lower case (``Policy owner is the Head of HR``; not ``Employees Who Are Carers``)."""
    text = plain(text)
    return text.endswith((".", "!")) or any(w in _SENTENCE_WORDS for w in _words(text))


# --- headings -------------------------------------------------------------------------------


def _heading(para: Para, following: Para | None, notes: list[Note] | None = None) -> _Heading | None:
    """The heading ``para`` is, if it is one; ``following`` is the paragraph after it. A line
    that looks like one but runs into a list is none, and says so in ``notes`` if given."""
    heading = _heading_by_look(para, following)
    ending = _runs_into_list(heading, following) if heading is not None else None
    if ending is None:
        return heading
    if notes is not None:
        notes.append(Note(para.line, f"“{short(para.text)}” ends on “{ending}” and runs into the bullets "
                                     "after it: made their lead-in, not a heading"))
    return None


def _runs_into_list(heading: _Heading, following: Para | None) -> str | None:
    """The word a heading-like line ends on, when that word cannot end a phrase and bullets
    follow straight after: ``5.2 The policy also covers what employees write on`` is the lead-in
    of the bullets under it, not a heading. A Word heading, an appendix, a date or a question
    is a heading still, and so is a question word's phrase (``Who this policy applies to``)."""
    if (following is None or following.gap_before or following.marker.kind != "bullet"
            or not heading.by_look_alone or not heading.title):
        return None
    words = [w.lower() for w in _words(heading.title)]
    if len(words) < 2 or words[0] in _PHRASE_STARTS or words[-1] not in _UNFINISHED_ENDINGS:
        return None
    return words[-1]


def _heading_by_look(para: Para, following: Para | None) -> _Heading | None:
    """The heading ``para`` looks like, if any, before asking whether it runs into a list."""
    mark = para.marker
    text = mark.rest if mark.kind == "number" else para.text
    number = mark.label if mark.kind == "number" else None
    if para.first.heading is not None:
        appendix = _APPENDIX.match(plain(text))
        if appendix:
            return _Heading(number, plain(appendix.group(2)) or None, appendix.group(1), para.first.heading)
        return _Heading(number, plain(text) or None, None, para.first.heading)
    if following is None or mark.kind in ("bullet", "sub") or para.first.list_level is not None or "\t" in para.text:
        return None
    after = following.marker
    section_number = number is not None and number.endswith(".0") and mark.rest[:1].isalpha()
    if mark.depth > 1 and after.kind == "number" and after.depth <= mark.depth and not section_number:
        return None  # "3.4 Use of devices" straight before "3.5 …" is a clause, not a subsection
    appendix = _APPENDIX.match(plain(text))
    if appendix and heading_like(text, bold=True):
        return _Heading(number, plain(appendix.group(2)) or None, appendix.group(1))
    named = _NAMED_NUMBER.match(plain(text)) if number is None else None
    if named and heading_like(named.group(2), bold=para.first.bold):
        return _Heading(named.group(1), plain(named.group(2)), named=plain(text))
    if heading_like(text, bold=para.first.bold):
        return _Heading(number, plain(text), dated=number is None and is_date(plain(text)))
    return None


# --- body -----------------------------------------------------------------------------------


_CELL_JOIN = " – "
"""What a table row's cells are joined by in its clause: ``Home worker – An employee who …``."""


def _row_text(cells: list[str]) -> str:
    """A table row's cells as one text: joined by :data:`_CELL_JOIN`, or by a space after a
    cell that ends with its own punctuation (``Term:``)."""
    text = cells[0] if cells else ""
    for cell in cells[1:]:
        text += (" " if re.search(r"[:;,.–—-]$", text) else _CELL_JOIN) + cell
    return text


class _Builder:
    """Adds the body's paragraphs to the draft one by one, keeping track of where they go."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.open: list[DraftSection] = []
        """The current section and the sections it is in, outermost first."""
        self.previous: DraftClause | None = None
        """The clause just added, while nothing else has come after it."""
        self.list_base: list[DraftClause] | None = None
        """Where the open bullet list's outermost items go."""
        self.bullets: list[tuple[int, DraftClause]] = []
        self.appendix: DraftSection | None = None
        """An appendix heading still waiting for its title line."""
        self.number: tuple[str, int] | None = None
        """A clause number printed alone on its line (and that line), waiting for its text."""
        self.lead_in: DraftClause | None = None
        """A lead-in ending with a colon whose items are short lines without bullets."""

    def add(self, para: Para, following: Para | None) -> None:
        """Add ``para`` where it belongs; ``following`` is the paragraph after it, if any."""
        heading = _heading(para, following, self.draft.notes)
        if heading is not None and self._item_of_lead_in(para, heading):
            return
        self.lead_in = None
        if heading is not None:
            self._heading(para, heading)
            return
        self.appendix = None
        mark = para.marker
        if self.number is not None and mark.kind is None:
            label, line = self.number
            self.number = None
            self._clause(DraftClause(para.text, para.line, number=label))
            self.draft.notes.append(Note(line, f"number {label} is alone on its line; joined to the text "
                                               f"of line {para.line}"))
            return
        self.finish()
        if "\t" in para.text and (mark.kind is None or para.text.count("\t") >= 2):
            cells = _row_text([c.strip() for c in para.text.split("\t") if c.strip()])
            self._clause(DraftClause(cells, para.line))
            self.draft.unclassified.append(Note(para.line, f"table row kept as one clause, its cells joined by "
                                                           f"“{_CELL_JOIN.strip()}”: “{short(cells)}”"))
        elif mark.kind == "number":
            self._numbered(para, mark)
        elif mark.kind == "sub":
            self._sub(para, mark)
        elif mark.kind == "bullet":
            self._bullet(para, mark)
        else:
            self._paragraph(para, mark, following is not None)

    def _item_of_lead_in(self, para: Para, heading: _Heading) -> bool:
        """Add a short line that looks like a heading to the lead-in straight before it
        ("Examples of social media include:", then "Facebook", "Instagram" on lines of their own)."""
        lead = self.lead_in
        if lead is None and self.previous is not None and self.list_base is None and self.number is None:
            if _leads_in(self.previous) and not self.previous.items:
                lead = self.previous
        if (lead is None or para.gap_before or not heading.by_look_alone or heading.number is not None
                or (heading.title or "").endswith("?")):
            return False
        lead.items.append(DraftClause(para.text, para.line))
        self.draft.notes.append(Note(para.line, f"“{short(para.text)}” made an item of the lead-in "
                                                f"“{short(lead.text)}” (line {lead.line}), not a heading"))
        self.lead_in = self.previous = lead
        return True

    def finish(self) -> None:
        """Keep a clause number still waiting for its text as a clause of its own."""
        if self.number is not None:
            label, line = self.number
            self.number = None
            self._clause(DraftClause(label, line, number=label))
            self.draft.unclassified.append(Note(line, f"number {label} has no text; kept as a clause"))

    def _heading(self, para: Para, heading: _Heading) -> None:
        self.finish()
        self._close_list()
        self.previous = None
        waiting = self.appendix
        if waiting is not None and heading.appendix is None and heading.number is None and heading.level is None:
            waiting.title = heading.title
            self.appendix = None
            return
        section = DraftSection(para.line, heading.number, heading.title, heading.appendix, heading.level)
        if heading.dated:
            self.draft.notes.append(Note(para.line, f"“{heading.title}” read as a date, not as a section number: "
                                                    "made the heading of a dated item"))
        elif heading.named:
            self.draft.notes.append(Note(para.line, f"“{short(heading.named)}” read as section {heading.number}, "
                                                    f"“{short(heading.title or '')}”"))
        elif heading.title and heading.title.endswith("?"):
            self.draft.notes.append(Note(para.line, f"question “{short(heading.title)}” made a heading"))
        parent = self._parent(heading)
        (parent.sections if parent else self.draft.sections).append(section)
        self.open.append(section)
        self.appendix = section if heading.appendix and not heading.title else None

    def _parent(self, heading: _Heading) -> DraftSection | None:
        """The section a new heading belongs in; ``self.open`` is cut back to it."""
        if heading.level is not None:
            while self.open and (self.open[-1].level is None or self.open[-1].level >= heading.level):
                self.open.pop()
            return self.open[-1] if self.open else None
        if heading.number and "." in heading.number and self._open_to(heading.number.rsplit(".", 1)[0]):
            return self.open[-1]
        if heading.dated:
            while self.open and (self.open[-1].title or "") and is_date(self.open[-1].title or ""):
                self.open.pop()
            return self.open[-1] if self.open else None
        styled = [k for k, section in enumerate(self.open) if section.level is not None]
        if heading.number is None and styled:
            # A heading found by its look, inside a Word heading's section: one level below it.
            del self.open[styled[-1] + 1:]
            return self.open[-1]
        self.open = []
        return None

    def _open_to(self, number: str) -> bool:
        """Cut ``self.open`` back to the open section numbered ``number`` (or ``number.0``: under
        ``2.0 Managers``, clause ``2.1`` is the heading's), if there is one."""
        for k in range(len(self.open) - 1, -1, -1):
            if self.open[k].number in (number, f"{number}.0"):
                del self.open[k + 1:]
                return True
        return False

    def _container(self, line: int) -> DraftSection:
        if not self.open:
            self.open = [DraftSection(line)]
            self.draft.sections.append(self.open[0])
        current = self.open[-1]
        if current.sections:
            # Text after a section's subsections: an untitled subsection keeps it in order.
            last = current.sections[-1]
            if last.is_heading or last.sections:
                last = DraftSection(line)
                current.sections.append(last)
            self.open.append(last)
            current = last
        return current

    def _clause(self, clause: DraftClause) -> None:
        self._close_list()
        self._container(clause.line).clauses.append(clause)
        self.previous = clause

    def _numbered(self, para: Para, mark: Marker) -> None:
        base = (mark.label or "").split(" ")[0]
        level = para.first.list_level if para.first.number is not None and "." not in base else None
        if level is not None and mark.rest:
            # Word's list levels (``List Number 2`` under ``List Number``): a one-part number
            # one level deeper than the list paragraph before it is an item of that paragraph.
            while self.bullets and self.bullets[-1][0] >= level:
                self.bullets.pop()
            if self.bullets:
                item = DraftClause(mark.rest, para.line, number=mark.label)
                self.bullets[-1][1].items.append(item)
                self.bullets.append((level, item))
                self.previous = item
                return
        if "." in base:
            self._open_to(base.rsplit(".", 1)[0])
        if not mark.rest:
            self.number = (mark.label or "", para.line)
            return
        self._clause(DraftClause(mark.rest, para.line, number=mark.label))
        if level is not None:
            self.bullets = [(level, self.previous)]  # deeper list paragraphs after it are its items

    def _sub(self, para: Para, mark: Marker) -> None:
        if self.bullets and mark.indent > self.bullets[-1][0]:
            self.bullets[-1][1].items.append(DraftClause(mark.rest, para.line, number=mark.label))
            return
        lead = self.previous
        if (lead is not None and self.list_base is None and _leads_in(lead)
                and not _same_series(lead.number, mark.label)):
            lead.items.append(DraftClause(mark.rest, para.line, number=mark.label))
            return
        container = self._container(para.line)
        number = f"{container.number} {mark.label}" if container.number else mark.label
        self._clause(DraftClause(mark.rest, para.line, number=number))

    def _bullet(self, para: Para, mark: Marker) -> None:
        if self.list_base is None:
            lead = self.previous
            if lead is not None and (_leads_in(lead)
                                     or not para.gap_before and not ends_sentence(lead.text)):
                self.list_base = lead.items
            else:
                self.list_base = self._container(para.line).clauses
            self.previous = None
        while self.bullets and self.bullets[-1][0] >= mark.indent:
            self.bullets.pop()
        clause = DraftClause(mark.rest, para.line, bullet=True)
        (self.bullets[-1][1].items if self.bullets else self.list_base).append(clause)
        self.bullets.append((mark.indent, clause))

    def _paragraph(self, para: Para, mark: Marker, has_next: bool) -> None:
        if self.bullets and mark.indent > self.bullets[-1][0]:
            item = self.bullets[-1][1]
            item.text += "\n\n" + para.text
            self.draft.notes.append(Note(para.line, "indented paragraph kept as a further paragraph of the "
                                                    f"list item “{short(item.text)}”"))
            return
        lead = self.previous
        if lead is not None and lead.number and not lead.items and _leads_in(lead):
            lead.text += "\n\n" + para.text
            self.draft.notes.append(Note(para.line, f"paragraph kept as a further paragraph of clause {lead.number}"))
            return
        if not has_next and heading_like(para.text):
            self.draft.unclassified.append(Note(para.line, f"last line looks like a heading but has no text "
                                                           f"after it; kept as a clause: “{short(para.text)}”"))
        self._clause(DraftClause(para.text, para.line))

    def _close_list(self) -> None:
        self.list_base = None
        self.bullets = []


def _leads_in(clause: DraftClause) -> bool:
    """Whether a clause ends with a colon, as a list's lead-in does."""
    return clause.text.rstrip().endswith(":")


def _same_series(lead: str | None, label: str | None) -> bool:
    """Whether a sub-item label continues the series the lead clause is numbered in (``i``→``ii``)."""
    if not lead or not label:
        return False
    last = lead.split(" ")[-1]
    return bool(_VALID_ROMAN.match(last)) == bool(_VALID_ROMAN.match(label)) and not last[0].isdigit()
