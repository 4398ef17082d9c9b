"""An address is one address whatever its capitals: `Anne.Hansen@…` and `anne.hansen@…` are the
same person at the invitation, the login, the reset, the login code and the command line."""

import importlib
import re

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from accounts.models import Invitation, User
from accounts.roles import EDITOR, MEMBER
from accounts.services import staff_user_create
from core.fields import EmailClash
from signups.models import SignUp
from tests.factories import ApplicationFactory, OccasionFactory, RoleUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Et-godt-kodeord-42"
TYPED = "Anne.Hansen@Example.DK"
STORED = "anne.hansen@example.dk"


def log_in(email, password=PASSWORD):
    client = Client()
    response = client.post("/konto/login/", {"login": email, "password": password})
    return client, response


def signed_in_as(client) -> User | None:
    user_id = client.session.get("_auth_user_id")
    return User.objects.filter(pk=user_id).first() if user_id else None


@pytest.fixture
def anne(db):
    """Created as typed, with capitals (the command a server admin runs)."""
    return staff_user_create(email=TYPED, password=PASSWORD, roles=[EDITOR])


def test_an_address_invited_with_capitals_accepts_and_logs_in_again_in_any_case(
    staff_client, mailoutbox, django_capture_on_commit_callbacks
):
    group = Group.objects.get(name=MEMBER.name)
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post("/admin/accounts/invitation/add/", {"email": TYPED, "roles": [group.pk]})
    assert Invitation.objects.get().email == STORED
    assert mailoutbox[0].to == [STORED]
    path = "/konto/" + re.search(r"/konto/(invitation/\S+/)", mailoutbox[0].body).group(1)
    data = {"first_name": "Anne", "password1": PASSWORD, "password2": PASSWORD}
    assert Client().post(path, data).status_code == 302
    user = User.objects.get(email=STORED)
    assert user.email == STORED
    assert user.emailaddress_set.get().email == STORED

    for typed in (TYPED, STORED, "ANNE.HANSEN@EXAMPLE.DK"):
        client, response = log_in(typed)
        assert response.status_code == 302, typed
        assert signed_in_as(client) == user, typed


def test_a_user_made_with_capitals_logs_in_with_any_case(anne):
    assert anne.email == STORED
    assert EmailAddress.objects.get(user=anne).email == STORED
    for typed in (TYPED, STORED):
        _client, response = log_in(typed)
        # Password accepted: on to the second factor (set up next), not the form again.
        assert response.status_code == 302 and response["Location"] == "/konto/2fa/", typed


@pytest.mark.parametrize("typed", [TYPED, STORED])
def test_a_reset_reaches_the_account_whatever_the_case(anne, client, mailoutbox, typed):
    response = client.post("/konto/password/reset/", {"email": typed})
    assert response.status_code == 302
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [STORED]
    link = re.search(r"https?://\S+(/konto/password/reset/key/\S+/)", mailoutbox[0].body)
    assert link, mailoutbox[0].body  # a real reset link, not "no account with this address"
    page = client.get(link.group(1), follow=True)
    new = "Et-nyt-kodeord-77"
    client.post(page.redirect_chain[-1][0], {"password1": new, "password2": new})
    _client, response = log_in(TYPED, new)
    assert response.status_code == 302 and response["Location"] == "/konto/2fa/"


@pytest.mark.parametrize("typed", [TYPED, STORED])
def test_a_login_code_reaches_the_account_whatever_the_case(anne, client, mailoutbox, typed):
    response = client.post("/konto/login/code/", {"email": typed})
    assert response.status_code == 302
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [STORED]
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mailoutbox[0].body, re.MULTILINE)
    assert code, mailoutbox[0].body  # a code, not "no account with this address"
    response = client.post(response["Location"], {"code": code.group(1)})
    assert response.status_code == 302
    assert signed_in_as(client) == anne


def test_the_command_finds_an_existing_account_whatever_the_case(anne, monkeypatch):
    monkeypatch.setenv("STAFF_PASSWORD", "Redaktoer-2026!")
    with pytest.raises(CommandError, match="findes allerede"):
        call_command("create_staff_user", "--email", STORED.upper(), "--role", "editor")
    assert User.objects.count() == 1


def test_an_invitation_to_an_existing_account_in_other_case_is_refused(anne, staff_client):
    group = Group.objects.get(name=MEMBER.name)
    response = staff_client.post(
        "/admin/accounts/invitation/add/", {"email": STORED.upper(), "roles": [group.pk]}
    )
    assert response.status_code == 200
    assert "findes allerede en bruger" in response.content.decode()
    assert not Invitation.objects.exists()


def test_the_address_is_stored_and_matched_in_lower_case_by_every_lookup(anne):
    # The column itself holds the lower-case address (not only what Python shows) ...
    with connection.cursor() as cursor:
        cursor.execute("SELECT email FROM accounts_user WHERE id = %s", [anne.pk])
        assert cursor.fetchone() == (STORED,)
    # ... and an exact lookup with capitals still finds it (the field prepares the value).
    assert User.objects.get(email=TYPED) == anne
    assert User.objects.filter(email__in=[TYPED]).get() == anne


# --- The data migration: existing rows normalised, and a clash stops it ----------------------


def migration(app_label: str, name: str):
    return importlib.import_module(f"{app_label}.migrations.{name}")


def store_raw(table: str, pk: int, **columns) -> None:
    """Write as an older version of the portal did: straight to the column, capitals kept."""
    assignments = ", ".join(f"{column} = %s" for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {assignments} WHERE id = %s",  # noqa: S608 - our own names
            [*columns.values(), pk],
        )


def column(table: str, pk: int, name: str = "email") -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {name} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def test_the_migration_normalises_users_addresses_invitations_applications_and_signups():
    user = RoleUserFactory(roles=["editor"])
    address = EmailAddress.objects.get(user=user)
    invitation = Invitation.objects.create(
        email="x@example.org", token_hash="h", expires_at=timezone.now()
    )
    application = ApplicationFactory(guardian_email="far@example.org")
    signup = SignUp.objects.create(
        occasion=OccasionFactory(), name="Anne", email="anne@example.org", status="confirmed"
    )
    store_raw("accounts_user", user.pk, email=TYPED)
    store_raw("account_emailaddress", address.pk, email=TYPED)
    store_raw("accounts_invitation", invitation.pk, email="Ny.Person@Example.org")
    store_raw(
        "volunteers_application", application.pk, email="Frivillig@X.dk", guardian_email="Far@X.dk"
    )
    store_raw("signups_signup", signup.pk, email="Anne@Example.org")

    migration("accounts", "0006_email_lower_case").normalise(django_apps, None)
    migration("volunteers", "0004_email_lower_case").normalise(django_apps, None)
    migration("signups", "0003_email_lower_case").normalise(django_apps, None)

    assert column("accounts_user", user.pk) == STORED
    assert column("account_emailaddress", address.pk) == STORED
    assert column("accounts_invitation", invitation.pk) == "ny.person@example.org"
    assert column("volunteers_application", application.pk) == "frivillig@x.dk"
    assert column("volunteers_application", application.pk, "guardian_email") == "far@x.dk"
    assert column("signups_signup", signup.pk) == "anne@example.org"
    # And the person logs in, as allauth looks addresses up in lower case.
    _client, response = log_in(TYPED, "correct horse battery")
    assert response.status_code == 302 and "/konto/2fa/authenticate/" in response["Location"]


def test_the_migration_stops_naming_the_addresses_that_would_clash_and_changes_nothing():
    first = RoleUserFactory(roles=["volunteer"], email="anne.hansen@example.dk")
    second = RoleUserFactory(roles=["volunteer"], email="other@example.dk")
    third = RoleUserFactory(roles=["volunteer"], email="third@example.dk")
    store_raw("accounts_user", second.pk, email=TYPED)
    store_raw("accounts_user", third.pk, email="Third@Example.dk")
    with pytest.raises(EmailClash) as stopped:
        migration("accounts", "0006_email_lower_case").normalise(django_apps, None)
    message = str(stopped.value)
    assert "'anne.hansen@example.dk'" in message and f"'{TYPED}'" in message
    assert f"id {first.pk}" in message and f"id {second.pk}" in message
    assert "Merge or correct them" in message
    # Nothing was half done: the row that would not clash keeps its capitals too.
    assert column("accounts_user", third.pk) == "Third@Example.dk"


def test_two_active_signups_that_would_become_one_person_stop_the_migration():
    occasion = OccasionFactory()
    one = SignUp.objects.create(occasion=occasion, name="A", email="a@x.dk", status="confirmed")
    two = SignUp.objects.create(occasion=occasion, name="A", email="b@x.dk", status="waiting")
    store_raw("signups_signup", two.pk, email="A@X.dk")
    with pytest.raises(EmailClash, match=f"id {one.pk}"):
        migration("signups", "0003_email_lower_case").normalise(django_apps, None)
    # A cancelled one beside an active one is no clash.
    SignUp.objects.filter(pk=two.pk).update(status="cancelled")
    migration("signups", "0003_email_lower_case").normalise(django_apps, None)
    assert column("signups_signup", two.pk) == "a@x.dk"
