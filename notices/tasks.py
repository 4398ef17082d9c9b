"""Celery tasks: they take ids and call the services; every one is safe to run twice."""

from celery import shared_task

from . import services

BATCH = 200


@shared_task
def send_notice(notice_id: int) -> bool:
    return services.notice_send(notice_id)


@shared_task
def send_notice_batch(ids: list[int]) -> int:
    return services.notices_send(ids)


@shared_task
def send_due_notices() -> int:
    """The minutely sweep: every pending notice whose time has come, in batches.

    Whatever the queue lost (a Redis restart, a broker that was away when a notice was made) is
    found here, since the database row is what counts.
    """
    ids = services.due_notice_ids()
    for start in range(0, len(ids), BATCH):
        send_notice_batch.delay(ids[start : start + BATCH])
    return len(ids)
