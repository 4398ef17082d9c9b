"""Users of the portal: everyone logs in with an e-mail address, nobody has a username."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.fields import LowercaseEmailField, normalise_email


class UserManager(BaseUserManager):
    use_in_migrations = True

    @classmethod
    def normalize_email(cls, email):
        # The whole address in lower case, as it is stored (core.fields).
        return normalise_email(email or "")

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    # Stored and compared in lower case: `Anne.Hansen@…` logs in as `anne.hansen@…`.
    email = LowercaseEmailField(_("e-mailadresse"), unique=True)
    # Set when the person's data is erased (accounts.personal_data): the row stays, so what
    # they did keeps its place in the audit trail, under their pseudonym.
    erased_at = models.DateTimeField(_("data slettet"), null=True, blank=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("bruger")
        verbose_name_plural = _("brugere")

    def __str__(self):
        return self.pseudonym if self.erased_at else self.email

    @property
    def pseudonym(self) -> str:
        """The name an erased person keeps in the audit trail (stored text, so in Danish)."""
        return f"Slettet bruger #{self.pk}"


class InvitationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """An e-mailed link that lets one person create an account with the roles chosen for them.

    Only a hash of the link's token is stored, so a leaked database gives no working link.
    """

    email = LowercaseEmailField(_("e-mailadresse"))
    roles = models.ManyToManyField(
        "auth.Group", verbose_name=_("roller"), related_name="invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("inviteret af"),
    )
    created_at = models.DateTimeField(_("sendt"), auto_now_add=True)
    expires_at = models.DateTimeField(_("udløber"))
    accepted_at = models.DateTimeField(_("taget i brug"), null=True, blank=True)
    user = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations",
        verbose_name=_("bruger"),
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitationer")

    def __str__(self):
        return self.email

    @property
    def is_expired(self) -> bool:
        return self.accepted_at is None and self.expires_at <= timezone.now()
