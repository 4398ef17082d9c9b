from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import ChildProtectionCheck, Volunteer
from ..selectors import attest_valid


class AttestInline(admin.TabularInline):
    """The attest's steps at a glance; they are recorded on the attest's own page."""

    model = ChildProtectionCheck
    fields = ("step", "requested_at", "received_at", "outcome", "valid_until", "assessed_by")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Volunteer)
class VolunteerAdmin(admin.ModelAdmin):
    list_display = ("name", "area", "created_at", "left_at", "has_valid_attest")
    list_filter = ("left_at", "anonymised_at")
    search_fields = ("name", "user__email")
    fields = ("name", "phone", "area", "availability", "language", "left_at", "anonymised_at")
    readonly_fields = ("anonymised_at",)
    inlines = [AttestInline]

    @admin.display(boolean=True, description=_("gyldig børneattest"))
    def has_valid_attest(self, obj):
        return attest_valid(obj, timezone.localdate())

    def has_add_permission(self, request):
        return False  # a volunteer is made when an applicant confirms their e-mail
