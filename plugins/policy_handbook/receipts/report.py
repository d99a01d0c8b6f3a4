"""Who has acknowledged each version in force, and who is outstanding: for HR.

The report is built from the stored acknowledgements, the site's published versions and,
optionally, a staff list (CSV with a ``name`` column and optional ``employee_number`` and
``user`` columns). A member of staff has acknowledged a version when an acknowledgement of
it carries their ``user`` (the sign-on name a proxy passed), or their employee number, or,
failing both, their name (case and spacing aside).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import Catalogue, PublishedVersion
from .store import Stored

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Spreadsheets run a cell starting with one of these as a formula."""


class StaffListError(ValueError):
    """The staff list cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class StaffMember:
    name: str
    employee_number: str | None = None
    user: str | None = None


@dataclass
class VersionReport:
    """One version in force: who acknowledged it and, with a staff list, who has not."""

    version: PublishedVersion
    acknowledged: list[Stored] = field(default_factory=list)
    outstanding: list[StaffMember] | None = None


def _fold(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def read_staff(path: Path) -> list[StaffMember]:
    """The staff list: a CSV file whose header row has ``name`` and optionally ``employee_number``, ``user``.

    Raises:
        StaffListError: when the file cannot be read or a row has no name.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise StaffListError(f"{path}: cannot read it as UTF-8 text ({e})") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    if "name" not in header:
        raise StaffListError(f"{path}:1: the first line must name the columns, with at least 'name' "
                             "(and optionally 'employee_number', 'user'), for example: name,employee_number")
    reader.fieldnames = header
    staff = []
    for row in reader:
        name = (row.get("name") or "").strip()
        if not name:
            raise StaffListError(f"{path}:{reader.line_num}: this row has no name; give every member of staff one")
        staff.append(StaffMember(name, (row.get("employee_number") or "").strip() or None,
                                 (row.get("user") or "").strip() or None))
    return staff


def _covers(ack: Stored, member: StaffMember) -> bool:
    user = ack.receipt.get("user")
    # The user a sign-on proxy vouched for comes first: the employee number and name are typed.
    if member.user and user:
        return member.user == user
    if member.employee_number and ack.employee_number:
        return _fold(member.employee_number) == _fold(ack.employee_number)
    return _fold(member.name) == _fold(ack.name)


def build_report(catalogue: Catalogue, stored: list[Stored], today: dt.date,
                 staff: list[StaffMember] | None = None) -> list[VersionReport]:
    """One :class:`VersionReport` per version in force on ``today``."""
    reports = []
    for version in catalogue.in_force(today):
        acks = [a for a in stored if a.document == version.document and a.version == version.version
                and a.fingerprint == version.fingerprint]
        outstanding = None
        if staff is not None:
            outstanding = [m for m in staff if not any(_covers(a, m) for a in acks)]
        reports.append(VersionReport(version, acks, outstanding))
    return reports


def report_json(reports: list[VersionReport], today: dt.date) -> dict:
    """The report as JSON-ready data (the service's ``/report`` endpoint)."""
    return {
        "date": today.isoformat(),
        "versions": [{
            "document": r.version.document, "document_title": r.version.document_title,
            "version": r.version.version, "label": r.version.label, "fingerprint": r.version.fingerprint,
            "effective_from": r.version.effective_from.isoformat() if r.version.effective_from else None,
            "acknowledged": [{"name": a.name, "employee_number": a.employee_number, "identity": a.identity,
                              "user": a.receipt.get("user"), "acknowledged_at": a.acknowledged_at,
                              "receipt_id": a.receipt.get("receipt_id")} for a in r.acknowledged],
            "outstanding": None if r.outstanding is None else
            [{"name": m.name, "employee_number": m.employee_number, "user": m.user} for m in r.outstanding],
        } for r in reports],
    }


CSV_COLUMNS = ["document", "version", "version_label", "state", "name", "employee_number", "identity", "user",
               "acknowledged_at", "receipt_id"]


def neutralise(cell: str | None) -> str:
    """A CSV cell a spreadsheet shows as text: a leading quote before a formula character."""
    text = cell or ""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def report_csv(reports: list[VersionReport]) -> str:
    """The report as CSV: one row per acknowledgement and per outstanding member of staff.

    UTF-8 with a byte-order mark and CRLF, as Excel expects (without the mark it reads
    accented names as Windows-1252).
    """
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in reports:
        v = r.version
        for a in r.acknowledged:
            writer.writerow([neutralise(x) for x in (v.document, v.version, v.label, "acknowledged", a.name,
                             a.employee_number, a.identity, a.receipt.get("user"), a.acknowledged_at,
                             a.receipt.get("receipt_id"))])
        for m in r.outstanding or []:
            writer.writerow([neutralise(x) for x in (v.document, v.version, v.label, "outstanding", m.name,
                                                     m.employee_number, None, m.user, None, None)])
    return out.getvalue()


def report_table(reports: list[VersionReport], today: dt.date) -> str:
    """The report as plain text for a terminal."""
    if not reports:
        return f"No version is in force on {today.isoformat()}: nothing to acknowledge."
    lines = []
    for r in reports:
        v = r.version
        lines.append(f"{v.document_title}: {v.label} ({v.document}/{v.version})"
                     + (f", in force from {v.effective_from.isoformat()}" if v.effective_from else ""))
        counts = f"  acknowledged: {len(r.acknowledged)}"
        if r.outstanding is not None:
            counts += f"; outstanding: {len(r.outstanding)}"
        lines.append(counts)
        width = max([len(a.name) for a in r.acknowledged] + [len(m.name) for m in r.outstanding or []] + [4])
        for a in r.acknowledged:
            number = f" [{a.employee_number}]" if a.employee_number else ""
            user = f" {a.receipt['user']}" if a.receipt.get("user") else ""
            lines.append(f"    {a.name:<{width}}  {a.acknowledged_at}  {a.identity}{user}{number}")
        for m in r.outstanding or []:
            number = f" [{m.employee_number}]" if m.employee_number else ""
            lines.append(f"    {m.name:<{width}}  OUTSTANDING{number}")
        lines.append("")
    return "\n".join(lines).rstrip()
