"""Scheduling and sending notices, exactly once each.

The one window no design closes: a worker killed after the mail server accepted a message and
before the commit. The row is then still pending and is sent again, so at most one message per
killed worker repeats, and it carries the same `Message-ID` (made from the notice's key), which
lets a mail client or server recognise the repeat.
"""

import hashlib
import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from core.site import site_domain

from .models import Notice
from .registry import renderer

logger = logging.getLogger(__name__)


def notice_schedule(
    *,
    key: str,
    kind: str,
    object_id,
    recipient: str,
    due_at: datetime | None = None,
    not_after: datetime | None = None,
    language: str = "da",
    skip_if_past: bool = False,
) -> Notice | None:
    """Schedule one message; a second call with the same key changes nothing.

    `skip_if_past`: a reminder whose moment has already passed (the sign-up came later) is not
    made at all, never sent late.
    """
    now = timezone.now()
    due_at = due_at or now
    if skip_if_past and due_at < now:
        return None
    if not_after is not None and not_after <= now:
        return None
    try:
        with transaction.atomic():
            notice = Notice.objects.create(
                key=key,
                kind=kind,
                object_id=str(object_id),
                recipient=recipient,
                due_at=due_at,
                not_after=not_after,
                language=language or "da",
            )
    except IntegrityError:
        return Notice.objects.get(key=key)
    if due_at <= now:
        transaction.on_commit(lambda: _enqueue(notice.pk), robust=True)
    return notice


def _enqueue(notice_id: int) -> None:
    """Send soon; if the broker is away, the minutely sweep sends it instead."""
    from .tasks import send_notice

    try:
        # One try, no publish retries: a web request must not wait on a broker that is away.
        send_notice.apply_async((notice_id,), retry=False)
    except Exception:  # noqa: BLE001 - the row is the truth; the queue only hurries it
        logger.warning("Could not queue notice %s; the sweep will send it", notice_id)


def notices_skip(*, keys=None, key_prefix: str | None = None) -> int:
    """Pending notices that are no longer wanted (a cancelled sign-up's reminders)."""
    pending = Notice.objects.filter(status=Notice.Status.PENDING)
    if keys is not None:
        pending = pending.filter(key__in=keys)
    if key_prefix is not None:
        pending = pending.filter(key__startswith=key_prefix)
    return pending.update(status=Notice.Status.SKIPPED)


def message_id(notice: Notice) -> str:
    digest = hashlib.sha256(notice.key.encode()).hexdigest()[:32]
    return f"<{digest}.notice@{site_domain().split(':')[0]}>"


def notice_send(notice_id: int, *, connection=None) -> bool:
    """Send the notice if it is still pending and due; True if this call sent it.

    The row stays locked from the claim until `sent` is committed, so nobody else can send it
    meanwhile; SKIP LOCKED lets a concurrent sender move on instead of waiting. A failure rolls
    the claim back; the attempt is then counted in a transaction of its own.
    """
    try:
        return _notice_send(notice_id, connection)
    except Exception:
        _attempt_failed(notice_id)
        raise


def _attempt_failed(notice_id: int) -> None:
    """Count a failed attempt and try again later, waiting twice as long each time; after
    NOTICE_MAX_ATTEMPTS the notice is marked failed (visible in the admin) and left alone."""
    if transaction.get_connection().needs_rollback:
        return  # called inside a broken outer transaction; its owner handles the failure
    with transaction.atomic():
        notice = (
            Notice.objects.select_for_update()
            .filter(pk=notice_id, status=Notice.Status.PENDING)
            .first()
        )
        if notice is None:
            return
        notice.attempts += 1
        if notice.attempts >= settings.NOTICE_MAX_ATTEMPTS:
            notice.status = Notice.Status.FAILED
            logger.error("Notice %s gave up after %s attempts", notice.key, notice.attempts)
        else:
            wait = timedelta(minutes=2**notice.attempts)
            notice.due_at = timezone.now() + min(wait, timedelta(hours=12))
        notice.save(update_fields=["attempts", "status", "due_at"])


def _notice_send(notice_id: int, connection) -> bool:
    now = timezone.now()
    with transaction.atomic():
        notice = (
            Notice.objects.select_for_update(skip_locked=True)
            .filter(pk=notice_id, status=Notice.Status.PENDING, due_at__lte=now)
            .first()
        )
        if notice is None:
            return False
        if notice.not_after is not None and now >= notice.not_after:
            notice.status = Notice.Status.SKIPPED
            notice.save(update_fields=["status"])
            return False
        with translation.override(notice.language):
            message = renderer(notice.kind)(notice)
        if message is None:
            notice.status = Notice.Status.SKIPPED
            notice.save(update_fields=["status"])
            return False
        notice.attempts += 1
        _email(notice, message, connection).send()
        notice.status = Notice.Status.SENT
        notice.sent_at = timezone.now()
        notice.save(update_fields=["status", "attempts", "sent_at"])
    return True


def _email(notice: Notice, message, connection) -> EmailMultiAlternatives:
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notice.recipient],
        reply_to=message.reply_to or settings.NOTICE_REPLY_TO,
        headers={"Message-ID": message_id(notice)},
        connection=connection,
    )
    if message.html:
        email.attach_alternative(message.html, "text/html")
    for name, content, mimetype in message.attachments:
        email.attach(name, content, mimetype)
    return email


def due_notice_ids(*, limit: int = 10_000) -> list[int]:
    return list(
        Notice.objects.filter(status=Notice.Status.PENDING, due_at__lte=timezone.now())
        .order_by("due_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )


def notices_send(ids) -> int:
    """Send these notices over one mail connection; how many this call sent."""
    sent = 0
    with get_connection() as connection:
        for notice_id in ids:
            try:
                sent += notice_send(notice_id, connection=connection)
            except Exception:  # noqa: BLE001 - one bad message must not stop the batch
                logger.warning("Notice %s could not be sent", notice_id, exc_info=True)
    return sent
