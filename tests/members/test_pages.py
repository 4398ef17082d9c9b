"""The member's own pages: meetings, answers, minutes, directory, profile; bad input."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members.models import Minutes
from signups.models import SignUp
from tests.factories import member_user, published_meeting

pytestmark = pytest.mark.django_db


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(buffer, "PNG")
    return buffer.getvalue()


def test_meetings_upcoming_first_then_past_by_year(client):
    soon = published_meeting(days=3, title="Snart")
    later = published_meeting(days=40, title="Senere")
    past = published_meeting(days=2, title="Forbi")
    type(past).objects.filter(pk=past.pk).update(
        starts_at=past.starts_at.replace(year=2024), ends_at=past.ends_at.replace(year=2024)
    )
    client.force_login(member_user())
    html = client.get("/medlemmer/moeder/").content.decode()
    assert html.index(soon.title) < html.index(later.title) < html.index("2024")
    assert "Forbi" in html.split("2024")[1]


def test_answers_change_and_are_kept_on_the_occasion(client):
    meeting = published_meeting()
    user = member_user()
    client.force_login(user)
    assert client.post(meeting.get_absolute_url(), {"answer": "come"}).status_code == 302
    assert SignUp.objects.get(status="confirmed").occasion == meeting.occasion
    assert meeting.occasion.capacity is None
    client.post(meeting.get_absolute_url(), {"answer": "excused"})
    latest = SignUp.objects.exclude(status="cancelled").get()
    assert latest.status == "declined" and latest.answer == "excused"
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Afbud med lovligt forfald" in html


@pytest.mark.parametrize("data", [{}, {"answer": "maybe"}, {"answer": "<script>x</script>"}])
def test_a_bad_answer_gets_a_clear_message(client, data):
    meeting = published_meeting()
    client.force_login(member_user())
    response = client.post(meeting.get_absolute_url(), data)
    assert response.status_code == 400
    assert "Vælg dit svar." in response.content.decode()
    assert not SignUp.objects.exists()


def test_members_see_approved_minutes_and_a_draft_marked_as_such(client):
    meeting = published_meeting(days=2)
    minutes = Minutes.objects.create(meeting=meeting, text="<p>Hemmelig kladde</p>")
    client.force_login(member_user())
    assert "Hemmelig kladde" not in client.get(meeting.get_absolute_url()).content.decode()
    minutes.status = Minutes.Status.COMMENTS
    minutes.text = "<p>Udkastet</p>"
    minutes.save()
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Udkastet" in html and "Udkast – ikke godkendt." in html
    minutes.status = Minutes.Status.APPROVED
    minutes.save()
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Udkast – ikke godkendt." not in html and "Godkendt" in html


def test_the_directory_shows_only_what_each_member_chose_to_share(client):
    sharing = member_user(name="Deler", share_email=True, phone="11223344", share_phone=True)
    private = member_user(name="Privat", phone="99887766")
    member_user(name="Tidligere", current=False)
    client.force_login(sharing)
    html = client.get("/medlemmer/medlemsliste/").content.decode()
    assert sharing.email in html and "11223344" in html
    assert "Privat" in html and private.email not in html and "99887766" not in html
    assert "Tidligere" not in html


def test_profile_photo_needs_alt_text_and_is_served_only_to_members(client):
    user = member_user(name="Foto")
    client.force_login(user)
    data = {"profile_text": "Jeg er formand for en idrætsforening.", "notify_meetings": "on"}
    response = client.post(
        "/medlemmer/profil/", {**data, "photo": SimpleUploadedFile("mig.png", png())}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Beskriv fotoet" in html and "idrætsforening" in html  # what was typed is kept
    response = client.post(
        "/medlemmer/profil/",
        {**data, "photo": SimpleUploadedFile("mig.png", png()), "photo_alt": "Foto af mig"},
    )
    assert response.status_code == 302
    member = user.alliance_member
    member.refresh_from_db()
    assert member.profile_text.startswith("Jeg er") and not member.notify_minutes
    assert client.get("/medlemmer/profil/").status_code == 200  # with the stored photo
    photo_url = f"/medlemmer/medlemsliste/{member.pk}/foto"
    assert 'alt="Foto af mig"' in client.get("/medlemmer/medlemsliste/").content.decode()
    assert client.get(photo_url)["Cache-Control"] == "private, no-store"
    client.logout()
    assert client.get(photo_url).status_code == 302


def test_a_disguised_photo_is_refused(client):
    client.force_login(member_user())
    response = client.post(
        "/medlemmer/profil/",
        {"photo": SimpleUploadedFile("mig.png", b"%PDF-1.4 not an image"), "photo_alt": "x"},
    )
    assert response.status_code == 400
    assert "ikke et billede" in response.content.decode()


def test_the_calendar_feed_lists_every_published_meeting(client):
    meeting = published_meeting(title="Strategimøde")
    user = member_user()
    client.force_login(user)
    client.post("/medlemmer/kalender/")
    client.logout()
    body = client.get(f"/medlemmer/kalender/{user.calendar_feed.token}.ics").content.decode()
    assert "Strategimøde" in body and f"occasion-{meeting.occasion_id}@" in body
    assert client.get("/medlemmer/kalender/gaet.ics").status_code == 404


def test_admin_pages_with_private_files_open(client, staff_client):
    from tests.factories import member_document

    user = member_user(name="Med foto")
    client.force_login(user)
    client.post(
        "/medlemmer/profil/",
        {
            "photo": SimpleUploadedFile("mig.png", png()),
            "photo_alt": "Mig",
            "notify_meetings": "on",
        },
    )
    member = user.alliance_member
    member.refresh_from_db()
    assert member.photo
    assert (
        staff_client.get(f"/admin/alliance/alliancemember/{member.pk}/change/").status_code == 200
    )
    document = member_document()
    assert staff_client.get(f"/admin/members/document/{document.pk}/change/").status_code == 200


def test_member_pages_are_never_stored_by_shared_caches(client):
    meeting = published_meeting()
    client.force_login(member_user())
    for url in ["/medlemmer/", "/medlemmer/moeder/", meeting.get_absolute_url()]:
        response = client.get(url)
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_meeting_list_asks_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for days in range(1, 16):
        meeting = published_meeting(days=days)
        Minutes.objects.create(meeting=meeting, status="approved")
    client.force_login(member_user())
    client.get("/medlemmer/moeder/")
    with django_assert_max_num_queries(15):
        assert client.get("/medlemmer/moeder/").status_code == 200
