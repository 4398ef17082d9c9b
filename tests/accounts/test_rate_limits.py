"""Rate limits on logins and the portal's forms, keyed on the real client address."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from accounts.models import Invitation
from accounts.services import _token_hash
from dig_portal import settings as portal_settings
from tests.factories import TOTP_SECRET, RoleUserFactory, StaffUserFactory, current_totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
LOCKED = "for mange mislykkede logonforsøg"


@pytest.fixture(autouse=True)
def _production_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = portal_settings.ACCOUNT_RATE_LIMITS
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"


def attempt(client, email, password, ip):
    return client.post("/konto/login/", {"login": email, "password": password}, HTTP_X_REAL_IP=ip)


def test_twenty_wrong_passwords_from_one_address_are_stopped_with_a_clear_message(client):
    editor = StaffUserFactory()
    answers = [attempt(client, editor.email, f"forkert-{n}", "203.0.113.7") for n in range(20)]
    assert LOCKED not in answers[0].content.decode()
    assert LOCKED in answers[-1].content.decode()
    # From that address even the right password waits now.
    assert LOCKED in attempt(client, editor.email, PASSWORD, "203.0.113.7").content.decode()
    # The editor, from their own address, is not locked out.
    response = attempt(client.__class__(), editor.email, PASSWORD, "198.51.100.20")
    assert response.status_code == 302


def test_wrong_passwords_from_many_addresses_do_not_keep_the_owner_out(client):
    editor = StaffUserFactory()
    for n in range(30):
        attempt(client.__class__(), editor.email, "forkert", f"203.0.113.{n + 1}")
    response = attempt(client, editor.email, PASSWORD, "198.51.100.20")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/2fa/authenticate/")


def test_an_account_without_a_second_factor_stops_taking_passwords_after_many_addresses(client):
    contact = RoleUserFactory(roles=["institution"], second_factor=False)
    # Four wrong guesses from each of 25 addresses: under every per-address limit, but 100
    # against the one account within the hour.
    for n in range(100):
        attempt(client.__class__(), contact.email, "forkert", f"203.0.{n // 4}.{n % 4 + 1}")
    response = attempt(client, contact.email, PASSWORD, "198.51.100.20")
    assert LOCKED in response.content.decode()
    # An account with a second factor is guarded by it, so it is never locked this way.
    editor = StaffUserFactory()
    for n in range(100):
        attempt(client.__class__(), editor.email, "forkert", f"203.0.{n // 4}.{n % 4 + 1}")
    assert attempt(client, editor.email, PASSWORD, "198.51.100.20").status_code == 302


def test_a_successful_login_does_not_count_towards_the_account_limit(client):
    contact = RoleUserFactory(roles=["institution"], second_factor=False)
    for n in range(101):
        response = attempt(client.__class__(), contact.email, PASSWORD, f"203.0.113.{n % 200}")
        assert response.status_code == 302


def test_the_address_comes_only_from_the_configured_header(client, settings):
    """Without the header configured, a visitor cannot dodge the limit by inventing one."""
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = None
    editor = StaffUserFactory()
    answers = [
        client.post(
            "/konto/login/",
            {"login": editor.email, "password": "forkert"},
            HTTP_X_REAL_IP=f"203.0.113.{n + 1}",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}",
        )
        for n in range(12)
    ]
    assert LOCKED in answers[-1].content.decode()


def test_the_invitation_form_is_rate_limited_per_address(client):
    Invitation.objects.create(
        email="ny@example.org",
        token_hash=_token_hash("et-link"),
        expires_at=timezone.now() + timedelta(days=1),
    )
    answers = [
        client.post("/konto/invitation/et-link/", {"first_name": ""}, HTTP_X_REAL_IP="203.0.113.9")
        for _ in range(11)
    ]
    assert [a.status_code for a in answers] == [200] * 10 + [429]
    assert "For mange forsøg" in answers[-1].content.decode()
    other = client.post("/konto/invitation/et-link/", {}, HTTP_X_REAL_IP="198.51.100.1")
    assert other.status_code == 200


def totp_step(client, user, ip):
    """Password accepted from `ip`: the login now waits for the second factor."""
    response = attempt(client, user.email, PASSWORD, ip)
    assert response["Location"].startswith("/konto/2fa/authenticate/")


def test_wrong_totp_codes_from_a_stranger_lock_only_the_strangers_address():
    editor = StaffUserFactory()
    stranger = Client()
    totp_step(stranger, editor, "203.0.113.66")
    answers = [
        stranger.post("/konto/2fa/authenticate/", {"code": "000000"}, HTTP_X_REAL_IP="203.0.113.66")
        for _ in range(6)
    ]
    assert LOCKED not in answers[0].content.decode()
    assert LOCKED in answers[-1].content.decode()
    # From that address even the right code waits now.
    right = {"code": current_totp_code(TOTP_SECRET)}
    locked = stranger.post("/konto/2fa/authenticate/", right, HTTP_X_REAL_IP="203.0.113.66")
    assert locked.status_code == 200 and LOCKED in locked.content.decode()
    # The owner, from their own address, gets in with their code.
    owner = Client()
    totp_step(owner, editor, "198.51.100.20")
    response = owner.post("/konto/2fa/authenticate/", right, HTTP_X_REAL_IP="198.51.100.20")
    assert response.status_code == 302
    assert owner.get("/admin/").status_code == 200


def test_wrong_totp_codes_spread_over_addresses_do_not_lock_the_owner_out():
    editor = StaffUserFactory()
    for n in range(12):
        stranger = Client()
        ip = f"203.0.113.{n + 1}"
        totp_step(stranger, editor, ip)
        for _ in range(2):
            stranger.post("/konto/2fa/authenticate/", {"code": "000000"}, HTTP_X_REAL_IP=ip)
    owner = Client()
    totp_step(owner, editor, "198.51.100.20")
    right = {"code": current_totp_code(TOTP_SECRET)}
    response = owner.post("/konto/2fa/authenticate/", right, HTTP_X_REAL_IP="198.51.100.20")
    assert response.status_code == 302
    assert owner.get("/admin/").status_code == 200


def test_wrong_codes_when_confirming_ones_password_again_count_per_address_too(client):
    editor = StaffUserFactory()
    client.force_login(editor)
    for _ in range(6):
        last = client.post(
            "/konto/2fa/reauthenticate/", {"code": "000000"}, HTTP_X_REAL_IP="203.0.113.5"
        )
    assert LOCKED in last.content.decode()
    right = {"code": current_totp_code(TOTP_SECRET)}
    other = client.post("/konto/2fa/reauthenticate/", right, HTTP_X_REAL_IP="198.51.100.20")
    assert other.status_code == 302
