"""Who may look after whose account: every staff role against every kind of account, on each
of the user admin's screens and actions (accounts.selectors.manageable_by decides them all).

Each cell of MANAGES says whether the actor looks after the target's account. Looking after
means: the account is in their user list, its change page opens, a change is saved and the
"close" action closes it. Otherwise it is not listed, its page is "does not exist", a
change posted anyway and the action leave it as it was. A moderator holds no rights on
accounts at all (403). Erasing someone's data (the admin's "Slet personens data") follows the
same rule. Setting someone's password is refused to everyone, superusers
included, and so is changing their address: neither can be used to log in as them and
download their data (/mine-sider/mine-data.zip, børneattest records included).
"""

import io
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.test import Client

from accounts.models import User
from accounts.selectors import may_manage
from accounts.services import user_deactivate
from tests.factories import RoleUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
TARGETS = ["volunteer", "institution", "member", "editor", "coordinator", "superuser"]
#                 volunteer institution member editor coordinator superuser
MANAGES = {
    "editor": (False, False, True, True, False, False),
    "coordinator": (True, True, False, False, True, False),
    "moderator": (False, False, False, False, False, False),
    "superuser": (True, True, True, True, True, True),
}


def make(key: str) -> User:
    if key == "superuser":
        return RoleUserFactory(is_superuser=True, is_staff=True)
    return RoleUserFactory(roles=[key])


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def change_data(client, target) -> dict:
    """What the change form holds for `target` (or a plausible form if it does not open)."""
    page = client.get(f"/admin/accounts/user/{target.pk}/change/")
    if page.status_code != 200:
        return {"first_name": "Ændret", "is_active": "", "email": "angriber@example.org"}
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields}
    data = {k: v for k, v in data.items() if v is not None and v is not False}
    return data | {"first_name": "Ændret", "email": "angriber@example.org"}


def observed(actor: User, target: User) -> dict:
    client = signed_in(actor)
    base = "/admin/accounts/user/"
    listing = client.get(base)
    change = client.get(f"{base}{target.pk}/change/")
    saved = client.post(f"{base}{target.pk}/change/", change_data(client, target))
    target.refresh_from_db()
    cells = {
        "list": "denied"
        if listing.status_code == 403
        else ("shown" if target.email in listing.content.decode() else "hidden"),
        "change": {200: "ok", 302: "absent", 403: "denied"}[change.status_code],
        "save": "saved" if target.first_name == "Ændret" else "refused",
        "address": target.email,
    }
    assert saved.status_code in (200, 302, 403)
    # The password: neither the page nor a posted form sets it, for anyone.
    page = client.get(f"{base}{target.pk}/password/")
    posted = client.post(
        f"{base}{target.pk}/password/", {"password1": "Overtaget-42!", "password2": "Overtaget-42!"}
    )
    target.refresh_from_db()
    assert page.status_code == posted.status_code == 403, (page.status_code, posted.status_code)
    assert target.check_password(PASSWORD) and not target.check_password("Overtaget-42!")
    # Hence the actor cannot log in as the target and download the target's data.
    login_as = Client()
    login_as.post("/konto/login/", {"login": target.email, "password": "Overtaget-42!"})
    assert "_auth_user_id" not in login_as.session
    export = client.get("/mine-sider/mine-data.zip")
    with zipfile.ZipFile(io.BytesIO(export.content)) as archive:
        exported = " ".join(archive.read(name).decode() for name in archive.namelist())
    assert export.status_code == 200 and target.email not in exported
    # The action that closes accounts.
    client.post(base, {"action": "deactivate", "_selected_action": [target.pk]})
    target.refresh_from_db()
    cells["deactivate"] = "open" if target.is_active else "closed"
    # Last, erasing the person's data (accounts/personal_data.py): the page and the POST.
    page = client.get(f"{base}{target.pk}/slet-data/")
    client.post(f"{base}{target.pk}/slet-data/")
    target.refresh_from_db()
    cells["erase"] = (page.status_code, "erased" if target.erased_at else "kept")
    return cells


def expected(actor_key: str, manages: bool, target: User, original_email: str) -> dict:
    if actor_key == "moderator":
        return {
            "list": "denied",
            "change": "denied",
            "save": "refused",
            "address": original_email,
            "deactivate": "open",
            "erase": (404, "kept"),
        }
    return {
        "list": "shown" if manages else "hidden",
        "change": "ok" if manages else "absent",
        "save": "saved" if manages else "refused",
        # The address is the login: nobody changes another's in the admin.
        "address": original_email,
        "deactivate": "closed" if manages else "open",
        # Not theirs to look after: the account "does not exist" for them.
        "erase": (200, "erased") if manages else (404, "kept"),
    }


@pytest.mark.parametrize("actor_key", list(MANAGES))
def test_each_role_looks_after_exactly_the_accounts_the_matrix_says(actor_key):
    actor = make(actor_key)
    seen, wanted = {}, {}
    for target_key, manages in zip(TARGETS, MANAGES[actor_key], strict=True):
        target = make(target_key)
        original = target.email
        assert may_manage(actor, target) is manages, target_key
        seen[target_key] = observed(actor, target)
        wanted[target_key] = expected(actor_key, manages, target, original)
    assert seen == wanted


def test_an_editor_closes_another_editor_only_when_holding_every_permission_they_hold():
    editor = make("editor")
    editor_and_coordinator = RoleUserFactory(roles=["editor", "coordinator"])
    with_extra = RoleUserFactory(roles=["editor"])
    with_extra.user_permissions.add(Permission.objects.get(codename="view_postcard"))
    for target in (editor_and_coordinator, with_extra):
        assert not may_manage(editor, target)
        with pytest.raises(PermissionDenied, match="kan ikke lukke"):
            user_deactivate(user=target, by=editor)
        target.refresh_from_db()
        assert target.is_active
    # The one who holds all of the other's permissions may.
    assert may_manage(editor_and_coordinator, editor)
    user_deactivate(user=editor, by=editor_and_coordinator)
    editor.refresh_from_db()
    assert not editor.is_active


def test_nobody_closes_their_own_account_and_a_closed_account_cannot_log_in():
    owner = make("superuser")
    with pytest.raises(PermissionDenied, match="kan ikke lukke"):
        user_deactivate(user=owner, by=owner)
    page = signed_in(owner).get(f"/admin/accounts/user/{owner.pk}/change/")
    assert "is_active" not in page.context["adminform"].form.fields
    volunteer = make("volunteer")
    session = signed_in(volunteer)
    assert session.get("/mine-sider/").status_code == 200
    signed_in(make("coordinator")).post(
        "/admin/accounts/user/", {"action": "deactivate", "_selected_action": [volunteer.pk]}
    )
    # Their open session ends at once, and the password no longer logs in.
    assert session.get("/mine-sider/")["Location"].startswith("/konto/login/")
    response = Client().post("/konto/login/", {"login": volunteer.email, "password": PASSWORD})
    assert response.status_code in (200, 302)
    assert "/mine-sider/" not in response.get("Location", "")


def test_rights_wait_for_the_actors_own_second_factor():
    coordinator = RoleUserFactory(roles=["coordinator"], second_factor=False)
    volunteer = make("volunteer")
    assert not may_manage(coordinator, volunteer)
    with pytest.raises(PermissionDenied, match="kan ikke lukke"):
        user_deactivate(user=volunteer, by=coordinator)


def test_invitations_are_seen_by_those_who_cover_their_roles(django_capture_on_commit_callbacks):
    from accounts.roles import EDITOR, INSTITUTION
    from accounts.services import invitation_create

    with django_capture_on_commit_callbacks(execute=True):
        for_editor = invitation_create(
            email="ny-redaktoer@example.org", roles=[EDITOR], invited_by=None
        )
        for_contact = invitation_create(
            email="ny-kontakt@example.org", roles=[INSTITUTION], invited_by=None
        )
    seen = {}
    for key in ("editor", "coordinator", "superuser"):
        html = signed_in(make(key)).get("/admin/accounts/invitation/").content.decode()
        seen[key] = {inv.email for inv in (for_editor, for_contact) if inv.email in html}
    assert seen == {
        "editor": {"ny-redaktoer@example.org"},
        "coordinator": {"ny-kontakt@example.org"},
        "superuser": {"ny-redaktoer@example.org", "ny-kontakt@example.org"},
    }
    page = signed_in(make("coordinator")).get(f"/admin/accounts/invitation/{for_editor.pk}/change/")
    assert page.status_code == 302  # "does not exist" for them
