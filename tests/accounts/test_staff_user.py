import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command

from accounts.models import User
from accounts.roles import EDITOR
from tests.factories import current_totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "Redaktoer-2026!"


def test_editor_made_by_the_command_can_edit_at_once_without_being_superuser(client, monkeypatch):
    monkeypatch.setenv("STAFF_PASSWORD", PASSWORD)
    call_command("create_staff_user", "--email", "sine@example.org", "--role", "editor")
    user = User.objects.get(email="sine@example.org")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [EDITOR.name]
    assert EmailAddress.objects.get(user=user).verified

    response = client.post("/konto/login/", {"login": "sine@example.org", "password": PASSWORD})
    assert response.status_code == 302
    # First stop: setting up two-factor login, guided in Danish.
    assert response["Location"] == "/konto/2fa/"
    assert client.get("/admin/")["Location"].startswith("/konto/2fa/")
    # Adding a factor asks for the password once more (allauth's reauthentication).
    reauth = client.get("/konto/2fa/totp/activate/")
    assert reauth["Location"].startswith("/konto/reauthenticate/")
    client.post(reauth["Location"], {"password": PASSWORD})
    page = client.get("/konto/2fa/totp/activate/")
    assert "Aktiver autentificeringsapp" in page.content.decode()
    secret = page.context["form"].secret
    response = client.post(
        "/konto/2fa/totp/activate/", {"code": current_totp_code(secret), "signup": "true"}
    )
    assert response.status_code == 302

    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/initiatives/initiative/add/").status_code == 200


def test_a_role_or_superuser_is_required_and_weak_passwords_are_refused(monkeypatch):
    monkeypatch.setenv("STAFF_PASSWORD", PASSWORD)
    with pytest.raises(CommandError, match="--role"):
        call_command("create_staff_user", "--email", "ingen@example.org")
    monkeypatch.setenv("STAFF_PASSWORD", "1234")
    with pytest.raises(CommandError):
        call_command("create_staff_user", "--email", "svag@example.org", "--role", "editor")
    assert not User.objects.exists()


def test_login_page_is_danish_in_the_site_layout(client):
    html = client.get("/konto/login/").content.decode()
    assert "Log ind" in html
    assert 'href="#indhold"' in html  # the site's own layout, skip link included
    assert '<html lang="da">' in html


def test_unverified_address_cannot_log_in_and_gets_a_confirmation_mail(client, mailoutbox):
    User.objects.create_user(email="ny@example.org", password=PASSWORD)
    response = client.post("/konto/login/", {"login": "ny@example.org", "password": PASSWORD})
    assert response.status_code == 302 and "confirm-email" in response["Location"]
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["ny@example.org"]
