from django.shortcuts import render
from django.views.decorators.http import require_safe

from core.cache import public_page

from . import selectors


@require_safe
@public_page
def track_list(request):
    return render(request, "tracks/track_list.html", {"tracks": selectors.track_list()})


@require_safe
@public_page
def track_detail(request, slug):
    track = selectors.track_detail(slug=slug, user=request.user)
    return render(request, "tracks/track_detail.html", {"track": track})
