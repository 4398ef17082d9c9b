"""The one disclosure rule, and a planted group of 3 hidden everywhere it could show."""

import csv
import io

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
    return re.findall(r"<td>(.*?)</td>", match.group(1))


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
