"""The database session store, refusing session keys it could never have issued."""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.utils import timezone


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key):
        # Django only checks the length; a forged cookie with a NUL byte would then reach
        # PostgreSQL, which refuses it with an error (a 500). Issued keys are ASCII letters
        # and digits, so anything else is simply no session.
        return super()._validate_session_key(key) and key.isascii() and key.isalnum()

    @classmethod
    def is_live(cls, session_key: str) -> bool:
        """Whether `session_key` names a session that has not expired: one query, none for a
        key we could never have issued. The page cache asks, so a made-up cookie does not get
        past it."""
        store = cls()
        return store._validate_session_key(session_key) and (
            store.model.objects.filter(
                session_key=session_key, expire_date__gt=timezone.now()
            ).exists()
        )
