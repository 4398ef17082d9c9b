"""The secretariat's admin for meetings, agendas, minutes and documents (history with restore)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from alliance.admin import AllianceMemberAdmin
from alliance.models import AllianceMember
from core.errors import ApplicationError

from . import selectors, services
from .documents import check_upload
from .models import AgendaItem, Document, Meeting, Minutes


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 1
    autocomplete_fields = ["document"]


class MeetingForm(forms.ModelForm):
    video_url = forms.URLField(label=_("Videolink"), required=False, assume_scheme="https")

    class Meta:
        model = Meeting
        fields = ["title", "starts_at", "ends_at", "place", "video_url", "status", "attendees"]

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("Mødet skal slutte efter, det begynder."))
        if not cleaned.get("place") and not cleaned.get("video_url"):
            self.add_error("place", _("Skriv et sted eller et videolink."))
        newly = self.instance.published_at is None
        publishing = cleaned.get("status") == Meeting.Status.PUBLISHED and newly
        if publishing and starts and starts <= timezone.now():
            self.add_error(
                "starts_at", _("Mødet ligger i fortiden, så der kan ikke sendes en invitation.")
            )
        return cleaned


@admin.register(Meeting)
class MeetingAdmin(VersionAdmin):
    form = MeetingForm
    inlines = [AgendaItemInline]
    list_display = ["title", "starts_at", "place", "status", "attendance_link"]
    list_filter = ["status"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["attendees"]
    search_fields = ["title", "place"]

    def get_changeform_initial_data(self, request):
        return {"title": Meeting._meta.get_field("title").default}

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "attendees":
            kwargs["queryset"] = selectors.current_members()
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # Saved as a draft here; publishing (occasion, invitations) waits for the agenda items
        # in save_related, so the invitation lists them.
        self._publish = obj.status == Meeting.Status.PUBLISHED
        if obj.published_at is None:
            obj.status = Meeting.Status.DRAFT
        obj.save()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        meeting = form.instance
        services.meeting_save(meeting=meeting, publish=self._publish)

    def delete_model(self, request, obj):
        services.meeting_delete(meeting=obj)

    def delete_queryset(self, request, queryset):
        for meeting in queryset:
            services.meeting_delete(meeting=meeting)

    @admin.display(description=_("deltagere"))
    def attendance_link(self, meeting):
        from django.urls import reverse
        from django.utils.html import format_html

        if meeting.status != Meeting.Status.PUBLISHED:
            return "–"
        return format_html(
            '<a href="{}">{}</a>', reverse("members:attendance", args=[meeting.pk]), _("Se liste")
        )


class MinutesForm(forms.ModelForm):
    class Meta:
        model = Minutes
        fields = ["meeting", "status", "text", "document", "approved_on", "approved_at"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Minutes.Status.APPROVED and not cleaned.get("approved_on"):
            self.add_error("approved_on", _("Skriv datoen, referatet blev godkendt."))
        return cleaned


@admin.register(Minutes)
class MinutesAdmin(VersionAdmin):
    form = MinutesForm
    list_display = ["meeting", "status", "approved_on"]
    list_filter = ["status"]
    autocomplete_fields = ["meeting", "approved_at", "document"]
    history_latest_first = True

    def save_model(self, request, obj, form, change):
        if obj.status == Minutes.Status.APPROVED:
            services.minutes_approve(minutes=obj)
        else:
            obj.save()


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["title", "kind", "meeting", "file"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):
            try:
                check_upload(upload)
            except ValidationError as error:
                raise ValidationError(error.messages) from None
        return upload


@admin.register(Document)
class DocumentAdmin(VersionAdmin):
    form = DocumentForm
    list_display = ["title", "kind", "meeting", "filename", "uploaded_at"]
    list_filter = ["kind"]
    search_fields = ["title", "filename"]
    autocomplete_fields = ["meeting"]

    def save_model(self, request, obj, form, change):
        upload = form.cleaned_data["file"] if "file" in form.changed_data else None
        services.document_save(document=obj, upload=upload)


@admin.action(description=_("Invitér til medlemsområdet"), permissions=["invite"])
def invite_members(modeladmin, request, queryset):
    """The admin action on alliance-group entries: an invitation with the member role."""
    invited = 0
    for member in queryset:
        try:
            services.member_invite(member=member, by=request.user)
            invited += 1
        except ApplicationError as error:
            modeladmin.message_user(request, f"{member.name}: {error.message}", messages.ERROR)
    if invited:
        modeladmin.message_user(
            request, _("%(count)d invitation(er) er sendt.") % {"count": invited}, messages.SUCCESS
        )


# The alliance group's entries are the alliance app's; the members' area adds its invitation to
# their admin (the alliance app does not know the area exists).
admin.site.unregister(AllianceMember)


@admin.register(AllianceMember)
class AllianceMemberWithInvitationAdmin(AllianceMemberAdmin):
    actions = [*AllianceMemberAdmin.actions, invite_members]

    def has_invite_permission(self, request):
        # Inviting makes an account with the member role: the invitations' own permission.
        return request.user.has_perm("accounts.add_invitation")
