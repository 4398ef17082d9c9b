from django.contrib import admin

from .models import Notice


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    """Read-only: what was sent to whom and when, for answering "did I get a reminder?"."""

    list_display = ["key", "recipient", "status", "attempts", "due_at", "sent_at"]
    list_filter = ["status", "kind"]
    search_fields = ["recipient", "key"]
    date_hierarchy = "due_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
