"""Celery tasks: they call the services; each is safe to run twice."""

from celery import shared_task

from .alerts import escalate_unread
from .services import originals_delete_expired


@shared_task
def delete_expired_originals() -> int:
    return originals_delete_expired()


@shared_task
def escalate_unread_risk_cards() -> int:
    return escalate_unread()
