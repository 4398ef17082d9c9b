from django.db import models
from django.utils.translation import gettext_lazy as _


class Session(models.Model):
    """A volunteer session (a reading hour, a visit to a mothers' group): an occasion in the
    sign-up mechanism for one role, which approved volunteers sign up for or are assigned to."""

    role = models.ForeignKey(
        "volunteers.VolunteerRole",
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("rolle"),
    )
    occasion = models.OneToOneField(
        "signups.Occasion",
        on_delete=models.PROTECT,
        related_name="volunteer_session",
        verbose_name=_("tid og sted"),
    )
    description = models.CharField(_("beskrivelse"), max_length=300, blank=True)

    class Meta:
        ordering = ["occasion__starts_at"]
        verbose_name = _("vagt")
        verbose_name_plural = _("vagter")

    def __str__(self):
        return str(self.occasion)
