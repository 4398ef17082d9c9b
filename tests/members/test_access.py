"""Who reaches the members' area: the member role, a current entry, two-factor; staff too."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import (
    TOTP_SECRET,
    RoleUserFactory,
    current_totp_code,
    member_document,
    member_user,
    published_meeting,
)

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def test_a_member_without_two_factor_is_sent_to_set_it_up(client):
    user = member_user(second_factor=False)
    client.force_login(user)
    response = client.get("/medlemmer/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/2fa/?next=%2Fmedlemmer%2F")


def test_a_member_logs_in_with_the_code_and_reaches_the_area(client):
    user = member_user()
    response = client.post("/konto/login/", {"login": user.email, "password": PASSWORD})
    assert response["Location"].startswith("/konto/2fa/authenticate/")
    assert client.get("/medlemmer/").status_code == 302  # password alone is not enough
    client.post("/konto/2fa/authenticate/", {"code": current_totp_code(TOTP_SECRET)})
    response = client.get("/medlemmer/")
    assert response.status_code == 200
    assert "Medlemsområdet" in response.content.decode()


def test_access_ends_the_day_after_member_until(client):
    user = member_user(member_until=timezone.localdate())
    client.force_login(user)
    assert client.get("/medlemmer/").status_code == 200  # the last day still counts
    user.alliance_member.member_until = timezone.localdate() - timedelta(days=1)
    user.alliance_member.save()
    assert client.get("/medlemmer/").status_code == 403


def test_a_former_members_old_links_give_nothing(client):
    user = member_user()
    document = member_document()
    meeting = published_meeting()
    client.force_login(user)
    assert client.get(document.get_absolute_url()).status_code == 200
    client.post("/medlemmer/kalender/")
    feed_url = f"/medlemmer/kalender/{user.calendar_feed.token}.ics"
    assert client.get(feed_url).status_code == 200
    user.alliance_member.is_current = False
    user.alliance_member.save()
    for url in [document.get_absolute_url(), meeting.get_absolute_url(), "/medlemmer/"]:
        assert client.get(url).status_code == 403
    assert client.get(feed_url).status_code == 404


def test_a_document_is_served_privately_with_its_name(client):
    document = member_document(title="Vidensgrundlag", kind="knowledge")
    client.force_login(member_user())
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert 'filename="dagsorden.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_guessed_file_name_or_id_finds_nothing(client):
    document = member_document()
    client.force_login(member_user())
    assert client.get(f"/medlemmer/dokumenter/{document.pk}/andet.pdf").status_code == 404
    assert client.get(f"/medlemmer/dokumenter/{document.pk + 99}/dagsorden.pdf").status_code == 404
    # The stored name is random and there is no public address for it.
    assert document.file.name.startswith("documents/") and "dagsorden" not in document.file.name
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_documents_never_reach_the_sitemap_search_or_the_page_cache(client):
    document = member_document(title="Hemmeligt bilag om budget", lines=("budgetforslag",))
    assert client.get("/sitemap.xml").content.count(b"/medlemmer/") == 0
    html = client.get("/soeg/", {"q": "budgetforslag"}).content.decode()
    assert "/medlemmer/" not in html and "Hemmeligt" not in html
    # A member opens it; the anonymous visitor after them gets no cached copy.
    member = member_user()
    client.force_login(member)
    assert client.get(document.get_absolute_url()).status_code == 200
    client.logout()
    response = client.get(document.get_absolute_url())
    assert response.status_code == 302 and "/konto/login/" in response["Location"]


def test_the_secretariat_sees_the_attendance_and_records_who_came(client):
    meeting = published_meeting()
    coming = member_user(name="Anne")
    member_user(name="Bo")
    client.force_login(coming)
    client.post(meeting.get_absolute_url(), {"answer": "come"})
    editor = RoleUserFactory(roles=["editor"])
    client.force_login(editor)
    url = f"/medlemmer/moeder/{meeting.pk}/fremmoede/"
    html = client.get(url).content.decode()
    assert "1 har sagt, at de kommer" in html and "Der skal 1 til" in html
    anne = coming.alliance_member
    response = client.post(url, {"attendees": [anne.pk]})
    assert response.status_code == 302
    assert list(meeting.attendees.all()) == [anne]
    assert "Mødet var beslutningsdygtigt." in client.get(url).content.decode()


def test_the_header_links_the_area_only_for_those_who_may_enter(client):
    user = member_user()
    client.force_login(user)
    assert 'href="/medlemmer/"' in client.get("/mine-sider/").content.decode()
    user.alliance_member.is_current = False
    user.alliance_member.save()
    assert 'href="/medlemmer/"' not in client.get("/mine-sider/").content.decode()


def test_a_coordinator_who_is_also_a_former_member_is_kept_out(client):
    user = RoleUserFactory(roles=["coordinator", "member"])
    from tests.factories import AllianceMemberFactory

    AllianceMemberFactory(user=user, is_current=False)
    client.force_login(user)
    assert client.get("/medlemmer/").status_code == 403


def test_the_secretariat_sees_a_meeting_but_does_not_answer_for_the_group(client):
    meeting = published_meeting()
    client.force_login(RoleUserFactory(roles=["editor"]))
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Kommer du?" not in html
    assert client.post(meeting.get_absolute_url(), {"answer": "come"}).status_code == 403


def test_in_production_the_private_files_have_a_volume_the_proxy_never_sees():
    from pathlib import Path

    import yaml
    from django.conf import settings

    compose = yaml.safe_load((Path(settings.BASE_DIR) / "docker-compose.yml").read_text())
    web, proxy = compose["services"]["web"], compose["services"]["proxy"]
    assert web["environment"]["PRIVATE_MEDIA_ROOT"] == "/srv/dig/private"
    assert "private:/srv/dig/private" in web["volumes"]
    assert not any("private" in volume for volume in proxy["volumes"])
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() != Path(settings.MEDIA_ROOT).resolve()
