"""What the meeting notices say; rendered when sent, from the meeting and member as they are
then, so a member who left or said no meanwhile gets nothing."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from core.site import absolute_url
from notices.registry import register
from notices.rendering import render_message
from signups.calendar import occasion_ics
from signups.models import SignUp

from . import selectors
from .models import Meeting


def _load(notice):
    meeting_id, member_id = (int(part) for part in notice.object_id.split(":"))
    meeting = (
        Meeting.objects.published()
        .select_related("occasion")
        .prefetch_related("agenda_items__document")
        .filter(pk=meeting_id)
        .first()
    )
    member = selectors.members_with_accounts().filter(pk=member_id).first()
    return meeting, member


def _declined(meeting, email: str) -> bool:
    answer = selectors.answers(meeting).get(email.lower())
    return answer is not None and answer.status == SignUp.Status.DECLINED


def _context(what, meeting, member):
    return {
        "what": what,
        "meeting": meeting,
        "member": member,
        "starts_at": timezone.localtime(meeting.starts_at),
        "ends_at": timezone.localtime(meeting.ends_at),
        "agenda": list(meeting.agenda_items.all()),
        "meeting_url": absolute_url(meeting.get_absolute_url()),
        "area_url": absolute_url(reverse("members:home")),
        "site_name": settings.SITE_NAME,
    }


def _meeting_renderer(what: str):
    def render(notice):
        meeting, member = _load(notice)
        if meeting is None or member is None or not member.notify_meetings:
            return None  # unpublished, or no longer a current member
        occasion = meeting.occasion
        if occasion is None or occasion.cancelled_at is not None or occasion.has_started:
            return None
        if _declined(meeting, notice.recipient):
            return None
        attachments = [("moede.ics", occasion_ics(occasion), "text/calendar")]
        return render_message(
            "members/email/meeting",
            _context(what, meeting, member),
            attachments=attachments,
        )

    return render


def render_minutes(notice):
    meeting, member = _load(notice)
    if meeting is None or member is None or not member.notify_minutes:
        return None
    minutes = selectors.visible_minutes(meeting)
    if minutes is None or minutes.status != minutes.Status.APPROVED:
        return None
    context = _context("minutes", meeting, member) | {"minutes": minutes}
    return render_message("members/email/meeting", context)


def register_all():
    register("meeting-invitation", _meeting_renderer("invitation"))
    register("meeting-reminder", _meeting_renderer("reminder"))
    register("minutes-approved", render_minutes)
