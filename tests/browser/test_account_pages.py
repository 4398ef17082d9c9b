"""The account pages in a real browser: axe-clean, in Danish and English, phone and desktop,
for a visitor, a volunteer, an editor setting up two-factor login and one asking for erasure."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from accounts.models import Invitation
from accounts.services import _token_hash
from tests.browser.a11y import check_page
from tests.factories import RoleUserFactory

ANONYMOUS = [
    "/konto/login/",
    "/konto/signup/",
    "/konto/password/reset/",
    "/konto/invitation/demo-link/",
    "/konto/invitation/ukendt-link/",
]
SIGNED_IN = [
    "/konto/2fa/",
    "/konto/email/",
    "/konto/password/change/",
    "/konto/reauthenticate/",
    "/admin/",  # a volunteer: the Danish no-access page; an editor: sent to set up two-factor
]


def sign_in(context, base_url, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_account_pages_meet_wcag_a_and_aa(
    demo_site, new_context, screenshot_dir, viewport, language
):
    Invitation.objects.create(
        email="inviteret@example.org",
        token_hash=_token_hash("demo-link"),
        expires_at=timezone.now() + timedelta(days=1),
    )
    prefix = "" if language == "da" else "/en"
    visits = [(None, path) for path in ANONYMOUS]
    volunteer = RoleUserFactory(roles=["volunteer"], second_factor=False)
    editor = RoleUserFactory(roles=["editor"], second_factor=False)
    visits += [(volunteer, path) for path in SIGNED_IN]
    visits += [(editor, "/admin/")]
    # A staff account's erasure page: whom to ask instead of a button.
    visits += [(RoleUserFactory(roles=["editor"]), "/mine-sider/slet/")]

    reports, pages = [], {}
    for user, path in visits:
        if user not in pages:  # one browser context per person
            context = new_context(viewport, language)
            if user is not None:
                sign_in(context, demo_site, user)
            pages[user] = context.new_page()
        page = pages[user]
        url = demo_site + (path if path.startswith("/admin/") else prefix + path)
        page.goto(url, wait_until="load")
        who = user.email if user else "anonymous"
        report = check_page(page, f"{path} as {who} [{viewport}, {language}]")
        if report:
            reports.append(report)
        if viewport == "phone" and language == "da" and path in ("/konto/2fa/", "/admin/"):
            name = f"account-{who.split('@')[0]}-{path.strip('/').replace('/', '-')}.png"
            page.screenshot(path=str(screenshot_dir / name), full_page=True)
    assert not reports, "\n\n".join(reports)
