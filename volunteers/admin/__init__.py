"""The volunteers' admin, one module per part (each registers its own models)."""
# isort: skip_file
# One import per line, so adding a module is a one-line change.

from . import bookings  # noqa: F401
from . import sessions  # noqa: F401
