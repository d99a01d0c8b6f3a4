"""A build makes the large generated pages and the exports only when MkDocs reads them, lets go of each
page's text and of the parsed source files once they are no longer needed, and the pages are unchanged."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from policy_handbook.plugin import MadeWhenRead, PolicyHandbookPlugin
from policy_handbook.render import exports
from policy_handbook.render.exports import compact_json, compact_json_utf8
from policy_handbook.render.site import Page, encode_page


def test_a_page_keeps_its_markdown_exactly():
    text = "# Café – “quoted” \U0001f600 and a lone \ud800 surrogate\n"
    page = Page("a/index.md", "A", text)
    assert page.content == text
    assert page.utf8 == text.encode("utf-8", "surrogatepass")


def test_after_a_build_no_generated_page_holds_its_text(project, tmp_path, monkeypatch):
    root = project()
    seen = {}
    on_files = PolicyHandbookPlugin.on_files

    def keep_files(self, files, *, config):
        seen["files"] = files = on_files(self, files, config=config)
        seen["plugin"] = self
        return files

    monkeypatch.setattr(PolicyHandbookPlugin, "on_files", keep_files)
    site = tmp_path / "site"
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)

    plugin = seen["plugin"]
    generated = [f for f in seen["files"].documentation_pages() if f.src_uri in plugin._generated]
    assert len(generated) > 5
    assert not plugin.content.pages and not plugin._packed and not plugin._stashes
    assert not plugin._files._entries, "only serve keeps the parsed source files"
    for file in generated:
        assert file.content_bytes == b"", file.src_uri
        assert file.page.markdown == "" and file.page.content == "", file.src_uri
        assert file.page.title, file.src_uri
    document = Path(site, "policies", "alpha-policy", "index.html").read_text(encoding="utf-8")
    assert "Alpha Social Media Policy" in document and "policy-handbook" in document


def test_a_page_made_when_read_is_made_each_time_and_holds_no_text():
    made = []

    def make():
        made.append(1)
        return "# Café\n"

    page = Page("a/b.md", "B", make)
    assert page.made_when_read and not made
    assert page.content == "# Café\n" and page.utf8 == "# Café\n".encode()
    assert len(made) == 2
    assert Page("a/c.md", "C", lambda: b"bytes").content == "bytes"


def test_version_pages_are_rendered_when_mkdocs_reads_them(project, tmp_path, monkeypatch):
    root = project()
    seen = {}
    on_files = PolicyHandbookPlugin.on_files

    def keep_files(self, files, *, config):
        files = on_files(self, files, config=config)
        seen["files"] = files
        seen["pending"] = {f.src_uri for f in files if isinstance(f, MadeWhenRead) and f.make is not None}
        return files

    monkeypatch.setattr(PolicyHandbookPlugin, "on_files", keep_files)
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)

    versions = {"policies/alpha-policy/2020.md", "print/alpha-policy/2020/index.md"}
    assert versions <= seen["pending"], sorted(seen["pending"])
    for file in seen["files"]:
        if file.src_uri in versions:
            assert file.make is None and file.content_bytes == b"", file.src_uri
    text = Path(tmp_path, "site", "policies", "alpha-policy", "2020", "index.html").read_text(encoding="utf-8")
    assert "friend requests from service users" in text


def test_the_mapping_exports_are_written_in_batches_exactly(monkeypatch):
    data = {"bodies": [{"id": "a", "name": "Café “A”"}, {"id": "b", "name": "B \ud800"}, {"id": "c", "name": "C"}],
            "groups": [], "clauses": {f"k{n}": {"text": "–" * n} for n in range(5)}, "links": [1, 2, 3, 4, 5],
            "empty": {}, "none": None}
    whole = encode_page("var x = " + compact_json(data) + ";\n")
    monkeypatch.setattr(exports, "JSON_BATCH", 2)
    assert compact_json_utf8(data, "var x = ", ";\n") == whole
    monkeypatch.setattr(exports, "JSON_BATCH", 1000)
    assert compact_json_utf8(data, "var x = ", ";\n") == whole
