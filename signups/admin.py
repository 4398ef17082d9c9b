from django.contrib import admin
from django.db.models import Count, Q
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
        return (
            super()
            .get_queryset(request)
            .annotate(
                taken_count=Count(
                    "signups", filter=Q(signups__status__in=["confirmed", "offered"])
                ),
                waiting_count=Count("signups", filter=Q(signups__status="waiting")),
            )
        )

    @admin.display(description=_("optaget"), ordering="taken_count")
    def taken(self, occasion):
        return occasion.taken_count

    @admin.display(description=_("venter"), ordering="waiting_count")
    def waiting(self, occasion):
        return occasion.waiting_count
