"""How allauth behaves on this portal."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from .second_factor import has_second_factor, second_factor_required


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        # Accounts come from invitations (and volunteer applications), never from an open
        # form: an account without a role would have no purpose here.
        return False

    def get_login_redirect_url(self, request) -> str:
        # First login of someone who must use two-factor: straight to setting it up.
        user = request.user
        if second_factor_required(user) and not has_second_factor(user):
            return reverse("mfa_index")
        if user.is_staff:
            return reverse("admin:index")
        if user.groups.exists():
            return reverse("volunteers:my_pages")  # their sign-ups, visits and data
        return super().get_login_redirect_url(request)

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # Failed logins count per account *and* address: a stranger guessing at an editor's
        # password locks out only themselves, never the editor logging in from elsewhere.
        account_key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account_key}:{self.get_client_ip(request)}"
