"""An institution contact's request for a visit."""

from datetime import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.models import VolunteerRole

from .models import BookingRequest, Institution

MAX_CHILDREN = 60  # as the model's constraint: a visit is for a group, not a whole school


class BookingRequestForm(forms.ModelForm):
    """An institution contact asks for a visit. Every mistake gets a Danish message and the
    typed values are kept (a ModelForm re-rendered with its data)."""

    institution = forms.ModelChoiceField(
        label=_("Institution"),
        queryset=Institution.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": _("Vælg en af dine institutioner.")},
    )
    role = forms.ModelChoiceField(
        label=_("Hvem skal komme"),
        queryset=VolunteerRole.objects.all(),
        empty_label=None,
        error_messages={"invalid_choice": _("Vælg en af mulighederne.")},
    )
    date = forms.DateField(
        label=_("Dato"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Skriv datoen som dd.mm.åååå.")},
    )
    time_from = forms.TimeField(
        label=_("Fra kl."),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Skriv klokkeslættet som tt:mm, fx 09:30.")},
    )
    time_to = forms.TimeField(
        label=_("Til kl."),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Skriv klokkeslættet som tt:mm, fx 10:30.")},
    )
    children = forms.IntegerField(
        label=_("Antal børn"),
        min_value=1,
        max_value=MAX_CHILDREN,
        error_messages={
            "invalid": _("Skriv antallet af børn som et tal, fx 12."),
            "min_value": _("Der skal være mindst ét barn."),
            "max_value": _("Et besøg er for højst %(limit_value)s børn. Del gerne gruppen op."),
        },
    )

    class Meta:
        model = BookingRequest
        fields = [
            "institution",
            "role",
            "date",
            "time_from",
            "time_to",
            "place",
            "children",
            "note",
        ]
        help_texts = {
            "place": _("Fx stuen, biblioteket eller adressen, hvis det ikke er institutionens."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        institutions = Institution.objects.filter(contacts=user).order_by("name")
        self.fields["institution"].queryset = institutions
        first = institutions.first()
        if first is not None and not self.is_bound:
            self.initial.setdefault("place", first.address or first.name)
        roles = self.fields["role"].queryset
        if not self.is_bound and roles:
            self.initial.setdefault("role", roles[0].pk)
        self.fields["place"].required = False
        self.fields["date"].input_formats = ["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"]
        for name in ("time_from", "time_to"):
            self.fields[name].input_formats = ["%H:%M", "%H.%M", "%H:%M:%S"]

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day < timezone.localdate():
            raise forms.ValidationError(_("Datoen er passeret. Vælg en dag fra i dag og frem."))
        if day.year > timezone.localdate().year + 2:
            raise forms.ValidationError(_("Vi tager imod bookinger højst to år frem."))
        return day

    def clean(self):
        data = super().clean()
        day, start, end = data.get("date"), data.get("time_from"), data.get("time_to")
        if start and end and end <= start:
            self.add_error("time_to", _("Sluttidspunktet skal ligge efter starttidspunktet."))
        elif day and start:
            begins = datetime.combine(day, start, tzinfo=timezone.get_current_timezone())
            if begins <= timezone.now():
                self.add_error("time_from", _("Tidspunktet er passeret. Vælg et senere."))
        institution = data.get("institution")
        if institution is not None and not data.get("place"):
            data["place"] = institution.address or institution.name
        return data
