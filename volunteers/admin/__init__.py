"""The volunteers' admin, one module per part (each registers its own models)."""
# isort: skip_file
# One import per line, so adding a module is a one-line change.

from . import applications  # noqa: F401
from . import attests  # noqa: F401
from . import roles  # noqa: F401
from . import sessions  # noqa: F401
from . import volunteers  # noqa: F401
