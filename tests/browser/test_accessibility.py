"""Every public page passes axe-core's WCAG 2.0/2.1 A and AA rules, on a phone and a desktop,
in Danish and in English.

One test per viewport and language: it visits every page in one browser context and fails with
a single report listing each page's violations (rule id, impact, selectors).
"""

from urllib.parse import quote

import pytest

from initiatives.models import Event, Initiative, NewsPost
from tests.browser.a11y import check_page
from tracks.models import Track

pytestmark = pytest.mark.browser

STATIC_PAGES = [
    "/",
    "/indsatsspor/",
    "/initiativer/",
    "/nyheder/",
    "/arrangementer/",
    "/alliancen/",
    "/om/",
    "/kontakt/",
    "/privatliv/",
    "/tilgaengelighed/",
    "/bliv-frivillig/",
    "/unge/",
    "/unge/vaeggen/",
    "/unge/vaeggen/?tema=fritid",  # too few cards: the kind explanation instead
    "/unge/ungebussen/",
    "/unge/sadan-laeser-vi-postkortene/",
    "/resultater/",
    f"/soeg/?q={quote('læsehest')}",
    "/soeg/?q=",
    "/konto/login/",
    "/konto/signup/",
    "/konto/password/reset/",
]
NOT_FOUND = "/denne-side-findes-ikke/"


def public_pages() -> list[str]:
    """The pages to check, in Danish (unprefixed); the demo content must be loaded."""

    def slugs(model, order: str):
        return list(model.objects.published().order_by(order).values_list("slug", flat=True))

    tracks = slugs(Track, "order")
    initiatives = slugs(Initiative, "order")
    news = slugs(NewsPost, "-publish_from")[:1]
    # The last event in the calendar: an upcoming one, since the demo dates those from today.
    event = slugs(Event, "-starts_at")[:1]
    assert tracks and initiatives and news and event, "the demo content did not load"
    return [
        *STATIC_PAGES,
        *(f"/indsatsspor/{slug}/" for slug in tracks),
        f"/initiativer/?spor={tracks[0]}&alder=0-5",
        *(f"/initiativer/{slug}/" for slug in initiatives),
        f"/nyheder/{news[0]}/",
        f"/arrangementer/{event[0]}/",
    ]


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_public_page_meets_wcag_a_and_aa(demo_site, new_context, viewport, language):
    # No `bypass_csp`: Playwright evaluates axe-core through the DevTools protocol, which the
    # site's strict Content-Security-Policy (script-src 'self') does not block, so the pages are
    # checked exactly as visitors get them, policy included.
    context = new_context(viewport, language)
    page = context.new_page()
    prefix = "" if language == "da" else "/en"
    paths = [prefix + path for path in public_pages()]
    expected = dict.fromkeys(paths, 200) | {prefix + NOT_FOUND: 404}

    reports, wrong_status = [], []
    for path, status in expected.items():
        response = page.goto(demo_site + path, wait_until="load")
        if response is None or response.status != status:
            wrong_status.append(f"{path}: HTTP {response and response.status}, expected {status}")
            continue
        report = check_page(page, f"{path} [{viewport}, {language}]")
        if report:
            reports.append(report)

    assert not wrong_status, "\n".join(wrong_status)
    assert not reports, "\n\n".join(reports)
