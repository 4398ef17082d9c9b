"""The demo gives the members' area meetings, agendas, approved minutes and documents, and
`demo_member` a login to try it with."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from demo.loader import load_demo
from members.models import Document, Meeting, Minutes
from tests.factories import TOTP_SECRET, current_totp_code

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True)
def test_the_demo_area_lives_and_the_demo_member_logs_in_with_two_factor(client):
    load_demo()
    load_demo()  # idempotent
    assert Meeting.objects.published().upcoming().count() == 1
    assert Meeting.objects.count() == 3 and Document.objects.count() == 2
    assert Minutes.objects.filter(status="approved").count() == 2
    assert Document.objects.filter(kind="knowledge", text__contains="Vidensgrundlag").exists()
    out = StringIO()
    call_command("demo_member", stdout=out)
    assert TOTP_SECRET in out.getvalue()
    client.post("/konto/login/", {"login": "medlem@example.org", "password": "demo-medlem-2026"})
    client.post("/konto/2fa/authenticate/", {"code": current_totp_code(TOTP_SECRET)})
    html = client.get("/medlemmer/").content.decode()
    assert "Status på Lejre Læser" not in html and "Næste møde" in html
    meeting = Meeting.objects.published().upcoming().get()
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Status på Lejre Læser og læsebarometeret" in html
