from django import forms
from django.utils.translation import gettext_lazy as _

from alliance.models import AllianceMember

from .documents import check_upload


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Dit svar"),
        widget=forms.RadioSelect,
        choices=[
            ("come", _("Jeg kommer")),
            ("cant", _("Jeg kan ikke komme")),
            ("excused", _("Jeg melder afbud med lovligt forfald")),
        ],
        error_messages={"required": _("Vælg dit svar."), "invalid_choice": _("Vælg dit svar.")},
    )


class DocumentSearchForm(forms.Form):
    q = forms.CharField(label=_("Søg i dokumenter"), max_length=200, required=False)

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].replace("\x00", "").split())


class ProfileForm(forms.ModelForm):
    class Meta:
        model = AllianceMember
        fields = [
            "profile_text",
            "photo",
            "photo_alt",
            "phone",
            "share_email",
            "share_phone",
            "notify_meetings",
            "notify_minutes",
        ]
        widgets = {"photo": forms.ClearableFileInput(attrs={"accept": "image/*"})}
        help_texts = {
            "photo_alt": _("Skriv kort, hvad fotoet viser, fx »Anne smiler foran biblioteket«."),
            "profile_text": _("Vises for de andre medlemmer i medlemslisten."),
        }

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "content_type"):  # a new upload, not the stored one
            check_upload(photo, images_only=True)
        return photo

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("photo") and not (cleaned.get("photo_alt") or "").strip():
            self.add_error("photo_alt", _("Beskriv fotoet, så alle kan få det at vide."))
        return cleaned


class AttendanceForm(forms.Form):
    attendees = forms.ModelMultipleChoiceField(
        label=_("Mødte op"),
        queryset=AllianceMember.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, members=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = (
            members if members is not None else AllianceMember.objects.none()
        )
