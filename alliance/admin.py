from django.contrib import admin

from core.admin import TranslatedVersionAdmin

from .models import AllianceMember, Partner, SecretariatContact


@admin.register(AllianceMember)
class AllianceMemberAdmin(TranslatedVersionAdmin):
    list_display = ("name", "title", "organisation", "role", "is_current", "order")
    list_editable = ("order",)
    list_filter = ("is_current", "role")
    search_fields = ("name", "title", "organisation")
    raw_id_fields = ("user",)


@admin.register(Partner)
class PartnerAdmin(TranslatedVersionAdmin):
    list_display = ("name", "is_founding_partner", "url", "order")
    list_filter = ("is_founding_partner",)
    search_fields = ("name",)


@admin.register(SecretariatContact)
class SecretariatContactAdmin(TranslatedVersionAdmin):
    list_display = ("name", "title", "email", "phone", "order")
