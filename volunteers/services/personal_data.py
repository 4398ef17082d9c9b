"""The volunteers' part of a person's export and erasure (core/personal_data.py), consent
withdrawal, and the retention job.

Erasing keeps the rows that anonymous counts rest on (applications, the volunteer) but blanks
everything that names the person and deletes their børneattest records. The apps above hear
first that the volunteer leaves (volunteers/hooks.py: a visit confirmed with them goes back to
the institution's request). Sign-ups, notices and the account are their own apps' steps, which
run after this one (accounts/personal_data.py).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.personal_data import person_erase
from core.personal_data import ERASED_DOMAIN, Part, Person
from notices.models import Notice
from notices.services import notices_skip
from signups.models import CalendarFeed, SignUp, new_feed_token

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


def _day(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


def _applications(person: Person):
    query = Q(volunteer__user=person.user)
    for email in person.emails:
        query |= Q(email__iexact=email)
    return Application.objects.filter(query)


def volunteer_export(person: Person) -> Part | None:
    volunteer = Volunteer.objects.filter(user=person.user).first()
    applications = list(_applications(person).select_related("role").order_by("created_at"))
    attests = list(ChildProtectionCheck.objects.filter(volunteer__user=person.user))
    if volunteer is None and not applications:
        return None
    summary = []
    if volunteer is not None:
        summary.append(
            _(
                "Som frivillig: navn %(name)s, telefon %(phone)s, område %(area)s, "
                "hvornår du kan: %(availability)s."
            )
            % {
                "name": volunteer.name,
                "phone": volunteer.phone or "–",
                "area": volunteer.area or "–",
                "availability": volunteer.availability or "–",
            }
        )
    for a in applications:
        summary.append(
            _(
                "Ansøgning om »%(role)s« sendt %(sent)s: %(status)s. Du gav samtykke "
                "(version %(version)s) %(consented)s."
            )
            % {
                "role": a.role.title,
                "sent": _day(a.created_at),
                "status": a.get_status_display(),
                "version": a.consent_version,
                "consented": _day(a.consented_at),
            }
        )
    for c in attests:
        summary.append(
            _(
                "Børneattest: %(step)s, vurdering %(outcome)s, gyldig til %(until)s. Vi gemmer "
                "kun status, datoer og hvem der vurderede den, aldrig selve attesten eller dit "
                "CPR-nummer."
            )
            % {
                "step": c.get_step_display(),
                "outcome": c.get_outcome_display() if c.outcome else "–",
                "until": _day(c.valid_until),
            }
        )
    data = {
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
    }
    return Part(data=data, summary=summary)


def volunteer_erase(person: Person) -> None:
    volunteer = Volunteer.objects.select_for_update().filter(user=person.user).first()
    if volunteer is not None:
        person.remember(volunteer.name, volunteer.phone)
        hooks.volunteer_leaving(volunteer)
        _erase_volunteer(volunteer, person.now)
    applications = _applications(person)
    for name, email, phone, guardian in applications.values_list(
        "name", "email", "phone", "guardian_email"
    ):
        person.remember(name, phone, guardian)
        person.remember(email, email=True)
    _erase_applications(applications, person.now)


def consent_withdraw(*, user) -> None:
    """Withdrawing consent is as easy as giving it: one button. Consent is what the processing
    rests on, so it ends the volunteering and erases the data, for active volunteers too (their
    future sessions are cancelled and offered on, a confirmed visit goes back to the
    institution's request; Mine sider says so before the button)."""
    with transaction.atomic():
        Application.objects.filter(volunteer__user=user, consent_withdrawn_at__isnull=True).update(
            consent_withdrawn_at=timezone.now()
        )
        person_erase(user=user, by=user)


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
        person_erase(user=volunteer.user, by=None)
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
