"""Accounts come from invitations: a link that works once, expires and says so in Danish."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from accounts.models import Invitation, User
from accounts.roles import COORDINATOR, EDITOR, INSTITUTION, MEMBER, VOLUNTEER
from tests.factories import RoleUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Et-godt-kodeord-42"


@pytest.fixture
def invite(django_capture_on_commit_callbacks):
    def post(staff_client, email, *roles):
        groups = Group.objects.filter(name__in=[role.name for role in roles])
        # Invitations are mailed once their row is committed.
        with django_capture_on_commit_callbacks(execute=True):
            return staff_client.post(
                "/admin/accounts/invitation/add/",
                {"email": email, "roles": [g.pk for g in groups]},
            )

    return post


def link_in(mail) -> str:
    return re.search(r"https?://\S+/konto/invitation/\S+/", mail.body).group(0)


def accept(client, link, **overrides):
    data = {
        "first_name": "Mette",
        "last_name": "Holm",
        "password1": PASSWORD,
        "password2": PASSWORD,
    } | overrides
    return client.post(link, data)


def test_an_editor_invites_a_member_who_sets_a_password_and_is_led_to_two_factor(
    invite, staff_client, client, mailoutbox, settings
):
    settings.SITE_URL = "https://plusdig.example.org"
    response = invite(staff_client, "mette@example.org", MEMBER)
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["mette@example.org"]
    assert "+DIG" in mail.subject
    link = link_in(mail)
    assert link.startswith("https://plusdig.example.org/konto/invitation/")
    assert MEMBER.name in mail.body
    assert "example.com" not in mail.body and "127.0.0.1" not in mail.body
    assert mail.alternatives and link in mail.alternatives[0][0]

    path = link.removeprefix("https://plusdig.example.org")
    page = client.get(path)
    assert page.status_code == 200 and "mette@example.org" in page.content.decode()
    response = accept(client, path)
    assert response.status_code == 302 and response["Location"] == "/konto/2fa/"
    user = User.objects.get(email="mette@example.org")
    assert list(user.groups.values_list("name", flat=True)) == [MEMBER.name]
    assert not user.is_staff and user.first_name == "Mette"
    assert user.emailaddress_set.get().verified
    assert Invitation.objects.get().user == user


def test_the_link_works_once(invite, staff_client, client, mailoutbox):
    invite(staff_client, "en@example.org", MEMBER)
    path = "/konto/" + link_in(mailoutbox[0]).split("/konto/", 1)[1]
    assert accept(client, path).status_code == 302
    again = accept(client.__class__(), path)
    assert again.status_code == 410
    assert "allerede brugt" in again.content.decode()
    assert User.objects.filter(email="en@example.org").count() == 1


def test_an_expired_link_says_so_in_danish(invite, staff_client, client, mailoutbox):
    invite(staff_client, "sent@example.org", MEMBER)
    path = "/konto/" + link_in(mailoutbox[0]).split("/konto/", 1)[1]
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        response = client.get(path)
        assert response.status_code == 410
        assert "udløbet" in response.content.decode()
        assert accept(client, path).status_code == 410
    assert not User.objects.filter(email="sent@example.org").exists()


def test_an_unknown_or_tampered_link_gives_a_clear_page(client):
    response = client.get("/konto/invitation/findes-ikke/")
    assert response.status_code == 410
    assert "kender ikke dette link" in response.content.decode()


def test_resending_makes_the_old_link_stop_working(
    invite, django_capture_on_commit_callbacks, staff_client, client, mailoutbox
):
    invite(staff_client, "igen@example.org", MEMBER)
    old = "/konto/" + link_in(mailoutbox[0]).split("/konto/", 1)[1]
    invitation = Invitation.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            "/admin/accounts/invitation/",
            {"action": "resend", "_selected_action": [invitation.pk]},
        )
    assert len(mailoutbox) == 2
    new = "/konto/" + link_in(mailoutbox[1]).split("/konto/", 1)[1]
    assert client.get(old).status_code == 410
    assert client.get(new).status_code == 200


def test_bad_input_keeps_what_was_typed_and_explains(invite, staff_client, client, mailoutbox):
    invite(staff_client, "fejl@example.org", MEMBER)
    path = "/konto/" + link_in(mailoutbox[0]).split("/konto/", 1)[1]
    response = accept(client, path, first_name="Æbleø", password2="noget-andet-123")
    assert response.status_code == 200
    html = response.content.decode()
    assert "ikke ens" in html and 'value="Æbleø"' in html
    response = accept(client, path, password1="1234", password2="1234")
    assert response.status_code == 200 and response.context["form"].errors
    assert not User.objects.filter(email="fejl@example.org").exists()


def test_nobody_hands_out_roles_beyond_their_own(invite, client, mailoutbox):
    coordinator = RoleUserFactory(roles=["coordinator"])
    client.force_login(coordinator)
    page = client.get("/admin/accounts/invitation/add/")
    offered = {g.name for g in page.context["adminform"].form.fields["roles"].queryset}
    assert INSTITUTION.name in offered and COORDINATOR.name in offered
    assert EDITOR.name not in offered  # the editor's permissions are not the coordinator's
    # Nor the members' area: alliance members are invited by the secretariat's editors.
    assert MEMBER.name not in offered
    assert VOLUNTEER.name in offered  # volunteers' accounts are the coordinators'
    editor = Client()
    editor.force_login(RoleUserFactory(roles=["editor"]))
    page = editor.get("/admin/accounts/invitation/add/")
    offered = {g.name for g in page.context["adminform"].form.fields["roles"].queryset}
    assert MEMBER.name in offered and EDITOR.name in offered
    assert VOLUNTEER.name not in offered and INSTITUTION.name not in offered
    response = invite(client, "snyd@example.org", EDITOR)
    assert response.status_code == 200 and "roles" in response.context["adminform"].form.errors
    assert not Invitation.objects.exists() and not mailoutbox


def test_an_address_that_already_has_an_account_is_refused(invite, staff_client, staff_user):
    response = invite(staff_client, staff_user.email.upper(), MEMBER)
    assert response.status_code == 200
    assert "findes allerede" in response.content.decode()


def test_nobody_can_sign_up_on_their_own(client):
    page = client.get("/konto/signup/")
    assert page.status_code == 200
    assert "invitation" in page.content.decode()
    client.post(
        "/konto/signup/",
        {"email": "selv@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert not User.objects.exists()


def test_an_empty_post_is_explained_and_other_methods_are_a_405(invite, staff_client, mailoutbox):
    invite(staff_client, "tom@example.org", MEMBER)
    path = "/konto/" + link_in(mailoutbox[0]).split("/konto/", 1)[1]
    browser = Client()
    response = browser.post(path, {})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "Dette felt er påkrævet." in response.content.decode()
    for method in ("PUT", "DELETE", "PATCH"):
        assert browser.generic(method, path).status_code == 405
    assert not User.objects.filter(email="tom@example.org").exists()
