"""The coordinator's review queue: confirmed applications, oldest first; every decision goes
through the services (volunteers/services/applications.py)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.errors import ApplicationError

from ..models import Application
from ..services import applications as services

Status = Application.Status


class ReadinessFilter(admin.SimpleListFilter):
    """By default the queue shows what is ready; unconfirmed applications only on request."""

    title = _("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("all", _("Alle"))] + [
            (value, label) for value, label in Status.choices if value != Status.READY
        ]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("Klar til behandling"),
        }
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset.filter(status=Status.READY)
        if self.value() == "all":
            return queryset
        return queryset.filter(status=self.value())


class DecisionForm(forms.ModelForm):
    decision = forms.ChoiceField(
        label=_("Beslutning"),
        required=False,
        choices=[
            ("", "—"),
            ("approve", _("Godkend")),
            ("reject", _("Afslå (begrundelsen sendes)")),
            ("more", _("Bed om flere oplysninger (spørgsmålet sendes)")),
        ],
    )
    note = forms.CharField(
        label=_("Begrundelse eller spørgsmål"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Skriv venligt og kort; teksten sendes til ansøgeren på e-mail."),
    )

    class Meta:
        model = Application
        fields = ()

    def clean(self):
        cleaned = super().clean()
        decision, note = cleaned.get("decision"), (cleaned.get("note") or "").strip()
        if decision == "approve":
            problem = services.approval_problem(self.instance)
            if problem and self.instance.volunteer_id and self.instance.role.children_under_15:
                add = reverse("admin:volunteers_childprotectioncheck_add")
                raise forms.ValidationError(
                    format_html(
                        '{} <a href="{}?volunteer={}">{}</a>',
                        problem.message,
                        add,
                        self.instance.volunteer_id,
                        _("Registrér børneattest for den frivillige"),
                    )
                )
            if problem:
                raise forms.ValidationError(problem.message)
        if decision in ("reject", "more") and not note:
            self.add_error("note", _("Skriv en begrundelse eller et spørgsmål til ansøgeren."))
        return cleaned


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    form = DecisionForm
    list_display = ("name", "role", "status", "age_band", "created_at", "is_ready")
    list_filter = (ReadinessFilter, "role", "age_band")
    list_select_related = ("role",)
    search_fields = ("name", "email")
    ordering = ("created_at", "pk")
    actions = ["approve_selected"]
    readonly_fields = (
        "role",
        "status",
        "name",
        "email",
        "phone",
        "age_band",
        "motivation",
        "availability",
        "language",
        "email_confirmed_at",
        "guardian_email",
        "guardian_consented_at",
        "consent_version",
        "consented_at",
        "consent_withdrawn_at",
        "consent_text",
        "decision_note",
        "reviewed_by",
        "reviewed_at",
        "created_at",
    )
    fieldsets = (
        (None, {"fields": ("role", "status", "created_at")}),
        (
            _("Ansøger"),
            {"fields": ("name", "email", "phone", "age_band", "motivation", "availability")},
        ),
        (
            _("Bekræftelse og samtykke"),
            {
                "fields": (
                    "email_confirmed_at",
                    "guardian_email",
                    "guardian_consented_at",
                    "consent_version",
                    "consented_at",
                    "consent_withdrawn_at",
                    "consent_text",
                )
            },
        ),
        (_("Behandling"), {"fields": ("decision_note", "reviewed_by", "reviewed_at")}),
        (_("Din beslutning"), {"fields": ("decision", "note")}),
    )

    @admin.display(boolean=True, description=_("klar"))
    def is_ready(self, obj):
        return obj.status == Status.READY

    def has_add_permission(self, request):
        return False  # applications come from the public form

    def has_delete_permission(self, request, obj=None):
        return False  # the retention job and the person's own deletion remove them

    def save_model(self, request, obj, form, change):
        decision, note = form.cleaned_data.get("decision"), form.cleaned_data.get("note", "")
        try:
            if decision == "approve":
                services.application_approve(application_id=obj.pk, by=request.user)
                messages.success(
                    request, _("Ansøgningen er godkendt. Ansøgeren får besked på e-mail.")
                )
            elif decision == "reject":
                services.application_reject(application_id=obj.pk, by=request.user, reason=note)
            elif decision == "more":
                services.application_ask_more(application_id=obj.pk, by=request.user, question=note)
        except ApplicationError as error:
            messages.error(request, error.message)
        except PermissionDenied:
            messages.error(request, _("Du har ikke lov til at behandle ansøgninger."))

    def save_related(self, request, form, formsets, change):
        pass  # nothing related is edited here

    @admin.action(description=_("Godkend de valgte ansøgninger"))
    def approve_selected(self, request, queryset):
        approved = 0
        for application in queryset:
            try:
                services.application_approve(application_id=application.pk, by=request.user)
                approved += 1
            except (ApplicationError, PermissionDenied) as error:
                messages.warning(request, f"{application.name}: {error}")
        if approved:
            messages.success(request, _("%d ansøgning(er) godkendt.") % approved)
