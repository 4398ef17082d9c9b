"""Locks held by the database for the rest of a transaction."""

from django.db import connection


def advisory_xact_lock(name: str) -> None:
    """Wait until no other transaction holds `name`; released at commit or rollback.

    For deciding something that no row can be locked for yet (whether to make a row at all)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [name])
