from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "initiatives"
    verbose_name = _("Initiativer, nyheder og arrangementer")

    def ready(self):
        from core import personal_data
        from core.registry import SearchFields, content, measures

        from . import errors  # noqa: F401 - an event sign-up's refusals, in its words
        from .models import Event, Initiative, NewsPost
        from .selectors import event_participants, events_held

        content.register_app(
            self,
            search={
                Initiative: SearchFields("title", "summary", "body"),
                NewsPost: SearchFields("title", "summary", "body"),
                Event: SearchFields("title", "summary", "description"),
            },
            sitemap=[Initiative, NewsPost, Event],
            fixed_pages=[
                "initiatives:list",
                "initiatives:news_list",
                "initiatives:event_list",
            ],
            shown=[Initiative, NewsPost, Event],
        )
        # An initiative's contact address and phone are published contact points, edited as
        # content; a person's own data is never kept there.
        personal_data.public(
            Initiative, _("Et initiativs offentlige kontaktoplysninger, redigeret som indhold.")
        )
        measures.register(
            self, "events_held", _("Arrangementer afholdt"), events_held, counts_people=False
        )
        measures.register(
            self,
            "event_participants",
            _("Deltagere i arrangementer"),
            event_participants,
            counts_people=True,
        )
