from django.conf import settings
from django.db import models
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.utils.translation import gettext_lazy as _


def _may_take(*, volunteer, role, day) -> dict[str, Q]:
    """The parts of the one eligibility rule, each named by the reason it gives when it fails.

    `volunteer` and `role` are ids, rows or OuterRefs to them in the query being filtered;
    `day` is a date or an expression for one. Every part is a subquery, so the rule reads the
    same from a volunteer's side (who may take this?) and a session's (what may they take?).
    """
    from .applications import Application
    from .attests import ChildProtectionCheck
    from .roles import VolunteerRole

    volunteer, role = (x.pk if isinstance(x, models.Model) else x for x in (volunteer, role))
    active = Volunteer.objects.active().filter(pk=volunteer)
    approved = Application.objects.filter(
        volunteer=volunteer, role=role, status=Application.Status.APPROVED
    )
    no_children = VolunteerRole.objects.filter(pk=role, children_under_15=False)
    attest = ChildProtectionCheck.objects.valid_on(day).filter(volunteer=volunteer)
    return {
        "not-approved": Exists(active) & Exists(approved),
        # Danish law: regular contact with children under 15 needs a clear børneattest.
        "attest": Exists(no_children) | Exists(attest),
    }


def may_take(*, volunteer, role, day) -> Q:
    """May `volunteer` take time in `role` on `day`: still volunteering (not left, not erased,
    the account open), approved for the role, and, where the role means regular contact with
    children under 15, a børneattest without remarks in force that day.

    The one rule: the sessions list, the take button, the coordinator's list of whom to put on
    a session, the booking proposal and the volunteer's yes to it all ask it.
    """
    parts = list(_may_take(volunteer=volunteer, role=role, day=day).values())
    return parts[0] & parts[1]


class VolunteerQuerySet(models.QuerySet):
    def active(self):
        """Still volunteering: neither left nor erased, and the account open."""
        return self.filter(left_at__isnull=True, anonymised_at__isnull=True, user__is_active=True)

    def eligible_for(self, role, on):
        """Those who may take time in `role` on day `on` (`may_take`)."""
        return self.filter(may_take(volunteer=OuterRef("pk"), role=role, day=on))

    def refusal(self, volunteer, role, on) -> str | None:
        """Why `volunteer` may not take time in `role` on `on` ("not-approved" or "attest",
        the first part of the rule that fails), or None."""
        parts = _may_take(volunteer=OuterRef("pk"), role=role, day=on)
        held = (
            self.filter(pk=volunteer.pk)
            .annotate(
                **{
                    f"holds_{n}": ExpressionWrapper(part, output_field=BooleanField())
                    for n, part in enumerate(parts.values())
                }
            )
            .values(*(f"holds_{n}" for n in range(len(parts))))
            .first()
        )
        if held is None:
            return next(iter(parts))
        return next((reason for n, reason in enumerate(parts) if not held[f"holds_{n}"]), None)


class Volunteer(models.Model):
    """A person who applied and confirmed their e-mail: their account and what the coordinator
    needs to match them with sessions and visits. Personal data, erased when they leave."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="volunteer",
        verbose_name=_("bruger"),
    )
    name = models.CharField(_("navn"), max_length=150)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    area = models.CharField(_("område"), max_length=100, blank=True)
    availability = models.CharField(_("hvornår kan du"), max_length=500, blank=True)
    language = models.CharField(_("sprog"), max_length=8, default="da")
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    last_active_at = models.DateTimeField(_("senest aktiv"), auto_now_add=True)
    left_at = models.DateTimeField(_("stoppet"), null=True, blank=True)
    # Set when the person is erased; the row stays so counts (sessions held) stay true.
    anonymised_at = models.DateTimeField(_("anonymiseret"), null=True, blank=True)

    objects = VolunteerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("frivillig")
        verbose_name_plural = _("frivillige")

    def __str__(self):
        return self.name
