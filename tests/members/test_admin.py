"""The secretariat's side: invitations from a member's entry, uploads checked by content,
meetings sent out only for the future, minutes with history; bad input never a 500."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

from accounts.models import Invitation
from accounts.roles import MEMBER
from members.documents import tiny_pdf
from members.models import Document, Meeting
from tests.factories import AllianceMemberFactory, member_user, published_meeting

pytestmark = pytest.mark.django_db


def test_an_editor_invites_a_member_from_the_entry_and_the_account_is_tied_to_it(
    staff_client, client, mailoutbox, django_capture_on_commit_callbacks
):
    member = AllianceMemberFactory(name="Mette", email="mette@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            "/admin/alliance/alliancemember/",
            {"action": "invite_members", "_selected_action": [member.pk]},
            follow=True,
        )
    assert response.status_code == 200
    invitation = Invitation.objects.get(email="mette@example.org")
    assert [g.name for g in invitation.roles.all()] == [MEMBER.name]
    link = next(line for line in mailoutbox[0].body.split() if "/konto/invitation/" in line)
    token = link.rstrip("/").rsplit("/", 1)[-1]
    from accounts.services import invitation_accept

    user = invitation_accept(token=token, password="correct horse battery")
    from allauth.mfa.totp.internal.auth import TOTP

    from tests.factories import TOTP_SECRET

    TOTP.activate(user, TOTP_SECRET)
    client.force_login(user)
    assert client.get("/medlemmer/").status_code == 200
    member.refresh_from_db()
    assert member.user == user


def test_an_entry_without_an_address_gets_a_clear_message(staff_client):
    member = AllianceMemberFactory(name="Uden")
    response = staff_client.post(
        "/admin/alliance/alliancemember/",
        {"action": "invite_members", "_selected_action": [member.pk]},
        follow=True,
    )
    assert "Skriv medlemmets e-mailadresse" in response.content.decode()
    assert not Invitation.objects.exists()


def upload(client, name, content, **extra):
    return client.post(
        "/admin/members/document/add/",
        {
            "title": "Bilag",
            "kind": "attachment",
            "file": SimpleUploadedFile(name, content),
            **extra,
        },
    )


def test_a_pdf_is_stored_privately_and_its_text_is_searchable(staff_client, client):
    response = upload(staff_client, "notat.pdf", tiny_pdf(["Forældresamarbejde i dagplejen"]))
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.content_type == "application/pdf" and "dagplejen" in document.text
    client.force_login(member_user())
    html = client.get("/medlemmer/dokumenter/", {"q": "dagplejen"}).content.decode()
    assert document.get_absolute_url() in html
    html = client.get("/medlemmer/dokumenter/", {"q": "fodbold"}).content.decode()
    assert document.get_absolute_url() not in html


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.pdf", b"MZ\x90\x00" + b"\x00" * 100, "ikke en type, vi tager imod"),
        ("side.pdf", b"<html><script>alert(1)</script></html>", "ikke en type, vi tager imod"),
        ("billede.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "passer ikke til dens indhold"),
    ],
)
def test_a_disguised_file_gets_a_clear_danish_message(staff_client, name, content, message):
    response = upload(staff_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Document.objects.exists()


@override_settings(ALLIANCE_UPLOAD_MAX_BYTES=1024)
def test_an_oversized_file_is_refused_with_the_limit(staff_client):
    response = upload(staff_client, "stor.pdf", tiny_pdf(["x"]) + b"%" * 2048)
    assert response.status_code == 200
    assert "Filen er for stor" in response.content.decode()
    assert not Document.objects.exists()


def meeting_form(days, **extra):
    starts = timezone.localtime() + timedelta(days=days)
    ends = starts + timedelta(hours=2)
    return {
        "title": "Møde",
        "starts_at_0": starts.strftime("%d.%m.%Y"),
        "starts_at_1": starts.strftime("%H:%M"),
        "ends_at_0": ends.strftime("%d.%m.%Y"),
        "ends_at_1": ends.strftime("%H:%M"),
        "place": "Rådhuset",
        "status": "published",
        "agenda_items-TOTAL_FORMS": "1",
        "agenda_items-INITIAL_FORMS": "0",
        "agenda_items-0-number": "1",
        "agenda_items-0-title": "<script>alert('x')</script> Budget",
        **extra,
    }


def test_a_meeting_in_the_past_is_not_sent_out(staff_client, mailoutbox):
    member_user()
    response = staff_client.post("/admin/members/meeting/add/", meeting_form(-2))
    assert response.status_code == 200
    assert "Mødet ligger i fortiden" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_published_meeting_invites_and_script_in_the_agenda_stays_text(
    staff_client, client, mailoutbox
):
    member = member_user()
    response = staff_client.post("/admin/members/meeting/add/", meeting_form(10))
    assert response.status_code == 302, response.content.decode()[:3000]
    meeting = Meeting.objects.get()
    assert meeting.status == "published" and meeting.occasion is not None
    client.force_login(member)
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    from notices.services import due_notice_ids, notices_send

    notices_send(due_notice_ids())
    assert [m.to[0] for m in mailoutbox if m.subject.startswith("Invitation")] == [member.email]


def test_minutes_keep_their_versions(staff_client):
    meeting = published_meeting(days=3)
    url = "/admin/members/minutes/add/"
    data = {"meeting": meeting.pk, "status": "comments", "text": "<p>Første udkast</p>"}
    assert staff_client.post(url, data).status_code == 302
    from members.models import Minutes

    minutes = Minutes.objects.get()
    change = f"/admin/members/minutes/{minutes.pk}/change/"
    data |= {"status": "approved", "approved_on": "", "text": "<p>Endelig</p>"}
    response = staff_client.post(change, data)
    assert response.status_code == 200 and "Skriv datoen" in response.content.decode()
    data["approved_on"] = timezone.localdate().strftime("%d.%m.%Y")
    assert staff_client.post(change, data).status_code == 302
    from reversion.models import Version

    assert Version.objects.get_for_object(minutes).count() == 2
    assert staff_client.get(f"{change.removesuffix('change/')}history/").status_code == 200


def test_the_admin_front_page_lists_coming_meetings_with_answers(staff_client, client):
    meeting = published_meeting(days=4, title="Budgetmøde")
    client.force_login(member_user())
    client.post(meeting.get_absolute_url(), {"answer": "come"})
    html = staff_client.get("/admin/").content.decode()
    assert "Kommende møder i alliancegruppen" in html and "Budgetmøde" in html
    assert "1 kommer" in html and f"/medlemmer/moeder/{meeting.pk}/fremmoede/" in html
