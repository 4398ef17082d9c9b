"""`manage.py load_bench_barometer`: a year of daily entries (see demo.bench_measurement)."""

from django.core.management.base import BaseCommand

from demo.bench_measurement import load


class Command(BaseCommand):
    help = (
        "Opretter institutioner med et års daglige højtlæsninger og indikatorer til ydelsesmåling."
    )

    def add_arguments(self, parser):
        parser.add_argument("--institutions", type=int, default=60)
        parser.add_argument("--days", type=int, default=365)

    def handle(self, *args, **options):
        made = load(options["institutions"], options["days"])
        self.stdout.write(self.style.SUCCESS(f"{made} højtlæsninger oprettet."))
