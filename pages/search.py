"""Search across every model the content apps registered as searchable (core/registry.py).

Full-text search with the Danish dictionary (so "læsehest" finds "læseheste"), English alongside
it for the English texts, ranked with title matches first and with highlighted excerpts. It reads
the stored, GIN-indexed documents (core/search_index.py).
"""

from dataclasses import dataclass
from html import unescape

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce, Concat, NullIf
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core import registry
from core.registry import ContentRegistry, SearchFields
from core.search_index import StripTags

MAX_RESULTS_PER_KIND = 20
# Control characters that cannot occur in content mark the highlighted words in the excerpt, so
# the text can be escaped first and the marks turned into <mark> afterwards.
START, STOP = "\x02", "\x03"


@dataclass(frozen=True)
class SearchHit:
    kind: str
    title: str
    url: str
    excerpt: SafeString
    rank: float


def search(query: str, *, language: str, content: ContentRegistry | None = None) -> list[SearchHit]:
    """Hits for `query` among the published rows of every searchable model, best first."""
    query = " ".join(query.split())
    if not query:
        return []
    searchable = (content or registry.content).searchable()
    hits = [
        hit
        for model, fields in searchable.items()
        for hit in _search_model(model, fields, query, language)
    ]
    return sorted(hits, key=lambda hit: hit.rank, reverse=True)


def _search_model(model: type, fields: SearchFields, query: str, language: str) -> list[SearchHit]:
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
        in_language(fields.summary),
        Value(" "),
        StripTags(in_language(fields.body)),
        output_field=TextField(),
    )
    rows = (
        model._default_manager.published()
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
    return [_hit(model, fields, row, row.excerpt, row.rank) for row in rows]


def _hit(model: type, fields: SearchFields, row, excerpt: str, rank: float) -> SearchHit:
    # Rich text stores "&" as "&amp;": decode before escaping, or visitors would read "&amp;".
    html = escape(unescape(excerpt or "")).replace(START, "<mark>").replace(STOP, "</mark>")
    return SearchHit(
        kind=str(model._meta.verbose_name).capitalize(),
        title=getattr(row, fields.title),
        url=row.get_absolute_url(),
        excerpt=mark_safe(html),  # noqa: S308 - escaped above; only our own <mark> tags added
        rank=float(rank),
    )
