"""Side jobs on content changes: keeping the table of words behind "Mente du …?" current
(pages/search.py). The content's own search documents are core's (core/signals.py)."""

import logging

from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save

from core import registry

from .search import rebuild_search_words

logger = logging.getLogger(__name__)


def _rebuild_after_commit():
    rebuild_search_words()


def words_may_have_changed(sender, **kwargs):
    if kwargs.get("raw") or registry.content.search_fields(sender) is None:
        return
    connection = transaction.get_connection()
    # Once per transaction however many rows it saves (loading the demo saves hundreds): the
    # rebuild reads all published content.
    if any(func is _rebuild_after_commit for _sids, func, *_ in connection.run_on_commit):
        return
    transaction.on_commit(_rebuild_after_commit, robust=True)


def rebuild_after_migrate(sender, **kwargs):
    # Every deploy migrates: the words are there from the start, and a change to what is
    # indexed takes effect with it. A migrate to an older state may lack the tables: skip.
    try:
        rebuild_search_words()
    except DatabaseError:
        logger.warning("The search words were not rebuilt after migrate.", exc_info=True)


def connect(app_config):
    from django.db.models.signals import post_migrate

    post_save.connect(words_may_have_changed, dispatch_uid="pages.search_words.save")
    post_delete.connect(words_may_have_changed, dispatch_uid="pages.search_words.delete")
    post_migrate.connect(rebuild_after_migrate, sender=app_config, dispatch_uid="pages.words")
