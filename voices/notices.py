"""The risk notice: a moderator is told at once that a worrying postcard waits (no text in the
e-mail; it is read in the moderation view, behind two-factor login)."""

from django.conf import settings
from django.urls import reverse

from core.site import absolute_url
from notices.registry import register
from notices.rendering import render_message

from .models import Postcard


def render_risk(notice):
    postcard = Postcard.objects.filter(pk=notice.object_id).first()
    if postcard is None or postcard.status != Postcard.Status.NEW:
        return None  # already handled by another moderator
    return render_message(
        "voices/email/risk",
        {
            "postcard": postcard,
            "url": absolute_url(reverse("voices:moderate", args=[postcard.pk])),
            "site_name": settings.SITE_NAME,
        },
    )


register("voices-risk", render_risk)
