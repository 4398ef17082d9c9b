"""Whose accounts a person may look after: one rule for the user admin's list, change form,
actions and any export of someone's data.

A person may see, change, close or export the account of someone only if their own
permissions cover everything the other holds:
- every permission the other holds, through roles or directly;
- every role the other holds that opens the admin, held by themselves too;
- for a role looked after by a permission of its own (a volunteer's: the coordinators'
  `volunteers.change_volunteer`), that permission;
- a superuser's account only if they are a superuser themselves.
So an editor looks after members and other editors, not volunteers or institution contacts;
a coordinator volunteers, institution contacts and other coordinators, not editors or members.
The same rule says which roles someone may hand out (`grantable_roles`).
"""

from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet

from core.permissions import may

from .models import Invitation, User
from .roles import ROLES, Role, roles_of


def covers(actor: User, role: Role) -> bool:
    """`actor`'s own rights cover `role`: they may hand it out and look after its holders."""
    if not (actor.is_authenticated and actor.is_active):
        return False
    if actor.is_superuser:
        return True
    own = actor.get_all_permissions()
    return (
        set(role.permissions) <= own
        # A role that opens the admin: its rights may not all be permissions yet.
        and (not role.staff or role in roles_of(actor))
        and (role.looked_after_with is None or role.looked_after_with in own)
    )


def manageable_by(actor: User) -> QuerySet[User]:
    """The accounts `actor` may see and look after (their own included)."""
    if not may(actor, "accounts.view_user"):
        return User.objects.none()
    if actor.is_superuser:
        return User.objects.all()
    own = Permission.objects.filter(Q(group__user=actor) | Q(user=actor)).values("pk")
    beyond = Permission.objects.exclude(pk__in=own)
    return (
        User.objects.filter(is_superuser=False)
        .exclude(groups__permissions__in=beyond)
        .exclude(user_permissions__in=beyond)
        .exclude(groups__name__in=_roles_beyond(actor))
    )


def invitations_visible_to(actor: User) -> QuerySet[Invitation]:
    """The invitations `actor` sees: those for roles they cover (an invitation names a person
    and the roles they will hold, so it is theirs to look after like the account)."""
    if not may(actor, "accounts.view_invitation"):
        return Invitation.objects.none()
    return Invitation.objects.exclude(roles__name__in=_roles_beyond(actor))


def _roles_beyond(actor: User) -> list[str]:
    return [role.name for role in ROLES if not covers(actor, role)]


def may_manage(actor: User, target: User) -> bool:
    """May `actor` change, close or export `target`'s account? (Nobody sets another's
    password: see accounts/admin.py.)"""
    return may(actor, "accounts.change_user") and manageable_by(actor).filter(pk=target.pk).exists()
