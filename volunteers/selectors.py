"""Reads for the volunteer pages and for other parts that ask about a volunteer.

`attest_valid` and `may_work_with_children` are what sessions and institutions' bookings ask
before a volunteer is offered or assigned time with children under 15.
"""

from datetime import date

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from core.dashboard import Entry
from signups.models import SignUp

from .models import Application, ChildProtectionCheck, Session, Volunteer, VolunteerRole

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


# --- Sessions ---------------------------------------------------------------------------------


def active_volunteer_of(user) -> Volunteer | None:
    """The signed-in person's active volunteer record (not left, not erased), if they have one."""
    if not user.is_authenticated:
        return None
    return Volunteer.objects.filter(
        user=user, left_at__isnull=True, anonymised_at__isnull=True
    ).first()


def approved_volunteers(role):
    """Volunteers approved for `role` who have neither left nor been erased."""
    approved = Application.objects.filter(
        volunteer=OuterRef("pk"), role=role, status=Application.Status.APPROVED
    )
    return Volunteer.objects.filter(
        Exists(approved), left_at__isnull=True, anonymised_at__isnull=True
    ).select_related("user")


def _attest_valid_until(volunteer: Volunteer) -> date | None:
    """The last day the volunteer's best valid attest covers (None: none in force today)."""
    return (
        valid_attests()
        .filter(volunteer=volunteer)
        .order_by("-valid_until")
        .values_list("valid_until", flat=True)
        .first()
    )


def may_take(volunteer: Volunteer, role, on: date) -> bool:
    """Approved for the role and, where it means children under 15, a valid attest that day."""
    if not approved_volunteers(role).filter(pk=volunteer.pk).exists():
        return False
    return not role.children_under_15 or may_work_with_children(volunteer, on)


def _upcoming_sessions():
    return Session.objects.filter(
        occasion__starts_at__gt=timezone.now(), occasion__cancelled_at__isnull=True
    )


def _with_counts(sessions):
    return sessions.select_related("role", "occasion").annotate(
        taken=Count("occasion__signups", filter=Q(occasion__signups__status__in=["confirmed"])),
        held=Count(
            "occasion__signups", filter=Q(occasion__signups__status__in=["confirmed", "offered"])
        ),
        waiting=Count("occasion__signups", filter=Q(occasion__signups__status="waiting")),
    )


def sessions_for(volunteer: Volunteer):
    """Upcoming sessions of the roles the volunteer is approved for, with their own sign-up's
    status; sessions with children under 15 only on days their attest covers."""
    roles = Application.objects.filter(
        volunteer=volunteer, status=Application.Status.APPROVED
    ).values("role")
    valid_until = _attest_valid_until(volunteer)
    allowed = Q(role__children_under_15=False)
    if valid_until is not None:
        allowed |= Q(occasion__starts_at__date__lte=valid_until)
    own = SignUp.objects.active().filter(occasion=OuterRef("occasion"), user=volunteer.user_id)
    return (
        _with_counts(_upcoming_sessions().filter(role__in=roles).filter(allowed))
        .annotate(
            my_status=Subquery(own.values("status")[:1]),
            my_signup=Subquery(own.values("pk")[:1]),
        )
        .order_by("occasion__starts_at", "pk")
    )


def session_admin_list(queryset):
    return _with_counts(queryset)


def signups_of_session(session: Session):
    return session.occasion.signups.active().order_by("created_at", "pk")


def assignable_volunteers(session: Session):
    """Whom the coordinator may put on a session: approved for its role, not on it already,
    and with a valid attest on the day if the role means children under 15."""
    volunteers = approved_volunteers(session.role)
    if session.role.children_under_15:
        day = timezone.localtime(session.occasion.starts_at).date()
        volunteers = volunteers.filter(Exists(valid_attests(day).filter(volunteer=OuterRef("pk"))))
    on_it = SignUp.objects.active().filter(occasion=session.occasion_id, user=OuterRef("user"))
    return volunteers.exclude(Exists(on_it)).order_by("name", "pk")
