"""`manage.py demo_member`: a login for trying the members' area on a development machine.

Makes (or finds) an account with the member role, ties it to the first current entry of the
alliance group without an account, and gives it a TOTP second factor whose secret is printed,
so an authenticator app (or `oathtool --totp -b SECRET`) gives the login code.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from accounts.roles import MEMBER
from accounts.services import user_set_roles
from members.selectors import current_members

# A fixed, published development secret (the command refuses to run without DEBUG).
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105


class Command(BaseCommand):
    help = "Lav et demomedlem med to-faktor-login til medlemsområdet (kun til udvikling)."

    def add_arguments(self, parser):
        parser.add_argument("--email", default="medlem@example.org")
        parser.add_argument("--password", default="demo-medlem-2026")

    def handle(self, *args, email, password, **options):
        if not settings.DEBUG:
            raise CommandError("Only for development (DEBUG=true): the secret is printed.")
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=password)
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        user_set_roles(user=user, roles=[MEMBER], by=None)
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, SECRET)
        member = current_members().filter(user=user).first()
        if member is None:
            member = current_members().filter(user__isnull=True).order_by("order").first()
            if member is None:
                raise CommandError(
                    "No current alliance member to tie the login to; load_demo first."
                )
            member.user = user
            member.email = email
            member.save(update_fields=["user", "email"])
        self.stdout.write(
            f"Log ind på /konto/login/ som {email} / {password} (medlem: {member.name}).\n"
            f"TOTP-hemmelighed: {SECRET}  (koden: oathtool --totp -b {SECRET})"
        )
