"""Two confirmation links for one address (two roles applied for) pressed at the same moment:
one account is made and both applications use it; nothing fails."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from accounts.models import User
from tests.factories import ApplicationFactory
from volunteers.models import Application, Volunteer
from volunteers.services.applications import application_confirm_email

PAIRS = 4


@pytest.mark.django_db(transaction=True)
def test_two_confirm_clicks_at_once_for_one_address_make_one_account():
    applications = [
        ApplicationFactory(
            volunteer=None,
            email=f"samme{n // 2}@example.org",
            status=Application.Status.UNCONFIRMED,
            email_confirmed_at=None,
        )
        for n in range(PAIRS * 2)
    ]
    start = threading.Barrier(len(applications), timeout=30)

    def confirm(application):
        try:
            start.wait()
            return application_confirm_email(application_id=application.pk)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(applications)) as pool:
        confirmed = list(pool.map(confirm, applications))  # re-raises any thread's exception

    assert {a.status for a in confirmed} == {Application.Status.READY}
    assert User.objects.filter(email__startswith="samme").count() == PAIRS
    assert Volunteer.objects.count() == PAIRS
    for n in range(PAIRS):
        owners = Application.objects.filter(email=f"samme{n}@example.org")
        assert owners.values("volunteer").distinct().count() == 1
