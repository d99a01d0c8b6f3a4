"""`policy-handbook receipts` commands and `verify-receipt` on signed receipts, on real builds and databases."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from conftest import build, run
from policy_handbook.receipts.store import MIGRATIONS, Store
from receipts_fixtures import (DOCUMENT_ID, IN_FORCE, database, postgres, receipts_site, signing_key,  # noqa: F401
                               start_service, write_project)
from test_receipts_service import ORIGIN, fingerprints



def acknowledge(service, site: Path, name: str, employee_number: str | None = None, version: str = IN_FORCE) -> dict:
    body = {"document": DOCUMENT_ID, "version": version, "fingerprint": fingerprints(site)[version], "name": name,
            "employee_number": employee_number}
    with httpx.Client(trust_env=False, timeout=30) as client:
        response = client.post(service.url + "/acknowledgements", json=body, headers={"Origin": ORIGIN})
    assert response.status_code in (200, 201), response.text
    return response.json()["receipt"]


@pytest.fixture(scope="module")
def keyed_site(tmp_path_factory, signing_key) -> Path:
    """The test handbook built with receipts_public_key set to the service's public key."""
    root = write_project(tmp_path_factory.mktemp("keyed") / "project", endpoint="http://127.0.0.1:9/acknowledgements",
                         public_key=Path(str(signing_key) + ".pub"))
    site = root.parent / "site"
    result = build(root, site)
    assert result.ok, result.output
    return site


# --- the handbook publishes the key ----------------------------------------------------------

def test_the_handbook_publishes_the_public_key(keyed_site, signing_key):
    published = json.loads((keyed_site / "acknowledge" / "receipts-public-key.json").read_text(encoding="utf-8"))
    assert published["public_key_pem"] == Path(str(signing_key) + ".pub").read_text(encoding="ascii")
    assert (keyed_site / "acknowledge" / "receipts-public-key.pem").read_text(encoding="ascii") == published["public_key_pem"]
    page = (keyed_site / "acknowledge" / DOCUMENT_ID / IN_FORCE / "index.html").read_text(encoding="utf-8")
    assert f"<code>{published['key_id']}</code>" in page
    assert 'href="../../receipts-public-key.pem"' in page


def test_a_bad_public_key_option_fails_the_build_plainly(tmp_path):
    (tmp_path / "not-a-key.pub").write_text("hello", encoding="utf-8")
    root = write_project(tmp_path / "project", public_key=tmp_path / "not-a-key.pub")
    result = build(root, tmp_path / "site")
    assert not result.ok
    assert "receipts_public_key" in result.output and "not-a-key.pub holds no PEM public key" in result.output
    assert "Traceback" not in result.output


# --- verify-receipt ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def signed_receipt(tmp_path_factory, receipts_site, signing_key) -> dict:
    from receipts_fixtures import Service, free_port, service_args
    folder = tmp_path_factory.mktemp("signed")
    port = free_port()
    service = Service(service_args(receipts_site, str(folder / "r.sqlite3"), signing_key, port, origin=ORIGIN), port,
                      folder / "log").start()
    try:
        return acknowledge(service, receipts_site, "Mary Seacole", "E2040")
    finally:
        service.stop()


def verify(tmp_path: Path, receipt: dict, *where) -> "run":
    path = tmp_path / "receipt.json"
    path.write_text(json.dumps(receipt, ensure_ascii=False, indent=2), encoding="utf-8")
    return run("policy-handbook", "verify-receipt", path, *where)


def test_a_signed_receipt_verifies_against_the_published_key(tmp_path, signed_receipt, keyed_site, receipts_site,
                                                              signing_key):
    result = verify(tmp_path, signed_receipt, "--site", keyed_site)
    assert result.ok, result.output
    assert result.output.startswith(f"valid: matches {DOCUMENT_ID} {IN_FORCE}")
    assert "signature valid" in result.output and "Mary Seacole (self-declared)" in result.output
    result = verify(tmp_path, signed_receipt, "--site", receipts_site, "--public-key", str(signing_key) + ".pub")
    assert result.ok, result.output


@pytest.mark.parametrize("field, value", [
    ("name", "Florence Nightingale"),
    ("acknowledged_at", "2026-01-02T09:00:00Z"),
    ("employee_number", "E9999"),
    ("version", "v1"),
    ("fingerprint", "0" * 64),
])
def test_a_changed_signed_receipt_no_longer_verifies(tmp_path, signed_receipt, keyed_site, field, value):
    changed = dict(signed_receipt) | {field: value}
    if field == "version":  # a consistent forgery: the other version's true fingerprint too
        changed["fingerprint"] = fingerprints(keyed_site)["v1"]
    result = verify(tmp_path, changed, "--site", keyed_site)
    assert result.returncode == 1, result.output
    assert result.output.startswith("invalid: the signature does not match the receipt"), result.output


def test_an_unsigned_or_unkeyed_receipt_does_not_pass_for_a_recorded_one(tmp_path, signed_receipt, keyed_site,
                                                                         receipts_site):
    unsigned = {k: v for k, v in signed_receipt.items() if k not in ("signature", "key_id")}
    result = verify(tmp_path, unsigned, "--site", keyed_site)
    assert result.returncode == 1 and result.output.startswith("invalid: the receipt is not signed"), result.output
    # A signed receipt with no key to check it: it cannot be called valid.
    result = verify(tmp_path, signed_receipt, "--site", receipts_site)
    assert result.returncode == 1 and "no public key was given" in result.output
    # A key that is not the handbook's.
    other = tmp_path / "other.pem"
    assert run("policy-handbook", "receipts", "keygen", other).ok
    result = verify(tmp_path, signed_receipt, "--site", receipts_site, "--public-key", str(other) + ".pub")
    assert result.returncode == 1 and "signed with key" in result.output


# --- report --------------------------------------------------------------------------------

STAFF = """\
name,employee_number,user
Ada Lovelace,E100,
Charles Babbage,E101,
=cmd|' /C calc'!A0,E102,
Mary Somerville,,
"""


def test_report_lists_who_acknowledged_and_who_is_outstanding(tmp_path, database, start_service, receipts_site):
    service = start_service(database, origin=ORIGIN)
    acknowledge(service, receipts_site, "Ada Lovelace", "E100")
    acknowledge(service, receipts_site, "mary  SOMERVILLE")
    acknowledge(service, receipts_site, "@SUM(1+1)", "-7")
    staff = tmp_path / "staff.csv"
    staff.write_text(STAFF, encoding="utf-8")
    table = run("policy-handbook", "receipts", "report", "--site", receipts_site, "--database", database,
                "--staff", staff)
    assert table.ok, table.output
    assert "Harmonised Social Media Policy: 2026 policy (harmonised-policy/v2)" in table.output
    assert "acknowledged: 3; outstanding: 2" in table.output
    assert "Charles Babbage" in table.output and "OUTSTANDING" in table.output
    # Versions not in force are not reported.
    assert "v1" not in table.output and "Committee version" not in table.output
    result = run("policy-handbook", "receipts", "report", "--site", receipts_site, "--database", database,
                 "--staff", staff, "--csv")
    assert result.ok, result.output
    assert result.output.startswith("\ufeffdocument,"), "a byte-order mark, for Excel"
    rows = list(csv.DictReader(io.StringIO(result.output.removeprefix("\ufeff"))))
    states = {(r["name"], r["state"]) for r in rows}
    assert ("Ada Lovelace", "acknowledged") in states and ("Charles Babbage", "outstanding") in states
    assert ("'=cmd|' /C calc'!A0", "outstanding") in states
    assert ("'@SUM(1+1)", "acknowledged") in states
    assert {r["employee_number"] for r in rows if r["name"] == "'@SUM(1+1)"} == {"'-7"}
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())


def test_report_judges_what_is_in_force_by_the_date_in_utc(tmp_path, receipts_site, monkeypatch):
    import datetime as dt

    from click.testing import CliRunner

    from policy_handbook.receipts import catalogue
    from policy_handbook.receipts import service  # noqa: F401 - imported before the patch: its default date stays the real one
    from policy_handbook.receipts.command import receipts

    database = tmp_path / "receipts.sqlite3"
    store = Store(str(database))
    store.migrate()
    store.close()
    # A UTC date before the version in force today took effect (2026-01-01): nothing is in force on it.
    monkeypatch.setattr(catalogue, "utc_today", lambda: dt.date(2025, 6, 1))
    result = CliRunner().invoke(receipts, ["report", "--site", str(receipts_site), "--database", str(database)])
    assert result.exit_code == 0, result.output
    assert "No version is in force on 2025-06-01" in result.output


def test_a_staff_list_without_names_is_refused_plainly(tmp_path, receipts_site):
    staff = tmp_path / "staff.csv"
    staff.write_text("employee_number\nE1\n", encoding="utf-8")
    result = run("policy-handbook", "receipts", "report", "--site", receipts_site, "--database",
                 tmp_path / "r.sqlite3", "--staff", staff)
    assert result.returncode == 1 and f"{staff}:1:" in result.output and "'name'" in result.output
    assert "Traceback" not in result.output


# --- backup, restore, retention, migrations ------------------------------------------------------

def test_a_mistyped_database_is_an_error_not_a_new_empty_one(tmp_path, receipts_site):
    missing = tmp_path / "receipt.sqlite3"
    for args in (("report", "--site", receipts_site), ("purge", "--retain-days", "30"),
                 ("backup", tmp_path / "copy.sqlite3")):
        result = run("policy-handbook", "receipts", *args, "--database", missing)
        assert result.returncode == 1, (args, result.output)
        assert f"{missing} does not exist" in result.output and "Traceback" not in result.output
        assert not missing.exists() and not (tmp_path / "copy.sqlite3").exists(), args


def test_backup_while_serving_and_restore(tmp_path, start_service, receipts_site):
    database = str(tmp_path / "live.sqlite3")
    service = start_service(database, origin=ORIGIN)
    kept = [acknowledge(service, receipts_site, f"Person {n}")["receipt_id"] for n in range(5)]
    backup = tmp_path / "backup.sqlite3"
    result = run("policy-handbook", "receipts", "backup", backup, "--database", database)
    assert result.ok and "5 acknowledgement(s)" in result.output, result.output
    acknowledge(service, receipts_site, "After the backup")
    service.stop()
    result = run("policy-handbook", "receipts", "backup", backup, "--database", database)
    assert result.returncode == 1 and "already exists" in result.output
    result = run("policy-handbook", "receipts", "restore", backup, "--database", database)
    assert result.ok and "5 acknowledgement(s)" in result.output, result.output
    store = Store(database)
    assert sorted(s.receipt["receipt_id"] for s in store.all()) == sorted(kept)
    store.close()
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello", encoding="utf-8")
    result = run("policy-handbook", "receipts", "restore", not_a_backup, "--database", database)
    assert result.returncode == 1 and "not a SQLite database" in result.output and "Traceback" not in result.output


def _old_row(store: Store, name: str, when: str) -> None:
    store.record({"receipt_id": name, "document": DOCUMENT_ID, "version": IN_FORCE, "fingerprint": "0" * 64,
                  "person_key": name, "name": name, "identity": "self-declared", "employee_number": None,
                  "acknowledged_at": when, "receipt": {"receipt_id": name}})


def test_retention_purges_old_acknowledgements(tmp_path, database, start_service, receipts_site):
    store = Store(database)
    store.migrate()
    _old_row(store, "old", "2020-01-01T00:00:00Z")
    _old_row(store, "older", "2019-01-01T00:00:00Z")
    store.close()
    service = start_service(database, "--retain-days", "365", origin=ORIGIN)
    acknowledge(service, receipts_site, "Recent")
    store = Store(database)
    assert [s.name for s in store.all()] == ["Recent"]
    _old_row(store, "old again", "2021-01-01T00:00:00Z")
    store.close()
    result = run("policy-handbook", "receipts", "purge", "--retain-days", "30", "--database", database)
    assert result.ok and result.output.startswith("deleted 1 acknowledgement(s)"), result.output


def test_migrations_are_numbered_and_applied_once(tmp_path, database):
    result = run("policy-handbook", "receipts", "migrate", "--database", database)
    assert result.ok and result.output.strip() == "applied migration(s) " + ", ".join(str(n) for n, *_ in MIGRATIONS)
    result = run("policy-handbook", "receipts", "migrate", "--database", database)
    assert result.ok and f"up to date (version {len(MIGRATIONS)})" in result.output


def test_a_database_at_an_older_schema_is_brought_up_to_date(tmp_path):
    path = tmp_path / "v1.sqlite3"
    store = Store(str(path))
    first = MIGRATIONS[:1]
    import policy_handbook.receipts.store as store_module
    saved = store_module.MIGRATIONS
    store_module.MIGRATIONS = first
    try:
        assert store.migrate() == [1]
    finally:
        store_module.MIGRATIONS = saved
    assert store.migrate() == [n for n, *_ in MIGRATIONS[1:]]
    assert store.schema_version() == len(MIGRATIONS)
    store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert "acknowledgements_by_time" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_serve_explains_bad_settings(tmp_path, receipts_site, signing_key):
    database = tmp_path / "receipts.sqlite3"
    base = ["policy-handbook", "receipts", "serve", "--origin", ORIGIN, "--port", "1", "--database", database]
    result = run(*base, "--site", tmp_path, "--key", signing_key)
    assert result.returncode == 1 and "acknowledge/fingerprints.json" in result.output
    result = run(*base, "--site", receipts_site, "--key", str(signing_key) + ".pub")
    assert result.returncode == 1 and "not an unencrypted PEM private key" in result.output
    assert not database.exists(), "bad settings are reported before the database is created"
    result = run(*base, "--site", receipts_site, "--key", signing_key, "--database", "mysql://x/y")
    assert result.returncode == 1 and "only SQLite and PostgreSQL" in result.output
    for output in (result.output,):
        assert "Traceback" not in output


def test_only_the_version_that_took_effect_last_is_in_force():
    import datetime as dt

    from policy_handbook.receipts.catalogue import parse_catalogue

    def version(status, effective):
        return {"label": f"{status} {effective}", "status": status, "effective_from": effective,
                "fingerprint": "a" * 64}

    catalogue = parse_catalogue(json.dumps({"documents": {"policy": {"title": "Policy", "versions": {
        "2019": version("approved", "2019-04-01"),
        "2023": version("approved", "2023-04-01"),
        "2025-draft": version("proposed", "2025-01-01"),
        "2030": version("approved", "2030-04-01"),
    }}}}), "test")
    assert [v.version for v in catalogue.in_force(dt.date(2026, 12, 2))] == ["2023"]
    assert [v.version for v in catalogue.in_force(dt.date(2020, 1, 1))] == ["2019"]
    assert [v.version for v in catalogue.in_force(dt.date(2031, 1, 1))] == ["2030"]
    assert catalogue.in_force(dt.date(2000, 1, 1)) == []


def test_behind_sign_on_the_user_decides_who_acknowledged_not_a_typed_employee_number():
    import datetime as dt

    from policy_handbook.receipts.catalogue import parse_catalogue
    from policy_handbook.receipts.report import StaffMember, build_report, report_table
    from policy_handbook.receipts.store import Stored

    catalogue = parse_catalogue(json.dumps({"documents": {"policy": {"title": "Policy", "versions": {
        "v1": {"label": "2026", "status": "approved", "effective_from": "2026-01-01", "fingerprint": "a" * 64}}}}}),
        "test")
    # bob, signed in, typed Alice's employee number (and her name).
    typed = Stored("policy", "v1", "a" * 64, "Alice Smith", "X-Remote-User", "E1", "2026-12-01T10:00:00Z",
                   {"user": "bob", "receipt_id": "r1"})
    staff = [StaffMember("Alice Smith", "E1", "alice"), StaffMember("Bob Jones", "E2", "bob")]
    (version,) = build_report(catalogue, [typed], dt.date(2026, 12, 2), staff)
    assert [m.user for m in version.outstanding] == ["alice"]
    assert "X-Remote-User bob" in report_table([version], dt.date(2026, 12, 2))
