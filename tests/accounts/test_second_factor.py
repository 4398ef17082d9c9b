"""Two-factor login (allauth MFA) for every role that sees personal data."""

import pytest

from tests.factories import TOTP_SECRET, RoleUserFactory, StaffUserFactory, current_totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def log_in(client, user):
    return client.post("/konto/login/", {"login": user.email, "password": PASSWORD})


def test_staff_with_totp_must_give_the_code_before_the_admin_opens(client):
    editor = StaffUserFactory()
    response = log_in(client, editor)
    assert response["Location"].startswith("/konto/2fa/authenticate/")
    # The password alone logs nobody in.
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302

    wrong = client.post("/konto/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200 and "code" in wrong.context["form"].errors
    assert client.get("/admin/").status_code == 302

    response = client.post("/konto/2fa/authenticate/", {"code": current_totp_code(TOTP_SECRET)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("role", ["editor", "coordinator", "moderator"])
def test_staff_without_a_second_factor_cannot_reach_the_admin(client, role):
    user = RoleUserFactory(roles=[role], second_factor=False)
    response = log_in(client, user)
    assert response["Location"] == "/konto/2fa/"
    for url in ["/admin/", "/admin/accounts/user/", "/admin/initiatives/initiative/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/2fa/?next=")


def test_superuser_without_a_second_factor_is_sent_to_set_it_up(client):
    owner = RoleUserFactory(is_superuser=True, is_staff=True, second_factor=False)
    client.force_login(owner)
    assert client.get("/admin/")["Location"].startswith("/konto/2fa/")


def test_a_staff_user_without_a_second_factor_previews_no_drafts(client):
    from tests.factories import InitiativeFactory

    draft = InitiativeFactory(status="draft")
    client.force_login(RoleUserFactory(roles=["editor"], second_factor=False))
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(StaffUserFactory())
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_volunteers_and_institution_contacts_are_not_forced_but_may_turn_it_on(client):
    volunteer = RoleUserFactory(roles=["volunteer"], second_factor=False)
    response = log_in(client, volunteer)
    assert response["Location"] == "/mine-sider/"  # their sign-ups and data
    assert client.get("/konto/2fa/").status_code == 200  # they may turn it on
