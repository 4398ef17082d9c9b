"""An editor (not a superuser) works in the admin on a 1280 px screen: creates an initiative,
previews it, goes back to editing from the preview banner, schedules it, edits it and restores
the earlier version from the history. No admin page they visit scrolls sideways."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sites.models import Site
from django.test import Client
from django.utils import timezone

from initiatives.models import Initiative
from tests.browser.test_visit_pages import restore_roles
from tests.factories import StaffUserFactory, TrackFactory

pytestmark = pytest.mark.django_db(transaction=True)

WIDTH = 1280


def sign_in(context, base_url, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])


def assert_fits(page, shots, name):
    """The page does not scroll sideways at 1280 px; a screenshot records it."""
    page.screenshot(path=str(shots / f"editor-{name}.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, f"{name} ({page.url}) is {width} px wide"


@pytest.fixture
def site_here(live_server, settings):
    """ "Se på website" goes to the site's address: here, the live server."""
    settings.SITE_URL = live_server.url
    Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": live_server.url.split("://", 1)[1]}
    )
    Site.objects.clear_cache()
    return live_server.url.rstrip("/")


def test_editor_creates_previews_schedules_edits_and_restores(
    site_here, new_context, screenshot_dir
):
    base = site_here
    restore_roles()
    TrackFactory(title="Relationer i den tidlige barndom")
    editor = StaffUserFactory()
    assert not editor.is_superuser
    context = new_context("desktop")
    sign_in(context, base, editor)
    page = context.new_page()

    # The front page.
    page.goto(f"{base}/admin/")
    assert page.get_by_role("heading", name="Kladder i gang").is_visible()
    assert_fits(page, screenshot_dir, "1-front-page")

    # Create a draft. The rich-text editor starts tall enough to write in, with its base
    # styles (allowed by hash) and no Content Security Policy violation.
    violations = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and violations.append(message),
    )
    page.goto(f"{base}/admin/initiatives/initiative/add/")
    editor_area = page.locator(".prose-editor > .ProseMirror").first
    assert editor_area.bounding_box()["height"] >= 250
    assert editor_area.evaluate("e => getComputedStyle(e).whiteSpace") in {
        "pre-wrap",
        "break-spaces",
    }
    assert_fits(page, screenshot_dir, "2-add")
    page.get_by_label("Titel (dansk)").fill("Lejre Læser")
    page.get_by_label("Resumé (dansk)").fill("Højtlæsning for de mindste.")
    editor_area.click()
    page.keyboard.type("Vi læser  højt.")
    page.locator("#id_status").select_option("draft")
    page.get_by_role("button", name="Gem og fortsæt med at redigere").click()
    page.wait_for_load_state()
    initiative = Initiative.objects.get()
    assert initiative.status == "draft"
    assert "Vi læser" in initiative.body_da
    assert [message.text for message in violations] == []
    change_path = f"/admin/initiatives/initiative/{initiative.pk}/change/"
    assert page.url.endswith(change_path)
    assert_fits(page, screenshot_dir, "3-change")

    # Preview it on the site, then follow the banner back to editing.
    page.get_by_role("link", name="Se på website").click()
    page.wait_for_load_state()
    assert page.url == f"{base}{initiative.get_absolute_url()}"
    banner = page.locator(".preview-banner")
    assert "kladde" in banner.inner_text()
    page.screenshot(path=str(screenshot_dir / "editor-4-preview.png"), full_page=True)
    banner.get_by_role("link", name="Rediger").click()
    page.wait_for_load_state()
    assert page.url == f"{base}{change_path}"

    # Schedule it for tomorrow.
    tomorrow = timezone.localtime(timezone.now() + timedelta(days=1))
    page.locator("#id_status").select_option("published")
    page.locator("#id_publish_from_0").fill(tomorrow.strftime("%d.%m.%Y"))
    page.locator("#id_publish_from_1").fill("09:00:00")
    page.get_by_role("button", name="Gem", exact=True).click()
    page.wait_for_load_state()
    initiative.refresh_from_db()
    assert initiative.status == "published"
    assert timezone.localtime(initiative.publish_from).date() == tomorrow.date()
    row = page.locator("#result_list tbody tr", has_text="Lejre Læser")
    assert "Planlagt" in row.locator(".state").inner_text()
    assert_fits(page, screenshot_dir, "5-change-list")

    # Improve the title.
    row.get_by_role("link", name="Lejre Læser").click()
    page.wait_for_load_state()
    page.get_by_label("Titel (dansk)").fill("Lejre Læser – nu med læseheste")
    page.get_by_role("button", name="Gem", exact=True).click()
    page.wait_for_load_state()
    initiative.refresh_from_db()
    assert initiative.title_da == "Lejre Læser – nu med læseheste"

    # Restore the first version from the history.
    page.goto(f"{base}{change_path}")
    page.get_by_role("link", name="Historik").click()
    page.wait_for_load_state()
    assert_fits(page, screenshot_dir, "6-history")
    rows = page.locator("#change-history tbody tr")
    assert rows.count() == 3
    # Newest first, in plain Danish: the oldest version (the draft as created) is the last row.
    assert "Ændrede Titel (dansk)" in rows.first.inner_text()
    rows.last.locator("a").first.click()
    page.wait_for_load_state()
    assert "Tryk på Gem nederst for at gendanne denne version" in page.content()
    assert_fits(page, screenshot_dir, "7-restore")
    page.get_by_role("button", name="Gem", exact=True).click()
    page.wait_for_load_state()
    initiative.refresh_from_db()
    assert initiative.title_da == "Lejre Læser"
    assert initiative.status == "draft"
    assert_fits(page, screenshot_dir, "8-restored")


CONTENT_LISTS = [
    "/admin/tracks/track/",
    "/admin/tracks/goal/",
    "/admin/tracks/imprint/",
    "/admin/initiatives/initiative/",
    "/admin/initiatives/newspost/",
    "/admin/initiatives/event/",
    "/admin/pages/page/",
    "/admin/pages/helpline/",
    "/admin/alliance/alliancemember/",
    "/admin/alliance/partner/",
    "/admin/alliance/secretariatcontact/",
]


def test_content_change_lists_and_forms_fit_1280_px(demo_site, new_context, screenshot_dir):
    restore_roles()
    context = new_context("desktop")
    sign_in(context, demo_site, StaffUserFactory())
    page = context.new_page()
    too_wide = []
    for path in CONTENT_LISTS:
        for url in (path, f"{path}add/"):
            page.goto(f"{demo_site}{url}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > WIDTH:
                too_wide.append((url, width))
        # A filled-in change form: the first row of the list.
        page.goto(f"{demo_site}{path}")
        first = page.locator("#result_list tbody tr th a").first
        assert first.count(), f"the demo content has no rows in {path}"
        first.click()
        page.wait_for_load_state()
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > WIDTH:
            too_wide.append((page.url, width))
    page.goto(f"{demo_site}/admin/initiatives/initiative/")
    page.screenshot(path=str(screenshot_dir / "editor-initiatives-list.png"), full_page=True)
    assert too_wide == []
