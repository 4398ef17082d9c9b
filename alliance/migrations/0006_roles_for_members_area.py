"""Members see their area; editors run meetings, minutes and documents (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("alliance", "0005_members_area"),
        ("accounts", "0005_institution_bookings"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
