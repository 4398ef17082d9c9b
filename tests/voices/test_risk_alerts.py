"""The moderators' alerts: gathered in a burst, sent again when nobody reads a worrying card in
time (to the secretariat's lead too), and only to those who may read the cards now."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone

from notices.models import Notice
from notices.services import due_notice_ids, notices_send
from tests.factories import RoleUserFactory
from voices.alerts import escalate_unread
from voices.models import Postcard
from voices.services import originals_delete_expired, postcard_open, postcard_submit

pytestmark = pytest.mark.django_db

WORRYING = "jeg har lyst til at skære i mig selv"


def send():
    notices_send(due_notice_ids())


def test_sixty_cards_in_a_burst_give_each_moderator_one_alert_saying_how_many():
    moderator = RoleUserFactory(roles=["moderator"])
    for n in range(60):
        postcard_submit(text=f"{WORRYING} {n}")
        send()
    # The first card is told at once; the other 59 wait for the window instead of 59 e-mails.
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    assert "Et bekymrende postkort" in mail.outbox[0].subject
    # Ten minutes on, the next card alerts again, counting every card still unread.
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        postcard_submit(text=WORRYING)
        send()
    assert len(mail.outbox) == 2 and "61 bekymrende postkort" in mail.outbox[1].subject


def test_a_card_within_the_window_is_told_when_the_window_ends():
    RoleUserFactory(roles=["moderator"])
    postcard_submit(text=WORRYING)
    send()
    with time_machine.travel(timezone.now() + timedelta(minutes=3)):
        postcard_submit(text=WORRYING)
        send()
        assert len(mail.outbox) == 1  # gathered: not yet
    with time_machine.travel(timezone.now() + timedelta(minutes=10, seconds=5)):
        send()
    assert len(mail.outbox) == 2 and "2 bekymrende postkort" in mail.outbox[1].subject


def test_an_alert_with_nothing_left_to_read_is_not_sent():
    RoleUserFactory(roles=["moderator"])
    first = postcard_submit(text=WORRYING)
    send()
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        second = postcard_submit(text=WORRYING)
    postcard_open(first.pk)
    postcard_open(second.pk)
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        send()
    assert len(mail.outbox) == 1
    assert Notice.objects.filter(status="skipped").count() == 1


@pytest.mark.parametrize(
    "person, told",
    [
        (dict(roles=["moderator"]), True),
        (dict(roles=["moderator"], second_factor=False), False),  # may open nothing yet
        (dict(roles=["moderator"], is_active=False), False),
        (dict(roles=["editor"]), False),
        (dict(roles=["lead"]), False),  # the lead hears only when nobody reads in time
        (dict(roles=[], is_superuser=True, is_staff=True), True),
    ],
)
def test_who_is_alerted_is_asked_of_the_permissions(person, told):
    user = RoleUserFactory(**person)
    postcard_submit(text=WORRYING)
    send()
    assert [m.to for m in mail.outbox] == ([[user.email]] if told else [])


def test_a_card_nobody_opens_in_time_alerts_the_moderators_and_the_lead_once():
    moderator = RoleUserFactory(roles=["moderator"])
    lead = RoleUserFactory(roles=["lead"])
    read = postcard_submit(text=WORRYING)
    unread = postcard_submit(text=WORRYING + " igen")
    send()
    postcard_open(read.pk)
    mail.outbox.clear()
    with time_machine.travel(timezone.now() + timedelta(hours=3, minutes=59)):
        assert escalate_unread() == 0
    later = timezone.now() + timedelta(hours=4, minutes=1)
    with time_machine.travel(later):
        assert escalate_unread() == 1
        assert escalate_unread() == 0  # once
        send()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([moderator.email, lead.email])
    assert all("Et bekymrende postkort er ikke læst i tide" in m.subject for m in mail.outbox)
    assert all("4 timer" in m.body and "igen" not in m.body for m in mail.outbox)
    unread.refresh_from_db()
    assert unread.escalated and unread.risk_deadline is None


@override_settings(VOICES_RISK_RESPONSE_HOURS=1)
def test_the_response_time_is_a_setting():
    RoleUserFactory(roles=["lead"])
    postcard_submit(text=WORRYING)
    with time_machine.travel(timezone.now() + timedelta(minutes=61)):
        assert escalate_unread() == 1


def test_opening_a_card_forgets_the_hour_it_came():
    moderator = RoleUserFactory(roles=["moderator"])
    card = postcard_submit(text=WORRYING)
    assert card.risk_deadline is not None
    client = Client()
    client.force_login(moderator)
    assert client.get(f"/unge/moderation/{card.pk}/").status_code == 200
    card.refresh_from_db()
    assert card.opened_at is not None and card.risk_deadline is None
    # The nightly job deletes alert rows once sent and past their window.
    send()
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        originals_delete_expired()
    assert not Notice.objects.filter(kind__startswith="voices-risk").exists()


def test_alerts_name_neither_the_text_nor_the_writer():
    RoleUserFactory(roles=["moderator"])
    Client().post("/unge/", {"text": "min stedfar slår mig hver aften når han er fuld"})
    send()
    (message,) = mail.outbox
    assert "Vold i hjemmet" in message.body
    assert "stedfar" not in message.body and "fuld" not in message.body
    assert "domestic_violence" in Postcard.objects.get().risk_categories.split(",")
    assert get_user_model().objects.count() == 1
