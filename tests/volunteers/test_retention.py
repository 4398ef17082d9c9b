"""The daily retention job."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from notices.models import Notice
from notices.services import notice_schedule
from tests.factories import ApplicationFactory, AttestFactory, VolunteerFactory
from volunteers.models import Application, ChildProtectionCheck, Volunteer
from volunteers.services import personal_data
from volunteers.tasks import retention

pytestmark = pytest.mark.django_db


def test_unconfirmed_applications_go_after_30_days_confirmed_ones_stay():
    unconfirmed = ApplicationFactory(volunteer=None, status="unconfirmed", email_confirmed_at=None)
    confirmed = ApplicationFactory()
    with time_machine.travel(timezone.now() + timedelta(days=29)):
        retention()
    assert Application.objects.filter(pk=unconfirmed.pk).exists()
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        result = retention()
    assert result["unconfirmed_applications"] == 1
    assert list(Application.objects.values_list("pk", flat=True)) == [confirmed.pk]


def test_a_deleted_unconfirmed_application_leaves_its_address_in_no_notice():
    forgotten = ApplicationFactory(
        volunteer=None, status="unconfirmed", email_confirmed_at=None, email="glemt@example.org"
    )
    notice_schedule(
        key=f"application:{forgotten.pk}:confirm-email",
        kind="application-confirm-email",
        object_id=forgotten.pk,
        recipient="glemt@example.org",
    )
    Notice.objects.update(status=Notice.Status.SENT)
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        assert retention()["unconfirmed_applications"] == 1
    assert not Notice.objects.filter(recipient__icontains="glemt").exists()


def test_inactive_volunteers_are_anonymised_active_ones_are_not(settings):
    settings.VOLUNTEER_INACTIVE_DAYS = 365
    idle = VolunteerFactory(name="Sovende Sofie")
    busy = VolunteerFactory(name="Travle Tove")
    with time_machine.travel(timezone.now() + timedelta(days=300)):
        busy.user.last_login = timezone.now()
        busy.user.save(update_fields=["last_login"])
    with time_machine.travel(timezone.now() + timedelta(days=400)):
        assert personal_data.inactive_volunteers_anonymise() == 1
    idle.refresh_from_db()
    busy.refresh_from_db()
    assert idle.name == "Slettet frivillig" and idle.anonymised_at
    assert busy.name == "Travle Tove" and busy.anonymised_at is None


def test_attests_of_volunteers_who_left_are_removed():
    stays = AttestFactory()
    left = AttestFactory()
    Volunteer.objects.filter(pk=left.volunteer_id).update(left_at=timezone.now())
    assert personal_data.attests_of_leavers_delete() == 1
    assert list(ChildProtectionCheck.objects.values_list("pk", flat=True)) == [stays.pk]
