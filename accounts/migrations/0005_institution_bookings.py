"""Institution contacts request Læsehest visits and see their own (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_roles_for_volunteers"),
        ("volunteers", "0002_booking_proposal"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
