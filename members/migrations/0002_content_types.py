"""The moved models' content types take the new app's label, in place: the member_area
permission and the editors' meeting permissions, the groups that hold them, audit-log entries,
versions and admin history follow. The roles are synced with accounts/roles.py (which names
`members.…` now) once every move is done (accounts/migrations/0006_roles_after_the_moves.py)."""

from django.db import migrations

from core.model_moves import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("alliance", "0007_members_area_moved_out"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        move_content_types("alliance", "members", ["meeting", "agendaitem", "minutes", "document"]),
    ]
