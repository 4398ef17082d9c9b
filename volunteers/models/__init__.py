"""The volunteer corps: roles per initiative, applications, børneattest records, the volunteers
themselves and their sessions. One module per part (institutions and their bookings of a
volunteer are the institutions app's)."""

from .applications import Application, ConsentText
from .attests import ChildProtectionCheck
from .people import Volunteer
from .roles import VolunteerRole
from .sessions import Session

__all__ = [
    "Application",
    "ChildProtectionCheck",
    "ConsentText",
    "Session",
    "Volunteer",
    "VolunteerRole",
]
