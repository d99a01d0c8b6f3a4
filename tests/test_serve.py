"""`mkdocs serve` with broken sources: the problems show in the browser, nothing hangs."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from conftest import BIN, _env

STARTUP_SECONDS = 180
REBUILD_SECONDS = 180


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, test, seconds: float) -> str:
    """The page at ``url`` once ``test(text)`` holds; fails after ``seconds``."""
    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        try:
            text = fetch(url, timeout=max(1.0, deadline - time.monotonic()))
            if test(text):
                return text
        except (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout):
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} did not change as expected within {seconds} s; last seen:\n{text[:2000]}")


@pytest.fixture
def served_project(project):
    root = project()
    port = free_port()
    process = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "-f", str(root / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
        cwd=root, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield root, f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            output, _ = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        assert "Traceback" not in output, output


def test_broken_sources_show_their_problems_in_the_browser_and_then_clear(served_project):
    root, url = served_project
    page = url + "policies/alpha-policy/2020/"
    wait_for(page, lambda text: "Employees must not use social media" in text, STARTUP_SECONDS)

    document = root / "source_policies/documents/alpha-policy.yml"
    good = document.read_text(encoding="utf-8")
    line = good[: good.index("status: approved")].count("\n") + 1
    document.write_text(good.replace("status: approved", 'status: "<script>alert(1)</script>"'), encoding="utf-8")
    text = wait_for(page, lambda text: "ph-source-problems" in text, REBUILD_SECONDS)
    assert f"<code>source_policies/documents/alpha-policy.yml:{line}:13</code>" in text
    assert "&#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; is not a valid status" in text
    assert "<script>alert(1)</script>" not in text
    assert "Employees must not use social media" in text, "the last good pages stay readable"

    document.write_text(good, encoding="utf-8")
    text = wait_for(page, lambda text: "ph-source-problems" not in text, REBUILD_SECONDS)
    assert "Employees must not use social media" in text
