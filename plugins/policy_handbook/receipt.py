"""Checking acknowledgement receipts against the versions they name.

A receipt is the JSON object an acknowledgement page gives a reader (``render/acknowledge.py``,
``assets/acknowledge.js``): :data:`EXAMPLE` shows one. It is valid when its fingerprint is
the fingerprint of the version it names (see :mod:`policy_handbook.analyse.fingerprint`),
taken either from the policy sources (recomputed) or from a built site's
``acknowledge/fingerprints.json``. Everything here is pure: reading files and printing are
``receipt_command.py``'s job.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .analyse.fingerprint import fingerprint, is_published
from .corpus import Corpus

RECEIPT_KEYS = ("document", "version", "version_label", "status", "effective_from", "fingerprint", "name",
                "employee_number", "acknowledged_at", "page_url")
"""Every key of a receipt, in the order the page writes them."""

REQUIRED_KEYS = ("document", "version", "fingerprint")
"""The keys verification needs."""

EXAMPLE: dict[str, Any] = {
    "document": "harmonised-social-media-policy",
    "version": "committee",
    "version_label": "Version for the committee",
    "status": "In force",
    "effective_from": "2027-01-01",
    "fingerprint": "0f3c…(64 hexadecimal digits)",
    "name": "Sam Jones",
    "employee_number": "12345",
    "acknowledged_at": "2026-11-20T14:03:09+00:00",
    "page_url": "https://handbook.example.org/acknowledge/harmonised-social-media-policy/committee/",
}

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class ReceiptError(ValueError):
    """The receipt (or the list of fingerprints) cannot be read; the message says why and what was expected."""


@dataclass(frozen=True)
class Receipt:
    """The parts of a receipt that verification looks at."""

    document: str
    version: str
    fingerprint: str
    version_label: str | None = None
    name: str | None = None
    acknowledged_at: str | None = None


@dataclass(frozen=True)
class KnownVersion:
    """A version's label and fingerprint, as the sources or a built site give them."""

    label: str
    fingerprint: str
    published: bool = True


Known = dict[str, dict[str, KnownVersion]]
"""Fingerprints by document id, then version id."""


@dataclass(frozen=True)
class Verification:
    """The verdict on one receipt, with a message for a person."""

    valid: bool
    message: str


MAX_RECEIPT_BYTES = 64 * 1024
"""Largest receipt read: a real one is well under 1 KB."""

MAX_NESTING = 32
"""Deepest nesting of JSON arrays and objects accepted (a receipt is one flat object)."""


def _json(text: str) -> Any:
    """``json.loads`` that refuses what no receipt or fingerprint list holds: deep nesting, huge numbers.

    Raises:
        ReceiptError: for those, or for text that is not JSON.
    """
    depth = 0
    in_string = escaped = False
    for character in text:  # brackets inside strings do not count
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise ReceiptError(f"it nests arrays or objects more than {MAX_NESTING} levels deep")
        elif character in "]}":
            depth -= 1

    def number(kind: type) -> Any:
        def read(digits: str) -> Any:
            if len(digits) > 40:
                raise ReceiptError(f"it holds a number {len(digits):,} characters long")
            return kind(digits)
        return read

    try:
        return json.loads(text, parse_int=number(int), parse_float=number(float))
    except json.JSONDecodeError as e:
        raise ReceiptError(f"it is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None


def example_text() -> str:
    """:data:`EXAMPLE` as indented JSON."""
    return json.dumps(EXAMPLE, ensure_ascii=False, indent=2)


def parse_receipt(text: str) -> Receipt:
    """Read a receipt's JSON text.

    Raises:
        ReceiptError: when the text is not JSON, not an object, or lacks a key verification
            needs, or a value has the wrong form.
    """
    data = _json(text)
    if not isinstance(data, dict):
        raise ReceiptError(f"it holds a JSON {type(data).__name__ if data is not None else 'null'}, "
                           "not an object of the keys " + ", ".join(RECEIPT_KEYS))
    missing = [k for k in REQUIRED_KEYS if k not in data]
    if missing:
        raise ReceiptError(f"it has no {_and(missing)} (a receipt has the keys {', '.join(RECEIPT_KEYS)})")
    for key in REQUIRED_KEYS:
        if not isinstance(data[key], str) or not data[key].strip():
            raise ReceiptError(f"its '{key}' is {json.dumps(data[key])}: expected a non-empty string")
    digest = data["fingerprint"].strip().lower()
    if not _HEX64.match(digest):
        raise ReceiptError(f"its fingerprint '{data['fingerprint']}' is not a SHA-256 digest "
                           "(expected 64 hexadecimal digits)")

    def optional(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) else None

    return Receipt(data["document"].strip(), data["version"].strip(), digest, optional("version_label"),
                   optional("name"), optional("acknowledged_at"))


def _and(items: list[str]) -> str:
    quoted = [f"'{i}'" for i in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def known_from_corpus(corpus: Corpus) -> Known:
    """Every version's fingerprint, recomputed from the sources."""
    return {d.id: {v.id: KnownVersion(v.label, fingerprint(d, v), is_published(v)) for v in d.versions}
            for d in corpus.documents.values()}


def known_from_site(text: str) -> Known:
    """The fingerprints a built site published in ``acknowledge/fingerprints.json``.

    Raises:
        ReceiptError: when the text is not such a file.
    """
    try:
        data = _json(text)
        return {doc_id: {v_id: KnownVersion(str(v["label"]), str(v["fingerprint"]).lower())
                         for v_id, v in doc["versions"].items()}
                for doc_id, doc in data["documents"].items()}
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
        raise ReceiptError("it is not a list of fingerprints written by policy-handbook") from None


def verify(receipt: Receipt, known: Known, where: str) -> Verification:
    """Whether ``receipt``'s fingerprint is that of the version it names; ``where`` names the source of ``known``."""
    versions = known.get(receipt.document)
    if versions is None:
        listed = ", ".join(sorted(known)) or "none"
        return Verification(False, f"invalid: unknown document '{receipt.document}': it is not in {where} "
                                   f"(documents there: {listed})")
    version = versions.get(receipt.version)
    if version is None:
        listed = ", ".join(versions) or "none"
        return Verification(False, f"invalid: unknown version '{receipt.version}' of {receipt.document}: it is not in "
                                   f"{where} (versions there: {listed})")
    if version.fingerprint != receipt.fingerprint:
        return Verification(False, "\n".join([
            f"invalid: fingerprint mismatch for {receipt.document} {receipt.version} ({version.label})",
            f"  in the receipt: {receipt.fingerprint}",
            f"  expected:       {version.fingerprint} (from {where})",
            "The receipt was made for a different text of this version, or it has been altered.",
        ]))
    lines = [f"valid: matches {receipt.document} {receipt.version} ({version.label})",
             f"  fingerprint {version.fingerprint}"]
    if receipt.name or receipt.acknowledged_at:
        lines.append(f"  acknowledged by {receipt.name or 'an unnamed reader'} at {receipt.acknowledged_at or 'an unknown time'}")
    if not version.published:
        lines.append("  note: this version is not published (it is a draft, withdrawn, or has no publication date)")
    return Verification(True, "\n".join(lines))
