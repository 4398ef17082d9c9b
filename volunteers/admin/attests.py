"""The børneattest through its steps; the service fills the consent deadline, who assessed it
and the renewal date. No free text, never the extract, never a CPR number."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from ..models import ChildProtectionCheck
from ..services import attests as services


class AttestForm(forms.ModelForm):
    class Meta:
        model = ChildProtectionCheck
        fields = ("volunteer", "step", "requested_at", "received_at", "outcome")

    def clean(self):
        cleaned = super().clean()
        try:
            services.attest_validate(
                step=cleaned.get("step"),
                requested_at=cleaned.get("requested_at"),
                received_at=cleaned.get("received_at"),
                outcome=cleaned.get("outcome"),
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


@admin.register(ChildProtectionCheck)
class ChildProtectionCheckAdmin(admin.ModelAdmin):
    form = AttestForm
    list_display = ("volunteer", "step", "requested_at", "outcome", "valid_until", "assessed_by")
    list_filter = ("step", "outcome")
    list_select_related = ("volunteer", "assessed_by")
    search_fields = ("volunteer__name",)
    autocomplete_fields = ("volunteer",)
    readonly_fields = ("consent_due", "valid_until", "assessed_by")
    fields = (
        "volunteer",
        "step",
        "requested_at",
        "consent_due",
        "received_at",
        "outcome",
        "valid_until",
        "assessed_by",
    )

    def save_model(self, request, obj, form, change):
        services.attest_save(check=obj, by=request.user)
