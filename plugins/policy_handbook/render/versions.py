"""Version timelines and redlines between versions."""

from __future__ import annotations

from .site import Page


class VersionPages:
    """Version timelines and redlines between versions."""

    def __init__(self, site):
        self.site = site

    def pages(self) -> list[Page]:
        return []
