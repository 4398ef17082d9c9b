from celery import shared_task

from . import services


@shared_task
def barometer_reminders() -> int:
    return services.barometer_quiet_reminders()


@shared_task
def compute_indicators() -> int:
    """Nightly: this year's and last year's computed values (late entries change last year)."""
    year = services.today().year
    return services.indicator_values_compute(years=[year - 1, year])
