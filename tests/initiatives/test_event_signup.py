"""Event registration: on its own page, on the one sign-up mechanism, the event page cached."""

from datetime import timedelta

import pytest
from django.utils import timezone

from initiatives.services import event_registration_sync
from notices.services import due_notice_ids, notices_send
from signups.models import SignUp
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def registration_event(**extra):
    event = EventFactory(title="Åbent værksted", registration=True, capacity=2, **extra)
    return event_registration_sync(event=event)


def register(client, event, n, **extra):
    data = {"name": f"Deltager {n}", "email": f"d{n}@example.org"} | extra
    return client.post(f"/arrangementer/{event.slug}/tilmeld/", data)


def test_the_event_page_links_to_the_form_and_stays_cached(client, django_assert_num_queries):
    event = registration_event()
    page = client.get(event.get_absolute_url())
    assert f'href="/arrangementer/{event.slug}/tilmeld/"' in page.content.decode()
    assert "csrfmiddlewaretoken" not in page.content.decode()
    with django_assert_num_queries(0):
        client.get(event.get_absolute_url())


def test_registering_confirms_then_waits_and_mails_with_a_calendar_file(client, mailoutbox):
    event = registration_event()
    first = register(client, event, 1)
    assert "Du er tilmeldt" in first.content.decode()
    register(client, event, 2)
    third = register(client, event, 3)
    assert "ventelisten" in third.content.decode()
    assert list(event.occasion.signups.values_list("status", flat=True)) == [
        "confirmed",
        "confirmed",
        "waiting",
    ]
    notices_send(due_notice_ids())
    confirmation = next(m for m in mailoutbox if m.to == ["d1@example.org"])
    assert "Åbent værksted" in confirmation.subject
    assert confirmation.attachments[0][2] == "text/calendar"


def test_bad_input_keeps_what_was_typed(client):
    event = registration_event()
    response = register(client, event, 1, email="ikke-en-adresse", name="<script>x</script>")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Indtast en gyldig e-mail-adresse." in html
    assert 'value="&lt;script&gt;x&lt;/script&gt;"' in html and "<script>x" not in html
    assert not SignUp.objects.exists()


def test_no_form_for_events_without_registration_drafts_or_past_events(client):
    assert client.get(f"/arrangementer/{EventFactory().slug}/tilmeld/").status_code == 404
    draft = registration_event(status="draft")
    assert client.get(f"/arrangementer/{draft.slug}/tilmeld/").status_code == 404
    past = registration_event(starts_at=timezone.now() - timedelta(hours=1))
    page = client.get(f"/arrangementer/{past.slug}/tilmeld/")
    assert "tilmeldingen er lukket" in page.content.decode()
    register(client, past, 1)
    assert not SignUp.objects.exists()


def test_moving_the_event_moves_the_occasion():
    event = registration_event()
    event.starts_at += timedelta(days=1)
    event.save()
    event_registration_sync(event=event)
    event.occasion.refresh_from_db()
    assert event.occasion.starts_at == event.starts_at
    assert event.occasion.sequence == 1


def test_the_form_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    event = registration_event()
    for n in range(30):
        register(client, event, n)
    with django_assert_max_num_queries(8):
        client.get(f"/arrangementer/{event.slug}/tilmeld/")


def test_an_address_longer_than_a_signup_stores_gets_the_form_back(client):
    event = registration_event()
    address = "a" * 60 + "@" + ".".join(["b" * 60] * 4) + ".dk"  # valid, 307 characters
    response = register(client, event, 1, email=address)
    assert response.status_code == 200
    assert "Denne værdi må højst have 254 tegn (den har 307)." in response.content.decode()
    assert not SignUp.objects.exists()


def test_an_empty_post_names_the_missing_fields(client):
    event = registration_event()
    response = client.post(f"/arrangementer/{event.slug}/tilmeld/", {})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"name", "email"}
    assert response.content.decode().count("Dette felt er påkrævet.") == 2
