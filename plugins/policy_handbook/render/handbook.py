"""Everything the handbook adds to a site, whichever builder builds it.

The MkDocs plugin hands this to MkDocs in memory; ``policy-handbook generate`` writes the same
content into a folder with a ``mkdocs.yml`` that any builder reading that format can build with
no plugin at all. Both go through :func:`handbook_content`, so the two builds cannot drift apart.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..analyse.status import applicable
from ..corpus import Corpus
from .compare import TopicPart, topic_parts
from .options import RenderOptions
from .pages import ASSETS, SiteRenderer
from .search_index import LABELS_SCRIPT, labels_script, page_labels
from .site import Page, Urls
from .staff import HOME, StaffPages
from .versions import REDLINE_FOLDER

REQUIRED_EXTENSIONS = ("attr_list", "tables", "toc")
"""Python-Markdown extensions the generated pages are written for."""

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
"""Material partials shipped with the handbook: an accessible name for the search dialog, the footer's links."""

IFRAME_WORKER_SHIM = f"{ASSETS.prefix}/vendor/iframe-worker-shim.js"
"""Lets Material's search worker start from ``file://``; listed in ``extra.polyfills``."""


NOT_GENERATED = re.compile(r"<!-- policy-handbook:not-generated -->.*?<!-- /policy-handbook:not-generated -->\n?", re.S)
"""A passage of a hand-written page shown only when the handbook was not generated.

A builder that ignores the plugin (Zensical reads mkdocs.yml but runs no MkDocs plugin) would
otherwise build the hand-written pages alone and report success; the passage tells the reader
what happened. The plugin and ``policy-handbook generate`` remove it."""


@dataclass
class NavSection:
    """A section of the navigation: its title and its entries, in order."""

    title: str
    """Plain text, as the sources give it (escape it for a theme that prints titles as HTML)."""
    children: list["NavEntry"] = field(default_factory=list)


NavEntry = str | NavSection
"""A page (its ``src_uri``) or a section."""


@dataclass
class HandbookContent:
    """The generated pages, the static files they need, and where each goes in the navigation."""

    pages: list[Page]
    """Generated pages, in the order the navigation shows them."""
    home_extra: str | None
    """Markdown to append to a hand-written home page (None when the home page is generated)."""
    assets: list[tuple[str, Path]] = field(default_factory=lambda: ASSETS.files())
    stylesheets: list[str] = field(default_factory=lambda: ASSETS.stylesheets)
    scripts: list[str] = field(default_factory=lambda: ASSETS.scripts)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Sections (titles, outermost first) that hold a folder's section in the navigation, e.g.
    a document's folder inside its body's section: see :func:`body_groups`."""

    def hand_written(self, src_uri: str, markdown: str) -> str:
        """A hand-written page as the handbook shows it: the home page followed by the staff home."""
        markdown = NOT_GENERATED.sub("", markdown)
        if src_uri == HOME and self.home_extra:
            markdown = markdown.rstrip() + "\n\n" + self.home_extra
        return markdown

    def nav(self, hand_written: list[str]) -> list[NavEntry]:
        """The navigation: hand-written pages first (as given), then the generated ones.

        A folder of pages is a section titled after its ``index.md`` page; a document's redlines
        are in the document's section. Sections and pages are ordered by their first page, so the
        navigation, and MkDocs' previous/next links, follow the order in which the renderer made
        the pages.
        """
        titles = {p.src_uri: p.title for p in self.pages}
        uris = list(hand_written) + [p.src_uri for p in self.pages if p.in_nav and p.src_uri not in hand_written]

        def home(folder: str) -> str:
            """The folder whose section holds a folder's pages: a document's redlines are in the
            document's section, as their folder has no page of its own."""
            return posixpath.dirname(folder) if posixpath.basename(folder) == REDLINE_FOLDER else folder

        root = NavSection("")
        sections: dict[str, NavSection] = {"": root}
        grouping: dict[tuple[str, ...], NavSection] = {}

        def group(folder: str) -> NavSection:
            """The section a folder's section goes in: its parent folder's, or a group inside that."""
            parent_folder = posixpath.dirname(folder)
            parent = section(parent_folder)
            path: tuple[str, ...] = (parent_folder,)
            for title in self.groups.get(folder, ()):
                path += (title,)
                if path not in grouping:
                    grouping[path] = NavSection(title)
                    parent.children.append(grouping[path])
                parent = grouping[path]
            return parent

        def section(folder: str) -> NavSection:
            if folder not in sections:
                parent = group(folder)
                index = f"{folder}/index.md"
                title = titles.get(index) or posixpath.basename(folder).replace("-", " ").replace("_", " ").capitalize()
                sections[folder] = NavSection(title)
                parent.children.append(sections[folder])
            return sections[folder]

        for uri in uris:
            folder = home(posixpath.dirname(uri))
            target = section(folder)
            if posixpath.basename(uri) == "index.md" and folder:
                target.children.insert(0, uri)
            else:
                target.children.append(uri)
        return root.children


def body_groups(corpus: Corpus, urls: Urls) -> dict[str, tuple[str, ...]]:
    """Where each document's folder goes in the navigation: inside a section for its body.

    Material's ``navigation.prune`` renders only the branch of the page shown, so grouping keeps a
    policy page's navigation about as large as its body's documents, however many bodies there
    are. With many bodies, the body sections go in sections by kind of body, and a kind with many
    bodies is split into alphabetical ranges ("Ashford Council – Kent County Council"), as the
    topic pages split them (:func:`~.compare.topic_parts`).
    """
    bodies = [body for body in corpus.bodies.values() if corpus.documents_of(body.id)]
    parts = topic_parts(bodies) or [TopicPart("", "", None, tuple(bodies))]
    groups: dict[str, tuple[str, ...]] = {}
    for part in parts:
        path = tuple(filter(None, [part.kind, part.range]))
        for body in part.bodies:
            for document in corpus.documents_of(body.id):
                groups[posixpath.dirname(urls.document(document.id))] = path + (body.name,)
    return groups


def handbook_content(corpus: Corpus, options: RenderOptions, *, has_home: bool,
                     kept_exports: dict | None = None) -> HandbookContent:
    """Render every page of the handbook.

    ``has_home``: the site has its own ``index.md``; the staff home is then appended to it (see
    :attr:`HandbookContent.home_extra`) instead of being a page of its own. ``kept_exports``:
    see :class:`~.exports.ExportFiles`.
    """
    renderer = SiteRenderer(corpus, options, kept_exports=kept_exports)
    pages = renderer.pages()
    available = {page.src_uri for page in pages}
    home = StaffPages(renderer)
    home_extra = home.home_text(standalone=False, available=available).text if has_home else None
    if not has_home:
        pages.insert(0, Page(HOME, "Staff handbook", home.home_text(standalone=True, available=available)))
    # Whose text each search result is, and its status, for assets/search-owner.js.
    standings = renderer.standings
    labels = page_labels(corpus, renderer.urls, standings, applicable(corpus, renderer.today, standings))
    pages.append(Page(LABELS_SCRIPT, "Search labels", labels_script(labels, options.prefix), in_nav=False))
    return HandbookContent(pages=pages, home_extra=home_extra, scripts=[*ASSETS.scripts, LABELS_SCRIPT],
                           groups=body_groups(corpus, renderer.urls))
