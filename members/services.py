"""Actions in the members' area; each runs in one transaction."""

from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Value
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import MEMBER
from accounts.services import invitation_create
from alliance.models import AllianceMember
from core.errors import ApplicationError
from notices.services import notice_schedule, notices_skip
from signups import services as signups

from . import selectors
from .documents import check_upload, pdf_text
from .models import Document, Meeting, Minutes

ANSWERS = ("come", "cant", "excused")


# --- Membership ----------------------------------------------------------------------------


def member_invite(*, member: AllianceMember, by) -> AllianceMember:
    """Invite the member to the members' area with the member role (accounts' invitations)."""
    if not member.email:
        raise ApplicationError("members.no-email")
    if not member.is_current or (
        member.member_until and member.member_until < timezone.localdate()
    ):
        raise ApplicationError("members.not-current")
    if member.user_id:
        raise ApplicationError("members.has-account")
    with transaction.atomic():
        invitation = invitation_create(email=member.email, roles=[MEMBER], invited_by=by)
        member.invitation = invitation
        member.save(update_fields=["invitation"])
    return member


def member_claim(*, user) -> AllianceMember | None:
    """Tie the account to the entry its invitation was sent from (on the first visit)."""
    with transaction.atomic():
        member = selectors.member_of(user)
        if member is not None and member.user_id is None:
            member.user = user
            member.save(update_fields=["user"])
    return member


def profile_update(*, member: AllianceMember, **fields) -> AllianceMember:
    with transaction.atomic():
        for name, value in fields.items():
            setattr(member, name, value)
        member.save()
    return member


# --- Meetings ------------------------------------------------------------------------------


def _occasion_fields(meeting: Meeting) -> dict:
    return {
        "title": meeting.title,
        "starts_at": meeting.starts_at,
        "ends_at": meeting.ends_at,
        "place": meeting.location,
        "address": meeting.video_url,
        "capacity": None,
        "url": meeting.get_absolute_url(),
    }


def meeting_save(*, meeting: Meeting, publish: bool = False) -> Meeting:
    """Save a meeting; publishing sends the invitation with the agenda to the members.

    A meeting is published once; a later change of time or place reaches those who said they
    come through the sign-up mechanism (an updated .ics).
    """
    newly = publish and meeting.published_at is None
    if newly and meeting.starts_at <= timezone.now():
        raise ValidationError(
            {"starts_at": _("Mødet ligger i fortiden, så der kan ikke sendes en invitation.")}
        )
    with transaction.atomic():
        if publish:
            meeting.status = Meeting.Status.PUBLISHED
            meeting.published_at = meeting.published_at or timezone.now()
        meeting.save()
        if meeting.status == Meeting.Status.PUBLISHED:
            occasion = signups.occasion_save(occasion=meeting.occasion, **_occasion_fields(meeting))
            if occasion.owner != f"meeting:{meeting.pk}":
                occasion.owner = f"meeting:{meeting.pk}"
                occasion.save(update_fields=["owner"])
            first = meeting.occasion_id != occasion.pk
            meeting.occasion = occasion  # as saved now: a moved meeting has a new sequence
            if first:
                meeting.save(update_fields=["occasion"])
            meeting_notices_schedule(meeting=meeting)
    return meeting


def _key(meeting: Meeting, member: AllianceMember, kind: str) -> str:
    return f"meeting:{meeting.pk}:member:{member.pk}:{kind}"


def meeting_notices_schedule(*, meeting: Meeting) -> int:
    """The invitation and the reminder for every current member with an account; the same
    key each time, so running this again (or the job twice) schedules nothing new."""
    if meeting.status != Meeting.Status.PUBLISHED or meeting.starts_at <= timezone.now():
        return 0
    sequence = meeting.occasion.sequence if meeting.occasion_id else 0
    reminder_at = meeting.starts_at - timedelta(hours=settings.ALLIANCE_MEETING_REMINDER_HOURS)
    made = 0
    for member in selectors.members_with_accounts():
        email = selectors.member_account_email(member)
        if not email or not member.notify_meetings:
            continue
        notice_schedule(
            key=_key(meeting, member, f"invitation-{sequence}"),
            kind="meeting-invitation",
            object_id=f"{meeting.pk}:{member.pk}",
            recipient=email,
            not_after=meeting.starts_at,
        )
        # A time moved: the earlier reminder is dropped, the new one made.
        notices_skip(key_prefix=_key(meeting, member, "reminder-"))
        notice_schedule(
            key=_key(meeting, member, f"reminder-{sequence}"),
            kind="meeting-reminder",
            object_id=f"{meeting.pk}:{member.pk}",
            recipient=email,
            due_at=reminder_at,
            not_after=meeting.starts_at,
            skip_if_past=True,
        )
        made += 1
    return made


def meetings_notices_schedule() -> int:
    """The periodic job: members who joined after a meeting went out get theirs too."""
    total = 0
    for meeting in Meeting.objects.published().upcoming().select_related("occasion"):
        with transaction.atomic():
            total += meeting_notices_schedule(meeting=meeting)
    return total


def meeting_answer(*, meeting: Meeting, user, answer: str):
    """ "I come" takes a place on the meeting's occasion (no capacity); "I can't come" and
    "excused" decline it."""
    if answer not in ANSWERS:
        raise ApplicationError("members.unknown-answer")
    if meeting.occasion_id is None:
        raise ApplicationError("members.closed")
    member = selectors.member_of(user)
    name = member.name if member else user.get_full_name() or user.email
    try:
        if answer == "come":
            return signups.signup_create(
                occasion_id=meeting.occasion_id, name=name, email=user.email, user=user
            )
        return signups.signup_decline(
            occasion_id=meeting.occasion_id, name=name, email=user.email, user=user, answer=answer
        )
    except ApplicationError as error:
        raise error.for_app("members") from error


def meeting_delete(*, meeting: Meeting) -> None:
    """A meeting taken back: its occasion is cancelled (those who said they come are told and
    their calendars drop it; reminders stop), then the meeting goes."""
    with transaction.atomic():
        if meeting.occasion_id is not None:
            signups.occasion_cancel(occasion_id=meeting.occasion_id)
        notices_skip(key_prefix=f"meeting:{meeting.pk}:")
        meeting.delete()


def attendance_record(*, meeting: Meeting, member_ids) -> Meeting:
    with transaction.atomic():
        meeting.attendees.set(member_ids)
    return meeting


# --- Minutes -------------------------------------------------------------------------------


def minutes_approve(*, minutes: Minutes, on=None, at_meeting: Meeting | None = None) -> Minutes:
    """Approved (usually at the next meeting, on its date); members are told once."""
    with transaction.atomic():
        minutes.status = Minutes.Status.APPROVED
        minutes.approved_on = on or minutes.approved_on or timezone.localdate()
        minutes.approved_at = at_meeting or minutes.approved_at
        minutes.save()
        minutes_notices_schedule(minutes=minutes)
    return minutes


def minutes_notices_schedule(*, minutes: Minutes) -> int:
    if minutes.status != Minutes.Status.APPROVED:
        return 0
    made = 0
    for member in selectors.members_with_accounts():
        email = selectors.member_account_email(member)
        if not email or not member.notify_minutes:
            continue
        notice_schedule(
            key=_key(minutes.meeting, member, "minutes-approved"),
            kind="minutes-approved",
            object_id=f"{minutes.meeting_id}:{member.pk}",
            recipient=email,
        )
        made += 1
    return made


# --- Documents -----------------------------------------------------------------------------


def document_prepare(document: Document, upload) -> Document:
    """Fill in what the upload is (checked by content) and its text, before saving."""
    document.content_type = check_upload(upload)
    document.filename = _safe_name(upload.name)
    document.size = upload.size
    document.text = pdf_text(upload) if document.content_type == "application/pdf" else ""
    return document


def _safe_name(name: str) -> str:
    from pathlib import Path

    from django.utils.text import get_valid_filename

    base = Path(name or "dokument").name
    try:
        return get_valid_filename(base)[:200]
    except Exception:  # noqa: BLE001 - a name of only odd characters
        return "dokument" + Path(base).suffix.lower()[:10]


def document_save(*, document: Document, upload=None) -> Document:
    with transaction.atomic():
        if upload is not None:
            document_prepare(document, upload)
        document.save()
        Document.objects.filter(pk=document.pk).update(
            search_vector=SearchVector("title", weight="A", config="danish")
            + SearchVector(Value(document.text), weight="B", config="danish")
        )
    return document


def calendar_feed_renew(*, user):
    """A private calendar address (signups' CalendarFeed); a new one revokes the old."""
    from signups.models import CalendarFeed, new_feed_token

    with transaction.atomic():
        feed, _created = CalendarFeed.objects.update_or_create(
            user=user, defaults={"token": new_feed_token()}
        )
    return feed
