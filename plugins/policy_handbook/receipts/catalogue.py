"""Which versions can be acknowledged: the built site's published fingerprints.

The receipts service stores an acknowledgement only for a version that is **in force** on
the day it is made: of a document's versions whose status is ``approved`` and whose
``effective_from`` date (when it has one) is on or before that day, the one that took
effect last (the later listed, on the same date), as the site's
``acknowledge/fingerprints.json`` lists it (``render/acknowledge.py`` writes that file).
The file is read from a built site folder, a file, or an ``http(s)`` URL.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..render.acknowledge import FINGERPRINTS

IN_FORCE_STATUS = "approved"
MAX_CATALOGUE_BYTES = 16 * 1024 * 1024


class CatalogueError(ValueError):
    """The list of fingerprints cannot be read; the message says where and why."""


@dataclass(frozen=True)
class PublishedVersion:
    """One version as the site published it."""

    document: str
    document_title: str
    version: str
    label: str
    status: str
    effective_from: dt.date | None
    fingerprint: str

    def effective(self, today: dt.date) -> bool:
        """Approved, and effective on or before ``today`` (or with no effective date)."""
        return self.status == IN_FORCE_STATUS and (self.effective_from is None or self.effective_from <= today)


@dataclass(frozen=True)
class Catalogue:
    """Every published version, by document id then version id."""

    versions: dict[str, dict[str, PublishedVersion]]
    where: str

    def find(self, document: str, version: str) -> PublishedVersion | None:
        return self.versions.get(document, {}).get(version)

    def in_force(self, today: dt.date) -> list[PublishedVersion]:
        """The version in force on ``today`` of each document that has one."""
        found = []
        for versions in self.versions.values():
            effective = [(v.effective_from or dt.date.min, i, v) for i, v in enumerate(versions.values())
                         if v.effective(today)]
            if effective:
                found.append(max(effective, key=lambda e: e[:2])[2])
        return found

    def is_in_force(self, version: PublishedVersion, today: dt.date) -> bool:
        return any(v is version for v in self.in_force(today))


def utc_today() -> dt.date:
    """Today in UTC: the date the site's build judges what is in force by, whatever the machine's time zone."""
    return dt.datetime.now(dt.timezone.utc).date()


def _date(value, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CatalogueError(f"{where}: '{value}' is not a date (expected YYYY-MM-DD)") from None


def parse_catalogue(text: str, where: str) -> Catalogue:
    """The versions listed in the text of a ``fingerprints.json``.

    Raises:
        CatalogueError: when the text is not such a file.
    """
    try:
        data = json.loads(text)
        documents = data["documents"]
        versions = {}
        for doc_id, doc in documents.items():
            versions[doc_id] = {
                v_id: PublishedVersion(doc_id, str(doc.get("title", doc_id)), v_id, str(v["label"]), str(v["status"]),
                                       _date(v.get("effective_from"), where), str(v["fingerprint"]).lower())
                for v_id, v in doc["versions"].items()
            }
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
        raise CatalogueError(f"{where} is not a list of fingerprints written by policy-handbook "
                             "(acknowledge/fingerprints.json of a built handbook)") from None
    return Catalogue(versions, where)


def load_catalogue(location: str) -> Catalogue:
    """Read the fingerprints from a built site folder, a ``fingerprints.json`` file, or an http(s) URL.

    Raises:
        CatalogueError: when it cannot be read.
    """
    if location.startswith(("http://", "https://")):
        url = location if location.endswith(".json") else location.rstrip("/") + "/" + FINGERPRINTS
        try:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - http(s) only, checked above
                return parse_catalogue(response.read(MAX_CATALOGUE_BYTES).decode("utf-8"), url)
        except (OSError, UnicodeDecodeError) as e:
            raise CatalogueError(f"cannot read {url}: {e}") from None
    path = Path(location)
    if path.is_dir():
        path = path / FINGERPRINTS
    try:
        return parse_catalogue(path.read_text(encoding="utf-8"), str(path))
    except FileNotFoundError:
        raise CatalogueError(f"{path} does not exist: give --site the folder of a handbook built with "
                             "`mkdocs build` (it holds acknowledge/fingerprints.json), or that file itself") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CatalogueError(f"cannot read {path}: {e}") from None
