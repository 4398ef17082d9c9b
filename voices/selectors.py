"""Read queries for the postcard pages and for other apps (measurement counts postcards here)."""

from dataclasses import dataclass

from django.db.models import Count, F, Window
from django.urls import reverse
from django.utils.translation import gettext as _

from core.dashboard import Entry

from .models import AgeBand, Postcard, School, Theme, TourPart

# Danish statistics practice: a group smaller than this could point at someone.
MIN_GROUP = 5
WALL_LIMIT = 60


def postcards_received(start, end) -> int:
    """Postcards received from `start` to `end` (dates, both included), on the web or on paper."""
    return Postcard.objects.filter(received_on__gte=start, received_on__lte=end).count()


def schools() -> list[School]:
    return list(School.objects.all())


@dataclass
class Wall:
    postcards: list[Postcard]
    too_few: bool  # the filters would show fewer than MIN_GROUP cards: none are shown


def _in_large_groups():
    """Approved cards whose school and age band are shared by at least MIN_GROUP approved cards.

    Each card on the wall shows its school and age band, and the filters can be combined and
    compared, so a rule per filter choice alone would still single out the one card from a
    small class; a card waits until its own group is large enough, whatever is chosen."""
    grouped = (
        Postcard.objects.approved()
        .annotate(group_size=Window(Count("pk"), partition_by=[F("school_id"), F("age_band")]))
        .filter(group_size__gte=MIN_GROUP)
        .values("pk")
    )
    return Postcard.objects.filter(pk__in=grouped)


def on_wall(postcard: Postcard) -> bool:
    """Whether an approved card shows on the unfiltered wall now (its group is large enough)."""
    return _in_large_groups().filter(pk=postcard.pk).exists()


def wall(*, theme: str = "", school_id: int | None = None, age_band: str = "") -> Wall:
    """Approved cards from large enough groups, newest first; none at all when fewer than
    MIN_GROUP match."""
    cards = _in_large_groups()
    if theme:
        cards = cards.filter(theme=theme)
    if school_id:
        cards = cards.filter(school_id=school_id)
    if age_band:
        cards = cards.filter(age_band=age_band)
    # One query: the newest cards (at most WALL_LIMIT), counted in Python.
    found = list(cards.select_related("school").order_by("-received_on", "-pk")[:WALL_LIMIT])
    if len(found) < MIN_GROUP:
        return Wall(postcards=[], too_few=True)
    return Wall(postcards=found, too_few=False)


def moderation_queue() -> tuple[list[Postcard], list[Postcard]]:
    """The risk lane and the ordinary lane, oldest first."""
    cards = list(Postcard.objects.queue().select_related("school", "batch"))
    return [c for c in cards if c.is_risk], [c for c in cards if not c.is_risk]


def follow_ups() -> list[Postcard]:
    return list(
        Postcard.objects.filter(follow_up=True).select_related("school", "batch").order_by("pk")
    )


def tour_parts() -> dict[str, list[TourPart]]:
    parts = TourPart.objects.select_related("school")
    grouped = {kind: [] for kind in TourPart.Kind.values}
    for part in parts:
        grouped[part.kind].append(part)
    return grouped


THEMES = Theme.choices
AGE_BANDS = AgeBand.choices


def young_help_lines():
    """The help lines for young people themselves, and the emergency number."""
    from pages.models import HelpLine

    return list(
        HelpLine.objects.filter(audience__in=[HelpLine.Audience.YOUNG, HelpLine.Audience.EVERYONE])
    )


def waiting_postcards(user, limit: int = 10) -> list[Entry]:
    """The admin front page: cards waiting for a moderator, risk lane first (no text shown)."""
    return [
        Entry(
            label=_("Postkort #%(pk)s%(risk)s")
            % {"pk": card.pk, "risk": _(" – bekymrende") if card.is_risk else ""},
            url=reverse("voices:moderate", args=[card.pk]),
        )
        for card in Postcard.objects.queue()[:limit]
    ]
