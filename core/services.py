"""State changes shared by every kind of published content."""

from datetime import datetime

import reversion
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Publishable


def content_publish(*, item: Publishable, user, at: datetime | None = None) -> Publishable:
    """Publish `item`, now or from `at`, and record it in the item's history."""
    with transaction.atomic(), reversion.create_revision():
        item.publish_from = publish_time(item, at=at)
        item.status = Publishable.Status.PUBLISHED
        item.save()
        reversion.set_user(user)
        reversion.set_comment(_("Offentliggjort"))
    return item


def publish_time(item: Publishable, *, at: datetime | None = None) -> datetime:
    """When a draft being published goes live: at `at` if given; a publish-from time left in
    the past since the draft was written becomes now, so news is dated and sorted by when it
    went out; a future time (a schedule) is kept."""
    if at is not None:
        return at
    if item.status == Publishable.Status.DRAFT and item.publish_from < timezone.now():
        return timezone.now()
    return item.publish_from


def content_unpublish(*, item: Publishable, user) -> Publishable:
    """Turn `item` back into a draft, and record it in the item's history."""
    with transaction.atomic(), reversion.create_revision():
        item.status = Publishable.Status.DRAFT
        item.save()
        reversion.set_user(user)
        reversion.set_comment(_("Gjort til kladde"))
    return item
