"""The alliance group's public page."""

import pytest

pytestmark = pytest.mark.django_db


def test_alliance_page_marks_chair_vice_chair_and_former(client, content):
    html = client.get("/alliancen/").content.decode()
    # Each role sits with its own member, not just somewhere on the page.
    assert '<strong>Burak Ulrik Ulucan</strong> <span class="tag">Formand</span>' in html
    assert '<strong>Peter Roland Christensen</strong> <span class="tag">Næstformand</span>' in html
    current, former = html.split("Tidligere medlemmer")
    assert "Burak Ulrik Ulucan" in current
    assert "Jan Dehn" in former and "Jan Dehn" not in current
    assert "Helsefonden" in html and "Sine Jung Gormsen" in html
