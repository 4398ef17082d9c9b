"""The roles name the institutions' and the members' area's permissions under their new apps
(accounts/roles.py); synced once both moves have renamed the content types, so the groups keep
the very same permission rows."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_institution_bookings"),
        ("institutions", "0002_content_types"),
        ("members", "0002_content_types"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
