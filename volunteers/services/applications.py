"""Applications: apply, confirm the e-mail, a guardian's consent, the coordinator's decision,
answering a question, withdrawing. Each action is one transaction; e-mails go as notices, each
sent exactly once.

Status flow: UNCONFIRMED -(e-mail confirmed)-> READY, or AWAITING_GUARDIAN for an applicant
under 15 -(guardian confirms)-> READY -(coordinator)-> APPROVED | REJECTED | MORE_INFO
-(applicant answers on Mine sider)-> READY. The applicant may withdraw while it is open.
"""

from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.roles import VOLUNTEER, roles_of
from accounts.services import user_set_roles
from core.errors import ApplicationError
from core.locks import advisory_xact_lock
from core.permissions import may
from notices.services import notice_schedule, notices_skip

from ..models import Application, ChildProtectionCheck, ConsentText, Volunteer, VolunteerRole
from ..selectors import attest_valid

Status = Application.Status
OPEN = (Status.UNCONFIRMED, Status.AWAITING_GUARDIAN, Status.READY, Status.MORE_INFO)
CHANGE = "volunteers.change_application"


def _notify(application: Application, what: str, *, recipient: str | None = None, suffix=""):
    notice_schedule(
        key=f"application:{application.pk}:{what}{suffix}",
        kind=f"application-{what}",
        object_id=application.pk,
        recipient=recipient or application.email,
        language=application.language,
    )


def _locked(application_id: int) -> Application:
    return Application.objects.select_for_update().select_related("role").get(pk=application_id)


def _require(by, perm: str = CHANGE) -> None:
    if by is not None and not may(by, perm):
        raise PermissionDenied


def application_submit(
    *,
    role: VolunteerRole,
    consent: ConsentText,
    name: str,
    email: str,
    age_band: str,
    motivation: str,
    availability: str,
    phone: str = "",
    guardian_email: str = "",
    language: str = "da",
) -> Application:
    """Record an application with the exact consent text shown, and ask the applicant to
    confirm their e-mail. Nothing reaches the coordinator before that."""
    if age_band == Application.AgeBand.UNDER_15 and not guardian_email:
        raise ApplicationError("volunteers.guardian-needed")
    with transaction.atomic():
        application = Application.objects.create(
            role=role,
            name=name.strip(),
            email=email,  # the field stores it normalised
            phone=phone.strip(),
            age_band=age_band,
            motivation=motivation.strip(),
            availability=availability.strip(),
            guardian_email=guardian_email if age_band == Application.AgeBand.UNDER_15 else "",
            language=language or "da",
            consent_version=consent.version,
            consent_text=consent.text,
            consented_at=timezone.now(),
        )
        _notify(application, "confirm-email")
    return application


def _account_for(application: Application) -> Volunteer:
    """The applicant's account (made or reused) with a verified address, the volunteer role and
    no usable password (they log in by e-mailed code), and their volunteer profile."""
    # Two applications by one address confirmed at the same moment: the second waits here until
    # the first has committed the account, then finds and reuses it (no duplicate-key error).
    advisory_xact_lock(f"account:{application.email.lower()}")
    user = User.objects.filter(email__iexact=application.email).first()
    if user is None:
        user = User.objects.create_user(email=application.email, password=None)
    if not user.is_active:
        raise ApplicationError("volunteers.account-closed")
    address, _created = EmailAddress.objects.get_or_create(
        user=user, email__iexact=user.email, defaults={"email": user.email, "primary": True}
    )
    if not address.verified:
        address.verified = True
        address.save(update_fields=["verified"])
    roles = roles_of(user)
    if VOLUNTEER not in roles:
        user_set_roles(user=user, roles=[*roles, VOLUNTEER], by=None)
    volunteer, created = Volunteer.objects.get_or_create(
        user=user,
        defaults={
            "name": application.name,
            "phone": application.phone,
            "availability": application.availability,
            "language": application.language,
        },
    )
    if not created:
        volunteer.last_active_at = timezone.now()
        volunteer.left_at = None
        volunteer.save(update_fields=["last_active_at", "left_at"])
    return volunteer


def application_confirm_email(*, application_id: int) -> Application:
    """The applicant clicked the link: their account and profile are made, and the application
    is ready for review (or waits for a guardian first). A second click changes nothing."""
    with transaction.atomic():
        application = _locked(application_id)
        if application.status != Status.UNCONFIRMED:
            return application
        application.volunteer = _account_for(application)
        application.email_confirmed_at = timezone.now()
        if application.age_band == Application.AgeBand.UNDER_15:
            application.status = Status.AWAITING_GUARDIAN
            # Only now: a guardian's address typed by someone unconfirmed is never written to.
            _notify(application, "guardian", recipient=application.guardian_email)
        else:
            application.status = Status.READY
        application.save()
    return application


def application_guardian_confirm(*, application_id: int) -> Application:
    with transaction.atomic():
        application = _locked(application_id)
        if application.status != Status.AWAITING_GUARDIAN:
            return application
        application.guardian_consented_at = timezone.now()
        application.status = Status.READY
        application.save()
    return application


def approval_problem(application: Application) -> ApplicationError | None:
    """Why this application cannot be approved now, or None."""
    if application.status != Status.READY:
        return ApplicationError("volunteers.not-ready")
    if not application.role.children_under_15:
        return None
    latest = (
        ChildProtectionCheck.objects.filter(volunteer_id=application.volunteer_id)
        .order_by("-requested_at", "-pk")
        .first()
    )
    if latest is not None and latest.outcome == ChildProtectionCheck.Outcome.HAS_REMARKS:
        return ApplicationError("volunteers.attest-remarks")
    if not attest_valid(application.volunteer):
        return ApplicationError("volunteers.attest-missing")
    return None


def application_approve(*, application_id: int, by) -> Application:
    _require(by)
    with transaction.atomic():
        application = _locked(application_id)
        problem = approval_problem(application)
        if problem:
            raise problem
        _decide(application, Status.APPROVED, by, "")
        _notify(application, "approved")
    return application


def application_reject(*, application_id: int, by, reason: str) -> Application:
    _require(by)
    if not reason.strip():
        raise ApplicationError("volunteers.reason-needed")
    with transaction.atomic():
        application = _locked(application_id)
        if application.status not in (Status.READY, Status.MORE_INFO):
            raise ApplicationError("volunteers.not-rejectable")
        _decide(application, Status.REJECTED, by, reason)
        _notify(application, "rejected")
    return application


def application_ask_more(*, application_id: int, by, question: str) -> Application:
    _require(by)
    if not question.strip():
        raise ApplicationError("volunteers.question-needed")
    with transaction.atomic():
        application = _locked(application_id)
        if application.status != Status.READY:
            raise ApplicationError("volunteers.not-ready-for-question")
        _decide(application, Status.MORE_INFO, by, question)
        # A question may be asked more than once; each is its own e-mail.
        asked = application.reviewed_at.strftime("%Y%m%d%H%M%S")
        _notify(application, "more-info", suffix=f"-{asked}")
    return application


def _decide(application: Application, status: str, by, note: str) -> None:
    application.status = status
    application.decision_note = note.strip()
    application.reviewed_by = by
    application.reviewed_at = timezone.now()
    application.save()


def application_answer(
    *, application_id: int, user, motivation: str, availability: str
) -> Application:
    """The applicant answers the coordinator's question on Mine sider: back in the queue."""
    with transaction.atomic():
        application = (
            Application.objects.visible_to(user).select_for_update().get(pk=application_id)
        )
        if application.status != Status.MORE_INFO:
            raise ApplicationError("volunteers.not-waiting")
        application.motivation = motivation.strip()
        application.availability = availability.strip()
        application.status = Status.READY
        application.save()
    return application


def application_withdraw(*, application: Application) -> Application:
    with transaction.atomic():
        application = _locked(application.pk)
        if application.status in OPEN:
            application.status = Status.WITHDRAWN
            application.save(update_fields=["status", "updated_at"])
            notices_skip(key_prefix=f"application:{application.pk}:")
    return application


def coordinator_digest(on=None) -> int:
    """Once a day, each active coordinator hears how many applications wait for review; not
    when none do. The date in the key makes it once per day per coordinator."""
    from .attests import coordinators

    on = on or timezone.localdate()
    if not Application.objects.ready().exists():
        return 0
    scheduled = 0
    for person in coordinators():
        notice_schedule(
            key=f"application-digest:{on.isoformat()}:{person.pk}",
            kind="application-digest",
            object_id=person.pk,
            recipient=person.email,
        )
        scheduled += 1
    return scheduled
