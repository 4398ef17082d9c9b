"""Initiatives under the tracks, and the news posts and events that tell about them."""

from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.models import Publishable, SluggedModel
from core.richtext import RichTextField
from core.search_index import SearchIndexed


class AgeGroup(models.TextChoices):
    """The age groups visitors filter by; an initiative belongs to each group its range touches."""

    SMALL_CHILDREN = "0-5", _("Småbørn (0–5 år)")
    SCHOOL_CHILDREN = "6-12", _("Skolebørn (6–12 år)")
    TEENAGERS = "13-17", _("Unge (13–17 år)")
    YOUNG_ADULTS = "18-25", _("Unge voksne (18–25 år)")

    @property
    def bounds(self) -> tuple[int, int]:
        low, high = self.value.split("-")
        return int(low), int(high)


class ImageWithAltText(models.Model):
    """An optional image that cannot be saved without a text alternative."""

    image = models.ImageField(_("billede"), upload_to="images/%Y/", blank=True)
    image_alt = models.CharField(
        _("alternativ tekst til billedet"),
        max_length=250,
        blank=True,
        help_text=_(
            "Beskriv kort, hvad billedet viser, for dem der ikke kan se det. Skal udfyldes, "
            "når der er et billede."
        ),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        # The Danish text is the one every visitor can fall back to, so it is the one required.
        if self.image and not (getattr(self, "image_alt_da", None) or "").strip():
            # Attached to the image: the alt-text field itself exists once per language.
            raise ValidationError({"image": _("Skriv en alternativ tekst til billedet.")})


def image_needs_alt_text(name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(image="") | ~Q(image_alt_da=""), name=f"{name}_image_has_alt_text"
    )


class Initiative(SluggedModel, Publishable, ImageWithAltText, SearchIndexed):
    class Phase(models.TextChoices):
        PLANNED = "planned", _("Planlagt")
        ACTIVE = "active", _("I gang")
        COMPLETED = "completed", _("Afsluttet")

    title = models.CharField(_("titel"), max_length=150)
    summary = models.CharField(
        _("resumé"), max_length=300, help_text=_("Vises i oversigter og søgeresultater.")
    )
    body = RichTextField(_("brødtekst"), blank=True)
    tracks = models.ManyToManyField(
        "tracks.Track",
        related_name="initiatives",
        blank=True,
        verbose_name=pgettext_lazy("plural", "indsatsspor"),
    )
    age_from = models.PositiveSmallIntegerField(_("målgruppe fra alder"), default=0)
    age_to = models.PositiveSmallIntegerField(_("målgruppe til alder"), default=25)
    partners = models.ManyToManyField(
        "alliance.Partner", related_name="initiatives", blank=True, verbose_name=_("partnere")
    )
    phase = models.CharField(_("fase"), max_length=10, choices=Phase.choices, default=Phase.ACTIVE)
    contact_name = models.CharField(_("kontaktperson"), max_length=150, blank=True)
    contact_email = models.EmailField(_("kontakt-e-mail"), blank=True)
    contact_phone = models.CharField(_("kontakttelefon"), max_length=30, blank=True)
    is_featured = models.BooleanField(
        _("fremhæv på forsiden"),
        default=False,
        help_text=_("Vises blandt de udvalgte initiativer."),
    )
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta(SearchIndexed.Meta):
        ordering = ["order", "title"]
        verbose_name = _("initiativ")
        verbose_name_plural = _("initiativer")
        constraints = [
            image_needs_alt_text("initiative"),
            models.CheckConstraint(
                condition=Q(age_from__lte=models.F("age_to")), name="initiative_age_range_ordered"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("initiatives:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.age_from is not None and self.age_to is not None and self.age_from > self.age_to:
            raise ValidationError(
                {"age_to": _("Slutalderen skal være mindst lige så høj som startalderen.")}
            )


class NewsPost(SluggedModel, Publishable, ImageWithAltText, SearchIndexed):
    title = models.CharField(_("overskrift"), max_length=200)
    summary = models.CharField(_("resumé"), max_length=300)
    body = RichTextField(_("brødtekst"), blank=True)
    initiatives = models.ManyToManyField(
        Initiative, related_name="news_posts", blank=True, verbose_name=_("initiativer")
    )
    tracks = models.ManyToManyField(
        "tracks.Track",
        related_name="news_posts",
        blank=True,
        verbose_name=pgettext_lazy("plural", "indsatsspor"),
    )

    class Meta(SearchIndexed.Meta):
        ordering = ["-publish_from"]
        verbose_name = _("nyhed")
        verbose_name_plural = _("nyheder")
        constraints = [image_needs_alt_text("newspost")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("initiatives:news_detail", kwargs={"slug": self.slug})


class Event(SluggedModel, Publishable, SearchIndexed):
    title = models.CharField(_("titel"), max_length=200)
    summary = models.CharField(_("resumé"), max_length=300)
    description = RichTextField(_("beskrivelse"), blank=True)
    starts_at = models.DateTimeField(_("starter"), db_index=True)
    ends_at = models.DateTimeField(_("slutter"), null=True, blank=True)
    location = models.CharField(_("sted"), max_length=200)
    address = models.CharField(
        _("adresse"),
        max_length=250,
        blank=True,
        help_text=_("Gade, nummer og by, fx »Bygaden 2, 4330 Hvalsø«; siden linker til et kort."),
    )
    price = models.CharField(
        _("pris"),
        max_length=100,
        blank=True,
        help_text=_("Fx »Gratis« eller »50 kr. inkl. kaffe«. Tom: prisen nævnes ikke."),
    )
    initiatives = models.ManyToManyField(
        Initiative, related_name="events", blank=True, verbose_name=_("initiativer")
    )
    tracks = models.ManyToManyField(
        "tracks.Track",
        related_name="events",
        blank=True,
        verbose_name=pgettext_lazy("plural", "indsatsspor"),
    )
    registration = models.BooleanField(
        _("tilmelding på portalen"),
        default=False,
        help_text=_(
            "Deltagerne melder sig til her på sitet, får en bekræftelse med kalenderfil og en "
            "påmindelse, og kan afmelde sig med ét klik."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("antal pladser"),
        null=True,
        blank=True,
        help_text=_("Tom: ubegrænset. Når pladserne er taget, kommer man på venteliste."),
    )
    # The sign-up mechanism's occasion for this event, made when registration is switched on.
    occasion = models.OneToOneField(
        "signups.Occasion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="event",
    )

    class Meta(SearchIndexed.Meta):
        ordering = ["starts_at"]
        verbose_name = _("arrangement")
        verbose_name_plural = _("arrangementer")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=models.F("starts_at")),
                name="event_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("initiatives:event_detail", kwargs={"slug": self.slug})

    @property
    def map_url(self) -> str:
        """An OpenStreetMap search for the place: a plain link, nothing embedded or loaded.

        The Danish name of the place goes with the address, as the map knows places by it.
        """
        query = ", ".join(part for part in (self.location_da, self.address) if part)
        return "https://www.openstreetmap.org/search?query=" + quote(query)

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("Arrangementet kan ikke slutte, før det starter.")})
