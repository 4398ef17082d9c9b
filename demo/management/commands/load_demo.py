"""`manage.py load_demo`: the demo content from `demo/data/` (see `demo.loader`)."""

from django.core.management.base import BaseCommand, CommandError

from demo.loader import AREAS, OPTIONAL_AREAS, DemoDataError, load_demo


class Command(BaseCommand):
    help = "Opretter demoindhold for +DIG (kun det, der mangler; eksisterende rækker røres ikke)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--only",
            nargs="+",
            metavar="OMRÅDE",
            help=(
                "Kun disse områder (demo/data/<område>.toml), f.eks. --only thisted for Thisted "
                f"Kommunes strategi. Områder: {', '.join(AREAS + OPTIONAL_AREAS)}."
            ),
        )

    def handle(self, *args, **options):
        try:
            report = load_demo(only=tuple(options["only"] or ()))
        except DemoDataError as error:
            raise CommandError(str(error)) from error
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
