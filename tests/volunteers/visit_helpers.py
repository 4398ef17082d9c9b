"""Test data for sessions and bookings: roles, approved volunteers, attests, institutions."""

from datetime import date, timedelta
from itertools import count

from django.utils import timezone

from institutions.models import Institution
from notices.services import due_notice_ids, notices_send
from tests.factories import InitiativeFactory, RoleUserFactory
from volunteers.models import Application, ChildProtectionCheck, Volunteer, VolunteerRole
from volunteers.services.sessions import session_save

_n = count(1)


def role(children_under_15=False, **extra) -> VolunteerRole:
    n = next(_n)
    return VolunteerRole.objects.create(
        initiative=extra.pop("initiative", None) or InitiativeFactory(),
        title=extra.pop("title", f"Læsehest {n}"),
        slug=f"laesehest-{n}",
        summary="Læser højt for de mindste.",
        time_commitment="2 timer om måneden",
        area="Hele Lejre Kommune",
        children_under_15=children_under_15,
        **extra,
    )


def volunteer(for_role=None, *, attest_until: date | None = None, user=None, **fields):
    """A volunteer approved for `for_role` (if given), with a clear attest valid until
    `attest_until` (if given)."""
    n = next(_n)
    user = user or RoleUserFactory(roles=["volunteer"], second_factor=False)
    name = fields.pop("name", f"Frivillig {n}")
    person = Volunteer.objects.create(user=user, name=name, **fields)
    if for_role is not None:
        approve(person, for_role)
    if attest_until is not None:
        ChildProtectionCheck.objects.create(
            volunteer=person,
            step=ChildProtectionCheck.Step.RECEIVED,
            requested_at=timezone.localdate() - timedelta(days=30),
            received_at=timezone.localdate() - timedelta(days=10),
            outcome=ChildProtectionCheck.Outcome.NO_REMARKS,
            valid_until=attest_until,
        )
    return person


def approve(person: Volunteer, for_role: VolunteerRole, status=Application.Status.APPROVED):
    return Application.objects.create(
        role=for_role,
        volunteer=person,
        name=person.name,
        email=person.user.email,
        age_band=Application.AgeBand.ADULT,
        motivation="Jeg elsker bøger.",
        availability="Hverdage",
        consent_version="1",
        consent_text="Samtykke",
        consented_at=timezone.now(),
        status=status,
    )


def session(for_role, *, days=7, capacity=5, **occasion):
    starts = occasion.pop("starts_at", timezone.now() + timedelta(days=days))
    starts = starts.replace(second=0, microsecond=0)
    return session_save(
        role=for_role,
        title=occasion.pop("title", "Højtlæsning i boghjørnet"),
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        place=occasion.pop("place", "Hvalsø Bibliotek, boghjørnet"),
        address=occasion.pop("address", "Hvalsø"),
        capacity=capacity,
        registration_open=occasion.pop("registration_open", True),
    )


def institution(*contacts, area="Hvalsø", **fields) -> Institution:
    n = next(_n)
    place = Institution.objects.create(
        name=fields.pop("name", f"Børnehuset {n}"),
        kind=fields.pop("kind", Institution.Kind.DAYCARE),
        area=area,
        address=fields.pop("address", f"Skolevej {n}, 4330 Hvalsø"),
    )
    place.contacts.set(contacts)
    return place


def contact():
    return RoleUserFactory(roles=["institution"], second_factor=False)


def send_everything_due() -> int:
    return notices_send(due_notice_ids())
