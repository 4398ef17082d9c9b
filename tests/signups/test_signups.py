"""The one sign-up mechanism: places, waiting list, held offers, cancellation, notices."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from core.errors import ApplicationError
from notices.models import Notice
from notices.services import due_notice_ids, notice_send, notices_send
from signups import services
from signups.links import action_token
from signups.models import SignUp
from tests.factories import OccasionFactory

pytestmark = pytest.mark.django_db
Status = SignUp.Status


def sign_up(occasion, n, **extra):
    return services.signup_create(
        occasion_id=occasion.pk, name=f"Person {n}", email=f"p{n}@example.org", **extra
    )


def send_everything_due():
    return notices_send(due_notice_ids())


def test_places_then_the_waiting_list():
    occasion = OccasionFactory(capacity=2)
    statuses = [sign_up(occasion, n).status for n in range(4)]
    assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITING, Status.WAITING]


def test_signing_up_twice_gives_the_same_signup():
    occasion = OccasionFactory()
    first = sign_up(occasion, 1)
    again = services.signup_create(occasion_id=occasion.pk, name="Person 1", email="P1@Example.org")
    assert again.pk == first.pk and occasion.signups.count() == 1


def test_a_freed_place_is_offered_to_the_first_waiting_and_held(mailoutbox):
    occasion = OccasionFactory(capacity=1, offer_hold=timedelta(hours=24))
    first, second, third = (sign_up(occasion, n) for n in range(3))
    services.signup_cancel(signup_id=first.pk)
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == Status.OFFERED and third.status == Status.WAITING
    expected = timezone.now() + timedelta(hours=24)
    assert abs(second.offered_until - expected) < timedelta(seconds=5)
    # Accepting the offer confirms the place.
    assert services.offer_accept(signup_id=second.pk).status == Status.CONFIRMED


def test_an_offer_never_holds_past_the_start():
    occasion = OccasionFactory(capacity=1, starts_at=timezone.now() + timedelta(hours=3))
    first, second = sign_up(occasion, 1), sign_up(occasion, 2)
    services.signup_cancel(signup_id=first.pk)
    second.refresh_from_db()
    assert second.offered_until == occasion.starts_at


def test_an_offer_not_taken_in_time_passes_to_the_next():
    occasion = OccasionFactory(capacity=1, offer_hold=timedelta(hours=2))
    first, second, third = (sign_up(occasion, n) for n in range(3))
    services.signup_cancel(signup_id=first.pk)
    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        assert services.offers_expire() == 1
        with pytest.raises(ApplicationError) as refused:
            services.offer_accept(signup_id=second.pk)
        assert refused.value.code == "signups.offer-gone"  # the job passed it on already
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == Status.LAPSED and third.status == Status.OFFERED


def test_leaving_the_waiting_list_frees_nothing_and_offers_nothing():
    occasion = OccasionFactory(capacity=1)
    sign_up(occasion, 1)
    waiting, after = sign_up(occasion, 2), sign_up(occasion, 3)
    services.signup_cancel(signup_id=waiting.pk)
    after.refresh_from_db()
    assert after.status == Status.WAITING


def test_closed_started_and_cancelled_occasions_refuse():
    with pytest.raises(ApplicationError) as refused:
        sign_up(OccasionFactory(registration_open=False), 1)
    assert refused.value.code == "signups.closed"
    past = OccasionFactory(starts_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(ApplicationError) as refused:
        sign_up(past, 1)
    assert refused.value.code == "signups.started"
    cancelled = OccasionFactory()
    services.occasion_cancel(occasion_id=cancelled.pk)
    with pytest.raises(ApplicationError) as refused:
        sign_up(cancelled, 1)
    assert refused.value.code == "signups.cancelled"
    # A coordinator may still assign someone to a closed occasion.
    assert sign_up(OccasionFactory(registration_open=False), 2, assigned=True).pk


def test_confirmation_carries_an_ics_and_a_working_cancel_link(mailoutbox, settings):
    settings.SITE_URL = "https://plusdig.example.org"
    occasion = OccasionFactory()
    signup = sign_up(occasion, 1)
    assert send_everything_due() == 1
    mail = mailoutbox[0]
    assert mail.to == ["p1@example.org"] and occasion.title in mail.subject
    assert mail.extra_headers["Message-ID"].endswith(".notice@plusdig.example.org>")
    name, ics, mimetype = mail.attachments[0]
    assert mimetype == "text/calendar"
    assert "BEGIN:VEVENT" in ics and f"UID:occasion-{occasion.pk}@plusdig.example.org" in ics
    assert "URL:https://plusdig.example.org/arrangementer/hoejtlaesning/" in ics
    link = f"https://plusdig.example.org/tilmelding/{action_token(signup, 'cancel')}/"
    assert link in mail.body
    assert signup.status == Status.CONFIRMED


def test_reminders_go_48h_and_2h_before_and_once_each(mailoutbox):
    occasion = OccasionFactory(starts_at=timezone.now() + timedelta(days=5))
    sign_up(occasion, 1)
    send_everything_due()
    mailoutbox.clear()
    with time_machine.travel(occasion.starts_at - timedelta(hours=47)):
        assert send_everything_due() == 1
        assert send_everything_due() == 0  # a second run sends nothing
    with time_machine.travel(occasion.starts_at - timedelta(hours=1)):
        assert send_everything_due() == 1
    assert [m.subject.split(":")[0] for m in mailoutbox] == ["Påmindelse", "Påmindelse"]


def test_a_reminder_whose_moment_passed_before_the_signup_is_skipped_not_sent_late(mailoutbox):
    occasion = OccasionFactory(starts_at=timezone.now() + timedelta(hours=10))
    signup = sign_up(occasion, 1)
    keys = set(Notice.objects.filter(object_id=signup.pk).values_list("key", flat=True))
    assert f"signup:{signup.pk}:reminder-v0-48h" not in keys
    assert f"signup:{signup.pk}:reminder-v0-2h" in keys


def test_no_reminder_after_the_start_even_when_the_worker_was_away(mailoutbox):
    occasion = OccasionFactory(starts_at=timezone.now() + timedelta(days=3))
    sign_up(occasion, 1)
    send_everything_due()
    mailoutbox.clear()
    with time_machine.travel(occasion.starts_at + timedelta(minutes=5)):
        send_everything_due()
    assert mailoutbox == []
    assert not Notice.objects.filter(status=Notice.Status.PENDING).exists()


def test_a_cancelled_signup_gets_no_reminder_and_its_calendar_entry_is_removed(mailoutbox):
    occasion = OccasionFactory(starts_at=timezone.now() + timedelta(days=5))
    signup = sign_up(occasion, 1)
    services.signup_cancel(signup_id=signup.pk)
    send_everything_due()
    assert [m.subject.split(":")[0] for m in mailoutbox] == ["Du er afmeldt"]
    assert "METHOD:CANCEL" in mailoutbox[0].attachments[0][1]
    with time_machine.travel(occasion.starts_at - timedelta(hours=1)):
        assert send_everything_due() == 0


def test_sending_a_notice_twice_sends_it_once(mailoutbox):
    signup = sign_up(OccasionFactory(), 1)
    notice = Notice.objects.get(key=f"signup:{signup.pk}:confirmed")
    assert notice_send(notice.pk) is True
    assert notice_send(notice.pk) is False
    assert len(mailoutbox) == 1


def test_a_moved_occasion_updates_calendars_and_reminders(mailoutbox):
    occasion = OccasionFactory(starts_at=timezone.now() + timedelta(days=5))
    sign_up(occasion, 1)
    send_everything_due()
    mailoutbox.clear()
    later = occasion.starts_at + timedelta(days=1)
    services.occasion_save(occasion=occasion, starts_at=later, ends_at=later + timedelta(hours=1))
    send_everything_due()
    assert "SEQUENCE:1" in mailoutbox[0].attachments[0][1]
    reminder = Notice.objects.get(key__endswith="reminder-v1-48h")
    assert reminder.due_at == later - timedelta(hours=48)


def test_the_email_link_page_changes_nothing_until_the_button_is_pressed(client):
    signup = sign_up(OccasionFactory(), 1)
    url = f"/tilmelding/{action_token(signup, 'cancel')}/"
    page = client.get(url)
    assert page.status_code == 200 and "Afmeld mig" in page.content.decode()
    signup.refresh_from_db()
    assert signup.status == Status.CONFIRMED
    done = client.post(url)
    assert "Du er afmeldt" in done.content.decode()
    signup.refresh_from_db()
    assert signup.status == Status.CANCELLED


def test_a_tampered_or_expired_link_gets_a_clear_page(client):
    signup = sign_up(OccasionFactory(), 1)
    token = action_token(signup, "cancel")
    assert client.get(f"/tilmelding/{token[:-2]}xx/").status_code == 404
    with time_machine.travel(signup.occasion.ends_at + timedelta(minutes=1)):
        response = client.get(f"/tilmelding/{token}/")
    assert response.status_code == 410 and "udløbet" in response.content.decode()


def test_anonymous_signups_are_erased_a_month_after_the_occasion(mailoutbox):
    from accounts.models import User
    from signups.services import past_signups_erase

    occasion = OccasionFactory()
    anonymous = sign_up(occasion, 1, phone="12345678")
    account = User.objects.create_user(email="konto@example.org")
    with_account = services.signup_create(
        occasion_id=occasion.pk, name="Med konto", email="konto@example.org", user=account
    )
    send_everything_due()
    with time_machine.travel(occasion.ends_at + timedelta(days=29)):
        assert past_signups_erase() == 0
    with time_machine.travel(occasion.ends_at + timedelta(days=31)):
        assert past_signups_erase() == 1
        assert past_signups_erase() == 0  # once
    anonymous.refresh_from_db()
    with_account.refresh_from_db()
    assert "p1@example.org" not in (anonymous.email, anonymous.name, anonymous.phone)
    assert anonymous.phone == "" and anonymous.status == Status.CONFIRMED  # counts stay
    assert with_account.email == "konto@example.org"  # the account's own retention rules
    assert not Notice.objects.filter(recipient="p1@example.org").exists()


def test_a_calendar_address_that_cannot_be_a_token_is_a_404_not_a_500(client):
    # PostgreSQL refuses a NUL byte in a text value; such a token must never reach the query.
    for token in ["%00", "abc%00", "a" * 65, "%C3%A6%C3%B8", "a.b", "%20"]:
        assert client.get(f"/kalender/{token}.ics").status_code == 404, token


def test_a_reminder_already_sent_is_made_again_when_the_occasion_moves_later(mailoutbox):
    occasion = OccasionFactory(starts_at=timezone.now() + timedelta(days=5))
    sign_up(occasion, 1)
    send_everything_due()
    with time_machine.travel(occasion.starts_at - timedelta(hours=47)):
        assert send_everything_due() == 1  # the 48-hour reminder for the first date
        later = occasion.starts_at + timedelta(days=7)
        services.occasion_save(
            occasion=occasion, starts_at=later, ends_at=later + timedelta(hours=1)
        )
    mailoutbox.clear()
    with time_machine.travel(later - timedelta(hours=47)):
        send_everything_due()
    with time_machine.travel(later - timedelta(hours=1)):
        send_everything_due()
    subjects = [m.subject.split(":")[0] for m in mailoutbox]
    assert subjects.count("Påmindelse") == 2  # 48 h and 2 h before the new date


def test_a_reminder_skipped_as_too_late_is_made_when_the_occasion_moves_later(mailoutbox):
    occasion = OccasionFactory(starts_at=timezone.now() + timedelta(hours=10))
    signup = sign_up(occasion, 1)
    later = occasion.starts_at + timedelta(days=4)
    services.occasion_save(occasion=occasion, starts_at=later, ends_at=later + timedelta(hours=1))
    pending = Notice.objects.filter(
        object_id=signup.pk, kind="signup-reminder", status=Notice.Status.PENDING
    )
    assert sorted(n.due_at for n in pending) == [
        later - timedelta(hours=48),
        later - timedelta(hours=2),
    ]


def test_moving_an_occasion_earlier_leaves_one_pending_reminder_per_offset(mailoutbox):
    occasion = OccasionFactory(starts_at=timezone.now() + timedelta(days=5))
    signup = sign_up(occasion, 1)
    earlier = timezone.now() + timedelta(hours=30)
    services.occasion_save(
        occasion=occasion, starts_at=earlier, ends_at=earlier + timedelta(hours=1)
    )
    pending = Notice.objects.filter(
        object_id=signup.pk, kind="signup-reminder", status=Notice.Status.PENDING
    )
    assert [n.due_at for n in pending] == [earlier - timedelta(hours=2)]
