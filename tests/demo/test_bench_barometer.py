"""`load_bench_barometer` and `bench_dashboard`: the dashboard's benchmark data and timing."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.bench_measurement import load, time_dashboard
from measurement.models import ReadingEntry

pytestmark = pytest.mark.django_db


def test_daily_entries_per_institution_idempotently_and_a_timed_render():
    assert load(institutions=3, days=20) == 60
    assert load(institutions=3, days=20) == 0
    assert ReadingEntry.objects.count() == 60
    median, worst = time_dashboard(runs=1)
    assert 0 < median <= worst
    with CaptureQueriesContext(connection) as few:
        time_dashboard(runs=1)
    load(institutions=6, days=40)
    with CaptureQueriesContext(connection) as many:
        time_dashboard(runs=1)
    assert len(many.captured_queries) == len(few.captured_queries)
    out = StringIO()
    call_command("bench_dashboard", "--runs", "2", stdout=out)
    assert "median" in out.getvalue()
