"""E-mails the portal sends on its own (confirmations, reminders, offers), each exactly once.

One row per message, named by a unique `key` such as "signup:42:reminder-v0-48h", so scheduling the
same message twice makes one row. A sender claims the row under a row lock, sends, and marks it
sent in the same transaction: a duplicated task, two beat processes or a restarted worker find
it sent (or locked) and do nothing. What the message says is rendered when it is sent, from the
data as it is then, by the renderer registered for its `kind`.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Notice(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Venter")
        SENT = "sent", _("Sendt")
        SKIPPED = "skipped", _("Ikke sendt")
        FAILED = "failed", _("Fejlet")  # gave up after NOTICE_MAX_ATTEMPTS failed sends

    key = models.CharField(_("nøgle"), max_length=200, unique=True)
    kind = models.CharField(_("slags"), max_length=60)
    object_id = models.CharField(_("om"), max_length=64)
    recipient = models.EmailField(_("modtager"))
    language = models.CharField(_("sprog"), max_length=8, default="da")
    due_at = models.DateTimeField(_("sendes"))
    # Never sent after this moment (a reminder after the start would only confuse).
    not_after = models.DateTimeField(_("senest"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("forsøg"), default=0)
    sent_at = models.DateTimeField(_("sendt"), null=True, blank=True)
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)

    class Meta:
        ordering = ["due_at", "pk"]
        verbose_name = _("besked")
        verbose_name_plural = _("beskeder")
        indexes = [
            # The sweep asks only for pending rows that are due.
            models.Index(
                fields=["due_at"], condition=Q(status="pending"), name="notice_pending_due"
            ),
            # Cancellation and erasure find a sign-up's notices by key prefix (LIKE 'x%'); the
            # unique index cannot serve that outside the C collation, this one can.
            models.Index(
                fields=["key"], opclasses=["varchar_pattern_ops"], name="notice_key_prefix"
            ),
        ]

    def __str__(self):
        return self.key
