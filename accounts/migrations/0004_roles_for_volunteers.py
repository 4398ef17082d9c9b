"""The roles' permissions on the volunteer, sign-up and notice models (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_roles"),
        ("volunteers", "0001_initial"),
        ("signups", "0001_initial"),
        ("notices", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
