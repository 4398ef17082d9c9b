"""voices' periodic jobs (collected by core.schedule.beat_schedule)."""

from celery.schedules import crontab

from core.schedule import Job

JOBS = [
    Job(
        "postcard-originals-retention",
        "voices.tasks.delete_expired_originals",
        crontab(hour=3, minute=45),
        why="Unmasked originals of postcards older than 14 days are deleted.",
    ),
]
