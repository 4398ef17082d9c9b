"""One count of places taken (`signups.models.places`): a confirmed sign-up and an offer held
for someone each take a place; whoever waits does not. The sign-up service, the sign-up pages,
the volunteers' session list and every admin list count the same."""

import re

import pytest
from django.test import Client

from initiatives.services import event_registration_sync
from signups import services
from signups.models import Occasion, SignUp
from signups.selectors import free_places
from tests.factories import EventFactory, RoleUserFactory
from tests.volunteers import visit_helpers as make
from volunteers.models import Session

pytestmark = pytest.mark.django_db
Status = SignUp.Status


def _two_places_one_held_offer(occasion_id: int) -> None:
    """Capacity 2: two confirmed and one waiting, then one cancels: one place is confirmed,
    the other is offered to the one who waited and held for them. Both places are taken."""
    people = [
        services.signup_create(occasion_id=occasion_id, name=f"P{n}", email=f"p{n}@example.org")
        for n in range(3)
    ]
    services.signup_cancel(signup_id=people[0].pk)
    statuses = sorted(
        SignUp.objects.filter(occasion_id=occasion_id).values_list("status", flat=True)
    )
    assert statuses == [Status.CANCELLED, Status.CONFIRMED, Status.OFFERED]


def _column(html: str, name: str) -> list[str]:
    return re.findall(rf'<td class="field-{name}">([^<]*)</td>', html)


def test_a_held_offer_takes_a_place_everywhere_for_a_session():
    role = make.role()
    session = make.session(role, capacity=2)
    _two_places_one_held_offer(session.occasion_id)
    volunteer = make.volunteer(role)

    # The annotations themselves, on occasions and on sessions.
    occasion = Occasion.objects.with_places().get(pk=session.occasion_id)
    assert (occasion.places_taken, occasion.places_waiting, occasion.places_free) == (2, 0, 0)
    on_session = Session.objects.with_places().get(pk=session.pk)
    assert (on_session.places_taken, on_session.places_free) == (2, 0)
    # The volunteer's list and its button.
    client = Client()
    client.force_login(volunteer.user)
    page = client.get("/frivillig/vagter/").content.decode()
    assert "2 af 2 pladser taget" in page and "Skriv mig på ventelisten" in page
    # The sign-up service: the newcomer waits.
    client.post(f"/frivillig/vagter/{session.pk}/tilmeld/")
    assert SignUp.objects.get(user=volunteer.user).status == Status.WAITING
    # The coordinator's lists: the sessions and the occasions behind them.
    coordinator = Client()
    coordinator.force_login(RoleUserFactory(roles=["coordinator"]))
    sessions = coordinator.get("/admin/volunteers/session/").content.decode()
    assert _column(sessions, "taken") == ["2"] and _column(sessions, "waiting") == ["1"]
    occasions = coordinator.get("/admin/signups/occasion/").content.decode()
    assert _column(occasions, "taken") == ["2"] and _column(occasions, "waiting") == ["1"]


def test_a_held_offer_takes_a_place_on_an_event_sign_up_page():
    event = event_registration_sync(
        event=EventFactory(title="Åbent værksted", registration=True, capacity=2)
    )
    _two_places_one_held_offer(event.occasion.pk)
    assert free_places(event.occasion) == 0
    page = Client().get(f"/arrangementer/{event.slug}/tilmeld/").content.decode()
    assert "Alle pladser er taget" in page
    late = services.signup_create(occasion_id=event.occasion.pk, name="Sen", email="s@example.org")
    assert late.status == Status.WAITING


def test_unlimited_places_are_never_free_or_full():
    occasion = Occasion.objects.create(
        title="Møde", starts_at="2099-01-01T10:00Z", ends_at="2099-01-01T12:00Z", place="Rådhus"
    )
    services.signup_create(occasion_id=occasion.pk, name="A", email="a@example.org")
    found = Occasion.objects.with_places().get(pk=occasion.pk)
    assert (found.places_taken, found.places_free) == (1, None)
    assert free_places(occasion) is None
