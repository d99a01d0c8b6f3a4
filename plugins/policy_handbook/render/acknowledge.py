"""Acknowledgement pages for each published version of the harmonised policy."""

from __future__ import annotations

from .site import Page


class AcknowledgementPages:
    """Acknowledgement pages for each published version of the harmonised policy."""

    def __init__(self, site):
        self.site = site

    def pages(self) -> list[Page]:
        return []
