"""State changes shared by every kind of published content."""

from datetime import datetime

import reversion
from django.db import transaction
from django.utils.translation import gettext as _

from .models import Publishable


def content_publish(*, item: Publishable, user, at: datetime | None = None) -> Publishable:
    """Publish `item`, now or from `at`, and record it in the item's history."""
    with transaction.atomic(), reversion.create_revision():
        item.status = Publishable.Status.PUBLISHED
        if at is not None:
            item.publish_from = at
        item.save()
        reversion.set_user(user)
        reversion.set_comment(_("Offentliggjort"))
    return item


def content_unpublish(*, item: Publishable, user) -> Publishable:
    """Turn `item` back into a draft, and record it in the item's history."""
    with transaction.atomic(), reversion.create_revision():
        item.status = Publishable.Status.DRAFT
        item.save()
        reversion.set_user(user)
        reversion.set_comment(_("Gjort til kladde"))
    return item
