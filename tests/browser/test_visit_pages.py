"""Sessions and institution bookings in a real browser: axe-clean, in Danish and English, phone
and desktop, for a volunteer, an institution contact and the proposal link from an e-mail."""

from datetime import time, timedelta

import pytest
from django.conf import settings
from django.core import signing
from django.test import Client
from django.utils import timezone

from institutions import services
from institutions.models import BookingRequest
from tests.browser.a11y import check_page
from tests.volunteers import visit_helpers as make
from volunteers.models import Session, VolunteerRole
from volunteers.services.sessions import session_signup


def sign_in(context, base_url, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])


def restore_roles():
    """The role groups come from data migrations, which a transactional test's flush empties
    (permissions are made again after the flush, groups are not)."""
    from django.contrib.auth.models import Group, Permission

    from accounts.roles import ROLES

    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        wanted = [name.split(".", 1) for name in role.permissions]
        group.permissions.set(
            [
                permission
                for app_label, codename in wanted
                for permission in Permission.objects.filter(
                    content_type__app_label=app_label, codename=codename
                )
            ]
        )


def scene():
    """On top of the demo: an approved Læsehest on a session, a daycare contact with a request
    proposed to the Læsehest."""
    restore_roles()
    role = VolunteerRole.objects.get(slug="laesehest")
    contact = make.contact()
    place = make.institution(contact, area="Hvalsø", name="Børnehuset i Hvalsø")
    volunteer = make.volunteer(
        role, attest_until=timezone.localdate() + timedelta(days=400), area="Hvalsø"
    )
    session = Session.objects.filter(occasion__registration_open=True).first()
    session_signup(session_id=session.pk, volunteer=volunteer)
    request = BookingRequest.objects.create(
        institution=place,
        role=role,
        date=timezone.localdate() + timedelta(days=12),
        time_from=time(9, 30),
        time_to=time(10, 30),
        place=place.address,
        children=14,
        requested_by=contact,
    )
    request = services.booking_propose(booking_id=request.pk, volunteer_id=volunteer.pk, by=None)
    answer = services.response_url(request, "accept").split("testserver", 1)[1]
    return volunteer, contact, request, answer


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_visit_pages_meet_wcag_a_and_aa(demo_site, new_context, screenshot_dir, viewport, language):
    volunteer, contact, request, answer = scene()
    prefix = "" if language == "da" else "/en"
    stale = signing.dumps([request.pk, volunteer.pk, 0, "decline"], salt=services.LINK_SALT)
    visits = [
        (None, answer),
        (None, f"/frivillig/besoeg/{stale}/"),  # an earlier proposal's link: the 410 page
        (volunteer.user, "/frivillig/vagter/"),
        (volunteer.user, f"/besoeg/{request.pk}/"),
        (contact, "/institution/"),
        (contact, "/institution/booking/ny/"),
        (contact, f"/besoeg/{request.pk}/"),
    ]
    reports, pages = [], {}
    for user, path in visits:
        if user not in pages:
            context = new_context(viewport, language)
            if user is not None:
                sign_in(context, demo_site, user)
            pages[user] = context.new_page()
        page = pages[user]
        page.goto(demo_site + prefix + path, wait_until="load")
        who = user.email if user else "anonymous"
        report = check_page(page, f"{path} as {who} [{viewport}, {language}]")
        if report:
            reports.append(report)
        if viewport == "phone" and language == "da":
            name = f"visits-{who.split('@')[0]}-{path.strip('/').replace('/', '-')[:40]}.png"
            page.screenshot(path=str(screenshot_dir / name), full_page=True)
    # The booking form answering bad input, with its messages.
    page = pages[contact]
    page.goto(demo_site + prefix + "/institution/booking/ny/", wait_until="load")
    page.fill("#id_children", "0")
    page.fill("#id_time_to", "08:00")
    page.fill("#id_time_from", "09:00")
    page.click("form[method=post] button[type=submit]")
    page.wait_for_load_state("load")
    report = check_page(page, f"booking form with errors [{viewport}, {language}]")
    if report:
        reports.append(report)
    assert not reports, "\n\n".join(reports)
