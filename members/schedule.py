"""members' periodic jobs (collected by core.schedule.beat_schedule)."""

from core.schedule import Job

JOBS = [
    Job(
        "alliance-meeting-notices",
        "members.tasks.schedule_meeting_notices",
        60 * 15,
        why="Invitations and reminders for published meetings to members who joined since.",
    ),
]
