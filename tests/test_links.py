"""Only web pages and e-mail addresses may be link targets in the sources."""

from __future__ import annotations

import pytest

from conftest import BODIES, DOCUMENT, build, run
from policy_handbook.links import _link_parser, is_allowed, markdown_link_targets
from policy_handbook.render.markup import to_html


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/",
                                 "file:///etc/passwd", "https:", "https:evil.example", "policy.md"])
def test_unsafe_addresses_are_refused(url):
    assert not is_allowed(url)


@pytest.mark.parametrize("url", ["https://www.dorsetcouncil.gov.uk/", "http://example.org/a?b=c", "mailto:hr@example.org"])
def test_web_and_mail_addresses_are_allowed(url):
    assert is_allowed(url)


def test_clause_markdown_never_renders_a_script_link():
    html = to_html("[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html,x) <javascript:alert(1)>")
    assert "href" not in html
    assert markdown_link_targets("see [the code](https://example.org/code) and <mailto:hr@example.org>") == [
        "https://example.org/code", "mailto:hr@example.org"]


@pytest.mark.parametrize("field, value, where", [
    ("source_url", "javascript:alert(document.cookie)", "'javascript:alert(document.cookie)' is not a web address"),
    ("website", "javascript:alert(1)", "'javascript:alert(1)' is not a web address"),
    ("text", "Read [the code](javascript:alert(1)) first.", "the link to 'javascript:alert(1)' is not a web address"),
])
def test_validate_names_the_file_line_and_what_to_write(project, field, value, where):
    bodies, document = BODIES, DOCUMENT
    if field == "website":
        bodies = BODIES.replace("    kind: district council\n",
                                f"    kind: district council\n    website: \"{value}\"\n", 1)
    elif field == "source_url":
        document = DOCUMENT.replace("source: {title: Alpha policy}", f"source: {{title: Alpha policy, url: \"{value}\"}}")
    else:
        document = DOCUMENT.replace(
            "text: Employees must not use social media for personal reasons during working time.",
            f"text: \"{value}\"")
    assert value in bodies + document
    root = project({"source_policies/bodies.yml": bodies, "source_policies/documents/alpha-policy.yml": document})
    result = run("policy-handbook", "validate", root / "source_policies")
    assert result.returncode != 0
    assert "Traceback" not in result.output
    line = next(i for i, text in enumerate((bodies if field == "website" else document).splitlines(), 1)
                if value in text)
    name = "bodies.yml" if field == "website" else "alpha-policy.yml"
    assert f"{name}:{line}:" in result.output and where in result.output, result.output
    assert "https://" in result.output.split(where, 1)[1].splitlines()[0], "the message says what to write"
    built = build(root, root.parent / "site")
    assert not built.ok and where in built.output and "Traceback" not in built.output


@pytest.mark.parametrize("text", [
    "[a](javascript:x)", "![i](data:x)", "<javascript:alert(1)>", "see [the code][1]", "a \\[b](c)",
    "text (https://example.org) with no brackets", "&#91;a&#93;(javascript:x)", "&lt;javascript:x&gt;",
    "［a］(javascript:x)", "plain words only", "",
])
def test_targets_are_those_the_parser_finds(text):
    # A text with neither "[" nor "<" is not parsed at all: the parser must agree it holds no link.
    parsed = [str(t.attrGet("href") or t.attrGet("src") or "") for block in _link_parser().parse(text)
              for t in block.children or [] if t.type in ("link_open", "image")]
    assert markdown_link_targets(text) == parsed
