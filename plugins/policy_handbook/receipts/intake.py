"""Checking an acknowledgement before it is stored: pure functions, no web framework.

:func:`check_submission` turns the JSON a page posted into the fields to store, or raises
:class:`Refusal` with the HTTP status and a message for the reader. Nothing is stored
unless every check passes.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from .catalogue import Catalogue

SUBMISSION_KEYS = frozenset({"document", "version", "version_label", "status", "effective_from", "fingerprint", "name",
                             "employee_number", "acknowledged_at", "page_url"})
"""What an acknowledgement page posts (the keys of its local receipt)."""
ISSUED_KEYS = frozenset({"receipt_id", "signature", "key_id", "identity", "user", "recorded_by"})
"""Keys only a receipt the service issued has: a body holding one is a replayed receipt."""
MAX_LENGTHS = {"document": 200, "version": 200, "version_label": 300, "status": 300, "effective_from": 40,
               "fingerprint": 64, "name": 200,
               "employee_number": 64, "acknowledged_at": 40, "page_url": 2000}
NOT_TEXT = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""Unicode categories refused in a field: control and format characters (bidirectional overrides,
zero-width spaces), lone surrogates (a JSON ``\\ud800`` escape, which no UTF-8 text can hold) and
line or paragraph separators."""
JOINERS = frozenset("\u200c\u200d")
"""Zero-width non-joiner and joiner: format characters that spell names, allowed between letters."""
MAX_PERSON_KEY = 400
"""The width of the ``person_key`` column: folding (NFKC, case) can make a name many times longer."""
SELF_DECLARED = "self-declared"
RECORDED_BY = "policy-handbook receipts"


@dataclass
class Refusal(Exception):
    """Why a submission is refused: an HTTP status, a short code and a sentence for the reader."""

    status: int
    code: str
    message: str

    def body(self) -> dict[str, Any]:
        return {"recorded": False, "error": self.code, "message": self.message}


def parse_json(body: bytes) -> Any:
    """The JSON value of a request body.

    Raises:
        Refusal: 400 when it is not UTF-8 JSON.
    """
    try:
        return json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise Refusal(400, "not_utf8", "The request body is not UTF-8 text.") from None
    except json.JSONDecodeError as e:
        raise Refusal(400, "malformed_json", f"The request body is not valid JSON (line {e.lineno}, "
                                             f"column {e.colno}: {e.msg}).") from None
    except RecursionError:
        raise Refusal(400, "malformed_json", "The request body nests too deeply to be an acknowledgement.") from None
    except ValueError:
        # A number longer than Python converts (sys.get_int_max_str_digits()).
        raise Refusal(400, "malformed_json",
                      "The request body holds a number too long to be an acknowledgement.") from None


def person_key(identity: str, name: str, employee_number: str | None) -> str:
    """Who acknowledged, as the uniqueness constraint compares it.

    Self-declared: the name and employee number, case, accents' composition and spacing
    aside. Behind a proxy: the user the proxy authenticated, exactly.
    """
    def fold(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    if identity == SELF_DECLARED:
        return f"{SELF_DECLARED}\x1f{fold(name)}\x1f{fold(employee_number or '')}"
    return f"{identity}\x1f{name}"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {dict: "object", list: "array"}.get(type(value), type(value).__name__)


def _joiner_in_a_word(value: str, i: int) -> bool:
    """Whether ``value[i]`` is a zero-width (non-)joiner between two letters, as Persian and
    Indic names are spelt (``عبدالله‌زاده``), rather than an invisible character on its own."""
    def letter(j: int) -> bool:
        return 0 <= j < len(value) and unicodedata.category(value[j])[0] in "LM"

    return value[i] in JOINERS and letter(i - 1) and letter(i + 1)


def _text(data: dict[str, Any], key: str, *, required: bool) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise Refusal(422, "missing_field", f"The acknowledgement has no '{key}'.")
        return None
    if not isinstance(value, str):
        raise Refusal(422, "wrong_type", f"'{key}' must be text, not a JSON {_json_type(value)}.")
    value = value.strip()
    if required and not value:
        raise Refusal(422, "missing_field", f"'{key}' is empty.")
    return _checked_text(value, f"'{key}'", MAX_LENGTHS[key]) or None


def _checked_text(value: str, what: str, longest: int) -> str:
    """``value``, refused when it is longer than ``longest`` or holds characters that are not
    text; ``what`` names it in the refusal."""
    if len(value) > longest:
        raise Refusal(422, "too_long", f"{what} is longer than {longest} characters.")
    if any(unicodedata.category(ch) in NOT_TEXT and not _joiner_in_a_word(value, i) for i, ch in enumerate(value)):
        raise Refusal(422, "control_characters", f"{what} holds control characters, line breaks or "
                                                 "characters that are not text.")
    return value


def check_submission(data: Any, catalogue: Catalogue, today: dt.date, *,
                     proxy_user: str | None, identity_header: str | None) -> dict[str, Any]:
    """The unsigned receipt for a posted acknowledgement, and the columns to store it by.

    Returns a dict with every column of the ``acknowledgements`` table; ``receipt`` is the
    receipt before signing.

    Raises:
        Refusal: when the submission is malformed, names no version in force, or its
            fingerprint is not that version's.
    """
    if not isinstance(data, dict):
        raise Refusal(422, "not_an_object", "The acknowledgement must be a JSON object of the keys "
                                            + ", ".join(sorted(SUBMISSION_KEYS)) + ".")
    issued = sorted(ISSUED_KEYS & data.keys())
    if issued:
        raise Refusal(422, "replayed_receipt", "This is a receipt the service issued (it has "
                      + ", ".join(issued) + "); it cannot be posted again. Acknowledge on the policy's page.")
    unknown = sorted(data.keys() - SUBMISSION_KEYS)
    if unknown:
        raise Refusal(422, "unknown_field", "Unexpected field(s): " + ", ".join(k[:40] for k in unknown[:5]) + ".")
    fields = {k: _text(data, k, required=k in ("document", "version", "fingerprint")) for k in MAX_LENGTHS}
    if identity_header:
        if not proxy_user:
            raise Refusal(401, "not_signed_in", f"Sign in first: the service takes who you are from the "
                                                f"{identity_header} header, which the request does not carry.")
        proxy_user = _checked_text(proxy_user, f"The signed-in user the {identity_header} header names",
                                   MAX_LENGTHS["name"])
        identity, name = identity_header, fields["name"] or proxy_user
    else:
        if not fields["name"]:
            raise Refusal(422, "missing_field", "The acknowledgement has no 'name'.")
        identity, name = SELF_DECLARED, fields["name"]

    version = catalogue.find(fields["document"], fields["version"])
    if version is None:
        raise Refusal(404, "unknown_version", f"The handbook publishes no version '{fields['version']}' of "
                                              f"'{fields['document']}'.")
    if not catalogue.is_in_force(version, today):
        when = f", effective from {version.effective_from.isoformat()}" if version.effective_from else ""
        later = " and a later version has replaced it" if version.effective(today) else ""
        raise Refusal(409, "not_in_force", f"{version.label} is not in force (its status is {version.status}{when}"
                                           f"{later}): only a version in force can be acknowledged.")
    if fields["fingerprint"].lower() != version.fingerprint:
        raise Refusal(409, "fingerprint_mismatch", f"The fingerprint is not that of {version.label}: the page was "
                                                   "built from another text. Reload the page and acknowledge again.")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    receipt = {
        "receipt_id": str(uuid.uuid4()),
        "document": version.document,
        "document_title": version.document_title,
        "version": version.version,
        "version_label": version.label,
        "fingerprint": version.fingerprint,
        "name": name,
        "identity": identity,
        "employee_number": fields["employee_number"],
        "acknowledged_at": now,
        "recorded_by": RECORDED_BY,
    }
    if identity_header:
        receipt["user"] = proxy_user
    key = person_key(identity, proxy_user if identity_header else name, fields["employee_number"])
    if len(key) > MAX_PERSON_KEY:
        raise Refusal(422, "too_long", "The name is too long once its characters are spelled out "
                                       f"(more than {MAX_PERSON_KEY} with the employee number).")
    return {
        "receipt_id": receipt["receipt_id"], "document": version.document, "version": version.version,
        "fingerprint": version.fingerprint,
        "person_key": key,
        "name": name, "identity": identity, "employee_number": fields["employee_number"],
        "acknowledged_at": now, "receipt": receipt,
    }
