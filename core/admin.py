"""Admin building blocks: history with restore, translations, and publishing for all content."""

from django.contrib import admin, messages
from django.contrib.sites.models import Site
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from reversion.admin import VersionAdmin
from reversion.models import Version

from .models import Publishable
from .services import content_publish, content_unpublish


class TranslatedVersionAdmin(VersionAdmin, TranslationAdmin):
    """Danish and English fields side by side, and a history page with restore."""

    # An address typed without a scheme is taken as https, not http.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    # The history reads like a news feed: the latest saved version first.
    history_latest_first = True

    # django-reversion's page titles ("Revertere …") in plain Danish (templates/reversion/).
    def revision_view(self, request, object_id, version_id, extra_context=None):
        version = Version.objects.filter(pk=version_id).select_related("revision").first()
        context = {
            "title": _("Gendan en tidligere version af %(name)s")
            % {"name": version.object_repr if version else ""},
            "version_saved": version.revision.date_created if version else None,
            **(extra_context or {}),
        }
        return super().revision_view(request, object_id, version_id, context)

    def recover_view(self, request, version_id, extra_context=None):
        version = Version.objects.filter(pk=version_id).first()
        context = {
            "title": _("Gendan %(name)s") % {"name": version.object_repr if version else ""},
            **(extra_context or {}),
        }
        return super().recover_view(request, version_id, context)

    def recoverlist_view(self, request, extra_context=None):
        context = {
            "title": _("Slettede %(name)s, der kan gendannes")
            % {"name": self.model._meta.verbose_name_plural},
            **(extra_context or {}),
        }
        return super().recoverlist_view(request, context)


def publishing_state(obj: Publishable) -> tuple[str, str, str]:
    """What a visitor sees of `obj` now: (label, CSS modifier, when it appears or "")."""
    if obj.status != Publishable.Status.PUBLISHED:
        return str(_("Kladde")), "draft", ""
    if obj.publish_from > timezone.now():
        when = date_format(timezone.localtime(obj.publish_from), "SHORT_DATETIME_FORMAT")
        return pgettext("publishing state", "Planlagt"), "scheduled", when
    return str(_("Synlig nu")), "live", ""


class PublishingStateFilter(admin.SimpleListFilter):
    """Filters by what visitors see now, in the words of the list's "tilstand" column (the raw
    status would call a scheduled item "Offentliggjort" before anyone can see it)."""

    title = _("tilstand")
    parameter_name = "tilstand"

    def lookups(self, request, model_admin):
        return [
            ("live", _("Synlig nu")),
            ("scheduled", pgettext("publishing state", "Planlagt")),
            ("draft", _("Kladde")),
        ]

    def queryset(self, request, queryset):
        published = Q(status=Publishable.Status.PUBLISHED)
        now = timezone.now()
        match self.value():
            case "live":
                return queryset.filter(published, publish_from__lte=now)
            case "scheduled":
                return queryset.filter(published, publish_from__gt=now)
            case "draft":
                return queryset.exclude(published)
        return queryset


class PublishableAdmin(TranslatedVersionAdmin):
    list_filter: tuple = (PublishingStateFilter,)
    date_hierarchy = "publish_from"
    actions = ["publish_selected", "unpublish_selected"]
    readonly_fields = ("created_at", "updated_at")
    list_per_page = 50

    def save_model(self, request, obj, form, change):
        # A change of status goes through the same publishing service as the list actions and
        # code, so publishing dates a draft the same way everywhere.
        if "status" not in form.changed_data:
            return super().save_model(request, obj, form, change)
        chosen_time = (
            obj.publish_from if "publish_from" in form.changed_data or not change else None
        )
        obj.status = (
            type(obj)._default_manager.get(pk=obj.pk).status if change else Publishable.Status.DRAFT
        )
        if form.cleaned_data["status"] == Publishable.Status.PUBLISHED:
            content_publish(item=obj, user=request.user, at=chosen_time)
        else:
            content_unpublish(item=obj, user=request.user)

    @admin.display(description=_("tilstand"), ordering="publish_from")
    def state(self, obj: Publishable) -> str:
        """Synlig nu / Planlagt (when) / Kladde, in words and a colour (never colour alone)."""
        label, css, when = publishing_state(obj)
        if when:
            return format_html(
                '<span class="state state--{}">{}<br><small>{}</small></span>', css, label, when
            )
        return format_html('<span class="state state--{}">{}</span>', css, label)

    @admin.action(description=_("Offentliggør de valgte"), permissions=["change"])
    def publish_selected(self, request, queryset):
        for item in queryset:
            content_publish(item=item, user=request.user)
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%d emne er offentliggjort.", "%d emner er offentliggjort.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Gør de valgte til kladder"), permissions=["change"])
    def unpublish_selected(self, request, queryset):
        for item in queryset:
            content_unpublish(item=item, user=request.user)
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%d emne er gjort til kladde.", "%d emner er gjort til kladder.", count)
            % count,
            messages.SUCCESS,
        )


class TranslatedTabularInline(TranslationTabularInline):
    extra = 0


# The Site row mirrors SITE_URL and is rewritten after every migrate (core/site.py): an edit in
# the admin would be silently undone, so it is not offered.
if admin.site.is_registered(Site):
    admin.site.unregister(Site)
