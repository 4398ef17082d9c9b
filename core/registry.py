"""The registries through which apps tell core, and the apps above them, what they have, so that
no app below has to import one above it. Core itself names no app.

The content registry: each content app says once what it shows the public. An app registers
itself from its `AppConfig.ready()`:

    content.register_app(
        self,
        search={Initiative: SearchFields("title", "summary", "body")},
        sitemap=[Initiative],
        fixed_pages=["initiatives:list"],
        shown=[Initiative, NewsPost, Event],
    )

and from then on, with nothing else to change, the site search finds those models (they must
carry a search column, `core.search_index.SearchIndexed`), the sitemap lists their published rows
and the fixed pages, and any change to a model in `shown` clears the public page cache (its data
shows on cached pages). `shown` is required and lists the models one by one: a model an
anonymous visitor writes (an application, a postcard) must never empty every cached page.

The measure registry: the figures the portal computes from its own data for the shared
measurement (read-aloud minutes, active Læseheste, postcards, ...). Each app declares the ones
it holds the data for, and the measurement app asks the registry rather than importing them:

    measures.register(self, "postcards", _("Postkort fra unge"), postcards_received)

A figure made of several apps' data has one owner that registers it and names it; the other
apps add their share with `measures.contribute(...)` (children read to: the barometer's
sessions, registered by measurement, and the Læseheste's visits, added by the visits' app).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.apps import AppConfig
from django.db import models
from django.utils import timezone


@dataclass(frozen=True)
class SearchFields:
    """A searchable model's text fields: the title weighs most, then the summary, then the
    rich-text body. Translated fields are named without `_da`/`_en`; those in `untranslated`
    (a person's name, say) are one column for both languages."""

    title: str
    summary: str
    body: str
    untranslated: frozenset[str] = frozenset()
    # Narrows what the search finds (default: the model's published rows), as SitemapEntry.items.
    rows: Callable[[], models.QuerySet] | None = None

    def column(self, name: str, lang: str) -> str:
        """The column holding field `name` in language `lang`."""
        return name if name in self.untranslated else f"{name}_{lang}"

    def findable(self, model: type[models.Model]) -> models.QuerySet:
        """The rows the site search may show."""
        return self.rows() if self.rows is not None else model._default_manager.published()


@dataclass(frozen=True)
class SitemapEntry:
    """A model in the sitemap; `items` narrows what is listed (default: its published rows)."""

    model: type[models.Model]
    items: Callable[[], Iterable[models.Model]] | None = None

    def rows(self) -> Iterable[models.Model]:
        if self.items is not None:
            return self.items()
        return self.model._default_manager.published().order_by("pk")


@dataclass(frozen=True)
class ContentApp:
    label: str
    search: dict[type[models.Model], SearchFields] = field(default_factory=dict)
    sitemap: tuple[SitemapEntry, ...] = ()
    fixed_pages: tuple[str, ...] = ()
    # The models whose changes show on public pages.
    shown: frozenset[type[models.Model]] = frozenset()


class ContentRegistry:
    def __init__(self):
        self._apps: dict[str, ContentApp] = {}

    def register_app(
        self,
        app: AppConfig | str,
        *,
        search: dict[type[models.Model], SearchFields] | None = None,
        sitemap: Iterable[type[models.Model] | SitemapEntry] = (),
        fixed_pages: Iterable[str] = (),
        shown: Iterable[type[models.Model]],
    ) -> ContentApp:
        """Register `app` (its AppConfig or label): its searchable models with their fields, the
        models listed in the sitemap, the URL names of its fixed pages for the sitemap, and the
        models whose changes show on cached public pages.

        `shown` is required, one model at a time (it may be empty): a change to one of them
        clears the page cache, a change to any other model of the app does not. Rows written
        by visitors or kept private (applications, sign-ups, postcards waiting for a
        moderator) stay out; where such a row becomes public, the app's service clears the
        cache itself (`core.cache.bump_page_cache_version`)."""
        label = app if isinstance(app, str) else app.label
        if label in self._apps:
            raise ValueError(f"The app {label!r} is already registered as content.")
        shown = frozenset(shown)
        strangers = sorted(m._meta.label for m in shown if m._meta.app_label != label)
        if strangers:
            raise ValueError(f"The app {label!r} cannot declare other apps' models: {strangers}.")
        entry = ContentApp(
            label=label,
            search=dict(search or {}),
            sitemap=tuple(
                item if isinstance(item, SitemapEntry) else SitemapEntry(item) for item in sitemap
            ),
            fixed_pages=tuple(fixed_pages),
            shown=shown,
        )
        self._apps[label] = entry
        return entry

    def app_labels(self) -> list[str]:
        """The registered apps' labels, in registration order."""
        return list(self._apps)

    def is_content(self, model: type[models.Model]) -> bool:
        """Whether changes to `model` show on public pages (its app lists it in `shown`)."""
        app = self._apps.get(model._meta.app_label)
        return app is not None and model in app.shown

    def searchable(self) -> dict[type[models.Model], SearchFields]:
        """Every searchable model with its fields, in registration order."""
        return {
            model: fields for app in self._apps.values() for model, fields in app.search.items()
        }

    def search_fields(self, model: type[models.Model]) -> SearchFields | None:
        return self.searchable().get(model)

    def sitemap_entries(self) -> list[SitemapEntry]:
        return [entry for app in self._apps.values() for entry in app.sitemap]

    def fixed_pages(self) -> list[str]:
        return [name for app in self._apps.values() for name in app.fixed_pages]


# The site's one registry, filled by the content apps' ready().
content = ContentRegistry()


# --- measures ------------------------------------------------------------------------------


def period_moments(start: date, end: date) -> tuple[datetime, datetime]:
    """Days `start` to `end` (both included) as [start 00:00, the day after end 00:00) in the
    site's time zone: what a measure counting timestamps filters on."""
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=zone),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


CountFunction = Callable[[date, date], int]


@dataclass(frozen=True)
class Measure:
    """A figure the portal computes: how much happened on days `start` to `end` (both
    included), summed over the parts the apps declared. `counts_people`: the figure counts
    persons, so the disclosure rule of the published results applies to it whatever an
    indicator says."""

    key: str
    label: str
    counts_people: bool
    parts: tuple[tuple[str, CountFunction], ...]  # (app label, function)

    def compute(self, start: date, end: date) -> int:
        return sum(count(start, end) for _app, count in self.parts)


class MeasureRegistry(Mapping[str, Measure]):
    """The measures the apps declared, by key; read like a dict."""

    def __init__(self):
        self._named: dict[str, tuple[str, str, bool]] = {}  # key -> (owner, label, people)
        self._parts: dict[str, list[tuple[str, CountFunction]]] = {}

    @staticmethod
    def _label(app: AppConfig | str) -> str:
        return app if isinstance(app, str) else app.label

    def register(
        self, app: AppConfig | str, key: str, label, count: CountFunction, *, counts_people: bool
    ) -> None:
        """`app` owns the measure `key`, named `label`, and counts its own share with `count`."""
        owner = self._label(app)
        if key in self._named:
            raise ValueError(f"The measure {key!r} is already registered by {self._named[key][0]}.")
        self._named[key] = (owner, label, counts_people)
        self._parts.setdefault(key, []).insert(0, (owner, count))

    def contribute(self, app: AppConfig | str, key: str, count: CountFunction) -> None:
        """`app` adds its share to a measure another app owns (in any order of ready())."""
        self._parts.setdefault(key, []).append((self._label(app), count))

    def orphans(self) -> list[str]:
        """Keys that have contributions but no owner (a typo, or an app left out)."""
        return sorted(key for key in self._parts if key not in self._named)

    def __getitem__(self, key: str) -> Measure:
        owner, label, people = self._named[key]
        return Measure(key, label, people, tuple(self._parts[key]))

    def __iter__(self) -> Iterator[str]:
        return iter(self._named)

    def __len__(self) -> int:
        return len(self._named)


# The site's measures, filled by the apps' ready().
measures = MeasureRegistry()
