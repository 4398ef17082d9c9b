"""Addresses in lower case and the apps that moved: the roles once more, after both."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_roles_after_the_moves"),
        ("accounts", "0007_coordinators_look_after_accounts"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
