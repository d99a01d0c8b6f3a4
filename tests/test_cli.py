"""The ``policy-handbook`` command as a policy officer runs it."""

from __future__ import annotations

from conftest import DOCUMENT, ROOT, run

from policy_handbook.schema import SCHEMAS, schema_text


def test_validate_the_bundled_corpus():
    result = run("policy-handbook", "validate", "source_policies")
    assert result.ok, result.output
    assert result.output.startswith("OK: 6 bodies, 7 documents")


def test_validate_reports_problems_with_exit_status_and_no_traceback(project):
    root = project({"source_policies/documents/alpha-policy.yml": DOCUMENT.replace("kind: policy", "kind: polcy")})
    result = run("policy-handbook", "validate", root / "source_policies")
    assert result.returncode == 1
    assert f"{root}/source_policies/documents/alpha-policy.yml:4:7: 'polcy' is not a valid kind" in result.output
    assert "1 problem found in the policy sources." in result.output
    assert "Traceback" not in result.output


def test_validate_a_missing_folder(tmp_path):
    result = run("policy-handbook", "validate", tmp_path / "nowhere")
    assert result.returncode == 1
    assert "the policy folder does not exist" in result.output and "Traceback" not in result.output


def test_published_json_schemas_are_current():
    for name, model in SCHEMAS.items():
        published = (ROOT / "source_policies/schema" / name).read_text(encoding="utf-8")
        assert published == schema_text(model), f"run `policy-handbook schema` to update {name}"


def test_every_yaml_file_references_its_schema():
    for path in (ROOT / "source_policies").rglob("*.yml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target.is_file(), (path, target)


def test_validate_warns_about_unmapped_clauses_and_fails_only_when_strict(project):
    topics = ("groups: [{id: use, title: Use}]\ntopics:\n  - {id: working-time, title: Working time, "
              "question: May I?, description: Use at work., group: use}\n")
    root = project({"source_policies/topics.yml": topics})
    relaxed = run("policy-handbook", "validate", root / "source_policies")
    assert relaxed.ok, relaxed.output
    assert "warning: " in relaxed.output and "clause 'friends' of version '2020' maps to no topic" in relaxed.output
    assert "; 2 warnings." in relaxed.output
    strict = run("policy-handbook", "validate", "--strict", root / "source_policies")
    assert strict.returncode == 1 and "Traceback" not in strict.output
    where = f"{root}/source_policies/documents/alpha-policy.yml"
    assert f"warning: {where}:19:17: clause 'friends' of version '2020' maps to no topic" in strict.output
    assert f"warning: {where}:16:17: clause 'working-time' of version '2020' maps to no topic" in strict.output
    # A failed strict check does not also say OK, nor invite a build.
    assert "OK:" not in strict.output and "To build" not in strict.output
    assert "Not ready to publish: " in strict.output and "; 2 warnings, each listed above" in strict.output
