"""The first consent wording applicants see next to the checkbox (version "1")."""

from django.db import migrations
from django.utils import timezone

TEXT = """Hvad vi behandler: dit navn, din e-mail, dit telefonnummer (hvis du skriver det), din aldersgruppe, det, du skriver om dig selv og om, hvornår du kan, og det sprog, du søgte på. Er du under 15 år, også din forælders eller værges e-mail. Bliver du frivillig i en rolle med børn under 15, noterer vi, at din børneattest er bestilt, modtaget og vurderet, hvornår og af hvem – aldrig selve attesten og aldrig dit CPR-nummer.

Hvorfor: så vores frivilligkoordinator kan behandle din ansøgning, kontakte dig, give dig vagter og minde dig om dem. Grundlaget er dit samtykke.

Hvor længe: bekræfter du ikke din e-mail, sletter vi ansøgningen efter 30 dage. Er du frivillig, gemmer vi oplysningerne, så længe du er aktiv; har du hverken logget ind eller været tilmeldt noget i 3 år, anonymiserer vi dem. Registreringen af en børneattest slettes, når du stopper. Vi gemmer kun anonyme tal.

Dine rettigheder: du kan se og hente alle dine data og slette din bruger på Mine sider, og du kan trække dit samtykke tilbage med én knap samme sted. Så slettes dine oplysninger, og dine kommende vagter aflyses. Du kan også klage til Datatilsynet.

Kontakt: +DIG's sekretariat i Lejre Kommune – se kontaktsiden på portalen."""


def create(apps, schema_editor):
    ConsentText = apps.get_model("volunteers", "ConsentText")
    ConsentText.objects.get_or_create(
        version="1", defaults={"text": TEXT, "valid_from": timezone.now()}
    )


def remove(apps, schema_editor):
    apps.get_model("volunteers", "ConsentText").objects.filter(version="1").delete()


class Migration(migrations.Migration):
    dependencies = [("volunteers", "0001_initial")]

    operations = [migrations.RunPython(create, remove)]
