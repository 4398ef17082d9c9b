"""Side jobs on content changes: only cache invalidation lives here, never business rules."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .cache import bump_page_cache_version

# Apps whose data appears on the public, cached pages.
CONTENT_APPS = {"tracks", "initiatives", "alliance", "pages"}


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def clear_page_cache_on_content_change(sender, **kwargs):
    model = kwargs.get("instance").__class__ if kwargs.get("instance") is not None else sender
    if model._meta.app_label in CONTENT_APPS:
        # After commit, so a page cached in between cannot miss the related rows the admin
        # saves after the main object.
        transaction.on_commit(bump_page_cache_version)
