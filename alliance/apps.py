from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AllianceConfig(AppConfig):
    name = "alliance"
    verbose_name = _("Alliancen")

    def ready(self):
        from auditlog.registry import auditlog

        from core import personal_data
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
        # The secretariat's published contact (the footer, the contact page) is content. A
        # member's entry is looked after by the members' area (members/personal_data.py).
        personal_data.public(
            SecretariatContact,
            _("Sekretariatets offentlige kontaktoplysninger, redigeret som indhold."),
        )
        # Who tied an account to a member, and when an entry stopped being current (which
        # closes the members' area to them).
        auditlog.register(
            AllianceMember, include_fields=["user", "email", "is_current", "member_until", "role"]
        )
