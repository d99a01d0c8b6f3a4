"""What the site owner chose in ``mkdocs.yml``, and whether it makes sense for the corpus."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..corpus import Corpus
from .headings import HeadingStyle


@dataclass
class RenderOptions:
    """What the site owner chose in ``mkdocs.yml``."""

    prefix: str = "policies"
    use_directory_urls: bool = True
    templates_dir: Path | None = None
    baseline_body: str | None = None
    """Body whose clauses others are redlined against on topic pages, until harmonised text exists."""
    pairs: list[tuple[str, str]] | None = None
    """Pairs of bodies compared page by page (default: every pair of compared bodies)."""
    redlines: list[tuple[str, str]] | None = None
    """Extra version pairs to redline, as ``document/version`` (consecutive versions always are)."""
    acknowledgement_endpoint: str | None = None
    """URL that acknowledgement receipts are POSTed to; none means they stay in the browser."""
    receipts_public_key: str | None = None
    """PEM of the key the receipts service signs receipts with, published with the site."""
    cache_dir: Path | None = None
    """Folder where compiled templates are kept across builds; None: compile them every build."""
    headings: HeadingStyle | None = None
    """How the site's headings are written, for pages written as HTML; None: pages are written in Markdown."""


def option_problems(corpus: Corpus, options: RenderOptions) -> list[str]:
    """Each option that names something the corpus does not have, with what to write instead."""
    problems = []
    bodies = ", ".join(corpus.bodies)
    named = [("baseline_body", options.baseline_body)] if options.baseline_body else []
    for pair in options.pairs or []:
        if len(pair) != 2:
            problems.append(f"`compare` takes pairs of body ids, got {list(pair)} — for example "
                            "`compare: [[dorset-council, dorset-county-council]]`")
        named += [("compare", body) for body in pair]
    for option, body in named:
        if body not in corpus.bodies:
            problems.append(f"unknown body '{body}' in mkdocs.yml (`{option}`) — use one of: {bodies}")
    for pair in options.redlines or []:
        if len(pair) != 2:
            problems.append(f"`redlines` takes pairs of versions, got {list(pair)} — for example "
                            "`redlines: [[harmonised-social-media-policy/consultation-draft, "
                            "harmonised-social-media-policy/committee]]`")
        for text in pair:
            document, _, version = text.partition("/")
            if corpus.version(document, version) is None:
                problems.append(f"`redlines` names '{text}', which is no version — write document/version, "
                                "for example dorset-county-council-social-networking-policy/2017")
    return problems
