"""Options of the ``policy-handbook`` plugin in ``mkdocs.yml``."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class PolicyHandbookConfig(base.Config):
    source_dir = c.Type(str, default="source_policies")
    """Folder of the policy YAML, relative to ``mkdocs.yml``."""

    url_prefix = c.Type(str, default="policies")
    """Folder of the site under which the generated pages live."""

    templates_dir = c.Optional(c.Type(str))
    """Folder of templates that override the built-in ones, relative to ``mkdocs.yml``."""

    baseline_body = c.Optional(c.Type(str))
    """Body whose clauses the others are redlined against on topic pages, until harmonised text exists."""

    compare = c.Optional(c.ListOfItems(c.ListOfItems(c.Type(str))))
    """Pairs of bodies to compare page by page, e.g. ``[[dorset-council, dorset-county-council]]``.
    Default: the baseline body against each other body (every pair of up to six bodies when there
    is no baseline); any other pair is compared in the browser."""

    redlines = c.ListOfItems(c.ListOfItems(c.Type(str)), default=[])
    """Extra pairs of versions to redline, as ``document/version``; consecutive versions always are."""

    acknowledgement_endpoint = c.Optional(c.Type(str))
    """URL that acknowledgement receipts are POSTed to as JSON. Unset: receipts stay in the browser."""

    receipts_public_key = c.Optional(c.Type(str))
    """The receipts service's public key (``policy-handbook receipts keygen`` writes it): a PEM file
    relative to ``mkdocs.yml``, or the PEM text. Published with the site and shown on acknowledgement pages."""
    cache_dir = c.Type(str, default=".cache/policy-handbook")
    """Folder of the word-diff and stance-reading caches and of compiled templates, relative to
    ``mkdocs.yml``; safe to delete. Empty: no cache."""

    compact_html = c.Type(bool, default=True)
    """Write each page with the runs of whitespace in the theme's part of it (navigation, header,
    footer) collapsed to one space or line feed: nothing drawn changes, and a large handbook's
    pages are a fifth smaller. The page's content is written as MkDocs made it."""
