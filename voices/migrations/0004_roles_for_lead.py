"""The secretariat's lead hears of worrying postcards nobody has read in time (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("voices", "0003_risk_lexicon"),
        ("accounts", "0005_institution_bookings"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
