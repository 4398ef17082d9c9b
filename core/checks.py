from django.conf import settings
from django.core.checks import Error, Warning, register


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


@register()
def measures_have_owners(app_configs, **kwargs):
    """A share added to a measure no app registered would be counted nowhere, silently."""
    from .registry import measures

    return [
        Error(
            f"Apps contribute to the measure {key!r}, which no app registers.",
            hint="Register it with core.registry.measures.register() in its owner's ready().",
            id="dig.E001",
        )
        for key in measures.orphans()
    ]
