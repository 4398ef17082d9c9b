import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command

from accounts.models import User

pytestmark = pytest.mark.django_db


def test_created_staff_user_logs_in_through_the_site_login(client, monkeypatch):
    monkeypatch.setenv("STAFF_PASSWORD", "Redaktoer-2026!")
    call_command("create_staff_user", "--email", "sine@example.org", "--superuser")
    user = User.objects.get(email="sine@example.org")
    assert user.is_staff and user.is_superuser
    assert EmailAddress.objects.get(user=user).verified

    response = client.post(
        "/konto/login/", {"login": "sine@example.org", "password": "Redaktoer-2026!"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_weak_password_is_refused(monkeypatch):
    monkeypatch.setenv("STAFF_PASSWORD", "1234")
    with pytest.raises(CommandError):
        call_command("create_staff_user", "--email", "svag@example.org")
    assert not User.objects.exists()


def test_login_page_is_danish_in_the_site_layout(client):
    html = client.get("/konto/login/").content.decode()
    assert "Log ind" in html
    assert 'href="#indhold"' in html  # the site's own layout, skip link included
    assert '<html lang="da">' in html


def test_unverified_address_cannot_log_in_and_gets_a_confirmation_mail(client, mailoutbox):
    User.objects.create_user(email="ny@example.org", password="Redaktoer-2026!")
    response = client.post(
        "/konto/login/", {"login": "ny@example.org", "password": "Redaktoer-2026!"}
    )
    assert response.status_code == 302 and "confirm-email" in response["Location"]
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["ny@example.org"]
