from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    name = "signups"
    verbose_name = _("Tilmeldinger")

    def ready(self):
        from . import notices  # noqa: F401  (registers what each notice says)
