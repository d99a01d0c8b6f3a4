"""`mkdocs serve`: broken sources show their problems in the browser, nothing hangs, and a rebuild
after an edit makes exactly the site a full build of the edited sources makes."""

from __future__ import annotations

import json
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


REUSE = """
import json, shutil, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

config_file, site, snapshots, edits, command = sys.argv[1], sys.argv[2], Path(sys.argv[3]), json.loads(sys.argv[4]), sys.argv[5]
config = load_config(config_file, site_dir=site)
config.plugins.on_startup(command=command, dirty=False)  # as `mkdocs serve` does: the plugin is kept
plugin = config.plugins["policy-handbook"]
builds = []
for n, edit in enumerate([None, *edits]):
    if edit:
        path = Path(edit[0])
        if len(edit) == 2:  # [path, text]: a new file; [path, None]: the file deleted
            path.write_text(edit[1], encoding="utf-8") if edit[1] is not None else path.unlink()
        else:
            old, new = edit[1], edit[2]
            path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        config = load_config(config_file, site_dir=site)
    build(config, serve_url="http://127.0.0.1:8000/" if command == "serve" else None)
    shutil.copytree(site, snapshots / str(n))
    stamps = {p.relative_to(site).as_posix(): [p.stat().st_mtime_ns, p.stat().st_ino]
              for p in Path(site).rglob("*") if p.is_file()}
    builds.append({kind: sorted(uris) for kind, uris in plugin._reuse.reused.items()} |
                  {"pages": plugin._reuse.pages, "generated": sorted(u for u in plugin._generated if u.endswith(".md")),
                   "inputs": sorted(plugin._input_keys), "stamps": stamps})
print(json.dumps(builds))
"""


def html_of(src_uri: str) -> str:
    """Where MkDocs writes the page of ``src_uri`` (directory URLs)."""
    stem = src_uri.removesuffix(".md")
    return f"{stem.removesuffix('index')}index.html" if stem.endswith("index") else f"{stem}/index.html"


def rebuild_in_process(project: Path, tmp_path: Path, edits: list[list[str]], command: str) -> list[dict]:
    """Build, then build again after each edit, in one process with the plugin kept; what each build reused."""
    result = subprocess.run([sys.executable, "-c", REUSE, str(project / "mkdocs.yml"), str(tmp_path / "site"),
                             str(tmp_path / "snapshots"), json.dumps(edits), command],
                            cwd=project, env=_env(), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_builds_reuse_nothing_even_with_the_plugin_kept(tmp_path):
    """Only `mkdocs serve` reuses pages: a build makes every page, whatever came before it."""
    from test_provenance import FILES, write

    project = write(tmp_path / "project", FILES)
    edit = [str(project / "source_policies/documents/gamma-policy.yml"), "in working time.", "in work time."]
    builds = rebuild_in_process(project, tmp_path, [edit], "build")
    assert builds[1]["pages"] == 0 and all(builds[1][kind] == [] for kind in ("converted", "search", "written"))


def test_serve_rebuilds_reuse_exactly_the_pages_an_edit_leaves_unchanged(tmp_path):
    """Rebuilt in one process as `mkdocs serve` does, each site is byte for byte the cold build of
    its sources; the pages an edit changes are made again, and every other generated page's
    HTML, search entries and converted Markdown are reused from the previous build."""
    from test_provenance import FILES, write

    gamma = "source_policies/documents/gamma-policy.yml"
    clause = ("Employees must not use social media in working time.",
              "Employees must not use social media in working time or on breaks.")
    title = ("title: Gamma Social Media Policy", "title: Gamma Online & Social Media Policy")
    served = write(tmp_path / "served", FILES)
    edits = [[str(served / gamma), *clause], [str(served / gamma), *title]]
    builds = rebuild_in_process(served, tmp_path, edits, "serve")
    snapshots = [site_files(tmp_path / "snapshots" / str(n)) for n in range(3)]

    sources = dict(FILES)
    for n, (old, new) in enumerate([clause, title], start=1):
        sources[gamma] = sources[gamma].replace(old, new)
        full = cold_site(tmp_path, str(n), sources)
        assert sorted(snapshots[n]) == sorted(full)
        assert [name for name in full if snapshots[n][name] != full[name]] == [], f"after edit {n}"

    first, after_clause, after_title = builds
    assert first["written"] == first["converted"] == [], "the first build has nothing to reuse"

    # The clause edit: the pages that show the clause are made again; every other page is reused.
    changed = {name for name in snapshots[1] if name.endswith(".html") and snapshots[1][name] != snapshots[0][name]}
    assert {"policies/gamma-policy/2021/index.html", "compare/topics/working-time/index.html"} <= changed
    written = {html_of(uri) for uri in after_clause["written"]}
    assert not written & changed
    generated = {html_of(uri) for uri in after_clause["generated"]}
    assert written == generated - changed, "every unchanged generated page is reused"
    assert after_clause["search"] == after_clause["written"]
    assert after_clause["pages"] == len(generated) > len(written) > 0

    # The title edit changes the navigation: no page's HTML is reused, but the Markdown of
    # pages that do not show the title is.
    assert after_title["written"] == [] and after_title["search"] != []
    changed = {name for name in snapshots[2] if name.endswith(".html") and snapshots[2][name] != snapshots[1][name]}
    assert "policies/beta-policy/2020/index.html" in changed, "the navigation of every page shows the new title"
    assert "compare/topics/working-time/index.html" in changed
    assert 0 < len(after_title["converted"]) < after_title["pages"]
    assert "Gamma Online &amp; Social Media Policy" in snapshots[2]["compare/topics/working-time/index.html"].decode()


_COLD_SITES: dict[tuple, dict[str, bytes]] = {}


def cold_site(tmp_path: Path, name: str, sources: dict[str, str]) -> dict[str, bytes]:
    """The site a fresh `mkdocs build` makes of ``sources``, built once for each set of sources
    (tests that edit the same files the same way compare with the same cold site)."""
    from test_provenance import write

    key = tuple(sorted(sources.items()))
    if key not in _COLD_SITES:
        cold = write(tmp_path / f"cold-{name}", sources)
        fresh = subprocess.run([str(BIN / "mkdocs"), "build", "-q", "-f", str(cold / "mkdocs.yml"),
                                "-d", str(tmp_path / f"site-cold-{name}")], cwd=cold, env=_env(), capture_output=True,
                               text=True)
        assert fresh.returncode == 0, fresh.stderr
        _COLD_SITES[key] = site_files(tmp_path / f"site-cold-{name}")
    return _COLD_SITES[key]


def test_serve_rebuilds_make_the_markdown_of_only_the_pages_whose_inputs_changed(tmp_path):
    """A page that states its inputs (render/inputs.py) is rendered again only when they change:
    a clause's text or topics change its document's pages and the pages of its topics and body;
    a title or a body's name, which pages show of the pages they link to, changes every page.
    Each site is byte for byte the cold build of its sources."""
    from test_provenance import FILES, write

    gamma, bodies = "source_policies/documents/gamma-policy.yml", "source_policies/bodies.yml"
    harmonised = "source_policies/documents/harmonised-policy.yml"
    edits = [
        (gamma, "in working time.", "in working time or on breaks."),
        (gamma, "title: Gamma Social Media Policy", "title: Gamma Online & Social Media Policy"),
        (gamma, "topics: [{topic: working-time, relationship: equivalent, stance: prohibits}]",
         "topics: [{topic: devices, relationship: equivalent, stance: prohibits}]"),
        (bodies, "name: Beta Council", "name: Beta Town Council"),
        # Alpha's clause now has its words in the harmonised policy: its counterpart changes, and
        # search finds the words there, not on Alpha's page.
        (harmonised, '          - id: devices\n            number: "2"',
         '          - id: background\n            number: "1a"\n'
         '            text: Employees should not leave social media running in the background.\n'
         '            topics: [working-time]\n          - id: devices\n            number: "2"'),
    ]
    served = write(tmp_path / "served", FILES)
    builds = rebuild_in_process(served, tmp_path, [[str(served / name), old, new] for name, old, new in edits],
                                "serve")

    sources = dict(FILES)
    for n, (name, old, new) in enumerate(edits, start=1):
        assert old in sources[name]
        sources[name] = sources[name].replace(old, new)
        served_site, full = site_files(tmp_path / "snapshots" / str(n)), cold_site(tmp_path, str(n), sources)
        assert sorted(served_site) == sorted(full)
        assert [page for page in full if served_site[page] != full[page]] == [], f"after edit {n}"

    stated = set(builds[0]["inputs"])
    assert {"policies/gamma-policy/2021.md", "print/gamma-policy/2021/index.md", "compare/topics/devices.md",
            "compare/bodies/alpha-council--gamma-council.md", "policies/alpha-policy/redline/2010--2017.md"} <= stated
    assert builds[0]["markdown"] == [], "the first build has nothing to reuse"
    made = [stated - set(build["markdown"]) for build in builds[1:]]
    assert all(set(build["inputs"]) == stated for build in builds)
    gammas_pages = {"policies/gamma-policy/2021.md", "print/gamma-policy/2021/index.md",
                    "compare/bodies/alpha-council--gamma-council.md", "compare/bodies/beta-council--gamma-council.md",
                    "compare/bodies/gamma-council--delta-council.md"}
    assert made[0] == gammas_pages | {"compare/topics/working-time.md"}, "a clause's text"
    assert made[1] == stated, "a title: every page may link to the document"
    assert made[2] == gammas_pages | {"compare/topics/working-time.md", "compare/topics/devices.md"}, "a clause's topic"
    assert made[3] == stated, "a body's name"
    assert made[4] == {"policies/harmonised-policy/draft.md", "print/harmonised-policy/draft/index.md",
                       "policies/alpha-policy/2017.md", *(f"compare/topics/{topic}.md" for topic in
                                                           ("working-time", "friends", "devices", "email"))}
    assert all(set(build["markdown"]) <= set(build["converted"]) for build in builds)


def test_serve_rebuilds_write_only_what_changed_and_leave_only_what_a_cold_build_writes(tmp_path):
    """Under `mkdocs serve` the output folder is not emptied: a page whose HTML is unchanged is not
    written again, and what the previous build wrote that this one does not (a version's pages
    after its id changes, a hand-written page deleted) is removed. Each site is byte for byte,
    file for file, the cold build of its sources."""
    from test_provenance import FILES, write

    gamma, extra = "source_policies/documents/gamma-policy.yml", "handbook/notes.md"
    edits = [
        (extra, "# Notes\n\nA page of notes.\n"),
        (gamma, 'id: "2021"', 'id: "2022"'),
        (gamma, "in working time.", "in working time or on breaks."),
        (extra, None),
    ]
    served = write(tmp_path / "served", FILES)
    builds = rebuild_in_process(served, tmp_path, [[str(served / edit[0]), *edit[1:]] for edit in edits], "serve")

    sources = dict(FILES)
    for n, (name, *change) in enumerate(edits, start=1):
        if len(change) == 1:
            sources.pop(name) if change[0] is None else sources.update({name: change[0]})
        else:
            assert change[0] in sources[name]
            sources[name] = sources[name].replace(*change)
        served_site, full = site_files(tmp_path / "snapshots" / str(n)), cold_site(tmp_path, str(n), sources)
        assert sorted(served_site) == sorted(full), f"after edit {n}"
        assert [page for page in full if served_site[page] != full[page]] == [], f"after edit {n}"

    def rewritten(n: int) -> set[str]:
        before, after = builds[n - 1]["stamps"], builds[n]["stamps"]
        return {name for name in after if name.endswith(".html") and after[name] != before.get(name)}

    assert "notes/index.html" in set(builds[1]["stamps"]) - set(builds[4]["stamps"])
    assert {"policies/gamma-policy/2021/index.html", "print/gamma-policy/2021/index.html"} <= \
        set(builds[1]["stamps"]) - set(builds[2]["stamps"]), "the old version's pages are removed"
    changed = {name for name in builds[3]["stamps"] if name.endswith(".html")
               and site_files(tmp_path / "snapshots" / "3")[name] != site_files(tmp_path / "snapshots" / "2").get(name)}
    assert "policies/gamma-policy/2022/index.html" in changed
    # 404.html is the theme's, not a page: MkDocs writes it every time.
    assert rewritten(3) - {"404.html"} == changed, "only the pages whose HTML changed are written again"
    assert len(builds[3]["stamps"]) > 2 * len(changed)


def test_a_serve_rebuild_after_a_theme_override_is_edited_reuses_no_written_page(tmp_path):
    """A template in the theme's ``custom_dir`` is part of every page: after it is edited, no
    page's HTML is reused, and every generated page shows the edit."""
    from test_provenance import FILES, write

    override = "overrides/main.html"
    files = dict(FILES) | {
        "mkdocs.yml": FILES["mkdocs.yml"].replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"),
        override: '{% extends "base.html" %}\n{% block announce %}First notice{% endblock %}\n'}
    assert files["mkdocs.yml"] != FILES["mkdocs.yml"]
    served = write(tmp_path / "served", files)
    builds = rebuild_in_process(served, tmp_path, [[str(served / override), "First notice", "Second notice"]], "serve")
    before, after = site_files(tmp_path / "snapshots" / "0"), site_files(tmp_path / "snapshots" / "1")
    pages = [html_of(uri) for uri in builds[1]["generated"]]
    assert pages and all(b"First notice" in before[page] for page in pages)
    assert builds[1]["written"] == []
    assert [page for page in pages if b"Second notice" not in after[page]] == []
