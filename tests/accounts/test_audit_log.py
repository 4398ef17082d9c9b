"""Changes to people, roles and invitations are logged: who, what, when; editable by nobody."""

import pytest
from auditlog.models import LogEntry
from django.contrib.auth.models import Group
from django.test import Client

from accounts.models import User
from accounts.roles import EDITOR, MEMBER
from tests.factories import RoleUserFactory, UserFactory

pytestmark = pytest.mark.django_db


def user_form(client, user, **changes):
    page = client.get(f"/admin/accounts/user/{user.pk}/change/")
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if name not in ("password",)}
    data = {k: v for k, v in data.items() if v is not None and v is not False}
    data.update(changes)
    return client.post(f"/admin/accounts/user/{user.pk}/change/", data)


def test_a_role_change_is_logged_with_who_and_when(staff_client, staff_user):
    person = RoleUserFactory(roles=[])  # an account the editor looks after
    member = Group.objects.get(name=MEMBER.name)
    response = user_form(staff_client, person, groups=[member.pk], is_active="on")
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert set(person.groups.values_list("name", flat=True)) == {MEMBER.name}

    entries = LogEntry.objects.get_for_object(person).order_by("timestamp")
    role_change = [e for e in entries if "groups" in (e.changes or {})]
    assert role_change, [e.changes for e in entries]
    assert role_change[-1].actor == staff_user
    assert role_change[-1].timestamp is not None
    assert MEMBER.name in str(role_change[-1].changes["groups"])


def test_a_user_deletion_is_logged_with_who(client):
    owner = RoleUserFactory(is_superuser=True, is_staff=True)
    client.force_login(owner)
    doomed = UserFactory(email="vaek@example.org")
    pk = doomed.pk
    response = client.post(f"/admin/accounts/user/{pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=pk).exists()
    entry = LogEntry.objects.get(object_pk=str(pk), action=LogEntry.Action.DELETE)
    assert entry.actor == owner and entry.object_repr == "vaek@example.org"


def test_the_log_is_readable_by_the_secretariat_and_editable_by_nobody(staff_client):
    RoleUserFactory(roles=["member"])
    entry = LogEntry.objects.first()
    assert staff_client.get("/admin/auditlog/logentry/").status_code == 200
    assert staff_client.get(f"/admin/auditlog/logentry/{entry.pk}/change/").status_code == 200
    assert staff_client.post(f"/admin/auditlog/logentry/{entry.pk}/delete/").status_code == 403
    owner = Client()
    owner.force_login(RoleUserFactory(is_superuser=True, is_staff=True))
    assert owner.post(f"/admin/auditlog/logentry/{entry.pk}/delete/").status_code == 403
    assert owner.get("/admin/auditlog/logentry/add/").status_code == 403
    assert LogEntry.objects.filter(pk=entry.pk).exists()


def test_an_editor_cannot_promote_anyone_beyond_their_own_rights(staff_client):
    person = RoleUserFactory(roles=["member"])
    editor_group = Group.objects.get(name=EDITOR.name)
    coordinator = Group.objects.get(name="Frivilligkoordinator")
    page = staff_client.get(f"/admin/accounts/user/{person.pk}/change/")
    form = page.context["adminform"].form
    assert "is_superuser" not in form.fields and "user_permissions" not in form.fields
    offered = set(form.fields["groups"].queryset)
    assert editor_group in offered
    assert coordinator not in offered  # volunteer data is not the editor's to hand out
    superuser = RoleUserFactory(is_superuser=True, is_staff=True)
    assert staff_client.get(f"/admin/accounts/user/{superuser.pk}/change/").status_code == 302


def test_an_editor_cannot_open_accounts_with_roles_beyond_their_own(staff_client):
    coordinator = RoleUserFactory(roles=["coordinator"])
    moderator = RoleUserFactory(roles=["moderator"])
    volunteer = RoleUserFactory(roles=["volunteer"])  # the coordinators' to look after
    member = RoleUserFactory(roles=["member"])
    for user in (coordinator, moderator, volunteer):
        response = staff_client.get(f"/admin/accounts/user/{user.pk}/change/")
        assert response.status_code == 302  # "does not exist" for them
    assert staff_client.get(f"/admin/accounts/user/{member.pk}/change/").status_code == 200
    offered = staff_client.get("/admin/accounts/invitation/add/").context["adminform"].form
    names = {group.name for group in offered.fields["roles"].queryset}
    assert "Moderator af unges stemmer" not in names  # opens the admin; the editor isn't one
