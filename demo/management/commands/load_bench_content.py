"""`manage.py load_bench_content`: the benchmark's content (see `demo.bench`)."""

from django.core.management.base import BaseCommand, CommandError

from demo.bench import BenchContentError, BenchLoader


class Command(BaseCommand):
    help = (
        "Opretter realistisk meget offentliggjort indhold til ydelsesmålinger (indlæser "
        "demoindholdet først; kun det, der mangler)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--initiatives", type=int, default=400)
        parser.add_argument("--news", type=int, default=400)
        parser.add_argument("--events", type=int, default=150)

    def handle(self, *args, **options):
        counts = {name: options[name] for name in ("initiatives", "news", "events")}
        for name, count in counts.items():
            if count < 0:
                raise CommandError(f"--{name} kan ikke være negativ.")
        try:
            created, warnings = BenchLoader().load(**counts)
        except BenchContentError as error:
            raise CommandError(str(error)) from error
        for warning in warnings:
            self.stderr.write(warning)
        for label in ("initiativer", "nyheder", "arrangementer"):
            self.stdout.write(f"{label}: {created[label]} oprettet")
        self.stdout.write(self.style.SUCCESS(f"I alt: {created.total()} oprettet."))
