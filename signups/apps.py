from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    name = "signups"
    verbose_name = _("Tilmeldinger")

    def ready(self):
        from . import errors, notices  # noqa: F401  (register the reasons, what each notice says)
