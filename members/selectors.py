"""Read queries for the members' area."""

from collections import defaultdict

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Prefetch, Q
from django.utils import timezone

from alliance.models import AllianceMember
from core.permissions import may_preview
from signups.models import SignUp, places

from .models import AgendaItem, Document, Meeting, Minutes, quorum_needed

Status = SignUp.Status


def _in_office():
    today = timezone.localdate()
    return Q(is_current=True) & (Q(member_until__isnull=True) | Q(member_until__gte=today))


def current_members():
    """Members whose membership runs today: the only ones with access and notices."""
    return AllianceMember.objects.filter(_in_office())


def member_of(user) -> AllianceMember | None:
    """The alliance-group entry a user's account belongs to (set, or by the accepted
    invitation that was sent from the entry)."""
    if not user.is_authenticated:
        return None
    return (
        AllianceMember.objects.filter(Q(user=user) | Q(user__isnull=True, invitation__user=user))
        .order_by("pk")
        .first()
    )


def is_current_member(user) -> bool:
    return (
        current_members()
        .filter(Q(user=user) | Q(user__isnull=True, invitation__user=user))
        .exists()
    )


def member_account_email(member: AllianceMember) -> str:
    """Where a member's notices go: the address of their account, once they have one."""
    if member.user_id:
        return member.user.email
    if member.invitation_id and member.invitation.user_id:
        return member.invitation.user.email
    return ""


def members_with_accounts():
    return current_members().select_related("user", "invitation__user")


def _visible_minutes():
    return Minutes.objects.filter(
        status__in=[Minutes.Status.COMMENTS, Minutes.Status.APPROVED]
    ).select_related("document", "approved_at")


def meetings():
    """Published meetings: upcoming (soonest first) and past grouped by year (newest first)."""
    published = Meeting.objects.published().prefetch_related(
        Prefetch("minutes", queryset=_visible_minutes())
    )
    upcoming = list(published.upcoming())
    by_year = defaultdict(list)
    for meeting in published.past():
        by_year[timezone.localtime(meeting.starts_at).year].append(meeting)
    return {"upcoming": upcoming, "past_by_year": sorted(by_year.items(), reverse=True)}


def meeting_detail(pk: int) -> Meeting | None:
    return (
        Meeting.objects.published()
        .select_related("occasion")
        .prefetch_related(
            Prefetch(
                "agenda_items",
                queryset=AgendaItem.objects.select_related("document").order_by("number"),
            ),
            # Minutes in the secretariat's draft are not among the meeting's papers yet.
            Prefetch(
                "documents",
                queryset=Document.objects.exclude(pk__in=_draft_minutes_files()).order_by("title"),
            ),
        )
        .filter(pk=pk)
        .first()
    )


def visible_minutes(meeting: Meeting) -> Minutes | None:
    return _visible_minutes().filter(meeting=meeting).first()


def answers(meeting: Meeting) -> dict[str, SignUp]:
    """Each person's latest answer to the meeting (by e-mail): come, or declined."""
    if meeting.occasion_id is None:
        return {}
    latest = {}
    rows = SignUp.objects.filter(
        occasion_id=meeting.occasion_id, status__in=[Status.CONFIRMED, Status.DECLINED]
    ).order_by("pk")
    for signup in rows:
        latest[signup.email] = signup
    return latest


def answer_of(meeting: Meeting, user) -> SignUp | None:
    return answers(meeting).get(user.email.lower())


def attendance(meeting: Meeting) -> dict:
    """For the secretariat: every current member's answer, who attended, and the quorum."""
    found = answers(meeting)
    attended = set(meeting.attendees.values_list("pk", flat=True))
    rows = []
    for member in members_with_accounts():
        email = member_account_email(member).lower()
        rows.append(
            {
                "member": member,
                "answer": found.get(email) if email else None,
                "attended": member.pk in attended,
            }
        )
    coming = sum(1 for row in rows if row["answer"] and row["answer"].status == Status.CONFIRMED)
    needed = quorum_needed(len(rows))
    present = len(attended)
    return {
        "rows": rows,
        "coming": coming,
        "needed": needed,
        "quorate_expected": coming >= needed,
        "attended": present,
        "quorate": present >= needed if present else None,
    }


def directory():
    return current_members().order_by("order", "name")


def documents_for(user):
    """The documents `user` may open: the secretariat sees all; members not the papers of a
    meeting that is not sent out yet, nor minutes still in the secretariat's draft."""
    found = Document.objects.all()
    if may_preview(user, Meeting):
        return found
    return found.filter(
        Q(meeting__isnull=True) | Q(meeting__status=Meeting.Status.PUBLISHED)
    ).exclude(pk__in=_draft_minutes_files())


def _draft_minutes_files():
    return Minutes.objects.filter(status=Minutes.Status.DRAFT, document__isnull=False).values(
        "document"
    )


def documents(query: str = "", *, user):
    found = documents_for(user).select_related("meeting")
    if not query:
        return found.order_by("kind", "title")
    search = SearchQuery(query, config="danish", search_type="websearch")
    return (
        found.filter(Q(search_vector=search) | Q(title__icontains=query))
        .annotate(rank=SearchRank(F("search_vector"), search))
        .order_by(F("rank").desc(nulls_last=True), "title")
    )


def feed_occasions():
    """The occasions of published meetings from a month ago on, for the members' feed."""
    since = timezone.now() - timezone.timedelta(days=31)
    return [
        meeting.occasion
        for meeting in Meeting.objects.published()
        .filter(ends_at__gte=since, occasion__isnull=False, occasion__cancelled_at__isnull=True)
        .select_related("occasion")
        .order_by("starts_at")
    ]


def upcoming_meetings_panel(user, limit: int = 10):
    """The editors' front page: coming meetings with how many have said they come (the places
    taken on the meeting's occasion), linked to the attendance list, in one query."""
    from django.urls import reverse

    from core.dashboard import Entry

    coming = places("occasion")["places_taken"]
    meetings = Meeting.objects.published().upcoming().annotate(coming=coming)[:limit]
    return [
        Entry(
            label=str(meeting),
            url=reverse("members:attendance", args=[meeting.pk]),
            when=meeting.starts_at,
            note=str(_coming_note(meeting.coming)),
        )
        for meeting in meetings
    ]


def _coming_note(count: int) -> str:
    from django.utils.translation import ngettext

    return ngettext("%(count)d kommer", "%(count)d kommer", count) % {"count": count}
