from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasurementConfig(AppConfig):
    name = "measurement"
    verbose_name = _("Fælles måling")

    def ready(self):
        from core.registry import content

        from . import notices  # noqa: F401 - the quiet-barometer reminder's renderer

        # The results page shows barometer sums and indicator values: any change to them
        # clears the public page cache, so the totals are current at once.
        content.register_app(self, fixed_pages=["measurement:dashboard"])
