"""``policy-handbook explain stance``: the reading of a text and the words that decided it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import run
from policy_handbook.cli import main

NEGATED_ABILITY = ("Staff are currently not able to access social networking sites via the council's IT system. "
                   "However, members of staff are able to access these sites from their own personal computers.")


def _explain(*args: str):
    return CliRunner().invoke(main, ["explain", "stance", *args])


def test_text_output_names_stance_strength_scope_qualifier_and_deciding_words():
    result = _explain("Employees are permitted to access social media sites for personal use outwith the "
                      "employees' normal working hours, in accordance with the ICT acceptable use policy.")
    assert result.exit_code == 0, result.output
    lines = dict(line.split(":", 1) for line in result.output.splitlines())
    assert lines["stance"].strip() == "permits with conditions"
    assert lines["strength"].strip() == "may"
    assert lines["scope"].strip() == "outside working time"
    assert lines["qualifier"].strip().startswith("outwith the employees' normal working hours")
    assert "“are permitted”" in lines["decided by"]
    assert lines["summary"].strip().startswith("Permits with conditions (may) — outside working time")


def test_json_output_is_one_object_with_the_documented_keys():
    result = _explain(NEGATED_ABILITY, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"stance", "strength", "scope", "scope_from_title", "qualifier", "cue", "cues",
                         "summary"}  # as README states
    assert data["cue"] in data["cues"] and data["summary"].startswith("Prohibits (must)")
    assert (data["stance"], data["strength"], data["scope"], data["cue"]) == \
        ("prohibits", "must", ["council equipment"], "not able to")


def test_a_title_adds_its_scope_and_says_which_terms_came_from_it():
    text = "Members of the public must not use flash photography during working hours."
    alone = json.loads(_explain(text, "--json").output)
    titled = json.loads(_explain(text, "--title", "Protocol on filming council meetings", "--json").output)
    assert (alone["scope"], alone["scope_from_title"]) == (["working time"], [])
    assert (titled["scope"], titled["scope_from_title"]) == (["working time", "meetings"], ["meetings"])
    assert titled["stance"] == alone["stance"] == "prohibits"
    lines = dict(line.split(":", 1) for line in _explain(text, "--title", "Our social media house rules").output.splitlines())
    assert lines["from title"].strip() == "official accounts"
    assert "from title" not in _explain(text, "--title", "Email policy").output


def test_a_lead_in_governs_an_item_without_a_rule_of_its_own():
    alone = json.loads(_explain("Make any political comment", "--json").output)
    under = json.loads(_explain("Make any political comment", "--lead-in", "Authorised Users must not:",
                                "--json").output)
    assert alone["stance"] != "prohibits"
    assert (under["stance"], under["strength"], under["cue"]) == ("prohibits", "must", "must not")


def test_text_with_no_rule_says_so():
    result = _explain("This policy applies to all employees of the Council.")
    assert result.exit_code == 0
    assert "advises" in result.output and "(no rule words: informative)" in result.output


def test_empty_text_is_a_clear_error_without_traceback():
    result = _explain("   ")
    assert result.exit_code != 0
    assert "give the clause's text" in result.output and "Traceback" not in result.output


def test_the_installed_command_explains_a_stance():
    result = run("policy-handbook", "explain", "stance", "--json",
                 "No account details may be changed without the permission of the Clerk.")
    assert result.ok, result.output
    data = json.loads(result.output)
    assert data["stance"] == "prohibits" and data["scope"] == ["unless authorised"]
    assert data["qualifier"] == "without the permission of the Clerk"
