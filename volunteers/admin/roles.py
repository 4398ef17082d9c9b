from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from ..models import ConsentText, VolunteerRole


@admin.register(VolunteerRole)
class VolunteerRoleAdmin(TranslationAdmin):
    list_display = ("title", "initiative", "children_under_15", "is_open", "order")
    list_filter = ("is_open", "children_under_15", "initiative")
    search_fields = ("title", "summary")
    fields = (
        "title",
        "slug",
        "initiative",
        "summary",
        "description",
        "time_commitment",
        "training",
        "area",
        "children_under_15",
        "is_open",
        "order",
    )


@admin.register(ConsentText)
class ConsentTextAdmin(admin.ModelAdmin):
    """A new wording is a new version: applications keep the text they were shown, so an old
    version is never edited."""

    list_display = ("version", "valid_from")
    fields = ("version", "valid_from", "text")

    def get_readonly_fields(self, request, obj=None):
        return ("version", "valid_from", "text") if obj is not None else ()
