"""Editors edit the help lines too (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0005_help_lines"),
        ("accounts", "0005_institution_bookings"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
