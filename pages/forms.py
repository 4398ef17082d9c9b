from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Søg på sitet"),
        max_length=200,
        required=False,
        error_messages={"max_length": _("Skriv højst %(limit_value)d tegn i søgefeltet.")},
    )

    def clean_q(self):
        # What is searched: white space within and around the words does not matter.
        return " ".join(self.cleaned_data["q"].split())
