"""The application form, the small forms on Mine sider and the coordinator's session form."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Application, Session, Volunteer
from .services.sessions import OCCASION_FIELDS

MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!]")
PHONE = re.compile(r"^\+?[0-9 ()-]{6,30}$")


def no_markup(value: str) -> None:
    """Text is shown as text anyway; markup in a form is a mistake or an attack, so say so."""
    if MARKUP.search(value or ""):
        raise ValidationError(_("Skriv almindelig tekst uden HTML-koder som <script>."))


class ApplicationForm(forms.Form):
    name = forms.CharField(
        label=_("Navn"),
        max_length=150,
        validators=[no_markup],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("Vi sender et link, som du skal klikke på for at bekræfte din ansøgning."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Telefon (valgfrit)"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    age_band = forms.ChoiceField(label=_("Alder"), choices=Application.AgeBand.choices)
    guardian_email = forms.EmailField(
        label=_("Forælders eller værges e-mail"),
        max_length=254,
        required=False,
        help_text=_(
            "Kun hvis du er under 15 år: din forælder eller værge får en e-mail og skal give "
            "samtykke, før vi behandler din ansøgning."
        ),
    )
    motivation = forms.CharField(
        label=_("Hvorfor vil du være frivillig?"),
        max_length=2000,
        validators=[no_markup],
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Fortæl lidt om dig selv og om, hvad du gerne vil. Højst 2.000 tegn."),
    )
    availability = forms.CharField(
        label=_("Hvornår kan du?"),
        max_length=500,
        validators=[no_markup],
        help_text=_("Fx »tirsdag eftermiddag« eller »et par timer om ugen«."),
    )
    consent = forms.BooleanField(
        label=_("Jeg giver samtykke til, at +DIG behandler mine oplysninger som beskrevet."),
        error_messages={"required": _("Du skal give samtykke, før vi kan modtage din ansøgning.")},
    )

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise ValidationError(_("Skriv et telefonnummer med cifre, fx 12 34 56 78."))
        return phone

    def clean(self):
        cleaned = super().clean()
        under_15 = cleaned.get("age_band") == Application.AgeBand.UNDER_15
        guardian = cleaned.get("guardian_email")
        if under_15 and not guardian and "guardian_email" not in self.errors:
            self.add_error(
                "guardian_email",
                _("Er du under 15 år, skal du skrive din forælders eller værges e-mail."),
            )
        email = cleaned.get("email")
        if under_15 and guardian and email and guardian.lower() == email.lower():
            self.add_error(
                "guardian_email", _("Skriv din forælders eller værges egen e-mail, ikke din.")
            )
        return cleaned


class AnswerForm(forms.Form):
    """The applicant's answer to the coordinator's question: an updated application."""

    motivation = forms.CharField(
        label=_("Hvorfor vil du være frivillig?"),
        max_length=2000,
        validators=[no_markup],
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    availability = forms.CharField(
        label=_("Hvornår kan du?"), max_length=500, validators=[no_markup]
    )

    def __init__(self, *args, application=None, **kwargs):
        if application is not None:
            kwargs.setdefault("prefix", f"a{application.pk}")
            kwargs.setdefault(
                "initial",
                {"motivation": application.motivation, "availability": application.availability},
            )
        super().__init__(*args, **kwargs)


class SessionAdminForm(forms.ModelForm):
    """A session with its occasion's fields on one form; saved through `session_save`."""

    title = forms.CharField(label=_("Titel"), max_length=200)
    starts_at = forms.SplitDateTimeField(
        label=_("Starter"), widget=forms.SplitDateTimeWidget(date_attrs={"type": "date"})
    )
    ends_at = forms.SplitDateTimeField(
        label=_("Slutter"), widget=forms.SplitDateTimeWidget(date_attrs={"type": "date"})
    )
    place = forms.CharField(label=_("Sted"), max_length=200)
    address = forms.CharField(label=_("Adresse"), max_length=250, required=False)
    capacity = forms.IntegerField(
        label=_("Pladser"),
        min_value=1,
        max_value=10_000,
        required=False,
        help_text=_(
            "Tom: ubegrænset. Er der flere tilmeldte end pladser, kommer de på venteliste."
        ),
    )
    registration_open = forms.BooleanField(
        label=_("Åben for tilmelding"),
        required=False,
        initial=True,
        help_text=_("Slået fra: kun koordinatoren sætter frivillige på vagten."),
    )
    assign = forms.ModelMultipleChoiceField(
        label=_("Sæt frivillige på vagten"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Godkendte frivillige til rollen, som ikke allerede er på vagten (og med gyldig "
            "børneattest på dagen, hvis rollen kræver det). De får en bekræftelse på e-mail."
        ),
    )

    class Meta:
        model = Session
        fields = ["role", "description"]

    def __init__(self, *args, assignable=None, **kwargs):
        super().__init__(*args, **kwargs)
        occasion = self.instance.occasion if self.instance.pk else None
        if occasion is not None:
            for name in OCCASION_FIELDS:
                self.initial.setdefault(name, getattr(occasion, name))
        self.fields["assign"].queryset = (
            assignable if assignable is not None else Volunteer.objects.none()
        )
        if assignable is None:
            del self.fields["assign"]

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("Vagten skal slutte efter den starter."))
        return data

    def occasion_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in OCCASION_FIELDS}
