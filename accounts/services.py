"""Actions on user accounts, roles and invitations; each runs in one transaction."""

import hashlib
import logging
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import ApplicationError
from core.site import absolute_url

from .models import Invitation, User
from .roles import BY_NAME, ROLES, Role
from .selectors import covers, may_manage

logger = logging.getLogger(__name__)

INVITATION_LIFETIME = timedelta(days=7)


def _groups(roles: list[Role]) -> list[Group]:
    return list(Group.objects.filter(name__in=[role.name for role in roles]))


def _is_staff_with(user: User, roles: list[Role]) -> bool:
    return user.is_superuser or any(role.staff for role in roles)


def grantable_roles(granter: User) -> list[Role]:
    """The roles `granter` may hand out: those their own rights cover (accounts.selectors), so
    nobody can give an account (perhaps their own second one) more than they have."""
    return [role for role in ROLES if covers(granter, role)]


def _check_grantable(granter: User | None, roles: list[Role]) -> None:
    if granter is None:
        return  # the server's command line
    allowed = grantable_roles(granter)
    refused = [role.name for role in roles if role not in allowed]
    if refused:
        raise PermissionDenied(_("Du kan ikke give rollen: %s.") % ", ".join(refused))


def user_set_roles(*, user: User, roles: list[Role], by: User | None) -> User:
    """Give `user` exactly `roles` (and admin access when one of them is a staff role)."""
    _check_grantable(by, roles)
    with transaction.atomic():
        user.groups.set(_groups(roles))
        user.is_staff = _is_staff_with(user, roles)
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("_portal_roles", None)
    return user


def user_deactivate(*, user: User, by: User) -> User:
    """Close `user`'s account: they can no longer log in, and a session they have ends at its
    next request. Only someone who may look after the account, and never one's own."""
    if user.pk == by.pk or not may_manage(by, user):
        raise PermissionDenied(_("Du kan ikke lukke kontoen for %s.") % user.email)
    with transaction.atomic():
        user.is_active = False
        user.save(update_fields=["is_active"])
    return user


def staff_user_create(
    *, email: str, password: str, roles: list[Role] = (), superuser: bool = False
) -> User:
    """Create a secretariat user who can log in at once.

    The address is recorded as verified: whoever runs this on the server vouches for it, and
    otherwise allauth's mandatory verification would keep the very first editor out.
    """
    email = User.objects.normalize_email(email)
    if User.objects.filter(email=email).exists():
        raise ValidationError(
            _("Der findes allerede en bruger med adressen %s. Giv vedkommende rollen i stedet.")
            % email
        )
    validate_password(password, User(email=email))
    with transaction.atomic():
        manager = User.objects
        create = manager.create_superuser if superuser else manager.create_user
        user = create(email=email, password=password, is_staff=True)
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        user_set_roles(user=user, roles=list(roles), by=None)
    return user


# --- Invitations -----------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_create(*, email: str, roles: list[Role], invited_by: User | None) -> Invitation:
    """Invite `email` to create an account with `roles`, by an e-mailed link that works once."""
    _check_grantable(invited_by, roles)
    email = User.objects.normalize_email(email)
    if User.objects.filter(email=email).exists():
        raise ValidationError(
            {"email": _("Der findes allerede en bruger med denne e-mailadresse.")}
        )
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        invitation = Invitation.objects.create(
            email=email,
            token_hash=_token_hash(token),
            invited_by=invited_by,
            expires_at=timezone.now() + INVITATION_LIFETIME,
        )
        invitation.roles.set(_groups(roles))
        transaction.on_commit(lambda: _send_invitation(invitation, token), robust=True)
    return invitation


def invitation_resend(*, invitation: Invitation, by: User | None) -> Invitation:
    """A fresh link and lifetime for an invitation not yet used; the old link stops working."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            raise ValidationError(_("Invitationen er allerede taget i brug."))
        invitation.token_hash = _token_hash(token)
        invitation.expires_at = timezone.now() + INVITATION_LIFETIME
        invitation.save(update_fields=["token_hash", "expires_at"])
        transaction.on_commit(lambda: _send_invitation(invitation, token), robust=True)
    return invitation


def _send_invitation(invitation: Invitation, token: str) -> None:
    context = {
        "url": absolute_url(reverse("accounts:invitation", kwargs={"token": token})),
        "roles": [BY_NAME[group.name] for group in invitation.roles.all() if group.name in BY_NAME],
        "expires_at": invitation.expires_at,
        "site_name": settings.SITE_NAME,
    }
    message = EmailMultiAlternatives(
        subject=render_to_string("accounts/email/invitation_subject.txt", context).strip(),
        body=render_to_string("accounts/email/invitation_message.txt", context),
        to=[invitation.email],
    )
    message.attach_alternative(
        render_to_string("accounts/email/invitation_message.html", context), "text/html"
    )
    message.send()


def invitation_for_token(token: str) -> Invitation:
    invitation = Invitation.objects.filter(token_hash=_token_hash(token)).first()
    if invitation is None:
        raise ApplicationError("accounts.invitation-unknown")
    if invitation.accepted_at is not None:
        raise ApplicationError("accounts.invitation-used")
    if invitation.is_expired:
        raise ApplicationError("accounts.invitation-expired")
    return invitation


def invitation_accept(
    *, token: str, password: str, first_name: str = "", last_name: str = ""
) -> User:
    """Create the invited person's account, with a verified address and the invited roles.

    The invitation row is locked, so a link clicked twice at once makes one account.
    """
    with transaction.atomic():
        invitation = invitation_for_token(token)
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            raise ApplicationError("accounts.invitation-used")
        if User.objects.filter(email=invitation.email).exists():
            raise ApplicationError("accounts.invitation-used")
        validate_password(password, User(email=invitation.email))
        user = User.objects.create_user(
            email=invitation.email, password=password, first_name=first_name, last_name=last_name
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        roles = [BY_NAME[g.name] for g in invitation.roles.all() if g.name in BY_NAME]
        user_set_roles(user=user, roles=roles, by=None)
        invitation.accepted_at = timezone.now()
        invitation.user = user
        invitation.save(update_fields=["accepted_at", "user"])
    logger.info("Invitation %s accepted", invitation.pk)
    return user
