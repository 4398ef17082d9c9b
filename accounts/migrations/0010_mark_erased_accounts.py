"""Accounts erased before the erasure recorded its moment (their address was made up under
slettet.invalid): mark them erased, and let the audit entries they made name their pseudonym
where the old erasure had blanked the actor's address."""

from django.db import migrations
from django.db.models import Q

ERASED_DOMAIN = "slettet.invalid"


def mark(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    LogEntry = apps.get_model("auditlog", "LogEntry")
    erased = User.objects.filter(email__endswith=f"@{ERASED_DOMAIN}", erased_at__isnull=True)
    for user in erased:
        user.erased_at = user.last_login or user.date_joined
        user.save(update_fields=["erased_at"])
        LogEntry.objects.filter(Q(actor_email="") | Q(actor_email__isnull=True), actor=user).update(
            actor_email=f"Slettet bruger #{user.pk}"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0009_user_erased_at"),
        ("auditlog", "0017_add_actor_email"),
    ]

    operations = [migrations.RunPython(mark, migrations.RunPython.noop)]
