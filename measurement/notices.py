"""The quiet-barometer reminder, rendered when sent from the institution as it is then."""

from datetime import date

from django.conf import settings
from django.urls import reverse

from core.site import absolute_url
from institutions.models import Institution
from notices.registry import register
from notices.rendering import render_message

from .services import REMINDER_KIND, last_activity


def render(notice):
    institution = (
        Institution.objects.select_related("barometer")
        .annotate(last=last_activity())
        .filter(pk=notice.object_id)
        .first()
    )
    if institution is None:
        return None
    settings_row = getattr(institution, "barometer", None)
    if settings_row is not None and not settings_row.reminders:
        return None  # switched off since
    spell_start = date.fromisoformat(notice.key.split(":")[2])
    if institution.last is not None and institution.last >= spell_start:
        return None  # they have logged since: the spell is over
    context = {
        "institution": institution,
        "barometer_url": absolute_url(reverse("measurement:barometer")),
        "settings_url": absolute_url(reverse("measurement:settings", args=[institution.pk])),
        "site_name": settings.SITE_NAME,
    }
    return render_message("measurement/email/quiet", context)


register(REMINDER_KIND, render)
