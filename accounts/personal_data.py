"""Personal data as an account capability: a person's export and erasure, whichever apps hold
something about them.

Each app contributes its own two steps through `core.personal_data` (registered from its
`ready()`); this module runs them all for one person:

- `person_export(user)`: every app's part, in the order the apps are installed;
  `export_archive(user)` packs them as a zip with `mine-data.json` (everything) beside a
  readable Danish summary and any files (a member's photo).
- `person_erase(user=..., by=...)`: every app's erasure in one transaction, the apps above first
  and the account last. The account row stays, blanked, under a pseudonym ("Slettet bruger
  #12"): what the person did keeps its place in the audit trail (as Zulip keeps its audit log
  under a deleted user), and entries about them name the pseudonym instead of them.

Who may erase whom: a person without a staff role (a volunteer, an institution contact, an
alliance member) erases themselves on Mine sider. An account that opens the admin (a staff role,
a superuser) cannot: its actions are the secretariat's audit trail, so its erasure is done by
another person who may look after the account (`accounts.selectors.may_manage`), in the admin.

This module's own step, registered from AccountsConfig.ready(), holds the account itself: the
user row, e-mail addresses, second factors, invitations, and the audit trail (django-auditlog,
the admin's log and the content history of django-reversion).
"""

import io
import zipfile
from datetime import datetime
from json import dumps, loads

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from auditlog.context import disable_auditlog
from auditlog.models import LogEntry
from django.conf import settings
from django.contrib.admin.models import LogEntry as AdminLogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion.models import Revision, Version

from core.errors import ApplicationError
from core.permissions import holders
from core.personal_data import ERASED_DOMAIN, Contributor, Part, Person, contributors, register

from .models import Invitation, User
from .roles import roles_of
from .selectors import may_manage

JSON_NAME = "mine-data.json"


def _iso(value):
    return value.isoformat() if value else None


def _local(value: datetime | None) -> str:
    return timezone.localtime(value).strftime("%d.%m.%Y %H.%M") if value else "–"


# --- Who erases whom ---------------------------------------------------------------------------


def erased_by_another(user: User) -> bool:
    """An account that opens the admin (a staff role, a superuser) is erased by someone else:
    what it did is the secretariat's audit trail, and nobody removes their own trail."""
    return user.is_staff or user.is_superuser or any(role.staff for role in roles_of(user))


def may_erase(actor: User, target: User) -> bool:
    if target.erased_at is not None or not (actor.is_authenticated and actor.is_active):
        return False
    if actor.pk == target.pk:
        return not erased_by_another(target)
    return may_manage(actor, target)


def erasers_of(user: User) -> list[User]:
    """Who may erase `user`'s data (the people a staff member asks)."""
    return [
        other
        for other in holders("accounts.change_user")
        if other.pk != user.pk and may_manage(other, user)
    ]


# --- Export --------------------------------------------------------------------------------------


def _person(user: User, *, files: bool = True) -> Person:
    person = Person(user=user, now=timezone.now(), pseudonym=user.pseudonym, files=files)
    person.remember(user.email, email=True)
    for address in EmailAddress.objects.filter(user=user).values_list("email", flat=True):
        person.remember(address, email=True)
    person.remember(user.get_full_name(), user.first_name, user.last_name)
    return person


def person_export(user: User, *, files: bool = True) -> list[tuple[Contributor, Part | None]]:
    """Every app's part about `user` (None: the app holds nothing about them). `files=False`
    for a page that shows the summary (no photo is read)."""
    person = _person(user, files=files)
    sections = []
    for contributor in contributors():
        if contributor.export is None:
            sections.append((contributor, Part(data=None, summary=[str(contributor.holds)])))
        else:
            sections.append((contributor, contributor.export(person)))
    return sections


def export_archive(user: User) -> bytes:
    """A zip with everything as JSON, a readable Danish summary beside it, and any files."""
    sections = person_export(user)
    now = timezone.now()
    data = {"exported_at": now.isoformat(), "portal": settings.SITE_NAME}
    for contributor, part in sections:
        if part is not None and part.data is not None:
            data[contributor.app_label] = part.data
    summary = render_to_string(
        "accounts/personal_data/summary.txt",
        {
            "sections": sections,
            "exported_at": timezone.localtime(now),
            "email": user.email,
            "json_name": JSON_NAME,
            "erase_self": not erased_by_another(user),
            "site_name": settings.SITE_NAME,
        },
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(JSON_NAME, dumps(data, ensure_ascii=False, indent=2))
        archive.writestr(_("sammendrag") + ".txt", summary)
        for _contributor, part in sections:
            for name, content in part.files if part is not None else ():
                archive.writestr(name, content)
    return buffer.getvalue()


# --- Erasure -------------------------------------------------------------------------------------


def person_erase(*, user: User, by: User | None) -> None:
    """Erase everything the portal holds about `user`, in one transaction.

    `by`: the person themselves, someone who may look after their account, or None for the
    retention job. Every app's step runs, the apps above first; the account last.
    """
    if by is not None and not may_erase(by, user):
        if by.pk == user.pk and user.erased_at is None:
            raise ApplicationError("accounts.erase-by-another")
        raise ApplicationError("accounts.erase-not-allowed")
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if user.erased_at is not None:
            return
        person = _person(user)
        # The steps' own changes (blanked names, removed links) must not be logged with the
        # values they remove; the erasure itself is logged once, below.
        with disable_auditlog():
            for contributor in reversed(contributors()):
                if contributor.erase is not None:
                    contributor.erase(person)
        # Who erased it stays on record: another's name, or the person's pseudonym.
        actor = user if by is not None and by.pk == user.pk else by
        LogEntry.objects.log_create(
            user,
            force_log=True,
            action=LogEntry.Action.UPDATE,
            changes={"erased_at": ["None", person.now.isoformat()]},
            actor=actor,
            actor_email=str(actor) if actor is not None else None,
        )


# --- The account's own step -------------------------------------------------------------------


def _account_export(person: Person) -> Part:
    user = person.user
    roles = [str(role.name) for role in roles_of(user)]
    addresses = list(EmailAddress.objects.filter(user=user).order_by("pk"))
    factors = list(Authenticator.objects.filter(user=user).order_by("pk"))
    invitations = list(
        Invitation.objects.filter(Q(email=user.email) | Q(user=user)).prefetch_related("roles")
    )
    about = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_pk=str(user.pk)
    ).order_by("timestamp")
    made = LogEntry.objects.filter(actor=user).count()
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
        "roles": roles,
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary} for a in addresses
        ],
        "second_factors": [
            {"type": f.type, "created_at": _iso(f.created_at), "last_used_at": _iso(f.last_used_at)}
            for f in factors
        ],
        "invitations": [
            {
                "email": i.email,
                "roles": [group.name for group in i.roles.all()],
                "created_at": _iso(i.created_at),
                "accepted_at": _iso(i.accepted_at),
            }
            for i in invitations
        ],
        "audit_log_about_you": [
            {"timestamp": _iso(e.timestamp), "action": e.get_action_display(), "changes": e.changes}
            for e in about
        ],
        "audit_log_actions_by_you": made,
    }
    summary = [
        _("Din konto: %(email)s, oprettet %(joined)s, sidst logget ind %(login)s.")
        % {
            "email": user.email,
            "joined": _local(user.date_joined),
            "login": _local(user.last_login),
        }
    ]
    if user.get_full_name():
        summary.append(_("Dit navn: %(name)s.") % {"name": user.get_full_name()})
    summary.append(
        _("Dine roller: %(roles)s.") % {"roles": ", ".join(roles)}
        if roles
        else _("Du har ingen roller.")
    )
    if factors:
        summary.append(
            _(
                "Du logger ind med en anden faktor (%(kinds)s). Vi gemmer ikke selve koderne "
                "i læsbar form."
            )
            % {"kinds": ", ".join(str(f.get_type_display()) for f in factors)}
        )
    if invitations:
        summary.append(_("Invitationer til din adresse: %(count)d.") % {"count": len(invitations)})
    summary.append(
        _(
            "Revisionsloggen har %(about)d linjer om ændringer af din konto og %(made)d "
            "handlinger, du har foretaget i portalen."
        )
        % {"about": len(data["audit_log_about_you"]), "made": made}
    )
    return Part(data=data, summary=summary)


def _account_erase(person: Person) -> None:
    user = person.user
    _erase_invitations(person)
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.email = f"user-{user.pk}@{ERASED_DOMAIN}"
    user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.erased_at = person.now
    user.set_unusable_password()  # and so every session of theirs ends at its next request
    user.save()
    user.__dict__.pop("_portal_roles", None)
    audit_trail_scrub(person)


def _erase_invitations(person: Person) -> None:
    """Invitations to the person stay (who was invited when, by whom) under a made-up address."""
    query = Q(user=person.user)
    for email in person.emails:
        query |= Q(email__iexact=email)
    for invitation_id in Invitation.objects.filter(query).values_list("pk", flat=True):
        Invitation.objects.filter(pk=invitation_id).update(
            email=f"invitation-{invitation_id}@{ERASED_DOMAIN}"
        )


# --- The audit trail ----------------------------------------------------------------------------


def _replacer(person: Person):
    """A function that takes the person's names, addresses and phone numbers out of a value
    (a string, or JSON made of them), putting their pseudonym in their place.

    A whole value equal to one of them is replaced (a first name alone, say); inside longer
    text only what cannot be a common word is: an address, a phone number, a name of more than
    one word.
    """
    whole = {value.casefold() for value in person.identifiers}
    inside = sorted(
        (v for v in person.identifiers if "@" in v or " " in v.strip() or _is_phone(v)),
        key=len,
        reverse=True,
    )

    def replace(value):
        if isinstance(value, str):
            if value.strip().casefold() in whole:
                return person.pseudonym
            folded = value.casefold()
            for needle in inside:
                start = folded.find(needle.casefold())
                while start >= 0:
                    value = value[:start] + person.pseudonym + value[start + len(needle) :]
                    folded = value.casefold()
                    start = folded.find(needle.casefold(), start + len(person.pseudonym))
            return value
        if isinstance(value, list):
            return [replace(item) for item in value]
        if isinstance(value, dict):
            return {key: replace(item) for key, item in value.items()}
        return value

    return replace


def _is_phone(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    return digits >= 6 and digits >= len(value.replace(" ", "")) - 2


def _needles(person: Person) -> set[str]:
    """What to look for: each value, and as it reads inside JSON written with escapes."""
    found = set()
    for value in person.identifiers:
        found.add(value)
        found.add(dumps(value)[1:-1])
    return found


def _mentioning(person: Person, fields) -> Q:
    query = Q(pk__in=[])
    for needle in _needles(person):
        for name in fields:
            query |= Q(**{f"{name}__icontains": needle})
    return query


def _scrub(model, person: Person, *, text=(), json_text=(), json=()) -> None:
    """Replace the person by their pseudonym in `model`'s rows that mention them: `text`
    columns as text, `json_text` columns holding JSON as text, `json` columns of JSON."""
    replace = _replacer(person)
    rows = model._default_manager.annotate(
        **{f"_{name}_text": Cast(name, TextField()) for name in json}
    )
    mentions = _mentioning(person, [*text, *json_text, *(f"_{name}_text" for name in json)])
    for row in rows.filter(mentions).iterator():
        changed = {}
        for name in (*text, *json):
            value = getattr(row, name)
            if replace(value) != value:
                changed[name] = replace(value)
        for name in json_text:
            value = getattr(row, name)
            try:
                scrubbed = dumps(replace(loads(value)), ensure_ascii=False)
            except (TypeError, ValueError):
                scrubbed = replace(value)
            if scrubbed != value:
                changed[name] = scrubbed
        if changed:
            # An update, not save(): nothing listening may log the change again.
            model._default_manager.filter(pk=row.pk).update(**changed)


def audit_trail_scrub(person: Person) -> None:
    """Entries stay; the person in them becomes their pseudonym.

    - django-auditlog: the entries they made keep them as the actor (the account row, now
      shown by the pseudonym; `actor_email` says the pseudonym too); entries about them and
      their rows name the pseudonym wherever their name, address or phone number stood.
    - The admin's own log and django-reversion's content history likewise.
    """
    LogEntry.objects.filter(actor=person.user).update(actor_email=person.pseudonym)
    _scrub(
        LogEntry,
        person,
        text=("object_repr", "changes_text"),
        json=("changes", "serialized_data", "additional_data"),
    )
    _scrub(AdminLogEntry, person, text=("object_repr",), json_text=("change_message",))
    _scrub(Version, person, text=("object_repr",), json_text=("serialized_data",))
    _scrub(Revision, person, text=("comment",))


def register_own(app) -> None:
    """The account's step (AccountsConfig.ready()): installed first, so it exports first and
    erases last, after every app that builds on the account."""
    register(
        app,
        label=gettext_lazy("Din konto"),
        models=[User, Invitation, EmailAddress, Authenticator, LogEntry, AdminLogEntry, Revision],
        export=_account_export,
        erase=_account_erase,
    )
