"""The browser harness works: a real page loads in Debian's Chromium, and axe runs on it."""

from browser_fixtures import axe_violations


def test_a_version_page_loads_in_chromium(page, served_site):
    page.goto(served_site("policies/dorset-county-council-social-networking-policy/2017/"))
    assert page.locator("#clause-personal-use-working-time").count() == 1
    assert axe_violations(page) is not None
