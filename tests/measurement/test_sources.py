"""The computed figures are declared by the apps that hold their data; measurement only asks."""

import ast
from pathlib import Path

import pytest
from django.core.checks import run_checks
from django.utils import timezone

from core import registry
from core.registry import MeasureRegistry, measures
from tests.measurement.helpers import entry, institution, visit

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_each_app_declares_the_figures_it_holds_the_data_for():
    owners = {key: measure.parts[0][0] for key, measure in measures.items()}
    assert owners == {
        "read_aloud_minutes": "measurement",
        "children_reached": "measurement",
        "active_volunteers": "volunteers",
        "sessions_held": "volunteers",
        "events_held": "initiatives",
        "event_participants": "initiatives",
        "postcards": "voices",
    }
    # Children read to: the barometer's sessions and the Læseheste's visits.
    assert [app for app, _count in measures["children_reached"].parts] == [
        "measurement",
        "institutions",
    ]
    people = {key for key, measure in measures.items() if measure.counts_people}
    assert people == {"children_reached", "active_volunteers", "event_participants", "postcards"}


def test_measurement_imports_none_of_the_apps_it_measures():
    tree = ast.parse((ROOT / "measurement" / "sources.py").read_text())
    imported = {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 0
    } | {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert imported <= {"datetime", "django", "core"}, imported


def test_children_read_to_add_the_barometer_and_the_confirmed_visits():
    place = institution()
    entry(place, children=8)
    entry(place, children=6)
    visit(place, children=12)
    visit(place, children=30, status="requested")  # not held: does not count
    today = timezone.localdate()
    assert measures["children_reached"].compute(today.replace(month=1, day=1), today) == 26


def test_a_share_of_a_figure_nobody_registered_is_an_error(monkeypatch):
    throwaway = MeasureRegistry()
    throwaway.register("measurement", "read_aloud_minutes", "Minutter", len, counts_people=False)
    throwaway.contribute("volunteers", "childen_reached", len)  # a typo
    monkeypatch.setattr(registry, "measures", throwaway)
    errors = [message for message in run_checks() if message.id == "dig.E001"]
    assert len(errors) == 1 and "childen_reached" in errors[0].msg
    with pytest.raises(ValueError, match="already registered"):
        throwaway.register("voices", "read_aloud_minutes", "Igen", len, counts_people=False)
