"""Young people's postcards: anonymous by design.

A postcard holds its text and what the writer chose to tell (school, age band, theme), and
nothing else about them: no name, no address, no user agent, and only the day it came, not the
time (a time could be matched against a proxy's access log).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Theme(models.TextChoices):
    COMMUNITY = "faellesskab", _("Fællesskab og venner")
    SCHOOL = "skole", _("Skolen")
    SPARE_TIME = "fritid", _("Fritid")
    AREA = "omraade", _("Mit område")
    WELLBEING = "trivsel", _("At have det godt")
    DREAM = "droem", _("En drøm")
    OTHER = "andet", _("Noget andet")


class AgeBand(models.TextChoices):
    UNDER_13 = "u13", _("12 år eller yngre")
    AGE_13_15 = "13-15", _("13–15 år")
    AGE_16_18 = "16-18", _("16–18 år")
    OVER_18 = "o18", _("19 år eller ældre")


class School(models.Model):
    """The fixed list a young person picks their school from (kept by the secretariat)."""

    name = models.CharField(_("navn"), max_length=120, unique=True)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("skole")
        verbose_name_plural = _("skoler")

    def __str__(self):
        return self.name


class RiskWord(models.Model):
    """A word or phrase that suggests a young person may be at risk (voices/risk.py)."""

    word = models.CharField(
        _("ord eller udtryk"),
        max_length=80,
        unique=True,
        help_text=_(
            "Fx »selvmord«, »slår mig« eller »ensom«. Ordet fanges som helt ord med danske "
            "endelser (selvmordet, selvmordene). Slut med * for at fange sammensatte ord "
            "(»selvmord*« fanger også »selvmordstanker«). Uregelmæssige former (slog) skrives "
            "som egne ord."
        ),
    )
    inflect = models.BooleanField(
        _("med endelser"),
        default=True,
        help_text=_("Fjern fluebenet, hvis kun præcis denne form skal fanges."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["word"]
        verbose_name = _("risikoord")
        verbose_name_plural = _("risikoord")

    def __str__(self):
        return self.word


class PaperBatch(models.Model):
    """Postcards collected on paper (on #Ungebussen's tour, say), typed in by staff."""

    school = models.ForeignKey(
        School, verbose_name=_("skole"), on_delete=models.PROTECT, null=True, blank=True
    )
    collected_on = models.DateField(_("indsamlet den"))
    source = models.CharField(
        _("kilde"), max_length=80, help_text=_("Fx »#Ungebussen« eller »Temadag på skolen«.")
    )

    class Meta:
        ordering = ["-collected_on", "-pk"]
        verbose_name = _("bunke papirpostkort")
        verbose_name_plural = _("bunker af papirpostkort")

    def __str__(self):
        return f"{self.source} {self.collected_on:%d.%m.%Y}"


class PostcardQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Postcard.Status.APPROVED)

    def waiting(self):
        return self.filter(status=Postcard.Status.NEW)

    def queue(self):
        """Risk lane first, then the ordinary lane; oldest first in each."""
        return self.waiting().order_by("-is_risk", "pk")


class Postcard(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("Venter på en voksen")
        APPROVED = "approved", _("Godkendt og vist")
        REJECTED = "rejected", _("Ikke vist")

    text = models.TextField(_("tekst"))
    original_text = models.TextField(
        _("uredigeret tekst"),
        blank=True,
        help_text=_("Teksten før maskering; slettes ved godkendelse eller efter 14 dage."),
    )
    school = models.ForeignKey(
        School, verbose_name=_("skole"), on_delete=models.SET_NULL, null=True, blank=True
    )
    age_band = models.CharField(_("alder"), max_length=5, choices=AgeBand.choices, blank=True)
    theme = models.CharField(_("tema"), max_length=12, choices=Theme.choices, blank=True)
    batch = models.ForeignKey(
        PaperBatch,
        verbose_name=_("papirbunke"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="postcards",
    )
    received_on = models.DateField(_("modtaget"), db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    is_risk = models.BooleanField(_("bekymrende"), default=False)
    risk_words = models.CharField(_("fangede ord"), max_length=300, blank=True)
    follow_up = models.BooleanField(_("til opfølgning"), default=False)
    follow_up_note = models.TextField(_("note om opfølgning"), blank=True)
    is_redacted = models.BooleanField(_("maskeret"), default=False)
    decided_at = models.DateTimeField(_("behandlet"), null=True, blank=True)

    objects = PostcardQuerySet.as_manager()

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("postkort")
        verbose_name_plural = _("postkort")
        permissions = [("moderate_postcard", _("Kan læse, maskere og godkende postkort"))]

    def __str__(self):
        return f"#{self.pk}"


class TourPart(models.Model):
    """#Ungebussen's tour as content: its stops, workshops, the young people's articles and
    what came out of it."""

    class Kind(models.TextChoices):
        STOP = "stop", _("Stop på turen")
        WORKSHOP = "workshop", _("Workshop")
        ARTICLE = "article", _("De unges artikler")
        OUTCOME = "outcome", _("Det kom der ud af")

    kind = models.CharField(_("slags"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(
        _("tekst"), help_text=_("Almindelig tekst; en tom linje giver nyt afsnit.")
    )
    school = models.ForeignKey(
        School, verbose_name=_("skole"), on_delete=models.SET_NULL, null=True, blank=True
    )
    date = models.DateField(_("dato"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("del af #Ungebussen")
        verbose_name_plural = _("#Ungebussen")

    def __str__(self):
        return self.title
