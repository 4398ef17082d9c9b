from auditlog.apps import AuditlogConfig
from django.utils.translation import gettext_lazy as _


class PortalAuditlogConfig(AuditlogConfig):
    """django-auditlog, named in Danish on the admin's front page."""

    verbose_name = _("Revisionslog")
