"""The account pages: full titles, password rules a screen reader hears, a Danish CSRF page."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from accounts.models import Invitation
from accounts.roles import ROLES
from accounts.services import _token_hash
from tests.factories import RoleUserFactory

pytestmark = pytest.mark.django_db

ANONYMOUS_PAGES = [
    "/konto/login/",
    "/konto/signup/",
    "/konto/password/reset/",
    "/en/konto/login/",
]
SIGNED_IN_PAGES = [
    "/konto/2fa/",
    "/konto/email/",
    "/konto/password/change/",
    "/konto/logout/",
]


def title(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1).strip()


@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_every_anonymous_account_page_has_a_full_title(client, path):
    response = client.get(path)
    assert response.status_code == 200
    name = title(response)
    assert name.endswith(" – +DIG") and len(name) > len(" – +DIG") + 3, name


def test_every_signed_in_account_page_has_a_full_title(client):
    client.force_login(RoleUserFactory(roles=["volunteer"]))
    for path in SIGNED_IN_PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        name = title(response)
        assert name.endswith(" – +DIG") and len(name) > 10, (path, name)


def test_password_rules_are_valid_html_tied_to_the_field(client):
    Invitation.objects.create(
        email="ny@example.org",
        token_hash=_token_hash("abc"),
        expires_at="2999-01-01T00:00:00Z",
    )
    html = client.get("/konto/invitation/abc/").content.decode()
    field = re.search(r'<input[^>]*name="password1"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', field).group(1)
    help_block = re.search(rf'<div[^>]*id="{described}"[^>]*>(.*?)</div>', html, re.S)
    assert help_block, "the rules are in a <div> the field points to"
    assert "<li>" in help_block.group(1)  # a list, which a <div> may hold (a <p> may not)


def test_the_password_change_page_ties_its_rules_to_the_field(client):
    client.force_login(RoleUserFactory(roles=["volunteer"]))
    html = client.get("/konto/password/change/").content.decode()
    field = re.search(r'<input[^>]*name="password1"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', field).group(1)
    assert re.search(rf'<div[^>]*id="{described}"', html)
    assert not re.search(r"<p>(?:(?!</p>).)*<ul", html, re.S), "a list inside a paragraph"


def test_a_failed_csrf_check_gets_a_danish_page_in_the_site_layout():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/konto/login/", {"login": "a@example.org", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Formularen kunne ikke sendes" in html
    assert 'href="#indhold"' in html and '<html lang="da">' in html


def test_the_roles_in_the_database_are_exactly_those_in_the_code():
    for role in ROLES:
        group = Group.objects.get(name=role.name)
        granted = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        assert granted == set(role.permissions), role.key
