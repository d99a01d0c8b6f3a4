"""A build lets go of each generated page's text, and of the parsed source files, once they are no longer
needed, and the pages are unchanged."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from policy_handbook.plugin import PolicyHandbookPlugin
from policy_handbook.render.site import Page


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
