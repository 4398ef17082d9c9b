"""Meeting notices: once each, only to current members who have not said no."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from members import services
from members.models import Minutes
from members.tasks import schedule_meeting_notices
from notices.services import due_notice_ids, notices_send
from tests.factories import member_user, published_meeting

pytestmark = pytest.mark.django_db


def sent_to(mailoutbox, subject_start):
    return sorted(m.to[0] for m in mailoutbox if m.subject.startswith(subject_start))


def test_the_invitation_goes_once_to_current_members_with_the_agenda_and_ics(mailoutbox):
    anne = member_user(name="Anne")
    member_user(name="Former", current=False)
    meeting = published_meeting(days=10, agenda=["Velkomst", "Læsebarometeret <script>x</script>"])
    schedule_meeting_notices()  # the job, run again: nothing new
    schedule_meeting_notices()
    notices_send(due_notice_ids())
    notices_send(due_notice_ids())
    assert sent_to(mailoutbox, "Invitation") == [anne.email]
    message = mailoutbox[0]
    assert "1. Velkomst" in message.body and "Læsebarometeret" in message.body
    html = message.alternatives[0][0]
    assert "<script>" not in html and "&lt;script&gt;" in html
    name, ics, mimetype = message.attachments[0]
    assert mimetype == "text/calendar" and "BEGIN:VEVENT" in ics
    assert f"occasion-{meeting.occasion_id}@" in ics


def test_the_reminder_goes_48_hours_before_to_those_who_have_not_said_no(mailoutbox, client):
    silent = member_user(name="Silent")
    declined = member_user(name="No")
    meeting = published_meeting(days=5)
    client.force_login(declined)
    client.post(meeting.get_absolute_url(), {"answer": "cant"})
    notices_send(due_notice_ids())
    mailoutbox.clear()
    with time_machine.travel(meeting.starts_at - timedelta(hours=47), tick=False):
        notices_send(due_notice_ids())
        notices_send(due_notice_ids())
    assert sent_to(mailoutbox, "Påmindelse") == [silent.email]


def test_a_member_who_left_gets_nothing_already_scheduled(mailoutbox):
    leaving = member_user(name="Leaving")
    meeting = published_meeting(days=5)
    leaving.alliance_member.is_current = False
    leaving.alliance_member.save()
    with time_machine.travel(meeting.starts_at - timedelta(hours=47), tick=False):
        notices_send(due_notice_ids())
    assert mailoutbox == []


def test_approved_minutes_are_announced_once_to_those_who_want_it(mailoutbox):
    anne = member_user(name="Anne")
    member_user(name="Quiet", notify_minutes=False)
    meeting = published_meeting(days=1)
    minutes = Minutes.objects.create(meeting=meeting, text="<p>Beslutninger</p>")
    with time_machine.travel(meeting.ends_at + timedelta(days=30), tick=False):
        mailoutbox.clear()
        services.minutes_approve(minutes=minutes, on=timezone.localdate())
        services.minutes_approve(minutes=minutes)
        notices_send(due_notice_ids())
        notices_send(due_notice_ids())
    assert sent_to(mailoutbox, "Referatet er godkendt") == [anne.email]


def test_a_meeting_in_the_past_cannot_be_sent_out():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        published_meeting(days=-1)


def test_a_moved_meeting_moves_its_reminder():
    from notices.models import Notice

    member_user()
    meeting = published_meeting(days=10)
    old = Notice.objects.get(kind="meeting-reminder")
    meeting.starts_at += timedelta(days=2)
    meeting.ends_at += timedelta(days=2)
    services.meeting_save(meeting=meeting)
    old.refresh_from_db()
    assert old.status == "skipped"
    new = Notice.objects.get(kind="meeting-reminder", status="pending")
    assert new.due_at == meeting.starts_at - timedelta(hours=48)


def test_a_deleted_meeting_is_called_off_for_those_who_said_they_come(client, mailoutbox):
    from notices.models import Notice

    coming = member_user()
    meeting = published_meeting(days=6)
    client.force_login(coming)
    client.post(meeting.get_absolute_url(), {"answer": "come"})
    occasion = meeting.occasion
    services.meeting_delete(meeting=meeting)
    occasion.refresh_from_db()
    assert occasion.cancelled_at is not None
    assert not Notice.objects.filter(key__startswith="meeting:", status="pending").exists()
    assert not Notice.objects.filter(kind__startswith="signup-reminder", status="pending").exists()


def test_a_batch_that_dies_midway_is_finished_by_the_next_run_without_repeats(
    mailoutbox, monkeypatch
):
    """A worker that dies while sending (here: the mail server fails on the third message)
    leaves the rest pending; the next sweep sends each of them, and none twice."""
    from django.core.mail.backends.locmem import EmailBackend

    members = [member_user(name=f"M{n}") for n in range(5)]
    published_meeting(days=9)
    real_send = EmailBackend.send_messages
    calls = {"n": 0}

    def dying(self, messages):
        calls["n"] += 1
        if calls["n"] == 3:
            raise ConnectionError("worker killed")
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", dying)
    assert notices_send(due_notice_ids()) == 4
    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    # The failed one waits for its back-off (notices retry later, not at once).
    assert notices_send(due_notice_ids()) == 0
    with time_machine.travel(timezone.now() + timedelta(minutes=5)):
        assert notices_send(due_notice_ids()) == 1
        assert notices_send(due_notice_ids()) == 0
    assert sent_to(mailoutbox, "Invitation") == sorted(user.email for user in members)
