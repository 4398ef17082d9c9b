from django.apps import AppConfig
from django.core.exceptions import FieldDoesNotExist
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_default_lexicon(sender, apps=None, **kwargs):
    # The default risk list is part of the portal: a fresh install catches worrying cards from
    # its first day, and an update adds new lines without touching what moderators changed.
    # Not when migrated back to before the list had its columns (`apps` is that state).
    if apps is not None:
        try:
            apps.get_model("voices", "RiskWord")._meta.get_field("default_key")
        except (LookupError, FieldDoesNotExist):
            return
    from .lexicon import sync_default

    sync_default()


class VoicesConfig(AppConfig):
    name = "voices"
    verbose_name = _("Unges stemmer")

    def ready(self):
        from auditlog.registry import auditlog

        from core import dashboard
        from core.registry import content, measures

        from . import notices  # noqa: F401 - the risk alerts' renderers
        from .models import Postcard, RiskWord, School, TourPart
        from .selectors import postcards_received, waiting_postcards

        # Postcards are written by anonymous visitors: only approval clears the cache (services).
        content.register_app(
            self,
            fixed_pages=["voices:write", "voices:wall", "voices:policy", "voices:tour"],
            shown=[School, TourPart],
        )
        # For the shared measurement: the cards received, on the web and on paper.
        measures.register(
            self, "postcards", _("Postkort fra unge"), postcards_received, counts_people=True
        )
        # Moderators' actions, never the text: a masked name must not live on in the log.
        auditlog.register(
            Postcard,
            include_fields=["status", "follow_up", "follow_up_note", "is_redacted", "is_risk"],
        )
        auditlog.register(RiskWord, exclude_fields=["analysis", "changed_at"])
        auditlog.register(School)
        dashboard.register(
            _("Postkort der venter"), waiting_postcards, permission="voices.moderate_postcard"
        )
        post_migrate.connect(
            _sync_default_lexicon, sender=self, dispatch_uid="voices-default-lexicon"
        )
        self._personal_data_ready()

    def _personal_data_ready(self):
        from core import personal_data

        # Nothing to export or erase, by design: a postcard stores nothing that identifies
        # its writer (no account, no address, no name; the risk lane keeps no original).
        personal_data.register(
            self,
            label=_("Unges stemmer"),
            holds=_(
                "Postkort er anonyme: vi gemmer ikke, hvem der skrev dem, så vi har intet om "
                "dig her, heller ikke hvis du har skrevet et."
            ),
        )
