"""Build every generated page of the handbook from a corpus.

This module knows nothing of MkDocs: it returns :class:`Page` records (a path and its
Markdown), which the plugin hands to MkDocs and tests can inspect directly.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import jinja2

from ..analyse.status import Standings
from ..corpus import Corpus
from ..model import Document, Section, Version
from .compare import ComparisonPages
from .environment import make_environment
from .acknowledge import AcknowledgementPages
from .committee import CommitteePages
from .exports import ExportFiles
from .printable import PrintPages
from .search_index import Copies, search_copies
from .staff import StaffPages
from .versions import VersionPages, build_date
from .inputs import PageInputs
from .options import RenderOptions
from .headings import Headings, Rendered
from .site import Page, Urls


@dataclass(frozen=True)
class Assets:
    """Static files the generated pages need, shipped inside the package."""

    folder: Path = Path(__file__).parent / "assets"
    prefix: str = "assets/policy-handbook"

    def files(self) -> list[tuple[str, Path]]:
        """Every asset, as (site path, file), including those in subfolders."""
        return [(f"{self.prefix}/{p.relative_to(self.folder).as_posix()}", p)
                for p in sorted(self.folder.rglob("*")) if p.is_file()]

    @property
    def stylesheets(self) -> list[str]:
        """Stylesheets every page loads: the ``*.css`` files at the top of the folder."""
        return [f"{self.prefix}/{p.name}" for p in sorted(self.folder.glob("*.css"))]

    @property
    def scripts(self) -> list[str]:
        """Scripts every page loads: the ``*.js`` files at the top of the folder."""
        return [f"{self.prefix}/{p.name}" for p in sorted(self.folder.glob("*.js"))]


ASSETS = Assets()


def sections_with_depth(sections: list[Section], depth: int = 1) -> Iterator[tuple[Section, int]]:
    for section in sections:
        yield section, depth
        yield from sections_with_depth(section.sections, depth + 1)


class SiteRenderer:
    """Renders the pages for one corpus. Create one per build."""

    def __init__(self, corpus: Corpus, options: RenderOptions | None = None, *, kept_exports: dict | None = None):
        """``kept_exports``: the mapping files' parts of a previous build, kept in this dict (see :class:`ExportFiles`)."""
        self.corpus = corpus
        self.kept_exports = kept_exports
        self.options = options or RenderOptions()
        self.urls = Urls(self.options.prefix, self.options.use_directory_urls)
        self.env: jinja2.Environment = make_environment(self.options.templates_dir, self.options.cache_dir)
        # Reviews are judged against the build date (SOURCE_DATE_EPOCH when set, for reproducible builds).
        self.today = build_date()
        self.env.globals["today"] = self.today
        self.standings = Standings(corpus, self.today)
        self.env.globals["standing"] = self.standings.of
        self.printable = PrintPages(self)
        self.versions = VersionPages(self)
        self.inputs = PageInputs(corpus)
        self._search_copies: dict[tuple[str, str], Copies] | None = None

    def search_copies(self, document: Document, version: Version) -> Copies:
        """The clauses of a version page that search finds at another clause (see :func:`search_copies`)."""
        if self._search_copies is None:
            self._search_copies = search_copies(self.corpus, self.standings)
        return self._search_copies.get((document.id, version.id), Copies())

    def render_template(self, template: str, src_uri: str, *, as_markdown: bool = False,
                        **context: object) -> Rendered:
        """The page at ``src_uri`` written from ``template``: as HTML when the site's headings can be
        written so (``options.headings``), else as Markdown, as a template of the site's own
        ``templates_dir`` always is (it may be written in Markdown), and as ``as_markdown`` asks."""
        loaded = self.env.get_template(template)
        html = self.options.headings is not None and not as_markdown and not self._overridden(loaded)
        headings = Headings(self.options.headings if html else None)
        text = loaded.render(
            corpus=self.corpus, urls=self.urls, src_uri=src_uri, heading=headings,
            href=lambda target, anchor=None: self.urls.href(target, src_uri, anchor),
            md_href=lambda path: self.urls.href(posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), path)),
                                                src_uri),
            **context,
        )
        return headings.finish(text)

    def _overridden(self, template: jinja2.Template) -> bool:
        folder = self.options.templates_dir
        return folder is not None and template.filename is not None and Path(template.filename).is_relative_to(folder)

    def pages(self) -> list[Page]:
        """Every generated page, in a stable order."""
        pages = [self.policies_index()]
        in_body_order = [d for body in self.corpus.bodies for d in self.corpus.documents_of(body)]
        for document in in_body_order:
            pages.append(self.document_page(document))
            pages.extend(self.version_page(document, v) for v in document.versions)
        for producer in self.producers():
            pages += producer.pages()
        return pages

    def _source_file(self, document: Document) -> str | None:
        path = self.corpus.files.get(document.id)
        return str(path) if path else None

    def producers(self) -> list:
        """The other kinds of page, each made by its own module."""
        return [
            ComparisonPages(self.corpus, self, baseline_body=self.options.baseline_body, pairs=self.options.pairs),
            ExportFiles(self, self.kept_exports),
            self.versions,
            CommitteePages(self),
            AcknowledgementPages(self),
            self.printable,
            StaffPages(self),
        ]

    def policies_index(self) -> Page:
        src = self.urls.policies_index()
        bodies = [(body, self.corpus.documents_of(body.id)) for body in self.corpus.bodies.values()]
        content = self.render_template("policies_index.md", src, bodies=bodies)
        return Page(src, "Policies by body", content)

    def document_page(self, document: Document) -> Page:
        src = self.urls.document(document.id)
        body = self.corpus.bodies[document.body]
        configured = [(pair, self.urls.href(self.versions.path(pair), src))
                      for pair in self.versions.configured_for(document)]
        content = self.render_template("document.md", src, document=document, body=body,
                                       latest=self.corpus.latest_version(document), configured_redlines=configured)
        return Page(src, f"{body.name}: {document.title}", content, self._source_file(document))

    def version_page(self, document: Document, version: Version) -> Page:
        src = self.urls.version(document.id, version.id)
        body = self.corpus.bodies[document.body]
        report_href, read = None, [document.id]
        if version.approval and version.approval.report:
            report = self.corpus.documents[version.approval.report]
            report_href = self.urls.href(self.urls.version(report.id, self.corpus.latest_version(report).id), src)
            read.append(report.id)
        content = lambda: self.render_template(  # made when read (see Page)
            "version.md", src, document=document, version=version, body=body,
            sections=list(sections_with_depth(version.sections)), report_href=report_href,
            superseded_by=self.corpus.superseded_by(document, version),
            print_links=self.printable.links_for(document, version, src),
            copies=self.search_copies(document, version),
        )
        # What the page shows that other documents decide: its standing (a later document may
        # replace it) and which of its clauses search finds elsewhere.
        inputs = lambda: self.inputs.documents(  # noqa: E731
            read, report_href, self.standings.of(document, version),
            self.printable.links_for(document, version, src), _sorted_copies(self.search_copies(document, version)))
        return Page(src, f"{document.title} ({version.label})", content, self._source_file(document), inputs=inputs)


def _sorted_copies(copies: Copies) -> tuple:
    return tuple(sorted(getattr(copies, name)) for name in ("text", "whole", "sections", "passages"))
