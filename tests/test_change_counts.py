"""Every page that counts the changes between two versions gives the same counts, in numbers and in words."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import urljoin

KINDS = ["added", "deleted", "amended", "moved", "renumbered", "split", "merged", "unchanged"]


def table_counts(text: str) -> dict[str, int]:
    """The change-summary table of a redline or committee page: kind → number, then substantive and editorial."""
    counts = {kind: int(n) for kind, n in re.findall(r'<tr data-kind="(\w+)"><th scope="row">[^<]*</th><td>(\d+)</td>',
                                                      text)}
    assert set(counts) == set(KINDS), counts
    for weight in ("substantive", "editorial"):
        counts[weight] = int(re.search(rf'<span data-count="{weight}">(\d+)</span>', text).group(1))
    return counts


def phrase_counts(summary: str) -> dict[str, int]:
    """The numbers a summary sentence states, e.g. ``8 clauses amended (6 substantive, 2 editorial), 2 added``."""
    summary = summary.removeprefix("Editorial changes only: ")
    summary = re.sub(r" \([^)]*\)", "", summary)
    found = dict.fromkeys(KINDS[:-1], 0)
    if summary != "No changes to the text":
        for n, kind in re.findall(r"(\d+)(?: clauses?)? (\w+)", summary):
            found[kind] = int(n)
    return found


def ack_data(page: Path) -> dict:
    match = re.search(r"data-ph-ack='([^']*)'", page.read_text(encoding="utf-8"))
    assert match, page
    return json.loads(html.unescape(match.group(1)))


def local(site: Path, page: Path, href: str) -> Path:
    url = urljoin(page.relative_to(site).as_posix(), href)
    target = site / url
    return target / "index.html" if url.endswith("/") else target


def test_acknowledgement_redline_and_committee_pages_agree(bundled_site: Path):
    site = bundled_site
    compared = 0
    for page in sorted((site / "acknowledge").glob("*/*/index.html")):
        for since in ack_data(page)["changes_since"].values():
            for step in since["steps"]:
                redline = local(site, page, step["redline_url"])
                counts = table_counts(redline.read_text(encoding="utf-8"))
                assert step["counts"] == counts, (page, redline)
                words = phrase_counts(step["summary"])
                assert words == {k: counts[k] for k in KINDS[:-1]}, step["summary"]
                assert step["summary"].startswith("Editorial changes only") == (counts["substantive"] == 0)
                compared += 1
            if len(since["steps"]) == 1:
                assert since["counts"] == since["steps"][0]["counts"]
    assert compared, "no acknowledgement page counts any change"

    packs = sorted((site / "committee").glob("*/index.html"))
    assert packs
    for pack in packs:
        text = pack.read_text(encoding="utf-8")
        document, version = pack.parent.name.split("--")
        redlines = sorted((site / "policies" / document / "redline").glob(f"*--{version}/index.html"))
        assert redlines, pack
        assert table_counts(text) == table_counts(redlines[0].read_text(encoding="utf-8"))
        compared += 1
    assert compared >= 2


def test_the_bundled_proposal_counts_its_editorial_amendments_once_everywhere(bundled_site: Path):
    # Consultation draft → committee version: the 'Amended' row and the acknowledgement's
    # words count the same clauses (substantive and editorial amendments together).
    page = bundled_site / "acknowledge" / "harmonised-social-media-policy" / "committee" / "index.html"
    step = ack_data(page)["changes_since"]["consultation-draft"]
    assert step["counts"]["amended"] == phrase_counts(step["summary"])["amended"] > 0
    assert "editorial" in step["summary"]
