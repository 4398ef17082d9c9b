from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstitutionsConfig(AppConfig):
    name = "institutions"
    verbose_name = _("Institutioner")

    def ready(self):
        from core.registry import content, measures
        from signups import owners
        from volunteers import hooks

        from . import errors, notices  # noqa: F401 - the bookings' reasons and notices
        from .models import BookingRequest, Institution
        from .selectors import visit_children
        from .services import on_signup_cancelled, volunteer_bookings_release

        # Institutions' areas and confirmed visits count on the results page: a change to them
        # clears the page cache (as while they were the volunteers app's).
        content.register_app(self, shown=[Institution, BookingRequest])
        # The visits' children are part of measurement's "children read to".
        measures.contribute(self, "children_reached", visit_children)
        # A cancelled sign-up to a visit (either side's e-mail link) calls the visit off.
        owners.register("booking", on_signup_cancelled)
        # A volunteer who leaves: requests proposed to them wait for another proposal, visits
        # confirmed with them go back to Ønsket (the coordinators and the institution told).
        hooks.on_leaving(volunteer_bookings_release)
        # Mine sider lists the volunteer's visits.
        hooks.my_pages_section("institutions/my_pages_visits.html")
        self._personal_data_ready()

    def _personal_data_ready(self):
        from core import personal_data

        from .models import BookingRequest, Institution
        from .personal_data import institutions_erase, institutions_export

        personal_data.register(
            self,
            label=_("Institutioner og besøg"),
            models=[Institution, BookingRequest],
            export=institutions_export,
            erase=institutions_erase,
        )
