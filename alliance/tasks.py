"""Celery tasks of the alliance: they call services and are safe to run twice."""

from celery import shared_task

from .members import services


@shared_task
def schedule_meeting_notices() -> int:
    return services.meetings_notices_schedule()
