"""The alliance group's private area: meetings with agendas, attendance and minutes, and private
documents. The models moved here from the alliance app; their tables keep their names
(Meta.db_table), so no row moved."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.richtext import RichTextField
from core.storage import document_path, private_storage_callable


class Document(models.Model):
    class Kind(models.TextChoices):
        AGENDA = "agenda", _("Dagsorden")
        MINUTES = "minutes", _("Referat")
        ATTACHMENT = "attachment", _("Bilag")
        KNOWLEDGE = "knowledge", _("Vidensgrundlag")

    title = models.CharField(_("titel"), max_length=200)
    kind = models.CharField(
        _("slags"), max_length=12, choices=Kind.choices, default=Kind.ATTACHMENT
    )
    meeting = models.ForeignKey(
        "members.Meeting",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("møde"),
    )
    file = models.FileField(
        _("fil"),
        storage=private_storage_callable,
        upload_to=document_path,
        max_length=200,
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument eller billede, højst 20 MB."),
    )
    filename = models.CharField(_("filnavn"), max_length=200, editable=False)
    content_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveIntegerField(_("størrelse"), default=0, editable=False)
    # The text of a PDF, for the members' document search.
    text = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    uploaded_at = models.DateTimeField(_("uploadet"), auto_now_add=True)

    class Meta:
        db_table = "alliance_document"
        ordering = ["-uploaded_at", "pk"]
        verbose_name = _("dokument til medlemmer")
        verbose_name_plural = _("dokumenter til medlemmer")
        indexes = [GinIndex(fields=["search_vector"], name="alliance_document_search")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("members:document", kwargs={"pk": self.pk, "filename": self.filename})


class MeetingQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Meeting.Status.PUBLISHED)

    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at")

    def past(self):
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at")


class Meeting(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Kladde")
        PUBLISHED = "published", _("Udsendt til medlemmerne")

    title = models.CharField(_("titel"), max_length=200, default=_("Møde i alliancegruppen"))
    starts_at = models.DateTimeField(_("starter"))
    ends_at = models.DateTimeField(_("slutter"))
    place = models.CharField(_("sted"), max_length=200, blank=True)
    video_url = models.URLField(_("videolink"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Når mødet udsendes, får medlemmerne invitationen med dagsordenen."),
    )
    published_at = models.DateTimeField(_("udsendt"), null=True, blank=True, editable=False)
    # The sign-up mechanism's occasion: attendance answers, .ics, reminders, calendar feed.
    occasion = models.OneToOneField(
        "signups.Occasion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="meeting",
    )
    attendees = models.ManyToManyField(
        "alliance.AllianceMember",
        blank=True,
        related_name="meetings_attended",
        verbose_name=_("mødte op"),
        help_text=_("Sekretariatet registrerer, hvem der faktisk deltog."),
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        db_table = "alliance_meeting"
        ordering = ["-starts_at"]
        verbose_name = _("møde")
        verbose_name_plural = _("møder")
        # Opens the area (members/apps.py adds the condition that the entry is current).
        permissions = [("member_area", _("Kan se medlemsområdet"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="meeting_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.title} {timezone.localtime(self.starts_at):%d.%m.%Y}"

    def get_absolute_url(self):
        return reverse("members:meeting", kwargs={"pk": self.pk})

    @property
    def location(self) -> str:
        return self.place or str(_("Online"))


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda_items", verbose_name=_("møde")
    )
    number = models.PositiveSmallIntegerField(_("nummer"))
    title = models.CharField(_("punkt"), max_length=250)
    description = models.TextField(_("beskrivelse"), blank=True)
    document = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agenda_items",
        verbose_name=_("dokument"),
    )

    class Meta:
        db_table = "alliance_agendaitem"
        ordering = ["meeting", "number"]
        verbose_name = _("dagsordenspunkt")
        verbose_name_plural = _("dagsorden")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="one_agenda_number")
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class Minutes(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Kladde (kun sekretariatet)")
        COMMENTS = "comments", _("Udkast til kommentering")
        APPROVED = "approved", _("Godkendt")

    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, related_name="minutes", verbose_name=_("møde")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    text = RichTextField(_("referat"), blank=True)
    document = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("referat som fil"),
    )
    approved_on = models.DateField(_("godkendt den"), null=True, blank=True)
    approved_at = models.ForeignKey(
        Meeting,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="approved_minutes",
        verbose_name=_("godkendt på mødet"),
    )
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    class Meta:
        db_table = "alliance_minutes"
        verbose_name = _("referat")
        verbose_name_plural = _("referater")

    def __str__(self):
        return str(_("Referat af %(meeting)s") % {"meeting": self.meeting})


def quorum_needed(current_members: int) -> int:
    """How many must attend: the configured share of current members, rounded up."""
    import math

    return math.ceil(current_members * settings.ALLIANCE_QUORUM_SHARE)
