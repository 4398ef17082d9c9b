"""A volunteer's own data: export, deletion that leaves no trace, consent withdrawal."""

import json
from datetime import timedelta

import pytest
from django.apps import apps
from django.db import models
from django.utils import timezone

from accounts.models import Invitation, User
from notices.services import due_notice_ids, notices_send
from signups import services as signup_services
from signups.models import SignUp
from tests.factories import (
    ApplicationFactory,
    AttestFactory,
    OccasionFactory,
    RoleUserFactory,
    VolunteerFactory,
)
from volunteers.models import Application, ChildProtectionCheck, Volunteer
from volunteers.services import personal_data

pytestmark = pytest.mark.django_db

NAME, EMAIL, PHONE = "Gudrun Særpræg", "gudrun.saerpraeg@example.org", "+45 29 87 65 43"


@pytest.fixture
def volunteer():
    user = RoleUserFactory(email=EMAIL, roles=["volunteer"], second_factor=False)
    volunteer = VolunteerFactory(user=user, name=NAME, phone=PHONE)
    ApplicationFactory(volunteer=volunteer, name=NAME, email=EMAIL, phone=PHONE, status="approved")
    ApplicationFactory(volunteer=volunteer, name=NAME, email=EMAIL, phone=PHONE)
    AttestFactory(volunteer=volunteer)
    earlier = OccasionFactory(capacity=1)
    signup_services.signup_create(
        occasion_id=earlier.pk, name=NAME, email=EMAIL, phone=PHONE, user=user
    )
    return volunteer


def occurrences(*needles):
    """Every text, char, e-mail or JSON field of every model holding one of the needles."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not isinstance(field, (models.CharField, models.TextField, models.JSONField)):
                continue
            for needle in needles:
                if isinstance(field, models.JSONField):
                    lookup = {f"{field.name}__icontains": needle}
                    try:
                        hit = model._default_manager.filter(**lookup).exists()
                    except Exception:  # noqa: BLE001 - a JSON lookup the field does not take
                        hit = any(
                            needle.lower() in json.dumps(v, ensure_ascii=False).lower()
                            for v in model._default_manager.values_list(field.name, flat=True)
                        )
                else:
                    hit = model._default_manager.filter(
                        **{f"{field.name}__icontains": needle}
                    ).exists()
                if hit:
                    found.append((model._meta.label, field.name, needle))
    return found


def test_the_export_holds_everything_about_the_person_and_nobody_else(client, volunteer):
    ApplicationFactory(name="En anden")
    notices_send(due_notice_ids())
    client.force_login(volunteer.user)
    response = client.get("/mine-sider/mine-data.json")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == EMAIL
    assert data["volunteer"]["phone"] == PHONE
    assert len(data["applications"]) == 2
    assert data["applications"][0]["consent"]["version"] == "1"
    assert data["child_protection_checks"][0]["outcome"] == "clear"
    assert data["signups"][0]["email"] == EMAIL
    assert data["calendar_feed"] is False
    assert data["notices"] and "En anden" not in response.content.decode()


def test_deleting_leaves_the_name_email_and_phone_nowhere(client, volunteer):
    # The account came from an invitation (its row and audit log entries hold the address),
    # and an older invitation to the same address was never used.
    week = timezone.now() + timedelta(days=7)
    Invitation.objects.create(email=EMAIL, token_hash="a" * 64, expires_at=week)
    used = Invitation.objects.create(email=EMAIL.upper(), token_hash="b" * 64, expires_at=week)
    used.accepted_at, used.user = timezone.now(), volunteer.user
    used.save()  # an audit log entry of the change, naming the address
    notices_send(due_notice_ids())
    assert occurrences(NAME, EMAIL, PHONE)  # the search does find them before
    future = OccasionFactory(capacity=1)
    mine = signup_services.signup_create(
        occasion_id=future.pk, name=NAME, email=EMAIL, user=volunteer.user
    )
    waiting = signup_services.signup_create(
        occasion_id=future.pk, name="Næste", email="n@example.org"
    )
    client.force_login(volunteer.user)
    assert "2 kommende tilmeldinger" in client.get("/mine-sider/slet/").content.decode()
    response = client.post("/mine-sider/slet/")
    assert response.status_code == 302 and response["Location"] == "/mine-sider/slettet/"
    assert occurrences(NAME, EMAIL, PHONE) == []
    # The freed place went on to the next in line; counts are kept.
    waiting.refresh_from_db()
    mine.refresh_from_db()
    assert mine.status == SignUp.Status.CANCELLED and waiting.status == SignUp.Status.OFFERED
    assert Application.objects.filter(name="Slettet frivillig").count() == 2
    assert Volunteer.objects.get().anonymised_at is not None
    assert not ChildProtectionCheck.objects.exists()
    assert not User.objects.get(pk=volunteer.user.pk).is_active
    # Logged out.
    assert client.get("/mine-sider/").status_code == 302


def test_withdrawing_consent_is_one_button(client, volunteer):
    client.force_login(volunteer.user)
    assert "Træk mit samtykke tilbage" in client.get("/mine-sider/").content.decode()
    response = client.post("/mine-sider/traek-samtykke-tilbage/")
    assert response.status_code == 302
    assert Application.objects.filter(consent_withdrawn_at__isnull=False).count() == 2
    assert Application.objects.filter(status="withdrawn").count() == 1
    assert occurrences(NAME, EMAIL, PHONE) == []


def test_a_get_deletes_nothing(client, volunteer):
    client.force_login(volunteer.user)
    assert client.get("/mine-sider/traek-samtykke-tilbage/").status_code == 405
    assert Volunteer.objects.get().anonymised_at is None


def test_applying_again_after_deletion_makes_a_new_account(volunteer):
    from volunteers.services.applications import application_confirm_email

    personal_data.account_erase(user=volunteer.user)
    application = ApplicationFactory(volunteer=None, email=EMAIL, status="unconfirmed")
    application_confirm_email(application_id=application.pk)
    assert User.objects.get(email=EMAIL).pk != volunteer.user.pk
