"""The institution's reading barometer: logging, bad input, corrections, goal and reminders."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from measurement import services
from measurement.models import BarometerGoal, ReadingEntry
from notices.models import Notice
from notices.services import due_notice_ids, notices_send
from tests.measurement.helpers import contact, entry, institution

pytestmark = pytest.mark.django_db
URL = "/institution/barometer/"


@pytest.fixture
def person(client):
    user = contact()
    client.force_login(user)
    return user


@pytest.fixture
def place(person):
    return institution(contact=person, area="Hvalsø")


def _post(client, place, **fields):
    data = {"institution": place.pk, "date": timezone.localdate().isoformat()}
    data |= {"minutes": "25", "children": "14", "book_title": ""} | fields
    return client.post(URL, data)


def test_a_contact_logs_a_session_and_sees_the_barometer_rise(client, place):
    response = _post(client, place, book_title="Rasmus Klump")
    assert response.status_code == 302
    stored = ReadingEntry.objects.get()
    assert (stored.minutes, stored.children, stored.book_title) == (25, 14, "Rasmus Klump")
    page = client.get(URL).content.decode()
    assert 'data-testid="barometer-minutes">25<' in page
    assert "Rasmus Klump" in page


def test_the_form_defaults_to_today(client, place):
    page = client.get(URL).content.decode()
    assert f'value="{timezone.localdate().isoformat()}"' in page


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"date": (timezone.localdate() + timedelta(days=1)).isoformat()}, "fremtiden"),
        ({"minutes": "-5"}, "mindst 1 minut"),
        ({"children": "10000"}, "Højst 200 børn"),
        ({"minutes": "tyve"}, "helt tal"),
        ({"children": "mange"}, "helt tal"),
        ({"date": "i går"}, "dd.mm.åååå"),
        ({"minutes": ""}, "hvor mange minutter"),
    ],
)
def test_bad_input_gets_a_clear_message_and_keeps_what_was_typed(client, place, fields, message):
    response = _post(client, place, book_title="Min bog", **fields)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'value="Min bog"' in page
    assert not ReadingEntry.objects.exists()


def test_another_institution_cannot_be_chosen(client, place):
    other = institution()
    response = _post(client, other)
    assert response.status_code == 400
    assert "Vælg en af dine institutioner" in response.content.decode()
    assert not ReadingEntry.objects.exists()


def test_corrections_for_a_week_only_and_only_ones_own(client, person, place):
    mine = entry(place, minutes=10)
    url = reverse("measurement:entry_edit", args=[mine.pk])
    response = client.post(url, {"date": mine.date.isoformat(), "minutes": "30", "children": "9"})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.minutes, mine.children) == (30, 9)
    ReadingEntry.objects.filter(pk=mine.pk).update(created_at=timezone.now() - timedelta(days=8))
    assert client.get(url).status_code == 403
    theirs = entry(institution())
    assert client.get(reverse("measurement:entry_edit", args=[theirs.pk])).status_code == 404


def test_csv_of_own_entries_neutralises_formulas(client, place):
    _post(client, place, book_title='=HYPERLINK("http://evil.example","klik")')
    entry(place, book_title="-2+3")
    response = client.get(reverse("measurement:entries_csv", args=[place.pk]))
    text = response.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'-2+3" in text
    assert "\n=" not in text and ";=" not in text
    other = institution()
    assert client.get(reverse("measurement:entries_csv", args=[other.pk])).status_code == 404


def test_goal_and_reminders_are_set_per_institution(client, place):
    url = reverse("measurement:settings", args=[place.pk])
    assert client.post(url, {"goal_minutes": "abc"}).status_code == 400
    assert client.post(url, {"goal_minutes": "4000"}).status_code == 302
    assert BarometerGoal.objects.get(institution=place).minutes == 4000
    place.refresh_from_db()
    assert place.barometer.reminders is False  # the box was left empty
    entry(place, minutes=100)
    page = client.get(URL).content.decode()
    assert "3 % af årets mål på 4000 minutter" in page or "2 % af årets mål" in page


def _logged(place, days_ago):
    """A session held and logged `days_ago` days ago."""
    made = entry(place, days_ago=days_ago)
    ReadingEntry.objects.filter(pk=made.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago)
    )
    return made


def test_a_quiet_institution_is_reminded_exactly_once_per_quiet_spell(place, person):
    _logged(place, 20)
    assert services.barometer_quiet_reminders() == 1
    services.barometer_quiet_reminders()
    notices_send(due_notice_ids())
    notices_send(due_notice_ids())
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [person.email]
    assert "læsebarometret" in mail.outbox[0].body
    # Logging today a session held 15 days ago is activity: no reminder for it today...
    entry(place, days_ago=15)
    assert services.barometer_quiet_reminders() == 0
    # ...but a new spell starts, and 14 quiet days later there is one more reminder.
    later = timezone.localdate() + timedelta(days=14)
    assert services.barometer_quiet_reminders(on=later) == 1
    services.barometer_quiet_reminders(on=later)  # the job running twice adds nothing
    notices_send(due_notice_ids())
    assert len(mail.outbox) == 2
    assert Notice.objects.count() == 2


def test_no_reminder_when_switched_off_or_active(place, person):
    entry(place, days_ago=3)
    assert services.barometer_quiet_reminders() == 0
    ReadingEntry.objects.update(
        date=timezone.localdate() - timedelta(days=30),
        created_at=timezone.now() - timedelta(days=30),
    )
    services.barometer_settings_save(
        institution=place, year=2026, goal_minutes=None, reminders=False
    )
    assert services.barometer_quiet_reminders() == 0


def test_a_reminder_is_skipped_if_they_log_before_it_is_sent(place, person):
    _logged(place, 20)
    services.barometer_quiet_reminders()
    entry(place)
    notices_send(due_notice_ids())
    assert mail.outbox == []


def test_a_correction_is_in_the_audit_log(client, place):
    from auditlog.models import LogEntry

    mine = entry(place, minutes=10)
    url = reverse("measurement:entry_edit", args=[mine.pk])
    client.post(url, {"date": mine.date.isoformat(), "minutes": "30", "children": "9"})
    change = LogEntry.objects.get_for_object(mine).filter(action=LogEntry.Action.UPDATE).get()
    assert change.changes_dict["minutes"] == ["10", "30"]


def test_csv_neutralises_a_formula_behind_leading_spaces():
    from measurement.export import neutralise

    assert neutralise('  =HYPERLINK("http://x")') == '\'  =HYPERLINK("http://x")'
    assert neutralise(" @SUM(A1)") == "' @SUM(A1)"
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("Rasmus Klump") == "Rasmus Klump"
    assert neutralise(-5) == "-5"
