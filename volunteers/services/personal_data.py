"""A volunteer's own data: export it, withdraw consent, delete it; and the retention job.

Erasing keeps the rows that anonymous counts rest on (applications, the volunteer, sign-ups held)
but blanks everything that names the person; frees their future places, which are offered on;
deactivates the account under a made-up address (the account row stays because the volunteer
row points at it, so sessions held stay counted).
"""

from datetime import timedelta

from allauth.account.models import EmailAddress
from auditlog.context import disable_auditlog
from auditlog.models import LogEntry
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone

from accounts.models import Invitation, User
from notices.models import Notice
from notices.services import notices_skip
from signups.models import CalendarFeed, SignUp, new_feed_token
from signups.services import ERASED_DOMAIN, signup_cancel, signups_erase

from .. import hooks
from ..models import Application, ChildProtectionCheck, Volunteer

ERASED_NAME = "Slettet frivillig"
OPEN = (
    Application.Status.UNCONFIRMED,
    Application.Status.AWAITING_GUARDIAN,
    Application.Status.READY,
    Application.Status.MORE_INFO,
)


def _iso(value):
    return value.isoformat() if value else None


def personal_data_export(user) -> dict:
    """Everything the portal holds about the person, for a JSON download."""
    volunteer = Volunteer.objects.filter(user=user).first()
    applications = Application.objects.filter(
        Q(volunteer__user=user) | Q(email__iexact=user.email)
    ).select_related("role")
    attests = ChildProtectionCheck.objects.filter(volunteer__user=user)
    signups = SignUp.objects.filter(user=user).select_related("occasion")
    notices = Notice.objects.filter(recipient__iexact=user.email).order_by("created_at")
    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "volunteer": volunteer
        and {
            "name": volunteer.name,
            "phone": volunteer.phone,
            "area": volunteer.area,
            "availability": volunteer.availability,
            "language": volunteer.language,
            "created_at": _iso(volunteer.created_at),
            "left_at": _iso(volunteer.left_at),
        },
        "applications": [
            {
                "role": a.role.title,
                "status": a.status,
                "name": a.name,
                "email": a.email,
                "phone": a.phone,
                "age_band": a.age_band,
                "motivation": a.motivation,
                "availability": a.availability,
                "language": a.language,
                "guardian_email": a.guardian_email,
                "guardian_consented_at": _iso(a.guardian_consented_at),
                "email_confirmed_at": _iso(a.email_confirmed_at),
                "consent": {
                    "version": a.consent_version,
                    "text": a.consent_text,
                    "given_at": _iso(a.consented_at),
                    "withdrawn_at": _iso(a.consent_withdrawn_at),
                },
                "decision_note": a.decision_note,
                "created_at": _iso(a.created_at),
            }
            for a in applications
        ],
        "child_protection_checks": [
            {
                "step": c.step,
                "requested_at": _iso(c.requested_at),
                "consent_due": _iso(c.consent_due),
                "received_at": _iso(c.received_at),
                "outcome": c.outcome,
                "valid_until": _iso(c.valid_until),
            }
            for c in attests
        ],
        "signups": [
            {
                "occasion": s.occasion.title,
                "starts_at": _iso(s.occasion.starts_at),
                "status": s.status,
                "name": s.name,
                "email": s.email,
                "phone": s.phone,
            }
            for s in signups
        ],
        "calendar_feed": CalendarFeed.objects.filter(user=user).exists(),
        "notices": [
            {
                "kind": n.kind,
                "status": n.status,
                "due_at": _iso(n.due_at),
                "sent_at": _iso(n.sent_at),
            }
            for n in notices
        ],
    }


def consent_withdraw(*, user) -> None:
    """Withdrawing consent is as easy as giving it: one button. Consent is what the processing
    rests on, so it ends the volunteering and erases the data, for active volunteers too (their
    future sessions are cancelled and offered on; Mine sider says so before the button)."""
    with transaction.atomic():
        Application.objects.filter(volunteer__user=user, consent_withdrawn_at__isnull=True).update(
            consent_withdrawn_at=timezone.now()
        )
        account_erase(user=user)


def account_erase(*, user) -> None:
    """Delete the person's account: personal data erased, future places freed, counts kept."""
    now = timezone.now()
    old_email = user.email
    for signup_id in SignUp.objects.filter(
        user=user, status__in=SignUp.ACTIVE, occasion__starts_at__gt=now
    ).values_list("pk", flat=True):
        signup_cancel(signup_id=signup_id)
    with transaction.atomic(), disable_auditlog():
        volunteer = Volunteer.objects.select_for_update().filter(user=user).first()
        if volunteer is not None:
            hooks.volunteer_leaving(volunteer)
            _erase_volunteer(volunteer, now)
        applications = Application.objects.filter(
            Q(volunteer__user=user) | Q(email__iexact=old_email)
        )
        _erase_applications(applications, now)
        _erase_signups(SignUp.objects.filter(Q(user=user) | Q(email__iexact=old_email)))
        CalendarFeed.objects.filter(user=user).delete()
        _erase_notices(old_email)
        _erase_invitations(old_email, user)
        _erase_user(user)


def _erase_volunteer(volunteer: Volunteer, now) -> None:
    volunteer.attests.all().delete()
    volunteer.name = ERASED_NAME
    volunteer.phone = volunteer.area = volunteer.availability = ""
    volunteer.left_at = volunteer.left_at or now
    volunteer.anonymised_at = now
    volunteer.save()


def _erase_applications(applications, now) -> None:
    for application in applications:
        notices_skip(key_prefix=f"application:{application.pk}:")
        # Sent ones too: the applicant's and a guardian's address leave with the rest.
        Notice.objects.filter(key__startswith=f"application:{application.pk}:").update(
            recipient=f"erased@{ERASED_DOMAIN}"
        )
    applications.filter(status__in=OPEN).update(status=Application.Status.WITHDRAWN)
    applications.filter(consent_withdrawn_at__isnull=True).update(consent_withdrawn_at=now)
    applications.update(
        name=ERASED_NAME,
        email="",
        phone="",
        motivation="",
        availability="",
        guardian_email="",
        decision_note="",
        updated_at=now,
    )


def _erase_signups(signups) -> None:
    signups_erase(signup_ids=list(signups.values_list("pk", flat=True)), name=ERASED_NAME)


def _erase_notices(email: str) -> None:
    Notice.objects.filter(recipient__iexact=email, status=Notice.Status.PENDING).update(
        status=Notice.Status.SKIPPED
    )
    Notice.objects.filter(recipient__iexact=email).update(recipient=f"erased@{ERASED_DOMAIN}")


def _erase_invitations(email: str, user) -> None:
    """Invitations to the person stay (who was invited when, by whom) under a made-up address;
    their audit history keeps that something happened, not to whom."""
    invitations = Invitation.objects.filter(Q(email__iexact=email) | Q(user=user))
    ids = list(invitations.values_list("pk", flat=True))
    for invitation_id in ids:
        Invitation.objects.filter(pk=invitation_id).update(
            email=f"invitation-{invitation_id}@{ERASED_DOMAIN}"
        )
    _forget_in_audit_log(Invitation, ids)


def _forget_in_audit_log(model, ids) -> None:
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_pk__in=[str(pk) for pk in ids],
    ).update(
        object_repr=f"{model._meta.verbose_name} (slettet)",
        changes=None,
        changes_text="",
        serialized_data=None,
    )


def _erase_user(user) -> None:
    EmailAddress.objects.filter(user=user).delete()
    user.authenticator_set.all().delete()
    user.groups.clear()
    user.email = f"user-{user.pk}@{ERASED_DOMAIN}"
    user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()
    user.save()
    # The audit log's history of the account names its old address; keep that something
    # happened, not to whom.
    _forget_in_audit_log(User, [user.pk])
    LogEntry.objects.filter(actor=user).update(actor_email="")


# --- The retention job ----------------------------------------------------------------------


def unconfirmed_applications_delete(now=None) -> int:
    """Applications whose e-mail nobody confirmed within the window are deleted outright."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.UNCONFIRMED_APPLICATION_DAYS)
    stale = Application.objects.filter(
        status=Application.Status.UNCONFIRMED,
        email_confirmed_at__isnull=True,
        created_at__lt=cutoff,
    )
    ids = list(stale.values_list("pk", flat=True))
    for application_id in ids:
        notices_skip(key_prefix=f"application:{application_id}:")
        # The confirmation request was sent to the address; the row stays, the address goes.
        Notice.objects.filter(key__startswith=f"application:{application_id}:").update(
            recipient=f"erased@{ERASED_DOMAIN}"
        )
    Application.objects.filter(pk__in=ids).delete()
    return len(ids)


def inactive_volunteers(now=None):
    """Volunteers with neither a login nor a sign-up (made, or for an occasion) within
    `VOLUNTEER_INACTIVE_DAYS`, and no application in that time."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.VOLUNTEER_INACTIVE_DAYS)
    recent_signup = SignUp.objects.filter(user=OuterRef("user")).filter(
        Q(created_at__gte=cutoff) | Q(occasion__starts_at__gte=cutoff)
    )
    recent_application = Application.objects.filter(
        volunteer=OuterRef("pk"), created_at__gte=cutoff
    )
    return (
        Volunteer.objects.filter(anonymised_at__isnull=True, created_at__lt=cutoff)
        .annotate(last_login=Max("user__last_login"))
        .filter(Q(last_login__isnull=True) | Q(last_login__lt=cutoff))
        .exclude(Exists(recent_signup))
        .exclude(Exists(recent_application))
    )


def inactive_volunteers_anonymise(now=None) -> int:
    count = 0
    for volunteer in inactive_volunteers(now).select_related("user"):
        account_erase(user=volunteer.user)
        count += 1
    return count


def attests_of_leavers_delete() -> int:
    deleted, _ = ChildProtectionCheck.objects.filter(volunteer__left_at__isnull=False).delete()
    return deleted


def retention_run(now=None) -> dict:
    return {
        "unconfirmed_applications": unconfirmed_applications_delete(now),
        "inactive_volunteers": inactive_volunteers_anonymise(now),
        "attests_of_leavers": attests_of_leavers_delete(),
    }


# --- The private calendar address -----------------------------------------------------------


def calendar_feed_renew(*, user) -> CalendarFeed:
    """A new private calendar address; the old one stops working at once."""
    with transaction.atomic():
        feed, _created = CalendarFeed.objects.update_or_create(
            user=user, defaults={"token": new_feed_token()}
        )
    return feed


def calendar_feed_remove(*, user) -> None:
    CalendarFeed.objects.filter(user=user).delete()
