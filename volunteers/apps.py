from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    name = "volunteers"
    verbose_name = _("Frivillige")

    def ready(self):
        from core import dashboard
        from core.registry import content

        from . import errors, notices  # noqa: F401 - errors registers its reasons
        from .models import ConsentText, VolunteerRole
        from .selectors import waiting_applications

        notices.register_all()
        self._personal_data_ready()
        # Roles show on the cached /bliv-frivillig/ page and the consent text on the form.
        # Applications, sign-ups and attests are private and never clear the page cache.
        content.register_app(
            self, fixed_pages=["volunteers:roles"], shown=[VolunteerRole, ConsentText]
        )
        self._measures_ready()
        # The editors' front page lists the applications waiting for a coordinator.
        dashboard.register(
            _("Ansøgninger der venter"),
            waiting_applications,
            permission="volunteers.view_application",
        )

    def _personal_data_ready(self):
        from core import personal_data

        from .models import Application, ChildProtectionCheck, Volunteer
        from .services.personal_data import volunteer_erase, volunteer_export

        personal_data.register(
            self,
            label=_("Frivillig"),
            models=[Volunteer, Application, ChildProtectionCheck],
            export=volunteer_export,
            erase=volunteer_erase,
        )

    def _measures_ready(self):
        from core.registry import measures

        from .selectors import active_volunteers, sessions_held

        measures.register(
            self, "active_volunteers", _("Aktive læseheste"), active_volunteers, counts_people=True
        )
        measures.register(
            self,
            "sessions_held",
            _("Frivilligvagter gennemført"),
            sessions_held,
            counts_people=False,
        )
