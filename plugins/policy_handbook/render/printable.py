"""Printable pages: each version, each appendix, and the whole staff handbook in one page.

A version superseded by a later version of its document has none: the later one is printed
instead, and a superseded version's own page still prints (the theme's print style leaves out
the navigation). Every printable page lives under ``print/``, is left out of the navigation
and of the search index (its text is already indexed on the version pages), and prints on A4
with a footer line naming the document, version and date on every sheet (see
``assets/print.css``). The pages are:

- ``print/<document>/<version>/index.md``: the whole version. For a document whose kind
  is ``appendix`` this is the appendix page.
- ``print/<document>/<version>/<section>.md``: one appendix of a version, for every
  section with ``appendix`` set (consecutive sections with the same label form one
  appendix, named after the first).
- ``print/handbook.md``: the current harmonised policy (the latest version of every
  document of a ``handbook project`` body), cover first, each top-level section on a
  new sheet.
- ``print/index.md``: a list of all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from ..model import Body, Document, Section, Version
from .environment import long_date
from .site import Page

if TYPE_CHECKING:
    from .pages import SiteRenderer

PRINT_FOLDER = "print"
HANDBOOK_URI = f"{PRINT_FOLDER}/handbook.md"
INDEX_URI = f"{PRINT_FOLDER}/index.md"
HANDBOOK_BODY_KIND = "handbook project"


def version_uri(document_id: str, version_id: str) -> str:
    """The printable page of a whole version."""
    return f"{PRINT_FOLDER}/{document_id}/{version_id}/index.md"


def appendix_uri(document_id: str, version_id: str, section_id: str) -> str:
    """The printable page of an appendix that starts with section ``section_id``."""
    slug = "appendix-index" if section_id == "index" else section_id  # index.md is the whole version
    return f"{PRINT_FOLDER}/{document_id}/{version_id}/{slug}.md"


# --- what is printed ---------------------------------------------------------------------


@dataclass(frozen=True)
class Appendix:
    """An appendix of a version: one or more consecutive sections sharing a label, or a
    whole document of kind ``appendix``."""

    document: Document
    version: Version
    sections: tuple[Section, ...]
    label: str | None
    whole_document: bool = False

    @property
    def src_uri(self) -> str:
        if self.whole_document:
            return version_uri(self.document.id, self.version.id)
        return appendix_uri(self.document.id, self.version.id, self.sections[0].id)

    @property
    def title(self) -> str:
        """``APPENDIX 1: EMPLOYEE GUIDANCE …``; a whole-document appendix is its title."""
        if self.whole_document:
            return self.document.title
        first = self.sections[0]
        if len(self.sections) == 1 and first.title:
            return f"{self.label}: {first.title}" if self.label else first.title
        return self.label or first.title or first.id


def _appendix_runs(sections: list[Section]) -> Iterator[tuple[str, list[Section]]]:
    """Consecutive sibling sections with the same appendix label; recurse into the others."""
    run: list[Section] = []
    for section in sections:
        if section.appendix and run and run[0].appendix == section.appendix:
            run.append(section)
            continue
        if run:
            yield run[0].appendix or "", run
            run = []
        if section.appendix:
            run = [section]
        else:
            yield from _appendix_runs(section.sections)
    if run:
        yield run[0].appendix or "", run


def appendices_of(document: Document, version: Version) -> list[Appendix]:
    """The appendices of one version, in document order."""
    if document.kind == "appendix":
        label = next((s.appendix for s in version.walk_sections() if s.appendix), None)
        return [Appendix(document, version, tuple(version.sections), label, whole_document=True)]
    return [Appendix(document, version, tuple(run), label or None) for label, run in _appendix_runs(version.sections)]


@dataclass(frozen=True)
class Block:
    """A section as one printable page shows it: heading level, heading, page break."""

    section: Section
    level: int
    heading: bool = True
    label: bool = True
    """Show the section's appendix label in its heading (not when the page is that appendix)."""
    page_break: bool = False
    anchor_prefix: str = ""

    @property
    def text(self) -> str:
        """The heading as printed: ``Appendix B: 6.1 Title``, with the number as headings print it."""
        section = self.section
        number = section.number or ""
        if number and "." not in number and number[-1:].isdigit():
            number += "."
        rest = " ".join(part for part in (number, section.title or "") if part)
        if self.label and section.appendix:
            return f"{section.appendix}: {rest}" if rest else section.appendix
        return rest


def _blocks(sections: list[Section] | tuple[Section, ...], level: int, *, hide_label: str | None = None,
            break_top: str = "none", anchor_prefix: str = "") -> list[Block]:
    """Flatten sections into blocks. ``break_top``: ``none``; ``all`` (every top-level section
    starts a new sheet, so a cover before them stands alone); ``appendix`` (each appendix
    after the first section starts a new sheet)."""
    blocks: list[Block] = []

    def visit(section: Section, depth: int, top: bool, index: int) -> None:
        page_break = top and (break_top == "all" or (break_top == "after-first" and index > 0)
                              or (break_top == "appendix" and bool(section.appendix) and index > 0))
        label = bool(section.appendix) and section.appendix != hide_label
        blocks.append(Block(section, min(level + depth, 6), heading=bool(section.title or section.number or label),
                            label=label, page_break=page_break, anchor_prefix=anchor_prefix))
        for child in section.sections:
            visit(child, depth + 1, False, 0)

    for index, section in enumerate(sections):
        visit(section, 0, True, index)
    return blocks


def date_line(version: Version) -> str:
    """The date a reader needs: ``Effective from 1 January 2017``, or ``No date stated``."""
    dates = version.dates
    for value, words in ((dates.effective_from, "Effective from"), (dates.approved, "Approved"),
                         (dates.published, "Published")):
        if value:
            return f"{words} {long_date(value)}"
    if version.approval:
        return f"Put to {version.approval.committee}, {long_date(version.approval.meeting_date)}"
    return "No date stated"


def readable(text: str) -> str:
    """A heading printed in capitals, in sentence case for a link: ``APPENDIX 1`` → ``Appendix 1``."""
    return text[:1] + text[1:].lower() if text.isupper() else text


def status_line(version: Version, superseded_by: Version | None = None, standing: str | None = None) -> str:
    """``In force. Approved 22 November 2016. Effective from 1 January 2017.``, or
    ``In force. No date stated.`` when the source gives none. ``standing`` is the version's
    standing in words (``analyse/status.py``); without it, its recorded status."""
    parts = [standing or version.status.capitalize()]
    for key, words in (("published", "Published"), ("approved", "Approved"),
                       ("effective_from", "Effective from"), ("review_due", "Review due")):
        value = getattr(version.dates, key)
        if value:
            parts.append(f"{words} {long_date(value)}")
    if len(parts) == 1 and version.approval:
        parts.append(date_line(version))
    elif len(parts) == 1:
        parts.append("No date stated")
    if superseded_by is not None:
        parts.append(f"Superseded by {superseded_by.label}")
    return ". ".join(parts) + "."


def footer_text(body: Body, document: Document, version: Version, appendix: str | None = None,
                standing: str | None = None) -> str:
    """The line printed at the foot of every sheet: document, version, its standing and date."""
    title = f"{document.title}, {appendix}" if appendix and appendix not in document.title else document.title
    return f"{body.name} · {title} · {version.label} ({(standing or version.status).lower()}) · {date_line(version)}"


@dataclass
class PrintLink:
    """A link to a printable page, for other pages to offer."""

    title: str
    src_uri: str
    href: str


# --- the pages ---------------------------------------------------------------------------


class PrintPages:
    """Printable appendix pages, a printable page per version, and the whole handbook in one page."""

    def __init__(self, site: "SiteRenderer"):
        self.site = site
        corpus = site.corpus
        self._by_version: dict[tuple[str, str], list[Appendix]] = {
            (d.id, v.id): appendices_of(d, v) for d in corpus.documents.values() for v in d.versions
            if self._printed(d, v)}

    def _printed(self, document: Document, version: Version) -> bool:
        """Whether a version has printable pages: every version but one a later version of its
        document, held here, has superseded."""
        return not (self.site.standings.of(document, version).key == "superseded"
                    and self.site.corpus.superseded_by(document, version) is not None)

    # public look-ups, for pages made elsewhere ---------------------------------------------

    def appendices(self) -> list[Appendix]:
        """Every appendix of every version of every document."""
        return [a for appendices in self._by_version.values() for a in appendices]

    def appendices_of(self, document: Document, version: Version) -> list[Appendix]:
        """The appendices of one version."""
        return list(self._by_version.get((document.id, version.id), []))

    def links_for(self, document: Document, version: Version, from_src_uri: str) -> list[PrintLink]:
        """Printable pages of one version, linked from ``from_src_uri``: the whole version
        first, then each of its appendices (and the handbook, for harmonised text); none for a
        superseded version."""
        if (document.id, version.id) not in self._by_version:
            return []
        href = self.site.urls.href
        uri = version_uri(document.id, version.id)
        links = [PrintLink("Printable version", uri, href(uri, from_src_uri))]
        for appendix in self.appendices_of(document, version):
            if not appendix.whole_document:
                name = ": ".join(readable(p) for p in (appendix.label, appendix.sections[0].title) if p) \
                    if len(appendix.sections) == 1 else readable(appendix.label or appendix.title)
                links.append(PrintLink(f"Print {name or appendix.title}", appendix.src_uri,
                                       href(appendix.src_uri, from_src_uri)))
        if self._is_handbook(document) and version.id == self.site.corpus.latest_version(document).id:
            links.append(PrintLink("Print the whole staff handbook", HANDBOOK_URI, href(HANDBOOK_URI, from_src_uri)))
        return links

    def handbook_documents(self) -> list[tuple[Document, Version]]:
        """The current harmonised policy: the latest version of each handbook-project document,
        appendix documents last."""
        documents = [d for d in self.site.corpus.documents.values() if self._is_handbook(d)]
        documents.sort(key=lambda d: d.kind == "appendix")
        return [(d, self.site.corpus.latest_version(d)) for d in documents]

    def _is_handbook(self, document: Document) -> bool:
        body = self.site.corpus.bodies.get(document.body)
        return body is not None and body.kind == HANDBOOK_BODY_KIND

    # pages ----------------------------------------------------------------------------------

    def pages(self) -> list[Page]:
        """Every printable page, with the list of them first."""
        corpus = self.site.corpus
        pages = [self.index_page(), self.handbook_page()]
        for document in corpus.documents.values():
            for version in document.versions:
                if document.kind != "appendix" and (document.id, version.id) in self._by_version:
                    pages.append(self.version_page(document, version))
                pages.extend(self.appendix_page(a) for a in self.appendices_of(document, version))
        return pages

    def _context(self, document: Document, version: Version) -> dict[str, object]:
        """What every printable page says about the version it prints."""
        corpus = self.site.corpus
        return {"document": document, "version": version, "body": corpus.bodies[document.body],
                "status": status_line(version, corpus.superseded_by(document, version),
                                      self.site.standings.of(document, version).words)}

    def appendix_page(self, appendix: Appendix) -> Page:
        """One appendix, made to print."""
        src, urls = appendix.src_uri, self.site.urls
        document, version = appendix.document, appendix.version
        if appendix.whole_document or len(appendix.sections) > 1:
            blocks = _blocks(appendix.sections, 2, hide_label=appendix.label)
        else:
            only = appendix.sections[0]
            blocks = [Block(only, 1, heading=False)] + _blocks(only.sections, 2, hide_label=appendix.label)
        anchor = None if appendix.whole_document else urls.section_anchor(appendix.sections[0].id)
        content = lambda: self.site.render_template(  # made when read (see Page)
            "print_appendix.md", src, title=appendix.title, blocks=blocks,
            back_href=urls.href(urls.version(document.id, version.id), src, anchor),
            footer=footer_text(self.site.corpus.bodies[document.body], document, version, appendix.label,
                               self.site.standings.of(document, version).words),
            **self._context(document, version),
        )
        return Page(src, f"{appendix.title} (printable)", content, in_nav=False, inputs=self._inputs(document, version))

    def version_page(self, document: Document, version: Version) -> Page:
        """A whole version, made to print; each appendix starts a new sheet."""
        src, urls = version_uri(document.id, version.id), self.site.urls
        content = lambda: self.site.render_template(
            "print_appendix.md", src, title=document.title,
            blocks=_blocks(version.sections, 2, break_top="appendix"),
            back_href=urls.href(urls.version(document.id, version.id), src),
            footer=footer_text(self.site.corpus.bodies[document.body], document, version,
                               standing=self.site.standings.of(document, version).words),
            **self._context(document, version),
        )
        return Page(src, f"{document.title} ({version.label}, printable)", content, in_nav=False,
                    inputs=self._inputs(document, version))

    def _inputs(self, document: Document, version: Version):
        """A printable page's inputs (see render/inputs.py): its document, and the version's standing."""
        return lambda: self.site.inputs.documents([document.id], self.site.standings.of(document, version))

    def handbook_page(self) -> Page:
        """The whole current harmonised policy in one page, or a note that none exists yet."""
        src = HANDBOOK_URI
        corpus, urls = self.site.corpus, self.site.urls
        current = self.handbook_documents()
        several = len(current) > 1
        parts = [{
            **self._context(document, version),
            # The first section follows the cover on the first sheet; every other starts a sheet.
            "blocks": _blocks(version.sections, 3 if several else 2, break_top="all" if position else "after-first",
                              anchor_prefix=f"{document.id}--" if several else ""),
            "back_href": urls.href(urls.version(document.id, version.id), src),
            "anchor": document.id,
        } for position, (document, version) in enumerate(current)]
        sources = [(body, corpus.documents_of(body.id)) for body in corpus.bodies.values()
                   if body.kind != HANDBOOK_BODY_KIND and corpus.documents_of(body.id)]
        content = self.site.render_template(
            "print_handbook.md", src, title=current[0][0].title if len(current) == 1 else "Staff handbook",
            parts=parts, several=several, sources=sources, footer=self.handbook_footer())
        return Page(src, "Staff handbook (printable)", content, in_nav=False)

    def handbook_footer(self) -> str:
        """The footer line of the handbook page: the harmonised documents, versions and date."""
        current = self.handbook_documents()
        if not current:
            return "Staff handbook · no harmonised policy has been written yet"
        document, version = current[0]
        body = self.site.corpus.bodies[document.body]
        if len(current) == 1:
            return footer_text(body, document, version, standing=self.site.standings.of(document, version).words)
        titles = "; ".join(f"{d.title}, {v.label} ({self.site.standings.of(d, v).words.lower()})" for d, v in current)
        return f"{body.name} · Staff handbook: {titles} · {date_line(version)}"

    def index_page(self) -> Page:
        """A list of every printable page."""
        src = INDEX_URI
        corpus = self.site.corpus
        entries = []
        for document in corpus.documents.values():
            for version in document.versions:
                links = self.links_for(document, version, src)
                if not links:
                    continue
                if document.kind == "appendix":
                    links[0].title = "Printable appendix"
                entries.append((document, version, [link for link in links if link.src_uri != HANDBOOK_URI]))
        content = self.site.render_template("print_index.md", src, entries=entries,
                                            has_handbook=bool(self.handbook_documents()))
        return Page(src, "Printable pages", content, in_nav=False)
