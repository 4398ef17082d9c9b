from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ChildProtectionCheckQuerySet(models.QuerySet):
    def valid_on(self, on):
        """Received, assessed without remarks, and in force on day `on` (a date, or an
        expression for one in the query this filters)."""
        return self.filter(
            step=ChildProtectionCheck.Step.RECEIVED,
            outcome=ChildProtectionCheck.Outcome.NO_REMARKS,
            received_at__lte=on,
            valid_until__gte=on,
        )


class ChildProtectionCheck(models.Model):
    """A børneattest, recorded as its steps, a date and who assessed it.

    Never the extract itself and never a CPR number: the police send the extract to the
    organisation, which notes only that it was assessed, when, by whom and the outcome, and
    deletes the extract. There is deliberately no free-text field.
    """

    class Step(models.TextChoices):
        REQUESTED = "requested", _("Bestilt hos politiet")
        AWAITING_CONSENT = "consent", _("Venter på den frivilliges samtykke (14 dage)")
        RECEIVED = "received", _("Modtaget og vurderet")

    class Outcome(models.TextChoices):
        NO_REMARKS = "clear", _("Ingen anmærkninger")
        HAS_REMARKS = "remarks", _("Har anmærkninger")

    volunteer = models.ForeignKey(
        "volunteers.Volunteer",
        on_delete=models.CASCADE,
        related_name="attests",
        verbose_name=_("frivillig"),
    )
    step = models.CharField(_("trin"), max_length=10, choices=Step.choices)
    requested_at = models.DateField(_("bestilt"))
    consent_due = models.DateField(_("samtykke senest"), null=True, blank=True)
    received_at = models.DateField(_("modtaget"), null=True, blank=True)
    outcome = models.CharField(_("vurdering"), max_length=10, choices=Outcome.choices, blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vurderet af"),
    )
    valid_until = models.DateField(_("gyldig til"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ChildProtectionCheckQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("børneattest")
        verbose_name_plural = _("børneattester")
        constraints = [
            # A received attest always says who assessed it, when, and the outcome.
            models.CheckConstraint(
                condition=~Q(step="received")
                | (Q(received_at__isnull=False) & ~Q(outcome="") & Q(valid_until__isnull=False)),
                name="received_attest_is_assessed",
            ),
        ]

    def __str__(self):
        return f"{self.volunteer} – {self.get_step_display()}"
