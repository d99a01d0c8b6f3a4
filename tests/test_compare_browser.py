"""Comparing any two bodies in the browser, from the exported JSON."""

from __future__ import annotations

import json

import pytest
from browser_fixtures import axe_violations, describe

from policy_handbook.render.exports import browser_mapping


def test_compare_any_two_bodies_in_the_browser(page, served_site):
    page.goto(served_site("compare/any/"))
    page.get_by_label("First body").select_option(label="East Devon District Council")
    page.get_by_label("Second body").select_option(label="Lincolnshire County Council")
    page.get_by_role("button", name="Compare").click()
    result = page.locator(".ph-any__result")
    result.get_by_role("heading", name="Personal use during working time").wait_for()
    assert result.get_by_role("heading", name="East Devon District Council and Lincolnshire County Council").count()
    text = result.inner_text()
    assert "Access to social media sites for personal use using the Council’s IT systems is not allowed." in text
    assert "Employees can use social media at work for personal use" in text
    assert "Not addressed" in text  # e.g. wiki editing, which only East Devon covers
    result.locator("summary").first.click()
    assert result.locator("ins.ph-ins").count() > 0 and result.locator("del.ph-del").count() > 0
    assert "[inserted: " in result.locator("ins.ph-ins").first.text_content()
    link = result.locator(".ph-mapping__source a").first.get_attribute("href")
    assert "/policies/east-devon-district-council-guidance-for-officers/current/#clause-" in link
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_the_same_body_twice_is_refused_politely(page, served_site):
    page.goto(served_site("compare/any/"))
    page.get_by_label("Second body").select_option(label="Dorset Council")
    page.get_by_role("button", name="Compare").click()
    page.get_by_text("Choose two different bodies.").wait_for()


def test_compare_any_two_bodies_from_a_copy_on_disk(page, bundled_site):
    """Opened from file://, where a page cannot fetch the JSON, the mapping comes from compare/mapping.js."""
    page.goto(f"file://{bundled_site}/compare/any/index.html")
    page.get_by_label("First body").select_option(label="Shaftesbury Town Council")
    page.get_by_label("Second body").select_option(label="Lincolnshire County Council")
    page.get_by_role("button", name="Compare").click()
    result = page.locator(".ph-any__result")
    result.get_by_role("heading", name="Shaftesbury Town Council and Lincolnshire County Council").wait_for()
    assert "could not be read" not in result.inner_text()
    assert result.get_by_role("heading", name="Personal use during working time").count()
    script = (bundled_site / "compare" / "mapping.js").read_text(encoding="utf-8")
    data = json.loads((bundled_site / "compare" / "mapping.json").read_text(encoding="utf-8"))
    assert script.startswith("var __phMapping = ") and script.endswith(";\n")
    # The script holds what the page reads of the JSON, and only that.
    assert json.loads(script[len("var __phMapping = "):-2]) == browser_mapping(data)
    assert len(script) < 0.7 * len(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    assert page.requests.foreign() == []


def test_compare_any_shows_who_decided_each_stance(page, served_site, bundled_site):
    data = json.loads((bundled_site / "compare/mapping.json").read_text(encoding="utf-8"))
    page.goto(served_site("compare/any/"))
    page.get_by_label("First body").select_option(label="Dorset Council")
    page.get_by_label("Second body").select_option(label="Shaftesbury Town Council")
    page.get_by_role("button", name="Compare").click()
    result = page.locator(".ph-any__result")
    result.get_by_role("heading", name="Personal use during working time").wait_for()
    tags = result.locator(".ph-provenance").all_inner_texts()
    mine = [l for l in data["links"] if data["clauses"][l["clause"]]["body"] in ("dorset-council",
                                                                                 "shaftesbury-town-council")]
    assert len(tags) == len(mine), "every stance shown carries its provenance"
    overrides = [l for l in mine if l["stance_provenance"] == "reviewed" and not l["agrees_with_reading"]]
    agrees = [l for l in mine if l["stance_provenance"] == "reviewed" and l["agrees_with_reading"]]
    assert overrides and agrees
    assert sum(t.startswith("reviewed — overrides the proposed ") for t in tags) == len(overrides)
    assert sum(t == "reviewed — agrees with the reading" for t in tags) == len(agrees)
    verdicts = result.locator(".ph-pair__verdict").all_inner_texts()
    assert verdicts and all(v.startswith(("Stances differ:", "Same stance (reviewed):", "Same stance, not all "
                                           "reviewed:", "Both ")) for v in verdicts)
    def summary(body):
        link = next(l for l in mine if l["topic"] == "personal-use-working-time" and l["headline"]
                    and data["clauses"][l["clause"]]["body"] == body)
        return link["summary"][0].lower() + link["summary"][1:] + f" ({link['stance_provenance']})"

    assert any(f"Dorset Council {summary('dorset-council')}; Shaftesbury Town Council "
               f"{summary('shaftesbury-town-council')}" in v for v in verdicts), verdicts
    assert any(" — " in t for t in result.locator(".ph-mapping__stance strong").all_inner_texts()), \
        "scopes read from the wording are shown"
    # The first card of each side is the body's headline clause on the topic.
    first_card = result.locator(".ph-pair").first.locator(".ph-pair__side").nth(1).locator(".ph-mapping").first
    headline = next(l for l in mine if l["topic"] == "personal-use-working-time" and l["headline"]
                    and data["clauses"][l["clause"]]["body"] == "shaftesbury-town-council")
    assert data["clauses"][headline["clause"]]["text"][:40] in first_card.inner_text()


def in_browser_verdicts(page, served_site, first: str, second: str) -> list[str]:
    page.goto(served_site("compare/any/"))
    page.get_by_label("First body").select_option(label=first)
    page.get_by_label("Second body").select_option(label=second)
    page.get_by_role("button", name="Compare").click()
    result = page.locator(".ph-any__result")
    result.get_by_role("heading", name=f"{first} and {second}").wait_for()
    return result.locator(".ph-pair__verdict").all_inner_texts()


@pytest.mark.parametrize("second", ["East Devon District Council", "Dorset County Council",
                                    "Shaftesbury Town Council", "Lincolnshire County Council"])
def test_compare_any_gives_the_verdicts_of_the_prepared_page(page, served_site, second):
    """Topic by topic, the in-browser comparison says what the prepared body-pair page says."""
    slug = second.lower().replace(" ", "-")
    page.goto(served_site(f"compare/bodies/dorset-council--{slug}/"))
    prepared = page.locator(".ph-pair__verdict").all_inner_texts()
    assert any(v.startswith("Both ") for v in prepared) or second == "Lincolnshire County Council", prepared
    assert in_browser_verdicts(page, served_site, "Dorset Council", second) == prepared


def test_compare_any_names_the_strength_and_scope_that_differ(page, served_site):
    """The same stance word with another strength and scope is not "Same stance"."""
    verdicts = in_browser_verdicts(page, served_site, "Dorset County Council", "East Devon District Council")
    assert ("Both prohibit (reviewed); the strength differs (should / must) and the scope differs (working time / "
            "on council equipment): Dorset County Council prohibits (should) — working time (reviewed); East Devon "
            "District Council prohibits (must) — on council equipment (reviewed).") in verdicts, verdicts
