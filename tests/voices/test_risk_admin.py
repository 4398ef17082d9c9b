"""The moderators' word list in the admin: try a text, try an edit before saving it, and the
default lines that are switched off rather than deleted."""

import pytest

from tests.factories import RoleUserFactory
from voices.models import Postcard, RiskWord
from voices.services import postcard_open, postcard_submit

pytestmark = pytest.mark.django_db

TRY_URL = "/admin/voices/riskword/proev/"


def line_form(word, **extra):
    return {
        "word": word,
        "kind": "risk",
        "category": "bullying",
        "inflect": "on",
        "is_active": "on",
        "note": "",
        **extra,
    }


def test_try_a_text_shows_which_line_caught_it_and_the_lists_score(moderator_client):
    page = moderator_client.post(
        TRY_URL, {"text": "Nogle gange har jeg lyst til at skære i mig selv"}
    ).content.decode()
    assert "Fanget af" in page and "Selvskade" in page
    assert "af de bekymrende kort" in page and "falsk alarm" in page
    page = moderator_client.post(TRY_URL, {"text": "Vi skar løg til suppen"}).content.decode()
    assert "Ingen linje fanger teksten" in page
    assert "Undtagelsen" in page  # "skære … løg" is a harmless idiom
    assert moderator_client.get("/admin/voices/riskword/").status_code == 200
    # Only those who may see the list.
    editor = RoleUserFactory(roles=["editor"])
    moderator_client.force_login(editor)
    assert moderator_client.post(TRY_URL, {"text": "x"}).status_code == 403


def test_an_edit_is_tried_on_the_labelled_cards_before_it_is_saved(moderator_client):
    before = RiskWord.objects.count()
    response = moderator_client.post(
        "/admin/voices/riskword/add/",
        line_form("skole", try_text="Jeg elsker min skole", _try="Prøv uden at gemme"),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert RiskWord.objects.count() == before  # nothing saved
    assert "Med din ændring" in page and "Nye falske alarmer" in page
    assert "Fanget af »skole«" in page
    # The typed line and text come back as they were.
    assert 'value="skole"' in page and "Jeg elsker min skole" in page


def test_switching_a_default_line_off_is_tried_too(moderator_client):
    line = RiskWord.objects.get(default_key="suicidal.selvmord")
    response = moderator_client.post(
        f"/admin/voices/riskword/{line.pk}/change/",
        line_form(line.word, category="suicidal", is_active="", _try="Prøv uden at gemme"),
    )
    page = response.content.decode()
    assert "Fanges ikke længere" in page or "Ændringen flytter ingen af eksemplerne" in page
    line.refresh_from_db()
    assert line.is_active and not line.edited


def test_a_pattern_that_cannot_be_read_comes_back_with_a_message(moderator_client):
    response = moderator_client.post("/admin/voices/riskword/add/", line_form("… mig"))
    assert response.status_code == 200
    assert "»…« og »+« skal stå mellem ord." in response.content.decode()
    response = moderator_client.post("/admin/voices/riskword/add/", line_form("@ukendt + slå"))
    assert "Gruppen »@ukendt« findes ikke." in response.content.decode()


def test_a_default_line_is_switched_off_not_deleted_and_an_edit_marks_it(moderator_client):
    line = RiskWord.objects.get(default_key="threats.skoleskyderi")
    moderator_client.post(f"/admin/voices/riskword/{line.pk}/delete/", {"post": "yes"})
    line.refresh_from_db()
    assert not line.is_active and line.edited
    own = RiskWord.objects.create(word="flumse*")
    moderator_client.post(f"/admin/voices/riskword/{own.pk}/delete/", {"post": "yes"})
    assert not RiskWord.objects.filter(pk=own.pk).exists()
    # Restored as the default has it.
    moderator_client.post(
        "/admin/voices/riskword/",
        {"action": "restore_default", "_selected_action": [line.pk]},
    )
    line.refresh_from_db()
    assert line.is_active and not line.edited


def test_the_moderator_is_told_when_an_approved_card_will_show(moderator_client, schools):
    card = postcard_submit(text="Flere bænke i skolegården", school=schools[0], age_band="13-15")
    postcard_open(card.pk)
    response = moderator_client.post(
        f"/unge/moderation/{card.pk}/",
        {"action": "approve", "text": card.text, "note": ""},
        follow=True,
    )
    assert "vises på væggen, når fem godkendte kort deler skole og aldersgruppe" in (
        response.content.decode()
    )
    for n in range(4):
        postcard_submit(text=f"Kort {n}", school=schools[0], age_band="13-15")
    last = Postcard.objects.filter(status="new").order_by("pk")
    for other in last[:3]:
        moderator_client.post(
            f"/unge/moderation/{other.pk}/", {"action": "approve", "text": other.text, "note": ""}
        )
    fifth = last.last()
    response = moderator_client.post(
        f"/unge/moderation/{fifth.pk}/",
        {"action": "approve", "text": fifth.text, "note": ""},
        follow=True,
    )
    assert "Postkortet er godkendt og vises på væggen." in response.content.decode()
