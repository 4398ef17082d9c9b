from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

AREA = "members.member_area"


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Medlemsområdet")

    def ready(self):
        from auditlog.registry import auditlog

        from core import dashboard
        from core.permissions import set_permission_condition

        from . import errors, notices  # noqa: F401 - errors registers its reasons
        from .models import AgendaItem, Document, Meeting, Minutes
        from .selectors import upcoming_meetings_panel

        # The member role opens the area only while the person's entry is current; the
        # secretariat's editors (staff holding the permission) always.
        set_permission_condition(AREA, _in_office_or_secretariat)
        notices.register_all()
        # The editors' front page: coming meetings and how many have said they come.
        dashboard.register(
            _("Kommende møder i alliancegruppen"),
            upcoming_meetings_panel,
            permission="members.change_meeting",
        )
        # Who changed meetings, minutes and documents.
        for model in (Meeting, AgendaItem, Minutes):
            auditlog.register(model)
        auditlog.register(Document, exclude_fields=["text", "search_vector"])
        self._personal_data_ready()

    def _personal_data_ready(self):
        from alliance.models import AllianceMember
        from core import personal_data

        from .personal_data import members_erase, members_export

        # A member's profile and photo live on their alliance-group entry; this app is the one
        # that reads and edits them, and answers meetings through the sign-ups.
        personal_data.register(
            self,
            label=_("Medlemsområdet"),
            models=[AllianceMember],
            export=members_export,
            erase=members_erase,
        )


def _in_office_or_secretariat(user) -> bool:
    """The member role counts while the person's entry is current; a staff role that carries
    the permission (the secretariat's editors) counts always."""
    from accounts.roles import roles_of

    from .selectors import is_current_member

    if user.is_superuser:
        return True
    staff_roles = [role for role in roles_of(user) if role.staff]
    if any(AREA in role.permissions for role in staff_roles):
        return True
    return is_current_member(user)
