from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import PublishableAdmin

from .models import Page


@admin.register(Page)
class PageAdmin(PublishableAdmin):
    list_display = ("title", "key", "status", "publish_from", "is_live")
    date_hierarchy = None
    fieldsets = (
        (None, {"fields": ("key", "title", "intro", "body")}),
        (_("Offentliggørelse"), {"fields": ("status", "publish_from", "created_at", "updated_at")}),
    )
