from django import template

from accounts.roles import roles_of
from core.permissions import may

register = template.Library()

AREA = "members.member_area"


@register.filter
def enters_members_area(user) -> bool:
    """For the header's link: asks the permission mechanism only when one of the person's roles
    (already known for the request) carries the area, so other pages cost no extra query."""
    if not user.is_authenticated:
        return False
    if not (user.is_superuser or any(AREA in role.permissions for role in roles_of(user))):
        return False
    return may(user, AREA)
