"""The volunteers' part of an erasure (volunteers/services/personal_data.py); the whole of it is
tested in tests/accounts/test_personal_data.py."""

import pytest

from accounts.personal_data import person_erase
from signups import services as signup_services
from signups.models import SignUp
from tests.factories import ApplicationFactory, OccasionFactory, VolunteerFactory
from volunteers.models import Application

pytestmark = pytest.mark.django_db


def test_an_erased_volunteers_place_goes_to_the_next_in_line():
    volunteer = VolunteerFactory()
    ApplicationFactory(volunteer=volunteer, status="ready")
    session = OccasionFactory(capacity=1)
    mine = signup_services.signup_create(
        occasion_id=session.pk, name=volunteer.name, email=volunteer.user.email, user=volunteer.user
    )
    waiting = signup_services.signup_create(
        occasion_id=session.pk, name="Næste", email="naeste@example.org"
    )
    person_erase(user=volunteer.user, by=volunteer.user)
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.status == SignUp.Status.CANCELLED and waiting.status == SignUp.Status.OFFERED
    # An open application is withdrawn, with the consent, and keeps no name.
    application = Application.objects.get()
    assert (application.status, application.name) == ("withdrawn", "Slettet frivillig")
    assert application.consent_withdrawn_at is not None
