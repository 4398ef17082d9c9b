from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language

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
