from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasurementConfig(AppConfig):
    name = "measurement"
    verbose_name = _("Fælles måling")

    def ready(self):
        from auditlog.registry import auditlog

        from core.registry import content

        from . import notices  # noqa: F401 - the quiet-barometer reminder's renderer
        from .models import GoalAssessment, IndicatorValue, ReadingEntry

        # The results page shows barometer sums and indicator values: any change to them
        # clears the public page cache, so the totals are current at once.
        content.register_app(self, fixed_pages=["measurement:dashboard"])
        # Who corrected an entry, typed a value or overrode a goal's status, and when.
        auditlog.register(ReadingEntry)
        auditlog.register(IndicatorValue)
        auditlog.register(GoalAssessment)
