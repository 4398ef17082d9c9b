from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from core.tasks import clear_expired_sessions

pytestmark = pytest.mark.django_db


def test_clear_expired_sessions_keeps_only_live_sessions():
    for expiry in (-60, 3600):
        store = SessionStore()
        store["x"] = 1
        store.set_expiry(timezone.now() + timedelta(seconds=expiry))
        store.save()
    assert Session.objects.count() == 2
    clear_expired_sessions.delay()
    assert Session.objects.count() == 1
    assert Session.objects.get().expire_date > timezone.now()


def test_the_beat_schedule_is_what_each_app_declares_and_names_registered_tasks():
    import importlib
    from pathlib import Path

    from django.apps import apps
    from django.conf import settings

    from dig_portal.celery import app

    root = Path(settings.BASE_DIR)
    declared = {}
    for config in apps.get_app_configs():
        if not (root / config.name / "schedule.py").is_file():
            continue
        for job in importlib.import_module(f"{config.name}.schedule").JOBS:
            # Each app schedules its own tasks, under a name no other app uses.
            assert job.task.startswith(f"{config.name}.tasks."), job
            assert job.name not in declared, job
            declared[job.name] = {"task": job.task, "schedule": job.schedule}
    # Every schedule.py in the project belongs to an installed app: none is left out.
    files = {path.parent.name for path in root.glob("*/schedule.py")}
    assert files == {config.name for config in apps.get_app_configs() if config.name in files}
    assert len(declared) >= 11
    assert declared == settings.CELERY_BEAT_SCHEDULE
    assert app.conf.beat_schedule == declared  # what beat reads
    app.loader.import_default_modules()
    for name, entry in declared.items():
        assert entry["task"] in app.tasks, name


def test_two_apps_cannot_give_a_job_the_same_name(monkeypatch):
    from core import schedule

    job = schedule.Job("nightly", "core.tasks.clear_expired_sessions", 60)
    monkeypatch.setattr(schedule, "declared_jobs", lambda app: [job])
    with pytest.raises(ValueError, match="nightly"):
        schedule.beat_schedule(["core", "notices"])


def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok"
