"""The volunteer corps: roles per initiative, applications, børneattest records, the volunteers
themselves, their sessions, and institutions' requests for a visit. One module per part."""

from .applications import Application, ConsentText
from .attests import ChildProtectionCheck
from .bookings import BookingRequest, Institution
from .people import Volunteer
from .roles import VolunteerRole
from .sessions import Session

__all__ = [
    "Application",
    "BookingRequest",
    "ChildProtectionCheck",
    "ConsentText",
    "Institution",
    "Session",
    "Volunteer",
    "VolunteerRole",
]
