from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def redis_configured(app_configs, **kwargs):
    """Production needs Redis: the shared cache (so an edit clears every process's copies)
    and the broker that carries scheduled jobs."""
    missing = []
    if not settings.REDIS_CACHE_URL:
        missing.append("each process keeps its own page cache")
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        missing.append("tasks go to a folder broker")
    if not missing:
        return []
    return [
        Warning(
            "REDIS_URL is not set: " + " and ".join(missing) + ".",
            hint="Set REDIS_URL, e.g. redis://redis:6379/0 (broker in 0, cache in 1).",
            id="dig.W001",
        )
    ]
