"""The Celery application: reminders and other scheduled jobs run here."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dig_portal.settings")

app = Celery("dig_portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
