"""`manage.py bench_dashboard`: the uncached render time of /resultater/ (target < 200 ms)."""

from django.core.management.base import BaseCommand, CommandError

from demo.bench_measurement import time_dashboard

TARGET_MS = 200


class Command(BaseCommand):
    help = "Måler, hvor lang tid /resultater/ tager at danne uden sidecachen (mål: under 200 ms)."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20)

    def handle(self, *args, **options):
        median, worst = time_dashboard(options["runs"])
        self.stdout.write(f"/resultater/ uncached: median {median:.1f} ms, worst {worst:.1f} ms")
        if median >= TARGET_MS:
            raise CommandError(f"Below target: median {median:.1f} ms is not under {TARGET_MS} ms.")
        self.stdout.write(self.style.SUCCESS(f"Target met: under {TARGET_MS} ms."))
