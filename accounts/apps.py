from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Brugere og roller")

    def ready(self):
        from auditlog.registry import auditlog
        from django.contrib.auth.models import Group

        from core.permissions import set_second_factor_policy

        from . import errors  # noqa: F401 - an invitation's reasons
        from .models import Invitation, User
        from .second_factor import POLICY

        set_second_factor_policy(POLICY)
        # Who changed whose access, and when: people, roles and invitations.
        auditlog.register(
            User,
            include_fields=[
                "email",
                "first_name",
                "last_name",
                "is_active",
                "is_staff",
                "is_superuser",
                "groups",
                "user_permissions",
            ],
            m2m_fields={"groups", "user_permissions"},
        )
        auditlog.register(Group, m2m_fields={"permissions"})
        auditlog.register(Invitation, exclude_fields=["token_hash"], m2m_fields={"roles"})
