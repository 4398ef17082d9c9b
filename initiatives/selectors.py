"""Read queries for initiatives, news and events; each page's queries are fixed in number."""

from datetime import date

from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from alliance.models import Partner
from core.registry import period_moments
from tracks.models import Track

from .models import AgeGroup, Event, Initiative, NewsPost


def _published_tracks() -> Prefetch:
    return Prefetch("tracks", queryset=Track.objects.published())


def initiative_list(*, track: Track | None = None, age_group: AgeGroup | None = None):
    queryset = Initiative.objects.published().prefetch_related(_published_tracks())
    if track is not None:
        queryset = queryset.filter(tracks=track)
    if age_group is not None:
        low, high = age_group.bounds
        # An initiative belongs to every age group its own age range overlaps.
        queryset = queryset.filter(age_from__lte=high, age_to__gte=low)
    return queryset


def featured_initiatives(*, limit: int = 4) -> QuerySet[Initiative]:
    return Initiative.objects.published().filter(is_featured=True)[:limit]


def initiative_detail(*, slug: str, user) -> Initiative:
    now = timezone.now()
    queryset = Initiative.objects.visible_to(user).prefetch_related(
        _published_tracks(),
        Prefetch("partners", queryset=Partner.objects.all()),
        Prefetch("news_posts", queryset=NewsPost.objects.published()[:5], to_attr="latest_news"),
        Prefetch(
            "events",
            queryset=Event.objects.published().filter(_not_over(now)),
            to_attr="upcoming_events",
        ),
    )
    return get_object_or_404(queryset, slug=slug)


def news_list() -> QuerySet[NewsPost]:
    return NewsPost.objects.published()


def latest_news(*, limit: int = 3) -> QuerySet[NewsPost]:
    return NewsPost.objects.published()[:limit]


def news_detail(*, slug: str, user) -> NewsPost:
    queryset = NewsPost.objects.visible_to(user).prefetch_related(
        _published_tracks(),
        Prefetch("initiatives", queryset=Initiative.objects.published()),
    )
    return get_object_or_404(queryset, slug=slug)


def _not_over(now) -> Q:
    """Events still current at `now`.

    An event without an end time stays current for the rest of its day (Danish time): a
    visitor looking at 20:00 should still find the afternoon's open workshop.
    """
    start_of_today = timezone.localtime(now, timezone.get_default_timezone()).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=start_of_today)


def upcoming_events(*, limit: int | None = None) -> QuerySet[Event]:
    queryset = Event.objects.published().filter(_not_over(timezone.now())).order_by("starts_at")
    return queryset[:limit] if limit else queryset


def past_events() -> QuerySet[Event]:
    return Event.objects.published().exclude(_not_over(timezone.now())).order_by("-starts_at")


def event_detail(*, slug: str, user) -> Event:
    queryset = Event.objects.visible_to(user).prefetch_related(
        _published_tracks(),
        Prefetch("initiatives", queryset=Initiative.objects.published()),
    )
    return get_object_or_404(queryset, slug=slug)


def event_for_signup(*, slug: str) -> Event:
    """A published event that takes sign-ups here, with its occasion."""
    queryset = Event.objects.published().filter(registration=True, occasion__isnull=False)
    return get_object_or_404(queryset.select_related("occasion"), slug=slug)


# --- figures for the shared measurement (declared in apps.py) ---------------------------------


def _events_held(start: date, end: date) -> QuerySet[Event]:
    begin, stop = period_moments(start, end)
    return Event.objects.published().filter(starts_at__gte=begin, starts_at__lt=stop)


def events_held(start: date, end: date) -> int:
    return _events_held(start, end).count()


def event_participants(start: date, end: date) -> int:
    """Confirmed registrations for the published events held in the period."""
    from signups.models import SignUp

    events = _events_held(start, end).exclude(occasion=None).values("occasion")
    return SignUp.objects.filter(status=SignUp.Status.CONFIRMED, occasion__in=events).count()
