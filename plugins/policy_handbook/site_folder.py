"""Under `mkdocs serve`, the output folder of the previous build kept in place while a rebuild writes over it.

MkDocs empties the output folder before every build and writes every file again: some 2,000
folders removed and made again and 100 MB written at 100 bodies, though after a one-line edit
nearly every page comes out as it was. MkDocs keeps dot-entries when it empties the folder,
so :class:`KeptFolder` moves the previous build's entries into a dot-folder just before
(``on_pre_build``) and back once the folder is empty (``on_env``, before anything is written).
A page whose HTML is byte for byte the file already there is then not written again
(:meth:`KeptFolder.unchanged`: MkDocs writes no page whose HTML is empty); nor read, when the
last build gave the file the same HTML (the same digest, see reuse.py) and the file is as that
build left it (:meth:`KeptFolder.settled`). When the build is
done, every file of the previous build that this build neither wrote nor found unchanged is
removed, with the folders that leaves empty, so the folder holds what a build into an empty
folder would have written: a file counts as written when its size, inode, modification or
status-change time changed (the times of ext4, XFS, btrfs, tmpfs and APFS are in nanoseconds;
on a file system whose times are coarser than the time between two builds, a file written again
with the same size could be taken for one not written). A file where this build needs a folder,
or a folder where it writes a file, is removed before anything is written.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from typing import Iterable

HOLDING = ".policy-handbook-previous"
"""The dot-folder the previous build's entries wait in while MkDocs empties the output folder."""

_Stamp = tuple[int, int, int, int]


def _stamp(stat: os.stat_result) -> _Stamp:
    # A write changes the status-change time, which no one can set back (unlike the modification time).
    return stat.st_size, stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns


@dataclass
class KeptFolder:
    """The previous build's files in the output folder of one `mkdocs serve`, and which this build left as they were."""

    path: str | None = None
    active: bool = False
    """True from :meth:`hold` to :meth:`finish`."""
    _before: dict[str, _Stamp] = field(default_factory=dict)
    _folders: set[str] = field(default_factory=set)
    _unchanged: set[str] = field(default_factory=set)
    _written: dict[str, bytes] = field(default_factory=dict)
    _settled: dict[str, tuple[_Stamp, bytes]] = field(default_factory=dict)
    """Files as the last build left them, each with the digest of what it was given to write."""

    def hold(self, site_dir: str) -> None:
        """Move the folder's entries (but dot-entries) aside, where MkDocs does not remove them (from on_pre_build)."""
        path = os.path.abspath(site_dir)
        if path != self.path:
            self._settled = {}
        self.path, self._before, self._folders, self._unchanged, self._written = path, {}, set(), set(), {}
        self.active = True
        holding = os.path.join(self.path, HOLDING)
        if os.path.lexists(holding):  # left by a rebuild that did not get as far as on_env
            shutil.rmtree(holding, ignore_errors=True)
        if not os.path.isdir(self.path):
            return
        entries = [entry.name for entry in os.scandir(self.path) if not entry.name.startswith(".")]
        if entries:
            os.mkdir(holding)
            for name in entries:
                os.rename(os.path.join(self.path, name), os.path.join(holding, name))

    def restore(self, destinations: Iterable[str]) -> None:
        """Put the entries back once MkDocs has emptied the folder; note each file's size, time and inode.

        ``destinations`` are the absolute paths of the files the build will write: a file of the
        previous build where one of them needs a folder, or a folder where one is to be written,
        is removed now.
        """
        if not self.active:
            return
        holding = os.path.join(self.path, HOLDING)
        if not os.path.isdir(holding):
            return
        for entry in os.scandir(holding):
            target = os.path.join(self.path, entry.name)
            if os.path.lexists(target):  # written since MkDocs emptied the folder: that copy is the build's
                _remove(entry.path)
            else:
                os.rename(entry.path, target)
        shutil.rmtree(holding, ignore_errors=True)
        for root, folders, names in os.walk(self.path):
            if root == self.path:
                folders[:] = [name for name in folders if not name.startswith(".")]
                names = [name for name in names if not name.startswith(".")]
            for name in list(folders):
                if os.path.islink(os.path.join(root, name)):  # os.walk does not follow it: a file here
                    names.append(name)
                    folders.remove(name)
            self._folders.update(os.path.join(root, name) for name in folders)
            for name in names:
                path = os.path.join(root, name)
                self._before[path] = _stamp(os.lstat(path))
        for path in destinations:
            if path in self._folders:
                shutil.rmtree(path)
                self._forget(path)
            parent = os.path.dirname(path)
            while parent.startswith(self.path + os.sep):
                if parent in self._before:
                    os.unlink(parent)
                    del self._before[parent]
                parent = os.path.dirname(parent)

    def unchanged(self, path: str, data: bytes) -> bool:
        """True when the file at ``path`` is the previous build's and holds exactly ``data``: it need not be written."""
        stamp = self._before.get(path)
        if stamp is None or stamp[0] != len(data):
            return False
        try:
            with open(path, "rb") as file:
                if file.read() != data:
                    return False
        except OSError:
            return False
        self._unchanged.add(path)
        return True

    def settled(self, path: str, written: bytes) -> bool:
        """True when the last build gave the file at ``path`` bytes whose digest is ``written``, and the
        file is as that build left it: it need not be written again, nor read."""
        entry = self._settled.get(path)
        if entry is None or entry[1] != written or self._before.get(path) != entry[0]:
            return False
        self._unchanged.add(path)
        return True

    def wrote(self, path: str, written: bytes | None) -> None:
        """The build gives the file at ``path`` (or leaves it with, see :meth:`unchanged`) bytes whose
        digest is ``written`` (None: bytes of no known digest)."""
        if written is None or not self.active:
            self._written.pop(path, None)
        else:
            self._written[path] = written

    def finish(self) -> list[str]:
        """Remove what the previous build left that this build did not write (from on_post_build); the paths removed."""
        if not self.active:
            return []
        self.active = False
        removed = []
        for path, stamp in self._before.items():
            if path in self._unchanged:
                continue
            try:
                if _stamp(os.lstat(path)) != stamp:
                    continue
                os.unlink(path)
            except FileNotFoundError:
                continue
            removed.append(path)
        for folder in sorted({os.path.dirname(path) for path in removed}, key=len, reverse=True):
            while folder.startswith(self.path + os.sep):
                try:
                    os.rmdir(folder)
                except OSError:  # not empty
                    break
                folder = os.path.dirname(folder)
        self._settled = {}
        for path, written in self._written.items():
            try:
                self._settled[path] = (_stamp(os.lstat(path)), written)
            except FileNotFoundError:
                pass
        self._before, self._folders, self._unchanged, self._written = {}, set(), set(), {}
        return removed

    def drop(self) -> None:
        """Forget the folder: the next build writes every file."""
        self.path, self._before, self._folders, self._unchanged, self._written, self._settled = (
            None, {}, set(), set(), {}, {})
        self.active = False

    def _forget(self, folder: str) -> None:
        prefix = folder + os.sep
        self._before = {path: stamp for path, stamp in self._before.items() if not path.startswith(prefix)}
        self._folders = {path for path in self._folders if path != folder and not path.startswith(prefix)}


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)


class SkippedPages(logging.Filter):
    """Drops MkDocs' note that a page was not written, for the pages :class:`KeptFolder` found unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self.uris: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno != logging.INFO or not self.uris:
            return True
        message = record.getMessage()
        return not (message.startswith("Page skipped: '") and message[len("Page skipped: '"):].split("'", 1)[0]
                    in self.uris)
