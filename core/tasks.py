from celery import shared_task
from django.core import management


@shared_task
def clear_expired_sessions():
    """Delete expired login sessions: personal data kept no longer than it is needed."""
    management.call_command("clearsessions")
