"""Admin building blocks: history with restore, translations, and publishing for all content."""

from django.contrib import admin, messages
from django.contrib.sites.models import Site
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from reversion.admin import VersionAdmin

from .models import Publishable
from .services import content_publish, content_unpublish, publish_time


class TranslatedVersionAdmin(VersionAdmin, TranslationAdmin):
    """Danish and English fields side by side, and a history page with restore."""


class PublishableAdmin(TranslatedVersionAdmin):
    list_filter: tuple = ("status",)
    date_hierarchy = "publish_from"
    actions = ["publish_selected", "unpublish_selected"]
    readonly_fields = ("created_at", "updated_at")
    list_per_page = 50

    def save_model(self, request, obj, form, change):
        # Publishing a draft through the form dates it like the list action does, unless the
        # editor chose the time themselves.
        if change and "status" in form.changed_data and "publish_from" not in form.changed_data:
            was = type(obj)._default_manager.get(pk=obj.pk)
            if obj.status == Publishable.Status.PUBLISHED:
                obj.publish_from = publish_time(was, at=None)
        super().save_model(request, obj, form, change)

    @admin.display(description=_("synlig nu"), boolean=True)
    def is_live(self, obj: Publishable) -> bool:
        return obj.is_live

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
