"""The volunteer's visits for "Mine sider", whichever view renders the page."""

from django import template

from ..selectors import bookings_for_volunteer

register = template.Library()


@register.simple_tag
def volunteer_bookings(user):
    return list(bookings_for_volunteer(user)) if user.is_authenticated else []
