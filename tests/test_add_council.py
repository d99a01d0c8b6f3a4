"""The README's walk-through: a new council's 60-clause Word policy into a strict build.

From a fresh copy of the project: ``policy-handbook add-body``, ``policy-handbook import``,
``policy-handbook suggest --write``, then edits to only the fields the import's report names,
then ``mkdocs build --strict``. The council and every clause are fictional, written for this test.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import yaml
from conftest import build, copy_project, run

SECTIONS = [
    ("Purpose", [
        "This policy sets out how employees of Example County Borough Council should use social media.",
        "Its aim is to help employees take part in online conversations safely and with confidence.",
        "It also explains what the Council will do if the policy is not followed.",
    ]),
    ("Scope", [
        "This policy applies to all employees, agency workers, volunteers and students on placement.",
        "It applies whether employees are at work, working from home or in their own time.",
        "It covers every social media service, including those that appear after this policy is approved.",
    ]),
    ("Definitions", [
        "In this policy “social media” means websites and applications that let people create and share "
        "content or take part in online networks.",
        "“Official account” means an account that speaks for the Council or one of its services.",
        "“Personal account” means an account an employee holds in their own name.",
        "“Service user” means anyone who receives a service from the Council, and their family.",
    ]),
    ("Personal use of social media", [
        "Employees may use social media for personal reasons during their lunch break.",
        "Employees must not use social media for personal reasons during working time.",
        "Employees must not use Council computers to reach personal social media accounts.",
        "Employees may use their own phones for personal social media outside working time.",
        "Employees must not use their Council email address to register for personal accounts.",
        "Employees must not use the Council's logo on a personal account.",
        "Employees who say online that they work for the Council should state that their views are their own.",
        "Employees should set the privacy settings of their personal accounts with care.",
        "Employees are responsible for everything they post on a personal account.",
        "Employees should remember that posts can be copied and shared without their knowledge.",
        "Employees should think before they post and ask whether they would be happy for their manager to read it.",
        "Employees must not use a personal account in a way that conflicts with their duties to the Council.",
    ]),
    ("Official accounts", [
        "Only the Communications Team may open a new official account.",
        "Employees must have their manager's approval before they post on an official account.",
        "Employees who run an official account must follow the Communications Team's guidance.",
        "Employees must not speak for the Council online unless they are authorised to do so.",
        "Official accounts must be checked every working day for comments that need a reply.",
        "Comments that are abusive or offensive may be removed from official accounts.",
        "Employees must not post party political content on an official account.",
        "Employees must not use an official account to express a personal view.",
        "Passwords for official accounts must be kept securely and changed when a user leaves.",
        "Employees must limit the time they spend on social media for work to what their role needs.",
        "Employees must follow the terms and conditions of each social media site they use for work.",
        "Employees must ask permission before they post a photograph of a colleague or a member of the public.",
    ]),
    ("Conduct and confidentiality", [
        "Employees must not post anything that could bring the Council into disrepute.",
        "Employees must not share confidential information about the Council or its service users.",
        "Employees must not post personal information about colleagues without their consent.",
        "Employees must not accept friend requests from service users they work with.",
        "Employees must not use social media to bully, harass or discriminate against anyone.",
        "Employees must not post offensive, obscene or threatening material.",
        "Employees must not criticise colleagues or service users online.",
        "Employees in politically restricted posts must not take part in political campaigns online.",
        "Employees must follow the law on copyright, defamation and data protection when they post.",
        "Employees must report to their manager any post that puts a child or vulnerable adult at risk.",
        "Employees should not discuss their work online in a way that could identify a service user.",
        "Employees should not edit online encyclopaedia entries about the Council in working time.",
        "Employees must take care that what they post about the Council is accurate.",
        "Employees who are unsure whether a post is appropriate should not post it.",
    ]),
    ("Breaches and support", [
        "A breach of this policy may lead to action under the disciplinary procedure.",
        "Serious breaches may be treated as gross misconduct.",
        "The Council may monitor the use of its computers and networks.",
        "Managers must make sure their teams know about this policy.",
        "Managers must deal promptly with any concern raised under this policy.",
        "Employees who are harassed online because of their work should tell their manager.",
        "Employees should report any breach of this policy to their manager.",
        "Employees can ask Human Resources for advice about this policy.",
        "This policy should be read with the Code of Conduct and the Information Security Policy.",
        "Employees must also follow the Council's other policies when they use social media.",
        "The policy will be reviewed every three years by Human Resources.",
        "Employees must read this policy and confirm that they have understood it.",
    ]),
]


def make_policy(path: Path) -> int:
    """The council's policy as Word would save it: a title, numbered headings, numbered clauses."""
    document = docx.Document()
    document.add_paragraph("Example County Borough Council", style="Title")
    document.add_paragraph("Social Media Policy for Employees")
    count = 0
    for n, (title, clauses) in enumerate(SECTIONS, start=1):
        document.add_heading(f"{n}. {title}", 1)
        for k, text in enumerate(clauses, start=1):
            document.add_paragraph(f"{n}.{k} {text}")
            count += 1
    document.save(path)
    return count


def _named_fields(output: str) -> list[tuple[int, str]]:
    """(line, field) of each field the import says to edit before publishing."""
    after = output.split("Before publishing, edit these fields", 1)[1]
    return [(int(m.group(1)), m.group(2)) for m in re.finditer(r"^  line (\d+): ([a-z_.]+) — ", after, re.M)]


def _replace_note(text: str, line: int, note: str) -> str:
    """The folded ``note:`` value that line ``line`` belongs to, replaced by ``note``."""
    lines = text.splitlines(keepends=True)
    key = next(i for i in range(line - 1, -1, -1) if re.match(r"^\s*note:", lines[i]))
    indent = len(lines[key]) - len(lines[key].lstrip())
    end = key + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) > indent:
        end += 1
    lines[key:end] = [" " * indent + f"note: {note}\n"]
    return "".join(lines)


def test_a_new_councils_word_policy_reaches_a_strict_build(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    source = project / "source_policies"
    policy = tmp_path / "Social Media Policy.docx"
    assert make_policy(policy) == 60

    added = run("policy-handbook", "add-body", "example-county-borough", "--name", "Example County Borough Council",
                "--kind", "county borough council", "--source-dir", source, cwd=project)
    assert added.ok, added.output
    imported = run("policy-handbook", "import", policy, "--body", "example-county-borough", "--version", "2024 policy",
                   "--source-url", "https://example.org/policies/social-media.docx", "--source-dir", source,
                   cwd=project)
    assert imported.ok, imported.output
    assert "Found 7 headings and 60 clauses: 60 numbered" in imported.output
    target = source / "documents" / "example-county-borough-social-media-policy-employees.yml"
    assert target.is_file(), imported.output
    # Before mapping, a strict check stops: the clauses map to nothing and placeholders remain.
    early = run("policy-handbook", "validate", "--strict", source, cwd=project)
    assert early.returncode == 1 and "maps to no topic" in early.output and "importer placeholder" in early.output

    suggested = run("policy-handbook", "suggest", "--write", source, cwd=project)
    assert suggested.ok, suggested.output
    assert suggested.output.count("(mapping: proposed)") == 60

    fields = _named_fields(imported.output)
    assert [field for _, field in fields] == ["attribution.note", "source.note"]
    before = yaml.safe_load(target.read_text(encoding="utf-8"))
    text = target.read_text(encoding="utf-8")
    for line, _ in sorted(fields, reverse=True):
        text = _replace_note(text, line, "Checked against the Word original by the policy officer.")
    target.write_text(text, encoding="utf-8")
    after = yaml.safe_load(text)
    # Only the named fields changed.
    before["attribution"].pop("note"), after["attribution"].pop("note")
    before["versions"][0]["source"].pop("note"), after["versions"][0]["source"].pop("note")
    assert before == after

    site = tmp_path / "site"
    result = build(project, site)
    assert result.ok, result.output
    clause = "Employees must not accept friend requests from service users they work with."
    document = site / "policies" / target.stem / "2024-policy" / "index.html"
    assert clause in document.read_text(encoding="utf-8")
    # …and in the published comparison, on the topic its proposed mapping names.
    assert clause in (site / "compare" / "topics" / "service-user-contact" / "index.html").read_text(encoding="utf-8")
