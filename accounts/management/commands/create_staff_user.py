import getpass
import os

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.services import staff_user_create


class Command(BaseCommand):
    help = "Create a staff user (or a superuser) whose e-mail address is already verified."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--superuser", action="store_true")

    def handle(self, *args, email, superuser, **options):
        # STAFF_PASSWORD lets scripts run this without a prompt.
        password = os.environ.get("STAFF_PASSWORD") or self._ask_password()
        try:
            user = staff_user_create(email=email, password=password, superuser=superuser)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(self.style.SUCCESS(f"Created {user.email}; log in at /admin/."))

    def _ask_password(self) -> str:
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords differ.")
        return password
