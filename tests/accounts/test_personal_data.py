"""A person's own data, whichever apps hold it (accounts/personal_data.py): the export with its
Danish summary, erasure that leaves the person in no table, the audit trail kept under a
pseudonym, one transaction for every app's step."""

import io
import json
import zipfile
from datetime import date, time, timedelta

import pytest
import reversion
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.contrib.admin.models import CHANGE
from django.contrib.admin.models import LogEntry as AdminLogEntry
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from accounts import personal_data
from accounts.models import Invitation, User
from alliance.models import AllianceMember
from core import personal_data as registry
from core.errors import ApplicationError
from institutions.models import BookingRequest
from measurement.models import ReadingEntry
from members.services import meeting_answer
from notices.services import due_notice_ids, notices_send
from signups import services as signup_services
from signups.models import SignUp
from tests.factories import (
    AllianceMemberFactory,
    ApplicationFactory,
    AttestFactory,
    OccasionFactory,
    RoleUserFactory,
    VolunteerFactory,
    published_meeting,
)
from tests.traces import occurrences
from tests.volunteers import visit_helpers as make
from volunteers.models import Application, ChildProtectionCheck, Volunteer

pytestmark = pytest.mark.django_db

FIRST, LAST = "Gudrun", "Særpræg"
NAME = f"{FIRST} {LAST}"
EMAIL = "gudrun.saerpraeg@example.org"
PHONE = "+45 29 87 65 43"
MEMBER_PHONE = "+45 31 41 59 26"
PROFILE = "Jeg læser højt for mine børnebørn."
# The alliance group's public list keeps a member's name (the secretariat's record).
PUBLIC_ENTRY = {("alliance_alliancemember", "name")}


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def everyone():
    """One person who is everything at once: a volunteer with applications, an attest and
    sign-ups; an institution's contact who asked for a visit and logged read-aloud; an alliance
    member with a profile, a photo and answers to meetings; invited, audited, mailed."""
    editor = RoleUserFactory(roles=["editor"])
    user = RoleUserFactory(
        email=EMAIL, first_name=FIRST, last_name=LAST, roles=["volunteer", "institution", "member"]
    )
    week = timezone.now() + timedelta(days=7)
    Invitation.objects.create(email=EMAIL, token_hash="a" * 64, expires_at=week)
    # The volunteer.
    volunteer = VolunteerFactory(user=user, name=NAME, phone=PHONE)
    ApplicationFactory(volunteer=volunteer, name=NAME, email=EMAIL, phone=PHONE, status="approved")
    AttestFactory(volunteer=volunteer)
    event = OccasionFactory(title="Læseaften i Hvalsø")
    signup_services.signup_create(
        occasion_id=event.pk, name=NAME, email=EMAIL, phone=PHONE, user=user
    )
    # The institution's contact, who logs in the barometer (the audit log names them).
    place = make.institution(user, name="Børnehuset Mælkebøtten")
    BookingRequest.objects.create(
        institution=place,
        role=make.role(),
        date=timezone.localdate() + timedelta(days=20),
        time_from=time(9),
        time_to=time(10),
        place="Stuen",
        children=8,
        requested_by=user,
    )
    with set_actor(user):
        ReadingEntry.objects.create(
            institution=place, date=date.today(), minutes=20, children=6, logged_by=user
        )
    # The alliance member: a profile, a photo, an edit in the entry's history, answers.
    member = AllianceMemberFactory(
        user=user,
        name=NAME,
        email=EMAIL,
        phone=MEMBER_PHONE,
        share_phone=True,
        profile_text=PROFILE,
        photo_alt="Gudrun i haven",
    )
    member.photo.save("gudrun.png", ContentFile(png()))
    with reversion.create_revision():
        member.save()
        reversion.set_user(editor)
    AdminLogEntry.objects.log_actions(
        user_id=editor.pk, queryset=[volunteer], action_flag=CHANGE, change_message="Ændrede navn"
    )
    come = published_meeting(title="Møde om læsning")
    excused = published_meeting(days=14, title="Møde om trivsel")
    meeting_answer(meeting=come, user=user, answer="come")
    meeting_answer(meeting=excused, user=user, answer="excused")
    notices_send(due_notice_ids())
    return {"user": user, "editor": editor, "member": member, "place": place, "event": event}


def archive(client) -> tuple[dict, str, zipfile.ZipFile]:
    response = client.get("/mine-sider/mine-data.zip")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    files = zipfile.ZipFile(io.BytesIO(response.content))
    return (
        json.loads(files.read("mine-data.json")),
        files.read("sammendrag.txt").decode(),
        files,
    )


# --- export --------------------------------------------------------------------------------------


def test_the_export_holds_every_apps_part_and_a_danish_summary(client, everyone):
    ApplicationFactory(name="En anden", email="anden@example.org")
    client.force_login(everyone["user"])
    data, summary, files = archive(client)
    # The account, the volunteer, the sign-ups, the notices.
    assert data["accounts"]["email"] == EMAIL
    assert set(data["accounts"]["roles"]) == {
        "Frivillig",
        "Institutionskontakt",
        "Medlem af alliancegruppen",
    }
    assert data["volunteers"]["volunteer"]["phone"] == PHONE
    assert data["volunteers"]["child_protection_checks"][0]["outcome"] == "clear"
    assert {s["occasion"] for s in data["signups"]["signups"]} >= {"Læseaften i Hvalsø"}
    assert data["notices"] and all(n["recipient"] == EMAIL for n in data["notices"])
    # The members' profile and meeting answers, the barometer entries, the institution.
    profile = data["members"]["profile"]
    assert (profile["phone"], profile["profile_text"]) == (MEMBER_PHONE, PROFILE)
    assert [(a["meeting"], a["answer"]) for a in data["members"]["meeting_answers"]] == [
        ("Møde om læsning", "come"),
        ("Møde om trivsel", "excused"),
    ]
    assert data["measurement"]["reading_entries"][0]["minutes"] == 20
    assert data["institutions"]["contact_for"] == ["Børnehuset Mælkebøtten"]
    # The photo beside them, as stored.
    assert files.read("foto.png") == png()
    # Nobody else's data.
    assert "En anden" not in json.dumps(data) and "anden@example.org" not in summary
    # The readable summary says it in Danish, part by part; voices says why it holds nothing.
    for line in (
        f"Din konto: {EMAIL}",
        "== Frivillig ==",
        "Børneattest: Modtaget",
        "Din profil i medlemsområdet",
        f"telefon {MEMBER_PHONE}",
        "Dit svar til Møde om læsning",
        ": Jeg kommer.",
        "Afbud med lovligt forfald",
        "Du har registreret 1 højtlæsninger i læsebarometeret",
        "Du er kontaktperson for Børnehuset Mælkebøtten.",
        "Postkort er anonyme",
        "Læseaften i Hvalsø",
    ):
        assert line in summary, line


def test_the_export_is_for_the_signed_in_person_only(client):
    assert client.get("/mine-sider/mine-data.zip").status_code == 302
    editor = RoleUserFactory(roles=["editor"])
    client.force_login(editor)
    data, summary, _files = archive(client)
    assert data["accounts"]["roles"] == ["Redaktør i sekretariatet"]
    assert "en anden i sekretariatet sletter dine data" in summary


# --- erasure --------------------------------------------------------------------------------------


def test_erasing_oneself_leaves_the_name_email_and_phone_in_no_table(
    client, everyone, django_capture_on_commit_callbacks
):
    user, member = everyone["user"], everyone["member"]
    photo = member.photo.name
    assert member.photo.storage.exists(photo)
    # The search finds them everywhere before: the check is not vacuous.
    before = {(table, column) for table, column, _n in occurrences(NAME, EMAIL, PHONE)}
    assert {
        ("accounts_user", "email"),
        ("volunteers_volunteer", "name"),
        ("signups_signup", "phone"),
        ("notices_notice", "recipient"),
        ("alliance_alliancemember", "email"),
        ("auditlog_logentry", "actor_email"),
        ("django_admin_log", "object_repr"),
        ("reversion_version", "serialized_data"),
    } <= before
    client.force_login(user)
    page = client.get("/mine-sider/slet/").content.decode()
    assert "Ja, slet min bruger" in page and "Dit svar til Møde om læsning" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/mine-sider/slet/")
    assert response.status_code == 302 and response["Location"] == "/mine-sider/slettet/"
    # Nor what they wrote about themselves (in the entry's edit history too).
    assert occurrences(NAME, EMAIL, PHONE, MEMBER_PHONE, PROFILE, ignore=PUBLIC_ENTRY) == []
    # The public entry of the alliance group keeps the name, nothing of the profile.
    member.refresh_from_db()
    assert member.name == NAME and member.user is None and member.invitation is None
    assert (member.email, member.phone, member.profile_text, member.photo.name) == ("", "", "", "")
    assert not member.photo.storage.exists(photo)
    # Counts stay: the volunteer, the application, the barometer's entry, the sign-ups.
    assert Volunteer.objects.get().anonymised_at is not None
    assert Application.objects.get().name == "Slettet frivillig"
    assert not ChildProtectionCheck.objects.exists()
    assert ReadingEntry.objects.get().logged_by is None
    assert SignUp.objects.filter(user__isnull=True).count() == SignUp.objects.count() >= 2
    assert not everyone["place"].contacts.exists()
    account = User.objects.get(pk=user.pk)
    assert account.erased_at is not None and not account.is_active
    assert not account.groups.exists() and str(account) == f"Slettet bruger #{user.pk}"
    # Logged out; a second erasure changes nothing.
    assert client.get("/mine-sider/")["Location"].startswith("/konto/login/")
    personal_data.person_erase(user=account, by=None)


def test_the_persons_audit_entries_stay_under_their_pseudonym(everyone):
    user = everyone["user"]
    made = list(LogEntry.objects.filter(actor=user).values_list("pk", flat=True))
    about = LogEntry.objects.filter(object_repr=EMAIL).count()
    assert made and about
    personal_data.person_erase(user=user, by=user)
    pseudonym = f"Slettet bruger #{user.pk}"
    # What they did: every entry still there, still theirs, named by the pseudonym.
    kept = LogEntry.objects.filter(pk__in=made)
    assert kept.count() == len(made)
    assert {(e.actor_id, e.actor_email, str(e.actor)) for e in kept} == {
        (user.pk, pseudonym, pseudonym)
    }
    # What was done to their account: the entries stay, the address became the pseudonym.
    assert LogEntry.objects.filter(object_repr=pseudonym).count() >= about
    # And the erasure itself, once, by them.
    erased = LogEntry.objects.filter(object_pk=str(user.pk), changes__has_key="erased_at")
    assert [(e.actor_id, e.actor_email) for e in erased] == [(user.pk, pseudonym)]


def test_the_erasure_is_one_transaction_across_the_apps(everyone, monkeypatch):
    """A step that fails leaves every app's data as it was (the steps above it ran first)."""
    accounts_step = next(c for c in registry.contributors() if c.app_label == "accounts")

    def broken(person):
        raise RuntimeError("the disk is full")

    monkeypatch.setitem(
        registry._contributors,
        "accounts",
        registry.Contributor(**{**accounts_step.__dict__, "erase": broken}),
    )
    with pytest.raises(RuntimeError):
        personal_data.person_erase(user=everyone["user"], by=None)
    assert Volunteer.objects.get().name == NAME
    assert AllianceMember.objects.get().phone == MEMBER_PHONE
    assert everyone["place"].contacts.filter(pk=everyone["user"].pk).exists()
    assert SignUp.objects.filter(email=EMAIL).exists()


def test_withdrawing_consent_erases_through_the_same_steps(client, everyone):
    client.force_login(everyone["user"])
    assert "Træk mit samtykke tilbage" in client.get("/mine-sider/").content.decode()
    response = client.post("/mine-sider/traek-samtykke-tilbage/")
    assert response.status_code == 302 and response["Location"] == "/mine-sider/slettet/"
    assert Application.objects.get().consent_withdrawn_at is not None
    assert occurrences(NAME, EMAIL, PHONE, MEMBER_PHONE, ignore=PUBLIC_ENTRY) == []


def test_applying_again_after_erasure_makes_a_new_account(everyone):
    from volunteers.services.applications import application_confirm_email

    personal_data.person_erase(user=everyone["user"], by=None)
    application = ApplicationFactory(volunteer=None, email=EMAIL, status="unconfirmed")
    application_confirm_email(application_id=application.pk)
    assert User.objects.get(email=EMAIL).pk != everyone["user"].pk


def test_a_get_erases_nothing_and_other_methods_are_refused(client, everyone):
    client.force_login(everyone["user"])
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/mine-sider/slet/").status_code == 405
    assert client.get("/mine-sider/traek-samtykke-tilbage/").status_code == 405
    assert client.get("/mine-sider/slet/").status_code == 200
    assert User.objects.get(pk=everyone["user"].pk).erased_at is None


def test_nobody_erases_another_outside_the_rule(everyone):
    stranger = RoleUserFactory(roles=["volunteer"], second_factor=False)
    with pytest.raises(ApplicationError) as refused:
        personal_data.person_erase(user=everyone["user"], by=stranger)
    assert refused.value.code == "accounts.erase-not-allowed"
    assert User.objects.get(pk=everyone["user"].pk).erased_at is None
