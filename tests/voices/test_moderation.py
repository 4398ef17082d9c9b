"""The moderators' queue and actions: risk lane first, redaction, approval, follow-up, batch
approval of ordinary cards, paper batches, retention, and the audit log."""

from datetime import date, timedelta

import pytest
from auditlog.models import LogEntry
from django.test import Client
from django.utils import timezone

from tests.factories import RoleUserFactory
from voices.models import PaperBatch, Postcard, RiskWord
from voices.services import originals_delete_expired, postcard_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def cards(db):
    RiskWord.objects.create(word="slår")
    ordinary = postcard_submit(text="Mere fællesskab, jeg hedder Ida Berg")
    risky = postcard_submit(text="Min far slår mig når han drikker")
    return ordinary, risky


def test_the_queue_puts_the_risk_lane_on_top(moderator_client, cards):
    ordinary, risky = cards
    page = moderator_client.get("/unge/moderation/").content.decode()
    assert page.index(f"Postkort #{risky.pk}") < page.index(f"Postkort #{ordinary.pk}")
    # A worrying card shows what it may be about, and is read by opening it; never its text.
    assert "Vold i hjemmet" in page and "<strong>ikke åbnet</strong>" in page
    assert "drikker" not in page and "Mere fællesskab" in page


def test_only_moderators_with_two_factor_read_the_cards(client, cards):
    url = f"/unge/moderation/{cards[1].pk}/"
    assert client.get(url).status_code == 302  # to the login
    editor = Client()
    editor.force_login(RoleUserFactory(roles=["editor"]))
    assert editor.get(url).status_code == 403
    without = Client()
    without.force_login(RoleUserFactory(roles=["moderator"], second_factor=False))
    response = without.get(url)
    assert response.status_code == 302 and "2fa" in response["Location"]


def test_redact_then_approve_deletes_the_original_and_logs_each_action(
    moderator_client, moderator, cards
):
    ordinary, _risky = cards
    url = f"/unge/moderation/{ordinary.pk}/"
    page = moderator_client.get(url).content.decode()
    assert "Mere fællesskab, jeg hedder [navn]" in page  # the suggestion

    response = moderator_client.post(
        url, {"action": "save", "text": "Mere fællesskab, jeg hedder [navn]", "note": ""}
    )
    assert response.status_code == 302
    ordinary.refresh_from_db()
    assert ordinary.text == "Mere fællesskab, jeg hedder [navn]"
    assert ordinary.original_text == "Mere fællesskab, jeg hedder Ida Berg"
    assert ordinary.is_redacted and ordinary.status == "new"

    moderator_client.post(url, {"action": "approve", "text": ordinary.text, "note": ""})
    ordinary.refresh_from_db()
    assert ordinary.status == "approved" and ordinary.original_text == ""

    entries = LogEntry.objects.get_for_object(ordinary)
    assert entries.count() == 2 and {e.actor for e in entries} == {moderator}
    # The log holds what was done, never the text with the name.
    assert not any("Ida" in str(e.changes) for e in entries)


def test_follow_up_with_a_note_and_reject(moderator_client, cards):
    _ordinary, risky = cards
    url = f"/unge/moderation/{risky.pk}/"
    moderator_client.post(
        url, {"action": "follow_up", "text": risky.text, "note": "Talt med skolens AKT-lærer"}
    )
    risky.refresh_from_db()
    assert risky.follow_up and risky.follow_up_note == "Talt med skolens AKT-lærer"
    moderator_client.post(url, {"action": "reject", "text": risky.text, "note": ""})
    risky.refresh_from_db()
    assert risky.status == "rejected"
    assert "Til opfølgning" in moderator_client.get("/unge/moderation/").content.decode()


def test_bad_moderation_input_gets_the_form_back(moderator_client, cards):
    url = f"/unge/moderation/{cards[0].pk}/"
    for data in ({"action": "approve", "text": ""}, {"action": "nonsense", "text": "x"}, {}):
        response = moderator_client.post(url, data)
        assert response.status_code == 200
    assert Postcard.objects.get(pk=cards[0].pk).status == "new"


def test_batch_approval_skips_risk_cards(moderator_client, cards):
    ordinary, risky = cards
    for card in cards:
        moderator_client.get(f"/unge/moderation/{card.pk}/")  # read first
    response = moderator_client.post(
        "/admin/voices/postcard/",
        {"action": "approve_ordinary", "_selected_action": [ordinary.pk, risky.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "sprunget over" in response.content.decode()
    assert Postcard.objects.get(pk=ordinary.pk).status == "approved"
    assert Postcard.objects.get(pk=risky.pk).status == "new"


def test_batch_approval_never_approves_a_card_nobody_has_opened(moderator_client, cards):
    ordinary, _risky = cards
    action = {"action": "approve_ordinary", "_selected_action": [ordinary.pk]}
    response = moderator_client.post("/admin/voices/postcard/", action, follow=True)
    assert "endnu ikke åbnet af en moderator" in response.content.decode()
    assert Postcard.objects.get(pk=ordinary.pk).status == "new"
    moderator_client.get(f"/unge/moderation/{ordinary.pk}/")
    moderator_client.post("/admin/voices/postcard/", action)
    assert Postcard.objects.get(pk=ordinary.pk).status == "approved"


def test_staff_type_in_a_paper_batch_one_card_per_line(moderator_client, schools):
    RiskWord.objects.create(word="ensom")
    response = moderator_client.post(
        "/admin/voices/paperbatch/add/",
        {
            "school": schools[0].pk,
            "collected_on": "2019-03-12",
            "source": "#Ungebussen",
            "cards": "Flere fester på tværs af klasserne\n\nJeg er tit ensom\n",
        },
    )
    assert response.status_code == 302
    batch = PaperBatch.objects.get()
    cards = list(batch.postcards.order_by("pk"))
    assert [c.text for c in cards] == ["Flere fester på tværs af klasserne", "Jeg er tit ensom"]
    assert [c.is_risk for c in cards] == [False, True]
    assert {c.school for c in cards} == {schools[0]} and cards[0].received_on == date(2019, 3, 12)


def test_unmasked_originals_are_deleted_after_14_days(cards):
    from voices.services import postcard_redact

    ordinary, risky = cards
    postcard_redact(ordinary.pk, "Mere fællesskab, jeg hedder [navn]")
    postcard_redact(risky.pk, "Min far [...]")
    Postcard.objects.filter(pk=ordinary.pk).update(
        received_on=timezone.localdate() - timedelta(days=15)
    )
    assert originals_delete_expired() == 1
    assert Postcard.objects.get(pk=ordinary.pk).original_text == ""
    assert Postcard.objects.get(pk=risky.pk).original_text != ""  # still within its 14 days


def test_a_new_risk_word_moves_waiting_cards_to_the_risk_lane(moderator_client):
    card = postcard_submit(text="Vi flumser hver dag i frikvarteret")
    assert not card.is_risk
    response = moderator_client.post(
        "/admin/voices/riskword/add/",
        {
            "word": "flumse*",
            "kind": "risk",
            "category": "bullying",
            "inflect": "on",
            "is_active": "on",
            "note": "",
        },
    )
    assert response.status_code == 302
    card.refresh_from_db()
    assert card.is_risk and card.risk_words == "flumse*"
    assert card.risk_categories == "bullying"


def test_masking_a_card_already_on_the_wall_keeps_no_original_and_clears_the_wall(
    client, moderator_client, django_capture_on_commit_callbacks
):
    from voices.services import postcard_approve

    cards = [postcard_approve(postcard_submit(text=f"Kort {i} fra Sofie").pk) for i in range(5)]
    assert "Kort 0 fra Sofie" in client.get("/unge/vaeggen/").content.decode()  # now cached
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            f"/unge/moderation/{cards[0].pk}/", {"action": "save", "text": "Kort 0 fra [navn]"}
        )
    assert response.status_code == 302
    card = Postcard.objects.get(pk=cards[0].pk)
    assert (card.text, card.original_text, card.status) == ("Kort 0 fra [navn]", "", "approved")
    page = client.get("/unge/vaeggen/").content.decode()
    assert "Kort 0 fra [navn]" in page and "Kort 0 fra Sofie" not in page


def test_a_too_long_paper_card_comes_back_instead_of_being_cut_short(moderator_client, schools):
    long_card = "Vi vil have " + "en rigtig god skaterbane " * 60
    response = moderator_client.post(
        "/admin/voices/paperbatch/add/",
        {
            "school": schools[0].pk,
            "collected_on": "2019-03-12",
            "source": "#Ungebussen",
            "cards": f"Et kort\n{long_card}\n",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Linje 2 er længere end 1000 tegn" in page
    assert "en rigtig god skaterbane " * 60 in page  # what was typed is kept
    assert not PaperBatch.objects.exists() and not Postcard.objects.exists()


def test_batch_approval_checks_the_word_list_as_it_is_now(moderator_client, moderator):
    from django.core import mail

    from notices.services import due_notice_ids, notices_send
    from voices.services import postcard_open

    card = postcard_submit(text="Vi flumser hver dag på skolen")
    fine = postcard_submit(text="Flere bænke i skolegården")
    for opened in (card, fine):
        postcard_open(opened.pk)
    RiskWord.objects.create(word="flumse*")  # outside the admin: no recheck ran
    assert not Postcard.objects.get(pk=card.pk).is_risk
    moderator_client.post(
        "/admin/voices/postcard/",
        {"action": "approve_ordinary", "_selected_action": [card.pk, fine.pk]},
    )
    card.refresh_from_db()
    assert card.status == "new" and card.is_risk and card.risk_words == "flumse*"
    assert Postcard.objects.get(pk=fine.pk).status == "approved"
    notices_send(due_notice_ids())
    assert [m.to for m in mail.outbox] == [[moderator.email]]


def test_the_text_of_a_card_not_shown_is_deleted_14_days_after_the_decision(cards):
    from voices.services import postcard_follow_up, postcard_reject

    ordinary, risky = cards
    postcard_reject(ordinary.pk)
    postcard_reject(risky.pk)
    postcard_follow_up(risky.pk, "Talt med skolens trivselsperson")
    kept = postcard_submit(text="Venter stadig på en voksen")
    later = timezone.now() + timedelta(days=14, minutes=1)
    originals_delete_expired(now=timezone.now() + timedelta(days=13))
    assert Postcard.objects.get(pk=ordinary.pk).text.startswith("Mere fællesskab")
    originals_delete_expired(now=later)
    assert Postcard.objects.get(pk=ordinary.pk).text == ""  # the name went with it
    assert Postcard.objects.get(pk=risky.pk).text.startswith("Min far")  # followed up
    assert Postcard.objects.get(pk=kept.pk).text == "Venter stadig på en voksen"
    assert Postcard.objects.count() == 3  # still counted


def test_the_moderators_pages_are_never_kept_in_a_browser_cache(moderator_client, cards):
    for url in ("/unge/moderation/", f"/unge/moderation/{cards[1].pk}/"):
        response = moderator_client.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_an_error_report_would_not_show_the_cards_text(moderator_client, cards):
    from django.views.debug import SafeExceptionReporterFilter

    response = moderator_client.post(
        f"/unge/moderation/{cards[1].pk}/", {"action": "save", "text": "Min far [...]", "note": "x"}
    )
    shown = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)
    assert "Min far" not in str(shown) and shown["action"] == "save"


def test_the_queue_uses_a_fixed_number_of_queries(moderator_client, django_assert_max_num_queries):
    from voices.services import postcard_follow_up

    batch = PaperBatch.objects.create(collected_on=date(2019, 3, 12), source="#Ungebussen")
    for n in range(6):
        card = postcard_submit(text=f"Papirkort {n}", batch=batch)
        postcard_follow_up(card.pk, "Tales med skolen")
    moderator_client.get("/unge/moderation/")  # the session and the second factor, once
    with django_assert_max_num_queries(12):
        assert moderator_client.get("/unge/moderation/").status_code == 200
