"""Celery tasks of the members' area: they call services and are safe to run twice."""

from celery import shared_task

from . import services


@shared_task
def schedule_meeting_notices() -> int:
    return services.meetings_notices_schedule()
