"""The application form and the small forms on Mine sider."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Application

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
