"""What the sign-up notices say; rendered when sent, from the sign-up as it is then."""

from django.conf import settings
from django.utils import timezone

from core.site import absolute_url
from notices.registry import register
from notices.rendering import render_message

from .calendar import signup_ics
from .links import action_url
from .models import SignUp

Status = SignUp.Status

# what -> the statuses in which the message still makes sense, and whether it carries an .ics
KINDS = {
    "confirmed": ((Status.CONFIRMED,), "add"),
    "waiting": ((Status.WAITING,), None),
    "offer": ((Status.OFFERED,), None),
    "reminder": ((Status.CONFIRMED,), "add"),
    "changed": ((Status.CONFIRMED,), "add"),
    "cancelled": ((Status.CANCELLED,), "remove"),
    "occasion-cancelled": ((Status.CANCELLED,), "remove"),
}


def _renderer(what: str):
    statuses, calendar = KINDS[what]

    def render(notice):
        signup = SignUp.objects.select_related("occasion").filter(pk=notice.object_id).first()
        if signup is None or signup.status not in statuses:
            return None  # cancelled meanwhile, or the offer was taken or lapsed
        occasion = signup.occasion
        context = {
            "what": what,
            "signup": signup,
            "occasion": occasion,
            "starts_at": timezone.localtime(occasion.starts_at),
            "ends_at": timezone.localtime(occasion.ends_at),
            "page_url": absolute_url(occasion.url) if occasion.url else "",
            "cancel_url": action_url(signup, "cancel") if signup.status in SignUp.ACTIVE else "",
            "accept_url": action_url(signup, "accept") if what == "offer" else "",
            "offered_until": signup.offered_until and timezone.localtime(signup.offered_until),
            "site_name": settings.SITE_NAME,
        }
        attachments = []
        if calendar:
            ics = signup_ics(signup, cancelled=calendar == "remove")
            attachments.append(("invitation.ics", ics, "text/calendar"))
        return render_message("signups/email/notice", context, attachments=attachments)

    return render


for _what in KINDS:
    register(f"signup-{_what}", _renderer(_what))
