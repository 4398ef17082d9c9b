"""Volunteer sessions on the sign-up mechanism: places, waiting list, offers, reminders, .ics
and cancel links all come from `signups`; this module only decides who may take a place."""

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from core.errors import ApplicationError
from signups import services as signups

from ..models import Session, Volunteer

OCCASION_FIELDS = (
    "title",
    "starts_at",
    "ends_at",
    "place",
    "address",
    "capacity",
    "registration_open",
)


def session_url(session: Session) -> str:
    with translation.override("da"):
        return reverse("volunteers:sessions") + f"#vagt-{session.pk}"


def session_save(*, session: Session | None = None, role, description: str = "", **occasion):
    """Create or change a session and its occasion. A new time or place reaches everyone
    signed up (the sign-up mechanism's "changed" notice with an updated calendar entry)."""
    unknown = set(occasion) - set(OCCASION_FIELDS)
    if unknown:
        raise TypeError(f"Unknown occasion fields: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        if session is None:
            made = signups.occasion_save(**occasion)
            session = Session.objects.create(role=role, occasion=made, description=description)
            made.owner = f"session:{session.pk}"
            made.url = session_url(session)
            made.save(update_fields=["owner", "url"])
            return session
        session.occasion = signups.occasion_save(occasion=session.occasion, **occasion)
        session.role = role
        session.description = description
        session.save(update_fields=["role", "description"])
    return session


def _check(volunteer: Volunteer, session: Session) -> None:
    """The one eligibility rule, with the reason it gives (not approved, or no attest)."""
    refusal = Volunteer.objects.refusal(volunteer, session.role, session.day)
    if refusal == "not-approved":
        raise ApplicationError("volunteers.not-approved")
    if refusal == "attest":
        raise ApplicationError("volunteers.attest")


def session_signup(*, session_id: int, volunteer: Volunteer):
    """The volunteer takes a place (or joins the waiting list). Raises ApplicationError: not
    approved, no attest for the day, or the sign-up mechanism's refusals (closed, started,
    cancelled) in a session's words."""
    session = Session.objects.select_related("role", "occasion").get(pk=session_id)
    _check(volunteer, session)
    try:
        return signups.signup_create(
            occasion_id=session.occasion_id,
            name=volunteer.name,
            email=volunteer.user.email,
            phone=volunteer.phone,
            user=volunteer.user,
            language=volunteer.language,
        )
    except ApplicationError as error:
        raise error.for_app("volunteers") from error


def session_assign(*, session_id: int, volunteers) -> list:
    """The coordinator puts volunteers on a session, even while it is closed to sign-ups.
    Everyone is checked as for a sign-up; all or none are assigned."""
    session = Session.objects.select_related("role", "occasion").get(pk=session_id)
    with transaction.atomic():
        made = []
        for volunteer in volunteers:
            try:
                _check(volunteer, session)
            except ApplicationError as error:
                raise ApplicationError("volunteers.not-all-assignable") from error
            try:
                signup = signups.signup_create(
                    occasion_id=session.occasion_id,
                    name=volunteer.name,
                    email=volunteer.user.email,
                    phone=volunteer.phone,
                    user=volunteer.user,
                    language=volunteer.language,
                    assigned=True,
                )
            except ApplicationError as error:
                raise error.for_app("volunteers") from error
            made.append(signup)
    return made


def session_leave(*, session_id: int, user):
    """The volunteer cancels their own place or leaves the waiting list (as their e-mail's
    cancel link does); a freed place is offered on by the sign-up mechanism."""
    session = Session.objects.get(pk=session_id)
    signup = session.occasion.signups.active().filter(user=user).first()
    if signup is None:
        return None
    return signups.signup_cancel(signup_id=signup.pk)


def session_cancel(*, session_id: int):
    """Call a session off: everyone signed up or waiting is told, calendars drop it."""
    session = Session.objects.get(pk=session_id)
    return signups.occasion_cancel(occasion_id=session.occasion_id)
