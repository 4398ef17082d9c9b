"""The content registry: each content app says once what it shows the public.

An app registers itself from its `AppConfig.ready()`:

    content.register_app(
        self,
        search={Initiative: SearchFields("title", "summary", "body")},
        sitemap=[Initiative],
        fixed_pages=["initiatives:list"],
    )

and from then on, with nothing else to change, the site search finds those models (they must
carry a search column, `core.search_index.SearchIndexed`), the sitemap lists their published rows
and the fixed pages, and any change to any model of the app clears the public page cache (its
data shows on cached pages). Search, sitemap and cache invalidation read the registry; core
itself names no app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.apps import AppConfig
from django.db import models


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
    # The models whose changes show on public pages; None: all of the app's models.
    shown: frozenset[type[models.Model]] | None = None


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
        shown: Iterable[type[models.Model]] | None = None,
    ) -> ContentApp:
        """Register `app` (its AppConfig or label): its searchable models with their fields, the
        models listed in the sitemap, the URL names of its fixed pages for the sitemap.

        `shown` limits cache clearing to those models, for an app whose other rows are written
        by anonymous visitors (each would otherwise clear the whole page cache); the app then
        clears it itself when such a row becomes public."""
        label = app if isinstance(app, str) else app.label
        if label in self._apps:
            raise ValueError(f"The app {label!r} is already registered as content.")
        entry = ContentApp(
            label=label,
            search=dict(search or {}),
            sitemap=tuple(
                item if isinstance(item, SitemapEntry) else SitemapEntry(item) for item in sitemap
            ),
            fixed_pages=tuple(fixed_pages),
            shown=frozenset(shown) if shown is not None else None,
        )
        self._apps[label] = entry
        return entry

    def app_labels(self) -> list[str]:
        """The registered apps' labels, in registration order."""
        return list(self._apps)

    def is_content(self, model: type[models.Model]) -> bool:
        """Whether changes to `model` show on public pages (its app is registered)."""
        app = self._apps.get(model._meta.app_label)
        return app is not None and (app.shown is None or model in app.shown)

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
