from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import PublishableAdmin, TranslatedTabularInline, TranslatedVersionAdmin

from .models import Goal, Imprint, ImprintStatus, Strategy, Track


class GoalInline(TranslatedTabularInline):
    model = Goal
    fields = ("title", "order")
    show_change_link = True
    verbose_name_plural = _("målsætninger (åbn en målsætning for at redigere dens aftryk)")


@admin.register(Track)
class TrackAdmin(PublishableAdmin):
    list_display = ("title", "strategy", "is_cross_cutting", "order", "state")
    list_filter = ("strategy",)
    list_editable = ("order",)
    search_fields = ("title", "short_description")
    inlines = [GoalInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "short_description", "purpose", "description")}),
        (_("Placering"), {"fields": ("strategy", "is_cross_cutting", "icon", "order")}),
        (_("Offentliggørelse"), {"fields": ("status", "publish_from", "created_at", "updated_at")}),
    )


class ImprintInline(TranslatedTabularInline):
    model = Imprint
    fields = ("text", "order")
    show_change_link = True


@admin.register(Goal)
class GoalAdmin(TranslatedVersionAdmin):
    list_display = ("title", "track", "order")
    list_filter = ("track",)
    search_fields = ("title",)
    list_select_related = ("track",)
    inlines = [ImprintInline]


class ImprintStatusInline(TranslatedTabularInline):
    model = ImprintStatus
    fields = ("year", "level", "note")


@admin.register(Imprint)
class ImprintAdmin(TranslatedVersionAdmin):
    list_display = ("text", "goal")
    list_filter = ("goal__track",)
    search_fields = ("text",)
    list_select_related = ("goal",)
    inlines = [ImprintStatusInline]


@admin.register(Strategy)
class StrategyAdmin(TranslatedVersionAdmin):
    list_display = ("name", "municipality", "period", "is_home", "order")
    search_fields = ("name", "municipality")
    prepopulated_fields = {"slug": ("name_da",)}
