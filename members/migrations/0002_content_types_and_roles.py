"""The moved models' content types take the new app's label (the member_area permission and the
editors' meeting permissions, the groups that hold them, audit-log entries, versions and admin
history follow), then the roles are synced with accounts/roles.py, which names `members.…`."""

from django.db import migrations

from accounts.roles import sync_roles
from core.model_moves import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("alliance", "0007_members_area_moved_out"),
        ("accounts", "0005_institution_bookings"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        move_content_types("alliance", "members", ["meeting", "agendaitem", "minutes", "document"]),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
