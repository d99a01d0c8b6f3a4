"""`mkdocs serve`: broken sources show their problems in the browser, nothing hangs, and a rebuild
after an edit makes exactly the site a full build of the edited sources makes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

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


REBUILD = """
import sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

config_file, site, document, old, new = sys.argv[1:]
first = load_config(config_file, site_dir=site)
first.plugins.on_startup(command="serve", dirty=False)  # as `mkdocs serve` does: the plugin is kept
build(first)
plugin = first.plugins["policy-handbook"]
path = Path(document)
path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
build(load_config(config_file, site_dir=site))
assert plugin is load_config(config_file, site_dir=site).plugins["policy-handbook"]
print("reused files:", plugin._files.hits)
"""


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_serve_rebuild_after_an_edit_is_the_full_build_of_the_edited_sources(tmp_path):
    """Rebuilt in one process as `mkdocs serve` does (the plugin instance and its caches kept),
    the site is byte for byte the site a fresh build makes of the edited sources."""
    from test_provenance import FILES, write

    old = "Staff must not use council devices for personal social media."
    new = "Staff must never use council devices for personal & private social media."
    served = write(tmp_path / "served", FILES)
    document = served / "source_policies/documents/alpha-policy.yml"
    result = subprocess.run([sys.executable, "-c", REBUILD, str(served / "mkdocs.yml"), str(tmp_path / "site-served"),
                             str(document), old, new], cwd=served, env=_env(), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    sources = [name for name in FILES if name.startswith("source_policies/")]
    assert f"reused files: {len(sources) - 1}" in result.stdout, "the rebuild parses only the edited file"

    edited = write(tmp_path / "fresh", {**FILES, "source_policies/documents/alpha-policy.yml":
                                        FILES["source_policies/documents/alpha-policy.yml"].replace(old, new)})
    fresh = subprocess.run([str(BIN / "mkdocs"), "build", "-q", "-f", str(edited / "mkdocs.yml"),
                            "-d", str(tmp_path / "site-fresh")], cwd=edited, env=_env(), capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr

    rebuilt, full = site_files(tmp_path / "site-served"), site_files(tmp_path / "site-fresh")
    assert sorted(rebuilt) == sorted(full)
    assert [name for name in full if rebuilt[name] != full[name]] == []
    shown = {name for name, content in rebuilt.items() if "personal &amp; private" in content.decode("utf-8", "replace")
             or "personal & private" in content.decode("utf-8", "replace")}
    assert {"policies/alpha-policy/2017/index.html", "compare/topics/devices/index.html",
            "compare/mapping.csv", "compare/mapping.json"} <= shown, sorted(shown)
    assert not any(old.encode() in content for content in rebuilt.values())
