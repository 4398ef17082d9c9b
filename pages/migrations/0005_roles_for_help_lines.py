"""Editors edit the help lines too (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_help_lines"),
        ("accounts", "0004_roles_for_volunteers"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
