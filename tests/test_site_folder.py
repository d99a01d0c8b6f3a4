"""The output folder kept across `mkdocs serve` rebuilds (site_folder.py), as MkDocs empties and writes it."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.utils import clean_directory, write_file

from policy_handbook.site_folder import HOLDING, KeptFolder, SkippedPages


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def folders(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_dir()}


def previous_build(site: Path) -> None:
    for name, text in {"index.html": "home", "a/index.html": "page a", "b/index.html": "page b",
                       "old/deep/index.html": "gone", "guide": "a file", "assets/x.css": "css",
                       ".nojekyll": ""}.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text)


def emptied_and_restored(site: Path, writes=()) -> KeptFolder:
    """The previous build held, the folder emptied as MkDocs empties it, and put back for ``writes``."""
    folder = KeptFolder()
    folder.hold(str(site))
    assert sorted(os.listdir(site)) == sorted([".nojekyll", HOLDING])
    clean_directory(str(site))  # what MkDocs does: dot-entries are kept
    assert (site / HOLDING).is_dir()
    folder.restore(str(site / name) for name in writes)
    return folder


def rebuild(site: Path, writes: dict[str, str]) -> tuple[KeptFolder, list[str]]:
    """As MkDocs builds under serve with the plugin: hold, empty, restore, then each page written
    unless found unchanged, then finish."""
    folder = emptied_and_restored(site, writes)
    assert not (site / HOLDING).exists()
    for name, text in writes.items():
        if not folder.unchanged(str(site / name), text.encode()):
            write_file(text.encode(), str(site / name))
    return folder, folder.finish()


def test_a_rebuild_leaves_what_a_build_into_an_empty_folder_writes(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    previous_build(site)
    before = {name: os.stat(site / name) for name in ("a/index.html", "b/index.html", "assets/x.css")}
    writes = {"index.html": "home", "a/index.html": "page a", "b/index.html": "page B",
              "guide/index.html": "a page where a file was", "assets/x.css": "css", "new/index.html": "new"}
    folder, removed = rebuild(site, writes)

    assert tree(site) == {".nojekyll": b"", **{name: text.encode() for name, text in writes.items()}}
    assert folders(site) == {"a", "b", "guide", "assets", "new"}, "folders left empty are removed"
    assert removed == [str(site / "old/deep/index.html")]
    same = os.stat(site / "a/index.html")
    assert (same.st_ino, same.st_mtime_ns) == (before["a/index.html"].st_ino, before["a/index.html"].st_mtime_ns), \
        "an unchanged page is not written again"
    assert os.stat(site / "b/index.html").st_mtime_ns != before["b/index.html"].st_mtime_ns


def test_a_file_written_again_with_the_same_size_and_times_set_back_is_kept(tmp_path):
    """A file counts as written when any of its stamp changed: here only the status-change time does."""
    site = tmp_path / "site"
    site.mkdir()
    previous_build(site)
    folder = emptied_and_restored(site)
    stat = os.stat(site / "b/index.html")
    (site / "b/index.html").write_text("page c")  # as long as "page b"
    os.utime(site / "b/index.html", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    removed = folder.finish()
    assert (site / "b/index.html").read_text() == "page c"
    assert str(site / "b/index.html") not in removed
    assert sorted(tree(site)) == [".nojekyll", "b/index.html"]


def test_a_page_whose_bytes_differ_is_not_unchanged(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    previous_build(site)
    folder = emptied_and_restored(site)
    assert folder.unchanged(str(site / "a/index.html"), b"page a")
    assert not folder.unchanged(str(site / "b/index.html"), b"page c"), "same size, other bytes"
    assert not folder.unchanged(str(site / "b/index.html"), b"page bb")
    assert not folder.unchanged(str(site / "c/index.html"), b"")


def test_a_holding_folder_left_by_a_failed_rebuild_is_dropped(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    previous_build(site)
    (site / HOLDING / "stale").mkdir(parents=True)
    (site / HOLDING / "stale" / "index.html").write_text("from an interrupted rebuild")
    folder, removed = rebuild(site, {"index.html": "home"})
    assert tree(site) == {".nojekyll": b"", "index.html": b"home"}
    assert folders(site) == set()


def test_only_the_notes_of_pages_found_unchanged_are_dropped():
    skipped = SkippedPages()
    skipped.uris.add("a.md")
    record = logging.LogRecord("mkdocs.commands.build", logging.INFO, __file__, 1,
                               "Page skipped: 'a.md'. Generated empty output.", None, None)
    other = logging.LogRecord("mkdocs.commands.build", logging.INFO, __file__, 1,
                              "Page skipped: 'b.md'. Generated empty output.", None, None)
    assert not skipped.filter(record)
    assert skipped.filter(other)


def test_a_file_is_settled_only_as_the_last_build_left_it_and_with_what_it_was_given(tmp_path):
    """The next build need not read a page the last one wrote, as long as the page's bytes are
    the same (the same digest) and the file was not touched since: not even rewritten with bytes
    of the same size and its modification time set back."""
    site = tmp_path / "site"
    site.mkdir()
    folder = KeptFolder()
    folder.hold(str(site))
    folder.restore([])
    pages = {name: str(site / name / "index.html") for name in ("a", "b", "c", "d")}
    for name, path in pages.items():
        write_file(f"page {name}".encode(), path)
        folder.wrote(path, None if name == "d" else f"digest {name}".encode())
    folder.finish()
    stat = os.stat(pages["c"])
    Path(pages["c"]).write_text("page C")
    os.utime(pages["c"], ns=(stat.st_atime_ns, stat.st_mtime_ns))

    folder.hold(str(site))
    clean_directory(str(site))
    folder.restore(pages.values())
    assert folder.settled(pages["a"], b"digest a")
    assert not folder.settled(pages["b"], b"digest a"), "other bytes"
    assert not folder.settled(pages["c"], b"digest c"), "touched since"
    assert not folder.settled(pages["d"], b"digest d"), "written with bytes of no known digest"
    folder.wrote(pages["a"], b"digest a")
    removed = folder.finish()
    assert sorted(removed) == sorted(pages[name] for name in "bcd")
    assert tree(site) == {"a/index.html": b"page a"}

    folder.drop()
    folder.hold(str(site))
    folder.restore([])
    assert not folder.settled(pages["a"], b"digest a"), "a folder dropped (a failed build) settles nothing"


def test_a_page_whose_building_logged_is_given_no_digest():
    """Its HTML is not kept (so its messages come again), so no later build may take the file it
    wrote for the HTML kept under the page's digest."""
    from types import SimpleNamespace

    from policy_handbook.reuse import PageReuse, _Counter

    reuse = PageReuse()
    page = SimpleNamespace(file=SimpleNamespace(src_uri="a.md"), meta={})
    reuse._messages = _Counter()
    reuse._written_keys = {"a.md": b"first"}
    reuse.building("a.md")
    assert reuse.written(page, "<p>a</p>") == "<p>a</p>"
    assert reuse.written_as("a.md") == b"first"
    reuse._written_keys = {"a.md": b"second"}
    reuse.building("a.md")
    reuse._messages.emit(logging.LogRecord("mkdocs", logging.WARNING, __file__, 1, "a warning", None, None))
    assert reuse.written(page, "<p>b</p>") == "<p>b</p>"
    assert reuse.written_as("a.md") is None


def test_an_entry_written_before_the_previous_build_is_put_back_stays_as_written(tmp_path):
    """What the build wrote between MkDocs emptying the folder and :meth:`KeptFolder.restore` is the build's:
    the previous build's copy does not replace it."""
    site = tmp_path / "site"
    site.mkdir()
    previous_build(site)
    folder = KeptFolder()
    folder.hold(str(site))
    clean_directory(str(site))
    (site / "index.html").write_text("new home")
    (site / "a").mkdir()
    (site / "a/index.html").write_text("new page a")
    folder.restore([])
    assert not (site / HOLDING).exists()
    assert (site / "index.html").read_text() == "new home"
    assert (site / "a/index.html").read_text() == "new page a"
    assert (site / "b/index.html").read_text() == "page b", "the rest of the previous build is back"
