from django import template

from core import permissions

register = template.Library()


@register.filter
def lacks_second_factor(user) -> bool:
    return permissions.lacks_second_factor(user)


@register.simple_tag
def admin_change_url(user, obj) -> str | None:
    """`{% admin_change_url request.user item as edit_url %}`: where this viewer edits `item`."""
    return permissions.admin_change_url(user, obj)
