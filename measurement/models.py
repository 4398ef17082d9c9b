"""Shared measurement: the reading barometer and the indicators behind the public results."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# Sensible bounds for one read-aloud session: a typo (10,000 children) is refused, not summed.
MAX_MINUTES = 480
MAX_CHILDREN = 200
CORRECTION_DAYS = 7


class ReadingEntry(models.Model):
    """One read-aloud session an institution logged in the reading barometer.

    Holds no child's name or anything about a child: only how long and for how many.
    """

    institution = models.ForeignKey(
        "institutions.Institution",
        on_delete=models.CASCADE,
        related_name="reading_entries",
        verbose_name=_("institution"),
    )
    date = models.DateField(_("dato"), db_index=True)
    minutes = models.PositiveSmallIntegerField(
        _("minutter"), validators=[MinValueValidator(1), MaxValueValidator(MAX_MINUTES)]
    )
    children = models.PositiveSmallIntegerField(
        _("antal børn"), validators=[MinValueValidator(1), MaxValueValidator(MAX_CHILDREN)]
    )
    book_title = models.CharField(_("bogens titel"), max_length=200, blank=True)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registreret af"),
    )
    created_at = models.DateTimeField(_("registreret"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    class Meta:
        ordering = ["-date", "-created_at"]
        verbose_name = _("højtlæsning")
        verbose_name_plural = _("højtlæsninger")
        indexes = [models.Index(fields=["institution", "date"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(minutes__gte=1, minutes__lte=MAX_MINUTES),
                name="reading_minutes_in_range",
            ),
            models.CheckConstraint(
                condition=models.Q(children__gte=1, children__lte=MAX_CHILDREN),
                name="reading_children_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.institution} {self.date}: {self.minutes} min"

    def clean(self):
        from django.core.exceptions import ValidationError
        from django.utils import timezone

        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("Datoen kan ikke ligge i fremtiden.")})


class BarometerSettings(models.Model):
    """An institution's barometer: its goal for the year and whether it wants reminders."""

    institution = models.OneToOneField(
        "institutions.Institution",
        on_delete=models.CASCADE,
        related_name="barometer",
        verbose_name=_("institution"),
    )
    reminders = models.BooleanField(
        _("påmindelser"),
        default=True,
        help_text=_("En venlig påmindelse, når der ikke er registreret højtlæsning i 14 dage."),
    )

    class Meta:
        verbose_name = _("barometerindstilling")
        verbose_name_plural = _("barometerindstillinger")

    def __str__(self):
        return str(self.institution)


class BarometerGoal(models.Model):
    institution = models.ForeignKey(
        "institutions.Institution",
        on_delete=models.CASCADE,
        related_name="barometer_goals",
        verbose_name=_("institution"),
    )
    year = models.PositiveSmallIntegerField(_("år"))
    minutes = models.PositiveIntegerField(
        _("mål i minutter"), validators=[MinValueValidator(1), MaxValueValidator(200_000)]
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("barometermål")
        verbose_name_plural = _("barometermål")
        constraints = [
            models.UniqueConstraint(fields=["institution", "year"], name="one_goal_per_year")
        ]

    def __str__(self):
        return f"{self.institution} {self.year}: {self.minutes}"


class Indicator(models.Model):
    """A measurable sign attached to an imprint (aftryk), and optionally to an initiative."""

    class Kind(models.TextChoices):
        HOW_MUCH = "how_much", _("Hvor meget gjorde vi?")
        HOW_WELL = "how_well", _("Hvor godt gjorde vi det?")
        BETTER_OFF = "better_off", _("Er nogen bedre stillet?")

    class Direction(models.TextChoices):
        UP = "up", _("Op er godt")
        DOWN = "down", _("Ned er godt")

    imprint = models.ForeignKey(
        "tracks.Imprint",
        on_delete=models.CASCADE,
        related_name="indicators",
        verbose_name=_("aftryk"),
    )
    initiative = models.ForeignKey(
        "initiatives.Initiative",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="indicators",
        verbose_name=_("initiativ"),
        help_text=_("Vises også på initiativets side."),
    )
    name = models.CharField(_("navn"), max_length=200)
    unit = models.CharField(_("enhed"), max_length=60)
    definition = models.CharField(_("definition"), max_length=600)
    kind = models.CharField(_("art"), max_length=12, choices=Kind.choices)
    direction = models.CharField(
        _("retning"), max_length=4, choices=Direction.choices, default=Direction.UP
    )
    source = models.CharField(
        _("kilde"),
        max_length=40,
        blank=True,
        help_text=_(
            "Beregnes af portalen ud fra dens egne data; tom: sekretariatet indtaster tallene."
        ),
    )
    source_note = models.CharField(
        _("kilde (beskrivelse)"),
        max_length=300,
        blank=True,
        help_text=_("Hvor tallene kommer fra, f.eks. 'Den nationale trivselsmåling'."),
    )
    counts_people = models.BooleanField(
        _("tæller personer"),
        default=True,
        help_text=_("Tal under 5 vises ikke, så ingen kan genkendes."),
    )
    baseline_year = models.PositiveSmallIntegerField(_("basisår"))
    baseline_value = models.DecimalField(_("basisværdi"), max_digits=12, decimal_places=2)
    target_year = models.PositiveSmallIntegerField(_("målår"))
    target_value = models.DecimalField(_("målværdi"), max_digits=12, decimal_places=2)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("indikator")
        verbose_name_plural = _("indikatorer")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(target_year__gt=models.F("baseline_year")),
                name="indicator_target_after_baseline",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def is_computed(self) -> bool:
        return bool(self.source)


class IndicatorValue(models.Model):
    """An indicator's value for one period, with where it came from and when."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="values", verbose_name=_("indikator")
    )
    period_start = models.DateField(_("periodens start"))
    period_end = models.DateField(_("periodens slutning"))
    value = models.DecimalField(_("værdi"), max_digits=12, decimal_places=2)
    source = models.CharField(_("kilde"), max_length=300)
    computed_at = models.DateTimeField(_("beregnet/indtastet"))
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("indtastet af"),
    )

    class Meta:
        ordering = ["period_start"]
        verbose_name = _("indikatorværdi")
        verbose_name_plural = _("indikatorværdier")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_start"], name="one_value_per_indicator_period"
            ),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="value_period_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.indicator}: {self.value} ({self.period_start}–{self.period_end})"


class Status(models.TextChoices):
    ON_TRACK = "on_track", _("På vej")
    SOME_PROGRESS = "some_progress", _("Nogen fremgang")
    NOT_YET = "not_yet", _("Endnu ikke")
    NO_DATA = "no_data", _("Ingen data")


class GoalAssessment(models.Model):
    """The editors' yearly word on a goal: the story behind the curve, and an override."""

    goal = models.ForeignKey(
        "tracks.Goal",
        on_delete=models.CASCADE,
        related_name="assessments",
        verbose_name=_("målsætning"),
    )
    year = models.PositiveSmallIntegerField(_("år"))
    story = models.CharField(
        _("historien bag kurven"),
        max_length=600,
        blank=True,
        help_text=_("Kort og i almindeligt sprog: hvad tallene ikke selv fortæller."),
    )
    override = models.CharField(
        _("status (tilsidesætter den beregnede)"),
        max_length=14,
        choices=Status.choices,
        blank=True,
    )
    reason = models.CharField(
        _("begrundelse for tilsidesættelsen"),
        max_length=400,
        blank=True,
        help_text=_("Skal udfyldes, når den beregnede status tilsidesættes."),
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("vurdering af målsætning")
        verbose_name_plural = _("vurderinger af målsætninger")
        constraints = [
            models.UniqueConstraint(fields=["goal", "year"], name="one_assessment_per_goal_year"),
            models.CheckConstraint(
                condition=models.Q(override="") | ~models.Q(reason=""),
                name="override_needs_reason",
            ),
        ]

    def __str__(self):
        return f"{self.goal} {self.year}"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.override and not self.reason.strip():
            raise ValidationError(
                {"reason": _("Skriv kort, hvorfor den beregnede status tilsidesættes.")}
            )
