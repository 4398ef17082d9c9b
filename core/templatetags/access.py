from django import template

from core import permissions

register = template.Library()


@register.filter
def lacks_second_factor(user) -> bool:
    return permissions.lacks_second_factor(user)
