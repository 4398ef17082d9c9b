"""Institution bookings: request → proposal to a volunteer → accepted (an occasion both sides
are signed up to) or declined → cancelled by either side. Each step one transaction, with the
booking's row locked (after its occasion's, the order the sign-up mechanism locks in).

Confirmations with .ics, reminders and cancel links come from the sign-up mechanism; this
module's own notices are the proposal, a decline and a withdrawn proposal.
"""

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from accounts.roles import COORDINATOR
from core.errors import ApplicationError
from core.permissions import holders
from core.site import absolute_url
from notices.services import notice_schedule
from signups import services as signups
from signups.models import Occasion
from volunteers.models import Volunteer

from .models import BookingRequest
from .selectors import fitting_volunteers, window

Status = BookingRequest.Status
# The salt of links already sent: it stays as it was when bookings lived in the volunteers app.
LINK_SALT = "volunteers.booking"
ACTIONS = ("accept", "decline")


# --- links ---------------------------------------------------------------------------------


def proposal_of(booking: BookingRequest) -> int:
    """Names the current proposal (its moment), so links from earlier ones stop working."""
    return int(booking.proposed_at.timestamp() * 1_000_000) if booking.proposed_at else 0


def response_token(booking: BookingRequest, action: str) -> str:
    return signing.dumps(
        [booking.pk, booking.volunteer_id, proposal_of(booking), action], salt=LINK_SALT
    )


def response_url(booking: BookingRequest, action: str) -> str:
    with translation.override("da"):
        path = reverse(
            "institutions:booking_respond", kwargs={"token": response_token(booking, action)}
        )
    return absolute_url(path)


def read_token(token: str) -> tuple[int, int, int, str] | None:
    try:
        booking_id, volunteer_id, proposal, action = signing.loads(token, salt=LINK_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if action not in ACTIONS or not all(
        isinstance(n, int) for n in (booking_id, volunteer_id, proposal)
    ):
        return None
    return booking_id, volunteer_id, proposal, action


def booking_page(booking: BookingRequest) -> str:
    """The page both sides see (and the occasion links to)."""
    with translation.override("da"):
        return reverse("institutions:booking_detail", kwargs={"pk": booking.pk})


# --- steps ---------------------------------------------------------------------------------


class _OccasionChanged(Exception):
    pass


def _locked(booking_id: int) -> BookingRequest:
    """The booking's row, locked after its occasion's (the sign-up mechanism's order).

    The occasion is read before it can be locked; if an acceptance committed one meanwhile,
    the booking lock is given back (rolling back to the savepoint releases it) and taken
    again in order, so we never wait for the occasion while holding the booking.
    """
    while True:
        occasion_id = (
            BookingRequest.objects.filter(pk=booking_id).values_list("occasion_id", flat=True).get()
        )
        try:
            with transaction.atomic():
                if occasion_id is not None:
                    list(Occasion.objects.select_for_update().filter(pk=occasion_id))
                booking = (
                    BookingRequest.objects.select_for_update(of=("self",))
                    .select_related("institution", "role", "volunteer__user")
                    .get(pk=booking_id)
                )
                if booking.occasion_id != occasion_id:
                    raise _OccasionChanged
                return booking
        except _OccasionChanged:
            continue  # an occasion is only ever set once (None -> id): one retry at most


def _notify(booking, what: str, recipient: str, *, key: str, language: str = "da") -> None:
    notice_schedule(
        key=f"booking:{booking.pk}:{key}",
        kind=f"booking-{what}",
        object_id=booking.pk,
        recipient=recipient,
        language=language,
    )


def booking_request(*, user, **fields) -> BookingRequest:
    """An institution contact asks for a visit; the coordinators are told."""
    institution = fields["institution"]
    if not institution.contacts.filter(pk=user.pk).exists():
        raise ApplicationError("institutions.not-contact")
    with transaction.atomic():
        booking = BookingRequest.objects.create(requested_by=user, **fields)
        coordinators = get_user_model().objects.filter(
            groups__name=COORDINATOR.name, is_active=True
        )
        for coordinator in coordinators.order_by("pk"):
            _notify(booking, "requested", coordinator.email, key=f"requested:{coordinator.pk}")
    return booking


def booking_propose(*, booking_id: int, volunteer_id: int, by) -> BookingRequest:
    """Propose the visit to a volunteer who fits; they get accept and decline links. A
    proposal to someone else takes the place of an earlier one, which stops working."""
    with transaction.atomic():
        booking = _locked(booking_id)
        # Said to the coordinator in one sentence, whatever stands in the way.
        if booking.status not in (Status.REQUESTED, Status.PROPOSED):
            raise ApplicationError("institutions.not-proposable")
        if window(booking)[0] <= timezone.now():
            raise ApplicationError("institutions.not-proposable")
        volunteer = fitting_volunteers(booking).filter(pk=volunteer_id).first()
        if volunteer is None:
            raise ApplicationError("institutions.not-proposable")
        earlier = booking.volunteer if booking.status == Status.PROPOSED else None
        if earlier is not None and earlier.pk != volunteer.pk:
            _notify(
                booking,
                "withdrawn",
                earlier.user.email,
                key=f"withdrawn:{proposal_of(booking)}",
                language=earlier.language,
            )
        booking.status = Status.PROPOSED
        booking.volunteer = volunteer
        booking.proposed_at = timezone.now()
        booking.proposed_by = by
        booking.save()
        _notify(
            booking,
            "proposed",
            volunteer.user.email,
            key=f"proposed:{volunteer.pk}:{proposal_of(booking)}",
            language=volunteer.language,
        )
    return booking


def _current_proposal(booking, volunteer_id: int, proposal: int) -> Volunteer:
    if booking.status == Status.CANCELLED:
        raise ApplicationError("institutions.cancelled")
    if (
        booking.status != Status.PROPOSED
        or booking.volunteer_id != volunteer_id
        or proposal_of(booking) != proposal
    ):
        raise ApplicationError("institutions.gone")
    return booking.volunteer


def booking_accept(*, booking_id: int, volunteer_id: int, proposal: int) -> BookingRequest:
    """The volunteer says yes: an occasion for the visit, with the volunteer and the
    institution's contacts signed up to it, so each gets the confirmation with a calendar
    file, the reminders and a cancel link."""
    with transaction.atomic():
        booking = _locked(booking_id)
        volunteer = _current_proposal(booking, volunteer_id, proposal)
        starts, ends = window(booking)
        refusal = Volunteer.objects.refusal(volunteer, booking.role, booking.date)
        if refusal == "not-approved":
            # A link from before they left, were erased or lost the role: the proposal is gone.
            raise ApplicationError("institutions.gone")
        if starts <= timezone.now():
            raise ApplicationError("institutions.started")
        if refusal == "attest":
            raise ApplicationError("institutions.not-fitting")
        institution = booking.institution
        with translation.override("da"):
            title = f"{booking.role.title} hos {institution.name}"
        occasion = signups.occasion_save(
            title=title[:200],
            starts_at=starts,
            ends_at=ends,
            place=booking.place,
            address=institution.address if booking.place != institution.address else "",
            capacity=None,
            registration_open=False,
            owner=f"booking:{booking.pk}",
            url=booking_page(booking),
        )
        booking.occasion = occasion
        booking.status = Status.CONFIRMED
        booking.save()
        people = [(volunteer.user, volunteer.name, volunteer.phone, volunteer.language)]
        for contact in institution.contacts.filter(is_active=True).order_by("pk"):
            people.append((contact, contact.get_full_name() or contact.email, "", "da"))
        for user, name, phone, language in people:
            signups.signup_create(
                occasion_id=occasion.pk,
                name=name,
                email=user.email,
                phone=phone,
                user=user,
                language=language,
                assigned=True,
            )
    return booking


def booking_decline(*, booking_id: int, volunteer_id: int, proposal: int) -> BookingRequest:
    """The volunteer says no: the request waits for another proposal, and the coordinator
    who proposed is told."""
    with transaction.atomic():
        booking = _locked(booking_id)
        _current_proposal(booking, volunteer_id, proposal)
        _put_back(booking)
    return booking


def _put_back(booking: BookingRequest) -> None:
    if booking.proposed_by is not None and booking.proposed_by.is_active:
        _notify(
            booking,
            "declined",
            booking.proposed_by.email,
            key=f"declined:{proposal_of(booking)}",
        )
    booking.status = Status.REQUESTED
    booking.volunteer = None
    booking.save()


def volunteer_bookings_release(*, volunteer: Volunteer) -> int:
    """The volunteer leaves (withdraws consent, is erased): nothing of theirs calls a visit off.

    A request proposed to them waits for another proposal, as after a decline (the coordinator
    who proposed is told). A visit confirmed with them and still to come goes back to *Ønsket*:
    its occasion is called off quietly (the volunteer's and the contacts' places, reminders,
    calendar entries), and the coordinators and the institution's contacts are told in words
    for what happened: the visit is not off, it waits for another Læsehest.
    """
    ids = BookingRequest.objects.filter(
        status__in=[Status.PROPOSED, Status.CONFIRMED], volunteer=volunteer
    ).values_list("pk", flat=True)
    released = 0
    now = timezone.now()
    with transaction.atomic():
        for booking_id in list(ids):
            booking = _locked(booking_id)
            if booking.volunteer_id != volunteer.pk:
                continue
            if booking.status == Status.PROPOSED:
                _put_back(booking)
                released += 1
            elif booking.status == Status.CONFIRMED and window(booking)[0] > now:
                _release(booking)
                released += 1
    return released


def _release(booking: BookingRequest) -> None:
    occasion_id = booking.occasion_id
    if occasion_id is not None:
        signups.occasion_cancel(occasion_id=occasion_id, tell=False)
    booking.status = Status.REQUESTED
    booking.volunteer = None
    booking.occasion = None  # an acceptance of a new proposal makes a new one
    booking.save()
    told = f"{booking.pk}:{occasion_id or 0}"
    for coordinator in holders("institutions.change_bookingrequest"):
        notice_schedule(
            key=f"booking:{booking.pk}:released:{occasion_id}:{coordinator.pk}",
            kind="booking-released",
            object_id=told,
            recipient=coordinator.email,
        )
    for contact in booking.institution.contacts.filter(is_active=True).order_by("pk"):
        notice_schedule(
            key=f"booking:{booking.pk}:released-institution:{occasion_id}:{contact.pk}",
            kind="booking-released-institution",
            object_id=told,
            recipient=contact.email,
        )


def booking_cancel(*, booking_id: int) -> BookingRequest:
    """Either side calls the visit off. A confirmed visit's occasion is cancelled, which tells
    everyone signed up (with a calendar file that removes it); an open proposal is withdrawn
    from the volunteer."""
    with transaction.atomic():
        booking = _locked(booking_id)
        if booking.status == Status.CANCELLED:
            return booking
        if window(booking)[0] <= timezone.now():
            raise ApplicationError("institutions.started")  # what happened stays on record
        _cancelled(booking)
    return booking


def _cancelled(booking: BookingRequest) -> None:
    if booking.status == Status.PROPOSED and booking.volunteer is not None:
        _notify(
            booking,
            "withdrawn",
            booking.volunteer.user.email,
            key=f"withdrawn:{proposal_of(booking)}",
            language=booking.volunteer.language,
        )
    booking.status = Status.CANCELLED
    booking.save()
    if booking.occasion_id is not None:
        signups.occasion_cancel(occasion_id=booking.occasion_id)


def on_signup_cancelled(signup) -> None:
    """A sign-up to a booking's occasion was cancelled (its e-mail link, the volunteer's or a
    contact's): the visit is off, and the other side hears it from `occasion_cancel`.

    Called by the sign-up mechanism inside its transaction, with the occasion locked.
    """
    booking_id = (
        BookingRequest.objects.filter(occasion_id=signup.occasion_id)
        .values_list("pk", flat=True)
        .first()
    )
    if booking_id is None:
        return
    booking = _locked(booking_id)
    if booking.status == Status.CONFIRMED:
        _cancelled(booking)
