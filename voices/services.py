"""What happens to postcards: written, checked for risk, redacted, approved or rejected.

Each action is one transaction. A card is checked against the risk list when it comes (typed in
from paper too) and whenever the list changes; a worrying one alerts the moderators (alerts.py).
A young person's postcard is stored without an audit log entry
(there is no one to name, and nothing about the writer may be kept); every moderator's action is
in the audit log, which records status, flags and notes but never the text, so a masked name does
not live on in the log.
"""

from datetime import timedelta

from auditlog.context import disable_auditlog
from django.db import transaction
from django.utils import timezone

from core.cache import bump_page_cache_version

from . import alerts
from .lexicon import current_matcher
from .models import PaperBatch, Postcard, School

# How long the unmasked original of a redacted card is kept while it waits.
ORIGINAL_RETENTION = timedelta(days=14)
MAX_LENGTH = 1000


def risk_of(text: str) -> tuple[str, str]:
    """The list's entries a text matches and their categories, as a card stores them (empty
    when it is ordinary)."""
    found = current_matcher().find(text)
    categories = list(dict.fromkeys(entry.category for entry in found))
    return ", ".join(e.pattern for e in found)[:300], ",".join(categories)[:200]


def _mark_risk(postcard: Postcard, words: str, categories: str) -> None:
    postcard.is_risk = True
    postcard.risk_words = words
    postcard.risk_categories = categories
    postcard.risk_deadline = timezone.now() + alerts.response_time()
    # Read before as an ordinary card: it waits to be read again, as a worrying one.
    postcard.opened_at = None


def postcard_submit(
    *,
    text: str,
    school: School | None = None,
    age_band: str = "",
    theme: str = "",
    batch: PaperBatch | None = None,
    received_on=None,
) -> Postcard:
    """Store a postcard as written and put it in its lane; a risk card alerts the moderators."""
    words, categories = risk_of(text)
    with transaction.atomic(), disable_auditlog():
        postcard = Postcard(
            text=text,
            school=school,
            age_band=age_band,
            theme=theme,
            batch=batch,
            received_on=received_on or timezone.localdate(),
        )
        if words:
            _mark_risk(postcard, words, categories)
        postcard.save()
        if words:
            alerts.alert_moderators()
    return postcard


def postcard_recheck_risk(postcard: Postcard) -> bool:
    """Run the word list again (after it changed); a newly worrying card alerts at once."""
    words, categories = risk_of(postcard.original_text or postcard.text)
    with transaction.atomic():
        if words and not postcard.is_risk:
            _mark_risk(postcard, words, categories)
            postcard.save(
                update_fields=[
                    "is_risk",
                    "risk_words",
                    "risk_categories",
                    "risk_deadline",
                    "opened_at",
                ]
            )
            alerts.alert_moderators()
    return bool(words)


def waiting_recheck_risk() -> int:
    """After the word list changed: waiting ordinary cards that now match move to the risk lane
    (and alert the moderators, once)."""
    moved = 0
    for postcard in Postcard.objects.waiting().filter(is_risk=False):
        moved += postcard_recheck_risk(postcard)
    return moved


def batch_add_cards(batch: PaperBatch, lines: str) -> list[Postcard]:
    """One postcard per non-empty line, with the batch's school and day."""
    cards = []
    with transaction.atomic():
        for line in lines.splitlines():
            line = line.strip()
            if line:
                cards.append(
                    postcard_submit(
                        text=line[:MAX_LENGTH],
                        school=batch.school,
                        batch=batch,
                        received_on=batch.collected_on,
                    )
                )
    return cards


def _locked(postcard_id: int) -> Postcard:
    return Postcard.objects.select_for_update().get(pk=postcard_id)


def postcard_open(postcard_id: int) -> None:
    """A moderator has the card in front of them: it counts as read (batch approval needs it),
    and a worrying card no longer waits for its alert to be repeated."""
    Postcard.objects.filter(pk=postcard_id, opened_at__isnull=True).update(
        opened_at=timezone.now(), risk_deadline=None
    )


def postcard_redact(postcard_id: int, text: str) -> Postcard:
    """Replace the shown text; the first unmasked version is kept until approval (or 14 days).

    A card already on the wall (a name found late) keeps no original, and the wall is cleared
    at once: the unmasked text must not live on in the database or the page cache."""
    with transaction.atomic():
        postcard = _locked(postcard_id)
        text = text.strip()
        if text and text != postcard.text:
            shown = postcard.status == Postcard.Status.APPROVED
            if shown:
                postcard.original_text = ""
            elif not postcard.original_text:
                postcard.original_text = postcard.text
            postcard.text = text
            postcard.is_redacted = True
            postcard.save()
            if shown:
                transaction.on_commit(bump_page_cache_version)
    return postcard


def postcard_approve(postcard_id: int, *, text: str | None = None) -> Postcard:
    """Show the card on the wall; its unmasked original is deleted now."""
    with transaction.atomic():
        if text is not None:
            postcard_redact(postcard_id, text)
        postcard = _locked(postcard_id)
        postcard.status = Postcard.Status.APPROVED
        postcard.original_text = ""
        postcard.decided_at = timezone.now()
        postcard.risk_deadline = None
        postcard.save()
        transaction.on_commit(bump_page_cache_version)
    return postcard


def postcards_approve_ordinary(ids) -> int:
    """Batch approval, for ordinary cards a moderator has opened: a risk card is always read
    one by one, and nothing goes up that nobody has read.

    The cards are locked and checked against the word list as it is now (a word may have been
    added outside the admin, which rechecks on save): one that matches moves to the risk lane,
    alerting the moderators, instead of going up unread."""
    count = 0
    with transaction.atomic():
        cards = Postcard.objects.select_for_update().filter(
            pk__in=list(ids), is_risk=False, status=Postcard.Status.NEW, opened_at__isnull=False
        )
        for postcard in cards.order_by("pk"):
            if postcard_recheck_risk(postcard):
                continue
            postcard_approve(postcard.pk)
            count += 1
    return count


def postcard_reject(postcard_id: int) -> Postcard:
    with transaction.atomic():
        postcard = _locked(postcard_id)
        was_shown = postcard.status == Postcard.Status.APPROVED
        postcard.status = Postcard.Status.REJECTED
        postcard.decided_at = timezone.now()
        postcard.risk_deadline = None
        postcard.save()
        if was_shown:
            transaction.on_commit(bump_page_cache_version)
    return postcard


def postcard_follow_up(postcard_id: int, note: str) -> Postcard:
    """Mark a card for follow-up (a worrying card talked over with the school's counsellor, say)."""
    with transaction.atomic():
        postcard = _locked(postcard_id)
        postcard.follow_up = True
        postcard.follow_up_note = note.strip()
        postcard.save()
    return postcard


def originals_delete_expired(now=None) -> int:
    """The retention job: unmasked originals older than 14 days are deleted, and so are the
    rows of risk alerts already sent.

    A card that was not shown is itself an unmasked original: 14 days after the decision its
    text goes too, unless a moderator follows up on it (the row stays, for the counts)."""
    now = now or timezone.now()
    cutoff = timezone.localdate(now) - ORIGINAL_RETENTION
    with transaction.atomic():
        alerts.forget_sent(now)
        Postcard.objects.filter(
            status=Postcard.Status.REJECTED,
            follow_up=False,
            decided_at__lte=now - ORIGINAL_RETENTION,
        ).exclude(text="").update(text="", original_text="")
        return (
            Postcard.objects.exclude(original_text="")
            .filter(received_on__lte=cutoff)
            .update(original_text="")
        )
