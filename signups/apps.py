from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    name = "signups"
    verbose_name = _("Tilmeldinger")

    def ready(self):
        from core import personal_data

        from . import errors, notices  # noqa: F401  (register the reasons, what each notice says)
        from .models import CalendarFeed, SignUp
        from .personal_data import signups_erase_person, signups_export

        personal_data.register(
            self,
            label=_("Tilmeldinger"),
            models=[SignUp, CalendarFeed],
            export=signups_export,
            erase=signups_erase_person,
        )
