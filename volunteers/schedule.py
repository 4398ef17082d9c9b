"""volunteers' periodic jobs (collected by core.schedule.beat_schedule)."""

from celery.schedules import crontab

from core.schedule import Job

JOBS = [
    Job(
        "volunteer-retention",
        "volunteers.tasks.retention",
        crontab(hour=3, minute=15),
        why="Unconfirmed applications, inactive volunteers and leavers' attests are removed.",
    ),
    Job(
        "volunteer-coordinator-digest",
        "volunteers.tasks.coordinator_digest",
        crontab(hour=7, minute=30),
        why="The coordinators' daily digest.",
    ),
    Job(
        "volunteer-attest-renewals",
        "volunteers.tasks.attest_renewals",
        crontab(hour=7, minute=0),
        why="Reminders to renew a børneattest before it runs out.",
    ),
]
