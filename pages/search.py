"""Search across every model the content apps registered as searchable (core/registry.py).

Full-text search with the Danish dictionary (so "læsehest" finds "læseheste"), English alongside
it for the English texts, and the Danish text once more with æ/ø/å folded to ae/oe/aa (so
"laesehest" finds it too; core/search_index.py). It reads the stored, GIN-indexed documents.

A search costs a fixed number of queries, however many items match:

1. one query ranks every match of every searchable model (a UNION of id, kind and rank, no
   text), which gives the count and the order;
2. excerpts (`ts_headline`, which re-parses the whole text and is what made search slow) are made
   only for the ≤ `PER_PAGE` rows on the requested page: one query per kind on that page;
3. when it finds (almost) nothing, one query for the closest words of the content ("Mente du
   …?"), by trigram similarity over the table of words (`SearchWord`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection, transaction
from django.db.models import F, IntegerField, TextField, Value
from django.db.models.functions import Coalesce, Concat, NullIf
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core import registry
from core.locks import advisory_xact_lock
from core.registry import ContentRegistry, SearchFields
from core.search_index import FOLDING, StripTags, fold

from .models import SearchWord

PER_PAGE = 10
# Ranking reads each match's stored document; beyond this many, the rest are not counted.
MAX_RESULTS = 1000
# "Mente du …?" is offered when a query finds fewer than this many items: nothing. With a
# few results the visitor may well have found what they meant.
SUGGEST_BELOW = 1
# How alike (pg_trgm similarity, 0 to 1) a word of the content must be to a query word.
SUGGEST_SIMILARITY = 0.4
# Query words looked at for a suggestion; the rest of a long query is left as it is.
SUGGEST_MAX_WORDS = 6
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


@dataclass(frozen=True)
class RankedRow:
    """One match before its text is read: which model, which row, how good."""

    kind: int
    pk: int
    rank: float


def normalise(query: str) -> str:
    """The query as searched: runs of white space made one space, ends trimmed."""
    return " ".join(query.split())


def _search_query(query: str) -> SearchQuery:
    search_query = SearchQuery(query, search_type="websearch", config="danish") | SearchQuery(
        query, search_type="websearch", config="english"
    )
    folded = fold(query)
    if folded != query.lower():
        # "Læsehest" also finds text written "laesehest" (the document's folded part).
        search_query |= SearchQuery(folded, search_type="websearch", config="danish")
    return search_query


def _unfold(query: str) -> str:
    unfolded = query.lower()
    for letter, spelled in FOLDING:
        unfolded = unfolded.replace(spelled, letter)
    return unfolded


def rank(
    query: str, *, content: ContentRegistry | None = None, limit: int = MAX_RESULTS
) -> list[RankedRow]:
    """Every match of `query` among the published rows of every searchable model, best first
    (at most `limit`); one query. `kind` indexes the registry's searchable models."""
    query = normalise(query)
    if not query:
        return []
    models = list((content or registry.content).searchable().items())
    search_query = _search_query(query)
    per_model = [
        fields.findable(model)
        .filter(search_vector=search_query)
        .annotate(
            kind=Value(index, output_field=IntegerField()),
            rank=SearchRank(F("search_vector"), search_query),
        )
        .values_list("kind", "pk", "rank")
        .order_by()
        for index, (model, fields) in enumerate(models)
    ]
    if not per_model:
        return []
    first, *others = per_model
    # Equal ranks in a stable order, so pages neither repeat nor skip a row.
    rows = first.union(*others, all=True).order_by("-rank", "kind", "pk")[:limit]
    return [RankedRow(kind, pk, float(score)) for kind, pk, score in rows]


def hits(
    rows: list[RankedRow], query: str, *, language: str, content: ContentRegistry | None = None
) -> list[SearchHit]:
    """The hits for `rows` (one page of `rank`'s result) with titles, links and excerpts in
    `language`, in the same order: one query per kind of content among them."""
    query = normalise(query)
    searchable = list((content or registry.content).searchable().items())
    # Highlight "læsehest" in the excerpt when the visitor typed "laesehest" too.
    highlight = _search_query(query) | SearchQuery(
        _unfold(query), search_type="websearch", config="danish"
    )
    found: dict[tuple[int, int], SearchHit] = {}
    for kind in sorted({row.kind for row in rows}):
        model, fields = searchable[kind]
        pks = [row.pk for row in rows if row.kind == kind]
        for obj in _with_excerpts(model, fields, pks, highlight, language):
            found[(kind, obj.pk)] = _hit(model, fields, obj)
    ranks = {(row.kind, row.pk): row.rank for row in rows}
    return [
        _with_rank(found[key], ranks[key])
        for key in ((row.kind, row.pk) for row in rows)
        if key in found  # unpublished in the meantime
    ]


def search(query: str, *, language: str, content: ContentRegistry | None = None) -> list[SearchHit]:
    """The best `PER_PAGE` hits for `query`, with excerpts (the first page of results)."""
    rows = rank(query, content=content)[:PER_PAGE]
    return hits(rows, query, language=language, content=content)


def _with_excerpts(model, fields: SearchFields, pks, search_query, language: str):
    def in_language(field: str):
        if field in fields.untranslated:
            return F(field)
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
    return (
        fields.findable(model)
        .filter(pk__in=pks)
        .annotate(
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
    )


def _hit(model: type, fields: SearchFields, row) -> SearchHit:
    # Rich text stores "&" as "&amp;": decode before escaping, or visitors would read "&amp;".
    html = escape(unescape(row.excerpt or "")).replace(START, "<mark>").replace(STOP, "</mark>")
    return SearchHit(
        kind=str(model._meta.verbose_name).capitalize(),
        title=getattr(row, fields.title),
        url=row.get_absolute_url(),
        excerpt=mark_safe(html),  # noqa: S308 - escaped above; only our own <mark> tags added
        rank=0.0,
    )


def _with_rank(hit: SearchHit, rank: float) -> SearchHit:
    return SearchHit(hit.kind, hit.title, hit.url, hit.excerpt, rank)


# --- "Mente du …?" ------------------------------------------------------------------------------


# core.search_index.fold in SQL, for a column named at the `{}`.
_SQL_FOLD = "lower({})"
for _letter, _spelled in FOLDING:
    _SQL_FOLD = f"replace({_SQL_FOLD}, '{_letter}', '{_spelled}')"


def suggestion(query: str) -> str | None:
    """A query with each word replaced by the closest word of the content, when that differs
    from what was typed ("læshest" → "læsehest"); None when nothing better is known. One query.
    """
    words = normalise(query).lower().split()[:SUGGEST_MAX_WORDS]
    # Only words as the content has them: tsquery operators and punctuation are left alone.
    words = [word for word in words if word.isalpha() and len(word) <= 40]
    if not words:
        return None
    # A word the content has in another form ("læsehest" beside "læseheste", or spelled
    # "laesehest") is what the visitor meant: it stays as typed.
    same_word = (
        f"to_tsvector('danish', {_SQL_FOLD.format('known.word')})"
        f" @@ plainto_tsquery('danish', {_SQL_FOLD.format('typed.word')})"
    )
    with connection.cursor() as cursor:
        # `%` (pg_trgm's similarity above its threshold, 0.3 by default) is what the trigram
        # index answers; the stricter bar is applied to the few words it returns.
        cursor.execute(
            f"""
            SELECT typed.word, (
                SELECT CASE WHEN {same_word} THEN typed.word ELSE known.word END
                FROM {SearchWord._meta.db_table} AS known
                WHERE known.word %% typed.word
                  AND similarity(known.word, typed.word) >= %s
                ORDER BY {same_word} DESC, similarity(known.word, typed.word) DESC,
                         known.documents DESC, known.word
                LIMIT 1)
            FROM unnest(%s::text[]) WITH ORDINALITY AS typed(word, position)
            ORDER BY typed.position
            """,  # noqa: S608 - our own table name; the words are passed as a parameter
            [SUGGEST_SIMILARITY, words],
        )
        closest = cursor.fetchall()
    suggested = [known or typed for typed, known in closest]
    if suggested == words:
        return None
    return " ".join(suggested)


def rebuild_search_words(content: ContentRegistry | None = None) -> int:
    """Fill `SearchWord` anew from the published rows of every searchable model (their Danish
    and English titles, summaries and bodies, as plain lower-case words); returns the number of
    words. Only published rows count, so a draft's words are never offered as a suggestion.
    """
    parts, params = [], []
    for model, fields in (content or registry.content).searchable().items():
        columns = [
            fields.column(name, lang)
            for lang in ("da", "en")
            for name in (fields.title, fields.summary)
        ]
        texts = [F(column) for column in columns] + [
            StripTags(F(fields.column(fields.body, lang))) for lang in ("da", "en")
        ]
        documents = (
            fields.findable(model)
            .annotate(document=SearchVector(*texts, config="simple"))
            .values("document")
            .order_by()
        )
        sql, part_params = documents.query.sql_with_params()
        parts.append(f"({sql})")
        params.extend(part_params)
    table = SearchWord._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        # One rebuild at a time; a second one waits and then makes the same table.
        advisory_xact_lock(table)
        cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - our own table name
        if not parts:
            return 0
        cursor.execute(
            f"""
            INSERT INTO {table} (word, documents)
            SELECT word, count(*)
            FROM ({" UNION ALL ".join(parts)}) AS docs,
                 unnest(tsvector_to_array(docs.document)) AS word
            WHERE char_length(word) BETWEEN 3 AND 40 AND word !~ '[0-9_]'
            GROUP BY word
            """,  # noqa: S608 - the parts are Django's own SQL, the values passed as params
            params,
        )
        return cursor.rowcount


# --- The result for the page --------------------------------------------------------------------


@dataclass(frozen=True)
class SearchResults:
    """What the search page shows: the count, the hits on this page, a suggestion."""

    count: int
    page: object  # django.core.paginator.Page of RankedRow
    hits: list[SearchHit]
    suggestion: str | None

    def __iter__(self) -> Iterator[SearchHit]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    def __getitem__(self, index):
        return self.hits[index]
