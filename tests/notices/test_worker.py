"""Reminders through a real Celery worker, real Redis and PostgreSQL, into a real SMTP server.

The suite runs tasks inline; here the rows are committed in the test database and
`celery -A dig_portal worker` (a subprocess with the production settings, on a queue of this
test's own) sends them to an SMTP server on loopback that counts every message it accepted by
its Message-ID. Each test stops its workers and removes its queue from the broker.
"""

import os
import time
import uuid

import pytest
from django.conf import settings
from django.db import connection

from notices.models import Notice
from notices.services import message_id
from notices.tasks import send_due_notices, send_notice_batch

from .harness import (
    SmtpSink,
    Worker,
    database_url,
    make_due_reminders,
    publish,
    remove_queue,
    task_result,
    wait_until,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def broker_url() -> str:
    url = settings.CONFIGURED_BROKER_URL
    if not url.startswith(("redis://", "rediss://", "unix://")):
        # `make test` starts a private Redis when REDIS_URL is unset, so this never skips.
        pytest.fail("REDIS_URL is not set; run `make test`, which provides a Redis")
    return url


@pytest.fixture
def queue(broker_url):
    name = f"dig-test-notices-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    yield name
    remove_queue(broker_url, name)


@pytest.fixture
def workers(broker_url, queue):
    """Start workers on this test's queue; all are stopped (or killed) when the test ends."""
    started = []
    cache = settings.CACHES["default"]

    def start(sink, **options):
        worker = Worker(
            queue=queue,
            database_url=database_url(connection.settings_dict),
            broker_url=broker_url,
            cache_url=cache["LOCATION"] if "redis" in cache["BACKEND"].lower() else "",
            email_url=sink.url,
            **options,
        )
        started.append(worker)
        return worker.start()

    yield start
    for worker in started:
        worker.close()


def status_counts() -> dict:
    return {status: Notice.objects.filter(status=status).count() for status in Notice.Status.values}


def all_sent(count):
    return lambda: Notice.objects.filter(status=Notice.Status.SENT).count() == count


def assert_each_sent_once(sink, ids):
    summary = sink.summary()
    assert summary["unique"] == len(ids), summary
    assert summary["total"] == len(ids), summary
    assert status_counts()[Notice.Status.SENT] == len(ids)
    for notice in Notice.objects.filter(pk__in=ids):
        assert summary["ids_per_recipient"][notice.recipient] == {message_id(notice)}


def test_a_worker_sends_each_due_reminder_once_and_a_second_sweep_nothing(
    broker_url, queue, workers
):
    ids = make_due_reminders(200, per_occasion=50)
    with SmtpSink() as sink:
        worker = workers(sink, concurrency=2, loglevel="INFO")
        publish(broker_url, send_due_notices, [], queue=queue)
        wait_until(all_sent(200), timeout=40, what="200 reminders sent")
        # The job again, as the next minute's beat would run it, and a batch of sent ones
        # repeated: until the worker says it has run both, each finding nothing to do.
        again = [
            publish(broker_url, send_due_notices, [], queue=queue),
            publish(broker_url, send_notice_batch, [ids[:50]], queue=queue),
        ]
        wait_until(
            lambda: all(task_result(worker, task_id) is not None for task_id in again),
            timeout=20,
            what="the second sweep and the repeated batch to finish",
        )
        assert [task_result(worker, task_id) for task_id in again] == ["0", "0"]
        worker.stop()
        assert_each_sent_once(sink, ids)


def test_duplicated_tasks_and_two_beats_send_no_duplicate(broker_url, queue, workers):
    """Two workers consume at once what two beat processes queued (the sweep twice) and a
    duplicated task (the same batch twice): the row locks let each reminder out once."""
    ids = make_due_reminders(120, per_occasion=40)
    for _beat in range(2):
        publish(broker_url, send_due_notices, [], queue=queue)
    for _copy in range(2):
        publish(broker_url, send_notice_batch, [ids], queue=queue)
        publish(broker_url, send_notice_batch, [ids[::-1]], queue=queue)
    with SmtpSink(delay=0.005) as sink:
        first, second = workers(sink), workers(sink)
        wait_until(all_sent(120), timeout=40, what="120 reminders sent")
        # Let whatever copies are still running finish before counting.
        wait_until(lambda: _queue_empty(broker_url, queue), timeout=20, what="an empty queue")
        time.sleep(0.5)
        first.stop()
        second.stop()
        assert_each_sent_once(sink, ids)


def _queue_empty(broker_url, queue) -> bool:
    import redis

    client = redis.Redis.from_url(broker_url)
    try:
        waiting = client.llen(queue)
        in_hand = sum(queue.encode() in payload for _tag, payload in client.hscan_iter("unacked"))
        return waiting == 0 and in_hand == 0
    finally:
        client.close()


def test_a_worker_killed_mid_batch_loses_nothing_and_repeats_at_most_one(
    broker_url, queue, workers
):
    """SIGKILL to the worker's whole process group while a batch is being sent (a slow mail
    server makes sure of it); a new worker gets the unacknowledged batch back from Redis once
    the visibility timeout has passed, and no sweep runs: the queue alone loses nothing."""
    ids = make_due_reminders(80, per_occasion=40)
    for start in range(0, len(ids), 20):
        publish(broker_url, send_notice_batch, [ids[start : start + 20]], queue=queue)
    with SmtpSink(delay=0.03) as sink:
        doomed = workers(sink, visibility_timeout=1)
        wait_until(lambda: sink.total >= 30, timeout=30, what="30 messages before the kill")
        doomed.kill()
        killed_at = sink.total
        assert killed_at < len(ids), "the batch finished before the kill; nothing was tested"
        # A worker looks for overdue unacknowledged tasks as it starts (then only every 100 s):
        # by then the killed worker's batch must be past the 1-second visibility timeout.
        time.sleep(1.1)
        workers(sink, visibility_timeout=1)
        wait_until(all_sent(80), timeout=40, what="every reminder sent after the restart")
        wait_until(lambda: _queue_empty(broker_url, queue), timeout=20, what="an empty queue")

    summary = sink.summary()
    assert summary["unique"] == len(ids), summary  # none lost
    assert summary["repeats"] <= 1, summary  # at most the one in flight at the kill
    # A repeat carries the Message-ID of its first delivery, so mail software can drop it.
    for notice in Notice.objects.filter(pk__in=ids):
        assert summary["ids_per_recipient"][notice.recipient] == {message_id(notice)}
    assert status_counts()[Notice.Status.SENT] == len(ids)
