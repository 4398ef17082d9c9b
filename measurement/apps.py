from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasurementConfig(AppConfig):
    name = "measurement"
    verbose_name = _("Fælles måling")

    def ready(self):
        from auditlog.registry import auditlog

        from core.registry import content

        from . import notices, sources  # noqa: F401 - notices: the reminder's renderer
        from .models import GoalAssessment, Indicator, IndicatorValue, ReadingEntry

        # The results page shows barometer sums and indicator values: any change to them
        # clears the public page cache, so the totals are current at once. An institution's
        # own goal and reminder settings show nowhere public.
        content.register_app(
            self,
            fixed_pages=["measurement:dashboard"],
            shown=[ReadingEntry, Indicator, IndicatorValue, GoalAssessment],
        )
        sources.register(self)
        # Who corrected an entry, typed a value or overrode a goal's status, and when.
        auditlog.register(ReadingEntry)
        auditlog.register(IndicatorValue)
        auditlog.register(GoalAssessment)
        self._personal_data_ready()

    def _personal_data_ready(self):
        from core import personal_data

        from .models import IndicatorValue, ReadingEntry
        from .personal_data import measurement_erase, measurement_export

        personal_data.register(
            self,
            label=_("Læsebarometer og målinger"),
            models=[ReadingEntry, IndicatorValue],
            export=measurement_export,
            erase=measurement_erase,
        )
