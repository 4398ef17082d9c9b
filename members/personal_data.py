"""The members' area's part of a person's export and erasure (core/personal_data.py): their
profile on the alliance group's entry (contact details, what they wrote about themselves, the
photo), their answers to meetings and the meetings they attended.

Erasure blanks the profile, deletes the photo once the erasure is committed, takes the profile
out of the entry's edit history, and unties the account and its invitation. The entry itself
(name, title, organisation, role, dates) is the alliance group's public record on the alliance
page and stays with the secretariat. Answers are sign-ups: the sign-ups' own step erases them.
"""

import json
from pathlib import Path

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.models import Version

from alliance.models import AllianceMember
from core.personal_data import Part, Person
from core.storage import private_storage
from signups.models import SignUp

from . import selectors
from .models import Meeting

# What the member keeps on their entry for the other members: erased with the account.
PROFILE = ("email", "phone", "profile_text", "photo", "photo_alt")


def _answer_words(signup: SignUp) -> str:
    if signup.status == SignUp.Status.CONFIRMED:
        return _("Jeg kommer")
    if signup.answer == "excused":
        return _("Afbud med lovligt forfald")
    return _("Jeg kan ikke komme")


def _answers(person: Person) -> list[tuple[Meeting, SignUp]]:
    query = Q(user=person.user)
    for email in person.emails:
        query |= Q(email__iexact=email)
    latest: dict[int, SignUp] = {}
    rows = SignUp.objects.filter(
        query,
        occasion__meeting__isnull=False,
        status__in=[SignUp.Status.CONFIRMED, SignUp.Status.DECLINED],
    ).order_by("pk")
    for signup in rows:
        latest[signup.occasion_id] = signup
    meetings = Meeting.objects.filter(occasion_id__in=latest).order_by("starts_at")
    return [(meeting, latest[meeting.occasion_id]) for meeting in meetings]


def members_export(person: Person) -> Part | None:
    member = selectors.member_of(person.user)
    answers = _answers(person)
    if member is None and not answers:
        return None
    summary, files, data = [], [], {}
    if member is not None:
        summary.append(
            _("Din plads i alliancegruppen: %(name)s, %(title)s, %(organisation)s.")
            % {
                "name": member.name,
                "title": member.title,
                "organisation": member.organisation or "–",
            }
        )
        summary.append(
            _(
                "Din profil i medlemsområdet: e-mail %(email)s (vist for de andre: "
                "%(share_email)s), telefon %(phone)s (vist for de andre: %(share_phone)s)."
            )
            % {
                "email": member.email or "–",
                "phone": member.phone or "–",
                "share_email": _("ja") if member.share_email else _("nej"),
                "share_phone": _("ja") if member.share_phone else _("nej"),
            }
        )
        if member.profile_text:
            summary.append(_("Om dig: %(text)s") % {"text": member.profile_text})
        if member.photo and private_storage.exists(member.photo.name):
            name = _("foto") + Path(member.photo.name).suffix
            if person.files:
                with private_storage.open(member.photo.name, "rb") as photo:
                    files.append((name, photo.read()))
            summary.append(
                _("Du har et foto i din profil (i udtrækket: %(name)s).") % {"name": name}
            )
        attended = list(member.meetings_attended.order_by("starts_at"))
        if attended:
            summary.append(
                _("Du deltog i %(count)d møder (den seneste %(day)s).")
                % {
                    "count": len(attended),
                    "day": timezone.localtime(attended[-1].starts_at).strftime("%d.%m.%Y"),
                }
            )
        data["profile"] = {
            "name": member.name,
            "title": member.title,
            "organisation": member.organisation,
            "role": member.role,
            "is_current": member.is_current,
            "email": member.email,
            "phone": member.phone,
            "share_email": member.share_email,
            "share_phone": member.share_phone,
            "profile_text": member.profile_text,
            "photo": bool(member.photo),
            "photo_alt": member.photo_alt,
            "notify_meetings": member.notify_meetings,
            "notify_minutes": member.notify_minutes,
        }
        data["meetings_attended"] = [
            {"meeting": m.title, "starts_at": m.starts_at.isoformat()} for m in attended
        ]
    summary += [
        _("Dit svar til %(meeting)s %(day)s: %(answer)s.")
        % {
            "meeting": meeting.title,
            "day": timezone.localtime(meeting.starts_at).strftime("%d.%m.%Y"),
            "answer": _answer_words(signup),
        }
        for meeting, signup in answers
    ]
    data["meeting_answers"] = [
        {
            "meeting": meeting.title,
            "starts_at": meeting.starts_at.isoformat(),
            "answer": "come"
            if signup.status == SignUp.Status.CONFIRMED
            else signup.answer or "cant",
        }
        for meeting, signup in answers
    ]
    return Part(data=data, summary=summary, files=files)


def members_erase(person: Person) -> None:
    member = selectors.member_of(person.user)
    if member is None:
        return
    member = AllianceMember.objects.select_for_update().get(pk=member.pk)
    person.remember(member.phone)
    person.remember(member.email, email=True)
    photo = member.photo.name
    member.email = member.phone = member.profile_text = member.photo_alt = ""
    member.photo = ""
    member.share_email = member.share_phone = False
    # Untied from the account and its invitation, so no notice goes to the erased account; a
    # member still in the group can be invited again.
    member.user = member.invitation = None
    member.save()  # a save, not an update: the alliance page's cache hears of it
    _forget_profile_in_history(member)
    if photo:
        # Only once the erasure is committed: a rollback must not lose the member's photo.
        transaction.on_commit(lambda: private_storage.delete(photo), robust=True)


def _forget_profile_in_history(member: AllianceMember) -> None:
    """The entry's edit history (django-reversion) keeps earlier profiles: blank them there."""
    for version in Version.objects.get_for_object(member):
        try:
            data = json.loads(version.serialized_data)
        except ValueError:
            continue
        for item in data:
            fields = item.get("fields", {})
            for name in PROFILE:
                if name in fields:
                    fields[name] = ""
            if "user" in fields:
                fields["user"] = None
        Version.objects.filter(pk=version.pk).update(
            serialized_data=json.dumps(data, ensure_ascii=False)
        )
