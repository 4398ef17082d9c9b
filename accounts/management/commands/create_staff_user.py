import getpass
import os

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.roles import BY_KEY
from accounts.services import staff_user_create


class Command(BaseCommand):
    help = (
        "Create a secretariat user with one or more roles (e.g. --role editor), whose e-mail "
        "address is already verified. --superuser is for the system owner only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument(
            "--role",
            action="append",
            choices=sorted(key for key, role in BY_KEY.items() if role.staff),
            default=[],
            help="a staff role; repeat for several",
        )
        parser.add_argument("--superuser", action="store_true")

    def handle(self, *args, email, role, superuser, **options):
        if not role and not superuser:
            raise CommandError("Give at least one --role (or --superuser for the system owner).")
        # STAFF_PASSWORD lets scripts run this without a prompt.
        password = os.environ.get("STAFF_PASSWORD") or self._ask_password()
        try:
            user = staff_user_create(
                email=email,
                password=password,
                roles=[BY_KEY[key] for key in role],
                superuser=superuser,
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {user.email}; log in at /admin/ and set up two-factor login."
            )
        )

    def _ask_password(self) -> str:
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords differ.")
        return password
