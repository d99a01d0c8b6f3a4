"""Hostile and careless input to the loader: a message with file and line, never a traceback."""

from __future__ import annotations

import datetime
import html
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policy_handbook.load.loader import load_corpus
from policy_handbook.load.problems import CorpusError

from conftest import BIN, BODIES, DOCUMENT, MKDOCS_YML, build, run

DOC = "source_policies/documents/alpha-policy.yml"
TOPICS = ("groups: [{id: use, title: Use}]\ntopics:\n  - {id: working-time, title: Working time, "
          "question: May I?, description: Use at work., group: use}\n")


def problems_of(root: Path) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        load_corpus(root / "source_policies")
    return [str(p) for p in caught.value.problems]


def only_problem(root: Path) -> str:
    found = problems_of(root)
    assert len(found) == 1, found
    return found[0]


def with_line(text: str) -> dict[str, str]:
    return {DOC: DOCUMENT + text}


# --- YAML features policy files never need --------------------------------------------


@pytest.mark.parametrize("value, tag", [("!!int abc", "!!int"), ("!!float abc", "!!float"),
                                        ("!!bool maybe", "!!bool"), ("!custom x", "!custom"),
                                        ("!!str text", "!!str"), ("!!map {a: b}", "!!map")])
def test_yaml_tags_are_refused(project, value, tag):
    message = only_problem(project(with_line(f"note: {value}\n")))
    assert f"alpha-policy.yml:22:7: YAML tags such as `{tag}` are not allowed" in message
    assert "policy files need no tags, anchors or aliases" in message


def test_anchors_and_a_recursive_alias_are_refused(project):
    found = problems_of(project(with_line("note: &x [*x]\n")))
    assert any("alpha-policy.yml:22:7: YAML anchors (`&x`) are not allowed" in p for p in found), found
    assert any("alpha-policy.yml:22:11: YAML aliases (`*x`) are not allowed" in p for p in found), found


def test_billion_laughs_is_refused_at_once(project):
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        previous = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        levels.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    bomb = "\n".join(levels) + "\n"
    root = project({DOC: bomb})
    started = time.perf_counter()
    found = problems_of(root)
    assert time.perf_counter() - started < 2
    assert found[0].endswith("remove `&a` and write each value out in full")
    assert "alpha-policy.yml:1:4: YAML anchors (`&a`) are not allowed" in found[0]


def test_deep_nesting_is_a_message_not_a_recursion_error(project):
    message = only_problem(project(with_line("note: " + "[" * 600 + "]" * 600 + "\n")))
    assert "alpha-policy.yml:22:70: the file nests lists and keys more than 64 levels deep" in message


@pytest.mark.parametrize("number", ["7" * 5000, "0x" + "f" * 4998, ":".join(["10"] + ["59"] * 1666)])
def test_a_5000_digit_number(project, number):
    message = only_problem(project(with_line("note: " + number + "\n")))
    assert "alpha-policy.yml:22:7: this number is too long to read (5,000 characters) — quote it if it is text" in message


def test_a_control_character_and_a_second_document(project):
    message = only_problem(project(with_line("note: bell\x07\n")))
    assert "alpha-policy.yml:22:11: the file holds a control character (#x0007)" in message
    message = only_problem(project(with_line("---\nid: other\n")))
    assert "alpha-policy.yml:22:1: a second YAML document starts here (`---`)" in message


def test_an_oversized_file_is_not_parsed(project):
    root = project()
    (root / DOC).write_text(DOCUMENT + "note: " + "x" * (10 * 1024 * 1024) + "\n", encoding="utf-8")
    message = only_problem(root)
    assert "alpha-policy.yml:1:1: the file is too large" in message and "the limit is 10,485,760" in message


# --- messages that name the real key and the real value ---------------------------------


def test_unknown_key_differing_only_in_case(project):
    message = only_problem(project(with_line("Title: Another title\n")))
    assert "alpha-policy.yml:22:1: unknown key 'Title' — did you mean 'title'?" in message


def test_nested_unknown_key_in_a_list_item_is_reported_where_it_is(project):
    items = ("            items:\n              - id: sub\n                text: Sub item.\n"
             "                Text: Typed twice.\n")
    message = only_problem(project(with_line(items)))
    assert "alpha-policy.yml:25:17: unknown key 'Text' — did you mean 'text'?" in message


def test_bad_value_inside_a_topic_link_is_reported_as_itself(project):
    linked = DOCUMENT.replace("            text: Do not accept",
                              "            topics: [{topic: working-time, strength: sometimes}]\n"
                              "            text: Do not accept")
    message = only_problem(project({DOC: linked, "source_policies/topics.yml": TOPICS}))
    assert "alpha-policy.yml:21:54: 'sometimes' is not a valid strength — use one of: 'must'" in message
    assert "should be text" not in message


def test_a_topic_given_as_a_number_says_what_to_write(project):
    linked = DOCUMENT.replace("            text: Do not accept", "            topics: [12]\n            text: Do not accept")
    message = only_problem(project({DOC: linked, "source_policies/topics.yml": TOPICS}))
    assert "alpha-policy.yml:21:22: '12' is not a topic link — write a topic id, `topic-id: stance`" in message


# --- files that are not files, and files that are missing -------------------------------


def test_a_folder_and_a_dangling_link_named_like_documents(project):
    root = project()
    (root / "source_policies/documents/folder.yml").mkdir()
    (root / "source_policies/documents/gone.yaml").symlink_to(root / "nowhere.yml")
    found = problems_of(root)
    assert any("documents/folder.yml:1:1: this is a folder, not a document file" in p for p in found), found
    assert any("documents/gone.yaml:1:1: this is a link to nothing, not a document file" in p for p in found), found
    result = run("policy-handbook", "validate", root / "source_policies")
    assert result.returncode == 1 and "Traceback" not in result.output


def test_missing_topics_file_is_an_error_even_when_not_strict(project):
    root = project({"source_policies/topics.yml": None})
    message = only_problem(root)
    assert "topics.yml:1:1: the list of topics is missing" in message
    result = run("policy-handbook", "validate", root / "source_policies")
    assert result.returncode == 1 and "the list of topics is missing" in result.output


# --- derivations ---------------------------------------------------------------------------


def derived(first: str | None, second: str | None) -> dict[str, str]:
    text = DOCUMENT
    if first:
        text = text.replace("            text: Employees", f"            derived_from: [{first}]\n            text: Employees")
    if second:
        text = text.replace("            text: Do not", f"            derived_from: [{second}]\n            text: Do not")
    return {DOC: text}


def test_a_clause_derived_from_itself(project):
    message = only_problem(project(derived(None, "alpha-policy/2020#friends")))
    assert "alpha-policy.yml:21:28: clause alpha-policy/2020#friends is derived from itself" in message


def test_two_clauses_derived_from_each_other(project):
    message = only_problem(project(derived("alpha-policy/2020#friends", "alpha-policy/2020#working-time")))
    assert ("alpha-policy.yml:22:28: clauses alpha-policy/2020#working-time and alpha-policy/2020#friends "
            "are derived from each other") in message


# --- ids that name pages ---------------------------------------------------------------------


@pytest.mark.parametrize("version_id, expected", [
    ("index", "'index' cannot be a version id: the site uses it for its own pages"),
    ("redline", "'redline' cannot be a version id: the site uses it for its own pages"),
    ("draft--2", "version id 'draft--2' contains '--'"),
])
def test_validate_and_build_refuse_the_same_version_ids(project, tmp_path, version_id, expected):
    root = project({DOC: DOCUMENT.replace('id: "2020"', f"id: {version_id}")})
    where = f"{root}/{DOC}:7:9: {expected}"
    validated = run("policy-handbook", "validate", root / "source_policies")
    assert validated.returncode == 1 and where in validated.output, validated.output
    built = build(root, tmp_path / "site", strict=False)
    assert not built.ok and where in built.output and "Traceback" not in built.output


def test_reserved_document_id_and_body_ids_that_would_collide(project):
    bodies = BODIES.replace("id: beta-council", "id: beta--council")
    root = project({DOC: DOCUMENT.replace("id: alpha-policy", "id: index"), "source_policies/bodies.yml": bodies})
    found = problems_of(root)
    assert any("alpha-policy.yml:1:5: 'index' cannot be a document id" in p for p in found), found
    assert any("bodies.yml:5:9: body id 'beta--council' contains '--'" in p for p in found), found


# --- the build date --------------------------------------------------------------------------


def run_with(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess:
    full = dict(os.environ, NO_MKDOCS_2_WARNING="1", PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", **env)
    return subprocess.run([str(a) for a in args], env=full, capture_output=True, text=True)


def test_build_date_is_the_same_in_every_time_zone():
    # At any instant, UTC+14 or UTC-12 (or both) is on another calendar day than UTC.
    code = "from policy_handbook.render.versions import build_date; print(build_date())"
    dates = {zone: run_with({"TZ": zone}, sys.executable, "-c", code).stdout.strip()
             for zone in ("Etc/GMT-14", "Etc/GMT+12", "UTC")}
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    assert set(dates.values()) == {today}, dates


@pytest.mark.parametrize("value", ["abc", "1" * 5000, "-99999999999999999999"])
def test_bad_source_date_epoch_is_a_message_in_build_and_validate(project, tmp_path, value):
    root = project()
    built = run_with({"SOURCE_DATE_EPOCH": value}, "mkdocs", "build", "-f", root / "mkdocs.yml", "-d", tmp_path / "s")
    output = built.stdout + built.stderr
    assert built.returncode != 0 and "Traceback" not in output
    assert "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC" in output, output
    checked = run_with({"SOURCE_DATE_EPOCH": value}, "policy-handbook", "validate", root / "source_policies")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert "error: SOURCE_DATE_EPOCH must be a whole number" in checked.stderr


# --- receipts --------------------------------------------------------------------------------


@pytest.mark.parametrize("content, expected", [
    ("[" * 10_000 + "]" * 10_000, "it nests arrays or objects more than 32 levels deep"),
    ('{"document": "a", "version": "b", "fingerprint": "c", "n": ' + "9" * 5000 + "}",
     "it holds a number 5,000 characters long"),
    ('{"document": "a", "version": "b", "fingerprint": "c", "n": ' + "9" * 5000 + ".5}",
     "it holds a number 5,002 characters long"),
])
def test_verify_receipt_refuses_deep_nesting_and_huge_numbers(project, tmp_path, content, expected):
    path = tmp_path / "receipt.json"
    path.write_text(content, encoding="utf-8")
    result = run("policy-handbook", "verify-receipt", path, "--source", project() / "source_policies")
    assert result.returncode == 1 and "Traceback" not in result.output, result.output
    assert f"is not a receipt: {expected}." in result.output


def test_verify_receipt_brackets_inside_text_are_not_nesting(project, tmp_path):
    path = tmp_path / "receipt.json"
    path.write_text('{"document": "a", "version": "b", "name": "' + "[{\\\"" * 50 + '", "fingerprint": "c"}',
                    encoding="utf-8")
    result = run("policy-handbook", "verify-receipt", path, "--source", project() / "source_policies")
    assert "its fingerprint 'c' is not a SHA-256 digest" in result.output, result.output


def test_verify_receipt_refuses_an_oversized_file(project, tmp_path):
    path = tmp_path / "receipt.json"
    path.write_text('{"name": "' + "x" * 100_000 + '"}', encoding="utf-8")
    result = run("policy-handbook", "verify-receipt", path, "--source", project() / "source_policies")
    assert result.returncode == 1 and "Traceback" not in result.output
    assert "is not a receipt: it is 100,012 bytes long (a receipt is under 1 KB; the limit is 65,536)." in result.output


# --- importing Word documents ------------------------------------------------------------------


def word_document(path: Path, replace: dict[str, bytes]) -> Path:
    """A real .docx written by python-docx, with some of its parts replaced."""
    import zipfile

    import docx

    plain = path.with_name("plain.docx")
    document = docx.Document()
    document.add_heading("Example Policy", 0)
    document.add_paragraph("1.1 Employees must not post offensive comments.")
    document.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, replace.get(item.filename, source.read(item)))
    return path


def import_into(project_root: Path, document: Path):
    return run("policy-handbook", "import", document, "--body", "alpha-council", "--source-dir",
               project_root / "source_policies", "--out", project_root / "imported.yml")


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(project, tmp_path):
    import zipfile

    padding = b" " * (60 * 1024 * 1024)
    bomb = word_document(tmp_path / "bomb.docx", {"word/document.xml": b'<?xml version="1.0"?>' + padding})
    assert bomb.stat().st_size < 200_000
    with zipfile.ZipFile(bomb) as package:
        assert package.getinfo("word/document.xml").file_size > 60 * 1024 * 1024
    started = time.perf_counter()
    result = import_into(project(), bomb)
    assert time.perf_counter() - started < 30
    assert result.returncode == 1 and "Traceback" not in result.output, result.output
    assert "part word/document.xml would unpack" in result.output and "(the limit is 200)" in result.output
    assert not (tmp_path / "project/imported.yml").exists()


def test_a_docx_with_an_xml_entity_bomb_is_refused(project, tmp_path):
    entities = "".join(f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    body = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY e0 "lol">' + entities + ']>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
            '<w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>')
    bomb = word_document(tmp_path / "entities.docx", {"word/document.xml": body.encode("utf-8")})
    result = import_into(project(), bomb)
    assert result.returncode == 1 and "Traceback" not in result.output, result.output
    assert "part word/document.xml declares a DOCTYPE or XML entities, which Word never writes" in result.output


def test_a_damaged_docx_is_a_message(project, tmp_path):
    broken = word_document(tmp_path / "broken.docx", {"word/document.xml": b"<w:document><w:body>"})
    result = import_into(project(), broken)
    assert result.returncode == 1 and "Traceback" not in result.output, result.output
    assert "not a Word .docx file, or a damaged one" in result.output


def test_footer_links_speak_titles_as_typed(project, tmp_path):
    """Material's previous/next links carry the page title in ``aria-label``; a title holding
    ``<``, ``&`` or a quote is read as typed there, not as ``&lt;`` (titles reach the theme
    escaped once already)."""
    title = 'Alpha <Social> Media & "Rules" Policy'
    mkdocs_yml = MKDOCS_YML.replace("  font: false\n", "  font: false\n  features: [navigation.footer]\n")
    root = project({"mkdocs.yml": mkdocs_yml,
                    "source_policies/documents/alpha-policy.yml":
                        DOCUMENT.replace("title: Alpha Social Media Policy", f"title: '{title}'")})
    site = tmp_path / "site"
    assert build(root, site).returncode == 0
    labels = [html.unescape(label) for page in site.rglob("*.html")
              for label in re.findall(r'class="md-footer__link[^"]*" aria-label="([^"]*)"',
                                      page.read_text(encoding="utf-8"))]
    assert labels, "the footer links were not built"
    naming = [label for label in labels if "Alpha" in label]
    # Both neighbours of the policy's page name it: its next page's "Previous" link and its previous page's "Next".
    assert {label.split(":")[0] for label in naming} == {"Previous", "Next"}, labels
    assert all(title in label for label in naming), labels
    assert not any("&lt;" in label or "&amp;" in label for label in labels), labels
