"""Side jobs on content changes, never business rules: clearing the page cache and keeping the
stored search documents current. What counts as content is what the apps registered
(core/registry.py)."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from . import registry
from .cache import bump_page_cache_version
from .search_index import update_search_vectors


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def clear_page_cache_on_content_change(sender, **kwargs):
    model = kwargs.get("instance").__class__ if kwargs.get("instance") is not None else sender
    if registry.content.is_content(model):
        # After commit, so a page cached in between cannot miss the related rows the admin
        # saves after the main object.
        transaction.on_commit(bump_page_cache_version)


@receiver(post_save)
def index_saved_row(sender, instance, **kwargs):
    fields = registry.content.search_fields(sender)
    if fields is not None:
        update_search_vectors(sender, fields, pks=[instance.pk])
