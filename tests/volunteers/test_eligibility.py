"""One eligibility rule (`Volunteer.objects.eligible_for`, volunteers/models/people.py): every
place that decides whether a volunteer may take a session or a visit gives the same answer.

Each case is asked of all of them for a session and a visit on the same day: the volunteer's
list of sessions, the take button, the coordinator's list of whom to put on the session, the
list of whom to propose for the visit, and the volunteer's yes to a proposal."""

from datetime import datetime, time, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from core.errors import ApplicationError
from institutions import services as bookings
from institutions.models import BookingRequest
from institutions.selectors import fitting_volunteers
from signups.models import SignUp
from tests.volunteers import visit_helpers as make
from volunteers.models import Application
from volunteers.selectors import assignable_volunteers, sessions_for
from volunteers.services.sessions import session_signup

pytestmark = pytest.mark.django_db
DAY = 20  # days from now: the session and the visit are on that day


def _day():
    return timezone.localdate() + timedelta(days=DAY)


def _volunteer(case: str, role, other_role):
    """A volunteer in the state the case names."""
    covers = _day() + timedelta(days=60)
    if case == "attest covers the day":
        return make.volunteer(role, attest_until=covers)
    if case == "attest runs out the day before":
        # Valid today, so the volunteer still looks fine; not on the day itself.
        return make.volunteer(role, attest_until=_day() - timedelta(days=1))
    if case == "attest with remarks":
        person = make.volunteer(role, attest_until=covers)
        person.attests.update(outcome="remarks")
        return person
    if case == "no attest":
        return make.volunteer(role)
    if case == "left":
        return make.volunteer(role, attest_until=covers, left_at=timezone.now())
    if case == "account closed":
        person = make.volunteer(role, attest_until=covers)
        person.user.is_active = False
        person.user.save()
        return person
    if case == "approved for another role":
        return make.volunteer(other_role, attest_until=covers)
    if case == "application still waiting":
        person = make.volunteer(attest_until=covers)
        make.approve(person, role, status=Application.Status.READY)
        return person
    raise AssertionError(case)


def _everywhere(volunteer, session, booking) -> dict[str, bool]:
    """What each caller says about the volunteer."""
    answers = {
        "sessions list": session in sessions_for(volunteer),
        "assign list": volunteer in assignable_volunteers(session),
        "proposal list": volunteer in fitting_volunteers(booking),
    }
    try:
        session_signup(session_id=session.pk, volunteer=volunteer)
        answers["take button"] = True
    except ApplicationError:
        answers["take button"] = False
    # A proposal made while they still fitted: their yes is asked again now.
    BookingRequest.objects.filter(pk=booking.pk).update(
        status=BookingRequest.Status.PROPOSED, volunteer=volunteer, proposed_at=timezone.now()
    )
    booking.refresh_from_db()
    try:
        bookings.booking_accept(
            booking_id=booking.pk,
            volunteer_id=volunteer.pk,
            proposal=bookings.proposal_of(booking),
        )
        answers["yes to a proposal"] = True
    except ApplicationError:
        answers["yes to a proposal"] = False
    return answers


@pytest.mark.parametrize(
    ("case", "children", "may"),
    [
        ("attest covers the day", True, True),
        ("attest runs out the day before", True, False),
        ("attest with remarks", True, False),
        ("no attest", True, False),
        ("no attest", False, True),  # a role without children under 15 needs none
        ("left", True, False),
        ("account closed", True, False),
        ("approved for another role", True, False),
        ("application still waiting", True, False),
    ],
)
def test_every_caller_gives_the_same_answer(case, children, may):
    role = make.role(children_under_15=children)
    other_role = make.role(children_under_15=children)
    starts = timezone.make_aware(datetime.combine(_day(), time(10)))
    session = make.session(role, starts_at=starts)
    place = make.institution(make.contact(), area="Hvalsø")
    booking = BookingRequest.objects.create(
        institution=place,
        role=role,
        date=_day(),
        time_from=time(13),
        time_to=time(14),
        place=place.address,
        children=12,
    )
    volunteer = _volunteer(case, role, other_role)
    assert _everywhere(volunteer, session, booking) == dict.fromkeys(
        ["sessions list", "assign list", "proposal list", "take button", "yes to a proposal"], may
    )


def test_an_attest_that_runs_out_before_the_day_is_refused_on_the_pages_too():
    role = make.role(children_under_15=True)
    starts = timezone.make_aware(datetime.combine(_day(), time(10)))
    session = make.session(role, starts_at=starts, title="Højtlæsning for de mindste")
    volunteer = make.volunteer(role, attest_until=_day() - timedelta(days=1))
    client = Client()
    client.force_login(volunteer.user)
    page = client.get("/frivillig/vagter/").content.decode()
    assert "Højtlæsning for de mindste" not in page
    refused = client.post(f"/frivillig/vagter/{session.pk}/tilmeld/", follow=True)
    assert "din børneattest dækker ikke den dag" in refused.content.decode()
    assert not SignUp.objects.exists()
