from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import TranslatedVersionAdmin

from . import sources
from .models import (
    BarometerGoal,
    BarometerSettings,
    GoalAssessment,
    Indicator,
    IndicatorValue,
    ReadingEntry,
)


class IndicatorValueInline(admin.TabularInline):
    model = IndicatorValue
    fields = ("period_start", "period_end", "value", "source", "computed_at", "entered_by")
    readonly_fields = ("entered_by",)
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(TranslatedVersionAdmin):
    list_display = ("name", "imprint", "kind", "source", "baseline_year", "target_year")
    list_filter = ("kind", "source", "imprint__goal__track")
    search_fields = ("name", "definition")
    list_select_related = ("imprint",)
    autocomplete_fields = ()
    inlines = [IndicatorValueInline]
    fieldsets = (
        (None, {"fields": ("imprint", "initiative", "name", "unit", "definition", "kind")}),
        (_("Kilde"), {"fields": ("source", "source_note", "counts_people")}),
        (
            _("Udgangspunkt og mål"),
            {
                "fields": (
                    "direction",
                    "baseline_year",
                    "baseline_value",
                    "target_year",
                    "target_value",
                    "order",
                )
            },
        ),
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "source":
            from django import forms

            return forms.ChoiceField(
                choices=sources.choices(),
                required=False,
                label=db_field.verbose_name,
                help_text=db_field.help_text,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_formset(self, request, form, formset, change):
        # Values typed by staff say who entered them.
        for value in formset.save(commit=False):
            if not value.entered_by_id:
                value.entered_by = request.user
            value.save()
        for obj in formset.deleted_objects:
            obj.delete()


@admin.register(GoalAssessment)
class GoalAssessmentAdmin(TranslatedVersionAdmin):
    list_display = ("goal", "year", "override")
    list_filter = ("year", "override")
    list_select_related = ("goal",)


@admin.register(ReadingEntry)
class ReadingEntryAdmin(admin.ModelAdmin):
    list_display = ("institution", "date", "minutes", "children", "book_title")
    list_filter = ("institution__area", "institution")
    date_hierarchy = "date"
    list_select_related = ("institution",)
    readonly_fields = ("logged_by", "created_at", "updated_at")


class BarometerGoalInline(admin.TabularInline):
    model = BarometerGoal
    extra = 0


@admin.register(BarometerSettings)
class BarometerSettingsAdmin(admin.ModelAdmin):
    list_display = ("institution", "reminders")
    list_select_related = ("institution",)


admin.site.register(BarometerGoal)
