"""What a failed build may take away from the output folder: only what it wrote itself.

MkDocs empties the output folder (keeping dot-files such as ``.git`` and ``.nojekyll``)
only after every plugin's ``on_config``, where the policy sources are loaded and checked:
a build that fails on the sources has touched nothing. A build that fails later (a
``--strict`` warning, say) has by then emptied the folder and written part of a site; that
part is removed again, so no half-built site is left to publish. The folder itself, its
dot-files and anything a symbolic link inside it points at are never removed, and after a
``--dirty`` build nothing is removed at all, since old and new files cannot be told apart.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class OutputFolder:
    """The output folder of one build, as it was before the build started."""

    path: Path
    existed: bool

    @classmethod
    def before_build(cls, path: Path | str) -> "OutputFolder":
        path = Path(path)
        return cls(path, path.exists() or path.is_symlink())

    def remove_what_the_build_wrote(self) -> list[str]:
        """After a failed clean build: remove every entry but dot-files; the names removed."""
        if not self.path.is_dir():
            return []
        removed = []
        for entry in sorted(os.scandir(self.path), key=lambda e: e.name):
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(entry.name)
        if not self.existed and not self.path.is_symlink() and not any(self.path.iterdir()):
            self.path.rmdir()
        return removed
