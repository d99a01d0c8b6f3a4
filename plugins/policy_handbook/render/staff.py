"""The staff reader's pages: the current harmonised policy by question."""

from __future__ import annotations

from .site import Page


class StaffPages:
    """The staff reader's pages: the current harmonised policy by question."""

    def __init__(self, site):
        self.site = site

    def pages(self) -> list[Page]:
        return []
