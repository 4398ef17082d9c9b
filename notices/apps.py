from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Udsendte beskeder")

    def ready(self):
        from core import personal_data

        from .models import Notice
        from .personal_data import notices_erase, notices_export

        personal_data.register(
            self,
            label=_("E-mails fra portalen"),
            models=[Notice],
            export=notices_export,
            erase=notices_erase,
        )
