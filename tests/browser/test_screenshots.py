"""Full-page screenshots of every public page on a phone and a desktop, for people to look at.

They are written to test-artifacts/screenshots/ (git-ignored), named `<viewport>-<page>.png`.
The test also checks that no page needs sideways scrolling (WCAG 1.4.10 Reflow).
"""

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

MAIN_PAGES = {
    "front": "/",
    "tracks": "/indsatsspor/",
    "track": "/indsatsspor/relationer-i-den-tidlige-barndom/",
    "track-cross-cutting": "/indsatsspor/en-ekstra-haand/",
    "initiatives": "/initiativer/",
    "initiative": "/initiativer/lejre-laeser/",
    "news": "/nyheder/",
    "events": "/arrangementer/",
    "event": "/arrangementer/introaften-for-nye-laeseheste/",
    "alliance": "/alliancen/",
    "about": "/om/",
    "contact": "/kontakt/",
    "privacy": "/privatliv/",
    "accessibility": "/tilgaengelighed/",
    "volunteer": "/bliv-frivillig/",
    "search": f"/soeg/?q={quote('læsehest')}",
    "login": "/konto/login/",
    "en-front": "/en/",
    "en-contact": "/en/kontakt/",
}


def detail_pages() -> dict[str, str]:
    """The newest news post: its slug comes from the demo's data, not a fixed name."""
    from initiatives.models import NewsPost

    post = NewsPost.objects.published().order_by("-publish_from").first()
    return {"news-post": post.get_absolute_url()} if post else {}


OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_screenshots_of_main_pages(demo_site, new_context, screenshot_dir, viewport):
    page = new_context(viewport).new_page()
    problems = []
    for name, path in {**MAIN_PAGES, **detail_pages()}.items():
        response = page.goto(demo_site + path, wait_until="load")
        if response is None or response.status != 200:
            problems.append(f"{path}: HTTP {response and response.status}")
            continue
        target = screenshot_dir / f"{viewport}-{name}.png"
        page.screenshot(path=str(target), full_page=True, animations="disabled")
        assert target.stat().st_size > 0
        overflow = page.evaluate(OVERFLOW)
        if overflow > 0:
            problems.append(f"{path}: {overflow}px wider than the {viewport} screen")
    assert not problems, "\n".join(problems)
