"""Institution contacts log read-aloud; editors keep the indicators (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("measurement", "0001_initial"),
        ("tracks", "0007_lejre_strategy"),
        ("accounts", "0005_institution_bookings"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
