"""The one disclosure rule, and a planted group of 3 hidden everywhere it could show."""

import csv
import io
import re

import pytest
from django.urls import reverse

from measurement import disclosure
from tests.measurement.helpers import contact, entry, institution

pytestmark = pytest.mark.django_db


def test_small_counts_are_hidden_and_so_is_the_next_smallest_when_a_total_shows():
    assert disclosure.hidden_rows([40, 3, 12, 30], total_shown=True) == {1, 2}
    assert disclosure.hidden_rows([40, 3, 12, 30], total_shown=False) == {1}
    # Two hidden rows already protect each other.
    assert disclosure.hidden_rows([40, 3, 2, 30], total_shown=True) == {1, 2}
    assert disclosure.hidden_rows([40, 30], total_shown=True) == set()
    assert disclosure.figure(4).suppressed and not disclosure.figure(5).suppressed
    assert not disclosure.figure(2, counts_people=False).suppressed


def test_a_hidden_row_hides_all_its_figures():
    rows = disclosure.protect_rows([[1, 50, 3], [2, 90, 40]], people_column=2, total_shown=False)
    assert [c.suppressed for c in rows[0]] == [True, True, True]
    assert [c.value for c in rows[1]] == [2, 90, 40]


@pytest.fixture
def planted(db):
    """Three areas: Hvalsø and Lejre with many children, Osted with a group of 3."""
    for area, children, minutes in (("Hvalsø", 30, 300), ("Lejre", 12, 111), ("Osted", 3, 77)):
        entry(institution(area=area), children=children, minutes=minutes)


def _row(page, label):
    """The cells of the table row headed `label`."""
    import re

    match = re.search(rf'<th scope="row">{label}</th>(.*?)</tr>', page)
    return re.findall(r"<td[^>]*>(.*?)</td>", match.group(1))


def _csv_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_planted_group_of_three_is_hidden_on_the_page_in_the_chart_and_in_the_csv(client, planted):
    page = client.get(reverse("measurement:dashboard")).content.decode()
    # Neither Osted's 3 children nor its 77 minutes, nor Lejre's figures (the complement:
    # the total minus Hvalsø would otherwise give Osted) appear in the table or the chart.
    assert _row(page, "Osted") == ["skjult"] * 4
    assert _row(page, "Lejre") == ["skjult"] * 4
    assert _row(page, "Hvalsø") == ["1", "1", "300", "30"]
    assert _row(page, "Hele kommunen") == ["3", "3", "488", "45"]
    for secret in (">77<", ">111<", ">12<"):
        assert secret not in page
    start = page.index('<svg class="chart bar-chart')
    chart = page[start : page.index("</svg>", start)]
    assert chart.count("skjult") == 2 and ">300<" in chart
    rows = _csv_rows(client.get(reverse("measurement:csv", args=["laesebarometer"])))
    by_area = {row[0]: row for row in rows if row and row[0] in ("Hvalsø", "Lejre", "Osted")}
    assert by_area["Osted"][1:] == ["", "1"] * 4
    assert by_area["Lejre"][1:] == ["", "1"] * 4
    assert by_area["Hvalsø"][1:] == ["1", "0", "1", "0", "300", "0", "30", "0"]
    total = next(row for row in rows if row and row[0] == "Hele kommunen")
    assert total[5:7] == ["488", "0"] and total[7:9] == ["45", "0"]


def test_a_total_under_five_is_hidden_too(client):
    entry(institution(area="Osted"), children=3, minutes=40)
    page = client.get(reverse("measurement:dashboard")).content.decode()
    assert ">40<" not in page and ">3<" not in page


def test_contacts_see_their_own_figures(client):
    person = contact()
    entry(institution(area="Osted", contact=person), children=3, minutes=40)
    client.force_login(person)
    page = client.get(reverse("measurement:barometer")).content.decode()
    assert 'data-testid="barometer-minutes">40<' in page


def test_hidden_rows_that_add_up_to_under_five_take_the_next_smallest_with_them():
    # Total minus the shown rows = 4: whoever knows Osted's 1 would get Lejre's 3.
    assert disclosure.hidden_rows([40, 3, 1, 30], total_shown=True) == {1, 2, 3}
    # An empty area is hidden like a small one and protected the same way.
    assert disclosure.hidden_rows([40, 0, 30], total_shown=True) == {1, 2}
    assert disclosure.hidden_rows([40, 0, 2, 30], total_shown=True) == {1, 2, 3}
    # A group of exactly 5 is shown.
    assert disclosure.hidden_rows([40, 5, 30], total_shown=True) == set()
    # Whatever is hidden, the shown rows never let the total give away less than 5.
    for counts in ([1, 1, 1, 9], [4, 0, 6, 7], [2, 2, 50], [3, 100]):
        hide = disclosure.hidden_rows(counts, total_shown=True)
        assert len(hide) >= 2 and sum(counts[i] for i in hide) >= disclosure.THRESHOLD


def test_a_hidden_value_does_not_show_through_the_goals_status(client):
    from django.utils import timezone

    from tests.factories import TrackFactory
    from tests.measurement.helpers import indicator

    year = timezone.localdate().year
    # Baseline 0, target 4: a hidden 3 would read "På vej" and give the value away.
    indicator(
        track=TrackFactory(),
        baseline_year=year - 1,
        baseline_value=0,
        target_year=year + 1,
        target_value=4,
        values=[(year, 3)],
    )
    page = client.get(reverse("measurement:dashboard")).content.decode()
    assert f"Status {year}: Ingen data" in page
    assert "På vej" not in page and "Nogen fremgang" not in page


# --- differencing: figures against figures, and one read against the next ------------------


def _people_figures(client, *indicators) -> dict[str, int | None]:
    """Every published count of people on /resultater/ and in its CSV files, by a label naming
    where it stands; None for a hidden one. The page's table shows the same as the CSV."""
    from decimal import Decimal

    page = client.get(reverse("measurement:dashboard")).content.decode()
    figures = {}
    for row in _csv_rows(client.get(reverse("measurement:csv", args=["laesebarometer"]))):
        if len(row) == 9 and row[0]:
            shown = row[8] == "0"
            figures[f"barometer {row[0]}"] = int(row[7]) if shown else None
            on_page = _row(page, row[0])[3]
            assert on_page == (f"{int(row[7]):,}".replace(",", ".") if shown else "skjult")
    for made in indicators:
        rows = _csv_rows(client.get(reverse("measurement:csv", args=[f"indikator-{made.pk}"])))
        for row in rows:
            if row and (row[0].startswith("Udgangspunkt") or row[0][:4].isdigit()):
                hidden = row[2] == "1"
                figures[f"{made.name} {row[0]}"] = None if hidden else int(Decimal(row[1]))
    # The summaries under the charts say figures too ("… var 2.410 børn").
    summaries = " ".join(re.findall(r'class="chart-summary">(.*?)</figcaption>', page, re.S))
    for number in re.findall(r"(\d[\d.]*) (?:børn|frivillige)", summaries):
        figures[f"text {number}"] = int(number.replace(".", ""))
    return figures


def _small_differences(*reads: dict) -> list[str]:
    """Every way an attacker subtracts one published figure from another, within a read and
    across reads, that comes to a count of 1–4."""
    found = []
    figures = [
        (f"{n}:{label}", value) for n, read in enumerate(reads) for label, value in read.items()
    ]
    shown = [(label, value) for label, value in figures if value is not None]
    for label, value in shown:
        for other, other_value in shown:
            if 0 < value - other_value < 5:
                found.append(f"{label} − {other} = {value - other_value}")
    return found


@pytest.fixture
def attack_scene(db):
    """The scene of the attack: a barometer with a small area (Osted: 3 children) and its
    complement, Læsehest visits with 3 children, and the indicator "Børn læst for" computed
    from both (barometer and visits), beside an indicator counting people from a small
    baseline."""
    from django.utils import timezone

    from measurement import services
    from tests.factories import TrackFactory
    from tests.measurement.helpers import indicator, visit

    year = timezone.localdate().year
    places = {}
    for area, children in (("Hvalsø", 2_390), ("Lejre", 18), ("Osted", 3)):
        places[area] = institution(area=area)
        for _ in range(children // 100):
            entry(places[area], children=100, minutes=30)
        if children % 100:
            entry(places[area], children=children % 100, minutes=20)
    visit(places["Hvalsø"], children=3)
    track = TrackFactory()
    reached = indicator(
        track=track,
        name="Børn læst for",
        source="children_reached",
        counts_people=False,  # left unticked: the source counts people, so the rule applies
        baseline_year=year - 1,
        baseline_value=2_412,
        target_year=year + 2,
        target_value=4_000,
    )
    volunteers = indicator(
        track=track,
        name="Aktive læseheste",
        unit="frivillige",
        baseline_year=year - 1,
        baseline_value=3,
        target_year=year + 2,
        target_value=30,
        values=[(year, 12)],
    )
    services.indicator_values_compute(years=[year])
    return {"places": places, "indicators": (reached, volunteers), "year": year}


def test_no_figure_on_the_page_minus_another_gives_a_count_under_five(client, attack_scene):
    figures = _people_figures(client, *attack_scene["indicators"])
    assert _small_differences(figures) == []
    # The raw figures: barometer 2,411 children; with the visits' 3, "children read to" 2,414.
    assert figures["barometer Hele kommunen"] == 2_410
    current = next(v for k, v in figures.items() if k.startswith("Børn læst for 20"))
    assert current == 2_415
    assert figures["barometer Osted"] is None and figures["barometer Lejre"] is None
    assert figures["Aktive læseheste Udgangspunkt %s" % (attack_scene["year"] - 1)] is None
    # Nor does the total minus the shown areas give the hidden ones under 5 (2,410 − 2,390 =
    # 20 for Lejre's 18 and Osted's 3 together, and neither alone).
    shown_areas = sum(
        v for k, v in figures.items() if k.startswith("barometer ") and "Hele" not in k and v
    )
    assert figures["barometer Hele kommunen"] - shown_areas >= 5


def test_two_reads_around_one_new_small_entry_give_no_count_under_five(
    client, attack_scene, django_capture_on_commit_callbacks
):
    from measurement import services

    indicators = attack_scene["indicators"]
    before = _people_figures(client, *indicators)
    # One new session in Osted with 2 children: it brings Osted (then 5) out of hiding. Read
    # as it was, the total moved by 2, so Osted had 5 − 2 = 3 before.
    with django_capture_on_commit_callbacks(execute=True):
        entry(attack_scene["places"]["Osted"], children=2, minutes=15)
        services.indicator_values_compute(years=[attack_scene["year"]])
    after = _people_figures(client, *indicators)
    assert _small_differences(before, after) == []
    assert after["barometer Osted"] == 5  # out of hiding now
    moved = after["barometer Hele kommunen"] - before["barometer Hele kommunen"]
    assert moved % 5 == 0 and after["barometer Osted"] - moved != 3
    # A second small entry elsewhere: still nothing under 5 between any two of the three reads.
    with django_capture_on_commit_callbacks(execute=True):
        entry(attack_scene["places"]["Hvalsø"], children=1, minutes=10)
        services.indicator_values_compute(years=[attack_scene["year"]])
    assert _small_differences(before, after, _people_figures(client, *indicators)) == []


def test_the_baseline_passes_the_rule_like_every_other_figure(
    client, attack_scene, django_capture_on_commit_callbacks
):
    from tests.factories import GoalFactory, ImprintFactory
    from tests.measurement.helpers import indicator

    page = client.get(reverse("measurement:dashboard")).content.decode()
    year = attack_scene["year"] - 1
    # "Aktive læseheste" started from 3 volunteers: neither said nor drawn, and no status is
    # worked out from it.
    assert f"Udgangspunktet i {year} er skjult" in page
    assert f"Udgangspunktet i {year} var 3 " not in page
    assert f"Udgangspunktet i {year} var 2.410 børn" in page  # 2,412 rounded
    start = page.index(f'id="indikator-{attack_scene["indicators"][1].pk}-svg-title"')
    chart = page[start : page.index("</svg>", start)]
    assert 'class="baseline"' not in chart and 'class="value"' in chart
    with django_capture_on_commit_callbacks(execute=True):
        made = indicator(
            imprint=ImprintFactory(goal=GoalFactory(title="Flere børn i klubberne")),
            baseline_year=year,
            baseline_value=2,
            target_year=year + 3,
            target_value=4,
            values=[(year + 1, 7)],
        )
    page = client.get(reverse("measurement:dashboard")).content.decode()
    # From 2 towards 4 the value 7 would read "På vej" and say the baseline was small.
    section = page[page.index("Flere børn i klubberne") :]
    status = re.search(r"Status \d+: ([^<]+)<", section).group(1)
    assert status == "Ingen data"
    rows = _csv_rows(client.get(reverse("measurement:csv", args=[f"indikator-{made.pk}"])))
    assert [f"Udgangspunkt {year}", "", "1"] in rows
