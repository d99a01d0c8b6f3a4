"""Committee packs: print-first pages for each proposal."""

from __future__ import annotations

from .site import Page


class CommitteePages:
    """Committee packs: print-first pages for each proposal."""

    def __init__(self, site):
        self.site = site

    def pages(self) -> list[Page]:
        return []
