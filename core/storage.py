"""Private files (the alliance members' documents and photos): outside MEDIA_ROOT, with no URL.

In core because two apps store them: the alliance group's entries (a member's photo) and the
members' area (its documents); the members' area is what hands them out.
"""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PrivateStorage(FileSystemStorage):
    """A folder no web server serves (`PRIVATE_MEDIA_ROOT`); only a view that checks membership
    on every request hands a file out (members/views.py)."""

    @cached_property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @cached_property
    def location(self):
        return str(Path(self.base_location).resolve())

    @property
    def base_url(self):
        return None

    def url(self, name):
        # No public address. Empty, not an error: file widgets (the admin's, the profile form)
        # then show no link to the stored file instead of failing.
        return ""


private_storage = PrivateStorage()


def private_storage_callable():
    return private_storage


def random_name(folder: str):
    """Stored under a random name: a guessed or remembered name finds nothing."""

    def upload_to(instance, filename):
        suffix = Path(filename).suffix.lower()[:10]
        return f"{folder}/{uuid.uuid4().hex}{suffix}"

    upload_to.__name__ = f"upload_to_{folder}"
    return upload_to


def document_path(instance, filename):
    return random_name("documents")(instance, filename)


def photo_path(instance, filename):
    return random_name("photos")(instance, filename)
