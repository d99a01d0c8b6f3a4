"""Every page type passes axe-core's WCAG 2.x A/AA rules, in a real browser, and what axe cannot see holds too.

axe-core comes from npm and runs in Debian's Chromium (see browser_fixtures.py); colour
transitions are frozen first. Pages are taken from the bundled handbook, served on 127.0.0.1.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser_fixtures import axe_violations, describe, freeze
from conftest import ROOT
from policy_handbook.load.loader import load_corpus

# One page of every type, by its path in the built site. Add a line for each new kind of page.
PAGE_TYPES = [
    ("home", ""),
    ("accessibility statement", "accessibility/"),
    ("policies index", "policies/"),
    ("document", "policies/shaftesbury-town-council-social-media-policy/"),
    ("version (long)", "policies/shaftesbury-town-council-social-media-policy/2017/"),
    ("coverage matrix", "compare/"),
    ("topic", "compare/topics/service-user-contact/"),
    ("body pair", "compare/bodies/dorset-council--lincolnshire-county-council/"),
    ("page not found", "404.html"),
]

# Kinds of page other parts of the handbook add, found by globbing the built site: one of each.
GLOBBED_TYPES = [
    ("redline", "policies/*/redline/*/index.html"),
    ("committee pack", "committee/**/index.html"),
    ("acknowledgement index", "acknowledge/index.html"),
    ("acknowledgement", "acknowledge/*/*/index.html"),
    ("printable index", "print/index.html"),
    ("printable appendix", "print/*/*/*/index.html"),
    ("printable handbook", "print/handbook/index.html"),
]


def url_path(site: Path, html_file: Path) -> str:
    path = html_file.relative_to(site).as_posix()
    return path[: -len("index.html")] if path.endswith("index.html") else path


def globbed_pages(site: Path) -> list[tuple[str, str]]:
    found = []
    for name, pattern in GLOBBED_TYPES:
        matches = sorted(site.glob(pattern))
        if matches:
            found.append((name, url_path(site, matches[0])))
    return found


def page_shape(path: str, ids: set[str]) -> str:
    """A page's kind, from its path: every segment that names a thing of the corpus becomes '*'."""
    segments = [s for s in path.strip("/").split("/") if s and s != "index.html"]
    return "/".join("*" if s in ids or "--" in s else s for s in segments)


def corpus_ids() -> set[str]:
    corpus = load_corpus(ROOT / "source_policies")
    ids = set(corpus.documents) | set(corpus.bodies) | set(corpus.topics)
    for document in corpus.documents.values():
        for version in document.versions:
            ids.add(version.id)
            stack = list(version.sections)
            while stack:
                section = stack.pop()
                ids.add(section.id)
                stack += section.sections
    return ids


def other_pages(site: Path, covered: list[str]) -> list[tuple[str, str]]:
    """One page of every kind not already covered, so a new kind of page is never left unchecked."""
    ids = corpus_ids()
    seen = {page_shape(path, ids) for path in covered}
    found = []
    for html_file in sorted(site.rglob("*.html")):
        path = url_path(site, html_file)
        shape = page_shape(path, ids)
        if shape not in seen:
            seen.add(shape)
            found.append((f"other: {shape or 'home'}", path))
    return found


def check(page, url: str) -> None:
    page.goto(url)
    violations = axe_violations(page)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("name, path", PAGE_TYPES, ids=[name for name, _ in PAGE_TYPES])
def test_page_type_has_no_axe_violations(page, served_site, name, path):
    check(page, served_site(path))


def test_page_types_added_by_other_parts_have_no_axe_violations(page, served_site, bundled_site):
    pages = globbed_pages(bundled_site)
    pages += other_pages(bundled_site, [p for _, p in PAGE_TYPES] + [p for _, p in pages])
    failures = []
    for name, path in pages:
        page.goto(served_site(path))
        violations = axe_violations(page)
        if violations:
            failures.append(f"{name} ({path}):\n{describe(violations)}")
    assert not failures, "\n\n".join(failures)


def test_page_types_at_phone_width_have_no_axe_violations(browser, served_site, bundled_site):
    """The same pages on a 390 × 844 phone screen, where Material lays out its drawer and tables differently."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB", is_mobile=True,
                                  has_touch=True)
    try:
        page = context.new_page()
        failures = []
        for name, path in PAGE_TYPES + globbed_pages(bundled_site):
            page.goto(served_site(path))
            violations = axe_violations(page)
            if violations:
                failures.append(f"{name} ({path}):\n{describe(violations)}")
        assert not failures, "\n\n".join(failures)
    finally:
        context.close()


def test_every_page_type_is_covered(bundled_site):
    """The named page types exist in the build (a renamed page must be renamed here too)."""
    for name, path in PAGE_TYPES:
        target = bundled_site / path / "index.html" if path.endswith("/") or not path else bundled_site / path
        assert target.is_file(), f"{name}: {path} is not in the built site"


# --- interactive states -------------------------------------------------------------------


def open_search_with_results(page, query: str = "friend request") -> None:
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_selector(".md-search-result mark")
    page.wait_for_timeout(300)


def test_search_dialog_with_results_has_no_axe_violations(page, served_site):
    page.goto(served_site(""))
    open_search_with_results(page)
    dialog = page.locator(".md-search[role=dialog]")
    assert dialog.get_attribute("aria-label") == "Search the handbook"
    assert page.locator(".md-search-result__meta").get_attribute("role") == "status"
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    # A result chosen with the keyboard: Material moves focus into the list.
    page.keyboard.press("ArrowDown")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_focused_primary_button_has_no_axe_violations(page, served_site):
    page.goto(served_site("accessibility/"))
    freeze(page)
    button = page.locator(".md-typeset .md-button--primary").first
    button.focus()
    assert page.evaluate("document.activeElement.classList.contains('md-button--primary')")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_focused_link_in_text_has_no_axe_violations(page, served_site):
    page.goto(served_site("policies/"))
    page.locator(".md-content .md-typeset a[href]:not(.headerlink):not(.md-content__button)").first.focus()
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_opened_details_have_no_axe_violations(page, served_site):
    page.goto(served_site("compare/topics/service-user-contact/"))
    summary = page.locator(".md-typeset details > summary").first
    summary.click()
    assert page.locator(".md-typeset details[open]").count() >= 1
    violations = axe_violations(page)
    assert violations == [], describe(violations)


# --- what axe cannot see --------------------------------------------------------------------


def luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


# The darkest pixel of an element as drawn, read back through a canvas in the page.
_DARKEST_PIXEL = """async png => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + png;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width; canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let best = null, lum = 2;
    for (let i = 0; i < data.length; i += 4) {
        const l = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
        if (l < lum * 255) { lum = l / 255; best = [data[i], data[i + 1], data[i + 2]]; }
    }
    return best;
}"""


def darkest_pixel(page, locator) -> tuple[float, float, float]:
    import base64

    png = base64.b64encode(locator.screenshot(animations="disabled")).decode("ascii")
    return tuple(page.evaluate(_DARKEST_PIXEL, png))


def test_form_fields_have_visible_borders(page, served_site):
    """Material's reset removes the borders of text fields: ours have one of at least 3:1 (WCAG 1.4.11)."""
    page.goto(served_site("accessibility/"))
    freeze(page)
    page.evaluate("""() => {
        const form = document.createElement('form');
        form.innerHTML = '<label for="t">Name</label> <input id="t" type="text">'
            + ' <label for="n">Number</label> <input id="n">'
            + ' <textarea id="a" aria-label="Note"></textarea>'
            + ' <input id="c" type="checkbox"><label for="c">I have read and understood</label>';
        document.querySelector('.md-content .md-typeset').prepend(form);
    }""")
    white = (255, 255, 255)
    for selector in ("#t", "#n", "#a"):
        field = page.locator(selector)
        width = field.evaluate("e => parseFloat(getComputedStyle(e).borderTopWidth)")
        assert width >= 1, f"{selector} has no border"
        colour = field.evaluate("e => getComputedStyle(e).borderTopColor")
        rgb = tuple(float(v) for v in re.findall(r"[\d.]+", colour)[:3])
        alpha = re.findall(r"[\d.]+", colour)[3:4]
        if alpha:  # blend a translucent border onto the white page
            a = float(alpha[0])
            rgb = tuple(c * a + 255 * (1 - a) for c in rgb)
        assert contrast(rgb, white) >= 3, f"{selector} border {colour} is {contrast(rgb, white):.2f}:1"
    box = page.locator("#c")
    assert box.bounding_box()["width"] >= 13
    assert contrast(darkest_pixel(page, box), white) >= 3, "the checkbox's edge is too faint"


def focus_styles(page) -> dict:
    return page.evaluate("""() => {
        const e = document.activeElement, s = getComputedStyle(e);
        return {element: e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 40),
                outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth),
                boxShadow: s.boxShadow};
    }""")


_FOCUS_IN_SIGHT = """() => {
    const e = document.activeElement, box = e.getClientRects()[0];
    if (!box || !box.width || !box.height) return false;
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
    const top = document.elementFromPoint(x, y);
    // An ancestor is hit where the element takes no pointer events (Material's current-page link).
    return !!top && (e.contains(top) || top.contains(e));
}"""


def focus_in_sight(page, *, within_ms: int = 1000) -> bool:
    """Whether the focused element comes on the screen with nothing covering it (the middle of its first line box).

    Material opens its search panel from a focus handler a task after the focus moves, so the
    check waits up to ``within_ms`` for the page to respond, as a person would see it.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(_FOCUS_IN_SIGHT, timeout=within_ms)
    except PlaywrightTimeout:
        return False
    return True


def tab_through(page, stops: int) -> int:
    """Tab ``stops`` times: each focused element shows a solid outline at least 2px wide and is in sight."""
    seen = 0
    for _ in range(stops):
        page.keyboard.press("Tab")
        styles = focus_styles(page)
        if styles["element"].startswith("BODY"):
            continue
        seen += 1
        assert styles["outlineStyle"] not in ("none", "hidden"), styles
        assert styles["outlineWidth"] >= 2, styles
        assert focus_in_sight(page), f"focus is out of sight: {styles['element']}"
    return seen


@pytest.mark.parametrize("path", ["", "policies/shaftesbury-town-council-social-media-policy/2017/"])
def test_keyboard_focus_is_always_visible(page, served_site, path):
    """Tab through the first stops of a page: each shows its outline, where it can be seen (WCAG 2.4.7, 2.4.11)."""
    page.goto(served_site(path))
    freeze(page)
    assert tab_through(page, 25) >= 10


def test_keyboard_focus_is_in_sight_on_a_phone(browser, served_site):
    """At phone width the navigation is a closed drawer: a link in it that has focus is shown, not off screen,
    and not under the open pane of the current section."""
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="en-GB", is_mobile=True,
                                  has_touch=True)
    try:
        page = context.new_page()
        page.goto(served_site("compare/any/"))
        freeze(page)
        assert tab_through(page, 16) >= 12
    finally:
        context.close()


def test_focus_in_sight_sees_focus_off_screen_or_covered(page):
    """The check the keyboard tests rely on: false for focus off the screen or under another element,
    true for focus in sight, including focus a handler brings into sight a moment later."""
    page.set_content("""<!doctype html><html lang="en"><body style="margin:0">
      <button id="seen">Seen</button>
      <button id="off" style="position:absolute;left:-9999px">Off screen</button>
      <button id="under" style="position:absolute;top:100px;left:10px">Under</button>
      <div style="position:absolute;top:90px;left:0;width:300px;height:60px;background:#fff"></div>
      <button id="late" style="position:absolute;top:200px;left:-9999px"
              onfocus="setTimeout(() => { this.style.left = '10px'; }, 100)">Late</button>
    </body></html>""")
    page.focus("#seen")
    assert focus_in_sight(page, within_ms=300)
    for out_of_sight in ("#off", "#under"):
        page.focus(out_of_sight)
        assert not focus_in_sight(page, within_ms=300), out_of_sight
    page.focus("#late")
    assert focus_in_sight(page, within_ms=1000)


def test_tabbing_to_a_link_in_the_content_shows_an_outline(page, served_site):
    page.goto(served_site("policies/"))
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('.md-content') && document.activeElement.tagName === 'A'"):
            break
    else:
        pytest.fail("no link in the content is reachable with Tab")
    styles = focus_styles(page)
    assert styles["outlineStyle"] == "solid" and styles["outlineWidth"] >= 2, styles
    assert "255, 221, 0" in styles["boxShadow"], styles


def test_footer_links_to_the_accessibility_statement(page, served_site):
    page.goto(served_site("compare/topics/service-user-contact/"))
    link = page.locator(".md-footer-meta a", has_text="Accessibility statement")
    assert link.count() == 1
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith("/accessibility/")
    assert page.locator("h1").inner_text().startswith("Accessibility statement")


def test_the_accessibility_statement_has_what_the_regulations_require():
    text = " ".join((ROOT / "handbook" / "accessibility.md").read_text(encoding="utf-8").split())
    for required in [
        "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018",
        "# Compliance status", "# Non-accessible content", "# Enforcement procedure",
        "Equality and Human Rights Commission", "Equality Commission for Northern Ireland",
        "# Reporting accessibility problems", "# Preparation of this accessibility statement",
        "prepared on 21 November 2026", "axe-core", "keyboard",
    ]:
        assert required in text, required


def test_insertions_and_deletions_do_not_rely_on_colour(page, served_site, bundled_site):
    """Redline marks are underlined or struck through, and said in words for screen readers."""
    pages = sorted(bundled_site.glob("policies/*/redline/*/index.html")) or \
        sorted(bundled_site.glob("compare/topics/*/index.html"))
    for html_file in pages:
        raw = html_file.read_text(encoding="utf-8")
        if "<ins" in raw and "<del" in raw:
            break
    else:
        pytest.skip("no page of the bundled site has a redline")
    page.goto(served_site(url_path(bundled_site, html_file)))
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    ins = page.locator(".md-typeset ins").first
    deleted = page.locator(".md-typeset del").first
    assert "underline" in ins.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "line-through" in deleted.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "inserted" in ins.evaluate("e => e.textContent")
    assert "deleted" in deleted.evaluate("e => e.textContent")
