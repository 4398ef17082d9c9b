"""Request bodies are capped before anything reads them: 2.5 MB everywhere, the upload limit
(20 MB) plus the form around it where signed-in people upload files (the admin, a member's
photo), with the site's own 413 page in Danish or English. The proxy's side of it is in
test_deploy_config.py."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from members.documents import tiny_pdf
from members.models import Document
from tests.factories import RoleUserFactory, member_user

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


def padded_pdf(size: int) -> bytes:
    """A real PDF (it passes the upload check) padded with a trailing comment to `size`."""
    pdf = tiny_pdf(["Bilag til mødet"])
    return pdf + b"\n%" + b"0" * (size - len(pdf) - 2)


def declared(client, path, length: int, **extra):
    """A POST that declares `length` bytes but carries only a few: whatever the portal reads
    beyond the few would fail loudly, so a 413 shows nothing was read."""
    return client.post(
        path, b"x=1", content_type="application/x-www-form-urlencoded", CONTENT_LENGTH=str(length)
    )


def test_an_anonymous_large_upload_gets_the_413_page_and_is_not_read(client):
    response = client.post(
        "/konto/login/",
        {
            "login": "a@example.org",
            "password": "x",
            "file": SimpleUploadedFile("s.bin", b"0" * 3 * MB),
        },
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert "Det, du sendte, er for stort" in html and "20 MB" in html
    assert 'href="#indhold"' in html and '<html lang="da">' in html  # the site's layout
    # Declared 50 MB: answered from the header alone.
    assert declared(client, "/konto/login/", 50 * MB).status_code == 413
    assert declared(client, "/unge/", 50 * MB).status_code == 413


def test_the_page_is_english_on_the_english_site(client):
    response = declared(client, "/en/konto/login/", 3 * MB)
    assert response.status_code == 413
    html = response.content.decode()
    assert '<html lang="en">' in html and "too large" in html


def test_a_body_under_the_cap_is_served_as_before(client):
    response = client.post("/konto/login/", {"login": "a@example.org", "password": "x" * 1000})
    assert response.status_code == 200  # the form, with its message


def test_staff_upload_a_member_document_of_up_to_twenty_mb(staff_client):
    response = staff_client.post(
        "/admin/members/document/add/",
        {
            "title": "Bilag",
            "kind": "attachment",
            "file": SimpleUploadedFile("bilag.pdf", padded_pdf(settings.ALLIANCE_UPLOAD_MAX_BYTES)),
        },
    )
    assert response.status_code == 302
    assert Document.objects.get().file.size == settings.ALLIANCE_UPLOAD_MAX_BYTES
    # More than one upload's worth is refused even from staff.
    too_much = declared(staff_client, "/admin/members/document/add/", 22 * MB)
    assert too_much.status_code == 413


def test_the_upload_allowance_is_only_for_those_who_may_upload_there(client):
    # Not signed in, or signed in without admin access: the ordinary cap.
    assert declared(client, "/admin/members/document/add/", 5 * MB).status_code == 413
    client.force_login(RoleUserFactory(roles=["volunteer"]))
    assert declared(client, "/admin/members/document/add/", 5 * MB).status_code == 413
    # A signed-in volunteer's own pages take no files either.
    assert declared(client, "/mine-sider/", 5 * MB).status_code == 413


def test_a_member_uploads_a_large_photo_but_strangers_cannot(client):
    assert declared(client, "/medlemmer/profil/", 5 * MB).status_code == 413
    client.force_login(member_user())
    photo = SimpleUploadedFile("mig.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 5 * MB)
    response = client.post("/medlemmer/profil/", {"photo": photo})
    # Received and judged by the form (not a PNG anyone can open), not refused unread.
    assert response.status_code == 400


def test_the_proxys_page_is_served_in_both_languages(client):
    for path, lang in (("/fejl/413/", "da"), ("/en/fejl/413/", "en")):
        response = client.get(path)
        assert response.status_code == 413
        assert f'<html lang="{lang}">' in response.content.decode()
