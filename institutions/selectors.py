"""Read queries for institutions' bookings, with what their pages need prefetched."""

from datetime import date, datetime

from django.db.models import Exists, OuterRef, Q, Sum
from django.utils import timezone

from signups.models import SignUp
from volunteers.models import Volunteer

from .models import BookingRequest


def window(booking: BookingRequest) -> tuple[datetime, datetime]:
    """The booking's time window as aware datetimes in the portal's time zone."""
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(booking.date, booking.time_from, tzinfo=zone),
        datetime.combine(booking.date, booking.time_to, tzinfo=zone),
    )


def fitting_volunteers(booking: BookingRequest):
    """Whom the coordinator may propose: those who may take the visit (the volunteers' one
    rule: approved for the role, with a valid attest that day if it means children under 15),
    from the institution's area (or no area given), and not already busy in the time window
    (a confirmed sign-up or another open proposal)."""
    starts, ends = window(booking)
    volunteers = Volunteer.objects.eligible_for(booking.role, booking.date).select_related("user")
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


def visit_children(start: date, end: date) -> int:
    """Children read to at confirmed Læsehest visits in the period: the visits' share of
    "children read to"."""
    visits = BookingRequest.objects.filter(
        date__range=(start, end), status=BookingRequest.Status.CONFIRMED
    )
    return visits.aggregate(n=Sum("children"))["n"] or 0
