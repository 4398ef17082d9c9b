"""The database session store, refusing session keys it could never have issued."""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key):
        # Django only checks the length; a forged cookie with a NUL byte would then reach
        # PostgreSQL, which refuses it with an error (a 500). Issued keys are ASCII letters
        # and digits, so anything else is simply no session.
        return super()._validate_session_key(key) and key.isascii() and key.isalnum()
