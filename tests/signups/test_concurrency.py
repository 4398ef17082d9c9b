"""Fifty people take the last five places at the same moment, each in a connection of their own.

The service locks the occasion's row before counting places, so the fifty transactions queue
behind one another in PostgreSQL: exactly five are confirmed, the rest wait, nothing fails.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from signups import services
from signups.models import SignUp
from tests.factories import OccasionFactory

Status = SignUp.Status
PEOPLE = 50
PLACES = 5


@pytest.mark.xdist_group("threads")
@pytest.mark.django_db(transaction=True)
def test_fifty_at_once_on_five_places_make_five_confirmed_and_forty_five_waiting():
    occasion = OccasionFactory(capacity=PLACES)
    start = threading.Barrier(PEOPLE, timeout=30)

    def sign_up(number):
        try:
            start.wait()  # all fifty begin their transaction together
            return services.signup_create(
                occasion_id=occasion.pk, name=f"Person {number}", email=f"p{number}@example.org"
            )
        finally:
            connection.close()  # each thread's own connection, closed by the thread itself

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        signups = list(pool.map(sign_up, range(PEOPLE)))  # re-raises any thread's exception

    assert len({signup.pk for signup in signups}) == PEOPLE
    statuses = list(occasion.signups.values_list("status", flat=True))
    assert statuses.count(Status.CONFIRMED) == PLACES
    assert statuses.count(Status.WAITING) == PEOPLE - PLACES

    # A confirmed person cancels: the first on the waiting list (by when they signed up) gets
    # the place offered, nobody else.
    confirmed = occasion.signups.filter(status=Status.CONFIRMED).first()
    first_waiting = occasion.signups.filter(status=Status.WAITING).order_by("created_at", "pk")[0]
    services.signup_cancel(signup_id=confirmed.pk)
    first_waiting.refresh_from_db()
    assert first_waiting.status == Status.OFFERED
    assert occasion.signups.filter(status=Status.OFFERED).count() == 1
    assert occasion.signups.filter(status=Status.WAITING).count() == PEOPLE - PLACES - 1
