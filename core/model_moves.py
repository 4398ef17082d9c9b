"""Moving models from one app to another without moving their rows.

The moved model keeps its table (`Meta.db_table`), so the move itself is state only
(`migrations.SeparateDatabaseAndState`). What does change is the model's content type: its
`app_label` is renamed here, in place, so everything that points at it keeps pointing at it —
permissions (and the groups and people holding them), audit-log entries, the admin's history,
versions. Used by the migrations of the app the models moved to:

    move_content_types("volunteers", "institutions", ["institution", "bookingrequest"])
"""

from django.db import migrations


def _move(apps, old_label: str, new_label: str, models) -> None:
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in models:
        old = content_type.objects.filter(app_label=old_label, model=model).first()
        if old is None:
            continue  # a fresh database: the content type is made after migrating
        # One made for the new label already (an earlier migration's create_permissions, a
        # partial migrate's post_migrate) holds nothing of value yet: the old one carries the
        # history and the grants, so it takes the name.
        content_type.objects.filter(app_label=new_label, model=model).delete()
        old.app_label = new_label
        old.save(update_fields=["app_label"])
    content_type.objects.clear_cache()


def move_content_types(old_label: str, new_label: str, models) -> migrations.RunPython:
    models = tuple(models)
    return migrations.RunPython(
        lambda apps, schema_editor: _move(apps, old_label, new_label, models),
        lambda apps, schema_editor: _move(apps, new_label, old_label, models),
    )
