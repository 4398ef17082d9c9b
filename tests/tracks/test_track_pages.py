"""The tracks' public pages."""

import pytest

pytestmark = pytest.mark.django_db


def test_track_page_lists_goals_imprints_and_initiatives(client, content):
    response = client.get(content["track"].get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Relationer i den tidlige barndom</h1>" in html
    assert "Flere børn hører højtlæsning hver dag" in html
    assert "Alle daginstitutioner bruger læsebarometeret" in html
    assert "Lejre Læser" in html
