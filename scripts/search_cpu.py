"""The CPU time of Material's search plugin in a build, and of the whole build.

    python scripts/search_cpu.py [options of mkdocs build, e.g. -q -f PROJECT/mkdocs.yml -d SITE]

Runs ``mkdocs build`` in this process and adds up, with CPU time, each call of the search
plugin's ``on_page_context`` (dividing the page into sections for the index, then taking the
``data-search-*`` attributes out of its HTML); prints that sum and the process's user and
system time.
"""

from __future__ import annotations

import resource
import sys
import time

from material.plugins.search import plugin as search
from mkdocs.__main__ import cli

spent = [0.0, 0]
on_page_context = search.SearchPlugin.on_page_context


def timed(self, context, **kwargs):
    start = time.process_time()
    try:
        return on_page_context(self, context, **kwargs)
    finally:
        spent[0] += time.process_time() - start
        spent[1] += 1


def main() -> None:
    search.SearchPlugin.on_page_context = timed
    try:
        cli(["build", *sys.argv[1:]], standalone_mode=False)
    finally:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        print(f"search plugin: {spent[0]:.2f} s CPU over {spent[1]} pages; "
              f"build: {usage.ru_utime + usage.ru_stime:.1f} s CPU", file=sys.stderr)


if __name__ == "__main__":
    main()
