from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import LowercaseEmailField


class ConsentText(models.Model):
    """The wording applicants consent to, versioned: each application keeps the exact text."""

    version = models.CharField(_("version"), max_length=20, unique=True)
    text = models.TextField(_("tekst"))
    valid_from = models.DateTimeField(_("gælder fra"))

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("samtykketekst")
        verbose_name_plural = _("samtykketekster")

    def __str__(self):
        return self.version


class ApplicationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A person sees their own applications; staff use the admin."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(volunteer__user=user)

    def ready(self):
        return self.filter(status=Application.Status.READY)


class Application(models.Model):
    class AgeBand(models.TextChoices):
        UNDER_15 = "u15", _("Under 15 år")
        TEEN = "15-17", _("15–17 år")
        YOUNG = "18-29", _("18–29 år")
        ADULT = "30-66", _("30–66 år")
        SENIOR = "67+", _("67 år eller ældre")

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("E-mail ikke bekræftet")
        AWAITING_GUARDIAN = "guardian", _("Venter på forælders samtykke")
        READY = "ready", _("Klar til behandling")
        MORE_INFO = "more_info", _("Mangler oplysninger")
        APPROVED = "approved", _("Godkendt")
        REJECTED = "rejected", _("Afslået")
        WITHDRAWN = "withdrawn", _("Trukket tilbage")

    role = models.ForeignKey(
        "volunteers.VolunteerRole",
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("rolle"),
    )
    volunteer = models.ForeignKey(
        "volunteers.Volunteer",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("frivillig"),
    )
    name = models.CharField(_("navn"), max_length=150)
    email = LowercaseEmailField(_("e-mail"))
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    age_band = models.CharField(_("alder"), max_length=6, choices=AgeBand.choices)
    motivation = models.TextField(_("hvorfor vil du være frivillig"), max_length=2000)
    availability = models.CharField(_("hvornår kan du"), max_length=500)
    language = models.CharField(_("sprog"), max_length=8, default="da")
    consent_version = models.CharField(_("samtykkeversion"), max_length=20)
    consent_text = models.TextField(_("samtykketekst"))
    consented_at = models.DateTimeField(_("samtykke givet"))
    consent_withdrawn_at = models.DateTimeField(
        _("samtykke trukket tilbage"), null=True, blank=True
    )
    guardian_email = LowercaseEmailField(_("forælders e-mail"), blank=True)
    guardian_consented_at = models.DateTimeField(_("forælders samtykke"), null=True, blank=True)
    email_confirmed_at = models.DateTimeField(_("e-mail bekræftet"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.UNCONFIRMED
    )
    decision_note = models.TextField(
        _("begrundelse eller spørgsmål"),
        blank=True,
        help_text=_("Sendes til ansøgeren ved afslag eller spørgsmål."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("behandlet af"),
    )
    reviewed_at = models.DateTimeField(_("behandlet"), null=True, blank=True)
    created_at = models.DateTimeField(_("modtaget"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("ansøgning")
        verbose_name_plural = _("ansøgninger")
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.name} – {self.role}"
