"""Strategic tracks (indsatsspor) with their goals (målsætninger) and imprints (aftryk).

Nothing here is specific to +DIG's five tracks: another municipality's strategy, with its own
focus areas, goals and imprints, loads into the same tables as content.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.models import Publishable, SluggedModel
from core.richtext import RichTextField
from core.search_index import SearchIndexed


class Strategy(models.Model):
    """A municipality's child-and-youth strategy whose tracks (or focus areas) the portal holds.

    +DIG's own strategy is the home one: its tracks are those the public site lists. Another
    municipality's strategy (Thisted's, say) loads as content beside it, with its own tracks.
    """

    name = models.CharField(_("navn"), max_length=200)
    slug = models.SlugField(_("kort navn i adressen"), max_length=80, unique=True)
    municipality = models.CharField(_("kommune"), max_length=100)
    period = models.CharField(
        _("periode"), max_length=40, blank=True, help_text=_("F.eks. 2024-2027.")
    )
    is_home = models.BooleanField(
        _("portalens egen strategi"),
        default=False,
        help_text=_("Dens spor vises i sitets oversigter; de andre vises kun under Resultater."),
    )
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["-is_home", "order", "name"]
        verbose_name = _("strategi")
        verbose_name_plural = _("strategier")

    def __str__(self):
        return self.name


class Track(SluggedModel, Publishable, SearchIndexed):
    class Icon(models.TextChoices):
        # Drawings in templates/includes/track_icon.html; a new track picks the nearest one.
        SPROUT = "sprout", _("Spire (den tidlige barndom)")
        HOUSE = "house", _("Hus (dagtilbud, skole og SFO)")
        BALL = "ball", _("Bold (fritid og foreninger)")
        MEGAPHONE = "megaphone", _("Megafon (de unges stemme)")
        HAND = "hand", _("Hånd (en ekstra hånd)")
        CIRCLE = "circle", _("Cirkel (fællesskab, uden særligt emne)")

    title = models.CharField(_("titel"), max_length=150)
    short_description = models.CharField(
        _("kort beskrivelse"),
        max_length=300,
        help_text=_("Én eller to sætninger, der vises i oversigter og på forsiden."),
    )
    description = RichTextField(_("beskrivelse"), blank=True)
    purpose = RichTextField(_("formål"), blank=True, help_text=_("Hvorfor sporet findes."))
    is_cross_cutting = models.BooleanField(
        _("tværgående spor"),
        default=False,
        help_text=_("Sæt kryds, hvis sporet går på tværs af de andre spor."),
    )
    icon = models.CharField(
        _("ikon"),
        max_length=12,
        choices=Icon.choices,
        default=Icon.CIRCLE,
        help_text=_("Den lille tegning, der står ved sporet i oversigter og på sporets side."),
    )
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    # Empty means the portal's own strategy (as do tracks under the home strategy).
    strategy = models.ForeignKey(
        Strategy,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="tracks",
        verbose_name=_("strategi"),
    )

    class Meta(SearchIndexed.Meta):
        ordering = ["order", "title"]
        verbose_name = _("indsatsspor")
        verbose_name_plural = pgettext_lazy("plural", "indsatsspor")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("tracks:detail", kwargs={"slug": self.slug})


class Goal(models.Model):
    """A målsætning: what the track aims for."""

    track = models.ForeignKey(
        Track, on_delete=models.CASCADE, related_name="goals", verbose_name=_("indsatsspor")
    )
    title = models.CharField(_("målsætning"), max_length=400)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("målsætning")
        verbose_name_plural = _("målsætninger")

    def __str__(self):
        return self.title


class Imprint(models.Model):
    """An aftryk: a visible sign that a goal is being met."""

    goal = models.ForeignKey(
        Goal, on_delete=models.CASCADE, related_name="imprints", verbose_name=_("målsætning")
    )
    text = models.CharField(_("aftryk"), max_length=400)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("aftryk")
        verbose_name_plural = pgettext_lazy("plural", "aftryk")

    def __str__(self):
        return self.text


class ImprintStatus(models.Model):
    """How far an imprint had come in a given year."""

    class Level(models.TextChoices):
        NOT_STARTED = "not_started", _("Ikke påbegyndt")
        IN_PROGRESS = "in_progress", _("I gang")
        ACHIEVED = "achieved", _("Nået")

    imprint = models.ForeignKey(
        Imprint, on_delete=models.CASCADE, related_name="statuses", verbose_name=_("aftryk")
    )
    year = models.PositiveSmallIntegerField(_("år"))
    level = models.CharField(_("status"), max_length=20, choices=Level.choices)
    note = models.CharField(_("bemærkning"), max_length=400, blank=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("årsstatus")
        verbose_name_plural = pgettext_lazy("plural", "årsstatus")
        constraints = [
            models.UniqueConstraint(fields=["imprint", "year"], name="one_status_per_imprint_year")
        ]

    def __str__(self):
        return f"{self.year}: {self.get_level_display()}"
