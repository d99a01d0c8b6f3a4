"""What is in force on a given day: each version's standing, and the policy that applies to staff.

Standing is derived from dates, never taken on trust from a version's ``status`` alone:

- a version of a body abolished on or before the day is no longer in force;
- an approved version takes effect on its ``effective_from`` date (in force from then, or
  from adoption when no date is given);
- a version stops being in force when an adopted later version of the same document has
  taken effect, or when an adopted version of another document that ``replaces`` it has;
- drafts, consultation drafts and proposals are never in force, whatever their dates say.

The day is the build date (``SOURCE_DATE_EPOCH`` when set, UTC), so every page of one
build states the same facts.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from typing import Mapping

from ..corpus import Corpus
from ..model import Body, Document, Version

ADOPTED = ("approved", "superseded")
"""Statuses of a version that was adopted at some time."""


class BuildDateError(ValueError):
    """``SOURCE_DATE_EPOCH`` is set to something that is not a date."""


def build_date(environ: Mapping[str, str] | None = None) -> datetime.date:
    """The date the site is built "as of", in UTC: ``SOURCE_DATE_EPOCH`` when set, else today.

    Review dates and what is in force are judged against it, so builds are reproducible when
    the variable is set, and two builds at the same moment agree whatever the time zone.

    Raises:
        BuildDateError: when ``SOURCE_DATE_EPOCH`` is not a whole number of seconds.
    """
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if value:
        try:
            if not value.isascii() or len(value) > 20:
                raise ValueError(value)
            return datetime.datetime.fromtimestamp(int(value), tz=datetime.timezone.utc).date()
        except (ValueError, OverflowError, OSError):
            shown = value if len(value) <= 40 else value[:40] + "…"
            raise BuildDateError(f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, "
                                 f"not {shown!r} — unset it, or set it to the time of the last commit "
                                 "(`git log -1 --format=%ct`)") from None
    return datetime.datetime.now(datetime.timezone.utc).date()


def _long(value: datetime.date) -> str:
    return f"{value.day} {value:%B %Y}"


@dataclass(frozen=True)
class Standing:
    """A version's standing on one day."""

    key: str
    """``in-force``, ``adopted`` (not yet effective), ``proposed``, ``consultation``, ``draft``,
    ``superseded``, ``replaced``, ``ended`` (its body was abolished) or ``withdrawn``."""
    words: str
    """Short words for a label: ``In force``, ``Proposed, not yet adopted``…"""
    detail: str
    """One sentence with the dates that decide it."""

    @property
    def in_force(self) -> bool:
        return self.key == "in-force"

    @property
    def adoptable(self) -> bool:
        """Staff may acknowledge it: adopted and in force."""
        return self.in_force


def body_abolished(body: Body, today: datetime.date) -> bool:
    """Whether the body no longer exists on ``today``."""
    return body.abolished is not None and body.abolished <= today


def body_existing(body: Body, today: datetime.date) -> bool:
    """Whether the body exists on ``today`` (established, and not abolished)."""
    started = body.established is None or body.established <= today
    return started and not body_abolished(body, today)


def adoption_date(version: Version) -> datetime.date | None:
    """When the version was adopted: its ``approved`` date, else its decision's meeting date."""
    if version.status not in ADOPTED:
        return None
    return version.dates.approved or (version.approval.meeting_date if version.approval else None)


def _takes_effect(version: Version) -> datetime.date | None:
    return version.dates.effective_from or adoption_date(version)


def _effective(version: Version, today: datetime.date) -> bool:
    """Adopted, and its effective date (if any) has come."""
    if version.status not in ADOPTED:
        return False
    start = _takes_effect(version)
    return start is None or start <= today


class Standings:
    """Every version's standing in a corpus on one day."""

    def __init__(self, corpus: Corpus, today: datetime.date):
        self.corpus = corpus
        self.today = today
        self._cache: dict[tuple[str, str], Standing] = {}
        self._replacing: dict[str, list[tuple[Document, Version]]] | None = None

    def _superseded_detail(self, document: Document, version: Version) -> str:
        """Why a version its source marks superseded is so, when no later version has taken effect:
        the later version that followed it (a proposal, a draft), else only what the source says."""
        later = self.corpus.superseded_by(document, version)
        while later is not None and later.status == "withdrawn":
            later = self.corpus.superseded_by(document, later)
        if later is not None:
            return f"{version.label} has been followed by {later.label}, which is not in force."
        return f"{version.label} is marked superseded in its source; no later version has taken its place."

    def replaced_by(self, document: Document) -> tuple[Document, Version] | None:
        """An adopted version of another document that replaces ``document`` and has taken effect."""
        if self._replacing is None:
            # Every version that names a document in ``replaces``, in corpus order, gathered once:
            # a scan of every version for each document grows with the square of the corpus.
            self._replacing = {}
            for other in self.corpus.documents.values():
                for version in other.versions:
                    for replaced in dict.fromkeys(version.replaces):
                        self._replacing.setdefault(replaced, []).append((other, version))
        for other, version in self._replacing.get(document.id, ()):
            if _effective(version, self.today) and version.status in ADOPTED:
                return other, version
        return None

    def of(self, document: Document, version: Version) -> Standing:
        key = (document.id, version.id)
        if key not in self._cache:
            self._cache[key] = self._standing(document, version)
        return self._cache[key]

    def _standing(self, document: Document, version: Version) -> Standing:
        today = self.today
        body = self.corpus.bodies[document.body]
        effective = version.dates.effective_from
        if version.status == "withdrawn":
            return Standing("withdrawn", "Withdrawn", f"{version.label} was withdrawn; it is not in force.")
        if version.status in ("draft", "consultation", "proposed"):
            words = {"draft": "Draft, not adopted", "consultation": "Consultation draft, not adopted",
                     "proposed": "Proposed, not yet adopted"}[version.status]
            detail = f"{version.label} has not been adopted and is not in force"
            if version.status == "proposed" and version.approval:
                detail += (f"; it is proposed to {version.approval.committee} for its meeting on "
                           f"{_long(version.approval.meeting_date)}")
            if effective:
                detail += f"; if adopted, it would take effect on {_long(effective)}"
            return Standing(version.status, words, detail + ".")
        # Adopted at some time (approved or superseded).
        if body_abolished(body, today):
            successors = [self.corpus.bodies[s].name for s in body.successors if s in self.corpus.bodies]
            detail = f"{body.name} was abolished on {_long(body.abolished)}"
            if successors:
                detail += f" and succeeded by {' and '.join(successors)}"
            return Standing("ended", "No longer in force", detail + "; its policies no longer apply.")
        later = self.corpus.superseded_by(document, version)
        while later is not None and not _effective(later, today):
            later = self.corpus.superseded_by(document, later)
        if later is not None:
            since = _takes_effect(later)
            detail = f"Replaced by {later.label}" + (f" from {_long(since)}" if since else "") + "."
            return Standing("superseded", "Superseded", detail)
        if version.status == "superseded":
            return Standing("superseded", "Superseded", self._superseded_detail(document, version))
        replacement = self.replaced_by(document)
        if replacement is not None:
            other, newer = replacement
            since = _takes_effect(newer)
            detail = f"Replaced by {other.title} ({newer.label})" + (f" from {_long(since)}" if since else "") + "."
            return Standing("replaced", "Replaced", detail)
        start = _takes_effect(version)
        if start is not None and start > today:
            return Standing("adopted", f"Adopted, in force from {_long(start)}",
                            f"{version.label} was adopted and takes effect on {_long(start)}.")
        if start is not None:
            return Standing("in-force", "In force", f"It took effect on {_long(start)}.")
        return Standing("in-force", "In force", "The source gives no date of adoption or effect.")


@dataclass(frozen=True)
class Applicable:
    """The policy that applies to staff on one day."""

    harmonised: list[tuple[Document, Version]]
    """Adopted harmonised versions in force: they apply to every member of staff."""
    by_body: list[tuple[Body, list[tuple[Document, Version]]]]
    """Each existing council with the versions of its own documents in force."""

    def applies(self, document: Document, version: Version) -> bool:
        pairs = self.harmonised + [p for _, ps in self.by_body for p in ps]
        return any(d.id == document.id and v.id == version.id for d, v in pairs)


def applicable(corpus: Corpus, today: datetime.date, standings: Standings | None = None) -> Applicable:
    """What applies to staff today: the adopted harmonised policy, or until then each council's own."""
    standings = standings or Standings(corpus, today)
    harmonised, by_body = [], []
    for body in corpus.bodies.values():
        in_force = [(d, v) for d in corpus.documents_of(body.id) if d.kind != "committee report"
                    for v in d.versions if standings.of(d, v).in_force]
        if body.kind == "handbook project":
            harmonised += in_force
        elif body_existing(body, today):
            by_body.append((body, in_force))
    return Applicable(harmonised, by_body)
