"""Reads for the volunteer pages and for other parts that ask about a volunteer.

Who may take a session or a visit is one rule, `Volunteer.objects.eligible_for(role, day)`
(volunteers/models/people.py); the places taken are the sign-up mechanism's one count
(`signups.models.places`). The reads below only use them.
"""

from datetime import date

from django.db.models import Count, Exists, OuterRef, Prefetch, Subquery
from django.urls import reverse
from django.utils import timezone

from core.dashboard import Entry
from core.registry import period_moments
from signups.models import SignUp

from .models import Application, ChildProtectionCheck, Session, Volunteer, VolunteerRole


def attest_valid(volunteer: Volunteer, on: date | None = None) -> bool:
    """Whether the volunteer has a børneattest without remarks in force on `on` (today): what
    approving an application for a role with children under 15 needs."""
    if volunteer is None or volunteer.pk is None:
        return False
    on = on or timezone.localdate()
    return ChildProtectionCheck.objects.valid_on(on).filter(volunteer=volunteer).exists()


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
    return Volunteer.objects.active().filter(user=user).first()


def sessions_for(volunteer: Volunteer):
    """Upcoming sessions the volunteer may take (the one rule, from the session's side), with
    their places and the volunteer's own sign-up's status."""
    own = SignUp.objects.active().filter(occasion=OuterRef("occasion"), user=volunteer.user_id)
    return (
        Session.objects.upcoming()
        .open_to(volunteer)
        .with_places()
        .select_related("role", "occasion")
        .annotate(
            my_status=Subquery(own.values("status")[:1]),
            my_signup=Subquery(own.values("pk")[:1]),
        )
        .order_by("occasion__starts_at", "pk")
    )


def session_admin_list(queryset):
    return queryset.select_related("role", "occasion").with_places()


def signups_of_session(session: Session):
    return session.occasion.signups.active().order_by("created_at", "pk")


def assignable_volunteers(session: Session):
    """Whom the coordinator may put on a session: those who may take it (the one rule) and are
    not on it already."""
    on_it = SignUp.objects.active().filter(occasion=session.occasion_id, user=OuterRef("user"))
    return (
        Volunteer.objects.eligible_for(session.role, session.day)
        .exclude(Exists(on_it))
        .select_related("user")
        .order_by("name", "pk")
    )


def _confirmed_session_signups(start: date, end: date):
    begin, stop = period_moments(start, end)
    return SignUp.objects.filter(
        status=SignUp.Status.CONFIRMED,
        occasion__volunteer_session__isnull=False,
        occasion__cancelled_at__isnull=True,
        occasion__starts_at__gte=begin,
        occasion__starts_at__lt=stop,
    )


def active_volunteers(start: date, end: date) -> int:
    """Volunteers (Læseheste) who took at least one session in the period."""
    signups = _confirmed_session_signups(start, end)
    return signups.aggregate(n=Count("user", distinct=True))["n"] or 0


def sessions_held(start: date, end: date) -> int:
    """Volunteer sessions in the period that went ahead with a volunteer signed up."""
    signups = _confirmed_session_signups(start, end)
    return signups.aggregate(n=Count("occasion", distinct=True))["n"] or 0
