"""The coordinator's and editors' admin for volunteers, one module per part."""

from . import applications, attests, roles, volunteers  # noqa: F401
