"""`make bench-reminders`: 10,000 reminders due at once, sent by a real Celery worker (prefork,
concurrency 2) through Redis into an SMTP server on loopback; each must arrive exactly once.

Uses DATABASE_URL's server for a fresh database `dig_bench_reminders` (dropped and made again)
and REDIS_URL's broker database, on a queue of this run's own that is removed afterwards. The
sign-ups and their reminder rows are made in bulk (the send path is what is measured); the
minutely sweep is queued once, as beat would, and the clock runs from then until the SMTP server
has accepted the last message and every row is marked sent.

    python scripts/bench_reminders.py [--count 10000] [--concurrency 2]
"""

import argparse
import os
import secrets
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE = "dig_bench_reminders"
TARGET_SECONDS = 30


def _fresh_database(url: str) -> str:
    """Drop and create the bench database beside DATABASE_URL's; its URL."""
    import environ
    import psycopg

    config = environ.Env.db_url_config(url)
    params = {
        # The maintenance database: DATABASE_URL's own may not exist yet (CI's is made by tests).
        "dbname": "postgres",
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
    }
    with psycopg.connect(autocommit=True, **{k: v for k, v in params.items() if v}) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        server.execute(f'CREATE DATABASE "{DATABASE}"')
    parts = urlsplit(url)
    # The database is the path's last segment (a socket folder may come before it).
    path = parts.path.rsplit("/", 1)[0] + f"/{DATABASE}"
    return urlunsplit(parts._replace(path=path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL") or not os.environ.get("REDIS_URL"):
        sys.exit("DATABASE_URL and REDIS_URL must be set (`make bench-reminders` sets both).")

    os.environ["DATABASE_URL"] = _fresh_database(os.environ["DATABASE_URL"])
    os.environ["DEBUG"] = "true"
    os.environ["DJANGO_SETTINGS_MODULE"] = "dig_portal.settings"
    # This process only queues the sweep; the worker does the sending.
    os.environ["CELERY_TASK_ALWAYS_EAGER"] = "false"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from notices.models import Notice
    from notices.tasks import send_due_notices
    from tests.notices.harness import (
        SmtpSink,
        Worker,
        make_due_reminders,
        publish,
        remove_queue,
        wait_until,
    )

    print(f"Migrating {DATABASE} …", flush=True)
    call_command("migrate", verbosity=0)
    print(f"Making {args.count} confirmed sign-ups with a reminder due now …", flush=True)
    make_due_reminders(args.count)

    broker_url = settings.CELERY_BROKER_URL
    cache = settings.CACHES["default"]
    queue = f"dig-bench-reminders-{os.getpid()}"
    with SmtpSink() as sink:
        worker = Worker(
            queue=queue,
            database_url=os.environ["DATABASE_URL"],
            broker_url=broker_url,
            cache_url=cache["LOCATION"] if "redis" in cache["BACKEND"].lower() else "",
            email_url=sink.url,
            concurrency=args.concurrency,
            site_url="http://127.0.0.1:8000",
            loglevel="INFO",
            # The worker as production runs it: DEBUG off (no query log, no debug cursor).
            extra_env={
                "DEBUG": "false",
                "SECRET_KEY": secrets.token_urlsafe(64),
                "ALLOWED_HOSTS": "127.0.0.1",
                "SECURE_SSL_REDIRECT": "false",
                "LOG_LEVEL": "WARNING",
            },
        )
        try:
            worker.start().wait_ready()
            started = time.monotonic()
            publish(broker_url, send_due_notices, [], queue=queue)
            wait_until(
                lambda: (
                    sink.total >= args.count
                    and not Notice.objects.filter(status=Notice.Status.PENDING).exists()
                ),
                timeout=600,
                interval=0.05,
                what=f"{args.count} messages",
            )
            elapsed = time.monotonic() - started
            time.sleep(1)  # anything sent twice would arrive now
        finally:
            worker.close()
            remove_queue(broker_url, queue)
        summary = sink.summary()

    sent_rows = Notice.objects.filter(status=Notice.Status.SENT).count()
    print(
        f"sent {summary['total']} in {elapsed:.1f} s = {summary['total'] / elapsed:.0f}/s "
        f"(unique Message-IDs {summary['unique']}, rows marked sent {sent_rows}, "
        f"worker concurrency {args.concurrency}, {os.cpu_count()} cores, "
        # Other work on the machine moves the figure a lot; this says how busy it was.
        f"load average {os.getloadavg()[0]:.1f})"
    )
    problems = []
    if not summary["unique"] == summary["total"] == sent_rows == args.count:
        problems.append(f"expected exactly {args.count} messages, each once")
    if elapsed > TARGET_SECONDS:
        problems.append(f"slower than the target of {TARGET_SECONDS} s")
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
