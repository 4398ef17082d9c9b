from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Brugere og roller")

    def ready(self):
        from auditlog.registry import auditlog
        from django.contrib.auth.models import Group

        from core.permissions import set_second_factor_policy

        from . import errors, personal_data  # noqa: F401 - errors registers its reasons
        from .models import Invitation, User
        from .second_factor import POLICY

        set_second_factor_policy(POLICY)
        # The account's own part of a person's export and erasure (accounts/personal_data.py).
        personal_data.register_own(self)
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
