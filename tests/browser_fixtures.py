"""Fixtures for tests in a real browser: Debian's Chromium driven by Playwright, axe-core from npm.

Chromium is never downloaded: Playwright drives ``/usr/bin/chromium``, which
``scripts/dev`` installs with apt, and axe-core comes from ``tests/browser/node_modules``.
"""

from __future__ import annotations

import functools
import http.server
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
FREEZE_CSS = "*, *::before, *::after { transition: none !important; animation: none !important; }"


@dataclass
class Served:
    """A built site served on loopback."""

    root: Path
    url: str

    def __call__(self, path: str = "") -> str:
        return self.url + path.lstrip("/")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def serve(root: Path) -> tuple[Served, http.server.ThreadingHTTPServer]:
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Served(root, f"http://127.0.0.1:{server.server_address[1]}/"), server


@pytest.fixture(scope="session")
def served_site(bundled_site):
    """The bundled handbook, served over HTTP on 127.0.0.1."""
    served, server = serve(bundled_site)
    yield served
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is not installed: run the tests through `scripts/dev pytest`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@dataclass
class RequestLog:
    """Every URL a page asked for."""

    urls: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        """Requests that left this machine: anything but loopback, file:, data: and blob:."""
        outside = []
        for url in self.urls:
            parsed = urlparse(url)
            if parsed.scheme in ("file", "data", "blob", "about"):
                continue
            if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
                outside.append(url)
        return outside


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB", timezone_id="Europe/London")
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    """A fresh page whose requests are recorded in ``page.requests``."""
    tab = context.new_page()
    log = RequestLog()
    tab.on("request", lambda request: log.urls.append(request.url))
    tab.requests = log
    return tab


def freeze(page) -> None:
    """Stop Material's colour transitions, which make contrast results flicker."""
    page.add_style_tag(content=FREEZE_CSS)


def axe_violations(page, *, tags: list[str] = WCAG_TAGS) -> list[dict]:
    """Run axe-core on the page as it is now; returns its violations (WCAG 2.x A and AA rules)."""
    if not AXE.exists():
        pytest.fail("axe-core is not installed: run the tests through `scripts/dev pytest`")
    freeze(page)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags)
    return result["violations"]


def describe(violations: list[dict]) -> str:
    """A readable summary of axe violations for an assertion message."""
    lines = []
    for v in violations:
        # A node inside a shadow root is a list of selectors: the host's, then the node's within it.
        targets = [", ".join(" >>> ".join(t) if isinstance(t, list) else t for t in node["target"])
                   for node in v["nodes"][:3]]
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {'; '.join(targets)}")
    return "\n".join(lines)
