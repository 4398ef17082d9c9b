"""Institutions and their bookings are the institutions app's now. Their tables stay (the
institutions app's models name them), so this only takes them out of this app's state."""

from django.db import migrations


class Migration(migrations.Migration):
    # The apps that took the models over run before this one (their run_before), so nothing
    # here names an app above volunteers.
    dependencies = [
        ("volunteers", "0003_merge_0002_booking_proposal_0002_consent_text_v1"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="institution", name="contacts"),
                migrations.DeleteModel(name="BookingRequest"),
                migrations.DeleteModel(name="Institution"),
            ],
            database_operations=[],
        ),
    ]
