"""Search that serves staff: every result says whose text it is and its status, and the policy
that applies to staff comes first, in Debian's Chromium.

Two sites: the bundled handbook as it stands (the harmonised policy only proposed, so each
council's own policy in force applies), and the same corpus once the harmonised policy has
been adopted and has taken effect (built with ``SOURCE_DATE_EPOCH`` after its effective date).
"""

from __future__ import annotations

import datetime
import os
from urllib.parse import urlparse

import pytest

from browser_fixtures import serve
from conftest import build, copy_project
from test_search_offline import landing, search

QUERIES = ["lunch", "facebook", "personal use", "friend request", "service user"]
HARMONISED = "policies/harmonised-social-media-policy/committee/"
COUNCILS = ["Dorset Council", "Dorset County Council", "Shaftesbury Town Council", "East Devon District Council",
            "Lincolnshire County Council", "Harmonised policy (handbook project)"]
OTHER_LABELS = ["All councils compared (for policy officers)", "Every council's policies (for policy officers)",
                "About this handbook"]


def epoch(day: datetime.date) -> str:
    return str(int(datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.timezone.utc).timestamp()))


@pytest.fixture(scope="module")
def adopted_site(tmp_path_factory):
    """The bundled corpus with the committee version adopted on 8 December 2026, built on 1 February 2027."""
    root = copy_project(tmp_path_factory.mktemp("adopted") / "project")
    path = root / "source_policies/documents/harmonised-social-media-policy.yml"
    text = path.read_text(encoding="utf-8")
    proposed = "    status: proposed\n    supersedes: consultation-draft\n    dates:\n"
    assert proposed in text
    path.write_text(text.replace(proposed, "    status: approved\n    supersedes: consultation-draft\n    dates:\n"
                                           "      approved: 2026-12-08\n"), encoding="utf-8")
    site = root / "site"
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = epoch(datetime.date(2027, 2, 1))
    try:
        result = build(root, site)
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
    assert result.ok, result.output
    served, server = serve(site)
    yield served
    server.shutdown()


def owners(page) -> list[str]:
    """The owner line of every search result shown, one per result item (page)."""
    return page.evaluate("""() => [...document.querySelectorAll('.md-search-result__item')].map(item => {
        const owner = item.querySelector('.ph-result-owner');
        return owner ? owner.textContent : item.textContent.slice(0, 80);
    })""")


@pytest.mark.parametrize("query", QUERIES)
def test_the_adopted_policy_comes_first_and_every_result_names_its_council(page, adopted_site, query):
    page.goto(adopted_site(""))
    results = search(page, query)
    best = urlparse(landing(results)["href"])
    assert best.path.endswith("/" + HARMONISED) and best.fragment.startswith("clause-"), \
        f"{query!r} lands on {best.path}#{best.fragment}"
    shown = owners(page)
    assert shown and all(any(name in o for name in COUNCILS + OTHER_LABELS) for o in shown), shown
    assert shown[0] == "Harmonised policy (handbook project) · In force"
    # The councils' own policies it replaced are labelled as such, and rank below it.
    assert any(" · Replaced" in o for o in shown) or len(shown) == 1, shown
    assert not any(o.endswith("· In force") and not o.startswith("Harmonised") for o in shown), shown


@pytest.mark.parametrize("query", QUERIES)
def test_before_adoption_a_councils_policy_in_force_comes_first(page, served_site, query):
    """Until the harmonised policy is adopted, each council's own policy in force applies: it ranks first.

    The first clause is always one in force for an existing council, and says whose it is;
    text no longer in force (Dorset County Council's, abolished in 2019) never comes first.
    """
    page.goto(served_site(""))
    results = search(page, query)
    best = urlparse(landing(results)["href"])
    assert best.fragment.startswith("clause-"), f"{query!r} lands on {best.path}#{best.fragment}"
    shown = owners(page)
    owner = shown[0]
    assert owner.endswith("· In force") and "Dorset County Council" not in owner, (query, owner)
    assert "harmonised-social-media-policy" not in best.path, "the proposal does not apply yet"
    assert shown and all(any(name in o for name in COUNCILS + OTHER_LABELS) for o in shown), shown


def test_the_page_a_result_opens_names_its_council_on_a_phone(browser, served_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    try:
        page = context.new_page()
        page.goto(served_site("policies/lincolnshire-county-council-social-media-at-work/current/"))
        owner = page.locator(".ph-version-standing .ph-owner")
        assert owner.inner_text() == "Lincolnshire County Council"
        box = owner.bounding_box()
        assert box is not None and box["y"] + box["height"] < 844, "the council is named on the first screen"
        assert "In force" in page.locator(".ph-version-standing").inner_text()
    finally:
        context.close()
