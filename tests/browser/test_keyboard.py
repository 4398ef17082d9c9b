"""Keyboard-only walkthroughs: skip link, main menu, header search (folded into a button on
phones) and language switch.

Every element that receives focus on the way must show it (an outline or a box-shadow), so a
sighted keyboard user always sees where they are (WCAG 2.4.7).
"""

from dataclasses import dataclass
from urllib.parse import quote

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("viewport", ["phone", "desktop"])]

MAIN_NAV = [
    "Indsatsspor",
    "Initiativer",
    "Nyheder",
    "Arrangementer",
    "Resultater",
    "Alliancen",
    "Om +DIG",
    "Kontakt",
]
MAX_TABS = 40

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const nav = el.closest("nav");
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    text: (el.innerText || el.value || el.getAttribute("aria-label") || "").trim(),
    html: el.outerHTML.slice(0, 160),
    nav: nav ? nav.className : "",
    inMain: Boolean(el.closest("main")),
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    boxShadow: style.boxShadow,
    top: box.top,
    bottom: box.bottom,
    viewportHeight: window.innerHeight,
  };
}"""


@dataclass
class Focus:
    tag: str
    id: str
    text: str
    html: str
    nav: str
    inMain: bool  # noqa: N815 - the JavaScript property name
    outlineStyle: str  # noqa: N815
    outlineWidth: str  # noqa: N815
    boxShadow: str  # noqa: N815
    top: float
    bottom: float
    viewportHeight: float  # noqa: N815

    @property
    def indicator_visible(self) -> bool:
        outline = self.outlineStyle != "none" and float(self.outlineWidth.removesuffix("px")) > 0
        return outline or self.boxShadow not in ("", "none")

    @property
    def on_screen(self) -> bool:
        return self.bottom > 0 and self.top < self.viewportHeight


class Keyboard:
    """Presses keys on a page and checks the focus indicator of everything that gets focus."""

    def __init__(self, page):
        self.page = page
        self.visited: list[Focus] = []

    def focused(self) -> Focus | None:
        info = self.page.evaluate(FOCUSED)
        return Focus(**info) if info else None

    def tab(self) -> Focus:
        self.page.keyboard.press("Tab")
        focus = self.focused()
        assert focus is not None, "Tab left focus on <body>"
        assert focus.indicator_visible, (
            f"no visible focus indicator on {focus.html} at {self.page.url}: "
            f"outline {focus.outlineStyle} {focus.outlineWidth}, box-shadow {focus.boxShadow}"
        )
        self.visited.append(focus)
        return focus

    def tab_to(self, wanted, description: str) -> Focus:
        for _ in range(MAX_TABS):
            focus = self.tab()
            if wanted(focus):
                return focus
        reached = ", ".join(f.text or f.tag for f in self.visited[-MAX_TABS:])
        raise AssertionError(f"{MAX_TABS} Tabs did not reach {description}; reached: {reached}")


@pytest.fixture
def keyboard(demo_site, new_context, viewport):
    page = new_context(viewport).new_page()
    return Keyboard(page)


def test_skip_link_comes_first_and_moves_focus_to_main(demo_site, keyboard):
    page = keyboard.page
    page.goto(demo_site + "/")

    first = keyboard.tab()
    assert (first.tag, first.text) == ("a", "Gå til indholdet"), first.html
    assert first.on_screen, "the skip link stays off-screen when focused"

    page.keyboard.press("Enter")
    target = keyboard.focused()
    assert target is not None and (target.tag, target.id) == ("main", "indhold"), target
    # <main tabindex="-1"> is a focus target, not a control: it rightly shows no outline.

    after = keyboard.tab()
    assert after.inMain, f"Tab after the skip link went back to {after.html}"


def test_main_menu_is_reachable_and_enter_follows_a_link(demo_site, keyboard):
    page = keyboard.page
    page.goto(demo_site + "/")
    keyboard.tab_to(lambda f: f.nav == "main-nav" and f.text == MAIN_NAV[-1], "the last menu link")
    reached = [f.text for f in keyboard.visited if f.nav == "main-nav"]
    assert reached == MAIN_NAV

    page.goto(demo_site + "/")
    keyboard.tab_to(lambda f: f.nav == "main-nav" and f.text == "Initiativer", "Initiativer")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/initiativer/")
    assert page.locator(".main-nav a[aria-current='page']").inner_text() == "Initiativer"


def test_header_search_by_keyboard_shows_results(demo_site, keyboard, viewport):
    page = keyboard.page
    page.goto(demo_site + "/")
    if viewport == "phone":
        # On a phone the search is folded into a button (a <details>): Enter opens it.
        keyboard.tab_to(lambda f: f.tag == "summary" and f.text == "Søg", "the search button")
        page.keyboard.press("Enter")
        keyboard.tab_to(lambda f: f.id == "site-search-fold-q", "the folded search field")
    else:
        keyboard.tab_to(lambda f: f.id == "site-search-q", "the header search field")
    page.keyboard.type("læsehest")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site}/soeg/?q={quote('læsehest')}")
    assert page.locator("#results-heading").inner_text().endswith("»læsehest«")
    assert page.locator("ol.results > li").count() > 0

    # The results are reachable by keyboard as well.
    keyboard.tab_to(lambda f: f.inMain and f.tag == "a", "the first search result")


def test_language_switch_by_keyboard_keeps_the_page(demo_site, keyboard):
    page = keyboard.page
    page.goto(demo_site + "/initiativer/lejre-laeser/")
    keyboard.tab_to(lambda f: f.nav == "language-switch" and f.text == "English", "English")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/en/initiativer/lejre-laeser/")
    assert page.locator("html").get_attribute("lang") == "en"

    # And back again, still by keyboard.
    keyboard.tab_to(lambda f: f.nav == "language-switch" and f.text == "Dansk", "Dansk")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site + "/initiativer/lejre-laeser/")
    assert page.locator("html").get_attribute("lang") == "da"
