"""`manage.py load_demo`: the demo content from `demo/data/` (see `demo.loader`)."""

from django.core.management.base import BaseCommand

from demo.loader import load_demo


class Command(BaseCommand):
    help = "Opretter demoindhold for +DIG (kun det, der mangler; eksisterende rækker røres ikke)."

    def handle(self, *args, **options):
        report = load_demo()
        for warning in report.warnings:
            self.stderr.write(warning)
        for label in dict.fromkeys([*report.created, *report.present]):
            self.stdout.write(
                f"{label}: {report.created[label]} oprettet, "
                f"{report.present[label]} fandtes allerede"
            )
        created, present = report.created.total(), report.present.total()
        style = self.style.SUCCESS if created else self.style.NOTICE
        self.stdout.write(style(f"I alt: {created} oprettet, {present} fandtes allerede."))
