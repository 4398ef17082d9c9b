"""The barometer's forms: quick to fill on a phone, with a clear Danish message for every
mistake and the typed values kept."""

from datetime import timedelta

from django import forms
from django.utils.translation import gettext_lazy as _

from institutions.models import Institution

from .models import MAX_CHILDREN, MAX_MINUTES, ReadingEntry
from .services import today

# How far back a session can be logged: late is fine, last year's is a typo.
MAX_DAYS_BACK = 60


class ReadingEntryForm(forms.ModelForm):
    institution = forms.ModelChoiceField(
        label=_("Institution"),
        queryset=Institution.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": _("Vælg en af dine institutioner.")},
    )
    date = forms.DateField(
        label=_("Dato"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": _("Skriv datoen som dd.mm.åååå."),
            "required": _("Skriv datoen for højtlæsningen."),
        },
    )
    minutes = forms.IntegerField(
        label=_("Minutter"),
        min_value=1,
        max_value=MAX_MINUTES,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": _("Skriv minutterne som et helt tal, fx 20."),
            "required": _("Skriv, hvor mange minutter I læste."),
            "min_value": _("Skriv mindst 1 minut."),
            "max_value": _("Højst %(limit_value)s minutter ad gangen. Del det gerne op."),
        },
    )
    children = forms.IntegerField(
        label=_("Antal børn"),
        min_value=1,
        max_value=MAX_CHILDREN,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": _("Skriv antallet af børn som et helt tal, fx 12."),
            "required": _("Skriv, hvor mange børn der var med."),
            "min_value": _("Der skal være mindst ét barn."),
            "max_value": _("Højst %(limit_value)s børn ad gangen. Tjek tallet."),
        },
    )
    book_title = forms.CharField(
        label=_("Bogens titel (frivilligt)"),
        required=False,
        max_length=200,
        error_messages={"max_length": _("Titlen må højst være %(limit_value)d tegn.")},
    )

    class Meta:
        model = ReadingEntry
        fields = ["institution", "date", "minutes", "children", "book_title"]

    def __init__(self, *args, institutions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = institutions
        self.fields["date"].widget.attrs["max"] = today().isoformat()
        if not self.is_bound and not self.instance.pk:
            self.initial.setdefault("date", today())
        if self.instance.pk:
            # A correction keeps its institution.
            del self.fields["institution"]

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > today():
            raise forms.ValidationError(_("Datoen kan ikke ligge i fremtiden."))
        if day < today() - timedelta(days=MAX_DAYS_BACK):
            raise forms.ValidationError(
                _("Datoen ligger mere end %(days)s dage tilbage. Tjek den.")
                % {"days": MAX_DAYS_BACK}
            )
        return day

    def clean_book_title(self):
        return " ".join(self.cleaned_data["book_title"].split())


class BarometerSettingsForm(forms.Form):
    goal_minutes = forms.IntegerField(
        label=_("Årets mål i minutter"),
        required=False,
        min_value=1,
        max_value=200_000,
        help_text=_("F.eks. 20 minutter om dagen i 200 dage = 4.000 minutter. Tom: intet mål."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": _("Skriv målet som et helt tal, fx 4000."),
            "min_value": _("Målet skal være mindst 1 minut."),
            "max_value": _("Målet kan højst være %(limit_value)s minutter."),
        },
    )
    reminders = forms.BooleanField(
        label=_("Send en venlig påmindelse, når vi ikke har registreret noget i 14 dage"),
        required=False,
    )
