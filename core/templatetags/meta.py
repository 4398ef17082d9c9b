"""Tags for the page's <head>: Open Graph and Twitter card tags repeat what the page says."""

from django import template
from django.template.base import NodeList
from django.template.loader_tags import BlockNode

from core.site import absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def block_text(context, name: str) -> str:
    """Block `name` rendered again, as the page defines it (og:title repeats <title>).

    A block renders once where it stands; rendering a fresh node of the same name takes the
    most derived definition from the inheritance chain, as the original did.
    """
    return BlockNode(name, NodeList()).render(context).strip()


@register.simple_tag
def absolute(path: str) -> str:
    """`path` on the configured site address (`SITE_URL`), never the request's host."""
    return absolute_url(path)
