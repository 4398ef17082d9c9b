"""Building blocks shared by every kind of published content."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .permissions import may_preview
from .text import unique_slug


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """Items a visitor may see now: published, and their publish-from time has come.

        Deciding by the clock at query time is what makes scheduled publishing need no job.
        """
        return self.filter(status=Publishable.Status.PUBLISHED, publish_from__lte=timezone.now())

    def visible_to(self, user):
        """Those who may view the model in the admin preview drafts and scheduled items;
        everyone else sees what is published. Being staff alone is not enough."""
        if may_preview(user, self.model):
            return self.all()
        return self.published()


class Publishable(models.Model):
    """Content with a draft/published status and a publish-from time."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Kladde")
        PUBLISHED = "published", _("Offentliggjort")

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Kun offentliggjort indhold vises på sitet."),
    )
    publish_from = models.DateTimeField(
        _("offentliggøres fra"),
        default=timezone.now,
        db_index=True,
        help_text=_(
            "Sæt et tidspunkt i fremtiden for at planlægge offentliggørelsen. "
            "Indholdet dukker op af sig selv, når tiden er inde."
        ),
    )
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("senest ændret"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_live(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.publish_from <= timezone.now()


class SluggedModel(models.Model):
    """A model addressed by a slug made once from its Danish title and then kept stable.

    Links that were shared must keep working when an editor improves a title, so the slug is
    only generated while it is empty; staff may still change it by hand.
    """

    slug = models.SlugField(
        _("webadresse (slug)"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Laves automatisk ud fra titlen første gang. Ændres den, brydes gamle links."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            siblings = type(self)._default_manager.exclude(pk=self.pk)
            self.slug = unique_slug(
                self.slug_source(), exists=lambda s: siblings.filter(slug=s).exists()
            )
        super().save(*args, **kwargs)

    def slug_source(self) -> str:
        # The Danish title, also when the request that saves is in English.
        return getattr(self, "title_da", None) or self.title
