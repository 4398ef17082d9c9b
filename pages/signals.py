"""Side jobs on content changes: keeping the table of words behind "Mente du …?" current
(pages/search.py). The content's own search documents are core's (core/signals.py)."""

import logging

from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save

from core import registry

from .search import rebuild_search_words

logger = logging.getLogger(__name__)


def words_may_have_changed(sender, **kwargs):
    if kwargs.get("raw") or registry.content.search_fields(sender) is None:
        return
    connection = transaction.get_connection()
    # Numbered per connection, so that of the many rows one transaction saves (loading the demo
    # saves hundreds) the first callback after the commit rebuilds once for all of them: the
    # rebuild reads all published content.
    asked = getattr(connection, "_search_words_asked", 0) + 1
    connection._search_words_asked = asked
    transaction.on_commit(lambda: _rebuild_unless_done(connection, asked), robust=True)


def _rebuild_unless_done(connection, asked: int):
    if getattr(connection, "_search_words_done", 0) >= asked:
        return
    connection._search_words_done = connection._search_words_asked
    rebuild_search_words()


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
