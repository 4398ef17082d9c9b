"""signups' periodic jobs (collected by core.schedule.beat_schedule)."""

from celery.schedules import crontab

from core.schedule import Job

JOBS = [
    Job(
        "expire-waiting-list-offers",
        "signups.tasks.expire_offers",
        60,
        why="A held place not taken in time goes to the next on the waiting list.",
    ),
    Job(
        "erase-past-signups",
        "signups.tasks.erase_past_signups",
        crontab(hour=3, minute=30),
        why="Anonymous sign-ups are erased SIGNUP_RETENTION_DAYS after their occasion.",
    ),
]
