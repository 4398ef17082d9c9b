"""The moderators' alerts about worrying postcards: gathered, and sent again when none is read.

A worrying card alerts everyone who may moderate postcards now (`core.permissions.holders`). A
card that comes while a person's alert is waiting, or within `VOICES_ALERT_MINUTES` after one was
sent, joins that person's next alert: a burst of cards gives each moderator at most one e-mail
per window, saying how many wait. A worrying card that no moderator has opened within
`VOICES_RISK_RESPONSE_HOURS` alerts the moderators again, and the secretariat's lead
(`voices.receive_risk_escalation`), once.

The e-mails give counts and categories, never a card's text; what they count is decided when
they are sent, so a card read meanwhile is not counted and an alert with nothing left to read is
not sent at all.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.locks import advisory_xact_lock
from core.permissions import holders
from notices.models import Notice
from notices.services import notice_schedule

from .models import Postcard

NEW_CARDS = "voices-risk"
UNREAD_IN_TIME = "voices-risk-late"
MODERATE = "voices.moderate_postcard"
ESCALATION = "voices.receive_risk_escalation"


def window() -> timedelta:
    return timedelta(minutes=settings.VOICES_ALERT_MINUTES)


def response_time() -> timedelta:
    return timedelta(hours=settings.VOICES_RISK_RESPONSE_HOURS)


def alert_moderators() -> None:
    """A worrying card has come (or turned worrying): every moderator hears of it soon."""
    for user in holders(MODERATE):
        _gathered(NEW_CARDS, user)


def _gathered(kind: str, user) -> None:
    """Schedule `kind` for `user` unless one is waiting; never two within the window."""
    prefix = f"{kind}:{user.pk}:"
    with transaction.atomic():
        # Two cards at the same moment must not both decide "nothing is waiting".
        advisory_xact_lock(prefix)
        latest = Notice.objects.filter(key__startswith=prefix).order_by("-due_at").first()
        if latest is not None and latest.status == Notice.Status.PENDING:
            return  # it counts this card too when it is sent
        due = timezone.now()
        if latest is not None:
            due = max(due, (latest.sent_at or latest.due_at) + window())
        notice_schedule(
            key=f"{prefix}{due:%Y%m%dT%H%M%S}",
            kind=kind,
            object_id=user.pk,
            recipient=user.email,
            due_at=due,
        )


def escalate_unread(now=None) -> int:
    """Worrying cards past their time and still unread: alert again, once per card."""
    now = now or timezone.now()
    with transaction.atomic():
        late = list(
            Postcard.objects.risk_unread()
            .filter(risk_deadline__lte=now, escalated=False)
            .select_for_update(skip_locked=True)
        )
        if not late:
            return 0
        # The deadline told the hour the card came; it is of no more use.
        Postcard.objects.filter(pk__in=[c.pk for c in late]).update(
            escalated=True, risk_deadline=None
        )
        people = {user.pk: user for user in holders(MODERATE) + holders(ESCALATION)}
        for user in people.values():
            _gathered(UNREAD_IN_TIME, user)
    return len(late)


def forget_sent(now=None) -> int:
    """Alert rows hold moments close to when cards came: once sent and past their window they
    go (the nightly retention job)."""
    cutoff = (now or timezone.now()) - window()
    return (
        Notice.objects.filter(kind__in=[NEW_CARDS, UNREAD_IN_TIME], due_at__lt=cutoff)
        .exclude(status=Notice.Status.PENDING)
        .delete()[0]
    )
