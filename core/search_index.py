"""The stored search document every searchable model carries, and how it is built.

The document is built in the database from the row's Danish and English texts (Danish text with
the Danish dictionary, English with the English one; title weighs most, then summary, then body)
and stored in a GIN-indexed column, kept current on save (core/signals.py).

The Danish text goes in a second time folded: æ, ø, å written as ae, oe, aa (`fold`), then
stemmed with the Danish dictionary too, so someone without a Danish keyboard who types
"laesehest" finds "læseheste" (stemmed "laesehest"), and "Aalborg" finds "Ålborg". `unaccent`
cannot do this (it leaves æ/ø/å alone, or makes å an a), hence the replace chain. The real Danish
words stay in the document, stemmed as before, so Danish queries rank as they did.

Migrations use `fill_search_column` so that a migration adding a search column fills it for the
rows that already exist; a deploy needs no manual step. Migrations import this module, so keep
its functions' signatures stable; a change to the document itself needs a new migration that
refills the columns (`fill_search_column` again).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import migrations, models
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Lower, Replace

from .registry import SearchFields
from .text import ANY_TAG_PATTERN, INLINE_TAG_PATTERN

SEARCH_VECTOR_FIELD = "search_vector"


class SearchIndexed(models.Model):
    """A model found by the site search: its document is stored in a GIN-indexed column.

    A model with its own Meta must inherit this one (`class Meta(SearchIndexed.Meta)`) to keep
    the index.
    """

    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True
        indexes = [GinIndex(fields=[SEARCH_VECTOR_FIELD], name="%(app_label)s_%(class)s_search")]


class StripTags(Func):
    """Rich text as plain text in SQL, with the same word boundaries as `core.text.plain_text`."""

    function = "regexp_replace"
    output_field = TextField()

    def __init__(self, expression, **extra):
        def replace(text, pattern: str, by: str, flags: str):
            return Func(
                text,
                Value(pattern),
                Value(by),
                Value(flags),
                function="regexp_replace",
                output_field=TextField(),
            )

        blocks_apart = replace(
            replace(expression, INLINE_TAG_PATTERN, "", "gi"), ANY_TAG_PATTERN, " ", "g"
        )
        # One space where tags and line breaks left several, as in excerpts' text.
        super().__init__(blocks_apart, Value(r"\s+"), Value(" "), Value("g"), **extra)


# Danish letters and how they are written without them; the same in SQL and in Python.
FOLDING = (("æ", "ae"), ("ø", "oe"), ("å", "aa"))


def fold(text: str) -> str:
    """`text` in lower case with æ, ø, å written as ae, oe, aa."""
    text = text.lower()
    for letter, spelled in FOLDING:
        text = text.replace(letter, spelled)
    return text


class Fold(Func):
    """`fold` in SQL."""

    output_field = TextField()
    template = "%(expressions)s"

    def __init__(self, expression, **extra):
        folded = Lower(expression)
        for letter, spelled in FOLDING:
            folded = Replace(folded, Value(letter), Value(spelled))
        super().__init__(folded, **extra)


def search_document(fields: SearchFields):
    """The expression a row's stored document is computed from."""

    def vector(config: str, lang: str, transform=lambda expression: expression):
        return (
            SearchVector(transform(F(fields.column(fields.title, lang))), weight="A", config=config)
            + SearchVector(
                transform(F(fields.column(fields.summary, lang))), weight="B", config=config
            )
            + SearchVector(
                transform(StripTags(F(fields.column(fields.body, lang)))), weight="C", config=config
            )
        )

    return vector("danish", "da") + vector("english", "en") + vector("danish", "da", Fold)


def update_search_vectors(model: type[models.Model], fields: SearchFields, pks=None) -> int:
    """Store the search document of `model`'s rows (those in `pks`, or all); works on
    historical models in migrations too. Returns the number of rows updated."""
    rows = model._default_manager.all()
    if pks is not None:
        rows = rows.filter(pk__in=pks)
    return rows.update(**{SEARCH_VECTOR_FIELD: search_document(fields)})


def fill_search_column(
    app_label: str,
    model_name: str,
    title: str,
    summary: str,
    body: str,
    *,
    untranslated: tuple[str, ...] = (),
) -> migrations.RunPython:
    """A migration step that fills the search column of the rows that exist when it runs."""
    fields = SearchFields(title, summary, body, untranslated=frozenset(untranslated))

    def fill(apps, schema_editor):
        update_search_vectors(apps.get_model(app_label, model_name), fields)

    return migrations.RunPython(fill, migrations.RunPython.noop, elidable=False)
