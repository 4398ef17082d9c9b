"""How allauth behaves on this portal."""

from allauth.account.adapter import DefaultAccountAdapter

# The internal module, as allauth's own adapter uses: its usage can be rolled back.
from allauth.core.internal import ratelimit
from django.urls import reverse

from .models import User
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

    # Per account-and-address alone, a guesser spread over many addresses could try without
    # end. So an account without a second factor (institution contacts, volunteers) also has
    # a limit across all addresses, `login_failed_account` (100 wrong passwords an hour).
    # The trade-off: a stranger with enough addresses can block the owner's *password* for up
    # to an hour; the owner can still log in with a code sent by e-mail, and successful logins
    # never count. Accounts with a second factor are guarded by it and never blocked this way,
    # so a stranger cannot lock the secretariat out.
    def pre_authenticate(self, request, **credentials) -> None:
        super().pre_authenticate(request, **credentials)
        self._login_failed_account_usage = None
        account_key = DefaultAccountAdapter._get_login_attempts_cache_key(
            self, request, **credentials
        )
        user = User.objects.filter(email=credentials.get("email") or "").first()
        if user is None or has_second_factor(user):
            return
        usage = ratelimit.consume(
            request=request, app="allauth.account", action="login_failed_account", key=account_key
        )
        if not usage:
            self._rollback_login_failed_rl_usage()  # this attempt is refused, not counted twice
            raise self.validation_error("too_many_login_attempts")
        self._login_failed_account_usage = usage

    def _rollback_login_failed_rl_usage(self) -> None:
        super()._rollback_login_failed_rl_usage()
        usage = getattr(self, "_login_failed_account_usage", None)
        if usage:
            usage.rollback()
            self._login_failed_account_usage = None
