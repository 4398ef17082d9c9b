"""Meetings, agendas, minutes and documents are the members app's now. Their tables stay (the
members app's models name them), so this only takes them out of this app's state."""

from django.db import migrations


class Migration(migrations.Migration):
    # The members app's first migration runs before this one (its run_before), so nothing here
    # names the app above.
    dependencies = [("alliance", "0006_roles_for_members_area")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="document", name="meeting"),
                migrations.RemoveField(model_name="minutes", name="document"),
                migrations.RemoveField(model_name="meeting", name="attendees"),
                migrations.RemoveField(model_name="meeting", name="occasion"),
                migrations.RemoveField(model_name="minutes", name="approved_at"),
                migrations.RemoveField(model_name="minutes", name="meeting"),
                migrations.DeleteModel(name="AgendaItem"),
                migrations.DeleteModel(name="Document"),
                migrations.DeleteModel(name="Meeting"),
                migrations.DeleteModel(name="Minutes"),
            ],
            database_operations=[],
        ),
    ]
