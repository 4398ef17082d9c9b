import re

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from core.errors import ApplicationError

from . import services
from .calendar import feed_ics
from .links import read_token
from .models import CalendarFeed, SignUp
from .selectors import feed_signups

# What `new_feed_token` makes (URL-safe base64); anything else finds no feed without asking the
# database, which refuses a NUL byte in a text value with an error, not with no rows.
FEED_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def action(request, token):
    """A link from an e-mail: shows what it will do and does it with one button.

    A plain GET changes nothing: mail scanners open links before the person does.
    """
    found = read_token(token)
    if found is None:
        return render(request, "signups/link_invalid.html", status=404)
    signup_id, what = found
    signup = get_object_or_404(SignUp.objects.select_related("occasion"), pk=signup_id)
    if signup.occasion.is_over:
        return render(request, "signups/link_expired.html", {"signup": signup}, status=410)
    problem = None
    done = False
    if request.method == "POST":
        try:
            if what == "cancel":
                signup = services.signup_cancel(signup_id=signup.pk)
            else:
                signup = services.offer_accept(signup_id=signup.pk)
            done = True
        except ApplicationError as error:
            signup.refresh_from_db()
            problem = error.message
    return render(
        request,
        "signups/action.html",
        {"signup": signup, "what": what, "done": done, "problem": problem},
    )


@require_safe
def calendar_feed(request, token):
    if not FEED_TOKEN.fullmatch(token):
        raise Http404
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404
    response = HttpResponse(feed_ics(feed_signups(feed.user)), content_type="text/calendar")
    response["Cache-Control"] = "private, max-age=300"
    return response
