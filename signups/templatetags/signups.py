from django import template
from django.urls import reverse

from signups.links import action_token

register = template.Library()


@register.simple_tag
def cancel_path(signup) -> str:
    """The same one-button cancel page the e-mails link to, for a person's own pages."""
    return reverse("signups:action", kwargs={"token": action_token(signup, "cancel")})
