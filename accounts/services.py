"""Actions on user accounts."""

from allauth.account.models import EmailAddress
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from .models import User


def staff_user_create(*, email: str, password: str, superuser: bool = False) -> User:
    """Create a secretariat user who can log in at once.

    The address is recorded as verified: whoever runs this on the server vouches for it, and
    otherwise allauth's mandatory verification would keep the very first editor out.
    """
    validate_password(password, User(email=email))
    with transaction.atomic():
        manager = User.objects
        create = manager.create_superuser if superuser else manager.create_user
        user = create(email=email, password=password, is_staff=True)
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user
