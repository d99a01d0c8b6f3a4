"""Acknowledgement pages in a real browser: keyboard only, receipts, returning readers, the endpoint.

The inline project has three published versions of a harmonised policy: v1 → v2 changes
punctuation only (editorial), v2 → v3 changes a rule and adds one (substantive).
"""

from __future__ import annotations

import contextlib
import http.server
import json
import re
import threading
from pathlib import Path

import pytest

from browser_fixtures import axe_violations, describe, serve
from conftest import run
from policy_handbook.analyse.fingerprint import fingerprint
from policy_handbook.load.loader import load_corpus
from test_acknowledge import DOCUMENT_ID, ENDPOINT, build_harmonised

STORAGE_KEY = f"policy-handbook:acknowledgement:{DOCUMENT_ID}"


@pytest.fixture(scope="module")
def harmonised(tmp_path_factory):
    """(project root, site, served) without an endpoint."""
    root, site = build_harmonised(tmp_path_factory.mktemp("ack-browser"))
    served, server = serve(site)
    yield root, site, served
    server.shutdown()


@pytest.fixture(scope="module")
def with_endpoint(tmp_path_factory):
    """(project root, site, served) with `acknowledgement_endpoint` set."""
    root, site = build_harmonised(tmp_path_factory.mktemp("ack-endpoint"), endpoint=ENDPOINT)
    served, server = serve(site)
    yield root, site, served
    server.shutdown()


def ack_url(served, version: str) -> str:
    return served(f"acknowledge/{DOCUMENT_ID}/{version}/")


def focused_matches(page, selector: str) -> bool:
    return page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector)


def tab_to(page, selector: str, limit: int = 120) -> None:
    """Press Tab until ``selector`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_matches(page, selector):
            return
    raise AssertionError(f"{selector} never got the focus with Tab")


def assert_visible_focus(page) -> None:
    style = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                          " return {style: s.outlineStyle, width: parseFloat(s.outlineWidth)}; }")
    assert style["style"] != "none" and style["width"] >= 2, style


def acknowledge_by_keyboard(page, name: str = "Sam Jones", employee: str = "E1234") -> None:
    """Fill in and submit the form with the keyboard alone."""
    tab_to(page, "#ph-ack-name")
    assert_visible_focus(page)
    page.keyboard.type(name)
    page.keyboard.press("Tab")
    assert focused_matches(page, "#ph-ack-employee")
    page.keyboard.type(employee)
    page.keyboard.press("Tab")
    assert focused_matches(page, "#ph-ack-read")
    assert_visible_focus(page)
    page.keyboard.press("Space")
    assert page.is_checked("#ph-ack-read")
    page.keyboard.press("Tab")
    assert focused_matches(page, "#ph-ack-submit")
    assert_visible_focus(page)
    page.keyboard.press("Enter")
    page.wait_for_selector("#ph-ack-receipt:not([hidden])")


def stored_receipt(page) -> dict:
    return json.loads(page.evaluate("k => localStorage.getItem(k)", STORAGE_KEY))


def status_text(page) -> str:
    return " ".join(page.inner_text("#ph-ack-status").split())


def wait_for_sent(page, words: str, *, starts: bool = False, gone: bool = False) -> None:
    """Wait until the line under the receipt says ``words`` (at its start with ``starts``; no longer
    starts with them with ``gone``)."""
    test = "startsWith" if starts or gone else "includes"
    page.wait_for_function(f"w => {'!' if gone else ''}document.querySelector('#ph-ack-sent').textContent.{test}(w)",
                           arg=words)


def open_without_receipt(page, served, version: str) -> None:
    """The acknowledgement page of ``version`` in a browser that holds no receipt for the document."""
    page.goto(ack_url(served, version))
    page.evaluate("k => localStorage.removeItem(k)", STORAGE_KEY)
    page.reload()


def seed_receipt(page, root: Path, served, version: str, label: str) -> None:
    """The receipt a reader kept when ``version`` was in force, as the page's script stores it.

    Only the version in force can be acknowledged now, so an earlier acknowledgement is
    put into the browser's storage as the form left it at the time.
    """
    corpus = load_corpus(root / "source_policies")
    receipt = {"document": DOCUMENT_ID, "version": version, "version_label": label, "status": "In force",
               "effective_from": None,
               "fingerprint": fingerprint(corpus.documents[DOCUMENT_ID], corpus.version(DOCUMENT_ID, version)),
               "name": "Sam Jones", "employee_number": "E1234", "acknowledged_at": "2026-09-01T10:00:00+01:00",
               "page_url": ack_url(served, version)}
    page.goto(served(""))
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [STORAGE_KEY, json.dumps(receipt)])


def test_keyboard_round_trip_gives_a_receipt_that_verifies(page, harmonised, tmp_path):
    root, site, served = harmonised
    page.goto(ack_url(served, "v3"))
    assert (violations := axe_violations(page)) == [], describe(violations)
    assert page.is_hidden("#ph-ack-receipt")
    acknowledge_by_keyboard(page)

    assert focused_matches(page, "#ph-ack-receipt")
    corpus = load_corpus(root / "source_policies")
    digest = fingerprint(corpus.documents[DOCUMENT_ID], corpus.version(DOCUMENT_ID, "v3"))
    receipt = stored_receipt(page)
    assert list(receipt) == ["document", "version", "version_label", "status", "effective_from", "fingerprint",
                             "name", "employee_number", "acknowledged_at", "page_url"]
    assert receipt["document"] == DOCUMENT_ID and receipt["version"] == "v3"
    assert receipt["version_label"] == "Committee version"
    assert receipt["status"] == "In force" and receipt["effective_from"] == "2026-12-01"
    assert receipt["fingerprint"] == digest == page.inner_text("#ph-ack-fingerprint")
    assert receipt["name"] == "Sam Jones" and receipt["employee_number"] == "E1234"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", receipt["acknowledged_at"])
    assert receipt["page_url"] == ack_url(served, "v3")
    shown = page.inner_text("#ph-ack-receipt")
    assert digest in shown and "Sam Jones" in shown and "E1234" in shown
    assert "In force" in shown and "1 December 2026" in shown
    assert "Nothing was sent" in page.inner_text("#ph-ack-sent")

    # Tab on from the receipt: Print, then the download link, taken with Enter.
    tab_to(page, "#ph-ack-print", limit=3)
    assert_visible_focus(page)
    tab_to(page, "#ph-ack-download", limit=3)
    assert_visible_focus(page)
    assert page.get_attribute("#ph-ack-download", "href").startswith("blob:")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename == f"acknowledgement-{DOCUMENT_ID}-v3.json"
    downloaded = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert downloaded == receipt

    assert (violations := axe_violations(page)) == [], describe(violations)
    assert page.requests.foreign() == []  # no endpoint: nothing leaves the browser

    saved = tmp_path / "receipt.json"
    saved.write_text(json.dumps(downloaded), encoding="utf-8")
    for where in (["--site", site], ["--source", root / "source_policies"]):
        result = run("policy-handbook", "verify-receipt", saved, *where)
        assert result.returncode == 0, result.output
        assert result.output.startswith(f"valid: matches {DOCUMENT_ID} v3")


def test_versions_not_in_force_offer_no_form(page, harmonised):
    _, _, served = harmonised
    for version in ("v1", "v2"):
        page.goto(ack_url(served, version))
        assert page.locator("#ph-ack-form").count() == 0
        assert "cannot be acknowledged" in page.inner_text("article")
    assert (violations := axe_violations(page)) == [], describe(violations)


def test_errors_are_announced_and_tied_to_their_fields(page, harmonised):
    _, _, served = harmonised
    page.goto(ack_url(served, "v3"))
    tab_to(page, "#ph-ack-submit")
    page.keyboard.press("Enter")
    summary = page.locator("#ph-ack-error-summary")
    assert summary.is_visible() and summary.get_attribute("role") == "alert"
    assert "Enter your name" in summary.inner_text()
    assert "Tick the box to confirm" in summary.inner_text()
    assert focused_matches(page, "#ph-ack-name")  # the first field in error
    assert page.get_attribute("#ph-ack-name", "aria-invalid") == "true"
    described = page.get_attribute("#ph-ack-name", "aria-describedby")
    assert page.inner_text(f"#{described}") == "Error: Enter your name"
    assert page.get_attribute("#ph-ack-read", "aria-invalid") == "true"
    assert (violations := axe_violations(page)) == [], describe(violations)
    assert page.evaluate("k => localStorage.getItem(k)", STORAGE_KEY) is None

    # Fixing the name leaves only the box to tick.
    page.keyboard.type("Sam Jones")
    tab_to(page, "#ph-ack-submit", limit=4)
    page.keyboard.press("Enter")
    assert "Enter your name" not in summary.inner_text()
    assert focused_matches(page, "#ph-ack-read")
    assert page.get_attribute("#ph-ack-name", "aria-invalid") is None


def test_returning_reader_after_a_substantive_change(page, harmonised):
    root, _, served = harmonised
    # Acknowledged when the consultation draft was the text: v3 changed a rule since.
    seed_receipt(page, root, served, "v1", "Consultation draft")
    page.goto(ack_url(served, "v3"))
    text = status_text(page)
    assert "The policy has changed since you acknowledged version “Consultation draft”: 1 clause amended, 1 added." in text
    assert "Please read this version and acknowledge it below" in text
    assert (violations := axe_violations(page)) == [], describe(violations)
    link = page.locator("#ph-ack-status a", has_text="From Corrected consultation draft to Committee version")
    with page.expect_navigation() as navigation:
        link.click()
    assert navigation.value.ok
    assert page.url == served(f"policies/{DOCUMENT_ID}/redline/v2--v3/")

    # Acknowledged v2: v3 links straight to the redline from v2.
    seed_receipt(page, root, served, "v2", "Corrected consultation draft")
    page.goto(ack_url(served, "v3"))
    assert "The policy has changed since you acknowledged version “Corrected consultation draft”" in status_text(page)
    redline = page.locator("#ph-ack-status a", has_text="Redline: what changed from Corrected consultation draft")
    tab_to(page, "#ph-ack-status a")
    assert_visible_focus(page)
    with page.expect_navigation() as navigation:
        page.keyboard.press("Enter")
    assert navigation.value.ok
    assert page.url == served(f"policies/{DOCUMENT_ID}/redline/v2--v3/")
    assert redline.count() == 0  # we left the page


def test_receipt_is_posted_to_the_endpoint(page, with_endpoint):
    _, _, served = with_endpoint
    posted = []

    def answer(route, request):
        if request.method == "OPTIONS":  # CORS preflight, if the browser sends one
            route.fulfill(status=204, headers={"access-control-allow-origin": "*",
                                               "access-control-allow-methods": "POST",
                                               "access-control-allow-headers": "content-type"})
            return
        posted.append({"method": request.method, "type": request.headers.get("content-type"),
                       "body": request.post_data_json})
        route.fulfill(status=201, headers={"access-control-allow-origin": "*"}, body="")

    page.route(ENDPOINT, answer)
    page.goto(ack_url(served, "v3"))
    assert "Your receipt will be sent to hr.example.org" in page.inner_text("#ph-ack-destination")
    assert (violations := axe_violations(page)) == [], describe(violations)
    acknowledge_by_keyboard(page, name="Alex Smith", employee="")
    wait_for_sent(page, "was sent")
    assert page.inner_text("#ph-ack-sent").startswith("Your receipt was sent to hr.example.org.")
    assert len(posted) == 1
    assert posted[0]["method"] == "POST" and posted[0]["type"] == "application/json"
    assert posted[0]["body"] == stored_receipt(page)
    assert posted[0]["body"]["name"] == "Alex Smith" and posted[0]["body"]["employee_number"] is None
    assert (violations := axe_violations(page)) == [], describe(violations)


def test_a_failed_post_is_reported_and_the_receipt_kept(page, with_endpoint):
    _, _, served = with_endpoint
    page.route(ENDPOINT, lambda route, request: route.fulfill(
        status=503, headers={"access-control-allow-origin": "*", "access-control-allow-headers": "content-type"}))
    page.goto(ack_url(served, "v3"))
    acknowledge_by_keyboard(page)
    wait_for_sent(page, "Not recorded")
    assert page.inner_text("#ph-ack-sent").startswith("Not recorded: hr.example.org answered 503.")
    assert page.is_visible("#ph-ack-retry")
    assert stored_receipt(page)["version"] == "v3"
    page.unroute(ENDPOINT)
    page.route(ENDPOINT, lambda route, request: route.abort("connectionrefused"))
    page.click("#ph-ack-retry")
    wait_for_sent(page, "could not be reached")
    assert page.is_visible("#ph-ack-retry")
    assert (violations := axe_violations(page)) == [], describe(violations)
    # A service that never answers: after 30 seconds the page gives up and offers the retry again.
    page.unroute(ENDPOINT)
    page.route(ENDPOINT, lambda route, request: None)
    page.clock.install()
    page.click("#ph-ack-retry")
    wait_for_sent(page, "Sending", starts=True)
    page.clock.fast_forward(31_000)
    wait_for_sent(page, "did not answer")
    assert page.inner_text("#ph-ack-sent").startswith("Not confirmed: hr.example.org did not answer within 30 seconds")
    assert page.is_visible("#ph-ack-retry")


def test_the_script_does_nothing_on_other_pages(page, harmonised):
    _, _, served = harmonised
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(served(f"policies/{DOCUMENT_ID}/v3/"))
    page.goto(served(""))
    assert errors == []
    assert page.evaluate("() => Object.keys(localStorage).length") == 0


def test_acknowledging_from_a_copy_on_disk(page, harmonised):
    _, site, _ = harmonised
    page.goto((site / "acknowledge" / DOCUMENT_ID / "v3" / "index.html").as_uri())
    acknowledge_by_keyboard(page, name="Kim Lee")
    receipt = stored_receipt(page)
    assert receipt["version"] == "v3" and receipt["page_url"].startswith("file://")
    assert "Nothing was sent" in page.inner_text("#ph-ack-sent")
    assert page.requests.foreign() == []


@pytest.mark.parametrize("version", ["__proto__", "constructor", "hasOwnProperty"])
def test_a_stored_receipt_for_an_odd_version_id_is_reported_not_thrown(page, harmonised, version):
    _, _, served = harmonised
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(ack_url(served, "v3"))
    receipt = {"document": DOCUMENT_ID, "version": version, "version_label": "<b>Odd</b>",
               "fingerprint": "0" * 64, "name": "Ann", "acknowledged_at": "2026-11-20T14:03:09+00:00"}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [STORAGE_KEY, json.dumps(receipt)])
    page.reload()
    assert errors == []
    text = status_text(page)
    assert f"You acknowledged a version of this policy ({version}) on 20 November 2026" in text
    assert page.locator("#ph-ack-status b").count() == 0
    assert page.is_visible("#ph-ack-form")


def test_a_receipt_can_be_removed_from_a_shared_computer(page, harmonised):
    """After acknowledging, the reader can remove their receipt from the browser: the next person
    sees the form and nothing of theirs, on this page or on coming back to it."""
    _, _, served = harmonised
    open_without_receipt(page, served, "v3")
    acknowledge_by_keyboard(page, name="Ceri Shared-Desk", employee="E9876")
    assert stored_receipt(page)["name"] == "Ceri Shared-Desk"
    page.reload()
    assert "You acknowledged this version" in status_text(page)
    assert (violations := axe_violations(page)) == [], describe(violations)
    tab_to(page, "#ph-ack-forget")
    assert_visible_focus(page)
    page.keyboard.press("Enter")
    assert page.evaluate("k => localStorage.getItem(k)", STORAGE_KEY) is None
    assert "Your receipt was removed from this browser." in status_text(page)
    assert focused_matches(page, "#ph-ack-status")
    assert page.is_visible("#ph-ack-form") and not page.is_visible("#ph-ack-receipt")
    assert page.input_value("#ph-ack-name") == "" and not page.is_checked("#ph-ack-read")
    assert "Ceri Shared-Desk" not in page.inner_text("body") and "E9876" not in page.inner_text("body")
    page.reload()
    assert status_text(page) == "" and page.is_visible("#ph-ack-form")
    assert not page.is_visible("#ph-ack-forget")
    assert "Ceri Shared-Desk" not in page.inner_text("body")
    # Removed straight after acknowledging, on the same page: the form shown again is empty, and
    # nothing of the receipt is left in the page, shown or hidden.
    acknowledge_by_keyboard(page, name="Dai Next-Desk", employee="E5555")
    tab_to(page, "#ph-ack-forget")
    page.keyboard.press("Enter")
    assert page.is_visible("#ph-ack-form")
    assert page.input_value("#ph-ack-name") == "" and page.input_value("#ph-ack-employee") == ""
    assert not page.is_checked("#ph-ack-read")
    assert "Dai Next-Desk" not in page.content() and "E5555" not in page.content()


def test_no_removal_is_offered_when_the_browser_kept_nothing(page, harmonised):
    """A browser that refuses to store the receipt (storage full or blocked) is not offered the
    removal of a receipt it does not hold."""
    _, _, served = harmonised
    page.add_init_script("Storage.prototype.setItem = function () { throw new Error('QuotaExceededError'); };")
    page.goto(ack_url(served, "v3"))
    acknowledge_by_keyboard(page, name="Eli No-Storage", employee="")
    assert "This browser could not keep it" in status_text(page)
    assert page.is_visible("#ph-ack-receipt") and not page.is_visible("#ph-ack-forget")


def test_removing_a_receipt_not_yet_recorded_says_so(page, with_endpoint):
    """Removing a receipt the service has not recorded warns that no copy of it is left."""
    _, _, served = with_endpoint
    page.route(ENDPOINT, lambda route, request: route.abort("connectionrefused"))
    open_without_receipt(page, served, "v3")
    acknowledge_by_keyboard(page, name="Fen Unsent", employee="")
    wait_for_sent(page, "could not be reached")
    page.click("#ph-ack-forget")
    assert "Your receipt was removed from this browser before it was recorded" in status_text(page)
    assert page.evaluate("k => localStorage.getItem(k)", STORAGE_KEY) is None


@contextlib.contextmanager
def stalling_service():
    """A service that sends its answer's headers and first byte, then nothing more until closed."""
    release = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def _cors(self) -> None:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Headers", "content-type")

        def do_OPTIONS(self) -> None:  # noqa: N802
            self.send_response(204)
            self._cors()
            self.end_headers()

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(201)
            self._cors()
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"{")
            self.wfile.flush()
            release.wait(60)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/acknowledgements"
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def test_a_service_that_stops_mid_answer_is_not_confirmed(page, with_endpoint):
    """A service that starts its answer but never finishes it is, after 30 seconds, 'Not confirmed'
    with the retry offered, not taken for an answer without a signed receipt."""
    _, _, served = with_endpoint
    with stalling_service() as stalling:
        cors = {"access-control-allow-origin": "*", "access-control-allow-headers": "content-type"}
        page.route(ENDPOINT, lambda route, request: route.fulfill(
            status=204, headers=cors) if request.method == "OPTIONS" else route.fulfill(
            status=307, headers=cors | {"location": stalling}))
        page.clock.install()
        page.goto(ack_url(served, "v3"))
        acknowledge_by_keyboard(page, name="Gus Half-Answer", employee="")
        wait_for_sent(page, "Sending", starts=True)
        page.wait_for_timeout(500)  # the headers and first byte arrive
        page.clock.fast_forward(31_000)
        wait_for_sent(page, "Sending", gone=True)
        said = page.inner_text("#ph-ack-sent")
    assert said.startswith("Not confirmed: hr.example.org did not answer within 30 seconds"), said
    assert page.is_visible("#ph-ack-retry")
