"""A failed build never takes away the output folder, its dot-files, or anything outside it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import DOCUMENT, run

BROKEN = DOCUMENT.replace("status: approved", "status: aproved")
TOPICS = ("groups: [{id: use, title: Use}]\ntopics:\n  - {id: working-time, title: Working time, "
          "question: May I?, description: Use at work., group: use}\n")
UNMAPPED = DOCUMENT.replace("            text: Employees must not use",
                            "            topics: [working-time]\n            text: Employees must not use")
"""Builds, then fails `--strict`: clause 'friends' maps to no topic."""


def published_site(folder: Path) -> None:
    """An output folder as a deployed site has it: a git checkout, CNAME, .nojekyll and old pages."""
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (folder / "CNAME").write_text("handbook.example.org\n")
    (folder / ".nojekyll").write_text("")
    (folder / "index.html").write_text("<p>the last good site</p>")
    (folder / "old").mkdir()
    (folder / "old" / "page.html").write_text("<p>old page</p>")


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder`` (not following links): kind, bytes and modification time."""
    found = {}
    for path in sorted(folder.rglob("*")):
        stat = path.lstat()
        content = path.read_bytes() if path.is_file() and not path.is_symlink() else os.readlink(path) \
            if path.is_symlink() else None
        found[path.relative_to(folder).as_posix()] = (stat.st_mode, content, stat.st_mtime_ns)
    return found


def mkdocs_build(root: Path, site: Path, *extra: str):
    return run("mkdocs", "build", "--strict", "-f", root / "mkdocs.yml", "-d", site, *extra, cwd=root)


@pytest.mark.parametrize("extra", [(), ("--dirty",)])
def test_a_build_that_fails_on_the_sources_leaves_the_folder_exactly_as_it_was(project, tmp_path, extra):
    root = project({"source_policies/documents/alpha-policy.yml": BROKEN})
    site = tmp_path / "site"
    published_site(site)
    before = snapshot(site)
    result = mkdocs_build(root, site, *extra)
    assert result.returncode != 0 and "'aproved' is not a valid status" in result.output
    assert "Traceback" not in result.output
    assert snapshot(site) == before


def test_through_a_symlinked_folder_too(project, tmp_path):
    root = project({"source_policies/documents/alpha-policy.yml": BROKEN})
    real = tmp_path / "real-site"
    published_site(real)
    site = tmp_path / "site"
    site.symlink_to(real, target_is_directory=True)
    before = snapshot(real)
    result = mkdocs_build(root, site)
    assert result.returncode != 0 and "Traceback" not in result.output
    assert site.is_symlink() and snapshot(real) == before


def test_a_build_that_fails_later_keeps_the_folder_its_dot_files_and_what_lies_outside(project, tmp_path):
    root = project({"source_policies/topics.yml": TOPICS, "source_policies/documents/alpha-policy.yml": UNMAPPED})
    outside = tmp_path / "elsewhere"
    (outside / "keep").mkdir(parents=True)
    (outside / "keep" / "notes.txt").write_text("not the site's")
    real = tmp_path / "real-site"
    published_site(real)
    (real / "linked").symlink_to(outside / "keep", target_is_directory=True)
    site = tmp_path / "site"
    site.symlink_to(real, target_is_directory=True)
    result = mkdocs_build(root, site)
    assert result.returncode != 0 and "maps to no topic" in result.output
    assert "Traceback" not in result.output
    assert site.is_symlink() and real.is_dir()
    assert (real / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (real / ".nojekyll").exists()
    assert sorted(p.name for p in real.iterdir()) == [".git", ".nojekyll"], "no half-built site is left to publish"
    assert (outside / "keep" / "notes.txt").read_text() == "not the site's"


def test_a_dirty_build_that_fails_later_removes_nothing(project, tmp_path):
    root = project({"source_policies/topics.yml": TOPICS, "source_policies/documents/alpha-policy.yml": UNMAPPED})
    site = tmp_path / "site"
    published_site(site)
    result = mkdocs_build(root, site, "--dirty")
    assert result.returncode != 0 and "Traceback" not in result.output
    assert (site / "old" / "page.html").read_text() == "<p>old page</p>"
    assert (site / "CNAME").exists() and (site / ".git" / "HEAD").exists()
    assert "holds old and new files" in result.output


def test_a_failed_build_into_a_new_folder_leaves_no_site(project, tmp_path):
    root = project({"source_policies/topics.yml": TOPICS, "source_policies/documents/alpha-policy.yml": UNMAPPED})
    result = mkdocs_build(root, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.output
    assert not (tmp_path / "site").exists()


def test_a_failed_build_into_an_empty_folder_that_was_there_keeps_the_folder(project, tmp_path):
    root = project({"source_policies/topics.yml": TOPICS, "source_policies/documents/alpha-policy.yml": UNMAPPED})
    site = tmp_path / "site"
    site.mkdir()
    result = mkdocs_build(root, site)
    assert result.returncode != 0 and "maps to no topic" in result.output and "Traceback" not in result.output
    assert site.is_dir() and list(site.iterdir()) == []
