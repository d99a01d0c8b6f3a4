"""Where a build's CPU time goes: each kind of page, and what is not any page's.

    python scripts/build_cpu.py [options of mkdocs build, e.g. -q -f PROJECT/mkdocs.yml -d SITE]

Runs ``mkdocs build`` in this process and times, with CPU time, each page's two steps in
MkDocs: reading and converting it (which makes a generated page's Markdown) and writing it
(the theme's template, the search plugin, ``on_post_page``). Pages are grouped by the kinds of
``scripts/site_size.py``. The rest of the build (loading the corpus, working out the pages,
the exports, the search index) is reported as one figure, and the cyclic garbage collector's
time separately (it is also counted in the steps it interrupts).
"""

from __future__ import annotations

import gc
import resource
import sys
import time
from pathlib import Path, PurePosixPath

from mkdocs.__main__ import cli
from mkdocs.commands import build as mkdocs_build

sys.path.insert(0, str(Path(__file__).parent))
from site_size import kind as site_kind  # noqa: E402

STEPS = ("_populate_page", "_build_page")


def page_kind(dest_uri: str) -> str:
    """The kind of page written to ``dest_uri`` (as ``scripts/site_size.py`` names it)."""
    root = Path("/site")
    return site_kind(root, root / PurePosixPath(dest_uri))


class Timings:
    """CPU time per kind of page and step, and in the garbage collector."""

    def __init__(self) -> None:
        self.cpu: dict[tuple[str, str], float] = {}
        self.pages: dict[str, int] = {}
        self.gc = 0.0
        self._gc_start = 0.0

    def on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_start = time.process_time()
        else:
            self.gc += time.process_time() - self._gc_start

    def wrap(self, step: str) -> None:
        original = getattr(mkdocs_build, step)

        def timed(page, *args, **kwargs):
            start = time.process_time()
            try:
                return original(page, *args, **kwargs)
            finally:
                kind = page_kind(page.file.dest_uri)
                self.cpu[kind, step] = self.cpu.get((kind, step), 0.0) + time.process_time() - start
                if step == "_build_page":
                    self.pages[kind] = self.pages.get(kind, 0) + 1

        setattr(mkdocs_build, step, timed)

    def report(self, total: float) -> str:
        on_pages = sum(self.cpu.values())
        count = sum(self.pages.values())
        usage = resource.getrusage(resource.RUSAGE_SELF)
        lines = [f"build: {total:.1f} s CPU ({usage.ru_utime:.1f} s user, {usage.ru_stime:.1f} s system), "
                 f"peak RSS {usage.ru_maxrss / 1024:.0f} MiB; garbage collector {self.gc:.1f} s",
                 f"{count:,} pages: {on_pages:.1f} s ({on_pages / count * 1000:.1f} ms a page); "
                 f"the rest of the build {total - on_pages:.1f} s",
                 f"  {'kind':24} {'pages':>6} {'read':>8} {'write':>8} {'a page':>9} {'share':>6}"]
        shares = sorted(self.pages, key=lambda k: -sum(self.cpu.get((k, s), 0.0) for s in STEPS))
        for kind in shares:
            read, write = (self.cpu.get((kind, s), 0.0) for s in STEPS)
            lines.append(f"  {kind:24} {self.pages[kind]:6,} {read:7.1f}s {write:7.1f}s "
                         f"{(read + write) / self.pages[kind] * 1000:6.1f} ms {(read + write) / total:6.1%}")
        return "\n".join(lines)


def main() -> None:
    timings = Timings()
    gc.callbacks.append(timings.on_gc)
    for step in STEPS:
        timings.wrap(step)
    start = time.process_time()
    try:
        cli(["build", *sys.argv[1:]], standalone_mode=False)
    finally:
        print(timings.report(time.process_time() - start), file=sys.stderr)


if __name__ == "__main__":
    main()
