"""Render pages of a built handbook to PDF with headless Chromium.

Chromium is Debian's ``/usr/bin/chromium`` (``apt-get install chromium``), driven by pip's
``playwright`` through ``executable_path``: ``playwright install`` is never needed. Pages
are served from the site folder on 127.0.0.1 (a random port) so that every link and asset
resolves as it does on the web; a page outside the site folder is opened as ``file://``.

The page's own print stylesheet decides the layout: A4, margins, and the footer line of
the printable pages (``render/assets/print.css``), so Chromium's header and footer are
turned off and nothing is printed twice. A page that names a running header
(``data-ph-running-header``, as committee packs do) is printed with it at the top of every
sheet and "Page N of M" at the foot, through Chromium's header and footer templates:
Chromium supports no CSS page-margin boxes, so no stylesheet can number pages.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
from html import escape as html_escape
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
]
PRINT_FOLDER = "print"
PRINT_MARKER = 'class="ph-print-footer"'
"""Printable pages carry this footer element (render/templates/partials/print.html)."""
LOAD_TIMEOUT_MS = 60_000
RUNNING_HEADER = "[data-ph-running-header]"
"""A page with this element is printed with its running header and page numbers."""
_MARGIN_TEXT = "font-family: sans-serif; font-size: 8pt; color: #000; width: 100%; margin: 0 16mm;"


def header_template(text: str) -> str:
    """Chromium's header: the running header, escaped (it is the policy's own title)."""
    return f'<div style="{_MARGIN_TEXT} border-bottom: .5pt solid #555; padding-bottom: 1mm;">{html_escape(text)}</div>'


FOOTER_TEMPLATE = (f'<div style="{_MARGIN_TEXT} text-align: right;">Page <span class="pageNumber"></span> of '
                   '<span class="totalPages"></span></div>')


class PdfError(Exception):
    """A problem the user can fix; the message says what to do."""


@dataclass(frozen=True)
class Job:
    """One page to print: the HTML file, and the PDF to write."""

    html: Path
    pdf: Path


# --- finding things ----------------------------------------------------------------------


def find_chromium(path: Path | None = None) -> Path:
    """The Chromium to drive: ``path`` if given, else Debian's, else ``chromium`` on PATH."""
    if path is not None:
        if path.is_file():
            return path
        raise PdfError(f"no Chromium at {path}: install Debian's chromium: apt-get install chromium "
                       "(or run via scripts/dev)")
    if CHROMIUM.is_file():
        return CHROMIUM
    found = shutil.which("chromium")
    if found:
        return Path(found)
    raise PdfError(f"Chromium is not installed ({CHROMIUM} not found): install Debian's chromium: "
                   "apt-get install chromium (or run via scripts/dev, which installs it)")


def check_site(site: Path) -> Path:
    """The built site folder, or a PdfError saying how to build it."""
    if not site.is_dir():
        raise PdfError(f"no built site at {site}: build it first: mkdocs build (or pass --site SITE_DIR)")
    if not (site / "index.html").is_file() and not any(site.rglob("*.html")):
        raise PdfError(f"{site} holds no HTML pages: build it first: mkdocs build (or pass --site SITE_DIR)")
    return site.resolve()


def find_page(site: Path, page: str) -> Path:
    """The HTML file of PAGE: a file path, or a site-relative path like ``print/handbook/``.

    Tries ``PAGE``, ``PAGE/index.html`` and ``PAGE.html`` inside the site, as MkDocs writes
    pages with or without directory URLs.
    """
    given = Path(page)
    if given.is_file():
        return given.resolve()
    if given.is_dir() and (given / "index.html").is_file():
        return (given / "index.html").resolve()
    relative = page.split("#", 1)[0].split("?", 1)[0].strip().lstrip("/")
    stem = relative.rstrip("/")
    candidates = [site / relative, site / stem / "index.html", site / f"{stem}.html"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    available = [site_path(site, p) for p in print_pages(site)]
    hint = f" Printable pages: {', '.join(available[:8])}{' …' if len(available) > 8 else ''}." if available else ""
    raise PdfError(f"no page '{page}' in {site} (looked for "
                   f"{', '.join(str(c.relative_to(site)) for c in candidates if str(c) != str(site))}).{hint}")


def print_pages(site: Path) -> list[Path]:
    """Every printable page of the site: HTML files under ``print/`` that carry the print footer."""
    folder = site / PRINT_FOLDER
    if not folder.is_dir():
        return []
    return [path for path in sorted(folder.rglob("*.html"))
            if PRINT_MARKER in path.read_text(encoding="utf-8", errors="replace")]


def site_path(site: Path, html: Path) -> str:
    """``print/handbook/index.html`` → ``print/handbook/``, as readers see it."""
    relative = html.resolve().relative_to(site.resolve()).as_posix()
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def pdf_name(site: Path, html: Path) -> str:
    """A file name for a page's PDF: ``print/handbook/`` → ``handbook.pdf``;
    ``print/doc/2017/appendix/`` → ``doc--2017--appendix.pdf``."""
    try:
        parts = [p for p in site_path(site, html).removesuffix(".html").split("/") if p]
    except ValueError:
        parts = [html.stem if html.name != "index.html" else html.parent.name]
    if len(parts) > 1 and parts[0] == PRINT_FOLDER:
        parts = parts[1:]
    return "--".join(parts or ["index"]) + ".pdf"


# --- rendering ---------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 on a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _url(site: Path, base: str, html: Path) -> str:
    try:
        return base + html.resolve().relative_to(site.resolve()).as_posix()
    except ValueError:
        return html.resolve().as_uri()


def render(site: Path, jobs: list[Job], chromium: Path | None = None) -> list[Path]:
    """Print each job's page to its PDF (A4, backgrounds on, the page's own @page rules).

    One browser serves all jobs. Raises PdfError for anything the user can fix.
    """
    executable = find_chromium(chromium)
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise PdfError("the pdf command needs pip's playwright: pip install playwright "
                       "(or run via scripts/dev); never `playwright install`: it drives Debian's chromium") from None
    written: list[Path] = []
    with serve(site) as base, sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        except PlaywrightError as e:
            raise PdfError(f"Chromium ({executable}) did not start: {_first_line(e)} — install Debian's chromium: "
                           "apt-get install chromium (or run via scripts/dev)") from None
        try:
            context = browser.new_context(locale="en-GB", timezone_id="Europe/London")
            page = context.new_page()
            for job in jobs:
                url = _url(site, base, job.html)
                try:
                    response = page.goto(url, wait_until="load", timeout=LOAD_TIMEOUT_MS)
                    if response is not None and not response.ok:
                        raise PdfError(f"{url} answered {response.status}")
                    page.evaluate("document.fonts.ready.then(() => true)")
                    job.pdf.parent.mkdir(parents=True, exist_ok=True)
                    running = page.evaluate(
                        f"() => {{ const e = document.querySelector('{RUNNING_HEADER}');"
                        " return e ? e.getAttribute('data-ph-running-header') : null; }")
                    if running:
                        # Chromium's header replaces the page's own repeated table header.
                        page.add_style_tag(content="table.ph-pack > thead { display: none !important; }")
                        page.pdf(path=str(job.pdf), format="A4", print_background=True, prefer_css_page_size=True,
                                 display_header_footer=True, header_template=header_template(running),
                                 footer_template=FOOTER_TEMPLATE)
                    else:
                        page.pdf(path=str(job.pdf), format="A4", print_background=True,
                                 prefer_css_page_size=True, display_header_footer=False)
                except PlaywrightError as e:
                    raise PdfError(f"could not print {job.html}: {_first_line(e)}") from None
                written.append(job.pdf)
        finally:
            browser.close()
    return written


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def page_count(pdf: Path) -> int | None:
    """How many pages a PDF has (None if it cannot be read)."""
    try:
        from pypdf import PdfReader

        return len(PdfReader(str(pdf)).pages)
    except Exception:  # noqa: BLE001 - only a nicety for the report
        return None
