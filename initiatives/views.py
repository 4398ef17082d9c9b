from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from core.cache import do_not_store, public_page
from core.errors import ApplicationError
from core.paging import paginate
from core.ratelimit import limited
from signups.forms import SignUpForm
from signups.selectors import free_places
from signups.services import signup_create
from tracks.selectors import track_list

from . import selectors
from .models import AgeGroup


@require_safe
@public_page(query=("spor", "alder", "side"))
def initiative_list(request):
    tracks = list(track_list())
    # Unknown filter values are ignored rather than answered with an error: old links keep
    # working. Such a URL is not cached, though, or made-up values would fill the cache.
    track = next((t for t in tracks if t.slug == request.GET.get("spor")), None)
    age_value = request.GET.get("alder")
    age_group = AgeGroup(age_value) if age_value in AgeGroup.values else None
    if any(len(request.GET.getlist(name)) > 1 for name in ("spor", "alder")) or (
        ("spor" in request.GET and track is None) or ("alder" in request.GET and age_group is None)
    ):
        do_not_store(request)
    page = paginate(
        request, selectors.initiative_list(track=track, age_group=age_group), per_page=24
    )
    return render(
        request,
        "initiatives/initiative_list.html",
        {
            "page": page,
            "tracks": tracks,
            "age_groups": AgeGroup,
            "selected_track": track,
            "selected_age_group": age_group,
        },
    )


@require_safe
@public_page
def initiative_detail(request, slug):
    initiative = selectors.initiative_detail(slug=slug, user=request.user)
    return render(request, "initiatives/initiative_detail.html", {"initiative": initiative})


@require_safe
@public_page(query=("side",))
def news_list(request):
    page = paginate(request, selectors.news_list(), per_page=10)
    return render(request, "initiatives/news_list.html", {"page": page})


@require_safe
@public_page
def news_detail(request, slug):
    post = selectors.news_detail(slug=slug, user=request.user)
    return render(request, "initiatives/news_detail.html", {"post": post})


@require_safe
@public_page(query=("side",))
def event_list(request):
    past = paginate(request, selectors.past_events(), per_page=10)
    return render(
        request,
        "initiatives/event_list.html",
        {"upcoming": selectors.upcoming_events(), "past": past},
    )


@require_safe
@public_page
def event_detail(request, slug):
    event = selectors.event_detail(slug=slug, user=request.user)
    return render(request, "initiatives/event_detail.html", {"event": event})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def event_signup(request, slug):
    """The registration form, on a page of its own so the event page stays in the cache."""
    event = selectors.event_for_signup(slug=slug)
    occasion = event.occasion
    user = request.user
    initial = {"name": user.get_full_name(), "email": user.email} if user.is_authenticated else {}
    # Bound on every POST, even one with no fields at all, so it says what is missing.
    form = SignUpForm(request.POST if request.method == "POST" else None, initial=initial)
    refused = None
    if request.method == "POST":
        if limited(request, "event_signup"):
            return render(request, "429.html", status=429)
        if form.is_valid():
            try:
                signup = signup_create(
                    occasion_id=occasion.pk,
                    user=user if user.is_authenticated else None,
                    language=get_language(),
                    **form.cleaned_data,
                )
            except ApplicationError as error:
                refused = error.for_app("initiatives").message
            else:
                return render(
                    request,
                    "initiatives/event_signup_done.html",
                    {"event": event, "signup": signup},
                )
    return render(
        request,
        "initiatives/event_signup.html",
        {
            "event": event,
            "occasion": occasion,
            "form": form,
            "refused": refused,
            "free": free_places(occasion),
        },
    )
