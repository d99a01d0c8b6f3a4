"""What a built handbook's bytes are: each kind of page and file, and how much of the pages the theme writes.

    python scripts/site_size.py SITE_DIR

Prints the site's size, its number of pages and the median and largest page, then each kind of
file (version pages, redlines, pair pages, the mapping exports…) by bytes, and the share of the
pages outside their ``<article>`` (the theme's header, navigation and footer).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path


def kind(site: Path, path: Path) -> str:
    """The kind of a built file, from where the plugin puts it (default ``url_prefix``)."""
    parts = path.relative_to(site).parts
    if parts[0] in ("compare", "search") and path.suffix != ".html":
        return "/".join(parts)
    if parts[0] == "policies":
        if "redline" in parts:
            return "redlines"
        return {2: "policy index", 3: "document pages", 4: "version pages"}.get(len(parts), "policies, other")
    named = {"bodies": "body-pair pages", "topics": "topic pages", "coverage": "coverage pages"}
    if parts[0] == "compare" and len(parts) > 2 and parts[1] in named:
        return named[parts[1]]
    if parts[0] == "print":
        return "printable pages"
    if parts[0] == "assets":
        return "theme and plugin assets"
    return "other pages" if path.suffix == ".html" else "other files"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    site = parser.parse_args().site
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    sizes = sorted(p.stat().st_size for p in pages)
    print(f"{site}: {sum(p.stat().st_size for p in files) / 1e6:.1f} MB, {len(pages):,} pages, "
          f"median page {statistics.median(sizes) / 1024:.1f} KiB, largest {sizes[-1] / 1024:.0f} KiB")
    kinds: dict[str, list[int]] = {}
    for path in files:
        entry = kinds.setdefault(kind(site, path), [0, 0])
        entry[0] += path.stat().st_size
        entry[1] += 1
    for name, (size, count) in sorted(kinds.items(), key=lambda item: -item[1][0]):
        print(f"  {name:32} {size / 1e6:8.2f} MB  {count:6,} files")
    outside = 0
    for path in pages:
        html = path.read_bytes()
        start, end = html.find(b"<article"), html.find(b"</article>")
        outside += len(html) - (end - start) if 0 <= start < end else len(html)
    print(f"  outside <article> (the theme's part of the pages): {outside / 1e6:.2f} MB "
          f"of {sum(sizes) / 1e6:.2f} MB of pages")


if __name__ == "__main__":
    main()
