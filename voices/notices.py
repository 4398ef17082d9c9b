"""The moderators' alerts (voices/alerts.py): how many worrying postcards wait, in which
categories, and a link to the queue. Never a card's text; the queue is behind two-factor login."""

from collections import Counter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.permissions import may
from core.site import absolute_url
from notices.registry import register
from notices.rendering import render_message

from . import alerts
from .models import Postcard, RiskCategory


def _render(notice, *, cards, permissions, template):
    user = get_user_model().objects.filter(pk=notice.object_id).first()
    if user is None or not any(may(user, perm) for perm in permissions):
        return None  # no longer a moderator (or the lead)
    cards = list(cards.values_list("risk_categories", flat=True))
    if not cards:
        return None  # read meanwhile: nothing to tell
    labels = dict(RiskCategory.choices)
    counted = Counter(code for codes in cards for code in codes.split(",") if code)
    return render_message(
        template,
        {
            "count": len(cards),
            "categories": [(labels.get(code, code), n) for code, n in counted.most_common()],
            "url": absolute_url(reverse("voices:queue")),
            "hours": settings.VOICES_RISK_RESPONSE_HOURS,
            "site_name": settings.SITE_NAME,
        },
    )


def render_new_cards(notice):
    return _render(
        notice,
        cards=Postcard.objects.risk_unread(),
        permissions=[alerts.MODERATE],
        template="voices/email/risk",
    )


def render_unread_in_time(notice):
    return _render(
        notice,
        cards=Postcard.objects.risk_unread().filter(escalated=True),
        permissions=[alerts.MODERATE, alerts.ESCALATION],
        template="voices/email/risk_late",
    )


register(alerts.NEW_CARDS, render_new_cards)
register(alerts.UNREAD_IN_TIME, render_unread_in_time)
