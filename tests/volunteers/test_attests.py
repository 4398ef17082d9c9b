"""The børneattest: steps, dates, who assessed it; validity, renewal reminders."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from notices.services import due_notice_ids, notices_send
from tests.factories import AttestFactory, RoleUserFactory, VolunteerFactory
from tests.volunteers import visit_helpers as make
from volunteers.models import ChildProtectionCheck, Volunteer
from volunteers.selectors import attest_valid
from volunteers.services import attests

pytestmark = pytest.mark.django_db
today = timezone.localdate


def test_the_steps_fill_in_the_deadline_the_assessor_and_the_renewal_date(settings):
    settings.ATTEST_RENEWAL_DAYS = 365
    coordinator = RoleUserFactory(roles=["coordinator"])
    volunteer = VolunteerFactory()
    check = ChildProtectionCheck(volunteer=volunteer, step="requested")
    attests.attest_save(check=check, by=coordinator)
    assert check.requested_at == today() and not attest_valid(volunteer)
    check.step = "consent"
    attests.attest_save(check=check, by=coordinator)
    assert check.consent_due == today() + timedelta(days=14)
    check.step, check.outcome = "received", "clear"
    attests.attest_save(check=check, by=coordinator)
    check.refresh_from_db()
    assert check.assessed_by == coordinator and check.received_at == today()
    assert check.valid_until == today() + timedelta(days=365)
    assert attest_valid(volunteer)


def test_a_received_attest_needs_an_outcome_and_a_sane_date():
    coordinator = RoleUserFactory(roles=["coordinator"])
    check = ChildProtectionCheck(volunteer=VolunteerFactory(), step="received")
    with pytest.raises(ValidationError):
        attests.attest_save(check=check, by=coordinator)
    check.outcome, check.received_at = "clear", today() + timedelta(days=3)
    with pytest.raises(ValidationError):
        attests.attest_save(check=check, by=coordinator)


def test_there_is_no_field_for_free_text_or_a_cpr_number():
    names = {field.name for field in ChildProtectionCheck._meta.get_fields()}
    assert not {"note", "notes", "cpr", "comment", "extract", "text"} & names
    for field in ChildProtectionCheck._meta.concrete_fields:
        assert field.get_internal_type() != "TextField"


def test_validity_lapses_and_remarks_never_count():
    volunteer = AttestFactory(valid_until=today() + timedelta(days=10)).volunteer
    assert attest_valid(volunteer, on=today() + timedelta(days=10))
    assert not attest_valid(volunteer, on=today() + timedelta(days=11))
    remarks = AttestFactory(outcome="remarks").volunteer
    assert not attest_valid(remarks)


def test_a_volunteer_who_left_may_not_work_with_children():
    role = make.role(children_under_15=True)
    volunteer = make.volunteer(role, attest_until=today() + timedelta(days=30))
    assert Volunteer.objects.eligible_for(role, today()).filter(pk=volunteer.pk).exists()
    volunteer.left_at = timezone.now()
    volunteer.save()
    assert attest_valid(volunteer)  # the attest still stands; the volunteer does not
    assert not Volunteer.objects.eligible_for(role, today()).filter(pk=volunteer.pk).exists()


def test_coordinators_are_reminded_once_before_an_attest_runs_out(settings, client):
    settings.ATTEST_REMINDER_DAYS = 30
    coordinator = RoleUserFactory(roles=["coordinator"])
    due = AttestFactory(valid_until=today() + timedelta(days=20))
    AttestFactory(valid_until=today() + timedelta(days=200))  # not yet
    assert attests.attest_renewal_reminders() == 1
    assert attests.attest_renewal_reminders() == 1  # same key: still one notice
    notices_send(due_notice_ids())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [coordinator.email] and due.volunteer.name in message.subject
    link = f"http://testserver/admin/volunteers/childprotectioncheck/{due.pk}/change/"
    assert link in message.body
    client.force_login(coordinator)
    assert client.get(link.removeprefix("http://testserver")).status_code == 200


def test_the_coordinator_records_steps_in_the_admin(client):
    coordinator = RoleUserFactory(roles=["coordinator"])
    volunteer = VolunteerFactory()
    client.force_login(coordinator)
    response = client.post(
        "/admin/volunteers/childprotectioncheck/add/",
        {
            "volunteer": volunteer.pk,
            "step": "received",
            "requested_at": (today() - timedelta(days=10)).isoformat(),
            "received_at": today().isoformat(),
            "outcome": "clear",
        },
    )
    assert response.status_code == 302
    check = ChildProtectionCheck.objects.get()
    assert check.assessed_by == coordinator and check.valid_until is not None
