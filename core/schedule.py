"""Periodic jobs: each app declares its own in a `schedule.py` beside its `tasks.py`,

    JOBS = [Job("barometer-reminders", "measurement.tasks.barometer_reminders",
                crontab(hour=9, minute=0), why="...")]

and the settings build Celery beat's schedule from every installed app's list with
`beat_schedule(INSTALLED_APPS)`. Read while the settings load, before Django knows its apps,
so a `schedule.py` imports nothing but Celery's schedule types; the task is named by its
dotted path and found by the worker as usual. Only the portal's own apps (folders beside
`core/`) are looked at: a third-party package is never imported here.
"""

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Job:
    name: str  # beat's entry name, unique across the portal
    task: str  # the task's dotted path, e.g. "notices.tasks.send_due_notices"
    schedule: object  # seconds, or a celery.schedules.crontab
    why: str = ""  # what the job is for, for whoever reads the schedule


def app_modules(installed_apps: Iterable[str]) -> list[str]:
    """The portal's own apps among `installed_apps` (entries may name an AppConfig class)."""
    names = dict.fromkeys(entry.split(".")[0] for entry in installed_apps)
    return [name for name in names if (PROJECT / name / "__init__.py").is_file()]


def declared_jobs(app: str) -> list[Job]:
    """`app`'s JOBS, or none when it has no schedule.py."""
    if not (PROJECT / app / "schedule.py").is_file():
        return []
    return list(importlib.import_module(f"{app}.schedule").JOBS)


def beat_schedule(installed_apps: Iterable[str]) -> dict[str, dict]:
    """CELERY_BEAT_SCHEDULE from the jobs every installed app declares."""
    schedule: dict[str, dict] = {}
    for app in app_modules(installed_apps):
        for job in declared_jobs(app):
            if job.name in schedule:
                raise ValueError(f"Two periodic jobs are called {job.name!r} ({app} is one).")
            schedule[job.name] = {"task": job.task, "schedule": job.schedule}
    return schedule


# core's own.
JOBS = [
    Job(
        "clear-expired-sessions",
        "core.tasks.clear_expired_sessions",
        60 * 60 * 6,
        why="Sessions past their expiry are deleted.",
    ),
]
