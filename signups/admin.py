from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Occasion, SignUp


class SignUpInline(admin.TabularInline):
    model = SignUp
    extra = 0
    fields = ["name", "email", "status", "offered_until", "created_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Occasion)
class OccasionAdmin(admin.ModelAdmin):
    """Who is signed up for what; owners (events, sessions) edit their occasions themselves."""

    list_display = ["title", "starts_at", "place", "capacity", "taken", "waiting"]
    search_fields = ["title", "place"]
    date_hierarchy = "starts_at"
    inlines = [SignUpInline]
    readonly_fields = ["sequence", "cancelled_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_places()

    @admin.display(description=_("optaget"), ordering="places_taken")
    def taken(self, occasion):
        return occasion.places_taken

    @admin.display(description=_("venter"), ordering="places_waiting")
    def waiting(self, occasion):
        return occasion.places_waiting
