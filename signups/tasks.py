from celery import shared_task

from . import services


@shared_task
def expire_offers() -> int:
    return services.offers_expire()


@shared_task
def erase_past_signups() -> int:
    return services.past_signups_erase()
