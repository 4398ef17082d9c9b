"""Read queries for the track pages."""

from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from initiatives.models import Initiative

from .models import Goal, Imprint, Track


def track_list() -> QuerySet[Track]:
    """The portal's own tracks; another municipality's strategy shows under Resultater."""
    return Track.objects.published().filter(Q(strategy=None) | Q(strategy__is_home=True))


def track_detail(*, slug: str, user) -> Track:
    """One track with its goals, imprints with their yearly status, and its live initiatives."""
    queryset = (
        Track.objects.visible_to(user)
        .select_related("strategy")
        .prefetch_related(
            Prefetch(
                "goals",
                queryset=Goal.objects.prefetch_related(
                    Prefetch("imprints", queryset=Imprint.objects.prefetch_related("statuses"))
                ),
            ),
            Prefetch("initiatives", queryset=Initiative.objects.published()),
        )
    )
    return get_object_or_404(queryset, slug=slug)
