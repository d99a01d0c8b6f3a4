"""Acknowledging on the built handbook in Chromium, recorded by the real receipts service.

The site is served by http.server on 127.0.0.1 and the service runs on another port of
127.0.0.1, allowing only the site's origin. The service is down at first: the page says the
acknowledgement was not recorded and offers a retry; once the service is up, the retry
records it, the page says so, the signed receipt verifies, and the HR report lists it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from browser_fixtures import axe_violations, describe, serve
from conftest import build, run
from receipts_fixtures import DOCUMENT_ID, IN_FORCE, Service, free_port, service_args, signing_key, write_project  # noqa: F401


@pytest.fixture
def handbook_and_service(tmp_path, signing_key):
    port = free_port()
    root = write_project(tmp_path / "project", endpoint=f"http://127.0.0.1:{port}/acknowledgements",
                         public_key=Path(str(signing_key) + ".pub"))
    site = tmp_path / "site"
    result = build(root, site)
    assert result.ok, result.output
    served, server = serve(site)
    database = str(tmp_path / "receipts.sqlite3")
    service = Service(service_args(site, database, signing_key, port, origin=served.url.rstrip("/")), port,
                      tmp_path / "service.log")
    yield site, served, service, database
    service.stop()
    server.shutdown()


def test_acknowledge_in_the_browser_recorded_by_the_service(page, handbook_and_service, tmp_path):
    site, served, service, database = handbook_and_service
    page.goto(served(f"acknowledge/{DOCUMENT_ID}/{IN_FORCE}/"))
    assert "signed with its key" in page.inner_text("#ph-ack-key")
    page.fill("#ph-ack-name", "Rosalind Franklin")
    page.fill("#ph-ack-employee", "E1920")
    page.check("#ph-ack-read")
    page.click("#ph-ack-submit")
    local_fields = page.inner_text("#ph-ack-receipt-fields")
    # The service is not running yet: the page says so, keeps the receipt and offers a retry.
    page.wait_for_function("() => document.querySelector('#ph-ack-sent').textContent.includes('Not recorded')")
    assert "could not be reached" in page.inner_text("#ph-ack-sent")
    assert page.get_attribute("#ph-ack-sent", "aria-live") == "polite"
    assert page.is_visible("#ph-ack-retry")
    assert (violations := axe_violations(page)) == [], describe(violations)
    # Coming back later, the reader is told it was never recorded, and can send it again.
    page.reload()
    page.wait_for_function("() => document.querySelector('#ph-ack-sent').textContent.includes('Not yet recorded')")
    assert page.is_visible("#ph-ack-retry")

    service.start()
    page.click("#ph-ack-retry")
    page.wait_for_function("() => document.querySelector('#ph-ack-sent').textContent.startsWith('Recorded')")
    said = page.inner_text("#ph-ack-sent")
    assert said.startswith("Recorded: 127.0.0.1:") and "has stored your acknowledgement" in said
    assert not page.is_visible("#ph-ack-retry")
    # The signed receipt carries no status or date; the page still says the version's, as before.
    signed_fields = page.inner_text("#ph-ack-receipt-fields")
    for row in ("Status", "In force from"):
        said_before = local_fields.split(row + "\n", 1)[1].split("\n", 1)[0]
        assert row + "\n" + said_before + "\n" in signed_fields, (row, said_before, signed_fields)
    kept = page.evaluate(f"() => JSON.parse(localStorage.getItem('policy-handbook:acknowledgement:{DOCUMENT_ID}'))")
    assert kept["name"] == "Rosalind Franklin" and kept["signature"]
    assert kept["receipt_id"] in said
    # The download is the signed receipt, and it verifies against the key the handbook publishes.
    downloaded = page.evaluate("() => fetch(document.querySelector('#ph-ack-download').href).then(r => r.text())")
    saved = tmp_path / "receipt.json"
    saved.write_text(downloaded, encoding="utf-8")
    assert json.loads(downloaded) == kept
    verdict = run("policy-handbook", "verify-receipt", saved, "--site", site)
    assert verdict.ok and "signature valid" in verdict.output, verdict.output
    # HR's report lists the acknowledgement.
    report = run("policy-handbook", "receipts", "report", "--site", site, "--database", database)
    assert report.ok, report.output
    assert "acknowledged: 1" in report.output and "Rosalind Franklin" in report.output
    # A returning reader sees the recorded receipt, with no retry offered.
    page.reload()
    page.wait_for_selector("#ph-ack-receipt:not([hidden])")
    assert not page.is_visible("#ph-ack-retry")
    assert (violations := axe_violations(page)) == [], describe(violations)


def test_a_refusal_is_said_plainly_without_a_retry(page, handbook_and_service):
    site, served, service, database = handbook_and_service
    # A service that takes identity from a sign-on proxy refuses a post that did not come through it.
    service.args += ["--identity-header", "X-Remote-User"]
    service.start()
    page.goto(served(f"acknowledge/{DOCUMENT_ID}/{IN_FORCE}/"))
    page.fill("#ph-ack-name", "Dorothy Hodgkin")
    page.check("#ph-ack-read")
    page.click("#ph-ack-submit")
    page.wait_for_function("() => document.querySelector('#ph-ack-sent').textContent.includes('Not recorded')")
    said = page.inner_text("#ph-ack-sent")
    assert "refused your acknowledgement (Sign in first" in said
    assert not page.is_visible("#ph-ack-retry")
