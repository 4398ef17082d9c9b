from django.contrib.admin.apps import AdminConfig


class PortalAdminConfig(AdminConfig):
    """Django's admin, with the portal's own site (login, second factor, no-access page)."""

    default_site = "core.admin_site.PortalAdminSite"
