"""Sign-ups: taking a place, the waiting list, held offers, cancellation; each one transaction.

Every change to who holds a place locks the occasion's row first (SELECT ... FOR UPDATE), so
when many take the last places at once, exactly `capacity` are confirmed and the rest wait.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.errors import ApplicationError
from core.fields import normalise_email
from core.personal_data import ERASED_DOMAIN
from notices.models import Notice
from notices.services import notice_schedule, notices_skip

from . import owners
from .models import Occasion, SignUp

Status = SignUp.Status


def _locked(occasion_id: int) -> Occasion:
    return Occasion.objects.select_for_update().get(pk=occasion_id)


def _locked_before_start(occasion_id: int) -> Occasion:
    """The occasion, locked, if it is still on and has not begun (else ApplicationError)."""
    occasion = _locked(occasion_id)
    if occasion.cancelled_at is not None:
        raise ApplicationError("signups.cancelled")
    if occasion.has_started:
        raise ApplicationError("signups.started")
    return occasion


def signup_create(
    *,
    occasion_id: int,
    name: str,
    email: str,
    phone: str = "",
    user=None,
    language: str = "da",
    assigned: bool = False,
) -> SignUp:
    """Sign someone up: a place if one is free and nobody waits before them, else the list.

    Signing up twice gives back the first sign-up. `assigned`: a coordinator puts a volunteer
    on the occasion even while it is closed to sign-ups.
    """
    email = normalise_email(email)
    with transaction.atomic():
        occasion = _locked_before_start(occasion_id)
        if not occasion.registration_open and not assigned:
            raise ApplicationError("signups.closed")
        existing = occasion.signups.active().filter(email=email).first()
        if existing is not None:
            return existing
        free = _free_places(occasion)
        someone_waits = occasion.signups.filter(status=Status.WAITING).exists()
        status = Status.CONFIRMED if free > 0 and not someone_waits else Status.WAITING
        signup = SignUp.objects.create(
            occasion=occasion,
            user=user,
            name=name.strip(),
            email=email,
            phone=phone.strip(),
            language=language,
            status=status,
        )
        if status == Status.CONFIRMED:
            _confirmed(signup)
        else:
            _notify(signup, "waiting")
    return signup


def _free_places(occasion: Occasion) -> float:
    """Counted in a statement of its own after the occasion's row is locked, so it sees every
    sign-up committed before the lock was granted."""
    free = Occasion.objects.with_places().values_list("places_free", flat=True).get(pk=occasion.pk)
    return float("inf") if free is None else free


def _notify(signup: SignUp, what: str, *, due_at=None, suffix: str = "", **options) -> None:
    notice_schedule(
        key=f"signup:{signup.pk}:{what}{suffix}",
        kind=f"signup-{what}",
        object_id=signup.pk,
        recipient=signup.email,
        language=signup.language,
        due_at=due_at,
        **options,
    )


def reminder_offsets() -> list[timedelta]:
    return [timedelta(hours=hours) for hours in settings.SIGNUP_REMINDER_HOURS]


def _confirmed(signup: SignUp) -> None:
    _notify(signup, "confirmed")
    _schedule_reminders(signup, signup.occasion)


def _schedule_reminders(signup: SignUp, occasion: Occasion) -> None:
    """The reminders for the occasion's present time. The occasion's sequence is in the key, so
    a moved occasion gets fresh rows even where the old reminder was already sent or skipped."""
    for offset in reminder_offsets():
        hours = int(offset.total_seconds() // 3600)
        _notify(
            signup,
            "reminder",
            suffix=f"-v{occasion.sequence}-{hours}h",
            due_at=occasion.starts_at - offset,
            not_after=occasion.starts_at,
            skip_if_past=True,
        )


def signup_cancel(*, signup_id: int, tell_owner: bool = True) -> SignUp:
    """Cancel a sign-up or leave the waiting list; a freed place is offered on.

    `tell_owner=False`: the owner app cancels it itself and has dealt with what follows (an
    institution contact who leaves the portal does not call off the institution's visit)."""
    with transaction.atomic():
        signup = SignUp.objects.get(pk=signup_id)
        occasion = _locked(signup.occasion_id)
        signup.refresh_from_db()
        if signup.status not in SignUp.ACTIVE:
            return signup
        held_a_place = signup.status in (Status.CONFIRMED, Status.OFFERED)
        was_confirmed = signup.status == Status.CONFIRMED
        signup.status = Status.CANCELLED
        signup.save(update_fields=["status", "updated_at"])
        notices_skip(key_prefix=f"signup:{signup.pk}:reminder")
        if was_confirmed:
            _notify(signup, "cancelled")
        if held_a_place:
            _offer_free_places(occasion)
        if occasion.owner and tell_owner:
            owners.signup_cancelled(signup)
    return signup


def signup_decline(
    *, occasion_id: int, name: str, email: str, user=None, language: str = "da", answer: str = ""
) -> SignUp:
    """Say no in advance (a meeting's "I can't come"): an active sign-up is cancelled as usual
    (its place offered on, its reminders dropped) and the answer kept as a declined sign-up."""
    email = normalise_email(email)
    with transaction.atomic():
        occasion = _locked_before_start(occasion_id)
        for signup_id in occasion.signups.active().filter(email=email).values_list("pk", flat=True):
            signup_cancel(signup_id=signup_id)
        occasion.signups.filter(email=email, status=Status.DECLINED).delete()
        return SignUp.objects.create(
            occasion=occasion,
            user=user,
            name=name.strip(),
            email=email,
            language=language,
            status=Status.DECLINED,
            answer=answer,
        )


def _offer_free_places(occasion: Occasion) -> None:
    """Offer every free place to the next on the waiting list, held for a while (never past
    the start). Called with the occasion locked."""
    if occasion.has_started or occasion.cancelled_at is not None:
        return
    free = _free_places(occasion)
    if free <= 0:
        return
    hold_until = min(timezone.now() + occasion.offer_hold, occasion.starts_at)
    waiting = occasion.signups.filter(status=Status.WAITING).order_by("created_at", "pk")
    for signup in waiting[: int(min(free, 10_000))]:
        signup.status = Status.OFFERED
        signup.offered_until = hold_until
        signup.save(update_fields=["status", "offered_until", "updated_at"])
        _notify(signup, "offer")


def offer_accept(*, signup_id: int) -> SignUp:
    """Take the place held for you."""
    with transaction.atomic():
        signup = SignUp.objects.get(pk=signup_id)
        occasion = _locked(signup.occasion_id)
        signup.refresh_from_db()
        if signup.status == Status.CONFIRMED:
            return signup
        if signup.status != Status.OFFERED:
            raise ApplicationError("signups.offer-gone")
        if signup.offered_until <= timezone.now():
            _lapse(signup, occasion)
            raise ApplicationError("signups.offer-lapsed")
        signup.status = Status.CONFIRMED
        signup.save(update_fields=["status", "updated_at"])
        _confirmed(signup)
    return signup


def _lapse(signup: SignUp, occasion: Occasion) -> None:
    signup.status = Status.LAPSED
    signup.save(update_fields=["status", "updated_at"])
    _offer_free_places(occasion)


def offers_expire() -> int:
    """Offers not taken in time pass to the next on the list (the minutely job)."""
    expired = 0
    overdue = SignUp.objects.filter(status=Status.OFFERED, offered_until__lte=timezone.now())
    for signup_id, occasion_id in overdue.values_list("pk", "occasion_id"):
        with transaction.atomic():
            occasion = _locked(occasion_id)
            signup = SignUp.objects.get(pk=signup_id)
            if signup.status == Status.OFFERED and signup.offered_until <= timezone.now():
                _lapse(signup, occasion)
                expired += 1
    return expired


def occasion_save(*, occasion: Occasion | None = None, **fields) -> Occasion:
    """Create or change an occasion. A new time or place reaches everyone signed up, with an
    updated calendar entry; more places go to the waiting list."""
    if occasion is None:
        return Occasion.objects.create(**fields)
    with transaction.atomic():
        occasion = _locked(occasion.pk)
        moved = any(
            name in fields and getattr(occasion, name) != fields[name]
            for name in ("starts_at", "ends_at", "place", "address")
        )
        for name, value in fields.items():
            setattr(occasion, name, value)
        if moved:
            occasion.sequence += 1
        occasion.save()
        if moved:
            _tell_about_the_change(occasion)
        _offer_free_places(occasion)
    return occasion


def _tell_about_the_change(occasion: Occasion) -> None:
    for signup in occasion.signups.filter(status=Status.CONFIRMED):
        _notify(signup, "changed", suffix=f"-{occasion.sequence}")
        # The old time's reminders go; the new time's are made anew (see _schedule_reminders).
        notices_skip(key_prefix=f"signup:{signup.pk}:reminder")
        _schedule_reminders(signup, occasion)


def occasion_cancel(*, occasion_id: int, tell: bool = True) -> Occasion:
    """Call it off: everyone signed up or waiting is told, calendars drop it.

    `tell=False`: the owner app tells them itself, in words for what happened (a visit whose
    volunteer left is not called off but waits for another), with `calendar.signup_ics`."""
    with transaction.atomic():
        occasion = _locked(occasion_id)
        if occasion.cancelled_at is not None:
            return occasion
        occasion.cancelled_at = timezone.now()
        occasion.sequence += 1
        occasion.save(update_fields=["cancelled_at", "sequence"])
        for signup in occasion.signups.active():
            signup.status = Status.CANCELLED
            signup.save(update_fields=["status", "updated_at"])
            notices_skip(key_prefix=f"signup:{signup.pk}:reminder")
            if tell:
                _notify(signup, "occasion-cancelled")
    return occasion


# --- Personal data (signups/personal_data.py, and the retention job) ---------------------------


def signups_erase(*, signup_ids, name: str) -> int:
    """Blank who signed up, keeping the rows (and so the counts); their pending notices are
    dropped and sent ones no longer name the address."""
    erased = 0
    for signup_id in signup_ids:
        # A unique made-up address: two erased people at one occasion must not collide on the
        # one-active-sign-up-per-address constraint.
        erased += SignUp.objects.filter(pk=signup_id).update(
            name=name, email=f"signup-{signup_id}@{ERASED_DOMAIN}", phone="", user=None
        )
        notices_skip(key_prefix=f"signup:{signup_id}:")
        Notice.objects.filter(key__startswith=f"signup:{signup_id}:").update(
            recipient=f"erased@{ERASED_DOMAIN}"
        )
    return erased


def past_signups_erase(now=None) -> int:
    """Anonymous sign-ups (an event's registrations) are erased a while after the occasion:
    nobody needs a participant's name and address once it is over. Sign-ups of people with an
    account follow that account's own retention."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.SIGNUP_RETENTION_DAYS)
    ids = (
        SignUp.objects.filter(user__isnull=True, occasion__ends_at__lt=cutoff)
        .exclude(email__endswith=f"@{ERASED_DOMAIN}")
        .values_list("pk", flat=True)
    )
    return signups_erase(signup_ids=list(ids), name="Slettet")
