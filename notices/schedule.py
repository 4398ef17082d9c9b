"""notices' periodic jobs (collected by core.schedule.beat_schedule)."""

from core.schedule import Job

JOBS = [
    Job(
        "send-due-notices",
        "notices.tasks.send_due_notices",
        60,
        why="Every notice whose time has come; what a lost queue message missed is found here.",
    ),
]
