"""The search index is the migrations' business: they create the GIN indexes and fill the search
column for rows that exist when it is added, so a deploy needs no manual step."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from core.registry import content

pytestmark = pytest.mark.django_db

# (app, the migration before the search column, model, its text fields' values)
BEFORE_SEARCH_COLUMN = [
    (
        "tracks",
        "0001_initial",
        "Track",
        {"title": "Læseglæde", "short_description": "Vores læseheste", "description": ""},
    ),
    (
        "initiatives",
        "0002_image_alt_text_in_danish",
        "Event",
        {"title": "Højtlæsning", "summary": "Læseheste læser", "description": "<p>Kom</p>"},
    ),
    (
        "pages",
        "0001_initial",
        "Page",
        {"key": "about", "title": "Om os", "intro": "Vi har læseheste", "body": ""},
    ),
]


@pytest.mark.parametrize(("app", "before", "model_name", "values"), BEFORE_SEARCH_COLUMN)
def test_migrating_fills_the_search_column_of_existing_rows(app, before, model_name, values):
    # The test's transaction is rolled back afterwards, schema changes included (PostgreSQL).
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate([(app, before)])
    old_model = executor.loader.project_state((app, before)).apps.get_model(app, model_name)
    translated = {f"{name}_da": value for name, value in values.items() if name != "key"}
    row = _create(old_model, model_name, values, translated)

    executor = MigrationExecutor(connection)
    executor.migrate(latest)

    model = next(m for m in content.searchable() if m._meta.label == f"{app}.{model_name}")
    assert model.objects.filter(pk=row.pk, search_vector="læsehest").exists()


def _create(old_model, model_name, values, translated):
    extra = {"status": "published", "publish_from": timezone.now() - timedelta(days=1)}
    if any(field.name == "slug" for field in old_model._meta.fields):
        extra["slug"] = "raekke"
    if model_name == "Event":
        extra.update(starts_at=timezone.now(), location="Hvalsø")
    return old_model.objects.create(**values, **translated, **extra)


def test_every_searchable_model_has_a_gin_index_on_its_search_column():
    for model in content.searchable():
        with connection.cursor() as cursor:
            constraints = connection.introspection.get_constraints(cursor, model._meta.db_table)
        assert any(
            c["columns"] == ["search_vector"] and c["type"] == "gin" for c in constraints.values()
        ), model


def test_migrating_makes_existing_alliance_members_findable_by_name():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    before = ("alliance", "0002_alter_partner_is_founding_partner")
    executor.migrate([before])
    old_model = executor.loader.project_state(before).apps.get_model("alliance", "AllianceMember")
    row = old_model.objects.create(
        name="Burak Ulrik Ulucan", title_da="Formand", organisation="Lejre Kommune"
    )
    MigrationExecutor(connection).migrate(latest)

    from alliance.models import AllianceMember

    assert AllianceMember.objects.filter(pk=row.pk, search_vector="burak").exists()


def test_migrating_adds_the_folded_spelling_to_existing_documents():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    before = ("tracks", "0003_search_gin_index")
    executor.migrate([before])
    old_model = executor.loader.project_state(before).apps.get_model("tracks", "Track")
    row = _create(
        old_model, "Track", {"title": "Læseglæde"}, {"short_description_da": "Vores læseheste"}
    )
    MigrationExecutor(connection).migrate(latest)

    from django.contrib.postgres.search import SearchQuery

    from tracks.models import Track

    found = Track.objects.filter(search_vector=SearchQuery("laesehest", config="danish"))
    assert list(found.values_list("pk", flat=True)) == [row.pk]


def test_fold_writes_danish_letters_as_two(db):
    from core.search_index import fold

    assert fold("Læsehest, Ørsted og Åsa") == "laesehest, oersted og aasa"
