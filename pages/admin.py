from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import PublishableAdmin, TranslatedVersionAdmin

from .models import HelpLine, Page


@admin.register(Page)
class PageAdmin(PublishableAdmin):
    list_display = ("title", "key", "state")
    date_hierarchy = None
    fieldsets = (
        (None, {"fields": ("key", "title", "intro", "body")}),
        (_("Offentliggørelse"), {"fields": ("status", "publish_from", "created_at", "updated_at")}),
    )


@admin.register(HelpLine)
class HelpLineAdmin(TranslatedVersionAdmin):
    list_display = ("name", "number", "hours", "audience", "is_emergency", "order")
    list_editable = ("order",)
    list_filter = ("audience", "is_emergency")
    search_fields = ("name", "number")
    fields = ("name", "number", "url", "hours", "description", "audience", "is_emergency", "order")
