"""Review findings on the members' area: each test failed before its fix."""

import pytest

from members.models import Meeting, Minutes
from tests.factories import member_document, member_user, published_meeting

pytestmark = pytest.mark.django_db


def test_papers_of_an_unsent_meeting_or_of_draft_minutes_stay_with_the_secretariat(
    client, staff_client
):
    """A meeting not yet sent out and minutes still in the secretariat's draft are not the
    members' to read: neither their files by direct URL nor in the document list or search."""
    draft_meeting = published_meeting(days=3)
    Meeting.objects.filter(pk=draft_meeting.pk).update(status=Meeting.Status.DRAFT)
    unsent = member_document(title="Udkast til dagsorden", kind="agenda", meeting=draft_meeting)
    sent = published_meeting(days=5)
    draft_file = member_document(title="Referatkladde", kind="minutes", meeting=sent)
    minutes = Minutes.objects.create(meeting=sent, document=draft_file)
    client.force_login(member_user())
    for document in (unsent, draft_file):
        assert client.get(document.get_absolute_url()).status_code == 404
        assert staff_client.get(document.get_absolute_url()).status_code == 200
    listing = client.get("/medlemmer/dokumenter/").content.decode()
    searched = client.get("/medlemmer/dokumenter/", {"q": "Referatkladde"}).content.decode()
    assert "Referatkladde" not in client.get(sent.get_absolute_url()).content.decode()
    assert "Udkast til dagsorden" not in listing and "Referatkladde" not in listing
    # The query itself is echoed (search field, language links); no hit is listed.
    assert draft_file.get_absolute_url() not in searched
    minutes.status = Minutes.Status.COMMENTS
    minutes.save()
    assert client.get(draft_file.get_absolute_url()).status_code == 200
