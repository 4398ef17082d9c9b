"""The public results: numbers equal the raw rows, statuses, sources, CSV, fixed queries."""

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone

from core.registry import measures
from measurement import services
from measurement.models import GoalAssessment, Indicator, IndicatorValue, ReadingEntry, Status
from measurement.status import indicator_status
from tests.factories import InitiativeFactory, TrackFactory
from tests.measurement.helpers import entry, indicator, institution

pytestmark = pytest.mark.django_db
DASHBOARD = "/resultater/"


def _csv(client, key):
    text = client.get(reverse("measurement:csv", args=[key])).content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def _to_five(count: int) -> int:
    """The nearest multiple of 5 (what the disclosure rule publishes for a count of people)."""
    return (count + 2) // 5 * 5


def test_barometer_figures_equal_the_raw_rows(client):
    """Minutes and sessions exactly; children, a count of people, to the nearest 5."""
    places = [institution(area=area) for area in ("Hvalsø", "Hvalsø", "Lejre", "Osted")]
    for day in range(12):
        for index, place in enumerate(places):
            entry(place, days_ago=day % 5, minutes=10 + index + day, children=5 + index)
    year = timezone.localdate().year
    rows = _csv(client, "laesebarometer")
    for area in ("Hvalsø", "Lejre", "Osted"):
        raw = ReadingEntry.objects.filter(institution__area=area, date__year=year)
        row = next(r for r in rows if r and r[0] == area)
        assert int(row[5]) == raw.aggregate(m=Sum("minutes"))["m"]
        assert int(row[7]) == _to_five(raw.aggregate(c=Sum("children"))["c"])
        assert int(row[3]) == raw.count()
    total = next(r for r in rows if r and r[0] == "Hele kommunen")
    assert int(total[5]) == ReadingEntry.objects.aggregate(m=Sum("minutes"))["m"]
    assert int(total[7]) == _to_five(ReadingEntry.objects.aggregate(c=Sum("children"))["c"])
    # The page's table shows the same numbers as the CSV.
    page = client.get(DASHBOARD).content.decode()
    assert f'">{int(total[5]):,}</td>'.replace(",", ".") in page


def test_the_barometer_csv_carries_definitions_units_source_and_flags(client):
    entry(institution(area="Hvalsø"), children=30)
    rows = _csv(client, "laesebarometer")
    labels = [row[0] for row in rows if row]
    assert {"Tabel", "Periode", "Kilde", "Beregnet", "Regel", "Kolonne"} <= set(labels)
    header = next(row for row in rows if row and row[0] == "" and len(row) > 2)
    assert header[1:3] == ["Institutioner", "Institutioner skjult"]


def test_indicator_status_follows_baseline_target_and_latest_value():
    made = Indicator(
        baseline_year=2022,
        baseline_value=Decimal(100),
        target_year=2027,
        target_value=Decimal(600),
    )
    assert indicator_status(made, None, 2025) == Status.NO_DATA
    assert indicator_status(made, Decimal(420), 2025) == Status.ON_TRACK  # 64 % at 60 %
    assert indicator_status(made, Decimal(200), 2025) == Status.SOME_PROGRESS
    assert indicator_status(made, Decimal(90), 2025) == Status.NOT_YET
    down = Indicator(
        baseline_year=2022,
        baseline_value=Decimal(30),
        target_year=2026,
        target_value=Decimal(20),
    )
    assert indicator_status(down, Decimal(24), 2024) == Status.ON_TRACK
    assert indicator_status(down, Decimal(31), 2024) == Status.NOT_YET


def test_the_dashboard_shows_indicators_status_and_the_editors_override(
    client, django_capture_on_commit_callbacks
):
    track = TrackFactory(title="Trivsel i dagtilbud")
    year = timezone.localdate().year
    made = indicator(
        track=track,
        name="Børn i trivsel",
        unit="%",
        baseline_year=year - 2,
        baseline_value=60,
        target_year=year + 2,
        target_value=80,
        values=[(year - 1, 61), (year, 62)],
        counts_people=False,
    )
    page = client.get(DASHBOARD).content.decode()
    assert "Børn i trivsel" in page
    assert f"Status {year}: Nogen fremgang" in page
    assert 'role="img"' in page and "<desc" in page
    with django_capture_on_commit_callbacks(execute=True):
        GoalAssessment.objects.create(
            goal=made.imprint.goal,
            year=year,
            override=Status.ON_TRACK,
            reason="Målingen skiftede metode.",
            story="Flere børn blev spurgt.",
        )
    page = client.get(DASHBOARD).content.decode()
    assert f"Status {year}: På vej" in page
    assert "beregnet ud fra tallene: Nogen fremgang" in page
    assert "Målingen skiftede metode." in page and "Flere børn blev spurgt." in page
    rows = _csv(client, f"indikator-{made.pk}")
    values = [row for row in rows if row and row[0] in (str(year - 1), str(year))]
    assert [row[1] for row in values] == ["61", "62"]
    assert all(row[2] == "0" for row in values)


def test_an_indicator_counting_people_hides_a_small_value(client):
    year = timezone.localdate().year
    made = indicator(track=TrackFactory(), values=[(year - 1, 3), (year, 40)])
    rows = _csv(client, f"indikator-{made.pk}")
    small = next(row for row in rows if row and row[0] == str(year - 1))
    assert small[1:3] == ["", "1"]
    page = client.get(DASHBOARD).content.decode()
    assert "skjult" in page


def test_computed_sources_store_value_period_and_when(client):
    place = institution()
    entry(place, minutes=30, children=8)
    entry(place, minutes=45, children=6, days_ago=1)
    year = timezone.localdate().year
    start = date(year, 1, 1)
    made = indicator(track=TrackFactory(), source="read_aloud_minutes", counts_people=False)
    services.indicator_values_compute(years=[year])
    value = IndicatorValue.objects.get(indicator=made)
    expected = sum(e.minutes for e in ReadingEntry.objects.filter(date__gte=start))
    assert value.value == expected
    assert value.period_start == start and value.period_end == timezone.localdate()
    assert value.source == "Minutters højtlæsning (læsebarometret)"
    assert value.computed_at is not None
    assert measures["children_reached"].compute(start, timezone.localdate()) == 14


def test_postcards_count_the_cards_received_in_the_period_on_the_web_and_on_paper():
    from voices.services import postcard_submit

    today = timezone.localdate()
    postcard_submit(text="Et kort fra i dag")
    postcard_submit(text="Et kort fra papirbunken", received_on=today - timedelta(days=40))
    count = measures["postcards"].compute
    assert count(today - timedelta(days=7), today) == 1
    assert count(today - timedelta(days=60), today) == 2


def test_the_baseline_year_keeps_its_figure_and_is_not_recomputed():
    year = timezone.localdate().year
    made = indicator(
        track=TrackFactory(),
        source="read_aloud_minutes",
        counts_people=False,
        baseline_year=year - 1,
    )
    services.indicator_values_compute(years=[year - 1, year])
    periods = IndicatorValue.objects.filter(indicator=made).values_list("period_start", flat=True)
    assert [start.year for start in periods] == [year]


def test_every_source_runs():
    today = timezone.localdate()
    for source in measures.values():
        assert source.compute(today - timedelta(days=365), today) == 0


def _fill(count):
    track = TrackFactory()
    place = institution()
    for n in range(count):
        entry(place, days_ago=n % 30)
        indicator(track=track, values=[(2023, 10 + n), (2024, 20 + n)])
    return track


@pytest.mark.parametrize("count", [1, 12])
def test_the_dashboard_runs_a_fixed_number_of_queries(client, count, django_assert_max_num_queries):
    _fill(count)
    with django_assert_max_num_queries(12):
        assert client.get(DASHBOARD).status_code == 200


@pytest.mark.parametrize("count", [1, 12])
def test_the_track_page_section_runs_fixed_queries(client, count, django_assert_max_num_queries):
    track = _fill(count)
    with django_assert_max_num_queries(14):
        page = client.get(track.get_absolute_url())
    assert page.status_code == 200 and "Sådan måler vi det" in page.content.decode()


def test_the_initiative_page_shows_its_indicators(client):
    initiative = InitiativeFactory()
    indicator(track=TrackFactory(), initiative=initiative, name="Læseheste i aktivitet")
    page = client.get(initiative.get_absolute_url()).content.decode()
    assert "Læseheste i aktivitet" in page


def test_the_dashboard_is_cached_and_a_new_entry_clears_it(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    place = institution()
    entry(place, children=30, minutes=50)
    client.get(DASHBOARD)
    with django_assert_num_queries(0):
        client.get(DASHBOARD)
    with django_capture_on_commit_callbacks(execute=True):
        entry(place, children=30, minutes=70)
    assert '">120</td>' in client.get(DASHBOARD).content.decode()


def test_unknown_csv_and_strategy_are_404(client):
    assert client.get("/resultater/data/noget.csv").status_code == 404
    assert client.get("/resultater/data/indikator-999.csv").status_code == 404
    assert client.get("/resultater/strategi/findes-ikke/").status_code == 404


def _queries(client, url) -> int:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_query_counts_do_not_grow_with_entries_or_indicators(client):
    track = _fill(1)
    initiative = InitiativeFactory(tracks=[track])
    indicator(track=track, initiative=initiative, values=[(2024, 50)])
    pages = [DASHBOARD, track.get_absolute_url(), initiative.get_absolute_url()]
    few = [_queries(client, url) for url in pages]
    place = institution(area="Osted")
    for n in range(40):
        entry(place, days_ago=n % 20)
    for _ in range(8):
        indicator(track=track, initiative=initiative, values=[(2023, 10), (2024, 20)])
    assert [_queries(client, url) for url in pages] == few


def test_the_track_page_stays_cached_and_shows_a_new_value(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    track = TrackFactory()
    made = indicator(track=track, name="Læseheste", counts_people=False, values=[(2024, 7)])
    url = track.get_absolute_url()
    assert '">7</td>' in client.get(url).content.decode()
    with django_assert_num_queries(0):
        client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        IndicatorValue.objects.filter(indicator=made).update(value=9)
        made.save()  # an editor saving the indicator in the admin
    assert '">9</td>' in client.get(url).content.decode()


def test_chart_geometry_is_plain_numbers_in_danish_too(client):
    """Localised numbers ("28,5", "2.025") in SVG attributes draw nothing or the wrong thing."""
    import re

    for area in ("Hvalsø", "Lejre"):
        place = institution(area=area)
        for day in range(6):
            entry(place, minutes=35, children=7, days_ago=day)
    indicator(track=TrackFactory(), values=[(2024, "1234.5"), (2025, 2345)])
    number = re.compile(r"-?\d+(\.\d+)?")
    for path in (DASHBOARD, "/en" + DASHBOARD):
        page = client.get(path).content.decode()
        charts = re.findall(r"<svg class=\"chart.*?</svg>", page, re.S)
        assert len(charts) >= 2
        attributes = re.findall(
            r" (?:x|y|x1|x2|y1|y2|cx|cy|width|height)=\"([^\"]*)\"", "".join(charts)
        )
        assert attributes and all(number.fullmatch(value) for value in attributes), attributes
        for points in re.findall(r" points=\"([^\"]*)\"", "".join(charts)):
            for pair in points.split():
                assert all(number.fullmatch(part) for part in pair.split(","))
        assert ">2025</text>" in "".join(charts)
