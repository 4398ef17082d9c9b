from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AllianceConfig(AppConfig):
    name = "alliance"
    verbose_name = _("Alliancen")

    def ready(self):
        from core.registry import SearchFields, content

        from .models import AllianceMember, Partner, SecretariatContact

        # Members, partners and the secretariat show on the alliance page, so changes to them
        # clear the page cache; the members' area (meetings, answers, documents) is private and
        # does not. Members are found by name, title and organisation (a person's name and
        # organisation are the same in both languages).
        content.register_app(
            self,
            search={
                AllianceMember: SearchFields(
                    "name",
                    "title",
                    "organisation",
                    untranslated=frozenset({"name", "organisation"}),
                )
            },
            fixed_pages=["alliance:overview"],
            shown=[AllianceMember, Partner, SecretariatContact],
        )
        self._members_area_ready()

    def _members_area_ready(self):
        from auditlog.registry import auditlog

        from core import dashboard
        from core.permissions import set_permission_condition

        from .members import notices
        from .members.models import AgendaItem, Document, Meeting, Minutes
        from .members.selectors import upcoming_meetings_panel

        # The member role opens the area only while the person's entry is current; the
        # secretariat's editors (staff holding the permission) always.
        set_permission_condition("alliance.member_area", _in_office_or_secretariat)
        notices.register_all()
        # The editors' front page: coming meetings and how many have said they come.
        dashboard.register(
            _("Kommende møder i alliancegruppen"),
            upcoming_meetings_panel,
            permission="alliance.change_meeting",
        )
        # Who changed meetings, minutes and documents, and who tied an account to a member.
        for model in (Meeting, AgendaItem, Minutes):
            auditlog.register(model)
        auditlog.register(Document, exclude_fields=["text", "search_vector"])
        auditlog.register(
            self.get_model("AllianceMember"),
            include_fields=["user", "email", "is_current", "member_until", "role"],
        )


def _in_office_or_secretariat(user) -> bool:
    """The member role counts while the person's entry is current; a staff role that carries
    the permission (the secretariat's editors) counts always."""
    from accounts.roles import roles_of

    from .members.selectors import is_current_member

    if user.is_superuser:
        return True
    staff_roles = [role for role in roles_of(user) if role.staff]
    if any("alliance.member_area" in role.permissions for role in staff_roles):
        return True
    return is_current_member(user)
