"""The two-factor policy: who must have a second factor, and whether they have one."""

from allauth.mfa.models import Authenticator

from core.permissions import SecondFactorPolicy

from .roles import roles_of

# Recovery codes back up a factor; on their own they are not one.
FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def second_factor_required(user) -> bool:
    """Staff, superusers and every role that sees personal data."""
    return user.is_staff or user.is_superuser or any(role.second_factor for role in roles_of(user))


def has_second_factor(user) -> bool:
    # allauth asks for this factor at every login once it exists, so having one means the
    # session passed it.
    return Authenticator.objects.filter(user=user, type__in=FACTORS).exists()


POLICY = SecondFactorPolicy(
    required=second_factor_required,
    present=has_second_factor,
    setup_url_name="mfa_index",
)
