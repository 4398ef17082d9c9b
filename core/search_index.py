"""The stored search document every searchable model carries."""

from django.contrib.postgres.search import SearchVectorField
from django.db import migrations, models

SEARCH_VECTOR_FIELD = "search_vector"


class SearchIndexed(models.Model):
    """A model found by the site search: its document is stored (on PostgreSQL) in a column
    with a GIN index, kept current on save (pages/search.py)."""

    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True


def gin_index_operation(table: str) -> migrations.RunPython:
    """A GIN index on `table`'s search column, made on PostgreSQL only (SQLite has no GIN)."""
    name = f"{table}_search_gin"

    def create(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(
                f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin ("search_vector")'
            )

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')

    return migrations.RunPython(create, drop, elidable=False)
