from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def redis_configured(app_configs, **kwargs):
    """Production needs Redis: the shared cache (so an edit clears every process's copies)
    and the broker that carries scheduled jobs."""
    if settings.REDIS_URL:
        return []
    return [
        Warning(
            "REDIS_URL is not set: each process keeps its own page cache and tasks go to a "
            "folder broker.",
            hint="Set REDIS_URL, e.g. redis://redis:6379/0.",
            id="dig.W001",
        )
    ]
