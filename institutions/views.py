"""Institution bookings: the contact's requests, the page both sides of a visit see, and the
volunteer's answer to a proposal (by signed e-mail link or on the page)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from core.errors import ApplicationError
from core.permissions import private
from core.ratelimit import limited

from . import services
from .forms import BookingRequestForm
from .models import BookingRequest
from .selectors import (
    booking_for,
    bookings_for_contact,
    institutions_of,
    is_contact,
    window,
)

Status = BookingRequest.Status


# A proposal that no longer holds: its link shows nothing of the visit.
GONE = ("institutions.gone", "institutions.cancelled")


@require_safe
@private("institutions.view_bookingrequest")
def institution_home(request):
    return render(
        request,
        "institutions/institution.html",
        {
            "institutions": list(institutions_of(request.user)),
            "bookings": bookings_for_contact(request.user),
        },
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@private("institutions.add_bookingrequest")
def booking_new(request):
    # Bound on every POST, even one with no fields at all, so it says what is missing.
    if request.method == "POST" and limited(request, "booking", key=f"user:{request.user.pk}"):
        return render(request, "429.html", status=429)
    data = request.POST if request.method == "POST" else None
    form = BookingRequestForm(data, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.booking_request(user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Tak. Vi har modtaget jeres ønske og skriver, når en læsehest har sagt ja."),
            )
            return redirect("institutions:institution")
    has_institution = form.fields["institution"].queryset.exists()
    return render(
        request,
        "institutions/booking_form.html",
        {"form": form, "has_institution": has_institution},
    )


def _visible_booking(request, pk):
    booking = booking_for(request.user, pk)
    if booking is None:
        raise Http404
    return booking


def _is_volunteer(user, booking) -> bool:
    return booking.volunteer is not None and booking.volunteer.user_id == user.pk


@require_safe
@private()
def booking_detail(request, pk):
    booking = _visible_booking(request, pk)
    contact = is_contact(request.user, booking)
    volunteer = _is_volunteer(request.user, booking)
    open_ = booking.status != Status.CANCELLED and window(booking)[0] > timezone.now()
    return render(
        request,
        "institutions/booking_detail.html",
        {
            "booking": booking,
            "is_contact": contact,
            "is_volunteer": volunteer,
            "may_answer": volunteer and booking.status == Status.PROPOSED,
            "may_cancel": open_ and (contact or (volunteer and booking.status == Status.CONFIRMED)),
        },
    )


@require_POST
@private()
def booking_cancel(request, pk):
    booking = _visible_booking(request, pk)
    contact = is_contact(request.user, booking)
    if not (
        contact or (_is_volunteer(request.user, booking) and booking.status == Status.CONFIRMED)
    ):
        raise Http404
    try:
        services.booking_cancel(booking_id=booking.pk)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Besøget er aflyst. Alle, der var med, får besked."))
    return redirect("institutions:booking_detail", pk=booking.pk)


def _answer(request, booking, volunteer_id, proposal, action):
    step = services.booking_accept if action == "accept" else services.booking_decline
    try:
        return step(booking_id=booking.pk, volunteer_id=volunteer_id, proposal=proposal), None
    except ApplicationError as error:
        return booking, error


@require_POST
@private()
def booking_answer(request, pk):
    booking = _visible_booking(request, pk)
    action = request.POST.get("action")
    if not _is_volunteer(request.user, booking) or action not in services.ACTIONS:
        raise Http404
    booking, problem = _answer(
        request, booking, booking.volunteer_id, services.proposal_of(booking), action
    )
    if problem:
        messages.error(request, problem.message)
    elif action == "accept":
        messages.success(request, _("Tak! Besøget er bekræftet, og I får begge en kalenderfil."))
    else:
        messages.info(request, _("Tak for svaret. Koordinatoren finder en anden."))
    return redirect("institutions:booking_detail", pk=booking.pk)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def booking_respond(request, token):
    """A link from the proposal e-mail: shows the visit and does the answer with one button.

    A plain GET changes nothing: mail scanners open links before the person does.
    """
    found = services.read_token(token)
    if found is None:
        return render(request, "signups/link_invalid.html", status=404)
    booking_id, volunteer_id, proposal, action = found
    booking = (
        BookingRequest.objects.select_related("institution", "role").filter(pk=booking_id).first()
    )
    if booking is None:
        return render(request, "signups/link_invalid.html", status=404)
    problem, done = None, False
    if request.method == "POST":
        booking, problem = _answer(request, booking, volunteer_id, proposal, action)
        done = problem is None
    elif (
        booking.status != Status.PROPOSED
        or booking.volunteer_id != volunteer_id
        or services.proposal_of(booking) != proposal
    ):
        problem = ApplicationError("institutions.gone")
    if problem and problem.code in GONE:
        # Whoever holds an old link (a forwarded mail, a volunteer who was replaced) learns
        # nothing about the visit from it.
        return render(request, "institutions/proposal_gone.html", status=410)
    return render(
        request,
        "institutions/booking_respond.html",
        {
            "booking": booking,
            "action": action,
            "done": done,
            "problem": problem and problem.message,
        },
    )
