"""The alliance group (the board), the partner organisations and the secretariat."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.search_index import SearchIndexed
from core.storage import photo_path, private_storage_callable


class AllianceMemberQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)

    def former(self):
        return self.filter(is_current=False)

    def published(self):
        """Members the public sees: all of them, current and former (the alliance page lists
        both); the site search asks every searchable model for its published rows."""
        return self.all()


class AllianceMember(SearchIndexed):
    class Role(models.TextChoices):
        CHAIR = "chair", _("Formand")
        VICE_CHAIR = "vice_chair", _("Næstformand")
        MEMBER = "member", _("Medlem")

    name = models.CharField(_("navn"), max_length=150)
    title = models.CharField(
        _("titel eller rolle"),
        max_length=200,
        help_text=_("Fx »Kommunaldirektør« eller »Gymnasieelev«."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(
        _("rolle i alliancegruppen"), max_length=12, choices=Role.choices, default=Role.MEMBER
    )
    is_current = models.BooleanField(
        _("nuværende medlem"), default=True, help_text=_("Fjern krydset, når medlemmet træder ud.")
    )
    member_from = models.DateField(_("medlem fra"), null=True, blank=True)
    member_until = models.DateField(_("medlem til"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    # --- The members' area: the account, and what the member shows the other members ----------
    # On the entry itself, not in the members app: one person is one row, and whether the entry
    # is current is what opens the area, so leaving the group closes it with no second row to
    # keep in step. The members app reads and edits these; this app never needs to know it.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="alliance_member",
        verbose_name=_("bruger"),
        help_text=_("Sættes, når medlemmet tager invitationen til medlemsområdet i brug."),
    )
    invitation = models.ForeignKey(
        "accounts.Invitation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Bruges til invitationen til medlemsområdet.")
    )
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    share_email = models.BooleanField(_("vis min e-mail for de andre medlemmer"), default=False)
    share_phone = models.BooleanField(
        _("vis mit telefonnummer for de andre medlemmer"), default=False
    )
    profile_text = models.TextField(_("om mig"), max_length=2000, blank=True)
    photo = models.ImageField(
        _("foto"), storage=private_storage_callable, upload_to=photo_path, blank=True
    )
    photo_alt = models.CharField(_("beskrivelse af fotoet"), max_length=250, blank=True)
    notify_meetings = models.BooleanField(
        _("send mig invitationer og påmindelser om møder"), default=True
    )
    notify_minutes = models.BooleanField(
        _("send mig besked, når et referat er godkendt"), default=True
    )

    objects = AllianceMemberQuerySet.as_manager()

    class Meta(SearchIndexed.Meta):
        ordering = ["order", "name"]
        verbose_name = _("medlem af alliancegruppen")
        verbose_name_plural = _("alliancegruppen")
        constraints = [
            # One chair and one vice-chair at a time.
            models.UniqueConstraint(
                fields=["role"],
                condition=Q(is_current=True) & ~Q(role="member"),
                name="one_current_chair_and_vice_chair",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        # Members have no page of their own: their entry on the alliance page.
        return f"{reverse('alliance:overview')}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"medlem-{self.pk}"


class Partner(models.Model):
    name = models.CharField(_("navn"), max_length=200, unique=True)
    description = models.CharField(_("beskrivelse"), max_length=400, blank=True)
    url = models.URLField(_("hjemmeside"), blank=True)
    is_founding_partner = models.BooleanField(
        _("partner bag alliancen"),
        default=False,
        help_text=_("Partnerne bag alliancen vises øverst på siden om alliancen."),
    )
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["-is_founding_partner", "order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partnere")

    def __str__(self):
        return self.name


class SecretariatContact(models.Model):
    name = models.CharField(_("navn"), max_length=150)
    title = models.CharField(_("titel"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    address = models.CharField(
        _("postadresse"),
        max_length=250,
        blank=True,
        help_text=_("Vises i sidefoden ved den første kontakt, fx »Møllebjergvej 4, 4330 Hvalsø«."),
    )
    order = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("kontakt i sekretariatet")
        verbose_name_plural = _("sekretariatet")

    def __str__(self):
        return self.name
