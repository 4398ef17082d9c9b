"""Staff accounts cannot erase their own audit trail: Mine sider says whom to ask, another who
may look after the account erases it in the admin, and what the person did stays in the audit
log under their pseudonym (accounts/personal_data.py)."""

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.test import Client

from accounts.models import User
from tests.factories import RoleUserFactory
from tests.traces import occurrences

pytestmark = pytest.mark.django_db

EMAIL, FIRST, LAST = "asta.oerum@example.org", "Asta", "Ørum-Kjær"


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor():
    """An editor whose work is in the audit log: they changed an account and a page."""
    user = RoleUserFactory(email=EMAIL, first_name=FIRST, last_name=LAST, roles=["editor"])
    colleague = RoleUserFactory(roles=["member"])
    with set_actor(user):
        colleague.first_name = "Ændret"
        colleague.save()
    return user


def test_an_editor_cannot_erase_themselves_and_is_told_whom_to_ask(editor):
    RoleUserFactory(email="bodil@example.org", first_name="Bodil", roles=["editor"])
    RoleUserFactory(email="carl@example.org", roles=["coordinator"])
    client = signed_in(editor)
    page = client.get("/mine-sider/slet/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Redaktør i sekretariatet" in html and "revisionsloggen" in html
    assert "bodil@example.org" in html  # may look after the editor
    assert "carl@example.org" not in html  # a coordinator may not
    assert "Ja, slet min bruger" not in html and 'method="post"' not in html.split("<main")[1]
    response = client.post("/mine-sider/slet/")
    assert response.status_code == 403
    editor.refresh_from_db()
    assert editor.erased_at is None and editor.is_active and editor.email == EMAIL
    # Nor in the admin, by the address of the erasure page.
    assert client.get(f"/admin/accounts/user/{editor.pk}/slet-data/").status_code == 403
    client.post(f"/admin/accounts/user/{editor.pk}/slet-data/")
    editor.refresh_from_db()
    assert editor.erased_at is None


def test_another_editor_erases_them_and_the_audit_trail_stays_under_a_pseudonym(editor):
    made = list(LogEntry.objects.filter(actor=editor).values_list("pk", flat=True))
    assert made  # their work is in the log
    other = RoleUserFactory(roles=["editor"])
    client = signed_in(other)
    change = client.get(f"/admin/accounts/user/{editor.pk}/change/").content.decode()
    assert f"/admin/accounts/user/{editor.pk}/slet-data/" in change
    page = client.get(f"/admin/accounts/user/{editor.pk}/slet-data/")
    assert page.status_code == 200
    assert "Det har portalen om personen" in page.content.decode()
    assert f"Din konto: {EMAIL}" in page.content.decode()
    response = client.post(f"/admin/accounts/user/{editor.pk}/slet-data/")
    assert response.status_code == 302
    account = User.objects.get(pk=editor.pk)
    pseudonym = f"Slettet bruger #{editor.pk}"
    assert account.erased_at is not None and not account.is_active and not account.is_staff
    # Every entry they made is still there, still theirs, under the pseudonym.
    kept = LogEntry.objects.filter(pk__in=made).select_related("actor")
    assert kept.count() == len(made)
    assert {(e.actor_id, e.actor_email, str(e.actor)) for e in kept} == {
        (editor.pk, pseudonym, pseudonym)
    }
    # The erasure is on record as the other editor's.
    erased = LogEntry.objects.get(object_pk=str(editor.pk), changes__has_key="erased_at")
    assert erased.actor == other
    # The audit log's own page shows the pseudonym, never the name or address.
    log = client.get("/admin/auditlog/logentry/").content.decode()
    assert pseudonym in log and EMAIL not in log
    assert occurrences(EMAIL, f"{FIRST} {LAST}", LAST) == []


def test_only_someone_who_may_look_after_the_account_may_erase_it(editor):
    coordinator = RoleUserFactory(roles=["coordinator"])
    response = signed_in(coordinator).post(f"/admin/accounts/user/{editor.pk}/slet-data/")
    assert response.status_code == 404  # not theirs to see: "does not exist"
    volunteer = RoleUserFactory(roles=["volunteer"], second_factor=False)
    page = signed_in(volunteer).get(f"/admin/accounts/user/{editor.pk}/slet-data/")
    assert page.status_code == 302  # to the admin's login
    editor.refresh_from_db()
    assert editor.erased_at is None
    # A coordinator erases a volunteer, whose account is theirs to look after.
    signed_in(coordinator).post(f"/admin/accounts/user/{volunteer.pk}/slet-data/")
    volunteer.refresh_from_db()
    assert volunteer.erased_at is not None


def test_a_volunteer_who_also_holds_a_staff_role_cannot_withdraw_into_erasure():
    from tests.factories import VolunteerFactory

    user = RoleUserFactory(roles=["volunteer", "coordinator"])
    VolunteerFactory(user=user)
    client = signed_in(user)
    response = client.post("/mine-sider/traek-samtykke-tilbage/", follow=True)
    assert response.redirect_chain[-1][0] == "/mine-sider/slet/"
    assert "kan ikke selv slette den" in response.content.decode()
    user.refresh_from_db()
    assert user.erased_at is None and user.is_active
