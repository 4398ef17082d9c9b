"""Institutions (daycare, dagpleje, libraries, health visitors) and their requests for a
Læsehest visit, matched to a volunteer."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.permissions import may


class Institution(models.Model):
    """A daycare, dagpleje group, library or health-visitor team that books volunteers (and,
    later, logs read-aloud in the reading barometer)."""

    class Kind(models.TextChoices):
        DAYCARE = "daycare", _("Dagtilbud")
        CHILDMINDER = "dagpleje", _("Dagpleje")
        LIBRARY = "library", _("Bibliotek")
        HEALTH_VISITORS = "health", _("Sundhedspleje")
        OTHER = "other", _("Andet")

    name = models.CharField(_("navn"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices)
    area = models.CharField(_("område"), max_length=100)
    address = models.CharField(_("adresse"), max_length=250, blank=True)
    contacts = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="institutions",
        verbose_name=_("kontaktpersoner"),
    )

    class Meta:
        # Moved here from the volunteers app: the table keeps its name, so no data moved.
        db_table = "volunteers_institution"
        ordering = ["name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutioner")

    def __str__(self):
        return self.name


class BookingRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Coordinators see every request; an institution contact those of their own
        institutions; a volunteer those proposed to or booked with them."""
        if not (user.is_authenticated and user.is_active):
            return self.none()
        if may(user, "institutions.change_bookingrequest"):
            return self
        mine = Q(volunteer__user=user)
        if may(user, "institutions.view_bookingrequest"):
            mine |= Q(institution__in=Institution.objects.filter(contacts=user))
        return self.filter(mine)


class BookingRequest(models.Model):
    """An institution asks for a Læsehest visit; the coordinator proposes a volunteer, who
    accepts or declines; on acceptance both get a confirmation with a calendar file."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Ønsket")
        PROPOSED = "proposed", _("Foreslået til en frivillig")
        CONFIRMED = "confirmed", _("Bekræftet")
        CANCELLED = "cancelled", _("Aflyst")

    institution = models.ForeignKey(
        Institution,
        on_delete=models.CASCADE,
        related_name="booking_requests",
        verbose_name=_("institution"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("bestilt af"),
    )
    role = models.ForeignKey(
        "volunteers.VolunteerRole",
        on_delete=models.PROTECT,
        related_name="booking_requests",
        verbose_name=_("rolle"),
    )
    date = models.DateField(_("dato"))
    time_from = models.TimeField(_("fra kl."))
    time_to = models.TimeField(_("til kl."))
    place = models.CharField(_("sted"), max_length=250)
    children = models.PositiveSmallIntegerField(_("antal børn"))
    note = models.CharField(_("bemærkning"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.REQUESTED
    )
    volunteer = models.ForeignKey(
        "volunteers.Volunteer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="bookings",
        verbose_name=_("frivillig"),
    )
    occasion = models.OneToOneField(
        "signups.Occasion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="booking",
        verbose_name=_("aftale"),
    )
    # The current proposal: its moment names it, so a link from an earlier proposal to the
    # same volunteer no longer works, and the coordinator who made it hears of a decline.
    proposed_at = models.DateTimeField(_("foreslået"), null=True, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("foreslået af"),
    )
    created_at = models.DateTimeField(_("modtaget"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    objects = BookingRequestQuerySet.as_manager()

    class Meta:
        db_table = "volunteers_bookingrequest"  # as Institution's
        ordering = ["date", "time_from"]
        verbose_name = _("booking af læsehest")
        verbose_name_plural = _("bookinger af læseheste")
        constraints = [
            models.CheckConstraint(
                condition=Q(time_to__gt=models.F("time_from")), name="booking_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(children__gte=1) & Q(children__lte=60), name="booking_children_sane"
            ),
        ]

    def __str__(self):
        return f"{self.institution} {self.date:%d.%m.%Y}"
