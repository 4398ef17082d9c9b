"""What the volunteer notices say, rendered when sent from the rows as they are then: a message
that no longer fits (the application moved on, was withdrawn or erased) is skipped."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from core.site import absolute_url
from notices.registry import register
from notices.rendering import render_message

from .links import link_url
from .models import Application, ChildProtectionCheck

Status = Application.Status

# what -> the status the application must still have for the message to make sense
APPLICATION_KINDS = {
    "confirm-email": Status.UNCONFIRMED,
    "guardian": Status.AWAITING_GUARDIAN,
    "approved": Status.APPROVED,
    "rejected": Status.REJECTED,
    "more-info": Status.MORE_INFO,
}


def _common() -> dict:
    return {
        "site_name": settings.SITE_NAME,
        "my_pages_url": absolute_url(reverse("volunteers:my_pages")),
        "login_url": absolute_url(reverse("account_request_login_code")),
    }


def _application_renderer(what: str):
    wanted = APPLICATION_KINDS[what]

    def render(notice):
        application = Application.objects.select_related("role").filter(pk=notice.object_id).first()
        if application is None or application.status != wanted:
            return None
        context = {**_common(), "what": what, "application": application}
        if what == "confirm-email":
            context["confirm_url"] = link_url(application, "confirm")
            context["link_days"] = settings.APPLICATION_LINK_DAYS
        if what == "guardian":
            context["guardian_url"] = link_url(application, "guardian")
            context["link_days"] = settings.APPLICATION_LINK_DAYS
        return render_message("volunteers/email/application", context)

    return render


def render_digest(notice):
    waiting = Application.objects.ready().count()
    if waiting == 0:
        return None
    oldest = Application.objects.ready().order_by("created_at").first()
    context = {
        **_common(),
        "waiting": waiting,
        "oldest": timezone.localtime(oldest.created_at),
        "queue_url": absolute_url(reverse("admin:volunteers_application_changelist")),
    }
    return render_message("volunteers/email/digest", context)


def render_attest_renewal(notice):
    check = (
        ChildProtectionCheck.objects.select_related("volunteer").filter(pk=notice.object_id).first()
    )
    if check is None or check.volunteer.left_at or check.volunteer.anonymised_at:
        return None
    newer = ChildProtectionCheck.objects.filter(
        volunteer_id=check.volunteer_id, requested_at__gt=check.requested_at
    )
    if newer.exists():
        return None  # a renewal is already under way
    context = {
        **_common(),
        "check": check,
        "volunteer": check.volunteer,
        "admin_url": absolute_url(
            reverse("admin:volunteers_childprotectioncheck_change", args=[check.pk])
        ),
    }
    return render_message("volunteers/email/attest_renewal", context)


def register_all() -> None:
    for what in APPLICATION_KINDS:
        register(f"application-{what}", _application_renderer(what))
    register("application-digest", render_digest)
    register("attest-renewal", render_attest_renewal)
