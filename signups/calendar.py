"""Calendar files (.ics, RFC 5545) for sign-ups: one event per occasion, the same UID every
time, so a calendar replaces its copy when the time changes (a higher SEQUENCE) and removes it
when the sign-up or the occasion is cancelled (METHOD:CANCEL)."""

from functools import lru_cache

from icalendar import Calendar, Event

from core.site import absolute_url, site_domain

from .models import Occasion, SignUp

PRODID = "-//+DIG//Tilmeldinger//DA"


def _calendar(method: str | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    return calendar


def _event(occasion: Occasion, *, cancelled: bool = False) -> Event:
    event = Event()
    event.add("uid", f"occasion-{occasion.pk}@{site_domain().split(':')[0]}")
    event.add("sequence", occasion.sequence)
    event.add("dtstamp", occasion.starts_at)
    event.add("dtstart", occasion.starts_at)
    event.add("dtend", occasion.ends_at)
    event.add("summary", occasion.title)
    event.add("location", ", ".join(part for part in (occasion.place, occasion.address) if part))
    if occasion.url:
        event.add("url", absolute_url(occasion.url))
        event.add("description", absolute_url(occasion.url))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event


def signup_ics(signup: SignUp, *, cancelled: bool = False) -> str:
    """The occasion as one calendar entry: a request to add or update it, or to remove it."""
    return occasion_ics(signup.occasion, cancelled=cancelled)


def occasion_ics(occasion: Occasion, *, cancelled: bool = False) -> str:
    """The occasion's calendar entry, for someone who has not signed up (a meeting's
    invitation): the same UID as the sign-ups' files."""
    gone = cancelled or occasion.cancelled_at is not None
    # Everyone at an occasion gets the same file; icalendar is a good part of what sending a
    # reminder costs, so it is made once per occasion as it is now (every value it reads is in
    # the key, so a changed occasion or site address makes a new one).
    key = tuple(
        getattr(occasion, name)
        for name in ("pk", "sequence", "starts_at", "ends_at", "title", "place", "address", "url")
    )
    return _occasion_ics(key, absolute_url("/"), gone, occasion)


@lru_cache(maxsize=256)
def _occasion_ics(key: tuple, site: str, gone: bool, occasion: Occasion) -> str:
    calendar = _calendar("CANCEL" if gone else "PUBLISH")
    calendar.add_component(_event(occasion, cancelled=gone))
    return calendar.to_ical().decode()


def feed_ics(signups) -> str:
    """A person's calendar feed: every occasion they hold a place at."""
    return occasions_feed_ics(signup.occasion for signup in signups)


def occasions_feed_ics(occasions, *, name: str = "+DIG") -> str:
    """A calendar feed of these occasions (e.g. all of the alliance group's meetings)."""
    calendar = _calendar()
    calendar.add("x-wr-calname", name)
    for occasion in occasions:
        calendar.add_component(_event(occasion))
    return calendar.to_ical().decode()
