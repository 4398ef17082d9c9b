"""The børneattest, step by step: ordered from the police, waiting for the volunteer's consent
(14 days in their digital mailbox), received and assessed. Only steps, dates, the outcome and
who assessed it are kept, never the extract or a CPR number. Renewal reminders go to the
coordinators before an attest runs out."""

from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import COORDINATOR
from core.permissions import may
from notices.services import notice_schedule

from ..models import ChildProtectionCheck

Step = ChildProtectionCheck.Step
CONSENT_DAYS = 14  # the police give the volunteer 14 days to consent


def _require(by, perm: str) -> None:
    if by is not None and not may(by, perm):
        raise PermissionDenied


def attest_validate(*, step, requested_at, received_at, outcome) -> None:
    """What a recorded step must satisfy; raises ValidationError with Danish messages."""
    today = timezone.localdate()
    if step == Step.RECEIVED:
        if not outcome:
            raise ValidationError({"outcome": _("Vælg vurderingen af den modtagne attest.")})
        received = received_at or today
        if requested_at and received < requested_at:
            raise ValidationError({"received_at": _("Modtaget kan ikke ligge før bestilt.")})
        if received > today:
            raise ValidationError({"received_at": _("Modtaget kan ikke ligge i fremtiden.")})
    elif outcome:
        raise ValidationError({"outcome": _("Vurderingen sættes først, når attesten er modtaget.")})


def attest_save(*, check: ChildProtectionCheck, by) -> ChildProtectionCheck:
    """Save a step as the coordinator entered it, filling what follows from it: the consent
    deadline, who assessed it and until when it is valid."""
    perm = "change" if check.pk else "add"
    _require(by, f"volunteers.{perm}_childprotectioncheck")
    today = timezone.localdate()
    check.requested_at = check.requested_at or today
    if check.step == Step.REQUESTED:
        check.consent_due = None
    if check.step in (Step.REQUESTED, Step.AWAITING_CONSENT):
        check.received_at, check.valid_until = None, None
    if check.step == Step.AWAITING_CONSENT and check.consent_due is None:
        check.consent_due = today + timedelta(days=CONSENT_DAYS)
    attest_validate(
        step=check.step,
        requested_at=check.requested_at,
        received_at=check.received_at,
        outcome=check.outcome,
    )
    if check.step == Step.RECEIVED:
        check.received_at = check.received_at or today
        check.valid_until = check.received_at + timedelta(days=settings.ATTEST_RENEWAL_DAYS)
        check.assessed_by = by if by is not None else check.assessed_by
    with transaction.atomic():
        check.save()
    return check


def coordinators():
    return User.objects.filter(is_active=True, groups__name=COORDINATOR.name).distinct()


def attests_due_for_renewal(on: date | None = None):
    """Each volunteer's newest attest that is in force and runs out within the reminder
    window; volunteers who left or were erased are not renewed."""
    on = on or timezone.localdate()
    newest = ChildProtectionCheck.objects.filter(volunteer=OuterRef("volunteer")).order_by(
        "-requested_at", "-pk"
    )
    return ChildProtectionCheck.objects.filter(
        pk=Subquery(newest.values("pk")[:1]),
        step=Step.RECEIVED,
        valid_until__gte=on,
        valid_until__lte=on + timedelta(days=settings.ATTEST_REMINDER_DAYS),
        volunteer__left_at__isnull=True,
        volunteer__anonymised_at__isnull=True,
    )


def attest_renewal_reminders(on: date | None = None) -> int:
    """Remind every coordinator once per attest that is about to run out."""
    scheduled = 0
    people = list(coordinators())
    for check_id in attests_due_for_renewal(on).values_list("pk", flat=True):
        for person in people:
            notice_schedule(
                key=f"attest:{check_id}:renewal:{person.pk}",
                kind="attest-renewal",
                object_id=check_id,
                recipient=person.email,
            )
            scheduled += 1
    return scheduled
