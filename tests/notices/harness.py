"""A real Celery worker, a real SMTP server and due reminders: shared by tests/notices/
test_worker.py and `make bench-reminders` (scripts/bench_reminders.py).

The SMTP sink runs in the calling process on loopback and counts every message it accepted by
its Message-ID. The worker is `celery -A dig_portal worker` in a process group of its own, with
the production settings (not the test settings, which run tasks inline), on a queue named for
the run, so it shares the broker's Redis database with nothing else it could take work from.
"""

import contextlib
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).with_name("celery"))
_MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpSink:
    """An SMTP server on loopback that records each accepted message: (recipient, Message-ID).

    `delay` holds every DATA that long before answering 250, as a slow mail server would; a
    message counts as delivered only once the 250 is on its way, as for a real server.
    """

    def __init__(self, *, delay: float = 0.0):
        self.delay = delay
        self.deliveries: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._controller = None
        self.port = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.delay:
            import asyncio

            await asyncio.sleep(self.delay)
        header = envelope.content.split(b"\r\n\r\n", 1)[0]
        found = _MESSAGE_ID.search(header)
        message_id = found.group(1).decode() if found else ""
        with self._lock:
            for recipient in envelope.rcpt_tos:
                self.deliveries.append((recipient, message_id))
        return "250 Message accepted"

    def start(self) -> "SmtpSink":
        from aiosmtpd.controller import Controller

        # aiosmtpd logs every SMTP command at INFO: thousands of lines and time spent on them.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        self.port = free_port()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def total(self) -> int:
        with self._lock:
            return len(self.deliveries)

    def snapshot(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self.deliveries)

    def summary(self) -> dict:
        """Totals, and what repeated: every message counted by its Message-ID."""
        deliveries = self.snapshot()
        by_id = Counter(message_id for _recipient, message_id in deliveries)
        ids_per_recipient = defaultdict(set)
        for recipient, message_id in deliveries:
            ids_per_recipient[recipient].add(message_id)
        return {
            "total": len(deliveries),
            "unique": len(by_id),
            "repeats": sum(count - 1 for count in by_id.values()),
            "ids_per_recipient": ids_per_recipient,
        }


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL (as django-environ reads it) for the database Django is connected to:
    over TCP, or over the unix socket of the private server `make test` starts."""
    user = quote(settings_dict.get("USER") or "", safe="")
    password = settings_dict.get("PASSWORD") or ""
    auth = user + (f":{quote(password, safe='')}" if password else "")
    host = settings_dict.get("HOST") or ""
    port = str(settings_dict.get("PORT") or "")
    name = settings_dict["NAME"]
    if host.startswith("/"):
        # django-environ takes a percent-encoded path before the name as the socket folder.
        return f"postgres://{auth}@:{port or 5432}/{quote(host, safe='')}/{name}"
    return f"postgres://{auth}@{host or '127.0.0.1'}{':' + port if port else ''}/{name}"


class Worker:
    """`celery -A dig_portal worker` on one queue, in its own process group so that a SIGKILL
    takes the main process and its pool children at once, as a machine's crash would."""

    def __init__(
        self,
        *,
        queue: str,
        database_url: str,
        broker_url: str,
        cache_url: str,
        email_url: str,
        concurrency: int = 1,
        visibility_timeout: int = 3600,
        site_url: str = "http://testserver",
        loglevel: str = "WARNING",
        extra_env: dict | None = None,
    ):
        self.queue = queue
        self.name = f"{queue}-{uuid.uuid4().hex[:6]}@localhost"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "dig_portal.settings",
            "DEBUG": "true",
            "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": broker_url,
            "CELERY_TASK_DEFAULT_QUEUE": queue,  # what the sweep queues goes here too
            "CELERY_VISIBILITY_TIMEOUT": str(visibility_timeout),
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "EMAIL_URL": email_url,
            "SITE_URL": site_url,
            "PYTHONPATH": str(ROOT),
        }
        if cache_url:
            self.env["REDIS_CACHE_URL"] = cache_url
        self.env.update(extra_env or {})
        self.env.pop("REDIS_URL", None)  # the two URLs above say it all
        self.command = [
            CELERY,
            "-A",
            "dig_portal",
            "worker",
            "-Q",
            queue,
            "-n",
            self.name,
            "--pool=prefork",
            f"--concurrency={concurrency}",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            f"--loglevel={loglevel}",
        ]
        self.process = None
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - kept open for the process
            prefix="dig-worker-", suffix=".log", delete=False
        )

    def start(self) -> "Worker":
        self.process = subprocess.Popen(  # noqa: S603 - our own celery, our own arguments
            self.command,
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def kill(self) -> None:
        """SIGKILL the whole group: no warm shutdown, nothing acknowledged or handed back."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self, timeout: float = 10) -> None:
        """Warm shutdown (SIGTERM); SIGKILL if it takes too long."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        # A pool child may outlive its parent for a moment.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")

    def wait_ready(self, timeout: float = 30) -> None:
        """Until the worker says it is ready (needs loglevel INFO)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if " ready." in self.output():
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"The worker exited:\n{self.output()[-3000:]}")
            time.sleep(0.1)
        raise TimeoutError(f"The worker did not start:\n{self.output()[-3000:]}")

    def close(self) -> None:
        self.stop()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


def publish(broker_url: str, task, args: list, *, queue: str) -> str:
    """Queue `task` on the real broker from a process whose settings run tasks inline; returns
    the task's id (a worker at loglevel INFO logs "Task …[id] succeeded in …s: result")."""
    from dig_portal.celery import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    try:
        with app.connection_for_write(broker_url) as connection:
            return task.apply_async(args, queue=queue, connection=connection).id
    finally:
        app.conf.task_always_eager = eager


def task_result(worker: "Worker", task_id: str) -> str | None:
    """What the task `task_id` returned, as the worker logged it once it had run, or None
    while it has not finished (the worker must run at loglevel INFO)."""
    found = re.search(rf"\[{re.escape(task_id)}\] succeeded in [\d.]+s: (.*)", worker.output())
    return found[1].strip() if found else None


def remove_queue(broker_url: str, queue: str) -> None:
    """Delete only what this run made on the broker: its queue, kombu's bookkeeping for it, and
    any of its messages still waiting for an acknowledgement. Never a FLUSHDB."""
    import redis

    client = redis.Redis.from_url(broker_url)
    try:
        made = list(client.scan_iter(match=f"*{queue}*"))
        if made:
            client.delete(*made)
        # Shared sets (remote-control bindings) name our worker among others.
        for key in client.scan_iter(match="_kombu.binding.*"):
            if client.type(key) == b"set":
                ours = [m for m in client.smembers(key) if queue.encode() in m]
                if ours:
                    client.srem(key, *ours)
        for tag, payload in client.hscan_iter("unacked"):
            if queue.encode() in payload:
                client.hdel("unacked", tag)
                client.zrem("unacked_index", tag)
    finally:
        client.close()


def make_due_reminders(count: int, *, per_occasion: int = 100) -> list[int]:
    """`count` confirmed sign-ups whose 2-hour reminder is due now: the rows and keys the
    sign-up services make (`signup:<id>:reminder-v0-2h`, kind `signup-reminder`), created in bulk
    because the send path is what is measured. Returns the notices' ids."""
    from django.utils import timezone

    from notices.models import Notice
    from signups.models import Occasion, SignUp

    now = timezone.now()
    starts = now + timedelta(hours=1, minutes=55)
    occasions = Occasion.objects.bulk_create(
        Occasion(
            title=f"Højtlæsning {number}",
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            place="Hvalsø Bibliotek, boghjørnet",
            capacity=per_occasion,
            url="/arrangementer/hoejtlaesning/",
        )
        for number in range((count + per_occasion - 1) // per_occasion)
    )
    signups = SignUp.objects.bulk_create(
        SignUp(
            occasion=occasions[number // per_occasion],
            name=f"Person {number}",
            email=f"p{number}@example.org",
            status=SignUp.Status.CONFIRMED,
        )
        for number in range(count)
    )
    notices = Notice.objects.bulk_create(
        Notice(
            key=f"signup:{signup.pk}:reminder-v0-2h",
            kind="signup-reminder",
            object_id=str(signup.pk),
            recipient=signup.email,
            due_at=now - timedelta(seconds=1),
            not_after=starts,
        )
        for signup in signups
    )
    return [notice.pk for notice in notices]


def wait_until(condition, *, timeout: float, interval: float = 0.1, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise TimeoutError(f"Timed out after {timeout} s waiting for {what or condition}")
