"""The volunteer pages in a real browser: axe-clean, in Danish and English, phone and desktop,
for a visitor applying and a volunteer on Mine sider."""

import pytest
from django.conf import settings
from django.test import Client

from tests.browser.a11y import check_page
from tests.factories import ApplicationFactory, ConsentTextFactory, VolunteerRoleFactory
from volunteers.links import link_token


def sign_in(context, base_url, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_volunteer_pages_meet_wcag_a_and_aa(demo_site, new_context, viewport, language):
    ConsentTextFactory()
    role = VolunteerRoleFactory(slug="browser-rolle", children_under_15=True)
    application = ApplicationFactory(
        role=role, status="more_info", decision_note="Hvilke dage kan du?"
    )
    unconfirmed = ApplicationFactory(role=role, volunteer=None, status="unconfirmed")
    waiting = ApplicationFactory(role=role, status="guardian", age_band="u15")
    prefix = "" if language == "da" else "/en"
    anonymous = [
        "/bliv-frivillig/",
        f"/bliv-frivillig/{role.slug}/",
        f"/bliv-frivillig/{role.slug}/tak/",
        f"/bliv-frivillig/bekraeft/{link_token(unconfirmed, 'confirm')}/",
        f"/bliv-frivillig/samtykke/{link_token(waiting, 'guardian')}/",
        "/bliv-frivillig/bekraeft/ugyldigt-link/",
        "/mine-sider/slettet/",
    ]
    signed_in = ["/mine-sider/", "/mine-sider/slet/"]
    reports = []
    visitor = new_context(viewport, language).new_page()
    for path in anonymous:
        visitor.goto(demo_site + prefix + path, wait_until="load")
        if report := check_page(visitor, f"{path} [{viewport}, {language}]"):
            reports.append(report)
    context = new_context(viewport, language)
    sign_in(context, demo_site, application.volunteer.user)
    page = context.new_page()
    for path in signed_in:
        page.goto(demo_site + prefix + path, wait_until="load")
        if report := check_page(page, f"{path} as volunteer [{viewport}, {language}]"):
            reports.append(report)
    # The application form with its error messages shown.
    visitor.goto(demo_site + prefix + f"/bliv-frivillig/{role.slug}/", wait_until="load")
    visitor.click("main form[method=post] button[type=submit]")
    visitor.wait_for_load_state("load")
    if report := check_page(visitor, f"form with errors [{viewport}, {language}]"):
        reports.append(report)
    assert not reports, "\n\n".join(reports)
