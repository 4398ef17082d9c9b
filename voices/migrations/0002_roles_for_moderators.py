"""Moderators read, redact and approve postcards and keep the word list (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("voices", "0001_initial"),
        ("accounts", "0005_institution_bookings"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
