"""Printable appendix pages and the whole handbook in one page."""

from __future__ import annotations

from .site import Page


class PrintPages:
    """Printable appendix pages and the whole handbook in one page."""

    def __init__(self, site):
        self.site = site

    def pages(self) -> list[Page]:
        return []
