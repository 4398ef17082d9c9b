"""Sessions in the admin: the occasion's fields on the session's own form, saved through the
service, with the sign-ups listed and fitting volunteers to assign."""

from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.errors import ApplicationError

from ..forms import SessionAdminForm
from ..models import Session
from ..selectors import assignable_volunteers, session_admin_list, signups_of_session
from ..services.sessions import session_assign, session_cancel, session_save

OCCASION = (
    _("Tid og sted"),
    {
        "fields": [
            "title",
            ("starts_at", "ends_at"),
            "place",
            "address",
            "capacity",
            "registration_open",
        ]
    },
)


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    form = SessionAdminForm
    list_display = ["title", "starts", "role", "capacity", "taken", "waiting", "cancelled"]
    list_filter = ["role", "occasion__registration_open"]
    search_fields = ["occasion__title", "occasion__place"]
    date_hierarchy = "occasion__starts_at"
    ordering = ["-occasion__starts_at"]
    actions = ["cancel_sessions"]

    def get_queryset(self, request):
        return session_admin_list(super().get_queryset(request))

    def get_fieldsets(self, request, obj=None):
        fieldsets = [(None, {"fields": ["role", "description"]}), OCCASION]
        if obj is not None:
            fieldsets.append(
                (_("Frivillige"), {"fields": ["signed_up", "assign"]}),
            )
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return ["signed_up"] if obj is not None else []

    def get_form(self, request, obj=None, change=False, **kwargs):
        base = super().get_form(request, obj, change, **kwargs)
        assignable = assignable_volunteers(obj) if obj is not None else None

        class Form(base):
            def __init__(self, *args, **kw):
                super().__init__(*args, assignable=assignable, **kw)

        return Form

    def save_model(self, request, obj, form, change):
        saved = session_save(
            session=obj if change else None,
            role=form.cleaned_data["role"],
            description=form.cleaned_data["description"],
            **form.occasion_fields(),
        )
        obj.pk, obj.occasion = saved.pk, saved.occasion
        chosen = list(form.cleaned_data.get("assign") or [])
        if not chosen:
            return
        try:
            session_assign(session_id=saved.pk, volunteers=chosen)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)d frivillig er sat på vagten og får besked.",
                    "%(count)d frivillige er sat på vagten og får besked.",
                    len(chosen),
                )
                % {"count": len(chosen)},
            )

    def has_delete_permission(self, request, obj=None):
        return False  # a session is called off (everyone is told), never deleted

    @admin.display(description=_("titel"), ordering="occasion__title")
    def title(self, session):
        return session.occasion.title

    @admin.display(description=_("starter"), ordering="occasion__starts_at")
    def starts(self, session):
        return session.occasion.starts_at

    @admin.display(description=_("pladser"))
    def capacity(self, session):
        return session.occasion.capacity or "–"

    # The sign-up mechanism's count, as on the occasions' own list: held offers take a place.
    @admin.display(description=_("optaget"), ordering="places_taken")
    def taken(self, session):
        return session.places_taken

    @admin.display(description=_("venter"), ordering="places_waiting")
    def waiting(self, session):
        return session.places_waiting

    @admin.display(description=_("aflyst"), boolean=True)
    def cancelled(self, session):
        return session.occasion.cancelled_at is not None

    @admin.display(description=_("tilmeldte"))
    def signed_up(self, session):
        rows = [(s.name, s.email, s.get_status_display()) for s in signups_of_session(session)]
        if not rows:
            return _("Ingen endnu.")
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{} ({}) – {}</li>", rows))

    @admin.action(
        description=_("Aflys de valgte vagter (alle tilmeldte får besked)"),
        permissions=["change"],
    )
    def cancel_sessions(self, request, queryset):
        for session in queryset:
            session_cancel(session_id=session.pk)
        self.message_user(request, _("Vagterne er aflyst."), messages.SUCCESS)
