"""Simple pages (about, contact, privacy, accessibility) and the front page's vision text."""

from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import Publishable
from core.richtext import RichTextField
from core.search_index import SearchIndexed


class Page(Publishable, SearchIndexed):
    class Key(models.TextChoices):
        VISION = "vision", _("Visionen (forsiden)")
        ABOUT = "about", _("Om +DIG")
        CONTACT = "contact", _("Kontakt")
        PRIVACY = "privacy", _("Privatlivspolitik")
        ACCESSIBILITY = "accessibility", _("Tilgængelighedserklæring")
        VOLUNTEER = "volunteer", _("Bliv frivillig")

    key = models.CharField(
        _("side"),
        max_length=20,
        choices=Key.choices,
        unique=True,
        help_text=_("Hvilken af sitets faste sider teksten hører til."),
    )
    title = models.CharField(_("titel"), max_length=200)
    intro = models.CharField(_("indledning"), max_length=400, blank=True)
    body = RichTextField(_("brødtekst"), blank=True)

    class Meta(SearchIndexed.Meta):
        ordering = ["key"]
        verbose_name = _("side")
        verbose_name_plural = _("sider")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # The volunteer page's text introduces the open roles, which volunteers/ shows.
        if self.key == self.Key.VOLUNTEER:
            return reverse("volunteers:roles")
        return reverse(f"pages:{self.key}")


class SearchWord(models.Model):
    """A word that occurs in the published content, with how many items use it: what the
    search offers under "Mente du …?" when a query finds (almost) nothing. Derived data, rebuilt
    from the content by `pages.search.rebuild_search_words`; a trigram index finds the words
    closest to a misspelling."""

    word = models.TextField(primary_key=True)
    documents = models.PositiveIntegerField()

    class Meta:
        indexes = [GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="pages_word_trgm")]

    def __str__(self):
        return self.word


class HelpLine(models.Model):
    """One way to get help for a child, shown in "Er du bekymret for et barn?" on every page.

    Numbers and opening hours change; the secretariat keeps them here, not in the templates.
    """

    class Audience(models.TextChoices):
        ADULTS = "adults", _("Voksne, der er bekymrede for et barn")
        YOUNG = "young", _("Børn og unge selv")
        EVERYONE = "everyone", _("Alle")

    name = models.CharField(_("navn"), max_length=120)
    number = models.CharField(
        _("telefonnummer"), max_length=30, blank=True, help_text=_("Fx »116 111« eller »112«.")
    )
    url = models.URLField(_("hjemmeside"), blank=True)
    hours = models.CharField(
        _("åbningstid"), max_length=200, blank=True, help_text=_("Fx »Hele døgnet«.")
    )
    description = models.CharField(
        _("beskrivelse"),
        max_length=300,
        blank=True,
        help_text=_("En kort sætning om, hvem linjen er for, og hvad man kan få hjælp til."),
    )
    audience = models.CharField(
        _("målgruppe"), max_length=10, choices=Audience.choices, default=Audience.EVERYONE
    )
    is_emergency = models.BooleanField(
        _("akut nødnummer"),
        default=False,
        help_text=_("Vises fremhævet til sidst, fx 112."),
    )
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["is_emergency", "order", "name"]
        verbose_name = _("hjælpelinje")
        verbose_name_plural = _("hjælpelinjer (Er du bekymret for et barn?)")

    def __str__(self):
        return self.name

    @property
    def tel(self) -> str:
        """The number as a `tel:` link wants it: digits and a leading plus only."""
        return "".join(c for c in self.number if c.isdigit() or c == "+")
