"""What the booking notices say; rendered when sent, from the booking as it is then.

Confirmations, reminders and cancellations of a visit are the sign-up mechanism's own notices
(the volunteer and the institution's contacts are signed up to the visit's occasion).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.site import absolute_url
from notices.registry import register
from notices.rendering import render_message
from signups.calendar import occasion_ics
from signups.models import Occasion

from .models import BookingRequest
from .services import booking_page, proposal_of, response_url

Status = BookingRequest.Status


def _still_wanted(what: str, booking: BookingRequest, notice) -> bool:
    if what == "proposed":
        # Only the current proposal: a later one, an answer or a cancellation overtakes it.
        return booking.status == Status.PROPOSED and notice.key.endswith(f":{proposal_of(booking)}")
    if what == "requested":
        return booking.status == Status.REQUESTED
    return True


def _renderer(what: str):
    def render(notice):
        booking = (
            BookingRequest.objects.select_related("institution", "role", "volunteer")
            .filter(pk=notice.object_id)
            .first()
        )
        if booking is None or not _still_wanted(what, booking, notice):
            return None
        with translation.override("da"):
            admin_path = reverse("admin:institutions_bookingrequest_change", args=[booking.pk])
        context = {
            "what": what,
            "booking": booking,
            "page_url": absolute_url(booking_page(booking)),
            "admin_url": absolute_url(admin_path),
            "accept_url": response_url(booking, "accept") if what == "proposed" else "",
            "decline_url": response_url(booking, "decline") if what == "proposed" else "",
            "site_name": settings.SITE_NAME,
        }
        return render_message("institutions/email/booking", context)

    return render


for _what in ("requested", "proposed", "declined", "withdrawn"):
    register(f"booking-{_what}", _renderer(_what))


def _released_renderer(what: str):
    """A confirmed visit whose volunteer left: it waits for another (services._release).
    `object_id` is "<booking>:<the occasion called off>": the institution's contacts get the
    calendar file that removes the old entry."""

    def render(notice):
        booking_id, _sep, occasion_id = notice.object_id.partition(":")
        booking = (
            BookingRequest.objects.select_related("institution", "role")
            .filter(pk=booking_id)
            .first()
        )
        if booking is None:
            return None
        with translation.override("da"):
            admin_path = reverse("admin:institutions_bookingrequest_change", args=[booking.pk])
        context = {
            "what": what,
            "booking": booking,
            "page_url": absolute_url(booking_page(booking)),
            "admin_url": absolute_url(admin_path),
            "site_name": settings.SITE_NAME,
        }
        attachments = []
        occasion = Occasion.objects.filter(pk=occasion_id or 0).first()
        if what == "released-institution" and occasion is not None:
            attachments.append(
                ("invitation.ics", occasion_ics(occasion, cancelled=True), "text/calendar")
            )
        return render_message("institutions/email/booking", context, attachments=attachments)

    return render


for _what in ("released", "released-institution"):
    register(f"booking-{_what}", _released_renderer(_what))
