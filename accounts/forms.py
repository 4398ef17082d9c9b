from allauth.account.adapter import get_adapter as get_account_adapter
from allauth.core import context, ratelimit
from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.models import Authenticator
from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _


class InvitationAcceptForm(forms.Form):
    """The invited person's name and a password of their own choosing."""

    required_css_class = "required"  # the label gets a "*"; the input says required itself

    first_name = forms.CharField(label=_("Fornavn"), max_length=150)
    last_name = forms.CharField(label=_("Efternavn"), max_length=150, required=False)
    password1 = forms.CharField(
        label=_("Adgangskode"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("Gentag adgangskoden"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("De to adgangskoder er ikke ens."))
        return cleaned


class _CodesCountPerAddress:
    """The second-factor code step, with wrong codes counted per account *and* address.

    allauth counts them per account from all addresses together, so five wrong codes from
    anywhere (someone who has the password) lock the owner's own code step for five minutes.
    Counted like wrong passwords (accounts.adapter), a stranger locks only their own address
    and the owner, from another, still logs in. `login_failed` also limits each address over
    all accounts. Otherwise allauth's check (allauth.mfa.base.forms.BaseAuthenticateForm).
    """

    def clean_code(self) -> str:
        request = context.request
        key = f"mfa-auth-user-{self.user.pk}:{get_account_adapter().get_client_ip(request)}"
        if not ratelimit.consume(request, action="login_failed", key=key):
            raise get_account_adapter().validation_error("too_many_login_attempts")
        code = self.cleaned_data["code"]
        # WebAuthn cannot check a typed code; a TOTP app and recovery codes can.
        found = list(
            Authenticator.objects.filter(user=self.user).exclude(type=Authenticator.Type.WEBAUTHN)
        )
        for authenticator in found:
            if authenticator.wrap().validate_code(code):
                authenticator.user = self.user
                self.authenticator = authenticator
                ratelimit.clear(request, action="login_failed", key=key)
                return code
        main = next((a for a in found if a.type == Authenticator.Type.TOTP), None)
        if found:
            self._emit_authentication_failed(main or found[0])
        raise get_mfa_adapter().validation_error("incorrect_code")


class AuthenticateForm(_CodesCountPerAddress, mfa_forms.AuthenticateForm):
    pass


class ReauthenticateForm(_CodesCountPerAddress, mfa_forms.ReauthenticateForm):
    pass
