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
    Job(
        "postcard-risk-escalation",
        "voices.tasks.escalate_unread_risk_cards",
        60 * 5,
        why="Worrying postcards no moderator has opened in time alert again.",
    ),
]
