"""The postcard box, the wall, the tour and the moderators' queue (thin: forms and services)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from core.cache import do_not_store, public_page
from core.permissions import private
from core.ratelimit import limited

from . import selectors, services
from .forms import ModerationForm, PostcardForm
from .models import AgeBand, Postcard, Theme
from .redact import masked, suggestions

MODERATE = "voices.moderate_postcard"


# The text never reaches an error report: Django's reports would otherwise show the POST body.
@sensitive_post_parameters("text")
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def write(request):
    form = PostcardForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if limited(request, "postcard", anonymous=True):
            # The form comes back with the text kept; nothing is lost by waiting.
            form.is_valid()
            return render(request, "voices/write.html", {"form": form, "slowed": True}, status=429)
        if form.is_valid():
            postcard = services.postcard_submit(**form.cleaned_data)
            help_lines = selectors.young_help_lines()
            return render(
                request,
                "voices/thanks.html",
                {
                    "worried": postcard.is_risk,
                    "help_lines": help_lines,
                    # BørneTelefonen is named even before the secretariat has entered the lines.
                    "no_young_line": not any(line.audience == "young" for line in help_lines),
                },
            )
    return render(request, "voices/write.html", {"form": form})


def _choice(request, name: str, allowed) -> str:
    value = request.GET.get(name, "")
    if value and value not in allowed:
        do_not_store(request)
        return ""
    return value


@require_safe
@public_page(query=("tema", "skole", "alder"))
def wall(request):
    schools = selectors.schools()
    theme = _choice(request, "tema", Theme.values)
    age_band = _choice(request, "alder", AgeBand.values)
    school = _choice(request, "skole", [str(s.pk) for s in schools])
    found = selectors.wall(
        theme=theme, school_id=int(school) if school else None, age_band=age_band
    )
    chosen = {"tema": theme, "skole": school, "alder": age_band}
    groups = [
        ("tema", _("Tema"), Theme.choices),
        ("skole", _("Skole"), [(str(s.pk), s.name) for s in schools]),
        ("alder", _("Alder"), AgeBand.choices),
    ]
    return render(
        request,
        "voices/wall.html",
        {
            "wall": found,
            "filters": [
                {
                    "label": label,
                    "options": [_option(chosen, name, value, text) for value, text in options],
                }
                for name, label, options in groups
            ],
            "filtered": any(chosen.values()),
        },
    )


def _option(chosen: dict, name: str, value: str, label) -> dict:
    """A filter link: choosing it adds it to the others; choosing it again takes it away."""
    current = chosen[name] == value
    query = {**chosen, name: "" if current else value}
    return {
        "label": label,
        "current": current,
        "url": "?" + urlencode({k: v for k, v in query.items() if v})
        if any(query.values())
        else "./",
    }


@require_safe
@public_page
def policy(request):
    return render(request, "voices/policy.html", {"min_group": selectors.MIN_GROUP})


@require_safe
@public_page
def tour(request):
    return render(request, "voices/tour.html", {"parts": selectors.tour_parts()})


# The cards' unmasked text: never kept in a browser's or a proxy's cache.
@never_cache
@private(MODERATE)
@require_safe
def queue(request):
    risk, ordinary = selectors.moderation_queue()
    return render(
        request,
        "voices/queue.html",
        {"risk": risk, "ordinary": ordinary, "follow_ups": selectors.follow_ups()},
    )


@sensitive_post_parameters("text", "note")
@never_cache
@private(MODERATE)
@require_http_methods(["GET", "HEAD", "POST"])
def moderate(request, pk):
    postcard = get_object_or_404(Postcard.objects.select_related("school", "batch"), pk=pk)
    school_names = [s.name for s in selectors.schools()]
    form = ModerationForm(
        request.POST if request.method == "POST" else None,
        initial={"text": postcard.text, "note": postcard.follow_up_note},
    )
    action = request.POST.get("action", "")
    if request.method != "POST":
        services.postcard_open(postcard.pk)
    if request.method == "POST" and action in ModerationForm.ACTIONS and form.is_valid():
        text, note = form.cleaned_data["text"], form.cleaned_data["note"]
        if action == "approve":
            approved = services.postcard_approve(postcard.pk, text=text)
            if selectors.on_wall(approved):
                messages.success(request, _("Postkortet er godkendt og vises på væggen."))
            else:
                messages.success(
                    request,
                    _(
                        "Godkendt – vises på væggen, når fem godkendte kort deler skole og "
                        "aldersgruppe."
                    ),
                )
            return redirect("voices:queue")
        if action == "reject":
            services.postcard_reject(postcard.pk)
            messages.success(request, _("Postkortet vises ikke."))
            return redirect("voices:queue")
        services.postcard_redact(postcard.pk, text)
        if action == "follow_up":
            services.postcard_follow_up(postcard.pk, note)
            messages.success(request, _("Postkortet er markeret til opfølgning."))
        else:
            messages.success(request, _("Rettelserne er gemt."))
        return redirect("voices:moderate", pk=postcard.pk)
    if request.method == "POST" and action not in ModerationForm.ACTIONS:
        form.is_valid()
        form.add_error(None, _("Vælg, hvad der skal ske med postkortet."))
    return render(
        request,
        "voices/moderate.html",
        {
            "postcard": postcard,
            "form": form,
            "suggested": masked(postcard.text, school_names),
            "has_suggestions": bool(suggestions(postcard.text, school_names)),
        },
    )
