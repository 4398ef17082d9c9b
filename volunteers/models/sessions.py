from django.db import models
from django.db.models import OuterRef
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from signups.models import places

from .people import may_take


class SessionQuerySet(models.QuerySet):
    def upcoming(self):
        return self.filter(
            occasion__starts_at__gt=timezone.now(), occasion__cancelled_at__isnull=True
        )

    def open_to(self, volunteer):
        """The sessions `volunteer` may take: the one rule (`may_take`) from the session's
        side, on the session's day."""
        zone = timezone.get_current_timezone()
        return self.annotate(local_day=TruncDate("occasion__starts_at", tzinfo=zone)).filter(
            may_take(volunteer=volunteer.pk, role=OuterRef("role"), day=OuterRef("local_day"))
        )

    def with_places(self):
        """Each session with its occasion's `places_taken`, `places_waiting` and
        `places_free` (the sign-up mechanism's one count)."""
        return self.annotate(**places("occasion"))


class Session(models.Model):
    """A volunteer session (a reading hour, a visit to a mothers' group): an occasion in the
    sign-up mechanism for one role, which approved volunteers sign up for or are assigned to."""

    role = models.ForeignKey(
        "volunteers.VolunteerRole",
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("rolle"),
    )
    occasion = models.OneToOneField(
        "signups.Occasion",
        on_delete=models.PROTECT,
        related_name="volunteer_session",
        verbose_name=_("tid og sted"),
    )
    description = models.CharField(_("beskrivelse"), max_length=300, blank=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["occasion__starts_at"]
        verbose_name = _("vagt")
        verbose_name_plural = _("vagter")

    def __str__(self):
        return str(self.occasion)

    @property
    def day(self):
        """The session's day in the portal's time zone (what an attest must cover)."""
        return timezone.localtime(self.occasion.starts_at).date()
