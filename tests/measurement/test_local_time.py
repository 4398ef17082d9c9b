"""Times in the indicator tables are the portal's local time, as the line beside them."""

from datetime import UTC, datetime

import pytest
from django.utils import translation

from measurement.tables import Cell
from measurement.templatetags.measurement import cell


def test_a_time_in_a_table_is_shown_in_copenhagen_time():
    with translation.override("da"):
        shown = cell(Cell(datetime(2026, 12, 4, 15, 15, tzinfo=UTC)))
    assert "16.15" in shown and "15.15" not in shown


def test_csv_numbers_carry_the_languages_decimal_mark():
    from decimal import Decimal

    from measurement.export import neutralise

    with translation.override("da"):
        assert neutralise(Decimal("28.50")) == "28,5"
        assert neutralise(2025) == "2025"  # no thousands separator
        assert neutralise(-1.5) == "-1,5"
    with translation.override("en"):
        assert neutralise(Decimal("28.5")) == "28.5"


@pytest.mark.django_db
def test_a_computed_figure_says_it_is_computed_at_night_and_a_live_one_says_it_follows():
    from measurement.tables import barometer_table, indicator_table
    from tests.measurement.helpers import indicator

    assert barometer_table([], 2026).live
    nightly = indicator_table(indicator(source="read_aloud_minutes"))
    assert not nightly.live
    assert any("hver nat" in note for note in nightly.notes)
    entered = indicator_table(indicator(source=""))
    assert not any("hver nat" in note for note in entered.notes)
