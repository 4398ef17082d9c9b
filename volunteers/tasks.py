"""Celery tasks: they call the services; each is safe to run twice (notices are keyed)."""

from celery import shared_task

from .services import applications, attests, personal_data


@shared_task
def retention() -> dict:
    return personal_data.retention_run()


@shared_task
def coordinator_digest() -> int:
    return applications.coordinator_digest()


@shared_task
def attest_renewals() -> int:
    return attests.attest_renewal_reminders()
