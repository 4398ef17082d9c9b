"""The moved models' content types take the new app's label (their permissions, the groups that
hold them, audit-log entries and admin history follow), then the roles are synced with
accounts/roles.py, which names the permissions `institutions.…` now."""

from django.db import migrations

from accounts.roles import sync_roles
from core.model_moves import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("institutions", "0001_initial"),
        ("volunteers", "0004_institutions_moved_out"),
        ("accounts", "0005_institution_bookings"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        move_content_types("volunteers", "institutions", ["institution", "bookingrequest"]),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
