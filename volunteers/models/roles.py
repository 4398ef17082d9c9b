from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import SluggedModel
from core.richtext import RichTextField


class VolunteerRoleQuerySet(models.QuerySet):
    def open(self):
        return self.filter(is_open=True)


class VolunteerRole(SluggedModel):
    """A way to help under an initiative, e.g. the Læsehest of Lejre Læser."""

    initiative = models.ForeignKey(
        "initiatives.Initiative",
        on_delete=models.PROTECT,
        related_name="volunteer_roles",
        verbose_name=_("initiativ"),
    )
    title = models.CharField(_("titel"), max_length=150)
    summary = models.CharField(_("kort beskrivelse"), max_length=300)
    description = RichTextField(_("beskrivelse"), blank=True)
    time_commitment = models.CharField(
        _("tid"), max_length=200, help_text=_("Fx »1–2 timer om ugen«.")
    )
    training = models.CharField(
        _("oplæring"), max_length=300, blank=True, help_text=_("Hvad den frivillige lærer først.")
    )
    area = models.CharField(_("område"), max_length=200, help_text=_("Fx »Hele Lejre Kommune«."))
    children_under_15 = models.BooleanField(
        _("fast kontakt med børn under 15"),
        default=False,
        help_text=_(
            "Loven kræver en børneattest, før den frivillige har fast kontakt med børn under 15. "
            "Er feltet sat, kan en ansøgning først godkendes, når attesten er vurderet."
        ),
    )
    is_open = models.BooleanField(_("åben for ansøgninger"), default=True)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    objects = VolunteerRoleQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("frivilligrolle")
        verbose_name_plural = _("frivilligroller")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("volunteers:apply", kwargs={"slug": self.slug})
