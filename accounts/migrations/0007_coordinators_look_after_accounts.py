"""Coordinators may change the accounts they look after (volunteers', institution
contacts'): accounts/roles.py gives them accounts.change_user."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_email_lower_case")]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
