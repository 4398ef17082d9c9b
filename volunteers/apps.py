from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    name = "volunteers"
    verbose_name = _("Frivillige")

    def ready(self):
        from core import dashboard
        from core.registry import content
        from signups import owners

        from . import notices, notices_visits  # noqa: F401 - renderers of the visits' notices
        from .models import ConsentText, Institution, VolunteerRole
        from .selectors import waiting_applications
        from .services.bookings import on_signup_cancelled

        notices.register_all()
        # Roles show on the cached /bliv-frivillig/ page and the consent text on the form; an
        # institution's area groups the public barometer figures. Applications, sign-ups,
        # attests and bookings are private and never clear the page cache.
        content.register_app(
            self,
            fixed_pages=["volunteers:roles"],
            shown=[VolunteerRole, ConsentText, Institution],
        )
        self._measures_ready()
        # A cancelled sign-up to a visit (either side's e-mail link) calls the visit off.
        owners.register("booking", on_signup_cancelled)
        # The editors' front page lists the applications waiting for a coordinator.
        dashboard.register(
            _("Ansøgninger der venter"),
            waiting_applications,
            permission="volunteers.view_application",
        )

    def _measures_ready(self):
        from core.registry import measures

        from .selectors_visits import active_volunteers, sessions_held, visit_children

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
        # The visits' children are part of measurement's "children read to".
        measures.contribute(self, "children_reached", visit_children)
