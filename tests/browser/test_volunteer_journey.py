"""A new Læsehest's whole journey in a real browser, with a screenshot at every step.

The volunteer (phone width) applies, confirms their e-mail, is approved by the coordinator
(desktop width, in the admin) after the børneattest's steps, logs in with an e-mailed code,
takes a session, gets the reminder 48 hours before and cancels with its link. Then an
institution contact asks for a visit, the coordinator proposes the volunteer, the volunteer says
yes by the link in the e-mail, and both sides get a confirmation with the same calendar entry.

Everything a person would click is clicked in the browser; the test process only sends the due
notices (the minutely sweep's job) and travels in time. E-mails land in `mail.outbox`: the live
server runs in a thread of this process with the locmem backend. Each step asserts both what the
page shows and what the database holds.
"""

import importlib
import re
from datetime import datetime, time, timedelta
from itertools import count

import time_machine
from django.apps import apps
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from accounts.models import User
from institutions import services as booking_services
from institutions.models import BookingRequest, Institution
from notices.models import Notice
from notices.services import due_notice_ids, notices_send
from signups.models import SignUp
from tests.browser.test_visit_pages import restore_roles, sign_in
from tests.factories import RoleUserFactory
from volunteers.models import Application, ChildProtectionCheck, VolunteerRole
from volunteers.services.sessions import session_save

NAME = "Maja Skovgaard"
EMAIL = "maja.skovgaard@example.org"
LINK = re.compile(r"https?://testserver(/\S*)")


def restore_consent_text():
    """The consent wording comes from a data migration, which a transactional flush empties."""
    migration = importlib.import_module("volunteers.migrations.0002_consent_text_v1")
    migration.create(apps, None)


def send_due_notices() -> int:
    """What the minutely sweep does (`notices.tasks.send_due_notices`)."""
    return notices_send(due_notice_ids())


def mails_to(address: str, subject: str = "") -> list:
    return [
        message for message in mail.outbox if address in message.to and subject in message.subject
    ]


def only_mail(address: str, subject: str):
    found = mails_to(address, subject)
    assert len(found) == 1, (
        f"expected one e-mail to {address} about {subject!r}, got "
        f"{[message.subject for message in mails_to(address)]}"
    )
    return found[0]


def links_in(message, prefix: str) -> list[str]:
    """The message's links to paths under `prefix` (as paths: the test's site is SITE_URL)."""
    paths = [match.group(1) for match in LINK.finditer(message.body)]
    return [path for path in paths if path.startswith(prefix)]


def event_of(message):
    """The single VEVENT of the message's .ics attachment, parsed."""
    files = [
        (name, content)
        for name, content, mimetype in message.attachments
        if name.endswith(".ics") and mimetype.startswith("text/calendar")
    ]
    assert len(files) == 1, f"{message.subject}: {len(files)} calendar files"
    calendar = Calendar.from_ical(files[0][1])
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return calendar, events[0]


def click_and_wait(page, locator):
    """Click something that loads a new page and wait until it has."""
    with page.expect_navigation(wait_until="load"):
        locator.click()


def test_volunteer_journey(demo_site, new_context, screenshot_dir):
    restore_roles()
    restore_consent_text()
    role = VolunteerRole.objects.get(slug="laesehest")
    assert role.children_under_15  # the attest steps below matter
    numbers = count(1)

    def shot(page, step: str):
        path = screenshot_dir / f"journey-{next(numbers):02d}-{step}.png"
        page.screenshot(path=str(path), full_page=True)

    volunteer_page = new_context("phone", "da").new_page()
    coordinator = RoleUserFactory(roles=["coordinator"], email="koordinator@example.org")
    coordinator_context = new_context("desktop", "da")
    sign_in(coordinator_context, demo_site, coordinator)
    admin = coordinator_context.new_page()

    # 1. Apply as a Læsehest.
    page = volunteer_page
    page.goto(demo_site + "/bliv-frivillig/", wait_until="load")
    shot(page, "roles")
    click_and_wait(page, page.get_by_role("link", name="Læs mere og søg som Læsehest"))
    assert page.url == demo_site + "/bliv-frivillig/laesehest/"
    page.get_by_label("Navn").fill(NAME)
    page.get_by_label(re.compile(r"^E-mail")).fill(EMAIL)
    page.get_by_label("Alder").select_option("30-66")
    page.get_by_label("Hvorfor vil du være frivillig?").fill(
        "Jeg har læst højt for mine egne børn i mange år og vil gerne fortsætte."
    )
    page.get_by_label("Hvornår kan du?").fill("Lørdag formiddag og hverdage før kl. 12")
    page.get_by_label("Jeg giver samtykke").check()
    shot(page, "application-form")
    click_and_wait(page, page.get_by_role("button", name="Send ansøgning"))
    assert page.url == demo_site + "/bliv-frivillig/laesehest/tak/"
    assert page.get_by_role("heading", level=1).inner_text() == "Tak for din ansøgning"
    shot(page, "application-thanks")
    application = Application.objects.get(email=EMAIL)
    assert application.status == Application.Status.UNCONFIRMED
    assert application.role == role and application.volunteer is None
    assert application.consent_version == "1" and application.consented_at is not None

    # 2. The confirmation e-mail; its link opens a page with one button.
    send_due_notices()
    confirm_mail = only_mail(EMAIL, "Bekræft din ansøgning")
    [confirm_path] = links_in(confirm_mail, "/bliv-frivillig/bekraeft/")
    page.goto(demo_site + confirm_path, wait_until="load")
    application.refresh_from_db()
    assert application.status == Application.Status.UNCONFIRMED  # opening it changes nothing
    shot(page, "confirm-email")
    click_and_wait(page, page.get_by_role("button", name="Bekræft min e-mail"))
    assert page.get_by_role("heading", level=1).inner_text() == "Din e-mail er bekræftet"
    shot(page, "email-confirmed")
    application.refresh_from_db()
    assert application.status == Application.Status.READY
    volunteer = application.volunteer
    assert volunteer is not None and volunteer.user.email == EMAIL
    assert not volunteer.user.has_usable_password()

    # 3. The coordinator: approving before the attest is refused, with a clear message.
    admin.goto(demo_site + "/admin/volunteers/application/", wait_until="load")
    click_and_wait(admin, admin.get_by_role("link", name=NAME))
    admin.locator("#id_decision").select_option("approve")
    click_and_wait(admin, admin.locator("input[name=_save]"))
    error = admin.locator(".errorlist.nonfield")
    assert "registrér først en modtaget børneattest" in error.inner_text()
    assert admin.get_by_role("link", name="Registrér børneattest for den frivillige").count() == 1
    shot(admin, "approval-refused")
    application.refresh_from_db()
    assert application.status == Application.Status.READY
    assert not mails_to(EMAIL, "Velkommen som frivillig")

    # The børneattest, step by step: requested → awaiting consent → received, no remarks.
    admin.goto(demo_site + "/admin/volunteers/childprotectioncheck/", wait_until="load")
    click_and_wait(admin, admin.get_by_role("link", name="Tilføj børneattest"))
    admin.locator("#id_volunteer + .select2 .select2-selection").click()
    admin.locator(".select2-container--open .select2-search__field").fill("Maja")
    admin.locator(".select2-results__option", has_text=NAME).click()
    admin.locator("#id_step").select_option("requested")
    today = timezone.localdate()
    admin.locator("#id_requested_at").fill(today.strftime("%d.%m.%Y"))
    shot(admin, "attest-requested")
    click_and_wait(admin, admin.locator("input[name=_continue]"))
    check = ChildProtectionCheck.objects.get(volunteer=volunteer)
    assert check.step == ChildProtectionCheck.Step.REQUESTED and check.requested_at == today
    assert admin.locator(".messagelist .success").count() == 1
    admin.locator("#id_step").select_option("consent")
    click_and_wait(admin, admin.locator("input[name=_continue]"))
    check.refresh_from_db()
    assert check.step == ChildProtectionCheck.Step.AWAITING_CONSENT
    assert check.consent_due == today + timedelta(days=14)
    assert check.consent_due.strftime("%Y") in admin.locator(".field-consent_due").inner_text()
    shot(admin, "attest-awaiting-consent")
    admin.locator("#id_step").select_option("received")
    admin.locator("#id_received_at").fill(today.strftime("%d.%m.%Y"))
    admin.locator("#id_outcome").select_option(label="Ingen anmærkninger")
    click_and_wait(admin, admin.locator("input[name=_continue]"))
    check.refresh_from_db()
    assert check.step == ChildProtectionCheck.Step.RECEIVED
    assert check.outcome == ChildProtectionCheck.Outcome.NO_REMARKS
    assert check.assessed_by == coordinator and check.valid_until > today + timedelta(days=365)
    assert "Ingen anmærkninger" in admin.locator("#id_outcome option:checked").inner_text()
    shot(admin, "attest-received")

    # Now the approval goes through.
    admin.goto(demo_site + "/admin/volunteers/application/", wait_until="load")
    click_and_wait(admin, admin.get_by_role("link", name=NAME))
    admin.locator("#id_decision").select_option("approve")
    click_and_wait(admin, admin.locator("input[name=_save]"))
    assert admin.locator(".errorlist").count() == 0
    assert "Ansøgningen er godkendt" in admin.locator(".messagelist").inner_text()
    shot(admin, "approved")
    application.refresh_from_db()
    assert application.status == Application.Status.APPROVED
    assert application.reviewed_by == coordinator
    send_due_notices()
    only_mail(EMAIL, "Velkommen som frivillig")

    # 4. Log in with an e-mailed code, take a session with one button.
    day = today + timedelta(days=5)
    starts = datetime.combine(day, time(14, 0), tzinfo=timezone.get_current_timezone())
    session = session_save(
        role=role,
        description="Billedbøger om årstiderne for de 3-5-årige",
        title="Højtlæsning i boghjørnet: årstider",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        place="Hvalsø Bibliotek, boghjørnet",
        address="Hvalsø",
        capacity=2,
        registration_open=True,
    )
    page.goto(demo_site + "/konto/login/", wait_until="load")
    click_and_wait(page, page.get_by_role("link", name="Send mig en login-kode"))
    page.get_by_label("E-mail").fill(EMAIL)
    shot(page, "request-login-code")
    click_and_wait(page, page.get_by_role("button", name="Anmod om kode"))
    code_mail = only_mail(EMAIL, "Login-kode")
    code = re.search(r"^\s*([A-Z0-9-]{6,12})\s*$", code_mail.body, re.MULTILINE).group(1)
    page.get_by_label("Kode").fill(code)
    shot(page, "enter-login-code")
    click_and_wait(page, page.get_by_role("button", name="Bekræft"))
    assert page.get_by_role("link", name="Log ud").is_visible()
    # The way there for a person: "Mine sider" in the footer, then "Se og tag vagter".
    click_and_wait(page, page.locator("footer").get_by_role("link", name="Mine sider"))
    click_and_wait(page, page.get_by_role("link", name="Se og tag vagter"))
    assert page.url == demo_site + "/frivillig/vagter/"
    card = page.locator(f"#vagt-{session.pk}")
    assert "0 af 2 pladser taget" in card.inner_text()
    shot(page, "sessions")
    click_and_wait(page, card.get_by_role("button", name="Tag vagten"))
    assert "Du har taget vagten" in page.locator("body").inner_text()
    card = page.locator(f"#vagt-{session.pk}")
    assert "Du har vagten." in card.inner_text()
    assert "1 af 2 pladser taget" in card.inner_text()
    shot(page, "session-taken")
    signup = SignUp.objects.get(occasion=session.occasion, user=volunteer.user)
    assert signup.status == SignUp.Status.CONFIRMED
    send_due_notices()
    confirmed = only_mail(EMAIL, "Du er tilmeldt: Højtlæsning i boghjørnet: årstider")
    _calendar, event = event_of(confirmed)
    assert event.decoded("dtstart") == starts
    assert str(event["uid"]) == f"occasion-{session.occasion_id}@testserver"
    assert str(event["url"]).endswith(f"/frivillig/vagter/#vagt-{session.pk}")

    # 5. 47 hours before: the 48-hour reminder arrives once; its link cancels.
    with time_machine.travel(starts - timedelta(hours=47), tick=True):
        assert send_due_notices() >= 1
        reminder = only_mail(EMAIL, "Påmindelse: Højtlæsning i boghjørnet: årstider")
        assert send_due_notices() == 0
        assert len(mails_to(EMAIL, "Påmindelse")) == 1
        notice = Notice.objects.get(key=f"signup:{signup.pk}:reminder-v0-48h")
        assert notice.status == Notice.Status.SENT
        [cancel_path] = links_in(reminder, "/tilmelding/")
        page.goto(demo_site + cancel_path, wait_until="load")
        signup.refresh_from_db()
        assert signup.status == SignUp.Status.CONFIRMED  # opening it changes nothing
        shot(page, "reminder-cancel-link")
        click_and_wait(page, page.get_by_role("button", name="Afmeld mig"))
        assert "Du er afmeldt" in page.get_by_role("status").inner_text()
        shot(page, "cancelled")
        signup.refresh_from_db()
        assert signup.status == SignUp.Status.CANCELLED
        # The 2-hour reminder will not go to someone who cancelled.
        two_hours = Notice.objects.get(key=f"signup:{signup.pk}:reminder-v0-2h")
        assert two_hours.status == Notice.Status.SKIPPED

    # 6. An institution asks for a visit; the coordinator proposes the volunteer; yes by link.
    library = Institution.objects.get(name="Hvalsø Bibliotek")
    contact = RoleUserFactory(
        roles=["institution"], second_factor=False, email="boernebibliotekar@example.org"
    )
    library.contacts.add(contact)
    institution_context = new_context("desktop", "da")
    sign_in(institution_context, demo_site, contact)
    institution = institution_context.new_page()
    visit_day = today + timedelta(days=10)
    institution.goto(demo_site + "/institution/booking/ny/", wait_until="load")
    institution.get_by_label("Institution").select_option(label="Hvalsø Bibliotek")
    institution.get_by_label("Hvem skal komme").select_option(str(role.pk))
    institution.get_by_label("Dato").fill(visit_day.isoformat())
    institution.get_by_label("Fra kl.").fill("09:30")
    institution.get_by_label("Til kl.").fill("10:30")
    institution.get_by_label("Antal børn").fill("14")
    shot(institution, "booking-request")
    click_and_wait(institution, institution.locator("form[method=post] button[type=submit]"))
    assert institution.url == demo_site + "/institution/"
    assert "Vi har modtaget jeres ønske" in institution.locator("body").inner_text()
    shot(institution, "booking-requested")
    booking = BookingRequest.objects.get(institution=library)
    assert booking.status == BookingRequest.Status.REQUESTED
    assert (booking.date, booking.time_from, booking.time_to) == (
        visit_day,
        time(9, 30),
        time(10, 30),
    )
    assert booking.requested_by == contact and booking.children == 14
    send_due_notices()
    only_mail(coordinator.email, "Ny booking af læsehest: Hvalsø Bibliotek")

    admin.goto(demo_site + f"/admin/institutions/bookingrequest/{booking.pk}/change/")
    click_and_wait(admin, admin.get_by_role("link", name="Se frivillige, der passer"))
    shot(admin, "propose")
    click_and_wait(admin, admin.get_by_role("button", name=f"Foreslå {NAME}"))
    assert "Besøget er foreslået" in admin.locator(".messagelist").inner_text()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.PROPOSED and booking.volunteer == volunteer
    send_due_notices()
    proposal = only_mail(EMAIL, "Vil du besøge Hvalsø Bibliotek")
    answers = {}
    for path in links_in(proposal, "/frivillig/besoeg/"):
        token = path.rstrip("/").rsplit("/", 1)[1]
        answers[booking_services.read_token(token)[3]] = path
    assert set(answers) == {"accept", "decline"}
    page.goto(demo_site + answers["accept"], wait_until="load")
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.PROPOSED  # opening it changes nothing
    shot(page, "proposal-link")
    click_and_wait(page, page.get_by_role("button", name="Ja, jeg kommer"))
    assert "Besøget er bekræftet" in page.get_by_role("status").inner_text()
    shot(page, "visit-accepted")
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.CONFIRMED
    people = set(
        booking.occasion.signups.filter(status=SignUp.Status.CONFIRMED).values_list(
            "user__email", flat=True
        )
    )
    assert people == {EMAIL, contact.email}

    send_due_notices()
    title = "Du er tilmeldt: Læsehest hos Hvalsø Bibliotek"
    visit_starts = datetime.combine(visit_day, time(9, 30), tzinfo=timezone.get_current_timezone())
    uids = set()
    for address in (EMAIL, contact.email):
        _calendar, event = event_of(only_mail(address, title))
        assert event.decoded("dtstart") == visit_starts
        assert event.decoded("dtend") == visit_starts + timedelta(hours=1)
        assert str(event["url"]).endswith(f"/besoeg/{booking.pk}/")
        uids.add(str(event["uid"]))
    assert uids == {f"occasion-{booking.occasion_id}@testserver"}

    # Both sides see the confirmed visit on its page.
    institution.goto(demo_site + f"/besoeg/{booking.pk}/", wait_until="load")
    assert NAME in institution.locator("main").inner_text()
    shot(institution, "visit-page-institution")
    page.goto(demo_site + f"/besoeg/{booking.pk}/", wait_until="load")
    assert "Hvalsø Bibliotek" in page.locator("main").inner_text()
    shot(page, "visit-page-volunteer")
    assert User.objects.filter(email=EMAIL).count() == 1
