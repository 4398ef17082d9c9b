from django.contrib import admin

from core.admin import TranslatedVersionAdmin

from .members.admin import invite_members
from .models import AllianceMember, Partner, SecretariatContact


@admin.register(AllianceMember)
class AllianceMemberAdmin(TranslatedVersionAdmin):
    list_display = ("name", "title", "organisation", "role", "is_current", "order")
    list_editable = ("order",)
    list_filter = ("is_current", "role")
    search_fields = ("name", "title", "organisation")
    actions = [invite_members]
    raw_id_fields = ("user",)

    def has_invite_permission(self, request):
        # Inviting makes an account with the member role: the invitations' own permission.
        return request.user.has_perm("accounts.add_invitation")


@admin.register(Partner)
class PartnerAdmin(TranslatedVersionAdmin):
    list_display = ("name", "is_founding_partner", "url", "order")
    list_filter = ("is_founding_partner",)
    search_fields = ("name",)


@admin.register(SecretariatContact)
class SecretariatContactAdmin(TranslatedVersionAdmin):
    list_display = ("name", "title", "email", "phone", "order")
