from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.site import absolute_url

register = template.Library()


@register.filter
def lang_of(obj, field: str):
    """` lang="da"` where `obj.field` shows the Danish text on a page in another language.

    Content without a translation falls back to Danish; screen readers must then switch voice
    (WCAG 3.1.2, language of parts).
    """
    language = get_language()
    if language == settings.LANGUAGE_CODE or getattr(obj, f"{field}_{language}", None):
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def canonical_link(context):
    """`<link rel="canonical">` to this page without its query string (a list's unfiltered first
    page), on the configured site address rather than the request's Host."""
    return format_html('<link rel="canonical" href="{}">', absolute_url(context["request"].path))


# Who an age range is for, by its oldest and youngest: children up to 12, young people from 13.
YOUNG_FROM = 13


@register.filter
def age_range(item) -> str:
    """ "børn fra 0 til 6 år" / "children aged 0 to 6": the ages an item is for, said plainly.

    Reads `age_from` and `age_to`; "børn og unge" only when the range really spans both.
    """
    low, high = item.age_from, item.age_to
    if high < YOUNG_FROM:
        who = "children"
    elif low >= YOUNG_FROM:
        who = "young"
    else:
        who = "both"
    if low == high:
        texts = {
            "children": _("børn på %(age)s år"),
            "young": _("unge på %(age)s år"),
            "both": _("børn og unge på %(age)s år"),
        }
        return texts[who] % {"age": low}
    texts = {
        "children": _("børn fra %(low)s til %(high)s år"),
        "young": _("unge fra %(low)s til %(high)s år"),
        "both": _("børn og unge fra %(low)s til %(high)s år"),
    }
    return texts[who] % {"low": low, "high": high}


@register.filter
def iso(value) -> str:
    """A `<time datetime>` value: local time to the second ("2026-12-04T17:17:17+01:00"); the
    date filter's "c" writes microseconds, which HTML does not allow past three digits."""
    from datetime import datetime

    from django.utils import timezone

    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    return value.isoformat() if value else ""
