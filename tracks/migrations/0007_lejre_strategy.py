"""+DIG's five tracks belong to the Lejre strategy, the portal's home one."""

from django.db import migrations


def forwards(apps, schema_editor):
    Strategy = apps.get_model("tracks", "Strategy")
    Track = apps.get_model("tracks", "Track")
    strategy, _created = Strategy.objects.get_or_create(
        slug="plusdig-lejre",
        defaults={
            "name": "+DIG – Lejre Kommune",
            "name_da": "+DIG – Lejre Kommune",
            "name_en": "+DIG – Lejre Municipality",
            "municipality": "Lejre",
            "is_home": True,
        },
    )
    Track.objects.filter(strategy=None).update(strategy=strategy)


class Migration(migrations.Migration):
    dependencies = [("tracks", "0006_strategy")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
