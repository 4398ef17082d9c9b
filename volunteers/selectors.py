"""Reads for the volunteer pages and for other parts that ask about a volunteer.

`attest_valid` and `may_work_with_children` are what sessions and bookings ask before a
volunteer is offered or assigned time with children under 15.
"""

from datetime import date

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from core.dashboard import Entry

from .models import Application, ChildProtectionCheck, Volunteer, VolunteerRole

Step = ChildProtectionCheck.Step
Outcome = ChildProtectionCheck.Outcome


def _today() -> date:
    return timezone.localdate()


def valid_attests(on: date | None = None):
    """Attests received, assessed without remarks, and in force on `on`."""
    on = on or _today()
    return ChildProtectionCheck.objects.filter(
        step=Step.RECEIVED,
        outcome=Outcome.NO_REMARKS,
        received_at__lte=on,
        valid_until__gte=on,
    )


def attest_valid(volunteer: Volunteer, on: date | None = None) -> bool:
    """Whether the volunteer has a børneattest without remarks in force on `on` (today)."""
    if volunteer is None or volunteer.pk is None:
        return False
    return valid_attests(on).filter(volunteer=volunteer).exists()


def may_work_with_children(volunteer: Volunteer, on: date | None = None) -> bool:
    """May be offered or assigned regular contact with children under 15 on `on`: still a
    volunteer (not left, not erased) and a valid attest without remarks."""
    if volunteer is None or volunteer.left_at is not None or volunteer.anonymised_at is not None:
        return False
    return attest_valid(volunteer, on)


def open_roles():
    return VolunteerRole.objects.open().select_related("initiative")


def open_role(slug: str) -> VolunteerRole | None:
    return open_roles().filter(slug=slug).first()


def latest_consent_text():
    """The consent wording in force now: the newest version that has started to apply."""
    from .models import ConsentText

    return ConsentText.objects.filter(valid_from__lte=timezone.now()).first()


def volunteer_of(user) -> Volunteer | None:
    if not user.is_authenticated:
        return None
    return Volunteer.objects.filter(user=user, anonymised_at__isnull=True).first()


def applications_of(user):
    """A person's own applications for "Mine sider", newest first, with their roles."""
    return (
        Application.objects.visible_to(user)
        .select_related("role", "role__initiative")
        .order_by("-created_at", "-pk")
    )


def attests_of(volunteer: Volunteer):
    return ChildProtectionCheck.objects.filter(volunteer=volunteer).order_by("-requested_at")


def review_queue():
    """Applications ready for the coordinator, oldest first."""
    return (
        Application.objects.filter(status=Application.Status.READY)
        .select_related("role")
        .order_by("created_at", "pk")
    )


def volunteers_with_attests():
    return Volunteer.objects.prefetch_related(
        Prefetch("attests", queryset=ChildProtectionCheck.objects.order_by("-requested_at"))
    )


def waiting_applications(user, limit: int = 10):
    """The editors' front page: applications ready for review, oldest first, as dashboard
    lines (name and role, its admin page, when it was received)."""
    return [
        Entry(
            label=str(application),
            url=reverse("admin:volunteers_application_change", args=[application.pk]),
            when=application.created_at,
        )
        for application in review_queue()[:limit]
    ]
