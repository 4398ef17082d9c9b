"""Notices on their own: the prefix index, failing sends backing off and giving up."""

import pytest
from django.db import connection

from notices.models import Notice
from notices.services import notice_schedule

pytestmark = pytest.mark.django_db


def test_a_key_prefix_query_can_use_an_index():
    # A plain unique index on a varchar does not serve LIKE 'prefix%' outside the C collation;
    # erasure and cancellation skip notices by key prefix, so it must not scan the table.
    for n in range(20):
        notice_schedule(key=f"signup:{n}:x", kind="k", object_id=n, recipient="a@example.org")
    query = Notice.objects.filter(key__startswith="signup:7:")
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "notice_key_prefix" in plan, plan
