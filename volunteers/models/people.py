from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Volunteer(models.Model):
    """A person who applied and confirmed their e-mail: their account and what the coordinator
    needs to match them with sessions and visits. Personal data, erased when they leave."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="volunteer",
        verbose_name=_("bruger"),
    )
    name = models.CharField(_("navn"), max_length=150)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    area = models.CharField(_("område"), max_length=100, blank=True)
    availability = models.CharField(_("hvornår kan du"), max_length=500, blank=True)
    language = models.CharField(_("sprog"), max_length=8, default="da")
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    last_active_at = models.DateTimeField(_("senest aktiv"), auto_now_add=True)
    left_at = models.DateTimeField(_("stoppet"), null=True, blank=True)
    # Set when the person is erased; the row stays so counts (sessions held) stay true.
    anonymised_at = models.DateTimeField(_("anonymiseret"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("frivillig")
        verbose_name_plural = _("frivillige")

    def __str__(self):
        return self.name
