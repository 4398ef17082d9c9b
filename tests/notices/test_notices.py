"""Notices on their own: the prefix index, failing sends backing off and giving up."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection

from notices.models import Notice
from notices.registry import register
from notices.services import due_notice_ids, notice_schedule, notices_send

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


def _always_fails(notice):
    raise RuntimeError("the renderer is broken")


register("test-always-fails", _always_fails)


def test_a_failing_notice_backs_off_and_gives_up_after_its_attempts(caplog, settings):
    settings.NOTICE_MAX_ATTEMPTS = 4
    notice = notice_schedule(
        key="test:1:fails", kind="test-always-fails", object_id=1, recipient="a@example.org"
    )
    due = []
    for _ in range(10):
        with time_machine.travel(notice.due_at + timedelta(seconds=1)):
            notices_send(due_notice_ids())
        notice.refresh_from_db()
        due.append(notice.due_at)
        if notice.status != Notice.Status.PENDING:
            break
    assert notice.status == Notice.Status.FAILED
    assert notice.attempts == 4  # counted although each send was rolled back
    waits = [later - earlier for earlier, later in zip(due, due[1:-1], strict=False)]
    assert waits == sorted(waits) and waits[0] >= timedelta(minutes=2)  # backs off
    gave_up = [r for r in caplog.records if "gave up" in r.getMessage()]
    assert len(gave_up) == 1
    with time_machine.travel(notice.due_at + timedelta(days=1)):
        assert notice.pk not in due_notice_ids()
