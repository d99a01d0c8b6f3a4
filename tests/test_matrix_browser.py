"""The coverage matrix in a real browser: the verdict stays in view on a laptop, and the
page reads on a phone with nothing clipped outside a named scroll region."""

from __future__ import annotations

import pytest

from browser_fixtures import axe_violations, describe

# Elements wider than the viewport, outside any scroll container that has an accessible name.
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const named = el => {
    for (let n = el.parentElement; n; n = n.parentElement) {
      const style = getComputedStyle(n);
      if (["auto", "scroll"].includes(style.overflowX) && n.scrollWidth > n.clientWidth
          && (n.getAttribute("aria-label") || n.getAttribute("aria-labelledby"))) { return true; }
    }
    return false;
  };
  const found = [];
  for (const el of document.querySelectorAll("article *")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || getComputedStyle(el).visibility === "hidden") { continue; }
    if ((box.right > width + 1 || box.left < -1) && !named(el)) {
      found.push(el.tagName.toLowerCase() + "." + el.className + " " + Math.round(box.left) + "–" + Math.round(box.right));
    }
  }
  return {found: found.slice(0, 10), pageScrolls: document.documentElement.scrollWidth > width};
}"""


def test_agreement_column_is_in_view_at_1280_px(page, served_site):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(served_site("compare/"))
    region = page.get_by_role("region", name="Personal use of social media: coverage matrix")
    region.scroll_into_view_if_needed()
    viewport = page.viewport_size["width"]
    headers = region.locator("th", has_text="Agreement")
    box = headers.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= viewport, box
    region_box = region.bounding_box()
    assert box["x"] + box["width"] <= region_box["x"] + region_box["width"] + 1, "verdict inside the visible region"
    verdict = region.locator("td.ph-matrix__verdict").first
    vbox = verdict.bounding_box()
    assert vbox["x"] + vbox["width"] <= region_box["x"] + region_box["width"] + 1
    assert verdict.inner_text().strip(), "the verdict cell says something"


@pytest.mark.parametrize("path", ["compare/", "compare/topics/personal-use-working-time/",
                                  "compare/bodies/dorset-council--shaftesbury-town-council/"])
def test_pages_read_on_a_phone(page, served_site, path):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(served_site(path))
    result = page.evaluate(OVERFLOWING)
    assert result["found"] == [] and not result["pageScrolls"], result
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_matrix_on_a_phone_keeps_the_verdict_in_its_scroll_region(page, served_site):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(served_site("compare/"))
    region = page.get_by_role("region", name="Personal use of social media: coverage matrix")
    assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the table scrolls inside its region"
    region_box = region.bounding_box()
    verdict = region.locator("td.ph-matrix__verdict").first.bounding_box()
    assert region_box["x"] <= verdict["x"] and verdict["x"] + verdict["width"] <= region_box["x"] + region_box["width"] + 1
