"""Bookable occasions and the sign-ups for them: one mechanism for events, volunteer sessions,
institution visits and meetings, knowing nothing of any of them.

An owner app makes an `Occasion` (time, place, capacity, a link back to its own page) and asks
`services` to sign people up, cancel, offer freed places and confirm offers. Capacity holds under
load because every change to an occasion's places locks the occasion's row first.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.fields import LowercaseEmailField


def places(to_occasion: str = "") -> dict:
    """The count of places, as annotations for any query that reaches an occasion
    (`to_occasion`: the path to it, e.g. "occasion" on a volunteer session; "" on occasions):

    - `places_taken`: sign-ups holding a place (confirmed, or offered and held for someone);
    - `places_waiting`: on the waiting list;
    - `places_free`: what is left of the capacity, never below 0 (None: no limit).

    The one rule: the sign-up service checks capacity with it (counted after the occasion is
    locked), and every page and admin list shows it.
    """
    prefix = f"{to_occasion}__" if to_occasion else ""
    occasion = OuterRef(to_occasion or "pk")

    def count(signups) -> Coalesce:
        counted = signups.filter(occasion=occasion).order_by().values("occasion")
        return Coalesce(
            Subquery(counted.annotate(n=Count("pk")).values("n"), output_field=IntegerField()),
            0,
        )

    taken = count(SignUp.objects.holding_a_place())
    return {
        "places_taken": taken,
        "places_waiting": count(SignUp.objects.filter(status=SignUp.Status.WAITING)),
        "places_free": Case(
            When(**{f"{prefix}capacity__isnull": True}, then=Value(None)),
            default=Greatest(F(f"{prefix}capacity") - taken, 0),
            output_field=IntegerField(),
        ),
    }


class OccasionQuerySet(models.QuerySet):
    def with_places(self):
        """Each occasion with its `places_taken`, `places_waiting` and `places_free` (see
        `places`)."""
        return self.annotate(**places())


class Occasion(models.Model):
    title = models.CharField(_("titel"), max_length=200)
    starts_at = models.DateTimeField(_("starter"))
    ends_at = models.DateTimeField(_("slutter"))
    place = models.CharField(_("sted"), max_length=200)
    address = models.CharField(_("adresse"), max_length=250, blank=True)
    capacity = models.PositiveIntegerField(
        _("pladser"), null=True, blank=True, help_text=_("Tom: ubegrænset.")
    )
    offer_hold = models.DurationField(
        _("tilbud holdes i"),
        default=timedelta(hours=24),
        help_text=_("Så længe holdes en ledig plads til den første på ventelisten."),
    )
    registration_open = models.BooleanField(_("åben for tilmelding"), default=True)
    # The owner's page, e.g. "/arrangementer/laesehest-aften/": where .ics and e-mails link.
    url = models.CharField(_("side"), max_length=300, blank=True)
    # Who made it, as "<kind>:<id>" (e.g. "booking:12"): owners registered in `signups.owners`
    # hear of cancellations without this app importing them.
    owner = models.CharField(max_length=60, blank=True, db_index=True, editable=False)
    # Bumped when time or place changes, so calendars replace their copy (.ics SEQUENCE).
    sequence = models.PositiveIntegerField(default=0, editable=False)
    cancelled_at = models.DateTimeField(_("aflyst"), null=True, blank=True)

    objects = OccasionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("tilmeldingsmulighed")
        verbose_name_plural = _("tilmeldingsmuligheder")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="occasion_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.starts_at):%d.%m.%Y %H.%M})"

    @property
    def has_started(self) -> bool:
        return self.starts_at <= timezone.now()

    @property
    def is_over(self) -> bool:
        return self.ends_at <= timezone.now()


class SignUpQuerySet(models.QuerySet):
    def holding_a_place(self):
        """Who takes one of the places: confirmed, or offered one that is held for them."""
        return self.filter(status__in=[SignUp.Status.CONFIRMED, SignUp.Status.OFFERED])

    def active(self):
        return self.filter(status__in=SignUp.ACTIVE)

    def visible_to(self, user):
        """A person sees their own sign-ups; nobody else's (staff use the admin)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)


class SignUp(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Tilmeldt")
        WAITING = "waiting", _("På venteliste")
        OFFERED = "offered", _("Tilbudt en plads")
        CANCELLED = "cancelled", _("Afmeldt")
        LAPSED = "lapsed", _("Tilbud udløbet")
        # Said no in advance (a meeting's "I can't come"); holds no place, gets no reminder.
        DECLINED = "declined", _("Meldt fra")

    ACTIVE = (Status.CONFIRMED, Status.WAITING, Status.OFFERED)

    occasion = models.ForeignKey(
        Occasion, on_delete=models.CASCADE, related_name="signups", verbose_name=_("hvad")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="signups",
        verbose_name=_("bruger"),
    )
    name = models.CharField(_("navn"), max_length=150)
    email = LowercaseEmailField(_("e-mail"))
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    language = models.CharField(_("sprog"), max_length=8, default="da")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    offered_until = models.DateTimeField(_("tilbud gælder til"), null=True, blank=True)
    # The owner's word for a declined answer (e.g. "excused"); signups gives it no meaning.
    answer = models.CharField(_("svar"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("tilmeldt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    objects = SignUpQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("tilmelding")
        verbose_name_plural = _("tilmeldinger")
        constraints = [
            # One active sign-up per person and occasion, whatever races.
            models.UniqueConstraint(
                fields=["occasion", "email"],
                condition=Q(status__in=["confirmed", "waiting", "offered"]),
                name="one_active_signup_per_email",
            ),
        ]
        indexes = [models.Index(fields=["occasion", "status", "created_at"])]

    def __str__(self):
        return f"{self.name} – {self.occasion.title}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """A person's private calendar address; a new token revokes the old address."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("kalenderabonnement")
        verbose_name_plural = _("kalenderabonnementer")

    def __str__(self):
        return str(self.user)
