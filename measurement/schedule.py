"""measurement's periodic jobs (collected by core.schedule.beat_schedule)."""

from celery.schedules import crontab

from core.schedule import Job

JOBS = [
    Job(
        "barometer-reminders",
        "measurement.tasks.barometer_reminders",
        crontab(hour=9, minute=0),
        why="Institutions quiet in the reading barometer for two weeks get a reminder.",
    ),
    Job(
        "compute-indicators",
        "measurement.tasks.compute_indicators",
        crontab(hour=2, minute=45),
        why="The computed indicators' values for this year and last.",
    ),
]
