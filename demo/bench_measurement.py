"""The results dashboard under a realistic load of data, for `make bench`.

`load_bench_barometer`: 60 institutions with one read-aloud entry a day for a year (about 22,000
rows, bulk-made) and an indicator with yearly values on each demo imprint. `bench_dashboard`:
renders /resultater/ uncached (the view itself, past the page cache) and reports the median
and worst time; the target is under 200 ms.
"""

import statistics
import time
from datetime import date, timedelta

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.test import RequestFactory
from django.utils import timezone, translation

from institutions.models import Institution
from measurement import views
from measurement.models import Indicator, IndicatorValue, ReadingEntry
from tracks.models import Imprint

AREAS = ["Hvalsø", "Kirke Hyllinge", "Allerslev", "Osted", "Lejre", "Gevninge", "Bramsnæs"]
PREFIX = "Bench-institution"


@transaction.atomic
def load(institutions: int = 60, days: int = 365) -> int:
    """Idempotent: institutions that exist already keep their entries."""
    today = timezone.localdate()
    made = 0
    for number in range(1, institutions + 1):
        place, created = Institution.objects.get_or_create(
            name=f"{PREFIX} {number:03d}",
            defaults={"kind": "daycare", "area": AREAS[number % len(AREAS)]},
        )
        if not created:
            continue
        rows = [
            ReadingEntry(
                institution=place,
                date=today - timedelta(days=day),
                minutes=10 + (day * number) % 40,
                children=5 + (day + number) % 15,
            )
            for day in range(days)
        ]
        ReadingEntry.objects.bulk_create(rows, batch_size=2000)
        made += len(rows)
    for imprint in Imprint.objects.filter(indicators=None):
        indicator = Indicator.objects.create(
            imprint=imprint,
            name_da=f"Benchindikator {imprint.pk}",
            name_en=f"Bench indicator {imprint.pk}",
            unit_da="børn",
            unit_en="children",
            definition_da="Opdigtede tal til ydelsesmåling.",
            definition_en="Made-up figures for benchmarking.",
            kind=Indicator.Kind.HOW_MUCH,
            baseline_year=today.year - 4,
            baseline_value=100,
            target_year=today.year + 2,
            target_value=300,
        )
        IndicatorValue.objects.bulk_create(
            IndicatorValue(
                indicator=indicator,
                period_start=date(year, 1, 1),
                period_end=date(year, 12, 31),
                value=100 + 20 * (year - today.year + 4),
                source="bench",
                computed_at=timezone.now(),
            )
            for year in range(today.year - 4, today.year + 1)
        )
    return made


def time_dashboard(runs: int = 20) -> tuple[float, float]:
    """Median and worst render time in ms of the dashboard view, page cache bypassed."""
    factory = RequestFactory()
    timings = []
    with translation.override("da"):
        for _ in range(runs + 2):
            request = factory.get("/resultater/")
            request.user = AnonymousUser()
            started = time.perf_counter()
            response = views.dashboard(request)
            took = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, response.status_code
            timings.append(took)
    timings = timings[2:]  # the first renders warm up templates and connections
    return statistics.median(timings), max(timings)
