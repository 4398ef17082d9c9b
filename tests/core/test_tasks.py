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


def test_beat_schedule_names_existing_tasks():
    from django.conf import settings

    from dig_portal.celery import app

    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks


def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok"
