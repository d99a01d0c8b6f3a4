"""Acknowledgement pages in real builds, and `policy-handbook verify-receipt`."""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

import pytest

from policy_handbook.analyse.fingerprint import canonical_text, fingerprint
from policy_handbook.load.loader import load_corpus
from policy_handbook.render.acknowledge import AcknowledgementPages, endpoint_host
from policy_handbook.render.pages import RenderOptions, SiteRenderer

from html_text import article, words
from conftest import BODIES, MKDOCS_YML, build, run, write_project

HARMONISED_BODY = BODIES + """\
  - id: harmonised
    name: Harmonised policy project
    kind: handbook project
"""

DOCUMENT_ID = "harmonised-policy"


def _version(id: str, label: str, status: str, published: str | None, working_time: str, *,
             supersedes: str | None = None, effective: str | None = None, extra: str = "") -> str:
    dates = ", ".join(f"{k}: {v}" for k, v in [("published", published), ("effective_from", effective)] if v)
    return f"""\
  - id: {id}
    label: {label}
    status: {status}
    supersedes: {supersedes or "null"}
    dates: {{{dates}}}
    source: {{title: {label}}}
    sections:
      - id: rules
        number: "1"
        title: Rules
        clauses:
          - id: working-time
            number: "1.1"
            text: {working_time}
          - id: friends
            number: "1.2"
            text: "Do not accept friend requests from *service users*:"
            items:
              - id: friends-pupils
                text: pupils, or
              - id: friends-families
                text: "their [families](https://example.org/families)."
{extra}"""


HARMONISED = f"""\
id: {DOCUMENT_ID}
body: harmonised
title: Harmonised Social Media Policy
kind: policy
attribution: {{basis: stated}}
versions:
""" + "".join([
    _version("v1", "Consultation draft", "superseded", "2026-07-06",
             "Employees must not use social media for personal reasons during working time."),
    # v2 only corrects punctuation: editorial.
    _version("v2", "Corrected consultation draft", "superseded", "2026-08-03",
             "Employees must not use social media for personal reasons, during working time", supersedes="v1"),
    # v3 changes a rule and adds one: substantive.
    # v3 is adopted and in force (since 1 December 2026): only a version in force can be acknowledged.
    _version("v3", "Committee version", "approved", "2026-11-16",
             "Employees may use social media for personal reasons during their lunch break.", supersedes="v2",
             effective="2026-12-01", extra="""\
          - id: logo
            number: "1.3"
            text: Do not use the council logo on a personal account.
"""),
    _version("v4", "Working draft", "draft", None, "Employees may use social media at lunch.", supersedes="v3"),
])

ENDPOINT = "https://hr.example.org/acknowledgements"


def harmonised_files(*, endpoint: str | None = None) -> dict[str, str]:
    """An inline project with a three-version harmonised policy (and a draft), for ``project(...)``."""
    mkdocs = MKDOCS_YML
    if endpoint:
        mkdocs = mkdocs.replace("  - policy-handbook\n",
                                f"  - policy-handbook:\n      acknowledgement_endpoint: {endpoint}\n")
    return {"mkdocs.yml": mkdocs, "source_policies/bodies.yml": HARMONISED_BODY,
            f"source_policies/documents/{DOCUMENT_ID}.yml": HARMONISED}


def page_path(site: Path, version: str) -> Path:
    return site / "acknowledge" / DOCUMENT_ID / version / "index.html"




def page_data(path: Path) -> dict:
    match = re.search(r"data-ph-ack='([^']*)'", path.read_text(encoding="utf-8"))
    assert match, "no data-ph-ack on the page"
    return json.loads(html.unescape(match.group(1)))


def build_harmonised(folder: Path, *, endpoint: str | None = None) -> tuple[Path, Path]:
    """(project root, site) of the inline harmonised project, built into ``folder``."""
    root = write_project(folder / "project", harmonised_files(endpoint=endpoint))
    site = folder / "site"
    result = build(root, site)
    assert result.ok, result.output
    return root, site


def build_changed(folder: Path, old: str, new: str, *, more: dict[str, str] | None = None) -> Path:
    """The site of the inline harmonised project with ``old`` replaced by ``new`` in its document
    (and ``more`` files added), built into ``folder``."""
    document = HARMONISED.replace(old, new)
    assert document != HARMONISED, old
    files = {**harmonised_files(), f"source_policies/documents/{DOCUMENT_ID}.yml": document, **(more or {})}
    result = build(write_project(folder / "project", files), folder / "site")
    assert result.ok, result.output
    return folder / "site"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """(project root, site) of the inline harmonised project, built without an endpoint."""
    return build_harmonised(tmp_path_factory.mktemp("acknowledge"))


def corpus_of(root: Path):
    return load_corpus(root / "source_policies")


# --- pages ------------------------------------------------------------------------------------


def test_a_page_per_published_version_of_handbook_project_documents_only(built):
    _, site = built
    pages = sorted(p.parent.name for p in (site / "acknowledge" / DOCUMENT_ID).glob("*/index.html"))
    assert pages == ["v1", "v2", "v3"]  # v4 is a draft
    assert not (site / "acknowledge" / "alpha-policy").exists()  # a district council's policy
    index = words_of(site / "acknowledge" / "index.html")
    for label in ["Consultation draft", "Corrected consultation draft", "Committee version"]:
        assert label in index
    assert "Working draft" not in index


def test_page_shows_version_status_effective_date_and_fingerprint(built):
    root, site = built
    corpus = corpus_of(root)
    document = corpus.documents[DOCUMENT_ID]
    words = words_of(page_path(site, "v3"))
    assert "Version Committee version" in words
    assert "Status In force. It took effect on 1 December 2026." in words
    assert "In force from 1 December 2026" in words
    digest = fingerprint(document, corpus.version(DOCUMENT_ID, "v3"))
    assert f"Reference code (fingerprint) {digest}" in words
    assert "Status Superseded. Replaced by Corrected consultation draft." in words_of(page_path(site, "v1"))
    assert "In force from" not in words_of(page_path(site, "v1"))
    assert "Not set" not in words_of(page_path(site, "v1"))


def test_the_index_does_not_call_a_proposal_in_force(bundled_site):
    """The list of versions gives a proposal's date as the day it would take effect, not as 'in force from'."""
    text = words(article(bundled_site / "acknowledge/index.html"))
    assert "In force from" not in text
    assert "Version 1.0 for Staffing Committee Proposed, not yet adopted 1 January 2027 (if adopted)" in text


def test_page_documents_how_to_recompute_the_fingerprint(built):
    root, site = built
    raw = page_path(site, "v3").read_text(encoding="utf-8")
    assert "<details class=\"ph-ack-recompute\" id=\"how-to-recompute\" data-search-exclude>" in raw
    assert "<summary>How to recompute the fingerprint</summary>" in raw
    words = words_of(page_path(site, "v3"))
    for phrase in ["SHA-256", "UTF-8", "a tab (U+0009)", "line feed (U+000A)", "no line feed after the last line",
                   "Unicode normalisation form C", "(or - when it has none)", "Whitespace collapsed"]:
        assert phrase in words, phrase
    # The published canonical text is exactly what is hashed.
    corpus = corpus_of(root)
    published = (site / "acknowledge" / DOCUMENT_ID / "v3.txt").read_bytes()
    assert published.decode("utf-8") == canonical_text(corpus.documents[DOCUMENT_ID], corpus.version(DOCUMENT_ID, "v3"))
    assert hashlib.sha256(published).hexdigest() in words
    assert 'href="../v3.txt"' in raw
    # The file is saved under the name the command after it uses, and the link says that name.
    saved = f"{DOCUMENT_ID}-v3.txt"
    assert f'download="{saved}">{saved}</a>' in raw and f"sha256sum {saved}" in words


def test_form_has_labelled_fields_and_a_submit_button(built):
    _, site = built
    raw = page_path(site, "v3").read_text(encoding="utf-8")
    assert '<label class="ph-field__label" for="ph-ack-name">Your name</label>' in raw
    assert re.search(r'<input [^>]*id="ph-ack-name"[^>]*required', raw)
    assert '<label class="ph-field__label" for="ph-ack-employee">Employee number (optional)</label>' in raw
    assert ('<label class="ph-field__label" for="ph-ack-read">I have read and understood this version of the '
            'policy</label>') in raw
    assert re.search(r'<input [^>]*id="ph-ack-read"[^>]*type="checkbox"', raw)
    assert '<button class="ph-button" id="ph-ack-submit" type="submit">' in raw
    assert 'role="alert"' in raw and 'aria-live="polite"' in raw


def test_without_an_endpoint_the_page_says_nothing_is_sent(built):
    _, site = built
    words = words_of(page_path(site, "v3"))
    assert "Nothing is sent anywhere" in words
    assert "The receipt is the record to hand in: print it or download it" in words
    assert "will be sent to" not in words
    assert page_data(page_path(site, "v3"))["endpoint"] is None


def test_with_an_endpoint_the_page_says_where_the_receipt_goes(tmp_path):
    _, site = build_harmonised(tmp_path, endpoint=ENDPOINT)
    words = words_of(page_path(site, "v3"))
    assert f"Your receipt will be sent to hr.example.org ({ENDPOINT})" in words
    assert "Nothing is sent anywhere" not in words
    data = page_data(page_path(site, "v3"))
    assert data["endpoint"] == ENDPOINT and data["endpoint_host"] == "hr.example.org"


def test_changes_since_each_earlier_version_are_embedded(built):
    _, site = built
    v2 = page_data(page_path(site, "v2"))
    # The counts and words are those of the redline page of the same two versions.
    counts = {"added": 0, "deleted": 0, "amended": 1, "moved": 0, "renumbered": 0, "unchanged": 2, "split": 0,
              "merged": 0, "substantive": 0, "editorial": 1}
    counts["unchanged"] = v2["changes_since"]["v1"]["counts"]["unchanged"]
    assert v2["changes_since"] == {"v1": {
        "label": "Consultation draft", "substantive": False,
        "summary": "Editorial changes only: 1 clause amended", "counts": counts,
        "redline_url": "../../../policies/harmonised-policy/redline/v1--v2/",
        "redline_label": "Redline: what changed from Consultation draft to Corrected consultation draft",
        "steps": [{"from": "v1", "from_label": "Consultation draft", "to": "v2",
                   "to_label": "Corrected consultation draft", "substantive": False,
                   "summary": "Editorial changes only: 1 clause amended", "counts": counts,
                   "redline_url": "../../../policies/harmonised-policy/redline/v1--v2/"}],
    }}
    v3 = page_data(page_path(site, "v3"))
    assert set(v3["changes_since"]) == {"v1", "v2"}
    from_v2, from_v1 = v3["changes_since"]["v2"], v3["changes_since"]["v1"]
    assert from_v2["substantive"] and from_v2["summary"] == "1 clause amended, 1 added"
    assert from_v2["redline_url"] == "../../../policies/harmonised-policy/redline/v2--v3/"
    # Not consecutive: the document's page (which lists every version), and each step's redline.
    assert from_v1["substantive"] and from_v1["redline_url"] == "../../../policies/harmonised-policy/"
    assert [s["redline_url"] for s in from_v1["steps"]] == [
        "../../../policies/harmonised-policy/redline/v1--v2/", "../../../policies/harmonised-policy/redline/v2--v3/"]
    assert page_data(page_path(site, "v1"))["changes_since"] == {}
    assert v3["storage_key"] == "policy-handbook:acknowledgement:harmonised-policy"
    assert v3["fingerprint"] in words_of(page_path(site, "v3"))


def test_older_versions_point_to_the_version_in_force(built):
    _, site = built
    assert "Consultation draft is not in force (superseded), so it cannot be acknowledged. The version in force " \
           "is Committee version: acknowledge that one." in words_of(page_path(site, "v1"))
    assert "cannot be acknowledged" not in words_of(page_path(site, "v3"))


def test_the_form_is_absent_on_versions_not_in_force(tmp_path):
    """Proposals and superseded versions can be read, never acknowledged; the receipt data says the status."""
    site = build_changed(tmp_path, "    label: Committee version\n    status: approved\n",
                         "    label: Committee version\n    status: proposed\n")
    for version in ("v1", "v2", "v3"):
        raw = page_path(site, version).read_text(encoding="utf-8")
        assert 'id="ph-ack-form"' not in raw and "ph-ack-submit" not in raw, version
        assert "Preview only: this version cannot be acknowledged" in words_of(page_path(site, version))
    assert "Status Proposed, not yet adopted" in words_of(page_path(site, "v3"))
    assert "Would take effect 1 December 2026" in words_of(page_path(site, "v3"))
    home = words_of(site / "index.html")
    assert "Confirm you have read it" not in home
    assert page_data(page_path(site, "v3"))["status"] == "Proposed, not yet adopted"
    older = words_of(page_path(site, "v1"))
    assert "When a version of this policy is adopted and in force, its page here will let you acknowledge it." in older
    assert "The version in force is" not in older, "no version is in force: none is pointed to"
    assert ("Meanwhile, your own council's policy applies to you: the home page says which it is, council by "
            "council.") in older
    assert 'href="../../../">the home page</a>' in page_path(site, "v1").read_text(encoding="utf-8")
    index = words_of(site / "acknowledge" / "index.html")
    assert index.startswith("Acknowledge a policy Nothing can be acknowledged yet Harmonised Social Media Policy "
                            "(Committee version) is a proposal. Committee version has not been adopted and is not "
                            "in force; if adopted, it would take effect on 1 December 2026. When it is adopted and in "
                            "force, its page here will let you acknowledge it. Meanwhile, your own council's policy "
                            "applies to you: the home page says which it is, council by council."), index
    assert "your own council's policy applies to you" in home


def test_the_index_says_nothing_can_be_acknowledged_until_an_adopted_version_takes_effect(tmp_path):
    """Adopted, but in force only from a later date: what can be acknowledged is decided by the
    standing on the build date, not by the version's status."""
    site = build_changed(tmp_path, "effective_from: 2026-12-01", "effective_from: 2099-01-01")
    index = words_of(site / "acknowledge" / "index.html")
    assert ("Nothing can be acknowledged yet Harmonised Social Media Policy (Committee version) has been adopted, "
            "but is not in force yet. Committee version was adopted and takes effect on 1 January 2099. When it "
            "takes effect, its page here will let you acknowledge it. Meanwhile, your own council's policy applies "
            "to you: the home page says which it is, council by council.") in index
    raw = (site / "acknowledge" / "index.html").read_text(encoding="utf-8")
    assert 'href="../">the home page</a>' in raw


def test_the_index_does_not_say_yet_when_no_version_is_coming(tmp_path):
    """The newest version withdrawn (so not published): nothing can be acknowledged, and nothing is on its way to be."""
    site = build_changed(tmp_path, "    label: Committee version\n    status: approved\n",
                         "    label: Committee version\n    status: withdrawn\n")
    index = words_of(site / "acknowledge" / "index.html")
    assert index.startswith("Acknowledge a policy Nothing can be acknowledged Harmonised Social Media Policy "
                            "(Corrected consultation draft) is superseded."), index
    assert "Meanwhile, your own council's policy applies to you" in index
    assert "its page here will let you acknowledge it" not in index


def test_a_proposal_beside_a_harmonised_policy_in_force_points_to_it_as_typed(tmp_path):
    """A second harmonised document, only proposed: its page says the one in force applies meanwhile,
    and links it with its title as typed."""
    second = """\
id: second-policy
body: harmonised
title: Second Harmonised Policy
kind: policy
attribution: {basis: stated}
versions:
""" + _version("p1", "Proposal", "proposed", "2026-11-20", "Employees must not post during working time.")
    site = build_changed(tmp_path, "title: Harmonised Social Media Policy", 'title: "Harmonised <i>Social</i> Media & Policy"',
                         more={"source_policies/documents/second-policy.yml": second})
    page = site / "acknowledge" / "second-policy" / "p1" / "index.html"
    assert ("Meanwhile, the policy that applies to you is Harmonised <i>Social</i> Media & Policy (Committee "
            "version): read it there.") in words_of(page)
    raw = page.read_text(encoding="utf-8")
    assert "<i>Social</i>" not in raw and "&lt;i&gt;Social&lt;/i&gt;" in raw


def test_the_index_has_no_such_notice_when_a_version_can_be_acknowledged(built):
    _, site = built
    assert "Nothing can be acknowledged" not in words_of(site / "acknowledge" / "index.html")
    assert "Meanwhile" not in words_of(page_path(site, "v1")), "v3 is in force: v1's page points to it"


def test_the_bundled_index_says_the_harmonised_policy_is_only_proposed(bundled_site):
    text = words(article(bundled_site / "acknowledge/index.html")).replace("¶", "")
    assert text.startswith("Acknowledge a policy Nothing can be acknowledged yet Social Media Policy (harmonised) "
                           "(Version 1.0 for Staffing Committee) is a proposal."), text
    assert "Meanwhile, your own council's policy applies to you: the home page says which it is" in text
    assert "your own council's policy applies to you" in words(article(bundled_site / "index.html"))


def test_fingerprints_json_lists_every_published_version(built):
    root, site = built
    corpus = corpus_of(root)
    data = json.loads((site / "acknowledge" / "fingerprints.json").read_text(encoding="utf-8"))
    versions = data["documents"][DOCUMENT_ID]["versions"]
    assert list(versions) == ["v1", "v2", "v3"]
    for vid, entry in versions.items():
        version = corpus.version(DOCUMENT_ID, vid)
        assert entry["fingerprint"] == fingerprint(corpus.documents[DOCUMENT_ID], version)
        # The receipts service decides from these what is in force: they are the sources' own.
        assert entry["status"] == version.status, vid
        assert entry["effective_from"] == (version.dates.effective_from.isoformat()
                                           if version.dates.effective_from else None), vid
    assert len({entry["status"] for entry in versions.values()}) > 1
    assert versions["v3"]["page"] == f"acknowledge/{DOCUMENT_ID}/v3/"


@pytest.mark.parametrize("endpoint, host", [
    ("https://hr.example.org/acknowledgements", "hr.example.org"),
    ("http://127.0.0.1:8080/receipts", "127.0.0.1:8080"),
    ("/api/receipts", "this website"),
])
def test_endpoint_host_names_where_receipts_go(endpoint, host):
    assert endpoint_host(endpoint) == host


def test_links_without_directory_urls(tmp_path):
    root = write_project(tmp_path, harmonised_files())
    site = SiteRenderer(corpus_of(root), RenderOptions(use_directory_urls=False))
    pages = {p.src_uri: p for p in AcknowledgementPages(site).pages()}
    content = pages[f"acknowledge/{DOCUMENT_ID}/v3.md"].content
    assert 'href="v3.txt"' in content
    assert 'href="../../policies/harmonised-policy/v3.html"' in content
    data = json.loads(html.unescape(re.search(r"data-ph-ack='([^']*)'", content).group(1)))
    assert data["changes_since"]["v2"]["redline_url"] == "../../policies/harmonised-policy/redline/v2--v3.html"
    assert data["versions"]["v1"]["url"] == "v1.html"


def test_no_handbook_project_means_no_acknowledgement_pages(project):
    root = project()
    assert AcknowledgementPages(SiteRenderer(corpus_of(root))).pages() == []


# --- verify-receipt ---------------------------------------------------------------------------


def receipt_for(root: Path, version: str = "v3", **changes) -> dict:
    """A receipt as the page makes it for ``version``, with ``changes``."""
    corpus = corpus_of(root)
    receipt = {
        "document": DOCUMENT_ID, "version": version,
        "version_label": corpus.version(DOCUMENT_ID, version).label,
        "fingerprint": fingerprint(corpus.documents[DOCUMENT_ID], corpus.version(DOCUMENT_ID, version)),
        "name": "Sam Jones", "employee_number": "12345", "acknowledged_at": "2026-11-20T14:03:09+00:00",
        "page_url": f"http://127.0.0.1/acknowledge/{DOCUMENT_ID}/{version}/",
    }
    receipt.update(changes)
    return receipt


def write(tmp_path: Path, data, name: str = "receipt.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_verify_receipt_valid_against_the_sources_and_the_site(built, tmp_path):
    root, site = built
    path = write(tmp_path, receipt_for(root))
    result = run("policy-handbook", "verify-receipt", path, "--source", root / "source_policies")
    assert result.returncode == 0, result.output
    assert result.output.startswith(f"valid: matches {DOCUMENT_ID} v3")
    result = run("policy-handbook", "verify-receipt", path, "--site", site)
    assert result.returncode == 0, result.output
    assert result.output.startswith(f"valid: matches {DOCUMENT_ID} v3")


def test_verify_receipt_reads_source_policies_by_default(built, tmp_path):
    root, _ = built
    result = run("policy-handbook", "verify-receipt", write(tmp_path, receipt_for(root, "v1")), cwd=root)
    assert result.returncode == 0, result.output
    assert f"valid: matches {DOCUMENT_ID} v1" in result.output


@pytest.mark.parametrize("where", ["--source", "--site"])
def test_verify_receipt_mismatch(built, tmp_path, where):
    root, site = built
    other = receipt_for(root, "v1")["fingerprint"]
    path = write(tmp_path, receipt_for(root, "v2", fingerprint=other))
    result = run("policy-handbook", "verify-receipt", path, where, root / "source_policies" if where == "--source" else site)
    assert result.returncode == 1
    assert f"invalid: fingerprint mismatch for {DOCUMENT_ID} v2" in result.output
    assert other in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("change, message", [
    ({"version": "v9"}, f"invalid: unknown version 'v9' of {DOCUMENT_ID}: it is not in"),
    ({"document": "no-such-policy"}, "invalid: unknown document 'no-such-policy': it is not in"),
])
def test_verify_receipt_unknown_version_or_document(built, tmp_path, change, message):
    root, site = built
    for where in (["--source", root / "source_policies"], ["--site", site]):
        result = run("policy-handbook", "verify-receipt", write(tmp_path, receipt_for(root) | change), *where)
        assert result.returncode == 1 and message in result.output, result.output
    # A draft has a fingerprint in the sources but none was published in the site.
    draft = write(tmp_path, receipt_for(root, "v4"))
    result = run("policy-handbook", "verify-receipt", draft, "--source", root / "source_policies")
    assert result.returncode == 0 and "note: this version is not published" in result.output
    result = run("policy-handbook", "verify-receipt", draft, "--site", site)
    assert result.returncode == 1 and "unknown version 'v4'" in result.output


@pytest.mark.parametrize("content, expected", [
    ('{"document": "harmonised-policy",', "it is not valid JSON (line 1, column 34"),
    ("", "it is not valid JSON"),
    ("[1, 2]", "it holds a JSON list, not an object"),
    ('{"document": "harmonised-policy"}', "it has no 'version' or 'fingerprint'"),
    ('{"document": "harmonised-policy", "version": 3, "fingerprint": "ab"}', "its 'version' is 3"),
    ('{"document": "harmonised-policy", "version": "v3", "fingerprint": "abc"}', "its fingerprint 'abc' is not a SHA-256 digest"),
])
def test_verify_receipt_bad_files_say_what_was_expected(built, tmp_path, content, expected):
    root, _ = built
    result = run("policy-handbook", "verify-receipt", write(tmp_path, content), "--source", root / "source_policies")
    assert result.returncode == 1
    assert "is not a receipt: " + expected in result.output, result.output
    assert "A receipt is the JSON file an acknowledgement page downloads, for example:" in result.output
    assert '"fingerprint":' in result.output and "Traceback" not in result.output


def test_verify_receipt_against_a_folder_that_is_no_site(tmp_path, built):
    root, _ = built
    result = run("policy-handbook", "verify-receipt", write(tmp_path, receipt_for(root)), "--site", tmp_path)
    assert result.returncode == 1
    assert "acknowledge/fingerprints.json does not exist" in result.output and "Traceback" not in result.output
    result = run("policy-handbook", "verify-receipt", write(tmp_path, receipt_for(root)), "--site", tmp_path,
                 "--source", root / "source_policies")
    assert result.returncode == 2 and "give --site or --source, not both" in result.output


def words_of(path: Path) -> str:
    return words(article(path))
