from django import forms
from django.utils.translation import gettext_lazy as _


class SignUpForm(forms.Form):
    """Who is coming: what an anonymous visitor gives to sign up for an occasion."""

    required_css_class = "required"  # the label gets a "*"; the input says required itself

    name = forms.CharField(label=_("Navn"), max_length=150)
    # The sign-up stores 254 characters (models.EmailField); the form field would take 320.
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("Vi sender bekræftelsen og en påmindelse hertil."),
    )
    phone = forms.CharField(
        label=_("Telefon (valgfrit)"),
        max_length=30,
        required=False,
        help_text=_("Kun hvis vi skal kunne ringe, fx ved aflysning samme dag."),
    )
