"""Young voices in a real browser at phone width, with screenshots: a young person writes a
postcard and sees the thank-you; writes a worrying one and sees the help lines first; a
moderator signs in with a password and a TOTP code, finds the worrying card at the top of the
queue, masks the name the page suggests, approves it, and it shows on the wall without the name.
"""

import pytest

from tests.browser.a11y import assert_accessible
from tests.browser.test_visit_pages import restore_roles
from tests.factories import TOTP_SECRET, RoleUserFactory, current_totp_code
from voices.models import Postcard

pytestmark = pytest.mark.django_db(transaction=True)

PHONE_WIDTH = 390
PASSWORD = "correct horse battery"
WORRYING = "Jeg hedder Sofie Hansen. Jeg er så ensom, og nogle gange vil jeg ikke leve."


def shot(page, shots, name):
    """A full-page screenshot; the page must not scroll sideways on a phone."""
    page.screenshot(path=str(shots / f"voices-{name}.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE_WIDTH, f"{name} ({page.url}) is {width} px wide"


def test_young_person_writes_and_moderator_redacts_and_approves(
    demo_site, new_context, screenshot_dir
):
    base = demo_site
    restore_roles()
    young = new_context("phone").new_page()

    # An ordinary postcard.
    young.goto(f"{base}/unge/")
    assert young.get_by_role("heading", name="Skriv et postkort").is_visible()
    shot(young, screenshot_dir, "1-write")
    assert_accessible(young, "/unge/ [phone]")
    young.get_by_label("Dit postkort").fill(
        "Vi vil have flere fællesspisninger på tværs af klasser"
    )
    young.get_by_label("Din skole").select_option(label="Osted Skole")
    young.get_by_role("button", name="Send postkortet").click()
    assert young.get_by_role("heading", name="Tak for dit postkort").is_visible()
    assert not young.get_by_role("heading", name="Tal med nogen nu").is_visible()
    shot(young, screenshot_dir, "2-thanks")
    assert_accessible(young, "thank-you [phone]")

    # A worrying one: the help lines for young people come first.
    young.goto(f"{base}/unge/")
    young.get_by_label("Dit postkort").fill(WORRYING)
    young.get_by_role("button", name="Send postkortet").click()
    help_heading = young.get_by_role("heading", name="Tal med nogen nu")
    assert help_heading.is_visible()
    assert young.locator(".help-first").get_by_text("116 111").is_visible()
    box = help_heading.bounding_box()
    assert box is not None and box["y"] < 844  # on the first screen of the phone
    shot(young, screenshot_dir, "3-thanks-worried")
    assert_accessible(young, "thank-you, worried [phone]")
    worrying = Postcard.objects.get(text=WORRYING)
    assert worrying.is_risk and worrying.status == "new"

    # The moderator signs in with password and TOTP code.
    moderator = RoleUserFactory(roles=["moderator"])
    moderator.set_password(PASSWORD)
    moderator.save(update_fields=["password"])
    page = new_context("phone").new_page()
    page.goto(f"{base}/unge/moderation/")
    page.locator("input[name=login]").fill(moderator.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.locator("input[name=code]").fill(current_totp_code(TOTP_SECRET))
    page.locator("input[name=code]").press("Enter")
    page.wait_for_url(f"{base}/unge/moderation/")

    # The worrying card is at the top, in the risk lane.
    first = page.locator("ol.queue li").first
    assert first.get_attribute("class") == "queue-card queue-risk"
    assert f"#{worrying.pk}" in first.inner_text()
    shot(page, screenshot_dir, "4-queue")
    assert_accessible(page, "queue [phone]")

    # Mask the name as suggested, then approve.
    first.get_by_role("link").click()
    assert page.locator(".suggestion").inner_text().startswith("Jeg hedder [navn].")
    shot(page, screenshot_dir, "5-card")
    assert_accessible(page, "card [phone]")
    page.get_by_role("button", name="Brug forslaget").click()
    assert page.get_by_label("Tekst, som den vises").input_value().startswith("Jeg hedder [navn].")
    page.get_by_role("button", name="Godkend og vis").click()
    page.wait_for_url(f"{base}/unge/moderation/")
    assert page.get_by_text("Postkortet er godkendt").is_visible()

    worrying.refresh_from_db()
    assert worrying.status == "approved" and worrying.original_text == ""
    assert "Sofie" not in worrying.text

    # On the wall (a fresh visitor, so the cached page), without the name.
    wall = new_context("phone").new_page()
    wall.goto(f"{base}/unge/vaeggen/")
    assert wall.get_by_text("Jeg hedder [navn].").is_visible()
    assert "Sofie" not in wall.content()
    shot(wall, screenshot_dir, "6-wall")
