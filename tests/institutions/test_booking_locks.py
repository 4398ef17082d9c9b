"""Booking steps and sign-up cancellation take their row locks in one order (the occasion,
then the booking), so they queue behind each other instead of deadlocking."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import time as clock
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone

from institutions import services as bookings
from institutions.models import BookingRequest
from signups.models import Occasion
from tests.factories import OccasionFactory
from tests.volunteers import visit_helpers as make

Status = BookingRequest.Status


def blockers(pid: int) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_blocking_pids(%s)", [pid])
        return cursor.fetchone()[0]


def until(condition) -> None:
    """Wait for a state of the database other connections bring about (not for a time)."""
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, "the other connections never got there"
        threading.Event().wait(0.01)


@pytest.mark.django_db(transaction=True)
def test_cancelling_a_booking_just_accepted_while_its_signup_is_cancelled_does_not_deadlock():
    role = make.role()
    place = make.institution(make.contact())
    request = BookingRequest.objects.create(
        institution=place,
        role=role,
        date=timezone.localdate() + timedelta(days=10),
        time_from=clock(9, 30),
        time_to=clock(10, 30),
        place=place.address,
        children=12,
    )
    occasion = OccasionFactory()
    pids, ready, go = {}, {n: threading.Event() for n in "AC"}, {n: threading.Event() for n in "AC"}

    def own(name):
        connection.ensure_connection()
        pids[name] = connection.connection.info.backend_pid

    def accepting():  # like booking_accept: the booking gets its occasion, committed later
        try:
            own("A")
            with transaction.atomic():
                BookingRequest.objects.select_for_update().get(pk=request.pk)
                BookingRequest.objects.filter(pk=request.pk).update(
                    occasion=occasion, status=Status.CONFIRMED
                )
                ready["A"].set()
                go["A"].wait(30)
        finally:
            connection.close()

    def cancelling_the_booking():
        try:
            own("B")
            return bookings.booking_cancel(booking_id=request.pk)
        finally:
            connection.close()

    def cancelling_a_signup():  # like signup_cancel: the occasion, then its owner's booking
        try:
            own("C")
            with transaction.atomic():
                # NO KEY: it must not wait for A's foreign-key check on the occasion at A's
                # commit; it still shuts out B's FOR UPDATE, as signup_cancel's lock does.
                list(Occasion.objects.select_for_update(no_key=True).filter(pk=occasion.pk))
                ready["C"].set()
                go["C"].wait(30)
                list(BookingRequest.objects.select_for_update().filter(pk=request.pk))
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=3) as pool:
        a = pool.submit(accepting)
        ready["A"].wait(30)
        b = pool.submit(cancelling_the_booking)
        until(lambda: "B" in pids and pids["A"] in blockers(pids["B"]))
        c = pool.submit(cancelling_a_signup)
        ready["C"].wait(30)
        go["A"].set()  # the acceptance commits; B goes on and now needs the occasion
        until(lambda: blockers(pids["B"]) == [pids["C"]])
        go["C"].set()
        a.result(), c.result()
        assert b.result().status == Status.CANCELLED  # no deadlock error in any of them
    occasion.refresh_from_db()
    assert occasion.cancelled_at is not None
