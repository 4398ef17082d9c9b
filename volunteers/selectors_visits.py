"""Read queries for sessions and institution bookings, with what their pages need prefetched."""

from datetime import date, datetime

from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.utils import timezone

from core.registry import period_moments
from signups.models import SignUp

from .models import Application, BookingRequest, Session, Volunteer
from .selectors import may_work_with_children, valid_attests


def volunteer_of(user) -> Volunteer | None:
    """The signed-in person's active volunteer record, if they have one."""
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


def window(booking: BookingRequest) -> tuple[datetime, datetime]:
    """The booking's time window as aware datetimes in the portal's time zone."""
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(booking.date, booking.time_from, tzinfo=zone),
        datetime.combine(booking.date, booking.time_to, tzinfo=zone),
    )


def fitting_volunteers(booking: BookingRequest):
    """Whom the coordinator may propose: approved for the role, with a valid attest that day
    if the role means children under 15, from the institution's area (or no area given), and
    not already busy in the time window (a confirmed sign-up or another open proposal)."""
    starts, ends = window(booking)
    volunteers = approved_volunteers(booking.role)
    if booking.role.children_under_15:
        volunteers = volunteers.filter(
            Exists(valid_attests(booking.date).filter(volunteer=OuterRef("pk")))
        )
    area = booking.institution.area.strip()
    if area:
        volunteers = volunteers.filter(Q(area="") | Q(area__iexact=area))
    busy = SignUp.objects.filter(
        user=OuterRef("user"),
        status=SignUp.Status.CONFIRMED,
        occasion__cancelled_at__isnull=True,
        occasion__starts_at__lt=ends,
        occasion__ends_at__gt=starts,
    )
    proposed = BookingRequest.objects.filter(
        volunteer=OuterRef("pk"),
        status=BookingRequest.Status.PROPOSED,
        date=booking.date,
        time_from__lt=booking.time_to,
        time_to__gt=booking.time_from,
    ).exclude(pk=booking.pk)
    return volunteers.exclude(Exists(busy)).exclude(Exists(proposed)).order_by("name", "pk")


def bookings_for_contact(user):
    """The requests of the contact's own institutions, newest date last."""
    return (
        BookingRequest.objects.visible_to(user)
        .filter(institution__contacts=user)
        .select_related("institution", "role", "volunteer")
        .order_by("-date", "-time_from", "-pk")
    )


def institutions_of(user):
    return user.institutions.order_by("name") if user.is_authenticated else []


def bookings_for_volunteer(user):
    """Bookings proposed to or confirmed with the volunteer, from today on."""
    return (
        BookingRequest.objects.filter(
            volunteer__user=user,
            status__in=[BookingRequest.Status.PROPOSED, BookingRequest.Status.CONFIRMED],
            date__gte=timezone.localdate(),
        )
        .select_related("institution", "role")
        .order_by("date", "time_from")
    )


def booking_for(user, pk: int) -> BookingRequest | None:
    return (
        BookingRequest.objects.visible_to(user)
        .select_related("institution", "role", "volunteer", "occasion")
        .filter(pk=pk)
        .first()
    )


def is_contact(user, booking: BookingRequest) -> bool:
    return booking.institution.contacts.filter(pk=user.pk).exists()


def booking_admin_list(queryset):
    return queryset.select_related("institution", "role", "volunteer")


def assignable_volunteers(session: Session):
    """Whom the coordinator may put on a session: approved for its role, not on it already,
    and with a valid attest on the day if the role means children under 15."""
    volunteers = approved_volunteers(session.role)
    if session.role.children_under_15:
        day = timezone.localtime(session.occasion.starts_at).date()
        volunteers = volunteers.filter(Exists(valid_attests(day).filter(volunteer=OuterRef("pk"))))
    on_it = SignUp.objects.active().filter(occasion=session.occasion_id, user=OuterRef("user"))
    return volunteers.exclude(Exists(on_it)).order_by("name", "pk")


# --- figures for the shared measurement (declared in apps.py) ---------------------------------


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


def visit_children(start: date, end: date) -> int:
    """Children read to at confirmed Læsehest visits in the period: the visits' share of
    "children read to"."""
    visits = BookingRequest.objects.filter(
        date__range=(start, end), status=BookingRequest.Status.CONFIRMED
    )
    return visits.aggregate(n=Sum("children"))["n"] or 0
