"""The portal's roles as groups with exactly their permissions (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_roles


def remove_roles(apps, schema_editor):
    from accounts.roles import ROLES

    apps.get_model("auth", "Group").objects.filter(name__in=[r.name for r in ROLES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_invitation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auditlog", "0017_add_actor_email"),
        ("tracks", "0002_search_vector"),
        ("initiatives", "0003_search_vector"),
        ("alliance", "0002_alter_partner_is_founding_partner"),
        ("pages", "0002_search_vector"),
    ]

    operations = [migrations.RunPython(sync_roles, remove_roles)]
