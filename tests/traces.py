"""Where a person's name, address or phone number is still written: every table, every text
column (JSON included), searched in the database itself, so no model or library table is
left out."""

import json

from django.db import connection

TEXT_TYPES = ("text", "character varying", "character", "json", "jsonb")


def _columns() -> list[tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = ANY(%s) "
            "ORDER BY table_name, column_name",
            [list(TEXT_TYPES)],
        )
        return cursor.fetchall()


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def occurrences(*needles: str, ignore: set[tuple[str, str]] = frozenset()) -> list[tuple]:
    """(table, column, needle) for every column holding a needle, as written or as it reads
    inside JSON escaped to ASCII."""
    found = []
    columns = [column for column in _columns() if column not in ignore]
    with connection.cursor() as cursor:
        for table, column in columns:
            for needle in needles:
                forms = {needle, json.dumps(needle)[1:-1]}
                cursor.execute(
                    f'SELECT 1 FROM "{table}" WHERE '  # noqa: S608 - names from the catalogue
                    + " OR ".join(f'"{column}"::text ILIKE %s' for _ in forms)
                    + " LIMIT 1",
                    [f"%{_like(form)}%" for form in forms],
                )
                if cursor.fetchone():
                    found.append((table, column, needle))
    return found
