"""The moved models' content types take the new app's label, in place: their permissions, the
groups and people that hold them, audit-log entries and admin history follow. The roles are
synced with accounts/roles.py (which names `institutions.…` now) once every move is done
(accounts/migrations/0006_roles_after_the_moves.py), so no group loses a permission meanwhile."""

from django.db import migrations

from core.model_moves import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("institutions", "0001_initial"),
        ("volunteers", "0004_institutions_moved_out"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        move_content_types("volunteers", "institutions", ["institution", "bookingrequest"]),
    ]
