"""Read queries for the front page and the simple pages."""

from django.shortcuts import get_object_or_404

from initiatives import selectors as initiative_selectors
from tracks.selectors import track_list

from .models import Page


def page_by_key(*, key: str, user) -> Page:
    return get_object_or_404(Page.objects.visible_to(user), key=key)


def front_page() -> dict:
    return {
        "vision": Page.objects.published().filter(key=Page.Key.VISION).first(),
        "tracks": track_list(),
        "featured_initiatives": initiative_selectors.featured_initiatives(),
        "upcoming_events": initiative_selectors.upcoming_events(limit=3),
        "latest_news": initiative_selectors.latest_news(limit=3),
    }
