"""Addresses are stored in lower case (core.fields.LowercaseEmailField); existing rows of
users, their allauth addresses and invitations are normalised. Stops, changing nothing, if two
rows would become one address where it must be unique."""

from django.db import migrations

import core.fields
from core.fields import normalise_stored_emails


def normalise(apps, schema_editor):
    normalise_stored_emails(apps, "accounts.User", ("email",), unique=[(("email",), None)])
    normalise_stored_emails(
        apps,
        "account.EmailAddress",
        ("email",),
        unique=[(("user", "email"), None), (("email",), {"verified": True})],
    )
    normalise_stored_emails(apps, "accounts.Invitation", ("email",))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_institution_bookings"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [
        migrations.RunPython(normalise, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="invitation",
            name="email",
            field=core.fields.LowercaseEmailField(max_length=254, verbose_name="e-mailadresse"),
        ),
        migrations.AlterField(
            model_name="user",
            name="email",
            field=core.fields.LowercaseEmailField(
                max_length=254, unique=True, verbose_name="e-mailadresse"
            ),
        ),
    ]
