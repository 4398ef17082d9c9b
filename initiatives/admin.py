from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin import PublishableAdmin, PublishingStateFilter

from .models import Event, Initiative, NewsPost
from .services import event_registration_sync

PUBLISHING = (
    _("Offentliggørelse"),
    {"fields": ("status", "publish_from", "created_at", "updated_at")},
)
IMAGE = (_("Billede"), {"fields": ("image", "image_alt")})


@admin.register(Initiative)
class InitiativeAdmin(PublishableAdmin):
    list_display = ("title", "phase", "is_featured", "state")
    list_filter = (PublishingStateFilter, "phase", "tracks", "is_featured")
    search_fields = ("title", "summary")
    filter_horizontal = ("tracks", "partners")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Sammenhæng"), {"fields": ("tracks", "partners", "phase", ("age_from", "age_to"))}),
        IMAGE,
        (_("Kontakt"), {"fields": ("contact_name", "contact_email", "contact_phone")}),
        (_("Forsiden"), {"fields": ("is_featured", "order")}),
        PUBLISHING,
    )


@admin.register(NewsPost)
class NewsPostAdmin(PublishableAdmin):
    list_display = ("title", "state")
    list_filter = (PublishingStateFilter, "tracks")
    search_fields = ("title", "summary")
    filter_horizontal = ("tracks", "initiatives")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        IMAGE,
        (_("Sammenhæng"), {"fields": ("tracks", "initiatives")}),
        PUBLISHING,
    )


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    list_display = ("title", "starts_at", "location", "state")
    list_filter = (PublishingStateFilter, "tracks")
    search_fields = ("title", "summary", "location")
    filter_horizontal = ("tracks", "initiatives")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "description")}),
        (_("Tid og sted"), {"fields": ("starts_at", "ends_at", "location", "address", "price")}),
        (_("Tilmelding"), {"fields": ("registration", "capacity", "signup_overview")}),
        (_("Sammenhæng"), {"fields": ("tracks", "initiatives")}),
        PUBLISHING,
    )
    readonly_fields = (*PublishableAdmin.readonly_fields, "signup_overview")

    @admin.display(description=_("tilmeldte"))
    def signup_overview(self, event):
        if event.occasion_id is None:
            return "–"
        url = reverse("admin:signups_occasion_change", args=[event.occasion_id])
        return format_html('<a href="{}">{}</a>', url, _("Se tilmeldte og venteliste"))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Time, place and places reach the sign-ups (and their calendars) from here.
        event_registration_sync(event=form.instance)
