"""The receipts service over HTTP, against SQLite and PostgreSQL: what it stores, what it refuses, the report.

A real service process (``policy-handbook receipts serve``) answers on 127.0.0.1; every
refusal must be a 4xx JSON message and leave the database as it was.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import httpx
import pytest

from policy_handbook.receipts.signing import parse_public_key, signature_valid
from policy_handbook.receipts.store import Store
from receipts_fixtures import (DOCUMENT_ID, IN_FORCE, Service, free_port, postgres, receipts_site,  # noqa: F401
                               service_args, signing_key)

ORIGIN = "http://127.0.0.1:9"
TOKEN = "report-token-" + "x" * 24


def fingerprints(site: Path) -> dict[str, str]:
    data = json.loads((site / "acknowledge" / "fingerprints.json").read_text(encoding="utf-8"))
    return {v_id: v["fingerprint"] for v_id, v in data["documents"][DOCUMENT_ID]["versions"].items()}


class Running:
    """A service and its database, shared by a module's tests."""

    def __init__(self, service: Service, database: str, site: Path):
        self.service = service
        self.database = database
        self.fingerprints = fingerprints(site)
        self.client = httpx.Client(base_url=service.url, timeout=30, trust_env=False)

    def count(self) -> int:
        store = Store(self.database)
        try:
            return store.count()
        finally:
            store.close()

    def body(self, name: str, version: str = IN_FORCE, **changes) -> dict:
        return {"document": DOCUMENT_ID, "version": version, "version_label": "2026 policy",
                "fingerprint": self.fingerprints[version], "name": name, "employee_number": None,
                "acknowledged_at": "2026-12-01T10:00:00+00:00", "page_url": f"{ORIGIN}/acknowledge/"} | changes

    def post(self, body=None, *, content: bytes | None = None, headers: dict | None = None) -> httpx.Response:
        headers = {"Content-Type": "application/json", "Origin": ORIGIN} | (headers or {})
        headers = {k: v for k, v in headers.items() if v is not None}
        if content is None:
            content = json.dumps(body).encode("utf-8")
        return self.client.post("/acknowledgements", content=content, headers=headers)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def running(request, tmp_path_factory, receipts_site, signing_key):
    folder = tmp_path_factory.mktemp(f"service-{request.param}")
    if request.param == "sqlite":
        database = str(folder / "receipts.sqlite3")
    else:
        database = request.getfixturevalue("postgres").createdb("service_" + os.urandom(4).hex())
    token_file = folder / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    port = free_port()
    staff = folder / "staff.csv"
    staff.write_text("name,employee_number\nAda Lovelace,E100\nCharles Babbage,E101\n", encoding="utf-8")
    service = Service(service_args(receipts_site, database, signing_key, port, "--report-token-file", str(token_file),
                                   "--max-body", "4096", "--staff", str(staff), origin=ORIGIN), port,
                      folder / "service.log").start()
    state = Running(service, database, receipts_site)
    yield state
    state.client.close()
    service.stop()


def test_an_acknowledgement_is_stored_once_and_signed(running, signing_key):
    before = running.count()
    first = running.post(running.body("Ada Lovelace", employee_number="E100"))
    assert first.status_code == 201, first.text
    answer = first.json()
    assert answer["recorded"] is True and answer["new"] is True
    receipt = answer["receipt"]
    assert receipt["name"] == "Ada Lovelace" and receipt["identity"] == "self-declared"
    assert receipt["version"] == IN_FORCE and receipt["fingerprint"] == running.fingerprints[IN_FORCE]
    key = parse_public_key(running.client.get("/public-key").text, "the service")
    assert signature_valid(receipt, key)
    assert not signature_valid(receipt | {"name": "Ada Byron"}, key)
    # The same person again, typed differently: the same record, answered 200 with the first receipt.
    again = running.post(running.body("  ada   LOVELACE ", employee_number="E100"))
    assert again.status_code == 200, again.text
    assert again.json()["new"] is False and again.json()["receipt"] == receipt
    assert running.count() == before + 1
    # The browser on the handbook's origin may read the answer; no other origin may.
    assert first.headers.get("access-control-allow-origin") == ORIGIN


NESTED = b"[" * 1900 + b"]" * 1900

REFUSALS = {
    "malformed JSON": (dict(content=b'{"document": "harmonised-policy", '), 400, "malformed_json"),
    "not UTF-8": (dict(content=b'{"name": "\xff"}'), 400, "not_utf8"),
    "deeply nested JSON": (dict(content=NESTED), 400, "malformed_json"),
    "a JSON array": (dict(content=b"[1, 2, 3]"), 422, "not_an_object"),
    "name is a number": (dict(change={"name": 42}), 422, "wrong_type"),
    "fingerprint is a list": (dict(change={"fingerprint": ["0" * 64]}), 422, "wrong_type"),
    "version is true": (dict(change={"version": True}), 422, "wrong_type"),
    "no name": (dict(change={"name": None}), 422, "missing_field"),
    "blank name": (dict(change={"name": "   "}), 422, "missing_field"),
    "name too long": (dict(change={"name": "A" * 201}), 422, "too_long"),
    "name too long once folded": (dict(change={"name": "\ufdfa" * 30}), 422, "too_long"),
    "control characters": (dict(change={"name": "Eve\u0000\u202e"}), 422, "control_characters"),
    "a joiner on its own": (dict(change={"name": "Eve\u200c"}), 422, "control_characters"),
    "a lone surrogate": (dict(change={"name": "Eve \ud800"}), 422, "control_characters"),
    "a line separator": (dict(change={"name": "Eve\u2028Evil"}), 422, "control_characters"),
    "a paragraph separator": (dict(change={"name": "Eve\u2029Evil"}), 422, "control_characters"),
    "a joiner before the first letter": (dict(change={"name": "\u200dEve"}), 422, "control_characters"),
    "unknown field": (dict(change={"is_admin": True}), 422, "unknown_field"),
    "oversized body": (dict(change={"page_url": "x" * 5000}), 413, "too_large"),
    "unknown document": (dict(change={"document": "no-such-policy"}), 404, "unknown_version"),
    "unknown version": (dict(change={"version": "v9"}), 404, "unknown_version"),
    "superseded version": (dict(version="v1"), 409, "not_in_force"),
    "proposed version": (dict(version="v3"), 409, "not_in_force"),
    "approved, not yet effective": (dict(version="v4"), 409, "not_in_force"),
    "fingerprint of another version": (dict(fingerprint_of="v1"), 409, "fingerprint_mismatch"),
    "fingerprint altered": (dict(change={"fingerprint": "f" * 64}), 409, "fingerprint_mismatch"),
    "cross-origin post": (dict(headers={"Origin": "https://attacker.example"}), 403, "cross_origin"),
    "form post as text/plain": (dict(headers={"Content-Type": "text/plain"}), 415, "not_json"),
    "no content type": (dict(headers={"Content-Type": None}), 415, "not_json"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_bad_input_is_refused_with_4xx_and_stores_nothing(running, case):
    options, status, code = REFUSALS[case]
    body = running.body(f"Refused {case}", version=options.get("version", IN_FORCE))
    if "fingerprint_of" in options:
        body["fingerprint"] = running.fingerprints[options["fingerprint_of"]]
    body.update(options.get("change", {}))
    before = running.count()
    response = running.post(body, content=options.get("content"), headers=options.get("headers"))
    assert response.status_code == status, response.text
    answer = response.json()
    assert answer["recorded"] is False and answer["error"] == code and answer["message"]
    assert running.count() == before


def test_an_oversized_body_without_a_length_is_cut_off(running):
    before = running.count()

    def chunks():
        for _ in range(64):
            yield b" " * 1024

    response = running.client.post("/acknowledgements", content=chunks(),
                                   headers={"Content-Type": "application/json", "Origin": ORIGIN})
    assert response.status_code == 413 and response.json()["error"] == "too_large"
    assert running.count() == before


@pytest.mark.parametrize("name", [
    "\u0645\u0647\u0633\u0627 \u0639\u0628\u062f\u0627\u0644\u0644\u0647\u200c\u0632\u0627\u062f\u0647",  # Persian, ZWNJ
    "\u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf",  # Sinhala "Sri": a joiner after a vowel sign (a mark)
], ids=["persian-non-joiner", "sinhala-joiner-after-a-mark"])
def test_a_name_spelt_with_a_zero_width_joiner_or_non_joiner_is_recorded(running, name):
    response = running.post(running.body(name))
    assert response.status_code == 201, response.text
    assert response.json()["receipt"]["name"] == name


def test_a_replayed_signed_receipt_is_refused(running):
    issued = running.post(running.body("Grace Hopper")).json()["receipt"]
    before = running.count()
    for replay in (issued, issued | {"name": "Mallory"}, {k: v for k, v in issued.items() if k != "signature"}):
        response = running.post(replay)
        assert response.status_code == 422 and response.json()["error"] == "replayed_receipt", response.text
    assert running.count() == before


def test_cors_preflight_is_granted_only_to_the_handbook(running):
    ask = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    granted = running.client.options("/acknowledgements", headers=ask | {"Origin": ORIGIN})
    assert granted.status_code == 200 and granted.headers["access-control-allow-origin"] == ORIGIN
    refused = running.client.options("/acknowledgements", headers=ask | {"Origin": "https://attacker.example"})
    assert refused.status_code == 400 and "access-control-allow-origin" not in refused.headers


def test_the_report_needs_the_token_and_no_endpoint_lists_people_without_it(running):
    running.post(running.body("=HYPERLINK(\"http://x\")", employee_number="+44"))
    for path in ("/", "/acknowledgements", "/report", "/report.csv", "/receipts", "/admin"):
        response = running.client.get(path)
        assert response.status_code in (401, 404, 405), path
        assert "HYPERLINK" not in response.text and "Lovelace" not in response.text
    wrong = running.client.get("/report", headers={"Authorization": "Bearer " + TOKEN[:-1] + "y"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    report = running.client.get("/report", headers={"Authorization": f"Bearer {TOKEN}"})
    assert report.status_code == 200
    (version,) = report.json()["versions"]
    assert version["version"] == IN_FORCE
    names = [a["name"] for a in version["acknowledged"]]
    assert "Ada Lovelace" in names and names.count("Ada Lovelace") == 1
    assert [m["name"] for m in version["outstanding"]] == ["Charles Babbage"]
    table = running.client.get("/report.csv", headers={"Authorization": f"Bearer {TOKEN}"}).text
    assert "'=HYPERLINK" in table and "'+44" in table
    assert ",=HYPERLINK" not in table


def test_the_log_names_no_one(running):
    running.post(running.body("Zebedee Quartermaine", employee_number="E7719"))
    log = running.service.log.read_text(encoding="utf-8")
    assert "acknowledgement of harmonised-policy/v2 stored" in log
    for personal in ("Zebedee", "Quartermaine", "E7719", "Lovelace", "127.0.0.1:"):
        assert personal not in log.split("Uvicorn running on")[-1].split("\n", 1)[-1], personal


def test_identity_from_an_authenticating_proxy(tmp_path, receipts_site, signing_key):
    database = str(tmp_path / "proxy.sqlite3")
    port = free_port()
    service = Service(service_args(receipts_site, database, signing_key, port, "--identity-header", "X-Remote-User",
                                   origin=ORIGIN), port, tmp_path / "service.log").start()
    try:
        state = Running(service, database, receipts_site)
        anonymous = state.post(state.body("Somebody"))
        assert anonymous.status_code == 401 and anonymous.json()["error"] == "not_signed_in"
        assert state.count() == 0
        signed_in = state.post(state.body("Alan Turing"), headers={"X-Remote-User": "aturing"})
        assert signed_in.status_code == 201, signed_in.text
        receipt = signed_in.json()["receipt"]
        assert receipt["identity"] == "X-Remote-User" and receipt["user"] == "aturing"
        # The same signed-in user typing another name is still the same person.
        again = state.post(state.body("A. M. Turing"), headers={"X-Remote-User": "aturing"})
        assert again.status_code == 200 and again.json()["receipt"]["receipt_id"] == receipt["receipt_id"]
        assert state.count() == 1
        # A proxy passes a user name's UTF-8 bytes as they are.
        accented = state.post(state.body("José"), headers={"X-Remote-User": "josé@example.org".encode("utf-8")})
        assert accented.status_code == 201 and accented.json()["receipt"]["user"] == "josé@example.org", accented.text
        # A proxy that passes Latin-1 instead (bytes that are not UTF-8): the name as it came, not a refusal.
        latin = state.post(state.body("Jürgen"), headers={"X-Remote-User": "jürgen@example.org".encode("latin-1")})
        assert latin.status_code == 201 and latin.json()["receipt"]["user"] == "jürgen@example.org", latin.text
        # The header's user name is held to the rules of a typed name: a bidirectional override, a
        # tab or a name longer than a typed name may be are refused, and nothing is stored.
        before = state.count()
        for user in ("admin\u202egnp.exe", "a\tturing", "x" * 201):
            refused = state.post(state.body("Mallory"), headers={"X-Remote-User": user.encode("utf-8")})
            assert refused.status_code == 422, (user, refused.text)
            assert refused.json()["error"] in ("control_characters", "too_long")
            assert "X-Remote-User" in refused.json()["message"]
        assert state.count() == before
        state.client.close()
    finally:
        service.stop()


def test_signature_is_base64_ed25519(running):
    receipt = running.post(running.body("Katherine Johnson")).json()["receipt"]
    assert len(base64.b64decode(receipt["signature"], validate=True)) == 64
    assert len(receipt["key_id"]) == 16


def test_a_database_failure_is_a_503_to_retry_and_the_log_still_names_no_one(tmp_path, receipts_site, signing_key):
    import sqlite3

    database = tmp_path / "broken.sqlite3"
    port = free_port()
    service = Service(service_args(receipts_site, str(database), signing_key, port, origin=ORIGIN), port,
                      tmp_path / "service.log").start()
    try:
        state = Running(service, str(database), receipts_site)
        with sqlite3.connect(database) as conn:
            conn.execute("DROP TABLE acknowledgements")
        response = state.post(state.body("Ignatius Sancho", employee_number="E1729"))
        assert response.status_code == 503 and response.json()["error"] == "unavailable", response.text
        state.client.close()
    finally:
        service.stop()
    log = service.log.read_text(encoding="utf-8")
    assert "could not store an acknowledgement of harmonised-policy/v2: OperationalError" in log
    assert "Ignatius" not in log and "E1729" not in log and "Traceback" not in log


def run_coroutine(coroutine):
    """``asyncio.run`` in a thread of its own: in the whole suite the browser tests' Playwright
    keeps an event loop running in the main thread, where ``asyncio.run`` refuses to start."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.mark.parametrize("endpoint", ["/acknowledgements", "/report"])
def test_reading_the_site_again_does_not_hold_up_other_requests(endpoint, tmp_path, receipts_site, signing_key):
    import asyncio
    import threading

    from policy_handbook.receipts.service import CatalogueCache, Settings, create_app
    from policy_handbook.receipts.signing import load_signer

    entered, finished = threading.Event(), threading.Event()

    class SlowSite(CatalogueCache):
        """A site whose fingerprints take a while to read (a URL slow to answer)."""

        def get(self):
            entered.set()
            threading.Event().wait(1)
            finished.set()
            return super().get()

    store = Store(str(tmp_path / "receipts.sqlite3"))
    store.migrate()
    app = create_app(Settings(site=str(receipts_site), allowed_origins=[ORIGIN], report_token=TOKEN), store,
                     load_signer(signing_key), SlowSite(str(receipts_site)))
    body = {"document": DOCUMENT_ID, "version": IN_FORCE, "fingerprint": fingerprints(receipts_site)[IN_FORCE],
            "name": "Dorothy Vaughan"}

    async def meanwhile() -> tuple[bool, int, int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service") as client:
            if endpoint == "/acknowledgements":
                slow = client.post(endpoint, json=body, headers={"Origin": ORIGIN})
            else:
                slow = client.get(endpoint, headers={"Authorization": f"Bearer {TOKEN}"})
            reading = asyncio.create_task(slow)
            await asyncio.to_thread(entered.wait, 5)
            health = await client.get("/health")
            answered_while_reading = not finished.is_set()
            return answered_while_reading, health.status_code, (await reading).status_code

    try:
        assert run_coroutine(meanwhile()) == (True, 200, 201 if endpoint == "/acknowledgements" else 200)
    finally:
        store.close()


def test_an_origin_typed_in_capitals_still_matches_what_browsers_send(tmp_path, receipts_site, signing_key):
    from policy_handbook.receipts.service import Settings, create_app
    from policy_handbook.receipts.signing import load_signer

    store = Store(str(tmp_path / "receipts.sqlite3"))
    store.migrate()
    app = create_app(Settings(site=str(receipts_site), allowed_origins=["HTTP://127.0.0.1:9/"]), store,
                     load_signer(signing_key))
    body = {"document": DOCUMENT_ID, "version": IN_FORCE, "fingerprint": fingerprints(receipts_site)[IN_FORCE],
            "name": "Mary Jackson"}

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service") as client:
            return await client.post("/acknowledgements", json=body, headers={"Origin": ORIGIN})

    try:
        response = run_coroutine(post())
        assert response.status_code == 201, response.text
        assert response.headers["access-control-allow-origin"] == ORIGIN
    finally:
        store.close()


def test_the_service_judges_what_is_in_force_by_the_date_in_utc_as_the_build_does(monkeypatch):
    import datetime
    import time

    from policy_handbook.receipts.service import Settings

    # At any moment, one of these two zones is on another date than UTC.
    for zone in ("Etc/GMT-14", "Etc/GMT+12"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        assert Settings(site="", allowed_origins=[]).today() == datetime.datetime.now(datetime.timezone.utc).date()
    monkeypatch.undo()
    time.tzset()


def test_a_number_too_long_to_convert_is_malformed_json_not_a_server_error():
    from policy_handbook.receipts.intake import Refusal, parse_json

    with pytest.raises(Refusal) as refused:
        parse_json(b'{"employee_number": ' + b"9" * 5000 + b"}")
    assert refused.value.status == 400 and refused.value.code == "malformed_json"


def test_the_version_in_force_is_the_approved_one_that_took_effect_last():
    import datetime

    from policy_handbook.receipts.catalogue import parse_catalogue

    def version(status: str, effective: str | None, digit: str) -> dict:
        return {"label": f"v{digit}", "status": status, "effective_from": effective, "fingerprint": digit * 64}

    catalogue = parse_catalogue(json.dumps({"documents": {"p": {"title": "P", "versions": {
        "2019": version("approved", "2019-01-01", "1"), "2023": version("approved", "2023-04-01", "2"),
        "2024": version("proposed", "2024-01-01", "3"), "undated": version("superseded", None, "4")}}}}), "test")

    def in_force(day: str) -> list[str]:
        return [v.version for v in catalogue.in_force(datetime.date.fromisoformat(day))]

    assert in_force("2018-12-31") == []
    assert in_force("2019-01-01") == ["2019"], "in force on the day it takes effect"
    assert in_force("2023-03-31") == ["2019"]
    assert in_force("2023-04-01") == ["2023"], "the one that took effect last"
    assert in_force("2026-01-01") == ["2023"], "never a proposal, nor a superseded version"
