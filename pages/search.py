"""Search across tracks, initiatives, news, events and the site's pages.

On PostgreSQL this is full-text search with the Danish dictionary (so "læsehest" finds
"læseheste"), English alongside it for the English texts, ranked with title matches first and with
highlighted excerpts. On SQLite, the development default, it falls back to matching every word
as a substring.
"""

import re
from dataclasses import dataclass
from html import unescape

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connection
from django.db.models import F, Q, TextField, Value
from django.db.models.expressions import Func
from django.db.models.functions import Coalesce, Concat, NullIf
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from core.text import plain_text
from initiatives.models import Event, Initiative, NewsPost
from tracks.models import Track

from .models import Page

MAX_RESULTS_PER_KIND = 20
# Control characters that cannot occur in content mark the highlighted words in the excerpt, so
# the text can be escaped first and the marks turned into <mark> afterwards.
START, STOP = "\x02", "\x03"


@dataclass(frozen=True)
class SearchKind:
    model: type
    title: str
    summary: str
    body: str


KINDS = (
    SearchKind(Track, "title", "short_description", "description"),
    SearchKind(Initiative, "title", "summary", "body"),
    SearchKind(NewsPost, "title", "summary", "body"),
    SearchKind(Event, "title", "summary", "description"),
    SearchKind(Page, "title", "intro", "body"),
)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    title: str
    url: str
    excerpt: SafeString
    rank: float


def search(query: str, *, language: str) -> list[SearchHit]:
    query = " ".join(query.split())
    if not query:
        return []
    run = _search_postgres if connection.vendor == "postgresql" else _search_fallback
    hits = [hit for kind in KINDS for hit in run(kind, query, language)]
    return sorted(hits, key=lambda hit: hit.rank, reverse=True)


class _StripTags(Func):
    """Rich text without its tags, so excerpts never cut through markup."""

    function = "regexp_replace"
    template = "%(function)s(%(expressions)s, '<[^>]+>', ' ', 'g')"
    output_field = TextField()


def _document(kind: SearchKind):
    """What a row is found by: Danish text with the Danish dictionary, English with the English
    one; titles weigh most, then summaries, then the body."""

    def vector(config: str, lang: str):
        return (
            SearchVector(f"{kind.title}_{lang}", weight="A", config=config)
            + SearchVector(f"{kind.summary}_{lang}", weight="B", config=config)
            + SearchVector(_StripTags(F(f"{kind.body}_{lang}")), weight="C", config=config)
        )

    return vector("danish", "da") + vector("english", "en")


def update_search_vectors(model: type, pks=None) -> None:
    """Store the search document of `model`'s rows (those in `pks`, or all).

    Searches then read the stored, GIN-indexed column instead of building every row's document
    per request. Called when a row is saved, and by `manage.py update_search_index` after bulk
    changes that bypass `save()`.
    """
    if connection.vendor != "postgresql":
        return
    kind = next(kind for kind in KINDS if kind.model is model)
    rows = (
        model._default_manager.all() if pks is None else model._default_manager.filter(pk__in=pks)
    )
    rows.update(search_vector=_document(kind))


def index_saved_row(sender, instance, **kwargs) -> None:
    update_search_vectors(sender, pks=[instance.pk])


def _search_postgres(kind: SearchKind, query: str, language: str) -> list[SearchHit]:
    search_query = SearchQuery(query, search_type="websearch", config="danish") | SearchQuery(
        query, search_type="websearch", config="english"
    )

    def in_language(field: str):
        # The visitor's language, falling back to Danish where no translation was written.
        return Coalesce(
            NullIf(F(f"{field}_{language}"), Value("")),
            F(f"{field}_da"),
            output_field=TextField(),
        )

    excerpt_source = Concat(
        in_language(kind.summary),
        Value(" "),
        _StripTags(in_language(kind.body)),
        output_field=TextField(),
    )
    rows = (
        kind.model.objects.published()
        .filter(search_vector=search_query)
        .annotate(
            rank=SearchRank(F("search_vector"), search_query),
            excerpt=SearchHeadline(
                excerpt_source,
                search_query,
                config="danish" if language == "da" else "english",
                start_sel=START,
                stop_sel=STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        .order_by("-rank")[:MAX_RESULTS_PER_KIND]
    )
    return [_hit(kind, row, row.excerpt, row.rank) for row in rows]


def _search_fallback(kind: SearchKind, query: str, language: str) -> list[SearchHit]:
    words = query.split()[:10]
    condition = Q()
    for word in words:
        condition &= (
            Q(**{f"{kind.title}_da__icontains": word})
            | Q(**{f"{kind.summary}_da__icontains": word})
            | Q(**{f"{kind.body}_da__icontains": word})
            | Q(**{f"{kind.title}_en__icontains": word})
            | Q(**{f"{kind.summary}_en__icontains": word})
        )
    hits = []
    for row in kind.model.objects.published().filter(condition)[:MAX_RESULTS_PER_KIND]:
        title = getattr(row, kind.title).lower()
        rank = sum(2.0 if w.lower() in title else 1.0 for w in words)
        text = f"{getattr(row, kind.summary)} {plain_text(getattr(row, kind.body))}"
        excerpt = Truncator(text).words(40, truncate=" …")
        hits.append(_hit(kind, row, _mark_words(excerpt, words), rank))
    return hits


def _mark_words(text: str, words: list[str]) -> str:
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    return pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", text)


def _hit(kind: SearchKind, row, excerpt: str, rank: float) -> SearchHit:
    # Rich text stores "&" as "&amp;": decode before escaping, or visitors would read "&amp;".
    html = escape(unescape(excerpt or "")).replace(START, "<mark>").replace(STOP, "</mark>")
    return SearchHit(
        kind=str(kind.model._meta.verbose_name).capitalize(),
        title=getattr(row, kind.title),
        url=row.get_absolute_url(),
        excerpt=mark_safe(html),  # noqa: S308 - escaped above; only our own <mark> tags added
        rank=float(rank),
    )
