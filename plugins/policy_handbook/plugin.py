"""The MkDocs plugin: a thin adapter from MkDocs events to the MkDocs-free core."""

from __future__ import annotations

import atexit
import dataclasses
import functools
import gc
import html
import json
import logging
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Callable
from urllib.parse import urljoin, urlsplit

from markdown.extensions.toc import nest_toc_tokens, slugify
from markdown.util import parseBoolValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel, file_sort_key
from mkdocs.structure.pages import Page as MkPage
from mkdocs.structure.toc import get_toc

from .analyse.advice import advisories
from .analyse.diff_store import DiffStore, use_store
from .analyse.stance_store import StanceStore, use_stance_store
from .config import PolicyHandbookConfig
from .corpus import Corpus
from .html_blocks import Stash, anchors_and_links, stash
from .load.loader import FileCache, load_corpus, source_stamp
from .load.problems import CorpusError, Problem
from .output import OutputFolder
from .render.acknowledge import read_public_key_option
from .render.headings import Heading, HeadingStyle
from .render.handbook import (IFRAME_WORKER_SHIM, REQUIRED_EXTENSIONS, THEME_DIR, HandbookContent, NavSection,
                              handbook_content)
from .render.inputs import digest, shared_inputs
from .render.options import RenderOptions, option_problems
from .render.pages import ASSETS
from .render.problems import problems_notice
from .analyse.status import BuildDateError, Standings, applicable, build_date
from .render.search_index import LABELS_SCRIPT, PageLabel, page_labels, tune_search_index
from .render.site import Page, Urls, decode_page, encode_page
from .render.staff import HOME
from .render.whitespace import compact_page
from .reuse import PageReuse, search_plugin, why_not
from .search_parse import read_quickly
from .site_folder import KeptFolder, SkippedPages

if TYPE_CHECKING:  # importing it loads the web server and file watcher, which a build does not need
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger("policy-handbook")



class PolicyHandbookPlugin(BasePlugin[PolicyHandbookConfig]):
    """Loads ``source_policies/`` and adds the handbook's pages to the build, in memory."""

    def __init__(self) -> None:
        self.corpus: Corpus | None = None
        self.options = RenderOptions()
        self.source_dir: Path | None = None
        self._stamp: tuple | None = None
        self.content: HandbookContent | None = None
        self.output: OutputFolder | None = None
        self.source_problems: list[Problem] = []
        self.writing = False
        self._diff_store: DiffStore | None = None
        self._stance_store: StanceStore | None = None
        self._generated: set[str] = set()
        self._stashes: dict[str, Stash] = {}
        self._headings: dict[str, tuple[Heading, ...]] = {}
        self._written_as_html: set[str] = set()
        self._toc_depth = (1, 6)
        self._packed: dict[str, bytes] = {}
        self._pages_by_url: dict[str, File] | None = None
        self._file_urls: set[str] = set()
        self._link_not_found = logging.WARNING
        self._files = FileCache()
        self._reuse = PageReuse()
        self._nav = None
        self._links: dict[str, tuple[dict | None, list[str]]] = {}
        self._page_inputs: dict[str, Callable[[], str]] = {}
        self._shared: list | None = None
        self._input_keys: dict[str, bytes] = {}
        self._kept_exports: dict = {}
        self._folder = KeptFolder()
        self._skipped = SkippedPages()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across `mkdocs serve` rebuilds, so an
        # unchanged corpus is not read again when only a hand-written page changed, and after
        # an edit only the changed files are (self._files): the unchanged documents are the
        # same objects as before, which the analysis memoises on (see memo.py).
        self._stamp = None
        self.command = command
        _no_collection_at_exit()
        self._files = FileCache()
        self._kept_exports = {}
        self._folder = KeptFolder()
        self.dirty = dirty

    @property
    def _serving(self) -> bool:
        return getattr(self, "command", None) == "serve"

    def on_build_error(self, *, error: Exception) -> None:
        """A failed `mkdocs build` takes away the files it wrote, and nothing else (see output.py)."""
        self._reuse.abandon()
        self._folder.drop()
        self._stop_skipping()
        if getattr(self, "command", None) != "build" or self.output is None or not self.writing:
            return
        if getattr(self, "dirty", False):
            log.warning(f"the build failed; {self.output.path} holds old and new files (a --dirty build)")
            return
        removed = self.output.remove_what_the_build_wrote()
        if removed:
            log.info(f"the build failed: removed the {len(removed)} entries it wrote to {self.output.path} "
                     f"(dot-files are kept)")

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        self.source_dir = (root / self.config.source_dir).resolve()
        self.output, self.writing = OutputFolder.before_build(config.site_dir), False
        for extension in REQUIRED_EXTENSIONS:
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        for uri in ASSETS.stylesheets:
            if uri not in config.extra_css:
                config.extra_css.append(uri)
        for uri in [*ASSETS.scripts, LABELS_SCRIPT]:
            if uri not in [str(s) for s in config.extra_javascript]:
                config.extra_javascript.append(uri)
        self._add_theme_overrides(config)
        heading_style, self._toc_depth = _heading_style(config)
        self._link_not_found = config.validation.links.not_found
        if self.config.cache_dir and self._diff_store is None:
            self._diff_store = DiffStore(root / self.config.cache_dir)
            self._stance_store = StanceStore(root / self.config.cache_dir)
        use_store(self._diff_store)
        use_stance_store(self._stance_store)
        try:
            build_date()
        except BuildDateError as e:
            raise PluginError(f"policy-handbook: {e}") from None
        self.corpus = self._load()
        if config.strict and not self._serving and not log.isEnabledFor(logging.WARNING):
            # MkDocs counts only the warnings it prints: under -q a strict build would publish
            # a handbook with unmapped clauses or placeholder text. Stop before it writes.
            messages = advisories(self.corpus)
            if messages:
                raise PluginError("policy-handbook: a strict build stops on these (shown here as -q hides "
                                  "warnings):\n" + "\n".join(messages))
        self.options = RenderOptions(
            prefix=self.config.url_prefix.strip("/"),
            use_directory_urls=config.use_directory_urls,
            templates_dir=(root / self.config.templates_dir) if self.config.templates_dir else None,
            baseline_body=self.config.baseline_body,
            pairs=[tuple(pair) for pair in self.config.compare] if self.config.compare is not None else None,
            redlines=[tuple(pair) for pair in self.config.redlines],
            acknowledgement_endpoint=self.config.acknowledgement_endpoint,
            receipts_public_key=self._receipts_public_key(root),
            cache_dir=(root / self.config.cache_dir) if self.config.cache_dir else None,
            headings=heading_style,
        )
        problems = option_problems(self.corpus, self.options)
        if problems:
            raise PluginError("policy-handbook: " + "\npolicy-handbook: ".join(problems))
        return config

    def _receipts_public_key(self, root: Path) -> str | None:
        if not self.config.receipts_public_key:
            return None
        try:
            return read_public_key_option(self.config.receipts_public_key, root)
        except ValueError as e:
            raise PluginError(f"policy-handbook: {e}") from None

    def _load(self) -> Corpus:
        """The corpus; under `mkdocs serve`, the last one that loaded while the sources are broken."""
        assert self.source_dir is not None
        stamp = source_stamp(self.source_dir)
        if self.corpus is not None and stamp == self._stamp:
            return self.corpus
        try:
            # Only serve loads again; a build lets the parsed files go once the corpus is made.
            corpus = load_corpus(self.source_dir, self._files if self._serving else None)
        except CorpusError as e:
            if self._serving and self.corpus is not None:
                # A failed rebuild would leave every browser waiting; show the problems on the pages.
                # Logged as information: a warning would abort a strict rebuild just the same.
                self.source_problems = e.problems
                log.info("the policy sources do not load; the pages show the problems:\n" + e.report())
                return self.corpus
            raise PluginError(e.report()) from e
        self._stamp = stamp
        self.source_problems = []
        return corpus

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Under `mkdocs serve`, keep the previous build's files while MkDocs empties the output folder
        (see site_folder.py)."""
        self._stop_skipping()
        serving = self._serving and not getattr(self, "dirty", False)
        if serving and why_not(config, serving=serving, problems=bool(self.source_problems)) is None:
            self._folder.hold(config.site_dir)
            logging.getLogger("mkdocs.commands.build").addFilter(self._skipped)
        else:
            self._folder.drop()

    def _stop_skipping(self) -> None:
        self._skipped.uris.clear()
        logging.getLogger("mkdocs.commands.build").removeFilter(self._skipped)

    def _add_theme_overrides(self, config: MkDocsConfig) -> None:
        """Our Material partials (theme/), and Material's search working offline with nothing from a CDN.

        The overrides folder goes after a site's own ``custom_dir`` (which MkDocs puts first) and
        before Material's templates. The iframe-worker shim, shipped with the site, is listed in
        Material's ``extra.polyfills`` (rendered in <head>, before Material's bundle starts its
        search worker); listing it also stops Material's ``offline`` plugin adding the copy on unpkg.
        """
        if config.theme.name == "material":
            theme_dir = str(THEME_DIR)
            if theme_dir not in config.theme.dirs:
                config.theme.dirs.insert(1 if config.theme.custom_dir else 0, theme_dir)
            polyfills = [p for p in (config.extra.get("polyfills") or []) if "unpkg.com/iframe-worker" not in str(p)]
            if not any("iframe-worker" in str(p) for p in polyfills):
                polyfills.append(IFRAME_WORKER_SHIM)
            config.extra["polyfills"] = polyfills

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.corpus is not None
        self.writing = True  # MkDocs has emptied the output folder by now (unless --dirty)
        for message in advisories(self.corpus):
            log.warning(message)
        hand_written = sorted((f for f in files.documentation_pages() if f.inclusion.is_in_nav()), key=file_sort_key)
        # Under `mkdocs serve`, the mapping files are made again only in the parts whose inputs changed.
        kept_exports = self._kept_exports if self._serving and not getattr(self, "dirty", False) else None
        # A plugin after this one may have changed it in its on_config (Material's offline plugin turns it off).
        self.options.use_directory_urls = config.use_directory_urls
        self.content = handbook_content(self.corpus, self.options,
                                        has_home=files.get_file_from_path(HOME) is not None,
                                        kept_exports=kept_exports)
        for uri, path in self.content.assets:
            files.append(File.generated(config, uri, abs_src_path=str(path)))
        self._headings, self._written_as_html = {}, set()
        for page in self.content.pages:
            files.append(self._file(page, files, config))
        self._generated = {page.src_uri for page in self.content.pages}
        self._stashes, self._packed, self._pages_by_url = {}, {}, None
        self._page_inputs, self._shared = {}, None
        if self._serving and not getattr(self, "dirty", False):
            # What each page's Markdown is made from, worked out in on_nav if pages are reused there.
            self._page_inputs = {page.src_uri: page.inputs for page in self.content.pages if page.inputs}
            self._shared = [[(page.src_uri, page.title, page.in_nav) for page in self.content.pages],
                            self.content.home_extra is not None]
        if config.nav is None:
            # An explicit navigation, in the renderer's order: MkDocs derives previous/next links from it.
            config.nav = _mkdocs_nav(self.content.nav([f.src_uri for f in hand_written]))
        # From here on each page's Markdown is held by its File alone, so that it can be let go
        # as soon as MkDocs has read it (see on_page_read_source): a large handbook's pages are
        # more text than everything else the build holds.
        self.content = dataclasses.replace(self.content, pages=[])
        return files

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        """Under `mkdocs serve`, start reusing what the previous build made of unchanged pages (see reuse.py)."""
        self._reuse.start(config, files, serving=self._serving and not getattr(self, "dirty", False),
                          problems=bool(self.source_problems))
        self._nav, self._links, self._input_keys = nav, {}, {}
        if self._reuse.active and self._shared is not None:
            assert self.corpus is not None
            pages, has_home = self._shared
            shared = shared_inputs(self.corpus, self.options, build_date(), pages, has_home)
            self._input_keys = {uri: digest(shared, inputs()).encode() for uri, inputs in self._page_inputs.items()}
        self._page_inputs, self._shared = {}, None
        return nav

    def _file(self, page: Page, files: Files, config: MkDocsConfig) -> File:
        existing = files.get_file_from_path(page.src_uri)
        if existing is not None:
            raise PluginError(f"{page.src_uri} is generated by the policy-handbook plugin; "
                              f"remove {existing.abs_src_path} from {config.docs_dir}")
        # Encoded, as the renderer holds it: a page's Markdown is read in on_page_read_source, other
        # files MkDocs writes as they are (the same bytes it would write from text on POSIX).
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        if page.made_when_read:
            file = MadeWhenRead.generated(config, page.src_uri, content=b"", inclusion=inclusion)
            file.make = lambda: self._read(page)
        else:
            file = File.generated(config, page.src_uri, content=self._read(page), inclusion=inclusion)
        if page.source_file:
            root = Path(config.config_file_path).parent.resolve()
            source = Path(page.source_file).resolve()
            file.edit_uri = source.relative_to(root).as_posix() if source.is_relative_to(root) else None
        return file

    def _read(self, page: Page) -> bytes:
        """A generated page's text, encoded; the headings of a page written as HTML are kept for its render."""
        data, headings = page.read()
        if headings is not None:
            self._headings[page.src_uri] = headings
        return data

    def on_page_read_source(self, *, page: MkPage, config: MkDocsConfig) -> str | None:
        """A generated page's Markdown, which the page's File then lets go of.

        MkDocs reads every page before it writes any, so otherwise the Markdown of every page is
        held until the build ends. The File keeps empty content, not none: a ``--dirty`` build
        asks a generated File whether it changed, which needs content or a file on disk. Under
        `mkdocs serve`, a page whose inputs are unchanged is not made at all (see reuse.py).
        """
        uri = page.file.src_uri
        if uri not in self._generated:
            return None
        inputs = self._input_keys.get(uri)
        if self._reuse.unmade(uri, inputs):
            page.file.content_bytes = b""  # the Markdown is never made
            return ""
        data = page.file.content_bytes
        page.file.content_bytes = b""
        self._reuse.read(uri, data, inputs)
        return decode_page(data)

    def on_page_markdown(self, markdown: str, *, page: MkPage, config: MkDocsConfig, files: Files) -> str:
        """Follow the hand-written home page with the policy, question by question.

        A generated page written as HTML (see render/headings.py) is not converted at all: its
        render only takes the HTML and the headings. Another generated page's HTML blocks are set
        aside (see html_blocks.py): Python-Markdown would only pass them through, and
        :meth:`on_page_content` puts them back.
        """
        if not self.content:
            return markdown
        if self._reuse.is_reusing(page.file.src_uri):
            # Converted before: on_page_content puts back what that made, and nothing is converted
            # now (for the page only, its render does what converting nothing would).
            page.render = functools.partial(_render_nothing, page)
            page.meta = self._reuse.meta(page.file.src_uri)
            return ""
        markdown = self.content.hand_written(page.file.src_uri, markdown)
        if page.file.src_uri in self._generated:
            headings = self._headings.pop(page.file.src_uri, None)
            if headings is not None:
                page.render = functools.partial(_render_html, page, headings, self._toc_depth)
                self._written_as_html.add(page.file.src_uri)
            else:
                markdown, self._stashes[page.file.src_uri] = stash(markdown)
        return markdown

    @event_priority(100)
    def _restore_blocks(self, output: str, *, page: MkPage, config: MkDocsConfig, files: Files) -> str:
        """Put back a generated page's HTML blocks, with their anchors and links for MkDocs to validate.

        Under `mkdocs serve`, while the sources do not load, put their problems above every page;
        when the page's Markdown is what a previous build converted, put back what that made.
        """
        converted = self._reuse.take(page.file.src_uri)
        if converted is not None:
            page.toc, page._title_from_render = converted.toc, converted.title
            page.present_anchor_ids = set(converted.anchor_ids)
            if converted.markdown_links is not None:
                page.links_to_anchors = {files.get_file_from_path(uri): dict(anchors)
                                         for uri, anchors in converted.markdown_links.items()}
            self._link_anchors(page, list(converted.block_links), files)
            self._packed[page.file.src_uri] = converted.packed
            return ""
        stashed = self._stashes.pop(page.file.src_uri, None)
        found: tuple[set[str], list[str]] | None = None
        if stashed is not None:
            output = stashed.restore(output)
            found = stashed.anchor_ids(), stashed.links()
        elif page.file.src_uri in self._written_as_html:
            found = anchors_and_links([output])
        if found is not None:
            anchor_ids, block_links = found
            page.present_anchor_ids = (page.present_anchor_ids or set()) | anchor_ids
            if self._reuse.active:
                links = page.links_to_anchors
                self._links[page.file.src_uri] = ({f.src_uri: dict(a) for f, a in links.items()}
                                                  if links is not None else None, block_links)
            self._link_anchors(page, block_links, files)
        if self.source_problems:
            root = Path(config.config_file_path).parent.resolve()
            return problems_notice(self.source_problems, root) + output
        return output

    @event_priority(-100)
    def _pack(self, output: str, *, page: MkPage, config: MkDocsConfig, files: Files) -> str:
        """Hold a generated page's HTML compressed until MkDocs writes the page (see on_page_context).

        MkDocs converts every page before it writes any; a large handbook's HTML is several times
        smaller compressed. Runs after every other plugin has seen the HTML; until on_page_context
        the page's ``content`` is empty.
        """
        uri = page.file.src_uri
        if uri not in self._generated:
            return output
        if uri not in self._packed:  # else _restore_blocks put back the HTML of a previous build
            data = encode_page(output)
            self._packed[uri] = packed = zlib.compress(data, 1)
            markdown_links, block_links = self._links.pop(uri, (None, []))
            self._reuse.keep_converted(page, data, packed, markdown_links, block_links)
        return ""

    on_page_content = CombinedEvent(_restore_blocks, _pack)

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """Have Material's search index divide pages quickly (see search_parse.py); under `mkdocs serve`,
        plan which pages' search entries and written HTML are reused (see reuse.py)."""
        self._folder.restore(f.abs_dest_path for f in files)
        search = search_plugin(config)
        if search is not None and search.config.enabled and getattr(search, "search_index", None) is not None:
            read_quickly(search.search_index)
        if self._reuse.active:
            self._reuse.theme_templates(env)
            pages = [f.page for f in files.documentation_pages() if f.src_uri in self._generated and f.page]
            self._reuse.plan(pages, self._nav)
            self._reuse.wrap_search(config)
        return env

    @event_priority(100)
    def on_page_context(self, context: dict, *, page: MkPage, config: MkDocsConfig, nav) -> dict:
        """Unpack a generated page's HTML for its template (and the search plugin, which runs after this)."""
        packed = self._packed.pop(page.file.src_uri, None)
        self._reuse.building(page.file.src_uri)
        if packed is not None and self._reuse.needs_html(page):
            page.content = decode_page(zlib.decompress(packed))
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: MkPage, config: MkDocsConfig) -> str:
        """Collapse the theme's whitespace (``compact_html``); let go of a generated page's Markdown and
        HTML once the page is written: nothing reads them again.

        Emptied, not None: MkDocs takes a page whose Markdown is None for one not yet read, with no title.
        Under `mkdocs serve`, a page whose file the previous build wrote with the same bytes is not
        written again: MkDocs writes no page whose HTML is empty (see site_folder.py).
        """
        path, written, content = page.file.abs_dest_path, None, page.content or ""
        generated = page.file.src_uri in self._generated
        if generated:
            page.markdown = page.content = ""
            written = self._reuse.written_before(page)
            if written is not None and self._folder.settled(path, written):
                # As the last build wrote it, and untouched since.
                self._folder.wrote(path, written)
                self._skipped.uris.add(page.file.src_uri)
                return ""
        if self.config.compact_html:
            output = compact_page(output, content)
        if generated:
            output = self._reuse.written(page, output)
            written = self._reuse.written_as(page.file.src_uri)
        if self._folder.active and output.strip():
            self._folder.wrote(path, written)
            # The bytes MkDocs would write.
            if self._folder.unchanged(path, output.encode("utf-8", errors="xmlcharrefreplace")):
                self._skipped.uris.add(page.file.src_uri)
                return ""
        return output

    def _link_anchors(self, page: MkPage, links: list[str], files: Files) -> None:
        """Hand MkDocs the links to anchors of the site's pages, as it collects them from Markdown links, and
        report a link into the site to no file of it, as MkDocs reports a Markdown link to a missing page
        (``validation.links.not_found``): MkDocs reads no link of a page written as HTML."""
        if self._pages_by_url is None:
            self._pages_by_url = {f.url: f for f in files.documentation_pages()}
            self._file_urls = {f.url for f in files} | {f.dest_uri for f in files}
        site = "https://site.invalid/"  # stands for the site's root: links that leave it are not checked
        targets: dict[str, File | None] = {"": page.file}
        for link in links:
            path, _, anchor = link.partition("#")
            if path and path not in targets:
                resolved = urljoin(site + page.url, path)
                url = urlsplit(resolved[len(site):]).path if resolved.startswith(site) else None
                targets[path] = self._pages_by_url.get(url) if url is not None else None
                if url is not None and (url or "./") not in self._file_urls:  # the site's home is at "./"
                    log.log(self._link_not_found, f"Doc file '{page.file.src_uri}' contains a link '{link}', "
                                                  f"but the target '{url}' is not found among the site's files.")
            to_file = targets[path]
            if anchor and to_file is not None:
                if page.links_to_anchors is None:
                    page.links_to_anchors = {}
                page.links_to_anchors.setdefault(to_file, {}).setdefault(anchor, link)

    @event_priority(-90)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Tune the search index, and write search/search_index.js for search from file://.

        Runs after the search plugin has written ``search_index.json`` (and before Material's
        ``offline`` plugin, if enabled, which inlines it again: the result is the same). Under
        `mkdocs serve`, then removes what the previous build wrote and this one did not (see site_folder.py).
        """
        self._reuse.finish(self._generated)
        for store in (self._diff_store, self._stance_store):
            if store is not None:
                store.save()
        self._tune_search_index(config)
        removed = self._folder.finish()
        if removed:
            log.debug(f"serve: removed {len(removed)} files of the previous build that this one did not write")
        self._stop_skipping()

    def _tune_search_index(self, config: MkDocsConfig) -> None:
        index = Path(config.site_dir) / "search" / "search_index.json"
        if not index.is_file():
            return
        urls = Urls(self.options.prefix, config.use_directory_urls)
        labels = self._labels(config) if self.corpus else None
        data = tune_search_index(json.loads(index.read_text(encoding="utf-8")), labels, urls.prefix)
        text = json.dumps(data, separators=(",", ":"))
        index.write_text(text, encoding="utf-8")
        # What Material's `offline` plugin writes, without its switch to URLs ending in .html:
        # from file:// Material loads this script instead of fetching the JSON.
        (index.parent / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")

    def _labels(self, config: MkDocsConfig) -> dict[str, PageLabel]:
        """Each policy page's council, status and search weight, as of the build date."""
        assert self.corpus is not None
        urls = Urls(self.options.prefix, config.use_directory_urls)
        today = build_date()
        standings = Standings(self.corpus, today)
        return page_labels(self.corpus, urls, standings, applicable(self.corpus, today, standings))

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        if self.source_dir and str(self.source_dir) not in {str(Path(w).resolve()) for w in config.watch}:
            server.watch(str(self.source_dir))
        return server


class MadeWhenRead(File):
    """A generated file whose bytes are made when MkDocs first reads them, and let go once written.

    Every ``File`` method reads the bytes through ``_content``. Until then the file holds only
    ``make``; a page's Markdown is let go in on_page_read_source, other files' bytes once copied.
    """

    make: Callable[[], bytes] | None = None
    _made: bytes | str | None = None

    @property
    def _content(self) -> bytes | str | None:
        if self.make is not None:
            self._made, self.make = self.make(), None
        return self._made

    @_content.setter
    def _content(self, value: bytes | str | None) -> None:
        self._made, self.make = value, None

    def copy_file(self, dirty: bool = False) -> None:
        super().copy_file(dirty)
        self._content = b""


@functools.cache
def _no_collection_at_exit() -> None:
    """Have the objects this process holds frozen (``gc.freeze``) as it exits, once per process.

    As Python exits, its collector goes through every object left to find cycles, and a build
    leaves many (the corpus, the pages, the analysis's memos): on the bundled corpus that search
    was some 0.2 s of a cold build's CPU. The process is ending and its memory goes back whole,
    so the search is skipped. Only at exit: a process that builds again (``mkdocs serve``, or a
    program calling MkDocs) collects as before until then.
    """
    atexit.register(gc.freeze)


def _mkdocs_nav(entries: list) -> list:
    """The navigation in the form of ``nav:`` in mkdocs.yml."""
    # Material prints section titles as HTML, and they hold source text (body names).
    return [{html.escape(entry.title, quote=False): _mkdocs_nav(entry.children)} if isinstance(entry, NavSection)
            else entry for entry in entries]


_TOC_DEFAULTS = {"anchorlink": False, "baselevel": 1, "separator": "-", "slugify": slugify}
"""Options of the ``toc`` extension that change headings in ways :class:`HeadingStyle` does not write."""
_TOC_IGNORED = {"marker", "title", "title_class", "toc_class"}
"""Options that only shape a table of contents placed in a page's text, which generated pages have none of."""
_EXTENSIONS = {"attr_list", "tables", "toc", "fenced_code"}
"""Extensions whose only effect on generated pages is what they are written as (fenced code: none)."""


def _heading_style(config: MkDocsConfig) -> tuple[HeadingStyle | None, tuple[int, int]]:
    """How the ``toc`` extension writes headings on this site, and the levels it lists.

    None when the site's Markdown would make of a generated page something other than what its
    HTML is written as: another extension, or a ``toc`` option :class:`HeadingStyle` does not
    reproduce. Such a site's generated pages are written in Markdown and converted as before.
    """
    options = dict(config.mdx_configs.get("toc") or {})
    depth = options.pop("toc_depth", 6)
    levels = tuple(int(n) for n in depth.split("-")) if isinstance(depth, str) and "-" in depth else (1, int(depth))
    permalink = options.pop("permalink", False)
    shown = parseBoolValue(permalink, False)  # as the extension reads it: True, False, or None for a text
    style = HeadingStyle(
        permalink="&para;" if shown is True else None if shown is False else str(permalink),
        permalink_class=str(options.pop("permalink_class", "headerlink")),
        permalink_title=str(options.pop("permalink_title", "Permanent link")),
        permalink_leading=bool(parseBoolValue(options.pop("permalink_leading", False), False)),
    )
    changed = [name for name, default in _TOC_DEFAULTS.items() if options.pop(name, default) not in (default, str(default))]
    # Texts Python-Markdown escapes in its own way are not written here.
    escaped = any(c in text for text in (style.permalink if shown is None else "", style.permalink_class,
                                           style.permalink_title) for c in "&<>\"'")
    if set(config.markdown_extensions) - _EXTENSIONS or changed or set(options) - _TOC_IGNORED or escaped:
        return None, levels
    return style, levels


def _render_html(page: MkPage, headings: tuple[Heading, ...], levels: tuple[int, int],
                 config: MkDocsConfig, files: Files) -> None:
    """What :meth:`MkPage.render` makes of a generated page written as HTML, without building a Markdown converter.

    The table of contents is made as the ``toc`` extension makes it; the title, as MkDocs takes
    it from a page that starts with an ``<h1>``. :meth:`PolicyHandbookPlugin._restore_blocks` adds the anchors.
    """
    # Emptied, not None (see on_post_page): the HTML is held once, as the page's content.
    page.content, page.markdown = page.markdown.strip(), ""
    tokens = [{"level": h.level, "id": h.id, "name": h.name, "html": h.html, "data-toc-label": ""}
              for h in headings if levels[0] <= h.level <= levels[1]]
    page.toc = get_toc(nest_toc_tokens(tokens))
    first = headings[0] if headings else None
    opening = page.content[:page.content.find(">")]
    starts = first is not None and first.level == 1 and opening.startswith("<h1") and f' id="{first.id}"' in opening
    page._title_from_render = first.name if starts else None
    page.present_anchor_ids = set()


def _render_nothing(page: MkPage, config: MkDocsConfig, files: Files) -> None:
    """What :meth:`MkPage.render` makes of empty Markdown, without building a Markdown converter."""
    page.content, page.toc, page._title_from_render = "", get_toc([]), None
    page.present_anchor_ids = set()
