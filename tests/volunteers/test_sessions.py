"""Sessions: created in the admin on the sign-up mechanism, taken by approved volunteers with
one button (never by someone whose attest has lapsed), assigned by the coordinator."""

from datetime import timedelta

import icalendar
import pytest
from django.test import Client
from django.utils import timezone

from core.errors import ApplicationError
from notices.models import Notice
from signups.models import SignUp
from tests.factories import RoleUserFactory
from tests.volunteers import visit_helpers as make
from volunteers.models import Application, Session
from volunteers.services.sessions import session_signup

pytestmark = pytest.mark.django_db
Status = SignUp.Status


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def coordinator():
    return logged_in(RoleUserFactory(roles=["coordinator"]))


def admin_data(role, starts, **extra):
    ends = starts + timedelta(hours=1)
    local_start, local_end = timezone.localtime(starts), timezone.localtime(ends)
    return {
        "role": role.pk,
        "description": "Billedbøger for de 2-4-årige",
        "title": "Højtlæsning i boghjørnet",
        "starts_at_0": local_start.strftime("%Y-%m-%d"),
        "starts_at_1": local_start.strftime("%H:%M"),
        "ends_at_0": local_end.strftime("%Y-%m-%d"),
        "ends_at_1": local_end.strftime("%H:%M"),
        "place": "Hvalsø Bibliotek, boghjørnet",
        "address": "Hvalsø",
        "capacity": "5",
        "registration_open": "on",
        **extra,
    }


def test_the_coordinator_creates_a_session_in_the_admin_on_the_signup_mechanism(coordinator):
    role = make.role()
    starts = (timezone.now() + timedelta(days=10)).replace(second=0, microsecond=0)
    response = coordinator.post("/admin/volunteers/session/add/", admin_data(role, starts))
    assert response.status_code == 302, response.content.decode()[:3000]
    session = Session.objects.select_related("occasion").get()
    occasion = session.occasion
    assert occasion.owner == f"session:{session.pk}"
    assert occasion.url == f"/frivillig/vagter/#vagt-{session.pk}"
    assert (occasion.title, occasion.capacity, occasion.starts_at) == (
        "Højtlæsning i boghjørnet",
        5,
        starts,
    )
    assert session.role == role and session.description.startswith("Billedbøger")


def test_bad_admin_input_is_explained_not_saved(coordinator):
    role = make.role()
    # At noon, so that two hours earlier is the same day whenever the test runs.
    starts = timezone.localtime(timezone.now() + timedelta(days=10)).replace(hour=12, minute=0)
    data = admin_data(role, starts, capacity="mange")
    data["ends_at_1"] = timezone.localtime(starts - timedelta(hours=2)).strftime("%H:%M")
    response = coordinator.post("/admin/volunteers/session/add/", data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "capacity" in errors and "ends_at" in errors
    assert not Session.objects.exists()


def test_moving_a_session_in_the_admin_tells_those_signed_up(coordinator, mailoutbox):
    role = make.role()
    session = make.session(role)
    person = make.volunteer(role)
    session_signup(session_id=session.pk, volunteer=person)
    make.send_everything_due()
    mailoutbox.clear()
    later = session.occasion.starts_at + timedelta(days=1)
    response = coordinator.post(
        f"/admin/volunteers/session/{session.pk}/change/", admin_data(role, later)
    )
    assert response.status_code == 302
    make.send_everything_due()
    assert [m.to for m in mailoutbox] == [[person.user.email]]
    assert mailoutbox[0].subject.startswith("Nyt tidspunkt eller sted")


def test_a_volunteer_sees_the_sessions_of_their_roles_and_takes_one_with_a_button(
    mailoutbox, settings
):
    settings.SITE_URL = "https://plusdig.example.org"
    mine, other = make.role(), make.role()
    person = make.volunteer(mine)
    session = make.session(mine, title="Højtlæsning: eventyr")
    make.session(other, title="Anden rolles vagt")
    client = logged_in(person.user)
    page = client.get("/frivillig/vagter/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Højtlæsning: eventyr" in html and "Anden rolles vagt" not in html
    response = client.post(f"/frivillig/vagter/{session.pk}/tilmeld/")
    assert response.status_code == 302 and response["Location"] == "/frivillig/vagter/"
    signup = SignUp.objects.get()
    assert (signup.status, signup.user, signup.occasion_id) == (
        Status.CONFIRMED,
        person.user,
        session.occasion_id,
    )
    assert "Du har vagten" in client.get("/frivillig/vagter/").content.decode()
    assert make.send_everything_due() == 1
    mail = mailoutbox[0]
    assert mail.to == [person.user.email] and "Du er tilmeldt" in mail.subject
    name, ics, mimetype = mail.attachments[0]
    calendar = icalendar.Calendar.from_ical(ics)
    event = calendar.walk("VEVENT")[0]
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert event.decoded("dtstart") == session.occasion.starts_at
    assert str(event["UID"]) == f"occasion-{session.occasion_id}@plusdig.example.org"
    assert str(event["URL"]).endswith(f"/frivillig/vagter/#vagt-{session.pk}")
    # Reminders 48 h and 2 h before are scheduled by the sign-up mechanism.
    keys = set(Notice.objects.values_list("key", flat=True))
    assert {f"signup:{signup.pk}:reminder-v0-48h", f"signup:{signup.pk}:reminder-v0-2h"} <= keys


def test_a_lapsed_attest_hides_sessions_with_children_and_the_service_refuses():
    role = make.role(children_under_15=True)
    soon = make.session(role, days=3, title="Snart")
    later = make.session(role, days=30, title="Senere")
    covered = make.volunteer(role, attest_until=timezone.localdate() + timedelta(days=10))
    none = make.volunteer(role)
    html = logged_in(covered.user).get("/frivillig/vagter/").content.decode()
    assert "Snart" in html and "Senere" not in html
    html = logged_in(none.user).get("/frivillig/vagter/").content.decode()
    assert "Snart" not in html and "Senere" not in html
    with pytest.raises(ApplicationError) as refused:
        session_signup(session_id=later.pk, volunteer=covered)
    assert refused.value.code == "volunteers.attest"
    client = logged_in(none.user)
    response = client.post(f"/frivillig/vagter/{soon.pk}/tilmeld/", follow=True)
    assert "børneattest" in response.content.decode()
    assert not SignUp.objects.exists()


def test_only_approved_volunteers_who_have_not_left_may_take_a_session():
    role = make.role()
    session = make.session(role)
    pending = make.volunteer()
    make.approve(pending, role, status=Application.Status.READY)
    left = make.volunteer(role, left_at=timezone.now())
    for person in (pending,):
        with pytest.raises(ApplicationError) as refused:
            session_signup(session_id=session.pk, volunteer=person)
        assert refused.value.code == "volunteers.not-approved"
    assert "Højtlæsning" not in logged_in(pending.user).get("/frivillig/vagter/").content.decode()
    # Someone who left has no volunteer page any more, and cannot post a sign-up.
    assert logged_in(left.user).post(f"/frivillig/vagter/{session.pk}/tilmeld/").status_code == 403
    assert not SignUp.objects.exists()


def test_a_full_session_puts_the_next_on_the_waiting_list_and_a_freed_place_is_offered():
    role = make.role()
    session = make.session(role, capacity=1)
    first, second = make.volunteer(role), make.volunteer(role)
    logged_in(first.user).post(f"/frivillig/vagter/{session.pk}/tilmeld/")
    client = logged_in(second.user)
    assert "Skriv mig på ventelisten" in client.get("/frivillig/vagter/").content.decode()
    client.post(f"/frivillig/vagter/{session.pk}/tilmeld/")
    assert SignUp.objects.get(user=second.user).status == Status.WAITING
    logged_in(first.user).post(f"/frivillig/vagter/{session.pk}/afmeld/")
    assert SignUp.objects.get(user=first.user).status == Status.CANCELLED
    assert SignUp.objects.get(user=second.user).status == Status.OFFERED


def test_the_coordinator_assigns_fitting_volunteers_even_to_a_closed_session(
    coordinator, mailoutbox
):
    role = make.role(children_under_15=True)
    session = make.session(role, registration_open=False)
    day = timezone.localtime(session.occasion.starts_at).date()
    fits = make.volunteer(role, attest_until=day + timedelta(days=365), name="Anna Passer")
    lapsed = make.volunteer(role, attest_until=day - timedelta(days=1), name="Bent Udløbet")
    make.volunteer(make.role(), name="Carl Andenrolle")
    page = coordinator.get(f"/admin/volunteers/session/{session.pk}/change/")
    offered = list(page.context["adminform"].form.fields["assign"].queryset)
    assert offered == [fits]
    data = admin_data(role, session.occasion.starts_at, assign=[fits.pk])
    data.pop("registration_open")
    response = coordinator.post(f"/admin/volunteers/session/{session.pk}/change/", data)
    assert response.status_code == 302
    signup = SignUp.objects.get()
    assert signup.user == fits.user and signup.status == Status.CONFIRMED
    # A forged choice of someone who does not fit is refused by the form.
    data["assign"] = [lapsed.pk]
    response = coordinator.post(f"/admin/volunteers/session/{session.pk}/change/", data)
    assert response.status_code == 200 and "assign" in response.context["adminform"].form.errors
    assert SignUp.objects.count() == 1
    html = coordinator.get(f"/admin/volunteers/session/{session.pk}/change/").content.decode()
    assert "Anna Passer" in html


def test_cancelling_a_session_in_the_admin_tells_everyone(coordinator, mailoutbox):
    role = make.role()
    session = make.session(role)
    person = make.volunteer(role)
    session_signup(session_id=session.pk, volunteer=person)
    make.send_everything_due()
    mailoutbox.clear()
    coordinator.post(
        "/admin/volunteers/session/",
        {"action": "cancel_sessions", "_selected_action": [session.pk]},
    )
    make.send_everything_due()
    assert [m.subject.split(":")[0] for m in mailoutbox] == ["Aflyst"]
    assert "METHOD:CANCEL" in mailoutbox[0].attachments[0][1]


@pytest.mark.parametrize(
    ("who", "status", "text"),
    [
        ("anonymous", 302, None),
        ("institution", 200, "ikke knyttet til en godkendt frivillig"),
        ("editor", 200, "ikke knyttet til en godkendt frivillig"),
    ],
)
def test_who_sees_the_sessions_page(client, who, status, text):
    if who != "anonymous":
        client.force_login(RoleUserFactory(roles=[who]))
    response = client.get("/frivillig/vagter/")
    assert response.status_code == status
    if text:
        assert text in response.content.decode()
    else:
        assert "/konto/login/" in response["Location"]


def test_posting_a_signup_without_being_a_volunteer_is_refused(client):
    session = make.session(make.role())
    client.force_login(RoleUserFactory(roles=["institution"]))
    assert client.post(f"/frivillig/vagter/{session.pk}/tilmeld/").status_code == 403
    assert client.get(f"/frivillig/vagter/{session.pk}/tilmeld/").status_code == 405
    assert not SignUp.objects.exists()


def test_an_unknown_session_is_a_404():
    person = make.volunteer(make.role())
    assert logged_in(person.user).post("/frivillig/vagter/999999/tilmeld/").status_code == 404


@pytest.mark.parametrize("rows", [5, 50])
def test_the_sessions_page_runs_a_fixed_number_of_queries(rows, django_assert_max_num_queries):
    role = make.role(children_under_15=True)
    person = make.volunteer(role, attest_until=timezone.localdate() + timedelta(days=400))
    valid = timezone.localdate() + timedelta(days=400)
    others = [make.volunteer(role, attest_until=valid) for _ in range(3)]
    for n in range(rows):
        session = make.session(role, days=n + 1, title=f"Vagt {n}")
        for other in others[: n % 4]:
            session_signup(session_id=session.pk, volunteer=other)
    client = logged_in(person.user)
    client.get("/frivillig/vagter/")  # warm the session and the Site cache
    with django_assert_max_num_queries(8):
        response = client.get("/frivillig/vagter/")
    assert response.content.decode().count('class="card"') == rows


def test_the_demo_has_sessions_in_the_book_corner_and_loads_them_once():
    from demo.loader import load_demo
    from institutions.models import Institution

    load_demo()
    load_demo()
    sessions = Session.objects.select_related("occasion", "role")
    # The volunteers' two institutions (measurement.toml adds the barometer's daycares).
    assert sessions.count() == 4
    assert Institution.objects.filter(booking_requests=None, reading_entries=None).count() == 2
    for session in sessions:
        assert session.occasion.owner == f"session:{session.pk}"
        assert session.occasion.starts_at > timezone.now()
        assert session.role.slug == "laesehest" and session.role.children_under_15
    assert sessions.filter(occasion__place__startswith="Hvalsø Bibliotek").count() == 3
