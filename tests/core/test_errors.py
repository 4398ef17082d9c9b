"""One error vocabulary (core/errors.py): services refuse with `ApplicationError` and a reason
code, every view shows that code's one message, each app registers its own."""

import ast
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.utils import timezone, translation

from core import errors
from core.errors import ApplicationError
from initiatives.services import event_registration_sync
from signups import services as signups
from signups.links import action_token
from tests.factories import EventFactory, OccasionFactory, member_user, published_meeting
from tests.volunteers import visit_helpers as make
from volunteers.services.sessions import session_assign

ROOT = Path(__file__).resolve().parents[2]
# The portal's own apps, but for those this vocabulary does not reach yet: young voices (its
# one exception class is unused) and the demo loader (its errors are for the command line).
APPS = [
    app
    for app in settings.INSTALLED_APPS
    if "." not in app and (ROOT / app).is_dir() and app not in ("voices", "demo")
]
# Still an exception of their own: the e-mailed application links (volunteers/links.py), which
# the one e-mailed-link mechanism replaces.
NOT_YET = {("volunteers/links.py", "LinkInvalid")}
# Not a refusal a person meets: a data migration that stops for the operator to merge rows.
NOT_REFUSALS = {("core/fields.py", "EmailClash")}


def _sources():
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_no_app_has_an_exception_class_of_its_own():
    own = set()
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {
                getattr(base, "id", None) or getattr(base, "attr", None) for base in node.bases
            }
            # A private signal inside one function's retry loop never reaches a person.
            if "Exception" in bases and not node.name.startswith("_"):
                own.add((str(path.relative_to(ROOT)), node.name))
    assert own - NOT_YET - NOT_REFUSALS == {("core/errors.py", "ApplicationError")}


def test_every_code_raised_is_registered_and_translated():
    raised = {
        node.args[0].value
        for _path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "ApplicationError"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(raised) > 30  # the walk found the services' refusals
    for code in sorted(raised):
        assert errors.is_registered(code), code
        with translation.override("da"):
            danish = ApplicationError(code).message
        with translation.override("en"):
            english = ApplicationError(code).message
        assert danish and english and english != danish, code


def test_an_unregistered_code_is_a_programming_error():
    with pytest.raises(ValueError, match="signups.nope"):
        ApplicationError("signups.nope")


def test_an_app_recasts_a_refusal_in_its_own_words_or_keeps_it():
    closed = ApplicationError("signups.closed")
    assert closed.for_app("volunteers").code == "volunteers.closed"
    assert closed.for_app("members").code == "members.closed"
    offer = ApplicationError("signups.offer-gone")
    assert offer.for_app("volunteers") is offer  # volunteers has no words of its own for it
    assert str(closed) == closed.message == "Der er lukket for tilmelding."


# --- Each refusal reaches the person as its one message -------------------------------------


@pytest.mark.django_db
def test_an_offer_link_that_has_lapsed_or_gone_says_so():
    occasion = OccasionFactory(capacity=1, offer_hold=timedelta(hours=1))
    first = signups.signup_create(occasion_id=occasion.pk, name="A", email="a@example.org")
    second = signups.signup_create(occasion_id=occasion.pk, name="B", email="b@example.org")
    third = signups.signup_create(occasion_id=occasion.pk, name="C", email="c@example.org")
    signups.signup_cancel(signup_id=first.pk)  # the place is offered to the second
    client = Client()
    gone = client.post(f"/tilmelding/{action_token(third, 'accept')}/").content.decode()
    assert "Der er ikke længere en plads holdt til dig." in gone
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        lapsed = client.post(f"/tilmelding/{action_token(second, 'accept')}/")
    assert "Tilbuddet er udløbet, og pladsen er gået videre" in lapsed.content.decode()


@pytest.mark.django_db
def test_an_event_sign_up_refused_says_it_in_the_events_words():
    event = event_registration_sync(
        event=EventFactory(title="Åbent værksted", registration=True, capacity=2)
    )
    signups.occasion_cancel(occasion_id=event.occasion.pk)
    response = Client().post(
        f"/arrangementer/{event.slug}/tilmeld/", {"name": "Ida", "email": "ida@example.org"}
    )
    assert "Arrangementet er aflyst." in response.content.decode()
    assert not event.occasion.signups.exists()


@pytest.mark.django_db
def test_a_session_refused_by_the_sign_up_mechanism_says_it_in_a_sessions_words():
    role = make.role()
    volunteer = make.volunteer(role)
    closed = make.session(role, registration_open=False)
    client = Client()
    client.force_login(volunteer.user)
    response = client.post(f"/frivillig/vagter/{closed.pk}/tilmeld/", follow=True)
    assert "Vagten er lukket for tilmelding. Koordinatoren fordeler pladserne." in (
        response.content.decode()
    )
    outsider = make.volunteer()  # not approved for the role: the coordinator is told
    with pytest.raises(ApplicationError) as refused:
        session_assign(session_id=closed.pk, volunteers=[volunteer, outsider])
    assert refused.value.message == "Nogle af de valgte frivillige kan ikke tage vagten."
    assert not closed.occasion.signups.exists()  # all or none


@pytest.mark.django_db
def test_an_answer_to_a_called_off_meeting_says_it_in_a_meetings_words():
    meeting = published_meeting()
    signups.occasion_cancel(occasion_id=meeting.occasion_id)
    client = Client()
    client.force_login(member_user())
    response = client.post(meeting.get_absolute_url(), {"answer": "come"})
    assert response.status_code == 400
    assert "Mødet er aflyst." in response.content.decode()


@pytest.mark.django_db
def test_the_coordinator_hears_why_a_volunteer_cannot_be_proposed():
    from institutions.models import BookingRequest
    from tests.factories import RoleUserFactory

    role = make.role(children_under_15=True)
    place = make.institution(make.contact())
    booking = BookingRequest.objects.create(
        institution=place,
        role=role,
        date=timezone.localdate() + timedelta(days=5),
        time_from="09:00",
        time_to="10:00",
        place="Stuen",
        children=10,
    )
    coordinator = Client()
    coordinator.force_login(RoleUserFactory(roles=["coordinator"]))
    url = f"/admin/institutions/bookingrequest/{booking.pk}/foreslaa/"
    no_attest = make.volunteer(role)
    for chosen in (str(no_attest.pk), "abc", "9" * 30):
        response = coordinator.post(url, {"volunteer": chosen}, follow=True)
        assert "Den frivillige kan ikke foreslås til besøget nu." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.REQUESTED
