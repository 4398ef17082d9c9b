"""An alliance member in a real browser, with a screenshot at every step: logs in with a
password and a TOTP code, sees the next meeting, answers that they come, opens the agenda
document and reads approved minutes. Every members' page is axe-checked on the way (phone,
Danish) and once more at desktop width in English."""

import re
from itertools import count

from members.models import Meeting
from members.selectors import current_members
from signups.models import SignUp
from tests.browser.a11y import check_page
from tests.browser.test_visit_pages import restore_roles, sign_in
from tests.factories import RoleUserFactory, current_totp_code

PASSWORD = "correct horse battery"
MEMBER_PAGES = [
    "/medlemmer/",
    "/medlemmer/moeder/",
    "/medlemmer/dokumenter/?q=dagsorden",
    "/medlemmer/medlemsliste/",
    "/medlemmer/profil/",
]


def click_and_wait(page, locator):
    with page.expect_navigation(wait_until="load"):
        locator.click()


def test_member_journey(demo_site, new_context, screenshot_dir):
    restore_roles()
    user = RoleUserFactory(roles=["member"], email="formand@example.org")
    member = current_members().order_by("order").first()
    member.user = user
    member.save(update_fields=["user"])
    meeting = Meeting.objects.published().upcoming().get()
    past = Meeting.objects.filter(minutes__status="approved").order_by("-starts_at").first()
    numbers = count(1)
    reports = []

    def shot(page, step):
        path = screenshot_dir / f"member-{next(numbers):02d}-{step}.png"
        page.screenshot(path=str(path), full_page=True)
        if report := check_page(page, f"{step} [phone, da]"):
            reports.append(report)

    page = new_context("phone", "da").new_page()
    page.goto(demo_site + "/medlemmer/", wait_until="load")
    assert "/konto/login/" in page.url  # the area asks for a login first
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    shot(page, "login")
    click_and_wait(page, page.locator("main form button[type=submit]").first)
    assert "/konto/2fa/authenticate/" in page.url
    page.get_by_label(re.compile("Kode|Godkendelseskode|Code", re.I)).fill(current_totp_code())
    shot(page, "second-factor")
    click_and_wait(page, page.locator("main form button[type=submit]").first)
    assert page.url.endswith("/medlemmer/")
    assert "Status på Lejre Læser" not in page.content()
    next_heading = page.get_by_role("heading", name="Næste møde")
    assert next_heading.is_visible()
    shot(page, "area-next-meeting")

    click_and_wait(page, page.get_by_role("link", name="Se dagsordenen og svar, om du kommer"))
    assert page.url.endswith(meeting.get_absolute_url())
    page.get_by_label("Jeg kommer").check()
    click_and_wait(page, page.get_by_role("button", name="Gem mit svar"))
    assert "Tak, dit svar er gemt." in page.locator("body").inner_text()
    assert SignUp.objects.get(occasion=meeting.occasion, user=user).status == "confirmed"
    shot(page, "answered-i-come")

    agenda_link = page.locator("ol.agenda a").first
    document = page.context.request.get(demo_site + agenda_link.get_attribute("href"))
    assert document.status == 200
    assert document.headers["content-type"] == "application/pdf"
    assert document.headers["cache-control"] == "private, no-store"
    assert document.body().startswith(b"%PDF")

    click_and_wait(page, page.get_by_role("link", name="Møder", exact=True))
    shot(page, "meetings")
    click_and_wait(page, page.locator(f'a[href="{past.get_absolute_url()}"]'))
    minutes = page.locator("section", has=page.get_by_role("heading", name="Referat"))
    assert "Godkendt" in minutes.inner_text() and "Udkast" not in minutes.inner_text()
    shot(page, "approved-minutes")

    for path in MEMBER_PAGES[2:]:
        page.goto(demo_site + path, wait_until="load")
        shot(page, path.strip("/").replace("/", "-").split("?")[0])

    # Desktop width in English, for the same pages and the secretariat's attendance list.
    context = new_context("desktop", "en")
    sign_in(context, demo_site, user)
    english = context.new_page()
    for path in [*MEMBER_PAGES, meeting.get_absolute_url()]:
        english.goto(demo_site + "/en" + path, wait_until="load")
        if report := check_page(english, f"{path} [desktop, en]"):
            reports.append(report)
    editor = new_context("desktop", "da")
    sign_in(editor, demo_site, RoleUserFactory(roles=["editor"]))
    staff = editor.new_page()
    staff.goto(demo_site + f"{meeting.get_absolute_url()}fremmoede/", wait_until="load")
    assert "1 har sagt, at de kommer" in staff.locator("body").inner_text()
    if report := check_page(staff, "attendance [desktop, da]"):
        reports.append(report)
    staff.screenshot(path=str(screenshot_dir / "member-99-attendance.png"), full_page=True)
    assert not reports, "\n\n".join(reports)
