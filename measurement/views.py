"""Thin views: the institution's barometer (private) and the public results."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from core.cache import public_page
from core.permissions import forbidden, private

from . import export, selectors, services, tables
from .forms import BarometerSettingsForm, ReadingEntryForm
from .models import Status

# --- the institution's barometer -------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@private("measurement.add_readingentry")
def barometer(request):
    institutions = selectors.institutions_of(request.user)
    data = request.POST if request.method == "POST" else None
    form = ReadingEntryForm(data, institutions=institutions)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "institution"}
        services.reading_entry_log(
            user=request.user, institution=form.cleaned_data["institution"], **fields
        )
        messages.success(request, _("Tak! Højtlæsningen er registreret."))
        return redirect("measurement:barometer")
    return render(
        request,
        "measurement/barometer.html",
        {"form": form, "barometers": selectors.barometers_for(request.user)},
        status=400 if form.is_bound else 200,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@private("measurement.change_readingentry")
def entry_edit(request, pk):
    entry = selectors.entry_for(request.user, pk)
    if entry is None:
        raise Http404
    if not services.may_correct(entry):
        return forbidden(
            request, message=_("En registrering kan kun rettes i en uge, efter den er lavet.")
        )
    data = request.POST if request.method == "POST" else None
    form = ReadingEntryForm(
        data, instance=entry, institutions=selectors.institutions_of(request.user)
    )
    if request.method == "POST" and form.is_valid():
        services.reading_entry_correct(entry=entry, **form.cleaned_data)
        messages.success(request, _("Rettelsen er gemt."))
        return redirect("measurement:barometer")
    return render(
        request,
        "measurement/entry_form.html",
        {"form": form, "entry": entry},
        status=400 if form.is_bound else 200,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@private("measurement.change_barometersettings")
def barometer_settings(request, pk):
    institution = selectors.institution_for(request.user, pk)
    if institution is None:
        raise Http404
    year = services.today().year
    barometer = next(
        b for b in selectors.barometers_for(request.user, recent=0) if b.institution.pk == pk
    )
    if request.method == "POST":
        form = BarometerSettingsForm(request.POST)
        if form.is_valid():
            services.barometer_settings_save(
                institution=institution,
                year=year,
                goal_minutes=form.cleaned_data["goal_minutes"],
                reminders=form.cleaned_data["reminders"],
            )
            messages.success(request, _("Indstillingerne er gemt."))
            return redirect("measurement:barometer")
    else:
        form = BarometerSettingsForm(
            initial={"goal_minutes": barometer.goal, "reminders": barometer.reminders}
        )
    return render(
        request,
        "measurement/settings_form.html",
        {"form": form, "institution": institution, "year": year},
        status=400 if form.is_bound else 200,
    )


@require_safe
@private("measurement.view_readingentry")
def barometer_csv(request, pk):
    institution = selectors.institution_for(request.user, pk)
    if institution is None:
        raise Http404
    return _csv(
        export.entries_csv(selectors.entries_for_export(institution)), f"laesebarometer-{pk}"
    )


# --- the public results ----------------------------------------------------------------------


def _dashboard_context(strategy):
    year = services.today().year
    tracks = selectors.tracks_with_indicators(strategy)
    sections = []
    for track in tracks:
        goals = []
        for goal in track.goals.all():
            shown, assessment, computed = selectors.goal_year_status(goal, year)
            imprints = [
                {
                    "imprint": imprint,
                    "indicators": [
                        {"indicator": i, "table": tables.indicator_table(i)}
                        for i in imprint.indicators.all()
                    ],
                }
                for imprint in goal.imprints.all()
            ]
            goals.append(
                {
                    "goal": goal,
                    "status": shown,
                    "status_label": Status(shown).label,
                    "computed_label": Status(computed).label,
                    "assessment": assessment,
                    "imprints": imprints,
                }
            )
        sections.append({"track": track, "goals": goals})
    return {"year": year, "strategy": strategy, "sections": sections}


@require_safe
@public_page
def dashboard(request, slug=None):
    strategy = selectors.strategy_for(slug)
    context = _dashboard_context(strategy)
    if strategy is None or strategy.is_home:
        if slug is not None:
            return redirect("measurement:dashboard", permanent=False)
        year = context["year"]
        context["barometer"] = tables.barometer_table(selectors.barometer_by_area(year), year)
    context["others"] = selectors.other_strategies(strategy)
    return render(request, "measurement/dashboard.html", context)


@require_safe
@public_page
def table_csv(request, key):
    if key == "laesebarometer":
        year = services.today().year
        table = tables.barometer_table(selectors.barometer_by_area(year), year)
    elif key.startswith("indikator-") and key.removeprefix("indikator-").isdigit():
        indicator = selectors.indicator_for_csv(int(key.removeprefix("indikator-")))
        table = tables.indicator_table(indicator)
    else:
        raise Http404
    return _csv(export.table_csv(table), key)


def _csv(text: str, name: str) -> HttpResponse:
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
