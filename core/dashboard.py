"""The editors' front page in the admin: what is scheduled, drafts, recent changes, and panels
that apps add (the volunteers' waiting applications, say).

Core names no app: publishable models come from the content registry, recent changes from
django-reversion, and an app adds a panel of its own from its `AppConfig.ready()`:

    dashboard.register(
        _("Ansøgninger der venter"),
        waiting_applications,             # user -> list of Entry, at most LIMIT
        permission="volunteers.view_application",
    )

Each panel is shown only to those with the permission it names. Every list is cut at LIMIT
rows and costs a fixed number of queries, however much content there is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from .models import Publishable
from .permissions import may
from .registry import content

LIMIT = 10


@dataclass(frozen=True)
class Entry:
    """One line of a panel: what, where to edit it, when, and a short note (who, which kind)."""

    label: str
    url: str | None
    when: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class Panel:
    title: str
    entries: Callable  # user -> list[Entry]
    permission: str


_panels: list[Panel] = []


def register(title, entries: Callable, *, permission: str) -> Panel:
    """Add a panel to the front page, shown to those with `permission`."""
    panel = Panel(title=title, entries=entries, permission=permission)
    _panels.append(panel)
    return panel


def _change_url(model, pk) -> str | None:
    opts = model._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk])
    except NoReverseMatch:
        return None


def publishable_models(user) -> list[type[Publishable]]:
    """The publishable content models of the registered apps that `user` may view."""
    found = []
    for label in content.app_labels():
        for model in apps.get_app_config(label).get_models():
            opts = model._meta
            if issubclass(model, Publishable) and may(
                user, f"{opts.app_label}.view_{opts.model_name}"
            ):
                found.append(model)
    return found


def _publishable_entries(user, *, scheduled: bool) -> list[Entry]:
    now = timezone.now()
    rows = []
    for model in publishable_models(user):
        queryset = model._default_manager.all()
        if scheduled:
            queryset = queryset.filter(
                status=Publishable.Status.PUBLISHED, publish_from__gt=now
            ).order_by("publish_from", "pk")
        else:
            queryset = queryset.filter(status=Publishable.Status.DRAFT).order_by(
                "-updated_at", "-pk"
            )
        # One query per model, each cut at LIMIT; merged and cut again below.
        for item in queryset[:LIMIT]:
            rows.append((model, item))
    if scheduled:
        rows.sort(key=lambda row: row[1].publish_from)
    else:
        rows.sort(key=lambda row: row[1].updated_at, reverse=True)
    return [
        Entry(
            label=str(item),
            url=_change_url(model, item.pk),
            when=item.publish_from if scheduled else item.updated_at,
            note=str(model._meta.verbose_name),
        )
        for model, item in rows[:LIMIT]
    ]


def scheduled(user) -> list[Entry]:
    """Published items whose time has not come yet, soonest first."""
    return _publishable_entries(user, scheduled=True)


def drafts(user) -> list[Entry]:
    """Drafts, most recently changed first."""
    return _publishable_entries(user, scheduled=False)


def recent_changes(user, admin_site) -> list[Entry]:
    """The last saved versions (with who saved them) of objects `user` may view in the admin."""
    models = [
        model
        for model in admin_site._registry
        if may(user, f"{model._meta.app_label}.view_{model._meta.model_name}")
    ]
    if not models:
        return []
    content_types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    versions = (
        Version.objects.filter(content_type__in=content_types.values())
        .select_related("revision__user", "content_type")
        .order_by("-revision__date_created", "-pk")[:LIMIT]
    )
    entries = []
    for version in versions:
        model = version.content_type.model_class()
        who = version.revision.user
        note = str(model._meta.verbose_name) if model else ""
        if who is not None:
            note = f"{note} · {who.get_full_name() or who.get_username()}"
        entries.append(
            Entry(
                label=version.object_repr,
                url=_change_url(model, version.object_id) if model else None,
                when=version.revision.date_created,
                note=note,
            )
        )
    return entries


def panels(user, admin_site) -> list[dict]:
    """The front page's panels for `user`: title and entries, the apps' panels last."""
    shown = [
        {"title": _("Planlagt til at blive vist"), "entries": scheduled(user)},
        {"title": _("Kladder i gang"), "entries": drafts(user)},
        {"title": _("Senest ændret"), "entries": recent_changes(user, admin_site)},
    ]
    for panel in _panels:
        if may(user, panel.permission):
            shown.append({"title": panel.title, "entries": list(panel.entries(user))[:LIMIT]})
    return shown
